/**
 * The signed trusted comment as relforge writes and reads it: tab-separated `name:value` fields
 * (`version:1.4.0<TAB>file:app-linux-x86_64<TAB>platform:linux-x86_64<TAB>timestamp:1700000000`).
 * Pure.
 *
 * Fields must not be forgeable through their values: a file named `evil<TAB>version:9.9.9` would otherwise add
 * a `version:` field to a validly signed comment. So every value that goes in is checked (no tab, line break or
 * other control character), and a reader refuses a comment that names the field it asks for twice.
 */
import { MinisignFormatError } from './errors.js';

export interface CommentFields {
  version?: string;
  file: string;
  platform?: string;
  timestamp: number;
}

/** Why `value` cannot go into a trusted comment field (continues after the value's name), or undefined. */
export function commentValueProblem(value: string): string | undefined {
  // C0 controls (tab, CR, LF, NUL…), DEL and the Unicode line/paragraph separators.
  const bad = /[\x00-\x1f\x7f\u2028\u2029]/.exec(value);
  if (!bad) return undefined;
  const what = bad[0] === '\t' ? 'a tab' : bad[0] === '\n' || bad[0] === '\r' ? 'a line break' : `the control character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;
  return `contains ${what}, which would add or split fields of the signed trusted comment`;
}

/** `version:…<TAB>file:…<TAB>platform:…<TAB>timestamp:…`, fields without a value left out. */
export function defaultTrustedComment(fields: CommentFields): string {
  const parts: string[] = [];
  if (fields.version) parts.push(`version:${fields.version}`);
  parts.push(`file:${fields.file}`);
  if (fields.platform) parts.push(`platform:${fields.platform}`);
  parts.push(`timestamp:${fields.timestamp}`);
  return parts.join('\t');
}

/**
 * The trusted comment for one file: `template` with {version} {file} {platform} {timestamp} filled in, or the
 * default. Every value is checked first (MinisignFormatError naming the value and the fix).
 */
export function renderTrustedComment(template: string | undefined, fields: CommentFields): string {
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const problem = commentValueProblem(String(value));
    if (problem) {
      const fix = name === 'file' ? 'rename the file' : `fix the ${name}`;
      throw new MinisignFormatError(`The ${name} "${String(value).replace(/[\x00-\x1f\x7f]/g, '?')}" ${problem}: ${fix}.`);
    }
  }
  if (!template) return defaultTrustedComment(fields);
  return template.replace(/\{(version|file|platform|timestamp)\}/g, (_, k: string) => String((fields as unknown as Record<string, unknown>)[k] ?? ''));
}

/**
 * Value of `name:` in a tab-separated trusted comment, or undefined. A comment naming the field twice is
 * ambiguous (which one did the signer mean?) and refused with MinisignFormatError.
 */
export function trustedCommentField(trustedComment: string, name: string): string | undefined {
  let found: string | undefined;
  for (const field of trustedComment.split('\t')) {
    const i = field.indexOf(':');
    if (i <= 0 || field.slice(0, i).trim() !== name) continue;
    if (found !== undefined) {
      throw new MinisignFormatError(`The trusted comment has more than one "${name}:" field (a tab in a signed value?): refusing an ambiguous signature; re-sign the file.`);
    }
    found = field.slice(i + 1).trim();
  }
  return found;
}

/** The `timestamp:` of a trusted comment as unix seconds, or undefined. */
export function commentTimestamp(trustedComment: string): number | undefined {
  const t = trustedCommentField(trustedComment, 'timestamp');
  return t !== undefined && /^\d{1,12}$/.test(t) ? Number(t) : undefined;
}
