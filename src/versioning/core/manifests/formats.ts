/**
 * The manifest-format registry: every version-file format relforge knows, in one list. What a format claims (file
 * names), how it is edited (its updater), which lock files follow it and its line in the docs all come from here:
 * `updaterFor` (version-file, components' manifests), the settings' "unknown format" messages, the version-file
 * option's description, release-commit's list of files next-version writes, and the docs block
 * `<!-- relforge:manifest-formats -->` (rendered by `npm run gen`). To add a format, see
 * docs/extending-manifest-format.md.
 */
import { posix } from 'node:path';
import { cargoFormat } from './cargo.js';
import { npmFormat, npmLockFormat } from './npm.js';
import { plainVersionFormat } from './plain-version.js';
import { pyprojectFormat } from './pyproject.js';
import { RegexFile } from './regex-file.js';
import { VersionFileError, type ManifestFormat, type ManifestUpdater } from './types.js';

/** Every format claimed by file name, in the order the docs list them. */
export const MANIFEST_FORMATS: readonly ManifestFormat[] = [cargoFormat, npmFormat, npmLockFormat, pyprojectFormat, plainVersionFormat];

/** Any text file with a `version-pattern` (claims no name: the pattern chooses it). */
export const PATTERN_FORMAT: ManifestFormat = {
  id: 'regex',
  names: [],
  docs: 'any file with a `version-pattern` (a regular expression with a capture group around the version): every match is rewritten',
  create: (opts) => new RegexFile({ ...opts, pattern: opts.pattern ?? '' }),
};

const byName = new Map<string, ManifestFormat>();
for (const f of MANIFEST_FORMATS) {
  for (const n of f.names) {
    if (byName.has(n)) throw new Error(`manifest formats ${byName.get(n)!.id} and ${f.id} both claim ${n}`);
    byName.set(n, f);
  }
}

const baseName = (path: string) => posix.basename(path.replace(/\\/g, '/'));

/** The format of `path` (by its base name), or the pattern format when a version-pattern is given. */
export function formatFor(path: string, versionPattern?: string): ManifestFormat | undefined {
  if (versionPattern) return PATTERN_FORMAT;
  return byName.get(baseName(path));
}

/** The file names the registry claims, manifests first, then their lock files (no duplicates). */
export function knownFileNames(opts: { locks?: boolean } = {}): string[] {
  const names = MANIFEST_FORMATS.flatMap((f) => [...f.names, ...(opts.locks ? (f.locks ?? []).flatMap((l) => l.names) : [])]);
  return [...new Set(names)];
}

/** "Cargo.toml, package.json, …" — the names a version-file may have without a version-pattern. */
export function knownFormatsText(): string {
  return knownFileNames().join(', ');
}

/** The markdown list of the docs (between `<!-- relforge:manifest-formats -->` and `<!-- /relforge -->`). */
export function manifestFormatsMarkdown(): string {
  return [...MANIFEST_FORMATS, PATTERN_FORMAT].map((f) => `- ${f.docs};`).join('\n').replace(/;$/, '.');
}

/**
 * The updater for `path` (any file the registry claims; any other file needs a `versionPattern`). `version` is the
 * target for updateContent and may be omitted for reading.
 */
export function updaterFor(path: string, opts: { version?: string; versionPattern?: string } = {}): ManifestUpdater {
  const format = formatFor(path, opts.versionPattern);
  if (!format) {
    throw new VersionFileError(
      `${path}: unknown version-file format. Supported: ${knownFormatsText()}; for any other file set a version-pattern (a regex with a capture group around the version).`,
    );
  }
  return format.create({ file: path, ...(opts.version ? { version: opts.version } : {}), ...(opts.versionPattern ? { pattern: opts.versionPattern } : {}) });
}
