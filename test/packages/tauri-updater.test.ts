/**
 * Issue 20: latest.json for every Tauri updater version. Tauri v1 and tauri-plugin-updater ≤ 2.9 read exactly
 * `platforms["<os>-<arch>"]`; ≥ 2.10 try `<os>-<arch>-<bundle>` first. A Tauri-style set (NSIS + MSI, two macOS
 * .app archives, an AppImage) must be installable by both kinds of client, and `verify-package` must fall back
 * from a generic key the same way. The expectations below are written from tauri-action's rule (generic key →
 * the preferred bundle: NSIS, app, AppImage), not from what relforge produced.
 *
 * The last block checks latest.json with Tauri's own verification code (the `minisign-verify` crate, in the small
 * Rust client under test/tauri-verify/), for every key and both kinds of client.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { signFile } from '../../src/signing/minisign/signer.js';
import { uploadPackages, type UploadSettings } from '../../src/packages/upload-packages.js';
import { verifyPackage } from '../../src/packages/verify-package.js';
import { requireTool } from '../helpers/tools.js';
import { useUpdateServer, type Keys } from './fixtures.js';

const suite = useUpdateServer('tauri-token-3c9e');
const VERSION = '1.2.0';

/** The bundle files a Tauri build makes, by bundle key (names as tauri-bundler writes them). */
const BUNDLES: Record<string, string> = {
  'windows-x86_64-nsis': `Notely_${VERSION}_x64-setup.exe`,
  'windows-x86_64-msi': `Notely_${VERSION}_x64_en-US.msi`,
  'darwin-aarch64-app': 'Notely_aarch64.app.tar.gz',
  'darwin-x86_64-app': 'Notely_x64.app.tar.gz',
  'linux-x86_64-appimage': `notely_${VERSION}_amd64.AppImage`,
};

/** Random bundles in `dir`, each signed with a trusted comment naming its bundle platform and version. */
async function buildTauriSet(k: Keys, dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  for (const [platform, file] of Object.entries(BUNDLES)) {
    writeFileSync(join(dir, file), randomBytes(2048));
    const sig = await signFile(join(dir, file), k.key, { trustedComment: `timestamp:1700000000\tfile:${file}\tversion:${VERSION}\tplatform:${platform}` });
    writeFileSync(join(dir, `${file}.minisig`), sig.signature);
  }
  return dir;
}

function settings(src: string, map: Record<string, string>, over: Partial<UploadSettings> = {}): UploadSettings {
  return suite.httpSettings(src, '/api/v1/packages/{product}/{version}/{platform}/{file}', {
    product: 'notely',
    version: VERSION,
    tauri: true,
    packages: Object.entries(map).map(([platform, file]) => ({ path: join(src, file), platform })),
    baseUrl: 'https://updates.example.com/{product}/{version}/{file}',
    ...over,
  });
}

const url = (file: string) => `https://updates.example.com/notely/${VERSION}/${file}`;
const sigB64 = (src: string, file: string) => readFileSync(join(src, `${file}.minisig`)).toString('base64');

async function publish(src: string, map = BUNDLES, over: Partial<UploadSettings> = {}) {
  const res = await uploadPackages(settings(src, map, over));
  return { res, latest: JSON.parse(readFileSync(res.tauriPath!, 'utf8')) as { platforms: Record<string, { url: string; signature: string }> } };
}

describe('latest.json: generic keys beside the bundle keys', () => {
  it('each generic <os>-<arch> key is the preferred bundle (NSIS, app, AppImage), same url and signature', async () => {
    const src = await buildTauriSet(suite.k, join(suite.dir, 'src'));
    const { latest } = await publish(src);
    const expected: Record<string, string> = {
      ...BUNDLES,
      'windows-x86_64': BUNDLES['windows-x86_64-nsis']!,
      'darwin-aarch64': BUNDLES['darwin-aarch64-app']!,
      'darwin-x86_64': BUNDLES['darwin-x86_64-app']!,
      'linux-x86_64': BUNDLES['linux-x86_64-appimage']!,
    };
    expect(Object.keys(latest.platforms).sort()).toEqual(Object.keys(expected).sort());
    for (const [key, file] of Object.entries(expected)) expect(latest.platforms[key], key).toEqual({ url: url(file), signature: sigB64(src, file) });
  });

  it('tauri-preferred-bundles windows=msi points the generic Windows key at the MSI', async () => {
    const src = await buildTauriSet(suite.k, join(suite.dir, 'src'));
    const { latest } = await publish(src, BUNDLES, { preferredBundles: { windows: 'msi', darwin: 'app', linux: 'appimage' } });
    expect(latest.platforms['windows-x86_64']!.url).toBe(url(BUNDLES['windows-x86_64-msi']!));
  });

  it('the OS\'s only updater bundle stands for the generic key even when it is not the preferred one', async () => {
    const src = await buildTauriSet(suite.k, join(suite.dir, 'src'));
    const { latest } = await publish(src, { 'windows-x86_64-msi': BUNDLES['windows-x86_64-msi']! });
    expect(latest.platforms['windows-x86_64']!.url).toBe(url(BUNDLES['windows-x86_64-msi']!));
  });

  it('a file signed for the preferred bundle may be published under its generic key; both keys end up in latest.json', async () => {
    const src = await buildTauriSet(suite.k, join(suite.dir, 'src'));
    const { latest } = await publish(src, { 'darwin-aarch64': BUNDLES['darwin-aarch64-app']! });
    const file = BUNDLES['darwin-aarch64-app']!;
    expect(latest.platforms).toEqual({
      'darwin-aarch64': { url: url(file), signature: sigB64(src, file) },
      'darwin-aarch64-app': { url: url(file), signature: sigB64(src, file) },
    });
  });

  it('a file signed for a bundle that is not the preferred one is refused under the generic key (the signed platform still binds)', async () => {
    const src = await buildTauriSet(suite.k, join(suite.dir, 'src'));
    await expect(publish(src, { 'windows-x86_64': BUNDLES['windows-x86_64-msi']! })).rejects.toThrow(/signed for platform "windows-x86_64-msi" but is being published as windows-x86_64/);
    await expect(publish(src, { 'linux-x86_64': BUNDLES['darwin-aarch64-app']! })).rejects.toThrow();
  });
});

