/**
 * The signed package manifest `relforge.packages/v1`, its trusted comment, matrix fragments and
 * Tauri's static `latest.json`. Pure: text in, values out (no files, no network, no keys).
 *
 * Canonical serialization (so a re-run over the same inputs produces the same bytes): object keys sorted
 * by code point at every level, packages sorted by platform key, two-space indentation, `\n` line ends,
 * one trailing newline, UTF-8. The bytes that are signed are exactly the bytes served.
 */
import { parse as semverParse, prerelease as semverPrerelease } from 'semver';
import { FormatError, type FieldProblem } from '../../platform/errors.js';
import { isSecureUrl } from '../../platform/url.js';
import { isPlatformKey, parsePlatformKey, isTauriPlatform } from './platform.js';

export const MANIFEST_SCHEMA = 'relforge.packages/v1';
export const FRAGMENT_SCHEMA = 'relforge.packages-fragment/v1';
export const MANIFEST_FILE = 'manifest.json';
export const SIG_SUFFIX = '.minisig';
/** The manifest and its signature in one file (one download: never a manifest beside another manifest's signature). */
export const SIGNED_MANIFEST_FILE = 'manifest.signed.json';
export const SIGNED_MANIFEST_SCHEMA = 'relforge.signed-manifest/v1';

export interface PackageSignatures {
  /** The whole `.minisig` text (4 lines, `\n`-terminated) by the manifest's key. */
  minisign: string;
  /** Present when the file is Authenticode-signed (Windows): the signer certificate subject. */
  authenticode?: { subject: string };
}

export interface PackageEntry {
  platform: string;
  file: string;
  size: number;
  sha256: string;
  url: string;
  signatures: PackageSignatures;
}

export interface PackagesManifest {
  schema: typeof MANIFEST_SCHEMA;
  product: string;
  version: string;
  channel: string;
  commit: string;
  /** RFC 3339 UTC timestamp (second precision). */
  created: string;
  /**
   * Optional RFC 3339 UTC end of validity (TUF's freeze defence): verifiers refuse the manifest after it, so a
   * mirror cannot keep serving an old manifest forever. Re-publish (re-sign) before it passes.
   */
  expires?: string;
  /** minisign key id: 16 upper-case hex digits. */
  keyId: string;
  packages: PackageEntry[];
}

/** A package manifest, fragment, signed manifest or URL template that is not valid (every problem listed). */
export class PackagesManifestError extends FormatError {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.length === 1 ? problems[0]! : `${problems.length} problems:\n- ${problems.join('\n- ')}`);
    this.problems = problems;
  }
}

// ---------- field rules ----------

/** Product names go into URLs and Gitea package names (`\A[-_+.\w]+\z`). */
export const PRODUCT_RE = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
export const CHANNEL_RE = /^[a-z][a-z0-9-]{0,31}$/;
/** Package file names: one path component, safe in URLs, Gitea generic file names and release assets. */
export const FILE_RE = /^[A-Za-z0-9][A-Za-z0-9._+~=@-]{0,254}$/;
const SHA256_RE = /^[0-9a-f]{64}$/;
const KEYID_RE = /^[0-9A-F]{16}$/;
const COMMIT_RE = /^(?:[0-9a-f]{40}|[0-9a-f]{64})?$/;
const RFC3339_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/** The channel a version belongs to by default: its first prerelease identifier, else `stable`. */
export function defaultChannel(version: string): string {
  const pre = semverPrerelease(version);
  if (!pre || pre.length === 0) return 'stable';
  const first = String(pre[0]).toLowerCase();
  return CHANNEL_RE.test(first) ? first : 'prerelease';
}

/**
 * Why a channel does not fit a version, or undefined: `stable` carries stable versions only (an agent on the
 * stable channel must never be offered a prerelease). Continues after the channel's name.
 */
