/**
 * Gitea (≥ 1.21) and Forgejo (≥ 7) adapter. Paths and shapes: src/emulator/api-specs/gitea-releases.openapi.json.
 * - releases listed with `limit=50` (the server cap) and Link paging; drafts included;
 * - 409 on create = a release exists for the tag;
 * - attachments: duplicate names are accepted by the server, so the recipe deletes same-name ones first;
 *   upload is multipart/form-data field `attachment` (works on every version; the raw body needs ≥ 1.22),
 *   the envelope is built here around the streamed file with an exact Content-Length;
 * - no digest, no rate-limit headers, no make_latest;
 * - generic packages under `{server}/api/packages/{owner}/generic/{name}/{version}/{file}` (PUT 201, 409 duplicate)
 *   and checksums from `/api/v1/packages/{owner}/generic/{name}/{version}/files`.
 */
import { randomBytes } from 'node:crypto';
import { ForgeClient, type RetryOptions } from './client.js';
import { ForgeError, PackageFileExistsError, ReleaseExistsError, draftCreateBody, lookupRelease, releasePatchBody, restRelease } from './types.js';
import type { Forge, ForgeAsset, ForgeCapabilities, ForgeRelease, ReleaseFields, ReleaseLookup, RestRelease } from './types.js';
import type { PackageFile, PackageRef, PublishFields, UploadSpec } from './types.js';
import { forge, type ForgeKind } from '../../platform/forges.js';
import { assertSafeName } from '../../platform/fs.js';

/** Gitea/Forgejo answer with the fields of RestRelease; the upload URL is built from the release id. */
type GtRelease = RestRelease;

interface GtAttachment {
  id: number;
  name: string;
  size: number;
  browser_download_url: string;
  uuid?: string;
}

/** Gitea's (and Forgejo's) capabilities, as the forge registry declares them (src/platform/forges.ts). */
export const GITEA_CAPABILITIES: ForgeCapabilities = forge('gitea').capabilities;

