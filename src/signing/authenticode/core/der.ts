/**
 * A small, strict DER reader: tag/length/value, OIDs, INTEGERs, time types, SEQUENCE/SET walking and raw
 * slices for re-hashing. Pure (buffers in, values out). Indefinite lengths, non-minimal lengths and
 * trailing bytes are rejected: Authenticode structures are DER, and anything else is a reason to refuse.
 */

import { FormatError } from '../../../platform/errors.js';

export class DerError extends FormatError {}

export const TAG = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  PRINTABLE_STRING: 0x13,
  T61_STRING: 0x14,
  IA5_STRING: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  UNIVERSAL_STRING: 0x1c,
  BMP_STRING: 0x1e,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

/** One decoded TLV. `tag` is the full identifier octet for low tag numbers (e.g. 0x30, 0xa0). */
export class DerNode {
  constructor(
    /** The buffer this node lives in (shared, never copied). */
    readonly buf: Buffer,
    /** Offset of the identifier octet. */
    readonly start: number,
    /** Identifier octet (class + constructed bit + low tag number); for high tag numbers the first octet. */
    readonly tag: number,
    /** Tag number (class bits removed), supports the high-tag-number form. */
    readonly tagNumber: number,
    /** Length of identifier + length octets. */
    readonly headerLength: number,
    /** Length of the value. */
    readonly length: number,
  ) {}

  get cls(): number {
    return this.tag >> 6;
  }
  get constructed(): boolean {
    return (this.tag & 0x20) !== 0;
  }
  /** Offset just past this node. */
  get end(): number {
    return this.start + this.headerLength + this.length;
  }
  get valueStart(): number {
    return this.start + this.headerLength;
  }
  /** The value octets (without tag and length). */
  get value(): Buffer {
    return this.buf.subarray(this.valueStart, this.end);
  }
  /** The whole encoding (tag + length + value). */
  get raw(): Buffer {
    return this.buf.subarray(this.start, this.end);
  }
  /** True for a context-specific tag [n]. */
  isContext(n: number): boolean {
    return this.cls === 2 && this.tagNumber === n;
  }

  /** Children of a constructed node, in order. */
  children(): DerNode[] {
    if (!this.constructed) throw new DerError(`DER: tag 0x${this.tag.toString(16)} at offset ${this.start} is not constructed`);
    const out: DerNode[] = [];
    let off = this.valueStart;
    while (off < this.end) {
      const n = readNode(this.buf, off, this.end);
      out.push(n);
      off = n.end;
    }
    return out;
  }

  /** Asserts the tag and returns this node (for readable parsing code). */
  expect(tag: number, what: string): DerNode {
    if (this.tag !== tag) throw new DerError(`${what}: expected tag 0x${tag.toString(16)}, found 0x${this.tag.toString(16)} at offset ${this.start}`);
    return this;
  }
}

function readNode(buf: Buffer, off: number, limit: number): DerNode {
  if (off >= limit) throw new DerError(`DER: truncated at offset ${off}`);
  const start = off;
  const tag = buf[off++]!;
  let tagNumber = tag & 0x1f;
  if (tagNumber === 0x1f) {
    tagNumber = 0;
    for (let i = 0; ; i++) {
      if (off >= limit || i > 4) throw new DerError(`DER: bad high tag number at offset ${start}`);
      const b = buf[off++]!;
      tagNumber = tagNumber * 128 + (b & 0x7f);
      if (!(b & 0x80)) break;
    }
  }
  if (off >= limit) throw new DerError(`DER: truncated length at offset ${start}`);
  let len = buf[off++]!;
  if (len === 0x80) throw new DerError(`DER: indefinite length at offset ${start} (BER is not accepted)`);
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n > 4) throw new DerError(`DER: length of ${n} octets at offset ${start} is too large`);
    if (off + n > limit) throw new DerError(`DER: truncated length at offset ${start}`);
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[off++]!;
    if (len < 0x80 || (n > 1 && buf[off - n] === 0)) throw new DerError(`DER: non-minimal length encoding at offset ${start}`);
  }
  if (off + len > limit) throw new DerError(`DER: value at offset ${start} (${len} bytes) runs past its container`);
  return new DerNode(buf, start, tag, tagNumber, off - start, len);
}

/** Reads one node at `offset`; the node may be followed by other bytes. */
export function readDer(buf: Buffer, offset = 0): DerNode {
  return readNode(buf, offset, buf.length);
}

/** Parses a buffer that must hold exactly one DER element. */
export function parseDer(buf: Buffer, what = 'DER'): DerNode {
  const n = readNode(buf, 0, buf.length);
  if (n.end !== buf.length) throw new DerError(`${what}: ${buf.length - n.end} trailing bytes after the DER element`);
  return n;
}

/** Decodes an OBJECT IDENTIFIER node to dotted form. */
export function oid(node: DerNode): string {
  node.expect(TAG.OID, 'OBJECT IDENTIFIER');
  const v = node.value;
  if (v.length === 0) throw new DerError('OBJECT IDENTIFIER: empty');
  const arcs: bigint[] = [];
  let cur = 0n;
  for (let i = 0; i < v.length; i++) {
    const b = v[i]!;
    if (cur === 0n && b === 0x80) throw new DerError('OBJECT IDENTIFIER: non-minimal arc');
    cur = (cur << 7n) | BigInt(b & 0x7f);
    if (!(b & 0x80)) {
      arcs.push(cur);
      cur = 0n;
    } else if (i === v.length - 1) throw new DerError('OBJECT IDENTIFIER: truncated arc');
  }
  const first = arcs[0]!;
  const head = first < 40n ? [0n, first] : first < 80n ? [1n, first - 40n] : [2n, first - 80n];
  return [...head, ...arcs.slice(1)].join('.');
}

