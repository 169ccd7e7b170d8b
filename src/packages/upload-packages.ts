/**
 * upload-packages: a complete, signed, per-platform package set for update servers.
 *
 *   collect  packages input (glob list or `platform: file` map) or matrix fragments
 *   verify   every package: `<file>.minisig` by the pinned key (one streamed read: sha256 + BLAKE2b-512),
 *            signed version/platform (when the trusted comment names them) equal to ours,
 *            one file per platform, every required platform present
 *   sign     manifest.json (relforge.packages/v1) with a trusted comment binding product/version/channel;
 *            the signature is verified against the pinned key before anything is uploaded
 *   upload   packages + their .minisig (skip when the server already has the same bytes, else replace),
 *            read back every file (digest header, Gitea package-file sha256, or a re-download),
 *            then latest.json (Tauri), then manifest.json.minisig, then manifest.json — LAST (invariant 4)
 *
 * Fail-closed (issue §3): any doubt throws a RelforgeError before the manifest is uploaded.
 * Targets: `http` (PUT to a URL template with a bearer token), `gitea-generic` (Gitea/Forgejo generic
 * package registry through the Forge interface), `release` (assets of the forge release, through publishRelease).
 */
import { copyFile, link, mkdir, readFile, rm, writeFile, mkdtemp } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { parse as parseYaml } from 'yaml';
import { RelforgeError, errorMessage } from '../platform/errors.js';
import { expandFiles, hashFile } from '../platform/fs.js';
import { request, describeFailure, type HttpResponse } from '../platform/http.js';
import { parsePublicKey, parseSignature, verifySignature, trustedCommentField, type ParsedPublicKey } from '../signing/minisign/core/format.js';
import { loadSigningKey, checkKeyPin, signBuffer, verifyBuffer, legacyMessage, type SigningKey } from '../signing/minisign/signer.js';
import { formatPlatform, inferPlatform, normalizePlatformKey, parsePlatformKey } from './core/platform.js';
import {
  FILE_RE,
  FRAGMENT_SCHEMA,
  MANIFEST_FILE,
  MANIFEST_SCHEMA,
  ManifestError,
  CHANNEL_RE,
  PRODUCT_RE,
  defaultChannel,
  expandUrlTemplate,
  fragmentFileName,
  manifestTrustedComment,
  mergeFragmentSet,
  normalizeMinisig,
  normalizeVersion,
  parseFragment,
  serializeFragment,
  serializeManifest,
  serializeTauriLatest,
  toTauriLatest,
  trustedCommentProblems,
  urlTemplateProblems,
  type PackageEntry,
  type PackagesFragment,
  type PackagesManifest,
} from './core/manifest.js';
import { PackageFileExistsError, type Forge, type PackageRef } from '../publishing/forge/types.js';
import { publishRelease } from '../publishing/publish-release.js';
import { verifyAuthenticodeFile, type AuthenticodePins } from '../signing/authenticode/verify.js';

export const SIG_SUFFIX = '.minisig';
export const TAURI_FILE = 'latest.json';

export type PackagesTarget = 'http' | 'gitea-generic' | 'release';

