/**
 * The Ed25519 adapter: key loading, signFiles (fail-closed, checksums, workers, re-runs), verifyFile.
 * Expectations come from Node's crypto used directly (independent of src/core) and from minisign fixtures.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash, createPublicKey, generateKeyPairSync, randomBytes, verify } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkKeyPin,
  generateKeyPair,
  loadSigningKey,
  signBuffer,
  signFile,
  signFiles,
  verifyBuffer,
  verifyFile,
  verifyRawFile,
  RAW_SIZE_LIMIT,
} from '../../../src/signing/minisign/signer.js';
import { RelforgeError } from '../../../src/platform/errors.js';
import { parseValues } from '../../../src/platform/options.js';
import { signEd25519Schema, signFilesOptions } from '../../../src/signing/minisign/options.js';

const FIX = join(import.meta.dirname, '..', '..', 'fixtures', 'minisign');
const fx = (name: string) => readFileSync(join(FIX, name), 'utf8');
const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
/** Fast scrypt limits for keys made in tests (minisign accepts any limits stored in the key). */
const FAST = { opslimit: 524288, memlimit: 16777216 };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'relforge-ed25519-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: Buffer | string): string {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
}

/** Independent check of a minisign ED signature with Node crypto only (no src code). */
function independentVerifyED(file: Buffer, sigText: string, rawPub: Buffer): boolean {
  const [, b64, tcLine, g] = sigText.trimEnd().split('\n');
  const blob = Buffer.from(b64!, 'base64');
  const key = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), rawPub]), format: 'der', type: 'spki' });
  const digest = createHash('blake2b512').update(file).digest();
  const sig = blob.subarray(10);
  const tc = tcLine!.slice('trusted comment: '.length);
  return (
    blob.subarray(0, 2).toString() === 'ED' &&
    verify(null, digest, key, sig) &&
    verify(null, Buffer.concat([sig, Buffer.from(tc)]), key, Buffer.from(g!, 'base64'))
  );
}

const rawPubOf = (pubText: string) => Buffer.from(pubText.trim().split('\n').pop()!, 'base64').subarray(10);

describe('loadSigningKey', () => {
  it('loads an unencrypted minisign key (fixture from minisign -G -W)', async () => {
    const k = await loadSigningKey(fx('k.key'));
    expect(k.keyIdHex).toBe('A884C97F86A78DF5');
    expect(k.publicKeyText).toBe(fx('k.pub'));
  });

  it('loads a Tauri-style key (base64 of the whole key file)', async () => {
    const k = await loadSigningKey(Buffer.from(fx('k.key')).toString('base64'));
    expect(k.keyIdHex).toBe('A884C97F86A78DF5');
  });

  it('loads a PKCS#8 PEM and a base64 seed of the same key to the same public key', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const seed = Buffer.from(privateKey.export({ format: 'jwk' }).d!, 'base64url');
    const rawPub = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
    const a = await loadSigningKey(pem);
    const b = await loadSigningKey(seed.toString('base64'));
    const c = await loadSigningKey(Buffer.concat([seed, rawPub]).toString('base64'));
    for (const k of [a, b, c]) expect(k.publicKey.equals(rawPub)).toBe(true);
    expect(a.keyIdHex).toBe(b.keyIdHex);
    expect(a.source).toBe('pkcs8');
    expect(b.source).toBe('seed');
  });

  it('loads an encrypted key with the right password and refuses a wrong or missing one', async () => {
    const pair = await generateKeyPair('correct horse', FAST);
    const k = await loadSigningKey(pair.secretKey, 'correct horse');
    expect(k.publicKeyText).toBe(pair.publicKey);
    await expect(loadSigningKey(pair.secretKey, 'wrong horse')).rejects.toThrow(/Input "password" is wrong/);
    await expect(loadSigningKey(pair.secretKey)).rejects.toThrow(/Input "password" is needed: the minisign secret key is encrypted/);
  });

  it('opens a key encrypted with the empty password without a password (Tauri default)', async () => {
    // generateKeyPair('') writes an unencrypted key, so seal one with '' via the core directly.
    const { sealSecretKey, scryptParams, publicKeyFromSeed } = await import('../../../src/signing/minisign/core/format.js');
    const { scryptSync } = await import('node:crypto');
    const seed = randomBytes(32);
    const salt = randomBytes(32);
    const { N, r, p, maxmem } = scryptParams(FAST.opslimit, FAST.memlimit);
    const text = sealSecretKey({ keyId: randomBytes(8), seed, publicKey: publicKeyFromSeed(seed) }, { salt, ...FAST, stream: scryptSync('', salt, 104, { N, r, p, maxmem }) });
    expect((await loadSigningKey(text)).publicKey.equals(publicKeyFromSeed(seed))).toBe(true);
  });

  it.each([
    ['empty', '', /empty/],
    ['garbage', 'hello world', /not recognised/],
    ['short seed', randomBytes(16).toString('base64'), /16 bytes/],
    ['RSA PEM', generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), /rsa/],
    ['inconsistent 64-byte key', randomBytes(64).toString('base64'), /inconsistent/],
  ])('rejects a %s key without echoing it', async (_, material, msg) => {
    const err = await loadSigningKey(material).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RelforgeError);
    expect((err as Error).message).toMatch(msg);
    if (material.length > 8) {
      for (const line of material.split('\n').filter((l) => l.length > 8)) expect((err as Error).message).not.toContain(line);
    }
  });

  it('pins the public key: mismatch fails; PEM keys adopt the pinned key id', async () => {
    const k = await loadSigningKey(fx('k.key'));
    expect(() => checkKeyPin(k, fx('e.pub'))).toThrow(/does not belong/);
    expect(checkKeyPin(k, fx('k.pub')).keyIdHex).toBe('A884C97F86A78DF5');
    const pemKey = await loadSigningKey(generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());
    const { formatPublicKey } = await import('../../../src/signing/minisign/core/format.js');
    const pin = formatPublicKey(Buffer.from('0102030405060708', 'hex'), pemKey.publicKey);
    expect(checkKeyPin(pemKey, pin).keyIdHex).toBe('0807060504030201');
  });
});

