/** Entry for actions/sign-trusted: inputs → signTrusted → outputs + step summary. No logic here. */
import { runAction, input, requiredInput, listInput, secretInput, setOutputs, writeSummary, log, maskSecret } from './runner.js';
import { signTrusted } from '../signing/authenticode/sign-trusted.js';
import { registerSecret } from '../platform/secrets.js';

void runAction(async ({ runtime }) => {
  const clientSecret = secretInput('azure-client-secret');
  const accessToken = secretInput('access-token');
  const timeout = input('timeout-seconds', '600');
  const result = await signTrusted({
    files: listInput('files'),
    cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
    endpoint: requiredInput('endpoint'),
    account: requiredInput('account'),
    profile: requiredInput('profile'),
    auth: {
      tenantId: input('azure-tenant-id') || undefined,
      clientId: input('azure-client-id') || undefined,
      clientSecret: clientSecret || undefined,
      accessToken: accessToken || undefined,
      authorityHost: input('authority-host') || undefined,
    },
    timestampUrl: input('timestamp-url') || undefined,
    digest: input('digest') || undefined,
    description: input('description') || undefined,
    descriptionUrl: input('description-url') || undefined,
    expectedSubject: input('expected-subject') || undefined,
    expectedEku: listInput('expected-eku'),
    trustedRoot: input('trusted-root') || undefined,
    tsaRoot: input('tsa-root') || undefined,
    jsignVersion: input('jsign-version') || undefined,
    jsignPath: input('jsign-path') || undefined,
    timeoutSeconds: Number(timeout),
    runtime,
    log: log.info,
    onSecret: (s) => {
      maskSecret(s);
      registerSecret(s);
    },
  });
  setOutputs({ signed: result.signed, 'signer-subject': result.signerSubject });
  const rows = result.signed.map((f) => `| \`${f.file}\` | ${f.signerSubject.replace(/\n/g, ', ')} | ${f.timestamp ?? '—'} | \`${f.sha256After.slice(0, 16)}…\` |`);
  await writeSummary(
    [
      `### Trusted Signing: ${result.signed.length} file(s) signed and verified`,
      '',
      `Token: ${result.tokenMethod}; jsign ${result.jsign.version} (${result.jsign.source}); identity EKU pin: ${result.identityEkus.join(', ') || 'none'}.`,
      '',
      '| file | signer | timestamp | sha256 after |',
      '|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
});
