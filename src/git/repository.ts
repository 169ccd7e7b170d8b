/**
 * Git adapter: runs `git` with argument arrays (node:child_process, no shell; no PATH lookup per call as
 * @actions/exec does, which cost ~10 ms per git process on a loaded runner).
 * Queries are bulk: one git process per question, never one per commit or per tag.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { RelforgeError, SettingsError } from '../platform/errors.js';
import { redact } from '../platform/secrets.js';
import { gitEnv, listenGit, startGit, takePrefetched, type GitListener } from './process.js';
import { parseRefTargets, parseRepositoryState, REPOSITORY_STATE_ARGS } from './core/refs.js';
import { LOG_FORMAT, LogStreamParser, parseLogOutput, streamLogArgs, type RawCommit, type StreamLogOptions } from './core/log.js';

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface GitRunOptions {
  /** Extra environment (merged over process.env). */
  env?: Record<string, string>;
  /** Bytes to feed on stdin. */
  input?: Buffer;
  /** Do not throw on a non-zero exit. */
  allowFailure?: boolean;
}

/** A git process in `cwd` with our environment (no prompts, C locale); a spawn failure rejects `onError`. */
function spawnGit(cwd: string, args: string[], env: Record<string, string> | undefined, stdin: boolean, onError: (err: RelforgeError) => void): ChildProcess {
  const child = startGit(cwd, args, env, stdin);
  child.on('error', (err) => onError(couldNotRun(err.message)));
  return child;
}

/**
 * git run synchronously in `cwd` with our environment plus `env`: its exit code and output (nothing thrown for a
 * non-zero exit; the "could not run git" error when it cannot start).
 */
