#!/usr/bin/env node
// Benchmark: `relforge --help` (and `relforge <command> --help`) start-up against a bare `node -e ''` in the same
// run. The CLI imports a command's module only when that command runs, so --help must stay within
// node start + 60 ms (issue 11). Prints medians and the overhead; exits 1 when the goal is missed.
// Usage: node bench/cli-help.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '21' }, quick: { type: 'boolean', default: false } } });
const RUNS = Number(values.runs);
const CLI = join(ROOT, 'bin', 'relforge.mjs');
if (!existsSync(join(ROOT, 'dist', 'cli', 'index.js'))) throw new Error('dist/cli is missing: node scripts/build.mjs cli');
const NODE = process.execPath;

const time = (args) => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(NODE, args, { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cases = { "node -e ''": ['-e', ''], 'relforge --help': [CLI, '--help'], 'relforge sign --help': [CLI, 'sign', '--help'], 'relforge next-version --help': [CLI, 'next-version', '--help'] };
const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
// Interleave the cases so machine noise hits them alike.
for (let i = 0; i < RUNS; i++) for (const [k, args] of Object.entries(cases)) samples[k].push(time(args));
const base = median(samples["node -e ''"]);
console.log(`node ${process.version}, ${RUNS} runs each (medians)`);
let ok = true;
for (const [k, xs] of Object.entries(samples)) {
  const m = median(xs);
  const over = m - base;
  const line = `${k.padEnd(30)} ${m.toFixed(1).padStart(7)} ms  ${k.startsWith('node') ? 'baseline' : `+${over.toFixed(1)} ms over node start (ratio ${(m / base).toFixed(2)}×)`}`;
  console.log(line);
  if (k === 'relforge --help' && over > 60) ok = false;
}
console.log(ok ? 'goal met: relforge --help within node start + 60 ms' : 'GOAL MISSED: relforge --help over node start + 60 ms');
process.exitCode = ok ? 0 : 1;
