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
 * A tag prefix is used literally in tag names and git patterns: any characters git allows in a tag name
 * (`v`, `api-v`, `create-vite@`, `@scope/api-v`, `release/`), checked with git's ref-name rules
 * (git-check-ref-format) on `<prefix>0.0.0`, and no leading `-`. Returns a problem description that
 * continues after the option's name, or undefined when the prefix is fine. An empty prefix is allowed.
 */
export function tagPrefixProblem(prefix: string): string | undefined {
  if (prefix === '') return undefined;
  const name = `${prefix}0.0.0`;
  const bad =
    /[\x00-\x20\x7f~^:?*[\\]/.test(name) ||
    name.includes('..') ||
    name.includes('@{') ||
    name.includes('//') ||
    name.startsWith('-') ||
    name.startsWith('/') ||
    name.split('/').some((c) => c.startsWith('.') || c.endsWith('.lock'));
  if (!bad) return undefined;
  return `"${prefix}" cannot start a git tag name: no spaces or control characters, none of ~ ^ : ? * [ \\, no "..", "@{" or "//", no leading "-" or "/", and no path part starting with "." or ending in ".lock".`;
}

/** The version part at the end of a tag: strict (`1.2.3`) or prerelease (`1.2.3-rc.1`). */
const TRAILING_VERSION = /(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/** The prefix of a version-like tag (everything before a trailing X.Y.Z[-pre]), or undefined. */
export function versionTagPrefix(tag: string): string | undefined {
  const m = TRAILING_VERSION.exec(tag);
  if (!m) return undefined;
  // `v1.2.3` → `v`; a prefix ending in a digit would make the version ambiguous (`x11.2.3`), skip it.
  const prefix = tag.slice(0, m.index);
  return /[0-9]$/.test(prefix) ? undefined : prefix;
}

export interface PrefixCandidate {
  prefix: string;
  /** How many strict release tags use it. */
  count: number;
  /** Its highest strict release tag. */
  highest: string;
  /** The date of its most recent tag (unix seconds). */
  newest: number;
}

/**
 * Prefixes other than `exclude` that strict release tags use (for the "no tag matches the prefix" hint), from
 * the tags reachable from HEAD with their dates: the most recently tagged prefix first (the line HEAD is on),
 * then the most used. Tag counts do not decide: an old, busy line must not win over the current one.
 */
export function prefixCandidates(reachable: Map<string, number>, exclude: string[]): PrefixCandidate[] {
  const found = new Map<string, PrefixCandidate & { version: string }>();
  for (const [tag, date] of reachable) {
    const p = versionTagPrefix(tag);
    if (p === undefined || exclude.includes(p)) continue;
    const v = parseStrictTag(tag, p);
    if (v === undefined) continue;
    const e = found.get(p);
    if (!e) found.set(p, { prefix: p, count: 1, highest: tag, version: v, newest: date });
    else {
      e.count++;
      e.newest = Math.max(e.newest, date);
      if (compareStrictVersions(v, e.version) > 0) Object.assign(e, { highest: tag, version: v });
    }
  }
  return [...found.values()]
    .map(({ prefix, count, highest, newest }) => ({ prefix, count, highest, newest }))
    .sort((a, b) => b.newest - a.newest || b.count - a.count || (a.prefix < b.prefix ? -1 : 1));
}

/** True when `tag` is a strict or prerelease tag of `prefix`. */
export function isTagOf(tag: string, prefix: string): boolean {
  return parseStrictTag(tag, prefix) !== undefined || parsePrereleaseTag(tag, prefix) !== undefined;
}

/** The MAJOR.MINOR.PATCH of a version (`2.0.1-rc.15` → `2.0.1`). */
export function coreVersion(version: string): string {
  const i = version.search(/[-+]/);
  return i < 0 ? version : version.slice(0, i);
}
