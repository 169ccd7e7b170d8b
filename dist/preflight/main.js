import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  preflightSchema,
  preflightSettings,
  renderPreflightSummary,
  runPreflight
} from "../chunks/chunk-VY7W6WWR.js";
import "../chunks/chunk-EEUPTRBS.js";
import "../chunks/chunk-HIDSMCQ2.js";
import "../chunks/chunk-EKADEFGS.js";
import "../chunks/chunk-ZNDEGRFE.js";
import "../chunks/chunk-CV2P5TFH.js";
import "../chunks/chunk-NZ4DY3M6.js";
import "../chunks/chunk-RXAWHCPD.js";
import "../chunks/chunk-UK63DRSD.js";
import "../chunks/chunk-PXFVK6ER.js";
import "../chunks/chunk-QBKNTTKE.js";
import "../chunks/chunk-QZNH57UE.js";
import "../chunks/chunk-UTAM4NQJ.js";
import "../chunks/chunk-V6D7OXZB.js";
import "../chunks/chunk-RPQXM2BZ.js";
import "../chunks/chunk-XOUA3GKF.js";
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
