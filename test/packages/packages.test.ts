import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { signBuffer, signFile } from '../../src/signing/minisign/signer.js';
import { giteaGenericTarget, httpTarget, mergeFragments, releaseTarget, resolvePackagesInput, stagePackages, uploadPackages, type UploadSettings } from '../../src/packages/upload-packages.js';
import { verifyPackage } from '../../src/packages/verify-package.js';
import { startUpdateServer, type UpdateServer } from '../../src/emulator/update-server.js';
import { requireTool } from '../helpers/tools.js';
import { keys, sha256, type Keys } from './fixtures.js';

const TOKEN = 'test-token-5f1c2a9e7b';
const PLATFORM_FILES: Record<string, string> = {
  'linux-x86_64': 'agent-linux-amd64',
  'windows-x86_64': 'agent_windows_x86_64.exe',
  'darwin-aarch64': 'agent-darwin-arm64',
};

let main: Keys;
let other: Keys;
let server: UpdateServer;
let work: string;

beforeAll(async () => {
  main = await keys();
  other = await keys();
});

beforeEach(async (ctx) => {
  work = mkdtempSync(join(tmpdir(), 'relforge-packages-test-'));
  server = await startUpdateServer({ token: TOKEN });
  ctx.onTestFinished(async () => {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  });
});

/** Writes random package files for a version and signs them (trusted comment binds version + platform). */
async function buildSet(version: string, opts: { dir?: string; platforms?: string[]; signer?: Keys; size?: number } = {}): Promise<string> {
  const dir = opts.dir ?? join(work, `dist-${version}`);
  mkdirSync(dir, { recursive: true });
  for (const platform of opts.platforms ?? Object.keys(PLATFORM_FILES)) {
    const file = join(dir, PLATFORM_FILES[platform]!);
    writeFileSync(file, randomBytes(opts.size ?? 4096));
    const sig = await signFile(file, (opts.signer ?? main).key, { trustedComment: `version:${version}\tfile:${PLATFORM_FILES[platform]}\tplatform:${platform}\ttimestamp:1700000000` });
    writeFileSync(`${file}.minisig`, sig.signature);
  }
  return dir;
}

function settings(dir: string, version: string, over: Partial<UploadSettings> = {}): UploadSettings {
  return {
    product: 'agent',
    version,
    publicKey: main.publicKey,
    key: main.key,
    packages: Object.values(PLATFORM_FILES)
      .filter((f) => existsSync(join(dir, f)))
      .map((f) => ({ path: join(dir, f) })),
    target: http(),
    outDir: join(work, `out-${version}-${randomBytes(3).toString('hex')}`),
    created: '2026-11-22T12:00:00Z',
    commit: 'c'.repeat(40),
    ...over,
  };
}

function http(over: { uploadUrl?: string; token?: string; readBack?: 'auto' | 'download' } = {}) {
  return httpTarget({ uploadUrl: `${server.url}/api/v1/packages/{product}/{version}/{platform}/{file}`, token: TOKEN, attempts: 1, baseDelayMs: 1, ...over });
}

const puts = () => server.requests.filter((r) => r.method === 'PUT');

