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
 * - non-conventional commits never count.
 */
import semver from 'semver';
import { NON_CONVENTIONAL, classifyCommit, type ClassifiedCommit } from './commits.js';
import { BUMP_RANK, applyBump, type Bump } from './version.js';

export const DEFAULT_RELEASE_TYPES = ['feat', 'fix', 'perf'] as const;
export type Pre1Policy = 'minor' | 'major';

export interface BumpPolicy {
  pre1: Pre1Policy;
  /** Types that release (lower case). Default feat, fix, perf. */
  releaseTypes: readonly string[];
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
}

/** The level one (non-cancelled) commit asks for, given the base version (for the 0.x rule). */
export function commitBump(c: ClassifiedCommit, baseVersion: string, policy: BumpPolicy): Bump {
  if (!c.conventional) return 'none';
  if (c.breaking) return semver.major(baseVersion) === 0 && policy.pre1 === 'minor' ? 'minor' : 'major';
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
  return {
    bump,
    version: applyBump(baseVersion, bump),
    deciding,
    decidingTotal: top.length,
    countsByType,
    breakingCount,
    commits: commits.length,
    cancelled,
  };
}

/** Validates a release-types list: lower-cased word types; returns the problems found. */
export function releaseTypesProblems(types: string[]): string[] {
  return types.filter((t) => !/^[a-z][\w-]*$/.test(t)).map((t) => `"${t}", which is not a commit type (letters, digits, "_" and "-", starting with a letter)`);
}
