import { describe, expect, it } from 'vitest';
import { classifyCommit } from '../../../src/versioning/core/commits.js';
import { decideBump } from '../../../src/versioning/core/bump.js';

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
    for (const m of ['Update README', 'Merge pull request #1 from a/b\n\nfeat: x', 'feat : space before colon', 'feat:', 'WIP\n\nBREAKING CHANGE: nope', '(scope): no type', '']) {
      expect(c(m), m).toMatchObject({ conventional: false, breaking: false, type: '' });
    }
  });
  it('handles CRLF messages', () => {
    expect(c('feat(x)!: y\r\n\r\nbody\r\n')).toMatchObject({ type: 'feat', breaking: true, subject: 'feat(x)!: y' });
    expect(c('fix: y\r\n\r\nBREAKING CHANGE: z\r\n')).toMatchObject({ breaking: true });
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

describe('odd real-world headers', () => {
  it('leading whitespace, capitalised types, a missing space after the colon', () => {
    expect(c(' fix: revert #6251')).toMatchObject({ type: 'fix', description: 'revert #6251', conventional: true });
    expect(c('Feat: add useId()')).toMatchObject({ type: 'feat', description: 'add useId()' });
    expect(c('Fix(SSR): keep the Case')).toMatchObject({ type: 'fix', scope: 'SSR', description: 'keep the Case' });
    expect(c('fix:spell checker')).toMatchObject({ type: 'fix', description: 'spell checker', conventional: true });
    expect(c('\n\nfeat: leading blank lines')).toMatchObject({ type: 'feat', subject: 'feat: leading blank lines' });
    expect(c('feat(): empty scope')).toMatchObject({ type: 'feat', conventional: true });
    expect(c('feat(): empty scope').scope).toBeUndefined();
  });
  it('a subject wrapped onto a second line stays whole; footers and lists do not join it', () => {
    expect(c('fix(ssr): handle the case where the module graph\nis not ready yet\n\nbody')).toMatchObject({
      description: 'handle the case where the module graph is not ready yet',
      subject: 'fix(ssr): handle the case where the module graph is not ready yet',
    });
    expect(c('fix: a\nSigned-off-by: X <x@y>')).toMatchObject({ description: 'a' });
    expect(c('feat: a\n- item one\n- item two')).toMatchObject({ description: 'a' });
  });
  it('BREAKING CHANGE footers: whole when multi-line, also as a list item, ended by the next footer', () => {
    const multi = c('feat(api): new config\n\nBREAKING CHANGE: the config moved\nto relforge.yml; run the migration\n\nand restart.\nRefs: #12');
    expect(multi).toMatchObject({ breaking: true, breakingNotes: ['the config moved\nto relforge.yml; run the migration\n\nand restart.'] });
    const bullet = c('refactor: cleanup\n\n- drop old flags\n- BREAKING CHANGE: --legacy is removed,\n  use --modern\n- tidy docs');
    expect(bullet).toMatchObject({ breaking: true, breakingNotes: ['--legacy is removed,\nuse --modern'] });
    expect(c('fix: x\n\n* BREAKING CHANGE: star bullet')).toMatchObject({ breaking: true, breakingNotes: ['star bullet'] });
  });
  it('reverts: git / GitHub style and revert: type, with the reverted id', () => {
    const sha = 'abcdef1234567890abcdef1234567890abcdef12';
    expect(c(`Revert "feat: add x"\n\nThis reverts commit ${sha}.`)).toMatchObject({ type: 'revert', conventional: true, revert: { header: 'feat: add x', sha } });
    expect(c(`revert: feat: add x\n\nThis reverts commit ${sha.slice(0, 7)}.`)).toMatchObject({ type: 'revert', revert: { header: 'feat: add x', sha: sha.slice(0, 7) } });
    expect(c('Revert "Revert "feat: add x""')).toMatchObject({ revert: { header: 'Revert "feat: add x"' } });
  });
});
