/**
 * The git-cliff adapter: finding the binary (never downloaded at run time) and running it with an
 * argument array, with none of our environment's tokens.
 *
 * Where the binary comes from, in order:
 *  1. an explicit path (`gitCliffPath` / option `git-cliff-path` / env `RELFORGE_GIT_CLIFF`);
 *  2. the copy shipped beside the bundle: `dist/changelog/bin/<os>-<arch>/git-cliff` (checked against
 *     `bin/manifest.json`'s sha256; the build copies it from node_modules, see scripts/bundle-git-cliff.mjs);
 *  3. `node_modules/git-cliff-<os>-<arch>` next to relforge (npm installs: the CLI, the library);
 *  4. `git-cliff` on PATH.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, chmodSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { codeDirs } from '../platform/code-dirs.js';
import { RelforgeError, SettingsError, fieldError } from '../platform/errors.js';

/** The git-cliff version relforge is tested with (package.json dependency). */
export const GIT_CLIFF_VERSION = '2.14.2';

export interface GitCliffBinary {
  path: string;
  /** Where it was found: explicit, bundled, node_modules, PATH. */
  source: 'explicit' | 'bundled' | 'node_modules' | 'PATH';
  /** Its version when known without running it (bundled manifest, npm package). */
  version?: string;
  /** The recorded sha256 of a bundled copy (checked by checkBundledIntegrity). */
  sha256?: string;
}

