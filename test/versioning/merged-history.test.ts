/**
 * The shape of nuxt's history: the old 1.x/2.x line was merged into main with
 * `git merge -s ours --allow-unrelated-histories`, so `v4.1.3..HEAD` holds every legacy commit (a 2020
 * `feat(webpack)!:` among them). A commit contained in ANY reachable release tag never counts again: the
 * release is what happened since v4.1.3 on main, nothing of the legacy line. Expectations are written by hand.
 */
import { describe, expect, it } from 'vitest';
import { useRepos, type TestRepo } from '../helpers/repo.js';
import { computeNextVersion } from '../../src/versioning/next-version.js';
import { generateChangelog } from '../../src/versioning/changelog.js';

const repo = useRepos({ withRemote: false });

/** main released up to v4.1.3; a legacy line (its own root) with old releases and an old breaking change. */
function mergedLegacy(r: TestRepo, opts: { files?: boolean } = {}) {
  const f = (path: string) => (opts.files ? { [path]: path } : {});
  r.commit('feat: the new line', f('packages/nuxt/a.ts'));
  r.tag('v4.0.0', { annotated: true });
  r.commit('fix: a 4.x fix', f('packages/nuxt/b.ts'));
  r.tag('v4.1.3');
  r.git('checkout', '-q', '--orphan', 'legacy');
  r.git('rm', '-rq', '--cached', '.');
  r.git('clean', '-fdq');
  r.commit('feat: legacy start', f('lib/a.js'));
  r.tag('v1.0.0');
  r.commit('feat(webpack)!: drop the old loader', f('packages/nuxt/legacy.js'));
  r.tag('v2.0.0', { annotated: true });
  r.commit('feat(legacy): a 2.x feature', f('packages/nuxt/legacy2.js'));
  r.commit('fix(legacy): a 2.x fix', f('lib/c.js'));
  r.tag('v2.15.8');
  r.git('checkout', '-q', 'main');
  r.git('merge', '-q', '-s', 'ours', '--allow-unrelated-histories', '-m', 'chore: merge the 2.x history', 'legacy');
  const fix = r.commit('fix(nuxt): a new fix', f('packages/nuxt/c.ts'));
  const feat = r.commit('feat(schema): a new feature', f('packages/schema/d.ts'));
  return { fix, feat, merge: r.git('rev-parse', 'HEAD~2') };
}

describe('a merged unrelated history (nuxt): commits of any reachable release tag never count again', () => {
  it('next-version: 4.2.0 from the two new commits, not 5.0.0 from the legacy feat!', async () => {
    const r = repo();
    const { fix, feat } = mergedLegacy(r);
    const next = await computeNextVersion({ cwd: r.dir });
    expect(next).toMatchObject({ version: '4.2.0', bump: 'minor', previousTag: 'v4.1.3', breakingCount: 0 });
    // the merge commit (non-releasing) and the two new ones
    expect(next.commits).toBe(3);
    expect(next.deciding.map((d) => d.sha)).toEqual([feat]);
    expect(next.countsByType).toEqual({ fix: 1, feat: 1, chore: 1 });
    expect(fix).toBeTruthy();
  });

  it('changelog: the notes list only the new commits', async () => {
    const r = repo();
    const { fix, feat } = mergedLegacy(r);
    const res = await generateChangelog({ cwd: r.dir, version: '4.2.0', remoteUrl: 'https://git.example.test/o/r' });
    const noted = new Set([...res.notes.matchAll(/\/commit\/([0-9a-f]{40})\)/g)].map((m) => m[1]));
    expect(noted).toEqual(new Set([fix, feat]));
    expect(res.notes).not.toMatch(/legacy|webpack|Breaking/);
    expect(res).toMatchObject({ previousTag: 'v4.1.3', commits: 3, entries: 2 });
  });

  it('independent components (one log per base, shared): the same rule', async () => {
    const r = repo();
    mergedLegacy(r, { files: true });
    const next = await computeNextVersion({
      cwd: r.dir,
      versioning: 'independent',
      components: 'nuxt:\n  tag-prefix: v\n  paths: [packages/nuxt]\n',
    });
    // packages/nuxt/legacy*.js came with the legacy history (a feat! and a feat): neither counts again.
    expect(next.components[0]).toMatchObject({ name: 'nuxt', previousTag: 'v4.1.3', version: '4.1.4', bump: 'patch', commits: 1 });
  });

  it('with a user cliff.toml the range is the same (no legacy commit in the notes)', async () => {
    const r = repo();
    mergedLegacy(r);
    r.commit('docs: cliff', { 'cliff.toml': '[changelog]\nbody = """\n{% for c in commits %}- {{ c.message }}\n{% endfor %}"""\n[git]\nconventional_commits = true\nfilter_unconventional = false\n' });
    const res = await generateChangelog({ cwd: r.dir, version: '4.2.0', config: 'cliff.toml' });
    expect(res.section).toContain('a new fix');
    expect(res.section).toContain('a new feature');
    expect(res.section).not.toMatch(/legacy|loader/);
  });
});
