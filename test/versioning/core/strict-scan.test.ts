/**
 * The allocation-free scan of strict versions (readStrictVersion, compareTriples) that highestStrictTag and the
 * prerelease lift use over every tag of a repository (start-up cost, issue 22). Oracle: the SemVer 2.0.0
 * grammar as a regular expression (no leading zeros, three numeric parts, nothing else) plus Number.MAX_SAFE_INTEGER,
 * written here independently, and BigInt for the ordering.
 */
import { describe, expect, it } from 'vitest';
import { compareTriples, isStrictVersion, readStrictVersion } from '../../../src/versioning/core/version.js';

const GRAMMAR = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;
function oracle(s: string): bigint[] | undefined {
  const m = GRAMMAR.exec(s);
  if (!m) return undefined;
  const parts = m.slice(1).map((n) => BigInt(n));
  return parts.every((n) => n <= BigInt(Number.MAX_SAFE_INTEGER)) ? parts : undefined;
}

const CASES = [
  '0.0.0', '1.2.3', '10.20.30', '01.2.3', '1.02.3', '1.2.03', '1.2.3.4', '1.2', '1', '', '.', '..', '1..3', '.1.2', '1.2.',
  '1.2.3-beta.1', '1.2.3+build', 'v1.2.3', ' 1.2.3', '1.2.3 ', '1.2.3\n', '1.2.a', '1.2.-3', '0.0.00', '00.0.0',
  '9007199254740991.0.0', '9007199254740992.0.0', '0.9007199254740993.0', '0.0.99999999999999999999', '123456789012345678.0.0',
];

// A pseudo-random walk over the grammar's alphabet (deterministic seed): strings a hand-written list would miss.
function* generated(n: number): Generator<string> {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const alphabet = ['0', '1', '9', '.', '.', '-', 'a', '00', '10'];
  for (let i = 0; i < n; i++) {
    let s = '';
    const len = next() % 9;
    for (let k = 0; k < len; k++) s += alphabet[next() % alphabet.length];
    yield s;
  }
}

describe('readStrictVersion', () => {
  it('accepts exactly the strict versions of the grammar and reads their numbers', () => {
    for (const s of [...CASES, ...generated(5000)]) {
      const out = [-1, -1, -1];
      const ok = readStrictVersion(s, 0, s.length, out);
      const want = oracle(s);
      expect({ s, ok }).toEqual({ s, ok: want !== undefined });
      expect(isStrictVersion(s)).toBe(ok);
      if (want) expect(out.map((n) => BigInt(n))).toEqual(want);
    }
  });

  it('reads a slice of a longer string (a tag between its prefix and a prerelease dash)', () => {
    const out = [0, 0, 0];
    expect(readStrictVersion('app-v1.20.3-beta.4', 5, 11, out)).toBe(true);
    expect(out).toEqual([1, 20, 3]);
    expect(readStrictVersion('app-v1.20.3-beta.4', 5, 18, out)).toBe(false);
    expect(readStrictVersion('app-v1.20.3-beta.4', 4, 11, out)).toBe(false);
  });
});

describe('compareTriples', () => {
  it('orders numerically, field by field (not as strings)', () => {
    const list = ['0.0.1', '0.1.0', '0.10.0', '0.9.9', '1.0.0', '1.0.10', '1.0.9', '10.0.0', '2.0.0', '1.10.0'];
    for (const a of list) {
      for (const b of list) {
        const [x, y] = [oracle(a)!, oracle(b)!];
        const want = x[0] !== y[0] ? (x[0]! < y[0]! ? -1 : 1) : x[1] !== y[1] ? (x[1]! < y[1]! ? -1 : 1) : x[2] !== y[2] ? (x[2]! < y[2]! ? -1 : 1) : 0;
        const [p, q] = [[0, 0, 0], [0, 0, 0]];
        readStrictVersion(a, 0, a.length, p);
        readStrictVersion(b, 0, b.length, q);
        expect({ a, b, c: compareTriples(p, q) }).toEqual({ a, b, c: want });
      }
    }
  });
});
