#!/usr/bin/env node
// Benchmark: peak RSS and time of relforge's Authenticode verifier on a large signed PE (default 500 MiB;
// goal ≤ 128 MiB RSS, i.e. memory does not grow with file size), against baselines measured in the same run:
// a plain streamed SHA-256 of the same file (same 1 MiB reads) and `osslsigncode verify`.
// Usage: node bench/verify-authenticode.mjs [--quick] [--size-mib N] [--runs N]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, 'size-mib': { type: 'string' }, runs: { type: 'string', default: '3' } } });
const sizeMiB = Number(values['size-mib'] ?? (values.quick ? 32 : 500));
const runs = Math.max(1, Number(values.runs));
const GOAL_KIB = 128 * 1024;

const work = mkdtempSync(join(tmpdir(), 'relforge-bench-ac-'));
try {
  const helperDir = join(work, 'helper');
  execFileSync(process.execPath, [join(root, 'scripts', 'bundle-one.mjs'), join(root, 'bench', 'verify-authenticode-helper.ts'), helperDir], { stdio: 'inherit', cwd: root });
  const helper = join(helperDir, 'index.js');
  const node = process.execPath;
  const json = (args) => {
    const r = spawnSync(node, [helper, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (r.status !== 0) throw new Error(`helper ${args[0]} failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop());
  };
  console.log(`building and signing a ${sizeMiB} MiB PE32+ (osslsigncode + loopback TSA)…`);
  const fx = json(['fixture', work, String(sizeMiB * 1024 * 1024)]);
  console.log(`file: ${(statSync(fx.file).size / 1048576).toFixed(1)} MiB`);

  const best = (mode, args) => {
    let ms = Infinity;
    let rss = 0;
    for (let i = 0; i < runs; i++) {
      const r = json([mode, ...args]);
      ms = Math.min(ms, r.ms);
      rss = Math.max(rss, r.maxRssKiB);
    }
    return { ms, rss };
  };
  const hash = best('hash', [fx.file]);
  const verify = best('verify', [fx.file, fx.root, fx.tsaRoot]);
  let oss;
  try {
    let ms = Infinity;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = spawnSync('osslsigncode', ['verify', '-in', fx.file, '-CAfile', fx.root, '-TSA-CAfile', fx.tsaRoot, '-ignore-cdp'], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stdout + r.stderr);
      ms = Math.min(ms, performance.now() - t0);
    }
    oss = ms;
  } catch (e) {
    console.log(`osslsigncode baseline unavailable: ${e.message.split('\n')[0]}`);
  }
  const mib = (k) => (k / 1024).toFixed(1);
  console.log('');
  console.log(`node ${process.version}, best of ${runs}`);
  console.log(`baseline streamed sha256:   ${hash.ms.toFixed(0)} ms, peak RSS ${mib(hash.rss)} MiB`);
  console.log(`relforge verify-authenticode: ${verify.ms.toFixed(0)} ms, peak RSS ${mib(verify.rss)} MiB`);
  if (oss !== undefined) console.log(`osslsigncode verify:        ${oss.toFixed(0)} ms (process wall time)`);
  console.log(`time ratio vs streamed sha256: ${(verify.ms / hash.ms).toFixed(2)}x`);
  if (oss !== undefined) console.log(`time ratio vs osslsigncode:    ${(verify.ms / oss).toFixed(2)}x`);
  console.log(`RSS ratio vs streamed sha256:  ${(verify.rss / hash.rss).toFixed(2)}x`);
  const ok = verify.rss <= GOAL_KIB;
  console.log(`peak RSS goal (≤ 128 MiB): ${ok ? 'MET' : 'MISSED'} (${mib(verify.rss)} MiB)`);
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
