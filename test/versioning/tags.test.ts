/**
 * Tag schemes, components, existing tags, ordering against prereleases and the prefix hint — real git in
 * temporary repositories (histories built to show each case; versions written down by hand).
 */
import { describe, expect, it, vi } from 'vitest';
import { useRepos, type TestRepo } from '../helpers/repo.js';
import { computeNextVersion } from '../../src/versioning/next-version.js';
import { generateChangelog } from '../../src/versioning/changelog.js';
import { cutPrerelease } from '../../src/versioning/prerelease.js';
import { planRelease } from '../../src/versioning/plan.js';
import { runCommand } from '../../src/cli/args.js';
import nextCommand from '../../src/cli/next-version.js';
import changelogCommand from '../../src/cli/changelog.js';
import planCommand from '../../src/cli/plan.js';
import prereleaseCommand from '../../src/cli/prerelease.js';

const repo = useRepos();

/** vite-like monorepo: vite tagged v…, create-vite tagged create-vite@…, a scoped package @scope/api-v…. */
function monorepo(): TestRepo {
  const r = repo();
  r.commit('chore: init', {
    'packages/vite/package.json': '{\n  "name": "vite",\n  "version": "6.0.0"\n}\n',
    'packages/create-vite/package.json': '{\n  "name": "create-vite",\n  "version": "9.1.1"\n}\n',
    'packages/api/package.json': '{\n  "name": "@scope/api",\n  "version": "2.0.3"\n}\n',
  });
  r.tag('v6.0.0');
  r.tag('create-vite@9.1.1');
  r.tag('@scope/api-v2.0.3');
  r.commit('feat(create-vite): add a template', { 'packages/create-vite/t.txt': '1' });
  r.commit('fix(vite): hmr', { 'packages/vite/x.ts': '1' });
  r.commit('fix(api): typo', { 'packages/api/x.ts': '1' });
  return r;
}

const COMPONENTS = `
vite:
  tag-prefix: v
  paths: [packages/vite]
  manifests: [packages/vite/package.json]
create-vite:
  tag-prefix: create-vite@
  paths: [packages/create-vite]
  manifests: [packages/create-vite/package.json]
"@scope/api":
  tag-prefix: "@scope/api-v"
  paths: [packages/api]
  manifests: [packages/api/package.json]
`;

