/**
 * Git adapter: runs `git` with argument arrays through @actions/exec (no shell).
 * Queries are bulk: one git process per question, never one per commit or per tag.
 */
import * as exec from '@actions/exec';
import { RelforgeError } from './errors.js';
import { redact } from './secrets.js';

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
        `${this.cwd} is not a git repository. Check out the repository first (actions/checkout with fetch-depth: 0) or set the "path" input.`,
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
}
