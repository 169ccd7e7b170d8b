/**
 * Issue 20: `relforge act --emulator` rehearses Trusted Signing with the shipped emulators, trusting only the
 * emulator's test root, and says so; the rehearsal setting can never change a real run's trust (outside act, or
 * with a service that is not on loopback, sign-trusted refuses to start). Unit level: the session, the settings the
 * sign step derives, and `relforge act --emulator --print --keep`'s act environment. (The full act run is the
 * workflow's e2e test; the real jsign signing through these settings is in test/signing/authenticode/sign-trusted.test.ts.)
 */
import { X509Certificate } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startTrustedSigningSession, type TrustedSigningSession } from '../../src/act/trusted-signing-session.js';
import { REHEARSAL_ENV, REHEARSAL_NOTICE } from '../../src/signing/authenticode/rehearsal.js';
import { signTrustedOptions } from '../../src/signing/authenticode/options.js';
import { validateSettings } from '../../src/signing/authenticode/sign-trusted.js';
import { detectRuntime } from '../../src/platform/runtime.js';
import { runCommand } from '../../src/cli/args.js';
import actCommand from '../../src/cli/act.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});

// One session (its test PKI costs seconds of RSA key generation) for the tests that only read its settings.
let shared: Promise<TrustedSigningSession> | undefined;
afterAll(async () => {
  await (await shared)?.close();
});
function session(): Promise<TrustedSigningSession> {
  return (shared ??= startTrustedSigningSession());
}

/** The user's real sign-trusted settings, as the reusable workflow passes them. */
const userValues = {
  files: ['dist/*.exe'],
  endpoint: 'wus2.codesigning.azure.net',
  account: 'notely-signing',
  profile: 'notely-release',
  'expected-subject': 'CN=Notely Ltd, O=Notely Ltd',
  'expected-eku': ['1.3.6.1.4.1.311.97.111.222.333.444'],
  'authority-host': 'https://login.microsoftonline.com',
  'timestamp-url': 'http://timestamp.acs.microsoft.com',
  digest: 'SHA256',
  'jsign-version': '7.5',
  'timeout-seconds': 600,
  'allow-outside-workspace': false,
  json: false,
} as unknown as Parameters<typeof signTrustedOptions>[0];
const options = (env: Record<string, string | undefined>) => signTrustedOptions(userValues, { cwd: tmpdir(), runtime: detectRuntime(env), env });

describe('Trusted Signing rehearsal', () => {
  it('under act, the sign step goes to the emulators and trusts only their test root, and says so', async () => {
    const s = await session();
    const settings = options({ ACT: 'true', ...s.env, ...s.secrets });
    const { trustedRoot, endpoint, auth, timestampUrl, expectedSubject, rehearsal } = settings;
    for (const url of [endpoint, auth.authorityHost!, timestampUrl!]) expect(new URL(url).hostname).toBe('127.0.0.1');
    const root = new X509Certificate(trustedRoot!);
    expect(root.subject).toBe(root.issuer); // a self-signed root…
    expect(root.subject).not.toMatch(/Microsoft/); // …that is not Microsoft's
    expect(expectedSubject).not.toBe(userValues['expected-subject']);
    expect(rehearsal).toBe(REHEARSAL_NOTICE);
    expect(rehearsal).toMatch(/TEST root only, not Microsoft's root/);
    expect(() => validateSettings(settings)).not.toThrow();
    // The emulator's Entra ID accepts the credentials the session hands to the run.
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: s.secrets.AZURE_CLIENT_ID!, client_secret: s.secrets.AZURE_CLIENT_SECRET!, scope: 'https://codesigning.azure.net/.default' });
    const res = await fetch(`${auth.authorityHost}/${s.secrets.AZURE_TENANT_ID}/oauth2/v2.0/token`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(200);
    expect(s.notes.join('\n')).toMatch(/REHEARSAL: sign-trusted trusts only the emulator's TEST root/);
  });

  it('never applies to a real run: without the setting nothing changes; outside act or off loopback it refuses to sign', async () => {
    const s = await session();
    const real = options({});
    expect([real.endpoint, real.trustedRoot, real.rehearsal]).toEqual(['wus2.codesigning.azure.net', undefined, undefined]);
    expect(() => options({ ...s.env })).toThrow(/not a run under act: refusing to sign/);
    const moved = JSON.stringify({ ...JSON.parse(s.env[REHEARSAL_ENV]!), endpoint: 'https://eus.codesigning.azure.net' });
    expect(() => options({ ACT: 'true', [REHEARSAL_ENV]: moved })).toThrow(/endpoint https:\/\/eus\.codesigning\.azure\.net is not a loopback address/);
  });

  it('relforge act --emulator puts the rehearsal into act\'s environment and the credentials into secrets by name only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relforge-act-ts-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, stdio: 'ignore', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
    git('init', '-q', '-b', 'main');
    mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(dir, '.github', 'workflows', 'release.yml'), 'on: workflow_dispatch\njobs:\n  r:\n    uses: relforge/relforge/.github/workflows/release.yml@v1\n');
    git('add', '-A');
    git('-c', 'user.name=a', '-c', 'user.email=a@b', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'ci: release');
    const cwd = process.cwd();
    const log = console.log;
    let out = '';
    console.log = (...a: unknown[]) => (out += `${a.join(' ')}\n`);
    const realSecret = 'real-azure-secret-8d2f';
    const saved = process.env.AZURE_CLIENT_SECRET;
    process.env.AZURE_CLIENT_SECRET = realSecret;
    process.chdir(dir);
    try {
      expect(await runCommand(actCommand, ['--emulator', '--print', '--keep'])).toBe(0);
    } finally {
      process.chdir(cwd);
      console.log = log;
      if (saved === undefined) delete process.env.AZURE_CLIENT_SECRET;
      else process.env.AZURE_CLIENT_SECRET = saved;
    }
    const scratch = /relforge act: kept (\S+)/.exec(out)![1]!;
    cleanups.push(() => rmSync(scratch, { recursive: true, force: true }));
    const envFile = readFileSync(join(scratch, 'env'), 'utf8');
    expect(envFile).toMatch(new RegExp(`^${REHEARSAL_ENV}="`, 'm'));
    expect(out).toMatch(/REHEARSAL: sign-trusted trusts only the emulator's TEST root/);
    const line = out.split('\n').find((l) => l.includes(' workflow_dispatch '))!;
    for (const name of ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET']) expect(line).toContain(`-s ${name}`);
    expect(out).not.toContain(realSecret);
    expect(envFile).not.toContain(realSecret);
  });
});
