/**
 * publishRelease against the spec-validating forge emulator, in GitHub, Gitea and Forgejo modes.
 * Expectations are computed independently (node:crypto over the bytes the test wrote), never read back
 * from the code under test.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startForgeEmulator, type EmulatorMode, type ForgeEmulator, type EmuAsset, type Fault } from '../../src/emulator/forge.js';
import { publishRelease, type PublishReleaseSettings } from '../../src/publishing/publish-release.js';
import { publishToEmulator, writeRequests } from '../helpers/forge-publish.js';
import { clearSecrets, registerSecret } from '../../src/platform/secrets.js';
import { RelforgeError } from '../../src/platform/errors.js';

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

interface Ctx {
  emu: ForgeEmulator;
  dir: string;
  files: Record<string, Buffer>;
  logs: string[];
  run(extra?: Partial<PublishReleaseSettings>): ReturnType<typeof publishRelease>;
}

let ctx: Ctx | undefined;

async function setup(mode: EmulatorMode, opts: { files?: Record<string, Buffer>; immutable?: boolean; readOnlyTokens?: string[]; digests?: boolean } = {}): Promise<Ctx> {
  const emu = await startForgeEmulator({ mode, immutableReleases: opts.immutable, readOnlyTokens: opts.readOnlyTokens, digests: opts.digests });
  const dir = mkdtempSync(join(tmpdir(), 'relforge-publish-test-'));
  const files = opts.files ?? { 'app-linux-x64.tar.gz': Buffer.from(`linux ${randomUUID()}`), 'app-windows-x64.zip': Buffer.alloc(300_000, 7), 'notes.txt': Buffer.from('hello\n') };
  for (const [n, b] of Object.entries(files)) writeFileSync(join(dir, n), b);
  const logs: string[] = [];
  const c: Ctx = {
    emu,
    dir,
    files,
    logs,
    run: (extra = {}) => publishToEmulator(emu, mode, dir, logs, { baseDelayMs: 5, maxDelayMs: 20 }, extra),
  };
  ctx = c;
  return c;
}

afterEach(async () => {
  if (!ctx) return;
  const c = ctx;
  ctx = undefined;
  await c.emu.close();
  rmSync(c.dir, { recursive: true, force: true });
  clearSecrets();
  c.emu.assertNoViolations();
});

function expectedSums(files: Record<string, Buffer>): string {
  return Object.keys(files)
    .sort()
    .map((n) => `${sha256(files[n]!)}  ${n}\n`)
    .join('');
}

/** The converged end state: one published release for the tag, exactly the expected assets, each once, right bytes. */
function expectConverged(c: Ctx, tag = 'v1.2.3', checksums = true) {
  const rels = c.emu.releasesFor(tag);
  expect(rels).toHaveLength(1);
  const r = rels[0]!;
  expect(r.draft).toBe(false);
  expect(c.emu.state.tags.has(tag)).toBe(true);
  const expected: Record<string, string> = {};
  for (const [n, b] of Object.entries(c.files)) expected[n] = sha256(b);
  if (checksums) expected.SHA256SUMS = sha256(expectedSums(c.files));
  const actual: Record<string, string> = {};
  for (const a of r.assets) {
    expect(a.state).toBe('uploaded');
    expect(actual[a.name], `duplicate asset ${a.name}`).toBeUndefined();
    actual[a.name] = a.sha256;
  }
  expect(actual).toEqual(expected);
  if (checksums) expect(r.assets.find((a) => a.name === 'SHA256SUMS')!.data!.toString()).toBe(expectedSums(c.files));
  return r;
}

const writes = (c: Ctx) => writeRequests(c.emu);

function seedAsset(name: string, data: Buffer, state: EmuAsset['state'] = 'uploaded'): EmuAsset {
  return { id: 10_000 + Math.floor(Math.random() * 1e6), uuid: randomUUID(), name, label: null, size: data.length, sha256: sha256(data), state, contentType: 'application/octet-stream', data, createdAt: '2026-01-01T00:00:00Z', downloadCount: 0 };
}

