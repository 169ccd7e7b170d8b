/**
 * pushRelease: the one moment a release becomes public in git. The plan job prepared the release commit and tag
 * locally (release-commit / prerelease with push: false) and handed them on as a git bundle; the build job built
 * exactly that tree; the draft release holds every asset, verified. This step:
 *
 *   1. fetches the prepared tag (and the major tag) from the bundle into this checkout;
 *   2. refuses unless the tag's commit is the planned commit and its tree is the tree the build job built;
 *   3. refuses when the branch moved on the remote since the plan (a lease on the planned base), or the tag
 *      already exists there on another commit — never rewriting history;
 *   4. pushes branch (stable) and tag (and the major tag) in ONE `git push --atomic`: all or nothing.
 *
 * A tag already on the remote at the prepared commit is a re-run after success: nothing is pushed (`reused`).
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { Problems, RelforgeError, fieldError } from '../platform/errors.js';
import { Git } from '../git/repository.js';
import { lsRemoteRefs, push, remoteAccess, remoteNameProblem } from '../git/remote.js';

export interface PushReleaseOptions {
  cwd: string;
  /** The prepared release tag (v0.4.0, v0.4.0-beta.1). */
  tag: string;
  /** A git bundle holding refs/tags/<tag> (and the major tag), made by the plan job. */
  bundle?: string;
  /** The commit the plan job tagged (its `commit` output): the tag must still point there. */
  commit?: string;
  /** The tree the build job built (`git rev-parse HEAD^{tree}`): the tagged commit must have it. */
  tree: string;
  /** Branch the release commit goes to (stable); empty for a prerelease (tag only). */
  branch?: string;
  /** Where the branch was when the plan job prepared the release commit (the lease). */
  base?: string;
  /** A major tag (v1) prepared with the release, moved in the same push. */
  majorTag?: string;
  remote?: string;
  token?: string;
  dryRun?: boolean;
}

export interface PushReleaseResult {
  tag: string;
  commit: string;
  tree: string;
  branch: string;
  pushed: boolean;
  /** The tag was already on the remote at the prepared commit (a re-run after the push). */
  reused: boolean;
  dryRun: boolean;
  majorTag?: string;
  notes: string[];
}

const SHA_RE = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const REF_RE = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)[^\s~^:?*[\\\x00-\x1f\x7f]+(?<![./])$/;

function settings(o: PushReleaseOptions) {
  const p = new Problems();
  const tag = o.tag?.trim() ?? '';
  if (!tag) p.add('tag', 'is required: the release tag the plan job prepared (its "tag" output).');
  else if (!REF_RE.test(tag) || tag.endsWith('.lock')) p.add('tag', `("${tag}") is not a valid tag name.`);
  const tree = o.tree?.trim() ?? '';
  if (!SHA_RE.test(tree)) p.add('tree', `must be the tree the build job built (git rev-parse HEAD^{tree}, 40 hex digits), got "${tree}". Pass the build job's "tree" output.`);
  const commit = o.commit?.trim() || undefined;
  if (commit && !SHA_RE.test(commit)) p.add('commit', `must be a full commit id (40 hex digits), got "${commit}".`);
  const branch = o.branch?.trim() || undefined;
  if (branch && (!REF_RE.test(branch) || branch.endsWith('.lock'))) p.add('branch', `("${branch}") is not a valid branch name.`);
  const base = o.base?.trim() || undefined;
  if (branch && !base) p.add('base', 'is required with "branch": the commit the branch was at when the release commit was prepared (the plan job\'s "base" output).');
  if (base && !SHA_RE.test(base)) p.add('base', `must be a full commit id (40 hex digits), got "${base}".`);
  const majorTag = o.majorTag?.trim() || undefined;
  if (majorTag && !REF_RE.test(majorTag)) p.add('major-tag', `("${majorTag}") is not a valid tag name.`);
  if (majorTag && !branch) p.add('major-tag', 'moves with a stable release only (give "branch").');
  const remote = o.remote ?? 'origin';
  const rp = remoteNameProblem(remote);
  if (rp) p.add('remote', rp);
  const bundle = o.bundle?.trim() ? resolve(o.cwd, o.bundle.trim()) : undefined;
  if (bundle && !existsSync(bundle)) p.add('bundle', `("${o.bundle}") does not exist: download the plan job's artifact (it holds release.bundle) before this step.`);
  p.throwIfAny();
  return { cwd: resolve(o.cwd), tag, tree, commit, branch, base, majorTag, remote, bundle };
}

const RERUN =
  'Nothing was pushed: no tag, no release commit, and the draft release stays a draft (the next run adopts it). ' +
  'The version is not used up: dispatch the release again (Actions → Release → Run workflow) and it plans from the current head.';

/** Fetches the prepared tags from the bundle into refs/tags/ of this checkout. */
async function fetchBundle(git: Git, bundle: string, tags: string[]): Promise<void> {
  const specs = tags.map((t) => `+refs/tags/${t}:refs/tags/${t}`);
  const r = await git.run(['fetch', '--quiet', '--no-tags', '--', bundle, ...specs], { allowFailure: true });
  if (r.code !== 0) {
    throw fieldError(
      'bundle',
      `could not be read into ${git.cwd}: ${r.stderr.trim().split('\n').slice(-3).join(' ')}. It must come from this run's plan job, and the checkout needs the history it builds on (actions/checkout with fetch-depth: 0). ${RERUN}`,
    );
  }
}

async function peel(git: Git, ref: string): Promise<string | undefined> {
  const r = await git.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowFailure: true });
  return r.code === 0 ? r.stdout.trim() : undefined;
}

