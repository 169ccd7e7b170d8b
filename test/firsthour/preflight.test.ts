/**
 * preflight: every secret a release needs is checked before anything is tagged. Keys are made by the real
 * minisign (an encrypted one and an unencrypted one); the expected key id is read from minisign's .pub,
 * not from relforge. The action bundle is run under the runner contract and its output grepped for secrets.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTool } from '../helpers/tools.js';
import { ROOT } from '../helpers/runtimes.js';
import { runBundle } from '../helpers/bundle.js';
import { runPreflight, type PreflightSettings } from '../../src/preflight/preflight.js';
import { preflightSchema, preflightSettings } from '../../src/preflight/options.js';
import { parseValues } from '../../src/platform/options.js';
import { SettingsError } from '../../src/platform/errors.js';
import { detectRuntime } from '../../src/platform/runtime.js';
import { runCommand } from '../../src/cli/args.js';
import preflightCommand from '../../src/cli/preflight.js';

const MINISIGN = requireTool('minisign', 'apt-get install minisign');
const PASSWORD = 'preflight-pw-4f8e1c';
const TOKEN = 'preflight-token-77aa31';

describe.skipIf(!MINISIGN)('preflight', () => {
  let dir: string;
  let enc: { key: string; pub: string; id: string };
  let plain: { key: string; pub: string; id: string };

  function keypair(name: string, password?: string) {
    const args = ['-G', '-p', join(dir, `${name}.pub`), '-s', join(dir, `${name}.key`)];
    if (password) execFileSync(MINISIGN!, args, { input: `${password}\n${password}\n`, stdio: ['pipe', 'ignore', 'pipe'] });
    else execFileSync(MINISIGN!, [...args, '-W'], { stdio: ['ignore', 'ignore', 'pipe'] });
    const pub = readFileSync(join(dir, `${name}.pub`), 'utf8');
    // minisign 0.11 prints the key id without leading zeros; relforge reports all 16 digits.
    return { key: readFileSync(join(dir, `${name}.key`), 'utf8'), pub, id: /minisign public key ([0-9A-F]{1,16})/.exec(pub)![1]!.padStart(16, '0') };
  }

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'relforge-preflight-'));
    enc = keypair('enc', PASSWORD);
    plain = keypair('plain');
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const settings = (over: Partial<PreflightSettings>): PreflightSettings => ({
    require: ['minisign', 'token'],
    azure: {},
    trustedSigning: {},
    online: false,
    runtime: detectRuntime({ ACT: 'true', GITEA_ACTIONS: 'true' }),
    env: {},
    ...over,
  });

  async function problems(s: PreflightSettings): Promise<string> {
    try {
      await runPreflight(s);
    } catch (err) {
      expect(err).toBeInstanceOf(SettingsError);
      return (err as Error).message;
    }
    throw new Error('preflight passed but should have failed');
  }

  it('passes with an encrypted key, its password, the pin (RW line or .pub text) and a token', async () => {
    for (const pin of [enc.pub, enc.pub.split('\n')[1]!.trim()]) {
      const r = await runPreflight(settings({ privateKey: enc.key, password: PASSWORD, publicKey: pin, token: TOKEN }));
      expect(r.keyId).toBe(enc.id);
      expect(r.results.map((x) => [x.check, x.ok])).toEqual([
        ['minisign', true],
        ['token', true],
      ]);
    }
  }, 60_000);

  it('wrong password: names private-key and MINISIGN_PASSWORD; prints neither', async () => {
    const msg = await problems(settings({ privateKey: enc.key, password: 'not-the-password', publicKey: enc.pub, token: TOKEN }));
    expect(msg).toMatch(/^Input "private-key" does not open with "password" \(secret MINISIGN_PASSWORD\)/);
    expect(msg).not.toContain('not-the-password');
    for (const line of enc.key.split('\n').filter((l) => l.length > 20)) expect(msg).not.toContain(line);
  }, 60_000);

  it('a key that does not belong to the pin is refused, naming both keys\' variables', async () => {
    const msg = await problems(settings({ privateKey: plain.key, publicKey: enc.pub, token: TOKEN }));
    expect(msg).toContain('Input "public-key" does not match the private key');
    expect(msg).toContain(enc.id);
    expect(msg).toContain('MINISIGN_PUBLIC_KEY');
  });

  it('lists every missing secret at once, by input, with the secret to set', async () => {
    const msg = await problems(settings({ require: ['minisign', 'token', 'package-token'] }));
    expect(msg).toContain('4 problems');
    for (const input of ['private-key', 'public-key', 'token', 'package-token']) expect(msg).toContain(`Input "${input}" is empty`);
    for (const secret of ['MINISIGN_PRIVATE_KEY', 'PACKAGE_TOKEN']) expect(msg).toContain(secret);
  });

  it('trusted-signing: malformed settings and no credentials under act are reported before signing', async () => {
    const msg = await problems(settings({ require: ['trusted-signing'], trustedSigning: { endpoint: 'ftp://x y', account: 'acc', profile: '' } }));
    expect(msg).toContain('Input "trusted-signing-endpoint" must be https://<region>.codesigning.azure.net');
    expect(msg).toContain('Input "trusted-signing-profile" must be the certificate profile name');
    expect(msg).toContain('AZURE_CLIENT_SECRET');
    const ok = await runPreflight(
      settings({ require: ['trusted-signing'], trustedSigning: { endpoint: 'eus.codesigning.azure.net', account: 'acc', profile: 'prof' }, azure: { tenantId: 't', clientId: 'c', clientSecret: 's3cr3t-azure' } }),
    );
    expect(ok.results[0]).toMatchObject({ check: 'trusted-signing', ok: true });
  });

  it('the option schema reads the agreed environment names on the CLI (MINISIGN_PRIVATE_KEY, MINISIGN_PASSWORD, MINISIGN_PUBLIC_KEY, PACKAGE_TOKEN)', async () => {
    const env = { MINISIGN_PRIVATE_KEY: enc.key, MINISIGN_PASSWORD: PASSWORD, MINISIGN_PUBLIC_KEY: enc.pub, PACKAGE_TOKEN: 'pkg-tok-1234567', GITHUB_TOKEN: TOKEN };
    const logs: string[] = [];
    const saved = console.log;
    console.log = (m: string) => logs.push(String(m));
    try {
      const code = await runCommand(preflightCommand, ['--require', 'minisign,token,package-token', '--json'], env);
      expect(code).toBe(0);
    } finally {
      console.log = saved;
    }
    const report = JSON.parse(logs.join('\n')) as { keyId: string; results: { check: string; ok: boolean }[] };
    expect(report.keyId).toBe(enc.id);
    expect(report.results.every((r) => r.ok)).toBe(true);
    const text = logs.join('\n');
    for (const secret of [PASSWORD, TOKEN, 'pkg-tok-1234567']) expect(text).not.toContain(secret);
    // the same values typed from action inputs
    const v = parseValues(preflightSchema, { require: 'minisign\n\ntoken', 'private-key': enc.key, password: PASSWORD, 'public-key': enc.pub, token: TOKEN }, 'action');
    expect(preflightSettings(v, {}).require).toEqual(['minisign', 'token']);
  }, 60_000);

  it('the CLI words problems with the flag names, exit 1', async () => {
    await expect(runCommand(preflightCommand, ['--require', 'minisign'], {})).rejects.toThrow(/--private-key-file \(or \$MINISIGN_PRIVATE_KEY\) is empty/);
  });

  const bundle = join(ROOT, 'dist', 'preflight', 'index.js');
  it.skipIf(!existsSync(bundle))('the action bundle masks the secrets, sets outputs, and fails listing the problems', async () => {
    const ok = await runBundle('preflight', {
      inputs: { require: 'minisign\ntoken', 'private-key': enc.key, password: PASSWORD, 'public-key': enc.pub.split('\n')[1]!, token: TOKEN },
    });
    expect(ok.code, ok.all).toBe(0);
    expect(JSON.parse(ok.outputs.checked!)).toEqual(['minisign', 'token']);
    expect(ok.outputs['key-id']).toBe(enc.id);
    expect(ok.summary).toContain('| minisign | ok |');
    expect(ok.stdout).toContain(`::add-mask::${TOKEN}`);
    const bad = await runBundle('preflight', { inputs: { require: 'minisign,package-token', 'private-key': enc.key, password: 'wrong-pw-99', 'public-key': enc.pub } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/::error::2 problems/);
    expect(bad.stdout).toContain('Input "package-token" is empty');
    expect(bad.all.replace(/::add-mask::.*\n/g, '')).not.toContain('wrong-pw-99');
  }, 60_000);
});
