/**
 * Issue 17, publishing half: nothing public until it is proven. publish-release `mode: stage` leaves a verified draft
 * for a tag that does not exist yet; `mode: publish` publishes it only once the tag is on the remote at the release
 * commit; inspect judges a release by content (digest / streamed bytes, minisign signatures against the pinned key,
 * the tag, the prerelease flag). Against the spec-validating forge emulator in GitHub and Gitea modes, whose tags
 * are a REAL bare git repository (tags are pushed and moved there with git), with files signed by the real minisign.
 * Expectations are computed here independently (node:crypto hashes, git rev-parse in the bare remote).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startForgeEmulator, type EmulatorMode, type ForgeEmulator } from '../../src/emulator/forge.js';
import { publishRelease, renderPublishSummary, type PublishReleaseResult, type PublishReleaseSettings } from '../../src/publishing/publish-release.js';
import { inspectRelease } from '../../src/publishing/inspect.js';
import { useRepos, type TestRepo } from '../helpers/repo.js';
import { requireTool } from '../helpers/tools.js';

const minisign = requireTool('minisign', 'apt-get install minisign');
const repos = useRepos();
const TAG = 'v1.2.0';
const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

let keyDir: string;
let pubPath: string;
beforeAll(() => {
  keyDir = mkdtempSync(join(tmpdir(), 'relforge-order-key-'));
  pubPath = join(keyDir, 'k.pub');
  if (minisign) execFileSync(minisign, ['-G', '-W', '-p', pubPath, '-s', join(keyDir, 'k.sec')], { stdio: 'ignore' });
});
afterAll(() => rmSync(keyDir, { recursive: true, force: true }));

const dirs: string[] = [];
let emu: ForgeEmulator | undefined;
afterEach(async () => {
  emu?.assertNoViolations();
  await emu?.close();
  emu = undefined;
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

/** A build signed as the sign step does it: binaries, SHA256SUMS, and a .minisig for each (real minisign). */
function signedBuild(label: string): { dir: string; files: Record<string, Buffer> } {
  const dir = mkdtempSync(join(tmpdir(), 'relforge-order-dist-'));
  dirs.push(dir);
  const files = { 'app-linux': Buffer.from(`ELF linux build ${label}\n`.repeat(50)), 'app-windows.exe': Buffer.from(`MZ windows build ${label}\n`.repeat(40)) };
  for (const [n, b] of Object.entries(files)) writeFileSync(join(dir, n), b);
  writeFileSync(join(dir, 'SHA256SUMS'), Object.entries(files).map(([n, b]) => `${sha256(b)}  ${n}\n`).join(''));
  execFileSync(minisign!, ['-S', '-s', join(keyDir, 'k.sec'), '-m', ...Object.keys(files).map((n) => join(dir, n)), join(dir, 'SHA256SUMS')], { stdio: 'ignore' });
  return { dir, files };
}

interface Setup {
  repo: TestRepo;
  commit: string;
  logs: string[];
  run(mode: 'stage' | 'publish', extra?: Partial<PublishReleaseSettings>): Promise<PublishReleaseResult>;
  inspect(extra?: { commit?: string }): ReturnType<typeof inspectRelease>;
  /** What anyone without a token sees: the releases listed anonymously. */
  publicReleases(): Promise<Array<{ tag_name: string; draft: boolean }>>;
  pushTag(at?: string): void;
}

async function setup(mode: EmulatorMode, dist: string, ghes = false): Promise<Setup> {
  const repo = repos();
  const commit = repo.commit('feat: the release commit');
  repo.git('push', '-q', 'origin', 'main');
  emu = await startForgeEmulator({ mode, ghes, git: repo.remote });
  const e = emu;
  const logs: string[] = [];
  const forge = { forge: mode, apiUrl: e.apiUrl, token: e.token, repository: `${e.owner}/${e.repo}`, retry: { attempts: 2, baseDelayMs: 5 } };
  return {
    repo,
    commit,
    logs,
    run: (m, extra = {}) =>
      publishRelease({ tag: TAG, mode: m, commit, files: ['*'], checksums: false, cwd: dist, publicKey: pubPath, forge, retryDelayMs: 5, log: (l) => logs.push(l), ...extra }),
    inspect: (extra = {}) => inspectRelease({ tag: TAG, forge, publicKey: pubPath, log: (l) => logs.push(l), ...extra }),
    async publicReleases() {
      const res = await fetch(`${e.apiUrl}/repos/${e.owner}/${e.repo}/releases`);
      expect(res.status).toBe(200);
      return (await res.json()) as Array<{ tag_name: string; draft: boolean }>;
    },
    pushTag(at) {
      repo.tag(TAG, at ? { ref: at } : {});
      repo.git('push', '-q', 'origin', `refs/tags/${TAG}`);
    },
  };
}

