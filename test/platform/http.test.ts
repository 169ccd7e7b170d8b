/** src/platform/http.ts against a scripted loopback server: retry policy, streamed bodies, redirects. */
import { afterEach, describe, expect, it } from 'vitest';
import * as http from 'node:http';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { request, retryDelay, bodyLength, HttpNetworkError, assertSecureUrl } from '../../src/platform/http.js';

type Step = (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) => void;
const servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
});

/** A server answering the n-th request with steps[n] (the last step repeats). */
async function script(steps: Step[]): Promise<{ url: string; seen: Array<{ method: string; url: string; headers: http.IncomingHttpHeaders; body: Buffer }> }> {
  const seen: Array<{ method: string; url: string; headers: http.IncomingHttpHeaders; body: Buffer }> = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      steps[Math.min(seen.length - 1, steps.length - 1)]!(req, res, body);
    });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}
const reply = (status: number, headers: Record<string, string> = {}, body = ''): Step => (_q, res) => {
  res.writeHead(status, headers);
  res.end(body);
};

describe('retry policy', () => {
  it('honours retry-after on 429, then succeeds', async () => {
    const s = await script([reply(429, { 'retry-after': '0.05' }), reply(200, {}, 'ok')]);
    const delays: number[] = [];
    const res = await request({ method: 'GET', url: s.url, onRetry: (i) => delays.push(i.delayMs) });
    expect([res.status, res.text(), delays]).toEqual([200, 'ok', [50]]);
  });
  it('waits for x-ratelimit-reset when remaining is 0 (403 or 429)', () => {
    const now = 1_700_000_000_000;
    expect(retryDelay(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 30) }, 1, 1000, 120_000, now)).toBe(31_000);
    expect(retryDelay(403, { 'x-ratelimit-remaining': '12' }, 1, 1000, 120_000, now)).toBeUndefined();
    expect(retryDelay(502, {}, 3, 1000, 120_000, now)).toBe(4000);
    expect(retryDelay(422, { 'retry-after': '1' }, 1, 1000, 120_000, now)).toBeUndefined();
  });
  it('a header-less secondary rate limit (403 body) is waited out, capped by maxDelayMs', async () => {
    const s = await script([reply(403, { 'content-type': 'application/json' }, '{"message":"You have exceeded a secondary rate limit."}'), reply(200)]);
    const delays: number[] = [];
    const res = await request({ method: 'GET', url: s.url, maxDelayMs: 15, onRetry: (i) => delays.push(i.delayMs) });
    expect([res.status, delays]).toEqual([200, [15]]);
  });
  it.each([400, 401, 403, 404, 409, 422])('never retries a %i', async (status) => {
    const s = await script([reply(status), reply(200)]);
    const res = await request({ method: 'POST', url: s.url, body: 'x', baseDelayMs: 1 });
    expect(res.status).toBe(status);
    expect(s.seen).toHaveLength(1);
  });
  it('retries 5xx and connection resets with backoff, up to `attempts`', async () => {
    const reset: Step = (req) => req.socket.destroy();
    const s = await script([reply(502), reset, reply(503), reply(200, {}, 'finally')]);
    const res = await request({ method: 'GET', url: s.url, baseDelayMs: 1, attempts: 4 });
    expect(res.text()).toBe('finally');
    expect(s.seen).toHaveLength(4);
    const t = await script([reply(500)]);
    expect((await request({ method: 'GET', url: t.url, baseDelayMs: 1, attempts: 3 })).status).toBe(500);
    expect(t.seen).toHaveLength(3);
  });
  it("retry: 'rate-limit' (non-idempotent) retries 429 but returns a 5xx and throws on a reset at once", async () => {
    const s = await script([reply(429, { 'retry-after': '0' }), reply(502)]);
    expect((await request({ method: 'POST', url: s.url, body: 'x', retry: 'rate-limit', baseDelayMs: 1 })).status).toBe(502);
    expect(s.seen).toHaveLength(2);
    const r = await script([(req) => req.socket.destroy()]);
    await expect(request({ method: 'POST', url: r.url, body: 'x', retry: 'rate-limit', baseDelayMs: 1 })).rejects.toBeInstanceOf(HttpNetworkError);
    expect(r.seen).toHaveLength(1);
  });
});

describe('bodies and redirects', () => {
  it('streams parts around a file with an exact Content-Length, and the observer sees the file bytes once per attempt', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relforge-http-'));
    try {
      const data = Buffer.alloc(3 * 1024 * 1024 + 17, 9);
      writeFileSync(join(dir, 'f'), data);
      const s = await script([reply(503), reply(201)]);
      const events: string[] = [];
      let h = createHash('sha256');
      const observe = { start: () => (events.push('start'), (h = createHash('sha256'))), data: (c: Buffer) => void h.update(c), end: () => void events.push(`end:${h.copy().digest('hex')}`) };
      const body = { parts: ['HEAD\r\n', { file: join(dir, 'f'), observe }, '\r\nTAIL'] };
      expect(bodyLength(body)).toBe(6 + data.length + 6);
      const res = await request({ method: 'POST', url: s.url, body, baseDelayMs: 1 });
      expect(res.status).toBe(201);
      const got = s.seen[1]!;
      expect(Number(got.headers['content-length'])).toBe(got.body.length);
      expect(got.body.equals(Buffer.concat([Buffer.from('HEAD\r\n'), data, Buffer.from('\r\nTAIL')]))).toBe(true);
      const digest = createHash('sha256').update(data).digest('hex');
      expect(events).toEqual(['start', `end:${digest}`, 'start', `end:${digest}`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('follows redirects when asked, with no Authorization on any redirect target (same origin included: GHES storage)', async () => {
    const other = await script([reply(200, {}, 'payload')]);
    const same = await script([reply(302, { location: '/second' }), reply(302, { location: `${other.url}/obj` })]);
    const credentials = { headers: { authorization: 'Bearer policy-secret' }, origins: [same.url] };
    const res = await request({ method: 'GET', url: `${same.url}/first`, headers: { authorization: 'Bearer secret-xyz' }, credentials, followRedirects: 3 });
    expect(res.text()).toBe('payload');
    expect(same.seen.map((q) => [q.url, q.headers.authorization])).toEqual([['/first', 'Bearer policy-secret'], ['/second', undefined]]);
    expect(other.seen[0]!.headers.authorization).toBeUndefined();
    const noFollow = await script([reply(302, { location: '/x' })]);
    expect((await request({ method: 'GET', url: noFollow.url })).status).toBe(302);
  });
  it('accepts https, or http on loopback only', () => {
    expect(assertSecureUrl('https://api.github.com', 'x').host).toBe('api.github.com');
    expect(assertSecureUrl('http://127.0.0.1:8080/api/v1', 'x').port).toBe('8080');
    expect(() => assertSecureUrl('http://gitea.example.com/api/v1', 'Input "api-url"')).toThrow(/Input "api-url" must use https/);
  });
});
