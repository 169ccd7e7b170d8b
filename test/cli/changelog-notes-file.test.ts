/**
 * `relforge changelog --notes-file F` writes the notes to F, as the changelog action does (notes of thousands of
 * commits travel by file: issue 17). The CLI used to accept the flag and write nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useRepos } from '../helpers/repo.js';
import { runCommand } from '../../src/cli/args.js';
import cliChangelog from '../../src/cli/changelog.js';

const repo = useRepos({ withRemote: false });

describe('relforge changelog --notes-file', () => {
  it('writes exactly the notes (the entries of the commits that release) to the file, creating its folder', async () => {
    const r = repo();
    r.commit('feat: first');
    r.tag('v1.0.0');
    r.commit('fix: a crash on start: http://example.test/issue');
    r.commit('chore: tidy');
    const quiet = [vi.spyOn(console, 'log').mockImplementation(() => {}), vi.spyOn(console, 'error').mockImplementation(() => {})];
    try {
      expect(await runCommand(cliChangelog, ['--path', r.dir, '--version', '1.0.1', '--notes-file', 'out/notes.md'])).toBe(0);
    } finally {
      for (const q of quiet) q.mockRestore();
    }
    const file = join(r.dir, 'out', 'notes.md');
    expect(existsSync(file)).toBe(true);
    const notes = readFileSync(file, 'utf8');
    // independent expectation: the one releasing commit, its description verbatim; the chore is not there
    expect(notes).toContain('a crash on start: http://example.test/issue');
    expect(notes).not.toContain('tidy');
  });
});
