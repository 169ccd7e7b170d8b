/**
 * Filesystem adapter: glob expansion for `files` inputs, streamed hashing, safe names.
 * Files are read in 1 MiB chunks (64 KiB reads cost ~25 % more), so memory does not grow with file size.
 *
 * Where files may come from: every matched file is resolved to its real path (symbolic links followed), and a
 * file whose real path is outside the workspace is refused unless the caller allows it explicitly. The
 * workspace is `cwd`, GITHUB_WORKSPACE and RUNNER_TEMP; a pattern written as an absolute path also allows the
 * folder it names (the user named that place), never a link out of it. So `ln -s /etc/passwd app-linux-arm64`
 * with `files: app-*` is refused instead of publishing /etc/passwd. Directory symlink cycles are walked once.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { open } from 'node:fs/promises';
import { createHash, type Hash } from 'node:crypto';
import { isAbsolute, join, resolve, basename, dirname, sep } from 'node:path';
import { RelforgeError, fieldError } from './errors.js';
import { minimatch } from './libraries.js';

export const READ_CHUNK = 1024 * 1024;

export interface ExpandOptions {
  /** Patterns are relative to it (default: process.cwd()); it is part of the workspace. */
  cwd?: string;
  /** The option the patterns came from: problems are reported for it (by field). */
  inputName?: string;
  /** Accept files (and walk directories) whose real path is outside the workspace. Default false. */
  allowOutsideWorkspace?: boolean;
  /** The caller's option that sets allowOutsideWorkspace, named in the refusal as the way out (when it has one). */
  allowOption?: string;
  /** GITHUB_WORKSPACE / RUNNER_TEMP come from here (default process.env). */
  env?: Record<string, string | undefined>;
  /** Every pattern is one path, glob characters included (a bundler's per-file sign command: `[1]` is a name). */
  literal?: boolean;
}

/** Where matched files may live: real paths of cwd, GITHUB_WORKSPACE and RUNNER_TEMP (those that exist). */
export function workspaceRoots(cwd: string, env: Record<string, string | undefined> = process.env): string[] {
  const roots = new Set<string>();
  for (const p of [cwd, env.GITHUB_WORKSPACE, env.RUNNER_TEMP]) {
    if (!p) continue;
    try {
      roots.add(toSlash(realpathSync(resolve(p))));
    } catch {
      /* a root that does not exist holds no files */
    }
  }
  return [...roots];
}

const inside = (real: string, roots: string[]) => roots.some((r) => real === r || real.startsWith(r.endsWith('/') ? r : `${r}/`));

/**
 * Where a file an option names may be WRITTEN (an output file such as changelog's `notes-file`): `file` resolved
 * against `base`, which must lie inside the workspace (workspaceRoots of `base` and of the process's cwd) after
 * following every symbolic link on the way, the file itself included. A link out of the workspace, or a dangling
 * link (a write would follow it wherever it points), is refused by field; folders that do not exist yet are judged
 * by their nearest existing parent. Returns the absolute path to write.
 */
export function workspaceOutputPath(base: string, file: string, opts: { inputName: string; env?: Record<string, string | undefined> }): string {
  const env = opts.env ?? process.env;
  const abs = resolve(base, file);
  const roots = [...new Set([...workspaceRoots(base, env), ...workspaceRoots(process.cwd(), env)])];
  const fix = 'Name a file inside the workspace or RUNNER_TEMP (e.g. ${{ runner.temp }}/notes.md), or copy it there in a later step.';
  const real = realTarget(abs);
  if (real === undefined) {
    throw fieldError(opts.inputName, `("${file}") leads to ${abs} through a symbolic link whose target does not exist: refusing to write through it (it could point anywhere). Remove the link, or name another file. ${fix}`);
  }
  if (!inside(real, roots)) {
    throw fieldError(
      opts.inputName,
      `("${file}") resolves to ${real}${real !== toSlash(abs) ? ` (through a symbolic link at ${abs})` : ''}, outside the workspace (${roots.join(', ')}): refusing to write there. ${fix}`,
    );
  }
  let st;
  try {
    st = statSync(abs);
  } catch {
    return abs; // not there yet: it will be created
  }
  if (!st.isFile()) throw fieldError(opts.inputName, `("${file}") names ${abs}, which is not a regular file. Name a file.`);
  return abs;
}

/**
 * The real path a write to `abs` would reach: the real path of its nearest existing ancestor (the path itself when
 * it exists) joined with the parts still to be created; undefined when a symbolic link on the way dangles.
 */
