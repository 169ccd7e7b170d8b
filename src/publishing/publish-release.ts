/**
 * publishRelease: the one publish recipe, identical on every forge (forges.md §4), written above the
 * Forge interface:
 *   local checks (files exist & readable, names safe/unique) — before any API call
 *   → find the release by LISTING (drafts included) → else create it as a draft (422/409/5xx ⇒ re-list, adopt)
 *   → upload each file (overwrite replace|skip|fail; same size + SHA-256 = keep; same-name duplicates and
 *     GitHub `starter` leftovers removed) → SHA256SUMS last
 *   → verify the remote set against the local files (GitHub digest; Gitea/Forgejo name + size, small files
 *     re-downloaded and hashed) → publish (undraft, prerelease, make_latest for stable only) → re-read.
 * A published immutable release is never modified: when it differs, the error lists what would change.
 * Every step is list-then-act, so a re-run after any failure converges with no duplicates.
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { RelforgeError, SettingsError, errorMessage } from '../platform/errors.js';
import { expandFiles, hashFile, assertSafeName } from '../platform/fs.js';
import { HttpNetworkError, sleep, type BodyObserver } from '../platform/http.js';
import { formatChecksums } from './core/checksums.js';
import { decideAsset, prereleaseFromTag, sameContent, tagProblem, type Overwrite, type RemoteAsset } from './core/release-plan.js';
import { createForge, type CreateForgeOptions } from './forge/index.js';
import { AssetExistsError, ForgeError, ReleaseExistsError, type Forge, type ForgeAsset, type ForgeRelease } from './forge/types.js';

export const CHECKSUMS_NAME = 'SHA256SUMS';

export interface PublishReleaseSettings {
  tag: string;
  /** Release title; default = tag. */
  name?: string;
  body?: string;
  /** Read the notes from this file (exclusive with `body`). */
  bodyFile?: string;
  /** 'auto' = true when the tag's version has a prerelease part. */
  prerelease?: boolean | 'auto';
  /** Leave the release as a draft (upload + verify, do not publish). */
  draft?: boolean;
  /** GitHub make_latest for stable releases ('true' default, 'false', 'legacy'); prereleases always 'false'. */
  makeLatest?: 'true' | 'false' | 'legacy';
  /** Newline-separated globs, relative to `cwd`. */
  files: string[];
  /** Add SHA256SUMS (default true). */
  checksums?: boolean;
  targetCommitish?: string;
  overwrite?: Overwrite;
  dryRun?: boolean;
  cwd?: string;
  /** An adapter, or the options to create one (forge/api-url/token/repository). */
  forge: Forge | CreateForgeOptions;
  /** Gitea/Forgejo verification re-downloads files up to this size to hash them (default 64 MiB). */
  verifyDownloadLimit?: number;
  /** Backoff between upload attempts (ms, doubles; default 2000). */
  retryDelayMs?: number;
  log?: (line: string) => void;
}

export interface PublishedAsset {
  name: string;
  size: number;
  sha256: string;
  url: string;
}

export interface PublishReleaseResult {
  releaseId: number | null;
  url: string;
  tag: string;
  assets: PublishedAsset[];
  /** true when this run created the release. */
  created: boolean;
  /** true when the release is published (not a draft) at the end. */
  published: boolean;
  prerelease: boolean;
  dryRun: boolean;
  /** What was done (or, in a dry run, would be done), one line per action. */
  actions: string[];
  forge: string;
}

interface LocalFile {
  path: string;
  name: string;
  size: number;
  sha256?: string;
  /** overwrite: skip kept a remote asset with other content: what the release really holds. */
  kept?: { size: number; sha256?: string };
}


function isTransient(err: unknown): boolean {
  return err instanceof HttpNetworkError || (err instanceof ForgeError && (err.status === undefined || err.status >= 500 || err.status === 429));
}

