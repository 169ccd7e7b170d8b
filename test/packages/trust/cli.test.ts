/**
 * `relforge trust init|rotate|sign|canonical|verify` and `relforge verify-package --trust-root --roots`, run
 * in-process; the real minisign binary makes keys and signs the canonical bytes (the plain-minisign path of
 * docs/key-rotation.md), and is the independent check of what relforge signs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes, scryptSync } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import trustCmd from '../../../src/cli/trust.js';
import verifyPackageCmd from '../../../src/cli/verify-package.js';
import { runCommand } from '../../../src/cli/args.js';
import { formatPublicKey, parsePublicKey, parseSecretKey, openSecretKey, publicKeyFromSeed, scryptParams, sealSecretKey, signMessage } from '../../../src/signing/minisign/core/format.js';
import { loadSigningKey } from '../../../src/signing/minisign/keys.js';
import { manifestTrustedComment, serializeManifest, type PackagesManifest } from '../../../src/packages/core/manifest.js';
import { canonicalJson } from '../../../src/packages/core/manifest.js';
import { requireTool } from '../../helpers/tools.js';

const minisign = requireTool('minisign', 'apt-get install minisign');
const ENV: Record<string, string> = {};
const trust = (argv: string[]) => runCommand(trustCmd, argv, ENV);
const verifyPackage = (argv: string[]) => runCommand(verifyPackageCmd, argv, ENV);
let dir: string;
let out: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'relforge-trust-cli-'));
  out = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** A minisign key pair made by the real minisign (no password). */
function minisignKey(name: string): { pub: string; key: string } {
  const pub = join(dir, `${name}.pub`);
  const key = join(dir, `${name}.key`);
  execFileSync(minisign!, ['-G', '-W', '-p', pub, '-s', key], { stdio: 'pipe' });
  return { pub, key };
}

/** A password-encrypted minisign key with small scrypt limits (same format as minisign's; opens fast). */
function encryptedKey(name: string, password: string): { pub: string; key: string; secretLine: string } {
  const plain = minisignKey(`${name}-plain`);
  const m = openSecretKey(parseSecretKey(readFileSync(plain.key, 'utf8')));
  const salt = randomBytes(32);
  const opslimit = 1 << 16;
  const memlimit = 1 << 24;
  const { N, r, p, maxmem } = scryptParams(opslimit, memlimit);
  const stream = scryptSync(Buffer.from(password), salt, 104, { N, r, p, maxmem });
  const text = sealSecretKey(m, { salt, opslimit, memlimit, stream });
  const key = join(dir, `${name}.key`);
  writeFileSync(key, text);
  rmSync(plain.key);
  return { pub: plain.pub, key, secretLine: text.split('\n')[1]! };
}

async function manifestFor(releaseKeyFile: string, pkgPath: string): Promise<{ manifest: string; sig: string }> {
  const key = await loadSigningKey(readFileSync(releaseKeyFile, 'utf8'));
  const bytes = readFileSync(pkgPath);
  const m: PackagesManifest = {
    schema: 'relforge.packages/v1',
    product: 'agent',
    version: '2.0.0',
    channel: 'stable',
    commit: '',
    created: '2026-01-01T00:00:00Z',
    keyId: key.keyIdHex,
    packages: [
      {
        platform: 'linux-x86_64',
        file: 'agent-linux-x86_64',
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        url: 'https://updates.example.com/agent/2.0.0/agent-linux-x86_64',
        signatures: { minisign: signMessage(key.privateKey, key.keyId, bytes, { trustedComment: 'version:2.0.0\tfile:agent-linux-x86_64' }) },
      },
    ],
  };
  const text = serializeManifest(m);
  return { manifest: text, sig: signMessage(key.privateKey, key.keyId, Buffer.from(text), { trustedComment: manifestTrustedComment(m) }) };
}

