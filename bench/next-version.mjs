#!/usr/bin/env node
// Benchmark: relforge next-version (the bundle, run as a runner runs it) against the floor
// `git log --format=%H%x00%B%x00 vLAST..HEAD` and against git-cliff --bumped-version, on synthetic repos:
//   S  10,000 commits, ~250 tags, 150 commits after the last stable tag (breaking change first, 5 betas after it)
//   L  100,000 commits, ~2,500 tags, same tail
//   LT 30,000 commits, 20,000 after the last stable tag (100 betas in the tail)
// Prints medians, ratios, peak RSS and whether each answer is right (truth: 6.0.0). The bundle runs alternate with
// `node -e 0` runs: "bundle − node start-up" compares medians measured in the same rounds.
// Usage: node bench/next-version.mjs [--quick] [--sizes S,LT,L] [--runs N] [--node PATH] [--cliff-default] [--dist DIR]
//   --dist DIR: time DIR/next-version/index.js instead of dist/ (a copy of an older build, to interleave before/after)
//   (git-cliff with its default config runs on S only unless --cliff-default: it reads the whole history)
//   --quick = S only. Repos are cached under $TMPDIR/relforge-bench (delete it to regenerate / reclaim space).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureRepo } from './lib/gen-repo.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    runs: { type: 'string' },
    node: { type: 'string' },
    dist: { type: 'string' },
    'cliff-default': { type: 'boolean', default: false },
  },
});
const SPECS = {
  S: { name: 'S', commits: 10_000, tail: 150, releaseEvery: 240, betasPerRelease: 5, tailBetas: 5 },
  L: { name: 'L', commits: 100_000, tail: 150, releaseEvery: 240, betasPerRelease: 5, tailBetas: 5 },
  LT: { name: 'LT', commits: 30_000, tail: 20_000, releaseEvery: 240, betasPerRelease: 5, tailBetas: 100 },
};
const sizes = values.quick ? ['S'] : (values.sizes ?? 'S,LT,L').split(',').map((s) => s.trim().toUpperCase());
for (const s of sizes) if (!SPECS[s]) throw new Error(`unknown size ${s} (S, L, LT)`);
const runs = Number(values.runs ?? (values.quick ? 7 : 5));
const nodeCandidates = [values.node, join(ROOT, 'node_modules', 'node', 'bin', 'node'), join(ROOT, 'node_modules', '.bin', 'node')].filter(Boolean);
const NODE = nodeCandidates.find((p) => existsSync(p)) ?? process.execPath;
const BUNDLE = join(values.dist ?? join(ROOT, 'dist'), 'next-version', 'index.js');
const CLIFF = join(ROOT, 'node_modules', 'git-cliff-linux-x64', 'bin', 'git-cliff');
const TIME = '/usr/bin/time';
if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: node scripts/build.mjs next-version`);

const work = mkdtempSync(join(tmpdir(), 'relforge-bench-run-'));
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(k)));

/** Runs a command once: wall time (ms), peak RSS (MiB, from /usr/bin/time when present), stdout, exit code. */
function measure(cmd, args, { cwd, env } = {}) {
  const rssFile = join(work, 'rss');
  const useTime = existsSync(TIME);
  const t0 = process.hrtime.bigint();
  const r = useTime
    ? spawnSync(TIME, ['-o', rssFile, '-f', '%M %U %S', cmd, ...args], { cwd, env: env ?? cleanEnv, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(cmd, args, { cwd, env: env ?? cleanEnv, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const [kb, user, sys] = useTime ? readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  // CPU time (user + sys, children included) is less disturbed than wall time on a shared machine.
  return { ms, rss: kb / 1024, cpu: (user + sys) * 1000, code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * `fn` and node's bare start-up interleaved, run by run: the start-up each figure is compared with is measured in
 * the same moments (a machine's pace drifts over a benchmark: load, caches, a long git-cliff run just before).
 */
function pairedSeries(n, fn) {
  fn(); // warm-up (page cache)
  const out = [];
  const bare = [];
  for (let i = 0; i < n; i++) {
    bare.push(measure(NODE, ['-e', '0']));
    out.push(fn());
  }
  return { ...summarize(out), startup: { ms: median(bare.map((o) => o.ms)), cpu: median(bare.map((o) => o.cpu)) } };
}

function series(n, fn) {
  fn(); // warm-up (page cache)
  const out = [];
  for (let i = 0; i < n; i++) out.push(fn());
  return summarize(out);
}

/** Median wall and CPU time, the wall range, peak RSS and the last run of a series of measurements. */
function summarize(out) {
  const ms = out.map((o) => o.ms);
  return { ms: median(ms), min: Math.min(...ms), max: Math.max(...ms), cpu: median(out.map((o) => o.cpu)), rss: Math.max(...out.map((o) => o.rss)), last: out[out.length - 1] };
}

function readOutputs(file) {
  const out = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const v = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) v.push(lines[i]);
      out[m[1]] = v.join('\n');
    }
  }
  return out;
}

const fmt = (ms) => `${ms.toFixed(1)} ms`;
const span = (s) => `runs ${s.min.toFixed(0)}–${s.max.toFixed(0)} ms`;
const strip = (v) => (v ?? '').trim().replace(/^v/, '');
console.log(`next-version benchmark: node ${spawnSync(NODE, ['-v'], { encoding: 'utf8' }).stdout.trim()} (${NODE}), ${runs} runs per figure (median), git-cliff ${existsSync(CLIFF) ? spawnSync(CLIFF, ['--version'], { encoding: 'utf8' }).stdout.trim() : 'missing'}`);
const nodeBare = series(runs, () => measure(NODE, ['-e', '0']));
console.log(`node start-up (node -e 0): ${fmt(nodeBare.ms)} (${span(nodeBare)}, cpu ${fmt(nodeBare.cpu)}), ${nodeBare.rss.toFixed(1)} MiB; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);

