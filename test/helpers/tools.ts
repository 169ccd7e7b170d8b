/**
 * Interop tools (minisign, signify-openbsd, osslsigncode, act, jsign, wixl…). On a laptop a missing tool
 * skips the test and prints why; under CI (CI=true) a missing tool is a failure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export function which(cmd: string): string | undefined {
  if (cmd.includes('/')) return existsSync(cmd) ? cmd : undefined;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, cmd);
    if (dir && existsSync(p)) return p;
  }
  return undefined;
}

export const underCI = () => process.env.CI === 'true' || process.env.CI === '1';

/**
 * Returns the tool's path, or undefined after printing why the caller should skip.
 * Under CI a missing tool throws (the suite fails), since .ci/run installs every tool.
 */
export function requireTool(cmd: string, installHint: string): string | undefined {
  const p = which(cmd);
  if (p) return p;
  const msg = `interop tool "${cmd}" not found (${installHint})`;
  if (underCI()) throw new Error(`${msg}: .ci/run should have installed it`);
  console.warn(`SKIP: ${msg}; skipping the tests that need it`);
  return undefined;
}

export function toolVersion(cmd: string, args = ['--version']): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? '').trim();
  }
}
