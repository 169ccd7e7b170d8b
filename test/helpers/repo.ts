/**
 * Real git repositories for tests: a work tree with a bare "remote", commits with controlled dates.
 * Uses git directly (child_process with argument arrays), independently of src/git/repository.ts.
 */
import { afterEach } from 'vitest';
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TagOptions {
  annotated?: boolean;
  ref?: string;
  message?: string;
}

/** One commit of `TestRepo.history`: its message, or [message, tag] (and the tag's options) to tag it. */
export type HistoryStep = string | [message: string, tag: string, opts?: TagOptions];

export interface TestRepo {
  dir: string;
  remote: string;
  git(...args: string[]): string;
  /** git in the bare remote (same environment as `git`). */
  remoteGit(...args: string[]): string;
  /** The commit `ref` names in the bare remote, or undefined when the remote has no such ref. */
  remoteCommit(ref: string): string | undefined;
  /** Writes files (path → content) and commits them with `message`; returns the new HEAD sha. */
  commit(message: string, files?: Record<string, string>): string;
  tag(name: string, opts?: TagOptions): void;
  /** Commits the steps in order (empty commits), tagging those that name a tag; returns their shas. */
  history(...steps: HistoryStep[]): string[];
  /** Creates branch `name` at HEAD, runs `build` on it, then checks out the branch that was current again. */
  onBranch(name: string, build: () => void): void;
  head(): string;
  cleanup(): void;
}

let clock = 1_700_000_000;

export function gitEnv(): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.test',
    GIT_COMMITTER_NAME: 'Test Committer',
    GIT_COMMITTER_EMAIL: 'committer@example.test',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
}

/** A value for .git/config: quoted, with `\\` and `"` escaped (git's config syntax). */
function quoteConfigValue(v: string): string {
  return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function createRepo(opts: { withRemote?: boolean; branch?: string } = {}): TestRepo {
  const base = mkdtempSync(join(tmpdir(), 'relforge-repo-'));
  const dir = join(base, 'work');
  const remote = join(base, 'remote.git');
  const branch = opts.branch ?? 'main';
  mkdirSync(dir);
  const run = (cwd: string, args: string[], extraEnv: Record<string, string> = {}) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...gitEnv(), ...extraEnv } }).trim();
  // Two git processes per repository: the settings `git config` and `git remote add origin` would write are
  // appended to .git/config directly (each git process costs milliseconds, and tests create hundreds of repositories).
  run(dir, ['init', '-q', '-b', branch]);
  const config = ['[user]', '\tname = Test Author', '\temail = author@example.test', '[commit]', '\tgpgsign = false', '[tag]', '\tgpgsign = false'];
  if (opts.withRemote !== false) {
    run(base, ['init', '-q', '--bare', '-b', branch, remote]);
    config.push('[remote "origin"]', `\turl = ${quoteConfigValue(remote)}`, '\tfetch = +refs/heads/*:refs/remotes/origin/*');
  }
  appendFileSync(join(dir, '.git', 'config'), `${config.join('\n')}\n`);
  const repo: TestRepo = {
    dir,
    remote,
    git: (...args) => run(dir, args),
    remoteGit: (...args) => run(remote, args),
    remoteCommit(ref) {
      try {
        return run(remote, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
      } catch {
        return undefined;
      }
    },
    commit(message, files = {}) {
      const entries = Object.entries(files);
      if (entries.length === 0) entries.push([`.changes/${clock}.txt`, `${message}\n`]);
      for (const [p, content] of entries) {
        const full = join(dir, p);
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
      run(dir, ['add', '--', ...entries.map(([p]) => p)]);
      clock += 60;
      const date = `${clock} +0000`;
      run(dir, ['commit', '-q', '--allow-empty', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
      return run(dir, ['rev-parse', 'HEAD']);
    },
    tag(name, t = {}) {
      const args = t.annotated ? ['tag', '-a', name, '-m', t.message ?? name] : ['tag', name];
      if (t.ref) args.push(t.ref);
      run(dir, args);
    },
    history(...steps) {
      return steps.map((step) => {
        const [message, tag, tagOpts] = typeof step === 'string' ? [step] : step;
        const sha = repo.commit(message);
        if (tag) repo.tag(tag, tagOpts);
        return sha;
      });
    },
    onBranch(name, build) {
      const current = run(dir, ['symbolic-ref', '--short', 'HEAD']);
      run(dir, ['checkout', '-q', '-b', name]);
      build();
      run(dir, ['checkout', '-q', current]);
    },
    head: () => run(dir, ['rev-parse', 'HEAD']),
    cleanup: () => rmSync(base, { recursive: true, force: true }),
  };
  return repo;
}

/**
 * A `repo()` factory for a test file: every repository it creates is removed after each test
 * (registers one afterEach hook; call it once at the top level of the file).
 */
export function useRepos(defaults: Parameters<typeof createRepo>[0] = {}): (opts?: Parameters<typeof createRepo>[0]) => TestRepo {
  const repos: TestRepo[] = [];
  afterEach(() => {
    while (repos.length) repos.pop()!.cleanup();
  });
  return (opts = defaults) => {
    const r = createRepo(opts);
    repos.push(r);
    return r;
  };
}
