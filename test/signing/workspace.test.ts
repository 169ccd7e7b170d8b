/**
 * Issue 13 case 6 at the signers: a file whose real path is outside the workspace is refused before anything
 * is read or written (sign-ed25519 and sign-trusted, library and CLI); `allow-outside-workspace` opts in.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from '../../src/cli/args.js';
import signCmd from '../../src/cli/sign.js';
import { signFiles } from '../../src/signing/minisign/sign-files.js';
import { signTrusted } from '../../src/signing/authenticode/sign-trusted.js';
import { detectRuntime } from '../../src/platform/runtime.js';
import { silenceConsole, useTempDir } from '../helpers/per-test.js';

const KEY_FILE = join(import.meta.dirname, '..', 'fixtures', 'minisign', 'k.key');
const dir = useTempDir('relforge-wsign-');
silenceConsole();
beforeEach(() => {
  writeFileSync(join(dir(), 'app-linux-x86_64'), 'real build');
  symlinkSync('/etc/passwd', join(dir(), 'app-linux-arm64'));
});

describe('files outside the workspace', () => {
  it('sign-ed25519: `ln -s /etc/passwd app-linux-arm64` with files app-* is refused, nothing written', async () => {
    await expect(signFiles({ files: ['app-*'], cwd: dir(), privateKey: readFileSync(KEY_FILE, 'utf8'), env: {} })).rejects.toThrow(
      /Input "files" matched .*app-linux-arm64, which resolves to \/etc\/passwd, outside the workspace .*set "allow-outside-workspace" if this is intended/,
    );
    expect(readdirSync(dir()).sort()).toEqual(['app-linux-arm64', 'app-linux-x86_64']);
  });

  it('relforge sign words it with the flag; --allow-outside-workspace opts in', async () => {
    const cwd = process.cwd();
    process.chdir(dir());
    try {
      await expect(runCommand(signCmd, ['app-*', '--key', KEY_FILE, '--no-checksums'], {})).rejects.toThrow(/^FILE\|GLOB arguments matched .*set --allow-outside-workspace if this is intended/);
      expect(await runCommand(signCmd, ['app-*', '--key', KEY_FILE, '--no-checksums', '--allow-outside-workspace'], {})).toBe(0);
      expect(readdirSync(dir()).sort()).toEqual(['app-linux-arm64', 'app-linux-arm64.minisig', 'app-linux-x86_64', 'app-linux-x86_64.minisig']);
    } finally {
      process.chdir(cwd);
    }
  });

  it('sign-trusted refuses before asking for a token', async () => {
    const err = await signTrusted({
      files: ['app-*'],
      cwd: dir(),
      endpoint: 'https://127.0.0.1:1',
      account: 'acct',
      profile: 'prof',
      auth: { accessToken: 'not-used' },
      runtime: detectRuntime({}),
      env: {},
    }).catch((e: Error) => e);
    expect((err as Error).message).toMatch(/Input "files" matched .*app-linux-arm64, which resolves to \/etc\/passwd/);
  });
});
