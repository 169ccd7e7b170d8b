/**
 * MSI (OLE compound file) structure for Authenticode: the directory tree, the signature streams and the
 * order in which the Authenticode digest covers the streams (consistent with osslsigncode msi.c and jsign
 * MSIFile.java): for each storage, children sorted by their raw UTF-16LE names (memcmp over the shorter
 * length, then the longer name last), streams hashed by content, storages recursively, then the storage's
 * CLSID; at the root the `\x05DigitalSignature` and `\x05MsiDigitalSignatureEx` streams are skipped.
 *
 * No I/O: the caller supplies `read(offset, length)`; sectors are read on demand, so memory holds the FAT
 * (4 bytes per sector), the directory and the mini-stream map, never the streams themselves.
 */

import { FormatError } from '../../../platform/errors.js';

export class MsiFormatError extends FormatError {}

export type Reader = (offset: number, length: number) => Promise<Buffer>;

export const OLE_MAGIC = Buffer.from('d0cf11e0a1b11ae1', 'hex');
const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;
const NOSTREAM = 0xffffffff;
const MAX_REGSECT = 0xfffffffa;

export interface DirEntry {
  index: number;
  /** Raw UTF-16LE name bytes including the terminating NUL (as hashed/sorted). */
  rawName: Buffer;
  name: string;
  type: 'storage' | 'stream' | 'root';
  clsid: Buffer;
  start: number;
  size: number;
  /** Raw stateBits (4), creation time (8), modified time (8) and size (low 4 bytes) for the Ex pre-hash. */
  stateBits: Buffer;
  ctime: Buffer;
  mtime: Buffer;
  sizeLow: Buffer;
  children: DirEntry[];
}

export interface CompoundFile {
  sectorSize: number;
  miniSectorSize: number;
  miniCutoff: number;
  fileSize: number;
  fat: Uint32Array;
  miniFat: Uint32Array;
  /** Regular sectors making up the mini stream, in order. */
  miniStreamSectors: number[];
  root: DirEntry;
}

export const DIGITAL_SIGNATURE = '\u0005DigitalSignature';
export const DIGITAL_SIGNATURE_EX = '\u0005MsiDigitalSignatureEx';

function chain(fat: Uint32Array, start: number, what: string, limit: number): number[] {
  const out: number[] = [];
  let s = start;
  while (s !== ENDOFCHAIN) {
    if (s > MAX_REGSECT || s >= fat.length) throw new MsiFormatError(`${what}: sector chain points to invalid sector 0x${s.toString(16)}`);
    if (out.length > limit) throw new MsiFormatError(`${what}: sector chain is longer than the file (loop?)`);
    out.push(s);
    s = fat[s]!;
  }
  return out;
}