export function channelVersionProblem(version: string, channel: string): string | undefined {
  const pre = semverPrerelease(version);
  if (channel === 'stable' && pre && pre.length > 0) {
    return `is "stable" but version ${version} is a prerelease: stable agents would be offered it. Leave the channel empty (it becomes "${defaultChannel(version)}") or publish a stable version.`;
  }
  return undefined;
}

/** A version as the manifest stores it: SemVer 2.0.0 without a leading `v`. */
export function normalizeVersion(raw: string): string | undefined {
  const t = raw.trim().replace(/^v(?=\d)/, '');
  return /^\d/.test(t) && semverParse(t) !== null ? t : undefined;
}

/** http(s) URL check without I/O: https anywhere, http only to loopback hosts. */
export function urlProblem(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `"${url}" is not a valid URL`;
  }
  if (isSecureUrl(u)) return undefined;
  return `"${url}" must use https:// (http only for loopback addresses)`;
}

/** Structural check of a `.minisig` text (not a cryptographic verification). */
export function minisigShapeProblem(text: string): string | undefined {
  const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  if (lines.length !== 4) return `has ${lines.length} lines, a minisign signature has 4`;
  if (!lines[0]!.startsWith('untrusted comment:')) return 'line 1 is not an "untrusted comment:" line';
  if (!/^[A-Za-z0-9+/]{98}[A-Za-z0-9+/=]{2}$/.test(lines[1]!)) return 'line 2 is not a 74-byte base64 signature';
  if (!lines[2]!.startsWith('trusted comment: ')) return 'line 3 is not a "trusted comment:" line (signify signatures are not accepted)';
  if (!/^[A-Za-z0-9+/]{86}==$/.test(lines[3]!)) return 'line 4 is not a 64-byte base64 global signature';
  return undefined;
}

/** `.minisig` text with LF line ends and exactly one trailing newline. */
export function normalizeMinisig(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/\n*$/, '\n');
}

// ---------- trusted comment ----------

/** Parses `key:value` pairs separated by tabs (minisign's own `timestamp:…\tfile:…` convention). */
export function parseTrustedComment(comment: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of comment.split('\t')) {
    const i = part.indexOf(':');
    if (i > 0) out[part.slice(0, i)] = part.slice(i + 1);
  }
  return out;
}

/** The trusted comment of `manifest.json.minisig`: binds product, version and channel to the signature. */
export function manifestTrustedComment(m: Pick<PackagesManifest, 'product' | 'version' | 'channel' | 'created' | 'expires'>, file = MANIFEST_FILE): string {
  const ts = Math.floor(Date.parse(m.created) / 1000);
  const exp = m.expires ? `\texpires:${Math.floor(Date.parse(m.expires) / 1000)}` : '';
  return `timestamp:${ts}\tfile:${file}\tproduct:${m.product}\tversion:${m.version}\tchannel:${m.channel}${exp}`;
}

/** Problems when a manifest's trusted comment does not bind it (missing or different product/version/channel). */
export function trustedCommentProblems(comment: string, m: Pick<PackagesManifest, 'product' | 'version' | 'channel'>): string[] {
  const tc = parseTrustedComment(comment);
  const problems: string[] = [];
  for (const field of ['product', 'version', 'channel'] as const) {
    if (tc[field] === undefined) problems.push(`the signature's trusted comment has no ${field} (it must bind product, version and channel)`);
    else if (tc[field] !== m[field]) problems.push(`the signature's trusted comment says ${field} "${tc[field]}" but the manifest says "${m[field]}"`);
  }
  return problems;
}

// ---------- canonical JSON ----------

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v as object).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = sortKeys(x);
    }
    return out;
  }
  return v;
}

export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

/** Serializes a manifest canonically (validating it first: an invalid manifest is never written). */
export function serializeManifest(m: PackagesManifest): string {
  const problems = manifestProblems(m);
  if (problems.length) throw new PackagesManifestError(problems);
  const packages = [...m.packages]
    .sort((a, b) => (a.platform < b.platform ? -1 : a.platform > b.platform ? 1 : 0))
    .map((p) => ({ ...p, signatures: { ...p.signatures, minisign: normalizeMinisig(p.signatures.minisign) } }));
  return canonicalJson({ ...m, packages });
}

