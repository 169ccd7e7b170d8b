import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  describeRenderer,
  generateChangelog,
  notesFilePath,
  writeNotesFile
} from "../chunks/chunk-7ZTHB3EP.js";
import "../chunks/chunk-QMIP2YKH.js";
import "../chunks/chunk-DRTXKL47.js";
import {
  changelogOptions,
  changelogSchema
} from "../chunks/chunk-7PDM6JOE.js";
import "../chunks/chunk-6TDZCRPI.js";
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

// src/actions/changelog.ts
void runAction(async ({ runtime }) => {
  const repo = process.env.GITHUB_REPOSITORY;
  const runUrl = repo && /^[\w.-]+\/[\w.-]+$/.test(repo) ? `${runtime.serverUrl}/${repo}` : void 0;
  const inputs = readInputs(changelogSchema);
  notesFilePath(inputs.path, inputs["notes-file"]);
  const res = await generateChangelog(changelogOptions(inputs, runUrl));
  const notesFile = writeNotesFile(inputs.path, inputs["notes-file"], res.notes);
  if (notesFile) {
    log.info(`Wrote the notes (${Buffer.byteLength(res.notes)} bytes) to ${notesFile}`);
  }
  for (const w of res.warnings) log.warning(w);
  log.info(`${describeRenderer(res)}; ${res.commits} commit(s) since ${res.previousTag ?? "the start"}`);
  log.info(res.section);
  if (res.path) log.info(res.written ? `Prepended ${res.tag} to ${res.path}` : `Dry run: ${res.path} not written`);
  setOutputs(changelogSchema, { notes: res.notes, path: res.path ?? "", tag: res.tag, version: res.version, "previous-tag": res.previousTag ?? "", "notes-file": notesFile });
  const empty = "_No changelog entries (no commit since the last release tag releases)._";
  await writeSummary(`## ${res.prerelease ? "Prerelease notes" : "Changelog"} for ${res.tag}

${res.notes || empty}
`);
});
