/**
 * inspectRelease (publish-release `inspect: true`): what the release workflow asks before building, so a re-run
 * of a dispatch that already released does nothing. Against the spec-validating forge emulator in every mode;
 * the releases are seeded by the test (SHA256SUMS written here with node:crypto), never made by the code under
 * test, and the inspection must not send a single write request.
 */
import { createHash, randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startForgeEmulator, type EmuAsset, type ForgeEmulator } from '../../src/emulator/forge.js';
import { inspectRelease } from '../../src/publishing/inspect.js';
import { SettingsError } from '../../src/platform/errors.js';
import { writeRequests } from '../helpers/forge-publish.js';

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

function asset(name: string, data: Buffer, state: EmuAsset['state'] = 'uploaded'): EmuAsset {
  return { id: 20_000 + Math.floor(Math.random() * 1e6), uuid: randomUUID(), name, label: null, size: data.length, sha256: sha256(data), state, contentType: 'application/octet-stream', data, createdAt: '2026-01-01T00:00:00Z', downloadCount: 0 };
}

/** A signed release as the workflow publishes it: two binaries, their .minisig, SHA256SUMS and its .minisig. */
function signedAssets(): EmuAsset[] {
  const bins = { 'agent-linux-x86_64': Buffer.from(`linux ${randomUUID()}`), 'agent-windows-x86_64.exe': Buffer.from(`windows ${randomUUID()}`) };
  const sums = Object.entries(bins).map(([n, b]) => `${sha256(b)}  ${n}\n`).join('');
  const sig = (n: string) => asset(`${n}.minisig`, Buffer.from(`untrusted comment: signature of ${n}\n`));
  return [...Object.entries(bins).flatMap(([n, b]) => [asset(n, b), sig(n)]), asset('SHA256SUMS', Buffer.from(sums)), sig('SHA256SUMS')];
}

let emu: ForgeEmulator | undefined;
afterEach(async () => {
  emu?.assertNoViolations();
  await emu?.close();
  emu = undefined;
});

describe.each(['github', 'gitea', 'forgejo'] as const)('inspectRelease on %s', (mode) => {
  const inspect = (tag = 'v0.4.0-beta.1', token?: string) =>
    inspectRelease({ tag, forge: { forge: mode, apiUrl: emu!.apiUrl, token: token ?? emu!.token, repository: `${emu!.owner}/${emu!.repo}` } });
  const writes = () => writeRequests(emu!);

  it('published with every file its SHA256SUMS names (and their signatures): complete, nothing written', async () => {
    emu = await startForgeEmulator({ mode });
    const rel = emu.seedRelease({ tagName: 'v0.4.0-beta.1', draft: false, prerelease: true, publishedAt: '2026-01-02T00:00:00Z' });
    rel.assets.push(...signedAssets());
    const logs: string[] = [];
    const r = await inspectRelease({ tag: 'v0.4.0-beta.1', forge: { forge: mode, apiUrl: emu.apiUrl, token: emu.token, repository: `${emu.owner}/${emu.repo}` }, log: (l) => logs.push(l) });
    expect({ state: r.state, complete: r.complete, missing: r.missing, id: r.releaseId }).toEqual({ state: 'published', complete: true, missing: [], id: rel.id });
    expect(r.assets.map((a) => a.name).sort()).toEqual(rel.assets.map((a) => a.name).sort());
    expect(logs.join('\n')).toContain('v0.4.0-beta.1 is already released; nothing to do');
    expect(writes()).toEqual([]);
  });

  it('a published release lacking a listed file, a signature, or with a partial leftover is not complete (each named)', async () => {
    emu = await startForgeEmulator({ mode });
    const rel = emu.seedRelease({ tagName: 'v0.4.0-beta.1', draft: false, prerelease: true, publishedAt: '2026-01-02T00:00:00Z' });
    rel.assets.push(...signedAssets().filter((a) => a.name !== 'agent-windows-x86_64.exe' && a.name !== 'agent-linux-x86_64.minisig'));
    rel.assets.push(asset('relforge-partial-0badc0de-agent-linux-x86_64', Buffer.from('x')));
    const r = await inspect();
    expect(r.state).toBe('published');
    expect(r.complete).toBe(false);
    expect(r.missing).toEqual(expect.arrayContaining(['agent-windows-x86_64.exe is missing', 'agent-linux-x86_64.minisig is missing', '1 leftover(s) of an interrupted replacement']));
    expect(r.missing).toHaveLength(3);
    expect(writes()).toEqual([]);
  });

  it('without a pinned key, a lone manifest.json.minisig (packages) does not make every file need a signature', async () => {
    emu = await startForgeEmulator({ mode });
    const rel = emu.seedRelease({ tagName: 'v1.0.0', draft: false, publishedAt: '2026-01-02T00:00:00Z' });
    const bin = Buffer.from('unsigned build');
    rel.assets.push(asset('agent', bin), asset('SHA256SUMS', Buffer.from(`${sha256(bin)}  agent\n`)), asset('manifest.json', Buffer.from('{}')), asset('manifest.json.minisig', Buffer.from('sig')));
    expect((await inspect('v1.0.0')).missing).toEqual([]);
    rel.assets.push(asset('SHA256SUMS.minisig', Buffer.from('sig')));
    expect((await inspect('v1.0.0')).missing).toEqual(['agent.minisig is missing']);
  });

  it('no SHA256SUMS, or one that is not a checksum list: not complete (the workflow then runs in full)', async () => {
    emu = await startForgeEmulator({ mode });
    const rel = emu.seedRelease({ tagName: 'v1.0.0', draft: false, publishedAt: '2026-01-02T00:00:00Z' });
    rel.assets.push(asset('agent-linux-x86_64', Buffer.from('bin')));
    expect((await inspect('v1.0.0')).missing).toEqual(['SHA256SUMS is missing']);
    rel.assets.push(asset('SHA256SUMS', Buffer.from('<html>not a list</html>\n')));
    const r = await inspect('v1.0.0');
    expect(r.complete).toBe(false);
    expect(r.missing.join('\n')).toMatch(/SHA256SUMS cannot be read/);
  });

  it('a draft, or no release at all, is not complete; a tag without a release is "none"', async () => {
    emu = await startForgeEmulator({ mode });
    const draft = emu.seedRelease({ tagName: 'v0.4.0-beta.1', draft: true });
    draft.assets.push(...signedAssets());
    expect(await inspect()).toMatchObject({ state: 'draft', complete: false, releaseId: draft.id });
    expect(await inspect('v9.9.9')).toMatchObject({ state: 'none', complete: false, releaseId: null, assets: [] });
    expect(writes()).toEqual([]);
  });

  it('needs a token (drafts are invisible without one) and a usable tag; both refused before any request', async () => {
    emu = await startForgeEmulator({ mode });
    const err = await inspect('v1 .2', '').then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(SettingsError);
    expect((err as SettingsError).problems.map((p) => (typeof p === 'string' ? p : p.field)).sort()).toEqual(['tag', 'token']);
    expect(emu.state.requests).toHaveLength(0);
  });
});