/** Encodes a dotted OID to its DER (tag + length + value); used by tests and for building structures. */
export function encodeOid(dotted: string): Buffer {
  const parts = dotted.split('.').map((p) => BigInt(p));
  if (parts.length < 2) throw new DerError(`bad OID ${dotted}`);
  const arcs = [parts[0]! * 40n + parts[1]!, ...parts.slice(2)];
  const bytes: number[] = [];
  for (const a of arcs) {
    const chunk: number[] = [];
    let x = a;
    do {
      chunk.unshift(Number(x & 0x7fn));
      x >>= 7n;
    } while (x > 0n);
    for (let i = 0; i < chunk.length - 1; i++) chunk[i]! |= 0x80;
    bytes.push(...chunk);
  }
  return encodeTlv(TAG.OID, Buffer.from(bytes));
}

/** Encodes tag + DER length + value. */
export function encodeTlv(tag: number, value: Buffer): Buffer {
  const len = value.length;
  let header: number[];
  if (len < 0x80) header = [tag, len];
  else {
    const lb: number[] = [];
    for (let x = len; x > 0; x = Math.floor(x / 256)) lb.unshift(x & 0xff);
    header = [tag, 0x80 | lb.length, ...lb];
  }
  return Buffer.concat([Buffer.from(header), value]);
}

/** INTEGER as bigint (two's complement). */
export function integer(node: DerNode): bigint {
  node.expect(TAG.INTEGER, 'INTEGER');
  const v = node.value;
  if (v.length === 0) throw new DerError('INTEGER: empty');
  let n = 0n;
  for (const b of v) n = (n << 8n) | BigInt(b);
  if (v[0]! & 0x80) n -= 1n << BigInt(v.length * 8);
  return n;
}

/** INTEGER as a small JS number (throws when it does not fit). */
export function smallInt(node: DerNode): number {
  const n = integer(node);
  if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < -BigInt(Number.MAX_SAFE_INTEGER)) throw new DerError('INTEGER: too large');
  return Number(n);
}

/** OCTET STRING value. */
export function octets(node: DerNode): Buffer {
  return node.expect(TAG.OCTET_STRING, 'OCTET STRING').value;
}

/** BIT STRING value without the unused-bits octet (which must be 0 for the structures we read). */
export function bitString(node: DerNode): Buffer {
  const v = node.expect(TAG.BIT_STRING, 'BIT STRING').value;
  if (v.length === 0) throw new DerError('BIT STRING: empty');
  return v.subarray(1);
}

export function boolean(node: DerNode): boolean {
  const v = node.expect(TAG.BOOLEAN, 'BOOLEAN').value;
  if (v.length !== 1) throw new DerError('BOOLEAN: bad length');
  return v[0] !== 0;
}

/** UTCTime or GeneralizedTime → Date (UTC; fractional seconds allowed for GeneralizedTime). */
export function time(node: DerNode): Date {
  const s = node.value.toString('latin1');
  let m: RegExpMatchArray | null;
  if (node.tag === TAG.UTC_TIME) {
    m = s.match(/^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/);
    if (!m) throw new DerError(`UTCTime: bad value "${s}"`);
    const yy = Number(m[1]);
    const year = yy >= 50 ? 1900 + yy : 2000 + yy;
    return new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
  }
  if (node.tag === TAG.GENERALIZED_TIME) {
    m = s.match(/^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d+))?Z$/);
    if (!m) throw new DerError(`GeneralizedTime: bad value "${s}"`);
    const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
    return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), ms));
  }
  throw new DerError(`time: expected UTCTime or GeneralizedTime, found tag 0x${node.tag.toString(16)}`);
}

/** Character string types → JS string. */
export function str(node: DerNode): string {
  const v = node.value;
  switch (node.tag) {
    case TAG.UTF8_STRING:
      return v.toString('utf8');
    case TAG.PRINTABLE_STRING:
    case TAG.IA5_STRING:
    case TAG.T61_STRING:
      return v.toString('latin1');
    case TAG.BMP_STRING: {
      const b = Buffer.from(v);
      if (b.length % 2) throw new DerError('BMPString: odd length');
      b.swap16();
      return b.toString('utf16le');
    }
    case TAG.UNIVERSAL_STRING: {
      let out = '';
      for (let i = 0; i + 3 < v.length; i += 4) out += String.fromCodePoint(v.readUInt32BE(i));
      return out;
    }
    default:
      throw new DerError(`string: unsupported tag 0x${node.tag.toString(16)}`);
  }
}

/** Children of a SEQUENCE (asserting the tag). */
export function seq(node: DerNode, what = 'SEQUENCE'): DerNode[] {
  return node.expect(TAG.SEQUENCE, what).children();
}

/** Children of a SET (asserting the tag). */
export function set(node: DerNode, what = 'SET'): DerNode[] {
  return node.expect(TAG.SET, what).children();
}

/**
 * The DER of `node` with its identifier octet replaced (e.g. signedAttrs [0] IMPLICIT → SET 0x31,
 * which is what a CMS signature covers).
 */
export function retag(node: DerNode, tag: number): Buffer {
  const out = Buffer.from(node.raw);
  if (node.headerLength < 2 || node.tagNumber >= 0x1f) throw new DerError('retag: high tag numbers are not supported');
  out[0] = tag;
  return out;
}
