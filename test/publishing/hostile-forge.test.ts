/**
 * Issue 13 (cases 1, 2, 3, 5) and issue 14 (Gitea content check) against the forge emulator made hostile on
 * demand. Each test fails on the code before the fix: the token reached another origin, a token straddling a
 * cut leaked in part, a published release lost an asset (or was edited on a same-file re-run), userinfo in
 * api-url was accepted, a corrupted asset over 64 MiB was published.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startForgeEmulator, type EmulatorMode, type EmuAsset, type ForgeEmulator, type ForgeEmulatorOptions } from '../../src/emulator/forge.js';
import { publishRelease, type PublishReleaseSettings } from '../../src/publishing/publish-release.js';
import { publishToEmulator, writeRequests } from '../helpers/forge-publish.js';
import { createForge } from '../../src/publishing/forge/index.js';
import { clearSecrets } from '../../src/platform/secrets.js';
import { RelforgeError, SettingsError } from '../../src/platform/errors.js';
import { runCommand } from '../../src/cli/args.js';
import publishCommand from '../../src/cli/publish.js';

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

interface Ctx {
  emu: ForgeEmulator;
  dir: string;
  logs: string[];
  run(extra?: Partial<PublishReleaseSettings>): ReturnType<typeof publishRelease>;
}
let ctx: Ctx | undefined;

async function setup(mode: EmulatorMode, emuOpts: Partial<ForgeEmulatorOptions> = {}, files: Record<string, Buffer> = { 'app.tar.gz': Buffer.from(`app ${randomUUID()}`), 'notes.txt': Buffer.from('notes v1\n') }): Promise<Ctx> {
  const emu = await startForgeEmulator({ mode, ...emuOpts });
  const dir = mkdtempSync(join(tmpdir(), 'relforge-hostile-'));
  for (const [n, b] of Object.entries(files)) writeFileSync(join(dir, n), b);
  const logs: string[] = [];
  ctx = {
    emu,
    dir,
    logs,
    run: (extra = {}) => publishToEmulator(emu, mode, dir, logs, { baseDelayMs: 2, maxDelayMs: 5, attempts: 2 }, extra),
  };
  return ctx;
}

afterEach(async () => {
  clearSecrets();
  if (!ctx) return;
  const c = ctx;
  ctx = undefined;
  await c.emu.close();
  rmSync(c.dir, { recursive: true, force: true });
  c.emu.assertNoViolations();
});

const writes = (c: Ctx) => writeRequests(c.emu);
const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as Error);

function seedAsset(name: string, data: Buffer): EmuAsset {
  return { id: 50_000 + Math.floor(Math.random() * 1e6), uuid: randomUUID(), name, label: null, size: data.length, sha256: sha256(data), state: 'uploaded', contentType: 'application/octet-stream', data, createdAt: '2026-01-01T00:00:00Z', downloadCount: 0 };
}

describe('case 1: the token goes only to the configured API origin', () => {
  it.each(['github', 'gitea'] as const)('%s: a Link rel="next" to another origin is refused, naming it; the token never leaves (dry run too)', async (mode) => {
    const c = await setup(mode, { hostile: { foreignNextLink: true } });
    for (let i = 0; i < 120; i++) c.emu.seedRelease({ tagName: `v0.0.${i}` }); // more than one page (GitHub 100, Gitea 50)
    for (const dryRun of [true, false]) {
      const err = await failure(c.run({ dryRun }));
      expect(err).toBeInstanceOf(RelforgeError);
      expect(err!.message).toContain(`Refusing to send the forge token to ${c.emu.elsewhere.url}`);
    }
    expect(c.emu.elsewhere.requests).toEqual([]);
    expect(writes(c)).toEqual([]);
  });

  it.each(['gitea', 'forgejo'] as const)('%s: browser_download_url on another origin never gets the token; content is read at /attachments on the API origin', async (mode) => {
    const c = await setup(mode, { hostile: { foreignDownloadUrls: true } });
    await c.run();
    await c.run(); // the re-run reads every asset back to compare
    expect(c.emu.elsewhere.requests.filter((q) => q.credential)).toEqual([]);
    const reads = c.emu.state.requests.filter((q) => q.path.startsWith('/attachments/'));
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((q) => q.authorization === 'present')).toBe(true);
    expect(c.emu.releasesFor('v1.2.3')[0]!.draft).toBe(false);
  });

  it('github: an upload_url on another origin is refused before any byte is sent; nothing is published', async () => {
    const c = await setup('github', { hostile: { foreignUploadUrl: true } });
    const err = await failure(c.run());
    expect(err?.message).toMatch(new RegExp(`Refusing to send the forge token to ${c.emu.elsewhere.url.replace(/\./g, '\\.')}`));
    expect(c.emu.elsewhere.requests).toEqual([]);
    expect(c.emu.releasesFor('v1.2.3').filter((r) => !r.draft)).toEqual([]);
  });

  it('github without digests: assets are read back through the 302 to object storage, which gets no credential', async () => {
    const c = await setup('github', { digests: false });
    await c.run();
    const objects = c.emu.elsewhere.requests.filter((q) => q.path.startsWith('/_objects/'));
    expect(objects.length).toBe(3); // two files + SHA256SUMS
    expect(objects.every((q) => !q.credential)).toBe(true);
  });
});

describe('case 2: external text is redacted, then truncated', () => {
  const token = `tok_${randomUUID().replace(/-/g, '')}`;
  /** No 8-character piece of the token may appear, wherever the body was cut. */
  const expectNoPiece = (text: string, label: string) => {
    for (let i = 0; i + 8 <= token.length; i++) expect(text.includes(token.slice(i, i + 8)), `${label}: "${token.slice(i, i + 8)}" leaked`).toBe(false);
  };
  // The cuts: describeFailure 500, GitHub 422 detail 300, a non-JSON body 200 (each + the "…" marker).
  const around = (cut: number) => Array.from({ length: token.length + 4 }, (_, k) => cut - token.length - 2 + k);

  it.each([
    ['github', 'create', 'text', 400, 500],
    ['gitea', 'create', 'text', 400, 500],
    ['github', 'create', 'message', 400, 500],
    ['github', 'create', 'text', 422, 300],
    ['github', 'create', 'errors', 422, 300],
    ['gitea', 'get', 'text', 200, 200],
  ] as const)('%s %s: %s body (HTTP %i) echoing the token across the %i-character cut', async (mode, op, shape, status, cut) => {
    const emu = await startForgeEmulator({ mode, token });
    try {
      // The adapter registers the token itself: a library caller needs no registerSecret().
      const forge = createForge({ forge: mode, apiUrl: emu.apiUrl, token, repository: `${emu.owner}/${emu.repo}`, retry: { attempts: 1 } });
      const draft = op === 'get' ? await forge.createDraft({ tagName: 'v1' }) : undefined;
      for (const pad of around(cut)) {
        emu.faults.add({ op, kind: 'echo-token', pad, shape, status });
        const err = await failure(op === 'get' ? forge.getRelease(draft!.id) : forge.createDraft({ tagName: `v${pad}` }));
        expect(err, `pad ${pad}`).toBeInstanceOf(RelforgeError);
        expectNoPiece(`${err!.message}\n${String(err!.stack)}`, `pad ${pad}`);
      }
      expect(emu.faults.fired).toBe(around(cut).length);
    } finally {
      await emu.close();
    }
  });
});

