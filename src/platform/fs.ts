/**
 * Filesystem adapter: glob expansion for `files` inputs, streamed hashing, safe names.
 * Files are read in 1 MiB chunks (64 KiB reads cost ~25 % more), so memory does not grow with file size.
 */
import { readdirSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createHash, type Hash } from 'node:crypto';
import { isAbsolute, join, resolve, basename, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { RelforgeError } from './errors.js';

export const READ_CHUNK = 1024 * 1024;

/**
 * Expands newline-separated glob patterns (relative to `cwd`) to absolute regular-file paths,
 * sorted and de-duplicated. `!pattern` removes matches. Zero matches for the whole set is an error
 * naming the input. A pattern without glob characters must name an existing regular file.
 * (Own walker over minimatch rather than @actions/glob, whose `::debug::` lines leak into CLI output.)
 */
export async function expandFiles(patterns: string[], opts: { cwd?: string; inputName?: string } = {}): Promise<string[]> {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const what = opts.inputName ? `Input "${opts.inputName}"` : 'The file list';
  const pats = patterns.map((p) => p.trim()).filter((p) => p !== '' && !p.startsWith('#'));
  if (pats.length === 0) throw new RelforgeError(`${what} is empty: give at least one file or glob pattern.`);
  const toAbs = (p: string) => toSlash(isAbsolute(p) ? p : join(cwd, p));
  const found = new Set<string>();
  for (const p of pats.filter((x) => !x.startsWith('!'))) {
    const abs = toAbs(p);
    if (!hasMagic(p)) {
      let st;
      try {
        st = statSync(abs);
      } catch {
        throw new RelforgeError(`${what}: file "${p}" does not exist (looked in ${cwd}).`);
      }
      if (!st.isFile()) throw new RelforgeError(`${what}: "${p}" is not a regular file.`);
      found.add(abs);
      continue;
    }
    for (const m of globFiles(abs)) found.add(m);
  }
  for (const p of pats.filter((x) => x.startsWith('!'))) {
    const neg = toAbs(p.slice(1));
    for (const f of [...found]) if (minimatch(f, neg, { dot: true })) found.delete(f);
  }
  if (found.size === 0) throw new RelforgeError(`${what} matched no files (patterns: ${pats.join(', ')}; looked in ${cwd}).`);
  return [...found].sort();
}

const toSlash = (p: string) => p.split(sep).join('/');
const hasMagic = (p: string) => /[*?[\]{}]/.test(p);

/** Regular files matching an absolute glob: walks from the pattern's static prefix only. */
function globFiles(absPattern: string): string[] {
  const segments = absPattern.split('/');
  let i = 0;
  while (i < segments.length && !hasMagic(segments[i]!)) i++;
  const base = segments.slice(0, i).join('/') || '/';
  const rest = segments.slice(i);
  const maxDepth = rest.includes('**') || rest.some((s) => s.includes('**')) ? Infinity : rest.length;
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = dir === '/' ? `/${e.name}` : `${dir}/${e.name}`;
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = statSync(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue;
        }
      }
      if (isFile && depth + 1 >= 1 && minimatch(full, absPattern, { dot: true })) out.push(full);
      else if (isDir && depth + 1 < maxDepth && e.name !== '.git' && e.name !== 'node_modules') walk(full, depth + 1);
    }
  };
  walk(base, 0);
  return out;
}

export type HashAlgo = 'sha256' | 'sha512' | 'blake2b512' | 'sha384';

/** Streams a file once, feeding every requested hash; returns hex digests and the byte count. */
export async function hashFile<A extends HashAlgo>(path: string, algos: readonly A[]): Promise<{ size: number } & Record<A, string>> {
  const hashes = algos.map((a) => [a, createHash(a)] as [A, Hash]);
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
