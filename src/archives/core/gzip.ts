/**
 * The gzip member around a raw deflate stream (RFC 1952), written here rather than by zlib's gzip mode so
 * every byte is fixed: no file name, MTIME 0, OS 255 ("unknown", the same on every build host), XFL from the level.
 * Pure; the CRC-32 is computed by the caller (node:zlib's crc32, or crc32 below).
 */

/** The 10-byte header: ID1 ID2, CM 8 (deflate), FLG 0, MTIME 0, XFL, OS 255. */
export function gzipHeader(level: number): Buffer {
  const xfl = level === 9 ? 2 : level === 1 ? 4 : 0;
  return Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 255]);
}

/** The 8-byte trailer: CRC-32 and the uncompressed size modulo 2^32, little-endian. */
export function gzipTrailer(crc: number, size: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeUInt32LE(crc >>> 0, 0);
  b.writeUInt32LE(size % 0x100000000, 4);
  return b;
}

let table: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3, as gzip and zip use it), continuing from `crc`. A fallback for Nodes without zlib.crc32. */
export function crc32(data: Uint8Array, crc = 0): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
