import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  inspectRelease,
  publishRelease,
  publishReleaseSchema,
  publishReleaseSettings,
  renderInspectSummary,
  renderPublishSummary
} from "../chunks/chunk-OJJS2R76.js";
import "../chunks/chunk-QDGQJLQ4.js";
import "../chunks/chunk-YF5KYWNU.js";
import "../chunks/chunk-QMOW4FBF.js";
import "../chunks/chunk-UTAM4NQJ.js";
import "../chunks/chunk-RXAWHCPD.js";
import "../chunks/chunk-H3MUK3LW.js";
import "../chunks/chunk-XOUA3GKF.js";
import "../chunks/chunk-Y7UKLQWK.js";
import "../chunks/chunk-NXKPZHBO.js";
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

// src/actions/publish-release.ts
void runAction(async ({ runtime }) => {
  const settings = publishReleaseSettings(readInputs(publishReleaseSchema), { env: process.env, log: log.info });
  if (settings.inspect) {
    const r = await inspectRelease(settings);
    setOutputs(publishReleaseSchema, { "release-id": r.releaseId ?? "", url: r.url, assets: r.assets, created: false, state: r.state, complete: r.complete, draft: r.state === "draft", problems: r.missing, "notes-cut": false });
    await writeSummary(renderInspectSummary(r));
    return;
  }
  const res = await publishRelease(settings);
  log.info(`${res.dryRun ? "Dry run on" : "Release on"} ${res.forge} (${runtime.runner}): ${res.url || res.tag}`);
  setOutputs(publishReleaseSchema, { "release-id": res.releaseId ?? "", url: res.url, assets: res.assets, created: res.created, state: res.state ?? "", complete: !res.dryRun && res.complete, draft: res.draft, problems: [], "notes-cut": res.notesCut });
  await writeSummary(renderPublishSummary(res));
});
