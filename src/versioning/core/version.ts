/**
 * Versions and release tags as data (no I/O).
 *
 * A release tag is exactly `<prefix>MAJOR.MINOR.PATCH`: SemVer numbers without leading zeros, no prerelease,
 * no build metadata. Everything else (`v1.2`, `v01.2.3`, `v1.2.3-beta.1`, `v1.2.3+build`, `release-1.2.3`
 * for prefix `v`) is not a release tag. Ordering is SemVer precedence (npm `semver`), never git's sort.
 */
// The library is loaded only when a version leaves the own fast paths (platform/libraries.ts).
import { semverLibrary as semver } from '../../platform/libraries.js';

export type Bump = 'major' | 'minor' | 'patch' | 'none';

const NUM = '(?:0|[1-9][0-9]*)';
// SemVer 2.0.0 prerelease identifiers: numeric without leading zeros, or alphanumeric with hyphens.
const PRE_ID = '(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)';
const PRERELEASE = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}-${PRE_ID}(?:\\.${PRE_ID})*(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`);

/** Largest number we accept in a version component (beyond it, JS numbers lose precision). */
const MAX_COMPONENT = Number.MAX_SAFE_INTEGER;
/** The semver library refuses longer versions; the own fast paths below leave them to it. */
const SEMVER_MAX_LENGTH = 256;

/** True for `MAJOR.MINOR.PATCH` with no leading zeros, no prerelease, no build metadata (numbers ≤ 2^53 − 1). */
export function isStrictVersion(version: string): boolean {
  return readStrictVersion(version, 0, version.length, scratch);
}
/** readStrictVersion's output where only the answer matters (core functions are synchronous: never shared). */
const scratch = [0, 0, 0];

/**
 * Reads `s` from `start` to `end` as a strict MAJOR.MINOR.PATCH (exactly what isStrictVersion accepts) into
 * `out` without allocating; false when it is not one. For scans of thousands of tags (highestStrictTag, the
 * prerelease lift), where splitting each tag into strings cost more than the rest of the scan.
 */
export function readStrictVersion(s: string, start: number, end: number, out: number[]): boolean {
  let part = 0;
  let n = 0;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (digits === 0 || part === 2) return false;
      out[part++] = n;
      n = 0;
      digits = 0;
      continue;
    }
    if (c < 48 || c > 57 || (digits === 1 && n === 0)) return false; // not a digit, or a leading zero
    n = n * 10 + (c - 48);
    digits++;
    if (n > MAX_COMPONENT) return false;
  }
  if (digits === 0 || part !== 2) return false;
  out[2] = n;
  return true;
}

/** Compares two numeric MAJOR.MINOR.PATCH triples (as read by readStrictVersion): -1, 0 or 1. */
export function compareTriples(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
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

/**
 * A SemVer 2.0.0 version as compared by precedence: the three numbers and the prerelease identifiers (numbers
 * for numeric ones), build metadata dropped. Undefined for anything else, and for numbers beyond
 * MAX_SAFE_INTEGER or versions over 256 characters: those are left to the semver library.
 */
function precedenceParts(version: string): [number[], (number | string)[]] | undefined {
  if (version.length > SEMVER_MAX_LENGTH) return undefined;
  if (!isStrictVersion(version) && !PRERELEASE.test(version)) return undefined;
  const plus = version.indexOf('+');
  const v = plus < 0 ? version : version.slice(0, plus);
  const dash = v.indexOf('-');
  const core = (dash < 0 ? v : v.slice(0, dash)).split('.').map(Number);
  if (core.some((n) => n > MAX_COMPONENT)) return undefined;
  const pre: (number | string)[] = [];
  if (dash >= 0) {
    for (const id of v.slice(dash + 1).split('.')) {
      if (/^[0-9]+$/.test(id)) {
        const n = Number(id);
        if (n > MAX_COMPONENT) return undefined;
        pre.push(n);
      } else pre.push(id);
    }
  }
  return [core, pre];
}

/**
 * SemVer precedence: negative when a < b, 0 when equal, positive when a > b. The same answer as the semver
 * library's `compare` (checked against it in test/versioning/core/version-compare.test.ts), computed without
 * it for well-formed versions: a run compares tags without building semver objects or compiling its regexes.
 */
export function compareVersions(a: string, b: string): number {
  const x = precedenceParts(a);
  const y = precedenceParts(b);
  if (!x || !y) return semver.compare(a, b);
  for (let i = 0; i < 3; i++) if (x[0][i] !== y[0][i]) return x[0][i]! < y[0][i]! ? -1 : 1;
  const [p, q] = [x[1], y[1]];
  // A version without prerelease identifiers ranks above one with them.
  if (!p.length || !q.length) return p.length === q.length ? 0 : p.length ? -1 : 1;
  for (let i = 0; i < p.length && i < q.length; i++) {
    const [m, n] = [p[i]!, q[i]!];
    if (m === n) continue;
    // Numeric identifiers rank below alphanumeric ones; alphanumeric ones compare in ASCII order.
    if (typeof m !== typeof n) return typeof m === 'number' ? -1 : 1;
    return m < n ? -1 : 1;
  }
  return p.length === q.length ? 0 : p.length < q.length ? -1 : 1;
}

/**
 * SemVer precedence of two STRICT versions (`MAJOR.MINOR.PATCH` as accepted by isStrictVersion): their numbers
 * read in place and compared field by field (compareTriples) — exactly semver.compare for versions without
 * prerelease or build parts, without building semver objects (scanning thousands of release tags stays cheap).
 * Anything else is compared by full precedence (compareVersions).
 */
export function compareStrictVersions(a: string, b: string): number {
  const x = [0, 0, 0];
  const y = [0, 0, 0];
  if (readStrictVersion(a, 0, a.length, x) && readStrictVersion(b, 0, b.length, y)) return compareTriples(x, y);
  return compareVersions(a, b);
}

/** The highest version of a list by SemVer precedence (undefined for an empty list). */
export function maxVersion(versions: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const v of versions) if (best === undefined || compareVersions(v, best) > 0) best = v;
  return best;
}

/** Applies a bump: `none` returns the version unchanged; a prerelease base graduates (1.0.0-beta.2 + minor → 1.0.0). */
export function applyBump(version: string, bump: Bump): string {
  if (bump === 'none') return version;
  if (version.length <= SEMVER_MAX_LENGTH && isStrictVersion(version)) {
    // What semver's inc gives for a strict X.Y.Z (the common case), without the library.
    const [M, m, p] = version.split('.').map(Number) as [number, number, number];
    if (Math.max(M, m, p) < MAX_COMPONENT) return bump === 'major' ? `${M + 1}.0.0` : bump === 'minor' ? `${M}.${m + 1}.0` : `${M}.${m}.${p + 1}`;
  }
  const next = semver.inc(version, bump);
  if (!next) throw new Error(`cannot bump "${version}" (${bump}): not a SemVer version`);
  return next;
}

/** The order of bump levels: none < patch < minor < major. */
export const BUMP_RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

export function maxBump(a: Bump, b: Bump): Bump {
  return BUMP_RANK[a] >= BUMP_RANK[b] ? a : b;
}

/**
 * The tag prefix an option value means: `none` → no prefix (an empty action input means "the default", so "no
 * prefix" needs a word); no value → `v`.
 */
export function prefixOption(value: string | undefined): string {
  if (value === undefined) return 'v';
  return value.trim() === 'none' ? '' : value.trim();
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
