import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertSafeName, expandFiles, hashFile } from '../../src/platform/fs.js';
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
    await expect(expandFiles(['missing.bin'], { cwd: dir, inputName: 'files' })).rejects.toThrow(/Input "files" names "missing.bin", which does not exist/);
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

describe('expandFiles: real paths and the workspace (issue 13 case 6)', () => {
  const ws = mkdtempSync(join(tmpdir(), 'relforge-ws-'));
  const outside = mkdtempSync(join(tmpdir(), 'relforge-outside-'));
  afterAll(() => {
    rmSync(ws, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  writeFileSync(join(outside, 'secret.txt'), 'not for publishing');
  writeFileSync(join(ws, 'app-linux-x86_64'), 'a real build');
  symlinkSync('/etc/passwd', join(ws, 'app-linux-arm64'));
  mkdirSync(join(ws, 'build'));
  writeFileSync(join(ws, 'build', 'app'), 'inside');
  symlinkSync(join(ws, 'build', 'app'), join(ws, 'app-darwin-aarch64'));
  const env = {};

  it('refuses `ln -s /etc/passwd app-linux-arm64` matched by app-*, naming the link, its target and the way out', async () => {
    const err = await expandFiles(['app-*'], { cwd: ws, inputName: 'files', allowOption: 'allow-outside-workspace', env }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/^Input "files" matched .*app-linux-arm64, which resolves to \/etc\/passwd, outside the workspace/);
    expect((err as Error).message).toMatch(/set "allow-outside-workspace" if this is intended/);
    await expect(expandFiles(['app-linux-arm64'], { cwd: ws, inputName: 'files', env })).rejects.toThrow(/resolves to \/etc\/passwd/);
  });
  it('accepts links inside the workspace (keeping the link\'s name), and outside ones when explicitly allowed', async () => {
    expect(await expandFiles(['app-*', '!app-linux-arm64'], { cwd: ws, env })).toEqual([join(ws, 'app-darwin-aarch64'), join(ws, 'app-linux-x86_64')]);
    expect(await expandFiles(['app-*'], { cwd: ws, env, allowOutsideWorkspace: true })).toContain(join(ws, 'app-linux-arm64'));
  });
  it('an absolute path names its folder explicitly, but a link out of that folder is still refused', async () => {
    expect(await expandFiles([join(outside, 'secret.txt')], { cwd: ws, env })).toEqual([join(outside, 'secret.txt')]);
    expect(await expandFiles([join(outside, '*.txt')], { cwd: ws, env })).toEqual([join(outside, 'secret.txt')]);
    const named = mkdtempSync(join(tmpdir(), 'relforge-named-'));
    try {
      symlinkSync('/etc/passwd', join(named, 'app-linux-arm64'));
      await expect(expandFiles([join(named, 'app-*')], { cwd: ws, env })).rejects.toThrow(/resolves to \/etc\/passwd, outside the workspace/);
      await expect(expandFiles([join(named, 'app-linux-arm64')], { cwd: ws, env })).rejects.toThrow(/resolves to \/etc\/passwd/);
    } finally {
      rmSync(named, { recursive: true, force: true });
    }
  });
  it('refuses a relative pattern through a directory link out of the workspace; RUNNER_TEMP and GITHUB_WORKSPACE count as inside', async () => {
    const linked = mkdtempSync(join(tmpdir(), 'relforge-ws2-'));
    try {
      symlinkSync(outside, join(linked, 'dist'));
      await expect(expandFiles(['dist/*'], { cwd: linked, env })).rejects.toThrow(/matched .*\/dist, which resolves to .*outside the workspace/);
      // Walking `**` does not enter a link out of the workspace.
      writeFileSync(join(linked, 'own.txt'), 'own');
      expect(await expandFiles(['**/*.txt'], { cwd: linked, env })).toEqual([join(linked, 'own.txt')]);
    } finally {
      rmSync(linked, { recursive: true, force: true });
    }
    symlinkSync(join(outside, 'secret.txt'), join(ws, 'from-temp.txt'));
    await expect(expandFiles(['from-temp.txt'], { cwd: ws, env })).rejects.toThrow(/outside the workspace/);
    expect(await expandFiles(['from-temp.txt'], { cwd: ws, env: { RUNNER_TEMP: outside } })).toEqual([join(ws, 'from-temp.txt')]);
    expect(await expandFiles(['from-temp.txt'], { cwd: ws, env: { GITHUB_WORKSPACE: outside } })).toEqual([join(ws, 'from-temp.txt')]);
  });
  it('walks directory symlink cycles once (two loops would be 2^40 paths for a naive walker)', async () => {
    const cyc = mkdtempSync(join(tmpdir(), 'relforge-cycle-'));
    try {
      mkdirSync(join(cyc, 'a', 'b'), { recursive: true });
      writeFileSync(join(cyc, 'a', 'b', 'f.txt'), 'f');
      symlinkSync(join(cyc, 'a'), join(cyc, 'a', 'b', 'up'));
      symlinkSync('..', join(cyc, 'a', 'b', 'parent'));
      expect(await expandFiles(['**/*.txt'], { cwd: cyc, env })).toEqual([join(cyc, 'a', 'b', 'f.txt')]);
    } finally {
      rmSync(cyc, { recursive: true, force: true });
    }
  }, 10_000);
});
