/**
 * relforge act's plumbing without running act: which refs get mapped, act's argv (no secret value in it, ever),
 * forge URLs, relforge init's files, and `relforge act --print` in a real repository.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { actArgv, dotenv, relforgeMappings, relforgeRefs, repositoryFromUrl } from '../../src/act/run.js';
import { apiUrlFor } from '../../src/platform/runtime.js';
import { reusableFor } from '../../src/cli/init.js';
import { runCommand } from '../../src/cli/args.js';
import actCommand from '../../src/cli/act.js';
import initCommand from '../../src/cli/init.js';
import { ROOT } from '../helpers/runtimes.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function capture(fn: () => Promise<number>, env: Record<string, string | undefined> = {}): Promise<{ code: number; out: string }> {
  const saved = { log: console.log, env: { ...process.env } };
  let out = '';
  console.log = (...a: unknown[]) => (out += `${a.join(' ')}\n`);
  Object.assign(process.env, env);
  try {
    return { code: await fn(), out };
  } finally {
    console.log = saved.log;
    for (const k of Object.keys(env)) if (saved.env[k] === undefined) delete process.env[k];
    else process.env[k] = saved.env[k];
  }
}

describe('relforge act plumbing', () => {
  it('finds the relforge refs of short uses: and reports absolute ones', () => {
    const r = relforgeRefs([
      'steps:\n  - uses: relforge/relforge/actions/next-version@v1\n  - uses: "relforge/relforge/actions/sign-ed25519@v1.2.3"\n',
      'jobs:\n  r:\n    uses: relforge/relforge/.github/workflows/release.yml@main\n  - uses: https://github.com/relforge/relforge/actions/x@v1\n  - uses: actions/checkout@v4\n',
    ]);
    expect(r.refs).toEqual(['main', 'v1', 'v1.2.3']);
    expect(r.absolute).toEqual(['https://github.com/relforge/relforge/…@v1']);
    const m = relforgeMappings('/opt/relforge', '1.4.2', ['uses: relforge/relforge/actions/a@v1']);
    expect(m).toMatchObject({ 'relforge/relforge@v1': '/opt/relforge', 'relforge/relforge@v1.4.2': '/opt/relforge' });
  });

  it('act argv: host mode, offline, mappings, secrets by name only', () => {
    const argv = actArgv({
      workflow: '.github/workflows/release.yml',
      inputs: { channel: 'beta' },
      platforms: ['ubuntu-latest=-self-hosted'],
      localRepositories: { 'relforge/relforge@v1': '/opt/relforge' },
      envFile: '/s/env',
      secretFile: '/s/secrets',
      varFile: '/s/vars',
      inputFile: '/s/in',
      actionCache: '/s/cache',
      defaultBranch: 'main',
      secretsFromEnv: ['MINISIGN_PRIVATE_KEY'],
    });
    expect(argv.slice(0, 3)).toEqual(['workflow_dispatch', '-W', '.github/workflows/release.yml']);
    expect(argv.join(' ')).toContain('-P ubuntu-latest=-self-hosted --action-offline-mode');
    expect(argv.join(' ')).toContain('-s MINISIGN_PRIVATE_KEY --local-repository relforge/relforge@v1=/opt/relforge');
    expect(dotenv({ K: 'a\nb"c' })).toBe('K="a\\nb\\"c"');
  });

  it('forge URLs and repositories', () => {
    expect(apiUrlFor('https://gitea.example/', 'gitea')).toBe('https://gitea.example/api/v1');
    expect(apiUrlFor('https://github.com', 'github')).toBe('https://api.github.com');
    expect(apiUrlFor('https://ghe.example', 'github')).toBe('https://ghe.example/api/v3');
    expect(repositoryFromUrl('git@gitea.example:acme/agent.git')).toBe('acme/agent');
    expect(repositoryFromUrl('https://gitea.example/acme/agent')).toBe('acme/agent');
  });

  it('relforge init writes the flavour\'s files; Forgejo gets absolute action URLs; existing files are kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relforge-init-'));
    dirs.push(dir);
    const wf = join(dir, 'wf');
    await capture(() => runCommand(initCommand, ['--forge', 'forgejo', '--dir', wf]));
    const copy = readFileSync(join(wf, 'relforge.yml'), 'utf8');
    expect(copy).toContain('uses: https://github.com/relforge/relforge/actions/preflight@v1');
    expect(copy).not.toMatch(/^[ \t]+(- )?uses: relforge\/relforge\//m); // comments keep the GitHub form
    expect(readFileSync(join(wf, 'release.yml'), 'utf8')).toContain('uses: ./.github/workflows/relforge.yml');
    writeFileSync(join(wf, 'release.yml'), 'mine\n');
    const again = await capture(() => runCommand(initCommand, ['--forge', 'gitea', '--dir', wf]));
    expect(again.out).toContain('kept');
    expect(readFileSync(join(wf, 'release.yml'), 'utf8')).toBe('mine\n');
    expect(reusableFor('uses: relforge/relforge/actions/x@v1\n', 'gitea')).toContain('uses: relforge/relforge/actions/x@v1');
    const gh = join(dir, 'gh');
    await capture(() => runCommand(initCommand, ['--forge', 'github', '--dir', gh]));
    expect(existsSync(join(gh, 'relforge.yml'))).toBe(false);
    expect(readFileSync(join(gh, 'release.yml'), 'utf8')).toContain('uses: relforge/relforge/.github/workflows/release.yml@v1');
  });

  it('relforge act --print in a repository: the command line maps this relforge and holds no secret value', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relforge-actprint-'));
    dirs.push(dir);
    const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, stdio: 'ignore', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
    git('init', '-q', '-b', 'main');
    mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(dir, '.github', 'workflows', 'release.yml'), 'on: workflow_dispatch\njobs:\n  r:\n    uses: relforge/relforge/.github/workflows/release.yml@v1\n');
    git('remote', 'add', 'origin', 'https://gitea.example/acme/agent.git');
    git('add', '-A');
    git('-c', 'user.name=a', '-c', 'user.email=a@b', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'ci: release');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const secret = 'act-print-secret-key-93ab';
      const r = await capture(() => runCommand(actCommand, ['--forge', 'gitea', '--server-url', 'https://gitea.example', '--print']), { MINISIGN_PRIVATE_KEY: secret, GITEA_TOKEN: 'gitea-token-5521' });
      expect(r.code).toBe(0);
      expect(r.out).toContain(`--local-repository relforge/relforge@v1=${ROOT}`);
      expect(r.out).toContain('--local-repository actions/upload-artifact@v4=');
      expect(r.out).toContain('-s GITHUB_TOKEN');
      expect(r.out).toContain('-s MINISIGN_PRIVATE_KEY');
      expect(r.out).toContain('https://gitea.example (gitea), acme/agent');
      expect(r.out).not.toContain(secret);
      expect(r.out).not.toContain('gitea-token-5521');
      await expect(runCommand(actCommand, ['--forge', 'gitea', '--print'])).rejects.toThrow(/--server-url is required/);
      writeFileSync(join(dir, '.github', 'workflows', 'release.yml'), 'on: workflow_dispatch\njobs:\n  r:\n    runs-on: x\n    steps:\n      - uses: https://github.com/relforge/relforge/actions/preflight@v1\n');
      await expect(runCommand(actCommand, ['--forge', 'gitea', '--server-url', 'https://gitea.example', '--print'])).rejects.toThrow(/absolute "uses:" URLs/);
    } finally {
      process.chdir(cwd);
    }
  });
});
