/**
 * Guards on a proposed version (docs/architecture.md invariant 9), applied after a versioning strategy proposed it:
 * - a stable version never sorts below a prerelease tag of the same prefix reachable from HEAD: it is lifted
 *   to that prerelease's release version (2.0.1-rc.15 reachable, 1.6.0 proposed → 2.0.1), and the plan says so;
 * - a proposed tag never exists already: a release tag of that name elsewhere (another branch) is refused;
 * - when no tag matches the prefix but other version tags exist, the prefix is probably wrong: stable runs
 *   fail naming the prefix that would match, prerelease runs warn.
 */
import { SettingsError, fieldError } from '../platform/errors.js';
import type { Git } from '../git/repository.js';
import { compareTriples, compareVersions, coreVersion, isTagOf, readStrictVersion, parsePrereleaseTag, parseStrictTag, prefixCandidates, versionTagPrefix } from './core/version.js';

export interface Lift {
  from: string;
  to: string;
  /** The reachable prerelease tag the stable version must not sort below. */
  above: string;
}

/**
 * Lifts `version` (stable, of tag line `prefix`) above the highest prerelease tag of that line reachable from
 * HEAD. Only prerelease tags with a higher version get a reachability check (one query; usually none).
 */
export async function liftAbovePrereleases(git: Git, tags: Map<string, string>, prefix: string, version: string): Promise<Lift | undefined> {
  const higher: [string, string][] = [];
  // A prerelease sorts above a stable version exactly when its MAJOR.MINOR.PATCH is higher: compared without
  // semver objects, so thousands of old prerelease tags stay cheap (bench/next-version.mjs, L: 2,000 betas).
  const own = [0, 0, 0];
  const stable = readStrictVersion(version, 0, version.length, own);
  const core = [0, 0, 0];
  for (const t of tags.keys()) {
    if (stable) {
      // Exact for a valid prerelease tag (its MAJOR.MINOR.PATCH read in place); anything else passes on to
      // parsePrereleaseTag, which rejects it.
      if (!t.startsWith(prefix)) continue;
      const dash = t.indexOf('-', prefix.length);
      if (dash < 0 || (readStrictVersion(t, prefix.length, dash, core) && compareTriples(core, own) <= 0)) continue;
    }
    const v = parsePrereleaseTag(t, prefix);
    if (v !== undefined && (stable || compareVersions(v, version) > 0)) higher.push([t, v]);
  }
  if (!higher.length) return undefined;
  const reachable = await git.tagsMergedInto(higher.map(([t]) => t));
  const top = higher.filter(([t]) => reachable.has(t)).sort((a, b) => compareVersions(b[1], a[1]))[0];
  if (!top) return undefined;
  return { from: version, to: coreVersion(top[1]), above: top[0] };
}

/**
 * Refuses a proposed release tag that already exists (it is not reachable, or it would be the base), naming the
 * branches that carry it and the way out: release from that branch or merge it, or — for a prerelease on the
 * main line after a release branch took that version — the prerelease's `base` (a version above it).
 */
export async function refuseExistingTag(git: Git, tags: Map<string, string>, tag: string, what: string, lift?: Lift, forPrerelease = false): Promise<void> {
  const target = tags.get(tag);
  if (target === undefined) return;
  const commit = (await git.run(['rev-parse', '--verify', '--quiet', `${target}^{commit}`], { allowFailure: true })).stdout.trim() || target;
  const branches = (await git.run(['for-each-ref', `--contains=${commit}`, '--format=%(refname:short)', 'refs/heads', 'refs/remotes'], { allowFailure: true })).stdout
    .split('\n')
    .filter((b) => b && !b.endsWith('/HEAD'));
  const where = branches.length ? ` (on ${branches.slice(0, 3).join(', ')}${branches.length > 3 ? ', …' : ''})` : '';
  const why = lift ? ` (${lift.from}, lifted above the reachable prerelease ${lift.above})` : '';
  const linePrefix = versionTagPrefix(tag);
  const above = linePrefix !== undefined && parseStrictTag(tag, linePrefix) !== undefined ? nextMinor(tag.slice(linePrefix.length)) : undefined;
  const base = `set {{base}} to a version above it${above ? ` (e.g. ${above})` : ''}`;
  const fix = forPrerelease
    ? `For a prerelease of the next line, ${base}; or tag from the branch that carries ${tag}.`
    : `Release from the branch that carries the tag, or merge it (a prerelease would ${base}).`;
  // A whole-sentence problem: {{base}} is worded per front end (`--base`, `"base"`).
  throw new SettingsError([
    {
      message:
        `${what} ${tag}${why} already exists, on commit ${commit.slice(0, 12)}${where}, which is not an ancestor of HEAD (another branch, or a later commit). ` +
        `Releasing it again would publish a second, different release under the same version. ${fix} Nothing was changed.`,
    },
  ]);
}

function nextMinor(version: string): string {
  const [major, minor] = version.split('.').map(Number);
  return `${major}.${minor! + 1}.0`;
}

/**
 * The "no tag matches the prefix" check, judged by the tags REACHABLE from HEAD: a prefix matches when one of
 * its lines found a base, or a prerelease tag of it is reachable. Otherwise, when release tags of another
 * prefix are reachable, the prefix is probably wrong (renovate at 11.35.5 with no prefix: only unreachable
 * 2.x tags match, v11.35.4 is reachable). The suggestion is the prefix HEAD's line was tagged with most
 * recently. Returns a warning (prerelease runs) or throws a problem for `tag-prefix` (stable runs); undefined
 * when the prefix matches or no other release tag is reachable. Queries git only when no line found a base.
 */