// ---------- validation ----------

function entryProblems(p: PackageEntry, where: string): string[] {
  const problems: string[] = [];
  if (typeof p !== 'object' || p === null) return [`${where} is not an object`];
  if (typeof p.platform !== 'string' || !isPlatformKey(p.platform)) problems.push(`${where}.platform "${String(p.platform)}" is not a platform key (<os>-<arch>[-<bundle>])`);
  if (typeof p.file !== 'string' || !FILE_RE.test(p.file)) problems.push(`${where}.file "${String(p.file)}" is not a safe file name`);
  if (!Number.isSafeInteger(p.size) || p.size < 0) problems.push(`${where}.size must be a non-negative integer`);
  if (typeof p.sha256 !== 'string' || !SHA256_RE.test(p.sha256)) problems.push(`${where}.sha256 must be 64 lower-case hex digits`);
  if (typeof p.url !== 'string') problems.push(`${where}.url is missing`);
  else {
    const u = urlProblem(p.url);
    if (u) problems.push(`${where}.url ${u}`);
  }
  const sig = p.signatures?.minisign;
  if (typeof sig !== 'string') problems.push(`${where}.signatures.minisign is missing (every package must be signed)`);
  else {
    const s = minisigShapeProblem(sig);
    if (s) problems.push(`${where}.signatures.minisign ${s}`);
  }
  const ac = p.signatures?.authenticode;
  if (ac !== undefined && (typeof ac !== 'object' || ac === null || typeof ac.subject !== 'string' || ac.subject === '')) {
    problems.push(`${where}.signatures.authenticode must be {"subject": "<signer subject>"}`);
  }
  return problems;
}

export function manifestProblems(m: PackagesManifest): string[] {
  const problems: string[] = [];
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return ['the manifest is not a JSON object'];
  if (m.schema !== MANIFEST_SCHEMA) problems.push(`schema is "${String(m.schema)}", expected "${MANIFEST_SCHEMA}"`);
  if (typeof m.product !== 'string' || !PRODUCT_RE.test(m.product)) problems.push(`product "${String(m.product)}" must match ${PRODUCT_RE}`);
  if (typeof m.version !== 'string' || normalizeVersion(m.version) !== m.version) problems.push(`version "${String(m.version)}" is not a SemVer 2.0.0 version (without a leading v)`);
  if (typeof m.channel !== 'string' || !CHANNEL_RE.test(m.channel)) problems.push(`channel "${String(m.channel)}" must match ${CHANNEL_RE}`);
  if (typeof m.commit !== 'string' || !COMMIT_RE.test(m.commit)) problems.push(`commit "${String(m.commit)}" must be a full lower-case git SHA (or empty)`);
  if (typeof m.created !== 'string' || !RFC3339_RE.test(m.created) || Number.isNaN(Date.parse(m.created))) problems.push(`created "${String(m.created)}" must be an RFC 3339 UTC timestamp`);
  if (m.expires !== undefined) {
    if (typeof m.expires !== 'string' || !RFC3339_RE.test(m.expires) || Number.isNaN(Date.parse(m.expires))) problems.push(`expires "${String(m.expires)}" must be an RFC 3339 UTC timestamp`);
    else if (typeof m.created === 'string' && Date.parse(m.expires) <= Date.parse(m.created)) problems.push(`expires ${m.expires} must be after created ${m.created}`);
  }
  if (typeof m.keyId !== 'string' || !KEYID_RE.test(m.keyId)) problems.push(`keyId "${String(m.keyId)}" must be 16 upper-case hex digits (the minisign key id)`);
  if (!Array.isArray(m.packages) || m.packages.length === 0) {
    problems.push('packages must be a non-empty array');
    return problems;
  }
  const platforms = new Map<string, number>();
  const urls = new Map<string, string>();
  m.packages.forEach((p, i) => {
    const where = `packages[${i}]${p && typeof p.platform === 'string' ? ` (${p.platform})` : ''}`;
    problems.push(...entryProblems(p, where));
    if (p && typeof p.platform === 'string') {
      if (platforms.has(p.platform)) problems.push(`platform ${p.platform} appears twice (packages[${platforms.get(p.platform)}] and packages[${i}])`);
      else platforms.set(p.platform, i);
    }
    if (p && typeof p.url === 'string') {
      if (urls.has(p.url)) problems.push(`${p.platform} and ${urls.get(p.url)} have the same url ${p.url}`);
      else urls.set(p.url, p.platform);
    }
  });
  return problems;
}

