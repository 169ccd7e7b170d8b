/**
 * The tag scans every next-version start-up runs (issue 22: allocation-free fast paths) answer exactly what the
 * definitions say. The far-base warning's "highest version tag of the repository" is defined as: the tag's
 * prefix is versionTagPrefix(tag) and its version parseStrictTag(tag, prefix); the oracle below applies that
 * definition to every tag, the function under test takes its fast path where it can.
 */
import { describe, expect, it } from 'vitest';
import { farBaseWarnings } from '../../src/versioning/guards.js';
import { highestStrictTag } from '../../src/versioning/release-range.js';
import { compareVersions, parseStrictTag, versionTagPrefix } from '../../src/versioning/core/version.js';

// Hand-picked edges: a prerelease whose identifiers look like a version, digits-only prefixes, four parts,
// leading zeros, prefixes with dashes, no prefix.
const TRICKY = [
  'v1.2.3', 'v10.0.0', 'v9.9.9', '1.2.3-41.5.6', 'x1.2.3-beta42.5.6', 'v1.11.2.3', 'x011.2.3', 'x11.2.3', 'app-v20.0.0',
  'app-v3.0.0-rc.1', 'release-30.1.2', '40.0.0', 'v50.0', 'v01.2.3', 'v1.2.03', 'build.60.1.2', 'n-70.0.0-71.2.3',
  'v6.0.0-beta.4', 'v80.0.0+meta', 'foo', '', 'v.1.2.3', 'v1..2.3', 'a90.0.0.b',
];

function oracleTop(tags: string[]): { tag: string; major: number } | undefined {
  let top: { tag: string; major: number } | undefined;
  for (const t of tags) {
    const p = versionTagPrefix(t);
    const v = p === undefined ? undefined : parseStrictTag(t, p);
    if (v === undefined) continue;
    const major = Number(v.split('.')[0]);
    if (!top || major > top.major) top = { tag: t, major };
  }
  return top;
}

/** The warning names the top tag; read it back from a base at major 0 with a far top. */
function topNamed(tags: string[]): string | undefined {
  const w = farBaseWarnings(tags, [{ prefix: 'v', base: 'v0.0.1' }]);
  return /below (\S+), the highest version tag/.exec(w[0] ?? '')?.[1];
}

describe('farBaseWarnings: the highest version tag of the repository', () => {
  it('is the tag the definition gives, one tricky tag at a time and all together', () => {
    for (const t of TRICKY) {
      const want = oracleTop([t]);
      expect({ t, top: topNamed([t]) }).toEqual({ t, top: want && want.major >= 9 ? want.tag : undefined });
    }
    const want = oracleTop(TRICKY)!;
    expect(want.major).toBeGreaterThanOrEqual(9);
    expect(topNamed(TRICKY)).toBe(want.tag);
  });
});

describe('highestStrictTag', () => {
  it('picks the highest strict tag of the prefix by SemVer precedence, skipping prereleases and skip', () => {
    const tags = new Map(
      ['v1.2.3', 'v1.10.0', 'v1.9.9', 'v2.0.0-rc.1', 'v01.0.0', 'app-v9.0.0', 'v1.10.0.1', 'v1.11.0-beta.1', 'v1.10.1', 'x2.0.0'].map((t, i) => [t, `sha${i}`]),
    );
    const strict = [...tags.keys()].filter((t) => parseStrictTag(t, 'v') !== undefined).sort((a, b) => compareVersions(parseStrictTag(b, 'v')!, parseStrictTag(a, 'v')!));
    expect(strict[0]).toBe('v1.10.1');
    expect(highestStrictTag(tags, 'v')).toEqual({ tag: 'v1.10.1', sha: tags.get('v1.10.1') });
    expect(highestStrictTag(tags, 'v', ['v1.10.1'])).toEqual({ tag: 'v1.10.0', sha: tags.get('v1.10.0') });
    expect(highestStrictTag(tags, 'app-v')).toEqual({ tag: 'app-v9.0.0', sha: tags.get('app-v9.0.0') });
    expect(highestStrictTag(tags, 'z')).toBeUndefined();
  });
});
