/**
 * The signing commands' option schemas on the command line: one vocabulary (new flags and the old spellings
 * as hidden aliases), and problems reported by field in the command's own words.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine, runCommand, usageText } from '../../src/cli/args.js';
import verifyAuthenticode from '../../src/cli/verify-authenticode.js';
import { signTrustedSchema, verifyAuthenticodeSchema } from '../../src/signing/authenticode/options.js';
import { keygenSchema, signEd25519Schema, verifySchema } from '../../src/signing/minisign/options.js';
import { createTestPki, type TestPki } from '../../src/emulator/pki.js';
import { silenceConsole, useTempDir } from '../helpers/per-test.js';

const dir = useTempDir('relforge-cliopt-');
silenceConsole();
let pki: TestPki;
afterEach(() => {
  pki?.cleanup();
});

describe('one vocabulary', () => {
  it('old spellings are accepted as hidden aliases and give the same values', () => {
    writeFileSync(join(dir(), 'k'), 'key text');
    const a = parseCommandLine(signEd25519Schema, ['f', '--private-key-file', join(dir(), 'k'), '--public-key', 'RWabc'], {});
    const b = parseCommandLine(signEd25519Schema, ['f', '--key', join(dir(), 'k'), '--pubkey', 'RWabc'], {});
    expect(b.values).toEqual(a.values);
    expect(parseCommandLine(signEd25519Schema, ['f', '--key-env', 'K'], { K: 'from env' }).values['private-key']).toBe('from env');
    expect(parseCommandLine(signEd25519Schema, ['f'], { MINISIGN_PRIVATE_KEY: 'from default env', MINISIGN_PASSWORD: 'pw' }).values).toMatchObject({ 'private-key': 'from default env', password: 'pw' });
    const t = parseCommandLine(signTrustedSchema, ['f', '--endpoint', 'e', '--account', 'a', '--profile', 'p', '--subject', 'CN=x', '--eku', '1.2.3', '--root', 'r.pem', '--tenant-id', 't', '--client-id', 'c', '--timeout', '60'], {});
    expect(t.values).toMatchObject({ 'expected-subject': 'CN=x', 'expected-eku': ['1.2.3'], 'trusted-root': 'r.pem', 'azure-tenant-id': 't', 'azure-client-id': 'c', 'timeout-seconds': 60 });
    expect(parseCommandLine(verifySchema, ['f', '-p', 'RWabc'], {}).values['public-key']).toBe('RWabc');
  });

  it('--help shows only the new spellings', () => {
    for (const schema of [signEd25519Schema, verifySchema, keygenSchema, signTrustedSchema, verifyAuthenticodeSchema]) {
      const help = usageText(schema);
      for (const old of ['--pubkey', '--key ', '--key-env', '--tenant-id', '--client-id', '--root ', '--subject', '--eku ', '--timeout ']) expect(help, `${schema.name} ${old}`).not.toContain(old);
    }
    expect(usageText(signEd25519Schema)).toContain('--checksums | --no-checksums');
  });
});

describe('problems by field, in the command\'s words', () => {
  it('verify-authenticode: every bad pin at once, named by its flag, exit 2', async () => {
    pki = createTestPki();
    const err = await runCommand(verifyAuthenticode, ['x.exe', '--trusted-root', pki.root.certPath, '--expected-eku', 'not-an-oid', '--expected-subject', 'no equals sign'], {}).catch((e: Error & { exitCode?: number }) => e);
    expect((err as { exitCode?: number }).exitCode).toBe(2);
    expect((err as Error).message).toMatch(/2 problems[\s\S]*--expected-eku is not usable: EKU pin "not-an-oid"[\s\S]*--expected-subject is not usable/);
    const noRoot = await runCommand(verifyAuthenticode, ['x.exe', '--trusted-root', join(dir(), 'missing.pem')], {}).catch((e: Error) => e);
    expect((noRoot as { exitCode?: number }).exitCode).toBe(2);
    expect((noRoot as Error).message).toMatch(/--trusted-root names .*missing\.pem, which cannot be read/);
  });
});
