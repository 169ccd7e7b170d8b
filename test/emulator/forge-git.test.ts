/**
 * The forge emulator's tags are a bare repository's, read with git blind to the machine's system gitconfig
 * (GIT_CONFIG_NOSYSTEM), as before its git calls moved into the git adapter: a runner whose /etc/gitconfig says
 * `safe.bareRepository = explicit` (git then refuses to work in a bare repository found through cwd) still gets
 * the tags. The system config is simulated with GIT_CONFIG_SYSTEM, which git reads unless GIT_CONFIG_NOSYSTEM is set;
 * the expectation comes from git in the bare remote (the test helper's git, which never reads a system config).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startForgeEmulator, type ForgeEmulator } from '../../src/emulator/forge.js';
import { createForge } from '../../src/publishing/forge/index.js';
import { useRepos } from '../helpers/repo.js';

const repos = useRepos();
let emu: ForgeEmulator | undefined;
let dir: string | undefined;
const saved = process.env.GIT_CONFIG_SYSTEM;
afterEach(async () => {
  if (saved === undefined) delete process.env.GIT_CONFIG_SYSTEM;
  else process.env.GIT_CONFIG_SYSTEM = saved;
  await emu?.close();
  emu = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('forge emulator tags and the system gitconfig', () => {
  it('a system config with safe.bareRepository = explicit does not hide the bare repository\'s tags', async () => {
    const repo = repos();
    const [first] = repo.history('feat: one');
    repo.tag('v1.0.0', { ref: first });
    repo.git('push', '-q', 'origin', 'main', '--tags');
    dir = mkdtempSync(join(tmpdir(), 'relforge-sysconfig-'));
    const system = join(dir, 'gitconfig');
    writeFileSync(system, '[safe]\n\tbareRepository = explicit\n');
    process.env.GIT_CONFIG_SYSTEM = system;
    // the simulated system config does bite: plain git (no GIT_CONFIG_NOSYSTEM) refuses the bare repository
    expect(() => execFileSync('git', ['rev-parse', '--verify', 'refs/tags/v1.0.0'], { cwd: repo.remote, stdio: 'pipe', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '' } })).toThrow(/safe\.bareRepository/);
    emu = await startForgeEmulator({ mode: 'github', git: repo.remote });
    const forge = createForge({ forge: 'github', apiUrl: emu.apiUrl, token: emu.token, repository: `${emu.owner}/${emu.repo}` });
    expect(await forge.tagCommit('v1.0.0')).toBe(repo.remoteCommit('refs/tags/v1.0.0'));
    expect(await forge.tagCommit('v1.0.0')).toBe(first);
    emu.assertNoViolations();
  });
});