describe('uploadPackages → http update server', () => {
  it('publishes a three-platform beta set, manifest last, and an agent accepts it', async () => {
    const dir = await buildSet('1.3.0-beta.2');
    const res = await uploadPackages(settings(dir, 'v1.3.0-beta.2', { requirePlatforms: ['linux-amd64', 'windows-x86_64', 'darwin-arm64'] }));
    expect(res.manifest.channel).toBe('beta');
    expect(res.manifest.version).toBe('1.3.0-beta.2');
    expect(res.manifest.keyId).toBe(main.keyIdHex);
    expect(res.manifest.packages.map((p) => p.platform)).toEqual(['darwin-aarch64', 'linux-x86_64', 'windows-x86_64']);

    // Every package is on the server with the local bytes; the manifest is the very last PUT.
    for (const [platform, file] of Object.entries(PLATFORM_FILES)) {
      const stored = server.files.get(`/api/v1/packages/agent/1.3.0-beta.2/${platform}/${file}`);
      expect(stored?.sha256).toBe(sha256(readFileSync(join(dir, file))));
      expect(server.files.has(`/api/v1/packages/agent/1.3.0-beta.2/${platform}/${file}.minisig`)).toBe(true);
    }
    const putPaths = puts().map((r) => r.path);
    expect(putPaths.at(-1)).toBe('/api/v1/packages/agent/1.3.0-beta.2/manifest.json');
    expect(putPaths.at(-2)).toBe('/api/v1/packages/agent/1.3.0-beta.2/manifest.signed.json');
    expect(putPaths.at(-3)).toBe('/api/v1/packages/agent/1.3.0-beta.2/manifest.json.minisig');
    expect(putPaths).toHaveLength(3 * 2 + 3);
    expect(res.manifestUrl).toBe(`${server.url}/api/v1/packages/agent/1.3.0-beta.2/manifest.json`);

    // The manifest as served verifies for an agent on beta.
    const served = server.read('/api/v1/packages/agent/1.3.0-beta.2/manifest.json');
    const sig = server.read('/api/v1/packages/agent/1.3.0-beta.2/manifest.json.minisig').toString();
    expect(served.equals(readFileSync(res.manifestPath))).toBe(true);
    const agent = await verifyPackage({ product: 'agent', manifest: served, signature: sig, publicKey: main.publicKey, platform: 'linux-amd64', installed: '1.3.0-beta.1' });
    expect(agent).toMatchObject({ action: 'install', exitCode: 0, version: '1.3.0-beta.2', channel: 'beta' });
    expect(agent.package?.url).toBe(`${server.url}/api/v1/packages/agent/1.3.0-beta.2/linux-x86_64/agent-linux-amd64`);
    // A stable agent does not follow beta by default.
    const stableAgent = await verifyPackage({ product: 'agent', manifest: served, signature: sig, publicKey: main.publicKey, platform: 'linux-x86_64', installed: '1.2.0' });
    expect(stableAgent).toMatchObject({ action: 'refuse', reason: 'channel-not-allowed', exitCode: 20 });
  });

  it('publishes a stable set and verifies a downloaded file', async () => {
    const dir = await buildSet('1.3.0');
    const res = await uploadPackages(settings(dir, '1.3.0', { baseUrl: 'https://updates.example.com/dl/{product}/{version}/{platform}/{file}' }));
    expect(res.manifest.channel).toBe('stable');
    expect(res.manifest.packages[0]!.url).toBe('https://updates.example.com/dl/agent/1.3.0/darwin-aarch64/agent-darwin-arm64');
    const manifest = readFileSync(res.manifestPath);
    const signature = readFileSync(res.manifestSignaturePath, 'utf8');
    const v = await verifyPackage({ product: 'agent', manifest, signature, publicKey: main.publicKey, platform: 'windows-x86_64', installed: '1.2.9', file: join(dir, PLATFORM_FILES['windows-x86_64']!) });
    expect(v).toMatchObject({ action: 'install', fileVerified: true });
    expect(await verifyPackage({ product: 'agent', manifest, signature, publicKey: main.publicKey, platform: 'windows-x86_64', installed: '1.3.0' })).toMatchObject({ action: 'up-to-date', exitCode: 10 });
    expect(await verifyPackage({ product: 'agent', manifest, signature, publicKey: main.publicKey, platform: 'linux-aarch64', installed: '1.2.0' })).toMatchObject({ action: 'refuse', reason: 'platform-missing' });
  });

  it('fails closed on a missing required platform, uploading nothing', async () => {
    const dir = await buildSet('1.3.0', { platforms: ['linux-x86_64', 'darwin-aarch64'] });
    await expect(uploadPackages(settings(dir, '1.3.0', { requirePlatforms: ['linux-x86_64', 'windows-x86_64', 'darwin-aarch64'] }))).rejects.toThrow(
      /Required platform windows-x86_64 is missing/,
    );
    expect(server.requests).toEqual([]);
  });

  it('fails closed on an unsigned package', async () => {
    const dir = await buildSet('1.3.0');
    unlinkSync(join(dir, 'agent-darwin-arm64.minisig'));
    await expect(uploadPackages(settings(dir, '1.3.0'))).rejects.toThrow(/agent-darwin-arm64 \(darwin-aarch64\) is unsigned/);
    expect(puts()).toEqual([]);
  });

  it('fails closed on a package signed by another key, and on a manifest key that is not the pinned one', async () => {
    const dir = await buildSet('1.3.0');
    const f = join(dir, 'agent-linux-amd64');
    writeFileSync(`${f}.minisig`, (await signFile(f, other.key, { trustedComment: 'version:1.3.0\tfile:agent-linux-amd64' })).signature);
    await expect(uploadPackages(settings(dir, '1.3.0'))).rejects.toThrow(new RegExp(`signed by key ${other.keyIdHex}, not by the pinned key ${main.keyIdHex}`));
    const dir2 = await buildSet('1.3.1');
    await expect(uploadPackages(settings(dir2, '1.3.1', { key: other.key }))).rejects.toThrow(/does not belong to the expected public key/);
    expect(puts()).toEqual([]);
  });

  it('refuses a package whose signature is for another version (rollback of a binary)', async () => {
    const dir = await buildSet('1.2.0');
    await expect(uploadPackages(settings(dir, '1.3.0'))).rejects.toThrow(/signed for version "1\.2\.0", not 1\.3\.0/);
  });

  it('refuses two files for one platform', async () => {
    const dir = await buildSet('1.3.0');
    const dup = join(dir, 'agent-linux-x86_64');
    writeFileSync(dup, 'x');
    writeFileSync(`${dup}.minisig`, (await signFile(dup, main.key, { trustedComment: 'version:1.3.0' })).signature);
    const s = settings(dir, '1.3.0');
    s.packages.push({ path: dup });
    await expect(uploadPackages(s)).rejects.toThrow(/Two files for platform linux-x86_64/);
  });

  it('detects bytes corrupted by the server on upload and never uploads the manifest', async () => {
    const dir = await buildSet('1.3.0');
    server.faults.corruptOnStore = (p) => p.endsWith('/agent_windows_x86_64.exe');
    await expect(uploadPackages(settings(dir, '1.3.0'))).rejects.toThrow(/Checksum mismatch after uploading agent_windows_x86_64\.exe/);
    expect([...server.files.keys()].some((p) => p.includes('manifest'))).toBe(false);
  });

  it('re-downloads when asked and catches a server that lies about its digest', async () => {
    const dir = await buildSet('1.3.0');
    server.faults.lieDigest = (p) => p.endsWith('/agent-linux-amd64');
    const s = settings(dir, '1.3.0', { target: http({ readBack: 'download' }) });
    await expect(uploadPackages(s)).rejects.toThrow(/Checksum mismatch after uploading agent-linux-amd64/);
    expect([...server.files.keys()].some((p) => p.includes('manifest'))).toBe(false);
  });

  it('verifies by re-download when the server sends no digest', async () => {
    const dir = await buildSet('1.3.0');
    server.faults.noDigest = true;
    const res = await uploadPackages(settings(dir, '1.3.0'));
    expect(res.files.every((f) => f.verifiedBy === 're-download')).toBe(true);
    expect(server.requests.filter((r) => r.method === 'GET').length).toBe(3 * 2 + 3);
  });

  it('an agent refuses bytes tampered with on the server after the upload', async () => {
    const dir = await buildSet('1.3.0');
    const res = await uploadPackages(settings(dir, '1.3.0'));
    const path = '/api/v1/packages/agent/1.3.0/linux-x86_64/agent-linux-amd64';
    server.tamper(path);
    const downloaded = join(work, 'downloaded');
    writeFileSync(downloaded, server.read(path));
    const v = await verifyPackage({ product: 'agent', manifest: readFileSync(res.manifestPath), signature: readFileSync(res.manifestSignaturePath, 'utf8'), publicKey: main.publicKey, platform: 'linux-x86_64', installed: '1.2.0', file: downloaded });
    expect(v).toMatchObject({ action: 'refuse', reason: 'package-hash-mismatch', exitCode: 20 });
  });

  it('converges when re-run after a failure in the middle', async () => {
    const dir = await buildSet('1.3.0');
    server.faults.failPut = (p) => (p.endsWith('/agent_windows_x86_64.exe') ? 500 : undefined);
    await expect(uploadPackages(settings(dir, '1.3.0'))).rejects.toThrow(/HTTP 500.*re-run the step/s);
    expect([...server.files.keys()].some((p) => p.includes('manifest'))).toBe(false);
    const before = new Map([...server.files].map(([p, f]) => [p, f.puts]));
    expect(before.size).toBeGreaterThan(0);
    server.faults.failPut = undefined;
    const res = await uploadPackages(settings(dir, '1.3.0'));
    // Files that made it the first time are skipped by content hash, not uploaded again.
    for (const [p, n] of before) expect(server.files.get(p)!.puts, p).toBe(n);
    expect(res.files.filter((f) => f.outcome === 'unchanged').map((f) => f.name).sort()).toEqual(
      [...before.keys()].map((p) => p.split('/').pop()!).sort(),
    );
    expect(server.files.size).toBe(3 * 2 + 3);
    // A third run changes nothing at all.
    const again = await uploadPackages(settings(dir, '1.3.0'));
    expect(again.files.every((f) => f.outcome === 'unchanged')).toBe(true);
  });

  it('replaces a same-name file whose bytes differ', async () => {
    const dir = await buildSet('1.3.0');
    await uploadPackages(settings(dir, '1.3.0'));
    await buildSet('1.3.0', { dir, platforms: ['linux-x86_64'] }); // rebuilt binary, new signature
    const res = await uploadPackages(settings(dir, '1.3.0'));
    expect(res.files.find((f) => f.name === 'agent-linux-amd64')!.outcome).toBe('replaced');
    expect(server.files.get('/api/v1/packages/agent/1.3.0/linux-x86_64/agent-linux-amd64')!.sha256).toBe(sha256(readFileSync(join(dir, 'agent-linux-amd64'))));
  });

  it('dry-run verifies and signs but sends nothing', async () => {
    const dir = await buildSet('1.3.0');
    const res = await uploadPackages(settings(dir, '1.3.0', { dryRun: true, target: http({ uploadUrl: `${server.url}/p/{product}/{version}/{platform}/{file}`, token: '' }) }));
    expect(res.dryRun).toBe(true);
    expect(res.files.every((f) => f.outcome === 'planned')).toBe(true);
    expect(existsSync(res.manifestPath)).toBe(true);
    expect(server.requests).toEqual([]);
  });

  it('keeps the token out of errors', async () => {
    const dir = await buildSet('1.3.0');
    const s = settings(dir, '1.3.0', { target: http({ token: 'wrong-token-b1946ac92492d2347c6235b4d2611184' }) });
    const err = await uploadPackages(s).catch((e: unknown) => e as Error);
    expect(String(err)).toMatch(/HTTP 401.*package-token/s);
    expect(String(err)).not.toContain('b1946ac92492');
    expect(String(err)).not.toContain(TOKEN);
  });

  it('refuses URL templates without {version} and plain-http hosts', async () => {
    const dir = await buildSet('1.3.0');
    await expect(uploadPackages(settings(dir, '1.3.0', { baseUrl: 'https://updates.example.com/latest/{platform}/{file}' }))).rejects.toThrow(/must contain \{version\}/);
    await expect(uploadPackages(settings(dir, '1.3.0', { target: http({ uploadUrl: 'http://updates.example.com/{version}/{platform}/{file}' }) }))).rejects.toThrow(/must use https/);
  });
});