describe('signFile / signBuffer / verify', () => {
  it('signs a file that an independent Ed25519 check accepts and verifyFile accepts', async () => {
    const k = await loadSigningKey(fx('k.key'));
    const data = randomBytes(3 * 1024 * 1024 + 17);
    const p = write('blob.bin', data);
    const r = await signFile(p, k, { trustedComment: 'version:2.0.0\tfile:blob.bin' });
    expect(r.sha256).toBe(sha256(data));
    expect(r.size).toBe(data.length);
    expect(independentVerifyED(data, r.signature, rawPubOf(fx('k.pub')))).toBe(true);
    expect((await verifyFile(p, r.signature, fx('k.pub'), { expectVersion: '2.0.0' })).trustedComment).toContain('version:2.0.0');
    await expect(verifyFile(p, r.signature, fx('k.pub'), { expectVersion: '1.9.0' })).rejects.toThrow(/rollback/);
    await expect(verifyFile(p, r.signature, fx('e.pub'))).rejects.toThrow(/different key/);
  });

  it('verifies minisign-made signatures (ED and legacy Ed) of the fixture file', async () => {
    const p = join(FIX, 'hello.txt');
    expect((await verifyFile(p, fx('hello.ED.minisig'), fx('k.pub'))).trustedComment).toBe('tc here');
    expect((await verifyFile(p, fx('hello.Ed.minisig'), fx('k.pub'))).algorithm).toBe('Ed');
    await expect(verifyFile(p, fx('hello.Ed.minisig'), fx('k.pub'), { requirePrehashed: true })).rejects.toThrow(/Legacy/);
  });

  it('signBuffer / verifyBuffer round-trip (manifests)', async () => {
    const k = await loadSigningKey(fx('k.key'));
    const data = Buffer.from('{"version":"1.0.0"}');
    const sig = signBuffer(data, k, { trustedComment: 'version:1.0.0' });
    expect(verifyBuffer(data, sig, k.publicKeyText, { expectVersion: '1.0.0' }).keyIdHex).toBe('A884C97F86A78DF5');
    expect(() => verifyBuffer(Buffer.from('{"version":"1.0.1"}'), sig, k.publicKeyText)).toThrow(/does not match/);
  });
});

