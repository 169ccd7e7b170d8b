/**
 * next-version against real git repositories (test/helpers/repo.ts), through the library API and the CLI command.
 * Every expectation is the answer a human derives from the repository's history, written down by hand.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeNextVersion, type NextVersionOptions } from '../../src/versioning/next-version.js';
import cliNextVersion from '../../src/cli/next-version.js';
import { runCommand } from '../../src/cli/args.js';
import { useRepos, gitEnv, type TestRepo } from '../helpers/repo.js';

const repo = useRepos({ withRemote: false });

const next = (r: TestRepo, opts: Partial<NextVersionOptions> = {}) => computeNextVersion({ cwd: r.dir, ...opts });

describe('base tag selection', () => {
  it('betas after a stable tag are ignored: base is the stable tag', async () => {
    const r = repo();
    r.commit('feat: first');
    r.tag('v1.0.0');
    r.commit('feat: new api');
    r.tag('v1.1.0-beta.1');
    r.commit('fix: crash');
    r.tag('v1.1.0-beta.2');
    r.commit('docs: readme');
    const res = await next(r);
    expect(res).toMatchObject({ previousTag: 'v1.0.0', previousVersion: '1.0.0', version: '1.1.0', tag: 'v1.1.0', bump: 'minor', released: true, commits: 3 });
    expect(res.ignoredPrereleaseTags).toEqual(['v1.1.0-beta.2', 'v1.1.0-beta.1']);
    expect(res.baseSha).toBe(r.git('rev-parse', 'v1.0.0^{commit}'));
    expect(res.countsByType).toEqual({ feat: 1, fix: 1, docs: 1 });
    expect(res.deciding.map((d) => d.subject)).toEqual(['feat: new api']);
  });

  it('a beta with a higher version than the last stable is not the base (the git-cliff pitfall)', async () => {
    const r = repo();
    r.commit('feat: one');
    r.tag('v0.2.0');
    r.commit('feat!: new engine');
    r.tag('v0.3.0-beta.7');
    r.tag('v6.0.0-beta.4');
    r.commit('fix: small');
    const res = await next(r);
    // The base stays v0.2.0 (a beta is never a base) and the commits ask for 0.3.0 — but v6.0.0-beta.4 is
    // reachable, and a stable release never sorts below a reachable prerelease: lifted to 6.0.0, and said so.
    expect(res).toMatchObject({ previousTag: 'v0.2.0', version: '6.0.0', tag: 'v6.0.0', bump: 'minor', lifted: { from: '0.3.0', to: '6.0.0', above: 'v6.0.0-beta.4' } });
    expect(res.reason).toMatch(/lifted from 0\.3\.0 to 6\.0\.0, because the prerelease v6\.0\.0-beta\.4 is reachable/);
    expect(res.ignoredPrereleaseTags).toEqual(['v6.0.0-beta.4', 'v0.3.0-beta.7']);
  });

  it('a release tag on a branch not merged into HEAD is ignored', async () => {
    const r = repo();
    r.commit('feat: base');
    r.tag('v1.0.0');
    r.git('checkout', '-q', '-b', 'side');
    r.commit('feat: side work');
    r.tag('v1.5.0');
    r.git('checkout', '-q', 'main');
    r.commit('fix: on main');
    const res = await next(r);
    expect(res).toMatchObject({ previousTag: 'v1.0.0', version: '1.0.1', bump: 'patch', commits: 1 });
    expect(res.unreachableHigherTags).toEqual(['v1.5.0']);
  });

  it('many unmerged higher tags are checked in one query and still ignored', async () => {
    const r = repo();
    r.commit('feat: base');
    r.tag('v1.0.0');
    r.git('checkout', '-q', '-b', 'next');
    for (let i = 1; i <= 6; i++) {
      r.commit(`feat: next ${i}`);
      r.tag(`v2.${i}.0`);
    }
    r.git('checkout', '-q', 'main');
    r.commit('feat: main');
    const res = await next(r);
    expect(res).toMatchObject({ previousTag: 'v1.0.0', version: '1.1.0' });
    expect(res.unreachableHigherTags!.sort()).toEqual(['v2.1.0', 'v2.2.0', 'v2.3.0', 'v2.4.0', 'v2.5.0', 'v2.6.0']);
  });

  it('a higher release that is reachable but farther than a lower one wins (SemVer, not distance)', async () => {
    const r = repo();
    r.commit('feat: a');
    r.tag('v2.0.0');
    r.commit('fix: b');
    r.tag('v1.9.9'); // nearer, lower (a mis-tag)
    r.commit('feat: c');
    const res = await next(r);
    // b is contained in a reachable release tag (v1.9.9): it never counts again, only c does.
    expect(res).toMatchObject({ previousTag: 'v2.0.0', version: '2.1.0', commits: 1 });
  });

  it('a release merged in from a maintenance branch is reachable through the merge', async () => {
    const r = repo();
    r.commit('feat: a');
    r.tag('v1.0.0');
    r.git('checkout', '-q', '-b', 'release-1.x');
    r.commit('fix: hotfix');
    r.tag('v1.0.1');
    r.git('checkout', '-q', 'main');
    r.commit('docs: main side');
    r.git('merge', '-q', '--no-ff', '--no-edit', 'release-1.x');
    r.commit('feat: after merge');
    const res = await next(r);
    expect(res.previousTag).toBe('v1.0.1');
    expect(res.version).toBe('1.1.0');
    // docs, the merge commit and the feat: everything not reachable from v1.0.1
    expect(res.commits).toBe(3);
    expect(res.countsByType['non-conventional']).toBe(1);
  });

  it('lightweight and annotated tags both count', async () => {
    const r = repo();
    r.commit('feat: a');
    r.tag('v1.0.0', { annotated: true });
    r.commit('feat: b');
    r.tag('v1.1.0');
    r.commit('fix: c');
    expect(await next(r)).toMatchObject({ previousTag: 'v1.1.0', version: '1.1.1' });
    r.tag('v1.1.1', { annotated: true, message: 'release 1.1.1' });
    r.commit('feat: d');
    const res = await next(r);
    expect(res).toMatchObject({ previousTag: 'v1.1.1', version: '1.2.0', commits: 1 });
    expect(res.baseSha).toBe(r.git('rev-parse', 'HEAD~1'));
  });

  it('v1.2, v01.2.3, v1.2.3+build and release-1.2.3 are not release tags', async () => {
    const r = repo();
    r.commit('feat: a');
    r.tag('v1.0.0');
    r.commit('feat: b');
    r.tag('v1.2');
    r.tag('v01.2.3');
    r.tag('v1.2.3+build.7');
    r.tag('release-1.2.3');
    r.tag('v1.2.3.4');
    r.commit('fix: c');
    const res = await next(r);
    expect(res).toMatchObject({ previousTag: 'v1.0.0', version: '1.1.0', commits: 2 });
  });

  it('more than 20 near-miss tags in the way: falls back to one reachability query and stays right', async () => {
    const r = repo();
    r.commit('feat: a');
    r.tag('v1.0.0');
    r.git('checkout', '-q', '-b', 'side');
    r.commit('feat: unmerged');
    r.tag('v9.0.0');
    r.git('checkout', '-q', 'main');
    for (let i = 0; i < 22; i++) {
      r.commit(`chore: c${i}`);
      r.tag(`v1.${i}`); // near-miss: not MAJOR.MINOR.PATCH
    }
    r.commit('fix: last');
    const res = await next(r);
    expect(res).toMatchObject({ previousTag: 'v1.0.0', version: '1.0.1', commits: 23 });
  });

  it('a custom tag prefix only sees its own tags', async () => {
    const r = repo();
    r.commit('feat: a');
    r.tag('release-1.2.3');
    r.tag('v9.0.0');
    r.commit('fix: b');
    expect(await next(r, { tagPrefix: 'release-' })).toMatchObject({ previousTag: 'release-1.2.3', version: '1.2.4', tag: 'release-1.2.4' });
    // no bare X.Y.Z tag, but other version tags exist: stable refuses to restart from 0.0.0 and names the prefix
    await expect(next(r, { tagPrefix: '' })).rejects.toThrow(/Input "tag-prefix" matches no tag reachable from HEAD \(no prefix\), but release tags with another prefix are reachable — "release-": 1 tag\(s\) up to release-1\.2\.3; "v": 1 tag\(s\) up to v9\.0\.0\. Set "tag-prefix" to release- to continue/);
    // a prerelease run only warns
    const warned = await next(r, { tagPrefix: '', prefixMismatch: 'warn' });
    expect(warned).toMatchObject({ previousVersion: '0.0.0', version: '0.1.0', tag: '0.1.0', commits: 2 });
    expect(warned.warnings!.join('\n')).toMatch(/tag-prefix matches no tag .*Set tag-prefix to release-/);
  });

  it('HEAD exactly on a release tag: nothing to release', async () => {
    const r = repo();
    r.commit('feat: a');
    r.tag('v3.1.4');
    expect(await next(r)).toMatchObject({ previousTag: 'v3.1.4', version: '3.1.4', tag: 'v3.1.4', bump: 'none', released: false, commits: 0 });
  });
});

describe('no tags', () => {
  it('without a version file the base is 0.0.0 and all history counts', async () => {
    const r = repo();
    r.commit('chore: init');
    r.commit('feat: first feature');
    expect(await next(r)).toMatchObject({ previousVersion: '0.0.0', version: '0.1.0', commits: 2, baseSource: 'none' });
    expect((await next(r)).previousTag).toBeUndefined();
  });

  it('the version file is the base when no release tag exists', async () => {
    const r = repo();
    r.commit('chore: init', { 'package.json': '{\n  "name": "x",\n  "version": "2.3.4"\n}\n' });
    r.tag('v2.4.0-rc.1');
    r.commit('fix: bug');
    const res = await next(r, { versionFile: 'package.json' });
    // 2.3.5 would sort below the reachable v2.4.0-rc.1: lifted to 2.4.0
    expect(res).toMatchObject({ previousVersion: '2.3.4', version: '2.4.0', baseSource: 'version-file', written: [], lifted: { from: '2.3.5', above: 'v2.4.0-rc.1' } });
    expect(res.ignoredPrereleaseTags).toEqual(['v2.4.0-rc.1']);
  });

  it('a regex version file', async () => {
    const r = repo();
    r.commit('chore: init', { 'src/version.py': '__version__ = "0.9.0"\n' });
    r.commit('feat!: break');
    const res = await next(r, { versionFile: 'src/version.py', versionPattern: '^__version__ = "([^"]+)"', pre1: 'major', write: true });
    expect(res).toMatchObject({ previousVersion: '0.9.0', version: '1.0.0', written: ['src/version.py'] });
    expect(readFileSync(join(r.dir, 'src/version.py'), 'utf8')).toBe('__version__ = "1.0.0"\n');
  });
});

describe('bump rules', () => {
  it('no releasable commits: released=false and the version stays', async () => {
    const r = repo();
    r.commit('feat: a');
    r.tag('v1.4.0');
    r.commit('docs: a');
    r.commit('chore: b');
    r.commit('Update README.md');
    r.commit('refactor: c');
    const res = await next(r);
    expect(res).toMatchObject({ version: '1.4.0', tag: 'v1.4.0', bump: 'none', released: false, commits: 4, deciding: [] });
    expect(res.countsByType).toEqual({ docs: 1, chore: 1, 'non-conventional': 1, refactor: 1 });
    expect(await next(r, { releaseTypes: ['feat', 'fix', 'perf', 'refactor'] })).toMatchObject({ version: '1.4.1', bump: 'patch' });
  });

  it('a footer-only breaking change is major', async () => {
    const r = repo();
    r.commit('feat: a');
    r.tag('v1.0.0');
    const sha = r.commit('refactor(core): rework config\n\nThe config file moved.\n\nBREAKING CHANGE: config.yml is now relforge.yml');
    r.commit('feat: other');
    const res = await next(r);
    expect(res).toMatchObject({ version: '2.0.0', bump: 'major', breakingCount: 1 });
    expect(res.deciding).toEqual([{ sha, subject: 'refactor(core): rework config', type: 'refactor', breaking: true }]);
  });

  it('feat(scope)!: is major (the angular-preset pitfall)', async () => {
    const r = repo();
    r.commit('feat: a');
    r.tag('v1.2.3');
    r.commit('feat(i18n)!: drop legacy locales');
    expect(await next(r)).toMatchObject({ version: '2.0.0', bump: 'major' });
  });

  it('pre-1-0: breaking bumps minor by default, 1.0.0 with major', async () => {
    const r = repo();
    r.commit('feat: a');
    r.tag('v0.4.2');
    r.commit('feat!: breaking');
    expect(await next(r)).toMatchObject({ version: '0.5.0', bump: 'minor' });
    expect(await next(r, { pre1: 'minor' })).toMatchObject({ version: '0.5.0' });
    expect(await next(r, { pre1: 'major' })).toMatchObject({ version: '1.0.0', bump: 'major' });
  });
});

describe('monorepo components', () => {
  const COMPONENTS = `
api:
  paths: [packages/api/**]
  manifests: [packages/api/package.json]
web:
  paths: [packages/web]
  manifests: [packages/web/package.json]
core:
  paths: ["crates/core/**"]
  manifests: [crates/core/Cargo.toml]
`;
  const pkg = (name: string, version: string) => `{\n    "name": "${name}",\n    "version": "${version}",\n    "private": true\n}\n`;

  function monorepo(): TestRepo {
    const r = repo();
    r.commit('chore: init', {
      'packages/api/package.json': pkg('api', '1.0.0'),
      'packages/web/package.json': pkg('web', '1.0.0'),
      'crates/core/Cargo.toml': '[package]\n# the core crate\nname = "core"\nversion = "1.0.0"\n',
      'Cargo.lock': 'version = 3\n\n[[package]]\nname = "core"\nversion = "1.0.0"\n\n[[package]]\nname = "libc"\nversion = "1.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n',
    });
    return r;
  }

  it('unified: one version; only changed components are listed and rewritten', async () => {
    const r = monorepo();
    r.tag('v1.0.0');
    r.commit('feat(api): endpoint', { 'packages/api/src/x.ts': 'x' });
    r.commit('docs: root readme', { 'README.md': 'r' });
    r.commit('fix(core): bug', { 'crates/core/src/lib.rs': 'fn x() {}' });
    const dry = await next(r, { components: COMPONENTS });
    expect(dry).toMatchObject({ version: '1.1.0', changedComponents: ['api', 'core'], written: [] });
    expect(dry.components).toEqual([
      { name: 'api', previous: '1.0.0', version: '1.1.0', bump: 'minor', tag: 'v1.1.0', manifests: ['packages/api/package.json'] },
      { name: 'web', previous: '1.0.0', version: '1.0.0', bump: 'none', tag: 'v1.0.0', manifests: ['packages/web/package.json'] },
      { name: 'core', previous: '1.0.0', version: '1.1.0', bump: 'minor', tag: 'v1.1.0', manifests: ['crates/core/Cargo.toml'] },
    ]);
    expect(r.git('status', '--porcelain')).toBe('');
    const res = await next(r, { components: COMPONENTS, write: true });
    expect(res.written).toEqual(['Cargo.lock', 'crates/core/Cargo.toml', 'packages/api/package.json']);
    expect(readFileSync(join(r.dir, 'packages/api/package.json'), 'utf8')).toBe(pkg('api', '1.1.0'));
    expect(readFileSync(join(r.dir, 'packages/web/package.json'), 'utf8')).toBe(pkg('web', '1.0.0'));
    expect(readFileSync(join(r.dir, 'crates/core/Cargo.toml'), 'utf8')).toBe('[package]\n# the core crate\nname = "core"\nversion = "1.1.0"\n');
    expect(readFileSync(join(r.dir, 'Cargo.lock'), 'utf8')).toContain('name = "core"\nversion = "1.1.0"');
    expect(readFileSync(join(r.dir, 'Cargo.lock'), 'utf8')).toContain('name = "libc"\nversion = "1.0.0"');
  });

  it('independent: each component has its own <name>-v tags, base and bump', async () => {
    const r = monorepo();
    r.tag('api-v1.0.0');
    r.tag('web-v0.2.0');
    r.commit('feat(api): endpoint', { 'packages/api/src/x.ts': 'x' });
    r.tag('api-v1.1.0');
    r.tag('web-v0.3.0-beta.1');
    r.commit('fix(api): bug', { 'packages/api/src/x.ts': 'y' });
    r.commit('feat(web)!: new router', { 'packages/web/src/r.ts': 'r' });
    r.commit('chore: both', { 'packages/web/a': '1', 'packages/api/a': '1' });
    const res = await next(r, { components: COMPONENTS, versioning: 'independent' });
    const by = Object.fromEntries(res.components.map((c) => [c.name, c]));
    expect(by.api).toMatchObject({ previous: '1.1.0', previousTag: 'api-v1.1.0', version: '1.1.1', bump: 'patch', tag: 'api-v1.1.1', commits: 2 });
    // web's base is web-v0.2.0 (the beta is ignored): feat! at 0.x → minor with the default pre-1-0
    expect(by.web).toMatchObject({ previous: '0.2.0', previousTag: 'web-v0.2.0', version: '0.3.0', bump: 'minor', tag: 'web-v0.3.0', commits: 2 });
    // core has no tag: its manifest is the base and its whole history counts (only "chore: init" touched it)
    expect(by.core).toMatchObject({ previous: '1.0.0', version: '1.0.0', bump: 'none', commits: 1 });
    expect(by.core!.previousTag).toBeUndefined();
    expect(res.changedComponents).toEqual(['api', 'web', 'core']);
    expect(res).toMatchObject({ bump: 'minor', released: true, version: '', tag: '' });
    expect(res.ignoredPrereleaseTags).toEqual(['web-v0.3.0-beta.1']);
  });

  it('independent with write rewrites each released component to its own version', async () => {
    const r = monorepo();
    r.tag('api-v1.0.0');
    r.tag('web-v1.0.0');
    r.commit('feat(web): x', { 'packages/web/x': '1' });
    const res = await next(r, { components: COMPONENTS, versioning: 'independent', write: true });
    expect(res).toMatchObject({ version: '1.1.0', tag: 'web-v1.1.0', previousTag: 'web-v1.0.0', written: ['packages/web/package.json'] });
    expect(JSON.parse(readFileSync(join(r.dir, 'packages/web/package.json'), 'utf8')).version).toBe('1.1.0');
    expect(JSON.parse(readFileSync(join(r.dir, 'packages/api/package.json'), 'utf8')).version).toBe('1.0.0');
  });
});

describe('manifest rewrite round-trips (write: true)', () => {
  it('Cargo.toml with comments + Cargo.lock', async () => {
    const r = repo();
    const toml = '# Demo crate\n[package]\nname = "demo" # the name\nversion = "0.1.0"   # managed by relforge\n\n[dependencies]\nserde = { version = "1", features = ["derive"] } # keep\n';
    const lock = '# generated\nversion = 3\n\n[[package]]\nname = "demo"\nversion = "0.1.0"\ndependencies = [\n "serde",\n]\n\n[[package]]\nname = "serde"\nversion = "1.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n';
    r.commit('chore: init', { 'Cargo.toml': toml, 'Cargo.lock': lock });
    r.tag('v0.1.0');
    r.commit('feat: x');
    const res = await next(r, { versionFile: 'Cargo.toml', write: true });
    expect(res.written).toEqual(['Cargo.lock', 'Cargo.toml']);
    expect(readFileSync(join(r.dir, 'Cargo.toml'), 'utf8')).toBe(toml.replace('version = "0.1.0"   #', 'version = "0.2.0"   #'));
    expect(readFileSync(join(r.dir, 'Cargo.lock'), 'utf8')).toBe(lock.replace('name = "demo"\nversion = "0.1.0"', 'name = "demo"\nversion = "0.2.0"'));
    // round trip: the rewritten file reads back as the new version, and a second write changes nothing
    expect(await next(r, { versionFile: 'Cargo.toml', write: true })).toMatchObject({ version: '0.2.0', written: [] });
  });

  it('package.json with 4-space indent + package-lock.json', async () => {
    const r = repo();
    const pkg = '{\n    "name": "demo",\n    "version": "3.0.0",\n    "scripts": {\n        "version": "echo hi"\n    }\n}\n';
    const lock = '{\n  "name": "demo",\n  "version": "3.0.0",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n    "": {\n      "name": "demo",\n      "version": "3.0.0"\n    },\n    "node_modules/x": {\n      "version": "3.0.0"\n    }\n  }\n}\n';
    r.commit('chore: init', { 'package.json': pkg, 'package-lock.json': lock });
    r.tag('v3.0.0');
    r.commit('perf: faster');
    const res = await next(r, { versionFile: 'package.json', write: true });
    expect(res).toMatchObject({ version: '3.0.1', written: ['package-lock.json', 'package.json'] });
    expect(readFileSync(join(r.dir, 'package.json'), 'utf8')).toBe(pkg.replace('"version": "3.0.0"', '"version": "3.0.1"'));
    const newLock = readFileSync(join(r.dir, 'package-lock.json'), 'utf8');
    expect(newLock).toBe(lock.replace('"version": "3.0.0",\n  "lockfileVersion"', '"version": "3.0.1",\n  "lockfileVersion"').replace('"name": "demo",\n      "version": "3.0.0"', '"name": "demo",\n      "version": "3.0.1"'));
    expect(JSON.parse(newLock).packages['node_modules/x'].version).toBe('3.0.0');
  });

  it('npm workspace member: its package.json and its entry in the root package-lock.json, nothing else', async () => {
    const r = repo();
    const lock = {
      name: 'root',
      version: '0.0.0',
      lockfileVersion: 3,
      packages: {
        '': { name: 'root', version: '0.0.0', workspaces: ['packages/*'] },
        'node_modules/api': { resolved: 'packages/api', link: true },
        'packages/api': { name: 'api', version: '1.0.0' },
        'packages/web': { name: 'web', version: '1.0.0' },
      },
    };
    r.commit('chore: init', {
      'package.json': '{\n  "name": "root",\n  "version": "0.0.0",\n  "workspaces": ["packages/*"]\n}\n',
      'package-lock.json': JSON.stringify(lock, null, 2) + '\n',
      'packages/api/package.json': '{\n  "name": "api",\n  "version": "1.0.0"\n}\n',
      'packages/web/package.json': '{\n  "name": "web",\n  "version": "1.0.0"\n}\n',
    });
    r.tag('api-v1.0.0');
    r.commit('feat(api): x', { 'packages/api/x.ts': 'x' });
    const res = await next(r, {
      versioning: 'independent',
      write: true,
      components: 'api:\n  paths: [packages/api]\n  manifests: [packages/api/package.json]\nweb:\n  paths: [packages/web]\n  manifests: [packages/web/package.json]\n',
    });
    expect(res.written).toEqual(['package-lock.json', 'packages/api/package.json']);
    const newLock = JSON.parse(readFileSync(join(r.dir, 'package-lock.json'), 'utf8'));
    expect(newLock.packages['packages/api'].version).toBe('1.1.0');
    expect(newLock.packages['packages/web'].version).toBe('1.0.0');
    expect(newLock.version).toBe('0.0.0');
    expect(newLock.packages[''].version).toBe('0.0.0');
  });

  it('pyproject.toml', async () => {
    const r = repo();
    const py = '[project]\nname = "demo"\nversion = "1.0.0"\n\n[tool.poetry]\nversion = "1.0.0"\n';
    r.commit('chore: init', { 'pyproject.toml': py });
    r.tag('v1.0.0');
    r.commit('feat: x');
    await next(r, { versionFile: 'pyproject.toml', write: true });
    expect(readFileSync(join(r.dir, 'pyproject.toml'), 'utf8')).toBe(py.replaceAll('1.0.0', '1.1.0'));
  });

  it('no release, no write', async () => {
    const r = repo();
    r.commit('chore: init', { 'package.json': '{"version": "1.0.0"}\n' });
    r.tag('v1.0.0');
    r.commit('docs: x');
    expect(await next(r, { versionFile: 'package.json', write: true })).toMatchObject({ released: false, written: [] });
    expect(readFileSync(join(r.dir, 'package.json'), 'utf8')).toBe('{"version": "1.0.0"}\n');
  });
});

describe('bad input: clear errors, nothing written', () => {
  it('not a git repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relforge-norepo-'));
    try {
      await expect(computeNextVersion({ cwd: dir })).rejects.toThrow(/is not a git repository.*fetch-depth: 0.*or set "path"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a path that does not exist', async () => {
    await expect(computeNextVersion({ cwd: join(tmpdir(), 'relforge-does-not-exist-xyz') })).rejects.toThrow(/Input "path".*does not exist/);
  });

  it('an empty repository', async () => {
    const r = repo();
    await expect(next(r)).rejects.toThrow(/no commits yet/);
  });

  it('shallow clone with no tags says to fetch with fetch-depth: 0', async () => {
    const src = repo();
    src.commit('feat: a');
    src.tag('v1.0.0');
    src.commit('feat: b');
    src.commit('fix: c');
    const base = mkdtempSync(join(tmpdir(), 'relforge-shallow-'));
    try {
      const clone = join(base, 'clone');
      execFileSync('git', ['clone', '-q', '--depth', '1', '--no-tags', `file://${src.dir}`, clone], { env: { ...process.env, ...gitEnv() } });
      await expect(computeNextVersion({ cwd: clone })).rejects.toThrow(/shallow clone.*fetch-depth: 0/);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it('unparsable version-file', async () => {
    const r = repo();
    r.commit('chore: init', { 'package.json': '{\n  "version": "1.0.0",\n}\n' });
    await expect(next(r, { versionFile: 'package.json' })).rejects.toThrow(/Input "version-file" package.json is not valid JSON.*line 3/);
    r.commit('chore: v', { 'VERSION': 'one point oh\n' });
    await expect(next(r, { versionFile: 'VERSION', versionPattern: '^(.*)$' })).rejects.toThrow(/declares version "one point oh", which is not a SemVer version/);
    await expect(next(r, { versionFile: 'missing.toml' })).rejects.toThrow(/unknown version-file format/);
    await expect(next(r, { versionFile: 'Cargo.toml' })).rejects.toThrow(/"Cargo.toml" does not exist/);
    await expect(next(r, { versionFile: '../outside/package.json' })).rejects.toThrow(/must be a file inside the repository/);
  });

  it('invalid components YAML and a manifest named twice', async () => {
    const r = repo();
    r.commit('feat: a');
    await expect(next(r, { components: 'api: [paths' })).rejects.toThrow(/Input "components" is not valid YAML/);
    await expect(next(r, { components: 'a:\n  paths: [a]\n  manifests: [p/package.json]\nb:\n  paths: [b]\n  manifests: [p/package.json]\n' })).rejects.toThrow(
      /named by two components/,
    );
    await expect(next(r, { components: 'a:\n  paths: [a]\n  manifests: [build.gradle]\n' })).rejects.toThrow(/no known format.*version-pattern/);
    await expect(next(r, { versioning: 'independent' })).rejects.toThrow(/no "components" are configured/);
  });

  it('bad settings are reported together', async () => {
    const r = repo();
    r.commit('feat: a');
    const err = await next(r, { pre1: 'maybe' as never, versioning: 'mixed' as never, tagPrefix: 'v*', releaseTypes: ['feat', 'not a type'] }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    const msg = (err as Error).message;
    expect(msg).toMatch(/^4 problems/);
    expect(msg).toMatch(/Input "pre-1-0" must be minor or major, got "maybe"/);
    expect(msg).toMatch(/Input "versioning" must be unified or independent, got "mixed"/);
    expect(msg).toMatch(/Input "tag-prefix" \("v\*"\) cannot start a git tag name/);
    expect(msg).toMatch(/Input "release-types" has "not a type", which is not a commit type/);
  });

  it('write is all-or-nothing: one bad manifest leaves every file untouched', async () => {
    const r = repo();
    const good = '{\n  "name": "a",\n  "version": "1.0.0"\n}\n';
    r.commit('chore: init', { 'a/package.json': good, 'b/package.json': '{\n  "name": "b"\n}\n', 'a/package-lock.json': '{"name":"a","version":"1.0.0","packages":{"":{"version":"1.0.0"}}}\n' });
    r.tag('v1.0.0');
    r.commit('feat: both', { 'a/x': '1', 'b/x': '1' });
    const components = 'a:\n  paths: [a]\n  manifests: [a/package.json]\nb:\n  paths: [b]\n  manifests: [b/package.json]\n';
    await expect(next(r, { components, write: true })).rejects.toThrow(/Cannot rewrite b\/package.json.*no top-level "version".*Nothing was written/);
    expect(readFileSync(join(r.dir, 'a/package.json'), 'utf8')).toBe(good);
    expect(r.git('status', '--porcelain')).toBe('');
    expect(readdirSync(join(r.dir, 'a')).filter((f) => f.includes('relforge'))).toEqual([]);
  });
});

describe('CLI: relforge next-version', () => {
  it('--json prints the same result as the library', async () => {
    const r = repo();
    r.commit('feat: a');
    r.tag('v1.0.0');
    r.commit('fix: b');
    r.tag('v1.0.1-rc.1');
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((m: unknown) => void lines.push(String(m)));
    try {
      expect(await runCommand(cliNextVersion, ['--path', r.dir, '--json'])).toBe(0);
      expect(JSON.parse(lines.join('\n'))).toMatchObject({ version: '1.0.1', previousTag: 'v1.0.0', bump: 'patch', ignoredPrereleaseTags: ['v1.0.1-rc.1'] });
      lines.length = 0;
      expect(await runCommand(cliNextVersion, ['--path', r.dir])).toBe(0);
      const text = lines.join('\n');
      expect(text).toMatch(/^next-version: v1\.0\.1 \(patch\)/);
      expect(text).toContain('Base: v1.0.0');
      expect(text).toContain('fix: b');
      expect(text).toContain('v1.0.1-rc.1');
    } finally {
      spy.mockRestore();
    }
  });

  it('--write only with the flag', async () => {
    const r = repo();
    r.commit('chore: init', { 'package.json': '{"version": "1.0.0"}\n' });
    r.tag('v1.0.0');
    r.commit('feat: x');
    const spy = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await runCommand(cliNextVersion, ['--path', r.dir, '--version-file', 'package.json']);
      expect(readFileSync(join(r.dir, 'package.json'), 'utf8')).toBe('{"version": "1.0.0"}\n');
      await runCommand(cliNextVersion, ['--path', r.dir, '--version-file', 'package.json', '--write']);
      expect(readFileSync(join(r.dir, 'package.json'), 'utf8')).toBe('{"version": "1.1.0"}\n');
    } finally {
      spy.mockRestore();
    }
  });
});