/** Local checks that need no API call: every problem at once. */
async function prepare(s: PublishReleaseSettings): Promise<{ files: LocalFile[]; body: string; prerelease: boolean; overwrite: Overwrite; makeLatest: 'true' | 'false' | 'legacy' }> {
  const problems: string[] = [];
  const tp = tagProblem(s.tag);
  if (tp) problems.push(`Input "tag": ${tp}.`);
  const overwrite = s.overwrite ?? 'replace';
  if (!['replace', 'skip', 'fail'].includes(overwrite)) problems.push(`Input "overwrite" must be replace, skip or fail, got "${overwrite}".`);
  if (s.body && s.bodyFile) problems.push('Give either input "body" or input "body-file", not both.');
  let body = s.body ?? '';
  if (s.bodyFile) {
    try {
      body = readFileSync(join(s.cwd ?? process.cwd(), s.bodyFile), 'utf8');
    } catch (e) {
      problems.push(`Input "body-file": cannot read "${s.bodyFile}" (${(e as NodeJS.ErrnoException).code ?? errorMessage(e)}).`);
    }
  }
  const makeLatest = s.makeLatest ?? 'true';
  if (!['true', 'false', 'legacy'].includes(makeLatest)) problems.push(`Input "make-latest" must be true, false or legacy, got "${makeLatest}".`);
  const prerelease = s.prerelease === undefined || s.prerelease === 'auto' ? prereleaseFromTag(s.tag) : s.prerelease;
  let files: LocalFile[] = [];
  try {
    const paths = await expandFiles(s.files, { cwd: s.cwd, inputName: 'files' });
    const byName = new Map<string, string>();
    for (const path of paths) {
      const name = basename(path);
      try {
        assertSafeName(name, 'asset name');
      } catch (e) {
        problems.push(`Input "files": ${errorMessage(e)}`);
        continue;
      }
      if (byName.has(name)) problems.push(`Input "files": two files would become the same asset name "${name}" (${byName.get(name)} and ${path}); rename one or narrow the globs.`);
      if (name === CHECKSUMS_NAME && s.checksums !== false) problems.push(`Input "files" contains a file named ${CHECKSUMS_NAME}, which the action generates: drop it from "files" or set checksums: false.`);
      byName.set(name, path);
      try {
        accessSync(path, constants.R_OK);
        const st = statSync(path);
        if (st.size >= 2 ** 31) problems.push(`Input "files": ${name} is ${st.size} bytes; release assets must be smaller than 2 GiB.`);
        files.push({ path, name, size: st.size });
      } catch (e) {
        problems.push(`Input "files": cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? errorMessage(e)}).`);
      }
    }
  } catch (e) {
    problems.push(errorMessage(e));
  }
  if (problems.length) throw new SettingsError(problems);
  files = files.sort((a, b) => (a.name < b.name ? -1 : 1));
  return { files, body, prerelease, overwrite, makeLatest: prerelease ? 'false' : (makeLatest as 'true' | 'false' | 'legacy') };
}

async function ensureHash(f: LocalFile): Promise<string> {
  f.sha256 ??= (await hashFile(f.path, ['sha256'])).sha256;
  return f.sha256;
}

/** Hashes the file while it is uploaded (one read); valid only when the whole file went out. */
function uploadObserver(f: LocalFile): BodyObserver & { result(): string | undefined } {
  let h = createHash('sha256');
  let n = 0;
  let done: string | undefined;
  return {
    start() {
      h = createHash('sha256');
      n = 0;
      done = undefined;
    },
    data(chunk) {
      h.update(chunk);
      n += chunk.length;
    },
    end() {
      done = n === f.size ? h.digest('hex') : undefined;
    },
    result: () => done,
  };
}

