/**
 * git for the shipped emulators (the forge emulator's tags are a bare repository's): synchronous, and blind to the
 * machine's system gitconfig (GIT_CONFIG_NOSYSTEM), so a runner's /etc/gitconfig (safe.bareRepository = explicit,
 * a reference-transaction hook, …) cannot change what the emulator answers. relforge's own git calls
 * (repository.ts) keep the system configuration: a user's safe.directory or credential helper applies there.
 */
import { execFileSync } from 'node:child_process';

/** What every emulator git call adds to the environment: no system config, C locale, never a prompt. */
export const ISOLATED_GIT_ENV: Readonly<Record<string, string>> = { GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' };

/** One git command in `cwd`: trimmed stdout, or undefined when it fails (the emulator then answers "not found"). */
export function isolatedGitSync(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, ...ISOLATED_GIT_ENV } }).trim();
  } catch {
    return undefined;
  }
}
