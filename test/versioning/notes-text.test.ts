/**
 * Property: the notes text of a commit is the commit's own description, verbatim — whatever it holds (`:`,
 * `://`, `::`, backticks, `!`, parentheses, braces, unicode). Headers are generated from a seeded generator
 * (reproducible: the failing seed and header are in the assertion message); each commit is committed for real
 * and the notes rendered by the real git-cliff. The expected entry line is built from the generated parts,
 * not from relforge's parser.
 */
import { describe, expect, it } from 'vitest';
import { useRepos } from '../helpers/repo.js';
import { generateChangelog } from '../../src/versioning/changelog.js';

const repo = useRepos({ withRemote: false });

/** mulberry32: a small seeded PRNG (deterministic per seed). */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return { next, pick };
}

const TYPES = ['feat', 'fix', 'perf', 'Feat', 'FIX'] as const;
const SCOPES = [undefined, 'core', 'nuxt,schema', 'a/b', 'ü-scope', 'vite:plugin', 'x.y', 'deps-dev'] as const;
/** Pieces a description is built from: the shapes that broke (a URL, `word:`, `::`, backticks) and more. */
const PIECES = [
  'http://example.com',
  'https://a.test/x?y=1#z',
  '`pages:resolved`',
  'ReferenceError:',
  'URL is not defined',
  'std::vector',
  'overflow',
  'feat:',
  'fix(core):',
  'BREAKING!',
  '(#1234)',
  'f(x)',
  'a: b: c',
  '{{ x }}',
  '{% raw %}',
  'ünïcödé',
  '日本語',
  '🚀',
  '<b>&amp;</b>',
  '*stars*',
  '[link](u)',
  '\\back\\slash',
  '"quoted"',
  "it's",
  'ok',
  'links',
] as const;

interface Generated {
  header: string;
  scope?: string;
  description: string;
}

function generate(seed: number, count: number): Generated[] {
  const r = prng(seed);
  const out: Generated[] = [];
  for (let i = 0; i < count; i++) {
    const type = r.pick(TYPES);
    const scope = r.pick(SCOPES);
    const bang = r.next() < 0.15 ? '!' : '';
    const words = Array.from({ length: 1 + Math.floor(r.next() * 4) }, () => r.pick(PIECES));
    // A unique word keeps two generated commits apart in the notes.
    const description = `${words.join(' ')} n${i}`;
    const space = r.next() < 0.2 ? '' : ' ';
    out.push({ header: `${type}${scope ? `(${scope})` : ''}${bang}:${space}${description}`, ...(scope ? { scope } : {}), description });
  }
  return out;
}

describe('notes text is the commit’s own text (property over generated headers)', () => {
  for (const seed of [1, 2018, 424242]) {
    it(`seed ${seed}: every description appears verbatim as its entry`, async () => {
      const r = repo();
      r.commit('chore: start');
      r.tag('v1.0.0');
      const gen = generate(seed, 40);
      for (const g of gen) r.commit(g.header);
      const res = await generateChangelog({ cwd: r.dir, version: '2.0.0' });
      const lines = res.notes.split('\n');
      for (const g of gen) {
        const entry = `- ${g.scope ? `**${g.scope}:** ` : ''}${g.description}`;
        expect(lines, `seed ${seed}, header ${JSON.stringify(g.header)}`).toContain(entry);
      }
      expect(res.entries).toBe(gen.length);
    });
  }
});