/** Parses the compound file header, FAT, mini FAT and directory tree. */
export async function readCompoundFile(read: Reader, fileSize: number): Promise<CompoundFile> {
  if (fileSize < 512) throw new MsiFormatError('the file is too small to be an MSI (OLE compound file)');
  const h = await read(0, 512);
  if (!h.subarray(0, 8).equals(OLE_MAGIC)) throw new MsiFormatError('not an OLE compound file (bad signature)');
  if (h.readUInt16LE(0x1c) !== 0xfffe) throw new MsiFormatError('OLE compound file: bad byte-order mark');
  const major = h.readUInt16LE(0x1a);
  const shift = h.readUInt16LE(0x1e);
  if (!((major === 3 && shift === 9) || (major === 4 && shift === 12))) throw new MsiFormatError(`OLE compound file: unsupported version ${major} / sector shift ${shift}`);
  const sectorSize = 1 << shift;
  const miniShift = h.readUInt16LE(0x20);
  if (miniShift !== 6) throw new MsiFormatError(`OLE compound file: unsupported mini sector shift ${miniShift}`);
  const numFat = h.readUInt32LE(0x2c);
  const firstDir = h.readUInt32LE(0x30);
  const miniCutoff = h.readUInt32LE(0x38);
  if (miniCutoff !== 4096) throw new MsiFormatError(`OLE compound file: unexpected mini stream cutoff ${miniCutoff}`);
  const firstMiniFat = h.readUInt32LE(0x3c);
  const numMiniFat = h.readUInt32LE(0x40);
  let difatSector = h.readUInt32LE(0x44);
  const numDifat = h.readUInt32LE(0x48);
  const maxSectors = Math.ceil(fileSize / sectorSize);
  if (numFat > maxSectors) throw new MsiFormatError('OLE compound file: FAT sector count exceeds the file size');
  const sectorOffset = (s: number) => (s + 1) * sectorSize;
  const readSector = async (s: number) => {
    if (s > MAX_REGSECT || sectorOffset(s) + sectorSize > fileSize + sectorSize) throw new MsiFormatError(`OLE compound file: sector 0x${s.toString(16)} lies outside the file`);
    const off = sectorOffset(s);
    const len = Math.min(sectorSize, fileSize - off);
    if (len <= 0) throw new MsiFormatError(`OLE compound file: sector 0x${s.toString(16)} lies outside the file`);
    const b = await read(off, len);
    return len === sectorSize ? b : Buffer.concat([b, Buffer.alloc(sectorSize - len)]);
  };
  // DIFAT: 109 entries in the header, then chained DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < numFat; i++) fatSectors.push(h.readUInt32LE(0x4c + i * 4));
  for (let d = 0; d < numDifat && fatSectors.length < numFat; d++) {
    if (difatSector === ENDOFCHAIN || difatSector === FREESECT) throw new MsiFormatError('OLE compound file: DIFAT chain ends early');
    const b = await readSector(difatSector);
    const per = sectorSize / 4 - 1;
    for (let i = 0; i < per && fatSectors.length < numFat; i++) fatSectors.push(b.readUInt32LE(i * 4));
    difatSector = b.readUInt32LE(per * 4);
  }
  if (fatSectors.length !== numFat) throw new MsiFormatError('OLE compound file: fewer FAT sectors listed than declared');
  const perSector = sectorSize / 4;
  const fat = new Uint32Array(numFat * perSector);
  for (const [i, s] of fatSectors.entries()) {
    const b = await readSector(s);
    for (let j = 0; j < perSector; j++) fat[i * perSector + j] = b.readUInt32LE(j * 4);
  }
  // Directory.
  const dirSectors = chain(fat, firstDir, 'directory', maxSectors);
  const dirBuf = Buffer.concat(await Promise.all(dirSectors.map(readSector)));
  const count = dirBuf.length / 128;
  interface RawEntry {
    entry: DirEntry;
    left: number;
    right: number;
    child: number;
  }
  const raw: Array<RawEntry | undefined> = [];
  for (let i = 0; i < count; i++) {
    const e = dirBuf.subarray(i * 128, (i + 1) * 128);
    const typeByte = e[66]!;
    if (typeByte === 0) {
      raw.push(undefined);
      continue;
    }
    const nameLen = e.readUInt16LE(64);
    if (nameLen < 2 || nameLen > 64 || nameLen % 2) throw new MsiFormatError(`OLE directory entry ${i}: bad name length ${nameLen}`);
    const rawName = Buffer.from(e.subarray(0, nameLen));
    const type = typeByte === 1 ? 'storage' : typeByte === 2 ? 'stream' : typeByte === 5 ? 'root' : undefined;
    if (!type) throw new MsiFormatError(`OLE directory entry ${i}: unknown type ${typeByte}`);
    const sizeLow = e.readUInt32LE(120);
    const sizeHigh = major === 4 ? e.readUInt32LE(124) : 0;
    if (sizeHigh > 0x1fffff) throw new MsiFormatError(`OLE directory entry ${i}: stream too large`);
    raw.push({
      entry: {
        index: i,
        rawName,
        name: rawName.subarray(0, nameLen - 2).toString('utf16le'),
        type,
        clsid: Buffer.from(e.subarray(80, 96)),
        start: e.readUInt32LE(116),
        size: sizeHigh * 0x100000000 + sizeLow,
        stateBits: Buffer.from(e.subarray(96, 100)),
        ctime: Buffer.from(e.subarray(100, 108)),
        mtime: Buffer.from(e.subarray(108, 116)),
        sizeLow: Buffer.from(e.subarray(120, 124)),
        children: [],
      },
      left: e.readUInt32LE(68),
      right: e.readUInt32LE(72),
      child: e.readUInt32LE(76),
    });
  }
  const rootRaw = raw[0];
  if (!rootRaw || rootRaw.entry.type !== 'root') throw new MsiFormatError('OLE compound file: the first directory entry is not the root storage');
  const seen = new Set<number>();
  const collect = (idx: number, into: DirEntry[], depth: number) => {
    if (idx === NOSTREAM) return;
    if (depth > 10_000 || seen.has(idx)) throw new MsiFormatError('OLE directory: the sibling tree has a loop');
    const r = raw[idx];
    if (!r || r.entry.type === 'root') throw new MsiFormatError(`OLE directory: reference to invalid entry ${idx}`);
    seen.add(idx);
    collect(r.left, into, depth + 1);
    into.push(r.entry);
    collect(r.right, into, depth + 1);
    if (r.entry.type === 'storage') collect(r.child, r.entry.children, 0);
  };
  seen.add(0);
  collect(rootRaw.child, rootRaw.entry.children, 0);
  const miniFat = new Uint32Array(numMiniFat * perSector);
  if (numMiniFat) {
    const mf = chain(fat, firstMiniFat, 'mini FAT', maxSectors);
    if (mf.length < numMiniFat) throw new MsiFormatError('OLE compound file: mini FAT chain shorter than declared');
    for (let i = 0; i < numMiniFat; i++) {
      const b = await readSector(mf[i]!);
      for (let j = 0; j < perSector; j++) miniFat[i * perSector + j] = b.readUInt32LE(j * 4);
    }
  }
  const miniStreamSectors = rootRaw.entry.size > 0 ? chain(fat, rootRaw.entry.start, 'mini stream', maxSectors) : [];
  return { sectorSize, miniSectorSize: 64, miniCutoff, fileSize, fat, miniFat, miniStreamSectors, root: rootRaw.entry };
}

