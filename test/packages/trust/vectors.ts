/**
 * The trust conformance vectors (conformance/trust/): a deterministic generator and relforge's runner.
 *
 * Determinism: every key is derived from its name (seed = SHA-256("relforge-conformance/trust/key/<name>"),
 * key id = the first 8 bytes of SHA-256("relforge-conformance/trust/keyid/<name>")), Ed25519 signatures are
 * deterministic, trusted comments carry no clock, and "now" is fixed per case. Running the generator twice
 * writes identical bytes (test/packages/trust/vectors.test.ts checks the committed directory against it).
 *
 * Regenerate: node --experimental-transform-types --disable-warning=ExperimentalWarning \
 *   --import ./scripts/demo-loader.mjs test/packages/trust/gen-vectors.ts
 */
import { createHash, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ed25519PrivateKey, formatPublicKey, publicKeyBase64, publicKeyFromSeed, sealSecretKey, signMessage } from '../../../src/signing/minisign/core/format.js';
import { canonicalRootBytes, serializeRoot, type RootEnvelope, type RootSigned } from '../../../src/packages/trust/core/root.js';
import { rootTrustedComment } from '../../../src/packages/trust/trust.js';
import { manifestTrustedComment, serializeManifest, type PackagesManifest } from '../../../src/packages/core/manifest.js';
import { verifyPackage, type VerifyPackageResult } from '../../../src/packages/verify-package.js';

export interface TestKey {
  name: string;
  keyId: Buffer;
  keyIdHex: string;
  privateKey: KeyObject;
  /** RW… line. */
  line: string;
  pubText: string;
  secretText: string;
}

const keyCache = new Map<string, TestKey>();

/** A fixed test key. `idOf` gives it another key's id (a deliberate key-id collision). */
export function testKey(name: string, idOf = name): TestKey {
  const cacheKey = `${name}/${idOf}`;
  const hit = keyCache.get(cacheKey);
  if (hit) return hit;
  const seed = createHash('sha256').update(`relforge-conformance/trust/key/${name}`).digest();
  const keyId = createHash('sha256').update(`relforge-conformance/trust/keyid/${idOf}`).digest().subarray(0, 8);
  const publicKey = publicKeyFromSeed(seed);
  const k: TestKey = {
    name,
    keyId,
    keyIdHex: Buffer.from(keyId).reverse().toString('hex').toUpperCase(),
    privateKey: ed25519PrivateKey(seed),
    line: publicKeyBase64(keyId, publicKey),
    pubText: formatPublicKey(keyId, publicKey),
    secretText: sealSecretKey({ keyId, seed, publicKey }, undefined, `TEST KEY ${name}: relforge conformance vectors only, never trust it`),
  };
  keyCache.set(cacheKey, k);
  return k;
}

export const PRODUCT = 'agent';
export const NOW = '2026-06-01T00:00:00Z';
export const LATER = '2027-06-01T00:00:00Z';
export const PAST = '2026-03-01T00:00:00Z';
export const PLATFORM = 'linux-x86_64';
export const PACKAGE_FILE = 'agent-linux-x86_64';
export const PACKAGE_BYTES = Buffer.from('relforge conformance package\n');
const VERSION = '1.2.0';

interface RootDef {
  version: number;
  root: TestKey[];
  rootThreshold: number;
  release: TestKey[];
  releaseThreshold?: number;
  expires?: string;
  product?: string;
}

export function makeRoot(d: RootDef): RootEnvelope {
  const keys: Record<string, string> = {};
  for (const k of [...d.root, ...d.release]) keys[k.keyIdHex] = k.line;
  const ids = (ks: TestKey[]) => ks.map((k) => k.keyIdHex).sort();
  const signed: RootSigned = {
    type: 'relforge-root',
    specVersion: '1',
    product: d.product ?? PRODUCT,
    version: d.version,
    expires: d.expires ?? LATER,
    roles: { root: { keyIds: ids(d.root), threshold: d.rootThreshold }, release: { keyIds: ids(d.release), threshold: d.releaseThreshold ?? 1 } },
    keys,
  };
  return { signed, signatures: [] };
}