describe('verifyPackage refuses', () => {
  async function published(version: string) {
    const dir = await buildSet(version);
    const res = await uploadPackages(settings(dir, version, { dryRun: true }));
    return { manifest: readFileSync(res.manifestPath), signature: readFileSync(res.manifestSignaturePath, 'utf8'), dir, res };
  }
  it('downgrades and replayed (rollback) manifests unless explicitly allowed', async () => {
    const old = await published('1.2.0');
    await published('1.3.0');
    // The agent runs 1.3.0; a mirror serves the old, validly signed 1.2.0 manifest.
    const v = await verifyPackage({ product: 'agent', ...old, publicKey: main.publicKey, platform: 'linux-x86_64', installed: '1.3.0' });
    expect(v).toMatchObject({ action: 'refuse', reason: 'downgrade', exitCode: 20 });
    expect(await verifyPackage({ product: 'agent', ...old, publicKey: main.publicKey, platform: 'linux-x86_64', installed: '1.3.0', allowDowngrade: true })).toMatchObject({ action: 'install' });
    // Prerelease → its own stable is an upgrade; stable → an rc of the same version is a downgrade.
    const rc = await published('1.3.0-rc.1');
    expect(await verifyPackage({ product: 'agent', ...rc, publicKey: main.publicKey, platform: 'linux-x86_64', installed: '1.3.0', channels: ['stable', 'rc'] })).toMatchObject({ reason: 'downgrade' });
    expect(await verifyPackage({ product: 'agent', ...rc, publicKey: main.publicKey, platform: 'linux-x86_64', installed: '1.3.0-beta.4', channels: ['rc', 'beta'] })).toMatchObject({ action: 'install' });
  });
  it('a manifest edited after signing, or signed by another key', async () => {
    const p = await published('1.3.0');
    const edited = Buffer.from(p.manifest.toString().replace('"version": "1.3.0"', '"version": "1.4.0"'));
    expect(await verifyPackage({ product: 'agent', manifest: edited, signature: p.signature, publicKey: main.publicKey, platform: 'linux-x86_64', installed: '1.2.0' })).toMatchObject({ reason: 'bad-manifest-signature' });
    expect(await verifyPackage({ product: 'agent', ...p, publicKey: other.publicKey, platform: 'linux-x86_64', installed: '1.2.0' })).toMatchObject({ reason: 'wrong-key' });
  });
  it('a validly signed manifest whose trusted comment names another version', async () => {
    const p = await published('1.3.0');
    const resigned = signBuffer(p.manifest, main.key, { trustedComment: 'timestamp:1\tfile:manifest.json\tproduct:agent\tversion:1.2.0\tchannel:stable' });
    expect(await verifyPackage({ product: 'agent', manifest: p.manifest, signature: resigned, publicKey: main.publicKey, platform: 'linux-x86_64', installed: '1.2.0' })).toMatchObject({
      action: 'refuse',
      reason: 'trusted-comment-mismatch',
    });
    const noBinding = signBuffer(p.manifest, main.key, { trustedComment: 'timestamp:1\tfile:manifest.json' });
    expect(await verifyPackage({ product: 'agent', manifest: p.manifest, signature: noBinding, publicKey: main.publicKey, platform: 'linux-x86_64', installed: '1.2.0' })).toMatchObject({ reason: 'trusted-comment-mismatch' });
  });
  it("a downloaded file that is another platform's (validly signed) package", async () => {
    const p = await published('1.3.0');
    const swapped = join(work, 'swapped');
    writeFileSync(swapped, readFileSync(join(p.dir, 'agent-darwin-arm64')));
    expect(await verifyPackage({ product: 'agent', ...p, publicKey: main.publicKey, platform: 'linux-x86_64', installed: '1.2.0', file: swapped })).toMatchObject({ reason: 'package-hash-mismatch' });
  });
  it('an expired manifest (a frozen mirror) once its validity has passed', async () => {
    const dir = await buildSet('1.3.0');
    const res = await uploadPackages(settings(dir, '1.3.0', { dryRun: true, expiresIn: '1h' }));
    expect(res.manifest.expires).toBe('2026-11-22T13:00:00Z');
    const p = { manifest: readFileSync(res.manifestPath), signature: readFileSync(res.manifestSignaturePath, 'utf8'), publicKey: main.publicKey, platform: 'linux-x86_64', installed: '1.2.0' };
    expect(await verifyPackage({ product: 'agent', ...p, now: new Date('2026-11-22T12:59:00Z') })).toMatchObject({ action: 'install' });
    expect(await verifyPackage({ product: 'agent', ...p, now: new Date('2026-11-22T13:00:01Z') })).toMatchObject({ action: 'refuse', reason: 'expired', exitCode: 20 });
    expect(readFileSync(res.manifestSignaturePath, 'utf8')).toContain(`\texpires:${Date.UTC(2026, 10, 22, 13) / 1000}`);
    await expect(uploadPackages(settings(dir, '1.3.0', { dryRun: true, expiresIn: '0d' }))).rejects.toThrow(/expires-in/);
  });
  it("a package whose signature in the manifest does not cover the file (another file's signature)", async () => {
    const p = await published('1.3.0');
    const { parseManifest, serializeManifest, manifestTrustedComment } = await import('../../src/packages/core/manifest.js');
    const m = parseManifest(p.manifest.toString());
    const linux = m.packages.find((x) => x.platform === 'linux-x86_64')!;
    linux.signatures.minisign = m.packages.find((x) => x.platform === 'darwin-aarch64')!.signatures.minisign;
    const text = Buffer.from(serializeManifest(m));
    const signature = signBuffer(text, main.key, { trustedComment: manifestTrustedComment(m) });
    const v = await verifyPackage({ product: 'agent', manifest: text, signature, publicKey: main.publicKey, platform: 'linux-x86_64', installed: '1.2.0', file: join(p.dir, 'agent-linux-amd64') });
    expect(v).toMatchObject({ action: 'refuse', reason: 'package-signature-mismatch' });
    expect(v.message).toMatch(/does not match the signature/);
    // Without the file the manifest-level checks pass: the agent must verify the download.
    expect(await verifyPackage({ product: 'agent', manifest: text, signature, publicKey: main.publicKey, platform: 'linux-x86_64', installed: '1.2.0' })).toMatchObject({ action: 'install' });
  });
  it('channels not allowed and unknown products', async () => {
    const p = await published('1.4.0-beta.1');
    expect(await verifyPackage({ product: 'agent', ...p, publicKey: main.publicKey, platform: 'linux-x86_64', installed: '1.3.0', channels: ['stable'] })).toMatchObject({ reason: 'channel-not-allowed' });
    expect(await verifyPackage({ ...p, publicKey: main.publicKey, platform: 'linux-x86_64', installed: '1.3.0', channels: ['beta'], product: 'other' })).toMatchObject({ reason: 'product-mismatch' });
  });
});

