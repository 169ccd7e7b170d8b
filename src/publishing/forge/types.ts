/**
 * One interface over the forges' release, asset and generic-package APIs (docs/architecture.md "Forge" seam).
 * Adapters (github.ts, gitea.ts) translate; the publish recipe (src/publishing/publish-release.ts) is written once above
 * this interface and decides by capability flags, never by forge name.
 */
import type { ForgeKind } from '../../platform/runtime.js';
import type { BodyObserver } from '../../platform/http.js';
import { RelforgeError } from '../../platform/errors.js';

/** Declared in the forge registry (src/platform/forges.ts), one set per forge. */
export type { ForgeCapabilities } from '../../platform/forges.js';
import type { ForgeCapabilities } from '../../platform/forges.js';

export interface ForgeRelease {
  id: number;
  tagName: string;
  name: string;
  body: string;
  draft: boolean;
  prerelease: boolean;
  /** GitHub immutable release (published + repo setting on); always false elsewhere. */
  immutable: boolean;
  targetCommitish: string;
  htmlUrl: string;
  /** Where assets are uploaded (GitHub: the uploads host, template stripped). */
  uploadUrl: string;
  createdAt: string;
  publishedAt: string | null;
}

/** A release as GitHub and Gitea/Forgejo both answer it (Gitea's API mirrors GitHub's names; Gitea omits more). */
export interface RestRelease {
  id: number;
  tag_name: string;
  name?: string | null;
  body?: string | null;
  draft?: boolean;
  prerelease?: boolean;
  target_commitish?: string;
  html_url?: string;
  created_at?: string;
  published_at?: string | null;
}

/** The ForgeRelease fields both REST APIs give alike; each adapter adds `immutable` and `uploadUrl`. */
export function restRelease(r: RestRelease): Omit<ForgeRelease, 'immutable' | 'uploadUrl'> {
  const draft = r.draft === true;
  const text = (v: string | null | undefined) => v ?? '';
  return {
    id: r.id,
    tagName: r.tag_name,
    name: text(r.name),
    body: text(r.body),
    draft,
    prerelease: r.prerelease === true,
    targetCommitish: text(r.target_commitish),
    htmlUrl: text(r.html_url),
    createdAt: text(r.created_at),
    publishedAt: draft ? null : (r.published_at ?? null),
  };
}

export interface ForgeAsset {
  id: number;
  name: string;
  size: number;
  /** Lower-case hex SHA-256 when the forge reports one (GitHub `digest`), else undefined. */
  sha256?: string;
  /** GitHub `state`: "uploaded" when complete; "starter"/"open" leftovers of a failed upload. Gitea: "uploaded". */
  state: string;
  downloadUrl: string;
  /** Gitea/Forgejo attachment UUID (its `/attachments/{uuid}` URL works for drafts too). */
  uuid?: string;
}

export interface ReleaseFields {
  tagName: string;
  name?: string;
  body?: string;
  prerelease?: boolean;
  targetCommitish?: string;
}

/**
 * The JSON body of a release update: both APIs use the same field names (tag_name, name, body, prerelease,
 * target_commitish, draft); only the fields given are sent. GitHub adds make_latest itself.
 */
export function releasePatchBody(f: Partial<ReleaseFields> & { draft?: boolean }): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  if (f.tagName !== undefined) json.tag_name = f.tagName;
  if (f.name !== undefined) json.name = f.name;
  if (f.body !== undefined) json.body = f.body;
  if (f.prerelease !== undefined) json.prerelease = f.prerelease;
  if (f.targetCommitish !== undefined) json.target_commitish = f.targetCommitish;
  if (f.draft !== undefined) json.draft = f.draft;
  return json;
}

/** The JSON body that creates a draft release (same on GitHub and Gitea). */
export function draftCreateBody(f: ReleaseFields): Record<string, unknown> {
  const json: Record<string, unknown> = { tag_name: f.tagName, name: f.name ?? f.tagName, body: f.body ?? '', draft: true, prerelease: f.prerelease ?? false };
  if (f.targetCommitish) json.target_commitish = f.targetCommitish;
  return json;
}

