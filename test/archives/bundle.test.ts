/**
 * dist/archive as a runner starts it, under the host's Node (20) and Node 24: the same inputs give the same
 * archive bytes under both (deflate comes from each Node's own zlib), the outputs name the files, and the bytes
 * equal an in-process run (the library under vitest's Node). Needs `npm run build` (or `node scripts/build.mjs archive`).
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBundle } from '../helpers/bundle.js';
import { bundleRuntimes, hostNode } from '../helpers/runtimes.js';
import { createArchives } from '../../src/archives/archive.js';
import { archiveOptions, archiveSchema } from '../../src/archives/options.js';
import { parseValues } from '../../src/platform/options.js';

/** Compressible but not trivial content, large enough for several deflate blocks and read chunks. */
function content(n: number): Buffer {
  const b = Buffer.alloc(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = 97 + ((x >>> 16) % 7);
  }
  return b;
}

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'relforge-archive-bundle-'));
  for (const p of ['linux-amd64', 'windows-amd64']) mkdirSync(join(dir, 'build', p), { recursive: true });
  writeFileSync(join(dir, 'build/linux-amd64/tally'), content(3 * 1024 * 1024 + 17));
  chmodSync(join(dir, 'build/linux-amd64/tally'), 0o755);
  writeFileSync(join(dir, 'build/windows-amd64/tally.exe'), content(1024 * 1024 + 3));
  writeFileSync(join(dir, 'LICENSE'), 'MIT\n');
  return dir;
}

const inputs = { files: 'build/{goos}-{goarch}/tally{exe}', 'extra-files': 'LICENSE', platforms: 'linux/amd64\nwindows/amd64', name: 'tally', version: 'v2.0.0', timestamp: '2026-01-01T00:00:00Z' };
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('dist/archive under both Node runtimes', () => {
  it('writes identical archives under Node 20 and Node 24, equal to the library run', async () => {
    const dirs: Record<string, string> = {};
    for (const rt of bundleRuntimes()) {
      const dir = project();
      const r = await runBundle('archive', { inputs, cwd: dir, runtime: rt, env: { GITHUB_WORKSPACE: dir } });
      expect(r.code, r.all).toBe(0);
      expect(r.outputs.files!.split('\n')).toEqual(['dist/tally_2.0.0_linux_x86_64.tar.gz', 'dist/tally_2.0.0_windows_x86_64.zip']);
      const listed = JSON.parse(r.outputs.archives!) as { file: string; sha256: string; entries: number; format: string }[];
      expect(listed.map((a) => [a.format, a.entries])).toEqual([['tar.gz', 2], ['zip', 2]]);
      for (const a of listed) expect(a.sha256).toBe(sha(join(dir, a.file)));
      expect(r.summary).toContain('tally_2.0.0_windows_x86_64.zip');
      dirs[rt.version] = dir;
    }
    const lib = project();
    const raw = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, k === 'platforms' ? v.split('\n') : k === 'files' || k === 'extra-files' ? [v] : v]));
    await createArchives({ ...archiveOptions(parseValues(archiveSchema, raw, 'cli'), lib, {}), log: () => {} });
    for (const f of ['dist/tally_2.0.0_linux_x86_64.tar.gz', 'dist/tally_2.0.0_windows_x86_64.zip']) {
      const sums = new Set([lib, ...Object.values(dirs)].map((d) => sha(join(d, f))));
      expect(sums.size, `${f} differs between ${Object.keys(dirs).join(', ')} and the library`).toBe(1);
    }
    for (const d of [lib, ...Object.values(dirs)]) rmSync(d, { recursive: true, force: true });
  });
});

describe('memory', () => {
  // Invariant 7: a 512 MiB file (sparse: no disk use) costs no more memory than an 8 MiB one; a whole-file read
  // would add 512 MiB. Peak RSS comes from the process itself (process.resourceUsage, printed at exit).
  it('peak memory does not grow with file size (tar.gz and zip)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relforge-archive-memory-'));
    try {
      const preload = join(dir, 'rss.cjs');
      writeFileSync(preload, 'process.on("exit", () => process.stderr.write(`maxrss=${process.resourceUsage().maxRSS}\\n`));');
      const peak = async (mib: number) => {
        const cwd = join(dir, String(mib));
        for (const p of ['linux-amd64', 'windows-amd64']) {
          mkdirSync(join(cwd, 'build', p), { recursive: true });
          const f = join(cwd, 'build', p, p.startsWith('windows') ? 'tally.exe' : 'tally');
          writeFileSync(f, 'head');
          truncateSync(f, mib * 1024 * 1024);
        }
        const r = await runBundle('archive', { inputs: { ...inputs, 'extra-files': '', 'compression-level': '1' }, cwd, runtime: hostNode(), env: { GITHUB_WORKSPACE: cwd, NODE_OPTIONS: `--require=${preload}` } });
        expect(r.code, r.all).toBe(0);
        return Number(/maxrss=(\d+)/.exec(r.stderr)?.[1]) / 1024; // MiB
      };
      const small = await peak(8);
      const big = await peak(512);
      expect(small).toBeGreaterThan(0);
      expect(big, `peak RSS ${small.toFixed(0)} MiB for 8 MiB files, ${big.toFixed(0)} MiB for 512 MiB files`).toBeLessThan(small + 64);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