describe('tag schemes of monorepos', () => {
  it('independent components with their own tag prefixes (create-vite@, @scope/api-v, v)', async () => {
    const r = monorepo();
    const res = await computeNextVersion({ cwd: r.dir, components: COMPONENTS, versioning: 'independent' });
    const by = Object.fromEntries(res.components.map((c) => [c.name, c]));
    expect(by.vite).toMatchObject({ previousTag: 'v6.0.0', version: '6.0.1', tag: 'v6.0.1', commits: 1 });
    expect(by['create-vite']).toMatchObject({ previousTag: 'create-vite@9.1.1', version: '9.2.0', tag: 'create-vite@9.2.0', commits: 1 });
    expect(by['@scope/api']).toMatchObject({ previousTag: '@scope/api-v2.0.3', version: '2.0.4', tag: '@scope/api-v2.0.4' });
  });

  it('one package of many with plain v tags: include-paths on next-version, changelog and plan (library and CLI)', async () => {
    const r = monorepo();
    const paths = ['packages/vite/**'];
    expect(await computeNextVersion({ cwd: r.dir, includePaths: paths })).toMatchObject({ previousTag: 'v6.0.0', version: '6.0.1', commits: 1, includePaths: paths });
    const notes = await generateChangelog({ cwd: r.dir, version: '6.0.1', includePaths: paths });
    expect(notes.notes).toMatch(/^### Bug Fixes\n\n- \*\*vite:\*\* hmr$/m);
    expect(notes.notes).not.toMatch(/template|typo/);
    const plan = await planRelease({ cwd: r.dir, channel: 'stable', includePaths: paths });
    expect(plan).toMatchObject({ releasable: true, version: '6.0.1', tag: 'v6.0.1' });
    // the same flag on every command (and the old --include-path spelling still works)
    const out: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    try {
      await runCommand(nextCommand, ['--path', r.dir, '--include-paths', 'packages/vite/**', '--json']);
      expect(JSON.parse(out.pop()!)).toMatchObject({ version: '6.0.1' });
      await runCommand(changelogCommand, ['--path', r.dir, '--version', '6.0.1', '--include-path', 'packages/vite/**']);
      expect(out.pop()).toContain('hmr');
      await runCommand(planCommand, ['--path', r.dir, '--include-paths', 'packages/vite/**']);
      expect(out.pop()).toMatch(/^version:\s+6\.0\.1$/m);
    } finally {
      spy.mockRestore();
    }
  });

  it('changelog and plan take the same components: one component\'s notes under its own tags', async () => {
    const r = monorepo();
    const notes = await generateChangelog({ cwd: r.dir, version: '9.2.0', components: COMPONENTS, versioning: 'independent', component: 'create-vite' });
    expect(notes).toMatchObject({ tag: 'create-vite@9.2.0', previousTag: 'create-vite@9.1.1' });
    expect(notes.notes).toMatch(/^- \*\*create-vite:\*\* add a template$/m);
    expect(notes.notes).not.toMatch(/hmr|typo/);
    await expect(generateChangelog({ cwd: r.dir, version: '9.2.0', components: COMPONENTS, versioning: 'independent' })).rejects.toThrow(
      /Input "component" is required with versioning: independent: name the component whose notes to write \(vite, create-vite, @scope\/api\)/,
    );
    const plan = await planRelease({ cwd: r.dir, channel: 'stable', components: COMPONENTS, versioning: 'independent' });
    if (!plan.releasable || plan.prerelease) throw new Error('expected a stable plan');
    expect(plan.releases.map((x) => [x.component, x.tag])).toEqual([
      ['vite', 'v6.0.1'],
      ['create-vite', 'create-vite@9.2.0'],
      ['@scope/api', '@scope/api-v2.0.4'],
    ]);
    expect(plan.releases[1]!.changelog.notes).toContain('add a template');
    expect(plan.files).toEqual(['packages/api/package.json', 'packages/create-vite/package.json', 'packages/vite/package.json', 'CHANGELOG.md']);
  });

  it('a tag prefix git refuses is reported by field, the same on every command', async () => {
    const r = monorepo();
    for (const run of [
      () => computeNextVersion({ cwd: r.dir, tagPrefix: 'a..b' }),
      () => generateChangelog({ cwd: r.dir, version: '1.0.0', tagPrefix: 'a..b' }),
      () => planRelease({ cwd: r.dir, channel: 'stable', tagPrefix: 'a..b' }),
      () => cutPrerelease({ cwd: r.dir, tagPrefix: 'a..b', push: false }),
    ]) {
      await expect(run()).rejects.toThrow(/Input "tag-prefix" \("a\.\.b"\) cannot start a git tag name/);
    }
  });

  it('a component name git refuses inside a tag (a..b, a//b, a/.b, x.lock/y) is refused by the settings, naming it, before git runs', async () => {
    const r = monorepo();
    const before = r.git('tag', '-l');
    for (const name of ['a..b', 'a//b', 'a/.b', 'x.lock/y']) {
      // independent expectation: git itself refuses the tag this component would get
      expect(() => r.git('check-ref-format', `refs/tags/${name}-v1.0.0`), name).toThrow();
      const components = `"${name}":\n  paths: [packages/vite]\n`;
      const problem = new RegExp(`Input "components" \\(component "${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"\\): the name cannot be part of a git tag name`);
      for (const run of [
        () => computeNextVersion({ cwd: r.dir, components, versioning: 'independent' }),
        () => cutPrerelease({ cwd: r.dir, push: false, nextVersion: { components, versioning: 'independent' } }),
        () => planRelease({ cwd: r.dir, channel: 'stable', components, versioning: 'independent' }),
      ]) {
        await expect(run(), name).rejects.toThrow(problem);
      }
    }
    expect(r.git('tag', '-l')).toBe(before);
    // names git accepts stay accepted
    const fresh = repo();
    fresh.commit('feat: x', { 'packages/vite/x.ts': '1' });
    for (const name of ['@scope/api.x', 'create-vite', 'a.b/c']) {
      r.git('check-ref-format', `refs/tags/${name}-v1.0.0`);
      const res = await computeNextVersion({ cwd: fresh.dir, components: `"${name}":\n  paths: [packages/vite]\n`, versioning: 'independent' });
      expect(res.components[0]!.name).toBe(name);
    }
  });
});

describe('a proposed version never exists already and never sorts below a reachable prerelease', () => {
  it('tauri: the stable version is lifted above the reachable rc of its line (and says so)', async () => {
    const r = repo();
    r.history(['feat: 1.x', 'bundler-v1.5.0'], ['feat!: 2.0 work', 'bundler-v2.0.1-rc.15'], 'feat: more');
    const res = await computeNextVersion({ cwd: r.dir, tagPrefix: 'bundler-v' });
    expect(res).toMatchObject({ previousTag: 'bundler-v1.5.0', version: '2.0.1', tag: 'bundler-v2.0.1', lifted: { from: '2.0.0', to: '2.0.1', above: 'bundler-v2.0.1-rc.15' } });
    const plan = await planRelease({ cwd: r.dir, channel: 'stable', tagPrefix: 'bundler-v' });
    expect(plan).toMatchObject({ version: '2.0.1' });
    if (!plan.releasable) throw new Error('expected a release');
    expect(plan.next!.reason).toMatch(/lifted from 2\.0\.0 to 2\.0\.1, because the prerelease bundler-v2\.0\.1-rc\.15 is reachable from HEAD/);
  });

  it('tauri: a proposed tag that exists on another branch is refused, naming it', async () => {
    const r = repo();
    r.history(['feat: base', 'bundler-v1.5.0']);
    r.onBranch('1.x', () => r.history(['feat: backport', 'bundler-v1.6.0']));
    r.commit('feat: on main');
    const sha = r.git('rev-parse', 'bundler-v1.6.0');
    await expect(computeNextVersion({ cwd: r.dir, tagPrefix: 'bundler-v' })).rejects.toThrow(
      new RegExp(`The proposed tag bundler-v1\\.6\\.0 already exists, on commit ${sha.slice(0, 12)} \\(on 1\\.x\\), which is not an ancestor of HEAD \\(another branch, or a later commit\\)`),
    );
  });

  it('a prerelease whose next version was released on a release branch is refused with the way out: --base (CLI) / Input "base" (action)', async () => {
    const r = repo();
    r.history(['feat: base', 'v1.5.0']);
    r.onBranch('release/1.6', () => r.history(['feat: on the release branch', 'v1.6.0']));
    r.commit('feat: on main');
    const before = r.git('tag', '-l');
    await expect(cutPrerelease({ cwd: r.dir, push: false })).rejects.toThrow(
      /The proposed tag v1\.6\.0 already exists, on commit [0-9a-f]{12} \(on release\/1\.6\).*For a prerelease of the next line, set "base" to a version above it \(e\.g\. 1\.7\.0\); or tag from the branch that carries v1\.6\.0\. Nothing was changed\./,
    );
    const err = await runCommand(prereleaseCommand, ['--path', r.dir, '--no-push']).catch((e: Error) => e);
    expect(String((err as Error).message)).toMatch(/set --base to a version above it \(e\.g\. 1\.7\.0\)/);
    await expect(planRelease({ cwd: r.dir, channel: 'beta' })).rejects.toThrow(/set "base" to a version above it/);
    // the stable run names the branch and says what a prerelease would do
    await expect(computeNextVersion({ cwd: r.dir })).rejects.toThrow(/Release from the branch that carries the tag, or merge it \(a prerelease would set "base" to a version above it \(e\.g\. 1\.7\.0\)\)/);
    // the way out works
    expect(await cutPrerelease({ cwd: r.dir, push: false, base: '1.7.0' })).toMatchObject({ tag: 'v1.7.0-beta.1' });
    expect(r.git('tag', '-l').split('\n').filter((t) => !before.split('\n').includes(t))).toEqual(['v1.7.0-beta.1']);
  });

  it('plan notes a proposed tag that exists only on the remote', async () => {
    const r = repo();
    r.history(['feat: base', 'v1.0.0'], 'fix: x');
    r.git('push', '-q', 'origin', 'main', '--tags');
    r.remoteGit('tag', 'v1.0.1', 'main');
    const plan = await planRelease({ cwd: r.dir, channel: 'stable' });
    expect(plan.notes.join('\n')).toMatch(/v1\.0\.1 already exists on "origin": release-commit would refuse it/);
  });

  it('a new prerelease never sorts below an existing prerelease of the same version (alpha after beta, beta after rc)', async () => {
    const r = repo();
    r.history(['feat: base', 'v25.0.0'], ['fix: x', 'v25.0.1-beta.3'], 'fix: y');
    await expect(cutPrerelease({ cwd: r.dir, channel: 'alpha', push: false })).rejects.toThrow(/v25\.0\.1-alpha\.1 would sort below the existing prerelease v25\.0\.1-beta\.3/);
    r.tag('v25.0.1-rc.5');
    r.commit('fix: z');
    await expect(cutPrerelease({ cwd: r.dir, channel: 'beta', push: false })).rejects.toThrow(/v25\.0\.1-beta\.4 would sort below the existing prerelease v25\.0\.1-rc\.5/);
    expect(await cutPrerelease({ cwd: r.dir, channel: 'rc', push: false })).toMatchObject({ tag: 'v25.0.1-rc.6' });
    expect(r.git('tag', '-l', 'v25.0.1-*').split('\n').sort()).toEqual(['v25.0.1-beta.3', 'v25.0.1-rc.5', 'v25.0.1-rc.6']);
  });
});

describe('no tag matches the prefix but other version tags do', () => {
  it('stable fails naming the prefix that would match; beta warns and goes on', async () => {
    const r = repo();
    r.history(['feat: a', '1.2.0'], ['feat: b', '2.0.0']);
    for (let i = 0; i < 3; i++) r.commit(`fix: c${i}`);
    await expect(computeNextVersion({ cwd: r.dir })).rejects.toThrow(
      /Input "tag-prefix" matches no tag reachable from HEAD \("v"\), but release tags with another prefix are reachable — none \(no prefix\): 2 tag\(s\) up to 2\.0\.0\. Set "tag-prefix" to none to continue from 2\.0\.0/,
    );
    await expect(planRelease({ cwd: r.dir, channel: 'stable' })).rejects.toThrow(/Set "tag-prefix" to none/);
    const beta = await cutPrerelease({ cwd: r.dir, push: false, dryRun: true });
    expect(beta.notes.join('\n')).toMatch(/tag-prefix matches no tag .*Set tag-prefix to none/);
    // with the suggested prefix the history continues from 2.0.0
    expect(await computeNextVersion({ cwd: r.dir, tagPrefix: '' })).toMatchObject({ previousTag: '2.0.0', version: '2.0.1' });
    const out: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    try {
      await runCommand(nextCommand, ['--path', r.dir, '--tag-prefix', 'none', '--json']);
      expect(JSON.parse(out.join('\n'))).toMatchObject({ previousTag: '2.0.0', tag: '2.0.1' });
    } finally {
      spy.mockRestore();
    }
  });

  it('renovate at 11.35.5 with no prefix: only UNREACHABLE tags match it, v11.35.4 is reachable → refused, naming v', async () => {
    const r = repo();
    // the old 2.x line (no prefix) lives on a branch HEAD does not contain
    r.commit('chore: init');
    r.onBranch('old-2.x', () => r.history(['feat: old', '2.0.0'], ['fix: old fix', '2.0.1']));
    r.history(['feat: current', 'v11.35.3'], ['fix: current', 'v11.35.4'], 'fix: next');
    await expect(computeNextVersion({ cwd: r.dir, tagPrefix: '' })).rejects.toThrow(
      /Input "tag-prefix" matches no tag reachable from HEAD \(no prefix\) \(2 tag\(s\) of it exist, none reachable from HEAD\), but release tags with another prefix are reachable — "v": 2 tag\(s\) up to v11\.35\.4\. Set "tag-prefix" to v to continue from v11\.35\.4/,
    );
    expect(await computeNextVersion({ cwd: r.dir })).toMatchObject({ previousTag: 'v11.35.4', version: '11.35.5' });
  });

  it('the suggested prefix is the line HEAD was tagged with most recently, not the one with the most tags', async () => {
    const r = repo();
    // many old tags of another package's line, then the current line (fewer tags, more recent)
    for (let i = 0; i < 5; i++) r.history([`feat: cli ${i}`, `conventional-changelog-cli@1.${i}.0`]);
    r.history(['feat: angular', 'conventional-changelog-angular-v8.0.0'], 'fix: angular');
    await expect(computeNextVersion({ cwd: r.dir })).rejects.toThrow(
      /"conventional-changelog-angular-v": 1 tag\(s\) up to conventional-changelog-angular-v8\.0\.0; "conventional-changelog-cli@": 5 tag\(s\) up to conventional-changelog-cli@1\.4\.0\. Set "tag-prefix" to conventional-changelog-angular-v to continue/,
    );
  });
});
