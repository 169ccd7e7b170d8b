/**
 * Streams planned entries into a .tar.gz or a .zip on disk. Files are read in 1 MiB chunks and flow through
 * node:zlib's raw deflate straight to the output file, so memory does not grow with file size (the zip's central
 * directory grows with the number of entries only). A file that changes while it is read fails the run.
 */
import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import { RelforgeError } from '../platform/errors.js';
import { READ_CHUNK } from '../platform/fs.js';
import { crc32 as jsCrc32, gzipHeader, gzipTrailer } from './core/gzip.js';
import { TAR_END, tarHeader, tarPadding } from './core/tar.js';
import { LOCAL_SIZES_OFFSET, centralHeader, endOfCentralDirectory, localHeader, localSizes, zipProblem, type ZipEntry } from './core/zip.js';
import type { PlannedEntry } from './core/names.js';

export interface SizedEntry extends PlannedEntry {
  /** Bytes of the source when planned (checked again while reading). */
  size: number;
}

export interface WriteOptions {
  mtime: number;
  level: number;
}

const crc32: (data: Uint8Array, value?: number) => number =
  typeof (zlib as { crc32?: unknown }).crc32 === 'function' ? (zlib as unknown as { crc32: (d: Uint8Array, v?: number) => number }).crc32 : jsCrc32;

/** The same deflate parameters every time (zlib's defaults, spelled out): the bytes depend on nothing else. */
const deflate = (level: number) => zlib.createDeflateRaw({ level, memLevel: 8, windowBits: 15, strategy: zlib.constants.Z_DEFAULT_STRATEGY });

function changed(path: string): RelforgeError {
  return new RelforgeError(`${path} changed while it was being archived: let the build finish writing it, then run the archive step again.`);
}

/** The file's bytes in chunks; its size must stay the one planned, and the file must not change while read. */
async function* fileChunks(path: string, size: number): AsyncGenerator<Buffer> {
  const fh = await open(path, 'r');
  try {
    const before = await fh.stat();
    if (!before.isFile() || before.size !== size) throw changed(path);
    let left = size;
    while (left > 0) {
      const buf = Buffer.allocUnsafe(Math.min(READ_CHUNK, left));
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) throw changed(path);
      left -= bytesRead;
      yield bytesRead === buf.length ? buf : buf.subarray(0, bytesRead);
    }
    const after = await fh.stat();
    if (after.size !== before.size || after.mtimeMs !== before.mtimeMs) throw changed(path);
  } finally {
    await fh.close();
  }
}

/** Writes a gzip-compressed tar to `dest` (which must not exist). */
export async function writeTarGz(entries: SizedEntry[], dest: string, o: WriteOptions): Promise<void> {
  let crc = 0;
  let total = 0;
  async function* tar(): AsyncGenerator<Buffer> {
    for (const e of entries) {
      yield tarHeader({ name: e.name, type: e.type, mode: e.mode, size: e.type === 'file' ? e.size : 0, mtime: o.mtime });
      if (e.type !== 'file') continue;
      yield* fileChunks(e.source!, e.size);
      const pad = tarPadding(e.size);
      if (pad) yield Buffer.alloc(pad);
    }
    yield TAR_END;
  }
  async function* tap(src: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const c of src) {
      crc = crc32(c, crc);
      total += c.length;
      yield c;
    }
  }
  async function* member(src: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    yield gzipHeader(o.level);
    for await (const c of src) yield c;
    yield gzipTrailer(crc, total);
  }
  await pipeline(tar, tap, deflate(o.level), member, createWriteStream(dest, { flags: 'wx' }));
}

/** Writes a zip to `dest` (which must not exist): local header, deflated body, sizes filled in place; central directory last. */
export async function writeZip(entries: SizedEntry[], dest: string, o: WriteOptions): Promise<void> {
  const tooBig = (why: string) => new RelforgeError(`${dest} would need Zip64 (${why}), which relforge does not write: use format tar.gz for this platform.`);
  const count = zipProblem({ entries: entries.length });
  if (count) throw tooBig(count);
  const fh = await open(dest, 'wx');
  let pos = 0;
  const writeAt = async (buf: Buffer, at: number) => {
    let off = 0;
    while (off < buf.length) off += (await fh.write(buf, off, buf.length - off, at + off)).bytesWritten;
  };
  const append = async (buf: Buffer) => {
    await writeAt(buf, pos);
    pos += buf.length;
  };
  try {
    const central: Buffer[] = [];
    for (const e of entries) {
      const z: ZipEntry = { name: e.name, type: e.type, mode: e.mode, mtime: o.mtime, crc: 0, compressedSize: 0, size: 0, offset: pos };
      const big = zipProblem({ offset: pos, size: e.type === 'file' ? e.size : 0 });
      if (big) throw tooBig(big);
      await append(localHeader(z));
      if (e.type === 'file') {
        let crc = 0;
        let size = 0;
        const start = pos;
        await pipeline(
          fileChunks(e.source!, e.size),
          async function* (src: AsyncIterable<Buffer>) {
            for await (const c of src) {
              crc = crc32(c, crc);
              size += c.length;
              yield c;
            }
          },
          deflate(o.level),
          new Writable({
            write(chunk: Buffer, _enc, cb) {
              append(chunk).then(() => cb(), cb);
            },
          }),
        );
        Object.assign(z, { crc, size, compressedSize: pos - start });
        const after = zipProblem({ size: z.compressedSize, offset: pos });
        if (after) throw tooBig(after);
        await writeAt(localSizes(z), z.offset + LOCAL_SIZES_OFFSET);
      }
      central.push(centralHeader(z));
    }
    const cdOffset = pos;
    for (const c of central) await append(c);
    const end = zipProblem({ offset: pos });
    if (end) throw tooBig(end);
    await append(endOfCentralDirectory(central.length, pos - cdOffset, cdOffset));
  } finally {
    await fh.close();
  }
}
