/**
 * push-release: the prepared release commit and tag travel from the plan job to the release job as a git bundle
 * and are pushed in one atomic push only when the tagged tree is the built tree and the branch has not moved.
 * Real git: a plan clone prepares (release-commit / prerelease with push: false), a second clone (the release
 * job's fresh checkout) pushes to a bare origin.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gitEnv, useRepos, type TestRepo } from '../helpers/repo.js';
import { releaseCommit } from '../../src/versioning/release-commit.js';
import { cutPrerelease } from '../../src/versioning/prerelease.js';
import { pushRelease } from '../../src/versioning/push-release.js';

const repo = useRepos();
const scratch: string[] = [];
afterEach(() => {
  for (const d of scratch.splice(0)) rmSync(d, { recursive: true, force: true });
});

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...gitEnv() } }).trim();

/** v0.3.0 released, then a feat (pushed): the dispatched head. */
function product(): { r: TestRepo; base: string } {
  const r = repo();
  r.commit('chore: init', { 'package.json': '{"name":"agent","version":"0.3.0"}\n' });
  r.tag('v0.3.0', { annotated: true });
  const base = r.commit('feat: json output', { 'src/a.js': 'x\n' });
  r.git('push', '-q', 'origin', 'main', '--tags');
  return { r, base };
}

/** The release job's checkout: a fresh clone of the origin (full history). */
function releaseCheckout(r: TestRepo): string {
  const d = mkdtempSync(join(tmpdir(), 'relforge-push-'));
  scratch.push(d);
  git(d, 'clone', '-q', r.remote, 'work');
  return join(d, 'work');
}

/** The plan job: release commit + tag prepared locally (not pushed), bundled as the workflow does. */
async function plan(r: TestRepo, base: string) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(r.dir, 'package.json'), '{"name":"agent","version":"0.4.0"}\n');
  writeFileSync(join(r.dir, 'CHANGELOG.md'), '## 0.4.0\n\n- json output\n');
  const res = await releaseCommit({ cwd: r.dir, version: '0.4.0', files: ['package.json', 'CHANGELOG.md'], push: false });
  expect(res.pushed).toBe(false);
  const bundle = join(r.dir, '..', 'release.bundle');
  git(r.dir, 'bundle', 'create', bundle, 'refs/tags/v0.4.0', `^${base}`);
  return { tag: 'v0.4.0', commit: res.commit, tree: git(r.dir, 'rev-parse', `${res.commit}^{tree}`), bundle };
}

