/** `relforge publish` (src/cli/publish.ts) in-process against the emulator. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import publish from '../../src/cli/publish.js';
import { runCommand, usageText } from '../../src/cli/args.js';
import { startForgeEmulator, type ForgeEmulator } from '../../src/emulator/forge.js';
import { clearSecrets } from '../../src/platform/secrets.js';

let emu: ForgeEmulator | undefined;
let dir: string | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  clearSecrets();
  await emu?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  emu?.assertNoViolations();
  emu = undefined;
});

function capture() {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
  return lines;
}

describe('relforge publish', () => {
  it('publishes with the token from RELFORGE_TOKEN and prints JSON without the token', async () => {
    emu = await startForgeEmulator({ mode: 'forgejo' });
    dir = mkdtempSync(join(tmpdir(), 'relforge-cli-'));
    writeFileSync(join(dir, 'a.bin'), 'aaa');
    vi.stubEnv('RELFORGE_TOKEN', emu.token);
    vi.stubEnv('GITHUB_TOKEN', '');
    const out = capture();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const code = await runCommand(publish, ['--tag', 'v0.1.0', '--files', 'a.bin', '--forge', 'forgejo', '--api-url', emu.apiUrl, '--repository', `${emu.owner}/${emu.repo}`, '--json']);
      expect(code).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    const json = JSON.parse(out.filter((l) => l.startsWith('{')).join('\n')) as { published: boolean; assets: Array<{ name: string }> };
    expect(json.published).toBe(true);
    expect(json.assets.map((a) => a.name)).toEqual(['a.bin', 'SHA256SUMS']);
    expect(emu.releasesFor('v0.1.0')[0]!.draft).toBe(false);
    expect(out.join('\n')).not.toContain(emu.token);
  });

  it('--inspect --json judges by content: a swapped binary is reported with both hashes (and the token never printed)', async () => {
    emu = await startForgeEmulator({ mode: 'gitea' });
    dir = mkdtempSync(join(tmpdir(), 'relforge-cli-'));
    writeFileSync(join(dir, 'a.bin'), 'aaa');
    vi.stubEnv('RELFORGE_TOKEN', emu.token);
    const out = capture();
    const cwd = process.cwd();
    process.chdir(dir);
    const args = ['--forge', 'gitea', '--api-url', emu.apiUrl, '--repository', `${emu.owner}/${emu.repo}`];
    try {
      expect(await runCommand(publish, ['--tag', 'v0.2.0', '--files', 'a.bin', ...args])).toBe(0);
      emu.tamper.replaceBytes('v0.2.0', 'a.bin', Buffer.from('bbb'));
      out.length = 0;
      expect(await runCommand(publish, ['--tag', 'v0.2.0', '--inspect', '--json', ...args])).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    const json = JSON.parse(out.filter((l) => l.startsWith('{')).join('\n')) as { complete: boolean; missing: string[] };
    const h = (t: string) => createHash('sha256').update(t).digest('hex');
    expect(json).toMatchObject({ complete: false, missing: [`a.bin: content differs from SHA256SUMS (sha256 ${h('bbb')} ≠ ${h('aaa')})`] });
    expect(out.join('\n')).not.toContain(emu.token);
  });

  it('refuses a token on the command line, and a missing token outside --dry-run', async () => {
    capture();
    // a secret is never a plain flag: --token is unknown (exit 2); --help names the ways to pass it
    await expect(runCommand(publish, ['--tag', 'v1.0.0', '--files', 'x', '--token', 'abcd'])).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/Unknown option '--token'/) });
    expect(usageText(publish.schema, publish.notes)).toMatch(/--token-file FILE \| --token-env VAR[\s\S]*RELFORGE_TOKEN/);
    vi.stubEnv('RELFORGE_TOKEN', '');
    vi.stubEnv('GITHUB_TOKEN', '');
    vi.stubEnv('GITEA_TOKEN', '');
    vi.stubEnv('FORGEJO_TOKEN', '');
    await expect(runCommand(publish, ['--tag', 'v1.0.0', '--files', 'x'])).rejects.toThrow(/--token-file \(or \$RELFORGE_TOKEN\) is empty: give a token/);
  });

  it('--dry-run without a token plans from local files', async () => {
    dir = mkdtempSync(join(tmpdir(), 'relforge-cli-'));
    writeFileSync(join(dir, 'a.bin'), 'aaa');
    vi.stubEnv('RELFORGE_TOKEN', '');
    vi.stubEnv('GITHUB_TOKEN', '');
    vi.stubEnv('GITEA_TOKEN', '');
    vi.stubEnv('FORGEJO_TOKEN', '');
    const out = capture();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(await runCommand(publish, ['--tag', 'v1.0.0-beta.2', '--files', '*.bin', '--dry-run', '--repository', 'o/r'])).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(out.join('\n')).toMatch(/would upload a\.bin[\s\S]*would publish v1\.0\.0-beta\.2 as a prerelease/);
  });
});
