/**
 * dist/ as shipped: one esbuild run with shared chunks (scripts/build.mjs). Its JavaScript stays within 4 MiB, a
 * rebuild is byte-identical (CI fails when a rebuild changes dist/), each action.yml names a thin entry, and the
 * committed dist/ is what the tree builds to.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, writeFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, existsSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../helpers/runtimes.js';
import { assertFreshDist } from '../helpers/fresh-dist.js';
import { bundleContents, jsBytes } from '../helpers/dist-graph.js';

const tmp = mkdtempSync(join(tmpdir(), 'relforge-dist-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const actions = readdirSync(join(ROOT, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(ROOT, 'actions', d.name, 'action.yml')))
  .map((d) => d.name)
  .sort();

function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.set(relative(dir, join(e.parentPath, e.name)).split('\\').join('/'), readFileSync(join(e.parentPath, e.name)));
  }
  return out;
}

function build(out: string): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--out', out], { cwd: ROOT, stdio: 'pipe' });
}

describe('dist/', () => {
  beforeAll(assertFreshDist);

  it('holds at most 4 MiB of JavaScript in all (nine actions and the CLI, shared chunks)', () => {
    expect(jsBytes(join(ROOT, 'dist'))).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it.each(actions)('actions/%s/action.yml runs a thin entry that loads its code and shared chunks', (name) => {
    const manifest = parseYaml(readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8')) as { runs: { using: string; main: string } };
    expect(manifest.runs.using).toBe('node24');
    expect(manifest.runs.main).toBe(`../../dist/${name}/index.js`);
    const entry = readFileSync(join(ROOT, 'dist', name, 'index.js'), 'utf8');
    // the Node guard, then one dynamic import: no static import could run before the guard
    expect(entry).not.toMatch(/^import /m);
    expect(entry).toContain("await import('./main.js');");
    expect(entry.length).toBeLessThan(2000);
    const c = bundleContents(join(ROOT, 'dist'), name);
    expect(c.files.some((f) => f.startsWith('chunks/'))).toBe(true);
  });

  it('the CLI loads no command module for --help: each command is a chunk of its own, imported when it runs', () => {
    const main = readFileSync(join(ROOT, 'dist', 'cli', 'main.js'), 'utf8');
    const lazy = [...main.matchAll(/import\("\.\.\/chunks\/([a-z-]+)-[A-Z0-9]+\.js"\)/g)].map((m) => m[1]);
    for (const cmd of ['next-version', 'sign', 'publish', 'emulator', 'act', 'upload-packages']) expect(lazy).toContain(cmd);
    // static imports of main.js carry no command code
    const staticOnly = main.replace(/import\([^)]*\)/g, '');
    expect(staticOnly).not.toMatch(/chunks\/(?:emulator|act|publish|sign)-/);
  });

  it('a rebuild is byte-identical to the committed dist/ (deterministic; otherwise: run npm run build)', () => {
    const a = join(tmp, 'a');
    const b = join(tmp, 'b');
    build(a);
    build(b);
    const ta = tree(a);
    const tb = tree(b);
    expect([...ta.keys()].sort()).toEqual([...tb.keys()].sort());
    for (const [f, bytes] of ta) expect(bytes.equals(tb.get(f)!), `${f} differs between two builds`).toBe(true);
    const committed = tree(join(ROOT, 'dist'));
    expect([...committed.keys()].sort(), 'dist/ differs from a rebuild: run npm run build').toEqual([...ta.keys()].sort());
    for (const [f, bytes] of ta) expect(bytes.equals(committed.get(f)!), `dist/${f} differs from a rebuild: run npm run build`).toBe(true);
  }, 120_000);

});

describe('scripts/build.mjs', () => {
  it('a failed build leaves the previous dist/ as it was (staging, then swap)', () => {
    // a copy of the tree (node_modules linked) whose dist/ is built, then one source file broken
    const copy = join(tmp, 'tree');
    for (const d of ['src', 'scripts', 'actions', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, d), join(copy, d), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    execFileSync(process.execPath, [join(copy, 'scripts', 'build.mjs')], { cwd: copy, stdio: 'pipe' });
    const before = tree(join(copy, 'dist'));
    const fails = (why: RegExp) => {
      const r = spawnSync(process.execPath, [join(copy, 'scripts', 'build.mjs')], { cwd: copy, encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(why);
      expect(r.stderr).toContain('dist/ is left as it was');
      const after = tree(join(copy, 'dist'));
      expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
      for (const [f, bytes] of before) expect(bytes.equals(after.get(f)!), f).toBe(true);
      expect(readdirSync(copy).filter((f) => f.startsWith('.dist'))).toEqual([]);
    };
    // 1. a change to the code (an entry edited so the JavaScript changes) and a failure late: the git-cliff
    //    step, after esbuild has written every bundle, refuses a pin that does not match node_modules
    appendFileSync(join(copy, 'src', 'cli', 'main.ts'), "\nif (process.env.RELFORGE_TEST_NEVER_SET) console.log('changed');\n");
    const pkg = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')) as { optionalDependencies: Record<string, string> };
    pkg.optionalDependencies['git-cliff-linux-x64'] = '0.0.1';
    writeFileSync(join(copy, 'package.json'), JSON.stringify(pkg));
    fails(/package\.json pins 0\.0\.1/);
    // 2. a syntax error (esbuild itself fails)
    appendFileSync(join(copy, 'src', 'platform', 'errors.ts'), '\nexport const broken = ;\n');
    fails(/Unexpected ";"/);
  }, 120_000);
});
