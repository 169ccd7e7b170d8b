#!/usr/bin/env node
// `npm run demo`: a whole release (a beta, then a stable) of a sample product against local emulators,
// through the relforge CLI. The driver (scripts/demo-main.ts) and the emulators (src/emulator) are
// TypeScript; they run directly on Node 24 (the `node` devDependency, first on PATH in npm scripts) with
// --experimental-transform-types and a resolve hook (scripts/demo-loader.mjs) — no build step, ~1 s.
// Options: --keep (keep the temp dir and print where to look), --quiet.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A Node that can run TypeScript (>= 22.18 has type stripping + module.registerHooks): this one or the devDependency. */
function typeScriptNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 18)) return process.execPath;
  const local = join(root, 'node_modules', 'node', 'bin', 'node');
  if (existsSync(local)) return local;
  const bin = join(root, 'node_modules', '.bin', 'node');
  if (existsSync(bin)) return bin;
  return undefined;
}

const node = typeScriptNode();
if (!existsSync(join(root, 'node_modules', 'vitest')) || !node) {
  console.error('relforge demo: node_modules is missing or incomplete: run "npm ci" first, then "npm run demo".');
  process.exit(1);
}

// The CLI the demo drives: dist/cli is committed; build it when a checkout lacks it.
if (!existsSync(join(root, 'dist', 'cli', 'index.js'))) {
  console.log('building the CLI (dist/cli) …');
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), 'cli'], { cwd: root, stdio: 'inherit' });
}

const child = spawn(
  node,
  [
    '--experimental-transform-types',
    '--disable-warning=ExperimentalWarning',
    '--import',
    pathToFileURL(join(root, 'scripts', 'demo-loader.mjs')).href,
    join(root, 'scripts', 'demo-main.ts'),
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, RELFORGE_ROOT: root } },
);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('close', (code, signal) => {
  process.exitCode = code ?? (signal ? 130 : 1);
});
