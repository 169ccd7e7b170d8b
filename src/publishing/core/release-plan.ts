/**
 * Pure decisions of the publish recipe (src/publishing/publish-release.ts): tag checks, prerelease from the tag, what to
 * do with a same-name remote asset, and how a remote asset set differs from the local files.
 */
import semver from 'semver';

/** Why a tag name cannot be used (git check-ref-format rules + no leading dash), or undefined. */
export function tagProblem(tag: string): string | undefined {
  if (tag === '') return 'the tag is empty';
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(tag)) return `tag "${tag.replace(/[\x00-\x1f\x7f]/g, '?')}" contains a space, control character or one of ~ ^ : ? * [ \\`;
  if (tag.startsWith('-') || tag.startsWith('/') || tag.endsWith('/') || tag.endsWith('.') || tag.endsWith('.lock')) return `tag "${tag}" must not start with - or /, nor end with /, . or .lock`;
  if (tag.includes('..') || tag.includes('//') || tag.includes('@{') || tag === '@' || /(^|\/)\./.test(tag)) return `tag "${tag}" contains "..", "//", "@{" or a component starting with "."`;
  if (Buffer.byteLength(tag) > 250) return 'the tag is longer than 250 bytes';
  return undefined;
}

/** The SemVer version inside a tag (`v1.2.3-beta.1`, `app/v1.2.3`, `1.2.3`), or undefined. */
export function versionOfTag(tag: string): semver.SemVer | undefined {
  const m = /(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(tag);
  return (m && semver.parse(m[1]!)) || undefined;
}

/** `prerelease: auto`: true when the tag's version has a prerelease part; false for other tags. */
export function prereleaseFromTag(tag: string): boolean {
  const v = versionOfTag(tag);
  return !!v && v.prerelease.length > 0;
}

export type Overwrite = 'replace' | 'skip' | 'fail';

export interface LocalAsset {
  name: string;
  size: number;
  /** Known local SHA-256 (undefined until hashed). */
  sha256?: string;
}

export interface RemoteAsset {
  id: number;
  name: string;
  size: number;
  sha256?: string;
  state: string;
}

/** Same content proven (size + SHA-256), disproven, or unknown (no digest to compare). */
export function sameContent(local: LocalAsset, remote: RemoteAsset): 'same' | 'different' | 'unknown' {
  if (remote.state !== 'uploaded') return 'different';
  if (remote.size !== local.size) return 'different';
  if (!remote.sha256 || !local.sha256) return 'unknown';
  return remote.sha256 === local.sha256 ? 'same' : 'different';
}

export type AssetAction =
  | { kind: 'upload' }
  | { kind: 'keep'; keep: RemoteAsset; remove: RemoteAsset[]; reason: string }
  | { kind: 'replace'; remove: RemoteAsset[]; reason: string }
  /** Live release: upload the new file first, then remove `remove` (the release never lacks the asset). */
  | { kind: 'swap'; remove: RemoteAsset[]; reason: string }
  | { kind: 'conflict'; reason: string }
  /** Live release, content differs, replacing was not allowed: nothing may change. */
  | { kind: 'refuse'; reason: string };

export interface AssetPolicy {
  overwrite: Overwrite;
  /** The release is published: an asset it has must never be missing, even for a moment. */
  live?: boolean;
  /** On a live release, replacing different content is allowed (input replace-published-assets). */
  replaceLive?: boolean;
}

/**
 * The per-asset planner: what to do for one local file given the remote assets with its name (several on
 * Gitea/Forgejo, `starter` leftovers on GitHub). `verdict` gives sameContent() per remote (after any read-back).
 * Identical content is always kept (a re-run on the same files changes nothing); on a live release different
 * content is refused unless `replaceLive`, and then swapped (new first), never deleted first.
 */
export function decideAsset(_local: LocalAsset, sameName: RemoteAsset[], verdict: (r: RemoteAsset) => 'same' | 'different' | 'unknown', policy: AssetPolicy | Overwrite): AssetAction {
  const { overwrite, live = false, replaceLive = false } = typeof policy === 'string' ? { overwrite: policy } : policy;
  const broken = sameName.filter((r) => r.state !== 'uploaded');
  const complete = sameName.filter((r) => r.state === 'uploaded');
  if (complete.length === 0) return broken.length ? { kind: 'replace', remove: broken, reason: 'removing an incomplete upload left by an earlier run' } : { kind: 'upload' };
  const same = complete.find((r) => verdict(r) === 'same');
  if (same) {
    const remove = [...broken, ...complete.filter((r) => r !== same)];
    return { kind: 'keep', keep: same, remove, reason: remove.length ? `identical content already uploaded; removing ${remove.length} duplicate(s)` : 'identical content already uploaded' };
  }
  if (overwrite === 'skip') {
    const [keep, ...rest] = complete;
    return { kind: 'keep', keep: keep!, remove: [...broken, ...rest], reason: 'overwrite: skip keeps the existing asset' };
  }
  const anyDifferent = complete.some((r) => verdict(r) === 'different');
  if (overwrite === 'fail') {
    return { kind: 'conflict', reason: anyDifferent ? 'an asset with this name and different content exists' : 'an asset with this name exists and its content cannot be compared (no digest on this forge)' };
  }
  const reason = anyDifferent ? 'content differs' : 'content cannot be proven identical';
  if (live && !replaceLive) return { kind: 'refuse', reason };
  return { kind: live ? 'swap' : 'replace', remove: [...broken, ...complete], reason };
}

/**
 * The name GitHub stores for an asset name: it keeps only letters, digits and `. _ + ~ @ -`, turns other
 * characters into `.` and drops leading/trailing dots (docs/reference/forges.md §1). Used where the forge
 * `renamesUnusualAssetNames`: a name that would change is refused before any API call.
 */
export function storedAssetName(name: string): string {
  return name.replace(/[^A-Za-z0-9._+~@-]/g, '.').replace(/^\.+|\.+$/g, '');
}

/** Prefix of the temporary name a replacement is uploaded under where same-name duplicates are not allowed. */
export const PARTIAL_PREFIX = 'relforge-partial-';
