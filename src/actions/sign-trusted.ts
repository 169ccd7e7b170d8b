/** Entry for actions/sign-trusted: inputs (signTrustedSchema) → signTrusted → outputs + step summary. No logic here. */
import { runAction, readInputs, setOutputs, writeSummary, log, maskSecret } from './runner.js';
import { signTrusted } from '../signing/authenticode/sign-trusted.js';
import { signTrustedOptions, signTrustedSchema } from '../signing/authenticode/options.js';

void runAction(async ({ runtime }) => {
  const result = await signTrusted(
    signTrustedOptions(readInputs(signTrustedSchema), { cwd: process.env.GITHUB_WORKSPACE || process.cwd(), runtime, log: log.info, onSecret: maskSecret }),
  );
  setOutputs(signTrustedSchema, { signed: result.signed, 'signer-subject': result.signerSubject });
  const rows = result.signed.map((f) => `| \`${f.file}\` | ${f.signerSubject.replace(/\n/g, ', ')} | ${f.timestamp ?? '—'} | \`${f.sha256After.slice(0, 16)}…\` |`);
  await writeSummary(
    [
      `### Trusted Signing: ${result.signed.length} file(s) signed and verified`,
      '',
      ...(result.rehearsal ? [`> **${result.rehearsal}**`, ''] : []),
      `Token: ${result.tokenMethod}; jsign ${result.jsign.version} (${result.jsign.source}); identity EKU pin: ${result.identityEkus.join(', ') || 'none'}.`,
      '',
      '| file | signer | timestamp | sha256 after |',
      '|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
});
