/**
 * Issue 20 "Done when": a Tauri-style desktop app on GitHub, from `relforge init` (src-tauri/tauri.conf.json
 * detected: src-tauri/Cargo.toml, the desktop matrix, tauri: true, Trusted Signing from variables, Windows signing
 * required) and its build command only — a stand-in for `tauri build` that writes bundles of the right shapes (a
 * real PE as the NSIS installer, a macOS .app folder archived per architecture, an AppImage). It rehearses beta and
 * stable under `relforge act --emulator` with Trusted Signing against the shipped emulators (-P windows-latest and
 * macos-latest on this machine); the released installer carries an Authenticode signature, and every key of the
 * released latest.json verifies with Tauri's own verification code (test/tauri-verify, minisign-verify), for a
 * client that knows its bundle and for one that does not.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPe } from '../fixtures/authenticode.js';
import { requireTool } from '../helpers/tools.js';
import { ACT, ACTIONLINT, MINISIGN, createProject, lint, rehearse, releaseLine, released, setBuildCommand, type Project } from './projects-rehearse.js';

const CARGO = ['/root/.cargo/bin/cargo'].find(existsSync) ?? requireTool('cargo', 'rustup');
const OSSLSIGNCODE = requireTool('osslsigncode', 'apt-get install osslsigncode');
const JAVA = requireTool('java', 'apt-get install default-jre-headless');
let project: Project | undefined;
afterAll(() => project?.cleanup());

/** The stand-in for `tauri build --target T`: bundles named and shaped as Tauri's, version from src-tauri/Cargo.toml. */
const FAKE_TAURI = `import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
const target = process.argv[process.argv.indexOf('--target') + 1];
const version = /^version\\s*=\\s*"([^"]+)"/m.exec(readFileSync('src-tauri/Cargo.toml', 'utf8'))[1];
const out = 'src-tauri/target/' + target + '/release/bundle';
if (target.includes('windows')) {
  mkdirSync(out + '/nsis', { recursive: true });
  copyFileSync('assets/notely.exe', out + '/nsis/Notely_' + version + '_x64-setup.exe');
} else if (target.includes('apple')) {
  const app = out + '/macos/Notely.app/Contents';
  mkdirSync(app + '/MacOS', { recursive: true });
  writeFileSync(app + '/Info.plist', '<plist><dict><key>CFBundleShortVersionString</key><string>' + version + '</string></dict></plist>\\n');
  writeFileSync(app + '/MacOS/Notely', '#!/bin/sh\\necho Notely ' + version + ' ' + target + '\\n', { mode: 0o755 });
} else {
  mkdirSync(out + '/appimage', { recursive: true });
  writeFileSync(out + '/appimage/Notely_' + version + '_amd64.AppImage', '#!/bin/sh\\necho Notely ' + version + '\\n', { mode: 0o755 });
}
`;

const tauriVerifyProject = resolve(__dirname, '../tauri-verify');
const tauriVerifyTarget = join(homedir(), '.cache', 'relforge', 'tauri-verify-target');