function realTarget(abs: string): string | undefined {
  const missing: string[] = [];
  let p = abs;
  for (;;) {
    let exists = true;
    try {
      lstatSync(p);
    } catch {
      exists = false;
    }
    if (exists) {
      try {
        return toSlash(join(realpathSync(p), ...missing));
      } catch {
        return undefined; // p is (or passes through) a link to nothing
      }
    }
    const parent = dirname(p);
    if (parent === p) return toSlash(join(p, ...missing));
    missing.unshift(basename(p));
    p = parent;
  }
}

/** Problems name the input by field when there is one. */
function problem(inputName: string | undefined, message: string): RelforgeError {
  return inputName ? fieldError(inputName, message) : new RelforgeError(`The file list ${message}`);
}

interface Scope {
  roots: string[];
  allow: boolean;
  refuse: (path: string, real: string) => RelforgeError;
}

/**
 * Expands newline-separated glob patterns (relative to `cwd`) to absolute regular-file paths,
 * sorted and de-duplicated. `!pattern` removes matches. Zero matches for the whole set is an error
 * naming the input. A pattern without glob characters must name an existing regular file. Paths are
 * returned as matched (a link keeps its own name); their real paths must be inside the workspace.
 * (Own walker over minimatch rather than @actions/glob, whose `::debug::` lines leak into CLI output.)
 */
export async function expandFiles(patterns: string[], opts: ExpandOptions = {}): Promise<string[]> {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const input = opts.inputName;
  const pats = patterns.map((p) => p.trim()).filter((p) => p !== '' && !p.startsWith('#'));
  if (pats.length === 0) throw problem(input, 'is empty: give at least one file or glob pattern.');
  const roots = workspaceRoots(cwd, opts.env ?? process.env);
  const scope: Scope = {
    roots,
    allow: !!opts.allowOutsideWorkspace,
    refuse: (path, real) =>
      problem(
        input,
        `matched ${path}${real !== path ? `, which resolves to ${real},` : ''} outside the workspace (${roots.join(', ')}): refusing to read it ` +
          `(a symbolic link out of the workspace?). Copy the file into the workspace${opts.allowOption ? `, or set {{${opts.allowOption}}} if this is intended` : ''}.`,
      ),
  };
  const toAbs = (p: string) => toSlash(isAbsolute(p) ? p : join(cwd, p));
  // Matched path → its real path and where it may be; checked after the negations (a file excluded by `!x` is not refused).
  const found = new Map<string, { real: string; roots: string[] }>();
  for (const p of pats.filter((x) => opts.literal || !x.startsWith('!'))) {
    const abs = toAbs(p);
    const own = { ...scope, roots: opts.literal ? (isAbsolute(p) ? [...roots, dirname(abs)] : roots) : patternRoots(p, abs, roots) };
    if (hasMagic(p) && !opts.literal) for (const [m, real] of globFiles(abs, own)) found.set(m, { real, roots: own.roots });
    else found.set(abs, { real: literalFile(p, abs, cwd, input), roots: own.roots });
  }
  for (const p of pats.filter((x) => !opts.literal && x.startsWith('!'))) {
    const neg = toAbs(p.slice(1));
    for (const f of [...found.keys()]) if (minimatch(f, neg, { dot: true })) found.delete(f);
  }
  if (found.size === 0) throw problem(input, `matched no files (patterns: ${pats.join(', ')}; looked in ${cwd}).`);
  const sorted = [...found.keys()].sort();
  for (const f of sorted) {
    const { real, roots: where } = found.get(f)!;
    if (!scope.allow && !inside(real, where)) throw scope.refuse(f, real);
  }
  return sorted;
}

/**
 * Where a pattern's files may really be: the workspace, and for a pattern written as an absolute path, the
 * folder it names (its static prefix; for a plain path, the file's folder). Naming a place explicitly allows
 * that place; a symbolic link from there to anywhere else is still refused.
 */
function patternRoots(p: string, abs: string, roots: string[]): string[] {
  if (!isAbsolute(p)) return roots;
  const base = hasMagic(p) ? splitGlob(abs).base : dirname(abs);
  try {
    const real = toSlash(realpathSync(base));
    return inside(real, roots) ? roots : [...roots, real];
  } catch {
    return roots;
  }
}

/** A pattern without glob characters: an existing regular file; returns its real path. */
function literalFile(p: string, abs: string, cwd: string, input: string | undefined): string {
  let st;
  try {
    st = statSync(abs);
  } catch {
    throw problem(input, `names "${p}", which does not exist (looked in ${cwd}).`);
  }
  if (!st.isFile()) throw problem(input, `names "${p}", which is not a regular file.`);
  return toSlash(realpathSync(abs));
}

const toSlash = (p: string) => p.split(sep).join('/');
const hasMagic = (p: string) => /[*?[\]{}]/.test(p);

