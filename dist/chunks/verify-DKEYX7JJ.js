import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  defineCommand
} from "./chunk-ODS7LYII.js";
import {
  verifySchema
} from "./chunk-O2AG6MW7.js";
import {
  verifyFile,
  verifyRawFile
} from "./chunk-H3MUK3LW.js";
import "./chunk-XOUA3GKF.js";
import "./chunk-Y7UKLQWK.js";
import "./chunk-NXKPZHBO.js";
import "./chunk-BLP2XCSJ.js";
import "./chunk-E2MW5JXR.js";
import "./chunk-ZJ4GZZ6R.js";
import {
  RelforgeError,
  errorMessage,
  fieldError
} from "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/cli/verify.ts
import { existsSync, readFileSync } from "node:fs";
var verify_default = defineCommand({
  schema: verifySchema,
  notes: `Checks in minisign's order: key id, file signature (prehashed ED or legacy Ed, both streamed), trusted
comment (global signature), then --version. Prints the trusted comment on success. The old spelling --pubkey
is still accepted.`,
  async run(v) {
    if (v.file.length !== 1) throw fieldError("file", `must be exactly one FILE to verify, got ${v.file.length}.`);
    const file = v.file[0];
    const sigPath = v.sig ?? `${file}${v.format === "raw" ? ".sig" : ".minisig"}`;
    let sigText;
    try {
      sigText = readFileSync(sigPath, "utf8");
    } catch (err) {
      throw new RelforgeError(`Cannot read the signature ${sigPath}: ${errorMessage(err)} (give it with --sig).`, { exitCode: 2 });
    }
    if (!existsSync(file)) throw new RelforgeError(`${file} does not exist.`, { exitCode: 2 });
    if (v.format === "raw") {
      await verifyRawFile(file, sigText.trim(), v["public-key"]);
      if (!v.quiet) console.log(`Raw Ed25519 signature verified: ${file}`);
      return 0;
    }
    const r = await verifyFile(file, sigText, v["public-key"], { expectVersion: v.version, requirePrehashed: v["require-prehashed"] });
    if (!v.quiet) {
      console.log(`Signature and comment signature verified (${r.algorithm}, key ${r.keyIdHex}): ${file}`);
      console.log(`Trusted comment: ${r.trustedComment}`);
    }
    return 0;
  }
});
export {
  verify_default as default
};
