/**
 * Changelog: a git-cliff adapter (the binary shipped by the npm `git-cliff` package; never downloaded at run
 * time) and the library operation `generateChangelog`.
 *
 * Range: the commits since the last *strict* release tag reachable from HEAD. relforge always passes an
 * anchored `--tag-pattern` (even with a user config), so prerelease tags neither split nor duplicate entries.
 *
 * Where the binary comes from, in order:
 *  1. an explicit path (`gitCliffPath` / input `git-cliff-path` / env `RELFORGE_GIT_CLIFF`);
 *  2. the copy shipped beside the bundle: `dist/changelog/bin/<os>-<arch>/git-cliff` (checked against
 *     `bin/manifest.json`'s sha256; the build copies it from node_modules, see scripts/bundle-git-cliff.mjs);
 *  3. `node_modules/git-cliff-<os>-<arch>` next to relforge (npm installs: the CLI, the library);
 *  4. `git-cliff` on PATH.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RelforgeError, Problems } from '../platform/errors.js';
import { Git } from '../git/repository.js';
import { redact } from '../platform/secrets.js';
import { buildCliffConfig, strictTagPattern, webUrlFromRemote, DEFAULT_CHANGELOG_HEADER } from './core/cliff-config.js';
import { insertChangelogSection, notesFromSection, sectionIsEmpty } from './core/changelog-text.js';
import { isSemver, tagPrefixProblem } from './core/version.js';

/** The git-cliff version relforge is tested with (package.json dependency). */
export const GIT_CLIFF_VERSION = '2.14.2';

export interface GitCliffBinary {
  path: string;
  /** Where it was found: explicit, bundled, node_modules, PATH. */
  source: 'explicit' | 'bundled' | 'node_modules' | 'PATH';
}

/** `linux-x64`, `darwin-arm64`, `windows-x64`… (the npm package naming). */
export function cliffPlatform(platform: NodeJS.Platform = process.platform, arch: string = process.arch): string {
  const os = platform === 'win32' ? 'windows' : platform;
  return `${os}-${arch}`;
}

function moduleDirs(): string[] {
  const dirs: string[] = [];
  try {
    dirs.push(dirname(fileURLToPath(import.meta.url)));
  } catch {
    /* not a file URL */
  }
  if (process.argv[1]) dirs.push(dirname(resolve(process.argv[1])));
  return [...new Set(dirs)];
}

function isExecutable(p: string): boolean {
  try {
    if (!statSync(p).isFile()) return false;
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

interface BinManifest {
  gitCliffVersion: string;
  platforms: Record<string, { file: string; sha256: string; size: number }>;
}

/** Finds the git-cliff binary (see the module comment for the order) or explains what to do. */
export function findGitCliff(opts: { explicit?: string; env?: NodeJS.ProcessEnv } = {}): GitCliffBinary {
  const env = opts.env ?? process.env;
  const exe = process.platform === 'win32' ? 'git-cliff.exe' : 'git-cliff';
  const explicit = opts.explicit || env.RELFORGE_GIT_CLIFF;
  if (explicit) {
    if (!isExecutable(explicit)) {
      throw new RelforgeError(`git-cliff path "${explicit}" (input "git-cliff-path" / RELFORGE_GIT_CLIFF) is not an executable file.`);
    }
    return { path: explicit, source: 'explicit' };
  }
  const plat = cliffPlatform();
  const shipped: string[] = [];
  for (const dir of moduleDirs()) {
    const manifestPath = join(dir, 'bin', 'manifest.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BinManifest;
    shipped.push(...Object.keys(manifest.platforms));
    const entry = manifest.platforms[plat];
    if (!entry) continue;
    const p = join(dir, 'bin', entry.file);
    if (!existsSync(p)) continue;
    const digest = createHash('sha256').update(readFileSync(p)).digest('hex');
    if (digest !== entry.sha256) {
      throw new RelforgeError(
        `The bundled git-cliff at ${p} does not match its recorded sha256 (bin/manifest.json); the action checkout is damaged. Re-run the job, or pin relforge to a release.`,
      );
    }
    if (!isExecutable(p)) {
      try {
        chmodSync(p, 0o755); // zip downloads can drop the executable bit
      } catch {
        /* reported below if still not executable */
      }
    }
    if (isExecutable(p)) return { path: p, source: 'bundled' };
  }
  for (const dir of moduleDirs()) {
    let d = dir;
    for (;;) {
      const p = join(d, 'node_modules', `git-cliff-${plat}`, 'bin', exe);
      if (isExecutable(p)) return { path: p, source: 'node_modules' };
      const up = dirname(d);
      if (up === d) break;
      d = up;
    }
  }
  for (const d of (env.PATH ?? '').split(delimiter)) {
    if (!d) continue;
    const p = join(d, exe);
    if (isExecutable(p)) return { path: p, source: 'PATH' };
  }
  const bundledNote = shipped.length ? `relforge ships git-cliff for ${[...new Set(shipped)].join(', ')} only` : 'no bundled git-cliff was found';
  throw new RelforgeError(
    `git-cliff is not available for ${plat}: ${bundledNote}. Run the changelog step on a Linux x64 runner (ubuntu-latest), ` +
      `or install git-cliff ${GIT_CLIFF_VERSION} (npm install -g git-cliff@${GIT_CLIFF_VERSION}, cargo install git-cliff, or a release binary) ` +
      `and put it on PATH or pass its path in the "git-cliff-path" input.`,
  );
}

/** Runs a program with an argument array; resolves with exit code and output (never a shell). */
function runProgram(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e) => reject(new RelforgeError(`Could not run ${file}: ${e.message}`)));
    child.on('close', (code) =>
      resolvePromise({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
  });
}

/** git-cliff reads tokens and settings from the environment; give it none of ours (and no network). */
function cliffEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(GIT_CLIFF_|GITHUB_TOKEN$|GITLAB_TOKEN$|GITEA_TOKEN$|BITBUCKET_TOKEN$|AZURE_DEVOPS_TOKEN$|GITHUB_REPO$|GITLAB_REPO$|GITEA_REPO$|BITBUCKET_REPO$|AZURE_DEVOPS_REPO$|INPUT_)/.test(k)) continue;
    env[k] = v;
  }
  env.NO_COLOR = '1';
  env.RUST_LOG = 'warn';
  return env;
}

