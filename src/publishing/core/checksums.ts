/**
 * SHA256SUMS in the format GNU `sha256sum -c` reads: `<64 hex>  <name>` (two spaces = text mode, which is
 * binary-identical on POSIX). Names are relative to the SHA256SUMS folder with `/` separators. Names with a
 * backslash or a line break use coreutils' escaping: the line starts with `\`, and `\\` / `\n` / `\r` stand
 * for the characters.
 */
import { RelforgeError } from '../../platform/errors.js';

export interface ChecksumEntry {
  name: string;
  sha256: string;
}

function escapeName(name: string): { escaped: boolean; text: string } {
  if (!/[\\\n\r]/.test(name)) return { escaped: false, text: name };
  return { escaped: true, text: name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r') };
}

export function formatChecksums(entries: ChecksumEntry[]): string {
  return entries
    .map(({ name, sha256 }) => {
      if (!/^[0-9a-f]{64}$/.test(sha256)) throw new RelforgeError(`Internal: "${sha256}" is not a SHA-256 hex digest.`);
      if (name === '') throw new RelforgeError('Internal: empty name in SHA256SUMS.');
      const e = escapeName(name);
      return `${e.escaped ? '\\' : ''}${sha256}  ${e.text}\n`;
    })
    .join('');
}

/** Parses `sha256sum` output (text `  ` or binary ` *` mode, escaped names). */
export function parseChecksums(text: string): ChecksumEntry[] {
  const out: ChecksumEntry[] = [];
  for (const raw of text.split('\n')) {
    if (raw.trim() === '') continue;
    const line = raw.replace(/\r$/, '');
    const m = /^(\\?)([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
    if (!m) throw new RelforgeError(`Malformed SHA256SUMS line: "${line.slice(0, 120)}"`);
    let name = m[3]!;
    if (m[1]) name = name.replace(/\\(\\|n|r)/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
    out.push({ name, sha256: m[2]!.toLowerCase() });
  }
  return out;
}
