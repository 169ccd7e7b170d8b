/**
 * The artifact stand-ins relforge act maps actions/upload-artifact and download-artifact to: the artifact's root is
 * the least common ancestor of the SEARCH paths (as in upload-artifact), so a matrix job uploading `relforge-out`
 * with only relforge-out/<platform>/ in it keeps the <platform>/ folder (the v3 layout the sign job relies on), and
 * v4 downloads by pattern keep one folder per artifact.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const standIns = join(import.meta.dirname, '..', '..', 'act', 'stand-ins');
const tmp = mkdtempSync(join(tmpdir(), 'relforge-stand-ins-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}
function action(which: 'upload-artifact' | 'download-artifact', ws: string, store: string, inputs: Record<string, string>) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', RELFORGE_ACT_ARTIFACTS: store, GITHUB_WORKSPACE: ws, GITHUB_OUTPUT: join(ws, '.out') };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [join(standIns, which, 'index.mjs')], { cwd: ws, env, encoding: 'utf8' });
  expect(r.status, r.stdout + r.stderr).toBe(0);
}

describe('artifact stand-ins', () => {
  it('v3 (merge): three matrix jobs upload relforge-out with their own <platform>/ folder; one artifact keeps the folders', () => {
    const store = mkdtempSync(join(tmp, 'store-'));
    for (const p of ['linux-x86_64', 'darwin-aarch64', 'darwin-x86_64']) {
      const ws = mkdtempSync(join(tmp, 'job-'));
      mkdirSync(join(ws, 'relforge-out', p), { recursive: true });
      writeFileSync(join(ws, 'relforge-out', p, 'Notely.app.tar.gz'), p);
      action('upload-artifact', ws, store, { name: 'relforge-build', path: 'relforge-out', 'if-no-files-found': 'error', 'stand-in-merge': 'true' });
    }
    expect(files(join(store, 'relforge-build'))).toEqual(['darwin-aarch64/Notely.app.tar.gz', 'darwin-x86_64/Notely.app.tar.gz', 'linux-x86_64/Notely.app.tar.gz']);
  });

  it('v4: one artifact per platform; a pattern download without merge-multiple keeps a folder per artifact', () => {
    const store = mkdtempSync(join(tmp, 'store-'));
    for (const p of ['linux-x86_64', 'windows-x86_64']) {
      const ws = mkdtempSync(join(tmp, 'job-'));
      mkdirSync(join(ws, 'relforge-out', p), { recursive: true });
      writeFileSync(join(ws, 'relforge-out', p, `agent-${p}`), p);
      action('upload-artifact', ws, store, { name: `relforge-build-${p}`, path: `relforge-out/${p}`, 'if-no-files-found': 'error' });
    }
    const ws = mkdtempSync(join(tmp, 'sign-'));
    action('download-artifact', ws, store, { pattern: 'relforge-build-*', path: 'relforge-built' });
    expect(files(join(ws, 'relforge-built'))).toEqual(['relforge-build-linux-x86_64/agent-linux-x86_64', 'relforge-build-windows-x86_64/agent-windows-x86_64']);
  });

  it('a glob keeps the hierarchy below its fixed part', () => {
    const store = mkdtempSync(join(tmp, 'store-'));
    const ws = mkdtempSync(join(tmp, 'job-'));
    mkdirSync(join(ws, 'dist', 'a'), { recursive: true });
    writeFileSync(join(ws, 'dist', 'a', 'x.txt'), 'x');
    action('upload-artifact', ws, store, { name: 'g', path: 'dist/**/*.txt' });
    expect(files(join(store, 'g'))).toEqual(['a/x.txt']);
  });
});
