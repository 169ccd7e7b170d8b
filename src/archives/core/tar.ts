/**
 * Tar headers (POSIX ustar, with a pax extended header where ustar cannot say it), written for reproducible
 * archives: uid/gid 0, no owner or group names, the caller's mode and mtime, nothing else (no atime/ctime, no
 * device numbers). Pure: builds header blocks; the adapter streams the file bodies between them.
 *
 * Layout per entry: [pax header block + its records, padded to 512] + ustar header block + body padded to 512.
 * The archive ends with two zero blocks. A pax header is written only when the name is longer than 100 bytes or
 * not ASCII, or the size does not fit ustar's 11 octal digits (8 GiB) — so short-named archives are plain ustar.
 */

export const BLOCK = 512;
/** The end-of-archive marker: two zero blocks. */
export const TAR_END = Buffer.alloc(BLOCK * 2);

export interface TarEntry {
  /** Path inside the archive ('/' separated; directories end with '/'). */
  name: string;
  /** 'file' or 'directory'. */
  type: 'file' | 'directory';
  /** Permission bits (e.g. 0o755). */
  mode: number;
  /** Body size in bytes (0 for directories). */
  size: number;
  /** Modification time, unix seconds. */
  mtime: number;
}

const MAX_OCTAL_11 = 0o77777777777; // 8 GiB - 1

/** Header block(s) that precede an entry's body. */
export function tarHeader(e: TarEntry): Buffer {
  const nameBytes = Buffer.from(e.name, 'utf8');
  const ascii = /^[\x20-\x7e]*$/.test(e.name);
  const records: [string, string][] = [];
  if (nameBytes.length > 100 || !ascii) records.push(['path', e.name]);
  if (e.size > MAX_OCTAL_11) records.push(['size', String(e.size)]);
  const main = ustarBlock({
    name: records.length && records[0]![0] === 'path' ? paxSafeName(e.name) : e.name,
    mode: e.mode,
    size: e.size > MAX_OCTAL_11 ? 0 : e.size,
    mtime: e.mtime,
    typeflag: e.type === 'directory' ? '5' : '0',
  });
  if (!records.length) return main;
  const body = Buffer.from(records.map(([k, v]) => paxRecord(k, v)).join(''), 'utf8');
  const pax = ustarBlock({ name: paxHeaderName(e.name), mode: 0o644, size: body.length, mtime: e.mtime, typeflag: 'x' });
  return Buffer.concat([pax, body, Buffer.alloc(tarPadding(body.length)), main]);
}

/** Zero bytes that complete a body of `size` bytes to whole blocks. */
export function tarPadding(size: number): number {
  const r = size % BLOCK;
  return r === 0 ? 0 : BLOCK - r;
}

/** One pax record "<len> key=value\n", where <len> counts the whole record, itself included. */
export function paxRecord(key: string, value: string): string {
  const rest = ` ${key}=${value}\n`;
  const restLen = Buffer.byteLength(rest, 'utf8');
  let len = restLen + 1;
  while (String(len).length + restLen !== len) len = String(len).length + restLen;
  return `${len}${rest}`;
}

/** The name field of the pax header itself (readers ignore it; fixed so the bytes do not vary). */
function paxHeaderName(name: string): string {
  return `PaxHeaders/${paxSafeName(name.replace(/\/$/, '').split('/').pop() ?? '')}`.slice(0, 100);
}

/** What an old reader that ignores pax records sees: an ASCII, at most 100-byte stand-in. */
function paxSafeName(name: string): string {
  const dir = name.endsWith('/');
  const flat = name.replace(/[^\x20-\x7e]/g, '_');
  if (flat.length <= 100) return flat;
  return `${flat.slice(0, dir ? 99 : 100)}${dir ? '/' : ''}`;
}

function ustarBlock(h: { name: string; mode: number; size: number; mtime: number; typeflag: string }): Buffer {
  const b = Buffer.alloc(BLOCK);
  b.write(h.name, 0, 100, 'utf8');
  octal(b, 100, 8, h.mode & 0o7777);
  octal(b, 108, 8, 0); // uid
  octal(b, 116, 8, 0); // gid
  octal(b, 124, 12, h.size);
  octal(b, 136, 12, h.mtime);
  b.fill(0x20, 148, 156); // checksum field counts as spaces
  b.write(h.typeflag, 156, 1, 'ascii');
  b.write('ustar\x0000', 257, 8, 'ascii');
  // uname (265, 32) and gname (297, 32) stay empty: no owner names.
  octal(b, 329, 8, 0); // devmajor
  octal(b, 337, 8, 0); // devminor
  let sum = 0;
  for (const byte of b) sum += byte;
  b.write(`${sum.toString(8).padStart(6, '0')}\x00 `, 148, 8, 'ascii');
  return b;
}

/** Zero-padded octal in a field of `len` bytes: len-1 digits and a NUL. */
function octal(b: Buffer, offset: number, len: number, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`tar header value ${value} is not a whole number ≥ 0`);
  const text = value.toString(8).padStart(len - 1, '0');
  if (text.length > len - 1) throw new RangeError(`tar header value ${value} does not fit ${len - 1} octal digits`);
  b.write(`${text}\x00`, offset, len, 'ascii');
}
