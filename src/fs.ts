/**
 * Filesystem adapter: glob expansion for `files` inputs, streamed hashing, safe names.
 * Files are read in 1 MiB chunks (64 KiB reads cost ~25 % more), so memory does not grow with file size.
 */
import { statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createHash, type Hash } from 'node:crypto';
import { isAbsolute, join, resolve, basename } from 'node:path';
import * as glob from '@actions/glob';
import { RelforgeError } from './errors.js';

export const READ_CHUNK = 1024 * 1024;

/**
 * Expands newline-separated glob patterns (relative to `cwd`) to absolute regular-file paths,
 * sorted and de-duplicated. Zero matches for the whole set is an error naming the input.
 * A pattern without glob characters must name an existing file.
 */
export async function expandFiles(patterns: string[], opts: { cwd?: string; inputName?: string } = {}): Promise<string[]> {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const what = opts.inputName ? `Input "${opts.inputName}"` : 'The file list';
  const pats = patterns.map((p) => p.trim()).filter((p) => p !== '' && !p.startsWith('#'));
  if (pats.length === 0) throw new RelforgeError(`${what} is empty: give at least one file or glob pattern.`);
  const found = new Set<string>();
  for (const p of pats) {
    const negated = p.startsWith('!');
    const body = negated ? p.slice(1) : p;
    const abs = isAbsolute(body) ? body : join(cwd, body);
    if (!negated && !/[*?[\]{}]/.test(body)) {
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
    const globber = await glob.create(negated ? `!${abs}` : abs, { matchDirectories: false, followSymbolicLinks: true });
    const matches = await globber.glob();
    if (negated) {
      for (const m of matches) found.delete(m);
    } else {
      for (const m of matches) if (statSync(m).isFile()) found.add(m);
    }
  }
  // Apply negations that appear after positive patterns.
  for (const p of pats.filter((x) => x.startsWith('!'))) {
    const body = p.slice(1);
    const globber = await glob.create(isAbsolute(body) ? body : join(cwd, body), { matchDirectories: false });
    for (const m of await globber.glob()) found.delete(m);
  }
  if (found.size === 0) throw new RelforgeError(`${what} matched no files (patterns: ${pats.join(', ')}; looked in ${cwd}).`);
  return [...found].sort();
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
