/**
 * The pure rules of src/packages/trust/core/root.ts beyond the conformance vectors: envelope details, boundaries,
 * and release thresholds through manifest.signed.json.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { signMessage } from '../../../src/signing/minisign/core/format.js';
import { MAX_ROOT_ROTATIONS, TrustError, parseRoot, serializeRoot, trustShippedRoot, verifyChain, type RootEnvelope } from '../../../src/packages/trust/core/root.js';
import { manifestTrustedComment, serializeManifest, serializeSignedManifest, type PackagesManifest } from '../../../src/packages/core/manifest.js';
import { verifyPackage } from '../../../src/packages/verify-package.js';
import { makeRoot, signRoot, testKey } from './vectors.js';

const A = testKey('root-a');
const B = testKey('root-b');
const R1 = testKey('release-1');
const R2 = testKey('release-2');
const NOW = new Date('2026-06-01T00:00:00Z');

const reason = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (err) {
    return err instanceof TrustError ? err.reason : `not a TrustError: ${(err as Error).message}`;
  }
};

describe('root metadata rules', () => {
  it('a declared keyId that disagrees with the key id inside the minisig never counts', () => {
    const env = signRoot(makeRoot({ version: 1, root: [A, B], rootThreshold: 2, release: [R1] }), [A, B]);
    const swapped: RootEnvelope = { ...env, signatures: env.signatures.map((s, i) => ({ ...s, keyId: env.signatures[1 - i]!.keyId })) };
    expect(reason(() => trustShippedRoot(serializeRoot(env)))).toBeUndefined();
    expect(reason(() => trustShippedRoot(JSON.stringify(swapped)))).toBe('root-bad-signature');
  });

  it('refuses unknown fields, a key in both roles, a key listed under another id, and unsorted key ids', () => {
    const base = makeRoot({ version: 1, root: [A], rootThreshold: 1, release: [R1] });
    const text = (signed: object) => JSON.stringify({ signed, signatures: [] });
    expect(reason(() => parseRoot(text({ ...base.signed, extra: 1 })))).toBe('invalid-root');
    expect(reason(() => parseRoot(text({ ...base.signed, roles: { root: { keyIds: [A.keyIdHex], threshold: 1 }, release: { keyIds: [A.keyIdHex], threshold: 1 } }, keys: { [A.keyIdHex]: A.line } })))).toBe('invalid-root');
    expect(reason(() => parseRoot(text({ ...base.signed, keys: { [A.keyIdHex]: R1.line, [R1.keyIdHex]: R1.line } })))).toBe('invalid-root');
    const two = makeRoot({ version: 1, root: [A, B], rootThreshold: 1, release: [R1] });
    expect(reason(() => parseRoot(text({ ...two.signed, roles: { ...two.signed.roles, root: { keyIds: [...two.signed.roles.root.keyIds].reverse(), threshold: 1 } } })))).toBe('invalid-root');
    expect(reason(() => parseRoot(JSON.stringify({ ...base, extra: true })))).toBe('invalid-root');
  });

  it('expiry: "now" equal to expires is expired; a second before is not', () => {
    const env = signRoot(makeRoot({ version: 1, root: [A], rootThreshold: 1, release: [R1], expires: '2026-06-01T00:00:00Z' }), [A]);
    expect(reason(() => verifyChain(serializeRoot(env), () => undefined, NOW))).toBe('root-expired');
    expect(reason(() => verifyChain(serializeRoot(env), () => undefined, new Date(NOW.getTime() - 1000)))).toBeUndefined();
  });

  it(`stops after ${MAX_ROOT_ROTATIONS} rotations (endless-data defence)`, () => {
    const roots = new Map<number, string>();
    let served = 0;
    const env = signRoot(makeRoot({ version: 1, root: [A], rootThreshold: 1, release: [R1] }), [A]);
    const next = (v: number) => {
      served++;
      if (!roots.has(v)) roots.set(v, serializeRoot(signRoot(makeRoot({ version: v, root: [A], rootThreshold: 1, release: [R1] }), [A])));
      return roots.get(v);
    };
    expect(reason(() => verifyChain(serializeRoot(env), next, NOW))).toBe('root-chain-too-long');
    expect(served).toBe(MAX_ROOT_ROTATIONS + 1);
  });
});

describe('release thresholds in manifest.signed.json', () => {
  const pkg = Buffer.from('package bytes\n');
  const root = serializeRoot(signRoot(makeRoot({ version: 1, root: [A], rootThreshold: 1, release: [R1, R2], releaseThreshold: 2 }), [A]));
  const m: PackagesManifest = {
    schema: 'relforge.packages/v1',
    product: 'agent',
    version: '1.0.0',
    channel: 'stable',
    commit: '',
    created: '2026-05-01T00:00:00Z',
    keyId: R1.keyIdHex,
    packages: [
      {
        platform: 'linux-x86_64',
        file: 'agent',
        size: pkg.length,
        sha256: createHash('sha256').update(pkg).digest('hex'),
        url: 'https://updates.example.com/agent/1.0.0/agent',
        signatures: {
          minisign: signMessage(R1.privateKey, R1.keyId, pkg, { trustedComment: 'version:1.0.0' }),
          minisignAdditional: [signMessage(R2.privateKey, R2.keyId, pkg, { trustedComment: 'version:1.0.0' })],
        } as PackagesManifest['packages'][number]['signatures'],
      },
    ],
  };
  const text = serializeManifest(m);
  const sig = (k: typeof R1) => signMessage(k.privateKey, k.keyId, Buffer.from(text), { trustedComment: manifestTrustedComment(m) });
  const envelope = (extra: string[]) => JSON.stringify({ ...JSON.parse(serializeSignedManifest({ manifest: text, minisign: sig(R1) })), minisignAdditional: extra });
  const run = (manifest: string) => verifyPackage({ manifest, trustRoot: root, product: 'agent', platform: 'linux-x86_64', installed: 'none', now: NOW });

  it('counts minisignAdditional in the one-file form; the same key twice counts once', async () => {
    expect(await run(envelope([sig(R2)]))).toMatchObject({ action: 'install' });
    expect(await run(envelope([sig(R1)]))).toMatchObject({ action: 'refuse', reason: 'release-threshold' });
    expect(await run(envelope([]))).toMatchObject({ action: 'refuse', reason: 'release-threshold' });
  });

  it('a pinned key and a trust root together are refused (one trust source)', async () => {
    await expect(verifyPackage({ manifest: envelope([]), trustRoot: root, publicKey: R1.pubText, product: 'agent', platform: 'linux-x86_64' })).rejects.toThrow(/never both/);
  });

  it('a shipped root of another product is refused', async () => {
    expect(await verifyPackage({ manifest: envelope([sig(R2)]), trustRoot: root, product: 'other', platform: 'linux-x86_64', now: NOW })).toMatchObject({ action: 'refuse', reason: 'root-product-mismatch' });
  });
});