describe('verify-package: a client that does not know its bundle', () => {
  async function decide(src: string, platform: string, file?: string, preferredBundles?: string) {
    const { res } = await publish(src);
    return verifyPackage({
      manifest: readFileSync(res.manifestPath),
      signature: readFileSync(`${res.manifestPath}.minisig`, 'utf8'),
      publicKey: suite.k.publicKey,
      product: 'notely',
      platform,
      installed: '1.1.0',
      file: file ? join(src, file) : undefined,
      preferredBundles,
    });
  }
  it('windows-x86_64 falls back to the NSIS package (and verifies the downloaded file), windows=msi to the MSI', async () => {
    const src = await buildTauriSet(suite.k, join(suite.dir, 'src'));
    const nsis = await decide(src, 'windows-x86_64', BUNDLES['windows-x86_64-nsis']);
    expect([nsis.action, nsis.package?.platform, nsis.fileVerified]).toEqual(['install', 'windows-x86_64-nsis', true]);
    const msi = await decide(src, 'windows-x86_64', BUNDLES['windows-x86_64-msi'], 'windows=msi');
    expect([msi.action, msi.package?.platform, msi.fileVerified]).toEqual(['install', 'windows-x86_64-msi', true]);
  });
  it('a client that knows its bundle gets that bundle; macOS and Linux fall back to app and AppImage', async () => {
    const src = await buildTauriSet(suite.k, join(suite.dir, 'src'));
    expect((await decide(src, 'windows-x86_64-msi')).package?.platform).toBe('windows-x86_64-msi');
    expect((await decide(src, 'macos-arm64')).package?.platform).toBe('darwin-aarch64-app');
    expect((await decide(src, 'linux-amd64')).package?.platform).toBe('linux-x86_64-appimage');
    const none = await decide(src, 'linux-aarch64');
    expect([none.action, none.reason]).toEqual(['refuse', 'platform-missing']);
  });
});

/** Tauri's verification code: the Rust client in test/tauri-verify/ (minisign-verify from crates.io). */
describe('latest.json checked by Tauri\'s own verification code (minisign-verify)', () => {
  const cargo = requireTool('cargo', 'apt-get install cargo');
  const project = resolve(__dirname, '../tauri-verify');
  const targetDir = join(homedir(), '.cache', 'relforge', 'tauri-verify-target');
  let bin = '';
  beforeAll(() => {
    if (!cargo) return;
    execFileSync(cargo, ['build', '--release', '--locked', '--quiet', '--manifest-path', join(project, 'Cargo.toml')], {
      env: { ...process.env, CARGO_TARGET_DIR: targetDir },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    bin = join(targetDir, 'release', 'tauri-verify');
  }, 600_000);

  const client = (latestPath: string, os: string, arch: string, bundle: string, dir: string) => {
    const r = spawnSync(bin, [latestPath, Buffer.from(suite.k.publicKey).toString('base64'), os, arch, bundle, dir], { encoding: 'utf8' });
    return { ok: r.status === 0, out: `${r.stdout}${r.stderr}`.trim() };
  };

  it.skipIf(!cargo)('every key verifies, for a client that knows its bundle and for one that does not; a changed file does not', async () => {
    const src = await buildTauriSet(suite.k, join(suite.dir, 'src'));
    const { res } = await publish(src);
    const latest = res.tauriPath!;
    // Generic clients (Tauri v1, plugin-updater ≤ 2.9): the file they get is the preferred bundle.
    const generic: [string, string, string][] = [
      ['windows', 'x86_64', BUNDLES['windows-x86_64-nsis']!],
      ['darwin', 'aarch64', BUNDLES['darwin-aarch64-app']!],
      ['darwin', 'x86_64', BUNDLES['darwin-x86_64-app']!],
      ['linux', 'x86_64', BUNDLES['linux-x86_64-appimage']!],
    ];
    for (const [os, arch, file] of generic) expect(client(latest, os, arch, '-', src)).toEqual({ ok: true, out: `ok ${os}-${arch} ${url(file)}` });
    // Bundle-aware clients (plugin-updater ≥ 2.10): their own bundle's key.
    for (const [key, file] of Object.entries(BUNDLES)) {
      const [os, arch, bundle] = key.split('-') as [string, string, string];
      expect(client(latest, os, arch, bundle, src)).toEqual({ ok: true, out: `ok ${key} ${url(file)}` });
    }
    // The client can fail: a changed download is refused by minisign-verify.
    const tampered = join(suite.dir, 'tampered');
    mkdirSync(tampered);
    writeFileSync(join(tampered, BUNDLES['windows-x86_64-nsis']!), randomBytes(2048));
    const bad = client(latest, 'windows', 'x86_64', '-', tampered);
    expect(bad.ok).toBe(false);
    expect(bad.out).toMatch(/windows-x86_64/);
  });
});
