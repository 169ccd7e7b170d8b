/** The forge adapters directly against the emulator: typed errors, paging, capability flags, packages, downloads. */
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startForgeEmulator, type EmulatorMode, type ForgeEmulator } from '../../../src/emulator/forge.js';
import { createForge, GitHubForge, GiteaForge, ReleaseExistsError, AssetExistsError, PackageFileExistsError, ForgePermissionError, ForgeError, type Forge } from '../../../src/publishing/forge/index.js';
import { SettingsError } from '../../../src/platform/errors.js';

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
let emu: ForgeEmulator | undefined;
let dir: string | undefined;
afterEach(async () => {
  await emu?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  emu?.assertNoViolations();
  emu = undefined;
});

async function open(mode: EmulatorMode, extra: Parameters<typeof startForgeEmulator>[0] = { mode }): Promise<{ forge: Forge; file: (name: string, data: string | Buffer) => { path: string; name: string; size: number } }> {
  emu = await startForgeEmulator({ ...extra, mode });
  dir = mkdtempSync(join(tmpdir(), 'relforge-adapter-'));
  const forge = createForge({ forge: mode, apiUrl: emu.apiUrl, token: emu.token, repository: `${emu.owner}/${emu.repo}`, retry: { baseDelayMs: 5, maxDelayMs: 20 } });
  const file = (name: string, data: string | Buffer) => {
    const path = join(dir!, name);
    writeFileSync(path, data);
    return { path, name, size: Buffer.byteLength(data) };
  };
  return { forge, file };
}

describe('createForge', () => {
  it('detects Forgejo before Gitea before GitHub and lets inputs override', () => {
    const base = { token: 't0k3n', repository: 'o/r' };
    expect(createForge({ ...base, env: { FORGEJO_ACTIONS: 'true', GITEA_ACTIONS: 'true', ACT: 'true', GITHUB_API_URL: 'https://code.example/api/v1' } })).toBeInstanceOf(GiteaForge);
    expect(createForge({ ...base, env: { FORGEJO_ACTIONS: 'true', GITHUB_API_URL: 'https://code.example/api/v1' } }).kind).toBe('forgejo');
    expect(createForge({ ...base, env: { GITEA_ACTIONS: 'true', GITHUB_API_URL: 'https://g.example/api/v1' } }).kind).toBe('gitea');
    const act = createForge({ ...base, env: { ACT: 'true' } });
    expect(act).toBeInstanceOf(GitHubForge);
    expect(act.apiUrl).toBe('https://api.github.com');
    const forced = createForge({ ...base, forge: 'gitea', apiUrl: 'https://codeberg.org/api/v1/', env: {} });
    expect([forced.kind, forced.apiUrl]).toEqual(['gitea', 'https://codeberg.org/api/v1']);
    expect(createForge({ ...base, env: { GITHUB_SERVER_URL: 'https://ghe.example.com' } }).apiUrl).toBe('https://ghe.example.com/api/v3');
  });
  it('reports every settings problem at once, naming the inputs', () => {
    let err: SettingsError | undefined;
    try {
      createForge({ forge: 'gitlab', apiUrl: 'http://example.com/api', token: '', repository: 'nope', env: {} });
    } catch (e) {
      err = e as SettingsError;
    }
    expect(err).toBeInstanceOf(SettingsError);
    expect(err!.problems).toHaveLength(4);
    expect(err!.message).toMatch(/"forge"[\s\S]*"api-url"[\s\S]*owner\/name[\s\S]*"token"/);
  });
});

