/**
 * publishRelease with a 1.5 GiB asset against the spec-validating forge emulator: the upload and the verification
 * by content stream (more than any string, and never a whole-file buffer, would hold). About 3 GiB of loopback
 * traffic and hashing per mode (≈ 10 s each), so this file is in the e2e project (vitest.config.ts); the unit
 * project covers streamed verification at 70 MiB (hostile-forge.test.ts). Memory is measured by
 * bench/publish-release.mjs, not here.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startForgeEmulator, type ForgeEmulator } from '../../src/emulator/forge.js';
import { publishToEmulator } from '../helpers/forge-publish.js';
import { clearSecrets } from '../../src/platform/secrets.js';

let emu: ForgeEmulator | undefined;
let big: string | undefined;

afterEach(async () => {
  if (big) rmSync(big, { recursive: true, force: true });
  big = undefined;
  if (!emu) return;
  const e = emu;
  emu = undefined;
  await e.close();
  clearSecrets();
  e.assertNoViolations();
});

describe('large assets are streamed', () => {
  // 1.5 GiB sparse file: created instantly.
  it.each(['github', 'gitea'] as const)('%s: 1.5 GiB asset', async (mode) => {
    big = mkdtempSync(join(tmpdir(), 'relforge-big-'));
    const size = 1.5 * 1024 ** 3;
    const fd = openSync(join(big, 'big.img'), 'w');
    ftruncateSync(fd, size);
    closeSync(fd);
    // as in publish.test.ts: an empty working directory, the asset named by its absolute path
    const cwd = join(big, 'work');
    mkdirSync(cwd);
    emu = await startForgeEmulator({ mode });
    await publishToEmulator(emu, mode, cwd, [], { baseDelayMs: 5, maxDelayMs: 20 }, { files: [join(big, 'big.img')], checksums: false });
    const r = emu.releasesFor('v1.2.3')[0]!;
    expect(r.draft).toBe(false);
    expect(r.assets.map((a) => [a.name, a.size])).toEqual([['big.img', size]]);
    // sha256 of 1.5 GiB of zeros, computed independently in chunks
    const h = createHash('sha256');
    const chunk = Buffer.alloc(64 * 1024 * 1024);
    for (let n = 0; n < size; n += chunk.length) h.update(chunk);
    expect(r.assets[0]!.sha256).toBe(h.digest('hex'));
  }, 240_000);
});
