import { describe, expect, it } from 'vitest';
import { classifyCommit, classifyWithParser, parseDecorations, parseLogOutput } from '../../src/versioning/core/commits.js';
import { decideBump } from '../../src/versioning/core/bump.js';

const c = (message: string, sha = 'a'.repeat(40)) => classifyCommit({ sha, message });
const policy = { pre1: 'minor' as const, releaseTypes: ['feat', 'fix', 'perf'] };

describe('classifyCommit', () => {
  it('reads type, scope and subject', () => {
    expect(c('feat(api): add thing\n')).toMatchObject({ type: 'feat', scope: 'api', breaking: false, conventional: true, subject: 'feat(api): add thing' });
    expect(c('fix: x')).toMatchObject({ type: 'fix', breaking: false, conventional: true });
    expect(c('FEAT: shouting')).toMatchObject({ type: 'feat', conventional: true });
  });
  it('`!` before the colon is breaking, with or without scope', () => {
    expect(c('feat!: drop node 18')).toMatchObject({ type: 'feat', breaking: true });
    expect(c('feat(scope)!: drop node 18')).toMatchObject({ type: 'feat', scope: 'scope', breaking: true });
    expect(c('chore!: rename')).toMatchObject({ type: 'chore', breaking: true });
  });
  it('BREAKING CHANGE: and BREAKING-CHANGE: footers are breaking (upper case only)', () => {
    expect(c('refactor: x\n\nbody text\n\nBREAKING CHANGE: the API moved')).toMatchObject({ type: 'refactor', breaking: true });
    expect(c('fix: x\n\nBREAKING-CHANGE: gone')).toMatchObject({ breaking: true });
    expect(c('fix: x\n\nReviewed-by: A\nBREAKING CHANGE: gone')).toMatchObject({ breaking: true });
    expect(c('fix: x\n\nbreaking change: lower case is not the token')).toMatchObject({ breaking: false });
    expect(c('fix: x\n\nNo BREAKING CHANGE here in prose')).toMatchObject({ breaking: false });
  });
  it('non-conventional messages are counted as such and never breaking', () => {
    for (const m of ['Update README', 'Merge pull request #1 from a/b\n\nfeat: x', 'feat:no space', 'feat : space before colon', 'Revert "feat: x"', 'WIP\n\nBREAKING CHANGE: nope', '(scope): no type', '']) {
      expect(c(m), m).toMatchObject({ conventional: false, breaking: false, type: '' });
    }
  });
  it('handles CRLF messages', () => {
    expect(c('feat(x)!: y\r\n\r\nbody\r\n')).toMatchObject({ type: 'feat', breaking: true, subject: 'feat(x)!: y' });
    expect(c('fix: y\r\n\r\nBREAKING CHANGE: z\r\n')).toMatchObject({ breaking: true });
  });
});

describe('parseLogOutput', () => {
  const A = '1'.repeat(40);
  const B = '2'.repeat(40);
  it('parses records with tags and messages', () => {
    const out = `/${A}\0tag: v1.1.0-beta.1, tag: v1.1.0-beta.2\0feat: a\n\nbody\n\0/${B}\0\0fix: b\n\0`;
    expect(parseLogOutput(out)).toEqual([
      { sha: A, message: 'feat: a\n\nbody\n', tags: ['v1.1.0-beta.1', 'v1.1.0-beta.2'] },
      { sha: B, message: 'fix: b\n' },
    ]);
  });
  it('parses --name-only file lists, including names that look like commit ids', () => {
    const out = `/${A}\0\0feat: a\n\0\nsrc/a.ts\0${B}\0/${B}\0\0chore: empty\n\0`;
    expect(parseLogOutput(out, true)).toEqual([
      { sha: A, message: 'feat: a\n', files: ['src/a.ts', B] },
      { sha: B, message: 'chore: empty\n', files: [] },
    ]);
  });
  it('parseDecorations keeps tags only', () => {
    expect(parseDecorations('HEAD -> main, tag: v1.0.0, origin/main')).toEqual(['v1.0.0']);
  });
});

