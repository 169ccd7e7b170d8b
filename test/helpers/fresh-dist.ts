/**
 * Every test that runs dist/ first checks that it was built from the tree as it is: scripts/build.mjs records the
 * SHA-256 of each input (dist/build-info.json) and scripts/build-inputs.mjs compares them. A stale dist/ fails with
 * "run npm run build" instead of testing yesterday's code.
 */
import { ROOT } from './runtimes.js';

let checked: string | undefined | null = null;

/** Throws "dist/ is stale …: run npm run build" unless dist/ matches its inputs (checked once per test file). */
export async function assertFreshDist(): Promise<void> {
  if (checked === null) {
    const { staleness } = await import('../../scripts/build-inputs.mjs');
    checked = staleness(ROOT);
  }
  if (checked !== undefined) throw new Error(`dist/ is stale (${checked}): run npm run build`);
}

/** The bundled CLI's entry (dist/cli/index.js), after the freshness check. */
export async function freshCli(): Promise<string> {
  await assertFreshDist();
  const { join } = await import('node:path');
  return join(ROOT, 'dist', 'cli', 'index.js');
}
