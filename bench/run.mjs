#!/usr/bin/env node
// `npm run bench [-- --full] [-- name …]`: runs the benchmarks under bench/ one after another (quick sizes unless
// --full) and prints each one's output. Each benchmark measures its own baseline in the same run and prints the
// ratio; this runner only sequences them and reports which exited non-zero.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const full = args.includes('--full');
const only = args.filter((a) => !a.startsWith('--'));
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs')
  .map((f) => f.replace(/\.mjs$/, ''))
  .filter((n) => only.length === 0 || only.includes(n));
const failed = [];
for (const name of benches) {
  // Quick sizes where a benchmark has them (--quick); the others run as they are.
  const quick = !full && readFileSync(join(dir, `${name}.mjs`), 'utf8').includes('quick:');
  console.log(`\n=== bench/${name}.mjs${quick ? ' --quick' : ''}`);
  const r = spawnSync(process.execPath, [join(dir, `${name}.mjs`), ...(quick ? ['--quick'] : [])], { stdio: 'inherit' });
  if (r.status !== 0) failed.push(name);
}
console.log(failed.length ? `\nexited non-zero: ${failed.join(', ')}` : `\nall ${benches.length} benchmarks ran`);
process.exitCode = failed.length ? 1 : 0;
