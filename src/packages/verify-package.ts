/**
 * Verifier for update servers and agents (library + `relforge verify-package`).
 *
 * Given the manifest bytes and its `.minisig` (or manifest.signed.json, both in one file), the pinned public key,
 * the expected product, the platform and the installed version, it decides `install`, `up-to-date` or `refuse`
 * (with a reason). Checks, in order:
 *   1. manifest signature by the pinned key (key id, signature, trusted comment);
 *   2. the trusted comment binds this manifest: product, version and channel equal the manifest's;
 *   3. the manifest is a valid relforge.packages/v1 document, its keyId is the pinned key and its product is
 *      the expected one (required: one key often signs several products);
 *   4. a package exists for the platform (`<os>-<arch>-<bundle>`, then `<os>-<arch>`), signed by the pinned key;
 *   5. channel allowed, version newer than installed (downgrade protection, SemVer prerelease order);
 *   6. with `file`: size, sha256 and the package's minisign signature over the file (one streamed read).
 * Never throws for a verification failure: the result says why (exceptions are for I/O problems and for a
 * missing expected product, which is the caller's mistake).
 *
 * With `trustRoot` (the root the agent ships) instead of `publicKey`, the keys come from the root chain
 * (src/packages/trust/): the chain is walked first (TUF's root rules, reasons `root-*`), then "signed by the
 * pinned key" above becomes "signed by a threshold of the newest root's release keys": the manifest's signatures
 * are `signature` plus `extraSignatures` (manifest.json.<KEYID>.minisig), a package's are `signatures.minisign`
 * plus `signatures.minisignAdditional`; each key counts once, keys outside the release role never count.
 */
import { hashFile } from '../platform/fs.js';
import { errorMessage, fieldError } from '../platform/errors.js';
import { parsePublicKey, parseSignature, verifySignature, trustedCommentField, type ParsedPublicKey, type ParsedSignature } from '../signing/minisign/core/format.js';
import { normalizePlatformKey } from './core/platform.js';
import { findPackage, parseManifest, parseSignedManifest, trustedCommentProblems, normalizeVersion, PackagesManifestError, type PackageEntry, type PackagesManifest } from './core/manifest.js';
import { verifyPackageSignature } from './package-signature.js';
import { decideUpdate, exitCodeFor, refuse, type UpdateDecision } from './core/update-decision.js';
import { TrustError, releaseThreshold, type RootSigned } from './trust/core/root.js';
import { rootSource, walkRootChain, type RootSource } from './trust/roots.js';

export interface VerifyPackageOptions {
  /** manifest.json bytes (exactly as served), or manifest.signed.json (then `signature` is not needed). */
  manifest: string | Buffer;
  /** manifest.json.minisig text (not used with manifest.signed.json). */
  signature?: string;
  /** Pinned minisign public key (`.pub` text or `RW…` line). Give this or `trustRoot`. */
  publicKey?: string;
  /** The root the agent ships (`N.root.json` text): the manifest's keys come from its chain. Give this or `publicKey`. */
  trustRoot?: string;
  /** Where newer roots are: a directory, a URL template with `{version}`, or a RootSource. None: the shipped root only. */
  roots?: string | RootSource;
  /** Further manifest signatures (release threshold > 1): the `manifest.json.<KEYID>.minisig` texts. */
  extraSignatures?: string[];
  /** Platform key (aliases such as linux-amd64 accepted). */
  platform: string;
  /** Installed version, or empty/`none` for a fresh install. */
  installed?: string;
  /** Accepted channels (default: stable + the installed version's channel). */
  channels?: string[];
  allowDowngrade?: boolean;
  /** A downloaded package file to check against the manifest and its signature. */
  file?: string;
  /** The product this agent or server installs (required): a manifest of another product is refused. */
  product: string;
  /** "Now" for the `expires` check (default: the current time). */
  now?: Date;
}

export interface VerifyPackageResult extends UpdateDecision {
  /** 0 install, 10 up to date, 20 refused. */
  exitCode: number;
  version?: string;
  channel?: string;
  manifest?: PackagesManifest;
  package?: PackageEntry;
  /** True when `file` was given and verified. */
  fileVerified?: boolean;
  /** With `trustRoot`: the newest root of the chain, which the release keys came from. */
  root?: RootSigned;
}

