import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  preflightSchema,
  preflightSettings,
  renderPreflightSummary,
  runPreflight
} from "../chunks/chunk-ZZWMEVM5.js";
import "../chunks/chunk-5MB7XAXN.js";
import "../chunks/chunk-LOP3AN43.js";
import "../chunks/chunk-EEUPTRBS.js";
import "../chunks/chunk-I6TTIQR5.js";
import "../chunks/chunk-QMOW4FBF.js";
import "../chunks/chunk-UTAM4NQJ.js";
import "../chunks/chunk-7RFRNLHV.js";
import "../chunks/chunk-ZNDEGRFE.js";
import "../chunks/chunk-CV2P5TFH.js";
import "../chunks/chunk-RPQXM2BZ.js";
import "../chunks/chunk-KPGF2DZU.js";
import "../chunks/chunk-F4KJ55X5.js";
import "../chunks/chunk-XOUA3GKF.js";
import "../chunks/chunk-H3AVKBBI.js";
import "../chunks/chunk-RXAWHCPD.js";
import "../chunks/chunk-B6IPC3SL.js";
import "../chunks/chunk-T4WEBZS6.js";
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

// src/actions/preflight.ts
void runAction(async () => {
  const settings = preflightSettings(readInputs(preflightSchema));
  log.info(`preflight: checking ${settings.require.join(", ")} (nothing is tagged, pushed or published until this passes)`);
  const r = await runPreflight(settings);
  for (const x of r.results) log.info(`  ${x.check}: ${x.detail}`);
  setOutputs({ checked: r.results.map((x) => x.check), "key-id": r.keyId ?? "" });
  await writeSummary(renderPreflightSummary(r));
});