/** `linux-x64`, `darwin-arm64`, `windows-x64`… (the npm package naming). */
export function cliffPlatform(platform: NodeJS.Platform = process.platform, arch: string = process.arch): string {
  const os = platform === 'win32' ? 'windows' : platform;
  return `${os}-${arch}`;
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
      throw fieldError('git-cliff-path', `(or RELFORGE_GIT_CLIFF) names "${explicit}", which is not an executable file.`);
    }
    return { path: explicit, source: 'explicit' };
  }
  const plat = cliffPlatform();
  const shipped: string[] = [];
  // dist/changelog/bin beside the action bundle; the CLI bundle (dist/cli) uses the same copy.
  for (const dir of codeDirs().flatMap((d) => [d, join(d, '..', 'changelog')])) {
    const manifestPath = join(dir, 'bin', 'manifest.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BinManifest;
    shipped.push(...Object.keys(manifest.platforms));
    const entry = manifest.platforms[plat];
    if (!entry) continue;
    const p = join(dir, 'bin', entry.file);
    if (!existsSync(p)) continue;
    if (!isExecutable(p)) {
      try {
        chmodSync(p, 0o755); // zip downloads can drop the executable bit
      } catch {
        /* reported below if still not executable */
      }
    }
    if (isExecutable(p)) return { path: p, source: 'bundled', version: manifest.gitCliffVersion, sha256: entry.sha256 };
  }
  for (const dir of codeDirs()) {
    let d = dir;
    for (;;) {
      const p = join(d, 'node_modules', `git-cliff-${plat}`, 'bin', exe);
      if (isExecutable(p)) return { path: p, source: 'node_modules', ...packageVersion(join(d, 'node_modules', `git-cliff-${plat}`, 'package.json')) };
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
  throw new SettingsError([
    {
      message:
        `git-cliff is not available for ${plat}: ${bundledNote}. Run the changelog step on a Linux x64 runner (ubuntu-latest), ` +
        `or install git-cliff ${GIT_CLIFF_VERSION} (npm install -g git-cliff@${GIT_CLIFF_VERSION}, cargo install git-cliff, or a release binary) ` +
        'and put it on PATH or pass its path with {{git-cliff-path}}.',
    },
  ]);
}

function packageVersion(file: string): { version?: string } {
  try {
    const v = (JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version;
    return typeof v === 'string' ? { version: v } : {};
  } catch {
    return {};
  }
}

/**
 * The bundled binary matches its recorded sha256 (a damaged checkout otherwise). Hashed as a stream, so it
 * runs while git reads the history.
 */
export async function checkBundledIntegrity(bin: GitCliffBinary): Promise<void> {
  if (!bin.sha256) return;
  // One synchronous read and hash (~20 ms for 16 MB), made while the first git queries run: a chunked async
  // read would queue behind the history stream's events and hold git-cliff back until the stream ends.
  const digest = createHash('sha256').update(readFileSync(bin.path)).digest('hex');
  if (digest !== bin.sha256) {
    throw new RelforgeError(
      `The bundled git-cliff at ${bin.path} does not match its recorded sha256 (bin/manifest.json); the action checkout is damaged. Re-run the job, or pin relforge to a release.`,
    );
  }
}

/** git-cliff's version: known for the bundled and npm copies, else asked (`git-cliff --version`). */
export async function gitCliffVersion(bin: GitCliffBinary, env: NodeJS.ProcessEnv): Promise<string> {
  if (bin.version) return bin.version;
  const r = await runProgram(bin.path, ['--version'], process.cwd(), env);
  return /git-cliff\s+(\S+)/.exec(r.stdout)?.[1] ?? 'unknown';
}

/**
 * Starts a program that reads `write`s on stdin (buffered into 64 KiB writes) and collects its output.
 * With `gate`, the program is spawned only once the gate resolves (e.g. the binary's integrity check);
 * writes made before are queued, so a caller can stream input meanwhile. A rejected gate is `done()`'s error.
 */
export function startProgram(
  file: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  gate: Promise<void> = Promise.resolve(),
): { write(text: string): void; done(): Promise<{ code: number; stdout: string; stderr: string }>; kill(): void } {
  let child: ChildProcess | undefined;
  let cancelled = false;
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (!child) return;
    if (pending.length) child.stdin!.write(pending.join(''));
    pending = [];
    size = 0;
  };
  const result = gate.then(
    () =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolvePromise, reject) => {
        if (cancelled) return resolvePromise({ code: -1, stdout: '', stderr: 'not started' });
        const c = spawn(file, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
        child = c;
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        c.stdout!.on('data', (d: Buffer) => out.push(d));
        c.stderr!.on('data', (d: Buffer) => err.push(d));
        c.stdin!.on('error', () => undefined); // an early exit is reported by the exit code
        c.on('error', (e) => reject(new RelforgeError(`Could not run ${file}: ${e.message}`)));
        c.on('close', (code) => resolvePromise({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
        flush();
      }),
  );
  result.catch(() => undefined);
  return {
    write: (text) => {
      pending.push(text);
      size += text.length;
      if (size >= 65536) flush();
    },
    done: async () => {
      await gate;
      flush();
      child?.stdin!.end();
      return result;
    },
    /** Stops the program if it still runs (after an error elsewhere), or keeps it from starting. */
    kill: () => {
      cancelled = true;
      if (child && child.exitCode === null && child.signalCode === null) child.kill();
    },
  };
}

/** Runs a program with an argument array; resolves with exit code and output (never a shell). */
export function runProgram(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (d: Buffer) => out.push(d));
    child.stderr!.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e) => reject(new RelforgeError(`Could not run ${file}: ${e.message}`)));
    child.on('close', (code) =>
      resolvePromise({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
  });
}

/** git-cliff reads tokens and settings from the environment; give it none of ours (and no network). */
export function cliffEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(GIT_CLIFF_|GITHUB_TOKEN$|GITLAB_TOKEN$|GITEA_TOKEN$|BITBUCKET_TOKEN$|AZURE_DEVOPS_TOKEN$|GITHUB_REPO$|GITLAB_REPO$|GITEA_REPO$|BITBUCKET_REPO$|AZURE_DEVOPS_REPO$|INPUT_)/.test(k)) continue;
    env[k] = v;
  }
  env.NO_COLOR = '1';
  env.RUST_LOG = 'warn';
  return env;
}

