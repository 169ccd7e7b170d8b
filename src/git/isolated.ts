/**
 * git for the shipped emulators (the forge emulator's tags are a bare repository's): synchronous, and blind to the
 * machine's system gitconfig (GIT_CONFIG_NOSYSTEM), so a runner's /etc/gitconfig (safe.bareRepository = explicit,
 * a reference-transaction hook, …) cannot change what the emulator answers. relforge's own git calls
 * (repository.ts) keep the system configuration: a user's safe.directory or credential helper applies there.
 */
import { spawnGitSync } from './repository.js';

/** What every emulator git call adds to relforge's git environment (C locale, never a prompt): no system config. */
export const ISOLATED_GIT_ENV: Readonly<Record<string, string>> = { GIT_CONFIG_NOSYSTEM: '1' };

/** One git command in `cwd`: trimmed stdout, or undefined when it fails (the emulator then answers "not found"). */
export function isolatedGitSync(cwd: string, args: string[]): string | undefined {
  try {
    const r = spawnGitSync(cwd, args, { ...ISOLATED_GIT_ENV });
    return r.code === 0 ? r.stdout.trim() : undefined;
  } catch {
    return undefined;
  }
}
