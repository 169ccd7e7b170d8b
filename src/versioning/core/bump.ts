/**
 * What counts toward a release, and the bump it asks for (no I/O). `commitBump` and `cancelledByReverts` are
 * the single decision behind the bump and the deciding list (`selectReleaseCommits`) and the release notes
 * (changelog.ts): a commit is in the notes exactly when `selectReleaseCommits` counts it (docs/architecture.md invariant 8).
 *
 * - breaking (any type, `!` or footer) → major; while the base major is 0: `pre1: 'minor'` → minor,
 *   `pre1: 'major'` → major (0.x → 1.0.0);
 * - `feat` → minor; `fix`, `perf` → patch; other types only when listed in `releaseTypes` (patch; `feat`
 *   stays minor); a type missing from `releaseTypes` does not release;
 * - reverts: a revert whose reverted commit is in the same range cancels it — neither counts (reverting a
 *   revert brings the original back). A `Revert "…"` / `revert:` of a commit outside the range (already
 *   released) releases a patch when the reverted header would have released (or when `revert` is a release
 *   type); a commit with its own type that reverts one (` fix: revert #6251`) counts as its type says;
 * - non-conventional commits never count;
 * - a forced version (`forcedVersion`): the `release-as` input, else the highest `Release-As: X.Y.Z` footer of
 *   the range's commits (any commit, conventional or not, unless a revert in the range cancelled it) replaces
 *   the computed version. It must be a plain X.Y.Z above the base; otherwise the run is refused, naming the
 *   input or the commit. The input wins over footers (the way past a wrong footer). Footers before the base
 *   tag are never read: they forced an earlier release.
 */
import { semverLibrary as semver } from '../../platform/libraries.js';
import { RelforgeError, fieldError } from '../../platform/errors.js';
import { NON_CONVENTIONAL, classifyCommit, type ClassifiedCommit } from './commits.js';
import { BUMP_RANK, applyBump, compareVersions, isStrictVersion, type Bump } from './version.js';

export const DEFAULT_RELEASE_TYPES = ['feat', 'fix', 'perf'] as const;
export type Pre1Policy = 'minor' | 'major';

export interface BumpPolicy {
  pre1: Pre1Policy;
  /** Types that release (lower case). Default feat, fix, perf. */
  releaseTypes: readonly string[];
  /** The `release-as` input (X.Y.Z, checked by releaseAsProblem): forces the version, footers ignored. */
  releaseAs?: string;
}

/** Where a forced version came from: the `release-as` input, or a commit's `Release-As:` footer. */
export interface ForcedVersion {
  version: string;
  source: 'input' | 'footer';
  /** For a footer: the commit carrying it. */
  sha?: string;
  subject?: string;
  /** The version the commits alone would give (the base when nothing releases). */
  computed?: string;
}

export interface DecidingCommit {
  sha: string;
  subject: string;
  type: string;
  breaking: boolean;
}

/** One commit that counts toward the release, and its level. */
export interface ReleaseEntry {
  commit: ClassifiedCommit;
  level: Exclude<Bump, 'none'>;
}

/** Release-notes groups, in display order. */
export const NOTE_GROUPS = ['Breaking Changes', 'Features', 'Bug Fixes', 'Performance', 'Reverts', 'Other Changes'] as const;
export type NoteGroup = (typeof NOTE_GROUPS)[number];

export interface Selection {
  /** The commits that count, in the order given (git log: newest first). */
  entries: ReleaseEntry[];
  /** Pairs that cancel each other (revert and reverted, both in the range). */
  cancelled: { revert: string; reverted: string }[];
}

export interface BumpDecision {
  bump: Bump;
  version: string;
  /** Commits whose level equals the decided bump (newest first, at most `maxDeciding`). */
  deciding: DecidingCommit[];
  /** How many commits have the decided level (may exceed deciding.length). */
  decidingTotal: number;
  countsByType: Record<string, number>;
  breakingCount: number;
  commits: number;
  cancelled: Selection['cancelled'];
  /** Set when the version was forced (release-as input or Release-As footer). */
  forced?: ForcedVersion;
}

