/**
 * Interop with the real tools (.ci/run installs them from Debian): minisign 0.11 and signify-openbsd.
 * - our ED/Ed signatures verify with `minisign -V` (ED also with -H); our Ed verifies with `signify -V`;
 * - `minisign -S` signatures (ED and legacy) verify with ours;
 * - keys from `minisign -G` (with -W, and with a password fed on stdin — minisign reads it from stdin when
 *   stdin is not a terminal) load in our signer; keys from our keygen (encrypted) work in `minisign -S`;
 * - a one-byte change to the file, signature, trusted comment or public key fails every verifier
 *   (signify does not read the trusted comment, so that case is minisign + ours only).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { requireTool } from '../../helpers/tools.js';
import { generateKeyPair, loadSigningKey, signFiles, verifyFile } from '../../../src/signing/minisign/signer.js';

const minisign = requireTool('minisign', 'apt-get install minisign');
const signify = requireTool('signify-openbsd', 'apt-get install signify-openbsd');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'relforge-interop-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (cmd: string, args: string[], input?: string) => {
  const r = spawnSync(cmd, args, { cwd: dir, input: input ?? '', encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
};
const p = (name: string) => join(dir, name);
const w = (name: string, content: string | Buffer) => writeFileSync(p(name), content);
const r = (name: string) => readFileSync(p(name), 'utf8');

/** Replaces one character of line `line` with another valid base64 character. */
function flip(text: string, line: number, col: number): string {
  const ls = text.split('\n');
  const l = ls[line]!;
  ls[line] = l.slice(0, col) + (l[col] === 'A' ? 'B' : 'A') + l.slice(col + 1);
  return ls.join('\n');
}

describe.runIf(minisign)('minisign interop', () => {
  let pub: string;
  beforeAll(async () => {
    // Key pair from the real minisign, unencrypted.
    execFileSync(minisign!, ['-G', '-W', '-f', '-p', p('mk.pub'), '-s', p('mk.key')], { cwd: dir, stdio: 'pipe' });
    pub = r('mk.pub');
    w('payload.bin', randomBytes(3 * 1024 * 1024 + 5));
    w('tiny.txt', 'tiny\n');
  });

  it('our ED signatures verify with minisign -V and -V -H; our legacy Ed with -V but not -H', async () => {
    const res = await signFiles({ files: ['payload.bin', 'tiny.txt'], cwd: dir, privateKey: r('mk.key'), publicKey: pub, version: '3.1.4', checksums: true });
    for (const f of ['payload.bin', 'tiny.txt', 'SHA256SUMS']) {
      const v = run(minisign!, ['-V', '-H', '-p', p('mk.pub'), '-m', p(f)]);
      expect(v.out).toContain('Signature and comment signature verified');
      expect(v.code).toBe(0);
    }
    expect(run(minisign!, ['-V', '-p', p('mk.pub'), '-m', p('payload.bin')]).out).toContain('version:3.1.4\tfile:payload.bin');
    expect(res.keyId).toBe(pub.split('\n')[0]!.split(' ').pop()!.padStart(16, '0')); // minisign does not zero-pad it
    expect(run('sha256sum', ['-c', 'SHA256SUMS']).code).toBe(0);

    await signFiles({ files: ['tiny.txt'], cwd: dir, privateKey: r('mk.key'), algorithm: 'Ed', checksums: false });
    expect(run(minisign!, ['-V', '-p', p('mk.pub'), '-m', p('tiny.txt')]).code).toBe(0);
    const h = run(minisign!, ['-V', '-H', '-p', p('mk.pub'), '-m', p('tiny.txt')]);
    expect(h.code).not.toBe(0);
    expect(h.out).toMatch(/Legacy/);
  });

  it('minisign -S signatures (prehashed and legacy -l) verify with our verifier', async () => {
    execFileSync(minisign!, ['-S', '-s', p('mk.key'), '-m', p('payload.bin'), '-x', p('ms.ED.minisig'), '-t', 'version:9.9.9'], { stdio: 'pipe' });
    execFileSync(minisign!, ['-S', '-l', '-s', p('mk.key'), '-m', p('tiny.txt'), '-x', p('ms.Ed.minisig')], { stdio: 'pipe' });
    expect((await verifyFile(p('payload.bin'), r('ms.ED.minisig'), pub, { expectVersion: '9.9.9' })).algorithm).toBe('ED');
    expect((await verifyFile(p('tiny.txt'), r('ms.Ed.minisig'), pub)).algorithm).toBe('Ed');
  });

  it('a key from minisign -G with a password (fed on stdin) loads and signs; minisign verifies the result', async () => {
    execFileSync(minisign!, ['-G', '-f', '-p', p('pw.pub'), '-s', p('pw.key')], { input: 'hunter2-interop\nhunter2-interop\n', stdio: ['pipe', 'pipe', 'pipe'] });
    const key = await loadSigningKey(r('pw.key'), 'hunter2-interop');
    expect(key.publicKeyText).toBe(r('pw.pub'));
    copyFileSync(p('tiny.txt'), p('pw.txt'));
    await signFiles({ files: ['pw.txt'], cwd: dir, key, publicKey: r('pw.pub'), checksums: false });
    expect(run(minisign!, ['-V', '-H', '-p', p('pw.pub'), '-m', p('pw.txt')]).code).toBe(0);
  }, 240_000); // two 1 GiB scrypt derivations (minisign's limits); wrong passwords: test/signing/minisign/ed25519.test.ts

  it('an encrypted key from our keygen works in minisign -S (password on stdin); unencrypted with -W', async () => {
    const enc = await generateKeyPair('our-pass', { opslimit: 524288, memlimit: 16777216 });
    w('ours.key', enc.secretKey);
    w('ours.pub', enc.publicKey);
    const s = run(minisign!, ['-S', '-s', p('ours.key'), '-m', p('tiny.txt'), '-x', p('ours.minisig')], 'our-pass\n');
    expect(s.code).toBe(0);
    expect(run(minisign!, ['-V', '-p', p('ours.pub'), '-m', p('tiny.txt'), '-x', p('ours.minisig')]).code).toBe(0);
    expect(run(minisign!, ['-S', '-s', p('ours.key'), '-m', p('tiny.txt'), '-x', p('bad.minisig')], 'not-our-pass\n').code).not.toBe(0);
    const plain = await generateKeyPair();
    w('plain.key', plain.secretKey);
    w('plain.pub', plain.publicKey);
    expect(run(minisign!, ['-S', '-W', '-s', p('plain.key'), '-m', p('tiny.txt'), '-x', p('plain.minisig')]).code).toBe(0);
    expect(run(minisign!, ['-V', '-p', p('plain.pub'), '-m', p('tiny.txt'), '-x', p('plain.minisig')]).code).toBe(0);
    expect((await verifyFile(p('tiny.txt'), r('plain.minisig'), plain.publicKey)).keyIdHex).toBe(plain.keyIdHex);
  });

  describe('a one-byte change fails every verifier', () => {
    let sig: string;
    beforeAll(async () => {
      w('t.bin', 'the release artefact\n');
      await signFiles({ files: ['t.bin'], cwd: dir, privateKey: r('mk.key'), checksums: false, version: '1.0.0' });
      sig = r('t.bin.minisig');
    });
    const cases: Array<[string, () => { file: string; sig: string; pub: string }]> = [
      ['file', () => ({ file: 'the release artefacT\n', sig, pub })],
      ['signature', () => ({ file: 'the release artefact\n', sig: flip(sig, 1, 40), pub })],
      ['trusted comment', () => ({ file: 'the release artefact\n', sig: sig.replace('version:1.0.0', 'version:1.0.1'), pub })],
      ['global signature', () => ({ file: 'the release artefact\n', sig: flip(sig, 3, 20), pub })],
      ['public key', () => ({ file: 'the release artefact\n', sig, pub: flip(pub, 1, 30) })],
    ];
    it.each(cases)('%s', async (_, make) => {
      const c = make();
      w('m.bin', c.file);
      w('m.bin.minisig', c.sig);
      w('m.pub', c.pub);
      expect(run(minisign!, ['-V', '-p', p('m.pub'), '-m', p('m.bin')]).code).not.toBe(0);
      await expect(verifyFile(p('m.bin'), c.sig, c.pub)).rejects.toThrow();
      // Sanity: the unmodified triple passes both.
      w('ok.bin', 'the release artefact\n');
      w('ok.bin.minisig', sig);
      expect(run(minisign!, ['-V', '-p', p('mk.pub'), '-m', p('ok.bin')]).code).toBe(0);
    });
  });
});

