// What a dist/ build was made from: every file esbuild read (src/ and the bundled packages in node_modules), the
// build scripts and the files copied beside the bundles, each with its SHA-256, and the git-cliff pin from
// package.json (not the whole file: a new npm script does not make dist/ stale). scripts/build.mjs writes it to
// dist/build-info.json; test/helpers/fresh-dist.ts recomputes it before a test runs dist/ and fails with
// "run npm run build" when any input changed (a new source file only matters once an existing one imports it, and
// that one then changed). Line endings are normalised so a CRLF checkout hashes like an LF one.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Inputs besides what esbuild reads: the build itself and the files copied into dist/. */
export const EXTRA_INPUTS = ['scripts/build.mjs', 'scripts/build-inputs.mjs', 'scripts/node-guard.mjs', 'scripts/bundle-git-cliff.mjs'];
export const COPIED_DIRS = ['src/emulator/api-specs'];

function fileHash(root, rel) {
  const p = join(root, rel);
  if (!existsSync(p)) return 'missing';
  let bytes = readFileSync(p);
  if (!bytes.includes(0)) bytes = Buffer.from(bytes.toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
  return createHash('sha256').update(bytes).digest('hex');
}

function listDir(root, rel) {
  const dir = join(root, rel);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name).slice(root.length + 1).split('\\').join('/'));
}

/** What package.json contributes (the pinned git-cliff shipped in dist/changelog/bin), not the whole file. */
function pins(root) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return { 'git-cliff-linux-x64': pkg.optionalDependencies?.['git-cliff-linux-x64'] ?? null };
}

/** { pins, inputs: { path: sha256 } } for the given esbuild inputs plus EXTRA_INPUTS and COPIED_DIRS, sorted. */
export function buildInfo(root, esbuildInputs) {
  const files = new Set([...esbuildInputs.map((f) => f.split('\\').join('/')), ...EXTRA_INPUTS, ...COPIED_DIRS.flatMap((d) => listDir(root, d))]);
  const inputs = {};
  for (const f of [...files].sort()) inputs[f] = fileHash(root, f);
  return { note: 'written by scripts/build.mjs; test/helpers/fresh-dist.ts compares it with the working tree', pins: pins(root), inputs };
}

/** undefined when dist/ was built from the files in the tree; otherwise why not (naming a few changed files). */
export function staleness(root) {
  const infoPath = join(root, 'dist', 'build-info.json');
  if (!existsSync(infoPath)) return 'dist/build-info.json is missing';
  const info = JSON.parse(readFileSync(infoPath, 'utf8'));
  const recorded = info.inputs ?? {};
  const changed = [];
  if (JSON.stringify(info.pins) !== JSON.stringify(pins(root))) changed.push('package.json (git-cliff pin)');
  for (const [f, h] of Object.entries(recorded)) if (fileHash(root, f) !== h) changed.push(f);
  for (const d of COPIED_DIRS) for (const f of listDir(root, d)) if (!(f in recorded)) changed.push(f);
  if (!changed.length) return undefined;
  return `${changed.length} input(s) changed since the last build: ${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ', …' : ''}`;
}