export function spawnGitSync(cwd: string, args: string[], env?: Record<string, string>): GitResult {
  const r = spawnSync('git', args, { cwd, env: gitEnv(env), stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw couldNotRun(r.error.message);
  return { code: r.status ?? -1, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

/** git could not be started at all (not installed, not on PATH, no such directory). */
function couldNotRun(message: string): RelforgeError {
  return new RelforgeError(`Could not run git (is it installed and on PATH?): ${redact(message)}`);
}

/**
 * One git command run synchronously, for the few front-end steps that are plain sequences of git commands
 * (`relforge act` preparing its clones): trimmed stdout; a non-zero exit throws the same secret-free error as
 * Git.run, or gives undefined with allowFailure.
 */
export function gitSync(cwd: string, args: string[]): string;
export function gitSync(cwd: string, args: string[], opts: { allowFailure: true }): string | undefined;
export function gitSync(cwd: string, args: string[], opts: { allowFailure?: boolean } = {}): string | undefined {
  let r: GitResult;
  try {
    r = spawnGitSync(cwd, args);
  } catch (err) {
    if (opts.allowFailure) return undefined;
    throw err;
  }
  if (r.code === 0) return r.stdout.trim();
  if (opts.allowFailure) return undefined;
  throw gitFailed(args, r.code, r.stderr.trim() || r.stdout.trim());
}

/** A failed git command, secret-free. */
function gitFailed(args: string[], code: number, detail: string): RelforgeError {
  return new RelforgeError(`git ${redact(args.join(' '))} failed (exit ${code}): ${redact(detail)}`);
}

/** Worded per front end: the `path` option is `"path"` in an action, `--path` on the command line. */
function notARepository(cwd: string, detail: string): SettingsError {
  return new SettingsError([{ message: `${cwd} is not a git repository${detail}. Check out the repository first (actions/checkout with fetch-depth: 0) or set {{path}}.` }]);
}

/** A bare repository has no work tree: it is one, but relforge needs a checkout. */
function bareRepository(cwd: string): SettingsError {
  return new SettingsError([
    { message: `${cwd} is a bare git repository (no work tree). relforge reads a checkout: clone it (git clone ${cwd} <dir>) and run there, or set {{path}} to a work tree.` },
  ]);
}

/** The one query for every tag and the object its ref names (see Git.tagTargets). */
const TAG_TARGETS = ['for-each-ref', '--format=%(refname:strip=2)%00%(objectname)', 'refs/tags'];

export class Git {
  constructor(readonly cwd: string) {}

  /** Runs git; throws a RelforgeError (secret-free) on a non-zero exit unless allowFailure. */
  async run(args: string[], opts: GitRunOptions = {}): Promise<GitResult> {
    const out = await new Promise<GitResult>((resolvePromise, reject) => {
      const child = spawnGit(this.cwd, args, opts.env, !!opts.input, reject);
      const stdout: Buffer[] = [];
      const stderr: Buffer[] = [];
      child.stdout!.on('data', (d: Buffer) => stdout.push(d));
      child.stderr!.on('data', (d: Buffer) => stderr.push(d));
      child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
      if (opts.input) child.stdin!.end(opts.input);
    });
    if (out.code !== 0 && !opts.allowFailure) throw gitFailed(args, out.code, out.stderr.trim() || out.stdout.trim());
    return out;
  }

  /**
   * Runs a QUICK local query (refs, rev-parse: a few ms) synchronously. Node's asynchronous spawn sets up pipes
   * and stream objects on the main thread (4–7 ms for a run's first git process, bench/next-version.mjs); a
   * synchronous one does not, and these queries finish before any other work could overlap them. Never for
   * history walks, network or anything that may take long.
   */
  runQuick(args: string[], opts: Omit<GitRunOptions, 'input'> = {}): GitResult {
    const out = spawnGitSync(this.cwd, args, opts.env);
    if (out.code !== 0 && !opts.allowFailure) throw gitFailed(args, out.code, out.stderr.trim() || out.stdout.trim());
    return out;
  }

  /** Trimmed stdout of a successful command. */
  async text(args: string[], opts: GitRunOptions = {}): Promise<string> {
    return (await this.run(args, opts)).stdout.trim();
  }

  /** Fails with an actionable message when `cwd` is not inside a git work tree. */
  async assertRepository(): Promise<void> {
    const r = await this.run(['rev-parse', '--is-bare-repository', '--is-inside-work-tree'], { allowFailure: true });
    const [bare, inside] = r.stdout.trim().split('\n');
    if (r.code === 0 && bare === 'true') throw bareRepository(this.cwd);
    if (r.code !== 0 || inside !== 'true') {
      throw notARepository(this.cwd, '');
    }
  }

  async head(): Promise<string> {
    return this.text(['rev-parse', 'HEAD']);
  }

  /** Current branch name, or undefined on a detached HEAD. */
  async currentBranch(): Promise<string | undefined> {
    const r = await this.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true });
    return r.code === 0 ? r.stdout.trim() : undefined;
  }

  /**
   * The facts every query needs and the tag list, in one quick synchronous `rev-parse` (REPOSITORY_STATE_ARGS):
   * shallow?, HEAD's commit (undefined on an unborn branch), and every tag with the object its ref names (as
   * tagTargets). Throws the actionable "not a git repository" and "bare repository" errors. Falls back to
   * for-each-ref for the tags when the two listings do not pair up, or when HEAD has no commit (git stops there).
   */
  state(): { shallow: boolean; head?: string; tags: Map<string, string> } {
    const r = this.runQuick(REPOSITORY_STATE_ARGS, { allowFailure: true });
    const facts = parseRepositoryState(r.stdout, r.code === 0);
    this.assertCheckout(facts.bare, facts.insideWorkTree, r.stderr);
    const tags = facts.tags ?? this.tagTargets();
    return { shallow: facts.shallow, ...(facts.head ? { head: facts.head } : {}), tags };
  }

  /** The actionable errors of state(): a bare repository, or not a repository at all (git's reason, redacted). */
  private assertCheckout(bare: boolean, insideWorkTree: boolean, stderr: string): void {
    if (bare) throw bareRepository(this.cwd);
    if (!insideWorkTree) {
      const why = stderr.trim();
      const detail = why && !/not a git repository/i.test(why) ? ` (git says: ${redact(why.split('\n')[0]!)})` : '';
      throw notARepository(this.cwd, detail);
    }
  }

  /** HEAD's commit id, or undefined when the branch has no commits yet. */
  async headCommit(): Promise<string | undefined> {
    const r = await this.run(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { allowFailure: true });
    return r.code === 0 ? r.stdout.trim() : undefined;
  }

  /** Every tag name (reads refs and packed-refs only, no history walk). */
  async tagNames(): Promise<string[]> {
    const out = await this.text(['for-each-ref', '--format=%(refname:strip=2)', 'refs/tags']);
    return out === '' ? [] : out.split('\n');
  }

  /**
   * Every tag with the object its ref names, in one `for-each-ref` (refs and packed-refs; no history walk).
   * For an annotated tag that is the tag object: revision ranges (`<obj>..HEAD`) peel it, and `commitOf`
   * peels one. Not peeling here keeps the query O(refs) without object reads: `%(*objectname)` made it
   * ~3.5× slower on 2,500 tags (bench/next-version.mjs, L). Git.state's tag list when its own pairing fails.
   */
  tagTargets(): Map<string, string> {
    return parseRefTargets(this.runQuick(TAG_TARGETS).stdout);
  }

  /**
   * A nearest tag reachable from `rev` matching the glob `match` and none of `exclude`
   * (`git describe --tags --abbrev=0`), or undefined when there is none.
   */
  async describeNearestTag(match: string, exclude: string[] = [], rev = 'HEAD'): Promise<string | undefined> {
    // --candidates=1: stop at the first matching tag met walking back from `rev` (any reachable match will do for
    // callers that check higher versions themselves; it keeps the walk O(distance to that tag)).
    const args = ['describe', '--tags', '--abbrev=0', '--candidates=1', '--match', match];
    for (const e of exclude) args.push('--exclude', e);
    args.push(rev);
    const r = await this.run(args, { allowFailure: true });
    if (r.code === 0) return r.stdout.trim() || undefined;
    if (/no names found|no tags can describe|cannot describe/i.test(r.stderr)) return undefined;
    throw gitFailed(args, r.code, r.stderr.trim());
  }

  /** True when `ancestor` is reachable from `descendant` (`merge-base --is-ancestor`); false for non-commits. */
  async isAncestor(ancestor: string, descendant = 'HEAD'): Promise<boolean> {
    const r = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { allowFailure: true });
    if (r.code === 0) return true;
    if (r.code === 1) return false;
    return false;
  }

  /** Whether every commit of `commits` is `ancestor` or one of its ancestors (one rev-list, ids on its stdin). */
  async allReachableFrom(commits: string[], ancestor: string): Promise<boolean> {
    if (!commits.length) return true;
    const r = await this.run(['rev-list', '-n', '1', '--stdin'], { input: Buffer.from(`${commits.join('\n')}\n^${ancestor}\n`), allowFailure: true });
    return r.code === 0 && r.stdout.trim() === '';
  }

  /** Refs matching `patterns` (full names) with their commits, annotated tags peeled: one for-each-ref. */
  async localTags(patterns: string[]): Promise<Map<string, string>> {
    const out = await this.text(['for-each-ref', '--format=%(refname)%00%(objectname)%00%(*objectname)', ...patterns]);
    const map = new Map<string, string>();
    for (const line of out ? out.split('\n') : []) {
      const [ref, obj, peeled] = line.split('\0');
      if (ref) map.set(ref, peeled || obj!);
    }
    return map;
  }

  /** Which of `tags` are reachable from `rev`: one `for-each-ref --merged` query limited to those refs. */
  async tagsMergedInto(tags: string[], rev = 'HEAD'): Promise<Set<string>> {
    if (!tags.length) return new Set();
    const out = await this.text(['for-each-ref', `--merged=${rev}`, '--format=%(refname:strip=2)', ...tags.map((t) => `refs/tags/${t}`)]);
    return new Set(out === '' ? [] : out.split('\n'));
  }

  /** Which of `tags` are reachable from `rev`, with their dates (unix seconds; the tagger's, else the commit's). */
  async tagDatesMergedInto(tags: string[], rev = 'HEAD'): Promise<Map<string, number>> {
    const map = new Map<string, number>();
    if (!tags.length) return map;
    const out = await this.text(['for-each-ref', `--merged=${rev}`, '--format=%(refname:strip=2)%00%(creatordate:unix)', ...tags.map((t) => `refs/tags/${t}`)]);
    for (const line of out ? out.split('\n') : []) {
      const [tag, date] = line.split('\0');
      if (tag) map.set(tag, Number(date) || 0);
    }
    return map;
  }

  /** The commit a ref points to (annotated tags peeled). */
  async commitOf(ref: string): Promise<string> {
    return this.text(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  }

  /**
   * Commits of a revision range in ONE `git log` (NUL-separated, newest first): full messages, the tags on each
   * commit, and with `files` the changed paths (no rename detection, so a move counts for both sides).
   */
  async logCommits(range: string[], opts: { files?: boolean } = {}): Promise<RawCommit[]> {
    // git writes the (possibly large) log straight to a temp file, read back in one piece: no pipe chunking,
    // one string to parse.
    const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'relforge-git-'));
    const file = join(dir, 'log');
    try {
      const args = ['-c', 'log.showSignature=false', 'log', '-z', `--format=${LOG_FORMAT}`, '--decorate-refs=refs/tags/', '--no-color', `--output=${file}`];
      if (opts.files) args.push('--name-only', '--no-renames');
      args.push(...range, '--');
      await this.run(args);
      return parseLogOutput(readFileSync(file, 'utf8'), !!opts.files);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /**
   * The same commits as logCommits, handed to `onCommit` while git still writes (one pass, nothing buffered
   * but the current record): the caller's work overlaps git's. `reverse`: oldest first. `boundary`: also the
   * boundary commits (marked `boundary`; with `reverse` they come first). `tags: false`: no decorations.
   * An exception thrown by `onCommit` stops git and rejects with it.
   */
  async streamCommits(
    range: string[],
    opts: StreamLogOptions,
    onCommit: (c: RawCommit) => void,
  ): Promise<void> {
    const args = streamLogArgs(range, opts);
    const parser = new LogStreamParser(!!opts.files, onCommit, !!opts.boundary);
    const stderr: string[] = [];
    let failure: unknown;
    const code = await new Promise<number>((resolvePromise, reject) => {
      // The entry may have started this very command already (git/process.ts): then its output is replayed.
      const prefetched = takePrefetched(this.cwd, args);
      const child = prefetched?.child ?? spawnGit(this.cwd, args, undefined, false, reject);
      const listener: GitListener = {
        stdout: (text) => {
          if (failure !== undefined) return;
          try {
            parser.push(text);
          } catch (err) {
            failure = err;
            child.kill();
          }
        },
        stderr: (text) => stderr.push(text),
        close: (c) => resolvePromise(c ?? -1),
      };
      if (prefetched) prefetched.attach(listener);
      else listenGit(child, listener);
    });
    if (failure !== undefined) throw failure;
    if (code !== 0) throw gitFailed(args, code, stderr.join('').trim());
    parser.end();
  }
}
