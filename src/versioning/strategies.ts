/**
 * The two versioning strategies behind one interface:
 * - UnifiedVersioning: one tag line (`<tag-prefix>X.Y.Z`), one version; components only say which
 *   manifests change; include-paths limits the commits that count (one package of many);
 * - IndependentVersioning: one tag line per component (`<name>-<tag-prefix>` or the component's own
 *   `tag-prefix`), each with its own base, commits and bump.
 * A strategy proposes lines; next-version guards them (lift, existing tags) and then builds the result.
 */
import { RelforgeError } from '../platform/errors.js';
import type { Git } from '../git/repository.js';
import { classifyCommits } from './core/commits.js';
import type { RawCommit } from '../git/core/log.js';
import { countTypes, decideBump, type BumpDecision, type ForcedVersion } from './core/bump.js';
import type { Component, ComponentManifest } from './core/components.js';
import { formatTag, maxBump, type Bump } from './core/version.js';
import type { Lift } from './guards.js';
import { readVersionFile } from './manifest-writes.js';
import type { NextVersionComponent, NextVersionResult, NextVersionSettings } from './next-version.js';
import { prereleaseTagsIn, readReleaseRange, type LogCache, type ReleaseRange } from './release-range.js';
import { componentTagPrefix } from './settings.js';

/** One tag line's proposal (mutable: the guards may lift its version). */
export interface ProposedLine {
  prefix: string;
  previous: string;
  version: string;
  bump: Bump;
  /** Manifests rewritten with this line's version. */
  manifests: ComponentManifest[];
  /** Independent versioning: the component of this line. */
  component?: Component;
  lifted?: Lift;
  /** The line's base tag (the highest strict release tag reachable from HEAD), when there is one. */
  base?: string;
  /** Commits since the base (before any path filter). */
  since?: number;
  /** The version was forced (release-as input or Release-As footer): never lifted, refused instead. */
  forced?: string;
}

export interface Proposal {
  lines: ProposedLine[];
  warnings: string[];
  /** The result, built after the guards ran on `lines`. */
  result(head: string): Omit<NextVersionResult, 'written' | 'plannedFiles'>;
}

export interface VersioningStrategy {
  propose(git: Git, tags: Promise<Map<string, string>>, probe: Promise<{ shallow: boolean }>): Promise<Proposal>;
}

function shallowError(cwd: string): RelforgeError {
  return new RelforgeError(
    `${cwd} is a shallow clone and no release tag is reachable from HEAD, so the commits since the last release cannot be read. ` +
      'Fetch the full history and tags: actions/checkout with "fetch-depth: 0" (or run "git fetch --unshallow --tags").',
  );
}
const SHALLOW_WARNING = 'This is a shallow clone: release tags beyond the fetched history are invisible. Use fetch-depth: 0.';

/** Who forced a version: `the release-as input` or `the Release-As footer of <sha> ("<subject>")`. */
export function forcedBy(f: ForcedVersion): string {
  return f.source === 'input' ? 'the release-as input' : `the Release-As footer of ${f.sha!.slice(0, 7)} ("${f.subject}")`;
}

/** Why a line has its version, in one sentence. */
export function reasonOf(d: BumpDecision, baseLabel: string, lifted?: Lift): string {
  let text: string;
  if (d.forced) {
    text = `${d.forced.version} forced by ${forcedBy(d.forced)} (${d.bump} since ${baseLabel}; the commits alone give ${d.forced.computed})`;
  } else if (d.bump === 'none') text = `no commit since ${baseLabel} releases (${d.commits} commit(s): only non-releasing types or non-conventional messages)`;
  else {
    const what = d.bump === 'major' ? 'breaking change' : d.bump === 'minor' ? 'feat commit' : 'releasing commit';
    text = `${d.bump}: ${d.decidingTotal} ${what}(s) since ${baseLabel}`;
  }
  if (lifted) text += `; lifted from ${lifted.from} to ${lifted.to}, because the prerelease ${lifted.above} is reachable from HEAD and a stable release must not sort below it`;
  return text;
}

const decidingOf = (d: BumpDecision) => d.deciding;

