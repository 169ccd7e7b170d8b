/**
 * Installable: `npm pack` → `npm install <tarball>` in an empty directory (offline: the tarball and the npm
 * cache only) → `npx relforge --version` and `npx relforge plan` in a fresh git repository there. Also what
 * the tarball holds: the CLI, every action with its bundle, the act stand-ins and the reusable workflow
 * (what `relforge act` maps relforge/relforge@<ref> to), and no sources, tests or runtime dependencies.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, hostNode } from '../helpers/runtimes.js';
import { cleanEnv } from '../helpers/bundle.js';
import { assertFreshDist } from '../helpers/fresh-dist.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, any>;
const built = existsSync(join(ROOT, 'dist', 'cli', 'index.js'));

describe.skipIf(!built)('npm pack → install → relforge', () => {
  let dir: string;
  let tarball: string;
  let files: string[];
  const env = () => {
    // the host Node first (a user's node), npm offline from its cache; no CI runner variables
    const e = cleanEnv();
    e.PATH = `${join(hostNode().path, '..')}:${process.env.PATH}`;
    e.npm_config_offline = 'true';
    e.npm_config_audit = 'false';
    e.npm_config_fund = 'false';
    e.npm_config_update_notifier = 'false';
    for (const k of Object.keys(e)) if (/^npm_(package|lifecycle)_/.test(k)) delete e[k];
    return e;
  };
  const run = (cwd: string, cmd: string, args: string[]) => execFileSync(cmd, args, { cwd, env: env(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  beforeAll(async () => {
    await assertFreshDist();
    dir = mkdtempSync(join(tmpdir(), 'relforge-pack-'));
    const out = JSON.parse(run(ROOT, 'npm', ['pack', '--json', '--pack-destination', dir])) as Array<{ filename: string; files: Array<{ path: string }> }>;
    tarball = join(dir, out[0]!.filename);
    files = out[0]!.files.map((f) => f.path);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is publishable: not private, bin, files, engines, repository, no runtime dependencies', () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.bin).toEqual({ relforge: 'bin/relforge.mjs' });
    expect(pkg.engines.node).toBe('>=20');
    expect(pkg.repository.url).toContain('github.com/relforge/relforge');
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('holds the CLI, every action and its bundle, the act stand-ins and the workflows; no sources or tests', () => {
    const expected = [
      'bin/relforge.mjs',
      'dist/cli/index.js',
      '.github/workflows/release.yml',
      // the composable parts (init copies them for Gitea/Forgejo; relforge act maps them)
      '.github/workflows/relforge-plan.yml',
      '.github/workflows/relforge-release.yml',
      'workflows/examples/release-own-build.yml',
      'act/stand-ins/upload-artifact/action.yml',
      'act/stand-ins/download-artifact/index.mjs',
      'workflows/examples/gitea-release-dispatch.yml',
      'dist/cli/api-specs/gitea-releases.openapi.json',
      'dist/cli/main.js',
      'dist/package.json',
      'dist/changelog/bin/manifest.json',
    ];
    // the code shared by the entries (scripts/build.mjs: one esbuild run with code splitting)
    expect(files.filter((f) => /^dist\/chunks\/.+\.js$/.test(f)).length).toBeGreaterThan(5);
    for (const path of expected) expect(files).toContain(path);
    for (const a of readdirSync(join(ROOT, 'actions'))) {
      expect(files, a).toContain(`actions/${a}/action.yml`);
      expect(files, a).toContain(`dist/${a}/index.js`);
    }
    expect(files.filter((f) => /^(src|test|bench|scripts|node_modules)\//.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.ts'))).toEqual([]);
  });

  it('installs offline in an empty directory; npx relforge --version and plan work in a new git repository', () => {
    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{"name":"app","version":"1.0.0","private":true}\n');
    run(app, 'npm', ['install', '--no-save', '--offline', tarball]);
    expect(run(app, 'npx', ['--no-install', 'relforge', '--version']).trim()).toBe(pkg.version);
    const git = (...args: string[]) => run(app, 'git', ['-c', 'user.name=Ada', '-c', 'user.email=ada@example.com', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args]);
    git('init', '-q', '-b', 'main');
    writeFileSync(join(app, '.gitignore'), 'node_modules/\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'feat: first');
    git('tag', 'v1.2.0');
    git('commit', '-q', '--allow-empty', '-m', 'feat(cli): a new flag');
    git('commit', '-q', '--allow-empty', '-m', 'fix: a crash');
    const plan = run(app, 'npx', ['--no-install', 'relforge', 'plan', '--channel', 'stable']);
    expect(plan).toContain('1.3.0');
    expect(plan).toContain('v1.2.0');
    const beta = run(app, 'npx', ['--no-install', 'relforge', 'plan', '--channel', 'beta']);
    expect(beta).toContain('1.3.0-beta.1');
    // the installed package is the bundle alone: nothing else came with it
    const installed = readdirSync(join(app, 'node_modules')).filter((d) => !d.startsWith('.'));
    expect(installed.filter((d) => d !== 'relforge' && !d.startsWith('git-cliff-'))).toEqual([]);
  }, 120_000);
});
