/**
 * minisign formats against fixtures made by the real minisign 0.11 (test/fixtures/minisign/README.md)
 * and against published test vectors (RFC 7693 for BLAKE2b).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash, generateKeyPairSync, randomBytes, scryptSync } from 'node:crypto';
import {
  decodeBase64Strict,
  ed25519PrivateKey,
  formatPublicKey,
  keyIdHex,
  openSecretKey,
  parsePublicKey,
  parseSecretKey,
  parseSignature,
  publicKeyFromSeed,
  scryptParams,
  sealSecretKey,
  signMessage,
  signPrehashed,
  trustedCommentField,
  verifySignature,
  MINISIGN_MEMLIMIT,
  MINISIGN_OPSLIMIT,
  MinisignFormatError,
  MinisignVerificationError,
} from '../../../../src/signing/minisign/core/format.js';
import { blake2b } from '../../../../src/signing/minisign/core/blake2b.js';
import { formatChecksums, parseChecksums } from '../../../../src/publishing/core/checksums.js';
import { FormatError } from '../../../../src/platform/errors.js';

const FIX = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'minisign');
const fx = (name: string) => readFileSync(join(FIX, name), 'utf8');
const HELLO = Buffer.from('hello\n');

/** Flips one base64 character of line `line` (0-based) at `col` to another valid base64 character. */
function flipChar(text: string, line: number, col: number): string {
  const ls = text.split('\n');
  const l = ls[line]!;
  const c = l[col]!;
  ls[line] = l.slice(0, col) + (c === 'A' ? 'B' : 'A') + l.slice(col + 1);
  return ls.join('\n');
}

describe('BLAKE2b (RFC 7693)', () => {
  it('matches the RFC 7693 Appendix A vector for BLAKE2b-512("abc")', () => {
    expect(blake2b(Buffer.from('abc'), 64).toString('hex')).toBe(
      'ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923',
    );
  });
  it('BLAKE2b-256 is not a truncation of BLAKE2b-512 (value from `b2sum -l 256`)', () => {
    expect(blake2b(Buffer.from('abc'), 32).toString('hex')).toBe('bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319');
  });
  it('agrees with Node blake2b512 on block boundaries', () => {
    for (const n of [0, 1, 127, 128, 129, 256, 300]) {
      const d = randomBytes(n);
      expect(blake2b(d, 64).equals(createHash('blake2b512').update(d).digest())).toBe(true);
    }
  });
});

describe('public keys', () => {
  it('parses a minisign .pub file; the key id is the one minisign prints', () => {
    const pk = parsePublicKey(fx('k.pub'));
    expect(pk.keyIdHex).toBe('A884C97F86A78DF5');
    expect(pk.publicKey.length).toBe(32);
    expect(pk.base64).toBe('RWT1jaeGf8mEqGbE71pDCb+AHlV6PchILpiTDHChN8ckTDcPN6vRXIDN');
  });
  it('accepts the base64 line alone, CRLF, and base64 of the whole file (Tauri pubkey)', () => {
    const text = fx('k.pub');
    const a = parsePublicKey(text.split('\n')[1]!);
    const b = parsePublicKey(text.replace(/\n/g, '\r\n'));
    const c = parsePublicKey(Buffer.from(text).toString('base64'));
    for (const x of [a, b, c]) expect(x.keyIdHex).toBe('A884C97F86A78DF5');
  });
  it('formats byte-identically to minisign', () => {
    const pk = parsePublicKey(fx('k.pub'));
    expect(formatPublicKey(pk.keyId, pk.publicKey)).toBe(fx('k.pub'));
  });
  it('key id is the keynum read little-endian', () => {
    expect(keyIdHex(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]))).toBe('0807060504030201');
  });
  it('like minisign, the .pub comment does not zero-pad the key id (keyIdHex always has 16 digits)', () => {
    // minisign 0.11 writes e.g. "minisign public key EDB90485C35F5EA" for keynum EA F5 35 5C 48 90 DB 0E.
    const keyId = Buffer.from('eaf5355c4890db0e', 'hex');
    expect(keyIdHex(keyId)).toBe('0EDB90485C35F5EA');
    expect(formatPublicKey(keyId, Buffer.alloc(32)).split('\n')[0]).toBe('untrusted comment: minisign public key EDB90485C35F5EA');
    expect(parsePublicKey(formatPublicKey(keyId, Buffer.alloc(32))).keyIdHex).toBe('0EDB90485C35F5EA');
  });
  it.each([
    ['empty', ''],
    ['garbage', 'not a key'],
    ['short', 'RWT1jaeGf8mEqGbE71pDCb+AHlV6PchILpiTDHChN8ck'],
    ['wrong algorithm', Buffer.concat([Buffer.from('Xx'), randomBytes(40)]).toString('base64')],
    ['three lines', `${fx('k.pub')}extra\n`],
  ])('rejects a %s public key with a MinisignFormatError (a FormatError)', (_, text) => {
    expect(() => parsePublicKey(text)).toThrow(MinisignFormatError);
    expect(() => parsePublicKey(text)).toThrow(FormatError);
  });
  it('rejects non-canonical base64 (padding bits set)', () => {
    // 'Q' then '=' padding: '...Q==' vs '...R==' decode to the same byte in lax decoders.
    const canonical = Buffer.from([1]).toString('base64'); // AQ==
    expect(() => decodeBase64Strict(canonical.replace('Q', 'R'), 'x')).toThrow(/canonical/);
    expect(decodeBase64Strict(canonical, 'x')).toEqual(Buffer.from([1]));
  });
});