/** `name`/`file` rules of routers/api/packages/generic/generic.go (a 400 otherwise). */
const PACKAGE_NAME = /^[-_+.\w]+$/;
const PACKAGE_FILE = /^[-_+=:;.()[\]{}~!@#$%^& \w]+$/;

export function multipartEnvelope(field: string, filename: string, contentType = 'application/octet-stream'): { boundary: string; head: string; tail: string } {
  const boundary = `----relforge${randomBytes(12).toString('hex')}`;
  // Quotes and line breaks cannot appear in a safe asset name; escape anyway (WHATWG multipart encoding).
  const quoted = filename.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${quoted}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  return { boundary, head, tail };
}

export class GiteaForge implements Forge {
  readonly capabilities: ForgeCapabilities;
  private readonly http: ForgeClient;
  private readonly base: string;
  private readonly api: string;
  /** Server root (API URL without `/api/v1`), for the generic package registry. */
  readonly serverUrl: string;

  constructor(
    readonly kind: ForgeKind,
    readonly apiUrl: string,
    readonly owner: string,
    readonly repo: string,
    token: string,
    retry: RetryOptions = {},
  ) {
    this.api = apiUrl.replace(/\/+$/, '');
    this.capabilities = forge(kind).capabilities;
    this.serverUrl = forge(kind).serverUrlOf(this.api);
    this.base = `${this.api}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
    const product = forge(kind).product;
    this.http = new ForgeClient({
      apiUrl,
      auth: { authorization: `token ${token}` },
      headers: { accept: 'application/json' },
      retry,
      permissionHint: (what, status) =>
        /package file|files of package/.test(what)
          ? `The token was refused (HTTP ${status}) for "${what}": ${product}'s Actions job token can only read packages; publishing needs a personal access token with the \`write:package\` scope.`
          : `The token was refused (HTTP ${status}) for "${what}" on ${owner}/${repo}: the job token needs \`permissions: contents: write\` (${product} ≥ 1.26 honours \`permissions:\`; older servers: check the repository's Actions token setting), or use a personal access token with the \`write:repository\` scope.`,
    });
  }

  private release(r: GtRelease): ForgeRelease {
    return { ...restRelease(r), immutable: false, uploadUrl: `${this.base}/releases/${r.id}/assets` };
  }

  private asset(a: GtAttachment): ForgeAsset {
    return { id: a.id, name: a.name, size: a.size, state: 'uploaded', downloadUrl: a.browser_download_url, uuid: a.uuid };
  }

  async findRelease(tag: string): Promise<ReleaseLookup> {
    const all = await this.http.all<GtRelease>(`${this.base}/releases`, { what: `list the releases of ${this.owner}/${this.repo}`, pageParam: 'page', sizeParam: 'limit', pageSize: 50 });
    return lookupRelease(all.map((r) => this.release(r)), tag);
  }

  async getRelease(id: number): Promise<ForgeRelease> {
    return this.release(await this.http.json<GtRelease>('GET', `${this.base}/releases/${id}`, { what: `read release ${id}` }));
  }

  async createDraft(f: ReleaseFields): Promise<ForgeRelease> {
    const json = draftCreateBody(f);
    const res = await this.http.call('POST', `${this.base}/releases`, { what: `create the draft release for ${f.tagName}`, json, ok: [201], allow: [409], retry: 'rate-limit' });
    if (res.status === 409) throw new ReleaseExistsError(`A release for ${f.tagName} already exists.`, 409);
    return this.release(res.json<GtRelease>());
  }

  async updateRelease(id: number, f: Partial<ReleaseFields> & { draft?: boolean }): Promise<ForgeRelease> {
    const json = releasePatchBody(f);
    return this.release(await this.http.json<GtRelease>('PATCH', `${this.base}/releases/${id}`, { what: `update release ${id}`, json }));
  }

  async deleteRelease(id: number): Promise<void> {
    await this.http.call('DELETE', `${this.base}/releases/${id}`, { what: `delete release ${id}`, allow: [404] });
  }

  async publish(id: number, f: PublishFields): Promise<ForgeRelease> {
    return this.updateRelease(id, { draft: false, prerelease: f.prerelease, name: f.name, body: f.body });
  }

  async listAssets(release: ForgeRelease): Promise<ForgeAsset[]> {
    const list = await this.http.json<GtAttachment[]>('GET', `${this.base}/releases/${release.id}/assets`, { what: `list the assets of release ${release.tagName}` });
    return list.map((a) => this.asset(a));
  }

  async tagCommit(tag: string): Promise<string | undefined> {
    const what = `read the tag ${tag} of ${this.owner}/${this.repo}`;
    const res = await this.http.call('GET', `${this.base}/tags/${encodeURIComponent(tag)}`, { what, allow: [404] });
    if (res.status === 404) return undefined;
    const t = res.json<{ name?: string; commit?: { sha?: string } }>();
    return t.name === tag && t.commit?.sha ? t.commit.sha.toLowerCase() : undefined;
  }

  async uploadAsset(release: ForgeRelease, file: UploadSpec): Promise<ForgeAsset> {
    assertSafeName(file.name, 'asset name');
    const env = multipartEnvelope('attachment', file.name, file.contentType);
    const res = await this.http.call('POST', `${this.base}/releases/${release.id}/assets`, {
      what: `upload ${file.name} to release ${release.tagName}`,
      query: { name: file.name },
      headers: { 'content-type': `multipart/form-data; boundary=${env.boundary}` },
      body: { parts: [env.head, { file: file.path, observe: file.observe }, env.tail] },
      ok: [201],
      retry: 'rate-limit',
    });
    return this.asset(res.json<GtAttachment>());
  }

  async deleteAsset(release: ForgeRelease, asset: ForgeAsset): Promise<void> {
    await this.http.call('DELETE', `${this.base}/releases/${release.id}/assets/${asset.id}`, { what: `delete asset ${asset.name} from ${release.tagName}`, allow: [404] });
  }

  async downloadAsset(release: ForgeRelease, asset: ForgeAsset, dest: string): Promise<void> {
    const { url, opts } = this.download(release, asset);
    await this.http.call('GET', url, { ...opts, saveTo: dest });
  }

  async hashAsset(release: ForgeRelease, asset: ForgeAsset): Promise<string> {
    const { url, opts } = this.download(release, asset);
    return this.http.sha256(url, opts);
  }

  /**
   * Where an attachment's bytes are read: `/attachments/{uuid}` on the configured server origin (drafts too;
   * Gitea and Forgejo accept the token on that route). browser_download_url is built from the server's ROOT_URL,
   * often another origin (http:// behind a TLS proxy): it is used only without a uuid, and then fetched
   * without the token unless it is the API origin (the HTTP layer's credential policy).
   */
  private download(release: ForgeRelease, asset: ForgeAsset) {
    const what = `download asset ${asset.name} of ${release.tagName}`;
    const opts = { what, headers: { accept: 'application/octet-stream' }, followRedirects: 3 };
    if (asset.uuid) return { url: `${this.serverUrl}/attachments/${encodeURIComponent(asset.uuid)}`, opts };
    return { url: asset.downloadUrl, opts: { ...opts, credentials: 'if-allowed' as const } };
  }

  async renameAsset(release: ForgeRelease, asset: ForgeAsset, name: string): Promise<ForgeAsset> {
    const what = `rename asset ${asset.name} of ${release.tagName} to ${name}`;
    const json = { name };
    return this.asset(await this.http.json<GtAttachment>('PATCH', `${this.base}/releases/${release.id}/assets/${asset.id}`, { what, json, ok: [200, 201] }));
  }

  private packageUrl(pkg: PackageRef, file?: string): string {
    const owner = pkg.owner ?? this.owner;
    if (!PACKAGE_NAME.test(pkg.name) || pkg.name === '..') throw new ForgeError(`Package name "${pkg.name}" is not accepted by the generic registry: use letters, digits and - _ + . only.`);
    if (pkg.version === '' || pkg.version.trim() !== pkg.version || /[/\\]/.test(pkg.version)) throw new ForgeError(`Package version "${pkg.version}" is not accepted: no surrounding whitespace, no slashes.`);
    if (file !== undefined && (!PACKAGE_FILE.test(file) || file.trim() !== file || file === '.' || file === '..')) {
      throw new ForgeError(`Package file name "${file}" is not accepted by the generic registry: use letters, digits, spaces (not leading/trailing) and -_+=:;.()[]{}~!@#$%^& only.`);
    }
    const parts = [this.serverUrl, 'api', 'packages', owner, 'generic', pkg.name, pkg.version].map((p, i) => (i === 0 || i === 1 || i === 2 || i === 4 ? p : encodeURIComponent(p)));
    return `${parts.join('/')}${file !== undefined ? `/${encodeURIComponent(file)}` : ''}`;
  }

  async uploadPackageFile(pkg: PackageRef, file: UploadSpec): Promise<void> {
    const what = `upload package file ${pkg.name}/${pkg.version}/${file.name}`;
    const res = await this.http.call('PUT', this.packageUrl(pkg, file.name), {
      what,
      headers: { 'content-type': file.contentType ?? 'application/octet-stream' },
      body: { file: file.path, observe: file.observe },
      ok: [201],
      allow: [409],
      retry: 'rate-limit',
    });
    if (res.status === 409) throw new PackageFileExistsError(`Package ${pkg.name} ${pkg.version} already has a file named ${file.name}.`, 409);
  }

  async listPackageFiles(pkg: PackageRef): Promise<PackageFile[]> {
    this.packageUrl(pkg);
    const owner = encodeURIComponent(pkg.owner ?? this.owner);
    const url = `${this.api}/packages/${owner}/generic/${encodeURIComponent(pkg.name)}/${encodeURIComponent(pkg.version)}/files`;
    const res = await this.http.call('GET', url, { what: `list the files of package ${pkg.name} ${pkg.version}`, allow: [404] });
    if (res.status === 404) return [];
    return res.json<Array<{ id?: number; name: string; size: number; sha256: string }>>().map((f) => ({ id: f.id, name: f.name, size: f.size, sha256: String(f.sha256).toLowerCase() }));
  }

  async deletePackageFile(pkg: PackageRef, fileName: string): Promise<void> {
    await this.http.call('DELETE', this.packageUrl(pkg, fileName), { what: `delete package file ${pkg.name}/${pkg.version}/${fileName}`, allow: [404] });
  }

  async downloadPackageFile(pkg: PackageRef, fileName: string, dest: string): Promise<void> {
    await this.http.call('GET', this.packageUrl(pkg, fileName), { what: `download package file ${pkg.name}/${pkg.version}/${fileName}`, saveTo: dest, followRedirects: 3 });
  }
}
