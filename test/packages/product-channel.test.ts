/**
 * Issue 13 case 8: the verifier requires the expected product (library and CLI) and refuses a manifest of another
 * product signed by the same key; signing a manifest for channel stable with a prerelease version is refused.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stagePackages, uploadPackages, type UploadSettings } from '../../src/packages/upload-packages.js';
import { verifyPackage, type VerifyPackageOptions } from '../../src/packages/verify-package.js';
import { runCommand } from '../../src/cli/args.js';
import verifyCli from '../../src/cli/verify-package.js';
import { PLATFORM_FILES, buildSet, useUpdateServer } from './fixtures.js';

const suite = useUpdateServer('tok-case8-3a9d51ee');

const settings = (product: string, version: string, src: string, over: Partial<UploadSettings> = {}): UploadSettings =>
  suite.httpSettings(src, '/{product}/{version}/{platform}/{file}', { product, version, ...over });

describe('issue 13 case 8: the expected product', () => {
  it('a manifest of another product signed by the same key is refused; without a product the verifier does not decide', async () => {
    // One release key signs two products; the update channel of "agent" is made to serve the "updater" manifest.
    const agent = await uploadPackages(settings('agent', '1.3.0', await buildSet(join(suite.dir, 'agent'), '1.3.0', suite.k.key)));
    const updater = await uploadPackages(settings('updater', '9.0.0', await buildSet(join(suite.dir, 'updater'), '9.0.0', suite.k.key)));
    const served = (r: typeof agent): Omit<VerifyPackageOptions, 'product'> => ({
      manifest: readFileSync(r.manifestPath),
      signature: readFileSync(r.manifestSignaturePath, 'utf8'),
      publicKey: suite.k.publicKey,
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
    const updater = await uploadPackages(settings('updater', '9.0.0', await buildSet(join(suite.dir, 'updater'), '9.0.0', suite.k.key)));
    const argv = ['--manifest', updater.manifestPath, '--public-key', suite.k.publicKey.split('\n')[1]!, '--platform', 'linux-x86_64', '--installed', '1.2.0'];
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
    const src = await buildSet(join(suite.dir, 'beta'), '1.4.0-beta.1', suite.k.key);
    for (const over of [{}, { dryRun: true }]) {
      await expect(uploadPackages(settings('agent', '1.4.0-beta.1', src, { channel: 'stable', ...over }))).rejects.toThrow(
        /Input "channel" is "stable" but version 1\.4\.0-beta\.1 is a prerelease: stable agents would be offered it\. Leave the channel empty \(it becomes "beta"\)/,
      );
    }
    await expect(stagePackages({ product: 'agent', version: '1.4.0-beta.1', channel: 'stable', publicKey: suite.k.publicKey, packages: [{ path: join(src, PLATFORM_FILES['linux-x86_64']!) }], outDir: join(suite.dir, 'stage') })).rejects.toThrow(
      /Input "channel" is "stable"/,
    );
    expect(suite.server.requests).toEqual([]);
    // The default channel of a prerelease, and an explicit prerelease channel, are fine.
    expect((await uploadPackages(settings('agent', '1.4.0-beta.1', src, { dryRun: true }))).manifest.channel).toBe('beta');
    expect((await uploadPackages(settings('agent', '1.4.0-beta.1', src, { dryRun: true, channel: 'canary' }))).manifest.channel).toBe('canary');
  });
});
