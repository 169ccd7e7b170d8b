/**
 * Issue 13 case 2 (signing side): Entra ID, GitHub OIDC, Trusted Signing preflight and jsign texts reach
 * messages redacted FIRST, then cut, so a secret echoed across any cut never leaks in part. Each test moves
 * the secret across the cut one character at a time and greps the message for every 6-character piece of it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { clearSecrets, registerSecret } from '../../../src/platform/secrets.js';
import { describeAadError, preflight, requestGitHubIdToken } from '../../../src/signing/authenticode/trusted-signing-service.js';
import { explainJsignFailure } from '../../../src/signing/authenticode/jsign.js';
import type { HttpResponse } from '../../../src/platform/http.js';

const SECRET = 'tok-SECRETvalue0123456789abcdefXYZ';
const pieces = Array.from({ length: SECRET.length - 5 }, (_, i) => SECRET.slice(i, i + 6));
const leaks = (msg: string) => pieces.filter((p) => msg.includes(p));

function response(status: number, body: string): HttpResponse {
  const buf = Buffer.from(body);
  return { status, headers: {}, body: buf, text: () => body, json: <T>() => JSON.parse(body) as T };
}

/** Offsets that put the secret across a cut at `cut` characters (and a little around it). */
const across = (cut: number) => Array.from({ length: SECRET.length + 4 }, (_, i) => cut - SECRET.length + i - 2).filter((n) => n >= 0);

beforeAll(() => registerSecret(SECRET));
afterAll(() => clearSecrets());

describe('redact, then cut', () => {
  it('Entra ID error_description (cut at 300) and a non-JSON body (cut at 200)', () => {
    for (const at of across(300)) {
      const desc = `AADSTS7000215: ${'x'.repeat(at)}${SECRET} trailing text`;
      const msg = describeAadError(response(401, JSON.stringify({ error: 'invalid_client', error_description: desc })));
      expect(leaks(msg), `secret at ${at}`).toEqual([]);
    }
    for (const at of across(200)) {
      const msg = describeAadError(response(502, `${'y'.repeat(at)}${SECRET} and more`));
      expect(leaks(msg), `secret at ${at}`).toEqual([]);
    }
  });

  it('jsign output (cut at 600)', () => {
    for (const at of across(600)) {
      const out = `jsign: Couldn't sign ${'z'.repeat(at)}${SECRET} because of HTTP Error 500`;
      expect(leaks(explainJsignFailure(out)), `secret at ${at}`).toEqual([]);
    }
  });

  describe('over HTTP', () => {
    let server: Server;
    let body = '';
    let status = 500;
    let url = '';
    beforeAll(async () => {
      server = createServer((req, res) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(body);
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));
    afterEach(() => {
      status = 500;
    });

    it('GitHub OIDC ID-token errors (cut at 300)', async () => {
      status = 403;
      for (const at of across(300).filter((_, i) => i % 3 === 0)) {
        body = `${'o'.repeat(at)}${SECRET}${'o'.repeat(50)}`;
        const err = await requestGitHubIdToken({ ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/token?x=1`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'bearer-value-1234' }, { deadlineMs: 5_000 }).catch((e: Error) => e);
        expect((err as Error).message).toMatch(/HTTP 403/);
        expect(leaks((err as Error).message), `secret at ${at}`).toEqual([]);
      }
    });

    it('Trusted Signing preflight errors quoting the service (cut at 500)', async () => {
      status = 403;
      for (const at of across(500).filter((_, i) => i % 3 === 0)) {
        body = JSON.stringify({ error: { code: 'Forbidden', message: `${'p'.repeat(at)}${SECRET}${'p'.repeat(40)}` } });
        const err = await preflight({ endpoint: url, account: 'acct', profile: 'prof', token: 'token-value-5678', deadlineMs: 5_000 }).catch((e: Error) => e);
        expect((err as Error).message).toMatch(/HTTP 403/);
        expect(leaks((err as Error).message), `secret at ${at}`).toEqual([]);
      }
    });
  });
});
