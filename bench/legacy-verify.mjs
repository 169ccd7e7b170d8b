#!/usr/bin/env node
// Benchmark (issue 13 case 9): peak RSS of verifying a LEGACY (minisign `Ed`, non-prehashed) signature over a
// large package, against a bare `node -e ''` measured in the same run. Goal: `upload-packages --dry-run` on a
// 700 MB legacy-signed package under 256 MiB (it peaked at ~2.1 GB for 2 GiB before: the file was read whole).
// Also measures `relforge verify` on the same file.
//
//   node bench/legacy-verify.mjs                 # 700 MB, dist/cli (npm run build), else a fresh build
//   node bench/legacy-verify.mjs --size-mb 200   # smaller
//   … --cli path/to/cli/index.js
// Needs minisign (signs with -l, holding the file in memory itself) and /usr/bin/time (GNU, for %M).
import { execFileSync, spawn } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { 'size-mb': { type: 'string', default: '700' }, cli: { type: 'string' }, keep: { type: 'boolean', default: false } } });
const sizeMB = Number(values['size-mb']);
const GOAL_MIB = 256;

for (const tool of ['minisign', '/usr/bin/time']) {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
  } catch {
    console.error(`bench needs ${tool}`);
    process.exit(2);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'relforge-bench-legacy-'));

/** Runs a command under /usr/bin/time; returns exit code, seconds, peak RSS in MiB and output. */
function timed(cmd, args, opts = {}) {
  return new Promise((done, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-f', 'RELFORGE_MAXRSS_KB=%M', cmd, ...args], { cwd: opts.cwd ?? dir, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const m = /RELFORGE_MAXRSS_KB=(\d+)/.exec(out);
      done({ code, secs: Number(process.hrtime.bigint() - t0) / 1e9, rssMiB: m ? Number(m[1]) / 1024 : NaN, out: out.replace(/RELFORGE_MAXRSS_KB=\d+\n?/, '') });
    });
  });
}

function cliPath() {
  if (values.cli) return resolve(values.cli);
  const dist = join(root, 'dist', 'cli', 'index.js');
  if (existsSync(dist)) return dist;
  console.log('dist/cli not built: building the CLI into a temp folder…');
  const out = join(dir, 'cli');
  execFileSync(process.execPath, [join(root, 'scripts', 'bundle-one.mjs'), join(root, 'src', 'cli', 'main.ts'), out], { stdio: 'inherit' });
  return join(out, 'index.js');
}

try {
  const cli = cliPath();
  const node = process.execPath;
  // A sparse package (no disk use; reads return zeros) with a random first MiB, signed legacy by minisign itself.
  const pkg = join(dir, 'agent-linux-x86_64');
  writeFileSync(pkg, randomFillSync(Buffer.alloc(1024 * 1024)));
  truncateSync(pkg, sizeMB * 1000 * 1000);
  execFileSync('minisign', ['-G', '-W', '-f', '-p', join(dir, 'key.pub'), '-s', join(dir, 'key.sec')], { stdio: 'ignore' });
  console.log(`legacy-verify bench: ${sizeMB} MB package signed with minisign -S -l; node ${process.version}; CLI ${cli}`);
  const sign = await timed('minisign', ['-S', '-l', '-W', '-s', join(dir, 'key.sec'), '-m', pkg, '-t', 'version:1.0.0\tfile:agent-linux-x86_64']);
  if (sign.code !== 0) throw new Error(`minisign -S -l failed: ${sign.out}`);
  const pub = readFileSync(join(dir, 'key.pub'), 'utf8').split('\n')[1];

  const base = await timed(node, ['-e', '']);
  const verify = await timed(node, [cli, 'verify', pkg, '--public-key', pub, '--version', '1.0.0']);
  const upload = await timed(node, [
    cli, 'upload-packages', '--packages', pkg, '--product', 'agent', '--version', '1.0.0', '--public-key', join(dir, 'key.pub'),
    '--private-key-file', join(dir, 'key.sec'), '--target', 'http', '--upload-url', 'https://updates.example.com/{product}/{version}/{platform}/{file}',
    '--out-dir', join(dir, 'out'), '--dry-run',
  ]);
  const row = (name, r) => `${name.padEnd(40)} exit ${String(r.code).padStart(2)}  ${r.secs.toFixed(2).padStart(6)} s  peak RSS ${r.rssMiB.toFixed(0).padStart(5)} MiB  (${(r.rssMiB / base.rssMiB).toFixed(2)}× node -e '')`;
  console.log(row("baseline: node -e ''", base));
  console.log(row('minisign -S -l (signing, for scale)', sign));
  console.log(row('relforge verify --version', verify));
  console.log(row('relforge upload-packages --dry-run', upload));
  for (const [name, r] of [['verify', verify], ['upload-packages', upload]]) {
    if (r.code !== 0) console.log(`${name} output:\n${r.out.trim().split('\n').slice(-8).join('\n')}`);
  }
  const peak = Math.max(verify.rssMiB, upload.rssMiB);
  const ok = verify.code === 0 && upload.code === 0 && peak < GOAL_MIB;
  console.log(`peak RSS ${peak.toFixed(0)} MiB = baseline ${base.rssMiB.toFixed(0)} MiB + ${(peak - base.rssMiB).toFixed(0)} MiB for a ${sizeMB} MB legacy package (goal < ${GOAL_MIB} MiB) ${ok ? 'OK' : 'OVER or FAILED'}`);
  process.exitCode = ok ? 0 : 1;
} finally {
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}
