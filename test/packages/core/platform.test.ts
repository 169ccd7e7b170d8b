import { describe, expect, it } from 'vitest';
import { formatPlatform, inferPlatform, normalizePlatformKey, parsePlatformKey, platformLookupOrder, isTauriPlatform } from '../../../src/packages/core/platform.js';

const infer = (n: string) => formatPlatform(inferPlatform(n));

describe('inferPlatform', () => {
  it.each([
    ['agent-linux-amd64', 'linux-x86_64'],
    ['agent_windows_x86_64.exe', 'windows-x86_64'],
    ['agent-darwin-arm64', 'darwin-aarch64'],
    ['agent-1.2.3-darwin-arm64.tar.gz', 'darwin-aarch64'],
    ['agent-linux-arm64', 'linux-aarch64'],
    ['agent-linux-386', 'linux-i686'],
    ['agent-windows-x64.zip', 'windows-x86_64'],
    ['agent-win-ia32.exe', 'windows-i686'],
    ['agent-macos-x64', 'darwin-x86_64'],
    ['agent-linux-armv7l', 'linux-armv7'],
    ['agent-x86_64-unknown-linux-gnu.tar.gz', 'linux-x86_64'],
    ['agent-aarch64-apple-darwin.tar.gz', 'darwin-aarch64'],
    ['agent-x86_64-pc-windows-msvc.zip', 'windows-x86_64'],
    ['agent-linux-x86-64', 'linux-x86_64'],
    ['AGENT-Linux-AMD64', 'linux-x86_64'],
    ['agent-freebsd-amd64', 'freebsd-x86_64'],
    ['agent-linux-riscv64', 'linux-riscv64'],
  ])('%s → %s', (name, key) => {
    expect(infer(name)).toBe(key);
  });

  it.each([
    ['agent_1.2.3_amd64.deb', 'linux-x86_64-deb'],
    ['agent-1.2.3.x86_64.rpm', 'linux-x86_64-rpm'],
    ['App_1.2.3_amd64.AppImage', 'linux-x86_64-appimage'],
    ['App_1.2.3_x64_en-US.msi', 'windows-x86_64-msi'],
    ['App_1.2.3_x64-setup.exe', 'windows-x86_64-nsis'],
    ['App_aarch64.app.tar.gz', 'darwin-aarch64-app'],
    ['App_1.2.3_aarch64.dmg', 'darwin-aarch64-dmg'],
  ])('installer formats imply the OS and the bundle: %s → %s', (name, key) => {
    expect(infer(name)).toBe(key);
  });

  it('does not read digits of a dotted version as the 386 arch', () => {
    expect(infer('agent-1.386.0-linux-amd64')).toBe('linux-x86_64');
  });

  it.each([
    ['agent', /no operating system .* and architecture/],
    ['agent-linux', /no architecture/],
    ['agent-amd64', /no operating system/],
    ['agent-linux-darwin-amd64', /several operating systems/],
    ['agent-linux-amd64-arm64', /several architectures/],
    ['agent-linux-amd64.msi', /says linux but the file type is a windows format/],
    ['agent-linux-arm', /no architecture/],
  ])('refuses to guess for %s', (name, re) => {
    expect(() => inferPlatform(name)).toThrow(re);
    expect(() => inferPlatform(name)).toThrow(/platform: file/);
  });
  it('does not see "win" inside "darwin" or "arm" inside "arm64"', () => {
    expect(infer('tool-darwin-arm64')).toBe('darwin-aarch64');
  });
});

describe('platform keys', () => {
  it('parses canonical keys', () => {
    expect(parsePlatformKey('windows-x86_64')).toEqual({ os: 'windows', arch: 'x86_64' });
    expect(parsePlatformKey('linux-aarch64-deb')).toEqual({ os: 'linux', arch: 'aarch64', bundle: 'deb' });
  });
  it.each(['linux-amd64', 'Linux-x86_64', 'linux', 'linux-x86_64-zip', 'plan9-x86_64', 'linux-x86_64-deb-x', ''])('rejects %j as canonical', (k) => {
    expect(() => parsePlatformKey(k)).toThrow(/<os>-<arch>\[-<bundle>\]/);
  });
  it.each([
    ['linux-amd64', 'linux-x86_64'],
    ['macos-arm64', 'darwin-aarch64'],
    ['win-x64-msi', 'windows-x86_64-msi'],
    ['Windows-X86_64', 'windows-x86_64'],
    ['linux-x86-64', 'linux-x86_64'],
    [' darwin-aarch64 ', 'darwin-aarch64'],
  ])('normalizes %s → %s', (raw, key) => {
    expect(normalizePlatformKey(raw)).toBe(key);
  });
  it('rejects unknown aliases with the list of valid values', () => {
    expect(() => normalizePlatformKey('linux-arm')).toThrow(/arch one of x86_64, aarch64/);
  });
  it('follows Tauri lookup order and platform set', () => {
    expect(platformLookupOrder('linux-x86_64-deb')).toEqual(['linux-x86_64-deb', 'linux-x86_64']);
    expect(platformLookupOrder('linux-x86_64')).toEqual(['linux-x86_64']);
    expect(isTauriPlatform('windows-aarch64-nsis')).toBe(true);
    expect(isTauriPlatform('freebsd-x86_64')).toBe(false);
    expect(isTauriPlatform('linux-riscv64')).toBe(false);
    expect(isTauriPlatform('darwin-aarch64-dmg')).toBe(false);
  });
});
