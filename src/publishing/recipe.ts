/**
 * The publish recipe (docs/reference/forges.md §4) as steps over the Forge interface: find by listing → check a published
 * release (complete ⇒ no-op; differing ⇒ refuse unless replacing was asked) → create or sync the draft →
 * sync each asset (the per-asset planner decides, this class acts) → SHA256SUMS last → verify by content →
 * publish → re-read. Forge differences are capability flags, never names.
 *
 * A published release never lacks an asset it had, at any moment: missing assets are added; a differing
 * asset is replaced only with `replacePublishedAssets`, new bytes first (a same-name duplicate where the forge
 * allows one, else a temporary name renamed after the old asset is removed: one DELETE + one PATCH apart).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RelforgeError, errorMessage } from '../platform/errors.js';
import { HttpNetworkError } from '../platform/http.js';
import { retry } from '../platform/retry.js';
import { PARTIAL_PREFIX, decideAsset, sameContent, type AssetAction, type AssetPolicy, type RemoteAsset } from './core/release-plan.js';
import { CHECKSUMS_NAME, checksumsFile, ensureHash, uploadObserver, type LocalFile, type PreparedPublish } from './local-files.js';
import { AssetExistsError, ForgeError, ReleaseExistsError, type Forge, type ForgeAsset, type ForgeRelease } from './forge/types.js';
import type { PublishReleaseResult, PublishReleaseSettings } from './publish-release.js';
import { FULL_NOTES_NAME, fitNotes, releaseDownloadUrl } from './core/notes.js';
import { judgeRelease, judgementError } from './inspect.js';
import type { ParsedPublicKey } from '../signing/minisign/core/format.js';

type Verdict = 'same' | 'different' | 'unknown';

function isTransient(err: unknown): boolean {
  return err instanceof HttpNetworkError || (err instanceof ForgeError && (err.status === undefined || err.status >= 500 || err.status === 429));
}

const without = (list: ForgeAsset[], gone: RemoteAsset[]) => list.filter((a) => !gone.some((g) => g.id === a.id));

export class PublishRun {
  readonly result: PublishReleaseResult;
  private readonly hashes = new Map<number, string>();
  private readonly tmp = mkdtempSync(join(tmpdir(), 'relforge-publish-'));
  private readonly log: (line: string) => void;
  private readonly title: string;
  private readonly retryPolicy;

  constructor(
    private readonly forge: Forge,
    private readonly s: PublishReleaseSettings,
    private readonly local: PreparedPublish,
    private readonly offline: boolean,
    private readonly publicKey?: ParsedPublicKey,
  ) {
    this.log = s.log ?? (() => {});
    this.title = s.name || s.tag;
    this.retryPolicy = { attempts: 4, baseDelayMs: s.retryDelayMs ?? 2000, maxDelayMs: 60_000 };
    this.result = { releaseId: null, url: '', tag: s.tag, assets: [], created: false, published: false, prerelease: local.prerelease, dryRun: !!s.dryRun, actions: [], forge: forge.kind, mode: local.mode, draft: false, complete: false, notesCut: false };
  }

  dispose(): void {
    rmSync(this.tmp, { recursive: true, force: true });
  }

  private act(line: string): void {
    this.result.actions.push(line);
    this.log(`${this.s.dryRun ? '[dry-run] would ' : ''}${line}`);
  }

  async run(): Promise<PublishReleaseResult> {
    const { s, forge } = this;
    const pre = this.local.prerelease ? ' (prerelease)' : '';
    if (this.offline) {
      this.log('Dry run without a token: planning from the local files only (no forge state read).');
      this.act(`create draft release ${s.tag}${pre} unless it exists`);
      return this.dryRunPlan(undefined);
    }
    const mode = this.local.mode;
    // publish mode without files: the draft is judged by its own SHA256SUMS (and signatures), nothing is uploaded
    const judgeOnly = mode === 'publish' && this.local.files.length === 0;
    this.fitNotes();
    if (mode === 'publish') await this.checkTag('publish');
    const found = await forge.findRelease(s.tag);
    let release = found.published ?? found.drafts[0];
    this.result.state = found.published ? 'published' : found.drafts.length ? 'draft' : 'none';
    if (mode === 'stage') await this.checkTag(found.published ? 'publish' : 'stage');
    if (found.published && judgeOnly) return this.judgedLive(found.published);
    const complete = found.published && (await this.liveComplete(found.published));
    if (complete) {
      if (mode !== 'all') await this.judge(found.published!, complete.remote);
      return this.finish(found.published!, complete.remote, complete.wanted);
    }
    if (!found.published) await this.dropExtraDrafts(found.drafts);
    if (!release) {
      if (judgeOnly) {
        throw new RelforgeError(`There is no draft release for ${s.tag} to publish, and no files were given to make one: run publish-release with mode: stage first (it uploads and verifies the files), or give "files". Nothing was published.`);
      }
      this.act(`create draft release ${s.tag}${pre}`);
      if (s.dryRun) return this.dryRunPlan(undefined);
      release = await this.createDraft();
      const adopted = release.draft ? undefined : await this.liveComplete(release);
      if (adopted) return this.finish(release, adopted.remote, adopted.wanted);
    } else if (release.draft) {
      if (mode === 'stage' && found.drafts.length) this.log(`Adopting the draft ${release.id} left for ${s.tag} by an earlier run: its assets are checked by content, what differs is replaced (a draft is not public).`);
      release = await this.syncDraft(release);
    }
    if (s.dryRun) return this.dryRunPlan(release);

    let wanted: LocalFile[];
    let remote: ForgeAsset[];
    if (judgeOnly) {
      // only the full notes of a cut body may need to go up
      let known = await forge.listAssets(release);
      for (const f of this.local.files) known = await this.syncAsset(release, f, known);
      wanted = [...this.local.files];
      remote = await forge.listAssets(release);
      if (wanted.length) await this.verify(release, remote, wanted);
    } else {
      wanted = await this.uploadAll(release);
      remote = await this.removeExtras(release, await forge.listAssets(release), wanted);
      await this.verify(release, remote, wanted);
    }
    if (mode !== 'all' && (judgeOnly || this.publicKey) && release.draft) await this.judge(release, remote);
    if (release.draft && (s.draft || mode === 'stage')) {
      this.log(`Leaving ${s.tag} as a draft (${mode === 'stage' ? 'mode: stage' : 'input draft: true'}); assets are uploaded and verified by content.`);
    } else if (release.draft || release.prerelease !== this.local.prerelease) {
      if (mode === 'publish') await this.checkTag('publish'); // the tag may have moved while the draft was checked
      this.act(`publish ${s.tag}${this.publishNote()}`);
      const caps = forge.capabilities;
      await forge.publish(release.id, { prerelease: this.local.prerelease, makeLatest: caps.makeLatest ? this.local.makeLatest : undefined });
      release = await forge.getRelease(release.id);
      if (release.draft) throw new RelforgeError(`Publishing ${s.tag} did not take effect: the forge still reports a draft. Re-run the step.`);
      remote = await forge.listAssets(release);
      if (wanted.length) await this.verify(release, remote, wanted);
      if (mode === 'publish') {
        const at = await forge.tagCommit(s.tag);
        if (at !== s.commit) throw new RelforgeError(`Release ${s.tag} was published, but its tag now points at ${at ?? 'nothing'}, not at ${s.commit}: someone moved or deleted the tag during the publish. Check the repository's tags; inspect reports the release as incomplete until this is fixed.`);
      }
    }
    if (mode !== 'all' && this.publicKey && !release.draft && this.result.actions.length && !this.result.actions.some((a) => a.startsWith('publish '))) {
      await this.judge(release, remote); // a live release this run completed (add-only)
    }
    return this.finish(release, remote, wanted);
  }

  /**
   * The content judgement (inspect's) of the release as it now is; any problem refuses the step with every reason.
   * A draft is judged as if published now; its missing tag is fine in stage mode.
   */
  private async judge(release: ForgeRelease, remote: ForgeAsset[]): Promise<void> {
    const { s } = this;
    const problems = await judgeRelease(this.forge, release, remote, { tag: s.tag, commit: s.commit, publicKey: this.publicKey, prerelease: this.local.prerelease, draftOk: release.draft });
    if (!problems.length) return;
    const mode = this.local.mode;
    if (!release.draft) {
      throw judgementError(s.tag, 'Release is published but not complete by content:', problems, 'A live release is only added to: fix what can be added and re-run, set replace-published-assets: true to replace differing assets, or cut a new version.');
    }
    throw judgementError(
      s.tag,
      `The draft is not complete by content, so it was ${mode === 'stage' ? 'left a draft' : 'not published'}: release`,
      problems,
      mode === 'stage' ? 'Re-run the step with the right files (it replaces what differs on a draft).' : 'Re-run mode: stage with the files (it replaces what differs), then publish.',
    );
  }

  /**
   * Notes over the forge's limit: cut at a section boundary with a closing line that links the full notes, which go
   * up as the FULL_NOTES_NAME asset (verified like every asset, not listed in SHA256SUMS).
   */
  private fitNotes(): void {
    const { forge, s } = this;
    const limit = forge.capabilities.notesLimit;
    const url = releaseDownloadUrl(forge.apiUrl, forge.owner, forge.repo, s.tag, FULL_NOTES_NAME);
    const fitted = fitNotes(this.local.body, limit, url);
    if (!fitted.cut) return;
    const full = this.local.body;
    this.local.body = fitted.body;
    this.result.notesCut = true;
    const unit = limit.unit === 'bytes' ? 'bytes' : 'characters';
    this.log(`The notes are ${fitted.size} ${unit}, over the ${forge.kind} limit of ${limit.max}: the release body keeps the first ${fitted.kept} (cut at a section boundary) and links the full notes, uploaded as ${FULL_NOTES_NAME}.`);
    if (this.local.files.some((f) => f.name === FULL_NOTES_NAME)) return;
    let path = this.local.bodyPath;
    if (!path) {
      path = join(this.tmp, FULL_NOTES_NAME);
      writeFileSync(path, full);
    }
    this.local.files.push({ path, name: FULL_NOTES_NAME, size: statSync(path).size, unlisted: true });
  }

  /**
   * Where the tag is. publish (and a published release found by stage): it must exist and point at `commit`.
   * stage: it may be missing (pushed later), but if it exists it must point at `commit`.
   */
  private async checkTag(need: 'stage' | 'publish'): Promise<void> {
    const { s } = this;
    const at = await this.forge.tagCommit(s.tag);
    if (at === undefined) {
      if (need === 'stage') return;
      throw new RelforgeError(
        `Tag ${s.tag} does not exist on the forge, so nothing was published. mode: publish runs after the release commit and the tag are pushed: push them (the workflow's push step), then re-run this step.`,
      );
    }
    if (at !== s.commit) {
      throw new RelforgeError(
        `Tag ${s.tag} points at ${at}, but this release is of ${s.commit} (input commit), so nothing was ${need === 'stage' ? 'staged' : 'published'}. ` +
          `The version is taken by another commit: a tag is never moved by relforge. Plan again (a new version) or, if the tag was pushed by mistake and nothing was released from it, delete it yourself and re-run.`,
      );
    }
  }

  /** publish mode without files and a published release: judged by its own content; complete ⇒ nothing to do, else refused. */
  private async judgedLive(release: ForgeRelease): Promise<PublishReleaseResult> {
    const remote = await this.forge.listAssets(release);
    const problems = await judgeRelease(this.forge, release, remote, { tag: this.s.tag, commit: this.s.commit, publicKey: this.publicKey, prerelease: this.local.prerelease });
    if (problems.length) {
      throw judgementError(this.s.tag, 'Release is published but not complete by content, and no files were given to repair it:', problems, 'Re-run mode: stage with the files: it adds what is missing (a differing asset of a live release is replaced only with replace-published-assets: true).');
    }
    this.log(`Release ${this.s.tag} is already published and complete by content: nothing to do.`);
    return this.finish(release, remote, []);
  }

  /** The commit the release is of: input commit (stage/publish), else target-commitish. */
  private get target(): string | undefined {
    return this.s.commit || this.s.targetCommitish || undefined;
  }

  private publishNote(): string {
    if (this.local.prerelease) return ' as a prerelease';
    return this.forge.capabilities.makeLatest ? ` (make_latest: ${this.local.makeLatest})` : '';
  }

  // ---- content: local hash vs the forge's digest, else the bytes read back (streamed, any size) ----

  private async remoteHash(release: ForgeRelease, remote: ForgeAsset): Promise<string> {
    if (remote.sha256) return remote.sha256;
    let h = this.hashes.get(remote.id);
    if (!h) {
      h = await this.forge.hashAsset(release, remote);
      this.hashes.set(remote.id, h);
    }
    return h;
  }

  private async verdict(release: ForgeRelease, local: LocalFile, remote: ForgeAsset): Promise<Verdict> {
    if (remote.state !== 'uploaded') return 'different';
    const v = sameContent({ ...local, sha256: await ensureHash(local) }, remote);
    if (v !== 'unknown') return v;
    return (await this.remoteHash(release, remote)) === local.sha256 ? 'same' : 'different';
  }

  /** The policy for one asset: SHA256SUMS is derived from the others, so it may always be swapped (new first). */
  private policy(release: ForgeRelease | undefined, f: LocalFile): AssetPolicy {
    const live = !!release && !release.draft;
    if (f.name === CHECKSUMS_NAME && this.s.checksums !== false) return { overwrite: 'replace', live, replaceLive: true };
    return { overwrite: this.local.overwrite, live, replaceLive: !!this.s.replacePublishedAssets };
  }

  /**
   * The per-asset planner: compares the local file with the same-name remote assets and lets decideAsset()
   * choose. A kept asset whose content differs (overwrite: skip) is recorded in `f.kept`, so SHA256SUMS lists
   * what the release really holds.
   */
  private async planAsset(release: ForgeRelease | undefined, f: LocalFile, sameName: ForgeAsset[]): Promise<AssetAction> {
    const verdicts = new Map<number, Verdict>();
    for (const a of sameName) verdicts.set(a.id, await this.verdict(release!, f, a));
    const plan = decideAsset(f, sameName, (r) => verdicts.get(r.id) ?? 'unknown', this.policy(release, f));
    if (plan.kind === 'keep' && verdicts.get(plan.keep.id) !== 'same') {
      f.kept = { size: plan.keep.size, sha256: await this.remoteHash(release!, plan.keep as ForgeAsset) };
    }
    return plan;
  }

  /** The files of this run plus SHA256SUMS (the one builder), listing kept assets by their remote hash. */
  private async wantedFiles(): Promise<LocalFile[]> {
    if (this.s.checksums === false) return [...this.local.files];
    const entries = [];
    for (const f of this.local.files) if (!f.unlisted) entries.push({ name: f.name, sha256: f.kept?.sha256 ?? (await ensureHash(f)) });
    return [...this.local.files, checksumsFile(entries, this.tmp)];
  }

  /**
   * Plans every asset against `remote` (files first, then SHA256SUMS built from what they will hold); returns
   * the plans and the wanted files (SHA256SUMS included).
   */
  private async planAll(release: ForgeRelease | undefined, remote: ForgeAsset[]): Promise<{ plans: Array<{ f: LocalFile; plan: AssetAction }>; wanted: LocalFile[] }> {
    const plans = [];
    for (const f of this.local.files) plans.push({ f, plan: await this.planAsset(release, f, remote.filter((a) => a.name === f.name)) });
    const wanted = await this.wantedFiles();
    if (this.s.checksums !== false) {
      const sums = wanted.at(-1)!;
      plans.push({ f: sums, plan: await this.planAsset(release, sums, remote.filter((a) => a.name === sums.name)) });
    }
    return { plans, wanted };
  }

  // ---- steps ----

  /**
   * A published release: complete ⇒ its assets and the wanted files (nothing to do; finish with them); immutable
   * and different ⇒ refuse with the diff; mutable with a differing asset ⇒ refuse unless replacePublishedAssets;
   * only additions ⇒ undefined (complete it).
   */
  private async liveComplete(published: ForgeRelease): Promise<{ remote: ForgeAsset[]; wanted: LocalFile[] } | undefined> {
    const { s } = this;
    const remote = await this.forge.listAssets(published);
    const diff: string[] = [];
    let refused = false;
    const { plans, wanted } = await this.planAll(published, remote);
    for (const { f, plan } of plans) {
      if (plan.kind === 'upload') diff.push(`add ${f.name}`);
      else if (plan.kind === 'keep' && plan.remove.length) diff.push(`remove ${plan.remove.length} duplicate(s) of ${f.name}`);
      else if (plan.kind === 'replace' || plan.kind === 'swap') diff.push(`replace ${f.name} (${plan.reason})`);
      else if (plan.kind === 'refuse' || plan.kind === 'conflict') {
        diff.push(`replace ${f.name} (${plan.reason})`);
        refused = true;
      }
    }
    const partials = remote.filter((a) => a.name.startsWith(PARTIAL_PREFIX));
    if (partials.length) diff.push(`remove ${partials.length} leftover partial upload(s) of an interrupted replacement`);
    if (published.prerelease !== this.local.prerelease) diff.push(`set prerelease to ${this.local.prerelease} (now ${published.prerelease})`);
    const list = `\n- ${diff.join('\n- ')}\n`;
    if (published.immutable && diff.length) {
      throw new RelforgeError(
        `Release ${s.tag} is published and immutable, so it can no longer be changed. It differs from the local files; this run would have:${list}` +
          `Nothing was modified. The tag ${s.tag} is burnt by the immutable release: cut a new version (a new tag) to publish these files.`,
      );
    }
    if (refused) {
      const fix =
        this.local.overwrite === 'fail'
          ? 'overwrite is "fail": use overwrite: skip to keep the published assets,'
          : 'to replace them, re-run with replace-published-assets: true (each new file goes up before the old one is removed),';
      throw new RelforgeError(
        `Release ${s.tag} is already published and some of its assets differ from the local files; this run would have:${list}` +
          `Nothing was modified: a published release is only added to unless replacing is asked for. ${fix[0]!.toUpperCase()}${fix.slice(1)} or cut a new version.`,
      );
    }
    if (diff.length === 0) {
      this.log(`Release ${s.tag} is already published with exactly these files${published.immutable ? ' (immutable)' : ''}: nothing to do.`);
      return { remote, wanted };
    }
    this.log(`Release ${s.tag} is published but incomplete (${diff.join('; ')}): completing it.`);
    return undefined;
  }

  /** GitHub allows several drafts per tag (a retried create): keep the oldest, remove the rest. */
  private async dropExtraDrafts(drafts: ForgeRelease[]): Promise<void> {
    for (const extra of drafts.slice(1)) {
      this.act(`delete duplicate draft release ${extra.id} for ${this.s.tag}`);
      if (!this.s.dryRun) await this.forge.deleteRelease(extra.id);
    }
  }

  /** Creates the draft; 422/409 or a lost answer ⇒ re-list and adopt (docs/reference/forges.md §4 step 2). */
  private async createDraft(): Promise<ForgeRelease> {
    const { s, forge } = this;
    let lost: unknown;
    return retry<ForgeRelease>(
      async (attempt) => {
        if (attempt > 1) {
          const adopted = await this.adopt(lost);
          if (adopted) return { done: adopted };
        }
        try {
          const release = await forge.createDraft({ tagName: s.tag, name: this.title, body: this.local.body, prerelease: this.local.prerelease, targetCommitish: this.target });
          this.result.created = true;
          return { done: release };
        } catch (err) {
          if (!(err instanceof ReleaseExistsError) && !isTransient(err)) throw err;
          this.log(`Creating the draft failed (${errorMessage(err)}); listing releases to adopt one that may exist.`);
          if (err instanceof ReleaseExistsError) {
            const adopted = await this.adopt(err);
            if (adopted) return { done: adopted };
            throw new RelforgeError(`The forge says a release for ${s.tag} exists, but listing releases does not show it: check that the token can see drafts (push access) and re-run.`);
          }
          lost = err;
          return {
            retry: errorMessage(err),
            exhausted: () => {
              throw err;
            },
          };
        }
      },
      this.retryPolicy,
    );
  }

  private async adopt(err: unknown): Promise<ForgeRelease | undefined> {
    const { published, drafts } = await this.forge.findRelease(this.s.tag);
    const release = published ?? drafts[0];
    if (!release) return undefined;
    // adopted after a lost answer: most likely our own create; after 422/409: someone else's
    this.result.created = !published && !(err instanceof ReleaseExistsError);
    for (const extra of drafts.slice(1)) await this.forge.deleteRelease(extra.id);
    return release;
  }

  private async syncDraft(release: ForgeRelease): Promise<ForgeRelease> {
    const { s } = this;
    const keepBody = this.local.mode === 'publish' && !this.local.bodyGiven;
    const title = this.local.mode === 'publish' && !s.name ? release.name : this.title;
    const differs = release.name !== title || (!keepBody && release.body !== this.local.body) || release.prerelease !== this.local.prerelease || (!!this.target && release.targetCommitish !== this.target);
    if (!differs) return release;
    this.act(`update draft ${release.id} (title, notes, prerelease, target) to match this run`);
    if (s.dryRun) return release;
    return this.forge.updateRelease(release.id, { name: title, body: keepBody ? undefined : this.local.body, prerelease: this.local.prerelease, targetCommitish: this.target });
  }

  /** Uploads what differs, one file at a time, SHA256SUMS last (built from the hashes taken while uploading). */
  private async uploadAll(release: ForgeRelease): Promise<LocalFile[]> {
    let known: ForgeAsset[] | undefined = await this.forge.listAssets(release);
    for (const f of this.local.files) known = await this.syncAsset(release, f, known);
    const wanted = await this.wantedFiles();
    if (this.s.checksums !== false) await this.syncAsset(release, wanted.at(-1)!, known);
    return wanted;
  }

  /** One asset, re-listing and retrying after a transient failure or a same-name race (up to 4 attempts). */
  private async syncAsset(release: ForgeRelease, f: LocalFile, known: ForgeAsset[] | undefined): Promise<ForgeAsset[]> {
    let current = known;
    return retry<ForgeAsset[]>(
      async () => {
        try {
          current ??= await this.forge.listAssets(release);
          return { done: await this.applyPlan(release, f, current) };
        } catch (err) {
          if (!(err instanceof AssetExistsError) && !isTransient(err)) throw err;
          current = undefined;
          return {
            retry: errorMessage(err),
            delayMs: err instanceof AssetExistsError ? 0 : undefined,
            exhausted: () => {
              throw err;
            },
          };
        }
      },
      { ...this.retryPolicy, onRetry: (i) => this.log(`Uploading ${f.name} failed (${i.reason}); re-listing the assets and retrying (attempt ${i.attempt + 1} of 4).`) },
    );
  }

  /** Carries out the planner's decision for one file; returns the asset list as it now is. */
  private async applyPlan(release: ForgeRelease, f: LocalFile, before: ForgeAsset[]): Promise<ForgeAsset[]> {
    const current = await this.recoverPartials(release, f, before);
    const plan = await this.planAsset(release, f, current.filter((a) => a.name === f.name));
    switch (plan.kind) {
      case 'conflict':
        throw new RelforgeError(`Release ${this.s.tag} already has an asset named ${f.name} and overwrite is "fail": ${plan.reason}. Use overwrite: replace to replace it, or skip to keep it.`);
      case 'refuse':
        throw new RelforgeError(`Release ${this.s.tag} was published meanwhile and its ${f.name} differs from the local file (${plan.reason}); nothing was replaced. Re-run with replace-published-assets: true to replace it, or cut a new version.`);
      case 'keep':
        await this.remove(release, f, plan.remove, plan.reason);
        if (!plan.remove.length) this.log(`Keeping ${f.name}: ${plan.reason}.`);
        if (f.kept) this.log(`Note: ${f.name} on the release differs from the local file; kept because overwrite is "skip".`);
        return without(current, plan.remove);
      case 'replace':
        await this.remove(release, f, plan.remove, plan.reason);
        return [...without(current, plan.remove), await this.upload(release, f, f.name)];
      case 'swap':
        return this.swap(release, f, plan.remove, current, plan.reason);
      case 'upload':
        return [...current, await this.upload(release, f, f.name)];
    }
  }

  private async remove(release: ForgeRelease, f: LocalFile, assets: RemoteAsset[], reason: string): Promise<void> {
    for (const r of assets) {
      this.act(`delete ${f.name} (asset ${r.id}): ${reason}`);
      await this.forge.deleteAsset(release, r as ForgeAsset);
    }
  }

  /** Streams one file up under `name`, hashing it in the same read; checks the name and size the forge stored. */
  private async upload(release: ForgeRelease, f: LocalFile, name: string): Promise<ForgeAsset> {
    this.act(`upload ${f.name}${name !== f.name ? ` as ${name}` : ''} (${f.size} bytes)`);
    const obs = f.sha256 ? undefined : uploadObserver(f);
    const asset = await this.forge.uploadAsset(release, { path: f.path, name, size: f.size, observe: obs });
    f.sha256 ??= obs?.result();
    if (asset.name !== name) throw new RelforgeError(`The forge stored ${name} as "${asset.name}" (it renames unusual names): rename the file to a plain name (letters, digits, . - _).`);
    if (asset.size !== f.size) throw new RelforgeError(`The forge reports ${asset.size} bytes for ${f.name}, but the local file has ${f.size}: the file changed during the upload or the transfer was cut. Re-run the step.`);
    return asset;
  }

  /**
   * Replaces an asset of a published release without a moment where it is missing: where same-name duplicates
   * are allowed, upload then remove the old; where assets can be renamed, upload under a temporary name, remove
   * the old, rename (the name is absent only between those two calls); else remove then upload (documented gap).
   */
  private async swap(release: ForgeRelease, f: LocalFile, old: RemoteAsset[], current: ForgeAsset[], reason: string): Promise<ForgeAsset[]> {
    const caps = this.forge.capabilities;
    if (caps.duplicateAssetNames) {
      const fresh = await this.upload(release, f, f.name);
      await this.remove(release, f, old, `${reason}; the new upload is in place`);
      return [...without(current, old), fresh];
    }
    if (caps.renameAssets) {
      const staged = await this.upload(release, f, `${PARTIAL_PREFIX}${randomBytes(4).toString('hex')}-${f.name}`);
      await this.remove(release, f, old, `${reason}; the new upload is staged as ${staged.name}`);
      this.act(`rename ${staged.name} to ${f.name}`);
      return [...without(current, old), await this.forge.renameAsset(release, staged, f.name)];
    }
    await this.remove(release, f, old, reason);
    return [...without(current, old), await this.upload(release, f, f.name)];
  }

  /**
   * Leftovers of an interrupted swap for `f`: a staged copy with the right content becomes `f` again when `f`
   * is missing (the interrupted rename), any other staged copy is removed.
   */
  private async recoverPartials(release: ForgeRelease, f: LocalFile, current: ForgeAsset[]): Promise<ForgeAsset[]> {
    const partials = current.filter((a) => a.name.startsWith(PARTIAL_PREFIX) && a.name.slice(PARTIAL_PREFIX.length + 9) === f.name);
    if (!partials.length) return current;
    let list = without(current, partials);
    const missing = !list.some((a) => a.name === f.name);
    for (const p of partials) {
      if (missing && !list.some((a) => a.name === f.name) && (await this.verdict(release, f, p)) === 'same') {
        this.act(`rename ${p.name} to ${f.name} (finishing an interrupted replacement)`);
        list = [...list, await this.forge.renameAsset(release, p, f.name)];
      } else await this.remove(release, f, [p], 'leftover of an interrupted replacement');
    }
    return list;
  }

  /** Assets this run does not publish: removed from a draft; kept (noted) on a published release. */
  private async removeExtras(release: ForgeRelease, remote: ForgeAsset[], wanted: LocalFile[]): Promise<ForgeAsset[]> {
    // publish mode without notes keeps the draft's notes, so it keeps the full notes they may link to
    const keepNotes = this.local.mode === 'publish' && !this.local.bodyGiven;
    const extras = remote.filter((a) => !wanted.some((w) => w.name === a.name) && !(keepNotes && a.name === FULL_NOTES_NAME));
    const drop = release.draft ? extras : extras.filter((a) => a.name.startsWith(PARTIAL_PREFIX));
    for (const a of drop) {
      this.act(`delete ${a.name} from the ${release.draft ? 'draft (not among the files of this run)' : 'release (leftover of an interrupted replacement)'}`);
      await this.forge.deleteAsset(release, a);
    }
    const kept = extras.filter((a) => !drop.includes(a));
    if (kept.length) this.log(`Note: published release ${this.s.tag} also has assets this run did not upload (kept): ${kept.map((a) => a.name).join(', ')}`);
    return drop.length ? this.forge.listAssets(release) : remote;
  }

  /** The remote set against the local files: each once, complete, same size and SHA-256 (read back where no digest). */
  private async verify(release: ForgeRelease, remote: ForgeAsset[], wanted: LocalFile[]): Promise<void> {
    const problems: string[] = [];
    for (const f of wanted) {
      const same = remote.filter((a) => a.name === f.name);
      const a = same[0];
      if (!a) problems.push(`${f.name} is missing`);
      else if (same.length > 1) problems.push(`${f.name} is present ${same.length} times`);
      else if (a.state !== 'uploaded') problems.push(`${f.name} is in state "${a.state}" (incomplete upload)`);
      else if (f.kept) {
        if (a.size !== f.kept.size || (await this.remoteHash(release, a)) !== f.kept.sha256) problems.push(`${f.name} (kept by overwrite: skip) changed on the forge during this run`);
      } else if (a.size !== f.size) problems.push(`${f.name} has ${a.size} bytes on the forge, ${f.size} locally`);
      else if ((await this.verdict(release, f, a)) === 'different') {
        problems.push(`${f.name} on the forge has SHA-256 ${a.sha256 ?? this.hashes.get(a.id)}, the local file ${f.sha256}`);
      }
    }
    if (problems.length) {
      throw new RelforgeError(`Verification of release ${this.s.tag} failed, so it was not published:\n- ${problems.join('\n- ')}\nRe-run the step: it replaces what differs.`);
    }
  }

  private async finish(release: ForgeRelease, remote: ForgeAsset[], wanted: LocalFile[]): Promise<PublishReleaseResult> {
    const r = this.result;
    r.releaseId = release.id;
    r.url = release.htmlUrl;
    r.published = !release.draft;
    r.draft = release.draft;
    r.complete = !release.draft;
    r.prerelease = release.prerelease;
    for (const f of wanted) {
      const a = remote.find((x) => x.name === f.name);
      r.assets.push({ name: f.name, size: f.kept?.size ?? f.size, sha256: f.kept?.sha256 ?? (await ensureHash(f)), url: a?.downloadUrl ?? '' });
    }
    return r;
  }

  /** Dry run: the uploads, replacements and deletions that would happen, with no write (refusals included). */
  private async dryRunPlan(release: ForgeRelease | undefined): Promise<PublishReleaseResult> {
    const remote = release ? await this.forge.listAssets(release) : [];
    // publish mode without files uploads nothing (the draft is judged as it is)
    const judgeOnly = this.local.mode === 'publish' && !this.local.files.some((f) => !f.unlisted);
    const { plans, wanted } = judgeOnly ? { plans: [], wanted: [] } : await this.planAll(release, remote);
    for (const { f, plan } of plans) {
      if (plan.kind === 'upload') this.act(`upload ${f.name} (${f.size} bytes, sha256 ${await ensureHash(f)})`);
      else if (plan.kind === 'replace' || plan.kind === 'swap') this.act(`replace ${f.name}: ${plan.reason}`);
      else if (plan.kind === 'keep') this.act(`keep ${f.name}: ${plan.reason}`);
      else if (plan.kind === 'conflict') throw new RelforgeError(`Release ${this.s.tag} already has an asset named ${f.name} and overwrite is "fail": ${plan.reason}.`);
      else throw new RelforgeError(`Release ${this.s.tag} is published and its ${f.name} differs from the local file (${plan.reason}): the real run would refuse. Set replace-published-assets: true to replace it, or cut a new version.`);
    }
    const live = !!release && !release.draft;
    const staging = (this.s.draft || this.local.mode === 'stage') && !live;
    if (!staging && !(live && release!.prerelease === this.local.prerelease)) this.act(`publish ${this.s.tag}${this.publishNote()}`);
    if (staging) this.act(`leave ${this.s.tag} a draft (${this.local.mode === 'stage' ? 'mode: stage' : 'input draft: true'})`);
    const r = this.result;
    r.releaseId = release?.id ?? null;
    r.url = release?.htmlUrl ?? '';
    r.published = live;
    r.draft = !live;
    for (const f of wanted) r.assets.push({ name: f.name, size: f.kept?.size ?? f.size, sha256: f.kept?.sha256 ?? (await ensureHash(f)), url: '' });
    return r;
  }
}
