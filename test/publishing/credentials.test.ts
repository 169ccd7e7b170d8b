/**
 * The HTTP layer's one credential policy (issue 13 case 1) and redact-then-truncate in describeFailure
 * (case 2), against scripted loopback servers on two origins.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CredentialScopeError, credentialOrigins, credentialsAllowed, describeFailure, request, type HttpResponse } from '../../src/platform/http.js';
import { clearSecrets, registerSecret } from '../../src/platform/secrets.js';

const servers: http.Server[] = [];
afterEach(async () => {
  clearSecrets();
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
});

/** A server that records each request's credential headers and answers with `answer`. */
async function origin(answer: (req: http.IncomingMessage, res: http.ServerResponse) => void = (_q, res) => res.end('ok')) {
  const seen: Array<{ path: string; authorization?: string; token?: string }> = [];
  const server = http.createServer((req, res) => {
    seen.push({ path: req.url!, authorization: req.headers.authorization, token: req.headers['private-token'] as string | undefined });
    answer(req, res);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

describe('credentialOrigins / credentialsAllowed', () => {
  it('the API origin plus GitHub\'s uploads sibling; https, or http on loopback only', () => {
    expect(credentialOrigins('https://api.github.com', { uploadsSibling: true })).toEqual(['https://api.github.com', 'https://uploads.github.com']);
    expect(credentialOrigins('https://ghe.example.com/api/v3')).toEqual(['https://ghe.example.com']);
    expect(credentialOrigins('https://code.example:8443/api/v1')).toEqual(['https://code.example:8443']);
    expect(credentialOrigins('http://127.0.0.1:3000/api/v1')).toEqual(['http://127.0.0.1:3000']);
    expect(credentialOrigins('http://gitea.example.com/api/v1')).toEqual([]);
    const gh = credentialOrigins('https://api.github.com', { uploadsSibling: true });
    expect(credentialsAllowed('https://uploads.github.com/repos/o/r/releases/1/assets', gh)).toBe(true);
    expect(credentialsAllowed('http://api.github.com/repos', gh)).toBe(false); // scheme downgrade
    expect(credentialsAllowed('https://api.github.com:444/repos', gh)).toBe(false);
    expect(credentialsAllowed('https://objects.githubusercontent.com/x', gh)).toBe(false);
    expect(credentialsAllowed('https://uploads.github.com.evil.example/x', gh)).toBe(false);
  });
});

describe('request() with credentials', () => {
  it('sends them to their origin only; elsewhere they are refused (needsCredentials) or left out', async () => {
    const api = await origin();
    const other = await origin();
    const credentials = { headers: { authorization: 'token s3cr3t-value' }, origins: credentialOrigins(`${api.url}/api/v1`), what: 'the forge token' };
    expect((await request({ method: 'GET', url: `${api.url}/api/v1/x`, credentials, needsCredentials: true })).status).toBe(200);
    await expect(request({ method: 'GET', url: `${other.url}/api/v1/x?page=2`, credentials, needsCredentials: true })).rejects.toThrow(CredentialScopeError);
    await expect(request({ method: 'GET', url: `${other.url}/api/v1/x`, credentials, needsCredentials: true })).rejects.toThrow(`Refusing to send the forge token to ${other.url}`);
    expect(other.seen).toEqual([]); // refused before connecting
    expect((await request({ method: 'GET', url: `${other.url}/download`, credentials })).status).toBe(200);
    expect(api.seen.map((q) => q.authorization)).toEqual(['token s3cr3t-value']);
    expect(other.seen.map((q) => q.authorization)).toEqual([undefined]);
  });

  it('a redirect to another origin is followed without any credential header, the caller\'s own included', async () => {
    const other = await origin();
    const api = await origin((_q, res) => {
      res.writeHead(302, { location: `${other.url}/object?sig=1` });
      res.end();
    });
    const credentials = { headers: { authorization: 'Bearer s3cr3t' }, origins: [api.url] };
    const res = await request({ method: 'GET', url: `${api.url}/asset`, headers: { 'private-token': 'legacy-header', accept: 'x' }, credentials, needsCredentials: true, followRedirects: 2 });
    expect(res.text()).toBe('ok');
    expect(api.seen).toEqual([{ path: '/asset', authorization: 'Bearer s3cr3t', token: 'legacy-header' }]);
    expect(other.seen).toEqual([{ path: '/object?sig=1', authorization: undefined, token: undefined }]);
  });
});

describe('describeFailure(): redact, then truncate', () => {
  const secret = 'ghp_SECRETVALUE0123456789';
  const res = (status: number, body: string): HttpResponse => ({ status, headers: {}, body: Buffer.from(body), text: () => body, json: <T>() => JSON.parse(body) as T });
  it('never leaks a piece of a secret that straddles the 500-character cut (plain text and JSON message)', () => {
    registerSecret(secret);
    for (let pad = 440; pad <= 520; pad++) {
      const echoed = `${'x'.repeat(pad)}${secret}${'y'.repeat(200)}`;
      for (const body of [echoed, JSON.stringify({ message: echoed })]) {
        const out = describeFailure(res(400, body), 'Could not do it');
        for (let i = 0; i + 6 <= secret.length; i++) expect(out.includes(secret.slice(i, i + 6)), `pad ${pad}: ${secret.slice(i, i + 6)}`).toBe(false);
        expect(out.length).toBeLessThan(560);
      }
    }
  });
});
