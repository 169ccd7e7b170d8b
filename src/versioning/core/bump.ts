/**
 * The bump decision (no I/O): which level the commits since the base ask for, and which commits decided it.
 *
 * - breaking (any type, `!` or footer) → major; while the base major is 0: `pre1: 'minor'` → minor,
 *   `pre1: 'major'` → major (0.x → 1.0.0);
 * - `feat` → minor; `fix`, `perf` → patch; other types only when listed in `releaseTypes` (patch; `feat`
 *   stays minor); a type missing from `releaseTypes` does not release;
 * - non-conventional commits never bump.
 */
import semver from 'semver';
import { NON_CONVENTIONAL, type ClassifiedCommit } from './commits.js';
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
}

/** The level one commit asks for, given the base version (for the 0.x rule). */
export function commitBump(c: ClassifiedCommit, baseVersion: string, policy: BumpPolicy): Bump {
  if (!c.conventional) return 'none';
  if (c.breaking) return semver.major(baseVersion) === 0 && policy.pre1 === 'minor' ? 'minor' : 'major';
  if (!policy.releaseTypes.includes(c.type)) return 'none';
  return c.type === 'feat' ? 'minor' : 'patch';
}

export function decideBump(
  commits: ClassifiedCommit[],
  baseVersion: string,
  policy: BumpPolicy,
  maxDeciding = 10,
): BumpDecision {
  const countsByType: Record<string, number> = {};
  let bump: Bump = 'none';
  let breakingCount = 0;
  let deciding: DecidingCommit[] = [];
  let decidingTotal = 0;
  for (const c of commits) {
    const key = c.conventional ? c.type : NON_CONVENTIONAL;
    countsByType[key] = (countsByType[key] ?? 0) + 1;
    if (c.conventional && c.breaking) breakingCount++;
    const level = commitBump(c, baseVersion, policy);
    if (level === 'none') continue;
    if (BUMP_RANK[level] > BUMP_RANK[bump]) {
      bump = level;
      deciding = [];
      decidingTotal = 0;
    }
    if (level === bump) {
      decidingTotal++;
      if (deciding.length < maxDeciding) deciding.push({ sha: c.sha, subject: c.subject, type: c.type, breaking: c.breaking });
    }
  }
  return { bump, version: applyBump(baseVersion, bump), deciding, decidingTotal, countsByType, breakingCount, commits: commits.length };
}

/** Validates a release-types list: lower-cased word types; returns the problems found. */
export function releaseTypesProblems(types: string[]): string[] {
  return types.filter((t) => !/^\w+$/.test(t)).map((t) => `"${t}" is not a commit type (letters, digits, underscore)`);
}
