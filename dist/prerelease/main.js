import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  cutPrerelease,
  prereleaseVerb,
  renderPrereleaseSummary
} from "../chunks/chunk-K54UO647.js";
import "../chunks/chunk-DWAFOCTC.js";
import "../chunks/chunk-4K34FE5P.js";
import "../chunks/chunk-UTAM4NQJ.js";
import "../chunks/chunk-YGTYKA7D.js";
import {
  prereleaseOptions,
  prereleaseSchema
} from "../chunks/chunk-JD3IDPRS.js";
import "../chunks/chunk-YDGFTSND.js";
import "../chunks/chunk-ZXSXFME2.js";
import "../chunks/chunk-B6IPC3SL.js";
import "../chunks/chunk-H2CS4N5L.js";
import {
  log,
  readInputs,
  runAction,
  setOutputs,
  writeSummary
} from "../chunks/chunk-EBCPK4S4.js";
import "../chunks/chunk-7LXS73GR.js";
import "../chunks/chunk-XTSTDGMA.js";
import "../chunks/chunk-A3HMJ4J5.js";
import "../chunks/chunk-ZSVB6QKT.js";
import "../chunks/chunk-YAGOLX6F.js";

// src/actions/prerelease.ts
void runAction(async () => {
  const res = await cutPrerelease(prereleaseOptions(readInputs(prereleaseSchema)));
  for (const n of res.notes) log.notice(n);
  const verb = prereleaseVerb(res);
  log.info(`${verb[0].toUpperCase()}${verb.slice(1)} ${res.commit.slice(0, 12)} as ${res.tag} (base ${res.base} from ${res.baseSource})${res.pushed ? ", pushed" : ""}`);
  if (res.files.length) log.info(`${res.dryRun ? "Would rewrite" : "Rewrote"} ${res.files.join(", ")} to ${res.version} (work tree only)`);
  setOutputs({ version: res.version, tag: res.tag, number: res.number, prerelease: true, reused: res.reused, commit: res.commit, base: res.base, files: res.files });
  await writeSummary(renderPrereleaseSummary(res));
});
