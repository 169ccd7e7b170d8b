/**
 * actions/sign-trusted end to end: the built bundle, the REAL jsign jar (7.5, legacy layout) against the
 * Trusted Signing emulator (real RSA signatures with the test PKI), the Entra ID / GitHub OIDC emulator and
 * the RFC 3161 TSA emulator, on a PE and an MSI fixture. osslsigncode must agree with our verifier.
 * Then the fault matrix: every case asserts the originals untouched, a non-zero exit, a precise message
 * and no secret in the output.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { createTestPki, type TestPki } from '../../../src/emulator/pki.js';
import { startTsa, type TsaEmulator } from '../../../src/emulator/tsa.js';
import { startEntra, type EntraEmulator } from '../../../src/emulator/entra.js';
import { startTrustedSigning, type SigningEmulator } from '../../../src/emulator/trusted-signing.js';
import { startMaven, type MavenEmulator } from '../../fakes/maven.js';
import { writeNoopJar } from '../../fakes/noop-jar.js';
import { buildPe, WXS } from '../../fixtures/authenticode.js';
import { runBundle, type BundleRun } from '../../helpers/bundle.js';
import { freshCli } from '../../helpers/fresh-dist.js';
import { bundleRuntimes, hostNode } from '../../helpers/runtimes.js';
import { requireTool, underCI } from '../../helpers/tools.js';
import { verifyAuthenticodeFile } from '../../../src/signing/authenticode/verify.js';
import { JSIGN_PINS } from '../../../src/signing/authenticode/jsign.js';

const execFileP = promisify(execFile);
const JAR = process.env.RELFORGE_JSIGN_JAR || join(homedir(), '.m2', 'repository', 'net', 'jsign', 'jsign', '7.5', 'jsign-7.5.jar');

function haveJsign(): boolean {
  const tools = [requireTool('java', 'apt-get install default-jre-headless'), requireTool('osslsigncode', 'apt-get install osslsigncode'), requireTool('wixl', 'apt-get install wixl')];
  if (tools.some((t) => !t)) return false;
  if (existsSync(JAR)) return true;
  const msg = `jsign jar not found at ${JAR} (set RELFORGE_JSIGN_JAR; .ci/run fetches net.jsign:jsign:7.5 with maven)`;
  if (underCI()) throw new Error(msg);
  console.warn(`SKIP: ${msg}`);
  return false;
}
const enabled = haveJsign();

const sha256 = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe.skipIf(!enabled)('sign-trusted with real jsign against the emulators', { timeout: 180_000 }, () => {
  let pki: TestPki;
  let tsa: TsaEmulator;
  let entra: EntraEmulator;
  let ts: SigningEmulator;
  let template: string;
  const dirs: string[] = [];

  beforeAll(async () => {
    pki = createTestPki();
    tsa = await startTsa({ tsa: pki.tsa });
    ts = await startTrustedSigning({ pki });
    entra = await startEntra({ onIssue: (t) => ts.acceptToken(t) });
    template = mkdtempSync(join(tmpdir(), 'relforge-st-template-'));
    writeFileSync(join(template, 'app.exe'), buildPe({ codeSize: 0x1000 }));
    writeFileSync(join(template, 'app.wxs'), WXS);
    await execFileP('wixl', ['-o', join(template, 'setup.msi'), join(template, 'app.wxs')], { cwd: template });
  });

  afterAll(async () => {
    await ts?.close();
    await entra?.close();
    await tsa?.close();
    pki?.cleanup();
    for (const d of [template, ...dirs]) if (d) rmSync(d, { recursive: true, force: true });
  });

  beforeEach(() => {
    ts.fault = undefined;
    entra.fault = undefined;
    ts.pollsBeforeDone = 1;
  });

  /** A fresh workspace with dist/app.exe, dist/setup.msi (and more PE copies when asked). */
  function workspace(extraPe = 0): { dir: string; files: string[]; hashes: () => Record<string, string>; listing: () => string[] } {
    const dir = mkdtempSync(join(tmpdir(), 'relforge-st-ws-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'dist'));
    const files = [join(dir, 'dist', 'app.exe'), join(dir, 'dist', 'setup.msi')];
    copyFileSync(join(template, 'app.exe'), files[0]!);
    copyFileSync(join(template, 'setup.msi'), files[1]!);
    for (let i = 0; i < extraPe; i++) {
      const f = join(dir, 'dist', `tool${i}.exe`);
      writeFileSync(f, buildPe({ codeSize: 0x400, fill: i }));
      files.push(f);
    }
    return {
      dir,
      files,
      hashes: () => Object.fromEntries(files.map((f) => [f, sha256(f)])),
      listing: () => readdirSync(join(dir, 'dist')).sort(),
    };
  }

  function inputs(over: Record<string, string> = {}): Record<string, string> {
    return {
      files: 'dist/*.exe\ndist/*.msi',
      endpoint: ts.url,
      account: ts.account,
      profile: ts.profile,
      'azure-tenant-id': entra.tenant,
      'azure-client-id': entra.clientId,
      'azure-client-secret': entra.clientSecret,
      'authority-host': entra.url,
      'timestamp-url': tsa.url,
      'expected-subject': pki.subjectPin,
      'expected-eku': pki.identityEku,
      'trusted-root': pki.root.certPath,
      'tsa-root': pki.tsaRoot.certPath,
      'jsign-path': JAR,
      'timeout-seconds': '120',
      description: 'relforge fixture',
      'description-url': 'https://example.com/relforge',
      ...over,
    };
  }

  function run(ws: { dir: string }, over: Record<string, string> = {}, env: Record<string, string | undefined> = {}, runtime = hostNode()): Promise<BundleRun> {
    return runBundle('sign-trusted', { inputs: inputs(over), env: { GITHUB_WORKSPACE: ws.dir, ...env }, cwd: ws.dir, runtime, timeoutMs: 180_000 });
  }

  function assertNoSecrets(r: BundleRun): void {
    const secrets = [entra.clientSecret, entra.oidcEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN, ...entra.issued];
    const visible = visibleOutput(r);
    for (const s of secrets) expect(visible.includes(s), 'a secret leaked into the output').toBe(false);
    expect(r.summary.includes(entra.clientSecret)).toBe(false);
  }

  /** The output minus `::add-mask::<secret>` lines (the runner protocol that masks a secret, not a leak). */
  function visibleOutput(r: BundleRun): string {
    return r.all
      .split(/\r?\n/)
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
  }

  function ossVerify(path: string): { code: number; output: string } {
    try {
      const output = execFileSync('osslsigncode', ['verify', '-in', path, '-CAfile', pki.root.certPath, '-TSA-CAfile', pki.tsaRoot.certPath, '-ignore-cdp'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      return { code: 0, output };
    } catch (e) {
      const err = e as { status?: number; stdout?: string; stderr?: string };
      return { code: err.status ?? 1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
    }
  }

  /** Fault case: non-zero exit, message matches, originals byte-identical, no staging leftovers, no secrets. */
  async function expectFailure(r: Promise<BundleRun>, ws: ReturnType<typeof workspace>, before: Record<string, string>, message: RegExp): Promise<BundleRun> {
    const res = await r;
    expect(res.code, res.all).not.toBe(0);
    expect(res.stdout).toMatch(/::error::/);
    expect(res.all).toMatch(message);
    expect(ws.hashes()).toEqual(before);
    expect(ws.listing()).toEqual(['app.exe', 'setup.msi']);
    for (const f of ws.files) expect(ossVerify(f).code).not.toBe(0); // still unsigned
    assertNoSecrets(res);
    expect(res.outputs.signed ?? '').toBe('');
    return res;
  }

  it.each(bundleRuntimes())('signs a PE and an MSI with a client secret, verifies them, then replaces the originals ($label node $version)', async (runtime) => {
    const ws = workspace();
    const before = ws.hashes();
    const opsBefore = ts.signOperations;
    const r = await run(ws, {}, {}, runtime);
    expect(r.code, r.all).toBe(0);
    assertNoSecrets(r);
    // jsign ran once for both files: N + 1 sign operations (the chain-discovery call).
    expect(ts.signOperations - opsBefore).toBe(3);
    const signed = JSON.parse(r.outputs.signed!) as Array<Record<string, string>>;
    expect(signed.map((s) => s.file).sort()).toEqual(['dist/app.exe', 'dist/setup.msi']);
    for (const s of signed) {
      const path = join(ws.dir, s.file!);
      expect(s.sha256Before).toBe(before[path]);
      expect(s.sha256After).toBe(sha256(path));
      expect(s.sha256After).not.toBe(s.sha256Before);
      expect(s.leafSha256).toBe(createHash('sha256').update(pki.leaf.certDer).digest('hex'));
      expect(s.signerSubject).toMatch(/CN=Contoso Test Publisher/);
      expect(Math.abs(Date.parse(s.timestamp!) - Date.now())).toBeLessThan(10 * 60_000);
      // Independent second opinion: osslsigncode with the test roots.
      const oss = ossVerify(path);
      expect(oss.code, oss.output).toBe(0);
      expect(oss.output).toMatch(/Succeeded/);
      // And our verifier on the final file.
      const v = await verifyAuthenticodeFile(path, { roots: pki.root.certPem, tsaRoots: pki.tsaRoot.certPem, subject: pki.subjectPin, ekus: [pki.identityEku] });
      expect(v.kind).toBe(s.file!.endsWith('.msi') ? 'msi' : 'pe');
    }
    expect(r.outputs['signer-subject']).toMatch(/CN=Contoso Test Publisher/);
    expect(ws.listing()).toEqual(['app.exe', 'setup.msi']);
    expect(r.summary).toMatch(/2 file\(s\) signed and verified/);
    expect(ts.violations).toEqual([]);
    expect(entra.violations).toEqual([]);
  });

  it('uses GitHub OIDC (jwt-bearer client assertion) when no secret is given', async () => {
    const ws = workspace();
    const grants = entra.grants.length;
    const r = await run(ws, { 'azure-client-secret': '' }, { ...entra.oidcEnv });
    expect(r.code, r.all).toBe(0);
    expect(entra.grants.slice(grants)).toEqual(['client_assertion']);
    expect(entra.oidcRequests).toBeGreaterThan(0);
    assertNoSecrets(r);
    expect(JSON.parse(r.outputs.signed!)).toHaveLength(2);
  });

  it('pins the identity EKU the service reports when expected-eku is not given, and accepts an access token', async () => {
    const ws = workspace();
    const token = `tok-${Date.now()}-abcdef`;
    ts.acceptToken(token);
    const r = await run(ws, { 'expected-eku': '', 'azure-client-secret': '', 'access-token': token });
    expect(r.code, r.all).toBe(0);
    expect(r.all).toContain(`Pinning the identity EKU the service reports for this profile: ${pki.identityEku}`);
    expect(visibleOutput(r).includes(token)).toBe(false);
  });

  it('refuses to fall back to OIDC on Gitea and says to use a client secret', async () => {
    const ws = workspace();
    const before = ws.hashes();
    const res = await expectFailure(run(ws, { 'azure-client-secret': '' }, { GITEA_ACTIONS: 'true', ACT: 'true', ...entra.oidcEnv }), ws, before, /OIDC ID tokens are not available on Gitea Actions[\s\S]*azure-client-secret/);
    expect(res.all).toMatch(/Gitea\/Forgejo\/act/);
  });

  describe('CLI (relforge sign-trusted)', () => {
    let cliDir: string;
    beforeAll(async () => {
      cliDir = dirname(await freshCli());
    });

    it('signs with the secret from the environment (never argv) and prints the verified files', async () => {
      const ws = workspace();
      const args = [join(cliDir, 'index.js'), 'sign-trusted', 'dist/*.exe', 'dist/*.msi', '--endpoint', ts.url, '--account', ts.account, '--profile', ts.profile, '--tenant-id', entra.tenant, '--client-id', entra.clientId,
        '--authority-host', entra.url, '--timestamp-url', tsa.url, '--subject', pki.subjectPin, '--eku', pki.identityEku, '--root', pki.root.certPath, '--tsa-root', pki.tsaRoot.certPath, '--jsign-path', JAR, '--json'];
      expect(args.join(' ')).not.toContain(entra.clientSecret);
      const r = await execFileP(hostNode().path, args, { cwd: ws.dir, env: { ...process.env, AZURE_CLIENT_SECRET: entra.clientSecret } });
      // @actions/glob (src/platform/fs.ts expandFiles) writes `::debug::` lines to stdout outside a runner; skip them.
      const json = r.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::'))
        .join('\n');
      const signed = JSON.parse(json) as Array<{ file: string; sha256After: string }>;
      expect(signed.map((f) => f.file).sort()).toEqual(['dist/app.exe', 'dist/setup.msi']);
      for (const f of signed) {
        expect(sha256(join(ws.dir, f.file))).toBe(f.sha256After);
        expect(ossVerify(join(ws.dir, f.file)).code).toBe(0);
      }
      for (const secret of [entra.clientSecret, ...entra.issued]) expect(`${r.stdout}${r.stderr}`.includes(secret)).toBe(false);
    });
  });

  describe('fault matrix', () => {
    it('401 from the service → token audience/scope message', async () => {
      const ws = workspace();
      ts.fault = { kind: 'status', status: 401 };
      await expectFailure(run(ws), ws, ws.hashes(), /HTTP 401[\s\S]*scope https:\/\/codesigning\.azure\.net\/\.default/);
    });

    it('403 with a JSON body → role and region message, quoting the service', async () => {
      const ws = workspace();
      ts.fault = { kind: 'status', status: 403 };
      await expectFailure(run(ws), ws, ws.hashes(), /HTTP 403[\s\S]*Microsoft\.CodeSigning\/certificateProfiles\/Sign\/action[\s\S]*Artifact Signing Certificate Profile Signer[\s\S]*region/);
    });

    it('403 with an empty body → role and region message', async () => {
      const ws = workspace();
      ts.fault = { kind: 'status', status: 403, json: false };
      await expectFailure(run(ws), ws, ws.hashes(), /HTTP 403 for .*\(empty body\)[\s\S]*Trusted Signing Certificate Profile Signer[\s\S]*region/);
    });

    it('403 from the signing call itself (after a good preflight) → jsign error with the role hint', async () => {
      const ws = workspace();
      ts.fault = { kind: 'status', status: 403, json: false, on: ['sign'] };
      await expectFailure(run(ws), ws, ws.hashes(), /jsign failed[\s\S]*HTTP 403[\s\S]*Certificate Profile Signer/);
    });

    it('unknown account / profile → names both inputs', async () => {
      const ws = workspace();
      await expectFailure(run(ws, { account: 'no-such-account' }), ws, ws.hashes(), /does not know .*account "no-such-account"[\s\S]*check the "account" and "profile"/);
    });

    it('429 (token endpoint and service) then success: honours Retry-After and signs', async () => {
      const ws = workspace();
      entra.fault = { status: 429, times: 1 };
      ts.fault = { kind: 'status', status: 429, on: ['preflight'], times: 1 };
      const seen = ts.requests.length;
      const r = await run(ws);
      expect(r.code, r.all).toBe(0);
      expect(ts.requests.slice(seen).filter((q) => q.status === 429)).toHaveLength(1);
      expect(JSON.parse(r.outputs.signed!)).toHaveLength(2);
      assertNoSecrets(r);
    });

    it('a transient 500 on the signing call → jsign is run once more on fresh copies and succeeds', async () => {
      const ws = workspace();
      ts.fault = { kind: 'status', status: 500, on: ['sign'], times: 1 };
      const r = await run(ws);
      expect(r.code, r.all).toBe(0);
      expect(r.all).toMatch(/ClaimsPrincipal TenantId is null[\s\S]*Retrying in 5 s[\s\S]*attempt 2/);
      const signed = JSON.parse(r.outputs.signed!) as Array<{ file: string }>;
      for (const f of signed) expect(ossVerify(join(ws.dir, f.file)).code).toBe(0);
      assertNoSecrets(r);
    });

    it('500 from the signing call → jsign error surfaced, nothing replaced', async () => {
      const ws = workspace();
      ts.fault = { kind: 'status', status: 500, on: ['sign'] };
      await expectFailure(run(ws), ws, ws.hashes(), /jsign failed[\s\S]*ClaimsPrincipal TenantId is null[\s\S]*server error[\s\S]*after 2 attempts/);
    });

    it('an operation that never finishes → killed at timeout-seconds', async () => {
      const ws = workspace();
      ts.fault = { kind: 'never-finish' };
      await expectFailure(run(ws, { 'timeout-seconds': '15' }), ws, ws.hashes(), /jsign did not finish within \d+ s and was stopped/);
    });

    it('a signing call that never answers → killed at timeout-seconds', async () => {
      const ws = workspace();
      ts.fault = { kind: 'hang', on: ['sign'] };
      await expectFailure(run(ws, { 'timeout-seconds': '15' }), ws, ws.hashes(), /jsign did not finish within \d+ s and was stopped/);
    });

    it('the service rejects jsign 7.5\'s legacy api-version with 401 → names the api-version problem', async () => {
      const ws = workspace();
      ts.fault = { kind: 'reject-legacy-version' };
      await expectFailure(run(ws), ws, ws.hashes(), /jsign failed[\s\S]*HTTP 401[\s\S]*2022-06-15-preview[\s\S]*jsign#350/);
    });

    it('status Failed → jsign error', async () => {
      const ws = workspace();
      ts.fault = { kind: 'failed' };
      await expectFailure(run(ws), ws, ws.hashes(), /jsign failed[\s\S]*Signing operation [0-9a-f-]+ failed: Failed/);
    });

    // jsign 7.5 checks the returned signature against the chain it fetched first, so these two are caught by
    // jsign already; our verifier would reject the same files with [signature] (test/authenticode*.test.ts).
    it('the leaf certificate changes between calls → refused, nothing replaced', async () => {
      const ws = workspace();
      ts.fault = { kind: 'rotate-leaf' };
      await expectFailure(run(ws), ws, ws.hashes(), /private key doesn't match the certificate[\s\S]*rotated mid-run|failed independent verification[\s\S]*\[signature\]/);
    });

    it('a signature made with the wrong key → refused, nothing replaced', async () => {
      const ws = workspace();
      ts.fault = { kind: 'wrong-key' };
      await expectFailure(run(ws), ws, ws.hashes(), /private key doesn't match the certificate|failed independent verification[\s\S]*\[signature\]/);
    });

    it('a chain to a different root → independent verification fails', async () => {
      const ws = workspace();
      ts.fault = { kind: 'other-root' };
      await expectFailure(run(ws), ws, ws.hashes(), /failed independent verification[\s\S]*\[chain\]/);
    });

    it('a certificate for another subject (same root, same EKUs) → subject pin fails', async () => {
      const ws = workspace();
      ts.fault = { kind: 'leaf', leaf: pki.issueLeaf({ name: `mallory-${Date.now()}`, subj: '/C=US/O=Mallory Corp/CN=Mallory Corp' }) };
      await expectFailure(run(ws), ws, ws.hashes(), /failed independent verification[\s\S]*\[subject\]/);
    });

    it('a certificate without the identity EKU → EKU pin fails', async () => {
      const ws = workspace();
      ts.fault = { kind: 'leaf', leaf: pki.issueLeaf({ name: `no-identity-${Date.now()}`, ekus: ['1.3.6.1.4.1.311.97.1.0', 'codeSigning', '1.3.6.1.4.1.311.97.1.2.3.4'] }) };
      await expectFailure(run(ws), ws, ws.hashes(), /failed independent verification[\s\S]*\[eku\]/);
    });

    it('jsign exiting 0 without signing → refused', async () => {
      const ws = workspace();
      const jar = join(ws.dir, 'noop.jar');
      writeNoopJar(jar);
      const before = ws.hashes();
      const res = await run(ws, { 'jsign-path': jar });
      expect(res.code).not.toBe(0);
      expect(res.all).toMatch(/jsign exited 0 but did not change the file \(not signed\)/);
      expect(ws.hashes()).toEqual(before);
      assertNoSecrets(res);
    });

    it('missing Java → names actions/setup-java', async () => {
      const ws = workspace();
      const empty = mkdtempSync(join(tmpdir(), 'relforge-nojava-'));
      dirs.push(empty);
      await expectFailure(run(ws, {}, { PATH: empty, JAVA_HOME: undefined }), ws, ws.hashes(), /Java was not found[\s\S]*actions\/setup-java/);
    });

    describe('jsign download (RELFORGE_MAVEN_BASE, test only)', () => {
      let maven: MavenEmulator;
      beforeAll(async () => {
        maven = await startMaven();
      });
      afterAll(async () => {
        await maven?.close();
      });

      it('checksum mismatch of the downloaded jar → refused before signing', async () => {
        const ws = workspace();
        const tampered = Buffer.concat([readFileSync(JAR), Buffer.from('tampered')]);
        maven.files.set('net/jsign/jsign/7.5/jsign-7.5.jar', tampered);
        const toolcache = mkdtempSync(join(tmpdir(), 'relforge-tc-'));
        dirs.push(toolcache);
        const ops = ts.signOperations;
        const res = await expectFailure(
          run(ws, { 'jsign-path': '' }, { RELFORGE_MAVEN_BASE: maven.url, RUNNER_TOOL_CACHE: toolcache }),
          ws,
          ws.hashes(),
          new RegExp(`SHA-256 mismatch for jsign-7\\.5\\.jar[\\s\\S]*expected ${JSIGN_PINS['7.5']}`),
        );
        expect(res.all).toContain(createHash('sha256').update(tampered).digest('hex'));
        expect(ts.signOperations).toBe(ops);
        expect(existsSync(join(toolcache, 'jsign'))).toBe(false);
      });

      it('the pinned jar is downloaded, checked, cached and reused', async () => {
        const real = readFileSync(JAR);
        expect(createHash('sha256').update(real).digest('hex')).toBe(JSIGN_PINS['7.5']);
        maven.files.set('net/jsign/jsign/7.5/jsign-7.5.jar', real);
        const toolcache = mkdtempSync(join(tmpdir(), 'relforge-tc-'));
        dirs.push(toolcache);
        const downloads = maven.downloads.length;
        const env = { RELFORGE_MAVEN_BASE: maven.url, RUNNER_TOOL_CACHE: toolcache };
        const first = await run(workspace(), { 'jsign-path': '' }, env);
        expect(first.code, first.all).toBe(0);
        expect(first.all).toMatch(/Using jsign 7\.5 \(download\)/);
        const second = await run(workspace(), { 'jsign-path': '' }, env);
        expect(second.code, second.all).toBe(0);
        expect(second.all).toMatch(/Using jsign 7\.5 \(cache\)/);
        expect(maven.downloads.length - downloads).toBe(1);
      });
    });
  });
});
