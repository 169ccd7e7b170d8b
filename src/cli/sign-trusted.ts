/**
 * `relforge sign-trusted FILE… --endpoint E --account A --profile P …`: the same fail-closed Trusted Signing
 * operation as actions/sign-trusted, for a laptop or any CI. Secrets come from the environment only
 * (AZURE_CLIENT_SECRET or AZURE_ACCESS_TOKEN), never from argv.
 */
import { parseArgs } from 'node:util';
import { RelforgeError } from '../platform/errors.js';
import { detectRuntime } from '../platform/runtime.js';
import { redact, registerSecret } from '../platform/secrets.js';
import { signTrusted } from '../signing/authenticode/sign-trusted.js';
import type { LegacyCliCommand } from './command.js';

export const usage = `relforge sign-trusted FILE|GLOB [...] --endpoint HOST --account NAME --profile NAME
       [--tenant-id ID] [--client-id ID] [--authority-host URL] [--timestamp-url URL] [--digest SHA256|SHA384|SHA512]
       [--subject "CN=…, O=…"] [--eku OID]… [--root ROOT.pem] [--tsa-root TSA-ROOT.pem]
       [--jsign-version V | --jsign-path JAR] [--timeout SECONDS] [--description TEXT] [--description-url URL] [--json]

Signs PE and MSI files with Azure Trusted Signing through jsign (run once for all files on temp copies),
verifies every signed copy independently (pinned root, subject, identity EKU, RFC 3161 timestamp) and only
then replaces the originals. Any failure leaves the originals untouched and exits 1.
Credentials from the environment: AZURE_CLIENT_SECRET (with --tenant-id/--client-id or AZURE_TENANT_ID/
AZURE_CLIENT_ID), or AZURE_ACCESS_TOKEN (a token for https://codesigning.azure.net/.default, e.g.
"az account get-access-token --resource https://codesigning.azure.net"). GitHub OIDC is used inside GitHub
Actions when no secret is set. Default root: Microsoft Identity Verification Root Certificate Authority 2020.`;

export default {
  summary: 'sign PE/MSI files with Azure Trusted Signing (jsign), verify them, then replace the originals',
  usage,
  async run(argv: string[]): Promise<number> {
    const { values: v, positionals } = parseArgs({
      args: argv,
      options: {
        endpoint: { type: 'string' },
        account: { type: 'string' },
        profile: { type: 'string' },
        'tenant-id': { type: 'string' },
        'client-id': { type: 'string' },
        'authority-host': { type: 'string' },
        'timestamp-url': { type: 'string' },
        digest: { type: 'string' },
        subject: { type: 'string' },
        eku: { type: 'string', multiple: true },
        root: { type: 'string' },
        'tsa-root': { type: 'string' },
        'jsign-version': { type: 'string' },
        'jsign-path': { type: 'string' },
        timeout: { type: 'string' },
        description: { type: 'string' },
        'description-url': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
    if (!positionals.length) throw new RelforgeError(`sign-trusted: give at least one FILE or GLOB.\n\nusage: ${usage}`, { exitCode: 2 });
    for (const name of ['endpoint', 'account', 'profile'] as const) {
      if (!v[name]) throw new RelforgeError(`sign-trusted: --${name} is required.\n\nusage: ${usage}`, { exitCode: 2 });
    }
    const env = process.env;
    const clientSecret = env.AZURE_CLIENT_SECRET || undefined;
    const accessToken = env.AZURE_ACCESS_TOKEN || undefined;
    registerSecret(clientSecret);
    registerSecret(accessToken);
    const result = await signTrusted({
      files: positionals,
      cwd: process.cwd(),
      endpoint: v.endpoint!,
      account: v.account!,
      profile: v.profile!,
      auth: {
        tenantId: v['tenant-id'] ?? (env.AZURE_TENANT_ID || undefined),
        clientId: v['client-id'] ?? (env.AZURE_CLIENT_ID || undefined),
        clientSecret,
        accessToken,
        authorityHost: v['authority-host'],
      },
      timestampUrl: v['timestamp-url'],
      digest: v.digest,
      description: v.description,
      descriptionUrl: v['description-url'],
      expectedSubject: v.subject,
      expectedEku: v.eku ?? [],
      trustedRoot: v.root,
      tsaRoot: v['tsa-root'],
      jsignVersion: v['jsign-version'],
      jsignPath: v['jsign-path'],
      timeoutSeconds: v.timeout ? Number(v.timeout) : undefined,
      runtime: detectRuntime(env),
      env,
      log: (m) => console.error(redact(m)),
      onSecret: registerSecret,
    });
    if (v.json) console.log(JSON.stringify(result.signed, null, 2));
    else for (const f of result.signed) console.log(`signed and verified ${f.file}  ${f.signerSubject}  timestamp ${f.timestamp ?? '-'}  sha256 ${f.sha256After}`);
    return 0;
  },
} satisfies LegacyCliCommand;
