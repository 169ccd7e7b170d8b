/**
 * Issue 13 case 8: the verifier requires the expected product (library and CLI) and refuses a manifest of another
 * product signed by the same key; signing a manifest for channel stable with a prerelease version is refused.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UpdateServer } from '../emulators/update-server.js';
import { httpTarget, stagePackages, uploadPackages, type UploadSettings } from '../../src/packages/upload-packages.js';
import { verifyPackage, type VerifyPackageOptions } from '../../src/packages/verify-package.js';
import { runCommand } from '../../src/cli/args.js';
import verifyCli from '../../src/cli/verify-package.js';
import { PLATFORM_FILES, buildSet, setSettings, updateServerSuite, type Keys } from './fixtures.js';

const suite = updateServerSuite('tok-case8-3a9d51ee');
let k: Keys;
let server: UpdateServer;
let dir: string;

async function setup(): Promise<void> {
  ({ k, server, dir } = await suite.setup());
}

function settings(product: string, version: string, src: string, over: Partial<UploadSettings> = {}): UploadSettings {
  const target = httpTarget({ uploadUrl: `${server.url}/{product}/{version}/{platform}/{file}`, token: server.token, attempts: 1, baseDelayMs: 1 });
  return setSettings(k, src, target, { product, version, created: '2026-11-22T12:00:00Z', ...over });
}

describe('issue 13 case 8: the expected product', () => {
  it('a manifest of another product signed by the same key is refused; without a product the verifier does not decide', async () => {
    await setup();
    // One release key signs two products; the update channel of "agent" is made to serve the "updater" manifest.
    const agent = await uploadPackages(settings('agent', '1.3.0', await buildSet(join(dir, 'agent'), '1.3.0', k.key)));
    const updater = await uploadPackages(settings('updater', '9.0.0', await buildSet(join(dir, 'updater'), '9.0.0', k.key)));
    const served = (r: typeof agent): Omit<VerifyPackageOptions, 'product'> => ({
      manifest: readFileSync(r.manifestPath),
      signature: readFileSync(r.manifestSignaturePath, 'utf8'),
      publicKey: k.publicKey,
      platform: 'linux-x86_64',
      installed: '1.2.0',
    });
    expect(await verifyPackage({ ...served(agent), product: 'agent' })).toMatchObject({ action: 'install', version: '1.3.0' });
    expect(await verifyPackage({ ...served(updater), product: 'agent' })).toMatchObject({ action: 'refuse', reason: 'product-mismatch', exitCode: 20 });
    // The same for the one-file form.
    expect(await verifyPackage({ ...served(updater), manifest: readFileSync(updater.signedManifestPath), signature: undefined, product: 'agent' })).toMatchObject({ reason: 'product-mismatch' });
    // JavaScript callers that leave it out get an error naming the option, never a decision.
    await expect(verifyPackage({ ...served(updater) } as VerifyPackageOptions)).rejects.toThrow(/"product" is required/);
    await expect(verifyPackage({ ...served(updater), product: ' ' })).rejects.toThrow(/"product" is required/);
  });

  it('relforge verify-package: --product is required (usage error, exit 2) and a mismatch exits 20', async () => {
    await setup();
    const updater = await uploadPackages(settings('updater', '9.0.0', await buildSet(join(dir, 'updater'), '9.0.0', k.key)));
    const argv = ['--manifest', updater.manifestPath, '--public-key', k.publicKey.split('\n')[1]!, '--platform', 'linux-x86_64', '--installed', '1.2.0'];
    const quiet = { log: console.log, error: console.error };
    const out: string[] = [];
    console.log = (m: string) => void out.push(m);
    console.error = (m: string) => void out.push(m);
    try {
      await expect(runCommand(verifyCli, argv)).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/^--product is required/) });
      expect(await runCommand(verifyCli, [...argv, '--product', 'agent'])).toBe(20);
      expect(out.join('\n')).toMatch(/refused \(product-mismatch\): the manifest is for product "updater", expected "agent"/);
    } finally {
      Object.assign(console, quiet);
    }
  });
});

describe('issue 13 case 8: channel stable with a prerelease version', () => {
  it('is refused when signing (upload, dry run and stage); nothing is sent', async () => {
    await setup();
    const src = await buildSet(join(dir, 'beta'), '1.4.0-beta.1', k.key);
    for (const over of [{}, { dryRun: true }]) {
      await expect(uploadPackages(settings('agent', '1.4.0-beta.1', src, { channel: 'stable', ...over }))).rejects.toThrow(
        /Input "channel" is "stable" but version 1\.4\.0-beta\.1 is a prerelease: stable agents would be offered it\. Leave the channel empty \(it becomes "beta"\)/,
      );
    }
    await expect(stagePackages({ product: 'agent', version: '1.4.0-beta.1', channel: 'stable', publicKey: k.publicKey, packages: [{ path: join(src, PLATFORM_FILES['linux-x86_64']!) }], outDir: join(dir, 'stage') })).rejects.toThrow(
      /Input "channel" is "stable"/,
    );
    expect(server.requests).toEqual([]);
    // The default channel of a prerelease, and an explicit prerelease channel, are fine.
    expect((await uploadPackages(settings('agent', '1.4.0-beta.1', src, { dryRun: true }))).manifest.channel).toBe('beta');
    expect((await uploadPackages(settings('agent', '1.4.0-beta.1', src, { dryRun: true, channel: 'canary' }))).manifest.channel).toBe('canary');
  });
});
