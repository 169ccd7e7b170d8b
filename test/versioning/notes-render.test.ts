/**
 * The built-in renderer of the bundled notes template (core/notes-render.ts) prints exactly what git-cliff prints
 * for the same context: generated histories (seeded, with odd messages, scopes, multi-line breaking changes,
 * reverts, markup, unicode) are rendered both ways with the real git-cliff and compared byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitEnv } from '../helpers/repo.js';
import { generateChangelog } from '../../src/versioning/changelog.js';
import { renderNotesPart } from '../../src/versioning/core/notes-render.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** mulberry32: a small seeded PRNG, so a failure is reproducible. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS = [
  'plain words',
  'keeps useId() as written',
  'std::vector and http://x.test/a?b=c&d',
  '<b>markup</b> & "quotes" \'single\'',
  '{{ not a template }} {% nor this %} {# nor #}',
  'ünïcödé — emoji 🚀 and 中文',
  'trailing spaces   ',
  'back\\slash and `code` and *stars* and _under_',
  'tab\there',
  '  leading spaces',
];
const TYPES = ['feat', 'fix', 'perf', 'docs', 'chore', 'refactor', 'Feat', 'FIX', 'revert'];
const SCOPES = [undefined, 'api', 'core/io', 'a b', '', ' ', 'ünï', '**', 'x:y'];
const BREAKING = [
  'the config moved\nto relforge.yml',
  'one line',
  'with a blank line\n\nand more   \n  indented\n\n\nend',
  '<tag> & {{ x }}',
];

/** A history of `n` commits after `v1.0.0` (fast-import), every message drawn from the pieces above. */
function history(seed: number, n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'relforge-notes-render-'));
  dirs.push(dir);
  const env = { ...process.env, ...gitEnv() };
  execFileSync('git', ['init', '-q', '-b', 'main', dir], { env });
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const headers: string[] = [];
  let input = '';
  const data = (s: string) => `data ${Buffer.byteLength(s)}\n${s}\n`;
  for (let i = 1; i <= n; i++) {
    let msg: string;
    const r = rnd();
    if (i === 1) msg = 'chore: initial';
    else if (r < 0.08 && headers.length) msg = `Revert "${pick(headers)}"\n`;
    else if (r < 0.12) msg = `${pick(TEXTS)}\n\nnot conventional`;
    else {
      const scope = pick(SCOPES);
      const header = `${pick(TYPES)}${scope === undefined ? '' : `(${scope})`}${rnd() < 0.1 ? '!' : ''}: ${pick(TEXTS)} ${i}`;
      headers.push(header);
      msg = header;
      if (rnd() < 0.3) msg += `\n\nbody of ${i}`;
      if (rnd() < 0.15) msg += `\n\nBREAKING CHANGE: ${pick(BREAKING)}`;
      if (rnd() < 0.05) msg += `\n\n- BREAKING CHANGE: ${pick(BREAKING)}\n- other item`;
      if (rnd() < 0.1) msg += '\n\nRefs: #12';
    }
    input += `commit refs/heads/main\nmark :${i}\ncommitter T <t@example.test> ${1_600_000_000 + i * 60} +0000\n${data(msg)}`;
    if (i > 1) input += `from :${i - 1}\n`;
    input += `M 644 inline f${i % 7}.txt\n${data(`${i}\n`)}\n`;
    if (i === 1) input += `reset refs/tags/v1.0.0\nfrom :1\n\n`;
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, env, input });
  execFileSync('git', ['reset', '-q', '--hard'], { cwd: dir, env });
  // Reverts by commit id (git's own wording), of releasing commits, and one revert of a revert: cancelled pairs.
  const log = execFileSync('git', ['log', '--format=%H %s', 'v1.0.0..HEAD'], { cwd: dir, env, encoding: 'utf8' }).trim().split('\n');
  const targets = log.filter((l) => / (feat|fix|perf)[(:]/i.test(l)).filter((_, k) => k % 17 === 3).slice(0, 6);
  const revert = (sha: string, subject: string) => {
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', `Revert "${subject}"\n\nThis reverts commit ${sha}.`], { cwd: dir, env });
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, env, encoding: 'utf8' }).trim();
  };
  for (const [k, t] of targets.entries()) {
    const sha = t.slice(0, 40);
    const subject = t.slice(41);
    const r = revert(sha, subject);
    if (k === 0) revert(r, `Revert "${subject}"`); // restores the first one
  }
  return dir;
}

describe('the built-in notes renderer prints what git-cliff prints for the bundled template', () => {
  const cases = [
    { seed: 1, n: 400, version: '2.0.0', remoteUrl: 'https://git.example.test/o/r' },
    { seed: 2, n: 300, version: '2.0.0-beta.1', remoteUrl: 'https://git.example.test/o/r' },
    { seed: 3, n: 300, version: '1.1.0' },
    { seed: 4, n: 250, version: '1.1.0-rc.0' },
    { seed: 5, n: 3, version: '1.0.1' }, // almost nothing: the heading alone, or one entry
  ];
  for (const c of cases) {
    it(`seed ${c.seed}: ${c.n} commits, ${c.version}${c.remoteUrl ? ', with links' : ''}`, async () => {
      const dir = history(c.seed, c.n);
      const opts = { cwd: dir, version: c.version, ...(c.remoteUrl ? { remoteUrl: c.remoteUrl } : {}), dryRun: true };
      const cliff = await generateChangelog({ ...opts, renderer: 'git-cliff' });
      const builtin = await generateChangelog({ ...opts, renderer: 'builtin' });
      expect(cliff.section).toContain(`## [${c.version}] - `);
      expect(builtin.section).toBe(cliff.section);
      expect(builtin.notes).toBe(cliff.notes);
      expect(builtin.entries).toBe(cliff.entries);
      if (c.n > 100) {
        expect(cliff.entries).toBeGreaterThan(50);
        // The history has cancelled pairs: fewer entries than releasing commits in the range.
        expect(cliff.section).not.toContain('This reverts commit');
      }
    }, 120_000);
  }

  it('a part with every commit cancelled, and the heading alone, as git-cliff prints them', () => {
    const rel = { tag: 'v1.0.0', version: '1.0.0', date: '2026-01-01', timestamp: 1, remote: 'https://h/o/r' };
    const e = { sha: 'a'.repeat(40), description: 'one', breakingNotes: [] };
    // Outputs of git-cliff 2.14.2 for these contexts, copied from its stdout.
    expect(renderNotesPart(rel, 'Features', [e], new Set([e.sha]), true)).toBe('\n## [1.0.0] - 2026-01-01\n\n');
    expect(renderNotesPart({ ...rel, intro: 'Intro <x>' }, 'Features', [e], new Set(), true)).toBe(
      `\n## [1.0.0] - 2026-01-01\n\nIntro <x>\n\n\n\n### Features\n\n- one ([aaaaaaa](https://h/o/r/commit/${'a'.repeat(40)}))`,
    );
    expect(renderNotesPart({ ...rel, remote: undefined }, 'Features', [e], new Set(), false)).toBe('\n\n### Features\n\n- one');
  });
});
