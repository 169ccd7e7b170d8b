#!/usr/bin/env node
// Benchmark: relforge changelog (the bundle, run as a runner runs it) on the synthetic histories of
// bench/lib/gen-repo.mjs, measured in the same run as its baselines:
//   L   100,000 commits, ~2,500 tags, 150 commits after the last stable tag → goal: within node start-up + 300 ms
//   LT  30,000 commits, 20,000 after the last stable tag (100 betas in the tail) → goal: within node start-up + 3× the
//       `git log <base>..HEAD` floor
// The notes are checked against the expected number of entries (feat/fix/perf/breaking commits of the tail).
// --old also times git-cliff the way relforge called it before (--use-branch-tags over the whole history; minutes on L).
// Usage: node bench/changelog.mjs [--runs N] [--sizes L,LT] [--node PATH] [--old]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureRepo } from './lib/gen-repo.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string' }, sizes: { type: 'string' }, node: { type: 'string' }, old: { type: 'boolean', default: false } } });
// The same specs as bench/next-version.mjs (same cache entries).
const SPECS = {
  L: { name: 'L', commits: 100_000, tail: 150, releaseEvery: 240, betasPerRelease: 5, tailBetas: 5 },
  LT: { name: 'LT', commits: 30_000, tail: 20_000, releaseEvery: 240, betasPerRelease: 5, tailBetas: 100 },
};
const sizes = (values.sizes ?? 'L,LT').split(',').map((s) => s.trim().toUpperCase());
const runs = Number(values.runs ?? 5);
const NODE = [values.node, join(ROOT, 'node_modules', 'node', 'bin', 'node')].filter(Boolean).find((p) => existsSync(p)) ?? process.execPath;
const BUNDLE = join(ROOT, 'dist', 'changelog', 'index.js');
const CLIFF = join(ROOT, 'node_modules', 'git-cliff-linux-x64', 'bin', 'git-cliff');
if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: node scripts/build.mjs changelog`);
const work = mkdtempSync(join(tmpdir(), 'relforge-bench-changelog-'));
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(k)));

function measure(cmd, args, { cwd, env } = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, env: env ?? cleanEnv, encoding: 'utf8', maxBuffer: 1 << 30 });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function series(n, fn) {
  fn(); // warm-up (page cache)
  const out = Array.from({ length: n }, fn);
  const ms = out.map((o) => o.ms);
  return { ms: median(ms), min: Math.min(...ms), max: Math.max(...ms), last: out.at(-1) };
}
function readOutputs(file) {
  const out = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const v = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) v.push(lines[i]);
    out[m[1]] = v.join('\n');
  }
  return out;
}
/** Commits of the tail that release (gen-repo.mjs: the breaking change first, then TYPES by i % 10). */
function expectedEntries(spec) {
  const before = spec.commits - spec.tail;
  let n = 0;
  for (let i = before + 1; i <= spec.commits; i++) if (i === before + 1 || [0, 1, 6, 8].includes(i % 10)) n++;
  return n;
}
const fmt = (ms) => `${ms.toFixed(1)} ms`.padStart(10);
const span = (s) => `(runs ${s.min.toFixed(0)}–${s.max.toFixed(0)} ms)`;

console.log(`changelog benchmark: node ${spawnSync(NODE, ['-v'], { encoding: 'utf8' }).stdout.trim()}, ${runs} runs per figure (median); load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const nodeBare = series(runs, () => measure(NODE, ['-e', '0']));
console.log(`node start-up (node -e 0): ${fmt(nodeBare.ms)} ${span(nodeBare)}\n`);
const results = [];
for (const size of sizes) {
  const spec = SPECS[size];
  if (!spec) throw new Error(`unknown size ${size} (L, LT)`);
  const repo = await ensureRepo(spec, (m) => console.log(m));
  const outFile = join(work, 'out');
  const bundle = series(runs, () => {
    writeFileSync(outFile, '');
    return measure(NODE, [BUNDLE], { cwd: repo.dir, env: { ...cleanEnv, INPUT_PATH: repo.dir, INPUT_VERSION: repo.truth, GITHUB_OUTPUT: outFile, GITHUB_STEP_SUMMARY: join(work, 'summary'), GITHUB_ACTIONS: 'true' } });
  });
  const outputs = readOutputs(outFile);
  const entries = (outputs.notes ?? '').split('\n').filter((l) => l.startsWith('- ')).length;
  const ok = bundle.last.code === 0 && entries === expectedEntries(spec) && outputs['previous-tag'] === repo.lastStable;
  const floor = series(runs, () => measure('git', ['log', '--format=%H%x00%B%x00', `${repo.lastStable}..HEAD`], { cwd: repo.dir }));
  console.log(`${size}: ${repo.commits} commits, ${repo.tags} tags, ${repo.tail} after ${repo.lastStable}`);
  console.log(`  relforge changelog ${fmt(bundle.ms)} ${span(bundle)} → ${entries} entries (expected ${expectedEntries(spec)}), base ${outputs['previous-tag']} ${ok ? 'RIGHT' : `WRONG ${bundle.last.stderr.slice(0, 300)}${bundle.last.stdout.slice(-300)}`}`);
  console.log(`  git log floor      ${fmt(floor.ms)} ${span(floor)}`);
  if (values.old && existsSync(CLIFF)) {
    const old = measure(CLIFF, ['--unreleased', '--tag', `v${repo.truth}`, '--tag-pattern', '^v[0-9]+\\.[0-9]+\\.[0-9]+$', '--use-branch-tags', '--offline', '--strip', 'all'], { cwd: repo.dir });
    console.log(`  git-cliff --use-branch-tags (before) ${fmt(old.ms)}`);
  }
  const over = bundle.ms - nodeBare.ms;
  const goal = size === 'L' ? { limit: 300, text: 'node start-up + 300 ms' } : { limit: 3 * floor.ms, text: `node start-up + 3× floor (${(3 * floor.ms).toFixed(1)} ms)` };
  console.log(`  changelog − node start-up ${fmt(over)}; goal ${goal.text}: ${over <= goal.limit ? 'met' : 'MISSED'}; changelog/floor ${(bundle.ms / floor.ms).toFixed(1)}×\n`);
  results.push(ok && over <= goal.limit);
}
rmSync(work, { recursive: true, force: true });
process.exitCode = results.every(Boolean) ? 0 : 1;