export async function publishRelease(s: PublishReleaseSettings): Promise<PublishReleaseResult> {
  const log = s.log ?? (() => {});
  const { files, body, prerelease, overwrite, makeLatest } = await prepare(s);
  const offline = !!s.dryRun && !('findRelease' in s.forge) && !s.forge.token;
  const forge: Forge = 'findRelease' in s.forge ? s.forge : offline ? offlineForge(s.forge) : createForge(s.forge);
  const caps = forge.capabilities;
  if (forge.kind === 'github') {
    // GitHub silently renames asset names with other characters (or a leading/trailing dot): refuse them up front.
    const odd = files.filter((f) => !/^[A-Za-z0-9_+~@-][A-Za-z0-9._+~@-]*$/.test(f.name) || f.name.endsWith('.'));
    if (odd.length) {
      throw new SettingsError(odd.map((f) => `Input "files": GitHub would rename the asset "${f.name}" (it keeps only letters, digits and . _ + ~ @ -, no leading or trailing dot): rename the file before publishing.`));
    }
  }
  const name = s.name || s.tag;
  const actions: string[] = [];
  const act = (line: string) => {
    actions.push(line);
    log(`${s.dryRun ? '[dry-run] would ' : ''}${line}`);
  };
  const retryDelay = s.retryDelayMs ?? 2000;
  const verifyLimit = s.verifyDownloadLimit ?? 64 * 1024 * 1024;
  const tmp = mkdtempSync(join(tmpdir(), 'relforge-publish-'));
  const result: PublishReleaseResult = { releaseId: null, url: '', tag: s.tag, assets: [], created: false, published: false, prerelease, dryRun: !!s.dryRun, actions, forge: forge.kind };

  // Hash on a remote release's verdict: digest when the forge has one, else re-download small files.
  const downloadedHash = new Map<number, string>();
  const remoteHash = async (release: ForgeRelease, remote: ForgeAsset): Promise<string | undefined> => {
    if (remote.sha256) return remote.sha256;
    if (remote.size > verifyLimit) return undefined;
    let h = downloadedHash.get(remote.id);
    if (!h) {
      const dest = join(tmp, `dl-${remote.id}`);
      await forge.downloadAsset(release, remote, dest);
      h = (await hashFile(dest, ['sha256'])).sha256;
      rmSync(dest, { force: true });
      downloadedHash.set(remote.id, h);
    }
    return h;
  };
  const verdictFor = async (release: ForgeRelease, local: LocalFile, remote: ForgeAsset): Promise<'same' | 'different' | 'unknown'> => {
    const v = sameContent({ ...local, sha256: await ensureHash(local) }, remote);
    if (v !== 'unknown') return v;
    const h = await remoteHash(release, remote);
    if (!h) return 'unknown';
    return h === local.sha256 ? 'same' : 'different';
  };

  try {
    if (offline) {
      log('Dry run without a token: planning from the local files only (no forge state read).');
      act(`create draft release ${s.tag}${prerelease ? ' (prerelease)' : ''} unless it exists`);
      return await dryRunRest(undefined);
    }
    // ---- 1. find by listing (drafts included) ----
    let { published, drafts } = await forge.findRelease(s.tag);
    let release: ForgeRelease | undefined = published ?? drafts[0];

    if (published) {
      // An existing published release: complete ⇒ no-op; incomplete + immutable ⇒ fail with the diff.
      const remote = await forge.listAssets(published);
      const wanted = await wantedSet(files, s.checksums !== false, tmp);
      const diff: string[] = [];
      for (const f of wanted) {
        const same = remote.filter((a) => a.name === f.name);
        if (same.length === 0) diff.push(`add ${f.name}`);
        else {
          const verdicts = await Promise.all(same.map((a) => verdictFor(published!, f, a)));
          if (!verdicts.includes('same')) diff.push(`replace ${f.name} (${verdicts.includes('different') ? 'content differs' : 'content cannot be compared'})`);
          else if (same.length > 1) diff.push(`remove ${same.length - 1} duplicate(s) of ${f.name}`);
        }
      }
      if (published.prerelease !== prerelease) diff.push(`set prerelease to ${prerelease} (now ${published.prerelease})`);
      if (published.immutable) {
        if (diff.length) {
          throw new RelforgeError(
            `Release ${s.tag} is published and immutable, so it can no longer be changed. It differs from the local files; this run would have:\n- ${diff.join('\n- ')}\n` +
              `Nothing was modified. The tag ${s.tag} is burnt by the immutable release: cut a new version (a new tag) to publish these files.`,
          );
        }
        log(`Release ${s.tag} is published, immutable and already matches the local files: nothing to do.`);
        return finish(published, remote, wanted);
      }
      if (diff.length === 0) {
        log(`Release ${s.tag} is already published with exactly these files: nothing to do.`);
        return finish(published, remote, wanted);
      }
      log(`Release ${s.tag} is published but incomplete (${diff.join('; ')}): completing it.`);
    } else if (drafts.length > 1) {
      // GitHub allows several drafts per tag (a retried create): keep the oldest, remove the rest.
      for (const extra of drafts.slice(1)) {
        act(`delete duplicate draft release ${extra.id} for ${s.tag}`);
        if (!s.dryRun) await forge.deleteRelease(extra.id);
      }
    }

    // ---- 2. create the draft (re-list and adopt on 422/409 or a lost answer) ----
    if (!release) {
      act(`create draft release ${s.tag}${prerelease ? ' (prerelease)' : ''}`);
      if (s.dryRun) return await dryRunRest(undefined);
      for (let attempt = 1; !release; attempt++) {
        try {
          release = await forge.createDraft({ tagName: s.tag, name, body, prerelease, targetCommitish: s.targetCommitish });
          result.created = true;
        } catch (err) {
          if (!(err instanceof ReleaseExistsError) && !(isTransient(err) && attempt < 4)) throw err;
          log(`Creating the draft failed (${errorMessage(err)}); listing releases to adopt one that may exist.`);
          if (!(err instanceof ReleaseExistsError)) await sleep(retryDelay * 2 ** (attempt - 1));
          ({ published, drafts } = await forge.findRelease(s.tag));
          release = published ?? drafts[0];
          if (release) {
            // adopted after a lost answer: most likely our own create; after 422/409: someone else's
            result.created = !published && !(err instanceof ReleaseExistsError);
            for (const extra of drafts.slice(1)) await forge.deleteRelease(extra.id);
          } else if (err instanceof ReleaseExistsError) {
            throw new RelforgeError(`The forge says a release for ${s.tag} exists, but listing releases does not show it: check that the token can see drafts (push access) and re-run.`);
          }
        }
      }
    } else if (release.draft && (release.name !== name || release.body !== body || release.prerelease !== prerelease || (s.targetCommitish && release.targetCommitish !== s.targetCommitish))) {
      act(`update draft ${release.id} (title, notes, prerelease, target) to match this run`);
      if (!s.dryRun) release = await forge.updateRelease(release.id, { name, body, prerelease, targetCommitish: s.targetCommitish || undefined });
    }
    if (s.dryRun) return await dryRunRest(release);

    // ---- 3. upload (SHA256SUMS last, built from the hashes taken while uploading) ----
    let snapshot: ForgeAsset[] | undefined = await forge.listAssets(release);
    for (const f of files) snapshot = await uploadOne(release, f, snapshot);
    const wanted: LocalFile[] = [...files];
    if (s.checksums !== false) {
      const sums = join(tmp, CHECKSUMS_NAME);
      const entries = [];
      for (const f of files) {
        if (f.kept && !f.kept.sha256) {
          throw new RelforgeError(`overwrite: skip kept ${f.name}, whose content on the release cannot be read back (no digest on ${forge.kind} and larger than the re-download limit), so SHA256SUMS cannot list it truthfully. Use overwrite: replace, or checksums: false.`);
        }
        entries.push({ name: f.name, sha256: f.kept?.sha256 ?? (await ensureHash(f)) });
      }
      writeFileSync(sums, formatChecksums(entries.sort((a, b) => (a.name < b.name ? -1 : 1))));
      const cf: LocalFile = { path: sums, name: CHECKSUMS_NAME, size: statSync(sums).size };
      await uploadOne(release, cf, snapshot);
      wanted.push(cf);
    }

    // ---- 4. verify the remote set against the local files ----
    let remote = await forge.listAssets(release);
    const extras = remote.filter((a) => !wanted.some((w) => w.name === a.name));
    if (extras.length && release.draft) {
      for (const a of extras) {
        act(`delete ${a.name} from the draft (not among the files of this run)`);
        await forge.deleteAsset(release, a);
      }
      remote = await forge.listAssets(release);
    } else if (extras.length) {
      log(`Note: published release ${s.tag} also has assets this run did not upload (kept): ${extras.map((a) => a.name).join(', ')}`);
    }
    await verify(release, remote, wanted);

    // ---- 5. publish, then re-read ----
    if (s.draft) {
      log(`Leaving ${s.tag} as a draft (input draft: true); assets are uploaded and verified.`);
    } else if (release.draft || release.prerelease !== prerelease) {
      act(`publish ${s.tag}${prerelease ? ' as a prerelease' : caps.makeLatest ? ` (make_latest: ${makeLatest})` : ''}`);
      await forge.publish(release.id, { prerelease, makeLatest: caps.makeLatest ? makeLatest : undefined });
      release = await forge.getRelease(release.id);
      if (release.draft) throw new RelforgeError(`Publishing ${s.tag} did not take effect: the forge still reports a draft. Re-run the step.`);
      const after = await forge.listAssets(release);
      await verify(release, after, wanted);
      remote = after;
    }
    return finish(release, remote, wanted);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  async function wantedSet(local: LocalFile[], checksums: boolean, dir: string): Promise<LocalFile[]> {
    const out = [...local];
    if (checksums) {
      const entries = [];
      for (const f of local) entries.push({ name: f.name, sha256: await ensureHash(f) });
      const p = join(dir, CHECKSUMS_NAME);
      writeFileSync(p, formatChecksums(entries));
      out.push({ path: p, name: CHECKSUMS_NAME, size: statSync(p).size });
    }
    return out;
  }

  /** Uploads one file; `known` is the asset list as last seen (re-listed after any failure). Returns the updated list. */
  async function uploadOne(release: ForgeRelease, f: LocalFile, known: ForgeAsset[] | undefined): Promise<ForgeAsset[] | undefined> {
    let current = known;
    for (let attempt = 1; ; attempt++) {
      current ??= await forge.listAssets(release);
      const sameName = current.filter((a) => a.name === f.name);
      const verdicts = new Map<number, 'same' | 'different' | 'unknown'>();
      for (const a of sameName) verdicts.set(a.id, a.state === 'uploaded' ? await verdictFor(release, f, a) : 'different');
      const d = decideAsset({ ...f }, sameName as RemoteAsset[], (r) => verdicts.get(r.id) ?? 'unknown', overwrite);
      if (d.kind === 'conflict') {
        throw new RelforgeError(`Release ${s.tag} already has an asset named ${f.name} and overwrite is "fail": ${d.reason}. Use overwrite: replace to replace it, or skip to keep it.`);
      }
      if (d.kind === 'keep') {
        for (const r of d.remove) {
          act(`delete ${f.name} (asset ${r.id}): ${d.reason}`);
          await forge.deleteAsset(release, r as ForgeAsset);
        }
        if (!d.remove.length) log(`Keeping ${f.name}: ${d.reason}.`);
        if (verdicts.get(d.keep.id) !== 'same') {
          f.kept = { size: d.keep.size, sha256: d.keep.sha256 ?? (await remoteHash(release, d.keep as ForgeAsset)) };
          log(`Note: ${f.name} on the release differs from (or cannot be compared with) the local file; kept because overwrite is "skip".`);
        }
        return current.filter((a) => !d.remove.some((r) => r.id === a.id));
      }
      if (d.kind === 'replace') {
        for (const r of d.remove) {
          act(`delete ${f.name} (asset ${r.id}): ${d.reason}`);
          await forge.deleteAsset(release, r as ForgeAsset);
        }
      }
      act(`upload ${f.name} (${f.size} bytes)`);
      const obs = f.sha256 ? undefined : uploadObserver(f);
      try {
        const asset = await forge.uploadAsset(release, { path: f.path, name: f.name, size: f.size, observe: obs });
        f.sha256 ??= obs?.result();
        if (asset.name !== f.name) throw new RelforgeError(`The forge stored ${f.name} as "${asset.name}" (it renames unusual names): rename the file to a plain name (letters, digits, . - _).`);
        if (asset.size !== f.size) throw new RelforgeError(`The forge reports ${asset.size} bytes for ${f.name}, but the local file has ${f.size}: the file changed during the upload or the transfer was cut. Re-run the step.`);
        return [...current.filter((a) => a.name !== f.name), asset];
      } catch (err) {
        const retryable = err instanceof AssetExistsError || isTransient(err);
        if (!retryable || attempt >= 4) throw err;
        log(`Uploading ${f.name} failed (${errorMessage(err)}); re-listing the assets and retrying (attempt ${attempt + 1} of 4).`);
        if (!(err instanceof AssetExistsError)) await sleep(retryDelay * 2 ** (attempt - 1));
        current = undefined;
      }
    }
  }

  async function verify(release: ForgeRelease, remote: ForgeAsset[], wanted: LocalFile[]): Promise<void> {
    const problems: string[] = [];
    for (const f of wanted) {
      const same = remote.filter((a) => a.name === f.name);
      if (same.length === 0) problems.push(`${f.name} is missing`);
      else if (same.length > 1) problems.push(`${f.name} is present ${same.length} times`);
      else {
        const a = same[0]!;
        if (a.state !== 'uploaded') problems.push(`${f.name} is in state "${a.state}" (incomplete upload)`);
        else if (f.kept) {
          if (a.size !== f.kept.size || (a.sha256 && f.kept.sha256 && a.sha256 !== f.kept.sha256)) problems.push(`${f.name} (kept by overwrite: skip) changed on the forge during this run`);
        } else if (a.size !== f.size) problems.push(`${f.name} has ${a.size} bytes on the forge, ${f.size} locally`);
        else {
          const v = await verdictFor(release, f, a);
          if (v === 'different') {
            if (overwrite === 'skip') log(`Note: ${f.name} on the forge differs from the local file (kept because overwrite is "skip").`);
            else problems.push(`${f.name} on the forge has SHA-256 ${a.sha256 ?? downloadedHash.get(a.id)}, the local file ${f.sha256}`);
          } else if (v === 'unknown') log(`${f.name}: size matches; content not compared (no digest on ${forge.kind} and larger than the re-download limit).`);
        }
      }
    }
    if (problems.length) {
      throw new RelforgeError(`Verification of release ${s.tag} failed, so it was not published:\n- ${problems.join('\n- ')}\nRe-run the step: it replaces what differs.`);
    }
  }

  async function finish(release: ForgeRelease, remote: ForgeAsset[], wanted: LocalFile[]): Promise<PublishReleaseResult> {
    result.releaseId = release.id;
    result.url = release.htmlUrl;
    result.published = !release.draft;
    result.prerelease = release.prerelease;
    for (const f of wanted) {
      const a = remote.find((x) => x.name === f.name);
      result.assets.push({ name: f.name, size: f.kept?.size ?? f.size, sha256: f.kept?.sha256 ?? (await ensureHash(f)), url: a?.downloadUrl ?? '' });
    }
    return result;
  }

  /** Dry run: report the uploads/deletions that would happen, with no write. */
  async function dryRunRest(release: ForgeRelease | undefined): Promise<PublishReleaseResult> {
    const remote = release ? await forge.listAssets(release) : [];
    const wanted = await wantedSet(files, s.checksums !== false, tmp);
    for (const f of wanted) {
      const sameName = remote.filter((a) => a.name === f.name);
      const verdicts = new Map<number, 'same' | 'different' | 'unknown'>();
      for (const a of sameName) verdicts.set(a.id, a.state === 'uploaded' ? await verdictFor(release!, f, a) : 'different');
      const d = decideAsset(f, sameName as RemoteAsset[], (r) => verdicts.get(r.id) ?? 'unknown', overwrite);
      if (d.kind === 'upload') act(`upload ${f.name} (${f.size} bytes, sha256 ${f.sha256})`);
      else if (d.kind === 'replace') act(`replace ${f.name}: ${d.reason}`);
      else if (d.kind === 'keep') act(`keep ${f.name}: ${d.reason}`);
      else throw new RelforgeError(`Release ${s.tag} already has an asset named ${f.name} and overwrite is "fail": ${d.reason}.`);
    }
    if (!s.draft && !(release && !release.draft && release.prerelease === prerelease)) act(`publish ${s.tag}${prerelease ? ' as a prerelease' : caps.makeLatest ? ` (make_latest: ${makeLatest})` : ''}`);
    result.releaseId = release?.id ?? null;
    result.url = release?.htmlUrl ?? '';
    result.published = !!release && !release.draft;
    for (const f of wanted) result.assets.push({ name: f.name, size: f.size, sha256: await ensureHash(f), url: '' });
    return result;
  }
}

/** Stands in for a forge in a dry run without a token: any call is a bug (no call may happen). */
function offlineForge(o: CreateForgeOptions): Forge {
  const kind = (o.forge as Forge['kind']) || 'github';
  return new Proxy({ kind, apiUrl: o.apiUrl ?? '', owner: '', repo: '', capabilities: { makeLatest: kind === 'github' } } as unknown as Forge, {
    get(t, p) {
      if (p in t) return (t as unknown as Record<string | symbol, unknown>)[p];
      return () => {
        throw new Error(`internal: dry run without a token called forge.${String(p)}`);
      };
    },
  });
}
