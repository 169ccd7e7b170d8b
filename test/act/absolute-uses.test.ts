/**
 * Issue 19: `relforge act --emulator --forge forgejo` rehearses what `relforge init --forge forgejo` wrote, whose
 * action references are absolute (`uses: https://github.com/relforge/relforge/…`), which act cannot parse. They are
 * rewritten to the short form in the rehearsal's work clone only (skip-worktree: the clone stays clean), never
 * in your repository; without --emulator they are still refused, with the fix.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { shortenAbsoluteUses } from '../../src/act/run.js';
import { runCommand } from '../../src/cli/args.js';
import actCommand from '../../src/cli/act.js';
import initCommand from '../../src/cli/init.js';
import { ROOT } from '../helpers/runtimes.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function capture(fn: () => Promise<number>): Promise<{ code: number; out: string }> {
  const log = console.log;
  let out = '';
  console.log = (...a: unknown[]) => void (out += `${a.join(' ')}\n`);
  try {
    return { code: await fn(), out };
  } finally {
    console.log = log;
  }
}

describe('absolute uses: references under relforge act', () => {
  it('only uses: lines are shortened, quoted or not; comments and other text stay', () => {
    const text = [
      '# Call it: uses: https://github.com/relforge/relforge/actions/x@v1',
      'steps:',
      '  - uses: https://github.com/relforge/relforge/actions/preflight@v1',
      "  - uses: 'https://data.forgejo.org/actions/checkout@v4'",
      '    uses: https://code.example/acme/tools@main',
      '  - run: echo uses: https://github.com/a/b@v1',
      '',
    ].join('\n');
    const r = shortenAbsoluteUses(text);
    expect(r.count).toBe(3);
    expect(r.text).toBe(
      [
        '# Call it: uses: https://github.com/relforge/relforge/actions/x@v1',
        'steps:',
        '  - uses: relforge/relforge/actions/preflight@v1',
        "  - uses: 'actions/checkout@v4'",
        '    uses: acme/tools@main',
        '  - run: echo uses: https://github.com/a/b@v1',
        '',
      ].join('\n'),
    );
  });

  it('relforge act --emulator --forge forgejo maps them in the work clone only; without --emulator they are refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relforge-absuses-'));
    dirs.push(dir);
    const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
    const git = (cwd: string, ...a: string[]) => execFileSync('git', a, { cwd, encoding: 'utf8', env }).trim();
    git(dir, 'init', '-q', '-b', 'main');
    await capture(() => runCommand(initCommand, ['--forge', 'forgejo', '--dir', join(dir, '.github', 'workflows')]));
    git(dir, 'add', '-A');
    git(dir, '-c', 'user.name=a', '-c', 'user.email=a@b', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'ci: release');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      await expect(runCommand(actCommand, ['--forge', 'forgejo', '--server-url', 'https://forgejo.example', '--repository', 'acme/tally', '--print'])).rejects.toThrow(/absolute "uses:" URLs .*add --emulator/);
      const r = await capture(() => runCommand(actCommand, ['--emulator', '--forge', 'forgejo', '--repository', 'acme/tally', '--print']));
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/relforge act: \d+ absolute uses: reference\(s\) mapped .*\.github\/workflows\/relforge\.yml/);
      expect(r.out).toContain(`--local-repository relforge/relforge@v1=${ROOT}`);
    } finally {
      process.chdir(cwd);
    }
    const work = join(dir, '.relforge', 'act', 'work');
    const copy = readFileSync(join(work, '.github', 'workflows', 'relforge.yml'), 'utf8');
    expect(copy).toMatch(/^\s+uses: relforge\/relforge\/actions\/preflight@v1$/m);
    expect(copy).not.toMatch(/^\s+(- )?uses: https:/m);
    expect(git(work, 'status', '--porcelain')).toBe('');
    expect(readFileSync(join(dir, '.github', 'workflows', 'relforge.yml'), 'utf8')).toMatch(/^\s+uses: https:\/\/github\.com\/relforge\/relforge\/actions\/preflight@v1$/m);
  });
});
