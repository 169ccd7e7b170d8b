/**
 * Issue 13 case 10: a re-run of the same inputs produces identical manifest bytes (`created` from
 * SOURCE_DATE_EPOCH or the commit time, never the clock) and changes nothing on the server; a replacement is
 * ordered so that no client ever holds a manifest with a signature that does not match it, or a manifest naming
 * bytes that are not served. Watchers record what a client could fetch between any two requests.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startForgeEmulator, type ForgeEmulator } from '../../src/emulator/forge.js';
import { startUpdateServer, type UpdateServer } from '../../src/emulator/update-server.js';
import { createForge } from '../../src/publishing/forge/index.js';
import { giteaGenericTarget, httpTarget, releaseTarget, uploadPackages, type PackageTarget, type UploadSettings } from '../../src/packages/upload-packages.js';
import { runCommand } from '../../src/cli/args.js';
import { verifyBuffer } from '../../src/signing/minisign/signer.js';
import verifyPackageCli from '../../src/cli/verify-package.js';
import { useRepos } from '../helpers/repo.js';
import { PLATFORM_FILES, buildSet, clientViewProblems, keys, setSettings, useCleanup, type ClientView, type Keys } from './fixtures.js';

const repo = useRepos({ withRemote: false });
let k: Keys;
const { later, tempDir: work } = useCleanup();
let savedEpoch: string | undefined;
beforeAll(async () => {
  k = await keys();
});
beforeEach(() => {
  savedEpoch = process.env.SOURCE_DATE_EPOCH;
  delete process.env.SOURCE_DATE_EPOCH;
});
afterEach(() => {
  vi.useRealTimers();
  if (savedEpoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = savedEpoch;
});

const settings = (dir: string, target: PackageTarget, over: Partial<UploadSettings> = {}) => setSettings(k, dir, target, { tauri: true, ...over });

interface Destination {
  name: string;
  target: () => PackageTarget;
  /** What a client can fetch now (public URL → bytes). */
  view: () => ClientView;
  /** Requests that changed something on the server so far. */
  writes: () => string[];
  watch: (fn: () => void) => void;
  /** Makes every upload of the file named `name` fail (not retried); `undefined` clears it. */
  failUploadOf: (name: string | undefined) => void;
}

async function httpDestination(): Promise<Destination> {
  const server: UpdateServer = await startUpdateServer({ token: 'tok-case10-5be0c4d2' });
  later(() => server.close());
  return {
    name: 'http',
    target: () => httpTarget({ uploadUrl: `${server.url}/u/{product}/{version}/{platform}/{file}`, token: server.token, attempts: 1, baseDelayMs: 1 }),
    view: () => new Map([...server.files.keys()].map((p) => [`${server.url}${p}`, server.read(p)])),
    writes: () => server.requests.filter((r) => r.method === 'PUT' || r.method === 'DELETE').map((r) => `${r.method} ${r.path}`),
    watch: (fn) => void server.watch(fn),
    failUploadOf: (name) => {
      server.faults.failPut = name === undefined ? undefined : (path) => (path.endsWith(`/${name}`) ? 413 : undefined);
    },
  };
}