/** Signs with each key in turn (duplicates allowed on purpose), over the canonical bytes of `signed`. */
export function signRoot(env: RootEnvelope, by: TestKey[], over: RootSigned = env.signed): RootEnvelope {
  const sigs = by.map((k) => ({
    keyId: k.keyIdHex,
    minisig: signMessage(k.privateKey, k.keyId, canonicalRootBytes(over), { trustedComment: rootTrustedComment(over), untrustedComment: `signature by test key ${k.name}` }),
  }));
  return { signed: env.signed, signatures: [...env.signatures, ...sigs] };
}

/** Root text; signatures kept in the order given (serializeRoot sorts them; duplicates are kept). */
function rootText(env: RootEnvelope): string {
  return serializeRoot(env);
}

interface ManifestDef {
  /** Signers of the manifest: the first is manifest.keyId and writes manifest.json.minisig. */
  signers: TestKey[];
  /** Signers of the package (default: signers). */
  packageSigners?: TestKey[];
  version?: string;
  alterAfterSigning?: boolean;
}

function makeManifest(d: ManifestDef): { manifest: string; sigs: { name: string; text: string }[] } {
  const version = d.version ?? VERSION;
  const pkgSigners = d.packageSigners ?? d.signers;
  const pkgSig = (k: TestKey) => signMessage(k.privateKey, k.keyId, PACKAGE_BYTES, { trustedComment: `version:${version}\tfile:${PACKAGE_FILE}\tplatform:${PLATFORM}` });
  const m: PackagesManifest = {
    schema: 'relforge.packages/v1',
    product: PRODUCT,
    version,
    channel: 'stable',
    commit: '',
    created: '2026-05-01T00:00:00Z',
    keyId: d.signers[0]!.keyIdHex,
    packages: [
      {
        platform: PLATFORM,
        file: PACKAGE_FILE,
        size: PACKAGE_BYTES.length,
        sha256: createHash('sha256').update(PACKAGE_BYTES).digest('hex'),
        url: `https://updates.example.com/${PRODUCT}/${version}/${PACKAGE_FILE}`,
        signatures: { minisign: pkgSig(pkgSigners[0]!), ...(pkgSigners.length > 1 ? { minisignAdditional: pkgSigners.slice(1).map(pkgSig) } : {}) },
      },
    ],
  };
  const text = serializeManifest(m);
  const sigs = d.signers.map((k, i) => ({
    name: i === 0 ? 'manifest.json.minisig' : `manifest.json.${k.keyIdHex}.minisig`,
    text: signMessage(k.privateKey, k.keyId, Buffer.from(text), { trustedComment: manifestTrustedComment(m) }),
  }));
  return { manifest: d.alterAfterSigning ? text.replace('"stable"', '"stable" ') : text, sigs };
}

export interface VectorCase {
  name: string;
  description: string;
  shipped: RootEnvelope;
  /** Texts served as N.root.json (by N). */
  roots: Record<number, string>;
  manifest: ManifestDef;
  installed?: string;
  now?: string;
  expect: { action: 'install' | 'up-to-date' | 'refuse'; reason: string | null };
}

const A = testKey('root-a');
const B = testKey('root-b');
const C = testKey('root-c');
const D = testKey('root-d');
const E = testKey('root-e');
const R1 = testKey('release-1');
const R2 = testKey('release-2');
const R3 = testKey('release-3');
const X = testKey('stranger');
const A_TWIN = testKey('root-a-twin', 'root-a');

export const ALL_KEYS = [A, B, C, D, E, R1, R2, R3, X, A_TWIN];

/** Root 1: root keys A, B, C (2 of 3), release key R1. */
const root1 = () => signRoot(makeRoot({ version: 1, root: [A, B, C], rootThreshold: 2, release: [R1] }), [A, B]);
const r1text = () => rootText(root1());

