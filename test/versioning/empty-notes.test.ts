/**
 * A release with no notable change (only `chore(deps)` since 1.0.0): the changelog says there is nothing to
 * write, writes nothing (no bare `## [1.0.1]` heading prepended), prints no section, and succeeds (exit 0: a
 * deps-only release is legitimate; docs/versioning.md "Release notes").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useRepos } from '../helpers/repo.js';
import { generateChangelog } from '../../src/versioning/changelog.js';
import { runCommand } from '../../src/cli/args.js';
import cliChangelog from '../../src/cli/changelog.js';

const repo = useRepos({ withRemote: false });
const EXISTING = '# Changelog\n\n## [1.0.0] - 2026-01-01\n\n### Features\n\n- first\n';

function depsOnly() {
  const r = repo();
  r.commit('feat: first');
  r.tag('v1.0.0');
  r.commit('chore(deps): bump left-pad from 1.0.0 to 1.0.1');
  r.commit('docs: readme');
  writeFileSync(join(r.dir, 'CHANGELOG.md'), EXISTING);
  return r;
}

describe('no notable change since the base: nothing to write', () => {
  it('library: nothing written, empty notes, a warning naming the base and the commit count', async () => {
    const r = depsOnly();
    const res = await generateChangelog({ cwd: r.dir, version: '1.0.1', output: 'CHANGELOG.md' });
    expect(res).toMatchObject({ empty: true, notes: '', written: false, entries: 0, commits: 2, previousTag: 'v1.0.0' });
    expect(res.path).toBeUndefined();
    expect(readFileSync(join(r.dir, 'CHANGELOG.md'), 'utf8')).toBe(EXISTING);
    expect(res.warnings).toEqual([
      'No notable changes since v1.0.0: 2 commit(s), none that release (only non-releasing types or non-conventional messages), so there is nothing to write; CHANGELOG.md was not written.',
    ]);
  });

  it('CLI: no bare heading on stdout, the warning on stderr, exit 0', async () => {
    const r = depsOnly();
    const out: string[] = [];
    const err: string[] = [];
    const o = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    const e = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
    try {
      expect(await runCommand(cliChangelog, ['--path', r.dir, '--version', '1.0.1', '--output', 'CHANGELOG.md'])).toBe(0);
    } finally {
      o.mockRestore();
      e.mockRestore();
    }
    expect(out.join('\n')).toBe('');
    expect(err.join('\n')).toMatch(/^warning: No notable changes since v1\.0\.0: 2 commit\(s\).*CHANGELOG\.md was not written\.$/);
    expect(readFileSync(join(r.dir, 'CHANGELOG.md'), 'utf8')).toBe(EXISTING);
  });

  it('a releasing commit still writes its section (the guard is about empty sections only)', async () => {
    const r = depsOnly();
    r.commit('fix: real');
    const res = await generateChangelog({ cwd: r.dir, version: '1.0.1', output: 'CHANGELOG.md' });
    expect(res).toMatchObject({ empty: false, written: true, entries: 1, warnings: [] });
    expect(readFileSync(join(r.dir, 'CHANGELOG.md'), 'utf8')).toMatch(/^# Changelog\n\n## \[1\.0\.1\] - \d{4}-\d{2}-\d{2}\n\n### Bug Fixes\n\n- real\n\n## \[1\.0\.0\]/);
  });
});
