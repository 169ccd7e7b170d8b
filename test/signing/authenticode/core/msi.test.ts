import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../../src/platform/errors.js';
import { compareForHash, readCompoundFile, MsiFormatError, type DirEntry } from '../../../../src/signing/authenticode/core/msi.js';

const entry = (name: string): DirEntry => {
  const rawName = Buffer.concat([Buffer.from(name, 'utf16le'), Buffer.alloc(2)]);
  const z = (n: number) => Buffer.alloc(n);
  return { index: 0, rawName, name, type: 'stream', clsid: z(16), start: 0, size: 0, stateBits: z(4), ctime: z(8), mtime: z(8), sizeLow: z(4), children: [] };
};

describe('MSI hash order', () => {
  it('sorts by raw UTF-16LE bytes, a prefix before its extensions (osslsigncode dirent_cmp_hash)', () => {
    // UTF-16LE compares the low byte first: "\u0100" (00 01) sorts before "\u0002" (02 00).
    const names = ['b', 'ab', 'a', '\u0005SummaryInformation', '\u0100x', '\u0002y', 'A'];
    const sorted = names.map(entry).sort(compareForHash).map((e) => e.name);
    expect(sorted).toEqual(['\u0100x', '\u0002y', '\u0005SummaryInformation', 'A', 'a', 'ab', 'b']);
  });
});

describe('compound file header checks', () => {
  const reader = (buf: Buffer) => async (off: number, len: number) => buf.subarray(off, off + len);
  it('refuses non-OLE data and unsupported versions', async () => {
    await expect(readCompoundFile(reader(Buffer.alloc(1024)), 1024)).rejects.toThrow(/bad signature/);
    await expect(readCompoundFile(reader(Buffer.alloc(100)), 100)).rejects.toThrow(MsiFormatError);
    await expect(readCompoundFile(reader(Buffer.alloc(100)), 100)).rejects.toThrow(FormatError);
    const h = Buffer.alloc(1024);
    Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(h);
    h.writeUInt16LE(0xfffe, 0x1c);
    h.writeUInt16LE(3, 0x1a);
    h.writeUInt16LE(12, 0x1e);
    await expect(readCompoundFile(reader(h), h.length)).rejects.toThrow(/unsupported version 3/);
  });
});