export function vectorCases(): VectorCase[] {
  const rotateRelease = makeRoot({ version: 2, root: [A, B, C], rootThreshold: 2, release: [R2] });
  const alteredBase = signRoot(rotateRelease, [A, B]);
  const altered: RootEnvelope = { signed: { ...alteredBase.signed, expires: '2099-01-01T00:00:00Z' }, signatures: alteredBase.signatures };
  const newRootKeys = makeRoot({ version: 2, root: [C, D, E], rootThreshold: 2, release: [R1] });
  const threshold2 = makeRoot({ version: 2, root: [A, B, C], rootThreshold: 2, release: [R1, R2, R3], releaseThreshold: 2 });
  return [
    {
      name: 'shipped-root-only',
      description: 'Root 1 is the shipped root and nothing newer is published; the manifest and package are signed by its release key.',
      shipped: root1(),
      roots: { 1: r1text() },
      manifest: { signers: [R1] },
      expect: { action: 'install', reason: null },
    },
    {
      name: 'release-key-rotation',
      description: 'Root 2 (signed by 2 of A,B,C, unchanged root role) replaces release key R1 by R2; the manifest is signed by R2.',
      shipped: root1(),
      roots: { 1: r1text(), 2: rootText(signRoot(rotateRelease, [A, B])) },
      manifest: { signers: [R2] },
      expect: { action: 'install', reason: null },
    },
    {
      name: 'revoked-release-key',
      description: 'Root 2 drops release key R1 (revocation); a manifest still signed by R1 is refused.',
      shipped: root1(),
      roots: { 1: r1text(), 2: rootText(signRoot(rotateRelease, [A, B])) },
      manifest: { signers: [R1] },
      expect: { action: 'refuse', reason: 'wrong-key' },
    },
    {
      name: 'root-threshold-not-met',
      description: 'Root 2 is signed by root key A only: 1 of the 2 signatures the previous root requires.',
      shipped: root1(),
      roots: { 1: r1text(), 2: rootText(signRoot(rotateRelease, [A])) },
      manifest: { signers: [R2] },
      expect: { action: 'refuse', reason: 'root-threshold' },
    },
    {
      name: 'duplicate-signatures-count-once',
      description: 'Root 2 carries two signatures by root key A: one key counts once, so the threshold of 2 is not met.',
      shipped: root1(),
      roots: { 1: r1text(), 2: rootText(signRoot(rotateRelease, [A, A])) },
      manifest: { signers: [R2] },
      expect: { action: 'refuse', reason: 'root-threshold' },
    },
    {
      name: 'stranger-signs-root',
      description: 'Root 2 is signed by a key outside every root role (and by A): the stranger never counts.',
      shipped: root1(),
      roots: { 1: r1text(), 2: rootText(signRoot(rotateRelease, [A, X])) },
      manifest: { signers: [R2] },
      expect: { action: 'refuse', reason: 'root-unknown-key' },
    },
    {
      name: 'stranger-signs-manifest',
      description: 'The manifest is signed by a key that is not a release key of the newest root.',
      shipped: root1(),
      roots: { 1: r1text() },
      manifest: { signers: [X] },
      expect: { action: 'refuse', reason: 'wrong-key' },
    },
    {
      name: 'root-altered-after-signing',
      description: 'Root 2 was signed by A and B, then its expiry was changed: the signatures no longer verify.',
      shipped: root1(),
      roots: { 1: r1text(), 2: rootText(altered) },
      manifest: { signers: [R2] },
      expect: { action: 'refuse', reason: 'root-bad-signature' },
    },
    {
      name: 'manifest-altered-after-signing',
      description: 'The manifest was changed after R1 signed it.',
      shipped: root1(),
      roots: { 1: r1text() },
      manifest: { signers: [R1], alterAfterSigning: true },
      expect: { action: 'refuse', reason: 'bad-manifest-signature' },
    },
    {
      name: 'rollback-to-older-root',
      description: 'The shipped root is 2; the server serves root 2 again as 3.root.json: a version other than N+1 below it is a rollback.',
      shipped: signRoot(rotateRelease, [A, B]),
      roots: { 1: r1text(), 2: rootText(signRoot(rotateRelease, [A, B])), 3: rootText(signRoot(rotateRelease, [A, B])) },
      manifest: { signers: [R2] },
      expect: { action: 'refuse', reason: 'root-rollback' },
    },
    {
      name: 'gap-in-chain',
      description: '2.root.json holds version 3 (validly signed): versions must follow exactly, N+1.',
      shipped: root1(),
      roots: { 1: r1text(), 2: rootText(signRoot(makeRoot({ version: 3, root: [A, B, C], rootThreshold: 2, release: [R2] }), [A, B])) },
      manifest: { signers: [R2] },
      expect: { action: 'refuse', reason: 'root-gap' },
    },
    {
      name: 'expired-newest-root',
      description: 'Root 2 is valid but expired before "now": a frozen chain is refused.',
      shipped: root1(),
      roots: { 1: r1text(), 2: rootText(signRoot(makeRoot({ version: 2, root: [A, B, C], rootThreshold: 2, release: [R2], expires: PAST }), [A, B])) },
      manifest: { signers: [R2] },
      expect: { action: 'refuse', reason: 'root-expired' },
    },
    {
      name: 'expired-intermediate-root',
      description: 'Root 1 (shipped) expired long ago, root 2 is current: only the newest root\'s expiry counts.',
      shipped: signRoot(makeRoot({ version: 1, root: [A, B, C], rootThreshold: 2, release: [R1], expires: PAST }), [A, B]),
      roots: { 2: rootText(signRoot(rotateRelease, [A, B])) },
      manifest: { signers: [R2] },
      expect: { action: 'install', reason: null },
    },
    {
      name: 'root-key-rotation',
      description: 'Root 2 replaces root keys A,B,C (2 of 3) by C,D,E (2 of 3): signed by A,B (old threshold) and D,E (new threshold).',
      shipped: root1(),
      roots: { 1: r1text(), 2: rootText(signRoot(newRootKeys, [A, B, D, E])) },
      manifest: { signers: [R1] },
      expect: { action: 'install', reason: null },
    },
    {
      name: 'root-key-rotation-new-threshold-not-met',
      description: 'Root 2 with new root keys C,D,E (2 of 3) is signed by A and B only: the old threshold is met, its own is not.',
      shipped: root1(),
      roots: { 1: r1text(), 2: rootText(signRoot(newRootKeys, [A, B])) },
      manifest: { signers: [R1] },
      expect: { action: 'refuse', reason: 'root-threshold' },
    },
    {
      name: 'root-key-rotation-old-threshold-not-met',
      description: 'Root 2 with new root keys C,D,E is signed by D and E only: its own threshold is met, the previous root\'s is not.',
      shipped: root1(),
      roots: { 1: r1text(), 2: rootText(signRoot(newRootKeys, [D, E])) },
      manifest: { signers: [R1] },
      expect: { action: 'refuse', reason: 'root-threshold' },
    },
    {
      name: 'root-key-rotation-then-release-rotation',
      description: 'Root 2 rotates the root keys to C,D,E; root 3, signed only by the new keys, rotates the release key to R2.',
      shipped: root1(),
      roots: {
        1: r1text(),
        2: rootText(signRoot(newRootKeys, [A, B, D, E])),
        3: rootText(signRoot(makeRoot({ version: 3, root: [C, D, E], rootThreshold: 2, release: [R2] }), [D, E])),
      },
      manifest: { signers: [R2] },
      expect: { action: 'install', reason: null },
    },
    {
      name: 'another-products-root',
      description: 'Root 2 is validly signed by the same root keys but names product "other".',
      shipped: root1(),
      roots: { 1: r1text(), 2: rootText(signRoot(makeRoot({ version: 2, root: [A, B, C], rootThreshold: 2, release: [R2], product: 'other' }), [A, B])) },
      manifest: { signers: [R2] },
      expect: { action: 'refuse', reason: 'root-product-mismatch' },
    },
    {
      name: 'key-id-collision',
      description: 'Root 2 lists a different public key under root key A\'s key id: two keys with one minisign id are refused.',
      shipped: root1(),
      roots: { 1: r1text(), 2: rootText(signRoot(makeRoot({ version: 2, root: [A_TWIN, B, C], rootThreshold: 2, release: [R2] }), [A, B, C])) },
      manifest: { signers: [R2] },
      expect: { action: 'refuse', reason: 'root-key-collision' },
    },
    {
      name: 'unsigned-shipped-root',
      description: 'The shipped root was never signed (trust init output shipped as is).',
      shipped: makeRoot({ version: 1, root: [A, B, C], rootThreshold: 2, release: [R1] }),
      roots: {},
      manifest: { signers: [R1] },
      expect: { action: 'refuse', reason: 'root-threshold' },
    },
    {
      name: 'release-threshold-met',
      description: 'Root 2 sets release keys R1,R2,R3 with threshold 2; manifest.json.minisig (R1) + manifest.json.<R2>.minisig, the package signed by R1 and R2.',
      shipped: root1(),
      roots: { 1: r1text(), 2: rootText(signRoot(threshold2, [A, B])) },
      manifest: { signers: [R1, R2] },
      expect: { action: 'install', reason: null },
    },
    {
      name: 'release-threshold-not-met',
      description: 'Release threshold 2, but only R1 signed the manifest.',
      shipped: root1(),
      roots: { 1: r1text(), 2: rootText(signRoot(threshold2, [A, B])) },
      manifest: { signers: [R1], packageSigners: [R1, R2] },
      expect: { action: 'refuse', reason: 'release-threshold' },
    },
    {
      name: 'release-threshold-package-not-met',
      description: 'Release threshold 2: the manifest has two signatures, the package only R1\'s.',
      shipped: root1(),
      roots: { 1: r1text(), 2: rootText(signRoot(threshold2, [A, B])) },
      manifest: { signers: [R1, R2], packageSigners: [R1] },
      expect: { action: 'refuse', reason: 'release-threshold' },
    },
    {
      name: 'downgrade-still-refused',
      description: 'A trusted chain does not change the update rules: 1.2.0 offered to 1.3.0 is a downgrade.',
      shipped: root1(),
      roots: { 1: r1text() },
      manifest: { signers: [R1] },
      installed: '1.3.0',
      expect: { action: 'refuse', reason: 'downgrade' },
    },
  ];
}

