/**
 * Reads the built bundles (dist/) as they are: which files an entry loads (static imports and import() of
 * relative paths, followed transitively) and which npm packages and source files those files contain (esbuild
 * writes a `// node_modules/<package>/<file>` or `// src/<file>` line before each module it inlines).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SPECIFIER = /(?:^|[\s;}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm;
const MODULE_LINE = /^\/\/ ((?:\S*\/)?node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\/\S*|(?:src|test)\/\S+)$/gm;

export interface BundleContents {
  /** Files the entry loads, relative to dist/ ('/' separators), the entry first. */
  files: string[];
  /** npm packages inlined in those files, sorted. */
  packages: string[];
  /** Repository source files inlined (src/…, test/…), sorted. */
  sources: string[];
  /** Total size of those files in bytes. */
  bytes: number;
}

/** What `dist/<name>/index.js` loads when it runs, read from the files in distDir. */
export function bundleContents(distDir: string, name: string): BundleContents {
  const entry = join(distDir, name, 'index.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build`);
  const seen = new Set<string>();
  const stack = [entry];
  const packages = new Set<string>();
  const sources = new Set<string>();
  let bytes = 0;
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    for (const m of text.matchAll(SPECIFIER)) {
      const spec = m[1] ?? m[2]!;
      if (spec.startsWith('.')) stack.push(resolve(dirname(file), spec));
    }
    for (const m of text.matchAll(MODULE_LINE)) {
      if (m[2]) packages.add(m[2]);
      else sources.add(m[1]!);
    }
  }
  const rel = (f: string) => relative(distDir, f).split('\\').join('/');
  return { files: [...seen].map(rel), packages: [...packages].sort(), sources: [...sources].sort(), bytes };
}

/** Size in bytes of every .js file under dir (what the ≤ 4 MiB goal counts). */
export function jsBytes(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith('.js')) n += readFileSync(join(e.parentPath, e.name)).length;
  }
  return n;
}
