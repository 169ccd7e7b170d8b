/**
 * Issue 18 (inputs): `keygen --force` over an existing key. The new secret key is mode 0600 whatever the old
 * file's mode was, and a symbolic link at the key path is refused (never written through, never replaced).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import keygenCmd from '../../src/cli/keygen.js';
import { runCommand } from '../../src/cli/args.js';

let dir: string;
const keygen = (argv: string[]) => runCommand(keygenCmd, argv, {});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'relforge-keygen-'));
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('keygen --force', () => {
  it('over a 0644 key: the new secret key is 0600, a new key, and no temporary file is left', async () => {
    const keys = join(dir, 'keys');
    mkdirSync(keys);
    writeFileSync(join(keys, 'minisign.key'), 'old secret\n');
    chmodSync(join(keys, 'minisign.key'), 0o644);
    writeFileSync(join(keys, 'minisign.pub'), 'old public\n');
    expect(await keygen(['--out', keys, '--force'])).toBe(0);
    expect(statSync(join(keys, 'minisign.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(keys, 'minisign.key'), 'utf8')).toMatch(/^untrusted comment: minisign (encrypted |unencrypted )?secret key\n/);
    expect(readFileSync(join(keys, 'minisign.pub'), 'utf8')).toMatch(/^untrusted comment: minisign public key /);
    expect(readdirSync(keys).sort()).toEqual(['minisign.key', 'minisign.pub']);
  });

  it('a symbolic link at the key path is refused, with or without --force; its target is untouched', async () => {
    const keys = join(dir, 'keys');
    mkdirSync(keys);
    const outside = join(dir, 'elsewhere.txt');
    writeFileSync(outside, 'not a key\n');
    chmodSync(outside, 0o644);
    symlinkSync(outside, join(keys, 'minisign.key'));
    for (const argv of [['--out', keys, '--force'], ['--out', keys]]) {
      await expect(keygen(argv)).rejects.toThrow(/minisign\.key is a symbolic link .*neither writes through it nor replaces it.*Remove the link/);
    }
    expect(readFileSync(outside, 'utf8')).toBe('not a key\n');
    expect(statSync(outside).mode & 0o777).toBe(0o644);
    expect(lstatSync(join(keys, 'minisign.key')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(keys, 'minisign.key'))).toBe(outside);
  });

  it('a dangling link at the public key path is refused too (nothing is written where it points)', async () => {
    const keys = join(dir, 'keys');
    mkdirSync(keys);
    symlinkSync(join(dir, 'missing', 'x.pub'), join(keys, 'minisign.pub'));
    await expect(keygen(['--out', keys])).rejects.toThrow(/minisign\.pub is a symbolic link/);
    expect(readdirSync(keys)).toEqual(['minisign.pub']);
  });
});
