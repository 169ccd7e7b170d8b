#!/usr/bin/env node
// Benchmark: relforge's sign-trusted action (token + preflight + copies + ONE jsign run + independent
// verification of every file + atomic replace) vs bare jsign on the same number of PE files, in the same
// run, against the local Trusted Signing / Entra ID / RFC 3161 emulators (loopback only).
// Goal: relforge total ≤ 1.3 × bare jsign (verification and safety are cheap next to the signing round trips).
// Usage: node bench/sign-trusted.mjs [--quick] [--files N] [--rounds N] [--size-kib N]
// Needs java, osslsigncode-free; the jsign jar from $RELFORGE_JSIGN_JAR or ~/.m2 (net.jsign:jsign:7.5) and a
// built dist/sign-trusted (npm run build).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, files: { type: 'string' }, rounds: { type: 'string' }, 'size-kib': { type: 'string', default: '256' } },
});
const files = Number(values.files ?? (values.quick ? 5 : 20));
const rounds = Number(values.rounds ?? (values.quick ? 2 : 4));
const GOAL = 1.3;
const jar = process.env.RELFORGE_JSIGN_JAR || join(homedir(), '.m2', 'repository', 'net', 'jsign', 'jsign', '7.5', 'jsign-7.5.jar');
const bundle = join(root, 'dist', 'sign-trusted', 'index.js');
if (!existsSync(jar)) throw new Error(`jsign jar not found at ${jar} (set RELFORGE_JSIGN_JAR)`);
if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run node scripts/build.mjs sign-trusted`);

const work = mkdtempSync(join(tmpdir(), 'relforge-bench-st-helper-'));
try {
  execFileSync(process.execPath, [join(root, 'scripts', 'bundle-one.mjs'), join(root, 'bench', 'sign-trusted-helper.ts'), work], { stdio: 'inherit', cwd: root });
  console.log(`signing ${files} PE files (${values['size-kib']} KiB each), ${rounds} rounds, alternating order…`);
  const r = spawnSync(process.execPath, [join(work, 'index.js'), 'run', jar, bundle, process.execPath, String(files), String(rounds), values['size-kib']], {
    encoding: 'utf8',
    maxBuffer: 1 << 22,
    // The bundled emulator cannot locate ../shared/api-specs from its own path.
    env: { ...process.env, RELFORGE_API_SPECS: process.env.RELFORGE_API_SPECS ?? join(root, '..', 'shared', 'api-specs') },
  });
  if (r.status !== 0) throw new Error(`helper failed: ${r.stderr}${r.stdout}`);
  const { bare, relforge } = JSON.parse(r.stdout.trim().split('\n').pop());
  const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  const fmt = (a) => a.map((x) => x.toFixed(0)).join(', ');
  const ratio = median(relforge) / median(bare);
  console.log('');
  console.log(`node ${process.version}, ${files} files × ${rounds} rounds`);
  console.log(`bare jsign (one run):        median ${median(bare).toFixed(0)} ms  [${fmt(bare)}]`);
  console.log(`relforge sign-trusted total: median ${median(relforge).toFixed(0)} ms  [${fmt(relforge)}]`);
  console.log(`ratio relforge / bare jsign: ${ratio.toFixed(2)}x (goal ≤ ${GOAL}x): ${ratio <= GOAL ? 'MET' : 'MISSED'}`);
  process.exitCode = ratio <= GOAL ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