describe('signFiles', () => {
  it('signs several files (workers and main thread give the same result), writes a correct SHA256SUMS and signs it', async () => {
    const k = await loadSigningKey(fx('k.key'));
    const files = { 'a.bin': randomBytes(2_500_000), 'b.txt': Buffer.from('b\n'), 'sub/c.bin': randomBytes(1000) };
    for (const [n, c] of Object.entries(files)) write(n, c);
    const run = (workers: number) =>
      signFiles({ files: ['*.bin', 'b.txt', 'sub/*'], cwd: dir, key: k, version: '1.2.3', platform: 'linux-x86_64', now: 1700000000, workers });
    const r1 = await run(2);
    const sig1 = readFileSync(join(dir, 'a.bin.minisig'), 'utf8');
    const r2 = await run(0);
    expect(readFileSync(join(dir, 'a.bin.minisig'), 'utf8')).toBe(sig1);
    expect(r2.signatures).toEqual(r1.signatures);
    expect(r1.signatures.map((s) => s.file)).toEqual([join(dir, 'a.bin'), join(dir, 'b.txt'), join(dir, 'sub/c.bin')]);
    for (const s of r1.signatures) {
      const content = readFileSync(s.file);
      expect(s.sha256).toBe(sha256(content));
      expect(s.size).toBe(content.length);
      expect(s.keyId).toBe('A884C97F86A78DF5');
      expect(independentVerifyED(content, readFileSync(s.signature, 'utf8'), k.publicKey)).toBe(true);
    }
    expect(sig1.split('\n')[2]).toBe('trusted comment: version:1.2.3\tfile:a.bin\tplatform:linux-x86_64\ttimestamp:1700000000');
    // SHA256SUMS lives in the first file's folder, names relative to it.
    expect(r1.checksumsFile).toBe(join(dir, 'SHA256SUMS'));
    const sums = readFileSync(join(dir, 'SHA256SUMS'), 'utf8');
    expect(sums).toBe(
      `${sha256(files['a.bin'])}  a.bin\n${sha256(files['b.txt'])}  b.txt\n${sha256(files['sub/c.bin'])}  sub/c.bin\n`,
    );
    expect(independentVerifyED(Buffer.from(sums), readFileSync(join(dir, 'SHA256SUMS.minisig'), 'utf8'), k.publicKey)).toBe(true);
  });

  it('re-running over dir/* skips its own outputs and converges to the same files', async () => {
    const k = await loadSigningKey(fx('k.key'));
    write('x.bin', 'x');
    write('y.bin', 'y');
    await signFiles({ files: ['*'], cwd: dir, key: k, now: 1 });
    const first = readdirSync(dir).sort();
    const logs: string[] = [];
    const r = await signFiles({ files: ['*'], cwd: dir, key: k, now: 1, log: (m) => logs.push(m) });
    expect(readdirSync(dir).sort()).toEqual(first);
    expect(first).toEqual(['SHA256SUMS', 'SHA256SUMS.minisig', 'x.bin', 'x.bin.minisig', 'y.bin', 'y.bin.minisig']);
    expect(r.signatures.map((s) => s.file)).toEqual([join(dir, 'x.bin'), join(dir, 'y.bin')]);
    expect(logs.filter((l) => l.startsWith('skipping')).length).toBe(4);
  });

  it('a temporary file left by a killed run is not signed by the next run over dir/*', async () => {
    const k = await loadSigningKey(fx('k.key'));
    write('x.bin', 'x');
    write('.x.bin.minisig.relforge-tmp-4242-0badc0de', 'half-written');
    const r = await signFiles({ files: ['*'], cwd: dir, key: k, now: 1, checksums: false });
    expect(r.signatures.map((s) => s.file)).toEqual([join(dir, 'x.bin')]);
    expect(readdirSync(dir).sort()).toEqual(['.x.bin.minisig.relforge-tmp-4242-0badc0de', 'x.bin', 'x.bin.minisig']);
  });

  it('checksums off: no SHA256SUMS, sha256 is null (the single read feeds BLAKE2b only), with and without workers', async () => {
    const k = await loadSigningKey(fx('k.key'));
    write('a.bin', 'a');
    write('b.bin', 'b');
    for (const workers of [0, 2]) {
      const r = await signFiles({ files: ['*.bin'], cwd: dir, key: k, checksums: false, workers });
      expect(r.signatures.map((s) => s.sha256)).toEqual([null, null]);
      expect(r.checksumsFile).toBeUndefined();
      expect(readdirSync(dir).sort()).toEqual(['a.bin', 'a.bin.minisig', 'b.bin', 'b.bin.minisig']);
    }
  });

  it('platform: inferred from the file name when not given, "none" leaves it out, unknown names have none', async () => {
    const k = await loadSigningKey(fx('k.key'));
    write('agent-linux-amd64', 'l');
    write('agent-Darwin-arm64.tar.gz', 'd');
    write('notes.txt', 'n');
    const tc = (n: string) => readFileSync(join(dir, `${n}.minisig`), 'utf8').split('\n')[2];
    await signFiles({ files: ['*'], cwd: dir, key: k, now: 5, version: '1.0.0', checksums: false });
    expect(tc('agent-linux-amd64')).toBe('trusted comment: version:1.0.0\tfile:agent-linux-amd64\tplatform:linux-x86_64\ttimestamp:5');
    expect(tc('agent-Darwin-arm64.tar.gz')).toContain('\tplatform:darwin-aarch64\t');
    expect(tc('notes.txt')).toBe('trusted comment: version:1.0.0\tfile:notes.txt\ttimestamp:5');
    await signFiles({ files: ['agent-linux-amd64'], cwd: dir, key: k, now: 5, platform: 'none', checksums: false });
    expect(tc('agent-linux-amd64')).toBe('trusted comment: file:agent-linux-amd64\ttimestamp:5');
  });

  it('verify: reread re-hashes every file from disk and still produces verifiable signatures', async () => {
    const k = await loadSigningKey(fx('k.key'));
    const data = randomBytes(1_500_000);
    write('r.bin', data);
    const r = await signFiles({ files: ['r.bin'], cwd: dir, key: k, reread: true, workers: 1 });
    expect(independentVerifyED(data, readFileSync(r.signatures[0]!.signature, 'utf8'), k.publicKey)).toBe(true);
  });

  it('output-dir collects signatures and SHA256SUMS (names relative to it)', async () => {
    const k = await loadSigningKey(fx('k.key'));
    write('dist/a.bin', 'a');
    const r = await signFiles({ files: ['dist/a.bin'], cwd: dir, key: k, outputDir: 'sigs' });
    expect(r.signatures[0]!.signature).toBe(join(dir, 'sigs', 'a.bin.minisig'));
    expect(readFileSync(join(dir, 'sigs', 'SHA256SUMS'), 'utf8')).toBe(`${sha256('a')}  ../dist/a.bin\n`);
    expect(existsSync(join(dir, 'dist', 'a.bin.minisig'))).toBe(false);
  });

  it('legacy Ed and raw formats produce signatures Node verifies over the raw bytes', async () => {
    const k = await loadSigningKey(fx('k.key'));
    const data = randomBytes(10_000);
    write('f.bin', data);
    await signFiles({ files: ['f.bin'], cwd: dir, key: k, format: 'raw', checksums: true });
    const raw = Buffer.from(readFileSync(join(dir, 'f.bin.sig'), 'utf8').trim(), 'base64');
    const pubKey = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), k.publicKey]), format: 'der', type: 'spki' });
    expect(raw.length).toBe(64);
    expect(verify(null, data, pubKey, raw)).toBe(true);
    expect(verify(null, readFileSync(join(dir, 'SHA256SUMS')), pubKey, Buffer.from(readFileSync(join(dir, 'SHA256SUMS.sig'), 'utf8'), 'base64'))).toBe(true);
    await verifyRawFile(join(dir, 'f.bin'), raw.toString('base64'), k.publicKeyText);
    await signFiles({ files: ['f.bin'], cwd: dir, key: k, algorithm: 'Ed', checksums: false });
    const ed = readFileSync(join(dir, 'f.bin.minisig'), 'utf8').split('\n');
    const blob = Buffer.from(ed[1]!, 'base64');
    expect(blob.subarray(0, 2).toString()).toBe('Ed');
    expect(verify(null, data, pubKey, blob.subarray(10))).toBe(true);
  });

  describe('fail-closed', () => {
    it('a key that does not match the pinned public key fails before anything is written', async () => {
      write('a.bin', 'a');
      await expect(signFiles({ files: ['a.bin'], cwd: dir, privateKey: fx('k.key'), publicKey: fx('e.pub') })).rejects.toThrow(/does not belong/);
      expect(readdirSync(dir)).toEqual(['a.bin']);
    });

    it('a missing key fails before the file list is even expanded', async () => {
      await expect(signFiles({ files: ['nothing-matches-*'], cwd: dir, privateKey: '' })).rejects.toThrow(/Input "private-key" is empty/);
    });

    it('zero matches is an error naming the input', async () => {
      await expect(signFiles({ files: ['*.exe'], cwd: dir, privateKey: fx('k.key') })).rejects.toThrow(/"files" matched no files/);
    });

    it('a failure on one file removes the signatures already written for the others', async () => {
      write('a.bin', 'small');
      const big = write('z.bin', '');
      truncateSync(big, RAW_SIZE_LIMIT + 1); // sparse: no disk use
      await expect(signFiles({ files: ['*.bin'], cwd: dir, privateKey: fx('k.key'), format: 'raw' })).rejects.toThrow(/512 MiB limit/);
      expect(readdirSync(dir).sort()).toEqual(['a.bin', 'z.bin']);
    });

    it.runIf(existsSync('/proc/uptime'))('a file whose bytes do not match its stat (here /proc/uptime: size 0, content not) fails verify-after-sign; nothing is left, workers included', async () => {
      write('a.bin', 'a');
      await expect(
        signFiles({ files: [join(dir, 'a.bin'), '/proc/uptime'], cwd: dir, privateKey: fx('k.key'), outputDir: dir, workers: 2, allowOutsideWorkspace: true }),
      ).rejects.toThrow(/uptime changed while it was being signed/);
      expect(readdirSync(dir)).toEqual(['a.bin']);
    });

    it('an earlier, committed run is not touched by a failing run', async () => {
      write('a.bin', 'a');
      await signFiles({ files: ['a.bin'], cwd: dir, privateKey: fx('k.key'), checksums: false });
      const before = readFileSync(join(dir, 'a.bin.minisig'), 'utf8');
      await expect(signFiles({ files: ['a.bin'], cwd: dir, privateKey: fx('k.key'), trustedComment: 'x'.repeat(9000) })).rejects.toThrow(/8192/);
      expect(readFileSync(join(dir, 'a.bin.minisig'), 'utf8')).toBe(before);
      expect(readdirSync(dir).sort()).toEqual(['a.bin', 'a.bin.minisig']);
    });
  });
});

describe('sign-ed25519 options (signEd25519Schema → signFilesOptions)', () => {
  const settings = (raw: Record<string, string>) => signFilesOptions(parseValues(signEd25519Schema, { files: 'a', 'private-key': 'k', ...raw }, 'action'), '/w');
  it('applies defaults', () => {
    const s = settings({});
    expect([s.format, s.algorithm, s.checksums, s.reread, s.workers, s.allowOutsideWorkspace]).toEqual(['minisign', 'ED', true, false, undefined, false]);
  });
  it('reports every problem at once, naming each input', () => {
    let err: unknown;
    try {
      settings({ files: '', 'private-key': '', format: 'pgp', checksums: 'maybe', workers: '-1', verify: 'never', algorithm: 'ed' });
    } catch (e) {
      err = e;
    }
    const msg = (err as Error).message;
    for (const name of ['"files"', '"private-key"', '"format"', '"checksums"', '"workers"', '"verify"', '"algorithm"']) expect(msg).toContain(`Input ${name}`);
    expect(() => settings({ 'public-key': 'junk', version: 'a\tb', platform: 'x\ny' })).toThrow(
      /Input "version" contains a tab[\s\S]*Input "platform" contains a line break[\s\S]*Input "public-key" is malformed/,
    );
  });
});
