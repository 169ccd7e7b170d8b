/**
 * The early walk of next-version (streamReleaseRange's `speculate`): `git log --boundary HEAD --not <every strict
 * tag of the line, by glob>` starts before the tag list is read, and is the range only when its one boundary
 * commit is the highest strict tag's. Checked two ways: which `git log` ran (GIT_TRACE) on histories whose
 * answer is written by hand, and, on random histories with merges and tags of every kind, against the walk
 * without speculation (the range the early walk must reproduce exactly, or leave alone).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useRepos, type TestRepo } from '../helpers/repo.js';
import { computeNextVersion } from '../../src/versioning/next-version.js';
import { readReleaseRange } from '../../src/versioning/release-range.js';
import { Git } from '../../src/git/repository.js';

const repo = useRepos({ withRemote: false });

/** Runs `fn` with GIT_TRACE on; returns its result and the argv of every `git log` it ran. */
async function tracingLogs<T>(fn: () => Promise<T>): Promise<{ result: T; logs: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'relforge-trace-'));
  const trace = join(dir, 'trace');
  process.env.GIT_TRACE = trace;
  try {
    const result = await fn();
    const logs = readFileSync(trace, 'utf8')
      .split('\n')
      .filter((l) => / trace: built-in: git log /.test(l));
    return { result, logs };
  } finally {
    delete process.env.GIT_TRACE;
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the early walk', () => {
  it('a linear history: one git log, the early one, and the same answer', async () => {
    const r = repo();
    const [, base] = r.history('chore: init', ['feat: one', 'v1.0.0', { annotated: true }], 'feat: two', ['fix: three', 'v1.1.0-beta.0'], 'fix: four');
    const { result, logs } = await tracingLogs(() => computeNextVersion({ cwd: r.dir }));
    expect(result).toMatchObject({ version: '1.1.0', bump: 'minor', previousTag: 'v1.0.0', commits: 3, baseSha: base, ignoredPrereleaseTags: ['v1.1.0-beta.0'] });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain('--tags=v[0-9]*');
    expect(logs[0]).toContain('--exclude=v*-*');
  });

  it('a tag prefix with a dash: its strict tags are still the ones excluded', async () => {
    const r = repo();
    const [, base] = r.history('chore: init', ['feat: one', 'my-app-v2.0.0'], ['fix: two', 'my-app-v2.0.1-rc.0'], 'fix: three');
    const { result, logs } = await tracingLogs(() => computeNextVersion({ cwd: r.dir, tagPrefix: 'my-app-v' }));
    expect(result).toMatchObject({ version: '2.0.1', previousTag: 'my-app-v2.0.0', commits: 2, baseSha: base, ignoredPrereleaseTags: ['my-app-v2.0.1-rc.0'] });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain('--tags=my-app-v[0-9]*');
  });

  it('a branch forked before the base and merged after it: its fork point is a second boundary commit, below the base', async () => {
    const r = repo();
    r.history('chore: init');
    r.onBranch('topic', () => r.history('feat: on topic'));
    const [base] = r.history(['fix: on main', 'v1.0.0']);
    r.git('merge', '-q', '--no-ff', '-m', 'Merge branch topic', 'topic');
    r.history('fix: after');
    const { result, logs } = await tracingLogs(() => computeNextVersion({ cwd: r.dir }));
    // Since v1.0.0: the merge, the topic's feat, the fix after.
    expect(result).toMatchObject({ version: '1.1.0', previousTag: 'v1.0.0', commits: 3, baseSha: base });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain('--tags=v[0-9]*');
  });

  it('a branch with a tag the glob holds (no strict version) merged after the base: its commits count, so the usual walk decides', async () => {
    const r = repo();
    const [, base] = r.history('chore: init', ['fix: zero', 'v1.0.0']);
    r.onBranch('side', () => r.history(['feat: on side', 'v1.1']));
    r.history('fix: on main');
    r.git('merge', '-q', '--no-ff', '-m', 'Merge branch side', 'side');
    r.history('fix: after');
    const { result, logs } = await tracingLogs(() => computeNextVersion({ cwd: r.dir }));
    // Since v1.0.0: the fix on main, the side's feat (v1.1 is no release), the merge, the fix after.
    expect(result).toMatchObject({ version: '1.1.0', previousTag: 'v1.0.0', commits: 4, baseSha: base });
    expect(logs).toHaveLength(2);
    expect(logs[1]).toContain('..HEAD');
  });

  it('a maintenance release merged after the base: its commits never count again (the usual walk and its restart)', async () => {
    const r = repo();
    r.history('chore: init', ['feat: one', 'v1.0.0']);
    r.onBranch('maint', () => r.history(['fix: on maint', 'v1.0.1']));
    const [base] = r.history(['feat: two', 'v1.1.0'], 'fix: on main');
    r.git('merge', '-q', '--no-ff', '-m', 'Merge branch maint', 'maint');
    r.history('fix: after');
    const { result, logs } = await tracingLogs(() => computeNextVersion({ cwd: r.dir }));
    // Since v1.1.0: the fix on main, the merge, the fix after (the fix on maint was released as v1.0.1).
    expect(result).toMatchObject({ version: '1.1.1', previousTag: 'v1.1.0', commits: 3, baseSha: base });
    expect(logs.length).toBeGreaterThan(1);
  });

  it('a tag the glob holds but that is no strict version, after the base: the early walk is smaller, so it is dropped', async () => {
    const r = repo();
    const [, base] = r.history('chore: init', ['fix: one', 'v1.0.0'], ['feat: two', 'v1.1'], 'fix: three');
    const { result, logs } = await tracingLogs(() => computeNextVersion({ cwd: r.dir }));
    expect(result).toMatchObject({ version: '1.1.0', previousTag: 'v1.0.0', commits: 2, baseSha: base });
    expect(logs).toHaveLength(2);
  });

  it('no strict tag at all: the early walk is stopped and the whole history is read', async () => {
    const r = repo();
    r.history('chore: init', ['feat: one', 'v0.1.0-beta.0'], 'fix: two');
    const { result } = await tracingLogs(() => computeNextVersion({ cwd: r.dir }));
    expect(result).toMatchObject({ previousVersion: '0.0.0', commits: 3, bump: 'minor' });
    expect(result.previousTag).toBeUndefined();
  });
});

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random history: commits on a few branches, merges both ways, and strict, prerelease, odd and skipped tags. */
function randomHistory(r: TestRepo, seed: number): void {
  const rand = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const branches = ['main'];
  let current = 'main';
  let n = 0;
  const tagged = new Set<string>();
  let release = [1, 0, 0];
  r.commit('chore: init');
  for (let step = 0; step < 24; step++) {
    const x = rand();
    if (x < 0.55) r.commit(pick(['feat: f', 'fix: x', 'chore: c', 'feat!: big']) + ` ${++n}`);
    else if (x < 0.6) {
      const name = `b${branches.length}`;
      r.git('checkout', '-q', '-b', name);
      branches.push(name);
      current = name;
    } else if (x < 0.71 && branches.length > 1) {
      current = pick(branches);
      r.git('checkout', '-q', current);
    } else if (x < 0.79 && branches.length > 1) {
      const other = pick(branches.filter((b) => b !== current));
      r.git('merge', '-q', '--no-ff', '-m', `Merge ${other}`, other);
    } else {
      // Versions mostly rise with time, as releases do; now and then a lower one (a maintenance line).
      if (rand() < 0.8) release = [release[0]!, release[1]! + 1, 0];
      const v = rand() < 0.2 ? `0.${Math.floor(rand() * 3)}.${Math.floor(rand() * 3)}` : release.join('.');
      const name = pick([`v${v}`, `v${v}`, `v${v}-beta.${n}`, `v${v.split('.').slice(0, 2).join('.')}`, `other-v${v}`]);
      const annotated = rand() < 0.3;
      if (!tagged.has(name)) r.tag(name, { annotated });
      tagged.add(name);
    }
  }
  r.git('checkout', '-q', rand() < 0.7 ? 'main' : pick(branches));
  r.commit('fix: last');
}

const summary = (x: Awaited<ReturnType<typeof readReleaseRange>>) => ({
  base: x.base.tag,
  baseSha: x.baseSha,
  all: x.all.map((c) => `${c.sha} ${(c.tags ?? []).join(',')}`),
});

describe('the early walk on random histories', () => {
  it('gives exactly the range of the usual walk (or is not used)', async () => {
    let used = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const r = repo();
      randomHistory(r, seed);
      const git = new Git(r.dir);
      const tags = git.tagTargets(); // for-each-ref: not the rev-parse the action reads them with
      const usual = await readReleaseRange(git, { prefix: 'v', tags, files: false });
      const { result: early, logs } = await tracingLogs(() => readReleaseRange(git, { prefix: 'v', tags, files: false, speculate: true }));
      expect(summary(early), `seed ${seed}`).toEqual(summary(usual));
      if (logs.length === 1 && logs[0]!.includes('--tags=')) used++;
    }
    // Both outcomes happen: the property is not vacuous.
    expect(used).toBeGreaterThan(4);
    expect(used).toBeLessThan(20);
  });
});