/** Parses and validates manifest text; throws PackagesManifestError listing every problem. */
export function parseManifest(text: string): PackagesManifest {
  let m: PackagesManifest;
  try {
    m = JSON.parse(text) as PackagesManifest;
  } catch (err) {
    throw new PackagesManifestError([`the manifest is not valid JSON: ${(err as Error).message}`]);
  }
  const problems = manifestProblems(m);
  if (problems.length) throw new PackagesManifestError(problems);
  return m;
}

/** Finds the entry for a platform, trying `<os>-<arch>-<bundle>` then `<os>-<arch>` (Tauri's order). */
export function findPackage(m: PackagesManifest, platform: string): PackageEntry | undefined {
  const p = parsePlatformKey(platform);
  const keys = p.bundle ? [platform, `${p.os}-${p.arch}`] : [platform];
  for (const k of keys) {
    const hit = m.packages.find((e) => e.platform === k);
    if (hit) return hit;
  }
  return undefined;
}

// ---------- matrix fragments ----------

export interface FragmentPackage {
  platform: string;
  file: string;
  /** Path of the package relative to the fragment file's directory (`/` separated). */
  path: string;
  size: number;
  sha256: string;
  signatures: PackageSignatures;
}

export interface PackagesFragment {
  schema: typeof FRAGMENT_SCHEMA;
  product: string;
  version: string;
  channel: string;
  commit: string;
  keyId: string;
  packages: FragmentPackage[];
}

export function fragmentProblems(f: PackagesFragment, name: string): string[] {
  const problems: string[] = [];
  if (typeof f !== 'object' || f === null) return [`${name} is not a JSON object`];
  if (f.schema !== FRAGMENT_SCHEMA) problems.push(`${name}: schema is "${String(f.schema)}", expected "${FRAGMENT_SCHEMA}" (was it written by upload-packages with stage: true?)`);
  if (!Array.isArray(f.packages) || f.packages.length === 0) problems.push(`${name}: packages must be a non-empty array`);
  else
    f.packages.forEach((p, i) => {
      if (typeof p.path !== 'string' || p.path === '' || p.path.startsWith('/') || p.path.split('/').some((s) => s === '..' || s === '' || s === '.')) {
        problems.push(`${name}: packages[${i}].path "${String(p.path)}" must be a relative path inside the fragment's directory`);
      }
      problems.push(...entryProblems({ ...p, url: 'https://placeholder.invalid/' }, `${name}: packages[${i}]`));
    });
  return problems;
}

export function parseFragment(text: string, name: string): PackagesFragment {
  let f: PackagesFragment;
  try {
    f = JSON.parse(text) as PackagesFragment;
  } catch (err) {
    throw new PackagesManifestError([`${name} is not valid JSON: ${(err as Error).message}`]);
  }
  const problems = fragmentProblems(f, name);
  if (problems.length) throw new PackagesManifestError(problems);
  return f;
}

export function serializeFragment(f: PackagesFragment): string {
  const problems = fragmentProblems(f, 'fragment');
  if (problems.length) throw new PackagesManifestError(problems);
  return canonicalJson({ ...f, packages: [...f.packages].sort((a, b) => (a.platform < b.platform ? -1 : 1)) });
}

