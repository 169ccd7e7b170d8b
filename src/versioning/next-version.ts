/**
 * next-version: the release plan from Conventional Commits and release tags.
 *
 * Settings are validated by field (settings.ts); a versioning strategy (strategies.ts: unified or independent)
 * proposes one version per tag line from the release ranges (release-range.ts); the guards (guards.ts) lift a
 * stable version above reachable prereleases and refuse a tag that exists already; with `write`, manifests
 * and their lock files are rewritten all-or-nothing (manifest-writes.ts).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Problems, RelforgeError, fieldError } from '../platform/errors.js';
import { discardPrefetched } from '../git/process.js';
import { Git } from '../git/repository.js';
import type { Component } from './core/components.js';
import { releaseAsProblem, type ForcedVersion } from './core/bump.js';
import { formatTag } from './core/version.js';
import { farBaseWarnings, prefixMismatch, liftAbovePrereleases, refuseExistingTag, type Lift } from './guards.js';
import { planManifestWrites, plannedPaths, writeManifests, type WriteTarget } from './manifest-writes.js';
import { scopeSettings, versionFileSettings, type ScopeOptions, type ScopeSettings } from './settings.js';
import { IndependentVersioning, UnifiedVersioning, type ProposedLine, type VersioningStrategy } from './strategies.js';

export { readVersionFile } from './manifest-writes.js';
export { findBaseTag, type BaseTag } from './release-range.js';
export { renderNextVersionSummary } from './summary.js';

export interface NextVersionOptions extends ScopeOptions {
  /** Repository work tree (the `path` option). */
  cwd: string;
  /** Version file read when no release tag exists (and rewritten with `write`). Relative to cwd. */
  versionFile?: string;
  /** Regex with a capture group around the version, for version files of no known format. */
  versionPattern?: string;
  /** Rewrite the manifests of changed components (or the version file) to the new version. */
  write?: boolean;
  /** No tag matches the prefix but other version tags exist: fail (stable, default) or warn (prereleases). */
  prefixMismatch?: 'fail' | 'warn';
  /** Also list the files a write would change (`plannedFiles`) without writing them (plan). */
  planFiles?: boolean;
  /** The version is the base of a prerelease (`base: next`): refusals name the prerelease's `base` option. */
  forPrerelease?: boolean;
  /** Force the version (X.Y.Z above the base); wins over `Release-As:` footers. Unified versioning only. */
  releaseAs?: string;
}

export interface NextVersionComponent {
  name: string;
  previous: string;
  version: string;
  bump: string;
  tag?: string;
  manifests: string[];
  /** Independent versioning: the component's base tag and commit count. */
  previousTag?: string;
  commits?: number;
  /** Why this version (independent versioning). */
  reason?: string;
  lifted?: Lift;
}

export interface DecidingCommitInfo {
  sha: string;
  subject: string;
  type: string;
  breaking: boolean;
}

export interface NextVersionResult {
  version: string;
  tag: string;
  previousVersion: string;
  previousTag?: string;
  bump: 'major' | 'minor' | 'patch' | 'none';
  released: boolean;
  commits: number;
  changedComponents: string[];
  components: NextVersionComponent[];
  ignoredPrereleaseTags: string[];
  deciding: DecidingCommitInfo[];
  countsByType: Record<string, number>;
  /** Files written (relative to the repository directory, `/` separators), Cargo.lock / package-lock.json included. */
  written: string[];
  /** With `planFiles`: the files a write would change. */
  plannedFiles?: string[];
  baseSha?: string;
  /** How many commits have the deciding level (deciding lists at most 10). */
  decidingTotal?: number;
  /** Breaking changes among the commits considered. */
  breakingCount?: number;
  /** Where the base came from: a tag, the version file, or nothing (0.0.0). */
  baseSource?: 'tag' | 'version-file' | 'none';
  /** Strict release tags with a higher version that are NOT reachable from HEAD (e.g. on an unmerged branch). */
  unreachableHigherTags?: string[];
  /** Reverts that cancelled a commit of the same range (neither counts). */
  cancelledReverts?: { revert: string; reverted: string }[];
  /** Why this version, in one sentence. */
  reason: string;
  /** The version was forced: by the release-as input or a commit's Release-As footer. */
  forced?: ForcedVersion;
  /** The version was lifted above a reachable prerelease. */
  lifted?: Lift;
  versioning?: 'unified' | 'independent';
  tagPrefix?: string;
  includePaths?: string[];
  headSha?: string;
  warnings?: string[];
}

export interface NextVersionSettings extends ScopeSettings {
  cwd: string;
  versionFile?: string;
  versionPattern?: string;
  write: boolean;
  prefixMismatch: 'fail' | 'warn';
  planFiles: boolean;
  forPrerelease: boolean;
  releaseAs?: string;
}