async function forgeDestination(kind: 'gitea-generic' | 'release-github' | 'release-gitea'): Promise<Destination> {
  const mode = kind === 'release-github' ? 'github' : 'gitea';
  const pat = 'pat-write-package-c10a';
  const emu: ForgeEmulator = await startForgeEmulator({ mode, packageToken: mode === 'gitea' ? pat : undefined });
  later(() => emu.close());
  const repository = `${emu.owner}/${emu.repo}`;
  const writes = () => emu.state.requests.filter((r) => !['GET', 'HEAD'].includes(r.method)).map((r) => `${r.method} ${r.path}`);
  const failUploadOf = (name: string | undefined) => {
    emu.faults.clear();
    if (name !== undefined) emu.faults.add({ op: kind === 'gitea-generic' ? 'package-put' : 'upload', kind: 'status', status: 413, name, times: 100 });
  };
  if (kind === 'gitea-generic') {
    const forge = createForge({ forge: 'gitea', apiUrl: emu.apiUrl, token: pat, repository, retry: { attempts: 1, baseDelayMs: 1 } });
    return {
      name: kind,
      target: () => giteaGenericTarget({ forge }),
      view: () => new Map([...(emu.state.packages.get('acme/agent/1.3.0') ?? [])].map(([n, f]) => [`${emu.url}/api/packages/acme/generic/agent/1.3.0/${n}`, f.data!])),
      writes,
      watch: (fn) => void emu.watch(fn),
      failUploadOf,
    };
  }
  emu.seedRelease({ tagName: 'v1.3.0' }); // live
  const forge = createForge({ forge: mode, apiUrl: emu.apiUrl, token: emu.token, repository, retry: { attempts: 1, baseDelayMs: 1 } });
  return {
    name: kind,
    target: () => releaseTarget({ token: emu.token, tag: 'v1.3.0', serverUrl: emu.url, forge, repository, retryDelayMs: 1 }),
    view: () => {
      const live = emu.state.releases.find((r) => r.tagName === 'v1.3.0' && !r.draft);
      return new Map((live?.assets ?? []).filter((a) => a.state === 'uploaded').map((a) => [`${emu.url}/${repository}/releases/download/v1.3.0/${a.name}`, a.data!]));
    },
    writes,
    watch: (fn) => void emu.watch(fn),
    failUploadOf,
  };
}

const DESTINATIONS = ['http', 'gitea-generic', 'release-github', 'release-gitea'] as const;
const destination = (d: (typeof DESTINATIONS)[number]) => (d === 'http' ? httpDestination() : forgeDestination(d));

describe('issue 13 case 10: identical re-runs change nothing', () => {
  it.each(DESTINATIONS)('%s: created is the commit time, not the clock; the second run writes nothing', async (d) => {
    const dest = await destination(d);
    const r = repo();
    const commit = r.commit('feat: agent 1.3.0');
    const committed = new Date(Number(r.git('show', '-s', '--format=%ct', commit)) * 1000).toISOString().replace('.000Z', 'Z');
    const dir = await buildSet(work(), '1.3.0', k.key);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T10:00:00Z'));
    const first = await uploadPackages(settings(dir, dest.target(), { commit, cwd: r.dir }));
    expect(first.manifest.created).toBe(committed);
    const before = dest.writes().length;
    vi.setSystemTime(new Date('2026-03-02T11:30:00Z')); // a re-run the next day
    const second = await uploadPackages(settings(dir, dest.target(), { commit, cwd: r.dir }));
    expect(readFileSync(second.manifestPath).equals(readFileSync(first.manifestPath))).toBe(true);
    expect(readFileSync(second.manifestSignaturePath).equals(readFileSync(first.manifestSignaturePath))).toBe(true);
    expect(dest.writes().slice(before)).toEqual([]);
    expect(second.files.every((f) => f.outcome === 'unchanged')).toBe(true);
  });

  /** A dry-run upload to an http server of a set built at a new commit, with SOURCE_DATE_EPOCH set to `epoch`. */
  async function dryRunWithEpoch(epoch: string) {
    const dest = await httpDestination();
    const r = repo();
    const commit = r.commit('feat: x');
    process.env.SOURCE_DATE_EPOCH = epoch;
    const dir = await buildSet(work(), '1.3.0', k.key);
    return uploadPackages(settings(dir, dest.target(), { commit, cwd: r.dir, dryRun: true }));
  }

  it('SOURCE_DATE_EPOCH comes first', async () => {
    const res = await dryRunWithEpoch('1780000000');
    expect(res.manifest.created).toBe('2026-05-28T20:26:40Z');
    expect(readFileSync(res.manifestSignaturePath, 'utf8')).toContain('trusted comment: timestamp:1780000000\t');
  });

  it('a malformed SOURCE_DATE_EPOCH is refused, as when signing packages (not silently replaced by another time)', async () => {
    await expect(dryRunWithEpoch('yesterday')).rejects.toThrow(/SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got "yesterday"/);
  });
});