describe('matrix fragments', () => {
  it('stages one platform per job and merges them into one publish', async () => {
    const merged = join(work, 'downloaded-artifacts');
    for (const platform of Object.keys(PLATFORM_FILES)) {
      const build = await buildSet('2.0.0', { dir: join(work, `build-${platform}`), platforms: [platform] });
      const r = await stagePackages({
        product: 'agent',
        version: '2.0.0',
        publicKey: main.publicKey,
        packages: [{ path: join(build, PLATFORM_FILES[platform]!) }],
        outDir: join(work, `stage-${platform}`),
      });
      expect(r.packages.map((p) => p.platform)).toEqual([platform]);
      cpSync(r.dir, merged, { recursive: true }); // what download-artifact with merge-multiple does
    }
    await expect(mergeFragments(['**/fragment-*.json'], { cwd: merged, product: 'agent', version: '2.0.1' })).rejects.toThrow(/staged for version 2\.0\.0, but this job publishes 2\.0\.1/);
    const m = await mergeFragments(['**/fragment-*.json'], { cwd: merged, product: 'agent', version: 'v2.0.0' });
    expect(m.packages.map((p) => p.platform).sort()).toEqual(Object.keys(PLATFORM_FILES).sort());
    const res = await uploadPackages(settings(merged, '2.0.0', { packages: m.packages, requirePlatforms: Object.keys(PLATFORM_FILES) }));
    expect(res.manifest.packages).toHaveLength(3);
    expect(puts().at(-1)!.path).toMatch(/manifest\.json$/);
  });
  it('refuses a conflicting fragment (two jobs staged the same platform)', async () => {
    const merged = join(work, 'artifacts');
    for (const job of ['a', 'b']) {
      const build = await buildSet('2.0.0', { dir: join(work, `build-${job}`), platforms: ['linux-x86_64'] });
      const r = await stagePackages({ product: 'agent', version: '2.0.0', publicKey: main.publicKey, packages: [{ path: join(build, 'agent-linux-amd64') }], outDir: join(work, `stage-${job}`) });
      mkdirSync(join(merged, job), { recursive: true });
      cpSync(r.dir, join(merged, job), { recursive: true });
    }
    await expect(mergeFragments(['**/*.json'], { cwd: merged })).rejects.toThrow(/platform linux-x86_64 is in a\/fragment-linux-x86_64\.json and in b\/fragment-linux-x86_64\.json with different content/);
  });
  it('refuses a staged file altered between the build job and the merge', async () => {
    const build = await buildSet('2.0.0', { dir: join(work, 'build'), platforms: ['linux-x86_64'] });
    const r = await stagePackages({ product: 'agent', version: '2.0.0', publicKey: main.publicKey, packages: [{ path: join(build, 'agent-linux-amd64') }], outDir: join(work, 'stage') });
    const staged = join(r.dir, 'linux-x86_64', 'agent-linux-amd64');
    rmSync(staged);
    writeFileSync(staged, randomBytes(4096));
    const m = await mergeFragments([r.fragmentPath]);
    await expect(uploadPackages(settings(r.dir, '2.0.0', { packages: m.packages }))).rejects.toThrow(/changed since it was staged/);
    expect(puts()).toEqual([]);
  });
  it('stage refuses unsigned packages too', async () => {
    const build = await buildSet('2.0.0', { dir: join(work, 'b'), platforms: ['linux-x86_64'] });
    unlinkSync(join(build, 'agent-linux-amd64.minisig'));
    await expect(stagePackages({ product: 'agent', version: '2.0.0', publicKey: main.publicKey, packages: [{ path: join(build, 'agent-linux-amd64') }], outDir: join(work, 's') })).rejects.toThrow(/unsigned/);
  });
});

