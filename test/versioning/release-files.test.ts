/**
 * Plans that explain themselves, the files a release writes and commits (Cargo.lock included), the major
 * tag, prerelease manifests for the build, and prereleases refused on a released commit — real git, bare remotes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useRepos, type TestRepo } from '../helpers/repo.js';
import { computeNextVersion } from '../../src/versioning/next-version.js';
import { planRelease, renderPlan } from '../../src/versioning/plan.js';
import { cutPrerelease } from '../../src/versioning/prerelease.js';
import { releaseCommit } from '../../src/versioning/release-commit.js';
import { runCommand } from '../../src/cli/args.js';
import planCommand from '../../src/cli/plan.js';
import releaseCommitCommand from '../../src/cli/release-commit.js';

const repo = useRepos();

const TOML = '[package]\nname = "agent"\nversion = "0.3.0"\n';
const LOCK = 'version = 3\n\n[[package]]\nname = "agent"\nversion = "0.3.0"\n\n[[package]]\nname = "libc"\nversion = "0.2.0"\n';

/** A Rust agent: v0.3.0 released, then a feat and a fix (pushed), and a beta of 0.4.0. */
function agent(): { r: TestRepo; feat: string; fix: string } {
  const r = repo();
  r.commit('chore: init', { 'Cargo.toml': TOML, 'Cargo.lock': LOCK });
  r.tag('v0.3.0', { annotated: true });
  const feat = r.commit('feat(net): retry uploads');
  r.tag('v0.4.0-beta.1');
  const fix = r.commit('fix: crash on empty config');
  r.git('push', '-q', 'origin', 'main', '--tags');
  return { r, feat, fix };
}

describe('plans explain themselves (text and --json)', () => {
  it('stable: base tag, deciding commits, ignored prerelease tags, reason, files (Cargo.lock included)', async () => {
    const { r, feat } = agent();
    const plan = await planRelease({ cwd: r.dir, channel: 'stable', versionFile: 'Cargo.toml' });
    if (!plan.releasable || plan.prerelease) throw new Error('expected a stable release');
    expect(plan).toMatchObject({ version: '0.4.0', tag: 'v0.4.0', files: ['Cargo.lock', 'Cargo.toml', 'CHANGELOG.md'] });
    expect(plan.next).toMatchObject({ previousTag: 'v0.3.0', ignoredPrereleaseTags: ['v0.4.0-beta.1'], deciding: [{ sha: feat, subject: 'feat(net): retry uploads' }] });
    const text = renderPlan(plan);
    expect(text).toMatch(/^base:\s+v0\.3\.0 \([0-9a-f]{7}\), 2 commit\(s\) since$/m);
    expect(text).toMatch(/^why:\s+minor: 1 feat commit\(s\) since v0\.3\.0$/m);
    expect(text).toContain(`deciding: ${feat.slice(0, 7)} feat(net): retry uploads`);
    expect(text).toMatch(/^ignored prerelease tags: v0\.4\.0-beta\.1$/m);
    expect(text).toMatch(/^files:\s+Cargo\.lock, Cargo\.toml, CHANGELOG\.md$/m);
    expect(text).toMatch(/write 0\.4\.0 into Cargo\.lock, Cargo\.toml/);
    // nothing was written
    expect(r.git('status', '--porcelain')).toBe('');
    const out: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    try {
      await runCommand(planCommand, ['--path', r.dir, '--version-file', 'Cargo.toml', '--json']);
    } finally {
      spy.mockRestore();
    }
    expect(JSON.parse(out.join('\n'))).toMatchObject({ files: ['Cargo.lock', 'Cargo.toml', 'CHANGELOG.md'], next: { previousTag: 'v0.3.0', reason: 'minor: 1 feat commit(s) since v0.3.0' } });
  });

  it('beta: the tag, its number, the base tag, the ignored prerelease tags and why (JSON includes next-version)', async () => {
    const { r } = agent();
    const plan = await planRelease({ cwd: r.dir, channel: 'beta' });
    if (!plan.releasable || !plan.prerelease) throw new Error('expected a prerelease');
    expect(plan).toMatchObject({ tag: 'v0.4.0-beta.2', next: { previousTag: 'v0.3.0', ignoredPrereleaseTags: ['v0.4.0-beta.1'] } });
    const text = renderPlan(plan);
    expect(text).toMatch(/^number:\s+2 \(existing prereleases of 0\.4\.0: v0\.4\.0-beta\.1\)$/m);
    expect(text).toMatch(/^leads to: 0\.4\.0 \(next-version\)$/m);
    expect(text).toMatch(/^base:\s+v0\.3\.0/m);
    expect(text).toMatch(/^why:\s+minor: 1 feat commit\(s\) since v0\.3\.0$/m);
    expect(text).toMatch(/^ignored prerelease tags: v0\.4\.0-beta\.1$/m);
    expect(JSON.parse(JSON.stringify(plan))).toMatchObject({ next: { version: '0.4.0', deciding: [{ subject: 'feat(net): retry uploads' }] } });
  });
});

