/**
 * Numeric prereleases for WiX/MSI (issue 20): prerelease-scheme numeric tags X.Y.Z-N, one counter per version
 * across channels, found from existing tags (local and remote); never a base for next-version (invariant 1).
 * Real git with a bare remote; expectations written out by hand.
 */
import { describe, expect, it } from 'vitest';
import semver from 'semver';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useRepos, type TestRepo } from '../helpers/repo.js';
import { planPrerelease } from '../../src/versioning/core/prerelease-tags.js';
import { cutPrerelease } from '../../src/versioning/prerelease.js';
import { computeNextVersion } from '../../src/versioning/next-version.js';

const repo = useRepos();

function released(): TestRepo {
  const r = repo();
  r.commit('feat: first');
  r.tag('v1.1.0', { annotated: true });
  r.commit('feat: widgets');
  r.git('push', '-q', 'origin', 'main', '--tags');
  return r;
}

describe('prerelease-scheme numeric', () => {
  it('tags X.Y.Z-N, pushes it, and continues the number across channels (beta 1, 2, rc 3)', async () => {
    const r = released();
    const a = await cutPrerelease({ cwd: r.dir, channel: 'beta', scheme: 'numeric' });
    expect([a.tag, a.version, a.number]).toEqual(['v1.2.0-1', '1.2.0-1', 1]);
    expect(r.remoteCommit('refs/tags/v1.2.0-1')).toBe(r.head());
    expect(r.git('tag', '-l', '--format=%(contents:subject)', 'v1.2.0-1')).toBe('Prerelease 1.2.0-1 (beta)');
    r.commit('fix: b');
    expect((await cutPrerelease({ cwd: r.dir, channel: 'beta', scheme: 'numeric' })).tag).toBe('v1.2.0-2');
    r.commit('fix: c');
    const rc = await cutPrerelease({ cwd: r.dir, channel: 'rc', scheme: 'numeric' });
    expect(rc.tag).toBe('v1.2.0-3');
    // A re-run on the same commit reuses its tag.
    const again = await cutPrerelease({ cwd: r.dir, channel: 'rc', scheme: 'numeric' });
    expect([again.tag, again.reused]).toEqual(['v1.2.0-3', true]);
  });

  it('finds numeric tags that exist only on the remote, and 10 follows 9', async () => {
    const r = released();
    r.git('tag', 'v1.2.0-9');
    r.git('push', '-q', 'origin', 'v1.2.0-9');
    r.git('tag', '-d', 'v1.2.0-9');
    r.commit('fix: x');
    expect((await cutPrerelease({ cwd: r.dir, channel: 'beta', scheme: 'numeric', dryRun: true })).tag).toBe('v1.2.0-10');
  });

  it('orders as SemVer says: 1.2.0-3 < 1.2.0, 1.2.0-2 < 1.2.0-10, numeric < named', () => {
    expect(semver.lt('1.2.0-3', '1.2.0')).toBe(true);
    expect(semver.lt('1.2.0-2', '1.2.0-10')).toBe(true);
    expect(semver.lt('1.2.0-99', '1.2.0-beta.1')).toBe(true);
  });

  it('a numeric prerelease after a named one of the same version is refused (it would sort below it)', () => {
    expect(() =>
      planPrerelease({ prefix: 'v', base: '1.2.0', channel: 'beta', number: 'auto', head: 'h2', scheme: 'numeric', tags: [{ name: 'v1.2.0-beta.2', commit: 'h1' }] }),
    ).toThrow(/v1\.2\.0-1 would sort below the existing prerelease v1\.2\.0-beta\.2/);
    // An explicit number below an existing numeric one is refused too.
    expect(() =>
      planPrerelease({ prefix: 'v', base: '1.2.0', channel: 'rc', number: 2, head: 'h2', scheme: 'numeric', tags: [{ name: 'v1.2.0-5', commit: 'h1' }] }),
    ).toThrow(/v1\.2\.0-2 would sort below the existing prerelease v1\.2\.0-5.*number: auto/);
    // Named after numeric is fine (beta.1 sorts above 3).
    expect(planPrerelease({ prefix: 'v', base: '1.2.0', channel: 'beta', number: 'auto', head: 'h2', tags: [{ name: 'v1.2.0-3', commit: 'h1' }] }).tag).toBe('v1.2.0-beta.1');
  });

  it('first-number 0 gives X.Y.Z-0; write rewrites the version file to the numeric version', async () => {
    const r = repo();
    r.commit('feat: a', { 'package.json': '{\n  "name": "app",\n  "version": "1.1.0"\n}\n' });
    r.tag('v1.1.0');
    r.commit('fix: b');
    const res = await cutPrerelease({ cwd: r.dir, channel: 'beta', scheme: 'numeric', firstNumber: 0, push: false, write: true, versionFile: 'package.json' });
    expect(res.tag).toBe('v1.1.1-0');
    expect(res.files).toEqual(['package.json']);
    expect(readFileSync(join(r.dir, 'package.json'), 'utf8')).toContain('"version": "1.1.1-0"');
    expect(r.git('show', ':package.json')).toContain('"1.1.0"');
  });

  it('is never a base: next-version skips v1.2.0-3 and lifts the stable version above it', async () => {
    const r = released();
    await cutPrerelease({ cwd: r.dir, channel: 'beta', scheme: 'numeric', number: 3 });
    r.commit('fix: later');
    const next = await computeNextVersion({ cwd: r.dir });
    expect(next.previousTag).toBe('v1.1.0');
    expect(next.ignoredPrereleaseTags).toContain('v1.2.0-3');
    expect(next.version).toBe('1.2.0');
  });

  it('refuses an unknown scheme naming the input', async () => {
    const r = released();
    await expect(cutPrerelease({ cwd: r.dir, scheme: 'msi', push: false, dryRun: true })).rejects.toThrow(/prerelease-scheme.*"channel".*"numeric"/);
  });
});
