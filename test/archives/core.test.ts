/**
 * The pure parts of the archives (issue 19): tar/pax header fields, gzip and zip records, platform spellings,
 * name templates and the entry order. Expectations come from the formats' specifications (POSIX ustar/pax,
 * RFC 1952, APPNOTE), worked out by hand, not from the code under test.
 */
import { describe, expect, it } from 'vitest';
import { paxRecord, tarHeader, tarPadding } from '../../src/archives/core/tar.js';
import { crc32, gzipHeader, gzipTrailer } from '../../src/archives/core/gzip.js';
import { centralHeader, dosDateTime, localHeader, zipProblem } from '../../src/archives/core/zip.js';
import { parseArchivePlatform } from '../../src/archives/core/platforms.js';
import { archiveNameProblem, entryNameProblem, orderEntries, patternBase, renderTemplate, templateValues, unknownPlaceholders } from '../../src/archives/core/names.js';

const JAN_2026 = 1767225600; // 2026-01-01T00:00:00Z

describe('tar headers', () => {
  it('writes a ustar header with uid/gid 0, no owner names, the given mode, size and mtime, and a valid checksum', () => {
    const h = tarHeader({ name: 'bin/tally', type: 'file', mode: 0o755, size: 1234, mtime: JAN_2026 });
    expect(h.length).toBe(512);
    const field = (o: number, n: number) => h.subarray(o, o + n).toString('latin1');
    expect(field(0, 9)).toBe('bin/tally');
    expect(field(100, 8)).toBe('0000755\0');
    expect(field(108, 8)).toBe('0000000\0');
    expect(field(116, 8)).toBe('0000000\0');
    expect(field(124, 12)).toBe('00000002322\0'); // 1234 = 0o2322
    expect(field(136, 12)).toBe('15125334400\0'); // python3: oct(1767225600) == '0o15125334400'
    expect(field(156, 1)).toBe('0');
    expect(field(257, 8)).toBe('ustar\u000000');
    expect(h.subarray(265, 329).every((b) => b === 0)).toBe(true); // uname, gname empty
    const stored = parseInt(field(148, 6), 8);
    const copy = Buffer.from(h);
    copy.fill(0x20, 148, 156);
    expect(stored).toBe(copy.reduce((a, b) => a + b, 0));
  });

  it('puts a name longer than 100 bytes (or not ASCII) into a pax "path" record before the ustar header', () => {
    const long = `${'d'.repeat(60)}/${'f'.repeat(70)}`;
    const h = tarHeader({ name: long, type: 'file', mode: 0o644, size: 0, mtime: JAN_2026 });
    expect(h.length).toBe(512 * 3);
    expect(h.subarray(156, 157).toString()).toBe('x');
    const record = `141 path=${long}\n`; // 3 digits + " path=" (6) + 131 + "\n" (1) = 141 bytes
    expect(record.length).toBe(141);
    expect(h.subarray(512, 512 + record.length).toString()).toBe(record);
    expect(h.subarray(1024 + 156, 1024 + 157).toString()).toBe('0');
  });

  it('pax record lengths count themselves (also across a digit boundary)', () => {
    expect(paxRecord('path', 'a')).toBe('9 path=a\n'); // " path=a\n" is 8 bytes, +1 digit
    // " path=" + 92 chars + "\n" = 99 bytes; with a 2-digit length 101 (3 digits) → 102.
    expect(paxRecord('path', 'x'.repeat(92))).toBe(`102 path=${'x'.repeat(92)}\n`);
    expect(paxRecord('path', 'é')).toBe('11 path=é\n'); // bytes, not characters
  });

  it('says a size of 8 GiB or more in a pax "size" record (ustar has 11 octal digits)', () => {
    const size = 8 * 1024 ** 3; // 8589934592 > 0o77777777777
    const h = tarHeader({ name: 'big.img', type: 'file', mode: 0o644, size, mtime: JAN_2026 });
    expect(h.length).toBe(512 * 3);
    expect(h.subarray(512, 512 + 19).toString()).toBe('19 size=8589934592\n'); // 2 digits + " size=" + 10 digits + "\n" = 19
    expect(h.subarray(1024 + 124, 1024 + 136).toString('latin1')).toBe('00000000000\0');
    expect(tarHeader({ name: 'big.img', type: 'file', mode: 0o644, size: size - 1, mtime: JAN_2026 }).length).toBe(512);
  });

  it('pads bodies to 512-byte blocks', () => {
    expect([0, 1, 511, 512, 513].map(tarPadding)).toEqual([0, 511, 1, 0, 511]);
  });
});