/** Writes conformance/trust (keys/, cases/<name>/…) into `dir`, replacing what was there. */
export function generateVectors(dir: string): string[] {
  rmSync(join(dir, 'cases'), { recursive: true, force: true });
  rmSync(join(dir, 'keys'), { recursive: true, force: true });
  mkdirSync(join(dir, 'keys'), { recursive: true });
  for (const k of ALL_KEYS) {
    writeFileSync(join(dir, 'keys', `${k.name}.pub`), k.pubText);
    writeFileSync(join(dir, 'keys', `${k.name}.key`), k.secretText);
  }
  const names: string[] = [];
  for (const c of vectorCases()) {
    const cd = join(dir, 'cases', c.name);
    mkdirSync(join(cd, 'roots'), { recursive: true });
    writeFileSync(join(cd, 'shipped.root.json'), rootText(c.shipped));
    for (const [n, text] of Object.entries(c.roots)) writeFileSync(join(cd, 'roots', `${n}.root.json`), text);
    const m = makeManifest(c.manifest);
    writeFileSync(join(cd, 'manifest.json'), m.manifest);
    for (const s of m.sigs) writeFileSync(join(cd, s.name), s.text);
    writeFileSync(join(cd, PACKAGE_FILE), PACKAGE_BYTES);
    const spec = {
      description: c.description,
      product: PRODUCT,
      platform: PLATFORM,
      installed: c.installed ?? '1.0.0',
      now: c.now ?? NOW,
      trustRoot: 'shipped.root.json',
      roots: 'roots',
      manifest: 'manifest.json',
      manifestSignatures: m.sigs.map((s) => s.name),
      package: PACKAGE_FILE,
      expect: c.expect,
    };
    writeFileSync(join(cd, 'case.json'), `${JSON.stringify(spec, null, 2)}\n`);
    names.push(c.name);
  }
  return names;
}

export interface CaseSpec {
  description: string;
  product: string;
  platform: string;
  installed: string;
  now: string;
  trustRoot: string;
  roots: string;
  manifest: string;
  manifestSignatures: string[];
  package?: string;
  expect: { action: string; reason: string | null };
}

/** relforge's verifier over one case directory. */
export async function runCase(caseDir: string): Promise<{ spec: CaseSpec; result: VerifyPackageResult }> {
  const spec = JSON.parse(readFileSync(join(caseDir, 'case.json'), 'utf8')) as CaseSpec;
  const [first, ...rest] = spec.manifestSignatures.map((n) => readFileSync(join(caseDir, n), 'utf8'));
  const result = await verifyPackage({
    manifest: readFileSync(join(caseDir, spec.manifest)),
    signature: first,
    extraSignatures: rest,
    trustRoot: readFileSync(join(caseDir, spec.trustRoot), 'utf8'),
    roots: join(caseDir, spec.roots),
    product: spec.product,
    platform: spec.platform,
    installed: spec.installed,
    file: spec.package ? join(caseDir, spec.package) : undefined,
    now: new Date(spec.now),
  });
  return { spec, result };
}
