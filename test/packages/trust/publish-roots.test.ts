/**
 * upload-packages `roots`: the root chain goes up first (before any package, long before the manifest), at a
 * version-independent URL on the http target, is never replaced, and is checked as agents check it before anything
 * moves. An agent that ships root 1 then follows the published chain to the rotated release key (update-server
 * emulator; the agent side is verifyPackage over http, the check independent of the publisher).
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPair, loadSigningKey, type SigningKey } from '../../../src/signing/minisign/signer.js';
import { signMessage } from '../../../src/signing/minisign/core/format.js';
import { addSignature, buildRoot, canonicalRootBytes, rootSigners, serializeRoot, type RootEnvelope } from '../../../src/packages/trust/core/root.js';
import { uploadPackages } from '../../../src/packages/upload-packages.js';
import { verifyPackage } from '../../../src/packages/verify-package.js';
import { buildSet, useUpdateServer } from '../fixtures.js';

const suite = useUpdateServer('update-server-token-7f3a');
const TEMPLATE = '/api/v1/packages/{product}/{version}/{platform}/{file}';

function sign(env: RootEnvelope, keys: SigningKey[], previous?: RootEnvelope): RootEnvelope {
  for (const k of keys) {
    const sig = signMessage(k.privateKey, k.keyId, canonicalRootBytes(env.signed), { trustedComment: `root-version:${env.signed.version}` });
    env = addSignature(env, sig, rootSigners(env.signed, previous?.signed)).envelope;
  }
  return env;
}

/** Root 1 trusts release key `old`; root 2 (signed by root key A) moves the release role to the suite's key. */
async function chain(dir: string, newestRelease: string, expires = '2099-01-01T00:00:00Z'): Promise<{ dir: string; root1: string; rootKey: SigningKey }> {
  const rootKey = await loadSigningKey((await generateKeyPair()).secretKey);
  const old = await generateKeyPair();
  const r1 = sign(buildRoot({ product: 'agent', version: 1, expires, rootKeys: [rootKey.publicKeyText], rootThreshold: 1, releaseKeys: [old.publicKey], releaseThreshold: 1 }), [rootKey]);
  const r2 = sign(buildRoot({ product: 'agent', version: 2, expires, rootKeys: [rootKey.publicKeyText], rootThreshold: 1, releaseKeys: [newestRelease], releaseThreshold: 1 }), [rootKey], r1);
  const roots = join(dir, 'roots');
  mkdirSync(roots, { recursive: true });
  writeFileSync(join(roots, '1.root.json'), serializeRoot(r1));
  writeFileSync(join(roots, '2.root.json'), serializeRoot(r2));
  return { dir: roots, root1: serializeRoot(r1), rootKey };
}

describe('upload-packages roots', () => {
  it('http: roots first at {base}/{product}/roots/N.root.json, then packages, manifest last; an agent shipping root 1 follows the rotation', async () => {
    const { server, k } = suite;
    const src = await buildSet(join(suite.dir, 'set'), '1.3.0', k.key);
    const roots = await chain(suite.dir, k.publicKey);
    const res = await uploadPackages(suite.httpSettings(src, TEMPLATE, { roots: roots.dir }));
    expect(res.files.slice(0, 2).map((f) => f.name)).toEqual(['1.root.json', '2.root.json']);
    const puts = server.requests.filter((r) => r.method === 'PUT' && r.status < 300).map((r) => r.path);
    expect(puts.slice(0, 2)).toEqual(['/api/v1/packages/agent/roots/1.root.json', '/api/v1/packages/agent/roots/2.root.json']);
    expect(puts.at(-1)).toBe('/api/v1/packages/agent/1.3.0/manifest.json');

    const manifest = server.read('/api/v1/packages/agent/1.3.0/manifest.json');
    const signature = server.read('/api/v1/packages/agent/1.3.0/manifest.json.minisig').toString('utf8');
    const agent = await verifyPackage({
      manifest,
      signature,
      trustRoot: roots.root1,
      roots: `${server.url}/api/v1/packages/agent/roots/{version}.root.json`,
      product: 'agent',
      platform: 'linux-x86_64',
      installed: '1.2.0',
    });
    expect(agent).toMatchObject({ action: 'install', version: '1.3.0' });
    expect(agent.root?.version).toBe(2);
    // The same files serve single-key agents that pin the release key.
    expect(await verifyPackage({ manifest, signature, publicKey: k.publicKey, product: 'agent', platform: 'linux-x86_64', installed: '1.2.0' })).toMatchObject({ action: 'install' });
    // Without root 2, the shipped root trusts only the old release key.
    expect(await verifyPackage({ manifest, signature, trustRoot: roots.root1, product: 'agent', platform: 'linux-x86_64', installed: '1.2.0' })).toMatchObject({ action: 'refuse', reason: 'wrong-key' });

    // A re-run converges; a root changed after publishing is never replaced.
    const again = await uploadPackages(suite.httpSettings(src, TEMPLATE, { roots: roots.dir }));
    expect(again.files.filter((f) => f.name.endsWith('.root.json')).map((f) => f.outcome)).toEqual(['unchanged', 'unchanged']);
    const other = await chain(join(suite.dir, 'other'), k.publicKey);
    await expect(uploadPackages(suite.httpSettings(src, TEMPLATE, { roots: other.dir }))).rejects.toThrow(/1\.root\.json, 2\.root\.json already published with other content.*never replaced/);
  });

  it('fail-closed before any upload: signing key not in the newest root, a gap, an expired newest root', async () => {
    const { server, k } = suite;
    const src = await buildSet(join(suite.dir, 'set'), '1.3.0', k.key);
    const stranger = await generateKeyPair();
    const notOurs = await chain(join(suite.dir, 'a'), stranger.publicKey);
    await expect(uploadPackages(suite.httpSettings(src, TEMPLATE, { roots: notOurs.dir }))).rejects.toThrow(/signing key [0-9A-F]{16} is not a release key of root 2/);
    const expired = await chain(join(suite.dir, 'b'), k.publicKey, '2020-01-01T00:00:00Z');
    await expect(uploadPackages(suite.httpSettings(src, TEMPLATE, { roots: expired.dir }))).rejects.toThrow(/would be refused by agents \(root-expired\)/);
    const gap = await chain(join(suite.dir, 'c'), k.publicKey);
    writeFileSync(join(gap.dir, '4.root.json'), '{}');
    await expect(uploadPackages(suite.httpSettings(src, TEMPLATE, { roots: gap.dir }))).rejects.toThrow(/gap — 3\.root\.json is missing/);
    expect(server.requests.filter((r) => r.method === 'PUT')).toEqual([]);
  });
});
