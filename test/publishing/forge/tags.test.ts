/**
 * Forge.tagCommit and the emulator's git-backed tags: the tag endpoints answer from a real bare repository
 * (lightweight and annotated tags, peeled to the commit), drafts stay invisible to anonymous readers, and the
 * tamper hooks change what is stored. Expectations come from git itself (rev-parse in the bare remote).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startForgeEmulator, type ForgeEmulator } from '../../../src/emulator/forge.js';
import { createForge } from '../../../src/publishing/forge/index.js';
import { useRepos } from '../../helpers/repo.js';

const repos = useRepos();
let emu: ForgeEmulator | undefined;
afterEach(async () => {
  emu?.assertNoViolations();
  await emu?.close();
  emu = undefined;
});

describe.each([
  ['github', false],
  ['github', true],
  ['gitea', false],
  ['forgejo', false],
] as const)('tags on %s (ghes: %s)', (mode, ghes) => {
  it('tagCommit: missing → undefined; lightweight and annotated tags → the commit, as the bare remote says', async () => {
    const repo = repos();
    const [first, second] = repo.history('feat: one', 'fix: two');
    repo.tag('v1.0.0', { ref: first });
    repo.tag('v1.1.0', { annotated: true, message: 'release 1.1.0' });
    repo.git('push', '-q', 'origin', 'main', '--tags');
    emu = await startForgeEmulator({ mode, ghes, git: repo.remote });
    const forge = createForge({ forge: mode, apiUrl: emu.apiUrl, token: emu.token, repository: `${emu.owner}/${emu.repo}` });
    expect(await forge.tagCommit('v9.9.9')).toBeUndefined();
    expect(await forge.tagCommit('v1.0.0')).toBe(repo.remoteCommit('refs/tags/v1.0.0'));
    expect(await forge.tagCommit('v1.0.0')).toBe(first);
    expect(await forge.tagCommit('v1.1.0')).toBe(second);
    repo.remoteGit('update-ref', 'refs/tags/v1.0.0', second!);
    expect(await forge.tagCommit('v1.0.0')).toBe(second); // read live from the bare repository
  });

  it('publishing a draft whose tag is missing creates it at target_commitish in the bare remote; drafts are invisible anonymously', async () => {
    const repo = repos();
    const head = repo.commit('feat: release me');
    repo.git('push', '-q', 'origin', 'main');
    emu = await startForgeEmulator({ mode, ghes, git: repo.remote });
    const forge = createForge({ forge: mode, apiUrl: emu.apiUrl, token: emu.token, repository: `${emu.owner}/${emu.repo}` });
    const draft = await forge.createDraft({ tagName: 'v2.0.0', targetCommitish: head });
    const anonymous = async () => ((await (await fetch(`${emu!.apiUrl}/repos/${emu!.owner}/${emu!.repo}/releases`)).json()) as unknown[]).length;
    expect(await anonymous()).toBe(0);
    expect((await fetch(`${emu.apiUrl}/repos/${emu.owner}/${emu.repo}/releases/${draft.id}`)).status).toBe(404);
    const file = join(repo.dir, 'asset.bin');
    writeFileSync(file, 'draft bytes');
    const asset = await forge.uploadAsset(draft, { path: file, name: 'asset.bin', size: 11 });
    const assetPath = mode === 'github' ? `releases/assets/${asset.id}` : `releases/${draft.id}/assets/${asset.id}`;
    expect((await fetch(`${emu.apiUrl}/repos/${emu.owner}/${emu.repo}/${assetPath}`)).status).toBe(404);
    expect((await fetch(`${emu.apiUrl}/repos/${emu.owner}/${emu.repo}/releases/${draft.id}/assets`)).status).toBe(404);
    expect((await fetch(`${emu.url}/${emu.owner}/${emu.repo}/releases/download/v2.0.0/asset.bin`)).status).toBe(404);
    expect((await forge.findRelease('v2.0.0')).drafts.map((d) => d.id)).toEqual([draft.id]);
    expect(repo.remoteCommit('refs/tags/v2.0.0')).toBeUndefined();
    await forge.publish(draft.id, { prerelease: false });
    expect(repo.remoteCommit('refs/tags/v2.0.0')).toBe(head);
    expect(await anonymous()).toBe(1);
  });
});
