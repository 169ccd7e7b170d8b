/**
 * The changelog action's bundle (dist/changelog) under the runner contract, on the host's Node and Node 24: the shipped
 * git-cliff, outputs, summary and errors (moved from test/versioning/changelog.test.ts, which tests the same through
 * the library: generateChangelog).
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useRepos } from '../helpers/repo.js';
import { bundleRuntimes, ROOT } from '../helpers/runtimes.js';
import { runBundle } from '../helpers/bundle.js';
import { assertFreshDist } from '../helpers/fresh-dist.js';

const repo = useRepos();

const entries = (notes: string) => notes.split('\n').filter((l) => l.startsWith('- '));

describe.each(bundleRuntimes())('changelog bundle on $label ($version)', (rt) => {
  it('runs from dist/changelog with the shipped git-cliff and sets outputs', async () => {
    expect(existsSync(join(ROOT, 'dist', 'changelog', 'bin', 'manifest.json'))).toBe(true);
    const r = repo();
    r.commit('feat: a');
    r.tag('v1.0.0', { annotated: true });
    r.commit('fix: b');
    r.tag('v1.0.1-beta.1', { annotated: true });
    r.commit('feat: c');
    const run = await runBundle('changelog', {
      runtime: rt,
      cwd: r.dir,
      inputs: { version: '1.1.0', output: 'CHANGELOG.md' },
      // no node_modules and no git-cliff on PATH: only the shipped binary can be used
      env: { PATH: '/usr/bin:/bin', GITHUB_WORKSPACE: r.dir, GITHUB_REPOSITORY: 'octo/app', GITHUB_SERVER_URL: 'https://github.com' },
    });
    expect(run.code, run.all).toBe(0);
    // the bundled template is printed by relforge itself: the log says so and names no git-cliff
    expect(run.all).toContain("notes rendered by relforge's built-in renderer (the bundled template)");
    expect(run.all).not.toMatch(/git-cliff \d/);
    const lines = entries(run.outputs.notes!);
    expect(lines).toHaveLength(2);
    expect(lines.some((l) => l.startsWith('- b ('))).toBe(true);
    expect(lines.some((l) => l.startsWith('- c ('))).toBe(true);
    expect(run.outputs.notes).toContain('https://github.com/octo/app/commit/');
    expect(run.outputs.tag).toBe('v1.1.0');
    expect(readFileSync(join(r.dir, 'CHANGELOG.md'), 'utf8')).toContain('## [1.1.0]');
    expect(run.summary).toContain('Changelog for v1.1.0');
  });

  it('says git-cliff rendered the notes, and which binary, when a user config is given', async () => {
    const r = repo();
    r.commit('feat: a');
    r.tag('v1.0.0', { annotated: true });
    r.commit('fix: b');
    const cfg = ['[changelog]', 'body = """', '{% for commit in commits %}- {{ commit.message }}', '{% endfor %}"""', '[git]', 'conventional_commits = true', ''];
    writeFileSync(join(r.dir, 'my-cliff.toml'), cfg.join('\n'));
    const run = await runBundle('changelog', {
      runtime: rt,
      cwd: r.dir,
      inputs: { version: '1.0.1', config: 'my-cliff.toml' },
      env: { PATH: '/usr/bin:/bin', GITHUB_WORKSPACE: r.dir },
    });
    expect(run.code, run.all).toBe(0);
    const shipped = join(ROOT, 'dist', 'changelog', 'bin', 'linux-x64');
    const line = run.all.split('\n').find((l) => l.includes('notes rendered by'));
    expect(line).toBeDefined();
    expect(line).toMatch(/notes rendered by git-cliff \d+\.\d+\.\d+ at /);
    expect(line).toContain(` at ${shipped}/`);
    expect(line).toContain('(bundled), config ');
    expect(line).toContain('my-cliff.toml');
  });

  it('ignores a GITHUB_REPOSITORY that is not owner/name (act derives it from a local origin path)', async () => {
    const r = repo();
    r.commit('feat: a');
    const run = await runBundle('changelog', {
      runtime: rt,
      cwd: r.dir,
      inputs: { version: '0.1.0' },
      env: { GITHUB_WORKSPACE: r.dir, GITHUB_REPOSITORY: '/tmp/x/remote', GITHUB_SERVER_URL: 'https://github.com' },
    });
    expect(run.code, run.all).toBe(0);
    expect(run.outputs.notes).toMatch(/^- a$/m);
    expect(run.outputs.notes).not.toContain('github.com');
  });

  it('fails with a clear message for a bad version', async () => {
    const r = repo();
    r.commit('feat: a');
    const run = await runBundle('changelog', { runtime: rt, cwd: r.dir, inputs: { version: 'one' }, env: { GITHUB_WORKSPACE: r.dir } });
    expect(run.code).toBe(1);
    expect(run.all).toContain('Input "version" must be a SemVer version');
  });
});

describe('git-cliff on a platform relforge does not ship', () => {
  it('fails with a message naming the shipped platforms and the fallbacks', async () => {
    const r = repo();
    r.commit('feat: a');
    // A copy of the bundle whose manifest lists only another platform, with no node_modules and no git-cliff on PATH.
    await assertFreshDist();
    const dir = mkdtempSync(join(tmpdir(), 'relforge-noplat-'));
    try {
      const copy = join(dir, 'dist', 'changelog');
      mkdirSync(join(copy, 'bin'), { recursive: true });
      // the entry, its code and the shared chunks (dist/changelog/bin is what this copy replaces)
      for (const f of ['index.js', 'main.js']) copyFileSync(join(ROOT, 'dist', 'changelog', f), join(copy, f));
      copyFileSync(join(ROOT, 'dist', 'package.json'), join(dir, 'dist', 'package.json'));
      cpSync(join(ROOT, 'dist', 'chunks'), join(dir, 'dist', 'chunks'), { recursive: true });
      writeFileSync(join(copy, 'bin', 'manifest.json'), JSON.stringify({ gitCliffVersion: '2.14.2', platforms: { 'plan9-mips': { file: 'plan9-mips/git-cliff', sha256: '0'.repeat(64), size: 1 } } }));
      const { spawnSync } = await import('node:child_process');
      const res = spawnSync(process.execPath, [join(copy, 'index.js')], {
        cwd: r.dir,
        encoding: 'utf8',
        env: { PATH: '/usr/bin:/bin', INPUT_VERSION: '0.1.0', GITHUB_WORKSPACE: r.dir, HOME: process.env.HOME ?? '/tmp' },
      });
      expect(res.status).toBe(1);
      const out = `${res.stdout}${res.stderr}`;
      expect(out).toContain(`git-cliff is not available for ${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}: relforge ships git-cliff for plan9-mips only`);
      expect(out).toMatch(/put it on PATH or pass its path with "git-cliff-path"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
