/**
 * Git adapter: runs `git` with argument arrays through @actions/exec (no shell).
 * Queries are bulk: one git process per question, never one per commit or per tag.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as exec from '@actions/exec';
import { RelforgeError } from '../platform/errors.js';
import { redact } from '../platform/secrets.js';
import { LOG_FORMAT, parseLogOutput, type RawCommit } from '../versioning/core/commits.js';

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

export class Git {
  constructor(readonly cwd: string) {}

  /** Runs git; throws a RelforgeError (secret-free) on a non-zero exit unless allowFailure. */
  async run(args: string[], opts: GitRunOptions = {}): Promise<GitResult> {
    let res: exec.ExecOutput;
    try {
      res = await exec.getExecOutput('git', args, {
        cwd: this.cwd,
        silent: true,
        ignoreReturnCode: true,
        input: opts.input,
        env: { ...(process.env as Record<string, string>), GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...opts.env },
      });
    } catch (err) {
      throw new RelforgeError(`Could not run git (is it installed and on PATH?): ${redact(String((err as Error).message ?? err))}`);
    }
    const out: GitResult = { code: res.exitCode, stdout: res.stdout, stderr: res.stderr };
    if (out.code !== 0 && !opts.allowFailure) {
      throw new RelforgeError(`git ${redact(args.join(' '))} failed (exit ${out.code}): ${redact(out.stderr.trim() || out.stdout.trim())}`);
    }
    return out;
  }

  /** Trimmed stdout of a successful command. */
  async text(args: string[], opts: GitRunOptions = {}): Promise<string> {
    return (await this.run(args, opts)).stdout.trim();
  }

  /** Fails with an actionable message when `cwd` is not inside a git work tree. */
  async assertRepository(): Promise<void> {
    const r = await this.run(['rev-parse', '--is-inside-work-tree'], { allowFailure: true });
    if (r.code !== 0 || r.stdout.trim() !== 'true') {
      throw new RelforgeError(
        `${this.cwd} is not a git repository. Check out the repository first (actions/checkout with fetch-depth: 0) or set the "path" input (--path on the command line).`,
      );
    }
  }

  async isShallow(): Promise<boolean> {
    return (await this.text(['rev-parse', '--is-shallow-repository'])) === 'true';
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
   * One `rev-parse` for the facts every query needs: inside a work tree?, shallow?, HEAD's commit (undefined on
   * an unborn branch). Throws the actionable "not a git repository" error.
   */
  async probe(): Promise<{ shallow: boolean; head?: string }> {
    const r = await this.run(['rev-parse', '--is-inside-work-tree', '--is-shallow-repository', '--verify', '--quiet', 'HEAD^{commit}'], {
      allowFailure: true,
    });
    const lines = r.stdout.trim().split('\n');
    if (lines[0] !== 'true') {
      const why = r.stderr.trim();
      const detail = why && !/not a git repository/i.test(why) ? ` (git says: ${redact(why.split('\n')[0]!)})` : '';
      throw new RelforgeError(
        `${this.cwd} is not a git repository${detail}. Check out the repository first (actions/checkout with fetch-depth: 0) or set the "path" input (--path on the command line).`,
      );
    }
    const head = r.code === 0 && /^[0-9a-f]{40,64}$/.test(lines[2] ?? '') ? lines[2] : undefined;
    return { shallow: lines[1] === 'true', ...(head ? { head } : {}) };
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
   * ~3.5× slower on 2,500 tags (bench/next-version.mjs, L).
   */
  async tagTargets(): Promise<Map<string, string>> {
    const out = await this.text(['for-each-ref', '--format=%(refname:strip=2)%00%(objectname)', 'refs/tags']);
    const map = new Map<string, string>();
    if (out === '') return map;
    for (const line of out.split('\n')) {
      const i = line.indexOf('\0');
      if (i > 0) map.set(line.slice(0, i), line.slice(i + 1));
    }
    return map;
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
    throw new RelforgeError(`git ${args.join(' ')} failed (exit ${r.code}): ${redact(r.stderr.trim())}`);
  }

  /** True when `ancestor` is reachable from `descendant` (`merge-base --is-ancestor`); false for non-commits. */
  async isAncestor(ancestor: string, descendant = 'HEAD'): Promise<boolean> {
    const r = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { allowFailure: true });
    if (r.code === 0) return true;
    if (r.code === 1) return false;
    return false;
  }

  /** Which of `tags` are reachable from `rev`: one `for-each-ref --merged` query limited to those refs. */
  async tagsMergedInto(tags: string[], rev = 'HEAD'): Promise<Set<string>> {
    if (!tags.length) return new Set();
    const out = await this.text(['for-each-ref', `--merged=${rev}`, '--format=%(refname:strip=2)', ...tags.map((t) => `refs/tags/${t}`)]);
    return new Set(out === '' ? [] : out.split('\n'));
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
    // no per-line processing in @actions/exec, one string to parse.
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
}