/** Who may sign: the one pinned key, or the newest root's release role. */
type Keys = { kind: 'pin'; pin: ParsedPublicKey } | { kind: 'root'; root: RootSigned };

/** Further package signatures (release threshold > 1), beside `signatures.minisign`. */
export function additionalSignatures(pkg: PackageEntry): string[] {
  const more = (pkg.signatures as { minisignAdditional?: unknown }).minisignAdditional;
  return Array.isArray(more) ? more.filter((x): x is string => typeof x === 'string') : [];
}

function done(d: UpdateDecision, extra: Partial<VerifyPackageResult> = {}): VerifyPackageResult {
  return { ...d, exitCode: exitCodeFor(d.action), ...extra };
}

export async function verifyPackage(opts: VerifyPackageOptions): Promise<VerifyPackageResult> {
  if (typeof opts.product !== 'string' || !opts.product.trim()) {
    throw fieldError('product', 'is required: name the product this agent or server installs, so a manifest of another product signed by the same key is refused.');
  }
  if (!!opts.trustRoot === !!opts.publicKey) {
    throw fieldError('public-key', opts.trustRoot ? 'and {{trust-root}} were both given: an agent trusts one pinned key or one root chain, never both.' : 'or {{trust-root}} is required: the pinned key, or the root the agent ships.');
  }
  let keys: Keys;
  let root: RootSigned | undefined;
  if (opts.trustRoot) {
    try {
      const source = typeof opts.roots === 'string' ? rootSource(opts.roots) : opts.roots;
      root = (await walkRootChain(opts.trustRoot, source, { now: opts.now, product: opts.product })).root;
    } catch (err) {
      if (err instanceof TrustError) return done(refuse(err.reason, err.message));
      throw err;
    }
    keys = { kind: 'root', root };
  } else {
    try {
      keys = { kind: 'pin', pin: parsePublicKey(opts.publicKey!.trim()) };
    } catch (err) {
      return done(refuse('wrong-key', `the pinned public key is not a minisign public key: ${errorMessage(err)}`));
    }
  }
  let platform: string;
  try {
    platform = normalizePlatformKey(opts.platform);
  } catch (err) {
    return done(refuse('platform-missing', errorMessage(err)));
  }
  const signed = signedInput(opts);
  if ('action' in signed) return done(signed);
  const checked = checkManifest(signed.bytes, [signed.signature, ...signed.extra], keys, opts.product);
  if ('action' in checked) return done(checked.decision, { ...(checked.manifest ? { manifest: checked.manifest } : {}), ...(root ? { root } : {}) });
  const manifest = checked;
  const base = { manifest, version: manifest.version, channel: manifest.channel, ...(root ? { root } : {}) };
  if (manifest.expires && (opts.now ?? new Date()).getTime() > Date.parse(manifest.expires)) {
    return done(refuse('expired', `the manifest expired at ${manifest.expires}: a mirror may be serving a frozen, old manifest; the publisher must re-publish`), base);
  }

  // 4. The platform's package, signed by the pinned key (or a threshold of release keys).
  const pkg = findPackage(manifest, platform);
  if (!pkg) {
    return done(refuse('platform-missing', `the manifest has no package for ${platform} (it has ${manifest.packages.map((p) => p.platform).join(', ')})`), base);
  }
  const pkgSigs: ParsedSignature[] = [];
  try {
    for (const text of [pkg.signatures.minisign, ...(keys.kind === 'root' ? additionalSignatures(pkg) : [])]) pkgSigs.push(parseSignature(text));
  } catch (err) {
    return done(refuse('package-signature-mismatch', `the ${pkg.platform} package signature is malformed: ${errorMessage(err)}`), { ...base, package: pkg });
  }
  const pkgSigned = packageSigners(pkg.platform, pkgSigs, keys);
  if ('action' in pkgSigned) return done(pkgSigned, { ...base, package: pkg });
  for (const sig of pkgSigned) {
    const signedVersion = trustedCommentField(sig.trustedComment, 'version');
    if (signedVersion !== undefined && normalizeVersion(signedVersion) !== manifest.version) {
      return done(refuse('trusted-comment-mismatch', `the ${pkg.platform} package is signed for version ${signedVersion}, the manifest says ${manifest.version}`), { ...base, package: pkg });
    }
  }

  // 5. Channel and version.
  const decision = decideUpdate({ candidate: manifest.version, channel: manifest.channel, installed: opts.installed, allowedChannels: opts.channels, allowDowngrade: opts.allowDowngrade });
  if (decision.action === 'refuse' || !opts.file) return done(decision, { ...base, package: pkg });

  // 6. The downloaded file.
  const d = await hashFile(opts.file, ['sha256', 'blake2b512']);
  if (d.size !== pkg.size || d.sha256 !== pkg.sha256) {
    return done(
      refuse('package-hash-mismatch', `${opts.file} does not match the manifest: ${d.size} bytes, sha256 ${d.sha256}; expected ${pkg.size} bytes, sha256 ${pkg.sha256}`),
      { ...base, package: pkg },
    );
  }
  const failures: string[] = [];
  let valid = 0;
  for (const sig of pkgSigned) {
    try {
      await verifyPackageSignature(sig, keys.kind === 'pin' ? keys.pin : parsePublicKey(keys.root.keys[sig.keyIdHex]!), opts.file, d.blake2b512);
      valid++;
    } catch (err) {
      failures.push(`${sig.keyIdHex}: ${errorMessage(err)}`);
    }
  }
  const needed = keys.kind === 'pin' ? 1 : keys.root.roles.release.threshold;
  if (valid < needed) {
    return done(refuse('package-signature-mismatch', `${opts.file}: ${valid} of ${needed} needed signature(s) verify — ${failures.join('; ')}`), { ...base, package: pkg });
  }
  return done(decision, { ...base, package: pkg, fileVerified: true });
}

