#!/usr/bin/env node
// Benchmark: stage, sign and upload N platforms × S MiB to the local update-server emulator with the real
// bundles (dist/sign-ed25519, dist/upload-packages), against `sha256sum` + `curl -T` of the same bytes in the
// same run (same server, same page cache). Prints the time ratio (goal ≤ 1.3×) and the peak RSS of each step
// (goal ≤ 128 MiB; measured by /usr/bin/time).
//
//   node_modules/.bin/node bench/upload-packages.mjs            # 6 × 200 MiB
//   node_modules/.bin/node bench/upload-packages.mjs --quick    # 6 × 16 MiB
//   … --size-mib 64 --platforms 3 --rounds 2
// Needs Node ≥ 22.18 (loads the TypeScript emulator with type stripping), minisign, sha256sum, curl.
import { execFileSync, spawn } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'size-mib': { type: 'string' },
    platforms: { type: 'string', default: '6' },
    rounds: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});
const sizeMiB = Number(values['size-mib'] ?? (values.quick ? 16 : 200));
const nPlatforms = Math.min(6, Number(values.platforms));
const rounds = Number(values.rounds);
const NAMES = ['agent-linux-amd64', 'agent-linux-arm64', 'agent-darwin-amd64', 'agent-darwin-arm64', 'agent-windows-amd64.exe', 'agent-windows-arm64.exe'].slice(0, nPlatforms);
const TOKEN = 'bench-token-0123456789';
const VERSION = '3.0.0';

for (const tool of ['minisign', 'sha256sum', 'curl', '/usr/bin/time']) {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
  } catch {
    console.error(`bench needs ${tool} on PATH`);
    process.exit(2);
  }
}

const { startUpdateServer } = await import('../src/emulator/update-server.ts');
const dir = mkdtempSync(join(tmpdir(), 'relforge-bench-packages-'));
mkdirSync(join(dir, 'server'));
const server = await startUpdateServer({ token: TOKEN, dir: join(dir, 'server') });

