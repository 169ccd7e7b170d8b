/**
 * cutPrerelease: tag HEAD with an annotated `<prefix><base>-<channel>.<N>` and push only that tag.
 * No commit, no changelog, no manifest change. Re-runs on the same commit reuse the tag.
 */
import { resolve } from 'node:path';
import { RelforgeError, SettingsError } from '../platform/errors.js';
import { Git } from '../git/repository.js';
import { computeNextVersion, readVersionFile, type NextVersionOptions } from './next-version.js';
import { applyBump, escapeGlob, isStrictVersion, tagPrefixProblem } from './core/version.js';
import { baseVersionProblem, channelProblem, parsePrereleaseNumber, planPrerelease, type PrereleaseNumber, type TagRef } from './core/prerelease-tags.js';
import { lsRemote, push, remoteAccess, remoteNameProblem, type RemoteAccess } from '../git/remote.js';

export interface Identity {
  name: string;
  email: string;
}

export const BOT_IDENTITY: Identity = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

export interface PrereleaseOptions {
  cwd: string;
  /** Prerelease identifier; default `beta`. */
  channel?: string;
  /** `next` (default): what next-version computes; `manifest`: the version in `versionFile`; or `X.Y.Z`. */
  base?: string;
  versionFile?: string;
  versionPattern?: string;
  tagPrefix?: string;
  /** `auto` (default) or an explicit positive integer (string or number). */
  number?: string | number;
  force?: boolean;
  push?: boolean;
  remote?: string;
  token?: string;
  dryRun?: boolean;
  /** Tagger identity; default: git config user.name/email, else github-actions[bot]. */
  identity?: Partial<Identity>;
  /** Passed to next-version for `base: next` (pre1, releaseTypes, components, versioning). */
  nextVersion?: Partial<Pick<NextVersionOptions, 'pre1' | 'releaseTypes' | 'components' | 'versioning'>>;
}

export interface PrereleaseResult {
  version: string;
  tag: string;
  number: number;
  prerelease: true;
  reused: boolean;
  pushed: boolean;
  dryRun: boolean;
  commit: string;
  base: string;
  baseSource: 'next' | 'manifest' | 'explicit';
  channel: string;
  action: 'create' | 'reuse' | 'move';
  notes: string[];
}

/** Resolves the committer identity: explicit, else git config, else the Actions bot. */
export async function resolveIdentity(git: Git, id: Partial<Identity> = {}): Promise<Identity> {
  const cfg = async (key: string) => {
    const r = await git.run(['config', '--get', key], { allowFailure: true });
    return r.code === 0 ? r.stdout.trim() : '';
  };
  return {
    name: id.name || (await cfg('user.name')) || BOT_IDENTITY.name,
    email: id.email || (await cfg('user.email')) || BOT_IDENTITY.email,
  };
}

export function identityEnv(id: Identity): Record<string, string> {
  return { GIT_AUTHOR_NAME: id.name, GIT_AUTHOR_EMAIL: id.email, GIT_COMMITTER_NAME: id.name, GIT_COMMITTER_EMAIL: id.email };
}

/** Local tags matching git patterns, with their (peeled) commits: one for-each-ref. */
export async function localTags(git: Git, patterns: string[]): Promise<Map<string, string>> {
  const out = await git.text(['for-each-ref', '--format=%(refname)%00%(objectname)%00%(*objectname)', ...patterns]);
  const map = new Map<string, string>();
  for (const line of out ? out.split('\n') : []) {
    const [ref, obj, peeled] = line.split('\0');
    if (ref) map.set(ref, peeled || obj!);
  }
  return map;
}

