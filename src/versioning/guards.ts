/**
 * Guards on a proposed version (docs/architecture.md invariant 9), applied after a versioning strategy proposed it:
 * - a stable version never sorts below a prerelease tag of the same prefix reachable from HEAD: it is lifted
 *   to that prerelease's release version (2.0.1-rc.15 reachable, 1.6.0 proposed → 2.0.1), and the plan says so;
 * - a proposed tag never exists already: a release tag of that name elsewhere (another branch) is refused;
 * - when no tag matches the prefix but other version tags exist, the prefix is probably wrong: stable runs
 *   fail naming the prefix that would match, prerelease runs warn.
 */
import { RelforgeError, fieldError } from '../platform/errors.js';
import type { Git } from '../git/repository.js';
import { compareVersions, coreVersion, parsePrereleaseTag, prefixCandidates } from './core/version.js';

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
  for (const t of tags.keys()) {
    const v = parsePrereleaseTag(t, prefix);
    if (v !== undefined && compareVersions(v, version) > 0) higher.push([t, v]);
  }
  if (!higher.length) return undefined;
  const reachable = await git.tagsMergedInto(higher.map(([t]) => t));
  const top = higher.filter(([t]) => reachable.has(t)).sort((a, b) => compareVersions(b[1], a[1]))[0];
  if (!top) return undefined;
  return { from: version, to: coreVersion(top[1]), above: top[0] };
}

/** Refuses a proposed release tag that already exists (it is not reachable, or it would be the base). */
export async function refuseExistingTag(git: Git, tags: Map<string, string>, tag: string, what: string, lift?: Lift): Promise<void> {
  const target = tags.get(tag);
  if (target === undefined) return;
  const commit = (await git.run(['rev-parse', '--verify', '--quiet', `${target}^{commit}`], { allowFailure: true })).stdout.trim() || target;
  const why = lift ? ` (${lift.from}, lifted above the reachable prerelease ${lift.above})` : '';
  throw new RelforgeError(
    `${what} ${tag}${why} already exists, on commit ${commit.slice(0, 12)}, which is not an ancestor of HEAD (another branch, or a later commit). ` +
      'Releasing it again would publish a second, different release under the same version. Release from the branch that carries the tag, ' +
      'or merge it; nothing was changed.',
  );
}

/**
 * The "no tag matches the prefix" check over every tag. Returns a warning (prerelease runs) or throws a
 * problem for `tag-prefix` (stable runs); undefined when some prefix matches or no version tag exists.
 */
export function prefixMismatch(tags: Iterable<string>, prefixes: string[], mode: 'fail' | 'warn'): string | undefined {
  const names = [...tags];
  if (!names.length) return undefined;
  let candidates: ReturnType<typeof prefixCandidates>['candidates'] = [];
  for (const p of prefixes) {
    const r = prefixCandidates(names, p);
    if (r.matches) return undefined;
    candidates = r.candidates.filter((c) => !prefixes.includes(c.prefix));
  }
  if (!candidates.length) return undefined;
  const shown = prefixes.map((p) => (p === '' ? 'no prefix' : `"${p}"`)).join(', ');
  const list = candidates
    .slice(0, 3)
    .map((c) => `${c.prefix === '' ? 'none (no prefix)' : `"${c.prefix}"`}: ${c.count} tag(s) up to ${c.highest}`)
    .join('; ');
  const best = candidates[0]!;
  const fix = best.prefix === '' ? 'none' : best.prefix;
  const text =
    `matches no tag (${shown}), but release tags with another prefix exist — ${list}. ` +
    `Set {{tag-prefix}} to ${fix} to continue from ${best.highest}; without it the version would restart from the beginning.`;
  if (mode === 'fail') throw fieldError('tag-prefix', text);
  return `tag-prefix ${text.replace('{{tag-prefix}}', 'tag-prefix')}`;
}
