/**
 * Real git repositories for tests: a work tree with a bare "remote", commits with controlled dates.
 * Uses git directly (child_process with argument arrays), independently of src/git/repository.ts.
 */
import { afterEach } from 'vitest';
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** What `git init` writes (every file and folder, with its mode), read once per process and branch name. */
type Skeleton = { path: string; content?: Buffer; mode: number }[];
const skeletons = new Map<string, Skeleton>();

function readTree(root: string, rel = ''): Skeleton {
  const out: Skeleton = [];
  for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
    const path = join(rel, e.name);
    const mode = statSync(join(root, path)).mode & 0o777;
    if (e.isDirectory()) out.push({ path, mode }, ...readTree(root, path));
    else out.push({ path, content: readFileSync(join(root, path)), mode });
  }
  return out;
}

/**
 * Writes what `git init [--bare] -b <branch>` writes into `target`: git runs once per process and branch name (into a
 * scratch folder, removed at once); each repository after that is a copy of its files, with no git process.
 */
function gitInit(target: string, branch: string, bare: boolean): void {
  const key = `${bare ? 'bare' : 'work'}:${branch}`;
  let skeleton = skeletons.get(key);
  if (!skeleton) {
    const scratch = mkdtempSync(join(tmpdir(), 'relforge-repo-init-'));
    try {
      execFileSync('git', ['init', '-q', ...(bare ? ['--bare'] : []), '-b', branch, 'r'], { cwd: scratch, env: { ...process.env, ...gitEnv() } });
      skeleton = readTree(join(scratch, 'r', bare ? '' : '.git'));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    skeletons.set(key, skeleton);
  }
  const root = bare ? target : join(target, '.git');
  mkdirSync(root, { recursive: true });
  for (const e of skeleton) {
    if (e.content) writeFileSync(join(root, e.path), e.content, { mode: e.mode });
    else mkdirSync(join(root, e.path), { mode: e.mode });
  }
}

export function createRepo(opts: { withRemote?: boolean; branch?: string } = {}): TestRepo {
  const base = mkdtempSync(join(tmpdir(), 'relforge-repo-'));
  const dir = join(base, 'work');
  const remote = join(base, 'remote.git');
  const branch = opts.branch ?? 'main';
  mkdirSync(dir);
  const run = (cwd: string, args: string[], extraEnv: Record<string, string> = {}) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...gitEnv(), ...extraEnv } }).trim();
  // No git process per repository (tests create hundreds, each git process costs milliseconds): the work tree and
  // the bare remote are copies of what `git init` wrote once, and the settings `git config` and `git remote add
  // origin` would write are appended to .git/config directly.
  gitInit(dir, branch, false);
  const config = ['[user]', '\tname = Test Author', '\temail = author@example.test', '[commit]', '\tgpgsign = false', '[tag]', '\tgpgsign = false'];
  if (opts.withRemote !== false) {
    gitInit(remote, branch, true);
    config.push('[remote "origin"]', `\turl = ${quoteConfigValue(remote)}`, '\tfetch = +refs/heads/*:refs/remotes/origin/*');
  }
  appendFileSync(join(dir, '.git', 'config'), `${config.join('\n')}\n`);
  /** HEAD's commit as git just wrote it (the loose ref a commit updates), without a git process; rev-parse otherwise. */
  const headAfterCommit = (): string => {
    const head = readFileSync(join(dir, '.git', 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head;
    const loose = join(dir, '.git', head.slice('ref: '.length));
    const sha = existsSync(loose) ? readFileSync(loose, 'utf8').trim() : '';
    return /^[0-9a-f]{40}$/.test(sha) ? sha : run(dir, ['rev-parse', 'HEAD']);
  };
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
      return headAfterCommit();
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
