import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../../src/platform/errors.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { DerError, DerNode, TAG, bitString, encodeOid, encodeTlv, integer, oid, parseDer, readDer, retag, seq, str, time } from '../../../../src/signing/authenticode/core/der.js';
import { formatName, missingSubjectAttributes, parseCertInfo, parseSubjectPin } from '../../../../src/signing/authenticode/core/x509.js';
import { requireTool } from '../../../helpers/tools.js';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');

describe('DER reader', () => {
  it('decodes OIDs against known encodings', () => {
    // Encodings from RFC 5652 / X.690 examples (independent of encodeOid).
    expect(oid(parseDer(hex('06 09 2a864886f70d010702')))).toBe('1.2.840.113549.1.7.2');
    expect(oid(parseDer(hex('06 0a 2b0601040182370201 04')))).toBe('1.3.6.1.4.1.311.2.1.4');
    expect(oid(parseDer(hex('06 03 550403')))).toBe('2.5.4.3');
    expect(oid(parseDer(hex('06 02 8837')))).toBe('2.999');
    expect(oid(parseDer(hex('06 09 608648016503040201')))).toBe('2.16.840.1.101.3.4.2.1');
  });

  it('round-trips large-arc OIDs (Trusted Signing identity EKUs)', () => {
    for (const o of ['1.3.6.1.4.1.311.97.990346705.12345.6789.1', '1.3.6.1.4.1.311.97.4294967295.1.2.3', '2.25.329800735698586629295641978511506172918']) {
      expect(oid(parseDer(encodeOid(o)))).toBe(o);
    }
  });

  it('rejects malformed OIDs', () => {
    expect(() => oid(parseDer(hex('06 02 2a86')))).toThrow(/truncated arc/);
    expect(() => oid(parseDer(hex('06 03 2a8001')))).toThrow(/non-minimal/);
    expect(() => oid(parseDer(hex('02 01 01')))).toThrow(DerError);
    expect(() => oid(parseDer(hex('02 01 01')))).toThrow(FormatError);
  });

  it('reads short and long lengths', () => {
    const v = Buffer.alloc(200, 7);
    const n = parseDer(Buffer.concat([hex('04 81 c8'), v]));
    expect(n.length).toBe(200);
    expect(n.headerLength).toBe(3);
    expect(n.value.equals(v)).toBe(true);
    const big = Buffer.alloc(70000, 1);
    const m = parseDer(Buffer.concat([hex('04 83 011170'), big]));
    expect(m.length).toBe(70000);
    expect(encodeTlv(TAG.OCTET_STRING, big).subarray(0, 5).equals(hex('04 83 011170'))).toBe(true);
  });

  it('rejects BER-only and broken encodings', () => {
    expect(() => parseDer(hex('30 80 0000'))).toThrow(/indefinite/);
    expect(() => parseDer(hex('04 81 05 0102030405'))).toThrow(/non-minimal/);
    expect(() => parseDer(hex('04 82 0005 0102030405'))).toThrow(/non-minimal/);
    expect(() => parseDer(hex('04 05 0102'))).toThrow(/runs past/);
    expect(() => parseDer(hex('04 01 01 00'))).toThrow(/trailing/);
    expect(() => parseDer(hex('30 03 04 05 00'))).not.toThrow(); // outer fine
    expect(() => parseDer(hex('30 03 04 05 00')).children()).toThrow(/runs past/);
  });

  it('decodes INTEGERs in two’s complement', () => {
    expect(integer(parseDer(hex('02 01 7f')))).toBe(127n);
    expect(integer(parseDer(hex('02 02 0080')))).toBe(128n);
    expect(integer(parseDer(hex('02 01 80')))).toBe(-128n);
    expect(integer(parseDer(hex('02 02 ff7f')))).toBe(-129n);
    expect(integer(parseDer(hex('02 09 00ffffffffffffffff')))).toBe(2n ** 64n - 1n);
  });

  it('decodes UTCTime (with the 1950/2049 pivot) and GeneralizedTime', () => {
    const utc = (s: string) => time(parseDer(encodeTlv(TAG.UTC_TIME, Buffer.from(s))));
    const gen = (s: string) => time(parseDer(encodeTlv(TAG.GENERALIZED_TIME, Buffer.from(s))));
    expect(utc('491231235959Z').toISOString()).toBe('2049-12-31T23:59:59.000Z');
    expect(utc('500101000000Z').toISOString()).toBe('1950-01-01T00:00:00.000Z');
    expect(gen('20261122153012Z').toISOString()).toBe('2026-11-22T15:30:12.000Z');
    expect(gen('20261122153012.25Z').toISOString()).toBe('2026-11-22T15:30:12.250Z');
    expect(() => gen('20261122153012+0100')).toThrow(/GeneralizedTime/);
    expect(() => time(parseDer(hex('04 00')))).toThrow(/UTCTime or GeneralizedTime/);
  });

  it('decodes strings and bit strings', () => {
    expect(str(parseDer(encodeTlv(TAG.UTF8_STRING, Buffer.from('Zürich AG'))))).toBe('Zürich AG');
    expect(str(parseDer(hex('1e 04 00 41 00 42')))).toBe('AB');
    expect(bitString(parseDer(hex('03 02 07 80'))).equals(hex('80'))).toBe(true);
  });

  it('walks nested structures and keeps raw slices for re-hashing', () => {
    // SEQUENCE { INTEGER 1, [0] { OCTET STRING "hi" }, SET { NULL } }
    const fixed = hex('30 0d 020101 a004 04026869 3102 0500');
    const root = parseDer(fixed);
    const kids = seq(root);
    expect(kids.map((k) => k.tag)).toEqual([0x02, 0xa0, 0x31]);
    expect(kids[1]!.isContext(0)).toBe(true);
    expect(kids[1]!.children()[0]!.value.toString()).toBe('hi');
    expect(kids[2]!.raw.equals(hex('3102 0500'))).toBe(true);
    expect(retag(kids[1]!, 0x31).equals(hex('3104 04026869'))).toBe(true);
  });

  it('supports the high-tag-number form', () => {
    const n = readDer(hex('9f 81 00 01 ff'));
    expect(n.tagNumber).toBe(128);
    expect(n.cls).toBe(2);
    expect(n.value.equals(hex('ff'))).toBe(true);
  });
});