export async function cutPrerelease(opts: PrereleaseOptions): Promise<PrereleaseResult> {
  const channel = opts.channel ?? 'beta';
  const prefix = opts.tagPrefix ?? 'v';
  const baseInput = (opts.base ?? 'next').trim() || 'next';
  const remote = opts.remote ?? 'origin';
  const doPush = opts.push ?? true;
  const problems: string[] = [];
  const cp = channelProblem(channel);
  if (cp) problems.push(cp);
  const pp = tagPrefixProblem(prefix);
  if (pp) problems.push(`Input "tag-prefix": ${pp}.`);
  if (baseInput !== 'next' && baseInput !== 'manifest') {
    const bp = baseVersionProblem(baseInput.replace(/^v(?=\d)/, ''));
    if (bp) problems.push(bp);
  }
  if (baseInput === 'manifest' && !opts.versionFile) problems.push('Input "base: manifest" needs "version-file" (e.g. package.json or Cargo.toml).');
  const parsedNumber = parsePrereleaseNumber(String(opts.number ?? 'auto'));
  if (typeof parsedNumber === 'string' && parsedNumber !== 'auto') problems.push(parsedNumber);
  const rp = remoteNameProblem(remote);
  if (doPush && rp) problems.push(rp);
  if (problems.length) throw new SettingsError(problems);
  const number = parsedNumber as PrereleaseNumber;

  const cwd = resolve(opts.cwd);
  const git = new Git(cwd);
  await git.assertRepository();
  const head = await git.headCommit();
  if (!head) throw new RelforgeError(`${cwd}: the current branch has no commits yet; commit something before cutting a prerelease.`);

  // Credentials are checked before anything is created.
  let access: RemoteAccess | undefined;
  if (doPush) access = await remoteAccess(git, remote, opts.token, { needPush: true });

  const notes: string[] = [];
  let base: string;
  let baseSource: PrereleaseResult['baseSource'];
  if (baseInput === 'next') {
    const nv = await computeNextVersion({ cwd, tagPrefix: prefix, versionFile: opts.versionFile, versionPattern: opts.versionPattern, ...opts.nextVersion });
    base = nv.version;
    baseSource = 'next';
    if (!nv.released || !isStrictVersion(base)) {
      // Nothing releasable since the last release: a beta of that same version would sort BELOW it.
      const from = isStrictVersion(nv.previousVersion) ? nv.previousVersion : base.replace(/-.*$/, '');
      base = applyBump(from, 'patch');
      notes.push(`No releasable commits since ${nv.previousTag ?? 'the start'}; the prerelease leads to the next patch, ${base}.`);
    }
  } else if (baseInput === 'manifest') {
    base = readVersionFile(cwd, opts.versionFile!, opts.versionPattern);
    baseSource = 'manifest';
    if (!isStrictVersion(base)) {
      throw new RelforgeError(`version-file "${opts.versionFile}" declares ${base}; base: manifest needs a plain MAJOR.MINOR.PATCH version there.`);
    }
  } else {
    base = baseInput.replace(/^v(?=\d)/, '');
    baseSource = 'explicit';
  }

  // One query locally, one on the remote: this base/channel's tags plus the stable tag of the base.
  const stableRef = `refs/tags/${prefix}${base}`;
  const patterns = [`refs/tags/${escapeGlob(`${prefix}${base}-${channel}.`)}*`, `refs/tags/${escapeGlob(`${prefix}${base}`)}`];
  const local = await localTags(git, patterns);
  let remoteTags = new Map<string, string>();
  if (access) {
    remoteTags = await lsRemote(git, access, patterns);
  } else {
    const r = await git.run(['remote', 'get-url', remote], { allowFailure: true });
    if (r.code === 0) {
      try {
        remoteTags = await lsRemote(git, await remoteAccess(git, remote, opts.token, { needPush: false }), patterns);
      } catch (err) {
        notes.push(`Remote tags not checked (${(err as Error).message.split('\n')[0]}); numbering uses local tags only.`);
      }
    }
  }
  if (local.has(stableRef) || remoteTags.has(stableRef)) {
    throw new RelforgeError(
      `${prefix}${base} is already released (tag ${prefix}${base} exists), so ${base}-${channel}.N would sort below it. ` +
        'Use base: next (the version after the last release) or an explicit higher base.',
    );
  }
  const id = opts.dryRun ? undefined : await resolveIdentity(git, opts.identity);
  // A concurrent dispatch may push the same auto-numbered tag between our listing and our push: then re-read
  // the remote and take the next number (a few attempts), instead of failing or overwriting theirs.
  for (let attempt = 1; ; attempt++) {
    const merged = new Map<string, string>();
    for (const [ref, c] of local) merged.set(ref, c);
    for (const [ref, c] of remoteTags) merged.set(ref, c);
    const tags: TagRef[] = [...merged].filter(([ref]) => ref !== stableRef).map(([ref, commit]) => ({ name: ref.slice('refs/tags/'.length), commit }));
    let plan;
    try {
      plan = planPrerelease({ prefix, base, channel, number, head, tags, force: opts.force });
    } catch (err) {
      throw new RelforgeError((err as Error).message);
    }
    const ref = `refs/tags/${plan.tag}`;
    const result: PrereleaseResult = {
      version: plan.version,
      tag: plan.tag,
      number: plan.number,
      prerelease: true,
      reused: plan.action === 'reuse',
      pushed: false,
      dryRun: !!opts.dryRun,
      commit: head,
      base,
      baseSource,
      channel,
      action: plan.action,
      notes,
    };
    if (opts.dryRun) return result;

    const localCommit = local.get(ref);
    const remoteCommit = remoteTags.get(ref);
    if (plan.action === 'reuse' && localCommit === undefined && access) {
      // Made by an earlier run and pushed: fetch it so later steps see it locally.
      await git.run(['fetch', '--no-tags', '--', remote, `+${ref}:${ref}`], { env: access.env });
    } else if (plan.action !== 'reuse' || localCommit !== head) {
      const args = ['tag', '--annotate', '--no-sign', '--message', `Prerelease ${plan.version}`];
      if (plan.action === 'move' || localCommit !== undefined) args.push('--force');
      args.push('--', plan.tag, head);
      await git.run(args, { env: identityEnv(id!) });
    }
    if (access && remoteCommit !== head) {
      const spec = plan.action === 'move' || remoteCommit !== undefined ? `+${ref}:${ref}` : `${ref}:${ref}`;
      try {
        await push(git, access, [spec], { what: `tag ${plan.tag}` });
      } catch (err) {
        if (number === 'auto' && plan.action === 'create' && attempt < 3) {
          const now = await lsRemote(git, access, patterns);
          const taken = now.get(ref);
          if (taken !== undefined && taken !== head) {
            await git.run(['tag', '--delete', plan.tag], { allowFailure: true });
            local.delete(ref);
            remoteTags = now;
            notes.push(`${plan.tag} was pushed by a concurrent run (commit ${taken.slice(0, 12)}) meanwhile; took the next number.`);
            continue;
          }
        }
        // Any other failure keeps the local tag: a re-run on this commit reuses it and pushes again.
        throw err;
      }
      result.pushed = true;
    }
    return result;
  }
}
