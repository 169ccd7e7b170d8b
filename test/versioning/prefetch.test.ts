/**
 * The next-version entry's prelude (src/actions/next-version.prelude.ts) guesses the early walk from the inputs,
 * and computeNextVersion adopts it only when the settings ask for exactly that walk. The adopted walk is told
 * apart by the history: a commit made after the prelude ran is not in it, and is in a walk started afresh.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { discardPrefetched, takePrefetched } from '../../src/git/process.js';
import { computeNextVersion } from '../../src/versioning/next-version.js';
import { useRepos, type TestRepo } from '../helpers/repo.js';

const repo = useRepos();
const INPUTS = ['INPUT_PATH', 'INPUT_TAG-PREFIX', 'INPUT_COMPONENTS', 'INPUT_INCLUDE-PATHS', 'INPUT_VERSIONING'];
const saved = new Map(INPUTS.map((k) => [k, process.env[k]]));
beforeEach(() => vi.resetModules());
afterEach(() => {
  discardPrefetched();
  for (const [k, v] of saved) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

/** Runs the prelude with these inputs, as dist/next-version/index.js does before loading the action. */
async function prelude(inputs: Record<string, string>): Promise<void> {
  for (const k of INPUTS) delete process.env[k];
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
  await import('../../src/actions/next-version.prelude.js');
  await new Promise((done) => setTimeout(done, 200)); // git has walked before relforge asks
}

function released(r: TestRepo, prefix = 'v'): void {
  r.commit('chore: init');
  r.tag(`${prefix}1.0.0`);
  r.commit('fix: one');
}

describe('the prelude of next-version', () => {
  it('with the default inputs, starts the very walk computeNextVersion then adopts', async () => {
    const r = repo();
    released(r);
    await prelude({ path: r.dir });
    r.commit('feat!: after the prelude');
    const res = await computeNextVersion({ cwd: r.dir });
    expect(res).toMatchObject({ version: '1.0.1', bump: 'patch', commits: 1, previousTag: 'v1.0.0' }); // the walk of before
    const again = await computeNextVersion({ cwd: r.dir });
    expect(again).toMatchObject({ version: '2.0.0', bump: 'major', commits: 2 }); // walked afresh
  });

  it('a path relative to the working directory and a tag prefix ("none": no prefix) are the settings\' own', async () => {
    const r = repo();
    released(r, '');
    const cwd = process.cwd();
    process.chdir(r.dir);
    try {
      await prelude({ path: '.', 'tag-prefix': 'none' });
      r.commit('feat!: after the prelude');
      expect(await computeNextVersion({ cwd: '.', tagPrefix: '' })).toMatchObject({ version: '1.0.1', commits: 1, previousTag: '1.0.0' });
    } finally {
      process.chdir(cwd);
    }
  });

  it('a guess the settings do not ask for is not used, and is killed', async () => {
    const r = repo();
    released(r);
    await prelude({ path: r.dir, 'tag-prefix': 'x-' });
    r.commit('feat!: after the prelude');
    expect(await computeNextVersion({ cwd: r.dir, tagPrefix: 'v' })).toMatchObject({ version: '2.0.0', commits: 2 });
    expect((globalThis as Record<symbol, unknown[]>)[Symbol.for('relforge.git.prefetched')]).toEqual([]);
  });

  it('starts nothing for components, path filters or independent versioning', async () => {
    const r = repo();
    released(r);
    const cases: Record<string, string>[] = [{ components: 'a:\n  paths: [a]\n' }, { 'include-paths': 'src' }, { versioning: 'independent' }];
    for (const inputs of cases) {
      vi.resetModules();
      await prelude({ path: r.dir, ...inputs });
      expect((globalThis as Record<symbol, unknown[]>)[Symbol.for('relforge.git.prefetched')] ?? []).toEqual([]);
    }
    expect(takePrefetched(r.dir, [])).toBeUndefined();
  });
});