/** The level one (non-cancelled) commit asks for, given the base version (for the 0.x rule). */
export function commitBump(c: ClassifiedCommit, baseVersion: string, policy: BumpPolicy): Bump {
  if (!c.conventional) return 'none';
  if (c.breaking) return (isStrictVersion(baseVersion) ? Number(baseVersion.split('.')[0]) : semver.major(baseVersion)) === 0 && policy.pre1 === 'minor' ? 'minor' : 'major';
  if (c.type === 'revert' && !policy.releaseTypes.includes('revert')) {
    // A revert of an earlier release's change: releases when the reverted change released. (A commit with its
    // own type and a "This reverts commit" line, e.g. ` fix: revert #6251`, counts as its type says.)
    const header = c.revert?.header;
    if (!header) return 'none';
    const reverted = classifyCommit({ sha: c.sha, message: header });
    if (!reverted.conventional) return 'none';
    // Reverting a revert re-applies the original change: it releases as that change would.
    if (reverted.revert) return reverted.revert.header ? commitBump(classifyCommit({ sha: c.sha, message: reverted.revert.header }), baseVersion, policy) : 'none';
    return commitBump(reverted, baseVersion, policy) !== 'none' ? 'patch' : 'none';
  }
  if (!policy.releaseTypes.includes(c.type)) return 'none';
  return c.type === 'feat' ? 'minor' : 'patch';
}

export function groupOf(c: ClassifiedCommit): NoteGroup {
  if (c.breaking) return 'Breaking Changes';
  if (c.type === 'revert') return 'Reverts';
  switch (c.type) {
    case 'feat':
      return 'Features';
    case 'fix':
      return 'Bug Fixes';
    case 'perf':
      return 'Performance';
    default:
      return 'Other Changes';
  }
}

/**
 * Which commits of a range cancel out (revert + reverted, both in the range). Commits come newest first
 * (git log order); they are replayed oldest first so a revert of a revert restores the original.
 */
export function cancelledByReverts(commits: Pick<ClassifiedCommit, 'sha' | 'revert'>[]): { inactive: Set<string>; pairs: Selection['cancelled'] } {
  const inactive = new Set<string>();
  const pairs: Selection['cancelled'] = [];
  if (!commits.some((c) => c.revert?.sha)) return { inactive, pairs };
  const bySha = new Map<string, Pick<ClassifiedCommit, 'sha' | 'revert'>>();
  for (const c of commits) bySha.set(c.sha, c);
  const find = (id: string): Pick<ClassifiedCommit, 'sha' | 'revert'> | undefined => {
    const exact = bySha.get(id);
    if (exact || id.length >= 40) return exact;
    const hits = commits.filter((c) => c.sha.startsWith(id));
    return hits.length === 1 ? hits[0] : undefined;
  };
  // What each active revert cancelled, so that reverting the revert can restore it.
  const undone = new Map<string, string>();
  for (let i = commits.length - 1; i >= 0; i--) {
    const r = commits[i]!;
    const target = r.revert?.sha ? find(r.revert.sha) : undefined;
    if (!target || target.sha === r.sha) continue;
    if (!inactive.has(target.sha)) {
      inactive.add(target.sha);
      inactive.add(r.sha);
      undone.set(r.sha, target.sha);
      pairs.push({ revert: r.sha, reverted: target.sha });
    } else if (undone.has(target.sha)) {
      // Reverting a revert that had cancelled X: X counts again; this revert and the reverted revert do not.
      const restored = undone.get(target.sha)!;
      inactive.delete(restored);
      undone.delete(target.sha);
      inactive.add(r.sha);
      pairs.push({ revert: r.sha, reverted: target.sha });
    }
  }
  return { inactive, pairs };
}

/** The commits that count toward the release, each with its level. */
export function selectReleaseCommits(commits: ClassifiedCommit[], baseVersion: string, policy: BumpPolicy): Selection {
  const { inactive, pairs } = cancelledByReverts(commits);
  const entries: ReleaseEntry[] = [];
  for (const c of commits) {
    if (inactive.has(c.sha)) continue;
    const level = commitBump(c, baseVersion, policy);
    if (level !== 'none') entries.push({ commit: c, level });
  }
  return { entries, cancelled: pairs };
}

/** Commits by type (`non-conventional` for the rest) and how many are breaking; each commit once. */
export function countTypes(commits: Iterable<ClassifiedCommit>): { countsByType: Record<string, number>; breakingCount: number } {
  const countsByType: Record<string, number> = {};
  let breakingCount = 0;
  for (const c of commits) {
    const key = c.conventional ? c.type : NON_CONVENTIONAL;
    countsByType[key] = (countsByType[key] ?? 0) + 1;
    if (c.conventional && c.breaking) breakingCount++;
  }
  return { countsByType, breakingCount };
}