/** Validates options into settings, reporting every problem at once (each names the option and the fix). */
export async function nextVersionSettings(opts: NextVersionOptions): Promise<NextVersionSettings> {
  const p = new Problems();
  const scope = await scopeSettings(opts, p);
  const vf = versionFileSettings(opts.cwd, opts.versionFile, opts.versionPattern, p);
  const releaseAs = opts.releaseAs?.trim() || undefined;
  if (releaseAs) {
    const problem = releaseAsProblem(releaseAs);
    if (problem) p.add('release-as', problem);
    else if (scope.versioning === 'independent') p.add('release-as', 'forces one version, which independent versioning does not have; put a "Release-As: X.Y.Z" footer in a commit touching the component instead.');
  }
  p.throwIfAny();
  return {
    ...scope,
    ...vf,
    cwd: resolve(opts.cwd),
    write: !!opts.write,
    prefixMismatch: opts.prefixMismatch ?? 'fail',
    planFiles: !!opts.planFiles,
    forPrerelease: !!opts.forPrerelease,
    ...(releaseAs ? { releaseAs } : {}),
  };
}

/** Computes the next version (and, with `write`, rewrites manifests all-or-nothing). */
export async function computeNextVersion(opts: NextVersionOptions): Promise<NextVersionResult> {
  try {
    return await nextVersion(opts);
  } finally {
    discardPrefetched(); // settings that failed before the walk was asked for
  }
}

async function nextVersion(opts: NextVersionOptions): Promise<NextVersionResult> {
  const s = await nextVersionSettings(opts);
  if (!existsSync(s.cwd)) throw fieldError('path', `(${s.cwd}) does not exist.`);
  const git = new Git(s.cwd);
  // Two git processes, started so that git works while relforge does: the strategy's walk of the range (unified
  // versioning starts it before the tag list is known: streamReleaseRange's `speculate`), then the repository
  // facts and the tag list in one quick rev-parse (Git.state), whose actionable errors (not a repository, a bare
  // one) come first. The action's entry usually started the walk already (src/actions/next-version.prelude.ts).
  // The rev-parse runs in a microtask: after propose() below has spawned (or adopted) the walk synchronously.
  const probeP = Promise.resolve().then(() => git.state());
  const tagsP = probeP.then((st) => st.tags);
  probeP.catch(() => undefined);
  tagsP.catch(() => undefined);
  const strategy: VersioningStrategy = s.versioning === 'unified' ? new UnifiedVersioning(s) : new IndependentVersioning(s);
  const outcomeP = strategy.propose(git, tagsP, probeP);
  outcomeP.catch(() => undefined);
  const { head } = await probeP;
  // The walk has started, or adopted the entry's prefetch of it: a prefetch the settings did not ask for is useless.
  discardPrefetched();
  if (!head) throw new RelforgeError(`${s.cwd}: the current branch has no commits yet; commit something before computing a version.`);
  const tags = await tagsP;
  const warnings: string[] = [];
  const outcome = await outcomeP;
  const mismatch = await prefixMismatch(git, tags, outcome.lines, s.prefixMismatch);
  if (mismatch) warnings.push(mismatch);
  warnings.push(...farBaseWarnings(tags.keys(), outcome.lines));
  warnings.push(...outcome.warnings);
  for (const line of outcome.lines) await guardLine(git, tags, line, s.forPrerelease);
  const result = outcome.result(head);
  const targets = writeTargets(s, outcome.lines);
  const written = s.write && targets.length ? writeManifests(s.cwd, targets) : [];
  const planned = s.planFiles && targets.length ? plannedPaths(s.cwd, planManifestWrites(s.cwd, targets)) : s.planFiles ? [] : undefined;
  return { ...result, written, ...(planned ? { plannedFiles: planned } : {}), warnings, tagPrefix: s.tagPrefix };
}

/** Lifts a releasing line above reachable prereleases, then refuses a tag that exists already. */
async function guardLine(git: Git, tags: Map<string, string>, line: ProposedLine, forPrerelease: boolean): Promise<void> {
  if (line.bump === 'none') return;
  const lift = await liftAbovePrereleases(git, tags, line.prefix, line.version);
  if (lift && line.forced) {
    throw new RelforgeError(
      `${line.component ? `Component "${line.component.name}": ` : ''}${line.version} is forced by ${line.forced}, but the prerelease ${lift.above} is reachable from HEAD and ${line.version} would sort below it ` +
        `(updaters that run ${lift.above} would never take it). Nothing was written. Force ${lift.to} or higher (release-as wins over footers).`,
    );
  }
  if (lift) {
    line.lifted = lift;
    line.version = lift.to;
  }
  await refuseExistingTag(git, tags, formatTag(line.prefix, line.version), line.component ? `Component "${line.component.name}": the proposed tag` : 'The proposed tag', line.lifted, forPrerelease);
}

/** The files a write changes: per releasing line, its manifests (and, unified, the version file). */
function writeTargets(s: NextVersionSettings, lines: ProposedLine[]): WriteTarget[] {
  const targets: WriteTarget[] = [];
  for (const line of lines) {
    if (line.bump === 'none') continue;
    if (!line.component && s.versionFile) targets.push({ path: s.versionFile, versionPattern: s.versionPattern, version: line.version });
    for (const m of line.manifests) targets.push({ path: m.path, versionPattern: m.versionPattern, version: line.version });
  }
  return targets;
}

export type { Component };
