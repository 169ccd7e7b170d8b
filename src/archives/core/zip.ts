/**
 * Zip records (APPNOTE 6.3) written for reproducible archives: fixed DOS times, no extra fields, no comments,
 * "made by" Unix (3) so the external attributes carry the file mode, deflate (8) for files and stored (0) for
 * directories, the UTF-8 flag (bit 11) only for non-ASCII names. No data descriptors: the adapter writes the
 * local header first and fills its CRC and sizes in place once the body is written. Pure.
 *
 * No Zip64: an entry or archive of 4 GiB or more, or more than 65535 entries, is refused (zipProblem).
 */

export interface ZipEntry {
  name: string;
  type: 'file' | 'directory';
  mode: number;
  /** Unix seconds; written as a DOS date and time (UTC fields, 2-second steps, 1980–2107). */
  mtime: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of its local header in the archive. */
  offset: number;
}

const VERSION_NEEDED = 20; // 2.0: deflate, directories
const MADE_BY = (3 << 8) | 20; // Unix, 2.0
const LIMIT = 0xffffffff;

const flags = (name: string) => (/^[\x20-\x7e]*$/.test(name) ? 0 : 1 << 11);
const method = (e: Pick<ZipEntry, 'type'>) => (e.type === 'directory' ? 0 : 8);

/** DOS date and time of a unix time, from its UTC fields; clamped to 1980-01-01 … 2107-12-31. */
export function dosDateTime(unixSeconds: number): { date: number; time: number } {
  const d = new Date(unixSeconds * 1000);
  let year = d.getUTCFullYear();
  if (year < 1980) return { date: (0 << 9) | (1 << 5) | 1, time: 0 };
  if (year > 2107) year = 2107;
  const date = ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  return { date, time };
}

/** The local file header (30 bytes + name); CRC and sizes as given (0 until the body is written). */
export function localHeader(e: ZipEntry): Buffer {
  const name = Buffer.from(e.name, 'utf8');
  const b = Buffer.alloc(30 + name.length);
  const { date, time } = dosDateTime(e.mtime);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(VERSION_NEEDED, 4);
  b.writeUInt16LE(flags(e.name), 6);
  b.writeUInt16LE(method(e), 8);
  b.writeUInt16LE(time, 10);
  b.writeUInt16LE(date, 12);
  writeSizes(b, 14, e);
  b.writeUInt16LE(name.length, 26);
  b.writeUInt16LE(0, 28); // no extra fields
  name.copy(b, 30);
  return b;
}

/** The 12 bytes at offset 14 of a local header: CRC-32, compressed size, size. */
export function localSizes(e: Pick<ZipEntry, 'crc' | 'compressedSize' | 'size'>): Buffer {
  const b = Buffer.alloc(12);
  writeSizes(b, 0, e);
  return b;
}
export const LOCAL_SIZES_OFFSET = 14;

function writeSizes(b: Buffer, at: number, e: Pick<ZipEntry, 'crc' | 'compressedSize' | 'size'>): void {
  b.writeUInt32LE(e.crc >>> 0, at);
  b.writeUInt32LE(e.compressedSize, at + 4);
  b.writeUInt32LE(e.size, at + 8);
}

/** One central directory record (46 bytes + name). */
export function centralHeader(e: ZipEntry): Buffer {
  const name = Buffer.from(e.name, 'utf8');
  const b = Buffer.alloc(46 + name.length);
  const { date, time } = dosDateTime(e.mtime);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE(MADE_BY, 4);
  b.writeUInt16LE(VERSION_NEEDED, 6);
  b.writeUInt16LE(flags(e.name), 8);
  b.writeUInt16LE(method(e), 10);
  b.writeUInt16LE(time, 12);
  b.writeUInt16LE(date, 14);
  writeSizes(b, 16, e);
  b.writeUInt16LE(name.length, 28);
  b.writeUInt16LE(0, 30); // extra
  b.writeUInt16LE(0, 32); // comment
  b.writeUInt16LE(0, 34); // disk
  b.writeUInt16LE(0, 36); // internal attributes
  const unixMode = (e.type === 'directory' ? 0o040000 : 0o100000) | (e.mode & 0o7777);
  b.writeUInt32LE(unixMode * 0x10000 + (e.type === 'directory' ? 0x10 : 0), 38);
  b.writeUInt32LE(e.offset, 42);
  name.copy(b, 46);
  return b;
}

/** The end of central directory record (22 bytes, no comment). */
export function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const b = Buffer.alloc(22);
  b.writeUInt32LE(0x06054b50, 0);
  b.writeUInt16LE(0, 4);
  b.writeUInt16LE(0, 6);
  b.writeUInt16LE(count, 8);
  b.writeUInt16LE(count, 10);
  b.writeUInt32LE(size, 12);
  b.writeUInt32LE(offset, 16);
  b.writeUInt16LE(0, 20);
  return b;
}

/** Why a zip without Zip64 cannot hold this (undefined when it can). */
export function zipProblem(what: { entries?: number; size?: number; offset?: number }): string | undefined {
  if ((what.entries ?? 0) > 0xffff) return `more than 65535 entries`;
  if ((what.size ?? 0) >= LIMIT) return `a file of 4 GiB or more`;
  if ((what.offset ?? 0) >= LIMIT) return `4 GiB or more in total`;
  return undefined;
}
