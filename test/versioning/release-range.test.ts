/**
 * The release range when the speculated base (the repository's highest strict tag) is NOT the base: on an
 * unmerged branch (forked after or before the real base), an annotated base, HEAD on the base itself. The walk of
 * `<highest>..HEAD` is newest first and confirms the base only at its end (its boundary record), so commits handed
 * over for a wrong base must be forgotten. Expectations are written by hand from the history each test builds.
 */
import { describe, expect, it } from 'vitest';
import { useRepos } from '../helpers/repo.js';
import { computeNextVersion } from '../../src/versioning/next-version.js';
import { generateChangelog } from '../../src/versioning/changelog.js';

const repo = useRepos({ withRemote: false });
const entries = (notes: string) => notes.split('\n').filter((l) => l.startsWith('- '));

describe('the speculated base is not the base', () => {
  it('the highest tag is on a branch forked after the base: the commits since the reachable base, once', async () => {
    const r = repo();
    r.history('chore: init', ['feat: one', 'v1.0.0', { annotated: true }], 'fix: a');
    r.onBranch('next', () => r.history('feat: on next', ['feat: more on next', 'v2.0.0']));
    r.history('fix: b', 'perf: c');
    const next = await computeNextVersion({ cwd: r.dir });
    expect(next).toMatchObject({ version: '1.0.1', previousTag: 'v1.0.0', commits: 3, baseSha: r.git('rev-parse', 'v1.0.0^{commit}') });
    expect(next.unreachableHigherTags).toEqual(['v2.0.0']);
    const notes = await generateChangelog({ cwd: r.dir, version: '1.0.1' });
    expect(notes.previousTag).toBe('v1.0.0');
    expect(entries(notes.notes)).toEqual(['- a', '- b', '- c']);
  });

  it('the highest tag is on a branch forked before the base: the walk meets the base tag, the range is still base..HEAD', async () => {
    const r = repo();
    r.history('chore: init', ['feat: zero', 'v0.9.0']);
    r.onBranch('old', () => r.history('feat: on old', ['feat: more on old', 'v3.0.0']));
    r.history('fix: x', ['feat: y', 'v1.0.0'], 'fix: after', 'feat: later');
    const next = await computeNextVersion({ cwd: r.dir });
    expect(next).toMatchObject({ version: '1.1.0', previousTag: 'v1.0.0', commits: 2 });
    const notes = await generateChangelog({ cwd: r.dir, version: '1.1.0' });
    expect(entries(notes.notes)).toEqual(['- later', '- after']); // Features, then Bug Fixes
    expect(notes.commits).toBe(2);
  });

  it('an annotated highest tag that is the base: its commit (not the tag object) is the base commit', async () => {
    const r = repo();
    r.history('chore: init', ['feat: one', 'v1.0.0', { annotated: true }], 'feat: two');
    const next = await computeNextVersion({ cwd: r.dir });
    const commit = r.git('rev-parse', 'v1.0.0^{commit}');
    expect(commit).not.toBe(r.git('rev-parse', 'v1.0.0'));
    expect(next).toMatchObject({ version: '1.1.0', previousTag: 'v1.0.0', commits: 1, baseSha: commit });
  });

  it('HEAD is the (annotated) highest tag: nothing since it', async () => {
    const r = repo();
    r.history('chore: init', ['feat: one', 'v1.0.0', { annotated: true }]);
    const next = await computeNextVersion({ cwd: r.dir });
    expect(next).toMatchObject({ version: '1.0.0', bump: 'none', previousTag: 'v1.0.0', commits: 0, baseSha: r.head() });
  });

  it('HEAD is below the highest tag (checked out behind it): the base is the tag before', async () => {
    const r = repo();
    r.history('chore: init', ['feat: one', 'v1.0.0'], 'fix: two');
    const two = r.head();
    r.history(['feat: three', 'v1.1.0']);
    r.git('checkout', '-q', two);
    const next = await computeNextVersion({ cwd: r.dir });
    expect(next).toMatchObject({ version: '1.0.1', previousTag: 'v1.0.0', commits: 1, unreachableHigherTags: ['v1.1.0'] });
  });
});