/** One package to publish, before verification. */
export interface PackageSource {
  /** Canonical platform key; inferred from the file name when absent. */
  platform?: string;
  /** Local path. */
  path: string;
  /** Signature path; default `<path>.minisig`. */
  signaturePath?: string;
  /** Authenticode signer subject, when known (recorded, not verified here). */
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

export type Logger = (message: string) => void;

// ---------------------------------------------------------------- input parsing

/**
 * The `packages` input: either newline-separated glob patterns (platform inferred from each name; files
 * ending in `.minisig` are ignored) or a YAML map `platform: path` (keys may use aliases such as
 * `linux-amd64`; a value may be `{file, authenticode-subject}`).
 */
export async function resolvePackagesInput(text: string, cwd: string, inputName = 'packages'): Promise<PackageSource[]> {
  const trimmed = text.trim();
  if (!trimmed) throw new RelforgeError(`Input "${inputName}" is empty: give glob patterns (one per line) or a YAML map "platform: file".`);
  let map: Record<string, unknown> | undefined;
  if (/^[^\s#][^\n]*:\s/m.test(trimmed) || /^[^\s#][^\n]*:\s*$/m.test(trimmed)) {
    try {
      const y = parseYaml(trimmed) as unknown;
      if (y && typeof y === 'object' && !Array.isArray(y)) map = y as Record<string, unknown>;
    } catch (err) {
      throw new RelforgeError(`Input "${inputName}" looks like a YAML map but does not parse: ${errorMessage(err)}`);
    }
  }
  if (map) {
    const out: PackageSource[] = [];
    const problems: string[] = [];
    const seen = new Map<string, string>();
    for (const [rawKey, value] of Object.entries(map)) {
      let platform: string;
      try {
        platform = normalizePlatformKey(rawKey);
      } catch (err) {
        problems.push(`Input "${inputName}": ${errorMessage(err)}`);
        continue;
      }
      if (seen.has(platform)) problems.push(`Input "${inputName}": "${seen.get(platform)}" and "${rawKey}" are both ${platform}: one file per platform`);
      seen.set(platform, rawKey);
      const spec = typeof value === 'string' ? { file: value } : (value as { file?: unknown; 'authenticode-subject'?: unknown } | null);
      if (!spec || typeof spec.file !== 'string' || !spec.file.trim()) {
        problems.push(`Input "${inputName}": the value for ${rawKey} must be a file path (or {file: path, authenticode-subject: subject})`);
        continue;
      }
      const files = await expandFiles([spec.file], { cwd, inputName: `${inputName} (${rawKey})` }).catch((err: unknown) => {
        problems.push(errorMessage(err));
        return [];
      });
      const pkgs = files.filter((f) => !f.endsWith(SIG_SUFFIX));
      if (pkgs.length > 1) problems.push(`Input "${inputName}": ${rawKey} matches ${pkgs.length} files (${pkgs.map((f) => basename(f)).join(', ')}); one file per platform`);
      if (pkgs.length === 1) {
        const subject = spec['authenticode-subject'];
        out.push({ platform, path: pkgs[0]!, authenticodeSubject: typeof subject === 'string' && subject ? subject : undefined, origin: `${inputName}.${rawKey}` });
      }
    }
    if (problems.length) throw asRelforge(new ManifestError(problems));
    return out;
  }
  const patterns = trimmed.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const files = (await expandFiles(patterns, { cwd, inputName })).filter((f) => !f.endsWith(SIG_SUFFIX));
  if (files.length === 0) throw new RelforgeError(`Input "${inputName}" matched only .minisig files; list the packages themselves.`);
  return files.map((path) => ({ path, origin: inputName }));
}

/** Core ManifestErrors become RelforgeErrors (expected failures with a user-facing message). */
function asRelforge(err: unknown): unknown {
  return err instanceof ManifestError ? new RelforgeError(err.message, { cause: err }) : err;
}

// ---------------------------------------------------------------- verification of local packages

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
  log?: Logger;
}

const AUTHENTICODE_FILE = /\.(exe|msi|dll|sys)$/i;

/**
 * Verifies every package against the pinned key with one streamed read each (sha256 + BLAKE2b-512, the
 * prehash of `ED` signatures). Collects every problem, then throws them together.
 */
export async function verifyLocalPackages(sources: PackageSource[], opts: VerifyPackagesOptions): Promise<VerifiedPackage[]> {
  const problems: string[] = [];
  const out: VerifiedPackage[] = [];
  const byPlatform = new Map<string, string>();
  for (const src of sources) {
    const file = basename(src.path);
    let platform: string;
    try {
      platform = src.platform ? normalizePlatformKey(src.platform) : formatPlatform(inferPlatform(file));
    } catch (err) {
      problems.push(errorMessage(err));
      continue;
    }
    if (byPlatform.has(platform)) {
      problems.push(`Two files for platform ${platform}: ${byPlatform.get(platform)} and ${src.path}. Keep one, or name the platforms explicitly (e.g. with a -<bundle> suffix).`);
      continue;
    }
    byPlatform.set(platform, src.path);
    if (!FILE_RE.test(file)) {
      problems.push(`Package file name "${file}" (${platform}) is not safe for URLs and registries: use letters, digits and . _ - + ~ = @ only, starting with a letter or digit.`);
      continue;
    }
    const sigPath = src.signaturePath ?? `${src.path}${SIG_SUFFIX}`;
    let sigText: string;
    try {
      sigText = normalizeMinisig(await readFile(sigPath, 'utf8'));
    } catch {
      problems.push(`Package ${file} (${platform}) is unsigned: ${sigPath} does not exist. Sign it first (relforge sign-ed25519 / minisign -S) with the key whose public key is pinned.`);
      continue;
    }
    try {
      const sig = parseSignature(sigText);
      if (!sig.keyId.equals(opts.publicKey.keyId)) {
        problems.push(`Package ${file} (${platform}) is signed by key ${sig.keyIdHex}, not by the pinned key ${opts.publicKey.keyIdHex}: re-sign it with the release key or fix the public-key input.`);
        continue;
      }
      const digests = await hashFile(src.path, ['sha256', 'blake2b512']);
      if (src.expectedSha256 && src.expectedSha256 !== digests.sha256) {
        problems.push(`Package ${file} (${platform}) changed since it was staged: ${src.origin ?? 'the fragment'} says sha256 ${src.expectedSha256}, the file has ${digests.sha256}.`);
        continue;
      }
      const data = sig.algorithm === 'Ed' ? await legacyMessage(src.path, sig, opts.publicKey) : undefined;
      const result = verifySignature(sig, opts.publicKey, { digest: Buffer.from(digests.blake2b512, 'hex'), data });
      const signedVersion = trustedCommentField(result.trustedComment, 'version');
      if (signedVersion !== undefined && normalizeVersion(signedVersion) !== opts.version) {
        problems.push(`Package ${file} (${platform}) is signed for version "${signedVersion}", not ${opts.version}: refusing a validly signed file of another version (rollback protection). Rebuild and re-sign it for ${opts.version}.`);
        continue;
      }
      const signedPlatform = trustedCommentField(result.trustedComment, 'platform');
      if (signedPlatform !== undefined && signedPlatform !== '') {
        let norm = signedPlatform;
        try {
          norm = normalizePlatformKey(signedPlatform);
        } catch {
          /* compared verbatim */
        }
        if (norm !== platform) {
          problems.push(`Package ${file} is signed for platform "${signedPlatform}" but is being published as ${platform}: fix the platform mapping.`);
          continue;
        }
      }
      const signedProduct = trustedCommentField(result.trustedComment, 'product');
      if (signedProduct !== undefined && signedProduct !== opts.product) {
        problems.push(`Package ${file} (${platform}) is signed for product "${signedProduct}", not ${opts.product}.`);
        continue;
      }
      let authenticodeSubject: string | undefined;
      if (opts.authenticode && parsePlatformKey(platform).os === 'windows' && AUTHENTICODE_FILE.test(file)) {
        const { requireTimestamp, ...pins } = opts.authenticode;
        try {
          const ac = await verifyAuthenticodeFile(src.path, src.authenticodeSubject ? { ...pins, subject: src.authenticodeSubject } : pins, { requireTimestamp });
          authenticodeSubject = ac.signerSubject;
          opts.log?.(`Authenticode ${file}: ${ac.signerSubject}`);
        } catch (err) {
          problems.push(`Package ${file} (${platform}): ${errorMessage(err)}`);
          continue;
        }
      } else if (src.authenticodeSubject) {
        problems.push(
          `Package ${file} (${platform}) declares Authenticode subject "${src.authenticodeSubject}" but ${opts.authenticode ? 'it is not a Windows .exe/.msi/.dll/.sys' : 'no authenticode-root is set to verify it'}: the manifest records only verified signers.`,
        );
        continue;
      }
      out.push({ platform, file, path: src.path, size: digests.size, sha256: digests.sha256, signature: sigText, authenticodeSubject });
      opts.log?.(`verified ${file} → ${platform} (${digests.size} bytes, sha256 ${digests.sha256.slice(0, 16)}…, key ${result.keyIdHex})`);
    } catch (err) {
      problems.push(`Package ${file} (${platform}): ${errorMessage(err)}`);
    }
  }
  const present = new Set(out.map((p) => p.platform));
  for (const raw of opts.requirePlatforms ?? []) {
    let key: string;
    try {
      key = normalizePlatformKey(raw);
    } catch (err) {
      problems.push(`Input "require-platforms": ${errorMessage(err)}`);
      continue;
    }
    if (!present.has(key) && !byPlatform.has(key)) problems.push(`Required platform ${key} is missing: no package was given for it (found: ${[...byPlatform.keys()].sort().join(', ') || 'none'}).`);
  }
  if (problems.length) throw new RelforgeError(problems.length === 1 ? problems[0]! : `${problems.length} problems with the packages (nothing was uploaded):\n- ${problems.join('\n- ')}`);
  return out.sort((a, b) => (a.platform < b.platform ? -1 : 1));
}

// ---------------------------------------------------------------- settings

export interface CommonSettings {
  /** Authenticode trust for Windows packages (see VerifyPackagesOptions.authenticode). */
  authenticode?: VerifyPackagesOptions['authenticode'];
  product: string;
  version: string;
  /** Default: the version's prerelease id, else `stable`. */
  channel?: string;
  commit?: string;
  /** Pinned minisign public key (`.pub` text or its `RW…` line). */
  publicKey: string;
  requirePlatforms?: string[];
  /** Where the manifest, latest.json and fragments are written. */
  outDir: string;
  log?: Logger;
}

interface Resolved {
  product: string;
  version: string;
  channel: string;
  commit: string;
  pin: ParsedPublicKey;
}

function resolveCommon(s: CommonSettings): Resolved {
  const problems: string[] = [];
  if (!PRODUCT_RE.test(s.product ?? '')) problems.push(`Input "product" must be a package name (letters, digits, . _ + -; starting with a letter or digit), got "${s.product ?? ''}".`);
  const version = normalizeVersion(s.version ?? '');
  if (!version) problems.push(`Input "version" must be a SemVer version such as 1.4.0 or 1.4.0-beta.2 (a leading v is fine), got "${s.version ?? ''}".`);
  const channel = (s.channel ?? '').trim() || (version ? defaultChannel(version) : 'stable');
  if (!CHANNEL_RE.test(channel)) problems.push(`Input "channel" must be lower-case letters, digits and -, starting with a letter (e.g. stable, beta), got "${channel}".`);
  const commit = (s.commit ?? '').trim().toLowerCase();
  if (commit && !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(commit)) problems.push(`Input "commit" must be a full git SHA, got "${s.commit}".`);
  let pin: ParsedPublicKey | undefined;
  if (!s.publicKey?.trim()) problems.push('Input "public-key" is required: every package signature and the manifest key are checked against this pinned minisign public key.');
  else {
    try {
      pin = parsePublicKey(s.publicKey.trim());
    } catch (err) {
      problems.push(`Input "public-key" is not a minisign public key: ${errorMessage(err)}`);
    }
  }
  if (problems.length) throw new RelforgeError(problems.length === 1 ? problems[0]! : `${problems.length} problems with the inputs:\n- ${problems.join('\n- ')}`);
  return { product: s.product, version: version!, channel, commit, pin: pin! };
}

// ---------------------------------------------------------------- stage (matrix fragments)

export interface StageSettings extends CommonSettings {
  packages: PackageSource[];
}

export interface StageResult {
  fragmentPath: string;
  dir: string;
  packages: VerifiedPackage[];
}

async function linkOrCopy(from: string, to: string): Promise<void> {
  await rm(to, { force: true });
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

/**
 * `stage: true`: verifies this job's packages and writes a fragment into `outDir`:
 * `<outDir>/<platform>/<file>` (+ `.minisig`) and `<outDir>/fragment-<platforms>.json`. Upload `outDir`
 * as an artifact; the final job merges every fragment with `mergeFragments` / the `fragments` input.
 */
export async function stagePackages(s: StageSettings): Promise<StageResult> {
  const r = resolveCommon(s);
  const verified = await verifyLocalPackages(s.packages, { publicKey: r.pin, product: r.product, version: r.version, requirePlatforms: s.requirePlatforms, authenticode: s.authenticode, log: s.log });
  const dir = resolve(s.outDir);
  await mkdir(dir, { recursive: true });
  const fragment: PackagesFragment = {
    schema: FRAGMENT_SCHEMA,
    product: r.product,
    version: r.version,
    channel: r.channel,
    commit: r.commit,
    keyId: r.pin.keyIdHex,
    packages: [],
  };
  for (const p of verified) {
    const sub = join(dir, p.platform);
    await mkdir(sub, { recursive: true });
    const dest = join(sub, p.file);
    if (resolve(p.path) !== dest) await linkOrCopy(p.path, dest);
    await writeFile(`${dest}${SIG_SUFFIX}`, p.signature);
    fragment.packages.push({
      platform: p.platform,
      file: p.file,
      path: `${p.platform}/${p.file}`,
      size: p.size,
      sha256: p.sha256,
      signatures: p.authenticodeSubject ? { minisign: p.signature, authenticode: { subject: p.authenticodeSubject } } : { minisign: p.signature },
    });
  }
  const fragmentPath = join(dir, fragmentFileName(verified.map((p) => p.platform)));
  let text: string;
  try {
    text = serializeFragment(fragment);
  } catch (err) {
    throw asRelforge(err);
  }
  await writeFile(fragmentPath, text);
  s.log?.(`staged ${verified.length} package(s) in ${dir}; fragment ${basename(fragmentPath)}`);
  return { fragmentPath, dir, packages: verified };
}

/**
 * Reads fragment files (absolute paths or globs relative to `cwd`), refuses conflicts (mergeFragmentSet),
 * and returns the packages as sources for uploadPackages (their hashes are re-checked against the files).
 */
export async function mergeFragments(
  patterns: string[],
  opts: { cwd?: string; inputName?: string; product?: string; version?: string; channel?: string } = {},
): Promise<{ product: string; version: string; channel: string; commit: string; keyId: string; packages: PackageSource[] }> {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const files = (await expandFiles(patterns, { cwd, inputName: opts.inputName ?? 'fragments' })).filter((f) => f.endsWith('.json'));
  if (files.length === 0) throw new RelforgeError(`Input "${opts.inputName ?? 'fragments'}" matched no fragment .json files; download the staged artifacts first.`);
  const list: { name: string; fragment: PackagesFragment; dir: string }[] = [];
  for (const f of files) {
    const name = relative(cwd, f) || basename(f);
    try {
      list.push({ name, fragment: parseFragment(await readFile(f, 'utf8'), name), dir: dirname(f) });
    } catch (err) {
      throw asRelforge(err);
    }
  }
  let merged;
  try {
    merged = mergeFragmentSet(list);
  } catch (err) {
    throw asRelforge(err);
  }
  const expected: string[] = [];
  if (opts.product !== undefined && opts.product !== merged.product) expected.push(`product "${merged.product}", but this job publishes "${opts.product}"`);
  if (opts.version !== undefined && normalizeVersion(opts.version) !== merged.version) expected.push(`version ${merged.version}, but this job publishes ${opts.version}`);
  if (opts.channel && opts.channel !== merged.channel) expected.push(`channel ${merged.channel}, but this job publishes ${opts.channel}`);
  if (expected.length) throw new RelforgeError(`The fragments were staged for ${expected.join('; ')}: stage and merge with the same inputs (or clean out old artifacts).`);
  const dirs = new Map(list.map((l) => [l.name, l.dir]));
  const packages: PackageSource[] = merged.packages.map((p) => {
    const path = join(dirs.get(p.fragment)!, ...p.path.split('/'));
    return {
      platform: p.platform,
      path,
      authenticodeSubject: p.signatures.authenticode?.subject,
      expectedSha256: p.sha256,
      origin: p.fragment,
    };
  });
  // The signature next to the staged file must be the one the fragment recorded.
  for (const p of merged.packages) {
    const path = join(dirs.get(p.fragment)!, ...p.path.split('/'));
    const sig = existsSync(`${path}${SIG_SUFFIX}`) ? normalizeMinisig(await readFile(`${path}${SIG_SUFFIX}`, 'utf8')) : undefined;
    if (sig !== undefined && sig !== normalizeMinisig(p.signatures.minisign)) {
      throw new RelforgeError(`${p.file}${SIG_SUFFIX} next to ${p.fragment} differs from the signature recorded in the fragment: re-run the build job that staged ${p.platform}.`);
    }
    if (sig === undefined) await writeFile(`${path}${SIG_SUFFIX}`, normalizeMinisig(p.signatures.minisign));
  }
  return { product: merged.product, version: merged.version, channel: merged.channel, commit: merged.commit, keyId: merged.keyId, packages };
}

// ---------------------------------------------------------------- upload

export interface HttpTargetSettings {
  /** PUT URL template, e.g. `https://updates.example.com/api/v1/packages/{product}/{version}/{platform}/{file}`. */
  uploadUrl: string;
  /** Bearer token (input `package-token`). */
  token: string;
  /**
   * How uploads are read back: `auto` (the server's digest header — RFC 9530 Repr-Digest, Digest,
   * x-checksum-sha256 — else a streamed re-download) or `download` (always re-download and hash).
   */
  readBack?: 'auto' | 'download';
}

export interface GiteaTargetSettings {
  forge: Forge;
  /** Package owner (default: the repository owner). */
  owner?: string;
  /** Server root for download URLs (default: the forge API URL without `/api/v1`). */
  serverUrl?: string;
}

export interface ReleaseTargetSettings {
  /** Publishes files as the release's assets (draft → upload → verify → publish); returns each asset's download URL. */
  publish: (files: { path: string; name: string }[]) => Promise<{ downloadUrls: Record<string, string>; releaseUrl?: string }>;
  /** Asset download URL template, to plan the manifest URLs before publishing (e.g. `{server}/{owner}/{repo}/releases/download/{tag}/{file}`). */
  downloadUrl: string;
}

export interface UploadSettings extends CommonSettings {
  packages: PackageSource[];
  /** Manifest signing key (required even for dry runs: the signed manifest is the product of a dry run). */
  privateKey?: string;
  password?: string;
  key?: SigningKey;
  target: PackagesTarget;
  http?: HttpTargetSettings;
  gitea?: GiteaTargetSettings;
  release?: ReleaseTargetSettings;
  /** Public download URL template written into the manifest; default derived from the target. */
  baseUrl?: string;
  tauri?: boolean;
  notes?: string;
  /** RFC 3339; default: SOURCE_DATE_EPOCH when set, else now. */
  created?: string;
  /** Validity of the manifest after `created`, e.g. `90d`, `12h` (input `expires-in`); default: no expiry. */
  expiresIn?: string;
  dryRun?: boolean;
  /** Upload/download attempts per request (tests lower this). */
  attempts?: number;
  baseDelayMs?: number;
}

export type FileOutcome = 'uploaded' | 'replaced' | 'unchanged' | 'planned';

export interface UploadResult {
  manifest: PackagesManifest;
  manifestPath: string;
  manifestSignaturePath: string;
  manifestUrl: string;
  tauriPath?: string;
  tauriUrl?: string;
  files: { name: string; url: string; outcome: FileOutcome; verifiedBy?: string }[];
  dryRun: boolean;
}

function createdTimestamp(s: UploadSettings): string {
  if (s.created) {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(s.created) || Number.isNaN(Date.parse(s.created))) {
      throw new RelforgeError(`"created" must be an RFC 3339 UTC timestamp like 2026-01-31T12:00:00Z, got "${s.created}".`);
    }
    return s.created;
  }
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const ms = epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** `created` + a duration such as `90d`, `12h`, `30m` (input `expires-in`). */
export function expiryFrom(created: string, duration: string): string {
  const m = /^\s*(\d+)\s*([dhm])\s*$/.exec(duration);
  if (!m || Number(m[1]) === 0) throw new RelforgeError(`Input "expires-in" must be a positive duration like 90d, 12h or 30m, got "${duration}".`);
  const ms = Number(m[1]) * { d: 86_400_000, h: 3_600_000, m: 60_000 }[m[2] as 'd' | 'h' | 'm'];
  return new Date(Date.parse(created) + ms).toISOString().replace('.000Z', 'Z');
}

/** Removes path segments holding per-platform placeholders: where the manifest and latest.json go. */
export function setLevelTemplate(template: string): string {
  const u = template.split('?')[0]!;
  const rest = template.slice(u.length);
  const parts = u.split('/');
  return parts.filter((seg, i) => i < 3 || !/\{(platform|os|arch)\}/.test(seg)).join('/') + rest;
}

interface PlannedFile {
  name: string;
  path: string;
  size: number;
  sha256: string;
  /** Where it is uploaded (http target). */
  uploadUrl?: string;
  /** Where clients download it. */
  publicUrl: string;
}

function urlValues(r: Resolved, platform: string | undefined, file: string): Record<string, string> {
  const v: Record<string, string> = { product: r.product, version: r.version, channel: r.channel, file };
  if (platform) {
    const p = parsePlatformKey(platform);
    v.platform = platform;
    v.os = p.os;
    v.arch = p.arch;
  }
  return v;
}

function expand(template: string, values: Record<string, string>): string {
  try {
    return expandUrlTemplate(template, values);
  } catch (err) {
    throw asRelforge(err);
  }
}

/** sha256 hex from digest headers: RFC 9530 Repr-Digest / Content-Digest, RFC 3230 Digest, x-checksum-sha256, x-amz-checksum-sha256. */
export function digestFromHeaders(headers: Record<string, string | string[] | undefined>): string | undefined {
  const h = (n: string) => {
    const v = headers[n];
    return Array.isArray(v) ? v.join(',') : v;
  };
  for (const name of ['repr-digest', 'content-digest']) {
    const m = /(?:^|,)\s*sha-256=:([A-Za-z0-9+/=]+):/i.exec(h(name) ?? '');
    if (m) return Buffer.from(m[1]!, 'base64').toString('hex');
  }
  const d = /(?:^|,)\s*sha-256=([A-Za-z0-9+/=]+)/i.exec(h('digest') ?? '');
  if (d) return Buffer.from(d[1]!, 'base64').toString('hex');
  const x = h('x-checksum-sha256');
  if (x && /^[0-9a-f]{64}$/i.test(x.trim())) return x.trim().toLowerCase();
  const a = h('x-amz-checksum-sha256');
  if (a) return Buffer.from(a.trim(), 'base64').toString('hex');
  return undefined;
}

class HttpUploader {
  constructor(
    private readonly token: string,
    private readonly attempts: number | undefined,
    private readonly baseDelayMs: number | undefined,
    private readonly log: Logger,
    private readonly readBack: 'auto' | 'download',
  ) {}

  private headers(): Record<string, string> {
    return { authorization: `Bearer ${this.token}` };
  }

  private fail(res: HttpResponse, what: string): RelforgeError {
    const hint =
      res.status === 401 || res.status === 403
        ? ' Check the package-token input: the update server refused it (it needs permission to upload).'
        : res.status >= 500
          ? ' The server failed after every retry; re-run the step (it converges: files already there with the same bytes are skipped).'
          : '';
    return new RelforgeError(`${describeFailure(res, `Could not ${what}`)}.${hint}`);
  }

  async head(url: string): Promise<HttpResponse> {
    return request({ method: 'HEAD', url, headers: this.headers(), attempts: this.attempts, baseDelayMs: this.baseDelayMs });
  }

  /** sha256 of what the server serves: its digest header, else a streamed re-download. */
  async remoteSha256(url: string): Promise<{ sha256: string; size?: number; by: string } | undefined> {
    const head = await this.head(url);
    if (head.status === 404) return undefined;
    // Servers without HEAD: verify by downloading.
    if (head.status === 405 || head.status === 501) return { ...(await this.download(url)), by: 're-download' };
    if (head.status < 200 || head.status > 299) throw this.fail(head, `read back ${url}`);
    const d = digestFromHeaders(head.headers);
    const size = head.headers['content-length'] !== undefined ? Number(head.headers['content-length']) : undefined;
    if (d) return { sha256: d, size, by: 'server digest' };
    return { ...(await this.download(url)), by: 're-download' };
  }

  async download(url: string): Promise<{ sha256: string; size: number }> {
    const dir = await mkdtemp(join(tmpdir(), 'relforge-readback-'));
    try {
      const dest = join(dir, 'file');
      const res = await request({ method: 'GET', url, headers: this.headers(), saveTo: dest, attempts: this.attempts, baseDelayMs: this.baseDelayMs });
      if (res.status < 200 || res.status > 299) throw this.fail(res, `re-download ${url} to verify it`);
      const h = await hashFile(dest, ['sha256']);
      return { sha256: h.sha256, size: h.size };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Uploads one file unless the server already has the same bytes; then verifies what the server holds. */
  async put(f: PlannedFile): Promise<{ outcome: FileOutcome; verifiedBy: string }> {
    const url = f.uploadUrl!;
    const head = await this.head(url);
    let existed = false;
    if (head.status >= 200 && head.status < 300) {
      existed = true;
      if (this.readBack === 'download') {
        const have = await this.download(url);
        if (have.sha256 === f.sha256 && have.size === f.size) {
          this.log(`unchanged ${f.name} (the server already holds these bytes)`);
          return { outcome: 'unchanged', verifiedBy: 're-download' };
        }
      } else {
        const d = digestFromHeaders(head.headers);
        if (d === f.sha256 && Number(head.headers['content-length'] ?? f.size) === f.size) {
          this.log(`unchanged ${f.name} (the server already holds these bytes)`);
          return { outcome: 'unchanged', verifiedBy: 'server digest' };
        }
      }
    } else if (head.status === 401 || head.status === 403) {
      throw this.fail(head, `check ${url}`);
    }
    const res = await request({
      method: 'PUT',
      url,
      headers: { ...this.headers(), 'content-type': 'application/octet-stream' },
      body: { file: f.path },
      attempts: this.attempts,
      baseDelayMs: this.baseDelayMs,
      timeoutMs: 300_000,
      deadlineMs: 3_600_000,
    });
    if (res.status < 200 || res.status > 299) throw this.fail(res, `upload ${f.name} to ${url}`);
    const back = this.readBack === 'download' ? { ...(await this.download(url)), by: 're-download' } : await this.remoteSha256(url);
    if (!back) throw new RelforgeError(`Uploaded ${f.name} to ${url} (HTTP ${res.status}) but the server does not serve it back (HTTP 404): check the upload-url template and the server.`);
    if (back.sha256 !== f.sha256 || (back.size !== undefined && back.size !== f.size)) {
      throw new RelforgeError(
        `Checksum mismatch after uploading ${f.name}: the server holds sha256 ${back.sha256}${back.size !== undefined ? ` (${back.size} bytes)` : ''}, the local file is ${f.sha256} (${f.size} bytes). Nothing further was published (no manifest); re-run the step, and check the server or proxy if it repeats.`,
      );
    }
    this.log(`${existed ? 'replaced' : 'uploaded'} ${f.name} → ${url} (verified by ${back.by})`);
    return { outcome: existed ? 'replaced' : 'uploaded', verifiedBy: back.by };
  }
}

/** The operation behind the action (stage: false) and `relforge upload-packages`. */
export async function uploadPackages(s: UploadSettings): Promise<UploadResult> {
  const log = s.log ?? (() => {});
  const r = resolveCommon(s);
  const created = createdTimestamp(s);
  const problems: string[] = [];
  // Target settings before any file is read.
  if (!['http', 'gitea-generic', 'release'].includes(s.target)) problems.push(`Input "target" must be release, gitea-generic or http, got "${String(s.target)}".`);
  if (s.target === 'http') {
    if (!s.http?.uploadUrl) problems.push('Input "upload-url" is required for target http (a PUT URL template such as https://updates.example.com/api/v1/packages/{product}/{version}/{platform}/{file}).');
    else problems.push(...urlTemplateProblems(s.http.uploadUrl, 'upload-url'));
    if (!s.http?.token && !s.dryRun) problems.push('Input "package-token" is required for target http (the bearer token the update server accepts for uploads).');
  }
  if (s.target === 'gitea-generic' && !s.gitea?.forge) problems.push('Target gitea-generic needs a Gitea or Forgejo forge (runs on Gitea/Forgejo Actions, or set forge/api-url) and input "package-token" (a token with write:package).');
  if (s.target === 'gitea-generic' && s.gitea?.forge && !s.gitea.forge.capabilities.genericPackages) problems.push(`Target gitea-generic needs Gitea or Forgejo; this forge (${s.gitea.forge.kind}) has no generic package registry: use target release or http.`);
  if (s.target === 'release' && !s.release) problems.push('Target release needs the forge release settings (tag and token).');
  if (s.baseUrl) problems.push(...urlTemplateProblems(s.baseUrl, 'base-url'));
  if (problems.length) throw new RelforgeError(problems.length === 1 ? problems[0]! : `${problems.length} problems with the inputs:\n- ${problems.join('\n- ')}`);

  // Key first: a wrong or unpinned key fails before any package is read.
  if (!s.key && !s.privateKey) throw new RelforgeError('Input "private-key" is required to sign the manifest (a minisign secret key whose public key is the pinned public-key).');
  let key = s.key ?? (await loadSigningKey(s.privateKey!, s.password));
  key = checkKeyPin(key, r.pin);

  const packages = await verifyLocalPackages(s.packages, { publicKey: r.pin, product: r.product, version: r.version, requirePlatforms: s.requirePlatforms, authenticode: s.authenticode, log });

  // Plan URLs.
  let publicTemplate: string;
  let giteaRef: PackageRef | undefined;
  if (s.target === 'http') publicTemplate = s.baseUrl ?? s.http!.uploadUrl;
  else if (s.target === 'gitea-generic') {
    const forge = s.gitea!.forge;
    const server = (s.gitea!.serverUrl ?? forge.apiUrl.replace(/\/api\/v1\/?$/, '')).replace(/\/+$/, '');
    const owner = s.gitea!.owner ?? forge.owner;
    giteaRef = { owner, name: r.product, version: r.version };
    publicTemplate = s.baseUrl ?? `${server}/api/packages/${encodeURIComponent(owner)}/generic/{product}/{version}/{file}`;
  } else publicTemplate = s.baseUrl ?? s.release!.downloadUrl;
  // A release's asset URLs carry the tag (hence the version) literally; every other template needs {version}.
  const tplProblems = !s.baseUrl && s.target === 'release' ? [] : urlTemplateProblems(publicTemplate, s.baseUrl ? 'base-url' : 'the download URL');
  if (tplProblems.length) throw new RelforgeError(tplProblems.join('\n'));

  const planned: PlannedFile[] = [];
  const entries: PackageEntry[] = [];
  for (const p of packages) {
    const values = urlValues(r, p.platform, p.file);
    const url = expand(publicTemplate, values);
    entries.push({
      platform: p.platform,
      file: p.file,
      size: p.size,
      sha256: p.sha256,
      url,
      signatures: p.authenticodeSubject ? { minisign: p.signature, authenticode: { subject: p.authenticodeSubject } } : { minisign: p.signature },
    });
    const sigBytes = Buffer.from(p.signature, 'utf8');
    planned.push({ name: p.file, path: p.path, size: p.size, sha256: p.sha256, publicUrl: url, uploadUrl: s.http ? expand(s.http.uploadUrl, values) : undefined });
    const sigValues = urlValues(r, p.platform, `${p.file}${SIG_SUFFIX}`);
    planned.push({
      name: `${p.file}${SIG_SUFFIX}`,
      path: '', // written below
      size: sigBytes.length,
      sha256: sha256Hex(sigBytes),
      publicUrl: expand(publicTemplate, sigValues),
      uploadUrl: s.http ? expand(s.http.uploadUrl, sigValues) : undefined,
    });
  }
  // Names and URLs must be distinct (the registry and release targets are flat namespaces).
  const seenUrl = new Map<string, string>();
  const seenName = new Map<string, string>();
  for (const f of planned) {
    const key2 = f.uploadUrl ?? f.publicUrl;
    if (seenUrl.has(key2)) problems.push(`${f.name} and ${seenUrl.get(key2)} would go to the same URL ${key2}: add {platform} to the URL template or give the files distinct names.`);
    seenUrl.set(key2, f.name);
    if (s.target !== 'http') {
      if (seenName.has(f.name)) problems.push(`Two packages are named ${f.name}: target ${s.target} stores files in one flat namespace; give each platform's file a distinct name.`);
      seenName.set(f.name, f.name);
    }
  }
  if (problems.length) throw new RelforgeError(problems.join('\n'));

  // Build, sign and self-verify the manifest.
  const manifest: PackagesManifest = {
    schema: MANIFEST_SCHEMA,
    product: r.product,
    version: r.version,
    channel: r.channel,
    commit: r.commit,
    created,
    ...(s.expiresIn ? { expires: expiryFrom(created, s.expiresIn) } : {}),
    keyId: r.pin.keyIdHex,
    packages: entries,
  };
  let manifestText: string;
  let tauriText: string | undefined;
  try {
    manifestText = serializeManifest(manifest);
    if (s.tauri) tauriText = serializeTauriLatest(toTauriLatest(manifest, { notes: s.notes }));
  } catch (err) {
    throw asRelforge(err);
  }
  const manifestBytes = Buffer.from(manifestText, 'utf8');
  const manifestSig = signBuffer(manifestBytes, key, { trustedComment: manifestTrustedComment(manifest), untrustedComment: `relforge package manifest ${r.product} ${r.version} (${r.channel})` });
  const check = verifyBuffer(manifestBytes, manifestSig, r.pin);
  const tcProblems = trustedCommentProblems(check.trustedComment, manifest);
  if (tcProblems.length) throw new RelforgeError(`Internal: the manifest signature does not bind the manifest: ${tcProblems.join('; ')}`);

  const outDir = resolve(s.outDir);
  await mkdir(outDir, { recursive: true });
  const manifestPath = join(outDir, MANIFEST_FILE);
  const manifestSignaturePath = `${manifestPath}${SIG_SUFFIX}`;
  await writeFile(manifestPath, manifestBytes);
  await writeFile(manifestSignaturePath, manifestSig);
  const tauriPath = tauriText !== undefined ? join(outDir, TAURI_FILE) : undefined;
  if (tauriPath) await writeFile(tauriPath, tauriText!);
  // Signatures as files (uploaded beside each package).
  const sigDir = join(outDir, 'signatures');
  await mkdir(sigDir, { recursive: true });
  for (const f of planned) {
    if (f.path === '') {
      const owner = packages.find((p) => `${p.file}${SIG_SUFFIX}` === f.name)!;
      await mkdir(join(sigDir, owner.platform), { recursive: true });
      f.path = join(sigDir, owner.platform, f.name);
      await writeFile(f.path, owner.signature);
    }
  }
  // The set-level files, uploaded after every package: latest.json, manifest.json.minisig, manifest.json (last).
  const setFiles: PlannedFile[] = [];
  const setTemplate = (t: string) => setLevelTemplate(t);
  const setValues = (file: string) => urlValues(r, undefined, file);
  const publicSet = setTemplate(publicTemplate);
  const uploadSet = s.http ? setTemplate(s.http.uploadUrl) : undefined;
  const addSet = (name: string, path: string, bytes: Buffer) =>
    setFiles.push({ name, path, size: bytes.length, sha256: sha256Hex(bytes), publicUrl: expand(publicSet, setValues(name)), uploadUrl: uploadSet ? expand(uploadSet, setValues(name)) : undefined });
  if (tauriPath) addSet(TAURI_FILE, tauriPath, Buffer.from(tauriText!, 'utf8'));
  addSet(`${MANIFEST_FILE}${SIG_SUFFIX}`, manifestSignaturePath, Buffer.from(manifestSig, 'utf8'));
  addSet(MANIFEST_FILE, manifestPath, manifestBytes);
  for (const f of setFiles) {
    if (planned.some((p) => (p.uploadUrl ?? p.publicUrl) === (f.uploadUrl ?? f.publicUrl) || (s.target !== 'http' && p.name === f.name))) {
      throw new RelforgeError(`A package would overwrite ${f.name} (same URL or name): rename that package.`);
    }
  }

  const result: UploadResult = {
    manifest,
    manifestPath,
    manifestSignaturePath,
    manifestUrl: setFiles[setFiles.length - 1]!.publicUrl,
    tauriPath,
    tauriUrl: tauriPath ? setFiles[0]!.publicUrl : undefined,
    files: [],
    dryRun: !!s.dryRun,
  };
  if (s.dryRun) {
    for (const f of [...planned, ...setFiles]) result.files.push({ name: f.name, url: f.uploadUrl ?? f.publicUrl, outcome: 'planned' });
    log(`dry run: ${packages.length} package(s) verified, manifest signed (${manifestPath}); nothing uploaded.`);
    return result;
  }

  if (s.target === 'http') {
    const up = new HttpUploader(s.http!.token, s.attempts, s.baseDelayMs, log, s.http!.readBack ?? 'auto');
    for (const f of [...planned, ...setFiles]) {
      const o = await up.put(f);
      result.files.push({ name: f.name, url: f.uploadUrl!, outcome: o.outcome, verifiedBy: o.verifiedBy });
    }
  } else if (s.target === 'gitea-generic') {
    const forge = s.gitea!.forge;
    const ref = giteaRef!;
    const sync = async (batch: PlannedFile[]) => {
      const existing = new Map((await forge.listPackageFiles(ref)).map((f) => [f.name, f]));
      for (const f of batch) {
        const have = existing.get(f.name);
        let outcome: FileOutcome = 'uploaded';
        if (have && have.sha256 === f.sha256 && have.size === f.size) {
          result.files.push({ name: f.name, url: f.publicUrl, outcome: 'unchanged', verifiedBy: 'package-file sha256' });
          log(`unchanged ${f.name} (the registry already holds these bytes)`);
          continue;
        }
        if (have) {
          await forge.deletePackageFile(ref, f.name);
          outcome = 'replaced';
        }
        try {
          await forge.uploadPackageFile(ref, { path: f.path, name: f.name, size: f.size, contentType: 'application/octet-stream' });
        } catch (err) {
          if (!(err instanceof PackageFileExistsError)) throw err;
          // A parallel or timed-out earlier upload won: compare, replace if different.
          const now = (await forge.listPackageFiles(ref)).find((x) => x.name === f.name);
          if (!now || now.sha256 !== f.sha256) {
            await forge.deletePackageFile(ref, f.name);
            await forge.uploadPackageFile(ref, { path: f.path, name: f.name, size: f.size, contentType: 'application/octet-stream' });
            outcome = 'replaced';
          }
        }
        result.files.push({ name: f.name, url: f.publicUrl, outcome, verifiedBy: 'package-file sha256' });
        log(`${outcome} ${f.name} → ${f.publicUrl}`);
      }
      // Read back: the registry's sha256 for every file of this batch.
      const after = new Map((await forge.listPackageFiles(ref)).map((f) => [f.name, f]));
      for (const f of batch) {
        const got = after.get(f.name);
        if (!got) throw new RelforgeError(`Uploaded ${f.name} but the package registry does not list it (${ref.owner}/${ref.name} ${ref.version}); nothing further was published. Re-run the step.`);
        if (got.sha256 !== f.sha256 || got.size !== f.size) {
          throw new RelforgeError(
            `Checksum mismatch after uploading ${f.name}: the registry reports sha256 ${got.sha256} (${got.size} bytes), the local file is ${f.sha256} (${f.size} bytes). The manifest was not uploaded; re-run the step.`,
          );
        }
      }
    };
    await sync(planned);
    for (const f of setFiles) await sync([f]);
    const ours = new Set([...planned, ...setFiles].map((f) => f.name));
    const others = (await forge.listPackageFiles(ref)).filter((f) => !ours.has(f.name)).map((f) => f.name);
    if (others.length) log(`note: package ${ref.name} ${ref.version} also holds files this run did not publish (kept, not in the manifest): ${others.join(', ')}`);
  } else {
    const files = [...planned, ...setFiles].map((f) => ({ path: f.path, name: f.name }));
    const out = await s.release!.publish(files);
    for (const f of [...planned, ...setFiles]) {
      const url = out.downloadUrls[f.name] ?? f.publicUrl;
      result.files.push({ name: f.name, url, outcome: 'uploaded', verifiedBy: 'release asset digest/size' });
    }
    // The manifest names `{server}/{owner}/{repo}/releases/download/{tag}/{file}`: GitHub's browser_download_url, and a
    // route Gitea/Forgejo serve too (their API reports /attachments/{uuid} instead, which is not version-specific).
    const differing = [...planned, ...setFiles].filter((f) => out.downloadUrls[f.name] && decodeURIComponent(out.downloadUrls[f.name]!) !== decodeURIComponent(f.publicUrl));
    if (differing.length && !s.baseUrl) log(`note: the forge reports other download URLs for the assets (e.g. ${out.downloadUrls[differing[0]!.name]}); the manifest keeps the version-specific ${differing[0]!.publicUrl}`);
  }
  log(`published ${packages.length} package(s) of ${r.product} ${r.version} (${r.channel}); manifest ${result.manifestUrl}`);
  return result;
}

function sha256Hex(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}

/** The `packages` output: one object per package. */
export function packagesOutput(m: PackagesManifest): { platform: string; file: string; size: number; sha256: string; url: string }[] {
  return m.packages.map((p) => ({ platform: p.platform, file: p.file, size: p.size, sha256: p.sha256, url: p.url }));
}

// ---------------------------------------------------------------- step summaries (markdown, pure)

const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderUploadSummary(res: UploadResult, target: string): string {
  const m = res.manifest;
  const lines = [
    `## ${res.dryRun ? 'Dry run: ' : ''}${mdCell(m.product)} ${m.version} (${m.channel}) → ${target}`,
    '',
    `Manifest: ${res.dryRun ? `\`${res.manifestPath}\` (not uploaded)` : res.manifestUrl} · key \`${m.keyId}\` · ${m.packages.length} package(s)`,
    '',
    '| platform | file | size | sha256 | url |',
    '|---|---|---:|---|---|',
    ...m.packages.map((p) => `| ${p.platform} | ${mdCell(p.file)} | ${p.size} | \`${p.sha256.slice(0, 16)}…\` | ${mdCell(p.url)} |`),
    '',
    '| file | outcome | verified by |',
    '|---|---|---|',
    ...res.files.map((f) => `| ${mdCell(f.name)} | ${f.outcome} | ${f.verifiedBy ?? '—'} |`),
    '',
  ];
  return lines.join('\n');
}

export function renderStageSummary(product: string, version: string, r: StageResult): string {
  return [
    `## Staged ${mdCell(product)} ${version}: ${r.packages.map((p) => p.platform).join(', ')}`,
    '',
    `Fragment \`${r.fragmentPath}\` — upload \`${r.dir}\` as an artifact; the merge job publishes every fragment at once.`,
    '',
    '| platform | file | size | sha256 |',
    '|---|---|---:|---|',
    ...r.packages.map((p) => `| ${p.platform} | ${mdCell(p.file)} | ${p.size} | \`${p.sha256}\` |`),
    '',
  ].join('\n');
}

// ---------------------------------------------------------------- target release (through the publish recipe)

export interface ReleaseTargetOptions {
  token: string;
  tag: string;
  serverUrl: string;
  /** Forge kind to force (github|gitea|forgejo), or a ready adapter (tests). */
  forge?: string | Forge;
  apiUrl?: string;
  repository?: string;
  log?: Logger;
}

/** Settings for `target: release`: assets of the forge release for `tag`, published by the shared publish recipe (src/publishing/publish-release.ts). */
export function releaseTarget(o: ReleaseTargetOptions): ReleaseTargetSettings {
  const repository = (o.repository ?? process.env.GITHUB_REPOSITORY ?? '').trim();
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) throw new RelforgeError(`Target release needs the repository as "owner/name" (GITHUB_REPOSITORY), got "${repository}".`);
  return {
    downloadUrl: `${o.serverUrl.replace(/\/+$/, '')}/${repository}/releases/download/${encodeURIComponent(o.tag)}/{file}`,
    publish: async (files) => {
      const res = await publishRelease({
        tag: o.tag,
        files: files.map((f) => f.path),
        checksums: false,
        prerelease: 'auto',
        forge: o.forge && typeof o.forge !== 'string' ? o.forge : { token: o.token, forge: o.forge, apiUrl: o.apiUrl, repository },
        log: o.log,
      });
      if (!res.published) throw new RelforgeError(`The release ${o.tag} was not published; the manifest is uploaded but not visible. Re-run the step.`);
      return { downloadUrls: Object.fromEntries(res.assets.map((a) => [a.name, a.url])), releaseUrl: res.url };
    },
  };
}