describe('case 3: a published release never lacks an asset; re-running on the same files changes nothing', () => {
  it.each(['github', 'gitea'] as const)('%s: a differing asset on a published release is refused with the diff and the fix; nothing is written', async (mode) => {
    const c = await setup(mode);
    await c.run();
    writeFileSync(join(c.dir, 'notes.txt'), 'notes v2\n');
    writeFileSync(join(c.dir, 'extra.txt'), 'new file\n');
    const before = writes(c).length;
    for (const dryRun of [true, false]) {
      const err = await failure(c.run({ dryRun }));
      expect(err?.message, `dryRun ${dryRun}`).toMatch(/already published[\s\S]*replace notes\.txt \(content differs\)[\s\S]*replace-published-assets: true/);
    }
    expect(writes(c).length).toBe(before);
    const r = c.emu.releasesFor('v1.2.3')[0]!;
    expect(r.assets.find((a) => a.name === 'notes.txt')!.sha256).toBe(sha256('notes v1\n'));
  });

  it.each(['github', 'gitea'] as const)('%s: only additions complete a published release (SHA256SUMS swapped, never missing)', async (mode) => {
    const missing: string[] = [];
    const c = await setup(mode, { hostile: { onAnswer: watch('SHA256SUMS', missing) } });
    await c.run();
    writeFileSync(join(c.dir, 'extra.txt'), 'new file\n');
    await c.run();
    const r = c.emu.releasesFor('v1.2.3')[0]!;
    expect(r.assets.map((a) => a.name).sort()).toEqual(['SHA256SUMS', 'app.tar.gz', 'extra.txt', 'notes.txt']);
    expect(r.assets.find((a) => a.name === 'SHA256SUMS')!.data!.toString()).toContain('  extra.txt\n');
    // Gitea keeps same-name duplicates: never missing. GitHub: absent only between the DELETE and the rename.
    expect(missing).toEqual(mode === 'github' ? GITHUB_GAP : []);
  });

  it.each(['github', 'gitea'] as const)('%s: replace-published-assets with the upload failing mid-way leaves the published asset in place; the re-run replaces it', async (mode) => {
    const missing: string[] = [];
    const c = await setup(mode, { hostile: { onAnswer: watch('notes.txt', missing) } });
    await c.run();
    writeFileSync(join(c.dir, 'notes.txt'), 'notes v2\n');
    c.emu.faults.add({ op: 'upload', kind: '502', stage: 'mid-body', times: 1000 });
    await expect(c.run({ replacePublishedAssets: true })).rejects.toThrow(RelforgeError);
    const r = c.emu.releasesFor('v1.2.3')[0]!;
    expect(r.draft).toBe(false);
    expect(r.assets.filter((a) => a.name === 'notes.txt' && a.state === 'uploaded').map((a) => a.sha256)).toEqual([sha256('notes v1\n')]);
    expect(missing).toEqual([]);
    c.emu.faults.clear();
    await c.run({ replacePublishedAssets: true });
    const names = r.assets.map((a) => a.name).sort();
    expect(names).toEqual(['SHA256SUMS', 'app.tar.gz', 'notes.txt']);
    expect(r.assets.find((a) => a.name === 'notes.txt')!.sha256).toBe(sha256('notes v2\n'));
    expect(missing).toEqual(mode === 'github' ? GITHUB_GAP : []);
    // and a re-run of that success changes nothing
    const before = writes(c).length;
    await c.run({ replacePublishedAssets: true });
    expect(writes(c).length).toBe(before);
  });

  it('github: a replacement interrupted after the old asset was removed is finished by the re-run without uploading again', async () => {
    const c = await setup('github');
    await c.run();
    writeFileSync(join(c.dir, 'notes.txt'), 'notes v2\n');
    c.emu.faults.add({ op: 'repos/update-release-asset', kind: 'status', status: 500, times: 1000 });
    await expect(c.run({ replacePublishedAssets: true })).rejects.toThrow(RelforgeError);
    c.emu.faults.clear();
    const uploads = () => c.emu.state.requests.filter((q) => q.operationId === 'repos/upload-release-asset').length;
    const before = uploads();
    await c.run({ replacePublishedAssets: true });
    const r = c.emu.releasesFor('v1.2.3')[0]!;
    expect(r.assets.map((a) => a.name).sort()).toEqual(['SHA256SUMS', 'app.tar.gz', 'notes.txt']);
    expect(r.assets.find((a) => a.name === 'notes.txt')!.sha256).toBe(sha256('notes v2\n'));
    expect(uploads() - before).toBe(1); // SHA256SUMS only: notes.txt was renamed into place
  });

  it.each(['github', 'gitea'] as const)('%s: a re-run of a successful publish on the same files sends no write request', async (mode) => {
    const c = await setup(mode);
    const first = await c.run();
    const before = writes(c).length;
    const again = await c.run();
    expect(writes(c).length).toBe(before);
    expect(again.actions).toEqual([]);
    expect(again.assets).toEqual(first.assets);
  });
});

