/**
 * `relforge keygen`, `relforge sign`, `relforge verify` (command modules run in-process; the output of the
 * real minisign is the independent check when it is installed). The password-encrypted key, with minisign's scrypt
 * limits (two 1 GiB derivations), is in cli-ed25519-scrypt.test.ts (e2e project).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  it('sign: a missing key or an empty variable is a usage error naming the flags', async () => {
    await expect(sign.run(['x'])).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/--private-key-file \(or \$MINISIGN_PRIVATE_KEY\) is required/) });
    await expect(sign.run(['x', '--key-env', 'RELFORGE_NOT_SET_ANYWHERE'])).rejects.toThrow(/--key-env RELFORGE_NOT_SET_ANYWHERE: that environment variable is empty or not set/);
    await expect(sign.run(['x', '--private-key-env', 'RELFORGE_NOT_SET_ANYWHERE'])).rejects.toThrow(/empty or not set/);
  });

  it('one vocabulary: --private-key-file / --public-key and MINISIGN_PRIVATE_KEY; old --key / --pubkey still work', async () => {
    expect(await keygen.run(['--out', dir, '--name', 'k'])).toBe(0);
    const key = readFileSync(join(dir, 'k.key'), 'utf8');
    const pub = join(dir, 'k.pub');
    writeFileSync(join(dir, 'a.bin'), 'a');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      for (const [argv, env] of [
        [['a.bin', '--private-key-file', join(dir, 'k.key'), '--public-key', pub], {}],
        [['a.bin', '--key', join(dir, 'k.key'), '--pubkey', pub], {}],
        [['a.bin', '--public-key', pub], { MINISIGN_PRIVATE_KEY: key }],
        [['a.bin', '--key-env', 'MY_KEY'], { MY_KEY: key, MINISIGN_PUBLIC_KEY: readFileSync(pub, 'utf8') }],
      ] as const) {
        Object.assign(ENV, env);
        try {
          expect(await sign.run([...argv, '--no-checksums'])).toBe(0);
        } finally {
          for (const k of Object.keys(env)) delete ENV[k];
        }
        expect(await verify.run(['a.bin', '--public-key', pub])).toBe(0);
      }
      // The pin is checked: another public key refuses before anything is written.
      writeFileSync(join(dir, 'other.pub'), readFileSync(join(import.meta.dirname, '..', 'fixtures', 'minisign', 'k.pub')));
      await expect(sign.run(['a.bin', '--key', join(dir, 'k.key'), '--public-key', join(dir, 'other.pub')])).rejects.toThrow(/--public-key is A884C97F86A78DF5, but the private key does not belong to the expected public key/);
    } finally {
      process.chdir(cwd);
    }
  });

  it('keygen without a password writes a key minisign -W can use', async () => {
    expect(await keygen.run(['--out', dir, '--name', 'plain'])).toBe(0);
    expect(existsSync(join(dir, 'plain.pub'))).toBe(true);
    if (minisign) {
      writeFileSync(join(dir, 'f'), 'f');
      execFileSync(minisign, ['-S', '-W', '-s', join(dir, 'plain.key'), '-m', join(dir, 'f')], { stdio: 'pipe' });
      expect(await verify.run([join(dir, 'f'), '--pubkey', readFileSync(join(dir, 'plain.pub'), 'utf8').split('\n')[1]!])).toBe(0);
    }
  });
});
