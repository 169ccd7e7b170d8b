import { describe, expect, it } from 'vitest';
import {
  applyBump,
  compareVersions,
  escapeGlob,
  isValidChannel,
  maxVersion,
  parsePrereleaseTag,
  parseStrictTag,
  tagPrefixProblem,
} from '../../../src/versioning/core/version.js';

describe('parseStrictTag', () => {
  it.each([
    ['v1.2.3', 'v', '1.2.3'],
    ['v0.0.0', 'v', '0.0.0'],
    ['v10.20.30', 'v', '10.20.30'],
    ['1.2.3', '', '1.2.3'],
    ['api-v2.0.1', 'api-v', '2.0.1'],
    ['release-1.2.3', 'release-', '1.2.3'],
  ])('%s with prefix "%s" is release %s', (tag, prefix, want) => {
    expect(parseStrictTag(tag, prefix)).toBe(want);
  });

  it.each([
    ['v1.2', 'v'],
    ['v01.2.3', 'v'],
    ['v1.02.3', 'v'],
    ['v1.2.03', 'v'],
    ['v1.2.3-beta.1', 'v'],
    ['v1.2.3+build.5', 'v'],
    ['v1.2.3.4', 'v'],
    ['release-1.2.3', 'v'],
    ['V1.2.3', 'v'],
    ['vv1.2.3', 'v'],
    ['v1.2.3 ', 'v'],
    ['1.2.3', 'v'],
    ['api-v1.2.3', 'v'],
    ['v99999999999999999999.0.0', 'v'],
    ['', 'v'],
  ])('%s with prefix "%s" is not a release tag', (tag, prefix) => {
    expect(parseStrictTag(tag, prefix)).toBeUndefined();
  });
});

describe('parsePrereleaseTag', () => {
  it('accepts SemVer prereleases and rejects the rest', () => {
    expect(parsePrereleaseTag('v0.3.0-beta.7', 'v')).toBe('0.3.0-beta.7');
    expect(parsePrereleaseTag('v1.0.0-rc.1+b5', 'v')).toBe('1.0.0-rc.1+b5');
    expect(parsePrereleaseTag('v1.0.0', 'v')).toBeUndefined();
    expect(parsePrereleaseTag('v1.0.0-beta.01', 'v')).toBeUndefined(); // numeric identifier with a leading zero
    expect(parsePrereleaseTag('v1.0.0-', 'v')).toBeUndefined();
    expect(parsePrereleaseTag('x1.0.0-beta.1', 'v')).toBeUndefined();
  });
});

describe('SemVer precedence (never git version sort)', () => {
  it('orders prereleases below their release and numerically by identifier', () => {
    const list = ['1.0.0', '1.0.0-rc.1', '1.0.0-beta.10', '1.0.0-beta.9', '0.9.9', '1.0.0-alpha'];
    const sorted = [...list].sort(compareVersions);
    expect(sorted).toEqual(['0.9.9', '1.0.0-alpha', '1.0.0-beta.9', '1.0.0-beta.10', '1.0.0-rc.1', '1.0.0']);
  });
  it('maxVersion picks by precedence, not string order', () => {
    expect(maxVersion(['1.9.0', '1.10.0', '1.2.0'])).toBe('1.10.0');
    expect(maxVersion([])).toBeUndefined();
  });
});

describe('applyBump', () => {
  it.each([
    ['1.2.3', 'major', '2.0.0'],
    ['1.2.3', 'minor', '1.3.0'],
    ['1.2.3', 'patch', '1.2.4'],
    ['1.2.3', 'none', '1.2.3'],
    ['0.3.1', 'major', '1.0.0'],
    ['1.0.0-beta.2', 'minor', '1.0.0'],
  ] as const)('%s + %s = %s', (v, b, want) => {
    expect(applyBump(v, b)).toBe(want);
  });
});

describe('channels, globs and prefixes', () => {
  it('isValidChannel', () => {
    expect(isValidChannel('beta')).toBe(true);
    expect(isValidChannel('rc-2')).toBe(true);
    expect(isValidChannel('beta.1')).toBe(false);
    expect(isValidChannel('')).toBe(false);
    expect(isValidChannel('be ta')).toBe(false);
    expect(isValidChannel('béta')).toBe(false);
  });
  it('escapeGlob escapes fnmatch specials', () => {
    expect(escapeGlob('a*b?c[d]\\')).toBe('a\\*b\\?c\\[d\\]\\\\');
  });
  it('tagPrefixProblem', () => {
    expect(tagPrefixProblem('v')).toBeUndefined();
    expect(tagPrefixProblem('')).toBeUndefined();
    expect(tagPrefixProblem('api-v')).toBeUndefined();
    expect(tagPrefixProblem('v*')).toMatch(/cannot start a git tag/);
    expect(tagPrefixProblem('a b')).toMatch(/cannot start/);
    expect(tagPrefixProblem('-v')).toMatch(/cannot start/);
  });
});

describe('compareStrictVersions', () => {
  it('agrees with the semver library on strict versions (random pairs and edge cases)', async () => {
    const semver = (await import('semver')).default;
    const { compareStrictVersions } = await import('../../../src/versioning/core/version.js');
    const pick = (n: number) => [0, 1, 2, 9, 10, 11, 99, 100, 1000, 123456][n % 10];
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed);
    const versions = ['0.0.0', '0.0.1', '0.1.0', '1.0.0', '1.9.0', '1.10.0', '2.0.0', '10.0.0', '9007199254740991.0.0'];
    for (let i = 0; i < 300; i++) versions.push(`${pick(rnd())}.${pick(rnd())}.${pick(rnd())}`);
    for (const a of versions) for (const b of versions.slice(0, 40)) expect(compareStrictVersions(a, b)).toBe(semver.compare(a, b));
  });
});