/** The published release and the drafts (oldest first) for `tag` among a forge's full release list. */
export function lookupRelease(all: ForgeRelease[], tag: string): ReleaseLookup {
  const mine = all.filter((r) => r.tagName === tag);
  const drafts = mine.filter((r) => r.draft).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
  return { published: mine.find((r) => !r.draft), drafts };
}

export interface PublishFields {
  prerelease: boolean;
  /** GitHub only; ignored where `capabilities.makeLatest` is false. */
  makeLatest?: 'true' | 'false' | 'legacy';
  name?: string;
  body?: string;
}

export interface UploadSpec {
  /** Local file, streamed. */
  path: string;
  /** Asset name on the forge. */
  name: string;
  size: number;
  contentType?: string;
  /** Sees the bytes as they are sent (hash while uploading: one read of the file). */
  observe?: BodyObserver;
}

export interface PackageRef {
  /** Package owner; defaults to the repository owner. */
  owner?: string;
  name: string;
  version: string;
}

export interface PackageFile {
  id?: number;
  name: string;
  size: number;
  sha256: string;
}

export interface ReleaseLookup {
  /** The published release for the tag, if any (there is at most one). */
  published?: ForgeRelease;
  /** Drafts for the tag, oldest first (GitHub may hold several after a retried create). */
  drafts: ForgeRelease[];
}

export interface Forge {
  readonly kind: ForgeKind;
  readonly apiUrl: string;
  readonly owner: string;
  readonly repo: string;
  readonly capabilities: ForgeCapabilities;
  /** Lists every release (all pages, drafts included) and picks those for `tag`. Never uses get-by-tag. */
  findRelease(tag: string): Promise<ReleaseLookup>;
  getRelease(id: number): Promise<ForgeRelease>;
  /** Creates a draft; throws ReleaseExistsError when the forge says the tag already has a release. Not retried on 5xx/network. */
  createDraft(fields: ReleaseFields): Promise<ForgeRelease>;
  updateRelease(id: number, fields: Partial<ReleaseFields> & { draft?: boolean; makeLatest?: PublishFields['makeLatest'] }): Promise<ForgeRelease>;
  deleteRelease(id: number): Promise<void>;
  /** Undrafts and sets prerelease (+ make_latest where supported). */
  publish(id: number, fields: PublishFields): Promise<ForgeRelease>;
  listAssets(release: ForgeRelease): Promise<ForgeAsset[]>;
  /**
   * The commit a tag of the repository points at (annotated tags peeled), or undefined when the forge has no such
   * tag. GitHub `GET /git/ref/tags/{tag}` (+ `GET /git/tags/{sha}`), Gitea/Forgejo `GET /tags/{tag}`.
   */
  tagCommit(tag: string): Promise<string | undefined>;
  /** Streams one file (explicit Content-Length). Throws AssetExistsError on a same-name conflict. Not retried on 5xx/network. */
  uploadAsset(release: ForgeRelease, file: UploadSpec): Promise<ForgeAsset>;
  deleteAsset(release: ForgeRelease, asset: ForgeAsset): Promise<void>;
  /** Streams an asset's bytes to `dest`. */
  downloadAsset(release: ForgeRelease, asset: ForgeAsset, dest: string): Promise<void>;
  /** SHA-256 (hex) of an asset's bytes as the forge serves them, hashed while streaming (no temp file, any size). */
  hashAsset(release: ForgeRelease, asset: ForgeAsset): Promise<string>;
  /** Renames an asset (capabilities.renameAssets); returns it as stored. */
  renameAsset(release: ForgeRelease, asset: ForgeAsset, name: string): Promise<ForgeAsset>;
  /** Generic package registry (capabilities.genericPackages). Throws PackageFileExistsError on 409. */
  uploadPackageFile(pkg: PackageRef, file: UploadSpec): Promise<void>;
  listPackageFiles(pkg: PackageRef): Promise<PackageFile[]>;
  deletePackageFile(pkg: PackageRef, fileName: string): Promise<void>;
  downloadPackageFile(pkg: PackageRef, fileName: string, dest: string): Promise<void>;
}

export class ForgeError extends RelforgeError {
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ForgeError';
  }
}
export class ReleaseExistsError extends ForgeError {}
export class AssetExistsError extends ForgeError {}
export class PackageFileExistsError extends ForgeError {}
/** The token was rejected or lacks a permission: never retried, message names the permission. */
export class ForgePermissionError extends ForgeError {}