describe.each(['github', 'gitea', 'forgejo'] as const)('%s adapter', (mode) => {
  it('capability flags match the forge', async () => {
    const { forge } = await open(mode);
    const c = forge.capabilities;
    if (mode === 'github') expect([c.duplicateAssetNames, c.assetDigest, c.releaseExistsStatus, c.immutableReleases, c.rateLimitHeaders, c.makeLatest, c.genericPackages]).toEqual([false, true, 422, true, true, true, false]);
    else expect([c.duplicateAssetNames, c.assetDigest, c.releaseExistsStatus, c.immutableReleases, c.rateLimitHeaders, c.makeLatest, c.genericPackages]).toEqual([true, false, 409, false, false, false, true]);
    expect(c.draftCreatesTagAtPublish).toBe(true);
  });

  it('creates drafts (tag only at publish), finds them by listing, maps "release exists" to ReleaseExistsError', async () => {
    const { forge } = await open(mode);
    const d = await forge.createDraft({ tagName: 'v1.0.0', name: 'One', body: 'b', prerelease: false, targetCommitish: 'c'.repeat(40) });
    expect(d.draft).toBe(true);
    expect(emu!.state.tags.has('v1.0.0')).toBe(false);
    const found = await forge.findRelease('v1.0.0');
    expect(found.published).toBeUndefined();
    expect(found.drafts.map((r) => r.id)).toEqual([d.id]);
    const p = await forge.publish(d.id, { prerelease: false, makeLatest: 'true' });
    expect(p.draft).toBe(false);
    expect(emu!.state.tags.get('v1.0.0')).toBe('c'.repeat(40));
    await expect(forge.createDraft({ tagName: 'v1.0.0' })).rejects.toBeInstanceOf(ReleaseExistsError);
    expect((await forge.findRelease('v1.0.0')).published?.id).toBe(d.id);
  });

  it('uploads streamed assets (exact bytes), lists, downloads and deletes them', async () => {
    const { forge, file } = await open(mode);
    const d = await forge.createDraft({ tagName: 'v1.0.0' });
    const data = Buffer.from(Array.from({ length: 70_000 }, (_, i) => i % 251));
    const a = await forge.uploadAsset(d, file('bin.dat', data));
    expect([a.name, a.size]).toEqual(['bin.dat', data.length]);
    expect(a.sha256).toBe(mode === 'github' ? sha256(data) : undefined);
    expect(emu!.releasesFor('v1.0.0')[0]!.assets[0]!.sha256).toBe(sha256(data));
    const dest = join(dir!, 'back.dat');
    await forge.downloadAsset(d, (await forge.listAssets(d))[0]!, dest);
    expect(sha256(readFileSync(dest))).toBe(sha256(data));
    // same name again: GitHub refuses (422), Gitea/Forgejo store a duplicate
    if (mode === 'github') await expect(forge.uploadAsset(d, file('bin.dat', data))).rejects.toBeInstanceOf(AssetExistsError);
    else {
      await forge.uploadAsset(d, file('bin.dat', data));
      expect((await forge.listAssets(d)).filter((x) => x.name === 'bin.dat')).toHaveLength(2);
    }
    for (const x of await forge.listAssets(d)) await forge.deleteAsset(d, x);
    expect(await forge.listAssets(d)).toEqual([]);
  });

  it('pages through more releases than one page holds', async () => {
    const { forge } = await open(mode);
    const target = emu!.seedRelease({ tagName: 'v0.0.1' });
    for (let i = 0; i < 130; i++) emu!.seedRelease({ tagName: `v1.${i}.0` });
    expect((await forge.findRelease('v0.0.1')).published?.id).toBe(target.id);
    const sizes = emu!.state.requests.filter((q) => /releases$/.test(q.path) && q.method === 'GET').map((q) => new URLSearchParams(q.query).get(mode === 'github' ? 'per_page' : 'limit'));
    expect(sizes[0]).toBe(mode === 'github' ? '100' : '50');
    expect(sizes.length).toBe(mode === 'github' ? 2 : 3);
  });

  it('lists every asset of a release with more than one page of them', async () => {
    const { forge } = await open(mode);
    const r = emu!.seedRelease({ tagName: 'v2.0.0', draft: true });
    for (let i = 0; i < 130; i++) r.assets.push({ id: 5000 + i, uuid: `u-${i}`, name: `f${i}.bin`, label: null, size: 1, sha256: 'a'.repeat(64), state: 'uploaded', contentType: 'application/octet-stream', createdAt: '2026-01-01T00:00:00Z', downloadCount: 0 });
    const d = (await forge.findRelease('v2.0.0')).drafts[0]!;
    expect((await forge.listAssets(d)).map((a) => a.name).sort()).toEqual(r.assets.map((a) => a.name).sort());
  });

  it('a read-only token fails with ForgePermissionError naming the permission', async () => {
    const { forge } = await open(mode, { mode, readOnlyTokens: ['read-only-token-1'] });
    const ro = createForge({ forge: mode, apiUrl: emu!.apiUrl, token: 'read-only-token-1', repository: `${emu!.owner}/${emu!.repo}` });
    void forge;
    const err = (await ro.createDraft({ tagName: 'v9.9.9' }).then(() => undefined, (e: unknown) => e as Error))!;
    expect(err).toBeInstanceOf(ForgePermissionError);
    expect(err.message).toMatch(/contents: write/);
    expect(err.message).not.toContain('read-only-token-1');
  });
});

