/**
 * relforge act's -P mappings (src/act/run.ts): the user's mappings are added to the default Ubuntu host-mode
 * mappings, a label the user maps replaces only its own default (issue 20: `-P windows-latest=-self-hosted`
 * dropped the Ubuntu mappings). Checked on the command line `relforge act --print` builds in a real repository.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { platformMappings } from '../../src/act/run.js';
import { runCommand } from '../../src/cli/args.js';
import actCommand from '../../src/cli/act.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The -P values of an act command line. */
const pFlags = (line: string) => [...line.matchAll(/ -P (\S+)/g)].map((m) => m[1]);

async function printed(args: string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'relforge-act-p-'));
  dirs.push(dir);
  const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, stdio: 'ignore', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
  git('init', '-q', '-b', 'main');
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
  writeFileSync(join(dir, '.github', 'workflows', 'release.yml'), 'on: workflow_dispatch\njobs:\n  r:\n    uses: relforge/relforge/.github/workflows/release.yml@v1\n');
  git('remote', 'add', 'origin', 'https://github.com/acme/notely.git');
  git('add', '-A');
  git('-c', 'user.name=a', '-c', 'user.email=a@b', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'ci: release');
  const cwd = process.cwd();
  const log = console.log;
  let out = '';
  console.log = (...a: unknown[]) => (out += `${a.join(' ')}\n`);
  process.chdir(dir);
  try {
    expect(await runCommand(actCommand, [...args, '--print'])).toBe(0);
  } finally {
    process.chdir(cwd);
    console.log = log;
  }
  return out.split('\n').find((l) => l.startsWith('relforge act: ') && l.includes(' workflow_dispatch '))!;
}

const UBUNTU = ['ubuntu-latest=-self-hosted', 'ubuntu-24.04=-self-hosted', 'ubuntu-22.04=-self-hosted'];

describe('relforge act -P', () => {
  it('without -P: the Ubuntu jobs run on this machine', async () => {
    expect(pFlags(await printed([]))).toEqual(UBUNTU);
  });
  it('-P windows-latest=-self-hosted adds Windows and keeps the Ubuntu mappings', async () => {
    expect(pFlags(await printed(['-P', 'windows-latest=-self-hosted']))).toEqual([...UBUNTU, 'windows-latest=-self-hosted']);
  });
  it('a label given replaces its own default only', async () => {
    expect(pFlags(await printed(['-P', 'ubuntu-22.04=catthehacker/ubuntu:act-22.04', '-P', 'macos-latest=-self-hosted']))).toEqual([
      'ubuntu-latest=-self-hosted',
      'ubuntu-24.04=-self-hosted',
      'ubuntu-22.04=catthehacker/ubuntu:act-22.04',
      'macos-latest=-self-hosted',
    ]);
  });
  it('a mapping without "=" is refused with the fix', () => {
    expect(() => platformMappings(['windows-latest'])).toThrow(/expected LABEL=IMAGE/);
  });
});