function cleanup() {
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

/** Runs a command under /usr/bin/time; returns wall seconds and peak RSS (MiB). */
function timed(cmd, args, env = {}) {
  return new Promise((resolvePromise, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-f', 'RELFORGE_MAXRSS_KB=%M', cmd, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const secs = Number(process.hrtime.bigint() - t0) / 1e9;
      const m = /RELFORGE_MAXRSS_KB=(\d+)/.exec(err);
      if (code !== 0) return reject(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${out}\n${err}`));
      resolvePromise({ secs, rssMiB: m ? Number(m[1]) / 1024 : NaN, out, err });
    });
  });
}

function actionEnv(inputs, tag) {
  const outFile = join(dir, `output-${tag}`);
  writeFileSync(outFile, '');
  const env = { GITHUB_OUTPUT: outFile, GITHUB_ACTIONS: 'true', RUNNER_TEMP: dir, GITHUB_WORKSPACE: dir };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}

try {
  // Inputs: random bytes, written in 1 MiB chunks.
  const chunk = Buffer.alloc(1024 * 1024);
  const files = NAMES.map((n) => join(dir, n));
  for (const f of files) {
    const fd = openSync(f, 'w');
    for (let i = 0; i < sizeMiB; i++) writeSync(fd, randomFillSync(chunk));
    closeSync(fd);
  }
  execFileSync('minisign', ['-G', '-W', '-f', '-p', join(dir, 'key.pub'), '-s', join(dir, 'key.sec')], { stdio: 'ignore' });
  const pub = readFileSync(join(dir, 'key.pub'), 'utf8');
  const sec = readFileSync(join(dir, 'key.sec'), 'utf8');
  const node = process.execPath;
  const total = sizeMiB * NAMES.length;
  console.log(`upload-packages bench: ${NAMES.length} platforms × ${sizeMiB} MiB = ${total} MiB; node ${process.version}; ${rounds} round(s)`);

  const results = { baseline: [], sign: [], upload: [] };
  let signer = '';
  for (let round = 1; round <= rounds; round++) {
    // Baseline: checksums + one PUT per file with curl.
    const b1 = await timed('sha256sum', files);
    let curlSecs = 0;
    let curlRss = 0;
    for (const [i, f] of files.entries()) {
      const r = await timed('curl', ['-sS', '-f', '-o', '/dev/null', '-T', f, '-H', `Authorization: Bearer ${TOKEN}`, `${server.url}/baseline/${round}/${NAMES[i]}`]);
      curlSecs += r.secs;
      curlRss = Math.max(curlRss, r.rssMiB);
    }
    results.baseline.push({ secs: b1.secs + curlSecs, rssMiB: Math.max(b1.rssMiB, curlRss) });

    // Ours: sign every package (sign-ed25519), then verify + manifest + upload + read back (upload-packages).
    const signBundle = join(root, 'dist', 'sign-ed25519', 'index.js');
    let s;
    if (existsSync(signBundle)) {
      s = await timed(node, [signBundle], actionEnv({ files: NAMES.join('\n'), 'private-key': sec, 'public-key': pub, version: VERSION, checksums: 'false' }, `sign-${round}`));
      signer = 'sign-ed25519 bundle';
    } else {
      // dist/sign-ed25519 not built: sign with minisign itself (same format, same trusted comment).
      s = { secs: 0, rssMiB: 0 };
      for (const f of files) {
        const r = await timed('minisign', ['-S', '-s', join(dir, 'key.sec'), '-m', f, '-t', `version:${VERSION}`]);
        s.secs += r.secs;
        s.rssMiB = Math.max(s.rssMiB, r.rssMiB);
      }
      signer = 'minisign -S';
    }
    results.sign.push(s);
    const u = await timed(
      node,
      [join(root, 'dist', 'upload-packages', 'index.js')],
      actionEnv(
        {
          packages: NAMES.join('\n'),
          product: 'agent',
          version: VERSION,
          'public-key': pub,
          'private-key': sec,
          target: 'http',
          'upload-url': `${server.url}/ours/${round}/{product}/{version}/{platform}/{file}`,
          'package-token': TOKEN,
          'out-dir': join(dir, `out-${round}`),
        },
        `upload-${round}`,
      ),
    );
    results.upload.push(u);
    // Free the server's disk between rounds.
    for (const [p, f] of server.files) {
      rmSync(f.diskPath, { force: true });
      server.files.delete(p);
    }
  }
  const best = (list) => list.reduce((a, b) => (b.secs < a.secs ? b : a));
  const base = best(results.baseline);
  const sign = best(results.sign);
  const up = best(results.upload);
  const mibs = (secs) => (total / secs).toFixed(0);
  const row = (name, r) => `${name.padEnd(44)} ${r.secs.toFixed(2).padStart(7)} s  ${mibs(r.secs).padStart(5)} MiB/s  peak RSS ${r.rssMiB.toFixed(0).padStart(4)} MiB`;
  console.log(row('baseline: sha256sum + curl -T', base));
  console.log(row(`sign (${signer})`, sign));
  console.log(row('upload-packages (verify+upload+read back)', up));
  const ratioUpload = up.secs / base.secs;
  const ratioAll = (sign.secs + up.secs) / base.secs;
  const peak = Math.max(sign.rssMiB, up.rssMiB);
  console.log(`ratio upload-packages / baseline: ${ratioUpload.toFixed(2)}× (goal ≤ 1.3×) ${ratioUpload <= 1.3 ? 'OK' : 'OVER'}`);
  console.log(`ratio sign + upload-packages / baseline: ${ratioAll.toFixed(2)}×`);
  console.log(`peak RSS: ${peak.toFixed(0)} MiB (goal ≤ 128 MiB) ${peak <= 128 ? 'OK' : 'OVER'}`);
} finally {
  await server.close();
  cleanup();
}