/** A strict release tag of some prefix (`v1.2.3`, `api-2.0.0`, `1.0.0`). */
function isStrictTag(tag: string): boolean {
  const p = versionTagPrefix(tag);
  return p !== undefined && parseStrictTag(tag, p) !== undefined;
}

export async function prefixMismatch(
  git: Git,
  tags: Map<string, string>,
  lines: { prefix: string; base?: string }[],
  mode: 'fail' | 'warn',
): Promise<string | undefined> {
  if (!tags.size || lines.some((l) => l.base)) return undefined;
  const prefixes = [...new Set(lines.map((l) => l.prefix))];
  const own: string[] = [];
  const others: string[] = [];
  for (const t of tags.keys()) {
    if (prefixes.some((p) => isTagOf(t, p))) own.push(t);
    else if (isStrictTag(t)) others.push(t);
  }
  if (!others.length) return undefined;
  const [ownReachable, reachable] = await Promise.all([git.tagsMergedInto(own), git.tagDatesMergedInto(others)]);
  if (ownReachable.size) return undefined;
  const candidates = prefixCandidates(reachable, prefixes);
  if (!candidates.length) return undefined;
  const shown = prefixes.map((p) => (p === '' ? 'no prefix' : `"${p}"`)).join(', ');
  const list = candidates
    .slice(0, 3)
    .map((c) => `${c.prefix === '' ? 'none (no prefix)' : `"${c.prefix}"`}: ${c.count} tag(s) up to ${c.highest}`)
    .join('; ');
  const best = candidates[0]!;
  const fix = best.prefix === '' ? 'none' : best.prefix;
  const unreachable = own.length ? ` (${own.length} tag(s) of it exist, none reachable from HEAD)` : '';
  const text =
    `matches no tag reachable from HEAD (${shown})${unreachable}, but release tags with another prefix are reachable — ${list}. ` +
    `Set {{tag-prefix}} to ${fix} to continue from ${best.highest}; without it the version would restart from the beginning.`;
  if (mode === 'fail') throw fieldError('tag-prefix', text);
  return `tag-prefix ${text.replace('{{tag-prefix}}', 'tag-prefix')}`;
}

/**
 * The major of `tag` when it is a strict release tag of some prefix (versionTagPrefix + parseStrictTag), without
 * allocating in the usual case: its trailing run of digits and dots must hold at least two dots (`v5.1.0-beta.3`
 * ends in `.3`: not one), and a tag without a `-` whose whole trailing run is strict is exactly that (no
 * prerelease part can reach further left; the character before the run is no digit, so the prefix is valid).
 * Anything else takes the regular expressions. `v` is scratch space.
 */
function strictMajor(tag: string, v: number[]): number | undefined {
  let start = tag.length;
  let dots = 0;
  while (start > 0) {
    const c = tag.charCodeAt(start - 1);
    if (c === 46) dots++;
    else if (c < 48 || c > 57) break;
    start--;
  }
  if (dots < 2) return undefined;
  if (tag.indexOf('-') < 0 && readStrictVersion(tag, start, tag.length, v)) return v[0];
  const p = versionTagPrefix(tag);
  const s = p === undefined ? undefined : parseStrictTag(tag, p);
  return s === undefined ? undefined : Number(s.split('.')[0]);
}

/** A base this far back is probably not the one meant (a missing tag, a wrong prefix, a merged old history). */
export const FAR_BASE = { majors: 9, commits: 10_000 } as const;

/**
 * Warnings (never failures) for a base far behind: at least FAR_BASE.majors majors below the highest version tag
 * of the repository (any prefix, reachable or not), or at least FAR_BASE.commits commits back.
 */
export function farBaseWarnings(tags: Iterable<string>, lines: { prefix: string; base?: string; since?: number; component?: { name: string } }[]): string[] {
  let top: { tag: string; major: number } | undefined;
  const scratch = [0, 0, 0];
  for (const t of tags) {
    const major = strictMajor(t, scratch);
    if (major !== undefined && (!top || major > top.major)) top = { tag: t, major };
  }
  const out: string[] = [];
  for (const l of lines) {
    const who = l.component ? `Component "${l.component.name}": the base` : 'The base';
    const base = l.base ? `${l.base}` : 'the start of history (no release tag)';
    const baseMajor = l.base ? Number(parseStrictTag(l.base, l.prefix)?.split('.')[0]) : undefined;
    const reasons: string[] = [];
    if (top && baseMajor !== undefined && top.major - baseMajor >= FAR_BASE.majors) reasons.push(`${top.major - baseMajor} majors below ${top.tag}, the highest version tag of the repository`);
    if ((l.since ?? 0) >= FAR_BASE.commits) reasons.push(`${l.since} commits back`);
    if (reasons.length) {
      out.push(
        `${who} ${base} is ${reasons.join(' and ')}: is it the one meant? Check the tag prefix (tag-prefix), that every release tag is fetched (fetch-depth: 0), and relforge plan's list before releasing.`,
      );
    }
  }
  return out;
}
