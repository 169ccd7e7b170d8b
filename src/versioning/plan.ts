/**
 * planRelease: what a release dispatch would do (`relforge plan`), without writing anything, and why.
 * stable → next-version (no write; the files a write would change) + the release notes of each releasing tag
 * line; any other channel → a prerelease dry run (with next-version's result for base `next`).
 * Both name the base tag, the deciding commits, the ignored prerelease tags and the reason for each version.
 */
import { fieldError } from '../platform/errors.js';
import { Git } from '../git/repository.js';
import { lsRemote, remoteAccess } from '../git/remote.js';
import { computeNextVersion, type NextVersionOptions, type NextVersionResult } from './next-version.js';
import { generateChangelog, type ChangelogResult } from './changelog.js';
import { cutPrerelease, type PrereleaseResult } from './prerelease.js';
import { channelProblem, channelsProblem } from './core/prerelease-tags.js';
import { DEFAULT_RELEASE_MESSAGE } from './release-commit.js';
import { VOCABULARY } from '../platform/vocabulary.js';

export interface PlanOptions extends Omit<NextVersionOptions, 'write' | 'planFiles' | 'prefixMismatch'> {
  /** `stable` or a prerelease channel (beta, rc…). */
  channel: string;
  /** Prerelease base (next | manifest | X.Y.Z) and number (auto | N). */
  base?: string;
  number?: string;
  /** The N of a version's first prerelease with number auto: 1 (default) or 0. */
  firstNumber?: string;
  /** Declared prerelease channels (any other is refused) and the prerelease scheme (channel | numeric). */
  channels?: string[];
  scheme?: string;
  remote?: string;
  /** Changelog: a user cliff.toml; the changelog file named in the steps. */
  config?: string;
  changelogFile?: string;
}

/** One tag line a stable run would release. */
export interface PlannedRelease {
  /** Independent versioning: the component. */
  component?: string;
  version: string;
  tag: string;
  previousTag?: string;
  reason: string;
  changelog: ChangelogResult;
}

export type PlanResult =
  | { channel: 'stable'; releasable: false; reason: string; next: NextVersionResult; notes: string[] }
  | {
      channel: 'stable';
      releasable: true;
      version: string;
      tag: string;
      prerelease: false;
      next: NextVersionResult;
      releases: PlannedRelease[];
      /** The notes of the (first) release; every release's are in `releases`. */
      changelog: ChangelogResult;
      /** Files the release commit would contain (manifests and lock files next-version writes, the changelog). */
      files: string[];
      steps: string[];
      notes: string[];
    }
  | { channel: string; releasable: true; version: string; tag: string; prerelease: true; prereleaseResult: PrereleaseResult; next?: NextVersionResult; steps: string[]; notes: string[] };

export async function planRelease(opts: PlanOptions): Promise<PlanResult> {
  const channel = opts.channel || 'stable';
  if (channel !== 'stable') {
    const declared = (opts.channels ?? []).map((c) => c.trim()).filter(Boolean);
    const p = channelProblem(channel, channelsProblem(declared) ? undefined : declared);
    if (p) throw fieldError('channel', `${p}${p.includes('"stable"') ? '' : ' Use "stable" for a versioned release.'}`);
    return planPrerelease(opts, channel);
  }
  const { channel: _c, base: _b, number: _n, firstNumber: _fn, channels: _cs, scheme: _sc, remote: _r, config: _cfg, changelogFile: _f, ...nvOpts } = opts;
  const next = await computeNextVersion({ ...nvOpts, write: false, planFiles: true });
  const notes = [...(next.warnings ?? [])];
  if (!next.released) {
    return { channel: 'stable', releasable: false, reason: `No releasable commits since ${next.previousTag ?? 'the start of history'}: a stable run would skip. ${next.reason}.`, next, notes };
  }
  const releasing = next.versioning === 'independent' ? next.components.filter((c) => c.bump !== 'none') : [];
  const lines = next.versioning === 'independent' ? releasing.map((c) => ({ component: c.name, version: c.version, tag: c.tag!, previousTag: c.previousTag, reason: c.reason ?? '' })) : [{ component: undefined, version: next.version, tag: next.tag, previousTag: next.previousTag, reason: next.reason }];
  const releases: PlannedRelease[] = [];
  for (const l of lines) {
    const changelog = await generateChangelog({
      ...nvOpts,
      version: l.version,
      config: opts.config,
      ...(l.component ? { component: l.component } : {}),
    });
    releases.push({ ...(l.component ? { component: l.component } : {}), version: l.version, tag: l.tag, ...(l.previousTag ? { previousTag: l.previousTag } : {}), reason: l.reason, changelog });
  }
  notes.push(...(await remoteTagNotes(opts, lines.map((l) => l.tag))));
  const file = opts.changelogFile ?? 'CHANGELOG.md';
  const files = [...new Set([...(next.plannedFiles ?? []), file])];
  const first = releases[0]!;
  const message = DEFAULT_RELEASE_MESSAGE.replace('{tag}', first.tag).replace('{version}', first.version);
  const manifests = next.plannedFiles ?? [];
  const steps = [
    manifests.length ? `write ${lines.map((l) => l.version).join(', ')} into ${manifests.join(', ')}` : 'no manifest to update (tag-only versioning)',
    `prepend the ${first.version} section to ${file}`,
    `commit "${message}" with ${files.join(', ')}; tag ${lines.map((l) => l.tag).join(', ')} (annotated)`,
    `push the branch and ${lines.map((l) => l.tag).join(', ')} atomically`,
  ];
  return { channel: 'stable', releasable: true, version: first.version, tag: first.tag, prerelease: false, next, releases, changelog: first.changelog, files, steps, notes };
}

