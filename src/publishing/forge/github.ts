/**
 * GitHub (github.com and GHES) releases adapter. Paths and shapes: src/emulator/api-specs/github-releases.openapi.json.
 * - releases are found by listing (`releases/tags/{tag}` hides drafts), per_page=100 with Link paging;
 * - assets upload to the release's `upload_url` host (uploads.github.com; GHES `/api/uploads`), raw body,
 *   `?name=`, explicit Content-Type/Content-Length, streamed;
 * - 422 `already_exists` on create (release) and upload (asset) map to typed errors;
 * - `digest: "sha256:<hex>"` is surfaced as `sha256`.
 */
import { forge } from '../../platform/forges.js';
import { excerpt } from '../../platform/secrets.js';
import { ForgeClient, type RetryOptions } from './client.js';
import { AssetExistsError, ForgeError, ReleaseExistsError, draftCreateBody, lookupRelease, releasePatchBody, restRelease } from './types.js';
import type { Forge, ForgeAsset, ForgeCapabilities, ForgeRelease, ReleaseFields, ReleaseLookup, RestRelease } from './types.js';
import type { PackageFile, PackageRef, PublishFields, UploadSpec } from './types.js';

interface GhRelease extends RestRelease {
  immutable?: boolean;
  upload_url: string;
}

interface GhAsset {
  id: number;
  name: string;
  size: number;
  digest?: string | null;
  state: string;
  browser_download_url: string;
  url: string;
}

interface GhError {
  message?: string;
  errors?: Array<{ resource?: string; code?: string; field?: string; message?: string }>;
}

/** GitHub's capabilities, as the forge registry declares them (src/platform/forges.ts). */
export const GITHUB_CAPABILITIES: ForgeCapabilities = forge('github').capabilities;

export class GitHubForge implements Forge {
  readonly kind = 'github' as const;
  readonly capabilities = GITHUB_CAPABILITIES;
  private readonly http: ForgeClient;
  private readonly base: string;

