/**
 * Issue 18 (inputs): `relforge init` never writes through a symbolic link that leaves the repository, or one that
 * points at nothing (a dangling link is where an attacker-controlled checkout would aim a write). A link that stays
 * inside the repository is an ordinary file to init.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import initCommand from '../../src/cli/init.js';
import { runCommand } from '../../src/cli/args.js';
import { ownedText } from '../../src/act/core/init-project.js';

let base: string;
let repo: string;
let wf: string;
const init = (...argv: string[]) => runCommand(initCommand, ['--forge', 'github', '--dir', wf, ...argv], {});
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'relforge-init-'));
  repo = join(base, 'repo');
  wf = join(repo, '.github', 'workflows');
  mkdirSync(join(repo, '.git'), { recursive: true });
  mkdirSync(join(base, 'outside'));
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(base, { recursive: true, force: true });
});

describe('relforge init and symbolic links', () => {
  it('a dangling link to outside the repository is refused; nothing is created where it points', async () => {
    mkdirSync(wf, { recursive: true });
    symlinkSync(join(base, 'outside', 'release.yml'), join(wf, 'release.yml'));
    await expect(init()).rejects.toThrow(/release\.yml is a symbolic link to .*outside\/release\.yml, which does not exist.*does not write through it/);
    expect(existsSync(join(base, 'outside', 'release.yml'))).toBe(false);
  });

  it('a link to an existing file outside the repository is refused, with --force too; the file is untouched', async () => {
    mkdirSync(wf, { recursive: true });
    writeFileSync(join(base, 'outside', 'victim'), 'keep me\n');
    symlinkSync(join(base, 'outside', 'victim'), join(wf, 'release.yml'));
    await expect(init('--force')).rejects.toThrow(/is a symbolic link to .*outside\/victim, outside the repository/);
    expect(readFileSync(join(base, 'outside', 'victim'), 'utf8')).toBe('keep me\n');
  });

  it('a workflows directory that is a link out of the repository is refused', async () => {
    mkdirSync(join(repo, '.github'));
    symlinkSync(join(base, 'outside'), wf);
    await expect(init()).rejects.toThrow(/workflows is a symbolic link to .*outside, outside the repository.*writes nothing there/);
    expect(existsSync(join(base, 'outside', 'release.yml'))).toBe(false);
  });

  it('a dangling link inside the repository is refused too', async () => {
    mkdirSync(wf, { recursive: true });
    symlinkSync(join(repo, 'missing.yml'), join(wf, 'release.yml'));
    await expect(init()).rejects.toThrow(/does not exist/);
    expect(existsSync(join(repo, 'missing.yml'))).toBe(false);
  });

  it('a link to a file inside the repository is written with --force, like the file itself', async () => {
    mkdirSync(wf, { recursive: true });
    writeFileSync(join(repo, 'shared.yml'), ownedText('old\n', 'written by an older relforge')); // relforge's, unchanged
    symlinkSync(join(repo, 'shared.yml'), join(wf, 'release.yml'));
    expect(await init('--force')).toBe(0);
    expect(lstatSync(join(wf, 'release.yml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(repo, 'shared.yml'), 'utf8')).toMatch(/workflow_dispatch/);
  });
});
