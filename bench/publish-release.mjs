#!/usr/bin/env node
// Benchmark: publish one big asset + 20 small files to the forge emulator (GitHub mode, loopback) with the
// built action (dist/publish-release, the code users run), and upload the same bytes with `curl -T` to the
// same emulator in the same run. Prints the wall-time ratio (goal ≤ 1.25× curl) and the client's peak RSS
// (goal ≤ 128 MiB whatever the asset size).
//
//   node bench/publish-release.mjs [--quick] [--size-mib 1024] [--small 20] [--runs 1] [--runtime host|node24] [--mode github|gitea]
//
// --mode gitea: Gitea has no asset digest, so relforge verifies by reading every asset back and hashing it as
// it streams (whatever the size); the baseline does the same with curl: upload (multipart, -F), then read each
// attachment back with curl piped into sha256sum.
// --quick: 64 MiB instead of 1 GiB. The big file is sparse (created instantly; reads come from the page cache
// for both clients). The relforge run does the whole recipe: list, create draft, upload (hashing while it
// sends), SHA256SUMS, verify (GitHub digest), publish. curl only uploads. The emulator runs in its own
// process (Node 24 + scripts/demo-loader.mjs) and hashes every byte it receives for both clients.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'size-mib': { type: 'string' },
    small: { type: 'string', default: '20' },
    runs: { type: 'string', default: '1' },
    runtime: { type: 'string', default: 'host' },
    mode: { type: 'string', default: 'github' },
  },
});
const sizeMiB = Number(values['size-mib'] ?? (values.quick ? 64 : 1024));
const mode = values.mode === 'gitea' ? 'gitea' : 'github';
const smallCount = Number(values.small);
const runs = Math.max(1, Number(values.runs));
const node24 = [join(root, 'node_modules', 'node', 'bin', 'node'), join(root, 'node_modules', '.bin', 'node')].find(existsSync);
const clientNode = values.runtime === 'node24' ? node24 : hostNode();
const bundle = join(root, 'dist', 'publish-release', 'index.js');
if (!existsSync(bundle)) {
  console.error('dist/publish-release/index.js is missing: run node scripts/build.mjs publish-release');
  process.exit(1);
}
if (!node24) {
  console.error('Node 24 (the "node" devDependency) is needed to run the TypeScript emulator: npm ci');
  process.exit(1);
}
const curl = spawnSync('curl', ['--version']).status === 0 ? 'curl' : undefined;
if (!curl) {
  console.error('curl is needed for the baseline (apt-get install curl)');
  process.exit(1);
}

function hostNode() {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (!dir || dir.includes('node_modules')) continue;
    if (existsSync(join(dir, 'node'))) return join(dir, 'node');
  }
  return process.execPath;
}

const work = mkdtempSync(join(tmpdir(), 'relforge-bench-publish-'));
const files = [];
{
  const big = join(work, 'big.img');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, sizeMiB * 1024 * 1024);
  closeSync(fd);
  files.push('big.img');
  for (let i = 0; i < smallCount; i++) {
    const name = `small-${String(i).padStart(2, '0')}.txt`;
    writeFileSync(join(work, name), `small file ${i}\n`.repeat(200 + i * 50));
    files.push(name);
  }
}

// ---- emulator in its own process ----
const emuProc = spawn(node24, ['--experimental-transform-types', '--no-warnings', '--import', join(root, 'scripts', 'demo-loader.mjs'), join(root, 'test', 'fakes', 'serve.ts'), '--mode', mode], { stdio: ['pipe', 'pipe', 'inherit'] });
const emu = await new Promise((resolve, reject) => {
  let buf = '';
  emuProc.stdout.on('data', (d) => {
    buf += d;
    const nl = buf.indexOf('\n');
    if (nl >= 0) resolve(JSON.parse(buf.slice(0, nl)));
  });
  emuProc.on('exit', (code) => reject(new Error(`emulator exited ${code}`)));
});
const headerFile = join(work, 'curl-headers');
writeFileSync(headerFile, `Authorization: Bearer ${emu.token}\nContent-Type: application/octet-stream\nAccept: application/vnd.github+json\n`, { mode: 0o600 });

function api(method, path, body) {
  return new Promise((resolve, reject) => {
    const data = body ? Buffer.from(JSON.stringify(body)) : undefined;
    const r = request(`${emu.apiUrl}${path}`, { method, headers: { authorization: `Bearer ${emu.token}`, 'content-type': 'application/json', 'content-length': data?.length ?? 0 } }, (res) => {
      let t = '';
      res.on('data', (c) => (t += c));
      res.on('end', () => resolve({ status: res.statusCode, json: t ? JSON.parse(t) : undefined }));
    });
    r.on('error', reject);
    r.end(data);
  });
}

