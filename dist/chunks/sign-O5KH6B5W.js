import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  defineCommand
} from "./chunk-ODS7LYII.js";
import {
  signEd25519Schema,
  signFilesOptions
} from "./chunk-O2AG6MW7.js";
import {
  signFiles
} from "./chunk-C63HRXC4.js";
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
import "./chunk-BLP2XCSJ.js";
import "./chunk-E2MW5JXR.js";
import "./chunk-ZJ4GZZ6R.js";
import "./chunk-A3HMJ4J5.js";
import "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/cli/sign.ts
var sign_default = defineCommand({
  schema: signEd25519Schema,
  notes: `Signs like actions/sign-ed25519: FILE.minisig next to each file (or in --output-dir), SHA256SUMS + its
signature, each signature verified before anything is moved into place; on any failure nothing changes.
The trusted comment's timestamp is SOURCE_DATE_EPOCH, else the commit time of HEAD, so signing the same files
of the same commit again writes identical bytes. Old spellings still accepted: --key FILE, --key-env VAR, --pubkey.`,
  async run(v) {
    const result = await signFiles({ ...signFilesOptions(v, process.cwd()), log: (m) => console.error(m) });
    if (v.json) {
      console.log(JSON.stringify(result, null, 2));
      return 0;
    }
    for (const s of result.signatures) console.log(`signed and verified ${s.file} -> ${s.signature}`);
    if (result.checksumsFile) console.log(`checksums: ${result.checksumsFile} (+ ${result.checksumsSignature})`);
    if (result.unchanged.length) console.log(`unchanged (already signed identically): ${result.unchanged.join(", ")}`);
    console.log(`key id ${result.keyId}`);
    return 0;
  }
});
export {
  sign_default as default
};
