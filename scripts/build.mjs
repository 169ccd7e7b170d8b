#!/usr/bin/env node
// Bundles every action (actions/<name>/action.yml -> src/actions/<name>.ts) and the CLI (src/cli/main.ts) in ONE
// esbuild run with code splitting: code shared by several entries lives once in dist/chunks/, each entry is thin.
//   dist/<name>/index.js   the file action.yml's runs.main names: the Node version guard, then `import('./main.js')`
//   dist/<name>/main.js    the entry's own code (static imports of shared chunks)
//   dist/<name>/prelude.js what the entry starts before loading main.js, for the few that have one
//   dist/chunks/*.js       shared code; a CLI command's module is its own chunk, loaded only when the command runs
//                          (next-version is bundled on its own: its main.js holds its whole static graph, and
//                          chunks/next-version.*.js only what it imports lazily — one file to load instead of ~18)
//   dist/changelog/bin/    the git-cliff binary (scripts/bundle-git-cliff.mjs); dist/cli/api-specs/ the forge
//                          emulator's API documents (from src/emulator/api-specs)
//   dist/build-info.json   every input file's hash, so tests can tell a stale dist/ (scripts/build-inputs.mjs)
// Usage: node scripts/build.mjs [--out DIR]   (default DIR: dist/). Bundle names are accepted for compatibility, but
// every bundle is built: the chunks are shared, so one bundle cannot be rebuilt alone.
// The whole tree is built in a staging folder and swapped in only when every step succeeded: a failed build never
// leaves dist/ missing or half-written. The output is deterministic (CI rebuilds and fails on any change).
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleGitCliff } from './bundle-git-cliff.mjs';
import { entrySource } from './node-guard.mjs';
import { buildInfo } from './build-inputs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const actions = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, 'actions', d.name, 'action.yml')))
  .map((d) => d.name)
  .sort();
const all = [...actions, 'cli'];
// Entries bundled on their own (see below): next-version is the action whose start-up has a goal (issue 22).
const SOLO = ['next-version'];

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outArg = outIndex >= 0 ? args.splice(outIndex, 2)[1] : undefined;
if (outIndex >= 0 && (!outArg || outArg.startsWith('-'))) {
  console.error('--out needs a directory: node scripts/build.mjs --out DIR');
  process.exit(2);
}
const dist = outArg ? resolve(outArg) : join(root, 'dist');
for (const w of args) {
  if (!all.includes(w)) {
    console.error(`unknown bundle "${w}"; known: ${all.join(', ')}`);
    process.exit(2);
  }
}

const entryPoints = {};
for (const name of all) {
  const entry = name === 'cli' ? join('src', 'cli', 'main.ts') : join('src', 'actions', `${name}.ts`);
  if (!existsSync(join(root, entry))) {
    console.error(`missing entry ${entry}`);
    process.exit(1);
  }
  entryPoints[`${name}/main`] = entry;
}

const staging = join(dirname(dist), `.${basename(dist)}.building`);
const old = join(dirname(dist), `.${basename(dist)}.old`);
rmSync(staging, { recursive: true, force: true });
try {
  const common = {
    absWorkingDir: root,
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // npm never symlinks packages; a worktree whose node_modules is a symlink must still name them node_modules/…
    preserveSymlinks: true,
    // Bundled CommonJS packages (ajv) call require(): give ESM chunks one.
    banner: { js: "import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);" },
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    charset: 'utf8',
  };
  const shared = Object.fromEntries(Object.entries(entryPoints).filter(([k]) => !SOLO.includes(k.split('/')[0])));
  const result = await build({ ...common, entryPoints: shared, chunkNames: 'chunks/[name]-[hash]' });
  // Start-up-critical entries: their whole static import graph in their own main.js (one file to resolve and
  // compile instead of ~18), only their lazily imported modules as chunks of their own.
  for (const name of SOLO) {
    const solo = await build({ ...common, entryPoints: { [`${name}/main`]: entryPoints[`${name}/main`] }, chunkNames: `chunks/${name}.[name]-[hash]` });
    Object.assign(result.metafile.inputs, solo.metafile.inputs);
  }
  // Preludes (src/actions/<name>.prelude.ts): run by the entry before main.js is loaded, to start work that does
  // not need relforge's code (next-version prefetches its first git walk). One small file each, no chunks.
  const preludes = actions.filter((name) => existsSync(join(root, 'src', 'actions', `${name}.prelude.ts`)));
  for (const name of preludes) {
    const pre = await build({ ...common, banner: {}, splitting: false, entryPoints: { [`${name}/prelude`]: join('src', 'actions', `${name}.prelude.ts`) } });
    Object.assign(result.metafile.inputs, pre.metafile.inputs);
  }
  for (const name of all) writeFileSync(join(staging, name, 'index.js'), entrySource(name === 'cli' ? 'cli' : 'action', preludes.includes(name)));
  writeFileSync(join(staging, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(staging, 'licenses.txt'), licenses(result.metafile));
  // --- files some bundles ship beside their code ---
  bundleGitCliff(root, join(staging, 'changelog'));
  cpSync(join(root, 'src', 'emulator', 'api-specs'), join(staging, 'cli', 'api-specs'), { recursive: true, filter: (s) => !s.endsWith('.md') }); // relforge emulator / act --emulator
  writeFileSync(join(staging, 'build-info.json'), JSON.stringify(buildInfo(root, Object.keys(result.metafile.inputs)), null, 2) + '\n');
} catch (err) {
  rmSync(staging, { recursive: true, force: true });
  console.error(err instanceof Error ? err.message : err);
  console.error('the build failed; dist/ is left as it was');
  process.exit(1);
}
rmSync(old, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, old);
renameSync(staging, dist);
rmSync(old, { recursive: true, force: true });
const js = jsBytes(dist);
console.log(`built ${dist} (${all.length} entries, ${(js / 1048576).toFixed(2)} MiB of JavaScript)`);

/** Total size of the .js files under dir (the figure the ≤ 4 MiB goal is about). */
function jsBytes(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith('.js')) n += readFileSync(join(e.parentPath ?? e.path, e.name)).length;
  }
  return n;
}

/** The license texts of every npm package bundled, in name order (what ncc's licenses.txt held, once). */
function licenses(metafile) {
  const pkgs = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /^(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (!m) continue;
    const dir = input.slice(0, m.index + m[0].length);
    if (!pkgs.has(m[1])) pkgs.set(m[1], dir);
  }
  const out = [];
  for (const name of [...pkgs.keys()].sort()) {
    const dir = join(root, pkgs.get(name));
    const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).sort().find((f) => /^(licen[sc]e|copying)(\.|$)/i.test(f));
    out.push(`${name}@${meta.version}\n${meta.license ?? 'see package'}\n${file ? readFileSync(join(dir, file), 'utf8').trim() : ''}\n`);
  }
  return out.join('\n');
}