describe('gzip and zip records', () => {
  it('gzip header has no name, MTIME 0 and a fixed OS byte; trailer is CRC and size little-endian', () => {
    expect([...gzipHeader(9)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255]);
    expect([...gzipTrailer(0xcbf43926, 9)]).toEqual([0x26, 0x39, 0xf4, 0xcb, 9, 0, 0, 0]);
  });

  it('crc32 gives the standard check value', () => {
    expect(crc32(Buffer.from('123456789')).toString(16)).toBe('cbf43926');
    expect(crc32(Buffer.from('56789'), crc32(Buffer.from('1234'))).toString(16)).toBe('cbf43926');
  });

  it('DOS times are the UTC fields of the release time, clamped to 1980', () => {
    expect(dosDateTime(JAN_2026)).toEqual({ date: (46 << 9) | (1 << 5) | 1, time: 0 });
    expect(dosDateTime(Date.UTC(2026, 5, 30, 13, 45, 59) / 1000)).toEqual({ date: (46 << 9) | (6 << 5) | 30, time: (13 << 11) | (45 << 5) | 29 });
    expect(dosDateTime(0)).toEqual({ date: (0 << 9) | (1 << 5) | 1, time: 0 });
  });

  it('zip records carry no extra field, "made by" Unix and the mode in the external attributes', () => {
    const e = { name: 'tally.exe', type: 'file' as const, mode: 0o755, mtime: JAN_2026, crc: 1, compressedSize: 2, size: 3, offset: 0 };
    const l = localHeader(e);
    expect(l.readUInt16LE(28)).toBe(0);
    expect(l.readUInt16LE(8)).toBe(8);
    const c = centralHeader(e);
    expect(c.readUInt16LE(4)).toBe(0x0314);
    expect(c.readUInt16LE(30)).toBe(0);
    expect(c.readUInt32LE(38)).toBe(0o100755 * 65536);
    const d = centralHeader({ ...e, name: 'dir/', type: 'directory', mode: 0o755 });
    expect(d.readUInt32LE(38)).toBe(0o040755 * 65536 + 0x10);
    expect(d.readUInt16LE(10)).toBe(0);
    expect(localHeader({ ...e, name: 'é' }).readUInt16LE(6)).toBe(0x800);
  });

  it('refuses what would need Zip64', () => {
    expect(zipProblem({ entries: 65535, size: 2 ** 32 - 2, offset: 2 ** 32 - 2 })).toBeUndefined();
    expect(zipProblem({ entries: 65536 })).toMatch(/65535 entries/);
    expect(zipProblem({ size: 2 ** 32 - 1 })).toMatch(/4 GiB/);
    expect(zipProblem({ offset: 2 ** 32 })).toMatch(/4 GiB/);
  });
});

describe('platforms and templates', () => {
  it.each([
    ['linux-amd64', 'linux-x86_64', 'linux', 'amd64', 'x86_64-unknown-linux-gnu', ''],
    ['linux/arm64', 'linux-aarch64', 'linux', 'arm64', 'aarch64-unknown-linux-gnu', ''],
    ['windows_amd64', 'windows-x86_64', 'windows', 'amd64', 'x86_64-pc-windows-msvc', '.exe'],
    ['darwin-arm64', 'darwin-aarch64', 'darwin', 'arm64', 'aarch64-apple-darwin', ''],
    ['x86_64-unknown-linux-musl', 'linux-x86_64', 'linux', 'amd64', 'x86_64-unknown-linux-musl', ''],
    ['aarch64-apple-darwin', 'darwin-aarch64', 'darwin', 'arm64', 'aarch64-apple-darwin', ''],
    ['x86_64-pc-windows-gnu', 'windows-x86_64', 'windows', 'amd64', 'x86_64-pc-windows-gnu', '.exe'],
    ['linux-x86_64', 'linux-x86_64', 'linux', 'amd64', 'x86_64-unknown-linux-gnu', ''],
    ['linux/386', 'linux-i686', 'linux', '386', 'i686-unknown-linux-gnu', ''],
  ])('%s → %s', (given, platform, goos, goarch, target, exe) => {
    expect(parseArchivePlatform(given)).toMatchObject({ platform, goos, goarch, target, exe });
  });

  it('refuses names that do not say one platform, listing the spellings', () => {
    expect(() => parseArchivePlatform('linux-arm')).toThrow(/GOOS\/GOARCH.*Rust target triple/);
    expect(() => parseArchivePlatform('amd64')).toThrow(/is not a platform/);
  });

  it('renders every placeholder and reports unknown ones (brace globs are not placeholders)', () => {
    const v = templateValues(parseArchivePlatform('windows/arm64'), 'tally', '1.2.0');
    expect(renderTemplate('{name}_{version}_{os}_{arch}|{platform}|{goos}/{goarch}|{target}|t{exe}', v)).toBe(
      'tally_1.2.0_windows_aarch64|windows-aarch64|windows/arm64|aarch64-pc-windows-msvc|t.exe',
    );
    expect(unknownPlaceholders('{name}-{Version}-{a,b}-{arch}')).toEqual(['Version']);
  });

  it('checks archive and entry names', () => {
    expect(archiveNameProblem('a/b.tar.gz')).toMatch(/separator/);
    expect(archiveNameProblem('a\nb.zip')).toMatch(/control/);
    expect(entryNameProblem('../x')).toMatch(/"\.\."/);
    expect(entryNameProblem('/etc/x')).toMatch(/absolute/);
    expect(entryNameProblem('a\\b')).toMatch(/backslash/);
    expect(entryNameProblem('docs/a.md')).toBeUndefined();
    expect(patternBase('dist/linux/**')).toBe('dist/linux');
    expect(patternBase('dist/*/tally')).toBe('dist');
    expect(patternBase('LICENSE')).toBe('');
  });

  it('orders entries by the bytes of their names, each parent directory before its contents', () => {
    const names = orderEntries(
      [
        { name: 'b', source: '/b', mode: 0o644 },
        { name: 'a/z', source: '/z', mode: 0o644 },
        { name: 'B', source: '/B', mode: 0o644 },
        { name: 'a-b', source: '/ab', mode: 0o644 },
        { name: 'a/c/d', source: '/d', mode: 0o755 },
      ],
      'top/',
    ).map((e) => e.name);
    expect(names).toEqual(['top/', 'top/B', 'top/a-b', 'top/a/', 'top/a/c/', 'top/a/c/d', 'top/a/z', 'top/b']);
  });
});
