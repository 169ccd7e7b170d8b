/** Picks the updater for a version file by its name (or the regex updater when a version-pattern is given). */
import { posix } from 'node:path';
import { CargoToml } from './cargo.js';
import { PackageJson, PackageLock } from './npm.js';
import { PyProject } from './pyproject.js';
import { RegexFile } from './regex-file.js';
import { VersionFileError, type ManifestUpdater } from './types.js';

export { CargoLock, CargoToml } from './cargo.js';
export { PackageJson, PackageLock } from './npm.js';
export { PyProject } from './pyproject.js';
export { RegexFile, compileVersionPattern } from './regex-file.js';
export { VersionFileError, type ManifestUpdater, type UpdaterOptions } from './types.js';

export type ManifestKind = 'Cargo.toml' | 'Cargo.lock' | 'package.json' | 'package-lock.json' | 'pyproject.toml' | 'regex';

export function manifestKind(path: string, versionPattern?: string): ManifestKind | undefined {
  if (versionPattern) return 'regex';
  switch (posix.basename(path.replace(/\\/g, '/'))) {
    case 'Cargo.toml':
      return 'Cargo.toml';
    case 'package.json':
      return 'package.json';
    case 'package-lock.json':
    case 'npm-shrinkwrap.json':
      return 'package-lock.json';
    case 'pyproject.toml':
      return 'pyproject.toml';
    default:
      return undefined;
  }
}

/**
 * The updater for `path` (Cargo.toml, package.json, package-lock.json, pyproject.toml; any other file needs a
 * `versionPattern`). `version` is the target for updateContent and may be omitted for reading.
 */
export function updaterFor(path: string, opts: { version?: string; versionPattern?: string } = {}): ManifestUpdater {
  const base = { file: path, ...(opts.version ? { version: opts.version } : {}) };
  const kind = manifestKind(path, opts.versionPattern);
  switch (kind) {
    case 'Cargo.toml':
      return new CargoToml(base);
    case 'package.json':
      return new PackageJson(base);
    case 'package-lock.json':
      return new PackageLock(base);
    case 'pyproject.toml':
      return new PyProject(base);
    case 'regex':
      return new RegexFile({ ...base, pattern: opts.versionPattern! });
    default:
      throw new VersionFileError(
        `${path}: unknown version-file format. Supported: Cargo.toml, package.json, package-lock.json, pyproject.toml; for any other file set a version-pattern (a regex with a capture group around the version).`,
      );
  }
}

