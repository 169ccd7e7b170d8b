import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  releaseCommit
} from "../chunks/chunk-Q77GVK7N.js";
import "../chunks/chunk-3775XUDN.js";
import {
  releaseCommitOptions,
  releaseCommitSchema
} from "../chunks/chunk-7PDM6JOE.js";
import "../chunks/chunk-6TDZCRPI.js";
import "../chunks/chunk-NF3SDSC5.js";
import "../chunks/chunk-Y7UKLQWK.js";
import "../chunks/chunk-NXKPZHBO.js";
import "../chunks/chunk-4NSJM3RA.js";
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
import "../chunks/chunk-6DPT4XSZ.js";
import "../chunks/chunk-ZJ4GZZ6R.js";
import "../chunks/chunk-A3HMJ4J5.js";
import "../chunks/chunk-ZSVB6QKT.js";
import "../chunks/chunk-YAGOLX6F.js";

// src/actions/release-commit.ts
void runAction(async () => {
  const res = await releaseCommit(releaseCommitOptions(readInputs(releaseCommitSchema)));
  for (const n of res.notes) log.notice(n);
  const major = res.majorTag ? ` and ${res.majorTag}` : "";
  if (res.dryRun) log.info(`Dry run: would commit ${res.files.join(", ")} on ${res.branch} and tag ${res.tag}${major}`);
  else if (res.reused) log.info(`${res.tag} was already pushed by an earlier run (commit ${res.commit}); nothing to do`);
  else log.info(`Committed ${res.files.join(", ")} as ${res.commit.slice(0, 12)} on ${res.branch}, tagged ${res.tag}${major}${res.pushed ? ", pushed atomically" : " (not pushed)"}`);
  setOutputs(releaseCommitSchema, { commit: res.commit, tag: res.tag, version: res.version, branch: res.branch, pushed: res.pushed, reused: res.reused, "major-tag": res.majorTag ?? "" });
  await writeSummary(
    `## Release commit ${res.tag}${res.dryRun ? " (dry run)" : ""}

| | |
|---|---|
| commit | \`${res.commit || "(none)"}\` |
| branch | ${res.branch} |
| files | ${res.files.map((f) => `\`${f}\``).join(", ")} |
| major tag | ${res.majorTag ?? "–"} |
| pushed | ${res.pushed} |
| reused | ${res.reused} |
` + (res.notes.length ? `
${res.notes.map((n) => `- ${n}`).join("\n")}
` : "")
  );
});
