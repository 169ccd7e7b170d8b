import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  defineCommand
} from "./chunk-ODS7LYII.js";
import {
  signTrusted
} from "./chunk-HKW37HVC.js";
import "./chunk-MJGNXGK4.js";
import "./chunk-C6QHKXF4.js";
import "./chunk-CR5A2SQI.js";
import "./chunk-KQ3NOQ3P.js";
import {
  signTrustedOptions,
  signTrustedSchema
} from "./chunk-LHUTWNNG.js";
import "./chunk-7A35VKIN.js";
import "./chunk-YF5KYWNU.js";
import "./chunk-QMOW4FBF.js";
import "./chunk-UTAM4NQJ.js";
import "./chunk-RPQXM2BZ.js";
import "./chunk-Y7UKLQWK.js";
import "./chunk-NXKPZHBO.js";
import {
  detectRuntime
} from "./chunk-NSBA6LUF.js";
import "./chunk-BLP2XCSJ.js";
import "./chunk-E2MW5JXR.js";
import "./chunk-6DPT4XSZ.js";
import "./chunk-ZJ4GZZ6R.js";
import {
  redact,
  registerSecret
} from "./chunk-A3HMJ4J5.js";
import "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/cli/sign-trusted.ts
var sign_trusted_default = defineCommand({
  schema: signTrustedSchema,
  notes: `Signs PE and MSI files through jsign (run once for all files on temp copies), verifies every signed copy
independently (pinned root, subject, identity EKU, RFC 3161 timestamp) and only then replaces the originals.
Any failure leaves the originals untouched and exits 1.
Credentials: AZURE_CLIENT_SECRET (with --azure-tenant-id/--azure-client-id or AZURE_TENANT_ID/AZURE_CLIENT_ID), or
AZURE_ACCESS_TOKEN (e.g. "az account get-access-token --resource https://codesigning.azure.net"). GitHub OIDC is
used inside GitHub Actions when no secret is set. Old spellings still accepted: --tenant-id, --client-id,
--subject, --eku, --root, --timeout.`,
  async run(v) {
    const env = process.env;
    const result = await signTrusted(
      signTrustedOptions(v, { cwd: process.cwd(), runtime: detectRuntime(env), env, log: (m) => console.error(redact(m)), onSecret: registerSecret })
    );
    if (v.json) console.log(JSON.stringify(result.signed, null, 2));
    else for (const f of result.signed) console.log(`signed and verified ${f.file}  ${f.signerSubject}  timestamp ${f.timestamp ?? "-"}  sha256 ${f.sha256After}`);
    return 0;
  }
});
export {
  sign_trusted_default as default
};
