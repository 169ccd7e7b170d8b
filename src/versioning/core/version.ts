/**
 * Versions and release tags as data (no I/O).
 *
 * A release tag is exactly `<prefix>MAJOR.MINOR.PATCH`: SemVer numbers without leading zeros, no prerelease,
 * no build metadata. Everything else (`v1.2`, `v01.2.3`, `v1.2.3-beta.1`, `v1.2.3+build`, `release-1.2.3`
 * for prefix `v`) is not a release tag. Ordering is SemVer precedence (npm `semver`), never git's sort.
 */
import semver from 'semver';

export type Bump = 'major' | 'minor' | 'patch' | 'none';

const NUM = '(?:0|[1-9][0-9]*)';
const STRICT_CORE = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}$`);
// SemVer 2.0.0 prerelease identifiers: numeric without leading zeros, or alphanumeric with hyphens.
const PRE_ID = '(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)';
const PRERELEASE = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}-${PRE_ID}(?:\\.${PRE_ID})*(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`);

/** Largest number we accept in a version component (beyond it, JS numbers lose precision). */
const MAX_COMPONENT = Number.MAX_SAFE_INTEGER;

/** True for `MAJOR.MINOR.PATCH` with no leading zeros, no prerelease, no build metadata. */
export function isStrictVersion(version: string): boolean {
  if (!STRICT_CORE.test(version)) return false;
  return version.split('.').every((n) => Number(n) <= MAX_COMPONENT);
}

/** 'v1.2.3' with prefix 'v' → '1.2.3'; anything that is not exactly `<prefix>MAJOR.MINOR.PATCH` → undefined. */
export function parseStrictTag(tag: string, prefix: string): string | undefined {
  if (!tag.startsWith(prefix)) return undefined;
  const rest = tag.slice(prefix.length);
  return isStrictVersion(rest) ? rest : undefined;
}

/** 'v1.2.3-beta.4' with prefix 'v' → '1.2.3-beta.4' (a SemVer prerelease); undefined otherwise. */
export function parsePrereleaseTag(tag: string, prefix: string): string | undefined {
  if (!tag.startsWith(prefix)) return undefined;
  const rest = tag.slice(prefix.length);
  return PRERELEASE.test(rest) ? rest : undefined;
}

/** A prerelease channel / identifier: `[0-9A-Za-z-]+` (SemVer 2.0.0 §9). */
export function isValidChannel(id: string): boolean {
  return /^[0-9A-Za-z-]+$/.test(id);
}

/** Any valid SemVer 2.0.0 version (prerelease and build allowed), without a `v`. */
export function isSemver(version: string): boolean {
  return semver.valid(version) === version;
}

/** SemVer precedence: negative when a < b, 0 when equal, positive when a > b. */
export function compareVersions(a: string, b: string): number {
  return semver.compare(a, b);
}

/**
 * SemVer precedence of two STRICT versions (`MAJOR.MINOR.PATCH` as accepted by isStrictVersion): numeric,
 * field by field — exactly semver.compare for versions without prerelease or build parts, without building
 * semver objects (scanning thousands of release tags stays cheap). Never use it for prerelease versions.
 */
export function compareStrictVersions(a: string, b: string): number {
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < 3; i++) {
    const d = Number(x[i]) - Number(y[i]);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** The highest version of a list by SemVer precedence (undefined for an empty list). */
export function maxVersion(versions: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const v of versions) if (best === undefined || semver.compare(v, best) > 0) best = v;
  return best;
}

/** Applies a bump: `none` returns the version unchanged; a prerelease base graduates (1.0.0-beta.2 + minor → 1.0.0). */
export function applyBump(version: string, bump: Bump): string {
  if (bump === 'none') return version;
  const next = semver.inc(version, bump);
  if (!next) throw new Error(`cannot bump "${version}" (${bump}): not a SemVer version`);
  return next;
}

/** The order of bump levels: none < patch < minor < major. */
export const BUMP_RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

export function maxBump(a: Bump, b: Bump): Bump {
  return BUMP_RANK[a] >= BUMP_RANK[b] ? a : b;
}

/** `<prefix><version>`. */
export function formatTag(prefix: string, version: string): string {
  return `${prefix}${version}`;
}

/** Escapes fnmatch(3) glob characters so a literal prefix can be used in `git describe --match`. */
export function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, '\\$&');
}

/**
 * A tag prefix is used literally in tag names and git patterns: printable, no whitespace, nothing git refuses
 * in a ref name. Returns a problem description, or undefined when the prefix is fine. An empty prefix is allowed.
 */
export function tagPrefixProblem(prefix: string): string | undefined {
  if (prefix === '') return undefined;
  if (/[\s~^:?*[\\\x00-\x1f\x7f]/.test(prefix) || prefix.includes('..') || prefix.includes('@{') || prefix.startsWith('-') || prefix.startsWith('/') || prefix.startsWith('.')) {
    return `"${prefix}" cannot start a git tag name (no spaces, ~ ^ : ? * [ \\, "..", "@{", or a leading "-", "/" or ".")`;
  }
  return undefined;
}