describe('issue 13 case 10: replacement never shows a manifest with another signature', () => {
  it.each(DESTINATIONS)('%s: re-publishing the version with other content, every client view verifies', async (d) => {
    const dest = await destination(d);
    const dir = await buildSet(work(), '1.3.0', k.key);
    const first = await uploadPackages(settings(dir, dest.target(), { created: '2026-11-22T12:00:00Z' }));
    const views: ClientView[] = [dest.view()];
    dest.watch(() => views.push(dest.view()));
    // Releases are add-only for packages (publish-release's rule): there the new manifest differs by its time and
    // validity only; elsewhere a rebuilt package of the same version is replaced too.
    if (!d.startsWith('release')) await buildSet(dir, '1.3.0', k.key, ['linux-x86_64']);
    const second = await uploadPackages(settings(dir, dest.target(), { created: '2026-11-23T08:00:00Z', expiresIn: '90d' }));
    expect(second.manifestUrl).toBe(first.manifestUrl);
    expect(views.at(-1)!.get(second.manifestUrl)!.equals(readFileSync(second.manifestPath))).toBe(true);
    expect(views.at(0)!.get(first.manifestUrl)!.equals(readFileSync(first.manifestPath))).toBe(true);
    expect(await clientViewProblems(views, second.manifestUrl, k.publicKey)).toEqual([]);
  });

  it.each(['release-github', 'release-gitea'] as const)('%s: a changed package of a live release is refused before anything moves (add-only)', async (d) => {
    const dest = await forgeDestination(d);
    const dir = await buildSet(work(), '1.3.0', k.key);
    await uploadPackages(settings(dir, dest.target(), { created: '2026-11-22T12:00:00Z' }));
    const before = dest.writes().length;
    await buildSet(dir, '1.3.0', k.key, ['linux-x86_64']);
    await expect(uploadPackages(settings(dir, dest.target(), { created: '2026-11-23T08:00:00Z' }))).rejects.toThrow(/already serves agent-linux-amd64, agent-linux-amd64\.minisig with other content\. A published release is add-only/);
    expect(dest.writes().slice(before)).toEqual([]);
  });

  it('http: a server that cannot DELETE refuses the replacement before changing anything', async () => {
    const server = await startUpdateServer({ token: 'tok-case10-nodelete-1c' });
    later(() => server.close());
    const target = () => httpTarget({ uploadUrl: `${server.url}/u/{product}/{version}/{platform}/{file}`, token: server.token, attempts: 1, baseDelayMs: 1 });
    const dir = await buildSet(work(), '1.3.0', k.key);
    const first = await uploadPackages(settings(dir, target(), { created: '2026-11-22T12:00:00Z' }));
    const before = new Map([...server.files].map(([p, f]) => [p, f.sha256]));
    server.faults.noDelete = true;
    await buildSet(dir, '1.3.0', k.key, ['linux-x86_64']);
    await expect(uploadPackages(settings(dir, target(), { created: '2026-11-23T08:00:00Z' }))).rejects.toThrow(/does not accept DELETE .* Publish a new version/);
    expect(new Map([...server.files].map(([p, f]) => [p, f.sha256]))).toEqual(before);
    expect(await clientViewProblems([new Map([...server.files.keys()].map((p) => [`${server.url}${p}`, server.read(p)]))], first.manifestUrl, k.publicKey)).toEqual([]);
  });

  it('verify-package takes manifest.signed.json alone (one download: manifest and signature together)', async () => {
    const dest = await httpDestination();
    const dir = await buildSet(work(), '1.3.0', k.key);
    const res = await uploadPackages(settings(dir, dest.target(), { created: '2026-11-22T12:00:00Z' }));
    const quiet = { log: console.log, error: console.error };
    const out: string[] = [];
    console.log = (m: string) => void out.push(m);
    console.error = (m: string) => void out.push(m);
    try {
      const argv = ['--manifest', res.signedManifestPath, '--product', 'agent', '--public-key', k.publicKey.split('\n')[1]!, '--platform', 'darwin-arm64', '--installed', '1.2.0', '--file', join(dir, PLATFORM_FILES['darwin-aarch64']!)];
      expect(await runCommand(verifyPackageCli, argv)).toBe(0);
      expect(out.join('\n')).toMatch(/file: verified/);
      // An envelope whose manifest was edited is refused like a detached one.
      const edited = join(work(), 'manifest.signed.json');
      const { writeFileSync } = await import('node:fs');
      const env = JSON.parse(readFileSync(res.signedManifestPath, 'utf8'));
      env.manifest = env.manifest.replace('"version": "1.3.0"', '"version": "1.3.1"');
      writeFileSync(edited, JSON.stringify(env));
      expect(await runCommand(verifyPackageCli, ['--manifest', edited, ...argv.slice(2)])).toBe(20);
      expect(out.join('\n')).toMatch(/refused \(bad-manifest-signature\)/);
    } finally {
      Object.assign(console, quiet);
    }
  });
});

