import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_API_SPECS_DIR, VENDORED_API_SPECS_DIR } from '../../src/emulator/openapi.js';
import { underCI } from '../helpers/tools.js';

describe('vendored API documents', () => {
  const shared = existsSync(SHARED_API_SPECS_DIR);
  if (!shared) {
    if (underCI()) throw new Error(`${SHARED_API_SPECS_DIR} is missing: CI clones the repository beside ../shared`);
    console.warn(`SKIP: ${SHARED_API_SPECS_DIR} not present; cannot compare the vendored copies`);
  }
  it.skipIf(!shared)('are byte-identical to ../shared/api-specs', () => {
    const files = readdirSync(SHARED_API_SPECS_DIR).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(readdirSync(VENDORED_API_SPECS_DIR).filter((f) => f.endsWith('.json')).sort()).toEqual(files.sort());
    for (const f of files) {
      expect(readFileSync(join(VENDORED_API_SPECS_DIR, f)).equals(readFileSync(join(SHARED_API_SPECS_DIR, f))), f).toBe(true);
    }
  });
});