export interface ChangelogOptions {
  cwd: string;
  /** The release being cut, without prefix (`0.4.0`). */
  version: string;
  tagPrefix?: string;
  /** A user cliff.toml (relative to cwd); default: relforge's bundled configuration. */
  config?: string;
  /** File to prepend the new section to (relative to cwd), e.g. CHANGELOG.md. */
  output?: string;
  /** Monorepo component: only commits touching these paths (git-cliff globs, e.g. `packages/api/**`). */
  includePaths?: string[];
  /** Repository web URL for commit links; default: derived from the `origin` remote (credentials stripped). */
  remoteUrl?: string;
  /** 0.x policy (for the `[bump]` section of the bundled config). */
  pre1?: 'minor' | 'major';
  gitCliffPath?: string;
  /** Compute and return, but do not write `output`. */
  dryRun?: boolean;
}

export interface ChangelogResult {
  version: string;
  tag: string;
  /** This release's section, with its `## [x.y.z]` heading. */
  section: string;
  /** This release's notes without the heading (a release body). Empty when nothing changelog-worthy happened. */
  notes: string;
  /** Absolute path of the written file, when `output` was given (and not a dry run). */
  path?: string;
  written: boolean;
  gitCliff: GitCliffBinary & { version: string };
  config: 'bundled' | string;
}

/** Validates changelog options; every problem is named with the input to change. */
export function changelogProblems(opts: ChangelogOptions): string[] {
  const p: string[] = [];
  if (!opts.version) p.push('Input "version" is required: the version being released, e.g. 0.4.0.');
  else if (!isSemver(opts.version)) p.push(`Input "version" must be a SemVer version without prefix (e.g. 0.4.0), got "${opts.version}".`);
  const prefixProblem = tagPrefixProblem(opts.tagPrefix ?? 'v');
  if (prefixProblem) p.push(`Input "tag-prefix": ${prefixProblem}.`);
  if (opts.pre1 !== undefined && opts.pre1 !== 'minor' && opts.pre1 !== 'major') p.push(`Input "pre-1-0" must be minor or major, got "${opts.pre1}".`);
  for (const ip of opts.includePaths ?? []) {
    if (isAbsolute(ip) || ip.split(/[\\/]/).includes('..')) p.push(`Input "include-paths": "${ip}" must be a path inside the repository (relative, no "..").`);
  }
  if (opts.output) {
    const abs = resolve(opts.cwd, opts.output);
    const rel = relative(resolve(opts.cwd), abs);
    if (rel.startsWith('..') || isAbsolute(rel)) p.push(`Input "output": "${opts.output}" must be a file inside the repository.`);
  }
  return p;
}