/**
 * The package signatures that count (before the file is read): the pinned key's one, or one per distinct release
 * key (at least the release threshold of them; strangers' signatures are dropped).
 */
function packageSigners(platform: string, sigs: ParsedSignature[], keys: Keys): ParsedSignature[] | UpdateDecision {
  if (keys.kind === 'pin') {
    const sig = sigs[0]!;
    if (!sig.keyId.equals(keys.pin.keyId)) return refuse('package-signature-mismatch', `the ${platform} package is signed by key ${sig.keyIdHex}, not by the pinned key ${keys.pin.keyIdHex}`);
    return [sig];
  }
  const role = keys.root.roles.release;
  const byKey = new Map<string, ParsedSignature>();
  const strangers: string[] = [];
  for (const sig of sigs) {
    if (!role.keyIds.includes(sig.keyIdHex)) strangers.push(sig.keyIdHex);
    else if (!byKey.has(sig.keyIdHex)) byKey.set(sig.keyIdHex, sig);
  }
  if (byKey.size >= role.threshold) return [...byKey.values()];
  if (strangers.length) return refuse('package-signature-mismatch', `the ${platform} package is signed by ${strangers.join(', ')}, not release key(s) of root ${keys.root.version} (${role.keyIds.join(', ')})`);
  return refuse('release-threshold', `the ${platform} package has signatures by ${byKey.size} distinct release key(s), root ${keys.root.version} needs ${role.threshold}`);
}

/** The manifest bytes and signature text: from manifest.signed.json, or the two given separately. */
function signedInput(opts: VerifyPackageOptions): { bytes: Buffer; signature: string; extra: string[] } | UpdateDecision {
  const bytes = Buffer.isBuffer(opts.manifest) ? opts.manifest : Buffer.from(opts.manifest, 'utf8');
  let envelope;
  try {
    envelope = parseSignedManifest(bytes.toString('utf8'));
  } catch (err) {
    return refuse('invalid-manifest', errorMessage(err));
  }
  if (envelope) return { bytes: Buffer.from(envelope.manifest, 'utf8'), signature: envelope.minisign, extra: [...(opts.extraSignatures ?? []), ...signedEnvelopeExtras(bytes)] };
  if (opts.signature === undefined) return refuse('bad-manifest-signature', 'no signature: give manifest.json.minisig, or manifest.signed.json (the manifest and its signature in one file)');
  return { bytes, signature: opts.signature, extra: opts.extraSignatures ?? [] };
}