describe('decideBump', () => {
  const sha = (n: number) => String(n).padStart(40, '0');
  const list = (...msgs: string[]) => msgs.map((m, i) => c(m, sha(i)));
  it('feat → minor, fix/perf → patch, others none', () => {
    expect(decideBump(list('fix: a', 'perf: b'), '1.2.3', policy).version).toBe('1.2.4');
    expect(decideBump(list('fix: a', 'feat: b'), '1.2.3', policy).version).toBe('1.3.0');
    expect(decideBump(list('docs: a', 'chore: b', 'refactor: c', 'Update'), '1.2.3', policy)).toMatchObject({ bump: 'none', version: '1.2.3' });
  });
  it('release-types makes other types release (patch), and can leave out fix', () => {
    expect(decideBump(list('refactor: c'), '1.2.3', { ...policy, releaseTypes: ['feat', 'fix', 'perf', 'refactor'] }).version).toBe('1.2.4');
    expect(decideBump(list('fix: c'), '1.2.3', { ...policy, releaseTypes: ['feat'] }).bump).toBe('none');
  });
  it('breaking → major; pre-1.0 minor or major', () => {
    expect(decideBump(list('fix!: a'), '1.2.3', policy).version).toBe('2.0.0');
    expect(decideBump(list('fix!: a'), '0.4.2', policy).version).toBe('0.5.0');
    expect(decideBump(list('fix!: a'), '0.4.2', { ...policy, pre1: 'major' }).version).toBe('1.0.0');
    expect(decideBump(list('feat: a'), '0.4.2', { ...policy, pre1: 'major' }).version).toBe('0.5.0');
    expect(decideBump(list('docs!: a'), '1.0.0', { ...policy, releaseTypes: ['feat'] }).version).toBe('2.0.0');
  });
  it('non-conventional commits never bump even with a breaking footer', () => {
    expect(decideBump(list('Big rewrite\n\nBREAKING CHANGE: all'), '1.0.0', policy).bump).toBe('none');
  });
  it('reports counts per type and the deciding commits', () => {
    const d = decideBump(list('fix: a', 'feat: b', 'Update x', 'feat(y): c', 'docs: d'), '1.0.0', policy);
    expect(d.countsByType).toEqual({ fix: 1, feat: 2, 'non-conventional': 1, docs: 1 });
    expect(d.deciding.map((x) => x.sha)).toEqual([sha(1), sha(3)]);
    expect(d.decidingTotal).toBe(2);
    expect(d.commits).toBe(5);
  });
  it('deciding is capped but the total is kept', () => {
    const many = list(...Array.from({ length: 30 }, (_, i) => `feat: f${i}`));
    const d = decideBump(many, '1.0.0', policy, 10);
    expect(d.deciding).toHaveLength(10);
    expect(d.decidingTotal).toBe(30);
  });
});

describe('fast path and conventional-commits-parser agree', () => {
  const corpus = [
    'feat: a', 'feat(x): a\n\nbody', 'feat(x)!: a', 'fix!: a\n\nBREAKING CHANGE: b', 'fix: a\n\nBREAKING-CHANGE: b',
    'docs: a\n\nsome BREAKING news in prose', 'refactor: a\n\n* BREAKING CHANGE: bullet', 'Update readme', 'Merge branch x',
    'chore(deps)!: drop', 'feat(a b): scope with space', 'perf(io/x): slash', 'FIX: upper', 'feat: a\r\n\r\nBREAKING CHANGE: crlf\r\n',
    '\n\nfeat: leading blank lines', 'feat:missing space', 'feat(): empty scope', 'build: x\n\nbreaking change: lower', 'wip',
    'test: x\n\nBREAKING CHANGE:', 'feat: x\n\nRefs: #1\nBREAKING CHANGE: late footer',
  ];
  it.each(corpus)('%j', (message) => {
    const raw = { sha: 'f'.repeat(40), message };
    expect(classifyCommit(raw)).toEqual(classifyWithParser(raw));
  });
});
