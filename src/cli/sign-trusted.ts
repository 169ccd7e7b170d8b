/**
 * `relforge sign-trusted FILE… --endpoint E --account A --profile P …`: the same fail-closed Trusted Signing
 * operation as actions/sign-trusted (signTrustedSchema), for a laptop or any CI. Secrets come from a file or the
 * environment (AZURE_CLIENT_SECRET or AZURE_ACCESS_TOKEN), never from argv.
 */
import { detectRuntime } from '../platform/runtime.js';
import { redact, registerSecret } from '../platform/secrets.js';
import { signTrusted } from '../signing/authenticode/sign-trusted.js';
import { signTrustedOptions, signTrustedSchema } from '../signing/authenticode/options.js';
import { defineCommand } from './command.js';

export default defineCommand({
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
      signTrustedOptions(v, { cwd: process.cwd(), runtime: detectRuntime(env), env, log: (m) => console.error(redact(m)), onSecret: registerSecret }),
    );
    if (v.json) console.log(JSON.stringify(result.signed, null, 2));
    else for (const f of result.signed) console.log(`signed and verified ${f.file}  ${f.signerSubject}  timestamp ${f.timestamp ?? '-'}  sha256 ${f.sha256After}`);
    return 0;
  },
});
