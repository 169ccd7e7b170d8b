/** The built action (dist/publish-release) under both Node runtimes, against the forge emulator. */
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBundle } from '../helpers/bundle.js';
import { createRepo } from '../helpers/repo.js';
import { bundleRuntimes } from '../helpers/runtimes.js';
import { startForgeEmulator, type ForgeEmulator } from '../../src/emulator/forge.js';

/** Output as a log reader sees it: `::add-mask::` lines are the runner's masking protocol, not printing. */
const visible = (all: string) => all.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
const sha256 = (b: string) => createHash('sha256').update(b).digest('hex');
let emu: ForgeEmulator | undefined;
let dir: string | undefined;
afterEach(async () => {
  await emu?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  emu?.assertNoViolations();
  emu = undefined;
  dir = undefined;
});

describe.each(bundleRuntimes())('publish-release bundle on $label ($version)', (runtime) => {
  it.each([
    ['github', {}],
    ['forgejo', { FORGEJO_ACTIONS: 'true', GITEA_ACTIONS: 'true', ACT: 'true' }],
  ] as const)('%s: publishes, sets outputs and summary, never prints the token', async (mode, runnerEnv) => {
    emu = await startForgeEmulator({ mode });
    dir = mkdtempSync(join(tmpdir(), 'relforge-bundle-'));
    writeFileSync(join(dir, 'app.tar.gz'), 'tarball bytes');
    writeFileSync(join(dir, 'notes.md'), 'Fixed things.\n');
    const run = await runBundle('publish-release', {
      runtime,
      cwd: dir,
      inputs: { tag: 'v3.0.0-rc.1', files: 'app.tar.gz\n', 'body-file': 'notes.md', token: emu.token },
      env: { ...runnerEnv, GITHUB_WORKSPACE: dir, GITHUB_API_URL: emu.apiUrl, GITHUB_SERVER_URL: emu.url, GITHUB_REPOSITORY: `${emu.owner}/${emu.repo}`, GITHUB_SHA: 'a'.repeat(40) },
    });
    expect(run.code, run.all).toBe(0);
    const r = emu.releasesFor('v3.0.0-rc.1');
    expect(r).toHaveLength(1);
    expect(r[0]!.draft).toBe(false);
    expect(r[0]!.prerelease).toBe(true);
    expect(r[0]!.body).toBe('Fixed things.\n');
    expect(r[0]!.targetCommitish).toBe('a'.repeat(40));
    expect(run.outputs['release-id']).toBe(String(r[0]!.id));
    expect(run.outputs.created).toBe('true');
    const assets = JSON.parse(run.outputs.assets!) as Array<{ name: string; sha256: string; size: number; url: string }>;
    expect(assets.map((a) => [a.name, a.sha256])).toEqual([
      ['app.tar.gz', sha256('tarball bytes')],
      ['SHA256SUMS', sha256(`${sha256('tarball bytes')}  app.tar.gz\n`)],
    ]);
    expect(run.outputs.url).toContain('v3.0.0-rc.1');
    expect(run.summary).toContain('published (prerelease)');
    expect(visible(run.all)).not.toContain(emu.token);
    expect(run.all).toContain(`::add-mask::${emu.token}`);
    // a re-run changes nothing and reports created=false
    const again = await runBundle('publish-release', {
      runtime,
      cwd: dir,
      inputs: { tag: 'v3.0.0-rc.1', files: 'app.tar.gz', 'body-file': 'notes.md', token: emu.token },
      env: { ...runnerEnv, GITHUB_WORKSPACE: dir, GITHUB_API_URL: emu.apiUrl, GITHUB_SERVER_URL: emu.url, GITHUB_REPOSITORY: `${emu.owner}/${emu.repo}`, GITHUB_SHA: 'a'.repeat(40) },
    });
    expect(again.code, again.all).toBe(0);
    expect(again.outputs.created).toBe('false');
    expect(emu.releasesFor('v3.0.0-rc.1')[0]!.assets).toHaveLength(2);
  });

  it('a changed file on a published release: refused by default (nothing written), replaced with replace-published-assets', async () => {
    emu = await startForgeEmulator({ mode: 'gitea' });
    dir = mkdtempSync(join(tmpdir(), 'relforge-bundle-'));
    writeFileSync(join(dir, 'app.tar.gz'), 'v1 bytes');
    const env = { GITEA_ACTIONS: 'true', GITHUB_WORKSPACE: dir, GITHUB_API_URL: emu.apiUrl, GITHUB_SERVER_URL: emu.url, GITHUB_REPOSITORY: `${emu.owner}/${emu.repo}` };
    const inputs = { tag: 'v1.0.0', files: 'app.tar.gz', token: emu.token };
    expect((await runBundle('publish-release', { runtime, cwd: dir, inputs, env })).code).toBe(0);
    writeFileSync(join(dir, 'app.tar.gz'), 'v2 bytes');
    const writes = () => emu!.state.requests.filter((q) => q.method !== 'GET').length;
    const before = writes();
    const refused = await runBundle('publish-release', { runtime, cwd: dir, inputs, env });
    expect(refused.code).toBe(1);
    expect(refused.all).toMatch(/::error::Release v1\.0\.0 is already published[\s\S]*replace app\.tar\.gz \(content differs\)[\s\S]*replace-published-assets: true/);
    expect(writes()).toBe(before);
    const replaced = await runBundle('publish-release', { runtime, cwd: dir, inputs: { ...inputs, 'replace-published-assets': 'true' }, env });
    expect(replaced.code, replaced.all).toBe(0);
    expect(emu.releasesFor('v1.0.0')[0]!.assets.find((a) => a.name === 'app.tar.gz')!.sha256).toBe(sha256('v2 bytes'));
    expect(visible(replaced.all + refused.all)).not.toContain(emu.token);
  });

  it('mode stage then publish with 214 KB of notes in body-file: the notes never enter the environment or the outputs; cut notes say so', async () => {
    const repo = createRepo();
    try {
      const commit = repo.commit('feat: release');
      repo.git('push', '-q', 'origin', 'main');
      emu = await startForgeEmulator({ mode: 'github', git: repo.remote });
      dir = mkdtempSync(join(tmpdir(), 'relforge-bundle-'));
      writeFileSync(join(dir, 'app'), 'binary');
      const notes = Array.from({ length: 2500 }, (_, i) => `- change ${i}: ${'y'.repeat(70)} (${sha256(String(i)).slice(0, 7)})`).join('\n');
      writeFileSync(join(dir, 'notes.md'), notes);
      const env = { GITHUB_WORKSPACE: dir, GITHUB_API_URL: emu.apiUrl, GITHUB_SERVER_URL: emu.url, GITHUB_REPOSITORY: `${emu.owner}/${emu.repo}` };
      const inputs = { tag: 'v2.0.0', files: 'app', 'body-file': 'notes.md', commit, token: emu.token };
      const staged = await runBundle('publish-release', { runtime, cwd: dir, inputs: { ...inputs, mode: 'stage' }, env });
      expect(staged.code, staged.all).toBe(0);
      expect({ draft: staged.outputs.draft, complete: staged.outputs.complete, cut: staged.outputs['notes-cut'] }).toEqual({ draft: 'true', complete: 'false', cut: 'true' });
      expect(staged.summary).toMatch(/notes were longer than the forge accepts and were cut/);
      const refused = await runBundle('publish-release', { runtime, cwd: dir, inputs: { ...inputs, mode: 'publish' }, env });
      expect(refused.code).toBe(1);
      expect(refused.all).toMatch(/::error::Tag v2\.0\.0 does not exist on the forge, so nothing was published/);
      repo.tag('v2.0.0');
      repo.git('push', '-q', 'origin', 'v2.0.0');
      const published = await runBundle('publish-release', { runtime, cwd: dir, inputs: { ...inputs, mode: 'publish' }, env });
      expect(published.code, published.all).toBe(0);
      expect({ draft: published.outputs.draft, complete: published.outputs.complete }).toEqual({ draft: 'false', complete: 'true' });
      const body = emu.releasesFor('v2.0.0')[0]!.body;
      expect(body.length).toBeLessThanOrEqual(125_000);
      expect(body).toMatch(/These notes were cut[\s\S]*RELEASE-NOTES\.md/);
      for (const r of [staged, refused, published]) {
        expect(Object.values(r.outputs).join('\n')).not.toContain('change 2499');
        expect(visible(r.all)).not.toContain(emu.token);
      }
    } finally {
      repo.cleanup();
    }
  });

  it('missing files fail the step before any API call, naming the input', async () => {
    emu = await startForgeEmulator({ mode: 'gitea' });
    dir = mkdtempSync(join(tmpdir(), 'relforge-bundle-'));
    const run = await runBundle('publish-release', {
      runtime,
      cwd: dir,
      inputs: { tag: 'v1.0.0', files: 'dist/*.zip', token: emu.token, forge: 'gitea', 'api-url': emu.apiUrl },
      env: { GITHUB_WORKSPACE: dir, GITHUB_REPOSITORY: `${emu.owner}/${emu.repo}` },
    });
    expect(run.code).toBe(1);
    expect(run.all).toMatch(/::error::.*Input "files".*matched no files/);
    expect(emu.state.requests).toHaveLength(0);
    expect(visible(run.all)).not.toContain(emu.token);
    expect(run.all).toContain(`::add-mask::${emu.token}`);
  });
});
