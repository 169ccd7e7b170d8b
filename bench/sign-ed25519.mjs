#!/usr/bin/env node
// Benchmark of actions/sign-ed25519 (the built bundle, run as the runner would) against b2sum, openssl and
// minisign -S on the same files in the same run. Prints wall time, peak RSS and ratios against the baselines
// measured here, and checks the issue's goals:
//   sign, one thread            ≤ 1.0 × b2sum
//   sign, two worker threads    ≤ 0.7 × b2sum            (on two cores)
//   sign + SHA256SUMS           ≤ 1.0 × (b2sum + openssl dgst -sha256, one after the other)
//   peak RSS                    ≤ 128 MiB whatever the file size
// Usage: node bench/sign-ed25519.mjs [--quick] [--runs N] [--dir DIR] [--keep] [--node PATH]
//   default: one 1 GiB file + eight 128 MiB files; --quick: 128 MiB + 2 × 32 MiB.
//   Every configuration runs N times (default 3), interleaved; the best wall time and the highest peak RSS count
//   (best-of-N is the usual answer to a noisy, shared machine).
// Files are page-cache warm before timing (every tool reads the same cached bytes). Deleted afterwards.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, writeSync, createReadStream } from 'node:fs';
import { randomFillSync } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    dir: { type: 'string' },
    keep: { type: 'boolean', default: false },
    node: { type: 'string' },
    runs: { type: 'string', default: '3' },
  },
});
const MiB = 1024 * 1024;
const sizes = values.quick ? [128 * MiB, 32 * MiB, 32 * MiB] : [1024 * MiB, ...Array(8).fill(128 * MiB)];
const bundle = join(root, 'dist', 'sign-ed25519', 'index.js');
const node = values.node ?? (existsSync(join(root, 'node_modules', '.bin', 'node')) ? join(root, 'node_modules', '.bin', 'node') : process.execPath);
const TIME = '/usr/bin/time';

function need(cmd) {
  const r = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', cmd], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`bench: "${cmd}" is required (apt-get install ${cmd === 'b2sum' ? 'coreutils' : cmd === '/usr/bin/time' ? 'time' : cmd}).`);
    process.exit(2);
  }
}
for (const t of ['b2sum', 'openssl', 'minisign', TIME]) need(t);
if (!existsSync(bundle)) {
  console.error('bench: dist/sign-ed25519/index.js is missing: run node scripts/build.mjs sign-ed25519');
  process.exit(2);
}

const dir = values.dir ?? mkdtempSync(join(tmpdir(), 'relforge-bench-ed25519-'));
const files = sizes.map((s, i) => join(dir, `file-${i}-${s / MiB}MiB.bin`));
const total = sizes.reduce((a, b) => a + b, 0);

function makeFile(path, size) {
  const block = Buffer.alloc(8 * MiB);
  randomFillSync(block);
  const fd = openSync(path, 'w');
  let written = 0;
  let n = 0;
  while (written < size) {
    block.writeUInt32LE(n++, 0); // every MiB differs a little; content does not change hashing speed
    const len = Math.min(MiB, size - written);
    writeSync(fd, block, (n % 8) * MiB, len);
    written += len;
  }
  closeSync(fd);
}

async function warm(path) {
  for await (const _ of createReadStream(path, { highWaterMark: MiB })) void _;
}

function cleanOutputs() {
  for (const f of readdirSync(dir)) if (f.endsWith('.minisig') || f === 'SHA256SUMS') rmSync(join(dir, f), { force: true });
}

