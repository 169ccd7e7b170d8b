/**
 * planRelease: what a release dispatch would do (`relforge plan`), without writing anything.
 * stable → next-version (no write) + changelog preview; any other channel → a prerelease dry run.
 */
import { RelforgeError } from '../platform/errors.js';
import { computeNextVersion, type NextVersionOptions, type NextVersionResult } from './next-version.js';
import { generateChangelog, type ChangelogResult } from './changelog.js';
import { cutPrerelease, type PrereleaseResult } from './prerelease.js';
import { channelProblem } from './core/prerelease-tags.js';
import { DEFAULT_RELEASE_MESSAGE } from './release-commit.js';

export interface PlanOptions extends Omit<NextVersionOptions, 'write'> {
  /** `stable` or a prerelease channel (beta, rc…). */
  channel: string;
  /** Prerelease base (next | manifest | X.Y.Z) and number (auto | N). */
  base?: string;
  number?: string;
  remote?: string;
  /** Changelog: user cliff.toml, component paths, output file named in the plan. */
  config?: string;
  includePaths?: string[];
  changelogFile?: string;
}

export type PlanResult =
  | { channel: 'stable'; releasable: false; reason: string; next: NextVersionResult }
  | { channel: 'stable'; releasable: true; version: string; tag: string; prerelease: false; next: NextVersionResult; changelog: ChangelogResult; steps: string[] }
  | { channel: string; releasable: true; version: string; tag: string; prerelease: true; prereleaseResult: PrereleaseResult; steps: string[] };

export async function planRelease(opts: PlanOptions): Promise<PlanResult> {
  const channel = opts.channel || 'stable';
  if (channel !== 'stable') {
    const p = channelProblem(channel);
    if (p) throw new RelforgeError(`${p.replace('Input "channel"', '--channel')} Use "stable" for a versioned release.`, { exitCode: 2 });
    const pre = await cutPrerelease({
      cwd: opts.cwd,
      channel,
      base: opts.base,
      number: opts.number,
      tagPrefix: opts.tagPrefix,
      versionFile: opts.versionFile,
      versionPattern: opts.versionPattern,
      remote: opts.remote,
      push: false,
      dryRun: true,
      nextVersion: { pre1: opts.pre1, releaseTypes: opts.releaseTypes, components: opts.components, versioning: opts.versioning },
    });
    const steps = pre.reused
      ? [`reuse ${pre.tag} (HEAD already carries it)`, `push tag ${pre.tag} if the remote lacks it`]
      : [`tag HEAD ${pre.commit.slice(0, 12)} as ${pre.tag} (annotated)`, `push only refs/tags/${pre.tag}`, 'no commit, no changelog, no manifest change'];
    return { channel, releasable: true, version: pre.version, tag: pre.tag, prerelease: true, prereleaseResult: pre, steps };
  }
  const next = await computeNextVersion({ ...opts, write: false });
  if (!next.released) {
    return { channel: 'stable', releasable: false, reason: `No releasable commits since ${next.previousTag ?? 'the start of history'}: a stable run would skip.`, next };
  }
  const changelog = await generateChangelog({
    cwd: opts.cwd,
    version: next.version,
    tagPrefix: opts.tagPrefix,
    config: opts.config,
    includePaths: opts.includePaths,
    pre1: opts.pre1,
  });
  const file = opts.changelogFile ?? 'CHANGELOG.md';
  const message = DEFAULT_RELEASE_MESSAGE.replace('{tag}', next.tag).replace('{version}', next.version);
  const manifests = [...new Set([...next.components.flatMap((c) => c.manifests), ...(opts.versionFile ? [opts.versionFile] : [])])];
  const steps = [
    manifests.length ? `write ${next.version} into ${manifests.join(', ')}` : 'no manifest to update (tag-only versioning)',
    `prepend the ${next.version} section to ${file}`,
    `commit "${message}", tag ${next.tag} (annotated)`,
    `push the branch and ${next.tag} atomically`,
  ];
  return { channel: 'stable', releasable: true, version: next.version, tag: next.tag, prerelease: false, next, changelog, steps };
}