describe('secret keys', () => {
  it('opens an unencrypted `minisign -G -W` key; its public half matches the .pub', () => {
    const parsed = parseSecretKey(fx('k.key'));
    expect(parsed.encrypted).toBe(false);
    const m = openSecretKey(parsed);
    const pub = parsePublicKey(fx('k.pub'));
    expect(m.keyId.equals(pub.keyId)).toBe(true);
    expect(m.publicKey.equals(pub.publicKey)).toBe(true);
    expect(publicKeyFromSeed(m.seed).equals(pub.publicKey)).toBe(true);
  });

  it('picks libsodium scrypt parameters: minisign limits → N=2^20, r=8, p=1', () => {
    const p = scryptParams(MINISIGN_OPSLIMIT, MINISIGN_MEMLIMIT);
    expect([p.N, p.r, p.p]).toEqual([2 ** 20, 8, 1]);
    // Interactive limits (opslimit 524288, memlimit 16 MiB): N=2^14, r=8, p=1.
    const q = scryptParams(524288, 16777216);
    expect([q.N, q.r, q.p]).toEqual([2 ** 14, 8, 1]);
    // ops < mem/32 branch: N from opslimit alone.
    const s = scryptParams(32768, 1 << 30);
    expect([s.N, s.p]).toEqual([2 ** 10, 1]);
    // A key asking for 16 GiB (memlimit 2^34, opslimit to match) is refused before any allocation.
    expect(() => scryptParams(2 ** 40, 2 ** 34)).toThrow(/at most 4 GiB/);
    // …and one asking for endless CPU (p = 2^20 at minisign's memory) too.
    expect(() => scryptParams(2 ** 45, 2 ** 30)).toThrow(/at most 2\^24/);
  });

  // The 1 GiB scrypt decryption of a `minisign -G` key is in minisign-scrypt.test.ts (e2e project).

  it('seals and reopens encrypted and plain keys; a flipped byte is detected', () => {
    const seed = randomBytes(32);
    const key = { keyId: randomBytes(8), seed, publicKey: publicKeyFromSeed(seed) };
    const salt = randomBytes(32);
    const { N, r, p, maxmem } = scryptParams(524288, 16777216);
    const stream = scryptSync('pw', salt, 104, { N, r, p, maxmem });
    const text = sealSecretKey(key, { salt, opslimit: 524288, memlimit: 16777216, stream });
    const parsed = parseSecretKey(text);
    expect(openSecretKey(parsed, stream).seed.equals(seed)).toBe(true);
    const plain = sealSecretKey(key);
    expect(openSecretKey(parseSecretKey(plain)).seed.equals(seed)).toBe(true);
    // Flip one byte inside the encrypted payload: checksum must fail.
    const blob = Buffer.from(text.split('\n')[1]!, 'base64');
    blob[100] = blob[100]! ^ 1;
    const tampered = `untrusted comment: x\n${blob.toString('base64')}\n`;
    expect(() => openSecretKey(parseSecretKey(tampered), stream)).toThrow(/checksum/);
  });

  it('rejects malformed secret keys', () => {
    expect(() => parseSecretKey('untrusted comment: x\nAAAA\n')).toThrow(/158/);
    expect(() => parseSecretKey('no comment line')).toThrow(MinisignFormatError);
  });
});