export function decideBump(commits: ClassifiedCommit[], baseVersion: string, policy: BumpPolicy, maxDeciding = 10): BumpDecision {
  const { countsByType, breakingCount } = countTypes(commits);
  const { entries, cancelled } = selectReleaseCommits(commits, baseVersion, policy);
  let bump: Bump = 'none';
  for (const e of entries) if (BUMP_RANK[e.level] > BUMP_RANK[bump]) bump = e.level;
  const top = entries.filter((e) => e.level === bump);
  const deciding = top.slice(0, maxDeciding).map(({ commit: c }) => ({ sha: c.sha, subject: c.subject, type: c.type, breaking: c.breaking }));
  const decision: BumpDecision = {
    bump,
    version: applyBump(baseVersion, bump),
    deciding,
    decidingTotal: top.length,
    countsByType,
    breakingCount,
    commits: commits.length,
    cancelled,
  };
  const forced = forcedVersion(commits, baseVersion, policy.releaseAs);
  if (!forced) return decision;
  const level = forcedLevel(baseVersion, forced.version);
  if (forced.source === 'footer') {
    const c = commits.find((x) => x.sha === forced.sha)!;
    decision.deciding = [{ sha: c.sha, subject: c.subject, type: c.type, breaking: c.breaking }];
    decision.decidingTotal = 1;
  }
  return { ...decision, bump: level, version: forced.version, forced: { ...forced, computed: decision.version } };
}

/** The level from `base` to a forced (higher) version: major, minor or patch. */
function forcedLevel(base: string, forced: string): Exclude<Bump, 'none'> {
  const d = semver.diff(base, forced);
  if (d === 'major' || d === 'premajor') return 'major';
  if (d === 'minor' || d === 'preminor') return 'minor';
  return 'patch';
}

/** Why a `release-as` value / `Release-As:` footer cannot force a version (continues after its name), or undefined. */
export function releaseAsProblem(value: string): string | undefined {
  const v = value.trim().replace(/^v(?=\d)/, '');
  if (isStrictVersion(v)) return undefined;
  if (semver.valid(v)) return `is "${value}", which has a prerelease or build part; it forces a stable version X.Y.Z (prereleases lead to it through the prerelease step).`;
  return `must be a version MAJOR.MINOR.PATCH without leading zeros (e.g. 1.0.0; a leading "v" is dropped), got "${value}".`;
}

/** The forced version of a range (the input, else the highest footer of a non-cancelled commit), checked against the base. */
export function forcedVersion(commits: ClassifiedCommit[], baseVersion: string, input: string | undefined): ForcedVersion | undefined {
  if (input !== undefined && input.trim() !== '') {
    const problem = releaseAsProblem(input);
    if (problem) throw fieldError('release-as', problem);
    const version = input.trim().replace(/^v(?=\d)/, '');
    if (compareVersions(version, baseVersion) <= 0) {
      throw fieldError('release-as', `is ${version}, which is not above the base version ${baseVersion}: a release must be higher than the last one. Give a version above ${baseVersion}, or leave release-as empty.`);
    }
    return { version, source: 'input' };
  }
  if (!commits.some((c) => c.releaseAs !== undefined)) return undefined;
  const { inactive } = cancelledByReverts(commits);
  let best: { version: string; c: ClassifiedCommit } | undefined;
  for (const c of commits) {
    if (c.releaseAs === undefined || inactive.has(c.sha)) continue;
    const problem = releaseAsProblem(c.releaseAs);
    if (problem) {
      throw new RelforgeError(
        `Commit ${c.sha.slice(0, 12)} ("${c.subject}") has a Release-As footer that ${problem} Nothing was released. ` +
          'Give the release-as input (it wins over footers) or revert that commit.',
      );
    }
    const version = c.releaseAs.replace(/^v(?=\d)/, '');
    if (!best || compareVersions(version, best.version) > 0) best = { version, c };
  }
  if (!best) return undefined;
  if (compareVersions(best.version, baseVersion) <= 0) {
    throw new RelforgeError(
      `Commit ${best.c.sha.slice(0, 12)} ("${best.c.subject}") says Release-As: ${best.c.releaseAs}, which is not above the base version ${baseVersion}: ` +
        'a release must be higher than the last one. Nothing was released. Give the release-as input with a higher version (it wins over footers), or revert that commit.',
    );
  }
  return { version: best.version, source: 'footer', sha: best.c.sha, subject: best.c.subject };
}

/** Validates a release-types list: lower-cased word types; returns the problems found. */
export function releaseTypesProblems(types: string[]): string[] {
  return types.filter((t) => !/^[a-z][\w-]*$/.test(t)).map((t) => `"${t}", which is not a commit type (letters, digits, "_" and "-", starting with a letter)`);
}
