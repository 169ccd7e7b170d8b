#!/usr/bin/env node
// Bundles one TypeScript entry into DIR/index.js (ESM, Node 20, with DIR/package.json saying so), for benchmarks
// that run a helper as a separate process. Not the product build (scripts/build.mjs).
// Usage: node scripts/bundle-one.mjs <entry.ts> <out-dir>
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const [entry, out] = process.argv.slice(2);
if (!entry || !out) {
  console.error('usage: node scripts/bundle-one.mjs <entry.ts> <out-dir>');
  process.exit(2);
}
mkdirSync(resolve(out), { recursive: true });
await build({
  entryPoints: [resolve(entry)],
  outfile: join(resolve(out), 'index.js'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: { js: "import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
writeFileSync(join(resolve(out), 'package.json'), '{ "type": "module" }\n');