/** The checks that need no remote: tag at the planned commit, tree = built tree, release commit on the base. */
async function checkPrepared(git: Git, s: ReturnType<typeof settings>): Promise<{ commit: string; tree: string }> {
  const commit = await peel(git, `refs/tags/${s.tag}`);
  if (!commit) throw fieldError('tag', `("${s.tag}") is not in this checkout: pass the plan job's bundle ({{bundle}}). ${RERUN}`);
  if (s.commit && commit !== s.commit) {
    throw new RelforgeError(`${s.tag} points at ${commit.slice(0, 12)} here, but the plan job tagged ${s.commit.slice(0, 12)}: refusing to push a tag nobody built. ${RERUN}`);
  }
  const tree = await git.text(['rev-parse', `${commit}^{tree}`]);
  if (tree !== s.tree) {
    throw new RelforgeError(
      `The tagged commit ${commit.slice(0, 12)} (${s.tag}) has the tree ${tree.slice(0, 12)}, but the build job built the tree ${s.tree.slice(0, 12)}: ` +
        `the binaries would not be what the tag says. Refusing to push. ${RERUN}`,
    );
  }
  if (s.branch && commit !== s.base) {
    const parent = await peel(git, `${commit}^`);
    if (parent !== s.base) {
      throw new RelforgeError(
        `The release commit ${commit.slice(0, 12)} (${s.tag}) is not a child of ${s.base!.slice(0, 12)}, where the plan job found ${s.branch}: refusing to push. ${RERUN}`,
      );
    }
  }
  return { commit, tree };
}

export async function pushRelease(o: PushReleaseOptions): Promise<PushReleaseResult> {
  const s = settings(o);
  const git = new Git(s.cwd);
  await git.assertRepository();
  const notes: string[] = [];
  const tags = [s.tag, ...(s.majorTag ? [s.majorTag] : [])];
  if (s.bundle) await fetchBundle(git, s.bundle, tags);
  const { commit, tree } = await checkPrepared(git, s);
  const base: PushReleaseResult = { tag: s.tag, commit, tree, branch: s.branch ?? '', pushed: false, reused: false, dryRun: !!o.dryRun, notes };

  const access = await remoteAccess(git, s.remote, o.token, { needPush: !o.dryRun });
  const patterns = tags.map((t) => `refs/tags/${t}`);
  if (s.branch) patterns.push(`refs/heads/${s.branch}`);
  const refs = await lsRemoteRefs(git, access, patterns);
  const remoteTag = refs.get(`refs/tags/${s.tag}`);
  if (remoteTag) {
    const at = remoteTag.peeled ?? remoteTag.object;
    if (at === commit) {
      notes.push(`${s.tag} is already on "${s.remote}" at ${commit.slice(0, 12)} (an earlier run pushed it); nothing to push.`);
      return { ...base, reused: true };
    }
    throw new RelforgeError(
      `Tag ${s.tag} already exists on "${s.remote}" at ${at.slice(0, 12)}, not at the prepared ${commit.slice(0, 12)}: another run released this version, or the tag was moved. ` +
        'Nothing was pushed and nothing is overwritten. Dispatch the release again to plan the next version, or delete the remote tag if it was a mistake.',
    );
  }
  const leases: string[] = [];
  const refspecs: string[] = [];
  if (s.branch) {
    const now = refs.get(`refs/heads/${s.branch}`);
    const at = now?.object;
    if (at !== s.base) {
      throw new RelforgeError(
        `The branch ${s.branch} on "${s.remote}" moved since the release was planned: it is at ${at ? at.slice(0, 12) : '(deleted)'}, the release commit was prepared on ${s.base!.slice(0, 12)}. ` +
          `Refusing a non-fast-forward push; history is never rewritten. ${RERUN}`,
      );
    }
    refspecs.push(`${commit}:refs/heads/${s.branch}`);
    leases.push(`refs/heads/${s.branch}:${s.base}`);
  }
  refspecs.push(`refs/tags/${s.tag}:refs/tags/${s.tag}`);
  if (s.majorTag) {
    refspecs.push(`+refs/tags/${s.majorTag}:refs/tags/${s.majorTag}`);
    leases.push(`refs/tags/${s.majorTag}:${refs.get(`refs/tags/${s.majorTag}`)?.object ?? ''}`);
  }
  const result = { ...base, ...(s.majorTag ? { majorTag: s.majorTag } : {}) };
  if (o.dryRun) return result;
  const what = `${s.branch ? `${s.branch} and ` : ''}${s.tag}${s.majorTag ? ` (+ ${s.majorTag})` : ''}${refspecs.length > 1 ? ' (atomically)' : ''}`;
  try {
    await push(git, access, refspecs, { atomic: true, leases, what });
  } catch (err) {
    throw new RelforgeError(`${(err as Error).message}\n${RERUN}`, { cause: err });
  }
  return { ...result, pushed: true };
}

/** Markdown for the step summary. */
export function renderPushSummary(r: PushReleaseResult): string {
  const rows = [
    ['tag', `\`${r.tag}\``],
    ['commit', `\`${r.commit}\``],
    ['tree (= built)', `\`${r.tree}\``],
    ['branch', r.branch || '– (prerelease: tag only)'],
    ['major tag', r.majorTag ?? '–'],
    ['pushed', r.dryRun ? 'no (dry run)' : r.reused ? 'already (earlier run)' : String(r.pushed)],
  ];
  return `## Push ${r.tag}\n\n| | |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n${r.notes.length ? `\n${r.notes.map((n) => `- ${n}`).join('\n')}\n` : ''}`;
}