describe('the files a release writes, and the commit that takes them', () => {
  it('next-version lists what it wrote (Cargo.lock included); release-commit takes that JSON list', async () => {
    const { r } = agent();
    const next = await computeNextVersion({ cwd: r.dir, versionFile: 'Cargo.toml', write: true });
    expect(next.written).toEqual(['Cargo.lock', 'Cargo.toml']);
    writeFileSync(join(r.dir, 'CHANGELOG.md'), '# Changelog\n\n## [0.4.0]\n');
    const out: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    try {
      // the workflow passes `${{ steps.version.outputs.files }}` and the changelog on its own line
      expect(await runCommand(releaseCommitCommand, ['--path', r.dir, '--version', next.version, '--files', `${JSON.stringify(next.written)}\nCHANGELOG.md`, '--json'])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    const res = JSON.parse(out.join('\n')) as { commit: string; files: string[] };
    expect(res.files).toEqual(['CHANGELOG.md', 'Cargo.lock', 'Cargo.toml']);
    expect(r.git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual(['CHANGELOG.md', 'Cargo.lock', 'Cargo.toml']);
    expect(r.remoteCommit('refs/tags/v0.4.0')).toBe(res.commit);
  });

  it('a stray Cargo.lock names the files option and next-version as the cause; a missing file names the step that writes it', async () => {
    const { r } = agent();
    await computeNextVersion({ cwd: r.dir, versionFile: 'Cargo.toml', write: true });
    writeFileSync(join(r.dir, 'CHANGELOG.md'), '# Changelog\n');
    await expect(releaseCommit({ cwd: r.dir, version: '0.4.0', files: ['Cargo.toml', 'CHANGELOG.md'] })).rejects.toThrow(
      /Input "files" does not list Cargo\.lock, changed in the work tree\. Cargo\.lock was rewritten by next-version \(write: true rewrites lock files too\): pass its "files" output to "files"/,
    );
    await expect(releaseCommit({ cwd: r.dir, version: '0.4.0', files: ['Cargo.toml', 'Cargo.lock', 'docs/CHANGELOG.md'] })).rejects.toThrow(
      /Input "files" names "docs\/CHANGELOG\.md", which does not exist in .*: the changelog step writes it only with its "output" set to this path\. Nothing was committed\./,
    );
    // on the command line the same problems name --files
    await expect(runCommand(releaseCommitCommand, ['--path', r.dir, '--version', '0.4.0', '--files', 'Cargo.toml', '--no-push'])).rejects.toThrow(/--files does not list .*pass its "files" output to --files/);
    expect(r.git('log', '-1', '--format=%s')).toBe('fix: crash on empty config');
  });
});

describe('major tag (release-commit major-tag)', () => {
  it('moves v<major> with the release in the same atomic push, never backwards; a moved remote major tag refuses everything', async () => {
    const { r } = agent();
    const bump = (v: string) => writeFileSync(join(r.dir, 'Cargo.toml'), TOML.replace('0.3.0', v));
    bump('1.0.0');
    const first = await releaseCommit({ cwd: r.dir, version: '1.0.0', files: ['Cargo.toml'], majorTag: true });
    expect(first).toMatchObject({ majorTag: 'v1', pushed: true });
    expect(r.remoteCommit('refs/tags/v1')).toBe(first.commit);
    r.commit('feat: next');
    r.git('push', '-q', 'origin', 'main');
    bump('1.1.0');
    const second = await releaseCommit({ cwd: r.dir, version: '1.1.0', files: ['Cargo.toml'], majorTag: true });
    expect(r.remoteCommit('refs/tags/v1')).toBe(second.commit);
    expect(r.git('rev-parse', 'v1^{commit}')).toBe(second.commit);
    // a maintenance release of an older minor does not move v1 backwards
    r.git('checkout', '-q', '-b', 'release-1.0', 'v1.0.0');
    r.commit('fix: backport');
    r.git('push', '-q', 'origin', 'release-1.0');
    bump('1.0.1');
    const maint = await releaseCommit({ cwd: r.dir, version: '1.0.1', files: ['Cargo.toml'], majorTag: true });
    expect(maint.majorTag).toBeUndefined();
    expect(maint.notes.join(' ')).toMatch(/v1 was not moved: v1\.1\.0 is a higher release of that major/);
    expect(r.remoteCommit('refs/tags/v1')).toBe(second.commit);
    // someone moved v1 on the remote since this checkout listed it: the lease refuses, nothing is pushed
    r.git('checkout', '-q', 'main');
    r.commit('feat: more');
    r.git('push', '-q', 'origin', 'main');
    bump('1.2.0');
    const hook = join(r.dir, '.git', 'hooks', 'pre-push');
    writeFileSync(hook, `#!/bin/sh\ngit --git-dir="${r.remote}" tag -f v1 ${first.commit} >/dev/null\nexit 0\n`, { mode: 0o755 });
    const before = r.remoteCommit('refs/heads/main');
    await expect(releaseCommit({ cwd: r.dir, version: '1.2.0', files: ['Cargo.toml'], majorTag: true })).rejects.toThrow(/Pushing main and v1\.2\.0 \(\+ v1\) .* failed/);
    expect(r.remoteCommit('refs/tags/v1.2.0')).toBeUndefined();
    expect(r.remoteCommit('refs/heads/main')).toBe(before);
    expect(r.git('tag', '-l', 'v1.2.0')).toBe('');
  });
});

describe('prerelease for the build and on a released commit', () => {
  it('write rewrites Cargo.toml and Cargo.lock to the prerelease version in the work tree only (output files)', async () => {
    const { r } = agent();
    const dry = await cutPrerelease({ cwd: r.dir, versionFile: 'Cargo.toml', write: true, dryRun: true });
    expect(dry).toMatchObject({ version: '0.4.0-beta.2', files: ['Cargo.lock', 'Cargo.toml'] });
    expect(readFileSync(join(r.dir, 'Cargo.toml'), 'utf8')).toBe(TOML);
    const res = await cutPrerelease({ cwd: r.dir, versionFile: 'Cargo.toml', write: true });
    expect(res).toMatchObject({ tag: 'v0.4.0-beta.2', pushed: true, files: ['Cargo.lock', 'Cargo.toml'] });
    expect(readFileSync(join(r.dir, 'Cargo.toml'), 'utf8')).toBe(TOML.replace('0.3.0', '0.4.0-beta.2'));
    expect(readFileSync(join(r.dir, 'Cargo.lock'), 'utf8')).toContain('name = "agent"\nversion = "0.4.0-beta.2"');
    // never committed, never pushed: the tag is on the unchanged commit
    expect(r.git('status', '--porcelain').split('\n').map((l) => l.trim()).sort()).toEqual(['M Cargo.lock', 'M Cargo.toml']);
    expect(r.remoteCommit('refs/tags/v0.4.0-beta.2')).toBe(r.head());
    expect(r.remoteGit('show', 'main:Cargo.toml')).toBe(TOML.trimEnd());
  });

  it('a commit that already is a release gets no prerelease (the message says why and what to do)', async () => {
    const { r } = agent();
    r.tag('v0.4.0', { annotated: true });
    await expect(cutPrerelease({ cwd: r.dir })).rejects.toThrow(
      /HEAD is already the release v0\.4\.0: a prerelease of this commit would be the same code under a lower version\. Nothing was tagged\. Commit the next change first/,
    );
    expect(r.git('tag', '-l', 'v0.4.1-*')).toBe('');
  });
});
