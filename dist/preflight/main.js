import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  preflightSchema,
  preflightSettings,
  renderPreflightSummary,
  runPreflight
} from "../chunks/chunk-ZS5KDF7K.js";
import "../chunks/chunk-KQ3NOQ3P.js";
import "../chunks/chunk-LHUTWNNG.js";
import "../chunks/chunk-EEUPTRBS.js";
import "../chunks/chunk-7A35VKIN.js";
import "../chunks/chunk-YF5KYWNU.js";
import "../chunks/chunk-QMOW4FBF.js";
import "../chunks/chunk-UTAM4NQJ.js";
import "../chunks/chunk-C63HRXC4.js";
import "../chunks/chunk-CV2P5TFH.js";
import "../chunks/chunk-RPQXM2BZ.js";
import "../chunks/chunk-EMFWNUUK.js";
import "../chunks/chunk-PYADJEUB.js";
import "../chunks/chunk-RXAWHCPD.js";
import "../chunks/chunk-H3MUK3LW.js";
import "../chunks/chunk-XOUA3GKF.js";
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

// src/actions/preflight.ts
void runAction(async () => {
  const settings = preflightSettings(readInputs(preflightSchema));
  log.info(`preflight: checking ${settings.require.join(", ")} (nothing is tagged, pushed or published until this passes)`);
  const r = await runPreflight(settings);
  for (const x of r.results) log.info(`  ${x.check}: ${x.detail}`);
  setOutputs(preflightSchema, { checked: r.results.map((x) => x.check), "key-id": r.keyId ?? "" });
  await writeSummary(renderPreflightSummary(r));
});