describe('the emulator enforces the API documents', () => {
  it.each(['github', 'gitea'] as const)('%s: a request outside the document is answered 400 and recorded as a violation', async (mode) => {
    await open(mode);
    const { request } = await import('../../../src/platform/http.js');
    const base = `${emu!.apiUrl}/repos/${emu!.owner}/${emu!.repo}/releases`;
    const auth = { authorization: `token ${emu!.token}`, 'content-type': 'application/json' };
    const bad = mode === 'github' ? { tag_name: 'v1', make_latest: 'maybe' } : { tag_name: 'v1', draft: 'yes' };
    const res = await request({ method: 'POST', url: base, headers: auth, body: JSON.stringify(bad), attempts: 1 });
    expect(res.status).toBe(400);
    const pageParam = mode === 'github' ? 'limit' : 'per_page'; // the other forge's paging parameter
    expect((await request({ method: 'GET', url: `${base}?${pageParam}=5`, headers: auth, attempts: 1 })).status).toBe(400);
    expect(emu!.violations.map((v) => v.message)).toEqual([expect.stringMatching(mode === 'github' ? /make_latest/ : /draft must be boolean/), expect.stringContaining(`query parameter "${pageParam}" is not declared`)]);
    expect(emu!.releasesFor('v1')).toHaveLength(0);
    emu!.violations.length = 0; // expected here; afterEach asserts none are left
  });
});

