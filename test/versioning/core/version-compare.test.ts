/**
 * compareVersions, maxVersion, applyBump and commitBump's 0.x rule answer without the semver library for
 * well-formed versions (start-up cost, issue 22). The oracle here is the library itself, over every pair of a
 * set built to hit each precedence rule (SemVer 2.0.0 §11) and the edges where the own code hands over to it.
 */
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { applyBump, compareVersions, maxVersion } from '../../../src/versioning/core/version.js';
import { commitBump } from '../../../src/versioning/core/bump.js';
import { classifyCommit } from '../../../src/versioning/core/commits.js';

const VERSIONS = [
  '0.0.0', '0.0.1', '0.1.0', '0.9.9', '0.10.0', '1.0.0', '1.0.1', '1.2.3', '1.2.10', '1.10.2', '2.0.0', '10.0.0', '9.99.999',
  '1.0.0-0', '1.0.0-1', '1.0.0-2', '1.0.0-10', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta',
  '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0-rc.1.1', '1.0.0-rc-1', '1.0.0-RC.1', '1.0.0-Z', '1.0.0-a',
  '1.0.0--', '1.0.0-0a', '1.0.0-a0', '1.0.0-1.a', '1.0.0-a.1.b', '1.0.0-beta.2+build.5', '1.0.0-beta.2+other',
  '1.0.0-x.7.z.92', '1.0.0-alpha+001', '2.0.0-beta.0', '9007199254740991.0.0', '1.0.0-9007199254740991',
  // handed over to the library (build on a release, leading v, huge numbers): same answer, or the same throw
  '1.0.0+build', 'v1.0.0', '1.0.0-99999999999999999999', '1.0.0-beta.99999999999999999999',
];

function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch (err) {
    return `throws ${(err as Error).constructor.name}: ${(err as Error).message}`;
  }
}

describe('compareVersions', () => {
  it('orders every pair exactly as semver.compare does', () => {
    const mismatches: string[] = [];
    for (const a of VERSIONS) {
      for (const b of VERSIONS) {
        const ours = outcome(() => compareVersions(a, b));
        const lib = outcome(() => semver.compare(a, b));
        if (ours !== lib) mismatches.push(`${a} vs ${b}: ${String(ours)} ≠ semver ${String(lib)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('throws as the library does for what is not a version, a number beyond 2^53 and over 256 characters', () => {
    for (const bad of ['1.2', '01.2.3', '1.2.3-01', '9007199254740992.0.0', `1.0.0-${'a'.repeat(260)}`, `${'1'.repeat(15)}.0.0-${'b.'.repeat(125)}c`]) {
      expect(outcome(() => compareVersions(bad, '1.0.0')), bad).toBe(outcome(() => semver.compare(bad, '1.0.0')));
    }
  });

  it('maxVersion picks what semver.rsort puts first', () => {
    const shuffled = [...VERSIONS.filter((v) => semver.valid(v))].reverse();
    expect(maxVersion(shuffled)).toBe(semver.rsort([...shuffled])[0]);
    expect(maxVersion(['1.0.0-rc.1', '1.0.0-beta.11', '1.0.0-beta.2'])).toBe('1.0.0-rc.1');
  });
});

describe('applyBump', () => {
  it('gives semver.inc for every level on releases and prereleases', () => {
    for (const v of VERSIONS.filter((x) => semver.valid(x) === x)) {
      for (const bump of ['major', 'minor', 'patch'] as const) {
        expect(outcome(() => applyBump(v, bump)), `${v} + ${bump}`).toBe(semver.inc(v, bump) ?? outcome(() => applyBump(v, bump)));
      }
    }
    expect(applyBump('1.2.3', 'none')).toBe('1.2.3');
  });
});

describe('commitBump: a breaking change below 1.0.0', () => {
  it('follows the major version semver reads, for releases and prereleases', () => {
    const breaking = classifyCommit({ sha: 'a'.repeat(40), message: 'feat!: drop the old API' });
    const policy = { pre1: 'minor', releaseTypes: ['feat', 'fix'] } as unknown as Parameters<typeof commitBump>[2];
    for (const v of ['0.1.0', '0.0.0', '0.9.9-beta.1', '1.0.0', '1.0.0-rc.1', '10.0.0']) {
      expect(commitBump(breaking, v, policy), v).toBe(semver.major(v) === 0 ? 'minor' : 'major');
    }
  });
});
