/**
 * `notes-file` is an output: written inside the workspace only (the repository, cwd, GITHUB_WORKSPACE, RUNNER_TEMP),
 * never through a symbolic link that leads out of it (issue 22). Real temp dirs and real symlinks; the "outside"
 * folder is a fresh temp dir that no root contains.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRepos } from '../helpers/repo.js';
import { writeNotesFile } from '../../src/versioning/changelog.js';
import { SettingsError } from '../../src/platform/errors.js';
import { runCommand } from '../../src/cli/args.js';
import cliChangelog from '../../src/cli/changelog.js';

const repo = useRepos({ withRemote: false });
const NOTES = '### Bug Fixes\n\n- a crash on start\n';
const noRunner = { GITHUB_WORKSPACE: undefined, RUNNER_TEMP: undefined };

let outsideDirs: string[] = [];
afterEach(() => {
  for (const d of outsideDirs) rmSync(d, { recursive: true, force: true });
  outsideDirs = [];
});
function outside(): string {
  const d = realpathSync(mkdtempSync(join(tmpdir(), 'relforge-outside-')));
  outsideDirs.push(d);
  return d;
}

/** The refusal, by field: a SettingsError whose one problem is for "notes-file". */
function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(SettingsError);
    const problems = (err as SettingsError).problems;
    expect(problems.map((p) => (typeof p === 'string' ? undefined : p.field))).toEqual(['notes-file']);
    return (err as Error).message;
  }
  throw new Error('expected the notes file to be refused');
}

describe('writeNotesFile: the workspace policy', () => {
  it('writes a file inside the repository, creating its folder', () => {
    const r = repo();
    const file = writeNotesFile(r.dir, 'out/notes.md', NOTES, noRunner);
    expect(file).toBe(join(r.dir, 'out', 'notes.md'));
    expect(readFileSync(join(r.dir, 'out', 'notes.md'), 'utf8')).toBe(NOTES);
  });

  it('refuses an absolute path outside the workspace, naming the input and the fix, and writes nothing', () => {
    const r = repo();
    const out = outside();
    const msg = refusal(() => writeNotesFile(r.dir, join(out, 'notes.md'), NOTES, noRunner));
    expect(msg).toContain('outside the workspace');
    expect(msg).toContain('RUNNER_TEMP');
    expect(existsSync(join(out, 'notes.md'))).toBe(false);
  });

  it('refuses ../ out of the repository when the repository is the only root that holds it', () => {
    const r = repo();
    // r.dir is <tmp>/relforge-repo-x/work: its parent is in no root
    refusal(() => writeNotesFile(r.dir, '../notes.md', NOTES, noRunner));
    expect(existsSync(join(r.dir, '..', 'notes.md'))).toBe(false);
  });

  it('refuses a folder in the repository that is a symbolic link out of the workspace', () => {
    const r = repo();
    const out = outside();
    symlinkSync(out, join(r.dir, 'linked'));
    const msg = refusal(() => writeNotesFile(r.dir, 'linked/sub/notes.md', NOTES, noRunner));
    expect(msg).toContain(`${out}/sub/notes.md`);
    expect(existsSync(join(out, 'sub'))).toBe(false);
  });

  it('refuses a notes file that is itself a symbolic link to a file outside, leaving that file untouched', () => {
    const r = repo();
    const out = outside();
    writeFileSync(join(out, 'victim'), 'precious\n');
    symlinkSync(join(out, 'victim'), join(r.dir, 'notes.md'));
    refusal(() => writeNotesFile(r.dir, 'notes.md', NOTES, noRunner));
    expect(readFileSync(join(out, 'victim'), 'utf8')).toBe('precious\n');
  });

  it('refuses a dangling symbolic link (a write would create its target wherever it points)', () => {
    const r = repo();
    const out = outside();
    symlinkSync(join(out, 'created.md'), join(r.dir, 'notes.md'));
    const msg = refusal(() => writeNotesFile(r.dir, 'notes.md', NOTES, noRunner));
    expect(msg).toContain('does not exist');
    expect(existsSync(join(out, 'created.md'))).toBe(false);
  });

  it('accepts RUNNER_TEMP and GITHUB_WORKSPACE outside the repository, and a link that stays inside', () => {
    const r = repo();
    const temp = outside();
    const ws = outside();
    expect(writeNotesFile(r.dir, join(temp, 'relforge-plan', 'notes.md'), NOTES, { RUNNER_TEMP: temp })).toBe(join(temp, 'relforge-plan', 'notes.md'));
    expect(readFileSync(join(temp, 'relforge-plan', 'notes.md'), 'utf8')).toBe(NOTES);
    writeNotesFile(r.dir, join(ws, 'notes.md'), NOTES, { GITHUB_WORKSPACE: ws });
    expect(readFileSync(join(ws, 'notes.md'), 'utf8')).toBe(NOTES);
    mkdirSync(join(r.dir, 'real'));
    symlinkSync(join(r.dir, 'real'), join(r.dir, 'alias'));
    writeNotesFile(r.dir, 'alias/notes.md', NOTES, noRunner);
    expect(readFileSync(join(r.dir, 'real', 'notes.md'), 'utf8')).toBe(NOTES);
  });

  it('relforge changelog refuses --notes-file outside before writing anything (no CHANGELOG.md either)', async () => {
    const r = repo();
    r.commit('feat: first');
    r.tag('v1.0.0');
    r.commit('fix: a crash on start');
    const out = outside();
    const saved = { ws: process.env.GITHUB_WORKSPACE, temp: process.env.RUNNER_TEMP };
    delete process.env.GITHUB_WORKSPACE;
    delete process.env.RUNNER_TEMP;
    const quiet = [vi.spyOn(console, 'log').mockImplementation(() => {}), vi.spyOn(console, 'error').mockImplementation(() => {})];
    try {
      await expect(
        runCommand(cliChangelog, ['--path', r.dir, '--version', '1.0.1', '--output', 'CHANGELOG.md', '--notes-file', join(out, 'notes.md')]),
      ).rejects.toThrow(/--notes-file .*outside the workspace/);
    } finally {
      for (const q of quiet) q.mockRestore();
      if (saved.ws !== undefined) process.env.GITHUB_WORKSPACE = saved.ws;
      if (saved.temp !== undefined) process.env.RUNNER_TEMP = saved.temp;
    }
    expect(existsSync(join(out, 'notes.md'))).toBe(false);
    expect(existsSync(join(r.dir, 'CHANGELOG.md'))).toBe(false);
  });
});

describe('changelog "output": the same policy', () => {
  it('refuses a CHANGELOG.md that is a symbolic link out of the workspace, leaving its target untouched', async () => {
    const r = repo();
    r.commit('feat: first');
    r.tag('v1.0.0');
    r.commit('fix: a crash on start');
    const out = outside();
    writeFileSync(join(out, 'victim'), 'precious\n');
    symlinkSync(join(out, 'victim'), join(r.dir, 'CHANGELOG.md'));
    const quiet = [vi.spyOn(console, 'log').mockImplementation(() => {}), vi.spyOn(console, 'error').mockImplementation(() => {})];
    try {
      await expect(runCommand(cliChangelog, ['--path', r.dir, '--version', '1.0.1', '--output', 'CHANGELOG.md'])).rejects.toThrow(/--output .*outside the workspace/);
    } finally {
      for (const q of quiet) q.mockRestore();
    }
    expect(readFileSync(join(out, 'victim'), 'utf8')).toBe('precious\n');
  });
});