const results = [];
for (const size of sizes) {
  const repo = await ensureRepo(SPECS[size], (m) => console.log(m));
  const outFile = join(work, 'github_output');
  const summaryFile = join(work, 'summary');
  const bundle = pairedSeries(runs, () => {
    writeFileSync(outFile, '');
    writeFileSync(summaryFile, '');
    return measure(NODE, [BUNDLE], {
      cwd: repo.dir,
      env: { ...cleanEnv, INPUT_PATH: repo.dir, GITHUB_OUTPUT: outFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_ACTIONS: 'true' },
    });
  });
  const outputs = readOutputs(outFile);
  const floor = series(runs, () => measure('git', ['log', '--format=%H%x00%B%x00', `${repo.lastStable}..HEAD`], { cwd: repo.dir }));
  const floorCount = floor.last.stdout.split('\0').length >> 1;
  let cliff;
  let cliffDefault;
  if (existsSync(CLIFF)) {
    const cliffRuns = size === 'S' ? runs : Math.min(runs, 3);
    cliff = series(cliffRuns, () =>
      measure(CLIFF, ['--unreleased', '--tag-pattern', '^v[0-9]+\\.[0-9]+\\.[0-9]+$', '--bumped-version'], { cwd: repo.dir }),
    );
    // git-cliff with its defaults reads the whole history (tens of seconds on L): once, on S only, unless asked.
    if (size === 'S' || values['cliff-default']) cliffDefault = measure(CLIFF, ['--bumped-version'], { cwd: repo.dir });
  }
  const ok = strip(outputs.version) === repo.truth && outputs['previous-tag'] === repo.lastStable && Number(outputs.commits) === repo.tail;
  const row = {
    size,
    commits: repo.commits,
    tags: repo.tags,
    tail: repo.tail,
    bundle: bundle.ms,
    bundleRss: bundle.rss,
    overStartup: bundle.ms - bundle.startup.ms,
    floor: floor.ms,
    cliff: cliff?.ms,
    cliffRss: cliff?.rss,
    ok,
  };
  results.push(row);
  console.log(`${size}: ${repo.commits} commits, ${repo.tags} tags, ${repo.tail} after ${repo.lastStable}; truth ${repo.truth}`);
  console.log(`  relforge bundle   ${fmt(bundle.ms).padStart(10)}  ${span(bundle)}  cpu ${fmt(bundle.cpu).padStart(10)}  rss ${bundle.rss.toFixed(1)} MiB  → version ${outputs.version} (base ${outputs['previous-tag']}, ${outputs.commits} commits, ${outputs.bump}) ${ok ? 'RIGHT' : 'WRONG'}`);
  console.log(`  git log floor     ${fmt(floor.ms).padStart(10)}  ${span(floor)}  cpu ${fmt(floor.cpu).padStart(10)}  rss ${floor.rss.toFixed(1)} MiB  (${floorCount} commits)`);
  if (cliff) {
    const a = strip(cliff.last.stdout);
    const b = cliffDefault ? strip(cliffDefault.stdout) : undefined;
    console.log(`  git-cliff strict  ${fmt(cliff.ms).padStart(10)}  cpu ${fmt(cliff.cpu).padStart(10)}  rss ${cliff.rss.toFixed(1)} MiB  → ${cliff.last.stdout.trim() || cliff.last.stderr.trim().split('\n').pop()} ${a === repo.truth ? 'RIGHT' : 'WRONG'}`);
    if (cliffDefault) console.log(`  git-cliff default ${fmt(cliffDefault.ms).padStart(10)}  cpu ${fmt(cliffDefault.cpu).padStart(10)}  rss ${cliffDefault.rss.toFixed(1)} MiB  → ${cliffDefault.stdout.trim() || cliffDefault.stderr.trim().split('\n').pop()} ${b === repo.truth ? 'RIGHT' : 'WRONG'} (no prerelease configuration)`);
  }
  console.log(
    `  ratios: bundle/floor ${(bundle.ms / floor.ms).toFixed(1)}×` +
      (cliff ? `, bundle/git-cliff ${(bundle.ms / cliff.ms).toFixed(2)}×` : '') +
      `, bundle − node start-up ${fmt(bundle.ms - bundle.startup.ms)} (start-up ${fmt(bundle.startup.ms)} in the same rounds)` +
      `; cpu: bundle/floor ${(bundle.cpu / Math.max(floor.cpu, 1)).toFixed(1)}×` +
      (cliff ? `, bundle/git-cliff ${(bundle.cpu / Math.max(cliff.cpu, 1)).toFixed(2)}×` : '') +
      `, bundle − node start-up ${fmt(bundle.cpu - bundle.startup.cpu)}\n`,
  );
}