describe('DER reader against openssl asn1parse', () => {
  const openssl = requireTool('openssl', 'apt-get install openssl');
  it.skipIf(!openssl)('finds the same elements (offset, header length, length) in a certificate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relforge-der-'));
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.der'), '-outform', 'DER', '-days', '2', '-subj', '/C=US/O=Contoso, Ltd/CN=Contoso Code Signing', '-addext', 'extendedKeyUsage=codeSigning,1.3.6.1.4.1.311.97.1.2.3.4', '-addext', 'basicConstraints=critical,CA:TRUE,pathlen:1'], { stdio: 'ignore' });
      const der = readFileSync(join(dir, 'c.der'));
      const asn1 = execFileSync('openssl', ['asn1parse', '-inform', 'DER', '-in', join(dir, 'c.der')], { encoding: 'utf8' });
      // "    0:d=0  hl=4 l=1234 cons: SEQUENCE"
      const expected = asn1
        .trim()
        .split('\n')
        .map((l) => /^\s*(\d+):d=(\d+)\s+hl=(\d+)\s+l=\s*(\d+)/.exec(l))
        .filter((m): m is RegExpExecArray => !!m)
        .map((m) => `${m[1]}/${m[2]}/${m[3]}/${m[4]}`);
      const ours: string[] = [];
      const walk = (n: DerNode, depth: number) => {
        ours.push(`${n.start}/${depth}/${n.headerLength}/${n.length}`);
        if (n.constructed) for (const c of n.children()) walk(c, depth + 1);
      };
      walk(parseDer(der), 0);
      expect(ours).toEqual(expected);

      const info = parseCertInfo(der);
      const x = new X509Certificate(der);
      expect(info.serial.toString('hex').replace(/^0+/, '').toUpperCase()).toBe(x.serialNumber.replace(/^0+/, '').toUpperCase());
      expect(info.ekus).toEqual(x.keyUsage);
      expect(info.basicConstraints).toEqual({ ca: true, pathLen: 1 });
      expect(info.critical).toContain('2.5.29.19');
      expect(formatName(info.subject)).toBe('CN=Contoso Code Signing, O=Contoso\\, Ltd, C=US');
      expect(x.subject.split('\n').map((l) => l.replace(/\\(.)/g, '$1'))).toEqual(info.subject.map((a) => `${a.type}=${a.value}`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('subject pins', () => {
  const subject = [
    { oid: '2.5.4.6', type: 'C', value: 'US' },
    { oid: '2.5.4.10', type: 'O', value: 'Contoso, Ltd' },
    { oid: '2.5.4.3', type: 'CN', value: 'Contoso Ltd' },
  ];
  it('holds when every named attribute is in the subject', () => {
    expect(missingSubjectAttributes(subject, parseSubjectPin('CN=Contoso Ltd'))).toEqual([]);
    expect(missingSubjectAttributes(subject, parseSubjectPin('CN=Contoso Ltd, O=Contoso\\, Ltd'))).toEqual([]);
    expect(missingSubjectAttributes(subject, parseSubjectPin('cn = Contoso Ltd ; o="Contoso, Ltd"; 2.5.4.6=US'))).toEqual([]);
  });
  it('fails on a missing or different attribute', () => {
    expect(missingSubjectAttributes(subject, parseSubjectPin('CN=Contoso Ltd, O=Fabrikam')).map((m) => m.value)).toEqual(['Fabrikam']);
    expect(missingSubjectAttributes(subject, parseSubjectPin('CN=Contoso')).length).toBe(1);
    expect(missingSubjectAttributes(subject, parseSubjectPin('OU=Contoso Ltd')).length).toBe(1);
  });
  it('rejects unusable pins with a hint', () => {
    expect(() => parseSubjectPin('Contoso Ltd')).toThrow(/TYPE=value/);
    expect(() => parseSubjectPin('XYZ=1')).toThrow(/unknown attribute type/);
    expect(() => parseSubjectPin(' , ')).toThrow(/names no attribute/);
    expect(() => parseSubjectPin('CN="open')).toThrow(/unterminated/);
  });
});
