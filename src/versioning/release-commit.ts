/**
 * releaseCommit (stable releases): commit the release files (manifests + changelog) as
 * `chore(release): v<version>`, create an annotated tag, and push branch and tag in ONE atomic push guarded
 * by a lease on the branch: if the remote branch moved since checkout, nothing is pushed.
 *
 * Refuses, before changing anything: a detached HEAD, a dirty work tree (other than the release files),
 * missing credentials, a remote branch that already moved, a tag that already exists for another commit.
 * A push failure rolls the local commit and tag back, so a re-run starts from the same state.
 */
import { relative, resolve, sep } from 'node:path';
import { RelforgeError, SettingsError } from '../platform/errors.js';
import { expandFiles } from '../platform/fs.js';
import { Git } from '../git/repository.js';
import { isSemver, tagPrefixProblem } from './core/version.js';
import { lsRemote, push, remoteAccess, remoteNameProblem, type RemoteAccess } from '../git/remote.js';
import { identityEnv, resolveIdentity, type Identity } from './prerelease.js';

export interface ReleaseCommitOptions {
  cwd: string;
  /** The version released, without prefix (`0.4.0`). */
  version: string;
  /** Files to commit (paths or globs relative to cwd): manifests, lock files, CHANGELOG.md. */
  files: string[];
  /** Commit message; `{version}` and `{tag}` are replaced. Default `chore(release): {tag}`. */
  message?: string;
  tagPrefix?: string;
  remote?: string;
  token?: string;
  identity?: Partial<Identity>;
  push?: boolean;
  dryRun?: boolean;
}

export interface ReleaseCommitResult {
  commit: string;
  tag: string;
  version: string;
  branch: string;
  /** The commit the release commit was made on. */
  parent: string;
  files: string[];
  pushed: boolean;
  /** true when an earlier run already pushed this exact release (re-run after success). */
  reused: boolean;
  dryRun: boolean;
}

export const DEFAULT_RELEASE_MESSAGE = 'chore(release): {tag}';

/** Paths changed in the work tree or index (porcelain v1 -z; renames give both sides). */
export function parsePorcelainZ(out: string): string[] {
  const parts = out.split('\0');
  const paths: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const e = parts[i]!;
    if (e.length < 4) continue;
    const xy = e.slice(0, 2);
    paths.push(e.slice(3));
    if (xy[0] === 'R' || xy[0] === 'C') paths.push(parts[++i]!);
  }
  return paths;
}

