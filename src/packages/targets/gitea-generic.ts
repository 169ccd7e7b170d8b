/**
 * Target `gitea-generic`: files of the Gitea/Forgejo generic package `{owner}/{product}/{version}` through the
 * Forge interface. Gitea answers 409 to a same-name file, so other bytes are deleted and re-uploaded; every file
 * is read back from the registry's file list (sha256 + size).
 */
import { RelforgeError, type FieldProblem } from '../../platform/errors.js';
import { PackageFileExistsError, type Forge, type PackageFile, type PackageRef } from '../../publishing/forge/types.js';
import type { FileResult, PackageTarget, PlannedFile, RemoteState, TargetContext } from './target.js';
import { TargetBase } from './target.js';

export interface GiteaTargetOptions {
  /** A Gitea/Forgejo adapter whose token may write packages (`package-token`, write:package). */
  forge: Forge;
  /** Package owner (default: the repository owner). */
  owner?: string;
  /** Server root for download URLs (default: the forge API URL without `/api/v1`). */
  serverUrl?: string;
}

class GiteaGenericTarget extends TargetBase<GiteaTargetOptions> implements PackageTarget {
  private ref!: PackageRef;
  readonly kind = 'gitea-generic' as const;
  readonly flatNamespace = true;
  readonly replacesLivePackages = true;

  bind(ctx: TargetContext): { problems: FieldProblem[]; downloadTemplate: string } {
    this.log = ctx.log;
    const { forge } = this.o;
    const problems: FieldProblem[] = [];
    if (!forge.capabilities.genericPackages) {
      problems.push({ field: 'target', message: `is gitea-generic, but this forge (${forge.kind}) has no generic package registry: use target release or http.` });
    }
    const server = (this.o.serverUrl ?? forge.apiUrl.replace(/\/api\/v1\/?$/, '')).replace(/\/+$/, '');
    const owner = this.o.owner ?? forge.owner;
    this.ref = { owner, name: ctx.product, version: ctx.version };
    return { problems, downloadTemplate: `${server}/api/packages/${encodeURIComponent(owner)}/generic/{product}/{version}/{file}` };
  }

  destination(f: PlannedFile): string {
    return f.publicUrl;
  }

  private async listed(): Promise<Map<string, PackageFile>> {
    return new Map((await this.o.forge.listPackageFiles(this.ref)).map((f) => [f.name, f]));
  }

  async inspect(f: PlannedFile): Promise<RemoteState> {
    const have = (await this.listed()).get(f.name);
    if (!have) return 'absent';
    return have.sha256 === f.sha256 && have.size === f.size ? 'same' : 'different';
  }

  async remove(files: PlannedFile[]): Promise<void> {
    const existing = await this.listed();
    for (const f of files) {
      if (!existing.has(f.name)) continue;
      await this.o.forge.deletePackageFile(this.ref, f.name);
      this.log(`took down ${f.name} before replacing the set`);
    }
  }

  async put(batch: PlannedFile[]): Promise<FileResult[]> {
    const { forge } = this.o;
    const existing = await this.listed();
    const out: FileResult[] = [];
    for (const f of batch) {
      const have = existing.get(f.name);
      if (have && have.sha256 === f.sha256 && have.size === f.size) {
        out.push({ name: f.name, url: f.publicUrl, outcome: 'unchanged', verifiedBy: 'package-file sha256' });
        this.log(`unchanged ${f.name} (the registry already holds these bytes)`);
        continue;
      }
      if (have) await forge.deletePackageFile(this.ref, f.name);
      const replaced = await this.upload(f);
      const outcome = have || replaced ? 'replaced' : 'uploaded';
      out.push({ name: f.name, url: f.publicUrl, outcome, verifiedBy: 'package-file sha256' });
      this.log(`${outcome} ${f.name} → ${f.publicUrl}`);
    }
    await this.readBack(batch);
    return out;
  }

  /** Uploads one file; on 409 (a parallel or timed-out earlier upload won) compares and replaces. True when replaced. */
  private async upload(f: PlannedFile): Promise<boolean> {
    const spec = { path: f.path, name: f.name, size: f.size, contentType: 'application/octet-stream' };
    try {
      await this.o.forge.uploadPackageFile(this.ref, spec);
      return false;
    } catch (err) {
      if (!(err instanceof PackageFileExistsError)) throw err;
      const now = (await this.listed()).get(f.name);
      if (now && now.sha256 === f.sha256) return false;
      await this.o.forge.deletePackageFile(this.ref, f.name);
      await this.o.forge.uploadPackageFile(this.ref, spec);
      return true;
    }
  }

  /** The registry's sha256 for every file of the batch. */
  private async readBack(batch: PlannedFile[]): Promise<void> {
    const after = await this.listed();
    const { owner, name, version } = this.ref;
    for (const f of batch) {
      const got = after.get(f.name);
      if (!got) throw new RelforgeError(`Uploaded ${f.name} but the package registry does not list it (${owner}/${name} ${version}); nothing further was published. Re-run the step.`);
      if (got.sha256 !== f.sha256 || got.size !== f.size) {
        throw new RelforgeError(
          `Checksum mismatch after uploading ${f.name}: the registry reports sha256 ${got.sha256} (${got.size} bytes), the local file is ${f.sha256} (${f.size} bytes). The manifest was not uploaded; re-run the step.`,
        );
      }
    }
  }

  async finish(all: PlannedFile[]): Promise<FileResult[]> {
    const ours = new Set(all.map((f) => f.name));
    const others = [...(await this.listed()).keys()].filter((n) => !ours.has(n));
    if (others.length) this.log(`note: package ${this.ref.name} ${this.ref.version} also holds files this run did not publish (kept, not in the manifest): ${others.join(', ')}`);
    return [];
  }
}

export function giteaGenericTarget(o: GiteaTargetOptions): PackageTarget {
  return new GiteaGenericTarget(o);
}
