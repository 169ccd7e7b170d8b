/**
 * Talking to a git remote: credentials, remote tag listing, pushes (used by prerelease and release-commit).
 *
 * A token never goes into argv (`-c http.extraheader=…` would show it in `ps` and in git's own error
 * messages): it is passed through GIT_CONFIG_COUNT/GIT_CONFIG_KEY_n/GIT_CONFIG_VALUE_n environment
 * variables. The first value resets the header list for the remote's origin, so an `actions/checkout`
 * persisted header for the same origin is replaced rather than sent twice (GitHub rejects duplicate
 * Authorization headers).
 */
import { RelforgeError, SettingsError, fieldError } from '../platform/errors.js';
import { Git } from './repository.js';
import { forge } from '../platform/forges.js';
import { detectRuntime } from '../platform/runtime.js';
import { redact, registerSecret } from '../platform/secrets.js';

export interface RemoteAccess {
  remote: string;
  /** The remote's URL with any userinfo removed (for messages). */
  displayUrl: string;
  /** Extra environment for git commands that talk to the remote. */
  env: Record<string, string>;
  /** How we authenticate: token (from input), existing (URL/config/helper), none-needed (ssh/file). */
  auth: 'token' | 'existing' | 'ssh-or-local';
}

/** Validates a remote name (it becomes a git argument): no leading `-`, no whitespace. The text continues after the option's name. */
export function remoteNameProblem(remote: string): string | undefined {
  if (!remote) return 'is empty; use the name of a configured remote, e.g. origin.';
  if (remote.startsWith('-') || /[\s\x00-\x1f]/.test(remote)) return `("${remote}") is not a valid remote name.`;
  return undefined;
}

function stripUserinfo(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}

/**
 * Environment that makes git send `token` to an HTTPS remote (never in argv). `existingCount` is the
 * GIT_CONFIG_COUNT already in the environment, if any (entries are appended after it). The user name paired
 * with the token is the forge registry's (`git.tokenUser` of the runner's forge, e.g. x-access-token).
 */
export function tokenConfigEnv(remoteUrl: string, token: string, baseEnv: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const u = new URL(remoteUrl);
  const origin = `${u.protocol}//${u.host}/`;
  const user = forge(detectRuntime(baseEnv).forge).git.tokenUser;
  const basic = Buffer.from(`${user}:${token}`, 'utf8').toString('base64');
  registerSecret(basic);
  const start = Number.parseInt(baseEnv.GIT_CONFIG_COUNT ?? '0', 10) || 0;
  const key = `http.${origin}.extraheader`;
  return {
    GIT_CONFIG_COUNT: String(start + 2),
    [`GIT_CONFIG_KEY_${start}`]: key,
    [`GIT_CONFIG_VALUE_${start}`]: '',
    [`GIT_CONFIG_KEY_${start + 1}`]: key,
    [`GIT_CONFIG_VALUE_${start + 1}`]: `AUTHORIZATION: basic ${basic}`,
  };
}

/**
 * Resolves how to reach `remote` and fails BEFORE anything is created when an HTTPS remote has no
 * credentials at all (no token input, no userinfo in the URL, no extraheader, no credential helper).
 */
