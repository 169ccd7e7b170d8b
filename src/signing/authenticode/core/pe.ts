/**
 * PE (Portable Executable) layout for Authenticode: where the CheckSum field and the Security (certificate
 * table) data directory live, and which byte ranges the Authenticode digest covers. Pure: it reads a buffer
 * holding the file's headers and is told the file size; the adapter streams the ranges through a hash.
 *
 * Layout (Microsoft PE/COFF spec; consistent with jsign PEFile.java): e_lfanew (u32) at 0x3C → "PE\0\0";
 * COFF header (20 bytes); optional header: Magic 0x10B (PE32) / 0x20B (PE32+), CheckSum at +64,
 * NumberOfRvaAndSizes at +92 / +108, data directory #4 (Security) at +128 / +144 — {file offset, size}.
 */
import { FormatError } from '../../../platform/errors.js';
import { createHash } from 'node:crypto';

export class PeFormatError extends FormatError {}

export interface PeLayout {
  magic: 'PE32' | 'PE32+';
  /** File offset of the 4-byte CheckSum field. */
  checksumOffset: number;
  /** File offset of the 8-byte Security data-directory entry. */
  certDirOffset: number;
  /** The certificate table ({file offset, size}) or undefined when the entry is zero. */
  certTable?: { offset: number; size: number };
  /** How many header bytes the caller must supply for this parse (e_lfanew + headers). */
  headerBytes: number;
}

/** How many leading bytes of a file to read before calling `peLayout` (enough for any sane header). */
export const PE_HEAD_BYTES = 64 * 1024;

const SECURITY_DIR = 4;

/**
 * Parses the headers. `head` = the first bytes of the file (at least up to the end of the data directories;
 * PE_HEAD_BYTES or the whole file when smaller), `fileSize` = the full size.
 */
export function peLayout(head: Buffer, fileSize: number): PeLayout {
  if (head.length < 0x40 || head.readUInt16LE(0) !== 0x5a4d) throw new PeFormatError('not a PE file: no "MZ" DOS header');
  const peOff = head.readUInt32LE(0x3c);
  if (peOff + 24 > head.length) throw new PeFormatError(`not a PE file: e_lfanew 0x${peOff.toString(16)} points outside the headers`);
  if (head.readUInt32LE(peOff) !== 0x00004550) throw new PeFormatError('not a PE file: no "PE\\0\\0" signature at e_lfanew');
  const sizeOfOptional = head.readUInt16LE(peOff + 20);
  const opt = peOff + 24;
  if (opt + 2 > head.length) throw new PeFormatError('PE optional header is truncated');
  const magicValue = head.readUInt16LE(opt);
  let magic: PeLayout['magic'];
  let dirBase: number;
  let numDirsOff: number;
  if (magicValue === 0x10b) {
    magic = 'PE32';
    dirBase = opt + 96;
    numDirsOff = opt + 92;
  } else if (magicValue === 0x20b) {
    magic = 'PE32+';
    dirBase = opt + 112;
    numDirsOff = opt + 108;
  } else throw new PeFormatError(`unknown PE optional header magic 0x${magicValue.toString(16)} (expected 0x10b PE32 or 0x20b PE32+)`);
  const certDirOffset = dirBase + SECURITY_DIR * 8;
  const headerBytes = certDirOffset + 8;
  if (headerBytes > head.length || headerBytes > fileSize) throw new PeFormatError('PE optional header is truncated before the certificate table directory');
  const numDirs = head.readUInt32LE(numDirsOff);
  if (numDirs <= SECURITY_DIR) throw new PeFormatError(`PE has ${numDirs} data directories, so no certificate table (the file is not signed)`);
  if (certDirOffset + 8 > opt + sizeOfOptional) throw new PeFormatError('PE SizeOfOptionalHeader is too small to hold the certificate table directory');
  const offset = head.readUInt32LE(certDirOffset);
  const size = head.readUInt32LE(certDirOffset + 4);
  const layout: PeLayout = { magic, checksumOffset: opt + 64, certDirOffset, headerBytes };
  if (offset !== 0 || size !== 0) layout.certTable = { offset, size };
  return layout;
}

/**
 * The byte ranges [start, end) the Authenticode digest covers for a signed file: everything except the
 * CheckSum, the Security directory entry and the certificate table. Enforces the fail-closed layout rules:
 * a table must exist, lie after the headers, and end exactly at end of file (nothing appended after it).
 */
export function authenticodeRanges(layout: PeLayout, fileSize: number): Array<[number, number]> {
  const t = layout.certTable;
  if (!t) throw new PeFormatError('the file is not signed: the PE certificate table directory is empty');
  if (t.size < 8) throw new PeFormatError(`the PE certificate table is ${t.size} bytes, too small for a WIN_CERTIFICATE`);
  if (t.offset < layout.headerBytes) throw new PeFormatError(`the PE certificate table offset 0x${t.offset.toString(16)} overlaps the headers`);
  if (t.offset % 8 !== 0) throw new PeFormatError(`the PE certificate table offset 0x${t.offset.toString(16)} is not 8-byte aligned`);
  const tableEnd = t.offset + t.size;
  if (tableEnd > fileSize) throw new PeFormatError(`the PE certificate table (offset ${t.offset}, size ${t.size}) runs past the end of the file (${fileSize} bytes)`);
  if (tableEnd !== fileSize)
    throw new PeFormatError(`${fileSize - tableEnd} bytes are appended after the PE certificate table; a signed file must end with its certificate table`);
  return [
    [0, layout.checksumOffset],
    [layout.checksumOffset + 4, layout.certDirOffset],
    [layout.certDirOffset + 8, t.offset],
  ];
}

/** Authenticode digest of a whole PE held in memory (tests and small files; the adapter streams). */
export function authenticodeDigest(file: Buffer, algorithm: string): Buffer {
  const layout = peLayout(file.subarray(0, Math.min(file.length, PE_HEAD_BYTES)), file.length);
  const h = createHash(algorithm);
  for (const [s, e] of authenticodeRanges(layout, file.length)) h.update(file.subarray(s, e));
  return h.digest();
}
