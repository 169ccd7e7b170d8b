/** The step summary (markdown) of a signFiles run; the CLI prints it as text. */
import type { SignFilesResult } from './sign-files.js';

export function renderSignSummary(result: SignFilesResult, cwd: string): string {
  const rel = (p: string) => (p.startsWith(cwd + '/') ? p.slice(cwd.length + 1) : p);
  const when = `trusted comment timestamp ${result.timestamp} (${result.timestampSource === 'setting' ? 'given' : `from ${result.timestampSource}`})`;
  return [
    `### Ed25519 (${result.format === 'raw' ? 'raw' : `minisign ${result.algorithm}`}): ${result.signatures.length} file(s) signed and verified`,
    '',
    `Key id \`${result.keyId}\`; public key \`${result.publicKey.split('\n')[1] ?? ''}\`; ${when}.`,
    '',
    '| file | signature | size | sha256 |',
    '|---|---|---:|---|',
    ...result.signatures.map((s) => `| \`${rel(s.file)}\` | \`${rel(s.signature)}\` | ${s.size} | ${s.sha256 ? `\`${s.sha256}\`` : '—'} |`),
    ...(result.checksumsFile ? ['', `Checksums: \`${rel(result.checksumsFile)}\` (signed: \`${rel(result.checksumsSignature ?? '')}\`).`] : []),
    ...(result.unchanged.length ? ['', `Unchanged (an earlier run wrote the same bytes): ${result.unchanged.map((u) => `\`${rel(u)}\``).join(', ')}.`] : []),
    '',
  ].join('\n');
}