/** An absolute glob's static prefix (the folder it is walked from) and the segments after it. */
function splitGlob(absPattern: string): { base: string; rest: string[] } {
  const segments = absPattern.split('/');
  let i = 0;
  while (i < segments.length && !hasMagic(segments[i]!)) i++;
  return { base: segments.slice(0, i).join('/') || '/', rest: segments.slice(i) };
}

/**
 * Regular files matching an absolute glob, each with its real path: walks from the pattern's static prefix only.
 * Symbolic links are followed, but a directory already on the current path (a cycle) is not entered again, and
 * a linked directory outside the workspace is not entered unless allowed.
 */
function globFiles(absPattern: string, scope: Scope): Map<string, string> {
  const { base, rest } = splitGlob(absPattern);
  const maxDepth = rest.some((s) => s.includes('**')) ? Infinity : rest.length;
  const out = new Map<string, string>();
  const ancestors = new Set<string>();
  const walk = (dir: string, real: string, depth: number) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    ancestors.add(real);
    for (const e of entries) {
      const full = dir === '/' ? `/${e.name}` : `${dir}/${e.name}`;
      const kind = entryKind(e, full);
      if (!kind) continue;
      const target = kind.real ?? (real === '/' ? `/${e.name}` : `${real}/${e.name}`);
      if (kind.file && minimatch(full, absPattern, { dot: true })) out.set(full, target);
      else if (kind.dir && depth + 1 < maxDepth && e.name !== '.git' && e.name !== 'node_modules') {
        if (ancestors.has(target)) continue; // a cycle: already being walked
        if (kind.real && !scope.allow && !inside(kind.real, scope.roots)) continue; // a link out of the workspace
        walk(full, target, depth + 1);
      }
    }
    ancestors.delete(real);
  };
  let baseReal: string;
  try {
    baseReal = toSlash(realpathSync(base));
  } catch {
    return out;
  }
  // A pattern rooted outside the workspace (e.g. /etc/**) is refused before it is walked.
  if (!scope.allow && !inside(baseReal, scope.roots)) throw scope.refuse(base, baseReal);
  walk(base, baseReal, 0);
  return out;
}

/** File or directory (links followed; `real` set for links), or undefined for anything else or a dangling link. */
function entryKind(e: Dirent, full: string): { file: boolean; dir: boolean; real?: string } | undefined {
  if (!e.isSymbolicLink()) return e.isFile() || e.isDirectory() ? { file: e.isFile(), dir: e.isDirectory() } : undefined;
  try {
    const st = statSync(full);
    return { file: st.isFile(), dir: st.isDirectory(), real: toSlash(realpathSync(full)) };
  } catch {
    return undefined;
  }
}

export type HashAlgo = 'sha256' | 'sha512' | 'blake2b512' | 'sha384';

/**
 * Streams a file once, feeding every requested hash; returns hex digests and the byte count. `prefix` is fed to
 * every hash before the file (e.g. R ‖ A for a streamed Ed25519 verification).
 */
export async function hashFile<A extends HashAlgo>(path: string, algos: readonly A[], opts: { prefix?: Buffer } = {}): Promise<{ size: number } & Record<A, string>> {
  const hashes = algos.map((a) => [a, createHash(a)] as [A, Hash]);
  if (opts.prefix) for (const [, h] of hashes) h.update(opts.prefix);
  let size = 0;
  // One reused 1 MiB buffer: a read stream allocates a fresh chunk per read, and that garbage (external
  // memory, collected late) kept ~80 MiB extra RSS while hashing large files.
  const buf = Buffer.allocUnsafe(READ_CHUNK);
  const fh = await open(path, 'r');
  try {
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, READ_CHUNK, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      const chunk = bytesRead === READ_CHUNK ? buf : buf.subarray(0, bytesRead);
      for (const [, h] of hashes) h.update(chunk);
    }
  } finally {
    await fh.close();
  }
  const out = { size } as { size: number } & Record<A, string>;
  for (const [a, h] of hashes) (out as Record<string, unknown>)[a] = h.digest('hex');
  return out;
}

export async function sha256File(path: string): Promise<string> {
  return (await hashFile(path, ['sha256'])).sha256;
}

/**
 * An asset/file name that is safe to use as a single path component and in URLs:
 * no separators, no `..`, no control characters, not empty, at most 255 bytes.
 */
export function assertSafeName(name: string, what = 'file name'): string {
  if (
    name === '' ||
    name === '.' ||
    name === '..' ||
    /[/\\\x00-\x1f\x7f]/.test(name) ||
    Buffer.byteLength(name) > 255
  ) {
    throw new RelforgeError(`Unsafe ${what} "${name.replace(/[\x00-\x1f\x7f]/g, '?')}": use a plain name without path separators, ".." or control characters.`);
  }
  return name;
}

export function safeBasename(path: string): string {
  return assertSafeName(basename(path));
}
