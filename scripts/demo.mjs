#!/usr/bin/env node
// `npm run demo`: a whole release (a beta, then a stable) of a sample product against local emulators,
// through the relforge CLI. The driver (scripts/demo-main.ts) and the emulators (test/emulators) are
// TypeScript: they are bundled on the fly with ncc into a temp dir (a few seconds), then run with this
// same Node. Options: --keep (keep the temp dir and print where to look), --quiet.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  console.error(`relforge demo needs Node.js 20 or newer (this is ${process.version}).`);
  process.exit(1);
}
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
if (!existsSync(ncc)) {
  console.error('node_modules is missing: run "npm ci" first, then "npm run demo".');
  process.exit(1);
}

// The CLI the demo drives: dist/cli is committed; build it when a checkout lacks it.
if (!existsSync(join(root, 'dist', 'cli', 'index.js'))) {
  console.log('building the CLI (dist/cli) …');
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), 'cli'], { cwd: root, stdio: 'inherit' });
}

const work = mkdtempSync(join(tmpdir(), 'relforge-demo-bundle-'));
let child;
const cleanup = () => rmSync(work, { recursive: true, force: true });
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (child) child.kill(sig);
  });
}
try {
  const started = Date.now();
  execFileSync(process.execPath, [ncc, 'build', join(root, 'scripts', 'demo-main.ts'), '-o', work, '--quiet', '--target', 'es2022'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (!process.argv.includes('--quiet')) console.log(`(demo driver bundled in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const code = await new Promise((resolve) => {
    child = spawn(process.execPath, [join(work, 'index.js'), ...process.argv.slice(2)], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, RELFORGE_ROOT: root },
    });
    child.on('close', (c, signal) => resolve(c ?? (signal ? 130 : 1)));
  });
  process.exitCode = code;
} finally {
  cleanup();
}
