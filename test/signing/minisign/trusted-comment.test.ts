/**
 * Issue 13 case 7: every value that goes into a signed trusted comment is checked, so a tab or a line break
 * in a file name (or version, platform) cannot add fields; a comment that names a field twice is refused.
 * `relforge verify --version 9.9.9` never accepts the file named `evil<TAB>version:9.9.9`.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from '../../../src/cli/args.js';
import signCmd from '../../../src/cli/sign.js';
import verifyCmd from '../../../src/cli/verify.js';
import { signFiles } from '../../../src/signing/minisign/sign-files.js';
import { verifyFile } from '../../../src/signing/minisign/verify.js';
import { renderTrustedComment, trustedCommentField } from '../../../src/signing/minisign/core/trusted-comment.js';
import { requireTool } from '../../helpers/tools.js';
import { silenceConsole, useTempDir } from '../../helpers/per-test.js';

const FIX = join(import.meta.dirname, '..', '..', 'fixtures', 'minisign');
const KEY_FILE = join(FIX, 'k.key');
const PUB = readFileSync(join(FIX, 'k.pub'), 'utf8');
const EVIL = 'evil\tversion:9.9.9';
const minisign = requireTool('minisign', 'apt-get install minisign');

const dir = useTempDir('relforge-tc-');
silenceConsole();

describe('trusted-comment injection', () => {
  it('relforge sign refuses a file named evil<TAB>version:9.9.9, so relforge verify --version 9.9.9 has nothing to accept', async () => {
    mkdirSync(join(dir(), 'dist'));
    writeFileSync(join(dir(), 'dist', EVIL), 'payload');
    const cwd = process.cwd();
    process.chdir(dir());
    try {
      await expect(runCommand(signCmd, ['dist/*', '--private-key-file', KEY_FILE, '--public-key', PUB], {})).rejects.toThrow(
        /The file "evil\?version:9\.9\.9" contains a tab, which would add or split fields of the signed trusted comment: rename the file/,
      );
      expect(readdirSync(join(dir(), 'dist'))).toEqual([EVIL]);
      await expect(runCommand(verifyCmd, [join('dist', EVIL), '--public-key', PUB, '--version', '9.9.9'], {})).rejects.toThrow(/Cannot read the signature/);
    } finally {
      process.chdir(cwd);
    }
  });

  it.each([
    ['a line break in a file name', { files: ['*'], name: 'a\nversion:9.9.9' }],
    ['a tab in the version', { files: ['f.bin'], name: 'f.bin', version: '1.0.0\tchannel:stable' }],
    ['a tab in the platform', { files: ['f.bin'], name: 'f.bin', platform: 'linux-x86_64\tversion:9.9.9' }],
  ] as [string, { files: string[]; name: string; version?: string; platform?: string }][])('the library refuses %s before anything is written', async (_, c) => {
    writeFileSync(join(dir(), c.name), 'x');
    await expect(signFiles({ files: c.files, cwd: dir(), privateKey: readFileSync(KEY_FILE, 'utf8'), version: c.version, platform: c.platform, env: {} })).rejects.toThrow(
      /contains (a tab|a line break)/,
    );
    expect(readdirSync(dir())).toEqual([c.name]);
  });

  it('custom templates get checked values too; the template\'s own tabs are its fields', () => {
    expect(renderTrustedComment('file:{file}\tversion:{version}', { file: 'a', version: '1', timestamp: 1 })).toBe('file:a\tversion:1');
    expect(() => renderTrustedComment('file:{file}', { file: EVIL, timestamp: 1 })).toThrow(/contains a tab/);
  });

  it('a comment naming a field twice is ambiguous and refused (whichever version is asked for)', () => {
    expect(() => trustedCommentField('version:1.0.0\tfile:evil\tversion:9.9.9', 'version')).toThrow(/more than one "version:" field/);
    expect(trustedCommentField('version:1.0.0\tfile:a', 'version')).toBe('1.0.0');
  });

  it.skipIf(!minisign)('relforge verify refuses a minisign signature whose trusted comment repeats version (made by minisign -t)', async () => {
    execFileSync(minisign!, ['-G', '-W', '-f', '-p', join(dir(), 'm.pub'), '-s', join(dir(), 'm.key')], { stdio: 'pipe' });
    const file = join(dir(), 'pkg');
    writeFileSync(file, 'payload');
    execFileSync(minisign!, ['-S', '-W', '-s', join(dir(), 'm.key'), '-m', file, '-t', 'version:1.0.0\tfile:evil\tversion:9.9.9'], { stdio: 'pipe' });
    const pub = readFileSync(join(dir(), 'm.pub'), 'utf8');
    // minisign itself accepts it (the trusted comment is opaque to it)…
    execFileSync(minisign!, ['-V', '-q', '-p', join(dir(), 'm.pub'), '-m', file], { stdio: 'pipe' });
    // …relforge does not bind either version.
    for (const v of ['9.9.9', '1.0.0']) {
      await expect(verifyFile(file, readFileSync(`${file}.minisig`, 'utf8'), pub, { expectVersion: v })).rejects.toThrow(/more than one "version:" field/);
      await expect(runCommand(verifyCmd, [file, '--public-key', pub, '--version', v], {})).rejects.toThrow(/more than one "version:" field/);
    }
  });
});
