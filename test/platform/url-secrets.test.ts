import { afterEach, describe, expect, it } from 'vitest';
import { urlInputProblem } from '../../src/platform/url.js';
import { clearSecrets, excerpt, registerSecret } from '../../src/platform/secrets.js';

describe('URL inputs', () => {
  it('refuses userinfo, non-https (except loopback) and non-URLs', () => {
    expect(urlInputProblem('https://user:pass@example.com/up')).toMatch(/user name or password/);
    expect(urlInputProblem('https://tok@example.com/')).toMatch(/user name or password/);
    expect(urlInputProblem('http://example.com/')).toMatch(/https/);
    expect(urlInputProblem('not a url')).toMatch(/not a valid URL/);
    expect(urlInputProblem('http://127.0.0.1:8080/x')).toBeUndefined();
    expect(urlInputProblem('https://u:p@h.example/{platform}/{file}', { allowTemplate: true })).toMatch(/user name/);
    expect(urlInputProblem('https://h.example/{platform}/{file}', { allowTemplate: true })).toBeUndefined();
  });
});

describe('excerpt(): redact, then truncate', () => {
  afterEach(() => clearSecrets());
  it('never leaks part of a secret that straddles the cut, at any cut position', () => {
    const secret = 'tok-SECRET-0123456789';
    registerSecret(secret);
    for (let pad = 0; pad < 40; pad++) {
      const body = `${'x'.repeat(pad)}${secret}${'y'.repeat(50)}`;
      for (let max = 1; max < body.length; max++) {
        const out = excerpt(body, max);
        for (let k = 4; k <= secret.length; k++) expect(out.includes(secret.slice(0, k)), `pad ${pad} max ${max}`).toBe(false);
      }
    }
  });
});
