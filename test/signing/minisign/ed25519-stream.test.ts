/**
 * Issue 13 case 9: legacy (`Ed`, non-prehashed) and raw signatures are verified in bounded memory.
 * The streamed check (SHA-512(R ‖ A ‖ file) + BigInt curve arithmetic) is compared with Node's crypto.verify
 * (OpenSSL) on RFC 8032 vectors, random keys and messages, altered signatures and hostile edge cases; then
 * with signatures made by the real minisign (-l, legacy) and signify-openbsd. The file larger than the 512 MiB that
 * the old whole-file read refused is in ed25519-stream-large.test.ts (e2e project).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey, generateKeyPairSync, randomBytes, sign, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { L, verifyEd25519Hram } from '../../../src/signing/minisign/core/ed25519.js';
import { parsePublicKey, parseSignature, verifySignature } from '../../../src/signing/minisign/core/format.js';
import { legacyMessage, verifyFile, verifyRawFile } from '../../../src/signing/minisign/verify.js';
import { requireTool } from '../../helpers/tools.js';

const spki = (pk: Buffer) => createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), pk]), format: 'der', type: 'spki' });
const hram = (sig: Buffer, pk: Buffer, m: Buffer) => createHash('sha512').update(sig.subarray(0, 32)).update(pk).update(m).digest();
const nodeVerify = (pk: Buffer, sig: Buffer, m: Buffer) => {
  try {
    return verify(null, m, spki(pk), sig);
  } catch {
    return false;
  }
};
const mine = (pk: Buffer, sig: Buffer, m: Buffer) => verifyEd25519Hram(pk, sig, hram(sig, pk, m));
const le = (n: bigint, len = 32) => {
  const b = Buffer.alloc(len);
  for (let i = 0; i < len; i++, n >>= 8n) b[i] = Number(n & 0xffn);
  return b;
};

describe('Ed25519 verification from a streamed hash', () => {
  // RFC 8032 §7.1 TEST 1–3 and TEST SHA(abc) public keys, messages and signatures.
  it.each([
    ['d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', '', 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b'],
    ['3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c', '72', '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00'],
    ['fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025', 'af82', '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a'],
  ])('RFC 8032 vector %#: accepted, like Node', (pk, msg, sig) => {
    const [P, M, S] = [Buffer.from(pk, 'hex'), Buffer.from(msg, 'hex'), Buffer.from(sig, 'hex')];
    expect(nodeVerify(P, S, M)).toBe(true);
    expect(mine(P, S, M)).toBe(true);
    const bad = Buffer.from(S);
    bad[63]! ^= 0x01;
    expect(mine(P, bad, M)).toBe(false);
  });

  it('agrees with Node on random keys and messages, and on every kind of alteration', () => {
    for (let i = 0; i < 24; i++) {
      const { privateKey, publicKey } = generateKeyPairSync('ed25519');
      const P = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
      const M = randomBytes(i * 37);
      const S = sign(null, M, privateKey);
      expect(mine(P, S, M)).toBe(true);
      const variants: [Buffer, Buffer, Buffer][] = [];
      const flip = (b: Buffer, at: number) => {
        const c = Buffer.from(b);
        c[at % c.length]! ^= 1 << (i % 8);
        return c;
      };
      variants.push([P, flip(S, i), M], [P, flip(S, 32 + i), M], [flip(P, i), S, M]);
      if (M.length) variants.push([P, S, flip(M, i)]);
      for (const [p, s, m] of variants) expect(mine(p, s, m), `case ${i}`).toBe(nodeVerify(p, s, m));
    }
  });

  it('refuses what Node refuses on hostile edge cases (S ≥ L, non-canonical or small-order points)', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const P = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
    const M = Buffer.from('edge');
    const S = sign(null, M, privateKey);
    const s = BigInt(`0x${Buffer.from(S.subarray(32)).reverse().toString('hex')}`);
    const identity = le(1n);
    const p = 2n ** 255n - 19n;
    const cases: [string, Buffer, Buffer, Buffer][] = [
      ['S + L (malleated)', P, Buffer.concat([S.subarray(0, 32), le(s + L)]), M],
      ['identity key, identity R, S = 0', identity, Buffer.concat([identity, Buffer.alloc(32)]), M],
      ['small-order R', P, Buffer.concat([identity, S.subarray(32)]), M],
      ['non-canonical key (y = p + 1)', le(p + 1n), S, M],
      ['key not on the curve', le(2n), S, M],
      ['all-zero signature', P, Buffer.alloc(64), M],
    ];
    for (const [name, pk, sig, m] of cases) {
      expect(mine(pk, sig, m), name).toBe(false);
      expect(nodeVerify(pk, sig, m), name).toBe(false);
    }
  });
});

const minisign = requireTool('minisign', 'apt-get install minisign');
const signify = requireTool('signify-openbsd', 'apt-get install signify-openbsd');

describe.skipIf(!minisign)('legacy signatures from the real tools, verified streamed', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'relforge-legacy-'));
    execFileSync(minisign!, ['-G', '-W', '-f', '-p', join(dir, 'k.pub'), '-s', join(dir, 'k.key')], { stdio: 'pipe' });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('minisign -S -l (legacy Ed): verifyFile, verifySignature + legacyMessage; a changed byte fails', async () => {
    const file = join(dir, 'pkg.bin');
    writeFileSync(file, randomBytes(3 * 1024 * 1024 + 5));
    execFileSync(minisign!, ['-S', '-l', '-W', '-s', join(dir, 'k.key'), '-m', file, '-t', 'version:1.0.0'], { stdio: 'pipe' });
    const sigText = readFileSync(`${file}.minisig`, 'utf8');
    const pub = readFileSync(join(dir, 'k.pub'), 'utf8');
    expect((await verifyFile(file, sigText, pub, { expectVersion: '1.0.0' })).algorithm).toBe('Ed');
    const sig = parseSignature(sigText);
    const pin = parsePublicKey(pub);
    const streamed = await legacyMessage(file, sig, pin);
    expect(verifySignature(sig, pin, { data: streamed }).trustedComment).toBe('version:1.0.0');
    // The streamed message is bound to its signature and key: it cannot vouch for another one.
    const other = parseSignature(sigText);
    other.signature[0]! ^= 1;
    expect(() => verifySignature(other, pin, { data: streamed })).toThrow(/hashed for another signature/);
    expect(() => verifySignature(sig, pin, { digest: Buffer.alloc(64) })).toThrow(/legacy "Ed" signature covers the whole file/);
    const bytes = readFileSync(file);
    bytes[1_000_000]! ^= 0x80;
    writeFileSync(file, bytes);
    await expect(verifyFile(file, sigText, pub)).rejects.toThrow(/does not match the signature/);
  });

  it.skipIf(!signify)('signify-openbsd signatures (raw Ed25519 over the file, the legacy blob) verify as format raw', async () => {
    execFileSync(signify!, ['-G', '-n', '-p', join(dir, 's.pub'), '-s', join(dir, 's.sec')], { stdio: 'pipe' });
    const file = join(dir, 'tool.tar');
    writeFileSync(file, randomBytes(2 * 1024 * 1024 + 1));
    execFileSync(signify!, ['-S', '-s', join(dir, 's.sec'), '-m', file, '-x', `${file}.sig`], { stdio: 'pipe' });
    const blob = Buffer.from(readFileSync(`${file}.sig`, 'utf8').trim().split('\n')[1]!, 'base64');
    const pubBlob = readFileSync(join(dir, 's.pub'), 'utf8').trim().split('\n')[1]!;
    await verifyRawFile(file, blob.subarray(10).toString('base64'), pubBlob);
    writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from([0])]));
    await expect(verifyRawFile(file, blob.subarray(10).toString('base64'), pubBlob)).rejects.toThrow(/verification failed/);
  });
});
