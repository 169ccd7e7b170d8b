import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertSafeName, expandFiles, hashFile } from '../src/platform/fs.js';
import { createHash } from 'node:crypto';

const dir = mkdtempSync(join(tmpdir(), 'relforge-fs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const f of ['a.txt', 'b.bin', 'sub/c.txt', 'sub/deep/d.txt', '.hidden.txt', 'node_modules/x.txt']) {
  mkdirSync(join(dir, f, '..'), { recursive: true });
  writeFileSync(join(dir, f), f);
}
mkdirSync(join(dir, 'adir.txt'));
symlinkSync(join(dir, 'a.txt'), join(dir, 'link.txt'));

describe('expandFiles', () => {
  it('matches one level with *, skipping directories, following file symlinks', async () => {
    const got = await expandFiles(['*.txt'], { cwd: dir });
    expect(got).toEqual([join(dir, '.hidden.txt'), join(dir, 'a.txt'), join(dir, 'link.txt')]);
  });
  it('matches any depth with ** and applies negations', async () => {
    const got = await expandFiles(['**/*.txt', '!**/deep/**', '!.hidden.txt', '!link.txt'], { cwd: dir });
    expect(got).toEqual([join(dir, 'a.txt'), join(dir, 'sub/c.txt')]);
  });
  it('takes plain paths literally and requires them to exist as files', async () => {
    expect(await expandFiles(['sub/c.txt', 'a.txt', 'a.txt'], { cwd: dir })).toEqual([join(dir, 'a.txt'), join(dir, 'sub/c.txt')]);
    await expect(expandFiles(['missing.bin'], { cwd: dir, inputName: 'files' })).rejects.toThrow(/Input "files": file "missing.bin" does not exist/);
    await expect(expandFiles(['adir.txt'], { cwd: dir })).rejects.toThrow(/not a regular file/);
  });
  it('fails on zero matches and on an empty list, naming the input', async () => {
    await expect(expandFiles(['*.exe'], { cwd: dir, inputName: 'files' })).rejects.toThrow(/Input "files" matched no files/);
    await expect(expandFiles(['', '# comment'], { inputName: 'files' })).rejects.toThrow(/Input "files" is empty/);
  });
});

describe('hashFile', () => {
  it('feeds several hashes from one read', async () => {
    const p = join(dir, 'big.bin');
    const data = Buffer.alloc(3 * 1024 * 1024 + 17, 7);
    writeFileSync(p, data);
    const h = await hashFile(p, ['sha256', 'blake2b512']);
    expect(h.size).toBe(data.length);
    expect(h.sha256).toBe(createHash('sha256').update(data).digest('hex'));
    expect(h.blake2b512).toBe(createHash('blake2b512').update(data).digest('hex'));
  });
});

describe('assertSafeName', () => {
  it.each(['../x', 'a/b', 'a\\b', '..', '', 'x\u0000y', 'x'.repeat(256)])('refuses %j', (n) => {
    expect(() => assertSafeName(n)).toThrow(/Unsafe/);
  });
  it('accepts plain names', () => expect(assertSafeName('agent-linux-x86_64.tar.gz')).toBe('agent-linux-x86_64.tar.gz'));
});