describe.skipIf(!ACT || !MINISIGN || !ACTIONLINT || !CARGO || !OSSLSIGNCODE || !JAVA)('a Tauri app on GitHub, from relforge init and its build command only', () => {
  beforeAll(() => {
    execFileSync(CARGO!, ['build', '--release', '--locked', '--quiet', '--manifest-path', join(tauriVerifyProject, 'Cargo.toml')], {
      env: { ...process.env, CARGO_TARGET_DIR: tauriVerifyTarget },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  }, 600_000);

  it('lints clean; beta and stable with Trusted Signing rehearsed; latest.json verifies for every key with Tauri\'s code', async () => {
    const pkg = { name: 'notely', version: '1.2.0', private: true, scripts: { tauri: 'node fake-tauri.mjs' } };
    const p = await createProject('github', {
      'package.json': `${JSON.stringify(pkg, null, 2)}\n`,
      'package-lock.json': `${JSON.stringify({ name: 'notely', version: '1.2.0', lockfileVersion: 3, requires: true, packages: { '': { name: 'notely', version: '1.2.0' } } }, null, 2)}\n`,
      'src-tauri/tauri.conf.json': '{ "productName": "Notely", "identifier": "com.notely.app", "bundle": { "createUpdaterArtifacts": false } }\n',
      'src-tauri/Cargo.toml': '[package]\nname = "notely"\nversion = "1.2.0"\nedition = "2021"\n',
      'fake-tauri.mjs': FAKE_TAURI,
      '.gitignore': '/src-tauri/target\n/.vars\n',
    });
    project = p;
    expect(p.initOutput).toContain('project: tauri');
    mkdirSync(join(p.dir, 'assets'));
    writeFileSync(join(p.dir, 'assets', 'notely.exe'), buildPe());
    // the user's build command: the stand-in build (no cross toolchains here), NSIS only on Windows
    setBuildCommand(p, [
      'npm ci',
      'npm run tauri build -- --target "$RELFORGE_TARGET"',
      'out=src-tauri/target/$RELFORGE_TARGET/release/bundle',
      'case "$RELFORGE_PLATFORM" in',
      '  windows-*) cp "$out"/nsis/*-setup.exe "$RELFORGE_OUT"/ ;;',
      '  darwin-*)  tar -czf "$RELFORGE_OUT/Notely_${RELFORGE_PLATFORM#darwin-}.app.tar.gz" -C "$out"/macos Notely.app ;;',
      '  linux-*)   cp "$out"/appimage/*.AppImage "$RELFORGE_OUT"/ ;;',
      'esac',
    ]);
    p.commit('build: the stand-in tauri build');
    expect(lint(p)).toBe('');
    // the repository variables init's workflow reads (the rehearsal replaces the service by its emulators)
    writeFileSync(
      join(p.dir, '.vars'),
      'TRUSTED_SIGNING_ENDPOINT=https://wus2.codesigning.azure.net\nTRUSTED_SIGNING_ACCOUNT=notely-signing\nTRUSTED_SIGNING_PROFILE=notely-release\nTRUSTED_SIGNING_SUBJECT=CN=Notely Ltd\n',
    );
    const P = ['-P', 'windows-latest=-self-hosted', '-P', 'macos-latest=-self-hosted'];
    const pubB64 = Buffer.from(p.publicKey).toString('base64');
    const tauriVerify = (dir: string, os: string, arch: string, bundle: string) => {
      const r = spawnSync(join(tauriVerifyTarget, 'release', 'tauri-verify'), [join(dir, 'latest.json'), pubB64, os, arch, bundle, dir], { encoding: 'utf8' });
      return `${r.stdout}${r.stderr}`.trim();
    };

    for (const [channel, tag, version] of [
      ['beta', 'v1.3.0-beta.1', '1.3.0-beta.1'],
      ['stable', 'v1.3.0', '1.3.0'],
    ] as const) {
      const r = await rehearse(p, channel, P);
      expect(r.code, r.out).toBe(0);
      expect(r.out).toMatch(/Trusted Signing emulator: [1-9]\d* sign operation\(s\)/);
      const files = ['Notely_aarch64.app.tar.gz', 'Notely_x86_64.app.tar.gz', `Notely_${version}_amd64.AppImage`, `Notely_${version}_x64-setup.exe`, 'latest.json'];
      const line = releaseLine(r.out, tag) ?? r.out;
      for (const f of files) expect(line).toContain(f);
      const dir = released(p, tag);
      // the installer is Authenticode-signed (by the emulated service) and still a PE
      const exe = join(dir, `Notely_${version}_x64-setup.exe`);
      expect(readFileSync(exe).subarray(0, 2).toString()).toBe('MZ');
      execFileSync(OSSLSIGNCODE!, ['extract-signature', '-in', exe, '-out', join(dir, 'sig.p7')], { stdio: 'ignore' });
      // the app inside the macOS archive reports the version
      const unpacked = join(dir, 'unpacked');
      mkdirSync(unpacked);
      execFileSync('tar', ['-xzf', join(dir, 'Notely_aarch64.app.tar.gz'), '-C', unpacked]);
      expect(execFileSync(join(unpacked, 'Notely.app', 'Contents', 'MacOS', 'Notely'), { encoding: 'utf8' }).trim()).toBe(`Notely ${version} aarch64-apple-darwin`);
      // latest.json: every key, as Tauri's updater checks it
      const latest = JSON.parse(readFileSync(join(dir, 'latest.json'), 'utf8')) as { version: string; platforms: Record<string, { url: string }> };
      expect(latest.version.replace(/^v/, '')).toBe(version);
      const expected: Record<string, string> = {
        'windows-x86_64': `Notely_${version}_x64-setup.exe`,
        'windows-x86_64-nsis': `Notely_${version}_x64-setup.exe`,
        'darwin-aarch64': 'Notely_aarch64.app.tar.gz',
        'darwin-aarch64-app': 'Notely_aarch64.app.tar.gz',
        'darwin-x86_64': 'Notely_x86_64.app.tar.gz',
        'darwin-x86_64-app': 'Notely_x86_64.app.tar.gz',
        'linux-x86_64': `Notely_${version}_amd64.AppImage`,
        'linux-x86_64-appimage': `Notely_${version}_amd64.AppImage`,
      };
      expect(Object.keys(latest.platforms).sort()).toEqual(Object.keys(expected).sort());
      for (const [key, file] of Object.entries(expected)) {
        const [os, arch, bundle] = key.split('-') as [string, string, string | undefined];
        expect(latest.platforms[key]!.url.split('/').pop()).toBe(file);
        // a client that knows its bundle asks for the bundle key; one that does not (Tauri v1, plugin ≤ 2.9) for <os>-<arch>
        expect(tauriVerify(dir, os, arch, bundle ?? '-')).toMatch(new RegExp(`^ok ${key} \\S+/${file.replace(/\./g, '\\.')}$`));
      }
    }
  }, 600_000);
});