export async function releaseCommit(opts: ReleaseCommitOptions): Promise<ReleaseCommitResult> {
  const prefix = opts.tagPrefix ?? 'v';
  const remote = opts.remote ?? 'origin';
  const doPush = opts.push ?? true;
  const version = (opts.version ?? '').trim().replace(/^v(?=\d)/, '');
  const problems: string[] = [];
  if (!version) problems.push('Input "version" is required (e.g. 0.4.0, usually next-version\'s "version" output).');
  else if (!isSemver(version)) problems.push(`Input "version" must be a SemVer version without prefix (e.g. 0.4.0), got "${opts.version}".`);
  const pp = tagPrefixProblem(prefix);
  if (pp) problems.push(`Input "tag-prefix": ${pp}.`);
  if (!opts.files.length) problems.push('Input "files" is empty: list the files the release changes (e.g. package.json, CHANGELOG.md).');
  const template = opts.message?.trim() || DEFAULT_RELEASE_MESSAGE;
  const rp = remoteNameProblem(remote);
  if (doPush && rp) problems.push(rp);
  if (problems.length) throw new SettingsError(problems);
  const tag = `${prefix}${version}`;
  const message = template.replaceAll('{version}', version).replaceAll('{tag}', tag);

  const cwd = resolve(opts.cwd);
  const git = new Git(cwd);
  await git.assertRepository();
  const branch = await git.currentBranch();
  if (!branch) {
    throw new RelforgeError(
      'HEAD is detached, so there is no branch to push the release commit to. Check out the release branch ' +
        '(actions/checkout with "ref: ${{ github.ref_name }}" on a branch-triggered or dispatched run).',
    );
  }
  const head = await git.headCommit();
  if (!head) throw new RelforgeError(`${cwd}: the branch ${branch} has no commits yet.`);
  const top = await git.text(['rev-parse', '--show-toplevel']);

  // Files, as paths relative to the repository root.
  const abs = await expandFiles(opts.files, { cwd, inputName: 'files' });
  const files = abs.map((a) => relative(top, a).split(sep).join('/'));
  const outside = files.filter((f) => f.startsWith('../') || f === '..');
  if (outside.length) throw new RelforgeError(`Input "files": ${outside.join(', ')} ${outside.length === 1 ? 'is' : 'are'} outside the repository ${top}.`);

  // The work tree may only differ in the release files.
  const status = await git.run(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames'], { env: { GIT_OPTIONAL_LOCKS: '0' } });
  const dirty = [...new Set(parsePorcelainZ(status.stdout))];
  const wanted = new Set(files);
  const stray = dirty.filter((p) => !wanted.has(p));
  if (stray.length) {
    throw new RelforgeError(
      `The work tree has changes outside the release files: ${stray.slice(0, 10).join(', ')}${stray.length > 10 ? ` and ${stray.length - 10} more` : ''}. ` +
        'Add them to the "files" input if they belong to the release, or make the build step not modify tracked files (nothing was committed).',
    );
  }
  const changed = files.filter((f) => dirty.includes(f));

  // Credentials and the remote state before anything is created.
  let access: RemoteAccess | undefined;
  let remoteTag: string | undefined;
  let remoteBranch: string | undefined;
  if (doPush) {
    access = await remoteAccess(git, remote, opts.token, { needPush: true });
    const refs = await lsRemote(git, access, [`refs/tags/${tag}`, `refs/heads/${branch}`]);
    remoteTag = refs.get(`refs/tags/${tag}`);
    remoteBranch = refs.get(`refs/heads/${branch}`);
  }
  const base: ReleaseCommitResult = { commit: '', tag, version, branch, parent: head, files: changed, pushed: false, reused: false, dryRun: !!opts.dryRun };

  if (remoteTag !== undefined) {
    // Converge on a re-run: the same release was already pushed from this very commit.
    if (remoteBranch === remoteTag && changed.length > 0) {
      const fetched = await git.run(['fetch', '--no-tags', '--', remote, `+refs/tags/${tag}:refs/tags/${tag}`], { env: access!.env, allowFailure: true });
      const parent = fetched.code === 0 ? (await git.run(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}^`], { allowFailure: true })).stdout.trim() : '';
      if (parent === head) return { ...base, commit: remoteTag, reused: true };
    }
    throw new RelforgeError(
      `Tag ${tag} already exists on "${remote}" (commit ${remoteTag.slice(0, 12)}): version ${version} has been released. ` +
        'Nothing was committed or pushed. Re-run next-version on the current branch head, or delete the tag if that release was a mistake.',
    );
  }
  if (doPush && remoteBranch !== undefined && remoteBranch !== head) {
    throw new RelforgeError(
      `The remote branch ${branch} on "${remote}" is at ${remoteBranch.slice(0, 12)}, but this checkout is at ${head.slice(0, 12)}: ` +
        'the branch moved since checkout (or this checkout has unpushed commits). Nothing was committed or pushed; re-run the release on the new head.',
    );
  }
  const localTag = await git.run(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], { allowFailure: true });
  if (localTag.code === 0) {
    throw new RelforgeError(
      `Tag ${tag} already exists in this checkout (commit ${localTag.stdout.trim().slice(0, 12)}) but not on "${remote}". ` +
        `If it is a leftover, delete it (git tag -d ${tag}) and re-run; nothing was committed or pushed.`,
    );
  }
  if (changed.length === 0) {
    throw new RelforgeError(
      `None of the release files changed (${files.join(', ')}), so there is nothing to commit for ${tag}. ` +
        'Run next-version with "write: true" and/or the changelog with "output" before this step.',
    );
  }
  if (opts.dryRun) return base;

  const id = await resolveIdentity(git, opts.identity);
  const env = identityEnv(id);
  await git.run(['add', '--', ...changed]);
  await git.run(['commit', '--quiet', '--no-verify', '--no-gpg-sign', '--only', '--message', message, '--', ...changed], { env });
  const commit = await git.text(['rev-parse', 'HEAD']);
  await git.run(['tag', '--annotate', '--no-sign', '--force', '--message', message, '--', tag, commit], { env });
  const result = { ...base, commit };
  if (!access) return result;
  try {
    await push(git, access, [`${commit}:refs/heads/${branch}`, `refs/tags/${tag}:refs/tags/${tag}`], {
      atomic: true,
      // The branch must still be exactly where this checkout found it (absent = must still be absent).
      leases: [`refs/heads/${branch}:${remoteBranch ?? ''}`],
      what: `${branch} and ${tag} (atomically)`,
    });
  } catch (err) {
    // Roll back so a re-run starts from the same state: drop the tag, move the branch back (changes stay staged).
    await git.run(['tag', '--delete', tag], { allowFailure: true });
    await git.run(['update-ref', '-m', 'relforge: undo release commit after a refused push', `refs/heads/${branch}`, head, commit], { allowFailure: true });
    throw err;
  }
  return { ...result, pushed: true };
}
