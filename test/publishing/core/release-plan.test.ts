import { describe, expect, it } from 'vitest';
import { decideAsset, prereleaseFromTag, sameContent, tagProblem, type RemoteAsset } from '../../../src/publishing/core/release-plan.js';

const H1 = 'a'.repeat(64);
const H2 = 'b'.repeat(64);
const remote = (id: number, extra: Partial<RemoteAsset> = {}): RemoteAsset => ({ id, name: 'x.zip', size: 10, state: 'uploaded', ...extra });

describe('tags', () => {
  it.each([
    ['v1.2.3', false],
    ['v1.2.3-beta.1', true],
    ['app/v2.0.0-rc.2', true],
    ['1.0.0+build.5', false],
    ['nightly', false],
  ])('%s → prerelease %s', (tag, pre) => expect(prereleaseFromTag(tag)).toBe(pre));
  it.each(['', 'v1 .2', 'v1..2', '-v1', 'v1.lock', 'v1/', 'a~b', 'x:y', 'v1\n'])('rejects %j', (tag) => expect(tagProblem(tag)).toBeTypeOf('string'));
  it.each(['v1.2.3', 'app/v1.2.3', 'v1.2.3-beta.1+sha.abc'])('accepts %s', (tag) => expect(tagProblem(tag)).toBeUndefined());
});

describe('sameContent', () => {
  it('needs equal size and equal sha256 to say same; a starter is never the same', () => {
    expect(sameContent({ name: 'x', size: 10, sha256: H1 }, remote(1, { sha256: H1 }))).toBe('same');
    expect(sameContent({ name: 'x', size: 10, sha256: H1 }, remote(1, { sha256: H2 }))).toBe('different');
    expect(sameContent({ name: 'x', size: 11, sha256: H1 }, remote(1, { sha256: H1 }))).toBe('different');
    expect(sameContent({ name: 'x', size: 10, sha256: H1 }, remote(1))).toBe('unknown');
    expect(sameContent({ name: 'x', size: 10, sha256: H1 }, remote(1, { sha256: H1, state: 'starter' }))).toBe('different');
  });
});

describe('decideAsset', () => {
  const local = { name: 'x.zip', size: 10, sha256: H1 };
  it('uploads when nothing has the name; clears starter leftovers first', () => {
    expect(decideAsset(local, [], () => 'unknown', 'replace')).toEqual({ kind: 'upload' });
    const d = decideAsset(local, [remote(1, { state: 'starter' })], () => 'different', 'fail');
    expect(d.kind).toBe('replace');
    expect(d.kind === 'replace' && d.remove.map((r) => r.id)).toEqual([1]);
  });
  it('keeps identical content in every mode and removes duplicates', () => {
    for (const mode of ['replace', 'skip', 'fail'] as const) {
      const d = decideAsset(local, [remote(1), remote(2), remote(3, { state: 'starter' })], (r) => (r.id === 2 ? 'same' : 'different'), mode);
      expect(d.kind).toBe('keep');
      if (d.kind === 'keep') expect([d.keep.id, d.remove.map((r) => r.id).sort()]).toEqual([2, [1, 3]]);
    }
  });
  it('replace removes every same-name asset; skip keeps the first; fail refuses', () => {
    const rs = [remote(1), remote(2)];
    const rep = decideAsset(local, rs, () => 'different', 'replace');
    expect(rep.kind === 'replace' && rep.remove.map((r) => r.id)).toEqual([1, 2]);
    const skip = decideAsset(local, rs, () => 'unknown', 'skip');
    expect(skip.kind === 'keep' && [skip.keep.id, skip.remove.map((r) => r.id)]).toEqual([1, [2]]);
    expect(decideAsset(local, rs, () => 'unknown', 'fail').kind).toBe('conflict');
    expect(decideAsset(local, rs, () => 'unknown', 'replace')).toMatchObject({ kind: 'replace', reason: expect.stringContaining('cannot be proven') });
  });
});