describe.runIf(minisign && signify)('signify interop (legacy Ed)', () => {
  let pub: string;
  let sig: string;
  const content = 'signify me\n';
  beforeAll(async () => {
    execFileSync(minisign!, ['-G', '-W', '-f', '-p', p('sk.pub'), '-s', p('sk.key')], { cwd: dir, stdio: 'pipe' });
    pub = r('sk.pub');
    w('s.txt', content);
    await signFiles({ files: ['s.txt'], cwd: dir, privateKey: r('sk.key'), algorithm: 'Ed', checksums: false });
    sig = r('s.txt.minisig');
  });

  it('signify -V accepts our legacy Ed signature and rejects our ED one', async () => {
    expect(run(signify!, ['-V', '-p', p('sk.pub'), '-x', p('s.txt.minisig'), '-m', p('s.txt')]).code).toBe(0);
    w('e.txt', content);
    await signFiles({ files: ['e.txt'], cwd: dir, privateKey: r('sk.key'), checksums: false });
    const v = run(signify!, ['-V', '-p', p('sk.pub'), '-x', p('e.txt.minisig'), '-m', p('e.txt')]);
    expect(v.code).not.toBe(0);
    expect(v.out).toMatch(/unsupported/);
  });

  it.each([
    ['file', () => ({ file: 'signify mE\n', sig, pub })],
    ['signature', () => ({ file: content, sig: flip(sig, 1, 40), pub })],
    ['public key', () => ({ file: content, sig, pub: flip(pub, 1, 30) })],
  ])('a one-byte change to the %s fails signify, minisign and ours', async (_, make) => {
    const c = make();
    w('sm.txt', c.file);
    w('sm.txt.minisig', c.sig);
    w('sm.pub', c.pub);
    expect(run(signify!, ['-V', '-p', p('sm.pub'), '-x', p('sm.txt.minisig'), '-m', p('sm.txt')]).code).not.toBe(0);
    expect(run(minisign!, ['-V', '-p', p('sm.pub'), '-m', p('sm.txt')]).code).not.toBe(0);
    await expect(verifyFile(p('sm.txt'), c.sig, c.pub)).rejects.toThrow();
  });
});
