/**
 * Issue 13 case 9, the one large case (e2e project, vitest.config.ts): a legacy (`Ed`, non-prehashed) signature by the
 * real minisign over a file above the 512 MiB that the old whole-file read refused, verified streamed. minisign
 * reads and hashes the whole file twice to sign it (seconds of CPU); the streamed verification itself is tested on
 * small files in ed25519-stream.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyFile } from '../../../src/signing/minisign/verify.js';
import { RAW_SIZE_LIMIT } from '../../../src/signing/minisign/sign-file.js';
import { requireTool } from '../../helpers/tools.js';

const minisign = requireTool('minisign', 'apt-get install minisign');

describe.skipIf(!minisign)('legacy signatures from the real tools, verified streamed', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'relforge-legacy-'));
    execFileSync(minisign!, ['-G', '-W', '-f', '-p', join(dir, 'k.pub'), '-s', join(dir, 'k.key')], { stdio: 'pipe' });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // One large case: a legacy signature over a file above the 512 MiB the old whole-file read refused.
  // The file is sparse (no disk use); minisign itself holds it in memory while signing, relforge does not.
  it('verifies a legacy signature over a file larger than 512 MiB (the old code refused it)', async () => {
    const file = join(dir, 'big.bin');
    writeFileSync(file, 'head');
    truncateSync(file, RAW_SIZE_LIMIT + 4097);
    execFileSync(minisign!, ['-S', '-l', '-W', '-s', join(dir, 'k.key'), '-m', file, '-t', 'version:2.0.0'], { stdio: 'pipe' });
    const r = await verifyFile(file, readFileSync(`${file}.minisig`, 'utf8'), readFileSync(join(dir, 'k.pub'), 'utf8'), { expectVersion: '2.0.0' });
    expect(r.algorithm).toBe('Ed');
  }, 120_000);
});