/** Byte ranges [offset, length] of a stream's content in the file, coalescing adjacent sectors. */
export function streamRanges(cf: CompoundFile, e: DirEntry): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const push = (off: number, len: number) => {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === off) last[1] += len;
    else out.push([off, len]);
  };
  let left = e.size;
  if (left === 0) return out;
  if (e.size < cf.miniCutoff) {
    const ms = cf.miniSectorSize;
    const secs = chain(cf.miniFat, e.start, `stream ${JSON.stringify(e.name)} (mini)`, cf.miniFat.length);
    for (const m of secs) {
      if (left <= 0) break;
      const pos = m * ms;
      const regular = cf.miniStreamSectors[Math.floor(pos / cf.sectorSize)];
      if (regular === undefined) throw new MsiFormatError(`stream ${JSON.stringify(e.name)}: mini sector outside the mini stream`);
      const n = Math.min(ms, left);
      push((regular + 1) * cf.sectorSize + (pos % cf.sectorSize), n);
      left -= n;
    }
  } else {
    const secs = chain(cf.fat, e.start, `stream ${JSON.stringify(e.name)}`, Math.ceil(cf.fileSize / cf.sectorSize));
    for (const s of secs) {
      if (left <= 0) break;
      const n = Math.min(cf.sectorSize, left);
      push((s + 1) * cf.sectorSize, n);
      left -= n;
    }
  }
  if (left > 0) throw new MsiFormatError(`stream ${JSON.stringify(e.name)}: sector chain is shorter than its size`);
  for (const [off, len] of out) if (off + len > cf.fileSize) throw new MsiFormatError(`stream ${JSON.stringify(e.name)} runs past the end of the file`);
  return out;
}

/** osslsigncode's dirent_cmp_hash: memcmp over the shorter raw name, then the longer one last. */
export function compareForHash(a: DirEntry, b: DirEntry): number {
  const n = Math.min(a.rawName.length, b.rawName.length);
  const d = Buffer.compare(a.rawName.subarray(0, n), b.rawName.subarray(0, n));
  if (d !== 0) return d;
  return a.rawName.length > b.rawName.length ? 1 : -1;
}

/** One hashing step: a stream's file ranges, or literal bytes (a storage CLSID). */
export type HashStep = { ranges: Array<[number, number]> } | { bytes: Buffer };

/** The ordered steps of the MSI Authenticode digest (without MsiDigitalSignatureEx). */
export function msiHashSteps(cf: CompoundFile): HashStep[] {
  const steps: HashStep[] = [];
  const walk = (dir: DirEntry, isRoot: boolean) => {
    const kids = [...dir.children].sort(compareForHash);
    for (const c of kids) {
      if (isRoot && (c.name === DIGITAL_SIGNATURE || c.name === DIGITAL_SIGNATURE_EX)) continue;
      if (c.type === 'stream') steps.push({ ranges: streamRanges(cf, c) });
      else if (c.type === 'storage') walk(c, false);
    }
    steps.push({ bytes: dir.clsid });
  };
  walk(cf.root, true);
  return steps;
}

/**
 * The metadata the \x05MsiDigitalSignatureEx pre-hash covers, in order (osslsigncode msi_prehash_dir): for each
 * storage its name (not for the root), CLSID, stateBits and times (not for the root), then its children in hash
 * order — streams as name, size (low 32 bits), stateBits and times; storages recursively; signature streams skipped.
 */
export function msiPrehashParts(cf: CompoundFile): Buffer[] {
  const parts: Buffer[] = [];
  const meta = (e: DirEntry) => {
    if (e.type !== 'root') parts.push(e.rawName.subarray(0, e.rawName.length - 2));
    parts.push(e.type === 'stream' ? e.sizeLow : e.clsid);
    parts.push(e.stateBits);
    if (e.type !== 'root') parts.push(e.ctime, e.mtime);
  };
  const walk = (dir: DirEntry, isRoot: boolean) => {
    meta(dir);
    for (const c of [...dir.children].sort(compareForHash)) {
      if (isRoot && (c.name === DIGITAL_SIGNATURE || c.name === DIGITAL_SIGNATURE_EX)) continue;
      if (c.type === 'stream') meta(c);
      else if (c.type === 'storage') walk(c, false);
    }
  };
  walk(cf.root, true);
  return parts;
}

export function findRootStream(cf: CompoundFile, name: string): DirEntry | undefined {
  return cf.root.children.find((c) => c.type === 'stream' && c.name === name);
}
