import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FormatError } from '../../../../src/platform/errors.js';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PeFormatError, authenticodeDigest, authenticodeRanges, peLayout } from '../../../../src/signing/authenticode/core/pe.js';
import { parseAuthenticodeSignature, parseCertificateTable, AuthenticodeFormatError, OID } from '../../../../src/signing/authenticode/core/signed-data.js';
import { buildAuthenticodeFixtures, buildPe, type AuthenticodeFixtures } from '../../../fixtures/authenticode.js';
import { requireTool } from '../../../helpers/tools.js';

describe('PE layout (headers built by the fixture generator)', () => {
  it('finds CheckSum and the Security directory in PE32+ and PE32', () => {
    // e_lfanew = 0x40; optional header at 0x40 + 4 + 20 = 0x58 (PE/COFF spec offsets).
    const plus = peLayout(buildPe(), 1024);
    expect(plus).toMatchObject({ magic: 'PE32+', checksumOffset: 0x58 + 64, certDirOffset: 0x58 + 144 });
    expect(plus.certTable).toBeUndefined();
    const pe32 = peLayout(buildPe({ pe32: true }), 1024);
    expect(pe32).toMatchObject({ magic: 'PE32', checksumOffset: 0x58 + 64, certDirOffset: 0x58 + 128 });
  });

  it('refuses files that are not PE', () => {
    expect(() => peLayout(Buffer.alloc(100), 100)).toThrow(/MZ/);
    const noPe = buildPe();
    noPe.write('XX', 0x40, 'latin1');
    expect(() => peLayout(noPe, noPe.length)).toThrow(/PE\\0\\0/);
    const badMagic = buildPe();
    badMagic.writeUInt16LE(0x999, 0x58);
    expect(() => peLayout(badMagic, badMagic.length)).toThrow(/magic 0x999/);
    const farLfanew = buildPe();
    farLfanew.writeUInt32LE(0x10000000, 0x3c);
    expect(() => peLayout(farLfanew, farLfanew.length)).toThrow(/e_lfanew/);
    const fewDirs = buildPe();
    fewDirs.writeUInt32LE(4, 0x58 + 108);
    expect(() => peLayout(fewDirs, fewDirs.length)).toThrow(/4 data directories/);
  });

  it('computes digest ranges and enforces the table-at-EOF rule', () => {
    const pe = buildPe();
    const dir = 0x58 + 144;
    pe.writeUInt32LE(0x400, dir);
    pe.writeUInt32LE(0x100, dir + 4);
    const layout = peLayout(pe, 0x500);
    expect(authenticodeRanges(layout, 0x500)).toEqual([
      [0, 0x98],
      [0x9c, dir],
      [dir + 8, 0x400],
    ]);
    expect(() => authenticodeRanges(layout, 0x508)).toThrow(/8 bytes are appended/);
    expect(() => authenticodeRanges(layout, 0x480)).toThrow(/runs past the end/);
    expect(() => authenticodeRanges(peLayout(buildPe(), 1024), 1024)).toThrow(/not signed/);
    pe.writeUInt32LE(0x404, dir);
    expect(() => authenticodeRanges(peLayout(pe, 0x504), 0x504)).toThrow(/not 8-byte aligned/);
    pe.writeUInt32LE(0x10, dir);
    expect(() => authenticodeRanges(peLayout(pe, 0x110), 0x110)).toThrow(/overlaps the headers/);
  });

  it('parses WIN_CERTIFICATE headers strictly', () => {
    const mk = (len: number, rev: number, type: number, total: number) => {
      const b = Buffer.alloc(total);
      b.writeUInt32LE(len, 0);
      b.writeUInt16LE(rev, 4);
      b.writeUInt16LE(type, 6);
      b.set([0x30, 0x00], 8);
      return b;
    };
    expect(() => parseCertificateTable(mk(10, 0x100, 2, 16))).toThrow(/revision/);
    expect(() => parseCertificateTable(mk(10, 0x200, 1, 16))).toThrow(/type/);
    expect(() => parseCertificateTable(mk(100, 0x200, 2, 16))).toThrow(/does not fit/);
    expect(() => parseCertificateTable(mk(10, 0x200, 2, 32))).toThrow(/second certificate entry/);
    expect(parseCertificateTable(mk(10, 0x200, 2, 16)).equals(Buffer.from([0x30, 0]))).toBe(true);
    const dirty = mk(10, 0x200, 2, 16);
    dirty[12] = 1;
    expect(() => parseCertificateTable(dirty)).toThrow(/padding/);
    expect(() => parseCertificateTable(Buffer.alloc(4))).toThrow(AuthenticodeFormatError);
    expect(() => parseCertificateTable(Buffer.alloc(4))).toThrow(FormatError);
  });
});

describe('Authenticode digest against osslsigncode', () => {
  const tools = requireTool('osslsigncode', 'apt-get install osslsigncode') && requireTool('openssl', 'apt-get install openssl');
  let fx: AuthenticodeFixtures;
  beforeAll(async () => {
    if (tools) fx = await buildAuthenticodeFixtures({ msi: false, only: ['pe-signed', 'pe32-signed', 'pe-sha384', 'pe-sha512', 'pe-tampered', 'pe-appended'] });
  });
  afterAll(async () => fx?.cleanup());

  /** osslsigncode's own "Calculated message digest" (hex, upper case). */
  const ossDigest = (file: string) => {
    let out: string;
    try {
      out = execFileSync('osslsigncode', ['verify', '-in', file, '-CAfile', fx.pki.root.certPath, '-TSA-CAfile', fx.pki.tsaRoot.certPath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout);
    }
    const m = /Calculated message digest\s*:\s*([0-9A-F]+)/.exec(out);
    if (!m) throw new Error(`no digest in osslsigncode output:\n${out}`);
    return m[1]!.toLowerCase();
  };

  it.skipIf(!tools).each([
    ['pe-signed', 'sha256'],
    ['pe32-signed', 'sha256'],
    ['pe-sha384', 'sha384'],
    ['pe-sha512', 'sha512'],
    ['pe-tampered', 'sha256'],
  ])('%s: our %s digest equals osslsigncode’s calculated digest', (name, algo) => {
    const file = readFileSync(fx.files[name]!);
    expect(authenticodeDigest(file, algo).toString('hex')).toBe(ossDigest(fx.files[name]!));
  });

  it.skipIf(!tools)('the signed digest in the certificate table matches for a good file and not for a tampered one', () => {
    for (const [name, same] of [
      ['pe-signed', true],
      ['pe-tampered', false],
    ] as const) {
      const file = readFileSync(fx.files[name]!);
      const layout = peLayout(file, file.length);
      const t = layout.certTable!;
      const sig = parseAuthenticodeSignature(parseCertificateTable(file.subarray(t.offset, t.offset + t.size)));
      expect(sig.spc.dataType).toBe(OID.spcPeImageData);
      expect(sig.spc.digest.equals(authenticodeDigest(file, 'sha256'))).toBe(same);
    }
  });

  it.skipIf(!tools)('the appended-data fixture is refused', () => {
    expect(() => authenticodeDigest(readFileSync(fx.files['pe-appended']!), 'sha256')).toThrow(PeFormatError);
    expect(() => authenticodeDigest(readFileSync(fx.files['pe-appended']!), 'sha256')).toThrow(FormatError);
  });
});