/** manifest.signed.json's optional `minisignAdditional` (further release-key signatures of the manifest). */
function signedEnvelopeExtras(bytes: Buffer): string[] {
  try {
    const more = (JSON.parse(bytes.toString('utf8')) as { minisignAdditional?: unknown }).minisignAdditional;
    return Array.isArray(more) ? more.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Steps 1–3: signature by the pinned key (or a threshold of the release role), a valid manifest, bound by the
 * trusted comment(s), of the expected product.
 */
function checkManifest(bytes: Buffer, signatures: string[], keys: Keys, product: string): PackagesManifest | { action: 'refuse'; decision: UpdateDecision; manifest?: PackagesManifest } {
  const no = (decision: UpdateDecision, manifest?: PackagesManifest) => ({ action: 'refuse' as const, decision, manifest });
  // 1. Signature(s) before parsing anything from the manifest.
  const trustedComments: string[] = [];
  if (keys.kind === 'pin') {
    const pin = keys.pin;
    try {
      const sig = parseSignature(signatures[0]!);
      if (!sig.keyId.equals(pin.keyId)) return no(refuse('wrong-key', `the manifest is signed by key ${sig.keyIdHex}, not by the pinned key ${pin.keyIdHex}`));
      trustedComments.push(verifySignature(sig, pin, { data: bytes }).trustedComment);
    } catch (err) {
      return no(refuse('bad-manifest-signature', `bad manifest signature: ${errorMessage(err)}`));
    }
  } else {
    const root = keys.root;
    const c = releaseThreshold(root, bytes, signatures, (tc) => {
      trustedComments.push(tc);
      return undefined;
    });
    if (!c.met) {
      const got = `${c.valid.length} valid signature(s) by release keys${c.valid.length ? ` (${c.valid.join(', ')})` : ''}, root ${root.version} needs ${c.threshold} of ${root.roles.release.keyIds.join(', ')}`;
      if (c.invalid.length) return no(refuse('bad-manifest-signature', `bad manifest signature by ${c.invalid.join(', ')} (altered after signing, or a broken signature); ${got}`));
      if (c.strangers.length) return no(refuse('wrong-key', `the manifest is signed by ${c.strangers.join(', ')}, not a release key of root ${root.version}; ${got}`));
      return no(refuse('release-threshold', `the manifest's release threshold is not met: ${got}`));
    }
  }
  // 3 (parse) then 2 (binding), since the binding compares with the manifest's fields.
  let manifest: PackagesManifest;
  try {
    manifest = parseManifest(bytes.toString('utf8'));
  } catch (err) {
    return no(refuse('invalid-manifest', `the signed manifest is not a valid relforge.packages/v1 document: ${err instanceof PackagesManifestError ? err.problems.join('; ') : errorMessage(err)}`));
  }
  for (const tc of trustedComments) {
    const binding = trustedCommentProblems(tc, manifest);
    if (binding.length) return no(refuse('trusted-comment-mismatch', binding.join('; ')), manifest);
  }
  if (keys.kind === 'pin' && manifest.keyId !== keys.pin.keyIdHex) return no(refuse('wrong-key', `the manifest names key ${manifest.keyId}, the pinned key is ${keys.pin.keyIdHex}`), manifest);
  if (keys.kind === 'root' && !keys.root.roles.release.keyIds.includes(manifest.keyId)) {
    return no(refuse('wrong-key', `the manifest names key ${manifest.keyId}, which is not a release key of root ${keys.root.version} (${keys.root.roles.release.keyIds.join(', ')})`), manifest);
  }
  if (manifest.product !== product) return no(refuse('product-mismatch', `the manifest is for product "${manifest.product}", expected "${product}"`), manifest);
  return manifest;
}
