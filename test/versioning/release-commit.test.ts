import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useRepos, type TestRepo } from '../helpers/repo.js';
import { releaseCommit, parsePorcelainZ } from '../../src/versioning/release-commit.js';
import { computeNextVersion } from '../../src/versioning/next-version.js';
import { generateChangelog } from '../../src/versioning/changelog.js';

const repo = useRepos();

/** v0.3.0 released and pushed, a feat on top (pushed), package.json at 0.3.0. */
function project(): TestRepo {
  const r = repo();
  r.commit('feat: first', { 'package.json': '{\n  "name": "app",\n  "version": "0.3.0"\n}\n' });
  r.tag('v0.3.0', { annotated: true });
  r.commit('feat: widgets');
  r.commit('fix: crash');
  r.git('push', '-q', 'origin', 'main', '--tags');
  return r;
}
const bumpManifest = (r: TestRepo, v: string) => writeFileSync(join(r.dir, 'package.json'), `{\n  "name": "app",\n  "version": "${v}"\n}\n`);

describe('releaseCommit (real git, bare remote)', () => {
  it('commits the files, tags, and pushes branch + tag atomically', async () => {
    const r = project();
    const parent = r.head();
    bumpManifest(r, '0.4.0');
    writeFileSync(join(r.dir, 'CHANGELOG.md'), '# Changelog\n\n## [0.4.0]\n');
    const res = await releaseCommit({ cwd: r.dir, version: '0.4.0', files: ['package.json', 'CHANGELOG.md'] });
    expect(res).toMatchObject({ tag: 'v0.4.0', branch: 'main', parent, pushed: true, reused: false, files: ['CHANGELOG.md', 'package.json'] });
    expect(r.git('log', '-1', '--format=%s%n%P')).toBe(`chore(release): v0.4.0\n${parent}`);
    expect(r.git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual(['CHANGELOG.md', 'package.json']);
    expect(r.git('cat-file', '-t', 'v0.4.0')).toBe('tag');
    expect(r.remoteCommit('refs/heads/main')).toBe(res.commit);
    expect(r.remoteCommit('refs/tags/v0.4.0')).toBe(res.commit);
    expect(r.git('status', '--porcelain')).toBe('');
    // the identity of the commit is the configured one, not a default
    expect(r.git('log', '-1', '--format=%an <%ae>')).toBe('Test Author <author@example.test>');
  });

  it('a re-run after a successful push converges (no second commit, no error)', async () => {
    const r = project();
    const parent = r.head();
    bumpManifest(r, '0.4.0');
    const first = await releaseCommit({ cwd: r.dir, version: '0.4.0', files: ['package.json'] });
    // A re-run of the job: fresh checkout at the dispatch commit, same files regenerated.
    const clone = repo();
    clone.git('fetch', '-q', r.remote, 'main');
    clone.git('remote', 'set-url', 'origin', r.remote);
    clone.git('checkout', '-q', '-B', 'main', parent);
    bumpManifest(clone, '0.4.0');
    const again = await releaseCommit({ cwd: clone.dir, version: '0.4.0', files: ['package.json'] });
    expect(again).toMatchObject({ reused: true, commit: first.commit, pushed: false });
    expect(r.remoteCommit('refs/heads/main')).toBe(first.commit);
  });

  it('refuses before committing when the remote branch moved since checkout', async () => {
    const r = project();
    const other = repo();
    other.git('remote', 'set-url', 'origin', r.remote);
    other.git('fetch', '-q', 'origin', 'main');
    other.git('checkout', '-q', '-B', 'main', 'FETCH_HEAD');
    other.commit('fix: pushed meanwhile');
    other.git('push', '-q', 'origin', 'main');
    const moved = other.head();
    const head = r.head();
    bumpManifest(r, '0.4.0');
    await expect(releaseCommit({ cwd: r.dir, version: '0.4.0', files: ['package.json'] })).rejects.toThrow(/remote branch main .* moved since checkout/);
    expect(r.head()).toBe(head);
    expect(r.git('tag', '-l', 'v0.4.0')).toBe('');
    expect(r.remoteCommit('refs/heads/main')).toBe(moved);
    expect(r.remoteCommit('refs/tags/v0.4.0')).toBeUndefined();
  });

  it('the atomic push itself refuses when the branch moves during the push (race), and rolls back', async () => {
    const r = project();
    // An object the remote knows, to move main to while our push is in flight.
    r.git('push', '-q', 'origin', 'HEAD~1:refs/heads/side');
    const side = r.remoteCommit('refs/heads/side')!;
    const hook = join(r.dir, '.git', 'hooks', 'pre-push');
    // pre-push runs after git read the remote refs and before it sends anything: the perfect race window.
    writeFileSync(hook, `#!/bin/sh\ngit --git-dir="${r.remote}" update-ref refs/heads/main ${side}\nexit 0\n`);
    chmodSync(hook, 0o755);
    const head = r.head();
    bumpManifest(r, '0.4.0');
    const err = await releaseCommit({ cwd: r.dir, version: '0.4.0', files: ['package.json'] }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/Pushing main and v0\.4\.0 \(atomically\) .* failed/);
    expect((err as Error).message, (err as Error).message).toMatch(/The remote changed since this checkout/);
    expect(r.remoteCommit('refs/heads/main')).toBe(side);
    expect(r.remoteCommit('refs/tags/v0.4.0')).toBeUndefined(); // atomic: the tag did not go either
    // rolled back locally: branch at the old head, no tag, the change still there (staged)
    expect(r.head()).toBe(head);
    expect(r.git('tag', '-l', 'v0.4.0')).toBe('');
    expect(readFileSync(join(r.dir, 'package.json'), 'utf8')).toContain('0.4.0');
  });

  it('a server hook refusing the branch (protection) refuses the tag too; the message says why', async () => {
    const r = project();
    const hook = join(r.remote, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "GH006: Protected branch update failed for refs/heads/main." >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const head = r.head();
    bumpManifest(r, '0.4.0');
    await expect(releaseCommit({ cwd: r.dir, version: '0.4.0', files: ['package.json'] })).rejects.toThrow(/branch protection or a server hook/);
    expect(r.remoteCommit('refs/heads/main')).toBe(head);
    expect(r.remoteCommit('refs/tags/v0.4.0')).toBeUndefined();
    expect(r.head()).toBe(head);
  });

  it('refuses a detached HEAD, a dirty tree, missing credentials, an existing tag; nothing pushed', async () => {
    const r = project();
    const head = r.head();
    bumpManifest(r, '0.4.0');
    writeFileSync(join(r.dir, 'stray.txt'), 'left over by the build');
    await expect(releaseCommit({ cwd: r.dir, version: '0.4.0', files: ['package.json'] })).rejects.toThrow(/Input "files" does not list stray\.txt, changed in the work tree\. Add them to "files" if they belong to the release/);
    // dirty files exactly the ones to commit: accepted (dry run)
    const dry = await releaseCommit({ cwd: r.dir, version: '0.4.0', files: ['package.json', 'stray.txt'], dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, pushed: false, files: ['package.json', 'stray.txt'] });
    r.git('checkout', '-q', '--detach');
    await expect(releaseCommit({ cwd: r.dir, version: '0.4.0', files: ['package.json', 'stray.txt'] })).rejects.toThrow(/HEAD is detached/);
    r.git('checkout', '-q', 'main');
    r.git('remote', 'set-url', 'origin', 'https://git.invalid/o/r.git');
    await expect(releaseCommit({ cwd: r.dir, version: '0.4.0', files: ['package.json', 'stray.txt'] })).rejects.toThrow(/No credentials to push/);
    r.git('remote', 'set-url', 'origin', r.remote);
    await expect(releaseCommit({ cwd: r.dir, version: '0.3.0', files: ['package.json', 'stray.txt'] })).rejects.toThrow(/Tag v0\.3\.0 already exists on "origin"/);
    r.tag('v0.4.0');
    await expect(releaseCommit({ cwd: r.dir, version: '0.4.0', files: ['package.json', 'stray.txt'] })).rejects.toThrow(/Tag v0\.4\.0 already exists in this checkout/);
    r.git('tag', '-d', 'v0.4.0');
    await expect(releaseCommit({ cwd: r.dir, version: 'latest', files: [] })).rejects.toThrow(/Input "version"[\s\S]*Input "files"/);
    expect(r.head()).toBe(head);
    expect(r.remoteCommit('refs/heads/main')).toBe(head);
  });

  it('push: false commits and tags locally only; message template', async () => {
    const r = project();
    bumpManifest(r, '1.0.0');
    const res = await releaseCommit({ cwd: r.dir, version: 'v1.0.0', files: ['*.json'], push: false, message: 'release: {version} ({tag})' });
    expect(res).toMatchObject({ pushed: false, tag: 'v1.0.0', version: '1.0.0' });
    expect(r.git('log', '-1', '--format=%s')).toBe('release: 1.0.0 (v1.0.0)');
    expect(r.remoteCommit('refs/tags/v1.0.0')).toBeUndefined();
  });

  it('stable flow end to end: next-version write + changelog + release commit; the next plan starts after it', async () => {
    const r = project();
    const nv = await computeNextVersion({ cwd: r.dir, versionFile: 'package.json', write: true });
    expect(nv.version).toBe('0.4.0');
    const log = await generateChangelog({ cwd: r.dir, version: nv.version, output: 'CHANGELOG.md' });
    const res = await releaseCommit({ cwd: r.dir, version: nv.version, files: ['package.json', 'CHANGELOG.md'] });
    expect(res.pushed).toBe(true);
    expect(log.notes).toContain('widgets');
    const after = await computeNextVersion({ cwd: r.dir });
    expect(after).toMatchObject({ previousTag: 'v0.4.0', released: false });
  });

  it('parses porcelain -z output', () => {
    expect(parsePorcelainZ(' M a.txt\0?? dir/b c.txt\0R  new.txt\0old.txt\0')).toEqual(['a.txt', 'dir/b c.txt', 'new.txt', 'old.txt']);
  });
});