/**
 * Watches the published release v1.2.3 after every answer: records the request after which `name` went
 * missing and the one after which it was back. On GitHub (no same-name duplicates) the gap must be exactly
 * one DELETE closed by the rename PATCH — not a whole upload.
 */
function watch(name: string, out: string[]) {
  let missing = false;
  return (q: { operationId?: string }, st: { releases: Array<{ tagName: string; draft: boolean; assets: Array<{ name: string; state: string }> }> }) => {
    const r = st.releases.find((x) => x.tagName === 'v1.2.3' && !x.draft);
    const now = !!r && !r.assets.some((a) => a.name === name && a.state === 'uploaded');
    if (now !== missing) out.push(`${now ? 'missing after' : 'back after'} ${q.operationId ?? '?'}`);
    missing = now;
  };
}
const GITHUB_GAP = ['missing after repos/delete-release-asset', 'back after repos/update-release-asset'];

describe('case 5: api-url with a user name or password', () => {
  it('is refused by the library and the CLI, without echoing the password, before any request', async () => {
    const c = await setup('gitea');
    const url = c.emu.apiUrl.replace('http://', 'http://ci:hunter2pass@');
    const err = await failure(c.run({ forge: { forge: 'gitea', apiUrl: url, token: c.emu.token, repository: 'acme/widget' } }));
    expect(err).toBeInstanceOf(SettingsError);
    expect(err!.message).toMatch(/^Input "api-url" must not contain a user name or password/);
    expect(err!.message).not.toContain('hunter2pass');
    const cli = await failure(runCommand(publishCommand, ['--tag', 'v1.2.3', '--files', join(c.dir, '*'), '--api-url', url, '--repository', 'acme/widget', '--forge', 'gitea'], { RELFORGE_TOKEN: c.emu.token }));
    expect(cli?.message).toMatch(/^--api-url must not contain a user name or password/);
    expect(cli?.message).not.toContain('hunter2pass');
    expect(c.emu.state.requests).toEqual([]);
  });
});

describe('issue 14: Gitea/Forgejo assets are verified by content whatever their size', () => {
  it.each(['gitea', 'forgejo'] as const)('%s: a 70 MiB asset stored with one byte changed fails verification and is not published', async (mode) => {
    const dir = mkdtempSync(join(tmpdir(), 'relforge-big-'));
    try {
      const big = join(dir, 'big.bin');
      const fd = openSync(big, 'w');
      const chunk = Buffer.alloc(1024 * 1024, 0x5a);
      for (let i = 0; i < 70; i++) writeSync(fd, chunk);
      closeSync(fd);
      const c = await setup(mode, { hostile: { corruptStored: ['big.bin'] } }, {});
      const err = await failure(c.run({ files: [big], checksums: false }));
      expect(err?.message).toMatch(/Verification of release v1\.2\.3 failed[\s\S]*big\.bin on the forge has SHA-256/);
      expect(c.emu.releasesFor('v1.2.3').filter((r) => !r.draft)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
