/**
 * Forcing a version (issue 19): a `Release-As: X.Y.Z` footer in a commit since the base, and the `release-as`
 * input of next-version, plan and prerelease. Real git repositories; expectations written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { useRepos } from '../helpers/repo.js';
import { classifyCommit } from '../../src/versioning/core/commits.js';
import { releaseAsProblem } from '../../src/versioning/core/bump.js';
import { computeNextVersion } from '../../src/versioning/next-version.js';
import { planRelease } from '../../src/versioning/plan.js';
import { cutPrerelease } from '../../src/versioning/prerelease.js';

const repo = useRepos();

describe('Release-As footer', () => {
  it('is read from the footers of any message (token case-insensitive), not from the subject', () => {
    expect(classifyCommit({ sha: 'a', message: 'chore: first release\n\nRelease-As: 1.0.0\n' }).releaseAs).toBe('1.0.0');
    expect(classifyCommit({ sha: 'a', message: 'feat: x\n\nbody\n\nrelease-as: v2.3.4' }).releaseAs).toBe('v2.3.4');
    expect(classifyCommit({ sha: 'a', message: 'not conventional\n\nRelease-As: 3.0.0' }).releaseAs).toBe('3.0.0');
    expect(classifyCommit({ sha: 'a', message: 'Release-As: 9.0.0' }).releaseAs).toBeUndefined();
    expect(classifyCommit({ sha: 'a', message: 'fix: y' }).releaseAs).toBeUndefined();
  });

  it('forces the version on a tagless repository whose version file says 0.1.0 (relforge\'s own first release)', async () => {
    const r = repo();
    r.commit('feat: a', { 'package.json': '{\n  "name": "x",\n  "version": "0.1.0"\n}\n' });
    const forcing = r.commit('docs: pins point at v1\n\nRelease-As: 1.0.0');
    r.commit('fix: b');
    const res = await computeNextVersion({ cwd: r.dir, versionFile: 'package.json' });
    expect(res.version).toBe('1.0.0');
    expect(res.tag).toBe('v1.0.0');
    expect(res.bump).toBe('major');
    expect(res.released).toBe(true);
    expect(res.forced).toMatchObject({ version: '1.0.0', source: 'footer', sha: forcing, computed: '0.2.0' });
    expect(res.deciding.map((d) => d.sha)).toEqual([forcing]);
    expect(res.reason).toContain('Release-As');
  });

  it('releases on a forcing commit alone (no releasing type), and the highest footer since the base wins', async () => {
    const r = repo();
    r.history(['feat: one', 'v1.2.0']);
    r.commit('chore: plan 2.0\n\nRelease-As: 2.0.0');
    r.commit('chore: plan 1.5\n\nRelease-As: 1.5.0');
    const res = await computeNextVersion({ cwd: r.dir });
    expect(res.version).toBe('2.0.0');
    expect(res.bump).toBe('major');
  });

  it('a footer before the base tag is never read again', async () => {
    const r = repo();
    r.commit('chore: go 1.0\n\nRelease-As: 1.0.0');
    r.tag('v1.0.0');
    r.commit('fix: after');
    expect((await computeNextVersion({ cwd: r.dir })).version).toBe('1.0.1');
  });

  it('a footer not above the base is refused naming the commit; the input gets past it', async () => {
    const r = repo();
    r.history(['feat: one', 'v1.2.0']);
    const sha = r.commit('chore: old plan\n\nRelease-As: 1.1.0');
    await expect(computeNextVersion({ cwd: r.dir })).rejects.toThrow(new RegExp(`Commit ${sha.slice(0, 12)} \\("chore: old plan"\\) says Release-As: 1.1.0, which is not above the base version 1.2.0`));
    const res = await computeNextVersion({ cwd: r.dir, releaseAs: '1.3.0' });
    expect(res.version).toBe('1.3.0');
    expect(res.forced?.source).toBe('input');
  });

  it('an invalid footer is refused with the reason, naming the commit', async () => {
    const r = repo();
    r.history(['feat: one', 'v1.2.0']);
    const sha = r.commit('chore: beta plan\n\nRelease-As: 2.0.0-beta.1');
    await expect(computeNextVersion({ cwd: r.dir })).rejects.toThrow(new RegExp(`Commit ${sha.slice(0, 12)}.*prerelease or build part`));
  });

  it('a forced version below a reachable prerelease is refused, not lifted; at or above it is taken', async () => {
    const r = repo();
    r.history(['feat: one', 'v1.2.0'], ['feat: two', 'v2.0.0-beta.1']);
    r.commit('chore: go 1.5\n\nRelease-As: 1.5.0');
    await expect(computeNextVersion({ cwd: r.dir })).rejects.toThrow(/1\.5\.0 is forced by the Release-As footer of [0-9a-f]{7} \("chore: go 1\.5"\), but the prerelease v2\.0\.0-beta\.1 is reachable/);
    const res = await computeNextVersion({ cwd: r.dir, releaseAs: '2.0.0' });
    expect([res.version, res.lifted]).toEqual(['2.0.0', undefined]);
  });

  it('a footer whose commit a revert in the range cancelled does not force', async () => {
    const r = repo();
    r.history(['feat: one', 'v1.2.0']);
    const sha = r.commit('chore: go big\n\nRelease-As: 5.0.0');
    r.commit(`Revert "chore: go big"\n\nThis reverts commit ${sha}.`);
    r.commit('fix: small');
    expect((await computeNextVersion({ cwd: r.dir })).version).toBe('1.2.1');
  });
});

describe('Release-As with independent versioning', () => {
  it('forces only the component whose commits carry the footer', async () => {
    const r = repo();
    r.commit('feat: a', { 'a/x.txt': '1' });
    r.commit('feat: b', { 'b/x.txt': '1' });
    r.tag('a-v0.3.0');
    r.tag('b-v0.5.0');
    r.commit('chore: a goes 1.0\n\nRelease-As: 1.0.0', { 'a/x.txt': '2' });
    r.commit('fix: b', { 'b/x.txt': '2' });
    const res = await computeNextVersion({ cwd: r.dir, versioning: 'independent', components: 'a:\n  paths: [a/**]\nb:\n  paths: [b/**]\n' });
    expect(res.components.map((c) => [c.name, c.version])).toEqual([
      ['a', '1.0.0'],
      ['b', '0.5.1'],
    ]);
  });
});

describe('release-as input', () => {
  it('forces next-version and plan, above the base, and wins over footers', async () => {
    const r = repo();
    r.history(['feat: one', 'v0.4.2'], 'fix: two', 'chore: x\n\nRelease-As: 0.9.0');
    expect((await computeNextVersion({ cwd: r.dir, releaseAs: 'v1.0.0' })).version).toBe('1.0.0');
    const plan = await planRelease({ cwd: r.dir, channel: 'stable', releaseAs: '1.0.0' });
    expect(plan.releasable && !plan.prerelease ? plan.tag : '').toBe('v1.0.0');
  });

  it('invalid or not above the base: refused naming release-as and the reason', async () => {
    expect(releaseAsProblem('1.0')).toMatch(/MAJOR\.MINOR\.PATCH/);
    expect(releaseAsProblem('01.0.0')).toMatch(/MAJOR\.MINOR\.PATCH/);
    expect(releaseAsProblem('1.0.0+build')).toMatch(/prerelease or build part/);
    expect(releaseAsProblem('v1.0.0')).toBeUndefined();
    const r = repo();
    r.history(['feat: one', 'v1.2.0'], 'fix: two');
    await expect(computeNextVersion({ cwd: r.dir, releaseAs: '1.0' })).rejects.toThrow(/release-as.*must be a version MAJOR\.MINOR\.PATCH/);
    await expect(computeNextVersion({ cwd: r.dir, releaseAs: '1.2.0' })).rejects.toThrow(/release-as.*is 1\.2\.0, which is not above the base version 1\.2\.0/);
    await expect(computeNextVersion({ cwd: r.dir, releaseAs: '2.0.0', versioning: 'independent', components: 'a:\n  paths: [a/**]\n' })).rejects.toThrow(/release-as.*independent/);
  });

  it('a prerelease with base next leads to the forced version (input or footer); with an explicit base it is refused', async () => {
    const r = repo();
    r.history(['feat: one', 'v0.3.0'], 'fix: two');
    r.git('push', '-q', 'origin', 'main', '--tags');
    const pre = await cutPrerelease({ cwd: r.dir, channel: 'beta', releaseAs: '1.0.0', dryRun: true, push: false });
    expect(pre.tag).toBe('v1.0.0-beta.1');
    await expect(cutPrerelease({ cwd: r.dir, channel: 'beta', base: '0.4.0', releaseAs: '1.0.0', dryRun: true, push: false })).rejects.toThrow(/release-as/);
    r.commit('chore: one point oh\n\nRelease-As: 1.0.0');
    const plan = await planRelease({ cwd: r.dir, channel: 'rc' });
    expect(plan.releasable && plan.tag).toBe('v1.0.0-rc.1');
  });
});
