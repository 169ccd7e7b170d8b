/**
 * Version files: reading the base version from one, and rewriting manifests (plus their lock files) to a new
 * version all-or-nothing. `planManifestWrites` computes every new text without writing (plan, dry runs);
 * `writeManifests` writes them: each to a temp file beside it, then renames; if any step fails, the files
 * already replaced are restored and the temp files removed.
 */
import { existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { RelforgeError, fieldError } from '../platform/errors.js';
import { CargoLock, CargoToml, PackageJson, PackageLock, VersionFileError, updaterFor } from './core/manifests/index.js';
import { isSemver } from './core/version.js';

function readText(cwd: string, file: string, what: string): string {
  const full = resolve(cwd, file);
  try {
    return readFileSync(full, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new RelforgeError(code === 'ENOENT' ? `${what} "${file}" does not exist in ${cwd}.` : `${what} "${file}" cannot be read: ${(err as Error).message}`);
  }
}

/** Where a version file was named: the option (`version-file`, `components`) and a label within it. */
export interface VersionFileSource {
  field: string;
  /** Continues the sentence after the option's name, e.g. `(component "api"): manifest`. */
  label?: string;
}

/** Reads a version file's version with the right updater; problems name the option that named the file. */
export function readVersionFile(cwd: string, file: string, versionPattern?: string, source: VersionFileSource = { field: 'version-file' }): string {
  const label = source.label ? `${source.label} ` : '';
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    throw fieldError(source.field, `${label}"${file}" ${missing ? `does not exist in ${cwd}; fix the path (relative to {{path}}) or remove it.` : `cannot be read: ${(err as Error).message}`}`);
  }
  let version: string;
  try {
    version = updaterFor(file, versionPattern ? { versionPattern } : {}).readVersion(text);
  } catch (err) {
    if (err instanceof VersionFileError) throw fieldError(source.field, `${label}${err.message}`);
    throw err;
  }
  version = version.trim().replace(/^v(?=\d)/, '');
  if (!isSemver(version)) {
    throw fieldError(source.field, `${label}"${file}" declares version "${version}", which is not a SemVer version (MAJOR.MINOR.PATCH); fix the file or the version-pattern.`);
  }
  return version;
}

export interface WriteTarget {
  path: string;
  versionPattern?: string | undefined;
  version: string;
}

/** The nearest file named one of `names` in `dir` or its parents, not above `root`. */
function findUp(root: string, dir: string, names: string[]): string | undefined {
  let d = dir;
  for (;;) {
    for (const n of names) {
      const p = join(d, n);
      if (existsSync(p)) return p;
    }
    if (d === root || !(d + sep).startsWith(root + sep)) return undefined;
    const parent = dirname(d);
    if (parent === d) return undefined;
    d = parent;
  }
}

/** New texts of the files a write would change (absolute path → original and new text). */
export type PlannedWrites = Map<string, { original: string; text: string }>;

/**
 * Computes every new text (manifests plus their lock files: Cargo.lock entries of workspace members,
 * package-lock.json root / workspace entries) without writing anything.
 */
export function planManifestWrites(cwd: string, targets: WriteTarget[]): PlannedWrites {
  const root = resolve(cwd);
  const texts: PlannedWrites = new Map();
  const load = (full: string, what: string) => {
    let e = texts.get(full);
    if (!e) {
      const original = readText(root, relative(root, full), what);
      e = { original, text: original };
      texts.set(full, e);
    }
    return e;
  };
  const wrap = (file: string, fn: () => string) => {
    try {
      return fn();
    } catch (err) {
      if (err instanceof VersionFileError) throw new RelforgeError(`Cannot rewrite ${file}: ${err.message} Nothing was written.`);
      throw err;
    }
  };
  for (const t of targets) {
    const full = resolve(root, t.path);
    const e = load(full, 'manifest');
    const updater = updaterFor(t.path, { version: t.version, ...(t.versionPattern ? { versionPattern: t.versionPattern } : {}) });
    e.text = wrap(t.path, () => updater.updateContent(e.text));
    if (updater instanceof CargoToml) {
      const name = updater.readName(e.text);
      const lock = findUp(root, dirname(full), ['Cargo.lock']);
      if (name && lock) {
        const le = load(lock, 'Cargo.lock');
        le.text = wrap(relative(root, lock), () => new CargoLock({ version: t.version, packages: [name], file: relative(root, lock) }).updateContent(le.text));
      }
    } else if (updater instanceof PackageJson) {
      const lock = findUp(root, dirname(full), ['npm-shrinkwrap.json', 'package-lock.json']);
      if (lock) {
        const member = relative(dirname(lock), dirname(full)).split(sep).join(posix.sep);
        const le = load(lock, 'package-lock.json');
        le.text = wrap(relative(root, lock), () => new PackageLock({ version: t.version, entries: [member], file: relative(root, lock) }).updateContent(le.text));
      }
    }
  }
  for (const [full, e] of texts) if (e.text === e.original) texts.delete(full);
  return texts;
}

/** The repository-relative paths (sorted, `/` separators) of planned writes. */
export function plannedPaths(cwd: string, planned: PlannedWrites): string[] {
  const root = resolve(cwd);
  return [...planned.keys()].map((full) => relative(root, full).split(sep).join(posix.sep)).sort();
}

/** Plans and writes all-or-nothing (see the module comment); returns the repository-relative paths changed. */
export function writeManifests(cwd: string, targets: WriteTarget[]): string[] {
  const planned = planManifestWrites(cwd, targets);
  const changed = [...planned.entries()];
  const suffix = `.relforge-${process.pid}-${process.hrtime.bigint().toString(36)}.tmp`;
  const temps: string[] = [];
  const replaced: [string, string][] = [];
  try {
    for (const [full, e] of changed) {
      const mode = statSync(full).mode & 0o7777;
      writeFileSync(full + suffix, e.text, { mode });
      temps.push(full + suffix);
    }
    for (const [full, e] of changed) {
      renameSync(full + suffix, full);
      replaced.push([full, e.original]);
    }
  } catch (err) {
    for (const [full, original] of replaced) {
      try {
        writeFileSync(full, original);
      } catch {
        /* best effort: reported below */
      }
    }
    for (const t of temps) {
      try {
        unlinkSync(t);
      } catch {
        /* already renamed or never written */
      }
    }
    throw new RelforgeError(`Could not rewrite the manifests (${(err as Error).message}); the original files were restored, nothing was changed.`);
  }
  return plannedPaths(cwd, planned);
}
