#!/usr/bin/env node
// Bundles every action (actions/<name>/action.yml -> src/actions/<name>.ts -> dist/<name>/index.js)
// and the CLI (src/cli/main.ts -> dist/cli/index.js) with @vercel/ncc.
// Usage: node scripts/build.mjs [name ...]   (no names = everything)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

const all = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, 'actions', d.name, 'action.yml')))
  .map((d) => d.name);
all.push('cli');

const wanted = process.argv.slice(2);
for (const w of wanted) {
  if (!all.includes(w)) {
    console.error(`unknown bundle "${w}"; known: ${all.join(', ')}`);
    process.exit(2);
  }
}
const names = wanted.length ? wanted : all;

for (const name of names) {
  const entry = name === 'cli' ? join(root, 'src', 'cli', 'main.ts') : join(root, 'src', 'actions', `${name}.ts`);
  if (!existsSync(entry)) {
    console.error(`missing entry ${entry}`);
    process.exit(1);
  }
  // Build into a fresh staging folder and swap it in only when every step succeeded, so a failed build
  // never leaves dist/<name> missing or half-written.
  const out = join(root, 'dist', name);
  const staging = join(root, 'dist', `.${name}.building`);
  rmSync(staging, { recursive: true, force: true });
  try {
    execFileSync(process.execPath, [ncc, 'build', entry, '-o', staging, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'], {
      cwd: root,
      stdio: 'inherit',
    });
    // --- post-build hooks (bundles that ship extra files; one line each) ---
    if (name === 'changelog') (await import('./bundle-git-cliff.mjs')).bundleGitCliff(root, staging);
    if (name === 'cli') cpSync(join(root, 'src', 'emulator', 'api-specs'), join(staging, 'api-specs'), { recursive: true, filter: (s) => !s.endsWith('.md') }); // relforge emulator / act --emulator
    (await import('./node-guard.mjs')).addNodeGuard(staging, name);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`build of dist/${name} failed; the previous bundle is left as it was`);
    process.exit(1);
  }
  rmSync(out, { recursive: true, force: true });
  renameSync(staging, out);
  console.log(`built dist/${name}/index.js`);
}