export async function remoteAccess(git: Git, remote: string, token: string | undefined, opts: { needPush: boolean }): Promise<RemoteAccess> {
  const problem = remoteNameProblem(remote);
  if (problem) throw fieldError('remote', problem);
  const r = await git.run(['remote', 'get-url', '--push', remote], { allowFailure: true });
  if (r.code !== 0) {
    throw fieldError('remote', `("${remote}") is not a configured git remote in ${git.cwd} (git remote -v lists them); name one, or do not push ({{push}}: false).`);
  }
  const url = r.stdout.trim();
  const displayUrl = stripUserinfo(url);
  if (!/^https?:\/\//i.test(url)) return { remote, displayUrl, env: {}, auth: 'ssh-or-local' };
  if (token) {
    registerSecret(token);
    return { remote, displayUrl, env: tokenConfigEnv(url, token), auth: 'token' };
  }
  if (!opts.needPush) return { remote, displayUrl, env: {}, auth: 'existing' };
  const hasUserinfo = /^https?:\/\/[^/@]+@/i.test(url);
  // Only settings that apply to this URL count (a helper for another host does not help).
  const headers = await git.run(['config', '--get-urlmatch', 'http.extraheader', url], { allowFailure: true });
  const helpers = await git.run(['config', '--get-urlmatch', 'credential.helper', url], { allowFailure: true });
  const hasHeader = headers.code === 0 && headers.stdout.trim() !== '';
  const hasHelper = helpers.code === 0 && helpers.stdout.trim() !== '';
  if (!hasUserinfo && !hasHeader && !hasHelper) {
    throw new SettingsError([
      {
        message:
          `No credentials to push to ${displayUrl}: give a token with {{token}} (e.g. token: \${{ secrets.GITHUB_TOKEN }} with "permissions: contents: write"; ` +
          'RELFORGE_TOKEN on the command line), or check out with actions/checkout "persist-credentials: true", or do not push ({{push}}: false). Nothing was created or pushed.',
      },
    ]);
  }
  return { remote, displayUrl, env: {}, auth: 'existing' };
}

export interface RemoteRef {
  name: string;
  /** The commit (annotated tags peeled). */
  commit: string;
}

/** A remote ref: the object it names, and for an annotated tag the commit it peels to. */
export interface RemoteRefValue {
  object: string;
  peeled?: string;
}

/**
 * Remote refs matching `patterns` (`git ls-remote`, one process), by full name (`refs/tags/v1.2.3`), with
 * the object each names and, for annotated tags, the commit it peels to.
 */
export async function lsRemoteRefs(git: Git, access: RemoteAccess, patterns: string[]): Promise<Map<string, RemoteRefValue>> {
  // One process; without --refs git also prints "<sha>\t<tag>^{}" (the commit of an annotated tag).
  const all = [...patterns, ...patterns.filter((p) => !p.endsWith('*')).map((p) => `${p}^{}`)];
  const r = await git.run(['ls-remote', '--', access.remote, ...all], { env: access.env, allowFailure: true });
  if (r.code !== 0) {
    throw new RelforgeError(
      `Could not list refs of the remote "${access.remote}" (${access.displayUrl}): ${redact(r.stderr.trim()) || `exit ${r.code}`}. ` +
        'Check the token (and network access), or do not push.',
    );
  }
  const refs = new Map<string, RemoteRefValue>();
  const peeled = new Map<string, string>();
  for (const line of r.stdout.split('\n')) {
    const [sha, ref] = line.split('\t');
    if (!sha || !ref) continue;
    if (ref.endsWith('^{}')) peeled.set(ref.slice(0, -3), sha);
    else refs.set(ref, { object: sha });
  }
  for (const [ref, sha] of peeled) {
    const v = refs.get(ref);
    if (v) v.peeled = sha;
  }
  return refs;
}

/** Remote refs matching `patterns`, annotated tags peeled to their commits (see lsRemoteRefs). */
export async function lsRemote(git: Git, access: RemoteAccess, patterns: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [ref, v] of await lsRemoteRefs(git, access, patterns)) out.set(ref, v.peeled ?? v.object);
  return out;
}

/** Runs `git push` with the access environment; failures become a clear, secret-free message. */
export async function push(git: Git, access: RemoteAccess, refspecs: string[], opts: { atomic?: boolean; leases?: string[]; what: string }): Promise<void> {
  const args = ['push', '--porcelain'];
  if (opts.atomic) args.push('--atomic');
  for (const l of opts.leases ?? []) args.push(`--force-with-lease=${l}`);
  args.push('--', access.remote, ...refspecs);
  const r = await git.run(args, { env: access.env, allowFailure: true });
  if (r.code !== 0) {
    const detail = redact(`${r.stderr}\n${r.stdout}`.trim());
    let hint = '';
    if (/protected branch|GH006|GH013|not allowed to push|pre-receive hook declined|push declined/i.test(detail)) {
      hint = ' The server refused it (branch protection or a server hook): let this identity push (e.g. a RELEASE_TOKEN of a bot allowed to bypass protection) or release from an unprotected branch. Nothing was pushed.';
    } else if (/stale info|fetch first|non-fast-forward|cannot lock ref|but expected/i.test(detail)) {
      hint = ' The remote changed since this checkout (someone pushed): nothing was pushed. Re-run on the new head.';
    } else if (/already exists/i.test(detail)) {
      hint = ' The tag already exists on the remote (pushed by another run?). Nothing was overwritten.';
    } else if (/authentication|could not read username|403|401|permission|denied/i.test(detail)) {
      hint = ' The credentials were refused: check the token and that it may push (permissions: contents: write).';
    }
    throw new RelforgeError(`Pushing ${opts.what} to "${access.remote}" (${access.displayUrl}) failed.${hint}\n${detail}`);
  }
}
