/**
 * Target `release`: assets of the forge release for a tag, through the shared publish recipe
 * (src/publishing/publish-release.ts: draft → upload → verify → publish, add-only on a live release).
 *
 * A release that is not live yet (absent or a draft) is invisible to clients: every file goes into the draft and
 * the release is published once all of them are verified (`finish`). A live release is visible at every step, so
 * each `put` is its own publish-recipe run: the packages first, then each set file, in the order upload-packages
 * gives (the manifest last).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RelforgeError, type FieldProblem } from '../../platform/errors.js';
import { hashFile } from '../../platform/fs.js';
import { createForge } from '../../publishing/forge/index.js';
import { publishRelease, type PublishReleaseResult } from '../../publishing/publish-release.js';
import type { Forge, ForgeAsset, ForgeRelease } from '../../publishing/forge/types.js';
import type { FileResult, PackageTarget, PlannedFile, RemoteState, TargetContext } from './target.js';
import { TargetBase } from './target.js';

export interface ReleaseTargetOptions {
  /** Forge token (contents write / write:repository). */
  token: string;
  tag: string;
  /** Web root of the forge, for the download URLs (GITHUB_SERVER_URL). */
  serverUrl: string;
  /** Forge kind to force (github|gitea|forgejo), or a ready adapter (tests). */
  forge?: string | Forge;
  apiUrl?: string;
  /** owner/name (default GITHUB_REPOSITORY). */
  repository?: string;
  /** Backoff between upload attempts of the publish recipe (ms; tests lower it). */
  retryDelayMs?: number;
}

class ReleaseTarget extends TargetBase<ReleaseTargetOptions> implements PackageTarget {
  private readonly repository: string;
  private adapter?: Forge;
  /** The published release, once looked up (null: none is live), and its assets as last listed. */
  private live?: ForgeRelease | null;
  private assets?: ForgeAsset[];
  private deferred: PlannedFile[] = [];
  readonly kind = 'release' as const;
  readonly flatNamespace = true;
  readonly replacesLivePackages = false;

  constructor(o: ReleaseTargetOptions) {
    super(o);
    this.repository = (o.repository ?? process.env.GITHUB_REPOSITORY ?? '').trim();
  }

  bind(ctx: TargetContext): { problems: FieldProblem[]; downloadTemplate: string } {
    this.log = ctx.log;
    this.live = undefined;
    this.assets = undefined;
    this.deferred = [];
    const problems: FieldProblem[] = [];
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(this.repository)) {
      problems.push({ field: 'repository', message: `must be "owner/name" for target release (GITHUB_REPOSITORY), got "${this.repository}".` });
    }
    if (!this.o.token && typeof this.o.forge !== 'object' && !ctx.dryRun) problems.push({ field: 'token', message: 'is required for target release (a forge token that may write releases).' });
    // A release's asset URLs carry the tag (hence the version) literally.
    return { problems, downloadTemplate: `${this.o.serverUrl.replace(/\/+$/, '')}/${this.repository}/releases/download/${encodeURIComponent(this.o.tag)}/{file}` };
  }

  destination(f: PlannedFile): string {
    return f.publicUrl;
  }

  private forge(): Forge {
    if (typeof this.o.forge === 'object') return this.o.forge;
    this.adapter ??= createForge({ token: this.o.token, forge: this.o.forge, apiUrl: this.o.apiUrl, repository: this.repository });
    return this.adapter;
  }

  private async liveRelease(): Promise<ForgeRelease | null> {
    if (this.live === undefined) this.live = (await this.forge().findRelease(this.o.tag)).published ?? null;
    return this.live;
  }

  async inspect(f: PlannedFile): Promise<RemoteState> {
    const live = await this.liveRelease();
    if (!live) return 'absent'; // a draft is invisible to clients
    this.assets ??= await this.forge().listAssets(live);
    const same = this.assets.filter((a) => a.name === f.name);
    if (same.length === 0) return 'absent';
    for (const a of same) {
      if (a.size !== f.size) return 'different';
      const sha = await this.assetSha256(live, a);
      if (sha !== undefined && sha !== f.sha256) return 'different';
    }
    return 'same';
  }

  /** The asset's sha256: the forge's digest, else a re-download of files up to 64 MiB (undefined above: same size is all we know). */
  private async assetSha256(release: ForgeRelease, a: ForgeAsset): Promise<string | undefined> {
    if (a.sha256) return a.sha256;
    if (a.size > 64 * 1024 * 1024) return undefined;
    const dir = await mkdtemp(join(tmpdir(), 'relforge-asset-'));
    try {
      await this.forge().downloadAsset(release, a, join(dir, 'asset'));
      return (await hashFile(join(dir, 'asset'), ['sha256'])).sha256;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async remove(files: PlannedFile[]): Promise<void> {
    const live = await this.liveRelease();
    if (!live) return;
    const assets = await this.forge().listAssets(live);
    this.assets = undefined;
    for (const f of files) {
      for (const a of assets.filter((x) => x.name === f.name)) {
        await this.forge().deleteAsset(live, a);
        this.log(`took down ${f.name} from release ${this.o.tag} before replacing the set`);
      }
    }
  }

  async put(files: PlannedFile[]): Promise<FileResult[]> {
    const live = await this.liveRelease();
    if (!live) {
      this.deferred.push(...files);
      return [];
    }
    // Live: this batch alone, verified before the next one goes up; the release keeps its other assets and its
    // prerelease flag.
    return this.publish(files, live.prerelease);
  }

  async finish(): Promise<FileResult[]> {
    if (!this.deferred.length) return [];
    const files = this.deferred;
    this.deferred = [];
    return this.publish(files, 'auto');
  }

  private async publish(files: PlannedFile[], prerelease: boolean | 'auto'): Promise<FileResult[]> {
    this.assets = undefined;
    const res = await publishRelease({
      tag: this.o.tag,
      files: files.map((f) => f.path),
      checksums: false,
      prerelease,
      forge: this.forge(),
      retryDelayMs: this.o.retryDelayMs,
      log: this.log,
    });
    if (!res.published) throw new RelforgeError(`The release ${this.o.tag} was not published; its packages and manifest are uploaded but not visible. Re-run the step.`);
    return files.map((f) => this.result(f, res));
  }

  private result(f: PlannedFile, res: PublishReleaseResult): FileResult {
    const uploaded = res.actions.some((a) => a.startsWith(`upload ${f.name} (`));
    const replaced = uploaded && res.actions.some((a) => a.startsWith(`delete ${f.name} `));
    const reported = res.assets.find((a) => a.name === f.name)?.url;
    // The manifest names `{server}/{owner}/{repo}/releases/download/{tag}/{file}`: GitHub's browser_download_url, and a
    // route Gitea/Forgejo serve too (their API reports /attachments/{uuid} instead, which is not version-specific).
    if (reported && decodeURIComponent(reported) !== decodeURIComponent(f.publicUrl)) this.log(`note: the forge reports ${reported} for ${f.name}; the manifest keeps the version-specific ${f.publicUrl}`);
    return { name: f.name, url: f.publicUrl, outcome: replaced ? 'replaced' : uploaded ? 'uploaded' : 'unchanged', verifiedBy: 'release asset digest/size' };
  }
}

export function releaseTarget(o: ReleaseTargetOptions): PackageTarget {
  return new ReleaseTarget(o);
}
