import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestPki, type TestPki } from '../../src/emulator/pki.js';
import { startTsa, timeStampReqProblem, type TsaEmulator } from '../../src/emulator/tsa.js';
import { requireTool } from '../helpers/tools.js';

const openssl = requireTool('openssl', 'apt-get install openssl');

describe.skipIf(!openssl)('loopback RFC 3161 TSA emulator', () => {
  let pki: TestPki;
  let tsa: TsaEmulator;
  let dir: string;
  beforeAll(async () => {
    pki = createTestPki();
    tsa = await startTsa({ tsa: pki.tsa });
    dir = mkdtempSync(join(tmpdir(), 'relforge-tsa-test-'));
  }, 120_000);
  afterAll(async () => {
    await tsa?.close();
    pki?.cleanup();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const post = (body: Buffer, type = 'application/timestamp-query', method = 'POST') =>
    fetch(tsa.url, { method, headers: { 'content-type': type }, ...(method === 'POST' ? { body } : {}) });

  it('answers a query that openssl ts -verify accepts against the TSA root', async () => {
    writeFileSync(join(dir, 'data'), 'hello');
    execFileSync('openssl', ['ts', '-query', '-data', join(dir, 'data'), '-sha256', '-cert', '-out', join(dir, 'q.tsq')]);
    const q = readFileSync(join(dir, 'q.tsq'));
    expect(timeStampReqProblem(q)).toBeUndefined();
    const res = await post(q);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/timestamp-reply');
    writeFileSync(join(dir, 'r.tsr'), Buffer.from(await res.arrayBuffer()));
    const out = execFileSync('openssl', ['ts', '-verify', '-in', join(dir, 'r.tsr'), '-queryfile', join(dir, 'q.tsq'), '-CAfile', pki.tsaRoot.certPath], { encoding: 'utf8' });
    expect(out).toMatch(/Verification: OK/);
    expect(tsa.requests).toBe(1);
  });

  it('validates requests', async () => {
    expect((await post(Buffer.from('nope'))).status).toBe(400);
    // version 1, sha256 imprint of the wrong length
    const bad = Buffer.from('3024020101301f300d06096086480165030402010500040e' + '00'.repeat(14), 'hex');
    expect(timeStampReqProblem(bad)).toMatch(/expected 32/);
    expect((await post(bad)).status).toBe(400);
    expect((await post(Buffer.alloc(0), 'application/timestamp-query', 'GET')).status).toBe(405);
    expect((await post(Buffer.from('30', 'hex'), 'application/octet-stream')).status).toBe(415);
  });

  it('can be told to fail', async () => {
    tsa.fail = 503;
    expect((await post(Buffer.alloc(1))).status).toBe(503);
    tsa.fail = undefined;
  });
});