/** The conventional fragment file name for a set of platforms. */
export function fragmentFileName(platforms: string[]): string {
  return `fragment-${[...platforms].sort().join('+')}.json`;
}

export interface MergedPackage extends FragmentPackage {
  /** Name of the fragment it came from (for messages and for resolving `path`). */
  fragment: string;
}

export interface MergedFragments {
  product: string;
  version: string;
  channel: string;
  commit: string;
  keyId: string;
  packages: MergedPackage[];
}

/**
 * Merges matrix fragments into one set. Refuses (PackagesManifestError listing every problem) fragments that
 * disagree on product, version, channel, commit or key, and any platform or file name that appears in
 * more than one place, identical or not: each platform must come from exactly one build job.
 */
export function mergeFragmentSet(fragments: { name: string; fragment: PackagesFragment }[]): MergedFragments {
  if (fragments.length === 0) throw new PackagesManifestError(['no fragments to merge: check the fragments input and that the artifacts were downloaded']);
  const problems: string[] = [];
  const first = fragments[0]!;
  for (const field of ['product', 'version', 'channel', 'commit', 'keyId'] as const) {
    const values = new Map<string, string[]>();
    for (const { name, fragment } of fragments) {
      const v = fragment[field];
      values.set(v, [...(values.get(v) ?? []), name]);
    }
    if (values.size > 1) {
      problems.push(
        `fragments disagree on ${field}: ${[...values].map(([v, names]) => `"${v}" in ${names.join(', ')}`).join('; ')} — every build job must stage the same ${field}`,
      );
    }
  }
  const byPlatform = new Map<string, MergedPackage>();
  const packages: MergedPackage[] = [];
  for (const { name, fragment } of fragments) {
    for (const p of fragment.packages) {
      const prev = byPlatform.get(p.platform);
      if (prev) {
        const same = prev.sha256 === p.sha256 && prev.size === p.size;
        problems.push(
          `platform ${p.platform} is in ${prev.fragment} and in ${name}${same ? ' (identical bytes)' : ` with different content (sha256 ${prev.sha256.slice(0, 12)}… vs ${p.sha256.slice(0, 12)}…)`}: each platform must come from exactly one build job`,
        );
        continue;
      }
      const merged = { ...p, fragment: name };
      byPlatform.set(p.platform, merged);
      packages.push(merged);
    }
  }
  if (problems.length) throw new PackagesManifestError(problems);
  const f = first.fragment;
  return { product: f.product, version: f.version, channel: f.channel, commit: f.commit, keyId: f.keyId, packages };
}

// ---------- Tauri latest.json ----------

export interface TauriLatest {
  version: string;
  notes?: string;
  pub_date?: string;
  platforms: Record<string, { signature: string; url: string }>;
}

/**
 * Tauri's static `latest.json` (docs/reference/formats.md §3) from a manifest: same platform keys, `signature` = base64
 * of the whole `.minisig` text. Throws when a platform is outside Tauri's os/arch/bundle set, since Tauri
 * validates every entry before it looks at the version.
 */
export function toTauriLatest(m: PackagesManifest, opts: { notes?: string } = {}): TauriLatest {
  const bad = m.packages.filter((p) => !isTauriPlatform(p.platform)).map((p) => p.platform);
  if (bad.length) {
    throw new PackagesManifestError([
      `platform(s) ${bad.join(', ')} are not valid in Tauri's latest.json (os linux|darwin|windows; arch x86_64|aarch64|i686|armv7; bundle appimage|deb|rpm|app|msi|nsis): set tauri to false or drop them`,
    ]);
  }
  const platforms: TauriLatest['platforms'] = {};
  for (const p of [...m.packages].sort((a, b) => (a.platform < b.platform ? -1 : 1))) {
    platforms[p.platform] = { signature: Buffer.from(normalizeMinisig(p.signatures.minisign), 'utf8').toString('base64'), url: p.url };
  }
  const out: TauriLatest = { version: m.version, pub_date: m.created, platforms };
  if (opts.notes) out.notes = opts.notes;
  return out;
}

