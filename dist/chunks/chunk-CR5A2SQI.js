import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  FormatError
} from "./chunk-ZSVB6QKT.js";

// src/signing/authenticode/core/der.ts
var DerError = class extends FormatError {
};
var TAG = {
  BOOLEAN: 1,
  INTEGER: 2,
  BIT_STRING: 3,
  OCTET_STRING: 4,
  NULL: 5,
  OID: 6,
  UTF8_STRING: 12,
  PRINTABLE_STRING: 19,
  T61_STRING: 20,
  IA5_STRING: 22,
  UTC_TIME: 23,
  GENERALIZED_TIME: 24,
  UNIVERSAL_STRING: 28,
  BMP_STRING: 30,
  SEQUENCE: 48,
  SET: 49
};
var DerNode = class {
  constructor(buf, start, tag, tagNumber, headerLength, length) {
    this.buf = buf;
    this.start = start;
    this.tag = tag;
    this.tagNumber = tagNumber;
    this.headerLength = headerLength;
    this.length = length;
  }
  buf;
  start;
  tag;
  tagNumber;
  headerLength;
  length;
  get cls() {
    return this.tag >> 6;
  }
  get constructed() {
    return (this.tag & 32) !== 0;
  }
  /** Offset just past this node. */
  get end() {
    return this.start + this.headerLength + this.length;
  }
  get valueStart() {
    return this.start + this.headerLength;
  }
  /** The value octets (without tag and length). */
  get value() {
    return this.buf.subarray(this.valueStart, this.end);
  }
  /** The whole encoding (tag + length + value). */
  get raw() {
    return this.buf.subarray(this.start, this.end);
  }
  /** True for a context-specific tag [n]. */
  isContext(n) {
    return this.cls === 2 && this.tagNumber === n;
  }
  /** Children of a constructed node, in order. */
  children() {
    if (!this.constructed) throw new DerError(`DER: tag 0x${this.tag.toString(16)} at offset ${this.start} is not constructed`);
    const out = [];
    let off = this.valueStart;
    while (off < this.end) {
      const n = readNode(this.buf, off, this.end);
      out.push(n);
      off = n.end;
    }
    return out;
  }
  /** Asserts the tag and returns this node (for readable parsing code). */
  expect(tag, what) {
    if (this.tag !== tag) throw new DerError(`${what}: expected tag 0x${tag.toString(16)}, found 0x${this.tag.toString(16)} at offset ${this.start}`);
    return this;
  }
};
function readNode(buf, off, limit) {
  if (off >= limit) throw new DerError(`DER: truncated at offset ${off}`);
  const start = off;
  const tag = buf[off++];
  let tagNumber = tag & 31;
  if (tagNumber === 31) {
    tagNumber = 0;
    for (let i = 0; ; i++) {
      if (off >= limit || i > 4) throw new DerError(`DER: bad high tag number at offset ${start}`);
      const b = buf[off++];
      tagNumber = tagNumber * 128 + (b & 127);
      if (!(b & 128)) break;
    }
  }
  if (off >= limit) throw new DerError(`DER: truncated length at offset ${start}`);
  let len = buf[off++];
  if (len === 128) throw new DerError(`DER: indefinite length at offset ${start} (BER is not accepted)`);
  if (len & 128) {
    const n = len & 127;
    if (n > 4) throw new DerError(`DER: length of ${n} octets at offset ${start} is too large`);
    if (off + n > limit) throw new DerError(`DER: truncated length at offset ${start}`);
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[off++];
    if (len < 128 || n > 1 && buf[off - n] === 0) throw new DerError(`DER: non-minimal length encoding at offset ${start}`);
  }
  if (off + len > limit) throw new DerError(`DER: value at offset ${start} (${len} bytes) runs past its container`);
  return new DerNode(buf, start, tag, tagNumber, off - start, len);
}
function readDer(buf, offset = 0) {
  return readNode(buf, offset, buf.length);
}
function parseDer(buf, what = "DER") {
  const n = readNode(buf, 0, buf.length);
  if (n.end !== buf.length) throw new DerError(`${what}: ${buf.length - n.end} trailing bytes after the DER element`);
  return n;
}
function oid(node) {
  node.expect(TAG.OID, "OBJECT IDENTIFIER");
  const v = node.value;
  if (v.length === 0) throw new DerError("OBJECT IDENTIFIER: empty");
  const arcs = [];
  let cur = 0n;
  for (let i = 0; i < v.length; i++) {
    const b = v[i];
    if (cur === 0n && b === 128) throw new DerError("OBJECT IDENTIFIER: non-minimal arc");
    cur = cur << 7n | BigInt(b & 127);
    if (!(b & 128)) {
      arcs.push(cur);
      cur = 0n;
    } else if (i === v.length - 1) throw new DerError("OBJECT IDENTIFIER: truncated arc");
  }
  const first = arcs[0];
  const head = first < 40n ? [0n, first] : first < 80n ? [1n, first - 40n] : [2n, first - 80n];
  return [...head, ...arcs.slice(1)].join(".");
}
function integer(node) {
  node.expect(TAG.INTEGER, "INTEGER");
  const v = node.value;
  if (v.length === 0) throw new DerError("INTEGER: empty");
  let n = 0n;
  for (const b of v) n = n << 8n | BigInt(b);
  if (v[0] & 128) n -= 1n << BigInt(v.length * 8);
  return n;
}
function smallInt(node) {
  const n = integer(node);
  if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < -BigInt(Number.MAX_SAFE_INTEGER)) throw new DerError("INTEGER: too large");
  return Number(n);
}
function octets(node) {
  return node.expect(TAG.OCTET_STRING, "OCTET STRING").value;
}
function bitString(node) {
  const v = node.expect(TAG.BIT_STRING, "BIT STRING").value;
  if (v.length === 0) throw new DerError("BIT STRING: empty");
  return v.subarray(1);
}
function boolean(node) {
  const v = node.expect(TAG.BOOLEAN, "BOOLEAN").value;
  if (v.length !== 1) throw new DerError("BOOLEAN: bad length");
  return v[0] !== 0;
}
function time(node) {
  const s = node.value.toString("latin1");
  let m;
  if (node.tag === TAG.UTC_TIME) {
    m = s.match(/^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/);
    if (!m) throw new DerError(`UTCTime: bad value "${s}"`);
    const yy = Number(m[1]);
    const year = yy >= 50 ? 1900 + yy : 2e3 + yy;
    return new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
  }
  if (node.tag === TAG.GENERALIZED_TIME) {
    m = s.match(/^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d+))?Z$/);
    if (!m) throw new DerError(`GeneralizedTime: bad value "${s}"`);
    const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1e3) : 0;
    return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), ms));
  }
  throw new DerError(`time: expected UTCTime or GeneralizedTime, found tag 0x${node.tag.toString(16)}`);
}
function str(node) {
  const v = node.value;
  switch (node.tag) {
    case TAG.UTF8_STRING:
      return v.toString("utf8");
    case TAG.PRINTABLE_STRING:
    case TAG.IA5_STRING:
    case TAG.T61_STRING:
      return v.toString("latin1");
    case TAG.BMP_STRING: {
      const b = Buffer.from(v);
      if (b.length % 2) throw new DerError("BMPString: odd length");
      b.swap16();
      return b.toString("utf16le");
    }
    case TAG.UNIVERSAL_STRING: {
      let out = "";
      for (let i = 0; i + 3 < v.length; i += 4) out += String.fromCodePoint(v.readUInt32BE(i));
      return out;
    }
    default:
      throw new DerError(`string: unsupported tag 0x${node.tag.toString(16)}`);
  }
}
function seq(node, what = "SEQUENCE") {
  return node.expect(TAG.SEQUENCE, what).children();
}
function set(node, what = "SET") {
  return node.expect(TAG.SET, what).children();
}
function retag(node, tag) {
  const out = Buffer.from(node.raw);
  if (node.headerLength < 2 || node.tagNumber >= 31) throw new DerError("retag: high tag numbers are not supported");
  out[0] = tag;
  return out;
}

export {
  DerError,
  TAG,
  readDer,
  parseDer,
  oid,
  integer,
  smallInt,
  octets,
  bitString,
  boolean,
  time,
  str,
  seq,
  set,
  retag
};
