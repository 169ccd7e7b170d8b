/**
 * Per-test fixtures for a test file; each registers its hooks, so call it once at the top level of the file.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary directory (named `prefix…`) for every test, removed after it; returns its path getter. */
export function useTempDir(prefix: string): () => string {
  let dir: string | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  return () => {
    if (!dir) throw new Error('useTempDir: the directory exists only while a test runs');
    return dir;
  };
}

/** console.log and console.error print nothing during each test (the CLI commands under test print); restored after it. */
export function silenceConsole(): void {
  const spies: { mockRestore(): void }[] = [];
  beforeEach(() => {
    spies.push(vi.spyOn(console, 'log').mockImplementation(() => {}), vi.spyOn(console, 'error').mockImplementation(() => {}));
  });
  afterEach(() => {
    for (const spy of spies.splice(0)) spy.mockRestore();
  });
}
