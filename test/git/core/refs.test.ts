/**
 * parseRefTargets: `for-each-ref` output (name NUL object, one per line) into a map; parseRepositoryState: the one
 * rev-parse of Git.state. Both checked against real git.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRefTargets, parseRepositoryState, REPOSITORY_STATE_ARGS } from '../../../src/git/core/refs.js';

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

describe('parseRepositoryState', () => {
  const id = (c: string) => c.repeat(40);

  it('reads the facts, HEAD and the two listings of a real rev-parse, tag for tag as for-each-ref names them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relforge-state-'));
    dirs.push(dir);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } });
    git('init', '-q');
    git('commit', '-q', '--allow-empty', '-m', 'one');
    for (const n of ['v1.0.0', 'v1.0.1-beta.1', 'app/v2.0.0', 'über-1.0.0']) git('tag', n);
    git('tag', '-a', '-m', 'annotated', 'v1.1.0');
    git('commit', '-q', '--allow-empty', '-m', 'two');
    git('tag', 'v2.0.0');
    git('pack-refs', '--all'); // some packed, one loose after it
    git('tag', 'v2.0.1-rc.1');
    const out = git(...REPOSITORY_STATE_ARGS);
    const want = parseRefTargets(git('for-each-ref', '--format=%(refname:strip=2)%00%(objectname)', 'refs/tags'));
    expect(want.size).toBe(7);
    expect(parseRepositoryState(out, true)).toEqual({ bare: false, insideWorkTree: true, shallow: false, head: git('rev-parse', 'HEAD').trim(), tags: want });
  });

  it('no tags: an empty map; an unborn HEAD (git stops there): no head and no tags', () => {
    expect(parseRepositoryState(`false\ntrue\nfalse\n${id('a')}\n`, true)).toEqual({ bare: false, insideWorkTree: true, shallow: false, head: id('a'), tags: new Map() });
    expect(parseRepositoryState('false\ntrue\ntrue\nHEAD^{commit}\n', false)).toEqual({ bare: false, insideWorkTree: true, shallow: true });
    expect(parseRepositoryState('', false)).toEqual({ bare: false, insideWorkTree: false, shallow: false });
    expect(parseRepositoryState('true\nfalse\nfalse\n', false)).toMatchObject({ bare: true, insideWorkTree: false });
  });

  it('pairs ids and names by position, SHA-256 ids included', () => {
    const sha256 = 'b'.repeat(64);
    expect(parseRepositoryState(`false\ntrue\nfalse\n${sha256}\n${sha256}\n${'c'.repeat(64)}\nv1\nv2\n`, true).tags).toEqual(
      new Map([
        ['v1', sha256],
        ['v2', 'c'.repeat(64)],
      ]),
    );
  });

  it('listings that do not pair up give no tags (the caller asks for-each-ref): a tag more or less, a name like an id', () => {
    const head = `false\ntrue\nfalse\n${id('a')}\n`;
    expect(parseRepositoryState(`${head}${id('1')}\n${id('2')}\nv1\nv2\nv3\n`, true).tags).toBeUndefined(); // odd count
    expect(parseRepositoryState(`${head}${id('1')}\n${id('2')}\nv1\nv2\nv3\nv4\n`, true).tags).toBeUndefined(); // 2 ids, 4 names
    expect(parseRepositoryState(`${head}${id('1')}\n${id('2')}\n${id('3')}\n${id('4')}\nv1\nv2\n`, true).tags).toBeUndefined(); // 4 ids, 2 names
    expect(parseRepositoryState(`${head}${id('1')}\n${id('2')}\n${id('d')}\nv2\n`, true).tags).toBeUndefined(); // first name is an id
    expect(parseRepositoryState(`${head}${id('1')}\n${id('2')}\nv1\nv2\n`, true).tags?.size).toBe(2);
  });
});
