import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  plainText
} from "./chunk-HSGVGCCJ.js";
import {
  defineCommand
} from "./chunk-ODS7LYII.js";
import {
  preflightSchema,
  preflightSettings,
  renderPreflightSummary,
  runPreflight
} from "./chunk-ZS5KDF7K.js";
import "./chunk-KQ3NOQ3P.js";
import "./chunk-LHUTWNNG.js";
import "./chunk-EEUPTRBS.js";
import "./chunk-7A35VKIN.js";
import "./chunk-YF5KYWNU.js";
import "./chunk-QMOW4FBF.js";
import "./chunk-UTAM4NQJ.js";
import "./chunk-C63HRXC4.js";
import "./chunk-CV2P5TFH.js";
import "./chunk-RPQXM2BZ.js";
import "./chunk-EMFWNUUK.js";
import "./chunk-PYADJEUB.js";
import "./chunk-RXAWHCPD.js";
import "./chunk-H3MUK3LW.js";
import "./chunk-XOUA3GKF.js";
import "./chunk-Y7UKLQWK.js";
import "./chunk-NXKPZHBO.js";
import "./chunk-4NSJM3RA.js";
import "./chunk-NSBA6LUF.js";
import {
  TOKEN_ENV
} from "./chunk-BLP2XCSJ.js";
import "./chunk-E2MW5JXR.js";
import "./chunk-6DPT4XSZ.js";
import {
  orList
} from "./chunk-ZJ4GZZ6R.js";
import "./chunk-A3HMJ4J5.js";
import "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/cli/preflight.ts
var preflight_default = defineCommand({
  schema: preflightSchema,
  notes: `Secrets come from the environment (MINISIGN_PRIVATE_KEY, MINISIGN_PASSWORD, PACKAGE_TOKEN, AZURE_CLIENT_SECRET;
forge token ${orList(TOKEN_ENV)}) or from --<name>-file FILE / --<name>-env VAR.
Exit 0 when every required check passes; 1 with every problem listed otherwise. Prints no secret.
Example: MINISIGN_PASSWORD=… relforge preflight --private-key-file keys/agent.key --public-key keys/agent.pub --require minisign`,
  async run(v) {
    const r = await runPreflight(preflightSettings(v));
    if (v.json) console.log(JSON.stringify(r, null, 2));
    else console.log(plainText(renderPreflightSummary(r)));
    return 0;
  }
});
export {
  preflight_default as default
};
