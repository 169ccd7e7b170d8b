import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  pushRelease,
  pushReleaseOptions,
  pushReleaseSchema,
  renderPushSummary
} from "../chunks/chunk-TOL5ED2G.js";
import "../chunks/chunk-NF3SDSC5.js";
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

// src/actions/push-release.ts
void runAction(async () => {
  const res = await pushRelease(pushReleaseOptions(readInputs(pushReleaseSchema)));
  for (const n of res.notes) log.notice(n);
  const what = `${res.branch ? `${res.branch} (${res.commit.slice(0, 12)}) and ` : ""}${res.tag}${res.majorTag ? ` + ${res.majorTag}` : ""}`;
  if (res.dryRun) log.info(`Dry run: every check passed; would push ${what} atomically`);
  else if (res.reused) log.info(`${res.tag} was already pushed at ${res.commit.slice(0, 12)}; nothing to push`);
  else log.info(`Pushed ${what} atomically (tree ${res.tree.slice(0, 12)} = the built tree)`);
  setOutputs(pushReleaseSchema, { commit: res.commit, tree: res.tree, pushed: res.pushed, reused: res.reused });
  await writeSummary(renderPushSummary(res));
});
