/**
 * A plain version file (`VERSION`, `version.txt`): the first line that holds anything is the version, one token
 * (`1.4.0`, or `v1.4.0`: the `v` is kept on rewrite). Whatever surrounds it — blank lines, spaces, the line end
 * (LF, CRLF, none), later lines — is kept byte for byte.
 */
import { VersionFileError, fileLabel, splice, targetVersion, type ManifestFormat, type ManifestUpdater, type UpdaterOptions } from './types.js';

export class PlainVersionFile implements ManifestUpdater {
  readonly kind = 'VERSION';
  constructor(private readonly opts: UpdaterOptions = {}) {}

  /** Offsets of the version token (after an optional `v`). */
  private locate(text: string): { start: number; end: number; value: string } {
    const file = fileLabel(this.opts, 'VERSION');
    const m = /[^\s\uFEFF]+/.exec(text);
    if (!m) throw new VersionFileError(`${file}: no version found (the file should hold the version on its first line, e.g. 1.4.0).`);
    const start = m.index;
    const end = start + m[0].length;
    if (/^[^\S\r\n]*[^\s]/.test(text.slice(end))) {
      throw new VersionFileError(`${file}: the first line must hold the version alone (e.g. 1.4.0); for another layout set a version-pattern.`);
    }
    const v = /^v(?=\d)/.test(m[0]) ? 1 : 0;
    return { start: start + v, end, value: m[0].slice(v) };
  }

  readVersion(text: string): string {
    return this.locate(text).value;
  }

  updateContent(text: string): string {
    const at = this.locate(text);
    return splice(text, at.start, at.end, targetVersion(this.opts, this.kind).replace(/^v(?=\d)/, ''));
  }
}

export const plainVersionFormat: ManifestFormat = {
  id: 'plain',
  names: ['VERSION', 'version.txt'],
  docs: '`VERSION` / `version.txt`: the version alone on the first line that holds anything (a leading `v` is kept)',
  create: (opts) => new PlainVersionFile(opts),
};
