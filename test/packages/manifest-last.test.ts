/**
 * Issue 13 case 4: a manifest (and latest.json) goes up only after every package it names is uploaded and
 * verified — on every target, whether the release is a draft or already live. The forge emulator refuses one
 * package mid-publish (413, not retried) and a watcher records what a client could fetch after every request.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startForgeEmulator, type ForgeEmulator } from '../../src/emulator/forge.js';
import { startUpdateServer } from '../../src/emulator/update-server.js';
import { createForge } from '../../src/publishing/forge/index.js';
import { giteaGenericTarget, httpTarget, releaseTarget, uploadPackages, type PackageTarget, type UploadSettings } from '../../src/packages/upload-packages.js';
import { PLATFORM_FILES, buildSet, clientViewProblems, keys, setSettings, useCleanup, type ClientView, type Keys } from './fixtures.js';

let k: Keys;
const { later, tempDir: work } = useCleanup();
beforeAll(async () => {
  k = await keys();
});

const settings = (dir: string, target: PackageTarget, over: Partial<UploadSettings> = {}) => setSettings(k, dir, target, { tauri: true, created: '2026-11-22T12:00:00Z', ...over });

/** Public URL → bytes of what a client can download from the published release for `tag` right now. */
function releaseView(emu: ForgeEmulator, tag: string): ClientView {
  const view: ClientView = new Map();
  const live = emu.state.releases.find((r) => r.tagName === tag && !r.draft);
  for (const a of live?.assets ?? []) if (a.state === 'uploaded' && a.data) view.set(`${emu.url}/${emu.owner}/${emu.repo}/releases/download/${tag}/${a.name}`, a.data);
  return view;
}

async function forgeWithViews(mode: 'github' | 'gitea', view: (emu: ForgeEmulator) => ClientView) {
  const emu = await startForgeEmulator({ mode, packageToken: mode === 'gitea' ? 'pat-write-package-41a7' : undefined });
  later(() => emu.close());
  const views: ClientView[] = [];
  emu.watch(() => views.push(view(emu)));
  return { emu, views };
}