const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as Error);

describe.skipIf(!minisign).each(['github', 'gitea'] as const)('release order on %s (emulator + real git + real minisign)', (mode) => {
  it('stage on a tag that does not exist yet leaves a private draft; publish waits for the pushed tag and uses it', async () => {
    const { dir } = signedBuild('one');
    const s = await setup(mode, dir);
    const staged = await s.run('stage');
    expect({ draft: staged.draft, published: staged.published, created: staged.created }).toEqual({ draft: true, published: false, created: true });
    expect(s.repo.remoteCommit(`refs/tags/${TAG}`)).toBeUndefined(); // staging made no tag
    expect(await s.publicReleases()).toEqual([]); // the draft is invisible to anyone without push access
    expect((await fetch(`${emu!.url}/${emu!.owner}/${emu!.repo}/releases/download/${TAG}/app-linux`)).status).toBe(404);

    // publish before the tag is pushed: refused, nothing public
    const early = await failure(s.run('publish', { files: [] }));
    expect(early?.message).toMatch(/Tag v1\.2\.0 does not exist on the forge, so nothing was published/);
    expect(await s.publicReleases()).toEqual([]);

    s.pushTag();
    const published = await s.run('publish', { files: [] });
    expect({ published: published.published, complete: published.complete, id: published.releaseId }).toEqual({ published: true, complete: true, id: staged.releaseId });
    expect(s.repo.remoteCommit(`refs/tags/${TAG}`)).toBe(s.commit); // the pushed tag was used, not re-created
    expect((await s.publicReleases()).map((r) => [r.tag_name, r.draft])).toEqual([[TAG, false]]);
    const dl = await fetch(`${emu!.url}/${emu!.owner}/${emu!.repo}/releases/download/${TAG}/app-linux`);
    expect(Buffer.from(await dl.arrayBuffer())).toEqual(readFileSync(join(dir, 'app-linux')));

    const judged = await s.inspect({ commit: s.commit });
    expect({ complete: judged.complete, missing: judged.missing }).toEqual({ complete: true, missing: [] });
    // re-running publish on a complete release changes nothing
    const writes = emu!.state.requests.filter((r) => r.method !== 'GET').length;
    expect((await s.run('publish', { files: [] })).complete).toBe(true);
    expect(emu!.state.requests.filter((r) => r.method !== 'GET').length).toBe(writes);
    // the token never appears in what the steps print
    expect(s.logs.join('\n') + JSON.stringify([staged, published]) + renderPublishSummary(published) + String(early?.message)).not.toContain(emu!.token);
  });

  it('a tag that points at another commit: stage and publish refuse, nothing becomes public', async () => {
    const { dir } = signedBuild('two');
    const s = await setup(mode, dir);
    await s.run('stage');
    const other = s.repo.commit('chore: someone else\'s commit');
    s.repo.git('push', '-q', 'origin', 'main');
    s.pushTag(other);
    const err = await failure(s.run('publish', { files: [] }));
    expect(err?.message).toContain(`Tag v1.2.0 points at ${other}, but this release is of ${s.commit} (input commit), so nothing was published`);
    const again = await failure(s.run('stage'));
    expect(again?.message).toMatch(/so nothing was staged/);
    expect(await s.publicReleases()).toEqual([]);
    expect(emu!.releasesFor(TAG).map((r) => r.draft)).toEqual([true]);
  });

  it('a stage interrupted mid-upload leaves a draft that the re-run adopts and completes (one release, no duplicates)', async () => {
    const { dir, files } = signedBuild('three');
    const s = await setup(mode, dir);
    emu!.faults.add({ op: 'upload', kind: '502', stage: 'mid-body', name: 'app-windows.exe', times: 20 });
    const err = await failure(s.run('stage'));
    expect(err).toBeInstanceOf(Error);
    expect(emu!.releasesFor(TAG)).toHaveLength(1);
    expect(emu!.releasesFor(TAG)[0]!.assets.some((a) => a.name === 'app-windows.exe' && a.state === 'uploaded')).toBe(false);
    expect(await s.publicReleases()).toEqual([]);
    emu!.faults.clear();
    const rerun = await s.run('stage');
    expect({ created: rerun.created, draft: rerun.draft, id: rerun.releaseId }).toEqual({ created: false, draft: true, id: emu!.releasesFor(TAG)[0]!.id });
    expect(emu!.releasesFor(TAG)).toHaveLength(1);
    const stored = Object.fromEntries(emu!.releasesFor(TAG)[0]!.assets.map((a) => [a.name, a.sha256]));
    expect(stored['app-windows.exe']).toBe(sha256(files['app-windows.exe']));
    expect(Object.keys(stored).sort()).toEqual(['SHA256SUMS', 'SHA256SUMS.minisig', 'app-linux', 'app-linux.minisig', 'app-windows.exe', 'app-windows.exe.minisig']);
    s.pushTag();
    expect((await s.run('publish')).complete).toBe(true);
    expect((await s.inspect()).complete).toBe(true);
  });

  it('a leftover draft of an earlier build is adopted: differing assets replaced, stale ones removed, no second release', async () => {
    const old = signedBuild('old');
    writeFileSync(join(old.dir, 'stale.txt'), 'from the failed run');
    const s = await setup(mode, old.dir);
    const first = await s.run('stage');
    const fresh = signedBuild('new');
    const second = await s.run('stage', { cwd: fresh.dir });
    expect({ id: second.releaseId, created: second.created }).toEqual({ id: first.releaseId, created: false });
    expect(emu!.releasesFor(TAG)).toHaveLength(1);
    const stored = Object.fromEntries(emu!.releasesFor(TAG)[0]!.assets.map((a) => [a.name, a.sha256]));
    expect(stored['app-linux']).toBe(sha256(fresh.files['app-linux']));
    expect(stored['stale.txt']).toBeUndefined();
    expect(s.logs.join('\n')).toMatch(/Adopting the draft/);
  });

  describe('inspect judges by content', () => {
    async function pristine() {
      const build = signedBuild('pristine');
      const s = await setup(mode, build.dir);
      await s.run('stage');
      s.pushTag();
      await s.run('publish', { files: [] });
      return { s, build };
    }

    it('passes a pristine release and names a swapped binary with both hashes', async () => {
      const { s, build } = await pristine();
      expect((await s.inspect()).missing).toEqual([]);
      emu!.tamper.replaceBytes(TAG, 'app-linux');
      const r = await s.inspect();
      const stored = emu!.releasesFor(TAG)[0]!.assets.find((a) => a.name === 'app-linux')!.sha256;
      expect(r.complete).toBe(false);
      expect(r.missing).toEqual([`app-linux: content differs from SHA256SUMS (sha256 ${stored} ≠ ${sha256(build.files['app-linux'])})`]);
      // without the pinned key the content is still judged (digest on GitHub, streamed bytes on Gitea)
      expect((await s.inspect({ publicKey: undefined } as never)).missing).toEqual(r.missing);
    });

    it('names a garbage signature', async () => {
      const { s } = await pristine();
      emu!.tamper.garbleSignature(TAG, 'app-windows.exe.minisig');
      const r = await s.inspect();
      expect(r.missing).toHaveLength(1);
      expect(r.missing[0]).toMatch(/^app-windows\.exe\.minisig does not verify against the pinned key \(/);
    });

    it('names every missing signature when all were deleted', async () => {
      const { s } = await pristine();
      expect(emu!.tamper.deleteAssets(TAG, (n) => n.endsWith('.minisig')).sort()).toEqual(['SHA256SUMS.minisig', 'app-linux.minisig', 'app-windows.exe.minisig']);
      expect((await s.inspect()).missing.sort()).toEqual(['SHA256SUMS.minisig is missing', 'app-linux.minisig is missing', 'app-windows.exe.minisig is missing']);
    });

    it('names a tag moved to another commit (in the bare remote)', async () => {
      const { s } = await pristine();
      const other = s.repo.commit('fix: elsewhere');
      s.repo.git('push', '-q', 'origin', 'main');
      s.repo.remoteGit('update-ref', `refs/tags/${TAG}`, other);
      expect((await s.inspect()).missing).toEqual([`tag ${TAG} points at ${other.slice(0, 12)} but the release is of ${s.commit.slice(0, 12)}`]);
    });

    it('names a wrong prerelease flag', async () => {
      const { s } = await pristine();
      emu!.releasesFor(TAG)[0]!.prerelease = true;
      expect((await s.inspect()).missing).toEqual([`the prerelease flag is true, but ${TAG} calls for false`]);
    });
  });

  it('stage on a published release judges it by content: complete ⇒ nothing; a missing signature is added; a swapped binary is refused', async () => {
    const { dir, files } = signedBuild('live');
    const s = await setup(mode, dir);
    await s.run('stage');
    s.pushTag();
    await s.run('publish', { files: [] });
    const writes = () => emu!.state.requests.filter((r) => r.method !== 'GET').length;
    const before = writes();
    const again = await s.run('stage');
    expect({ complete: again.complete, published: again.published, state: again.state }).toEqual({ complete: true, published: true, state: 'published' });
    expect(writes()).toBe(before);

    emu!.tamper.deleteAssets(TAG, ['app-linux.minisig']);
    const repaired = await s.run('stage');
    expect(repaired.complete).toBe(true);
    expect(emu!.releasesFor(TAG)[0]!.assets.filter((a) => a.name === 'app-linux.minisig').map((a) => a.sha256)).toEqual([sha256(readFileSync(join(dir, 'app-linux.minisig')))]);
    expect((await s.inspect()).complete).toBe(true);

    emu!.tamper.replaceBytes(TAG, 'app-linux');
    const refused = await failure(s.run('stage'));
    expect(refused?.message).toMatch(/already published and some of its assets differ[\s\S]*replace app-linux[\s\S]*replace-published-assets: true/);
    expect(emu!.releasesFor(TAG)[0]!.assets.find((a) => a.name === 'app-linux')!.sha256).not.toBe(sha256(files['app-linux']));
    // publish mode without files judges it by content and refuses with the reason
    const judged = await failure(s.run('publish', { files: [] }));
    expect(judged?.message).toMatch(/not complete by content[\s\S]*app-linux: content differs from SHA256SUMS/);
  });

  it('a signature that does not verify against the pinned key: stage refuses (the draft stays private), publish never happens', async () => {
    const { dir } = signedBuild('badsig');
    writeFileSync(join(dir, 'app-linux.minisig'), readFileSync(join(dir, 'app-windows.exe.minisig'))); // a real signature of another file
    const s = await setup(mode, dir);
    const err = await failure(s.run('stage'));
    expect(err?.message).toMatch(/The draft is not complete by content, so it was left a draft: release v1\.2\.0:\n- app-linux\.minisig does not verify against the pinned key/);
    s.pushTag();
    expect((await failure(s.run('publish', { files: [] })))?.message).toMatch(/not published[\s\S]*app-linux\.minisig does not verify/);
    expect(await s.publicReleases()).toEqual([]);
  });

  it('stage repairs the prerelease flag of a live release (a repair, nothing new made public)', async () => {
    const { dir } = signedBuild('flag');
    const s = await setup(mode, dir);
    await s.run('stage');
    s.pushTag();
    await s.run('publish', { files: [] });
    emu!.releasesFor(TAG)[0]!.prerelease = true;
    const r = await s.run('stage');
    expect({ complete: r.complete, prerelease: emu!.releasesFor(TAG)[0]!.prerelease }).toEqual({ complete: true, prerelease: false });
    expect((await s.inspect()).missing).toEqual([]);
  });

  it('2,500 commits of notes through body-file: cut at a section boundary, says so, full notes reachable', async () => {
    const { dir } = signedBuild('notes');
    const notesDir = mkdtempSync(join(tmpdir(), 'relforge-order-notes-'));
    dirs.push(notesDir);
    const sections = ['Features', 'Bug Fixes', 'Performance', 'Documentation', 'Refactoring'];
    const lines: string[] = [`## ${TAG} (2026-12-05)`, ''];
    for (let i = 0; i < 2500; i++) {
      if (i % 500 === 0) lines.push('', `### ${sections[i / 500]}`, '');
      lines.push(`- **scope${i % 37}:** change number ${i} for our users ([${sha256(String(i)).slice(0, 7)}](https://example.test/c/${i}))`);
    }
    const notes = `${lines.join('\n')}\n`;
    expect(Buffer.byteLength(notes)).toBeGreaterThan(210_000); // the size that broke INPUT_BODY (~214 KB)
    expect(Buffer.byteLength(notes)).toBeLessThan(220_000);
    const notesPath = join(notesDir, 'notes.md');
    writeFileSync(notesPath, notes);
    const s = await setup(mode, dir);
    const staged = await s.run('stage', { bodyFile: notesPath });
    s.pushTag();
    // publish with the files but without the notes keeps the staged (cut) notes and the full notes they link to
    const res = await s.run('publish', mode === 'github' ? {} : { bodyFile: notesPath });
    expect([staged.notesCut, res.notesCut]).toEqual([true, mode !== 'github']);
    const body = emu!.releasesFor(TAG)[0]!.body;
    const limit = mode === 'github' ? { size: body.length, max: 125_000 } : { size: Buffer.byteLength(body), max: 65_535 };
    expect(limit.size).toBeLessThanOrEqual(limit.max);
    const [kept, notice] = body.split('\n\n---\n\n');
    expect(notes.startsWith(`${kept}\n`)).toBe(true); // a prefix that ends at a line end
    expect(notes.slice(kept!.length + 1)).toMatch(/^\n*(#{1,6} |- )/); // the next line starts a section or list item
    expect(kept!.length).toBeGreaterThan(limit.max / 2);
    const link = /\[RELEASE-NOTES\.md\]\((http[^)]+)\)/.exec(notice ?? '')?.[1];
    expect(notice).toMatch(/These notes were cut to fit the forge's limit/);
    const full = await fetch(link!);
    expect(full.status).toBe(200);
    expect(await full.text()).toBe(notes);
    expect(renderPublishSummary(staged)).toMatch(/The notes were longer than the forge accepts and were cut/);
    expect((await s.inspect()).complete).toBe(true);
  });
});

describe.skipIf(!minisign).each([
  ['forgejo', false],
  ['github', true],
] as const)('stage → push tag → publish on %s (ghes: %s)', (mode, ghes) => {
  it('the draft stays private until the tag exists; publish uses the pushed tag; inspect passes', async () => {
    const { dir } = signedBuild('modes');
    const s = await setup(mode, dir, ghes);
    await s.run('stage');
    expect(await s.publicReleases()).toEqual([]);
    expect((await failure(s.run('publish', { files: [] })))?.message).toMatch(/does not exist on the forge/);
    s.pushTag();
    expect((await s.run('publish', { files: [] })).complete).toBe(true);
    expect(s.repo.remoteCommit(`refs/tags/${TAG}`)).toBe(s.commit);
    expect((await s.inspect({ commit: s.commit })).missing).toEqual([]);
  });
});

describe('publish-release mode settings', () => {
  it('stage and publish need a full commit SHA; body and body-file exclude each other (refused before any request)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relforge-order-set-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'd'));
    writeFileSync(join(dir, 'd', 'a'), 'a');
    const err = await failure(publishRelease({ tag: TAG, mode: 'stage', commit: 'abc123', body: 'x', bodyFile: 'n.md', files: ['d/*'], cwd: dir, forge: { forge: 'github', apiUrl: 'http://127.0.0.1:9', token: 't', repository: 'a/b' } }));
    expect(err?.message).toMatch(/commit/);
    expect(err?.message).toMatch(/body/);
  });
});

describe.skipIf(!minisign)('dry runs of stage and publish', () => {
  it('stage plans the uploads and leaves a draft; publish without files plans only the publish; nothing is written', async () => {
    const { dir } = signedBuild('dry');
    const s = await setup('gitea', dir);
    const staged = await s.run('stage', { dryRun: true });
    expect(staged.actions.filter((a) => a.startsWith('publish'))).toEqual([]);
    expect(staged.actions).toContain('leave v1.2.0 a draft (mode: stage)');
    expect(staged.actions.filter((a) => a.startsWith('upload')).length).toBe(6);
    await s.run('stage');
    s.pushTag();
    const before = emu!.state.requests.filter((r) => r.method !== 'GET').length;
    const dry = await s.run('publish', { files: [], dryRun: true });
    expect(dry.actions).toEqual(['publish v1.2.0']);
    expect(emu!.state.requests.filter((r) => r.method !== 'GET').length).toBe(before);
  });
});
