/**
 * Where this relforge is installed: the folder holding its package.json (name "relforge"), found by walking
 * up from this module (dist/cli/… in the bundle, src/cli/ in a checkout). It holds actions/, dist/, act/ and
 * .github/workflows/release.yml — what `relforge act` maps `relforge/relforge@<ref>` to.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { codeDirs } from '../platform/code-dirs.js';
import { RelforgeError } from '../platform/errors.js';


export interface PackageInfo {
  root: string;
  version: string;
}

let cached: PackageInfo | undefined;

/** The installed relforge package (root folder and version). */
export function relforgePackage(): PackageInfo {
  if (cached) return cached;
  for (const start of codeDirs()) {
    for (let d = start; ; d = dirname(d)) {
      const p = join(d, 'package.json');
      if (existsSync(p)) {
        try {
          const pkg = JSON.parse(readFileSync(p, 'utf8')) as { name?: string; version?: string };
          if (pkg.name === 'relforge' && typeof pkg.version === 'string') return (cached = { root: d, version: pkg.version });
        } catch {
          /* not ours */
        }
      }
      if (dirname(d) === d) break;
    }
  }
  throw new RelforgeError('relforge cannot find its own package.json (installation damaged?): reinstall relforge (npm install -g relforge).');
}
