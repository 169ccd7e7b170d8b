/**
 * Any text file with a `version-pattern`: a regular expression (multi-line mode) with a capture group named
 * `version`, or else its first group, around the version. Every match is rewritten; the first is read.
 */
import { VersionFileError, fileLabel, splice, targetVersion, type ManifestUpdater, type UpdaterOptions } from './types.js';

/**
 * Compiles a version-pattern. The error's message continues after the pattern's name ("is not a valid
 * regular expression…"), so callers can report it by field.
 */
export function compileVersionPattern(pattern: string): RegExp {
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'gmd');
  } catch (err) {
    throw new VersionFileError(`is not a valid regular expression: ${(err as Error).message}`);
  }
  const groups = new RegExp(`${pattern}|`).exec('')!.length - 1;
  if (groups < 1) {
    throw new VersionFileError(`needs a capture group around the version, e.g. version = "(\\d+\\.\\d+\\.\\d+)" or (?<version>…); got ${pattern}`);
  }
  return re;
}

export class RegexFile implements ManifestUpdater {
  readonly kind = 'regex';
  private readonly re: RegExp;
  constructor(private readonly opts: UpdaterOptions & { pattern: string }) {
    try {
      this.re = compileVersionPattern(opts.pattern);
    } catch (err) {
      throw new VersionFileError(`${fileLabel(opts, 'the version file')}: version-pattern ${(err as Error).message}`);
    }
  }

  private spans(text: string): { start: number; end: number; value: string }[] {
    const out: { start: number; end: number; value: string }[] = [];
    this.re.lastIndex = 0;
    for (const m of text.matchAll(this.re)) {
      const idx = m.indices!;
      const span = idx.groups?.version ?? idx[1];
      const value = m.groups?.version ?? m[1];
      if (!span || value === undefined) continue;
      out.push({ start: span[0], end: span[1], value });
    }
    return out;
  }

  readVersion(text: string): string {
    const s = this.spans(text);
    if (!s.length) {
      throw new VersionFileError(`${fileLabel(this.opts, 'the version file')}: version-pattern ${this.opts.pattern} matches nothing; check the pattern against the file.`);
    }
    return s[0]!.value;
  }

  updateContent(text: string): string {
    const v = targetVersion(this.opts, this.kind);
    let out = text;
    const spans = this.spans(text);
    if (!spans.length) this.readVersion(text);
    for (const s of spans.sort((a, b) => b.start - a.start)) out = splice(out, s.start, s.end, v);
    return out;
  }
}