export class UnifiedVersioning implements VersioningStrategy {
  constructor(private readonly s: NextVersionSettings) {}

  async propose(git: Git, tags: Promise<Map<string, string>>, probe: Promise<{ shallow: boolean }>): Promise<Proposal> {
    const s = this.s;
    const files = s.components.length > 0 || !!s.pathFilter;
    // speculate: computeNextVersion reads the tag list after this call (the range's walk starts first).
    const range = await readReleaseRange(git, { prefix: s.tagPrefix, tags, files, ...(s.pathFilter ? { paths: s.pathFilter } : {}), speculate: true });
    const { shallow } = await probe;
    if (!range.base.tag && shallow) throw shallowError(s.cwd);
    let previous = range.base.version ?? '0.0.0';
    let baseSource: NextVersionResult['baseSource'] = range.base.tag ? 'tag' : 'none';
    if (!range.base.tag && s.versionFile) {
      previous = readVersionFile(s.cwd, s.versionFile, s.versionPattern);
      baseSource = 'version-file';
    }
    const decision = decideBump(classifyCommits(range.raw), previous, s);
    const changed = s.components.filter((c) => range.raw.some((r) => r.files && s.matchers.get(c)!.matchesAny(r.files)));
    const line: ProposedLine = {
      prefix: s.tagPrefix,
      previous,
      version: decision.version,
      bump: decision.bump,
      manifests: changed.flatMap((c) => c.manifests),
      ...(range.base.tag ? { base: range.base.tag } : {}),
      since: range.all.length,
      ...(decision.forced ? { forced: forcedBy(decision.forced) } : {}),
    };
    const baseLabel = range.base.tag ?? (baseSource === 'version-file' ? `the start (version file: ${previous})` : 'the start of history');
    return {
      lines: [line],
      warnings: shallow ? [SHALLOW_WARNING] : [],
      result: (head) => this.result(range, decision, line, { baseSource, baseLabel, changed, head }),
    };
  }

  private result(range: ReleaseRange, decision: BumpDecision, line: ProposedLine, x: { baseSource: NextVersionResult['baseSource']; baseLabel: string; changed: Component[]; head: string }) {
    const s = this.s;
    const components: NextVersionComponent[] = s.components.map((c) => {
      const touched = x.changed.includes(c);
      const bump = touched ? line.bump : 'none';
      const version = bump === 'none' ? line.previous : line.version;
      return { name: c.name, previous: line.previous, version, bump, tag: formatTag(s.tagPrefix, version), manifests: c.manifests.map((m) => m.path) };
    });
    return {
      version: line.version,
      tag: formatTag(s.tagPrefix, line.version),
      previousVersion: line.previous,
      ...(range.base.tag ? { previousTag: range.base.tag, ...(range.baseSha ? { baseSha: range.baseSha } : {}) } : {}),
      bump: line.bump,
      released: line.bump !== 'none',
      commits: decision.commits,
      changedComponents: x.changed.map((c) => c.name),
      components,
      ignoredPrereleaseTags: prereleaseTagsIn(range.all, s.tagPrefix),
      deciding: decidingOf(decision),
      decidingTotal: decision.decidingTotal,
      countsByType: decision.countsByType,
      breakingCount: decision.breakingCount,
      cancelledReverts: decision.cancelled,
      reason: reasonOf(decision, x.baseLabel, line.lifted),
      ...(decision.forced ? { forced: decision.forced } : {}),
      ...(line.lifted ? { lifted: line.lifted } : {}),
      baseSource: x.baseSource,
      unreachableHigherTags: range.base.unreachableHigher,
      versioning: 'unified' as const,
      ...(s.includePaths.length ? { includePaths: s.includePaths } : {}),
      headSha: x.head,
    };
  }
}

interface ComponentOutcome {
  line: ProposedLine;
  decision: BumpDecision;
  range: ReleaseRange;
}

export class IndependentVersioning implements VersioningStrategy {
  constructor(private readonly s: NextVersionSettings) {}

