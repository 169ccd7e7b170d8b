/**
 * `relforge keygen` with a password → `relforge sign` → `relforge verify` (command modules run in-process; the real
 * minisign is the independent check when it is installed). The one slow case of cli-ed25519.test.ts (e2e project,
 * vitest.config.ts): the key is sealed and opened with minisign's scrypt limits, two 1 GiB derivations.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import keygenCmd from '../../src/cli/keygen.js';
import signCmd from '../../src/cli/sign.js';
import verifyCmd from '../../src/cli/verify.js';
import { runCommand } from '../../src/cli/args.js';
import { requireTool } from '../helpers/tools.js';

const minisign = requireTool('minisign', 'apt-get install minisign');
let dir: string;
let out: string[];
const ENV: Record<string, string> = {};
const keygen = { run: (argv: string[]) => runCommand(keygenCmd, argv, ENV) };
const sign = { run: (argv: string[]) => runCommand(signCmd, argv, ENV) };
const verify = { run: (argv: string[]) => runCommand(verifyCmd, argv, ENV) };
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'relforge-cli-ed-'));
  out = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('relforge keygen / sign / verify', () => {
  it('keygen (encrypted, password from env) → sign → verify, with the version bound; minisign agrees', async () => {
    ENV.RELFORGE_TEST_PW = 'cli-test-password';
    try {
      expect(await keygen.run(['--out', join(dir, 'keys'), '--password-env', 'RELFORGE_TEST_PW'])).toBe(0);
      const key = join(dir, 'keys', 'minisign.key');
      const pub = join(dir, 'keys', 'minisign.pub');
      expect(statSync(key).mode & 0o777).toBe(0o600);
      expect(readFileSync(key, 'utf8')).toMatch(/^untrusted comment: minisign encrypted secret key\nRWRTY0Iy/);
      await expect(keygen.run(['--out', join(dir, 'keys')])).rejects.toThrow(/already exists/);

      writeFileSync(join(dir, 'app.bin'), 'payload');
      const cwd = process.cwd();
      process.chdir(dir);
      try {
        expect(await sign.run(['app.bin', '--key', key, '--password-env', 'RELFORGE_TEST_PW', '--pubkey', pub, '--version', '2.0.0'])).toBe(0);
      } finally {
        process.chdir(cwd);
      }
      expect(out.join('\n')).not.toContain('cli-test-password');
      const file = join(dir, 'app.bin');
      expect(await verify.run([file, '--pubkey', pub, '--version', '2.0.0'])).toBe(0);
      expect(out.join('\n')).toMatch(/Trusted comment: version:2\.0\.0\tfile:app\.bin/);
      await expect(verify.run([file, '--pubkey', pub, '--version', '2.0.1'])).rejects.toThrow(/rollback/);
      if (minisign) execFileSync(minisign, ['-V', '-H', '-p', pub, '-m', file], { stdio: 'pipe' });
      writeFileSync(file, 'payloaD');
      await expect(verify.run([file, '--pubkey', pub])).rejects.toThrow(/does not match the signature/);
    } finally {
      delete ENV.RELFORGE_TEST_PW;
    }
  }, 240_000); // two 1 GiB scrypt derivations (minisign's limits) on a shared machine
});
