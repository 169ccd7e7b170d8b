/**
 * Prefetched git processes (src/git/process.ts): started ahead of the code that reads them, adopted by
 * Git.streamCommits only for exactly the same directory and arguments, their output replayed whatever happened
 * before the adoption, and killed when nobody adopts them. Adoption is told apart from a fresh run by the history:
 * a commit made after the prefetch started is not in an adopted walk, and is in a fresh one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { streamLogArgs } from '../../src/git/core/log.js';
import { discardPrefetched, prefetchGit, takePrefetched } from '../../src/git/process.js';
import { Git } from '../../src/git/repository.js';
import { useRepos, type TestRepo } from '../helpers/repo.js';

const repo = useRepos();
afterEach(() => discardPrefetched());

const OPTS = { tags: true, boundary: true } as const;

async function walk(dir: string, range: string[]): Promise<string[]> {
  const seen: string[] = [];
  await new Git(dir).streamCommits(range, OPTS, (c) => seen.push(`${c.boundary ? '-' : ''}${c.message.trim()}${c.tags?.length ? ` (${c.tags.join(',')})` : ''}`));
  return seen;
}

function history(r: TestRepo, n: number): void {
  r.commit('chore: init');
  r.tag('v1.0.0');
  for (let i = 1; i <= n; i++) r.commit(`feat: change ${i}`);
}

const exited = (p: { exitCode: number | null; signalCode: string | null }) => p.exitCode !== null || p.signalCode !== null;

describe('prefetchGit', () => {
  it('is adopted for the same directory and arguments: the walk is the one started before the last commit', async () => {
    const r = repo();
    history(r, 3);
    const range = ['v1.0.0..HEAD'];
    prefetchGit(r.dir, streamLogArgs(range, OPTS));
    await new Promise((done) => setTimeout(done, 300)); // git has finished and closed its pipes before anyone listens
    r.commit('feat: after the prefetch');
    expect(await walk(r.dir, range)).toEqual(['feat: change 3', 'feat: change 2', 'feat: change 1', '-chore: init (v1.0.0)']);
    // handed over once: the next walk runs git again and sees the new commit
    expect(await walk(r.dir, range)).toEqual(['feat: after the prefetch', 'feat: change 3', 'feat: change 2', 'feat: change 1', '-chore: init (v1.0.0)']);
  });

  it('replays output larger than a pipe holds, written before and after the adoption', async () => {
    const r = repo();
    r.commit('chore: init');
    r.tag('v1.0.0');
    const body = 'x'.repeat(2000);
    for (let i = 1; i <= 120; i++) r.commit(`feat: change ${i}\n\n${body}`); // ≈ 240 KB of log
    const range = ['v1.0.0..HEAD'];
    prefetchGit(r.dir, streamLogArgs(range, OPTS));
    const fresh: string[] = []; // another command (no decorations): git runs for it
    await new Git(r.dir).streamCommits(range, { ...OPTS, tags: false }, (c) => fresh.push(c.sha));
    const adopted: string[] = [];
    await new Git(r.dir).streamCommits(range, OPTS, (c) => adopted.push(c.sha));
    expect(adopted).toEqual(r.git('rev-list', '--boundary', 'v1.0.0..HEAD').split('\n').map((l) => l.replace(/^-/, '')));
    expect(adopted).toEqual(fresh);
    expect(takePrefetched(r.dir, streamLogArgs(range, OPTS))).toBeUndefined();
  });

  it('is not adopted for other arguments or another directory, and discardPrefetched kills it', async () => {
    const r = repo();
    history(r, 2);
    const other = repo();
    history(other, 1);
    prefetchGit(r.dir, streamLogArgs(['v1.0.0..HEAD'], OPTS));
    const prefetched = (globalThis as Record<symbol, { handle: { child: { exitCode: number | null; signalCode: string | null } } }[]>)[Symbol.for('relforge.git.prefetched')]![0]!.handle.child;
    r.commit('feat: after the prefetch');
    expect(await walk(r.dir, ['HEAD', '--not', 'v1.0.0'])).toEqual(['feat: after the prefetch', 'feat: change 2', 'feat: change 1', '-chore: init (v1.0.0)']);
    expect(await walk(other.dir, ['v1.0.0..HEAD'])).toEqual(['feat: change 1', '-chore: init (v1.0.0)']);
    expect(takePrefetched(r.dir, streamLogArgs(['v1.0.0..HEAD'], { tags: true }))).toBeUndefined(); // no --boundary
    discardPrefetched();
    expect(takePrefetched(r.dir, streamLogArgs(['v1.0.0..HEAD'], OPTS))).toBeUndefined();
    await new Promise((done) => setTimeout(done, 200));
    expect(exited(prefetched)).toBe(true);
  });

  it('a prefetch that cannot start is not there; the walk then reports its own error', async () => {
    const missing = '/nonexistent/relforge-prefetch';
    prefetchGit(missing, streamLogArgs(['HEAD'], OPTS));
    await new Promise((done) => setTimeout(done, 100));
    expect(takePrefetched(missing, streamLogArgs(['HEAD'], OPTS))).toBeUndefined();
    await expect(walk(missing, ['HEAD'])).rejects.toThrow(/Could not run git/);
  });

  it('a failing git is adopted with its exit code and stderr', async () => {
    const r = repo();
    history(r, 1);
    const range = ['v9.9.9..HEAD'];
    prefetchGit(r.dir, streamLogArgs(range, OPTS));
    await expect(walk(r.dir, range)).rejects.toThrow(/^git .* log .* failed \(exit 128\): fatal: bad revision 'v9\.9\.9\.\.HEAD'$/);
  });

  it('RELFORGE_NO_PREFETCH=1 turns it off', () => {
    const r = repo();
    history(r, 1);
    process.env.RELFORGE_NO_PREFETCH = '1';
    try {
      prefetchGit(r.dir, streamLogArgs(['HEAD'], OPTS));
    } finally {
      delete process.env.RELFORGE_NO_PREFETCH;
    }
    expect(takePrefetched(r.dir, streamLogArgs(['HEAD'], OPTS))).toBeUndefined();
  });
});