describe('signatures', () => {
  const pub = parsePublicKey(fx('k.pub'));

  it('parses and verifies a prehashed (ED) minisign signature', () => {
    const sig = parseSignature(fx('hello.ED.minisig'));
    expect(sig.algorithm).toBe('ED');
    expect(sig.keyIdHex).toBe('A884C97F86A78DF5');
    expect(sig.trustedComment).toBe('tc here');
    expect(verifySignature(sig, pub, { data: HELLO }).trustedComment).toBe('tc here');
    const digest = createHash('blake2b512').update(HELLO).digest();
    expect(verifySignature(sig, pub, { digest }).keyIdHex).toBe('A884C97F86A78DF5');
  });

  it("accepts Tauri's form of a signature: base64 of the whole .minisig text", () => {
    const sig = parseSignature(Buffer.from(fx('hello.ED.minisig')).toString('base64'));
    expect(verifySignature(sig, pub, { data: HELLO }).trustedComment).toBe('tc here');
  });

  it('parses and verifies a legacy (Ed) minisign signature; -H style refuses it', () => {
    const sig = parseSignature(fx('hello.Ed.minisig'));
    expect(sig.algorithm).toBe('Ed');
    expect(verifySignature(sig, pub, { data: HELLO }).trustedComment).toBe('legacy tc');
    expect(() => verifySignature(sig, pub, { data: HELLO }, { requirePrehashed: true })).toThrow(/Legacy/);
  });

  it('verifies a signature from an encrypted minisign key', () => {
    const sig = parseSignature(fx('hello.e-key.minisig'));
    expect(verifySignature(sig, parsePublicKey(fx('e.pub')), { data: HELLO }).trustedComment).toMatch(/^timestamp:\d+\tfile:f\thashed$/);
  });

  it('reproduces minisign signatures byte for byte (Ed25519 is deterministic)', () => {
    const m = openSecretKey(parseSecretKey(fx('k.key')));
    const priv = ed25519PrivateKey(m.seed);
    const opts = { trustedComment: 'tc here', untrustedComment: 'signature from minisign secret key' };
    expect(signMessage(priv, m.keyId, HELLO, opts)).toBe(fx('hello.ED.minisig'));
    expect(signPrehashed(priv, m.keyId, createHash('blake2b512').update(HELLO).digest(), opts)).toBe(fx('hello.ED.minisig'));
    expect(signMessage(priv, m.keyId, HELLO, { ...opts, trustedComment: 'legacy tc', algorithm: 'Ed' })).toBe(fx('hello.Ed.minisig'));
  });

  describe('a one-byte change fails verification', () => {
    const text = fx('hello.ED.minisig');
    it('file', () => {
      const data = Buffer.from(HELLO);
      data[0] = data[0]! ^ 1;
      expect(() => verifySignature(parseSignature(text), pub, { data })).toThrow(/does not match the signature/);
    });
    it('signature bytes (several positions)', () => {
      for (const col of [12, 20, 40, 60, 80]) {
        const t = flipChar(text, 1, col);
        expect(() => verifySignature(parseSignature(t), pub, { data: HELLO })).toThrow(MinisignVerificationError);
      }
    });
    it('key id inside the signature', () => {
      const t = flipChar(text, 1, 5);
      expect(() => verifySignature(parseSignature(t), pub, { data: HELLO })).toThrow(/key id/);
    });
    it('trusted comment', () => {
      const t = text.replace('trusted comment: tc here', 'trusted comment: tc hare');
      expect(() => verifySignature(parseSignature(t), pub, { data: HELLO })).toThrow(/Trusted comment verification failed/);
    });
    it('global signature', () => {
      const t = flipChar(text, 3, 30);
      expect(() => verifySignature(parseSignature(t), pub, { data: HELLO })).toThrow(/Trusted comment verification failed/);
    });
    it('public key (key bytes, then key id)', () => {
      const k1 = parsePublicKey(flipChar(fx('k.pub'), 1, 30));
      expect(() => verifySignature(parseSignature(text), k1, { data: HELLO })).toThrow(/does not match the signature/);
      const k2 = parsePublicKey(flipChar(fx('k.pub'), 1, 6));
      expect(() => verifySignature(parseSignature(text), k2, { data: HELLO })).toThrow(/key id/);
    });
    it('the untrusted comment is not signed (minisign ignores it too)', () => {
      const t = text.replace('signature from minisign secret key', 'signature from minisign secret kez');
      expect(verifySignature(parseSignature(t), pub, { data: HELLO }).trustedComment).toBe('tc here');
    });
  });

  it('rejects malformed signature files with a message naming the line', () => {
    const text = fx('hello.ED.minisig');
    const ls = text.split('\n');
    expect(() => parseSignature(ls.slice(0, 2).join('\n'))).toThrow(/trusted comment/);
    expect(() => parseSignature(text.replace('\ntrusted comment: ', '\ntrusted: '))).toThrow(/line 3/);
    expect(() => parseSignature(text.replace('untrusted comment: ', 'comment: '))).toThrow(/line 1/);
    expect(() => parseSignature('')).toThrow(/empty/);
  });

  it('refuses multi-line and over-long comments when signing', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    expect(() => signMessage(privateKey, randomBytes(8), HELLO, { trustedComment: 'a\nb' })).toThrow(/one line/);
    expect(() => signMessage(privateKey, randomBytes(8), HELLO, { trustedComment: 'x'.repeat(8193) })).toThrow(/8192/);
  });

  it('binds the version in the trusted comment (rollback protection)', () => {
    const m = openSecretKey(parseSecretKey(fx('k.key')));
    const priv = ed25519PrivateKey(m.seed);
    const t = signMessage(priv, m.keyId, HELLO, { trustedComment: 'version:1.4.0\tfile:agent\ttimestamp:1' });
    const sig = parseSignature(t);
    expect(trustedCommentField(sig.trustedComment, 'version')).toBe('1.4.0');
    expect(verifySignature(sig, pub, { data: HELLO }, { expectVersion: '1.4.0' }).trustedComment).toContain('version:1.4.0');
    expect(verifySignature(sig, pub, { data: HELLO }, { expectVersion: 'v1.4.0' }).keyIdHex).toBe('A884C97F86A78DF5');
    expect(() => verifySignature(sig, pub, { data: HELLO }, { expectVersion: '1.5.0' })).toThrow(/rollback/);
    expect(() => verifySignature(parseSignature(fx('hello.ED.minisig')), pub, { data: HELLO }, { expectVersion: '1.4.0' })).toThrow(/no "version:"/);
  });
});

describe('SHA256SUMS', () => {
  const h = createHash('sha256').update('x').digest('hex');
  it('writes the `sha256sum` text format and reads it back, escaping odd names like coreutils', () => {
    const text = formatChecksums([
      { name: 'a.bin', sha256: h },
      { name: 'sub/b c.bin', sha256: h },
      { name: 'back\\slash', sha256: h },
    ]);
    expect(text).toBe(`${h}  a.bin\n${h}  sub/b c.bin\n\\${h}  back\\\\slash\n`);
    expect(parseChecksums(text).map((e) => e.name)).toEqual(['a.bin', 'sub/b c.bin', 'back\\slash']);
    expect(parseChecksums(`${h} *bin.exe\n`)).toEqual([{ name: 'bin.exe', sha256: h }]);
  });
});