/**
 * What a Tauri client sees at each moment: every latest.json visible must name, per platform, bytes that are served
 * and that its signature verifies (the client checks exactly that). Written from Tauri's rule, not from relforge.
 */
function tauriViewProblems(views: ClientView[], latestUrl: string, publicKey: string): string[] {
  const problems: string[] = [];
  views.forEach((view, i) => {
    const latest = view.get(latestUrl);
    if (!latest) return;
    const doc = JSON.parse(latest.toString('utf8')) as { platforms: Record<string, { signature: string; url: string }> };
    for (const [platform, p] of Object.entries(doc.platforms)) {
      const bytes = view.get(p.url);
      if (!bytes) {
        problems.push(`view ${i}: latest.json names ${p.url} (${platform}), which is not there`);
        continue;
      }
      try {
        verifyBuffer(bytes, Buffer.from(p.signature, 'base64').toString('utf8'), publicKey);
      } catch (err) {
        problems.push(`view ${i}: latest.json's signature for ${platform} does not verify the served bytes (${(err as Error).message})`);
      }
    }
  });
  return [...new Set(problems)];
}

describe('issue 18: a changed live set is taken down with its latest.json', () => {
  it.each(DESTINATIONS)('%s: a run that failed on the manifest signature, re-run with rebuilt packages: no client ever sees the old latest.json over new packages', async (d) => {
    const dest = await destination(d);
    const dir = await buildSet(work(), '1.3.0', k.key);
    const views: ClientView[] = [];
    dest.watch(() => views.push(dest.view()));
    dest.failUploadOf('manifest.json.minisig');
    await expect(uploadPackages(settings(dir, dest.target(), { created: '2026-11-22T12:00:00Z' }))).rejects.toThrow(/413/);
    const latestUrl = [...dest.view().keys()].find((u) => u.endsWith('/latest.json'));
    expect(latestUrl, 'the failed run left latest.json live').toBeDefined();
    dest.failUploadOf(undefined);
    await buildSet(dir, '1.3.0', k.key); // every package rebuilt: other bytes, other signatures
    const rerun = uploadPackages(settings(dir, dest.target(), { created: '2026-11-22T12:00:00Z' }));
    if (d.startsWith('release')) await expect(rerun).rejects.toThrow(/add-only/); // a live release never replaces packages
    else await rerun;
    expect(tauriViewProblems([dest.view(), ...views], latestUrl!, k.publicKey)).toEqual([]);
    if (!d.startsWith('release')) {
      const manifestUrl = latestUrl!.replace(/latest\.json$/, 'manifest.json');
      expect(await clientViewProblems(views, manifestUrl, k.publicKey)).toEqual([]);
      expect(views.at(-1)!.has(manifestUrl)).toBe(true);
    }
  });

  it('http: a run without tauri takes down the latest.json an earlier run left, with the manifest', async () => {
    const dest = await httpDestination();
    const dir = await buildSet(work(), '1.3.0', k.key);
    const first = await uploadPackages(settings(dir, dest.target(), { created: '2026-11-22T12:00:00Z' }));
    expect(dest.view().has(first.tauriUrl!)).toBe(true);
    await buildSet(dir, '1.3.0', k.key);
    await uploadPackages(settings(dir, dest.target(), { created: '2026-11-22T12:00:00Z', tauri: false }));
    expect(dest.view().has(first.tauriUrl!)).toBe(false);
    expect(dest.writes().filter((w) => w.startsWith('DELETE')).map((w) => w.replace(/^DELETE \/u\/agent\/1\.3\.0\//, ''))).toEqual([
      'manifest.json',
      'manifest.signed.json',
      'manifest.json.minisig',
      'latest.json',
    ]);
  });
});
