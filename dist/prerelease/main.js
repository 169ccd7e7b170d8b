import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  cutPrerelease,
  prereleaseVerb,
  renderPrereleaseSummary
} from "../chunks/chunk-6DPEDQGK.js";
import "../chunks/chunk-OKXPVA37.js";
import "../chunks/chunk-DRTXKL47.js";
import "../chunks/chunk-UTAM4NQJ.js";
import "../chunks/chunk-3775XUDN.js";
import {
  prereleaseOptions,
  prereleaseSchema
} from "../chunks/chunk-7PDM6JOE.js";
import "../chunks/chunk-6TDZCRPI.js";
import "../chunks/chunk-NF3SDSC5.js";
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

// src/actions/prerelease.ts
void runAction(async () => {
  const res = await cutPrerelease(prereleaseOptions(readInputs(prereleaseSchema)));
  for (const n of res.notes) log.notice(n);
  const verb = prereleaseVerb(res);
  log.info(`${verb[0].toUpperCase()}${verb.slice(1)} ${res.commit.slice(0, 12)} as ${res.tag} (base ${res.base} from ${res.baseSource})${res.pushed ? ", pushed" : ""}`);
  if (res.files.length) log.info(`${res.dryRun ? "Would rewrite" : "Rewrote"} ${res.files.join(", ")} to ${res.version} (work tree only)`);
  setOutputs(prereleaseSchema, { version: res.version, tag: res.tag, number: res.number, prerelease: true, reused: res.reused, commit: res.commit, base: res.base, files: res.files });
  await writeSummary(renderPrereleaseSummary(res));
});