describe('GitHub specifics', () => {
  it('uploads to the upload_url host; downloads follow the 302 without sending the token to the other origin', async () => {
    const { forge, file } = await open('github');
    const d = await forge.createDraft({ tagName: 'v1.0.0' });
    // loopback has no api./uploads. names: the emulator serves uploads under /_uploads (as GHES does /api/uploads)
    expect(d.uploadUrl.startsWith(`${emu!.uploadsUrl}/repos/`)).toBe(true);
    const a = await forge.uploadAsset(d, file('x.txt', 'xyz'));
    expect(emu!.state.requests.filter((q) => q.operationId === 'repos/upload-release-asset').map((q) => q.server)).toEqual(['uploads']);
    const dest = join(dir!, 'x.back');
    await forge.downloadAsset(d, a, dest);
    expect(readFileSync(dest, 'utf8')).toBe('xyz');
    expect(await forge.hashAsset(d, a)).toBe(sha256('xyz'));
    // the 302 went to object storage on another origin, which got no credential
    expect(emu!.elsewhere.requests.map((q) => [q.path.startsWith('/_objects/'), q.credential])).toEqual([[true, false], [true, false]]);
  });

  it('never sends the token to an upload_url on a foreign host', async () => {
    const { forge, file } = await open('github');
    const d = await forge.createDraft({ tagName: 'v1.0.0' });
    await expect(forge.uploadAsset({ ...d, uploadUrl: 'https://evil.example/repos/o/r/releases/1/assets' }, file('x.txt', 'x'))).rejects.toThrow(/Refusing to send the forge token to https:\/\/evil\.example/);
    const gh = new GitHubForge('https://api.github.com', 'o', 'r', 'tok');
    const rel = { ...d, uploadUrl: 'https://uploads.github.com/repos/o/r/releases/1/assets' };
    // allowed host: fails only later, on the network (not on the host check)
    await expect(gh.uploadAsset(rel, { ...file('y.txt', 'y'), path: '/nonexistent/file' })).rejects.not.toThrow(/refusing/);
  });

  it('GHES layout: API under /api/v3, uploads under /api/uploads', async () => {
    const { forge, file } = await open('github', { mode: 'github', ghes: true });
    expect(emu!.apiUrl).toMatch(/\/api\/v3$/);
    const d = await forge.createDraft({ tagName: 'v1.0.0' });
    expect(d.uploadUrl).toMatch(/\/api\/uploads\/repos\//);
    await forge.uploadAsset(d, file('x.txt', 'xyz'));
    expect(emu!.releasesFor('v1.0.0')[0]!.assets.map((a) => a.name)).toEqual(['x.txt']);
  });

  it('a 429 with retry-after and a 403 secondary limit are waited out; x-ratelimit headers are present', async () => {
    const { forge } = await open('github');
    emu!.faults.add({ op: 'list', kind: '429', retryAfter: 0, times: 2 });
    emu!.faults.add({ op: 'list', kind: '403-secondary', retryAfter: 0, times: 1, after: 0 });
    expect((await forge.findRelease('v1')).drafts).toEqual([]);
    expect(emu!.faults.fired).toBe(3);
    expect(emu!.state.requests.filter((q) => q.operationId === 'repos/list-releases').map((q) => q.status)).toEqual([429, 429, 403, 200]);
  });

  it('every API answer carries x-ratelimit-* headers; an exhausted primary limit (remaining 0) is waited out until the reset', async () => {
    const { forge } = await open('github');
    emu!.faults.add({ op: 'list', kind: '429', retryAfter: null, times: 1 });
    const { request } = await import('../../../src/platform/http.js');
    const res = await request({ method: 'GET', url: `${emu!.apiUrl}/repos/${emu!.owner}/${emu!.repo}/releases`, headers: { authorization: `Bearer ${emu!.token}` }, maxDelayMs: 5, baseDelayMs: 1 });
    expect(res.status).toBe(200);
    expect(Object.keys(res.headers)).toEqual(expect.arrayContaining(['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-ratelimit-used', 'x-ratelimit-resource']));
    expect(emu!.state.requests.map((q) => q.status)).toEqual([429, 200]);
    void forge;
  });

  it('generic packages are refused with a clear message', async () => {
    const { forge, file } = await open('github');
    await expect(forge.uploadPackageFile({ name: 'app', version: '1.0.0' }, file('a', 'a'))).rejects.toThrow(/no generic package registry/);
  });
});

describe.each(['gitea', 'forgejo'] as const)('%s generic packages', (mode) => {
  it('PUT 201, 409 on the same file, files list with sha256, delete', async () => {
    const { forge, file } = await open(mode);
    const pkg = { name: 'widget', version: '1.2.3' };
    const f = file('widget-linux-x86_64.tar.gz', 'package bytes');
    await forge.uploadPackageFile(pkg, f);
    await expect(forge.uploadPackageFile(pkg, f)).rejects.toBeInstanceOf(PackageFileExistsError);
    expect(await forge.listPackageFiles(pkg)).toEqual([expect.objectContaining({ name: f.name, size: f.size, sha256: sha256('package bytes') })]);
    const dest = join(dir!, 'pkg.back');
    await forge.downloadPackageFile(pkg, f.name, dest);
    expect(readFileSync(dest, 'utf8')).toBe('package bytes');
    await forge.deletePackageFile(pkg, f.name);
    expect(await forge.listPackageFiles(pkg)).toEqual([]);
    await expect(forge.uploadPackageFile({ name: 'bad/name', version: '1' }, f)).rejects.toBeInstanceOf(ForgeError);
  });

  it('the job token cannot write packages when a separate package token is required', async () => {
    const { forge, file } = await open(mode, { mode, packageToken: 'pat-write-package-0001' });
    const err = (await forge.uploadPackageFile({ name: 'w', version: '1' }, file('a.bin', 'a')).then(() => undefined, (e: unknown) => e as Error))!;
    expect(err).toBeInstanceOf(ForgePermissionError);
    expect(err.message).toMatch(/write:package/);
    const pat = createForge({ forge: mode, apiUrl: emu!.apiUrl, token: 'pat-write-package-0001', repository: `${emu!.owner}/${emu!.repo}` });
    await pat.uploadPackageFile({ name: 'w', version: '1' }, file('a.bin', 'a'));
    expect((await pat.listPackageFiles({ name: 'w', version: '1' })).map((x) => x.name)).toEqual(['a.bin']);
  });
});
