/** parseRefTargets: `for-each-ref` output (name NUL object, one per line) into a map, checked against real git. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRefTargets } from '../../../src/git/core/refs.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('parseRefTargets', () => {
  it('maps every tag of a real repository to the object git names (lightweight and annotated, odd names)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relforge-refs-'));
    dirs.push(dir);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } });
    git('init', '-q');
    git('commit', '-q', '--allow-empty', '-m', 'one');
    const names = ['v1.0.0', 'v1.0.1-beta.1', 'app/v2.0.0', 'x', 'über-1.0.0'];
    for (const n of names) git('tag', n);
    git('tag', '-a', '-m', 'annotated', 'v1.1.0');
    const out = git('for-each-ref', '--format=%(refname:strip=2)%00%(objectname)', 'refs/tags');
    // The independent expectation: git's own answer per name.
    const want = new Map([...names, 'v1.1.0'].map((n) => [n, git('rev-parse', `refs/tags/${n}`).trim()]));
    expect(parseRefTargets(out)).toEqual(want);
    expect(want.get('v1.1.0')).not.toBe(want.get('v1.0.0')); // the annotated tag names its tag object
  });

  it('is empty for no output, and skips lines without a NUL', () => {
    expect(parseRefTargets('').size).toBe(0);
    expect([...parseRefTargets('junk\nv1\u0000abc\n\u0000def\nv2\u0000123')]).toEqual([
      ['v1', 'abc'],
      ['v2', '123'],
    ]);
  });
});