async function planPrerelease(opts: PlanOptions, channel: string): Promise<PlanResult> {
  const pre = await cutPrerelease({
    cwd: opts.cwd,
    channel,
    base: opts.base,
    number: opts.number,
    firstNumber: opts.firstNumber,
    ...(opts.channels ? { channels: opts.channels } : {}),
    ...(opts.scheme ? { scheme: opts.scheme } : {}),
    ...(opts.releaseAs ? { releaseAs: opts.releaseAs } : {}),
    tagPrefix: opts.tagPrefix,
    versionFile: opts.versionFile,
    versionPattern: opts.versionPattern,
    remote: opts.remote,
    push: false,
    dryRun: true,
    nextVersion: { pre1: opts.pre1, releaseTypes: opts.releaseTypes, components: opts.components, versioning: opts.versioning, includePaths: opts.includePaths },
  });
  const steps = pre.reused
    ? [`reuse ${pre.tag} (HEAD already carries it)`, `push tag ${pre.tag} if the remote lacks it`]
    : [`tag HEAD ${pre.commit.slice(0, 12)} as ${pre.tag} (annotated)`, `push only refs/tags/${pre.tag}`, 'no commit, no changelog file, no manifest change (write: true rewrites manifests in the work tree only)'];
  return { channel, releasable: true, version: pre.version, tag: pre.tag, prerelease: true, prereleaseResult: pre, ...(pre.next ? { next: pre.next } : {}), steps, notes: pre.notes };
}

/** A proposed tag that already exists on the remote (best effort: no remote, no check). */
async function remoteTagNotes(opts: PlanOptions, tags: string[]): Promise<string[]> {
  const git = new Git(opts.cwd);
  const remote = opts.remote ?? VOCABULARY.remote.default;
  if ((await git.run(['remote', 'get-url', remote], { allowFailure: true })).code !== 0) return [];
  try {
    const refs = await lsRemote(git, await remoteAccess(git, remote, undefined, { needPush: false }), tags.map((t) => `refs/tags/${t}`));
    return tags.filter((t) => refs.has(`refs/tags/${t}`)).map((t) => `${t} already exists on "${remote}": release-commit would refuse it. Fetch the tags (git fetch --tags) and plan again.`);
  } catch (err) {
    return [`Remote tags not checked (${(err as Error).message.split('\n')[0]}).`];
  }
}

/** The plan as text (the CLI prints it): versions, tags, base, why, deciding commits, ignored prereleases, files, steps, notes. */
export function renderPlan(plan: PlanResult): string {
  const lines: string[] = [`channel:  ${plan.channel}`];
  const nextLines = (n: NextVersionResult | undefined, why = true) => {
    if (!n) return;
    if (n.versioning !== 'independent') lines.push(`base:     ${n.previousTag ? `${n.previousTag} (${(n.baseSha ?? '').slice(0, 7)})` : n.baseSource === 'version-file' ? `no release tag; version file ${n.previousVersion}` : 'no release tag (0.0.0)'}, ${n.commits} commit(s) since`);
    if (why) lines.push(`why:      ${n.reason}`);
    for (const [i, d] of n.deciding.entries()) lines.push(`${i === 0 ? 'deciding: ' : '          '}${d.sha.slice(0, 7)} ${d.subject}${d.breaking ? ' (breaking)' : ''}`);
    if ((n.decidingTotal ?? 0) > n.deciding.length) lines.push(`          … ${n.decidingTotal! - n.deciding.length} more`);
    lines.push(`ignored prerelease tags: ${n.ignoredPrereleaseTags.length ? n.ignoredPrereleaseTags.slice(0, 20).join(', ') : '(none)'}`);
  };
  if (!plan.releasable) {
    // plan.reason already carries next-version's reason: said once.
    lines.push(`nothing to release: ${plan.reason}`);
    nextLines(plan.next, false);
  } else if (!plan.prerelease) {
    lines.push(`version:  ${plan.version}`, `tag:      ${plan.tag}`, 'prerelease: false');
    for (const r of plan.releases.length > 1 || plan.releases[0]?.component ? plan.releases : []) lines.push(`release:  ${r.tag} (${r.component}: ${r.reason})`);
    nextLines(plan.next);
    lines.push(`files:    ${plan.files.join(', ')}`);
  } else {
    const p = plan.prereleaseResult;
    lines.push(`version:  ${plan.version}`, `tag:      ${plan.tag}`, 'prerelease: true');
    lines.push(`number:   ${p.number}${p.reused ? ' (HEAD already carries this tag)' : p.existing.length ? ` (existing prereleases of ${p.base}: ${p.existing.slice(0, 5).join(', ')}${p.existing.length > 5 ? ', …' : ''})` : ' (first of this version)'}`);
    lines.push(`leads to: ${p.base} (${p.baseSource === 'next' ? 'next-version' : p.baseSource})`);
    nextLines(plan.next);
  }
  if (plan.releasable) {
    lines.push('would:');
    for (const s of plan.steps) lines.push(`  - ${s}`);
  }
  for (const n of plan.notes) lines.push(`note:     ${n}`);
  if (plan.releasable && !plan.prerelease) {
    for (const r of plan.releases) lines.push('', `changelog preview${r.component ? ` (${r.component})` : ''}:`, '', r.changelog.section.trimEnd());
  }
  return lines.join('\n');
}