async function curlRun(i) {
  const rel = await api('POST', `/repos/${emu.owner}/${emu.repo}/releases`, { tag_name: `curl-${i}`, draft: true });
  const uploadBase = rel.json.upload_url.replace(/\{.*$/, '');
  const t0 = process.hrtime.bigint();
  for (const f of files) {
    const body = mode === 'gitea' ? ['-F', `attachment=@${join(work, f)}`] : ['-T', join(work, f)];
    const headers = mode === 'gitea' ? ['-H', `Authorization: token ${emu.token}`] : ['-H', `@${headerFile}`];
    const r = spawnSync(curl, ['-sS', '-f', '-X', 'POST', ...headers, ...body, `${uploadBase}?name=${f}`]);
    if (r.status !== 0) throw new Error(`curl failed: ${r.stderr}`);
    if (mode === 'gitea') await curlReadBack(`${emu.url}/attachments/${JSON.parse(r.stdout.toString()).uuid}`);
  }
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/** curl GET | sha256sum: the read-back a Gitea verification by content needs. */
function curlReadBack(url) {
  return new Promise((resolve, reject) => {
    const get = spawn(curl, ['-sS', '-f', '-H', `Authorization: token ${emu.token}`, url], { stdio: ['ignore', 'pipe', 'inherit'] });
    const sum = spawn('sha256sum', [], { stdio: ['pipe', 'pipe', 'inherit'] });
    get.stdout.pipe(sum.stdin);
    let out = '';
    sum.stdout.on('data', (d) => (out += d));
    sum.on('close', (code) => (code === 0 ? resolve(out.split(' ')[0]) : reject(new Error(`sha256sum exited ${code}`))));
  });
}

/** Runs the action bundle; peak RSS from /usr/bin/time when present, else VmHWM polled from /proc. */
async function relforgeRun(i) {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: work,
    GITHUB_API_URL: emu.apiUrl,
    GITHUB_SERVER_URL: emu.url,
    GITHUB_REPOSITORY: `${emu.owner}/${emu.repo}`,
    GITHUB_SHA: 'b'.repeat(40),
    INPUT_TAG: `v1.0.${i}`,
    INPUT_FILES: files.join('\n'),
    INPUT_TOKEN: emu.token,
    'INPUT_MAKE-LATEST': 'true',
    ...(mode === 'gitea' ? { GITEA_ACTIONS: 'true' } : {}),
  };
  const useTime = existsSync('/usr/bin/time');
  const cmd = useTime ? '/usr/bin/time' : clientNode;
  const args = useTime ? ['-f', 'RELFORGE_MAXRSS_KB=%M', clientNode, bundle] : [bundle];
  const t0 = process.hrtime.bigint();
  const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let hwm = 0;
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const poll = setInterval(() => {
    try {
      const pid = useTime ? undefined : child.pid;
      if (!pid) return;
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) hwm = Math.max(hwm, Number(m[1]));
    } catch {}
  }, 20);
  const code = await new Promise((r) => child.on('close', r));
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  clearInterval(poll);
  if (code !== 0) throw new Error(`relforge publish failed (exit ${code}):\n${out.replaceAll(emu.token, '***')}`);
  const m = /RELFORGE_MAXRSS_KB=(\d+)/.exec(out);
  const rssKiB = m ? Number(m[1]) : hwm;
  return { wall, rssMiB: rssKiB / 1024 };
}

const results = { curl: [], relforge: [], rss: [] };
try {
  console.log(`publish-release bench (${mode}): ${sizeMiB} MiB + ${smallCount} small files, client ${clientNode} (${spawnSync(clientNode, ['-v']).stdout.toString().trim()}), ${runs} run(s)`);
  for (let i = 0; i < runs; i++) {
    // alternate the order to spread the machine's noise
    const order = i % 2 === 0 ? ['curl', 'relforge'] : ['relforge', 'curl'];
    for (const which of order) {
      if (which === 'curl') {
        const w = await curlRun(i);
        results.curl.push(w);
        console.log(`  run ${i + 1}: curl -T       ${w.toFixed(2)} s`);
      } else {
        const r = await relforgeRun(i);
        results.relforge.push(r.wall);
        results.rss.push(r.rssMiB);
        console.log(`  run ${i + 1}: relforge      ${r.wall.toFixed(2)} s, peak RSS ${r.rssMiB.toFixed(1)} MiB`);
      }
    }
  }
} finally {
  emuProc.stdin.end();
  await new Promise((r) => emuProc.on('exit', r));
  rmSync(work, { recursive: true, force: true });
}
const best = (a) => Math.min(...a);
const ratio = best(results.relforge) / best(results.curl);
const rss = Math.max(...results.rss);
console.log(`\nbest wall: relforge ${best(results.relforge).toFixed(2)} s vs curl ${best(results.curl).toFixed(2)} s → ratio ${ratio.toFixed(2)}× (goal ≤ 1.25×) ${ratio <= 1.25 ? 'OK' : 'OVER'}`);
console.log(`client peak RSS: ${rss.toFixed(1)} MiB (goal ≤ 128 MiB) ${rss <= 128 ? 'OK' : 'OVER'}`);
console.log(JSON.stringify({ bench: 'publish-release', mode, sizeMiB, smallCount, runs, curlSeconds: results.curl, relforgeSeconds: results.relforge, ratio: Number(ratio.toFixed(3)), peakRssMiB: Number(rss.toFixed(1)) }));