describe('packages input', () => {
  it('accepts globs (ignoring .minisig) and YAML maps with aliases', async () => {
    const dir = await buildSet('1.0.0');
    const globbed = await resolvePackagesInput('agent-*\n*.exe', dir);
    expect(globbed.map((p) => p.path.split('/').pop()).sort()).toEqual(['agent-darwin-arm64', 'agent-linux-amd64', 'agent_windows_x86_64.exe']);
    const mapped = await resolvePackagesInput('linux-amd64: agent-linux-amd64\nwindows-x64:\n  file: agent_windows_x86_64.exe\n  authenticode-subject: CN=Contoso', dir);
    expect(mapped).toMatchObject([
      { platform: 'linux-x86_64' },
      { platform: 'windows-x86_64', authenticodeSubject: 'CN=Contoso' },
    ]);
    await expect(resolvePackagesInput('linux-arm: agent-linux-amd64', dir)).rejects.toThrow(/not a platform key/);
  });
});

describe('Tauri latest.json', () => {
  // The static format from docs/reference/formats.md §3, as a JSON Schema written from that text.
  const schema = {
    type: 'object',
    required: ['version', 'platforms'],
    properties: {
      version: { type: 'string', pattern: '^v?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$' },
      notes: { type: 'string' },
      pub_date: { type: 'string', format: 'date-time' },
      platforms: {
        type: 'object',
        minProperties: 1,
        propertyNames: { pattern: '^(linux|darwin|windows)-(x86_64|aarch64|i686|armv7)(-(appimage|deb|rpm|app|msi|nsis))?$' },
        additionalProperties: {
          type: 'object',
          required: ['url', 'signature'],
          additionalProperties: false,
          properties: { url: { type: 'string', pattern: '^https://' }, signature: { type: 'string', contentEncoding: 'base64', pattern: '^[A-Za-z0-9+/]+={0,2}$' } },
        },
      },
    },
    additionalProperties: false,
  };
  it('is written beside the manifest and accepted by the schema; signatures decode to the .minisig texts', async () => {
    const dir = await buildSet('1.5.0');
    const res = await uploadPackages(settings(dir, '1.5.0', { tauri: true, notes: 'Bug fixes', baseUrl: 'https://updates.example.com/{product}/{version}/{file}' }));
    const text = readFileSync(res.tauriPath!, 'utf8');
    const latest = JSON.parse(text);
    const ajv = new Ajv({ strict: false });
    const addFormats = (await import('ajv-formats')).default as unknown as (a: Ajv) => Ajv;
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(latest), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(latest.platforms).sort()).toEqual(Object.keys(PLATFORM_FILES).sort());
    for (const [platform, file] of Object.entries(PLATFORM_FILES)) {
      expect(Buffer.from(latest.platforms[platform].signature, 'base64').toString()).toBe(readFileSync(join(dir, `${file}.minisig`), 'utf8'));
    }
    // Uploaded after the packages, before the manifest.
    const order = puts().map((r) => r.path.split('/').pop());
    expect(order.slice(-4)).toEqual(['latest.json', 'manifest.json.minisig', 'manifest.signed.json', 'manifest.json']);
  });
});

