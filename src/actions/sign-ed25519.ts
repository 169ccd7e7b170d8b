/** Entry for actions/sign-ed25519: inputs → signFiles → outputs + step summary. No logic here. */
import { runAction, input, listInput, secretInput, setOutputs, writeSummary, log } from './runner.js';
import { signFiles, signSettingsFromInputs } from '../signing/minisign/signer.js';

void runAction(async () => {
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  const settings = signSettingsFromInputs(
    {
      files: listInput('files'),
      privateKey: secretInput('private-key'),
      password: secretInput('password'),
      publicKey: input('public-key'),
      trustedComment: input('trusted-comment'),
      untrustedComment: input('untrusted-comment'),
      version: input('version'),
      platform: input('platform'),
      format: input('format'),
      algorithm: input('algorithm'),
      checksums: input('checksums'),
      outputDir: input('output-dir'),
      workers: input('workers'),
      verify: input('verify'),
    },
    cwd,
  );
  const result = await signFiles({ ...settings, log: log.info });
  for (const s of result.signatures) log.info(`signed and verified ${s.file} → ${s.signature} (${s.sha256 ? `sha256 ${s.sha256}, ` : ''}key ${s.keyId})`);
  if (result.checksumsFile) log.info(`wrote ${result.checksumsFile} and ${result.checksumsSignature}`);
  setOutputs({
    signatures: result.signatures,
    'public-key': result.publicKey,
    'key-id': result.keyId,
    'checksums-file': result.checksumsFile ?? '',
  });
  const rel = (p: string) => (p.startsWith(cwd + '/') ? p.slice(cwd.length + 1) : p);
  await writeSummary(
    [
      `### Ed25519 (${result.format === 'raw' ? 'raw' : `minisign ${result.algorithm}`}): ${result.signatures.length} file(s) signed and verified`,
      '',
      `Key id \`${result.keyId}\`; public key \`${result.publicKey.split('\n')[1] ?? ''}\`.`,
      '',
      '| file | signature | size | sha256 |',
      '|---|---|---:|---|',
      ...result.signatures.map((s) => `| \`${rel(s.file)}\` | \`${rel(s.signature)}\` | ${s.size} | ${s.sha256 ? `\`${s.sha256}\`` : '—'} |`),
      ...(result.checksumsFile ? ['', `Checksums: \`${rel(result.checksumsFile)}\` (signed: \`${rel(result.checksumsSignature ?? '')}\`).`] : []),
      '',
    ].join('\n'),
  );
});
