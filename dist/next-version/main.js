import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  computeNextVersion,
  renderNextVersionSummary
} from "../chunks/chunk-YLDPPVGU.js";
import "../chunks/chunk-KP6A3UKI.js";
import {
  nextVersionOptions,
  nextVersionSchema
} from "../chunks/chunk-TOGP274M.js";
import "../chunks/chunk-YDGFTSND.js";
import "../chunks/chunk-ZXSXFME2.js";
import "../chunks/chunk-H2CS4N5L.js";
import "../chunks/chunk-B6IPC3SL.js";
import {
  log,
  readInputs,
  runAction,
  setOutputs,
  writeSummary
} from "../chunks/chunk-QDTPQDAU.js";
import "../chunks/chunk-NSBA6LUF.js";
import "../chunks/chunk-BLP2XCSJ.js";
import "../chunks/chunk-E2MW5JXR.js";
import "../chunks/chunk-ZJ4GZZ6R.js";
import "../chunks/chunk-6DPT4XSZ.js";
import "../chunks/chunk-A3HMJ4J5.js";
import "../chunks/chunk-ZSVB6QKT.js";
import "../chunks/chunk-YAGOLX6F.js";

// src/actions/next-version.ts
void runAction(async () => {
  const r = await computeNextVersion(nextVersionOptions(readInputs(nextVersionSchema)));
  for (const w of r.warnings ?? []) log.warning(w);
  log.info(
    r.released ? `next version ${r.version} (${r.bump}) from ${r.previousTag ?? r.previousVersion}, ${r.commits} commit(s)` : `no release: ${r.commits} commit(s) since ${r.previousTag ?? r.previousVersion}, none releasing`
  );
  if (r.lifted) log.notice(`Lifted ${r.lifted.from} to ${r.lifted.to}: ${r.lifted.above} is reachable from HEAD and a stable release must not sort below it.`);
  if (r.ignoredPrereleaseTags.length) log.info(`ignored prerelease tags: ${r.ignoredPrereleaseTags.join(", ")}`);
  if (r.written.length) log.info(`rewrote ${r.written.join(", ")}`);
  setOutputs(nextVersionSchema, {
    version: r.version,
    tag: r.tag,
    "previous-version": r.previousVersion,
    "previous-tag": r.previousTag ?? "",
    bump: r.bump,
    released: r.released,
    commits: r.commits,
    "changed-components": r.changedComponents,
    components: r.components.map((c) => ({ name: c.name, previous: c.previous, version: c.version, bump: c.bump, tag: c.tag })),
    files: r.written
  });
  await writeSummary(renderNextVersionSummary(r));
});
