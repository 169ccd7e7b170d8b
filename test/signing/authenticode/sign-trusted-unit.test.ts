/**
 * sign-trusted pieces without jsign: the shipped root pin, jsign argv hygiene, version pins, token-method
 * choice, settings validation, Entra ID error reporting (emulator), and the 2024-06-15 layout of the
 * Trusted Signing emulator validated against the official OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { X509Certificate, createHash, publicDecrypt, constants } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MICROSOFT_ID_VERIFICATION_ROOT_2020_PEM, MICROSOFT_ID_VERIFICATION_ROOT_2020_SHA256 } from '../../../src/signing/authenticode/microsoft-root.js';
import { jsignArgs, parseJsignVersion, explainJsignFailure, JSIGN_PINS, TOKEN_ENV } from '../../../src/signing/authenticode/jsign.js';
import { chooseTokenMethod, getAccessToken, normalizeEndpoint, preflight, CODESIGNING_SCOPE } from '../../../src/signing/authenticode/trusted-signing-service.js';
import { signTrusted, validateSettings } from '../../../src/signing/authenticode/sign-trusted.js';
import { detectRuntime } from '../../../src/platform/runtime.js';
import { clearSecrets } from '../../../src/platform/secrets.js';
import { request } from '../../../src/platform/http.js';
import { createTestPki, type TestPki } from '../../../src/emulator/pki.js';
import { startEntra, type EntraEmulator } from '../../../src/emulator/entra.js';
import { startTrustedSigning, STABLE_API_VERSION, type SigningEmulator } from '../../../src/emulator/trusted-signing.js';

// Reference value, typed from docs/reference/trusted-signing.md §4 (independent of the source constant).
const REFERENCE_ROOT_SHA256 = '53:67:F2:0C:7A:DE:0E:2B:CA:79:09:15:05:6D:08:6B:72:0C:33:C1:FA:2A:26:61:AC:F7:87:E3:29:2E:12:70';

describe('shipped trust anchor', () => {
  it('is Microsoft Identity Verification Root Certificate Authority 2020 with the documented fingerprint', () => {
    const c = new X509Certificate(MICROSOFT_ID_VERIFICATION_ROOT_2020_PEM);
    expect(c.fingerprint256).toBe(REFERENCE_ROOT_SHA256);
    expect(MICROSOFT_ID_VERIFICATION_ROOT_2020_SHA256).toBe(REFERENCE_ROOT_SHA256);
    expect(c.subject).toContain('CN=Microsoft Identity Verification Root Certificate Authority 2020');
    expect(c.subject).toBe(c.issuer);
    expect(c.verify(c.publicKey)).toBe(true);
    expect(c.ca).toBe(true);
    expect(new Date(c.validTo).getUTCFullYear()).toBe(2045);
  });
});

describe('jsign command line', () => {
  const base = { jar: '/x/jsign.jar', endpoint: 'https://eus.codesigning.azure.net', account: 'acct', profile: 'prof', tsaUrl: 'http://timestamp.acs.microsoft.com', digest: 'SHA384' as const, files: ['/t/a.exe', '/t/b.msi'] };
  it('passes the token by environment variable only, replaces signatures, timestamps RFC 3161, sets JVM timeouts', () => {
    const args = jsignArgs(base);
    expect(args.slice(args.indexOf('--storepass'), args.indexOf('--storepass') + 2)).toEqual(['--storepass', `env:${TOKEN_ENV}`]);
    expect(args).toContain('--replace');
    expect(args.slice(args.indexOf('--tsmode'), args.indexOf('--tsmode') + 2)).toEqual(['--tsmode', 'RFC3161']);
    expect(args.slice(args.indexOf('--tsaurl'), args.indexOf('--tsaurl') + 2)).toEqual(['--tsaurl', 'http://timestamp.acs.microsoft.com']);
    expect(args.slice(args.indexOf('-d'), args.indexOf('-d') + 2)).toEqual(['-d', 'SHA-384']);
    expect(args.slice(args.indexOf('--alias'), args.indexOf('--alias') + 2)).toEqual(['--alias', 'acct/prof']);
    expect(args.filter((a) => a.startsWith('-Dsun.net.client.default'))).toHaveLength(2);
    expect(args.slice(-2)).toEqual(['/t/a.exe', '/t/b.msi']);
  });

  it('knows the pinned default and demands a hash for other versions', () => {
    expect(parseJsignVersion(undefined)).toEqual({ version: '7.5', sha256: JSIGN_PINS['7.5'] });
    expect(() => parseJsignVersion('7.6')).toThrow(/jsign 7\.6, for which relforge has no SHA-256 pin[\s\S]*7\.6@<sha256/);
    expect(parseJsignVersion(`7.6@${'ab'.repeat(32)}`)).toEqual({ version: '7.6', sha256: 'ab'.repeat(32) });
    expect(() => parseJsignVersion('latest')).toThrow(/jsign-version/);
  });

  it('explains failures without mistaking Java line numbers for HTTP statuses', () => {
    expect(explainJsignFailure('jsign: Unable to retrieve the certificate chain \'a/b\'\nCaused by: java.io.IOException: HTTP Error 403 - Forbidden (http://x)')).toMatch(/Certificate Profile Signer[\s\S]*region/);
    const trace = 'jsign: Couldn\'t sign /tmp/a.exe\n\tat net.jsign.AuthenticodeSigner.sign(AuthenticodeSigner.java:503)\n\tat x(Y.java:401)';
    expect(explainJsignFailure(trace)).not.toMatch(/server error|HTTP 401/);
  });
});

describe('token method', () => {
  const gh = detectRuntime({ GITHUB_ACTIONS: 'true', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x/token', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' });
  const ghNoOidc = detectRuntime({ GITHUB_ACTIONS: 'true' });
  const gitea = detectRuntime({ GITEA_ACTIONS: 'true', ACT: 'true' });
  const forgejo = detectRuntime({ FORGEJO_ACTIONS: 'true', ACT: 'true' });
  const act = detectRuntime({ ACT: 'true', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' });
  const ids = { tenantId: 't', clientId: 'c' };
  it('prefers an access token, then a client secret, then GitHub OIDC', () => {
    expect(chooseTokenMethod({ ...ids, accessToken: 'a', clientSecret: 's' }, gh, {})).toBe('access-token');
    expect(chooseTokenMethod({ ...ids, clientSecret: 's' }, gh, {})).toBe('client-secret');
    expect(chooseTokenMethod(ids, gh, {})).toBe('github-oidc');
  });
  it.each([
    ['Gitea', gitea],
    ['Forgejo', forgejo],
    ['act', act],
  ])('says OIDC is unavailable on %s and to use a client secret', (name, rt) => {
    expect(() => chooseTokenMethod(ids, rt, {})).toThrow(new RegExp(`not available on ${name}[\\s\\S]*azure-client-secret`));
  });
  it('names the missing id-token permission on GitHub', () => {
    expect(() => chooseTokenMethod(ids, ghNoOidc, {})).toThrow(/permissions: id-token: write/);
  });
  it('names the missing ids', () => {
    expect(() => chooseTokenMethod({ clientSecret: 's' }, gh, {})).toThrow(/"azure-tenant-id" and "azure-client-id"/);
  });
});

describe('settings', () => {
  it('refuses http:// endpoints except loopback and adds https:// to bare hosts', () => {
    expect(normalizeEndpoint('eus.codesigning.azure.net/')).toBe('https://eus.codesigning.azure.net');
    expect(normalizeEndpoint('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(() => normalizeEndpoint('http://eus.codesigning.azure.net')).toThrow(/must use https/);
  });
  it('reports every problem at once, naming the inputs', () => {
    const rt = detectRuntime({});
    let err: Error | undefined;
    try {
      validateSettings({ files: ['x'], endpoint: 'http://evil.example', account: 'a/b', profile: 'p', auth: {}, digest: 'MD5', expectedEku: ['not-an-oid'], timeoutSeconds: 1, runtime: rt, trustedRoot: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----' });
    } catch (e) {
      err = e as Error;
    }
    expect(err?.message).toMatch(/Input "endpoint"/);
    expect(err?.message).toMatch(/Input "account"/);
    expect(err?.message).toMatch(/Input "digest"/);
    expect(err?.message).toMatch(/Input "expected-eku"/);
    expect(err?.message).toMatch(/Input "timeout-seconds"/);
    expect(err?.message).toMatch(/Input "trusted-root"/);
  });
});

describe('against the emulators (no jsign)', () => {
  let pki: TestPki;
  let entra: EntraEmulator;
  let ts: SigningEmulator;
  const gh = detectRuntime({ GITHUB_ACTIONS: 'true' });
  beforeAll(async () => {
    pki = createTestPki();
    ts = await startTrustedSigning({ pki });
    entra = await startEntra({ onIssue: (t) => ts.acceptToken(t) });
  });
  afterAll(async () => {
    await ts?.close();
    await entra?.close();
    pki?.cleanup();
    clearSecrets();
  });

  it('quotes AADSTS codes with a hint and never the secret', async () => {
    const wrong = 'Wrong~Secret~Value~1234567890';
    const err = await getAccessToken({ tenantId: entra.tenant, clientId: entra.clientId, clientSecret: wrong, authorityHost: entra.url }, gh, {}).catch((e: Error) => e);
    expect((err as Error).message).toMatch(/HTTP 401 invalid_client: AADSTS7000215: Invalid client secret[\s\S]*secret VALUE \(not its ID\)/);
    expect((err as Error).message).not.toContain(wrong);
    const err2 = await getAccessToken({ tenantId: entra.tenant, clientId: 'nope', clientSecret: entra.clientSecret, authorityHost: entra.url }, gh, {}).catch((e: Error) => e);
    expect((err2 as Error).message).toMatch(/AADSTS700016[\s\S]*"azure-client-id"/);
  });

  it('explains a federated credential whose subject does not match', async () => {
    const rt = detectRuntime({ GITHUB_ACTIONS: 'true', ...entra.oidcEnv });
    entra.oidcSubject = 'repo:contoso/agent:ref:refs/heads/main';
    try {
      const err = await getAccessToken({ tenantId: entra.tenant, clientId: entra.clientId, authorityHost: entra.url }, rt, entra.oidcEnv).catch((e: Error) => e);
      expect((err as Error).message).toMatch(/AADSTS70021[\s\S]*federated credential[\s\S]*repo:ORG\/REPO:environment:NAME/);
    } finally {
      entra.oidcSubject = entra.federatedSubject;
    }
    const ok = await getAccessToken({ tenantId: entra.tenant, clientId: entra.clientId, authorityHost: entra.url }, rt, entra.oidcEnv);
    expect(ok.method).toBe('github-oidc');
    expect(entra.issued).toContain(ok.token);
  });

  it('preflight returns the profile EKUs; 2024-06-15 traffic conforms to the official document', async () => {
    const { token } = await getAccessToken({ tenantId: entra.tenant, clientId: entra.clientId, clientSecret: entra.clientSecret, authorityHost: entra.url }, gh, {});
    const pre = await preflight({ endpoint: ts.url, account: ts.account, profile: ts.profile, token });
    expect(pre.ekus).toContain(pki.identityEku);
    expect(ts.violations).toEqual([]);
  });

  it('2024-06-15 layout: :sign → Operation-Location → Succeeded with a real signature and the double-base64 chain', async () => {
    const { token } = await getAccessToken({ tenantId: entra.tenant, clientId: entra.clientId, clientSecret: entra.clientSecret, authorityHost: entra.url }, gh, {});
    const auth = { authorization: `Bearer ${token}` };
    const digest = createHash('sha256').update('relforge').digest();
    const base = `${ts.url}/codesigningaccounts/${ts.account}/certificateprofiles/${ts.profile}`;
    const submit = await request({
      method: 'POST',
      url: `${base}:sign?api-version=${STABLE_API_VERSION}`,
      headers: { ...auth, 'content-type': 'application/json', 'x-correlation-id': 'relforge-test', 'client-version': 'relforge@test' },
      body: JSON.stringify({ signatureAlgorithm: 'RS256', digest: digest.toString('base64') }),
      attempts: 1,
    });
    expect(submit.status).toBe(202);
    const location = String(submit.headers['operation-location']);
    let body: { status: string; result?: { signature: string; signingCertificate: string } } = submit.json();
    for (let i = 0; i < 10 && body.status !== 'Succeeded'; i++) body = (await request({ method: 'GET', url: location, headers: auth, attempts: 1 })).json();
    expect(body.status).toBe('Succeeded');
    // RSASSA-PKCS1-v1_5: the recovered block is DigestInfo(SHA-256, digest).
    const recovered = publicDecrypt({ key: pki.leaf.x509.publicKey, padding: constants.RSA_PKCS1_PADDING }, Buffer.from(body.result!.signature, 'base64'));
    expect(recovered.toString('hex')).toBe('3031300d060960864801650304020105000420' + digest.toString('hex'));
    // base64 → MIME base64 text with CRLFs → DER PKCS#7 holding the leaf.
    const inner = Buffer.from(body.result!.signingCertificate, 'base64').toString('ascii');
    expect(inner).toMatch(/^[A-Za-z0-9+/=\r\n]+$/);
    expect(inner).toContain('\r\n');
    const p7 = Buffer.from(inner.replace(/\s+/g, ''), 'base64');
    expect(p7[0]).toBe(0x30);
    expect(p7.includes(pki.leaf.certDer)).toBe(true);
    expect(p7.includes(pki.root.certDer)).toBe(true);
    const chain = await request({ method: 'GET', url: `${base}/sign/certchain?api-version=${STABLE_API_VERSION}`, headers: auth, attempts: 1 });
    expect(chain.headers['content-type']).toBe('application/pkcs7-mime');
    expect(chain.body.includes(pki.intermediate.certDer)).toBe(true);
    const rootCert = await request({ method: 'GET', url: `${base}/sign/rootcert?api-version=${STABLE_API_VERSION}`, headers: auth, attempts: 1 });
    expect(Buffer.compare(rootCert.body, pki.root.certDer)).toBe(0);
    const bad = await request({ method: 'GET', url: `${base}/sign/eku?api-version=1999-01-01`, headers: auth, attempts: 1 });
    expect(bad.status).toBe(400);
    expect(String(bad.headers['api-supported-versions'])).toContain(STABLE_API_VERSION);
    const badDigest = await request({ method: 'POST', url: `${base}:sign?api-version=${STABLE_API_VERSION}`, headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ signatureAlgorithm: 'RS384', digest: digest.toString('base64') }), attempts: 1 });
    expect(badDigest.status).toBe(400);
    expect(ts.violations).toEqual([]);
  });

  it('refuses files it cannot verify before asking for a token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relforge-st-unit-'));
    try {
      writeFileSync(join(dir, 'notes.txt'), 'hello');
      const issued = entra.issued.length;
      const err = await signTrusted({
        files: ['*.txt'],
        cwd: dir,
        endpoint: ts.url,
        account: ts.account,
        profile: ts.profile,
        auth: { tenantId: entra.tenant, clientId: entra.clientId, clientSecret: entra.clientSecret, authorityHost: entra.url },
        runtime: gh,
        env: {},
      }).catch((e: Error) => e);
      expect((err as Error).message).toMatch(/Input "files" has notes\.txt, neither a PE file .* nor an MSI/);
      expect(entra.issued.length).toBe(issued);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses the codesigning scope', () => {
    expect(CODESIGNING_SCOPE).toBe('https://codesigning.azure.net/.default');
  });
});