/** Runs a command under GNU time; returns wall seconds and peak RSS (MiB). */
function measure(label, cmd, args, env = {}) {
  cleanOutputs();
  const stats = join(dir, 'out-time');
  const r = spawnSync(TIME, ['-f', '%e %M', '-o', stats, cmd, ...args], {
    cwd: dir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * MiB,
  });
  if (r.status !== 0) {
    // throw (not process.exit) so the finally below still deletes the big files
    throw new Error(`bench: ${label} failed (exit ${r.status}):\n${(r.stderr || r.stdout).slice(-2000)}`);
  }
  const [wall, rssKiB] = readFileSync(stats, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { label, wall, rss: rssKiB / 1024 };
}

function ours(label, { workers, checksums }) {
  const out = join(dir, 'out-github-output');
  writeFileSync(out, '');
  return measure(label, node, [bundle], {
    GITHUB_OUTPUT: out,
    GITHUB_WORKSPACE: dir,
    'INPUT_FILES': files.join('\n'),
    'INPUT_PRIVATE-KEY': readFileSync(join(dir, 'bench.key'), 'utf8'),
    'INPUT_WORKERS': String(workers),
    'INPUT_CHECKSUMS': String(checksums),
    'INPUT_VERSION': '1.0.0',
  });
}

try {
  console.log(`relforge sign-ed25519 benchmark: ${sizes.map((s) => `${s / MiB} MiB`).join(' + ')} = ${(total / MiB).toFixed(0)} MiB in ${dir}`);
  console.log(`node ${execFileSync(node, ['-v'], { encoding: 'utf8' }).trim()} (${node}); ${execFileSync('minisign', ['-v'], { encoding: 'utf8' }).trim()}; load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  for (let i = 0; i < files.length; i++) if (!existsSync(files[i])) makeFile(files[i], sizes[i]);
  execFileSync('minisign', ['-G', '-W', '-f', '-p', join(dir, 'bench.pub'), '-s', join(dir, 'bench.key')], { stdio: 'pipe' });
  for (const f of files) await warm(f);

  const configs = [
    () => measure('b2sum', 'b2sum', files),
    () => measure('openssl dgst -sha256', 'openssl', ['dgst', '-sha256', ...files]),
    () => measure('minisign -S', 'minisign', ['-S', '-W', '-s', join(dir, 'bench.key'), '-m', ...files]),
    () => ours('relforge, 1 thread', { workers: 0, checksums: false }),
    () => ours('relforge, 2 workers', { workers: 2, checksums: false }),
    () => ours('relforge + SHA256SUMS, 1 thread', { workers: 0, checksums: true }),
    () => ours('relforge + SHA256SUMS, 2 workers', { workers: 2, checksums: true }),
  ];
  const runs = Math.max(1, Number(values.runs) || 1);
  const best = [];
  for (let n = 0; n < runs; n++) {
    configs.forEach((c, i) => {
      const m = c();
      best[i] = best[i] ? { label: m.label, wall: Math.min(best[i].wall, m.wall), rss: Math.max(best[i].rss, m.rss) } : m;
    });
  }
  const [b2, sha, mini, one, two, oneSums, twoSums] = best;
  console.log(`best of ${runs} run(s) each, interleaved; load after: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  const b2sha = b2.wall + sha.wall;

  const rows = [b2, sha, mini, one, two, oneSums, twoSums];
  const pad = (s, n) => String(s).padEnd(n);
  console.log('');
  console.log(`${pad('run', 34)}${pad('wall s', 9)}${pad('MiB/s', 9)}${pad('peak RSS MiB', 14)}× b2sum`);
  for (const r of rows) {
    console.log(`${pad(r.label, 34)}${pad(r.wall.toFixed(2), 9)}${pad((total / MiB / r.wall).toFixed(0), 9)}${pad(r.rss.toFixed(0), 14)}${(r.wall / b2.wall).toFixed(2)}`);
  }
  console.log(`${pad('b2sum + openssl (sequential)', 34)}${pad(b2sha.toFixed(2), 9)}`);
  console.log('');
  const goal = (ok, text) => console.log(`${ok ? 'PASS' : 'MISS'}  ${text}`);
  goal(one.wall <= 1.0 * b2.wall, `1 thread ${(one.wall / b2.wall).toFixed(2)}× b2sum (goal ≤ 1.0×)`);
  goal(two.wall <= 0.7 * b2.wall, `2 workers ${(two.wall / b2.wall).toFixed(2)}× b2sum (goal ≤ 0.7×)`);
  goal(oneSums.wall <= b2sha, `checksums on, 1 thread ${(oneSums.wall / b2sha).toFixed(2)}× (b2sum + openssl) (goal ≤ 1.0×)`);
  goal(twoSums.wall <= b2sha, `checksums on, 2 workers ${(twoSums.wall / b2sha).toFixed(2)}× (b2sum + openssl) (goal ≤ 1.0×)`);
  const maxRss = Math.max(one.rss, two.rss, oneSums.rss, twoSums.rss);
  goal(maxRss <= 128, `peak RSS ${maxRss.toFixed(0)} MiB (goal ≤ 128 MiB)`);
  console.log(`minisign -S: ${(mini.wall / b2.wall).toFixed(2)}× b2sum; relforge 1 thread / minisign = ${(one.wall / mini.wall).toFixed(2)}×`);
} finally {
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`kept ${dir}`);
}
