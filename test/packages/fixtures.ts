/**
 * Shared fixtures of the package tests under test/packages/: keys, signed package sets, and the view of a client
 * that polls an update server between any two requests of a publish.
 */
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { startUpdateServer, type UpdateServer } from '../../src/emulator/update-server.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair, loadSigningKey, signFile, type SigningKey } from '../../src/signing/minisign/signer.js';
import { verifyPackage } from '../../src/packages/verify-package.js';
import { httpTarget, type PackageTarget, type UploadSettings } from '../../src/packages/upload-packages.js';

export interface Keys {
  publicKey: string;
  secretKey: string;
  keyIdHex: string;
  key: SigningKey;
}

export async function keys(): Promise<Keys> {
  const k = await generateKeyPair();
  return { ...k, key: await loadSigningKey(k.secretKey) };
}

export const PLATFORM_FILES: Record<string, string> = {
  'linux-x86_64': 'agent-linux-amd64',
  'darwin-aarch64': 'agent-darwin-arm64',
  // Sorts after manifest.json: a publish in name order would put the manifest up before it.
  'windows-x86_64': 'zapp-windows-x86_64.exe',
};

/** Random package files for a version in `dir`, each signed (trusted comment binds version + platform). */
export async function buildSet(dir: string, version: string, key: SigningKey, platforms = Object.keys(PLATFORM_FILES)): Promise<string> {
  mkdirSync(dir, { recursive: true });
  for (const platform of platforms) {
    const file = join(dir, PLATFORM_FILES[platform]!);
    writeFileSync(file, randomBytes(4096));
    const sig = await signFile(file, key, { trustedComment: `version:${version}\tfile:${PLATFORM_FILES[platform]}\tplatform:${platform}\ttimestamp:1700000000` });
    writeFileSync(`${file}.minisig`, sig.signature);
  }
  return dir;
}

export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** What a client can fetch at one moment: public URL → bytes. */
export type ClientView = Map<string, Buffer>;

/**
 * Checks every moment a client could have polled, against expectations written from the invariants (not from
 * what relforge produced):
 * - case 4: a visible manifest (manifest.json or manifest.signed.json) names only packages that are visible with
 *   exactly the sha256 and size it records, each with its .minisig beside it;
 * - case 10: from the moment a manifest.json is visible until it changes, the manifest.json.minisig a client
 *   fetches next verifies it (as a client checks them: verifyPackage), and manifest.signed.json always verifies.
 * Returns the problems found (empty = every view was consistent).
 */
export async function clientViewProblems(views: ClientView[], manifestUrl: string, publicKey: string, product = 'agent'): Promise<string[]> {
  const problems: string[] = [];
  const signedUrl = manifestUrl.replace(/manifest\.json$/, 'manifest.signed.json');
  const check = async (i: number, manifest: Buffer, signature: string | undefined, what: string) => {
    const v = await verifyPackage({ manifest, signature, publicKey, product, platform: 'linux-x86_64', installed: 'none', channels: ['stable', 'beta', 'rc'] });
    if (v.action === 'refuse') return problems.push(`view ${i}: ${what} refused (${v.reason}): ${v.message}`);
    for (const p of v.manifest!.packages) {
      const bytes = views[i]!.get(p.url);
      if (!bytes) problems.push(`view ${i}: ${what} names ${p.file}, which is not there`);
      else if (sha256(bytes) !== p.sha256 || bytes.length !== p.size) problems.push(`view ${i}: ${what} names ${p.file} with other bytes than the ones served`);
      if (!views[i]!.has(`${p.url}.minisig`)) problems.push(`view ${i}: ${what} names ${p.file}, whose .minisig is not there`);
    }
    return undefined;
  };
  for (let i = 0; i < views.length; i++) {
    const manifest = views[i]!.get(manifestUrl);
    if (manifest) {
      for (let j = i; j < views.length && views[j]!.get(manifestUrl)?.equals(manifest); j++) {
        const sig = views[j]!.get(`${manifestUrl}.minisig`);
        await check(i, manifest, sig?.toString('utf8'), `manifest.json (signature of view ${j})`);
      }
    }
    const signed = views[i]!.get(signedUrl);
    if (signed) await check(i, signed, undefined, 'manifest.signed.json');
  }
  return [...new Set(problems)];
}

/** Upload settings for the set built in `dir` (agent 1.3.0, one output directory per call). */
export function setSettings(k: Keys, dir: string, target: PackageTarget, over: Partial<UploadSettings> = {}): UploadSettings {
  return {
    product: 'agent',
    version: '1.3.0',
    publicKey: k.publicKey,
    key: k.key,
    packages: Object.values(PLATFORM_FILES).map((f) => ({ path: join(dir, f) })),
    target,
    outDir: join(dir, `out-${randomBytes(4).toString('hex')}`),
    ...over,
  };
}

/**
 * Per-test clean-up for a test file (registers one afterEach; call once at the top level): `later(fn)` runs
 * after the test, last registered first; `tempDir()` is removed then.
 */
export function useCleanup(): { later(fn: () => Promise<void> | void): void; tempDir(): string } {
  const fns: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const fn of fns.splice(0).reverse()) await fn();
  });
  return {
    later: (fn) => void fns.push(fn),
    tempDir() {
      const dir = mkdtempSync(join(tmpdir(), 'relforge-packages-'));
      fns.push(() => rmSync(dir, { recursive: true, force: true }));
      return dir;
    },
  };
}

/** What `useUpdateServer` gives a test: the keys, its update-server emulator and its fresh temp dir. */
export interface UpdateServerSuite {
  readonly k: Keys;
  readonly server: UpdateServer;
  readonly dir: string;
  /**
   * Upload settings for the set in `src` (see `setSettings`) to this server over http: `uploadPath` is the URL
   * template below the server's root; one attempt, the server's token, a fixed `created`.
   */
  httpSettings(src: string, uploadPath: string, over?: Partial<UploadSettings>): UploadSettings;
}

/**
 * A test file against one update-server emulator per test (call once at the top level): keys made once; before
 * each test a server with `token` starts and a fresh temp dir is made, both cleaned up after it.
 */
export function useUpdateServer(token: string): UpdateServerSuite {
  let k: Keys | undefined;
  let current: { server: UpdateServer; dir: string } | undefined;
  const { later, tempDir } = useCleanup();
  beforeAll(async () => {
    k = await keys();
  });
  beforeEach(async () => {
    const server = await startUpdateServer({ token });
    later(() => {
      current = undefined;
      return server.close();
    });
    current = { server, dir: tempDir() };
  });
  const now = () => {
    if (!k || !current) throw new Error('useUpdateServer: the server runs only during a test');
    return { k, ...current };
  };
  return {
    get k() {
      return now().k;
    },
    get server() {
      return now().server;
    },
    get dir() {
      return now().dir;
    },
    httpSettings(src, uploadPath, over = {}) {
      const { k, server } = now();
      const target = httpTarget({ uploadUrl: `${server.url}${uploadPath}`, token: server.token, attempts: 1, baseDelayMs: 1 });
      return setSettings(k, src, target, { created: '2026-11-22T12:00:00Z', ...over });
    },
  };
}