describe.each(['github', 'gitea', 'forgejo'] as const)('publishRelease on %s', (mode) => {
  it('first publish: draft → upload → verify → publish, outputs and SHA256SUMS', async () => {
    const c = await setup(mode);
    const res = await c.run({ body: 'Release notes', name: 'Widget 1.2.3' });
    const r = expectConverged(c);
    expect(r.name).toBe('Widget 1.2.3');
    expect(r.body).toBe('Release notes');
    expect(r.prerelease).toBe(false);
    expect(res.created).toBe(true);
    expect(res.published).toBe(true);
    expect(res.releaseId).toBe(r.id);
    expect(res.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    expect(res.assets.map((a) => [a.name, a.size, a.sha256])).toEqual(
      [...Object.keys(c.files).sort().map((n) => [n, c.files[n]!.length, sha256(c.files[n]!)]), ['SHA256SUMS', expectedSums(c.files).length, sha256(expectedSums(c.files))]],
    );
    for (const a of res.assets) expect(a.url).toMatch(/^http:/);
    // The release was created as a draft and published last: the create request said draft:true and
    // the PATCH came after every upload.
    const ops = c.emu.state.requests.map((q) => q.operationId ?? q.path);
    const lastUpload = ops.lastIndexOf(mode === 'github' ? 'repos/upload-release-asset' : 'repoCreateReleaseAttachment');
    const publish = ops.indexOf(mode === 'github' ? 'repos/update-release' : 'repoEditRelease');
    expect(publish).toBeGreaterThan(lastUpload);
    if (mode === 'github') {
      // uploads went to the uploads host, never the API host
      expect(c.emu.state.requests.filter((q) => q.operationId === 'repos/upload-release-asset').every((q) => q.server === 'uploads')).toBe(true);
    }
  });

  it('a re-run of a complete release is a no-op (no write request)', async () => {
    const c = await setup(mode);
    await c.run();
    const before = writes(c).length;
    const res = await c.run();
    expect(writes(c).length).toBe(before);
    expect(res.created).toBe(false);
    expectConverged(c);
  });

  const failures: Array<[string, Fault]> = [
    ['502 mid-upload', { op: 'upload', kind: '502', stage: 'mid-body', name: 'app-windows-x64.zip' }],
    ['502 after the upload was stored', { op: 'upload', kind: '502', stage: 'after-commit', name: 'app-windows-x64.zip' }],
    ['connection reset during upload', { op: 'upload', kind: 'reset', name: 'app-windows-x64.zip' }],
    ['502 after the draft was created', { op: 'create', kind: '502', stage: 'after-commit' }],
    ['connection reset on create', { op: 'create', kind: 'reset' }],
    ['502 on publish', { op: 'publish', kind: '502' }],
    ['connection reset while listing releases', { op: 'list', kind: 'reset' }],
    ['429 with retry-after on upload', { op: 'upload', kind: '429', retryAfter: 0 }],
    ...(mode === 'github' ? ([['403 secondary rate limit on upload', { op: 'upload', kind: '403-secondary', retryAfter: 0 }]] as Array<[string, Fault]>) : []),
  ];

  it.each(failures)('recovers within one run from a single %s', async (_label, fault) => {
    const c = await setup(mode);
    c.emu.faults.add({ ...fault, times: 1 });
    await c.run();
    expect(c.emu.faults.fired).toBe(1);
    expectConverged(c);
  });

  const lostAnswer = (f: Fault) => f.stage === 'after-commit';
  it.each(failures.filter(([, f]) => !lostAnswer(f)))('a run that keeps failing on %s publishes nothing; the re-run converges with no duplicates', async (_label, fault) => {
    const c = await setup(mode);
    c.emu.faults.add({ ...fault, times: 1000 });
    await expect(c.run()).rejects.toThrow(RelforgeError);
    // invariant 3: nothing visible before all assets are uploaded and verified
    expect(c.emu.releasesFor('v1.2.3').filter((r) => !r.draft)).toHaveLength(0);
    c.emu.faults.clear();
    await c.run();
    expectConverged(c);
  });

  it.each(failures.filter(([, f]) => lostAnswer(f)))('every answer lost (%s): the run re-lists, adopts what the forge did, and converges', async (_label, fault) => {
    const c = await setup(mode);
    c.emu.faults.add({ ...fault, times: 1000 });
    await c.run();
    expect(c.emu.faults.fired).toBeGreaterThan(0);
    expectConverged(c);
  });

  it('prerelease and make_latest follow the channel', async () => {
    const c = await setup(mode);
    await c.run({ tag: 'v2.0.0' });
    const stable = c.emu.releasesFor('v2.0.0')[0]!;
    expect(stable.prerelease).toBe(false);
    await c.run({ tag: 'v2.1.0-beta.1' });
    const beta = c.emu.releasesFor('v2.1.0-beta.1')[0]!;
    expect(beta.prerelease).toBe(true);
    expect(beta.draft).toBe(false);
    await c.run({ tag: 'v2.1.0-rc.1', prerelease: false });
    expect(c.emu.releasesFor('v2.1.0-rc.1')[0]!.prerelease).toBe(false);
    if (mode === 'github') {
      expect(stable.makeLatest).toBe('true');
      expect(beta.makeLatest).toBe('false');
      // the beta did not become latest; the explicit stable rc did
      expect(c.emu.state.latestReleaseId).toBe(c.emu.releasesFor('v2.1.0-rc.1')[0]!.id);
    } else {
      expect(stable.makeLatest).toBeUndefined();
      expect(beta.makeLatest).toBeUndefined();
    }
  });

  it('input draft: true uploads and verifies but leaves the release unpublished', async () => {
    const c = await setup(mode);
    const res = await c.run({ draft: true });
    const r = c.emu.releasesFor('v1.2.3')[0]!;
    expect(r.draft).toBe(true);
    expect(res.published).toBe(false);
    expect(c.emu.state.tags.has('v1.2.3')).toBe(false); // the tag appears only at publish
    await c.run();
    expectConverged(c);
  });

  it('60 assets, with the release on a later page of the release list', async () => {
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 60; i++) files[`pkg-${String(i).padStart(2, '0')}.bin`] = Buffer.from(`payload ${i} ${'x'.repeat(i * 37)}`);
    const c = await setup(mode, { files });
    // the release sits behind more than one page of newer releases (GitHub 100 per page, Gitea 50)
    const draft = c.emu.seedRelease({ tagName: 'v1.2.3', draft: true });
    for (let i = 0; i < 120; i++) c.emu.seedRelease({ tagName: `v0.0.${i}` });
    draft.assets.push(seedAsset('pkg-00.bin', files['pkg-00.bin']!));
    await c.run();
    expectConverged(c);
    expect(c.emu.releasesFor('v1.2.3')[0]!.id).toBe(draft.id);
    const pages = c.emu.state.requests.filter((q) => q.operationId === (mode === 'github' ? 'repos/list-releases' : 'repoListReleases')).map((q) => new URLSearchParams(q.query).get('page'));
    expect(pages).toContain('2');
  });

  it('overwrite: replace swaps different content, keeps identical content without re-uploading it', async () => {
    const c = await setup(mode);
    const draft = c.emu.seedRelease({ tagName: 'v1.2.3', draft: true });
    draft.assets.push(seedAsset('notes.txt', Buffer.from('old notes\n')), seedAsset('app-windows-x64.zip', c.files['app-windows-x64.zip']!));
    await c.run();
    expectConverged(c);
    const uploads = c.emu.state.requests.filter((q) => q.operationId === (mode === 'github' ? 'repos/upload-release-asset' : 'repoCreateReleaseAttachment')).map((q) => new URLSearchParams(q.query).get('name'));
    expect(uploads.sort()).toEqual(['SHA256SUMS', 'app-linux-x64.tar.gz', 'notes.txt']);
  });

  it('overwrite: fail refuses a same-name asset with other content; skip keeps it', async () => {
    const c = await setup(mode);
    const draft = c.emu.seedRelease({ tagName: 'v1.2.3', draft: true });
    draft.assets.push(seedAsset('notes.txt', Buffer.from('old notes\n')));
    await expect(c.run({ overwrite: 'fail' })).rejects.toThrow(/notes\.txt.*overwrite is "fail"/s);
    expect(draft.draft).toBe(true);
    await c.run({ overwrite: 'skip' });
    const r = c.emu.releasesFor('v1.2.3')[0]!;
    expect(r.draft).toBe(false);
    expect(r.assets.filter((a) => a.name === 'notes.txt').map((a) => a.data!.toString())).toEqual(['old notes\n']);
  });

  it('a published but incomplete (mutable) release is completed, not duplicated', async () => {
    const c = await setup(mode);
    const pub = c.emu.seedRelease({ tagName: 'v1.2.3' });
    pub.assets.push(seedAsset('notes.txt', c.files['notes.txt']!));
    const res = await c.run();
    expect(res.created).toBe(false);
    expect(expectConverged(c).id).toBe(pub.id);
  });

  it('missing or unreadable files fail before any API call', async () => {
    const c = await setup(mode);
    await expect(c.run({ files: ['does-not-exist.zip'] })).rejects.toThrow(/files.*does-not-exist\.zip/);
    await expect(c.run({ files: ['*.nothing'] })).rejects.toThrow(/matched no files/);
    await expect(c.run({ tag: 'v1 .2' })).rejects.toThrow(/Input "tag"/);
    expect(c.emu.state.requests).toHaveLength(0);
  });

  it('a token without permission fails once with the fix named, and the token is never printed', async () => {
    const readOnly = `ro_${randomUUID()}`;
    const c = await setup(mode, { readOnlyTokens: [readOnly] });
    registerSecret(readOnly);
    const err = await c
      .run({ forge: { forge: mode, apiUrl: c.emu.apiUrl, token: readOnly, repository: `${c.emu.owner}/${c.emu.repo}`, retry: { baseDelayMs: 5 } } })
      .then(() => undefined, (e: unknown) => e as Error);
    expect(err).toBeInstanceOf(RelforgeError);
    expect(err!.message).toMatch(/contents: write/);
    const all = `${err!.message}\n${err!.stack}\n${c.logs.join('\n')}`;
    expect(all).not.toContain(readOnly);
    expect(all).not.toContain(c.emu.token);
    // a 403 that is not a rate limit is not retried
    expect(c.emu.state.requests.filter((q) => q.operationId === (mode === 'github' ? 'repos/create-release' : 'repoCreateRelease'))).toHaveLength(1);
    expect(c.emu.releasesFor('v1.2.3')).toHaveLength(0);
  });

  it('dry run reports the plan and writes nothing', async () => {
    const c = await setup(mode);
    const res = await c.run({ dryRun: true });
    expect(writes(c)).toHaveLength(0);
    expect(res.dryRun).toBe(true);
    expect(res.actions.join('\n')).toMatch(/create draft release v1\.2\.3[\s\S]*upload app-linux-x64\.tar\.gz[\s\S]*publish v1\.2\.3/);
    // no token: local plan only, no request at all
    const before = c.emu.state.requests.length;
    const offline = await c.run({ dryRun: true, forge: { forge: mode, token: '', repository: 'a/b' } });
    expect(offline.assets.map((a) => a.name)).toContain('SHA256SUMS');
    expect(c.emu.state.requests.length).toBe(before);
  });
});

