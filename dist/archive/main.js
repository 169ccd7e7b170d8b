import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  archiveOptions,
  archiveSchema,
  createArchives,
  renderArchiveSummary
} from "../chunks/chunk-4TDLMZR2.js";
import "../chunks/chunk-PUJDSSOW.js";
import "../chunks/chunk-QDGQJLQ4.js";
import "../chunks/chunk-QMOW4FBF.js";
import "../chunks/chunk-EMFWNUUK.js";
import "../chunks/chunk-PYADJEUB.js";
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

// src/actions/archive.ts
void runAction(async () => {
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  const result = await createArchives({ ...archiveOptions(readInputs(archiveSchema), cwd), log: log.info });
  for (const n of result.notes) log.warning(n);
  if (result.dryRun) for (const a of result.archives) log.info(`would write ${a.file}: ${a.entries.map((e) => e.name).join(", ")}`);
  setOutputs(archiveSchema, {
    archives: result.archives.map(({ file, name, platform, format, size, sha256, entries }) => ({ file, name, platform, format, size: size ?? null, sha256: sha256 ?? null, entries: entries.length })),
    files: result.archives.map((a) => a.file).join("\n")
  });
  await writeSummary(renderArchiveSummary(result));
});