describe('interop: minisign -V', () => {
  const minisign = requireTool('minisign', 'apt-get install minisign');
  it.skipIf(!minisign)('verifies every uploaded package and the manifest with the pinned key', async () => {
    const dir = await buildSet('1.6.0');
    const res = await uploadPackages(settings(dir, '1.6.0'));
    const pub = join(work, 'key.pub');
    writeFileSync(pub, main.publicKey);
    const dl = join(work, 'dl');
    mkdirSync(dl);
    for (const p of res.manifest.packages) {
      const path = new URL(p.url).pathname;
      const f = join(dl, p.file);
      writeFileSync(f, server.read(path));
      writeFileSync(`${f}.minisig`, server.read(`${path}.minisig`));
      const out = execFileSync(minisign!, ['-V', '-p', pub, '-m', f], { encoding: 'utf8' });
      expect(out).toMatch(/Signature and comment signature verified/);
      expect(out).toMatch(/version:1\.6\.0/);
    }
    const m = join(dl, 'manifest.json');
    writeFileSync(m, server.read('/api/v1/packages/agent/1.6.0/manifest.json'));
    writeFileSync(`${m}.minisig`, server.read('/api/v1/packages/agent/1.6.0/manifest.json.minisig'));
    const out = execFileSync(minisign!, ['-V', '-p', pub, '-m', m], { encoding: 'utf8' });
    expect(out).toMatch(/Trusted comment: timestamp:\d+\tfile:manifest\.json\tproduct:agent\tversion:1\.6\.0\tchannel:stable/);
    // And a tampered manifest fails minisign too.
    writeFileSync(m, readFileSync(m, 'utf8').replace('1.6.0', '1.6.1'));
    expect(() => execFileSync(minisign!, ['-V', '-p', pub, '-m', m], { stdio: 'pipe' })).toThrow();
  });
});

describe('uploadPackages → Gitea/Forgejo generic package registry', () => {
  const PKG_TOKEN = 'pat-write-package-3c9d1e';
  async function gitea(mode: 'gitea' | 'forgejo' = 'gitea') {
    const { startForgeEmulator } = await import('../../src/emulator/forge.js');
    const { createForge } = await import('../../src/publishing/forge/index.js');
    const emu = await startForgeEmulator({ mode, packageToken: PKG_TOKEN });
    const forge = createForge({ forge: mode, apiUrl: emu.apiUrl, token: PKG_TOKEN, repository: `${emu.owner}/${emu.repo}`, retry: { attempts: 1, baseDelayMs: 1 } });
    return { emu, forge };
  }
  const files = (emu: { state: { packages: Map<string, Map<string, { sha256: string; size: number }>> } }, v: string) =>
    emu.state.packages.get(`acme/agent/${v}`) ?? new Map();

  it.each(['gitea', 'forgejo'] as const)('%s: uploads packages, signatures and the manifest last; re-runs skip by sha256', async (mode) => {
    const { emu, forge } = await gitea(mode);
    try {
      const dir = await buildSet('1.3.0-beta.1');
      const res = await uploadPackages(settings(dir, '1.3.0-beta.1', { target: giteaGenericTarget({ forge }), tauri: true }));
      const stored = files(emu, '1.3.0-beta.1');
      for (const file of Object.values(PLATFORM_FILES)) expect(stored.get(file)?.sha256).toBe(sha256(readFileSync(join(dir, file))));
      expect(stored.get('manifest.json')?.sha256).toBe(sha256(readFileSync(res.manifestPath)));
      expect(res.manifestUrl).toBe(`${emu.url}/api/packages/acme/generic/agent/1.3.0-beta.1/manifest.json`);
      expect(res.manifest.packages[0]!.url).toBe(`${emu.url}/api/packages/acme/generic/agent/1.3.0-beta.1/agent-darwin-arm64`);
      const putOrder = emu.state.requests.filter((r) => r.method === 'PUT').map((r) => r.path.split('/').pop());
      expect(putOrder.slice(-4)).toEqual(['latest.json', 'manifest.json.minisig', 'manifest.signed.json', 'manifest.json']);
      const again = await uploadPackages(settings(dir, '1.3.0-beta.1', { target: giteaGenericTarget({ forge }), tauri: true, created: '2026-11-22T12:00:00Z' }));
      expect(again.files.every((f) => f.outcome === 'unchanged')).toBe(true);
      emu.assertNoViolations();
    } finally {
      await emu.close();
    }
  });

  it('replaces a same-name file with other bytes (409 on duplicate handled by delete + upload)', async () => {
    const { emu, forge } = await gitea();
    try {
      const dir = await buildSet('1.3.0');
      await uploadPackages(settings(dir, '1.3.0', { target: giteaGenericTarget({ forge }) }));
      await buildSet('1.3.0', { dir, platforms: ['windows-x86_64'] });
      const res = await uploadPackages(settings(dir, '1.3.0', { target: giteaGenericTarget({ forge }) }));
      expect(res.files.find((f) => f.name === 'agent_windows_x86_64.exe')!.outcome).toBe('replaced');
      expect(files(emu, '1.3.0').get('agent_windows_x86_64.exe')!.sha256).toBe(sha256(readFileSync(join(dir, 'agent_windows_x86_64.exe'))));
      emu.assertNoViolations();
    } finally {
      await emu.close();
    }
  });

  it('fails closed when the registry reports another sha256 after the upload (no manifest)', async () => {
    const { emu, forge } = await gitea();
    try {
      const dir = await buildSet('1.3.0');
      const corrupting = Object.create(forge) as typeof forge;
      corrupting.uploadPackageFile = async (pkg, file) => {
        await forge.uploadPackageFile(pkg, file);
        if (file.name === 'agent-linux-amd64') files(emu, '1.3.0').get(file.name)!.sha256 = 'f'.repeat(64);
      };
      await expect(uploadPackages(settings(dir, '1.3.0', { target: giteaGenericTarget({ forge: corrupting }) }))).rejects.toThrow(
        /Checksum mismatch after uploading agent-linux-amd64: the registry reports sha256 f{64}/,
      );
      expect(files(emu, '1.3.0').has('manifest.json')).toBe(false);
    } finally {
      await emu.close();
    }
  });

  it('names write:package when the job token is used', async () => {
    const { startForgeEmulator } = await import('../../src/emulator/forge.js');
    const { createForge } = await import('../../src/publishing/forge/index.js');
    const emu = await startForgeEmulator({ mode: 'gitea', packageToken: PKG_TOKEN });
    try {
      const forge = createForge({ forge: 'gitea', apiUrl: emu.apiUrl, token: emu.token, repository: 'acme/widget', retry: { attempts: 1, baseDelayMs: 1 } });
      const dir = await buildSet('1.3.0');
      const err = await uploadPackages(settings(dir, '1.3.0', { target: giteaGenericTarget({ forge }) })).catch((e: unknown) => e);
      expect(String(err)).toMatch(/write:package/);
      expect(files(emu, '1.3.0').size).toBe(0);
    } finally {
      await emu.close();
    }
  });
});

