/**
 * The packages of a set before anything is published: the `packages` input (globs or a `platform: file` map)
 * and the verification of every local package against the pinned key (one streamed read each).
 */
import { open, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { Problems, errorMessage, fieldError } from '../platform/errors.js';
import { expandFiles, hashFile } from '../platform/fs.js';
import { parseSignature, trustedCommentField, type ParsedPublicKey } from '../signing/minisign/core/format.js';
import { verifyAuthenticodeFile, type AuthenticodePins } from '../signing/authenticode/verify.js';
import { KIND_HEAD_BYTES, windowsFileKind } from '../signing/authenticode/core/kind.js';
import { formatPlatform, inferPlatform, normalizePlatformKey, parsePlatformKey, signedPlatformAccepts, type PreferredBundles } from './core/platform.js';
import { FILE_RE, SIG_SUFFIX, normalizeMinisig, normalizeVersion } from './core/manifest.js';
import { verifyPackageSignature } from './package-signature.js';
import type { Logger } from './common.js';

/** One package to publish, before verification. */
export interface PackageSource {
  /** Canonical platform key; inferred from the file name when absent. */
  platform?: string;
  /** Local path. */
  path: string;
  /** Signature path; default `<path>.minisig`. */
  signaturePath?: string;
  /** Authenticode signer subject, when known (a pin: verified, never recorded unverified). */
  authenticodeSubject?: string;
  /** From a fragment: what the build job recorded (re-checked against the file). */
  expectedSha256?: string;
  /** Where it came from, for messages. */
  origin?: string;
}

/** A package after verification. */
export interface VerifiedPackage {
  platform: string;
  file: string;
  path: string;
  size: number;
  sha256: string;
  signature: string;
  authenticodeSubject?: string;
}

/**
 * The `packages` input: either newline-separated glob patterns (platform inferred from each name; files
 * ending in `.minisig` are ignored) or a YAML map `platform: path` (keys may use aliases such as
 * `linux-amd64`; a value may be `{file, authenticode-subject}`). `field` names the option in messages.
 */
export async function resolvePackagesInput(text: string, cwd: string, field = 'packages'): Promise<PackageSource[]> {
  const trimmed = text.trim();
  if (!trimmed) throw fieldError(field, 'is empty: give glob patterns (one per line) or a YAML map "platform: file".');
  const map = yamlMap(trimmed, field);
  if (map) return resolveMap(map, cwd, field);
  const patterns = trimmed.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const files = (await expandFiles(patterns, { cwd, inputName: field })).filter((f) => !f.endsWith(SIG_SUFFIX));
  if (files.length === 0) throw fieldError(field, 'matched only .minisig files; list the packages themselves.');
  return files.map((path) => ({ path, origin: field }));
}

function yamlMap(text: string, field: string): Record<string, unknown> | undefined {
  if (!/^[^\s#][^\n]*:\s/m.test(text) && !/^[^\s#][^\n]*:\s*$/m.test(text)) return undefined;
  try {
    const y = parseYaml(text) as unknown;
    return y && typeof y === 'object' && !Array.isArray(y) ? (y as Record<string, unknown>) : undefined;
  } catch (err) {
    throw fieldError(field, `looks like a YAML map but does not parse: ${errorMessage(err)}`);
  }
}

async function resolveMap(map: Record<string, unknown>, cwd: string, field: string): Promise<PackageSource[]> {
  const out: PackageSource[] = [];
  const problems = new Problems();
  const seen = new Map<string, string>();
  for (const [rawKey, value] of Object.entries(map)) {
    let platform: string;
    try {
      platform = normalizePlatformKey(rawKey);
    } catch (err) {
      problems.add(field, `has a bad platform key: ${errorMessage(err)}`);
      continue;
    }
    if (seen.has(platform)) problems.add(field, `maps both "${seen.get(platform)}" and "${rawKey}" to ${platform}: one file per platform.`);
    seen.set(platform, rawKey);
    const spec = typeof value === 'string' ? { file: value } : (value as { file?: unknown; 'authenticode-subject'?: unknown } | null);
    if (!spec || typeof spec.file !== 'string' || !spec.file.trim()) {
      problems.add(field, `needs a file path for ${rawKey} (or {file: path, authenticode-subject: subject}).`);
      continue;
    }
    let files: string[] = [];
    try {
      files = (await expandFiles([spec.file], { cwd })).filter((f) => !f.endsWith(SIG_SUFFIX));
    } catch (err) {
      problems.add(field, `has no file for ${rawKey}: ${errorMessage(err).replace(/^The file list:? ?/, '')}`);
    }
    if (files.length > 1) problems.add(field, `matches ${files.length} files for ${rawKey} (${files.map((f) => basename(f)).join(', ')}); one file per platform.`);
    if (files.length === 1) {
      const subject = spec['authenticode-subject'];
      out.push({ platform, path: files[0]!, authenticodeSubject: typeof subject === 'string' && subject ? subject : undefined, origin: `${field}.${rawKey}` });
    }
  }
  problems.throwIfAny();
  return out;
}

export interface VerifyPackagesOptions {
  publicKey: ParsedPublicKey;
  product: string;
  version: string;
  requirePlatforms?: string[];
  /**
   * Authenticode trust for Windows packages (.exe/.msi/.dll/.sys): when set, each one must carry a valid
   * Authenticode signature chaining to these roots (and the subject pin, if any); the verified signer subject
   * goes into the manifest. Without it, no Authenticode subject is recorded (a declared one is refused).
   */
  authenticode?: AuthenticodePins & { requireTimestamp?: boolean };
  /** Which bundle a generic `<os>-<arch>` key may stand for (a file signed for that bundle may be published under it). */
  preferredBundles?: PreferredBundles;
  /**
   * Every Windows file (.exe/.dll/.msi/.msix/.sys by name, or a PE/MSI by content, whatever its platform) must carry a
   * valid Authenticode signature under `authenticode`; one that does not is refused (fail-closed).
   */
  windowsSigningRequired?: boolean;
  log?: Logger;
}

const AUTHENTICODE_FILE = /\.(exe|msi|msix|dll|sys)$/i;

/** PE or MSI by the file's first bytes (src/signing/authenticode/core/kind.ts). */
async function headKind(path: string): Promise<'pe' | 'msi' | undefined> {
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(KIND_HEAD_BYTES);
    const { bytesRead } = await fh.read(head, 0, KIND_HEAD_BYTES, 0);
    return windowsFileKind(head.subarray(0, bytesRead));
  } finally {
    await fh.close();
  }
}

/**
 * Verifies every package against the pinned key with one streamed read each (sha256 + BLAKE2b-512, the
 * prehash of `ED` signatures). Collects every problem, then throws them together.
 */
export async function verifyLocalPackages(sources: PackageSource[], opts: VerifyPackagesOptions): Promise<VerifiedPackage[]> {
  const problems = new Problems();
  const out: VerifiedPackage[] = [];
  const byPlatform = new Map<string, string>();
  for (const src of sources) {
    const file = basename(src.path);
    let platform: string;
    try {
      platform = src.platform ? normalizePlatformKey(src.platform) : formatPlatform(inferPlatform(file));
    } catch (err) {
      problems.add(errorMessage(err));
      continue;
    }
    if (byPlatform.has(platform)) {
      problems.add(`Two files for platform ${platform}: ${byPlatform.get(platform)} and ${src.path}. Keep one, or name the platforms explicitly (e.g. with a -<bundle> suffix).`);
      continue;
    }
    byPlatform.set(platform, src.path);
    try {
      const verified = await verifyOne(src, file, platform, opts);
      if (typeof verified === 'string') problems.add(verified);
      else out.push(verified);
    } catch (err) {
      problems.add(`Package ${file} (${platform}): ${errorMessage(err)}`);
    }
  }
  const present = new Set(out.map((p) => p.platform));
  for (const raw of opts.requirePlatforms ?? []) {
    let key: string;
    try {
      key = normalizePlatformKey(raw);
    } catch (err) {
      problems.add('require-platforms', `has a bad platform key: ${errorMessage(err)}`);
      continue;
    }
    if (!present.has(key) && !byPlatform.has(key)) problems.add(`Required platform ${key} is missing: no package was given for it (found: ${[...byPlatform.keys()].sort().join(', ') || 'none'}).`);
  }
  problems.throwIfAny();
  return out.sort((a, b) => (a.platform < b.platform ? -1 : 1));
}

/** One package: signature by the pinned key, signed version/platform/product, Authenticode. A string is the refusal. */
async function verifyOne(src: PackageSource, file: string, platform: string, opts: VerifyPackagesOptions): Promise<VerifiedPackage | string> {
  if (!FILE_RE.test(file)) return `Package file name "${file}" (${platform}) is not safe for URLs and registries: use letters, digits and . _ - + ~ = @ only, starting with a letter or digit.`;
  const sigPath = src.signaturePath ?? `${src.path}${SIG_SUFFIX}`;
  let sigText: string;
  try {
    sigText = normalizeMinisig(await readFile(sigPath, 'utf8'));
  } catch {
    return `Package ${file} (${platform}) is unsigned: ${sigPath} does not exist. Sign it first (relforge sign-ed25519 / minisign -S) with the key whose public key is pinned.`;
  }
  const sig = parseSignature(sigText);
  if (!sig.keyId.equals(opts.publicKey.keyId)) {
    return `Package ${file} (${platform}) is signed by key ${sig.keyIdHex}, not by the pinned key ${opts.publicKey.keyIdHex}: re-sign it with the release key or fix the public-key input.`;
  }
  const digests = await hashFile(src.path, ['sha256', 'blake2b512']);
  if (src.expectedSha256 && src.expectedSha256 !== digests.sha256) {
    return `Package ${file} (${platform}) changed since it was staged: ${src.origin ?? 'the fragment'} says sha256 ${src.expectedSha256}, the file has ${digests.sha256}.`;
  }
  const result = await verifyPackageSignature(sig, opts.publicKey, src.path, digests.blake2b512);
  const refusal = trustedCommentRefusal(result.trustedComment, file, platform, opts);
  if (refusal) return refusal;
  let authenticodeSubject: string | undefined;
  const windowsFile = opts.windowsSigningRequired ? (AUTHENTICODE_FILE.test(file) || (await headKind(src.path)) !== undefined) : false;
  if (windowsFile && !opts.authenticode) return `Package ${file} (${platform}) is a Windows file and windows-signing-required is set, but no Authenticode trust is configured.`;
  if (opts.authenticode && (windowsFile || (parsePlatformKey(platform).os === 'windows' && AUTHENTICODE_FILE.test(file)))) {
    const { requireTimestamp, ...pins } = opts.authenticode;
    try {
      const ac = await verifyAuthenticodeFile(src.path, src.authenticodeSubject ? { ...pins, subject: src.authenticodeSubject } : pins, { requireTimestamp });
      authenticodeSubject = ac.signerSubject;
      opts.log?.(`Authenticode ${file}: ${ac.signerSubject}`);
    } catch (err) {
      const why = windowsFile ? ' windows-signing-required is set: a Windows file (.exe/.dll/.msi/.msix, or a PE/MSI by content) ships only with a valid Authenticode signature; sign it first (relforge sign-trusted, or Tauri\'s bundle.windows.signCommand).' : '';
      return `Package ${file} (${platform}): ${errorMessage(err)}${why}`;
    }
  } else if (src.authenticodeSubject) {
    return `Package ${file} (${platform}) declares Authenticode subject "${src.authenticodeSubject}" but ${opts.authenticode ? 'it is not a Windows .exe/.msi/.dll/.sys' : 'no authenticode-root is set to verify it'}: the manifest records only verified signers.`;
  }
  opts.log?.(`verified ${file} → ${platform} (${digests.size} bytes, sha256 ${digests.sha256.slice(0, 16)}…, key ${result.keyIdHex})`);
  return { platform, file, path: src.path, size: digests.size, sha256: digests.sha256, signature: sigText, authenticodeSubject };
}

/** A signed version, platform or product in the package's trusted comment must be the one being published. */
function trustedCommentRefusal(comment: string, file: string, platform: string, opts: VerifyPackagesOptions): string | undefined {
  const signedVersion = trustedCommentField(comment, 'version');
  if (signedVersion !== undefined && normalizeVersion(signedVersion) !== opts.version) {
    return `Package ${file} (${platform}) is signed for version "${signedVersion}", not ${opts.version}: refusing a validly signed file of another version (rollback protection). Rebuild and re-sign it for ${opts.version}.`;
  }
  const signedPlatform = trustedCommentField(comment, 'platform');
  if (signedPlatform !== undefined && signedPlatform !== '') {
    let norm = signedPlatform;
    try {
      norm = normalizePlatformKey(signedPlatform);
    } catch {
      /* compared verbatim */
    }
    if (!signedPlatformAccepts(norm, platform, opts.preferredBundles)) {
      return `Package ${file} is signed for platform "${signedPlatform}" but is being published as ${platform}: fix the platform mapping (a generic <os>-<arch> key accepts only the preferred bundle of its OS, see tauri-preferred-bundles).`;
    }
  }
  const signedProduct = trustedCommentField(comment, 'product');
  if (signedProduct !== undefined && signedProduct !== opts.product) return `Package ${file} (${platform}) is signed for product "${signedProduct}", not ${opts.product}.`;
  return undefined;
}
