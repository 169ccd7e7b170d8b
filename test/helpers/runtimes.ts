/**
 * Node runtimes for executing built bundles the way runners do: the host's `node` (Node 20 on this
 * machine; act, Gitea and Forgejo run whatever the host has) and Node 24 from the npm `node` package
 * (GitHub's `runs.using: node24`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

export interface NodeRuntime {
  label: string;
  path: string;
  version: string;
}

function versionOf(path: string): string {
  return execFileSync(path, ['-v'], { encoding: 'utf8' }).trim();
}

/** The first `node` on PATH outside node_modules (or $RELFORGE_HOST_NODE). */
export function hostNode(): NodeRuntime {
  const forced = process.env.RELFORGE_HOST_NODE;
  if (forced) return { label: 'host', path: forced, version: versionOf(forced) };
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir || dir.includes('node_modules')) continue;
    const p = join(dir, 'node');
    if (existsSync(p)) return { label: 'host', path: p, version: versionOf(p) };
  }
  throw new Error('no host node found on PATH outside node_modules');
}

/** Node 24 installed by the `node` devDependency. */
export function node24(): NodeRuntime {
  const p = join(ROOT, 'node_modules', 'node', 'bin', 'node');
  const alt = join(ROOT, 'node_modules', '.bin', 'node');
  const path = existsSync(p) ? p : alt;
  return { label: 'node24', path, version: versionOf(path) };
}

/** Both runtimes, de-duplicated by version; used with describe.each / it.each. */
export function bundleRuntimes(): NodeRuntime[] {
  const list = [hostNode(), node24()];
  const seen = new Set<string>();
  return list.filter((r) => (seen.has(r.version) ? false : (seen.add(r.version), true)));
}
