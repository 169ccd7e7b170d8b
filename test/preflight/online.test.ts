/**
 * Preflight online (issue 17): with Trusted Signing configured, the release workflow's preflight obtains an Entra ID
 * token and reads the account's certificate profile before anything is tagged — against the Entra ID and Trusted
 * Signing emulators. Made-up secrets, an unknown account or profile fail with the input to fix and no secret; the
 * offline opt-out checks presence only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPki } from '../../src/emulator/pki.js';
import { startEntra, type EntraEmulator } from '../../src/emulator/entra.js';
import { startTrustedSigning, type SigningEmulator } from '../../src/emulator/trusted-signing.js';
import { runPreflight, type PreflightSettings } from '../../src/preflight/preflight.js';
import { detectRuntime } from '../../src/platform/runtime.js';

let entra: EntraEmulator;
let ts: SigningEmulator;

beforeAll(async () => {
  ts = await startTrustedSigning({ pki: createTestPki() });
  entra = await startEntra({ onIssue: (t) => ts.acceptToken(t) });
});
afterAll(async () => {
  await entra?.close();
  await ts?.close();
});

const settings = (over: { secret?: string; account?: string; profile?: string; online?: boolean; clientId?: string }): PreflightSettings => ({
  require: ['trusted-signing'],
  azure: { tenantId: entra.tenant, clientId: over.clientId ?? entra.clientId, clientSecret: over.secret ?? entra.clientSecret, authorityHost: entra.url },
  trustedSigning: { endpoint: ts.url, account: over.account ?? ts.account, profile: over.profile ?? ts.profile },
  online: over.online ?? true,
  runtime: detectRuntime({ GITHUB_ACTIONS: 'true' }),
  env: {},
});

async function failure(s: PreflightSettings): Promise<string> {
  try {
    await runPreflight(s);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('preflight passed but should have failed');
}

describe('preflight online against the Entra ID and Trusted Signing emulators', () => {
  it('real credentials, account and profile: token obtained, profile read', async () => {
    const before = entra.issued.length;
    const r = await runPreflight(settings({}));
    expect(r.results).toEqual([{ check: 'trusted-signing', ok: true, detail: expect.stringMatching(/^Entra ID token obtained \(client-secret\); profile "contoso-release" readable/) }]);
    expect(entra.issued.length).toBe(before + 1);
  });

  it('a made-up client secret fails with what to fix, and the secret is not printed', async () => {
    const madeUp = 'Made~Up~Secret~7731-not-real';
    const msg = await failure(settings({ secret: madeUp }));
    expect(msg).toMatch(/AADSTS7000215/);
    expect(msg).toMatch(/azure-client-secret|AZURE_CLIENT_SECRET/);
    expect(msg).not.toContain(madeUp);
    expect(msg).not.toContain(entra.clientSecret);
  });

  it('a made-up client id fails naming it', async () => {
    const msg = await failure(settings({ clientId: '00000000-0000-0000-0000-000000000000' }));
    expect(msg).toMatch(/AADSTS700016|client|application/i);
    expect(msg).not.toContain(entra.clientSecret);
  });

  it('an account or profile that does not exist fails naming account and profile (HTTP 404)', async () => {
    const account = await failure(settings({ account: 'nobody-signing' }));
    expect(account).toMatch(/nobody-signing/);
    expect(account).toMatch(/404|not found/i);
    const profile = await failure(settings({ profile: 'no-such-profile' }));
    expect(profile).toMatch(/no-such-profile/);
    expect(profile).not.toContain(entra.clientSecret);
  });

  it('offline (online: false): made-up secrets pass the presence check and the report says it was not checked online', async () => {
    const before = entra.issued.length;
    const r = await runPreflight(settings({ secret: 'Made~Up', online: false }));
    expect(r.results[0]!.detail).toMatch(/not checked online/);
    expect(entra.issued.length).toBe(before);
  });
});