  constructor(
    readonly apiUrl: string,
    readonly owner: string,
    readonly repo: string,
    token: string,
    retry: RetryOptions = {},
  ) {
    this.base = `${apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
    this.http = new ForgeClient({
      apiUrl,
      uploadsSibling: true,
      auth: { authorization: `Bearer ${token}` },
      headers: { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
      retry,
      permissionHint: (what, status) =>
        `The token was refused (HTTP ${status}) for "${what}" on ${owner}/${repo}: with GITHUB_TOKEN give the job \`permissions: contents: write\`; ` +
        `with a personal token use a fine-grained token with "Contents: read and write" on this repository (classic: \`repo\` scope). ` +
        `A release whose target commit changes files under .github/workflows also needs the \`workflow\` scope, which GITHUB_TOKEN cannot have.`,
    });
  }

  private release(r: GhRelease): ForgeRelease {
    return { ...restRelease(r), immutable: r.immutable === true, uploadUrl: r.upload_url.replace(/\{[^}]*\}$/, '') };
  }

  private asset(a: GhAsset): ForgeAsset {
    const m = /^sha256:([0-9a-f]{64})$/i.exec(a.digest ?? '');
    return { id: a.id, name: a.name, size: a.size, sha256: m ? m[1]!.toLowerCase() : undefined, state: a.state, downloadUrl: a.browser_download_url };
  }

  async findRelease(tag: string): Promise<ReleaseLookup> {
    const all = await this.http.all<GhRelease>(`${this.base}/releases`, { what: `list the releases of ${this.owner}/${this.repo}`, pageParam: 'page', sizeParam: 'per_page', pageSize: 100 });
    return lookupRelease(all.map((r) => this.release(r)), tag);
  }

  async createDraft(f: ReleaseFields): Promise<ForgeRelease> {
    const json = draftCreateBody(f);
    const what = `create the draft release for ${f.tagName}`;
    const res = await this.http.call('POST', `${this.base}/releases`, { what, json, ok: [201], allow: [422], retry: 'rate-limit' });
    if (res.status === 422) {
      const err = safeJson<GhError>(res.text());
      if (err?.errors?.some((e) => e.code === 'already_exists' && e.field === 'tag_name')) throw new ReleaseExistsError(`A release for ${f.tagName} already exists.`, 422);
      const raw = err?.errors?.map((e) => e.message ?? `${e.field} ${e.code}`).join('; ') || err?.message || res.text();
      const hint = /immutable/i.test(raw) ? ' The tag was used by an immutable release and can never be reused: cut a new version.' : '';
      throw new ForgeError(`Could not ${what}: HTTP 422 — ${excerpt(raw, 300)}.${hint}`, 422);
    }
    return this.release(res.json<GhRelease>());
  }

  async getRelease(id: number): Promise<ForgeRelease> {
    return this.release(await this.http.json<GhRelease>('GET', `${this.base}/releases/${id}`, { what: `read release ${id}` }));
  }

  async updateRelease(id: number, f: Partial<ReleaseFields> & { draft?: boolean; makeLatest?: PublishFields['makeLatest'] }): Promise<ForgeRelease> {
    const json = releasePatchBody(f);
    if (f.makeLatest !== undefined) json.make_latest = f.makeLatest;
    return this.release(await this.http.json<GhRelease>('PATCH', `${this.base}/releases/${id}`, { what: `update release ${id}`, json }));
  }

  async deleteRelease(id: number): Promise<void> {
    await this.http.call('DELETE', `${this.base}/releases/${id}`, { what: `delete release ${id}`, allow: [404] });
  }

  async publish(id: number, f: PublishFields): Promise<ForgeRelease> {
    return this.updateRelease(id, { draft: false, prerelease: f.prerelease, makeLatest: f.makeLatest ?? (f.prerelease ? 'false' : 'true'), name: f.name, body: f.body });
  }

  async listAssets(release: ForgeRelease): Promise<ForgeAsset[]> {
    const list = await this.http.all<GhAsset>(`${this.base}/releases/${release.id}/assets`, { what: `list the assets of release ${release.tagName}`, pageParam: 'page', sizeParam: 'per_page', pageSize: 100 });
    return list.map((a) => this.asset(a));
  }

  async tagCommit(tag: string): Promise<string | undefined> {
    const ref = ['tags', ...tag.split('/')].map(encodeURIComponent).join('/');
    const what = `read the tag ${tag} of ${this.owner}/${this.repo}`;
    const res = await this.http.call('GET', `${this.base}/git/ref/${ref}`, { what, allow: [404] });
    if (res.status === 404) return undefined;
    const obj = res.json<{ ref?: string; object?: { type?: string; sha?: string } }>();
    // GET /git/ref answers the ref itself only (a prefix match is /git/matching-refs), but check the name anyway
    if (obj.ref !== `refs/tags/${tag}` || !obj.object?.sha) return undefined;
    if (obj.object.type !== 'tag') return obj.object.sha.toLowerCase();
    const annotated = await this.http.json<{ object?: { type?: string; sha?: string } }>('GET', `${this.base}/git/tags/${obj.object.sha}`, { what: `${what} (annotated)` });
    return annotated.object?.sha?.toLowerCase();
  }

  async uploadAsset(release: ForgeRelease, file: UploadSpec): Promise<ForgeAsset> {
    // upload_url comes from the answer: the credential policy sends the token only if it is the API origin or its
    // uploads sibling (uploads.github.com; GHES /api/uploads on the API origin), else refuses naming the origin.
    const what = `upload ${file.name} to release ${release.tagName}`;
    const res = await this.http.call('POST', release.uploadUrl, {
      what,
      query: { name: file.name },
      headers: { 'content-type': file.contentType ?? 'application/octet-stream' },
      body: { file: file.path, observe: file.observe },
      ok: [201],
      allow: [422],
      retry: 'rate-limit',
    });
    if (res.status === 422) {
      const err = safeJson<GhError>(res.text());
      if (err?.errors?.some((e) => e.code === 'already_exists')) throw new AssetExistsError(`An asset named ${file.name} already exists on ${release.tagName}.`, 422);
      throw new ForgeError(`Could not ${what}: HTTP 422 — ${excerpt(err?.message ?? res.text(), 300)}`, 422);
    }
    return this.asset(res.json<GhAsset>());
  }

  async deleteAsset(release: ForgeRelease, asset: ForgeAsset): Promise<void> {
    await this.http.call('DELETE', `${this.base}/releases/assets/${asset.id}`, { what: `delete asset ${asset.name} from ${release.tagName}`, allow: [404] });
  }

  /** The API's asset URL answers 302 to object storage: the redirect hop is fetched without the token. */
  async downloadAsset(release: ForgeRelease, asset: ForgeAsset, dest: string): Promise<void> {
    await this.http.call('GET', `${this.base}/releases/assets/${asset.id}`, { ...this.download(release, asset), saveTo: dest });
  }

  async hashAsset(release: ForgeRelease, asset: ForgeAsset): Promise<string> {
    return this.http.sha256(`${this.base}/releases/assets/${asset.id}`, this.download(release, asset));
  }

  private download(release: ForgeRelease, asset: ForgeAsset) {
    return { what: `download asset ${asset.name} of ${release.tagName}`, headers: { accept: 'application/octet-stream' }, followRedirects: 3 };
  }

  async renameAsset(release: ForgeRelease, asset: ForgeAsset, name: string): Promise<ForgeAsset> {
    const what = `rename asset ${asset.name} of ${release.tagName} to ${name}`;
    return this.asset(await this.http.json<GhAsset>('PATCH', `${this.base}/releases/assets/${asset.id}`, { what, json: { name } }));
  }

  private noPackages(): never {
    throw new ForgeError('GitHub has no generic package registry: upload packages as release assets, or use a Gitea/Forgejo instance for generic packages.');
  }
  async uploadPackageFile(_pkg: PackageRef, _file: UploadSpec): Promise<void> {
    this.noPackages();
  }
  async listPackageFiles(_pkg: PackageRef): Promise<PackageFile[]> {
    this.noPackages();
  }
  async deletePackageFile(_pkg: PackageRef, _name: string): Promise<void> {
    this.noPackages();
  }
  async downloadPackageFile(_pkg: PackageRef, _name: string, _dest: string): Promise<void> {
    this.noPackages();
  }
}

export function safeJson<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