  async propose(git: Git, tags: Promise<Map<string, string>>, probe: Promise<{ shallow: boolean }>): Promise<Proposal> {
    const s = this.s;
    // Every component's range is read concurrently; components with the same base share one git log.
    const cache: LogCache = new Map();
    const outcomes = await Promise.all(
      s.components.map(async (c) => {
        const prefix = componentTagPrefix(c, s.tagPrefix);
        const range = await readReleaseRange(git, { prefix, tags, files: true, paths: s.matchers.get(c)!, cache });
        return this.outcome(c, prefix, range);
      }),
    );
    const { shallow } = await probe;
    if (shallow && outcomes.some((o) => !o.range.base.tag)) throw shallowError(s.cwd);
    return { lines: outcomes.map((o) => o.line), warnings: shallow ? [SHALLOW_WARNING] : [], result: (head) => this.result(outcomes, head) };
  }

  private outcome(c: Component, prefix: string, range: ReleaseRange): ComponentOutcome {
    const s = this.s;
    let previous = range.base.version ?? '0.0.0';
    if (!range.base.tag && c.manifests[0]) {
      const first = c.manifests[0];
      previous = readVersionFile(s.cwd, first.path, first.versionPattern, { field: 'components', label: `(component "${c.name}"): manifest` });
    }
    const decision = decideBump(classifyCommits(range.raw), previous, s);
    const line: ProposedLine = {
      prefix,
      previous,
      version: decision.version,
      bump: decision.bump,
      manifests: c.manifests,
      component: c,
      ...(range.base.tag ? { base: range.base.tag } : {}),
      since: range.all.length,
      ...(decision.forced ? { forced: forcedBy(decision.forced) } : {}),
    };
    return { line, decision, range };
  }

  private result(outcomes: ComponentOutcome[], head: string): Omit<NextVersionResult, 'written' | 'plannedFiles'> {
    const s = this.s;
    const deciding: NextVersionResult['deciding'] = [];
    // A commit touching several components counts once in the repository-wide figures.
    const seen = new Map<string, RawCommit>();
    const ignored = new Set<string>();
    let overall: Bump = 'none';
    const components: NextVersionComponent[] = outcomes.map(({ line, decision, range }) => {
      for (const r of range.raw) seen.set(r.sha, r);
      for (const t of prereleaseTagsIn(range.all, line.prefix)) ignored.add(t);
      overall = maxBump(overall, line.bump);
      for (const d of decision.deciding) if (!deciding.some((x) => x.sha === d.sha)) deciding.push(d);
      const name = line.component!.name;
      const reason = reasonOf(decision, range.base.tag ?? 'the start of history', line.lifted);
      return {
        name,
        previous: line.previous,
        version: line.version,
        bump: line.bump,
        tag: formatTag(line.prefix, line.version),
        manifests: line.manifests.map((m) => m.path),
        ...(range.base.tag ? { previousTag: range.base.tag } : {}),
        commits: range.raw.length,
        reason,
        ...(line.lifted ? { lifted: line.lifted } : {}),
      };
    });
    const { countsByType: counts, breakingCount } = countTypes(classifyCommits([...seen.values()]));
    const releasing = components.filter((c) => c.bump !== 'none');
    const single = releasing.length === 1 ? releasing[0]! : undefined;
    return {
      // One repository-wide version does not exist here; when exactly one component releases, it is that one.
      version: single?.version ?? '',
      tag: single?.tag ?? '',
      previousVersion: single?.previous ?? '',
      ...(single?.previousTag ? { previousTag: single.previousTag } : {}),
      bump: overall,
      released: overall !== 'none',
      commits: seen.size,
      changedComponents: outcomes.filter((o) => o.range.raw.length).map((o) => o.line.component!.name),
      components,
      ignoredPrereleaseTags: [...ignored],
      deciding: deciding.slice(0, 10),
      countsByType: counts,
      breakingCount,
      reason: releasing.length ? releasing.map((c) => `${c.name} ${c.reason}`).join('; ') : 'no component has a releasing commit since its base',
      ...(single?.lifted ? { lifted: single.lifted } : {}),
      unreachableHigherTags: outcomes.flatMap((o) => o.range.base.unreachableHigher),
      versioning: 'independent',
      headSha: head,
    };
  }
}