describe('push-release', () => {
  it('stable: pushes the prepared release commit and tag atomically from the bundle; a re-run pushes nothing', async () => {
    const { r, base } = product();
    const p = await plan(r, base);
    // nothing public yet: the origin has neither the tag nor the commit
    expect(r.remoteCommit('refs/tags/v0.4.0')).toBeUndefined();
    expect(r.remoteCommit('refs/heads/main')).toBe(base);
    const work = releaseCheckout(r);
    const res = await pushRelease({ cwd: work, tag: p.tag, bundle: p.bundle, commit: p.commit, tree: p.tree, branch: 'main', base });
    expect(res).toMatchObject({ pushed: true, reused: false, commit: p.commit });
    expect(r.remoteCommit('refs/heads/main')).toBe(p.commit);
    expect(r.remoteCommit('refs/tags/v0.4.0')).toBe(p.commit);
    expect(r.remoteGit('cat-file', '-t', 'v0.4.0')).toBe('tag');
    expect(r.remoteGit('rev-parse', `${p.commit}^`)).toBe(base);
    // re-run (the release job again): already there, nothing pushed
    const again = await pushRelease({ cwd: releaseCheckout(r), tag: p.tag, bundle: p.bundle, commit: p.commit, tree: p.tree, branch: 'main', base });
    expect(again).toMatchObject({ pushed: false, reused: true });
  });

  it('refuses a tagged tree that is not the built tree; nothing is pushed', async () => {
    const { r, base } = product();
    const p = await plan(r, base);
    const builtTree = git(r.dir, 'rev-parse', `${base}^{tree}`); // e.g. a build of the dispatched commit, without the release files
    await expect(pushRelease({ cwd: releaseCheckout(r), tag: p.tag, bundle: p.bundle, commit: p.commit, tree: builtTree, branch: 'main', base })).rejects.toThrow(
      /has the tree [0-9a-f]{12}, but the build job built the tree [0-9a-f]{12}.*Refusing to push\. Nothing was pushed/s,
    );
    expect(r.remoteCommit('refs/tags/v0.4.0')).toBeUndefined();
    expect(r.remoteCommit('refs/heads/main')).toBe(base);
  });

  it('refuses when the branch moved since the plan: says how to re-run, pushes nothing, rewrites nothing', async () => {
    const { r, base } = product();
    const p = await plan(r, base);
    // someone pushes to main meanwhile (from another clone)
    const other = releaseCheckout(r);
    git(other, '-c', 'user.name=x', '-c', 'user.email=x@x', 'commit', '-q', '--allow-empty', '-m', 'fix: meanwhile');
    git(other, 'push', '-q', 'origin', 'main');
    const moved = git(other, 'rev-parse', 'HEAD');
    const err = await pushRelease({ cwd: releaseCheckout(r), tag: p.tag, bundle: p.bundle, commit: p.commit, tree: p.tree, branch: 'main', base }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/The branch main on "origin" moved since the release was planned: it is at [0-9a-f]{12}/);
    expect((err as Error).message).toMatch(/non-fast-forward.*history is never rewritten.*dispatch the release again/s);
    expect(r.remoteCommit('refs/heads/main')).toBe(moved);
    expect(r.remoteCommit('refs/tags/v0.4.0')).toBeUndefined();
  });

  it('atomic: when the origin refuses the tag, the release commit does not land on the branch either', async () => {
    const { r, base } = product();
    const p = await plan(r, base);
    // a server hook that accepts branch updates but refuses this tag (protected tag rule, quota…)
    const { writeFileSync, chmodSync } = await import('node:fs');
    const hook = join(r.remote, 'hooks', 'update');
    writeFileSync(hook, '#!/bin/sh\ncase "$1" in refs/tags/v0.4.0) echo "tag protected" >&2; exit 1;; esac\nexit 0\n');
    chmodSync(hook, 0o755);
    await expect(pushRelease({ cwd: releaseCheckout(r), tag: p.tag, bundle: p.bundle, commit: p.commit, tree: p.tree, branch: 'main', base })).rejects.toThrow(/Pushing main and v0\.4\.0 \(atomically\)[\s\S]*Nothing was pushed/);
    expect(r.remoteCommit('refs/heads/main')).toBe(base);
    expect(r.remoteCommit('refs/tags/v0.4.0')).toBeUndefined();
  });

  it('beta: only the prepared tag is pushed (no commit); the branch is untouched', async () => {
    const { r, base } = product();
    const pre = await cutPrerelease({ cwd: r.dir, channel: 'beta', push: false });
    expect(pre).toMatchObject({ tag: 'v0.4.0-beta.1', pushed: false });
    expect(r.remoteCommit('refs/tags/v0.4.0-beta.1')).toBeUndefined();
    const bundle = join(r.dir, '..', 'beta.bundle');
    git(r.dir, 'bundle', 'create', bundle, 'refs/tags/v0.4.0-beta.1', `^${base}`);
    // a failed run left nothing: the next plan (fresh checkout) numbers beta.1 again
    const again = await cutPrerelease({ cwd: releaseCheckout(r), channel: 'beta', push: false });
    expect(again.tag).toBe('v0.4.0-beta.1');
    const res = await pushRelease({ cwd: releaseCheckout(r), tag: 'v0.4.0-beta.1', bundle, commit: base, tree: git(r.dir, 'rev-parse', `${base}^{tree}`) });
    expect(res.pushed).toBe(true);
    expect(r.remoteCommit('refs/tags/v0.4.0-beta.1')).toBe(base);
    expect(r.remoteCommit('refs/heads/main')).toBe(base);
  });

  it('a tag already on the origin at another commit is refused, never overwritten', async () => {
    const { r, base } = product();
    const p = await plan(r, base);
    r.remoteGit('tag', 'v0.4.0', `${base}^`);
    await expect(pushRelease({ cwd: releaseCheckout(r), tag: p.tag, bundle: p.bundle, commit: p.commit, tree: p.tree, branch: 'main', base })).rejects.toThrow(
      /Tag v0\.4\.0 already exists on "origin" at [0-9a-f]{12}, not at the prepared/,
    );
    expect(r.remoteCommit('refs/heads/main')).toBe(base);
  });

  it('major-tag: the prepared v0 moves with the release in the same atomic push (lease on its old place)', async () => {
    const { r, base } = product();
    r.git('tag', '-a', '-m', 'v0', 'v0', 'v0.3.0');
    r.git('push', '-q', 'origin', 'refs/tags/v0');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(r.dir, 'package.json'), '{"name":"agent","version":"0.4.0"}\n');
    const res = await releaseCommit({ cwd: r.dir, version: '0.4.0', files: ['package.json'], majorTag: true, push: false });
    expect(res.majorTag).toBe('v0');
    expect(r.remoteCommit('refs/tags/v0')).toBe(r.git('rev-parse', 'v0.3.0^{commit}'));
    const bundle = join(r.dir, '..', 'major.bundle');
    git(r.dir, 'bundle', 'create', bundle, 'refs/tags/v0.4.0', 'refs/tags/v0', `^${base}`);
    const tree = git(r.dir, 'rev-parse', `${res.commit}^{tree}`);
    const out = await pushRelease({ cwd: releaseCheckout(r), tag: 'v0.4.0', bundle, commit: res.commit, tree, branch: 'main', base, majorTag: 'v0' });
    expect(out).toMatchObject({ pushed: true, majorTag: 'v0' });
    expect(r.remoteCommit('refs/tags/v0')).toBe(res.commit);
    expect(r.remoteCommit('refs/tags/v0.4.0')).toBe(res.commit);
    expect(r.remoteCommit('refs/heads/main')).toBe(res.commit);
  });

  it('names the inputs it needs (tree, base with branch)', async () => {
    const { r } = product();
    await expect(pushRelease({ cwd: r.dir, tag: 'v0.4.0', tree: '', branch: 'main' })).rejects.toThrow(/Input "tree" must be the tree the build job built[\s\S]*Input "base" is required with "branch"/);
  });
});