describe('GitHub-only behaviours', () => {
  it('several drafts for one tag: keeps the oldest, deletes the rest', async () => {
    const c = await setup('github');
    const d1 = c.emu.seedRelease({ tagName: 'v1.2.3', draft: true, createdAt: '2026-01-01T00:00:00Z' });
    c.emu.seedRelease({ tagName: 'v1.2.3', draft: true, createdAt: '2026-01-02T00:00:00Z' });
    await c.run();
    expect(expectConverged(c).id).toBe(d1.id);
  });

  it('names GitHub would rename fail before any API call', async () => {
    const c = await setup('github', { files: { 'my app (x64).zip': Buffer.from('z') } });
    await expect(c.run()).rejects.toThrow(/Input "files" names "my app \(x64\)\.zip", which the forge would rename to "my\.app\.\.x64\.\.zip"/);
    expect(c.emu.state.requests).toHaveLength(0);
  });

  it('without digests (older assets), verification downloads small files and still converges', async () => {
    const c = await setup('github', { digests: false });
    await c.run();
    expectConverged(c);
    expect(c.emu.state.requests.filter((q) => q.path.startsWith('/_objects/'))).toHaveLength(Object.keys(c.files).length + 1);
  });

  it('a starter asset left by an interrupted upload is removed', async () => {
    const c = await setup('github');
    const d = c.emu.seedRelease({ tagName: 'v1.2.3', draft: true });
    d.assets.push(seedAsset('notes.txt', Buffer.from('hel'), 'starter'));
    await c.run();
    expectConverged(c);
  });

  it('immutable releases: a complete re-run is a no-op; a different file is reported, nothing modified', async () => {
    const c = await setup('github', { immutable: true });
    await c.run();
    const r = expectConverged(c);
    expect(r.immutable).toBe(true);
    await c.run();
    const before = writes(c).length;
    writeFileSync(join(c.dir, 'notes.txt'), 'changed\n');
    writeFileSync(join(c.dir, 'extra.txt'), 'new\n');
    const err = await c.run().then(() => undefined, (e: Error) => e);
    expect(err?.message).toMatch(/immutable/);
    expect(err?.message).toMatch(/replace notes\.txt/);
    expect(err?.message).toMatch(/add extra\.txt/);
    expect(err?.message).toMatch(/cut a new version/);
    expect(writes(c).length).toBe(before);
    expectConverged(c);
  });

  it('a tag burnt by an immutable release cannot be reused: the error says to cut a new version', async () => {
    const c = await setup('github', { immutable: true });
    await c.run();
    c.emu.state.releases.length = 0; // the release was deleted; the tag stays burnt
    await expect(c.run()).rejects.toThrow(/immutable release.*cut a new version/s);
  });

  it('drafts are invisible by tag (why the recipe lists)', async () => {
    const c = await setup('github');
    await c.run({ draft: true });
    const { request } = await import('../../src/platform/http.js');
    const res = await request({ method: 'GET', url: `${c.emu.apiUrl}/repos/${c.emu.owner}/${c.emu.repo}/releases/tags/v1.2.3`, headers: { authorization: `Bearer ${c.emu.token}` }, attempts: 1 });
    expect(res.status).toBe(404);
  });
});

describe('Gitea/Forgejo-only behaviours', () => {
  it.each(['gitea', 'forgejo'] as const)('%s: duplicate same-name attachments collapse to one', async (mode) => {
    const c = await setup(mode);
    const d = c.emu.seedRelease({ tagName: 'v1.2.3', draft: true });
    d.assets.push(seedAsset('notes.txt', c.files['notes.txt']!), seedAsset('notes.txt', c.files['notes.txt']!), seedAsset('notes.txt', Buffer.from('other')));
    await c.run();
    expectConverged(c);
  });

  it.each(['gitea', 'forgejo'] as const)('%s: 409 on create (release appeared meanwhile) adopts the existing draft', async (mode) => {
    const c = await setup(mode);
    // a parallel job created the release between our list and our create
    c.emu.faults.add({ op: 'create', kind: 'status', status: 409, times: 1 });
    c.emu.seedRelease({ tagName: 'v1.2.3', draft: true });
    await c.run();
    expectConverged(c);
  });
});