describe('uploadPackages → forge release assets (through publishRelease)', () => {
  it.each(['github', 'gitea'] as const)('%s: every package, signature and the signed manifest become assets of one published release', async (mode) => {
    const { startForgeEmulator } = await import('../../src/emulator/forge.js');
    const { createForge } = await import('../../src/publishing/forge/index.js');
    const emu = await startForgeEmulator({ mode });
    try {
      const forge = createForge({ forge: mode, apiUrl: emu.apiUrl, token: emu.token, repository: `${emu.owner}/${emu.repo}`, retry: { attempts: 1, baseDelayMs: 1 } });
      const dir = await buildSet('1.3.0-rc.1');
      const release = releaseTarget({ token: emu.token, tag: 'v1.3.0-rc.1', serverUrl: emu.url, forge, repository: `${emu.owner}/${emu.repo}` });
      const res = await uploadPackages(settings(dir, '1.3.0-rc.1', { target: release }));
      const [rel] = emu.releasesFor('v1.3.0-rc.1');
      expect(rel).toMatchObject({ draft: false, prerelease: true });
      const assets = new Map(rel!.assets.map((a) => [a.name, a.sha256]));
      for (const f of Object.values(PLATFORM_FILES)) {
        expect(assets.get(f)).toBe(sha256(readFileSync(join(dir, f))));
        expect(assets.get(`${f}.minisig`)).toBe(sha256(readFileSync(join(dir, `${f}.minisig`))));
      }
      expect(assets.get('manifest.json')).toBe(sha256(readFileSync(res.manifestPath)));
      expect(assets.get('manifest.json.minisig')).toBe(sha256(readFileSync(res.manifestSignaturePath)));
      expect(assets.size).toBe(9);
      expect(res.manifestUrl).toBe(`${emu.url}/acme/widget/releases/download/v1.3.0-rc.1/manifest.json`);
      expect(res.manifest.packages.find((p) => p.platform === 'linux-x86_64')!.url).toBe(`${emu.url}/acme/widget/releases/download/v1.3.0-rc.1/agent-linux-amd64`);
      // Re-run converges: same assets, no duplicates.
      await uploadPackages(settings(dir, '1.3.0-rc.1', { target: release }));
      expect(emu.releasesFor('v1.3.0-rc.1')).toHaveLength(1);
      expect(emu.releasesFor('v1.3.0-rc.1')[0]!.assets).toHaveLength(9);
      emu.assertNoViolations();
    } finally {
      await emu.close();
    }
  });
});

describe('Authenticode signer subjects (Windows packages)', () => {
  const osslsigncode = requireTool('osslsigncode', 'apt-get install osslsigncode');
  const openssl = requireTool('openssl', 'apt-get install openssl');
  it.skipIf(!osslsigncode || !openssl)('records the verified subject, refuses a wrong root and unverified claims', async () => {
    const { buildAuthenticodeFixtures } = await import('../fixtures/authenticode.js');
    const fx = await buildAuthenticodeFixtures({ msi: false, only: ['pe-signed', 'pe-wrong-root'] });
    try {
      const trust = { roots: fx.pki.root.certPem, tsaRoots: fx.pki.tsaRoot.certPem, ekus: [fx.pki.identityEku] };
      const dir = join(work, 'ac');
      mkdirSync(dir);
      const add = async (name: string, from: string) => {
        writeFileSync(join(dir, name), readFileSync(from));
        writeFileSync(join(dir, `${name}.minisig`), (await signFile(join(dir, name), main.key, { trustedComment: 'version:1.3.0' })).signature);
      };
      await add('agent_windows_x86_64.exe', fx.files['pe-signed']!);
      await add('agent-linux-amd64', fx.files['pe-unsigned']!); // not a Windows package: no Authenticode check
      const res = await uploadPackages(settings(dir, '1.3.0', { authenticode: trust, dryRun: true }));
      const win = res.manifest.packages.find((p) => p.platform === 'windows-x86_64')!;
      const cn = /CN=([^\n]+)/.exec(fx.pki.leaf.subject)![1]!;
      expect(win.signatures.authenticode?.subject).toContain(`CN=${cn}`);
      expect(res.manifest.packages.find((p) => p.platform === 'linux-x86_64')!.signatures.authenticode).toBeUndefined();

      // An Authenticode signature from another hierarchy fails the step.
      await add('agent_windows_x86_64.exe', fx.files['pe-wrong-root']!);
      await expect(uploadPackages(settings(dir, '1.3.0', { authenticode: trust }))).rejects.toThrow(/agent_windows_x86_64\.exe \(windows-x86_64\): Authenticode verification .* failed \[chain\]/);
      expect(puts()).toEqual([]);

      // A declared subject is a pin when verifying, and refused when nothing can verify it.
      await add('agent_windows_x86_64.exe', fx.files['pe-signed']!);
      const declared = [{ platform: 'windows-x86_64', path: join(dir, 'agent_windows_x86_64.exe'), authenticodeSubject: 'CN=Somebody Else' }];
      await expect(uploadPackages(settings(dir, '1.3.0', { packages: declared, authenticode: trust, dryRun: true }))).rejects.toThrow(/\[subject\]/);
      await expect(uploadPackages(settings(dir, '1.3.0', { packages: declared, dryRun: true }))).rejects.toThrow(/no authenticode-root is set to verify it/);
    } finally {
      await fx.cleanup();
    }
  });
});