describe('issue 13 case 4: manifests only after every package they name', () => {
  it.each(['github', 'gitea'] as const)('%s: a package refused mid-publish on a LIVE release leaves no manifest, no latest.json; the re-run completes it', async (mode) => {
    const { emu, views } = await forgeWithViews(mode, (e) => releaseView(e, 'v1.3.0'));
    emu.seedRelease({ tagName: 'v1.3.0' }); // published earlier by publish-release: live, visible to clients
    const dir = await buildSet(work(), '1.3.0', k.key);
    const forge = createForge({ forge: mode, apiUrl: emu.apiUrl, token: emu.token, repository: `${emu.owner}/${emu.repo}`, retry: { attempts: 1, baseDelayMs: 1 } });
    const target = () => releaseTarget({ token: emu.token, tag: 'v1.3.0', serverUrl: emu.url, forge, repository: `${emu.owner}/${emu.repo}`, retryDelayMs: 1 });
    emu.faults.add({ op: 'upload', kind: 'status', status: 413, name: PLATFORM_FILES['windows-x86_64'], times: 10 });

    await expect(uploadPackages(settings(dir, target()))).rejects.toThrow(/413/);
    const names = emu.releasesFor('v1.3.0')[0]!.assets.map((a) => a.name);
    for (const set of ['manifest.json', 'manifest.json.minisig', 'manifest.signed.json', 'latest.json']) expect(names, set).not.toContain(set);
    const manifestUrl = `${emu.url}/${emu.owner}/${emu.repo}/releases/download/v1.3.0/manifest.json`;
    expect(views.some((v) => v.has(manifestUrl))).toBe(false);

    emu.faults.clear();
    const res = await uploadPackages(settings(dir, target()));
    expect(res.manifestUrl).toBe(manifestUrl);
    expect(views.at(-1)!.has(manifestUrl)).toBe(true);
    expect(await clientViewProblems(views, manifestUrl, k.publicKey)).toEqual([]);
    emu.assertNoViolations();
  });

  it.each(['github', 'gitea'] as const)('%s: a new release stays an invisible draft until every file is in and verified', async (mode) => {
    const { emu, views } = await forgeWithViews(mode, (e) => releaseView(e, 'v1.3.0'));
    const dir = await buildSet(work(), '1.3.0', k.key);
    const forge = createForge({ forge: mode, apiUrl: emu.apiUrl, token: emu.token, repository: `${emu.owner}/${emu.repo}`, retry: { attempts: 1, baseDelayMs: 1 } });
    const target = () => releaseTarget({ token: emu.token, tag: 'v1.3.0', serverUrl: emu.url, forge, repository: `${emu.owner}/${emu.repo}`, retryDelayMs: 1 });
    emu.faults.add({ op: 'upload', kind: 'status', status: 413, name: PLATFORM_FILES['windows-x86_64'], times: 10 });
    await expect(uploadPackages(settings(dir, target()))).rejects.toThrow(/413/);
    expect(emu.releasesFor('v1.3.0').every((r) => r.draft)).toBe(true);
    expect(views.every((v) => v.size === 0)).toBe(true);
    emu.faults.clear();
    const res = await uploadPackages(settings(dir, target()));
    expect(emu.releasesFor('v1.3.0')).toMatchObject([{ draft: false }]);
    expect(await clientViewProblems(views, res.manifestUrl, k.publicKey)).toEqual([]);
    emu.assertNoViolations();
  });

  it('gitea-generic: a package refused mid-publish leaves no manifest in the registry', async () => {
    const pat = 'pat-write-package-41a7';
    const { emu, views } = await forgeWithViews('gitea', (e) => {
      const v: ClientView = new Map();
      for (const [name, f] of e.state.packages.get('acme/agent/1.3.0') ?? []) if (f.data) v.set(`${e.url}/api/packages/acme/generic/agent/1.3.0/${name}`, f.data);
      return v;
    });
    const dir = await buildSet(work(), '1.3.0', k.key);
    const forge = createForge({ forge: 'gitea', apiUrl: emu.apiUrl, token: pat, repository: `${emu.owner}/${emu.repo}`, retry: { attempts: 1, baseDelayMs: 1 } });
    emu.faults.add({ op: 'package-put', kind: 'status', status: 413, name: PLATFORM_FILES['windows-x86_64'], times: 10 });
    await expect(uploadPackages(settings(dir, giteaGenericTarget({ forge })))).rejects.toThrow(/413/);
    expect([...(emu.state.packages.get('acme/agent/1.3.0')?.keys() ?? [])].filter((n) => /manifest|latest/.test(n))).toEqual([]);
    emu.faults.clear();
    const res = await uploadPackages(settings(dir, giteaGenericTarget({ forge })));
    expect(views.at(-1)!.has(res.manifestUrl)).toBe(true);
    expect(await clientViewProblems(views, res.manifestUrl, k.publicKey)).toEqual([]);
  });

  it('http: a package refused mid-publish leaves no manifest on the update server', async () => {
    const server = await startUpdateServer({ token: 'tok-case4-7f3e9a21' });
    later(() => server.close());
    const views: ClientView[] = [];
    server.watch(() => views.push(new Map([...server.files.keys()].map((p) => [`${server.url}${p}`, server.read(p)]))));
    const dir = await buildSet(work(), '1.3.0', k.key);
    const target = () => httpTarget({ uploadUrl: `${server.url}/u/{product}/{version}/{platform}/{file}`, token: server.token, attempts: 1, baseDelayMs: 1 });
    server.faults.failPut = (p) => (p.endsWith(PLATFORM_FILES['windows-x86_64']!) ? 413 : undefined);
    await expect(uploadPackages(settings(dir, target()))).rejects.toThrow(/413/);
    expect([...server.files.keys()].filter((p) => /manifest|latest/.test(p))).toEqual([]);
    server.faults.failPut = undefined;
    const res = await uploadPackages(settings(dir, target()));
    expect(await clientViewProblems(views, res.manifestUrl, k.publicKey)).toEqual([]);
    expect(views.at(-1)!.has(res.manifestUrl)).toBe(true);
  });
});
