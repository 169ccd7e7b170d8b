/**
 * Version files: reading the base version from one, and rewriting manifests (plus their lock files) to a new
 * version all-or-nothing. `planManifestWrites` computes every new text without writing (plan, dry runs);
 * `writeManifests` writes them: each to a temp file beside it, then renames; if any step fails, the files
 * already replaced are restored and the temp files removed.
 */
import { existsSync, readFileSync, readdirSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { minimatch } from '../platform/libraries.js';
import { RelforgeError, fieldError } from '../platform/errors.js';
import { VersionFileError, formatFor, updaterFor, type ManifestSurroundings } from './core/manifests/index.js';
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

const toPosix = (p: string) => p.split(sep).join(posix.sep);

/** True when `full` is `root` or below it, after following symbolic links. */
function insideRoot(root: string, full: string): boolean {
  let real: string;
  try {
    real = realpathSync(full);
  } catch {
    return false;
  }
  const realRoot = realpathSync(root);
  return real === realRoot || real.startsWith(realRoot + sep);
}

/** Directories never searched for workspace members. */
const SKIP_DIRS = new Set(['.git', 'node_modules', 'target']);

/** What the formats' lock rules may read around a manifest in `dir`: files and directories inside `root` only. */
function surroundings(root: string, dir: string): ManifestSurroundings {
  return {
    read(path) {
      const full = resolve(dir, path);
      if (!insideRoot(root, full)) return undefined;
      try {
        return readFileSync(full, 'utf8');
      } catch {
        return undefined;
      }
    },
    dirs(glob) {
      const segments = glob.split('/').filter((s) => s !== '' && s !== '.');
      const magic = segments.findIndex((s) => /[*?[\]{}]/.test(s));
      if (magic < 0) return insideRoot(root, resolve(dir, glob)) ? [segments.join('/')] : [];
      const start = segments.slice(0, magic).join('/');
      const maxDepth = segments.includes('**') ? 8 : segments.length - magic;
      const out: string[] = [];
      const walk = (rel: string, depth: number) => {
        const full = resolve(dir, rel);
        if (!insideRoot(root, full)) return;
        let entries;
        try {
          entries = readdirSync(full, { withFileTypes: true });
        } catch {
          return;
        }
        for (const e of entries) {
          if (!e.isDirectory() || SKIP_DIRS.has(e.name)) continue;
          const child = rel ? `${rel}/${e.name}` : e.name;
          if (minimatch(child, segments.join('/'))) out.push(child);
          if (depth + 1 < maxDepth) walk(child, depth + 1);
        }
      };
      walk(start, 0);
      return out.sort();
    },
  };
}

/**
 * Computes every new text (manifests plus the lock files their formats keep in step: see the registry in
 * core/manifests/formats.ts) without writing anything.
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
  const wrap = <T>(file: string, fn: () => T): T => {
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
    const previous = e.text;
    const updater = updaterFor(t.path, { version: t.version, ...(t.versionPattern ? { versionPattern: t.versionPattern } : {}) });
    e.text = wrap(t.path, () => updater.updateContent(e.text));
    for (const rule of formatFor(t.path, t.versionPattern)?.locks ?? []) {
      const lock = findUp(root, dirname(full), [...rule.names]);
      if (!lock) continue;
      const file = toPosix(relative(root, lock));
      const member = toPosix(relative(dirname(lock), dirname(full)));
      const around = surroundings(root, dirname(full));
      const lockUpdater = wrap(t.path, () => rule.updater({ previous, manifest: e.text, version: t.version, member, file, around }));
      if (!lockUpdater) continue;
      const le = load(lock, 'lock file');
      le.text = wrap(file, () => lockUpdater.updateContent(le.text));
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