export async function generateChangelog(opts: ChangelogOptions): Promise<ChangelogResult> {
  const problems = new Problems();
  for (const x of changelogProblems(opts)) problems.add(x);
  problems.throwIfAny();
  const cwd = resolve(opts.cwd);
  const git = new Git(cwd);
  await git.assertRepository();
  if (await git.isShallow()) {
    throw new RelforgeError('The repository is a shallow clone, so the changelog would miss commits. Check out with fetch-depth: 0 (actions/checkout).');
  }
  const prefix = opts.tagPrefix ?? 'v';
  const tag = `${prefix}${opts.version}`;
  // The release may already be tagged: at HEAD (a re-run after the release commit) → regenerate exactly that
  // release's section (--current); further back → refuse (an --unreleased section would list later commits).
  let current = false;
  const tagged = await git.run(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], { allowFailure: true });
  if (tagged.code === 0) {
    const head = await git.headCommit();
    if (tagged.stdout.trim() === head) current = true;
    else if (await git.isAncestor(`refs/tags/${tag}`, 'HEAD')) {
      throw new RelforgeError(
        `${tag} is already released (an ancestor of HEAD), so there is no new section to write for ${opts.version}. ` +
          'Pass the version being released now (next-version\'s "version" output).',
      );
    }
  }
  const bin = findGitCliff({ explicit: opts.gitCliffPath });
  const env = cliffEnv();
  const ver = await runProgram(bin.path, ['--version'], cwd, env);
  const version = /git-cliff\s+(\S+)/.exec(ver.stdout)?.[1] ?? 'unknown';

  const tmp = mkdtempSync(join(tmpdir(), 'relforge-cliff-'));
  try {
    let configPath: string;
    if (opts.config) {
      configPath = resolve(cwd, opts.config);
      if (!existsSync(configPath)) throw new RelforgeError(`Input "config": git-cliff configuration "${opts.config}" does not exist (looked in ${cwd}).`);
    } else {
      let remoteUrl = opts.remoteUrl;
      if (!remoteUrl) {
        const r = await git.run(['remote', 'get-url', 'origin'], { allowFailure: true });
        remoteUrl = r.code === 0 ? r.stdout.trim() : undefined;
      }
      configPath = join(tmp, 'cliff.toml');
      writeFileSync(configPath, buildCliffConfig({ tagPrefix: prefix, remoteUrl: webUrlFromRemote(remoteUrl), pre1: opts.pre1 }));
    }
    const base = [
      '--config', configPath,
      '--workdir', cwd,
      '--repository', cwd,
      ...(current ? ['--current'] : ['--unreleased', '--tag', tag]),
      '--tag-pattern', strictTagPattern(prefix),
      '--use-branch-tags',
      '--offline',
    ];
    if (!opts.config) base.push('--no-exec');
    for (const ip of opts.includePaths ?? []) base.push('--include-path', ip);
    const run = async (extra: string[]): Promise<string> => {
      const r = await runProgram(bin.path, [...base, ...extra], cwd, env);
      if (r.code !== 0) {
        throw new RelforgeError(`git-cliff failed (exit ${r.code}): ${redact(r.stderr.trim() || r.stdout.trim()).slice(0, 2000)}`);
      }
      return r.stdout;
    };
    const section = (await run(['--strip', 'all'])).trim() + '\n';
    const notes = notesFromSection(section);
    let path: string | undefined;
    let written = false;
    if (opts.output) {
      path = resolve(cwd, opts.output);
      const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
      let header = DEFAULT_CHANGELOG_HEADER;
      if (existing === undefined && opts.config) {
        // A user config may have its own header: take it from a full render.
        const full = await run(['--strip', 'footer']);
        const at = full.indexOf(section.trim());
        header = at > 0 ? full.slice(0, at) : '';
      }
      const next = insertChangelogSection(existing, section, opts.version, header);
      if (!opts.dryRun) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, next);
        written = true;
      }
    }
    return {
      version: opts.version,
      tag,
      section,
      notes: sectionIsEmpty(section) ? '' : notes,
      path,
      written,
      gitCliff: { ...bin, version },
      config: opts.config ? configPath : 'bundled',
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
