/**
 * A tiny multi-platform product ("agent") to release end to end: a work tree with a bare `origin`, a
 * stable tag `v0.3.0` and releasable commits after it, and a build script that writes three fake
 * per-platform binaries. Used by the act suite (test/e2e/act.test.ts) and by `npm run demo`.
 * Plain git through argument arrays; no relforge code involved in creating it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The platforms the agent ships for, as `<os>-<arch>` (Tauri/relforge platform keys) and file names. */
export const PLATFORMS = [
  { key: 'linux-x86_64', file: 'agent-linux-x86_64' },
  { key: 'darwin-aarch64', file: 'agent-darwin-aarch64' },
  { key: 'windows-x86_64', file: 'agent-windows-x86_64.exe' },
] as const;

/** Writes the three fake binaries for `version` into `outDir` (what the product's build script does). */
export const BUILD_SCRIPT = `#!/usr/bin/env node
// Builds the agent: node build.mjs <version> <out-dir> [platform]  (every platform when none is given)
import { mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
const [version, out = 'out', only] = process.argv.slice(2);
if (!/^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?$/.test(version ?? '')) { console.error('usage: node build.mjs <version> [out-dir] [platform]'); process.exit(2); }
const platforms = ${JSON.stringify(PLATFORMS.map((p) => [p.key, p.file]))}.filter(([key]) => !only || key === only);
if (platforms.length === 0) { console.error(\`unknown platform \${only}\`); process.exit(2); }
mkdirSync(out, { recursive: true });
for (const [key, file] of platforms) {
  // deterministic "binary": a header naming version and platform, then 64 KiB of derived bytes
  const header = Buffer.from(\`AGENT\\0\${version}\\0\${key}\\0\`);
  const body = Buffer.alloc(64 * 1024);
  let block = createHash('sha256').update(header).digest();
  for (let i = 0; i < body.length; i += block.length) { block.copy(body, i); block = createHash('sha256').update(block).digest(); }
  writeFileSync(join(out, file), Buffer.concat([header, body]));
  console.log(\`built \${join(out, file)} (\${key})\`);
}
`;

export interface ProductRepo {
  /** the directory holding work/ and remote.git */
  base: string;
  dir: string;
  remote: string;
  git(...args: string[]): string;
  commit(message: string, files?: Record<string, string>): string;
  write(path: string, content: string): void;
  read(path: string): string;
  /** Brings the work tree to the remote's state, like a fresh `actions/checkout` with fetch-depth 0. */
  syncFromRemote(): void;
  remoteTags(): string[];
  /** git in the bare origin */
  remoteGit(...args: string[]): string;
  remoteBranchHead(branch?: string): string;
  cleanup(): void;
}

let clock = 1_760_000_000;

function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) if (/^GIT_/.test(k)) delete env[k];
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Ada Developer',
    GIT_AUTHOR_EMAIL: 'ada@agent.example',
    GIT_COMMITTER_NAME: 'Ada Developer',
    GIT_COMMITTER_EMAIL: 'ada@agent.example',
    GIT_PAGER: 'cat',
    ...extra,
  };
}

export interface ProductOptions {
  /** Parent directory (default: a new temp dir). */
  parent?: string;
  /** Extra files for the first commit (e.g. workflows), path → content. */
  files?: Record<string, string>;
  /** Symbolic links committed with the first commit, path → target (e.g. actions → a relforge checkout). */
  symlinks?: Record<string, string>;
}

/**
 * Creates the product: history `feat: first agent` (tagged v0.3.0, pushed), then `feat(cli): …` and
 * `fix: …` (pushed, untagged) — so the next stable is 0.4.0 and the first beta is 0.4.0-beta.1.
 */
export function createProduct(opts: ProductOptions = {}): ProductRepo {
  const base = opts.parent ?? mkdtempSync(join(tmpdir(), 'relforge-product-'));
  const dir = join(base, 'work');
  const remote = join(base, 'remote.git');
  mkdirSync(dir, { recursive: true });
  const run = (cwd: string, args: string[], extra: Record<string, string> = {}) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', env: gitEnv(extra), stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  run(base, ['init', '-q', '--bare', '-b', 'main', remote]);
  run(dir, ['init', '-q', '-b', 'main']);
  for (const [k, v] of [
    ['user.name', 'Ada Developer'],
    ['user.email', 'ada@agent.example'],
    ['commit.gpgsign', 'false'],
    ['tag.gpgsign', 'false'],
    ['core.pager', 'cat'],
  ] as const)
    run(dir, ['config', k, v]);
  run(dir, ['remote', 'add', 'origin', remote]);

  const write = (p: string, content: string) => {
    const full = join(dir, p);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  };
  const commit = (message: string, files: Record<string, string> = {}) => {
    for (const [p, content] of Object.entries(files)) write(p, content);
    run(dir, ['add', '-A']);
    clock += 3600;
    const date = `${clock} +0000`;
    run(dir, ['commit', '-q', '--allow-empty', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    return run(dir, ['rev-parse', 'HEAD']);
  };

  for (const [p, target] of Object.entries(opts.symlinks ?? {})) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    symlinkSync(target, join(dir, p));
  }
  commit('feat: first agent', {
    'package.json': `${JSON.stringify({ name: 'agent', version: '0.3.0', private: true, description: 'A tiny multi-platform agent' }, null, 2)}\n`,
    'build.mjs': BUILD_SCRIPT,
    'src/agent.js': "console.log('agent');\n",
    'README.md': '# agent\n\nA tiny multi-platform agent released with relforge.\n',
    '.gitignore': 'out/\nnode_modules/\n',
    ...(opts.files ?? {}),
  });
  run(dir, ['tag', '-a', 'v0.3.0', '-m', 'v0.3.0']);
  commit('feat(cli): add --json output', { 'src/agent.js': "console.log(process.argv.includes('--json') ? '{}' : 'agent');\n" });
  commit('fix: handle an empty config file', { 'src/config.js': 'export const load = (t) => (t.trim() ? JSON.parse(t) : {});\n' });
  run(dir, ['push', '-q', 'origin', 'main', '--tags']);
  run(dir, ['branch', '-q', '--set-upstream-to=origin/main', 'main']);

  return {
    base,
    dir,
    remote,
    git: (...args) => run(dir, args),
    commit,
    write,
    read: (p) => readFileSync(join(dir, p), 'utf8'),
    syncFromRemote() {
      // --force: a tag moved on the origin is taken as the origin has it (as a fresh checkout would)
      run(dir, ['fetch', '-q', '--force', '--tags', '--prune', '--prune-tags', 'origin']);
      run(dir, ['reset', '-q', '--hard', 'origin/main']);
    },
    remoteTags: () =>
      run(remote, ['tag', '--list'])
        .split('\n')
        .filter(Boolean)
        .sort(),
    remoteGit: (...args) => run(remote, args),
    remoteBranchHead: (branch = 'main') => run(remote, ['rev-parse', `refs/heads/${branch}`]),
    cleanup: () => {
      if (!opts.parent) rmSync(base, { recursive: true, force: true });
      else if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    },
  };
}