describe('http helpers', () => {
  it('reads sha256 from the common digest headers', async () => {
    const { digestFromHeaders } = await import('../../src/packages/upload-packages.js');
    const hex = sha256(Buffer.from('abc'));
    const b64 = Buffer.from(hex, 'hex').toString('base64');
    expect(digestFromHeaders({ 'repr-digest': `sha-512=:AAAA:, sha-256=:${b64}:` })).toBe(hex);
    expect(digestFromHeaders({ 'content-digest': `sha-256=:${b64}:` })).toBe(hex);
    expect(digestFromHeaders({ digest: `SHA-256=${b64}` })).toBe(hex);
    expect(digestFromHeaders({ 'x-checksum-sha256': hex.toUpperCase() })).toBe(hex);
    expect(digestFromHeaders({ 'x-amz-checksum-sha256': b64 })).toBe(hex);
    expect(digestFromHeaders({ etag: `"${hex}"` })).toBeUndefined();
  });
  it('puts set-level files beside the per-platform directories', async () => {
    const { setLevelTemplate } = await import('../../src/packages/upload-packages.js');
    expect(setLevelTemplate('https://u.example/api/{product}/{version}/{platform}/{file}')).toBe('https://u.example/api/{product}/{version}/{file}');
    expect(setLevelTemplate('https://u.example/{product}/{version}/{os}/{arch}/{file}?x=1')).toBe('https://u.example/{product}/{version}/{file}?x=1');
    expect(setLevelTemplate('https://u.example/{product}-{version}/{file}')).toBe('https://u.example/{product}-{version}/{file}');
  });
});

describe('CLI commands (same library)', () => {
  it('upload-packages takes secrets from files and the environment, never argv; verify-package --json', async () => {
    const { runCommand } = await import('../../src/cli/args.js');
    const { default: uploadCli } = await import('../../src/cli/upload-packages.js');
    const { default: verifyCli } = await import('../../src/cli/verify-package.js');
    const dir = await buildSet('1.7.0');
    writeFileSync(join(work, 'k.pub'), main.publicKey);
    writeFileSync(join(work, 'k.sec'), main.secretKey);
    const lines: string[] = [];
    const saved = { log: console.log, error: console.error, epoch: process.env.SOURCE_DATE_EPOCH };
    console.log = (m: string) => void lines.push(String(m));
    console.error = (m: string) => void lines.push(String(m));
    process.env.SOURCE_DATE_EPOCH = '1790000000'; // no repository here: the manifest time comes from SOURCE_DATE_EPOCH
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      const argv = [
        '--packages', 'agent-*', '--packages', '*.exe',
        '--product', 'agent', '--version', '1.7.0',
        '--public-key', join(work, 'k.pub'), '--private-key-file', join(work, 'k.sec'),
        '--upload-url', `${server.url}/u/{product}/{version}/{platform}/{file}`,
        '--out-dir', join(work, 'cli-out'), '--json',
      ];
      // No --target: upload-url means http. The token comes from PACKAGE_TOKEN.
      const code = await runCommand(uploadCli, argv, { ...process.env, PACKAGE_TOKEN: TOKEN });
      expect(code).toBe(0);
      const out = JSON.parse(lines.filter((l) => l.startsWith('{')).at(-1)!);
      expect(out.manifestUrl).toBe(`${server.url}/u/agent/1.7.0/manifest.json`);
      expect(out.signedManifestUrl).toBe(`${server.url}/u/agent/1.7.0/manifest.signed.json`);
      expect(out.packages).toHaveLength(3);
      // The old variable still works (a later fallback); a re-run with identical content changes nothing.
      const again = await runCommand(uploadCli, argv, { ...process.env, RELFORGE_PACKAGE_TOKEN: TOKEN });
      expect(again).toBe(0);
      expect(JSON.parse(lines.filter((l) => l.startsWith('{')).at(-1)!).files.every((f: { outcome: string }) => f.outcome === 'unchanged')).toBe(true);
      lines.length = 0;
      const vargs = ['--manifest', out.manifest, '--pubkey', main.publicKey.split('\n')[1]!, '--platform', 'win-x64', '--installed', '1.6.9', '--json'];
      expect(await runCommand(verifyCli, [...vargs, '--product', 'agent'])).toBe(0);
      expect(JSON.parse(lines.join('\n'))).toMatchObject({ action: 'install', exitCode: 0, version: '1.7.0', package: { platform: 'windows-x86_64' } });
      await expect(runCommand(verifyCli, ['--manifest', out.manifest, '--platform', 'linux-x86_64'])).rejects.toMatchObject({ exitCode: 2 });
      // --product is required (issue 13 case 8): without it the command is a usage error, never an install.
      await expect(runCommand(verifyCli, vargs)).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('--product is required') });
    } finally {
      process.chdir(cwd);
      Object.assign(console, { log: saved.log, error: saved.error });
      if (saved.epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved.epoch;
    }
    expect(lines.join('\n')).not.toContain(TOKEN);
  });
});
