/**
 * Issue 20: windows-signing-required. With it, every Windows file of a package set — by name (.exe/.dll/.msi/
 * .msix/.sys) or by content (a PE or MSI whatever it is called and whatever platform it is mapped to) — must carry a
 * valid, timestamped Authenticode signature under the trusted roots, or nothing is published. Real PE fixtures
 * signed with osslsigncode by the test PKI (test/fixtures/authenticode.ts); the verdicts expected here follow from
 * how each fixture was made, not from relforge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { signFile } from '../../src/signing/minisign/signer.js';
import { uploadPackages, type UploadSettings } from '../../src/packages/upload-packages.js';
import { uploadPackagesRequest, type UploadPackagesValues } from '../../src/packages/settings.js';
import { MICROSOFT_ID_VERIFICATION_ROOT_2020_PEM } from '../../src/signing/authenticode/microsoft-root.js';
import { windowsFileKind } from '../../src/signing/authenticode/core/kind.js';
import { buildPe } from '../fixtures/authenticode.js';
import { requireTool } from '../helpers/tools.js';
import { useUpdateServer } from './fixtures.js';

const suite = useUpdateServer('win-sign-token-77a1');
const tools = !!(requireTool('osslsigncode', 'apt-get install osslsigncode') && requireTool('openssl', 'apt-get install openssl'));

describe('windowsFileKind (by content)', () => {
  it('a PE whatever its name, an MSI by its OLE header, not a file that merely starts with MZ', () => {
    expect(windowsFileKind(buildPe({ codeSize: 0x400 }))).toBe('pe');
    expect(windowsFileKind(Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), randomBytes(64)]))).toBe('msi');
    expect(windowsFileKind(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]))).toBeUndefined();
    expect(windowsFileKind(randomBytes(4096).fill(0, 0, 2))).toBeUndefined();
  });
});

describe.skipIf(!tools)('windows-signing-required', () => {
  let fx: Awaited<ReturnType<typeof import('../fixtures/authenticode.js')['buildAuthenticodeFixtures']>>;
  beforeAll(async () => {
    const { buildAuthenticodeFixtures } = await import('../fixtures/authenticode.js');
    fx = await buildAuthenticodeFixtures({ msi: false, only: ['pe-signed', 'pe-wrong-root'] });
  }, 120_000);
  afterAll(async () => fx?.cleanup());

  /** The files (bytes from fixtures or random) minisign-signed into a fresh dir, mapped platform → name. */
  async function set(files: Record<string, [name: string, bytes: Buffer]>): Promise<{ dir: string; packages: UploadSettings['packages'] }> {
    const dir = join(suite.dir, `set-${randomBytes(3).toString('hex')}`);
    mkdirSync(dir);
    const packages: UploadSettings['packages'] = [];
    for (const [platform, [name, bytes]] of Object.entries(files)) {
      writeFileSync(join(dir, name), bytes);
      writeFileSync(join(dir, `${name}.minisig`), (await signFile(join(dir, name), suite.k.key, { trustedComment: 'version:1.3.0' })).signature);
      packages.push({ platform, path: join(dir, name) });
    }
    return { dir, packages };
  }
  const trust = () => ({ roots: fx.pki.root.certPem, tsaRoots: fx.pki.tsaRoot.certPem });
  const run = (s: { dir: string; packages: UploadSettings['packages'] }, over: Partial<UploadSettings>) =>
    uploadPackages(suite.httpSettings(s.dir, '/api/v1/packages/{product}/{version}/{platform}/{file}', { packages: s.packages, dryRun: true, ...over }));
  const file = (k: string) => readFileSync(fx.files[k]!);

  it('refuses an unsigned installer, and an unsigned PE whose name and platform say nothing of Windows', async () => {
    const named = await set({ 'windows-x86_64-nsis': ['Notely_1.3.0_x64-setup.exe', file('pe-unsigned')], 'linux-x86_64': ['notely.AppImage', randomBytes(1024)] });
    await expect(run(named, { authenticode: trust(), windowsSigningRequired: true })).rejects.toThrow(/Notely_1\.3\.0_x64-setup\.exe \(windows-x86_64-nsis\): .*windows-signing-required is set/s);
    const hidden = await set({ 'linux-x86_64': ['notely-helper.bin', file('pe-unsigned')] });
    await expect(run(hidden, { authenticode: trust(), windowsSigningRequired: true })).rejects.toThrow(/notely-helper\.bin \(linux-x86_64\): .*windows-signing-required is set/s);
    // Without the setting: a root alone checks .exe/.msi files of Windows platforms only; the hidden PE is not checked.
    await expect(run(named, { authenticode: trust() })).rejects.toThrow(/Authenticode/);
    await expect(run(hidden, {})).resolves.toBeDefined();
  });

  it('accepts a validly signed PE and records its signer; refuses one signed under another root', async () => {
    const ok = await set({ 'windows-x86_64-nsis': ['Notely_1.3.0_x64-setup.exe', file('pe-signed')], 'linux-x86_64': ['notely.AppImage', randomBytes(1024)] });
    const res = await run(ok, { authenticode: trust(), windowsSigningRequired: true });
    expect(res.manifest.packages.find((p) => p.platform === 'windows-x86_64-nsis')!.signatures.authenticode?.subject).toContain(`CN=${/CN=([^\n]+)/.exec(fx.pki.leaf.subject)![1]!}`);
    const wrong = await set({ 'windows-x86_64-nsis': ['Notely_1.3.0_x64-setup.exe', file('pe-wrong-root')] });
    await expect(run(wrong, { authenticode: trust(), windowsSigningRequired: true })).rejects.toThrow(/\[chain\].*windows-signing-required/s);
  });

  it('from the options: no authenticode-root means the Trusted Signing root (Microsoft\'s), not "no check"', async () => {
    const values = { product: 'notely', version: '1.3.0', 'public-key': suite.k.publicKey, 'windows-signing-required': true, 'package-files': ['*.exe'], 'authenticode-eku': [], fragments: [], 'require-platforms': [] };
    const s = await set({ 'windows-x86_64': ['Notely_1.3.0_x64-setup.exe', file('pe-signed')] });
    const req = await uploadPackagesRequest(values as unknown as UploadPackagesValues, { kind: 'cli', cwd: s.dir, env: {}, log: () => {} });
    expect(req.settings.authenticode?.roots).toBe(MICROSOFT_ID_VERIFICATION_ROOT_2020_PEM);
    expect(req.settings.windowsSigningRequired).toBe(true);
  });
});