export function serializeTauriLatest(t: TauriLatest): string {
  return `${JSON.stringify({ version: t.version, notes: t.notes, pub_date: t.pub_date, platforms: t.platforms }, null, 2)}\n`;
}

// ---------- URL templates ----------

export const URL_PLACEHOLDERS = ['product', 'version', 'channel', 'platform', 'os', 'arch', 'file'] as const;

/**
 * Expands `{product}`, `{version}`, `{channel}`, `{platform}`, `{os}`, `{arch}` and `{file}` in a URL
 * template (values percent-encoded). Unknown placeholders are an error.
 */
export function expandUrlTemplate(template: string, values: Partial<Record<(typeof URL_PLACEHOLDERS)[number], string>>): string {
  return template.replace(/\{([a-z]+)\}/g, (whole, name: string) => {
    if (!(URL_PLACEHOLDERS as readonly string[]).includes(name)) {
      throw new PackagesManifestError([`unknown placeholder ${whole} in URL template "${template}": use ${URL_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`]);
    }
    const v = values[name as (typeof URL_PLACEHOLDERS)[number]];
    if (v === undefined) throw new PackagesManifestError([`placeholder ${whole} in URL template "${template}" has no value here`]);
    return encodeURIComponent(v);
  });
}

/**
 * Problems with a download/upload URL template, by field (`field` is the option that gave it): it must
 * contain `{version}` (version-specific URLs: no cache may ever serve an old build as
 * the new one) and `{file}`, and use known placeholders only. (Scheme, host and userinfo are the platform's URL
 * policy: src/platform/url.ts.)
 */
export function urlTemplateProblems(template: string, field: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const m of template.matchAll(/\{([^}]*)\}/g)) {
    if (!(URL_PLACEHOLDERS as readonly string[]).includes(m[1]!)) problems.push({ field, message: `has an unknown placeholder {${m[1]}}; use ${URL_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}` });
  }
  if (!template.includes('{version}')) problems.push({ field, message: 'must contain {version} so every version has its own URLs (no cache can serve an old build as new)' });
  if (!template.includes('{file}')) problems.push({ field, message: 'must contain {file}' });
  return problems;
}

// ---------- the signed manifest: manifest and signature in one file ----------

export interface SignedManifest {
  /** manifest.json, byte for byte (the signed bytes). */
  manifest: string;
  /** manifest.json.minisig text. */
  minisign: string;
}

/**
 * `manifest.signed.json`: `{"manifest": "<manifest.json text>", "minisign": "<its .minisig text>", "schema": …}`.
 * Replacing one file is atomic, so a client that downloads it always holds a manifest with its own signature.
 * Any minisign tool can still check it: `jq -j .manifest` and `jq -j .minisign` give the two files back.
 */
export function serializeSignedManifest(s: SignedManifest): string {
  return canonicalJson({ schema: SIGNED_MANIFEST_SCHEMA, manifest: s.manifest, minisign: normalizeMinisig(s.minisign) });
}

/** The manifest and signature inside a signed manifest, or undefined when `text` is not one (e.g. a plain manifest.json). */
export function parseSignedManifest(text: string): SignedManifest | undefined {
  let v: { schema?: unknown; manifest?: unknown; minisign?: unknown };
  try {
    v = JSON.parse(text) as typeof v;
  } catch {
    return undefined;
  }
  if (!v || typeof v !== 'object' || v.schema !== SIGNED_MANIFEST_SCHEMA) return undefined;
  if (typeof v.manifest !== 'string' || typeof v.minisign !== 'string') {
    throw new PackagesManifestError([`a ${SIGNED_MANIFEST_SCHEMA} document needs the string fields "manifest" and "minisign"`]);
  }
  return { manifest: v.manifest, minisign: v.minisign };
}