describe('relforge trust', () => {
  it('init → sign (relforge, encrypted key) + sign (plain minisign) → verify → rotate the release key → agents follow; single-key clients keep working; no secret printed', async () => {
    const password = 'root-a-password-never-printed';
    ENV.ROOT_A_PW = password;
    const a = encryptedKey('root-a', password);
    const b = minisignKey('root-b');
    const r1 = minisignKey('release-1');
    const r2 = minisignKey('release-2');
    const roots = join(dir, 'roots');
    mkdirSync(roots);
    const one = join(roots, '1.root.json');

    expect(await trust(['init', '--product', 'agent', '--root-keys', `${a.pub},${b.pub}`, '--root-threshold', '2', '--release-keys', r1.pub, '--expires-in', '365d', '--out', one])).toBe(0);
    expect(out.join('\n')).toMatch(/UNSIGNED/);
    // Unsigned: an agent refuses it as its shipped root.
    expect(await trust(['verify', '--trust-root', one])).toBe(20);
    expect(out.at(-1)).toMatch(/refused \(root-threshold\)/);

    expect(await trust(['sign', one, '--private-key-file', a.key, '--password-env', 'ROOT_A_PW'])).toBe(0);
    const afterA = readFileSync(one);
    expect(await trust(['sign', one, '--private-key-file', a.key, '--password-env', 'ROOT_A_PW'])).toBe(0);
    expect(out.at(-1)).toMatch(/already carries a valid signature/);
    expect(readFileSync(one).equals(afterA)).toBe(true); // idempotent for the same key

    // Root key B signs with plain minisign over the canonical bytes.
    const canon = join(dir, 'canon-1');
    expect(await trust(['canonical', one, '--out', canon])).toBe(0);
    expect(readFileSync(canon, 'utf8')).toBe(canonicalJson(JSON.parse(readFileSync(one, 'utf8')).signed));
    // docs/key-rotation.md: jq -S .signed gives the same bytes.
    const jq = requireTool('jq', 'apt-get install jq');
    if (jq) expect(execFileSync(jq, ['-S', '.signed', one]).equals(readFileSync(canon))).toBe(true);
    execFileSync(minisign!, ['-S', '-s', b.key, '-m', canon, '-x', `${canon}.minisig`], { stdio: 'pipe' });
    expect(await trust(['sign', one, '--signature', `${canon}.minisig`])).toBe(0);
    // minisign itself accepts relforge's signature by A over the same bytes.
    const env1 = JSON.parse(readFileSync(one, 'utf8')) as { signatures: { keyId: string; minisig: string }[] };
    const aId = parsePublicKey(readFileSync(a.pub, 'utf8')).keyIdHex;
    writeFileSync(`${canon}.a.minisig`, env1.signatures.find((s) => s.keyId === aId)!.minisig);
    execFileSync(minisign!, ['-V', '-p', a.pub, '-m', canon, '-x', `${canon}.a.minisig`], { stdio: 'pipe' });

    const shipped = join(dir, 'shipped.root.json');
    copyFileSync(one, shipped);
    expect(await trust(['verify', '--trust-root', shipped, '--roots', roots, '--json'])).toBe(0);
    const v1 = JSON.parse(out.at(-1)!) as { version: number; releaseKeyIds: string[]; expires: string };
    expect(v1.version).toBe(1);
    expect(v1.releaseKeyIds).toEqual([parsePublicKey(readFileSync(r1.pub, 'utf8')).keyIdHex]);

    // Rotate the release key R1 → R2 (root keys unchanged): root 2, signed by A and B.
    expect(await trust(['rotate', '--from', one, '--release-keys', r2.pub, '--expires-in', '30d'])).toBe(0);
    const two = join(roots, '2.root.json');
    expect(existsSync(two)).toBe(true);
    expect(await trust(['sign', two, '--private-key-file', a.key, '--password-env', 'ROOT_A_PW'])).toBe(0);
    expect(await trust(['verify', '--trust-root', shipped, '--roots', roots])).toBe(20); // 1 of 2
    expect(out.at(-1)).toMatch(/refused \(root-threshold\)/);
    expect(await trust(['canonical', two, '--out', join(dir, 'canon-2')])).toBe(0);
    execFileSync(minisign!, ['-S', '-s', b.key, '-m', join(dir, 'canon-2'), '-x', join(dir, 'canon-2.minisig')], { stdio: 'pipe' });
    expect(await trust(['sign', two, '--signature', join(dir, 'canon-2.minisig')])).toBe(0);
    expect(await trust(['verify', '--trust-root', shipped, '--roots', roots])).toBe(0);
    expect(out.at(-2)).toMatch(/^trusted: root 2 of agent \(walked 2\), expires 20\d\d-/);

    // A release key cannot sign a root.
    await expect(trust(['sign', two, '--private-key-file', r2.key])).rejects.toThrow(/not a root key/);

    // The release workflow publishes manifest.json + .minisig signed by R2.
    const pkg = join(dir, 'agent-linux-x86_64');
    writeFileSync(pkg, 'agent 2.0.0\n');
    const m = await manifestFor(r2.key, pkg);
    writeFileSync(join(dir, 'manifest.json'), m.manifest);
    writeFileSync(join(dir, 'manifest.json.minisig'), m.sig);
    const common = ['--manifest', join(dir, 'manifest.json'), '--product', 'agent', '--platform', 'linux-x86_64', '--installed', '1.0.0', '--file', pkg];
    // An agent that shipped root 1 follows the rotation.
    expect(await verifyPackage([...common, '--trust-root', shipped, '--roots', roots])).toBe(0);
    // An agent pinned to R1 is refused; one pinned to R2 (single-key client) keeps working on the same files.
    expect(await verifyPackage([...common, '--public-key', r1.pub])).toBe(20);
    expect(out.at(-1)).toMatch(/refused \(wrong-key\)/);
    expect(await verifyPackage([...common, '--public-key', r2.pub])).toBe(0);
    // Without the newer root, the shipped root's release key R1 is all the agent trusts.
    expect(await verifyPackage([...common, '--trust-root', shipped])).toBe(20);
    await expect(verifyPackage([...common, '--trust-root', shipped, '--public-key', r2.pub])).rejects.toMatchObject({ exitCode: 2 });

    const all = out.join('\n');
    expect(all).not.toContain(password);
    expect(all).not.toContain(a.secretLine);
    for (const k of [b.key, r1.key, r2.key]) expect(all).not.toContain(readFileSync(k, 'utf8').split('\n')[1]!);
    delete ENV.ROOT_A_PW;
  }, 60_000);

  it('a wrong password is refused without echoing it or the key', async () => {
    const a = encryptedKey('root-a', 'right-password');
    const r = minisignKey('release');
    const one = join(dir, '1.root.json');
    expect(await trust(['init', '--product', 'agent', '--root-keys', a.pub, '--root-threshold', '1', '--release-keys', r.pub, '--expires-in', '1d', '--out', one])).toBe(0);
    ENV.WRONG_PW = 'wrong-password-secret-text';
    const err = await trust(['sign', one, '--private-key-file', a.key, '--password-env', 'WRONG_PW']).then(() => undefined, (e: Error) => e);
    delete ENV.WRONG_PW;
    expect(err?.message).toMatch(/--password-file \(or --password-env\) is wrong: it does not open the minisign secret key/);
    expect(`${err?.message}\n${out.join('\n')}`).not.toContain('wrong-password-secret-text');
    expect(`${err?.message}\n${out.join('\n')}`).not.toContain(a.secretLine);
  });

  it('init refuses two different keys with one minisign key id, a key in both roles, and a threshold above the key count', async () => {
    const a = minisignKey('a');
    const r = minisignKey('r');
    const pa = parsePublicKey(readFileSync(a.pub, 'utf8'));
    const other = publicKeyFromSeed(randomBytes(32));
    const twin = join(dir, 'twin.pub');
    writeFileSync(twin, formatPublicKey(pa.keyId, other));
    await expect(trust(['init', '--product', 'agent', '--root-keys', `${a.pub},${twin}`, '--root-threshold', '1', '--release-keys', r.pub, '--expires-in', '1d', '--out', join(dir, 'x.json')])).rejects.toThrow(/share the minisign key id/);
    await expect(trust(['init', '--product', 'agent', '--root-keys', a.pub, '--root-threshold', '1', '--release-keys', a.pub, '--expires-in', '1d', '--out', join(dir, 'y.json')])).rejects.toThrow(/in both the root and the release role/);
    await expect(trust(['init', '--product', 'agent', '--root-keys', a.pub, '--root-threshold', '2', '--release-keys', r.pub, '--expires-in', '1d', '--out', join(dir, 'z.json')])).rejects.toThrow(/threshold must be a whole number from 1 to 1/);
    await expect(trust(['init', '--product', 'agent', '--root-keys', a.pub, '--root-threshold', '1', '--release-keys', r.pub, '--expires-in', 'soon', '--out', join(dir, 'w.json')])).rejects.toThrow(/--expires-in "soon" is not a duration/);
  });

  it('rotation of the root keys themselves: root 2 needs the old keys\' threshold (sign --from) and its own', async () => {
    const a = minisignKey('a');
    const b = minisignKey('b');
    const c = minisignKey('c');
    const r = minisignKey('r');
    const roots = join(dir, 'roots');
    mkdirSync(roots);
    const one = join(roots, '1.root.json');
    expect(await trust(['init', '--product', 'agent', '--root-keys', `${a.pub},${b.pub}`, '--root-threshold', '2', '--release-keys', r.pub, '--expires-in', '10d', '--out', one])).toBe(0);
    for (const k of [a, b]) expect(await trust(['sign', one, '--private-key-file', k.key])).toBe(0);
    // Root 2: root keys replaced by C alone (1 of 1).
    expect(await trust(['rotate', '--from', one, '--root-keys', c.pub, '--root-threshold', '1', '--expires-in', '10d'])).toBe(0);
    const two = join(roots, '2.root.json');
    await expect(trust(['sign', two, '--private-key-file', a.key])).rejects.toThrow(/not a root key of root 2/);
    expect(await trust(['sign', two, '--private-key-file', a.key, '--from', one])).toBe(0);
    expect(await trust(['sign', two, '--private-key-file', c.key])).toBe(0);
    expect(await trust(['verify', '--trust-root', one, '--roots', roots])).toBe(20); // old threshold 2, only A
    expect(out.at(-1)).toMatch(/root-threshold.*previous root/);
    expect(await trust(['sign', two, '--private-key-file', b.key, '--from', one])).toBe(0);
    expect(await trust(['verify', '--trust-root', one, '--roots', roots])).toBe(0);
    // Root 3 needs only the new key C now; the old keys A, B can no longer move the chain.
    expect(await trust(['rotate', '--from', two, '--expires-in', '10d'])).toBe(0);
    const three = join(roots, '3.root.json');
    await expect(trust(['sign', three, '--private-key-file', a.key, '--from', two])).rejects.toThrow(/not a root key/);
    expect(await trust(['sign', three, '--private-key-file', c.key, '--from', two])).toBe(0);
    expect(await trust(['verify', '--trust-root', one, '--roots', roots, '--json'])).toBe(0);
    expect(JSON.parse(out.at(-1)!)).toMatchObject({ trusted: true, version: 3, walked: [2, 3] });

    // A gap in a directory (3 present, 2 missing) is refused, not silently ignored.
    renameSync(two, join(dir, 'moved.json'));
    expect(await trust(['verify', '--trust-root', one, '--roots', roots])).toBe(20);
    expect(out.at(-1)).toMatch(/refused \(root-gap\).*no 2\.root\.json/);
  });

  describe('roots from a URL template', () => {
    let server: Server;
    let base: string;
    const served: Record<string, { status: number; body: string }> = {};
    beforeEach(async () => {
      server = createServer((req, res) => {
        const hit = served[req.url ?? ''];
        res.writeHead(hit?.status ?? 404, { 'content-type': 'application/json' });
        res.end(hit?.body ?? '{"message":"not found"}');
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      for (const k of Object.keys(served)) delete served[k];
    });
    afterEach(async () => {
      await new Promise<void>((r) => server.close(() => r()));
    });

    it('walks N+1 until a 404; a 500 is an error, never "no newer root"; http to a non-loopback host is refused', async () => {
      const a = minisignKey('a');
      const r = minisignKey('r');
      const r2 = minisignKey('r2');
      const one = join(dir, '1.root.json');
      expect(await trust(['init', '--product', 'agent', '--root-keys', a.pub, '--root-threshold', '1', '--release-keys', r.pub, '--expires-in', '10d', '--out', one])).toBe(0);
      expect(await trust(['sign', one, '--private-key-file', a.key])).toBe(0);
      expect(await trust(['rotate', '--from', one, '--release-keys', r2.pub, '--expires-in', '10d'])).toBe(0);
      const two = join(dir, '2.root.json');
      expect(await trust(['sign', two, '--private-key-file', a.key])).toBe(0);
      served['/roots/2.root.json'] = { status: 200, body: readFileSync(two, 'utf8') };
      const template = `${base}/roots/{version}.root.json`;
      expect(await trust(['verify', '--trust-root', one, '--roots', template, '--json'])).toBe(0);
      expect(JSON.parse(out.at(-1)!)).toMatchObject({ version: 2, releaseKeyIds: [parsePublicKey(readFileSync(r2.pub, 'utf8')).keyIdHex] });
      served['/roots/3.root.json'] = { status: 200, body: ' '.repeat(300 * 1024) };
      expect(await trust(['verify', '--trust-root', one, '--roots', template])).toBe(20);
      expect(out.at(-1)).toMatch(/refused \(invalid-root\).*larger than 262144 bytes/);
      served['/roots/3.root.json'] = { status: 500, body: 'boom' };
      await expect(trust(['verify', '--trust-root', one, '--roots', template])).rejects.toThrow(/Cannot fetch root 3: .*HTTP 500/);
      await expect(trust(['verify', '--trust-root', one, '--roots', 'http://updates.example.com/roots/{version}.root.json'])).rejects.toThrow(/https/);
      await expect(trust(['verify', '--trust-root', one, '--roots', `${base}/roots/latest.root.json`])).rejects.toThrow(/\{version\}/);
    }, 60_000);
  });
});
