/**
 * Verifier for update servers and agents (library + `relforge verify-package`).
 *
 * Given the manifest bytes, its `.minisig`, the pinned public key, the platform and the installed version,
 * it decides `install`, `up-to-date` or `refuse` (with a reason). Checks, in order:
 *   1. manifest signature by the pinned key (key id, signature, trusted comment);
 *   2. the trusted comment binds this manifest: product, version and channel equal the manifest's;
 *   3. the manifest is a valid relforge.packages/v1 document, its keyId is the pinned key (and the
 *      product is the expected one, when given);
 *   4. a package exists for the platform (`<os>-<arch>-<bundle>`, then `<os>-<arch>`), signed by the pinned key;
 *   5. channel allowed, version newer than installed (downgrade protection, SemVer prerelease order);
 *   6. with `file`: size, sha256 and the package's minisign signature over the file (one streamed read).
 * Never throws for a verification failure: the result says why (exceptions are for I/O problems only).
 */
import { legacyMessage } from '../signing/minisign/verify.js';
import { hashFile } from '../platform/fs.js';
import { errorMessage } from '../platform/errors.js';
import { parsePublicKey, parseSignature, verifySignature, trustedCommentField, type ParsedPublicKey } from '../signing/minisign/core/format.js';
import { normalizePlatformKey } from './core/platform.js';
import { findPackage, parseManifest, trustedCommentProblems, normalizeVersion, ManifestError, type PackageEntry, type PackagesManifest } from './core/manifest.js';
import { decideUpdate, exitCodeFor, refuse, type UpdateDecision } from './core/update-decision.js';

export interface VerifyPackageOptions {
  /** manifest.json bytes (exactly as served). */
  manifest: string | Buffer;
  /** manifest.json.minisig text. */
  signature: string;
  /** Pinned minisign public key (`.pub` text or `RW…` line). */
  publicKey: string;
  /** Platform key (aliases such as linux-amd64 accepted). */
  platform: string;
  /** Installed version, or empty/`none` for a fresh install. */
  installed?: string;
  /** Accepted channels (default: stable + the installed version's channel). */
  channels?: string[];
  allowDowngrade?: boolean;
  /** A downloaded package file to check against the manifest and its signature. */
  file?: string;
  /** Expected product name (recommended for servers hosting several products). */
  product?: string;
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
}

function done(d: UpdateDecision, extra: Partial<VerifyPackageResult> = {}): VerifyPackageResult {
  return { ...d, exitCode: exitCodeFor(d.action), ...extra };
}

export async function verifyPackage(opts: VerifyPackageOptions): Promise<VerifyPackageResult> {
  let pin: ParsedPublicKey;
  try {
    pin = parsePublicKey(opts.publicKey.trim());
  } catch (err) {
    return done(refuse('wrong-key', `the pinned public key is not a minisign public key: ${errorMessage(err)}`));
  }
  let platform: string;
  try {
    platform = normalizePlatformKey(opts.platform);
  } catch (err) {
    return done(refuse('platform-missing', errorMessage(err)));
  }
  const bytes = Buffer.isBuffer(opts.manifest) ? opts.manifest : Buffer.from(opts.manifest, 'utf8');

  // 1. Signature before parsing anything from the manifest.
  let trustedComment: string;
  try {
    const sig = parseSignature(opts.signature);
    if (!sig.keyId.equals(pin.keyId)) {
      return done(refuse('wrong-key', `the manifest is signed by key ${sig.keyIdHex}, not by the pinned key ${pin.keyIdHex}`));
    }
    trustedComment = verifySignature(sig, pin, { data: bytes }).trustedComment;
  } catch (err) {
    return done(refuse('bad-manifest-signature', `bad manifest signature: ${errorMessage(err)}`));
  }

  // 3 (parse) then 2 (binding), since the binding compares with the manifest's fields.
  let manifest: PackagesManifest;
  try {
    manifest = parseManifest(bytes.toString('utf8'));
  } catch (err) {
    return done(refuse('invalid-manifest', `the signed manifest is not a valid relforge.packages/v1 document: ${err instanceof ManifestError ? err.problems.join('; ') : errorMessage(err)}`));
  }
  const binding = trustedCommentProblems(trustedComment, manifest);
  if (binding.length) return done(refuse('trusted-comment-mismatch', binding.join('; ')), { manifest });
  if (manifest.keyId !== pin.keyIdHex) return done(refuse('wrong-key', `the manifest names key ${manifest.keyId}, the pinned key is ${pin.keyIdHex}`), { manifest });
  if (opts.product && manifest.product !== opts.product) {
    return done(refuse('product-mismatch', `the manifest is for product "${manifest.product}", expected "${opts.product}"`), { manifest });
  }
  const base = { manifest, version: manifest.version, channel: manifest.channel };
  if (manifest.expires && (opts.now ?? new Date()).getTime() > Date.parse(manifest.expires)) {
    return done(refuse('expired', `the manifest expired at ${manifest.expires}: a mirror may be serving a frozen, old manifest; the publisher must re-publish`), base);
  }

  // 4. The platform's package, signed by the pinned key.
  const pkg = findPackage(manifest, platform);
  if (!pkg) {
    return done(refuse('platform-missing', `the manifest has no package for ${platform} (it has ${manifest.packages.map((p) => p.platform).join(', ')})`), base);
  }
  let pkgSig;
  try {
    pkgSig = parseSignature(pkg.signatures.minisign);
  } catch (err) {
    return done(refuse('package-signature-mismatch', `the ${pkg.platform} package signature is malformed: ${errorMessage(err)}`), { ...base, package: pkg });
  }
  if (!pkgSig.keyId.equals(pin.keyId)) {
    return done(refuse('package-signature-mismatch', `the ${pkg.platform} package is signed by key ${pkgSig.keyIdHex}, not by the pinned key ${pin.keyIdHex}`), { ...base, package: pkg });
  }
  const signedVersion = trustedCommentField(pkgSig.trustedComment, 'version');
  if (signedVersion !== undefined && normalizeVersion(signedVersion) !== manifest.version) {
    return done(refuse('trusted-comment-mismatch', `the ${pkg.platform} package is signed for version ${signedVersion}, the manifest says ${manifest.version}`), { ...base, package: pkg });
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
  try {
    const data = pkgSig.algorithm === 'Ed' ? await legacyMessage(opts.file, pkgSig, pin) : undefined;
    verifySignature(pkgSig, pin, { digest: Buffer.from(d.blake2b512, 'hex'), data });
  } catch (err) {
    return done(refuse('package-signature-mismatch', `${opts.file}: ${errorMessage(err)}`), { ...base, package: pkg });
  }
  return done(decision, { ...base, package: pkg, fileVerified: true });
}