console.log('goals: always right; LT ≤ 2.5× floor and faster than git-cliff; S/L ≤ node start-up + 40 ms and ≤ 64 MiB; S ≈ L (no cost growing with history or tags)');
for (const r of results) {
  const goals = [];
  if (r.size === 'LT') goals.push(`LT/floor ${(r.bundle / r.floor).toFixed(2)}× ${r.bundle / r.floor <= 2.5 ? 'met' : 'MISSED'}`);
  if (r.size === 'LT' && r.cliff) goals.push(`faster than git-cliff ${r.bundle < r.cliff ? 'met' : 'MISSED'}`);
  if (r.size !== 'LT') goals.push(`start-up + ${r.overStartup.toFixed(1)} ms ${r.overStartup <= 40 ? 'met' : 'MISSED'}`);
  if (r.size !== 'LT') goals.push(`rss ${r.bundleRss.toFixed(1)} MiB ${r.bundleRss <= 64 ? 'met' : 'MISSED'}`);
  console.log(`  ${r.size.padEnd(2)} ${r.ok ? 'right' : 'WRONG'}; ${goals.join('; ')}`);
}
const s = results.find((r) => r.size === 'S');
const l = results.find((r) => r.size === 'L');
if (s && l) console.log(`  L/S bundle time ${(l.bundle / s.bundle).toFixed(2)}× (1.0 = independent of history length and tag count)`);
rmSync(work, { recursive: true, force: true });
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
