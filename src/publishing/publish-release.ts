/**
 * publishRelease: the one publish recipe, identical on every forge (docs/reference/forges.md §4), written above the
 * Forge interface:
 *   local checks (files exist & readable, names safe/unique, by field) — before any API call (local-files.ts)
 *   → find the release by LISTING (drafts included) → a published one: complete ⇒ no-op, differing ⇒ refused
 *     unless replacePublishedAssets (then new bytes go up before old ones go) → else create it as a draft
 *     (422/409/5xx ⇒ re-list, adopt)
 *   → sync each file (overwrite replace|skip|fail; same size + SHA-256 = keep; same-name duplicates and
 *     GitHub `starter` leftovers removed) → SHA256SUMS last
 *   → verify the remote set against the local files by content (GitHub digest, else the bytes read back and
 *     hashed while streaming, whatever the size) → publish (undraft, prerelease, make_latest for stable only)
 *     → re-read. The steps are in recipe.ts; the per-asset decision is core/release-plan.ts decideAsset().
 * A published immutable release is never modified: when it differs, the error lists what would change.
 * Every step is list-then-act, so a re-run after any failure converges with no duplicates, and a re-run of a
 * successful publish on the same files sends no write request at all.
 */
import type { Overwrite } from './core/release-plan.js';
import { createForge, offlineForge, type CreateForgeOptions } from './forge/index.js';
import type { Forge } from './forge/types.js';
import { assetNameProblems, prepareLocal, type MakeLatest } from './local-files.js';
import { PublishRun } from './recipe.js';
import { loadPublicKey, type ReleaseState } from './inspect.js';
import { Problems } from '../platform/errors.js';

export { CHECKSUMS_NAME } from './local-files.js';

/** all: draft → upload → verify → publish; stage: up to a verified draft; publish: a verified draft → published. */
export type PublishMode = 'all' | 'stage' | 'publish';

export interface PublishReleaseSettings {
  tag: string;
  /** Default 'all'. */
  mode?: PublishMode;
  /** Full SHA of the release commit (required for stage/publish): the draft's target, where the tag must point. */
  commit?: string;
  /** Pinned minisign public key (text, RW… line or .pub path): every file and SHA256SUMS must carry a verifying .minisig. */
  publicKey?: string;
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
  makeLatest?: MakeLatest;
  /** Newline-separated globs, relative to `cwd`. */
  files: string[];
  /** Add SHA256SUMS (default true). */
  checksums?: boolean;
  targetCommitish?: string;
  overwrite?: Overwrite;
  /**
   * Allow replacing assets of an already published (mutable) release whose content differs (input
   * replace-published-assets). Default false: such a run fails with the differences and changes nothing.
   */
  replacePublishedAssets?: boolean;
  dryRun?: boolean;
  /** Only look the release up (inspectRelease): no files, no changes. The front ends call inspectRelease for it. */
  inspect?: boolean;
  cwd?: string;
  /** An adapter, or the options to create one (forge/api-url/token/repository). */
  forge: Forge | CreateForgeOptions;
  /** Backoff between attempts of a create or an upload (ms, doubles; default 2000). */
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
  /** The release as found before this run changed anything (undefined for a dry run without a token). */
  state?: ReleaseState;
  prerelease: boolean;
  dryRun: boolean;
  /** What was done (or, in a dry run, would be done), one line per action. */
  actions: string[];
  forge: string;
  mode: PublishMode;
  /** The release is a draft at the end (stage, or draft: true). */
  draft: boolean;
  /** Published and complete by content at the end of this run. */
  complete: boolean;
  /** The notes were over the forge's limit and were cut (the full notes are the FULL_NOTES_NAME asset). */
  notesCut: boolean;
}

export async function publishRelease(s: PublishReleaseSettings): Promise<PublishReleaseResult> {
  const local = await prepareLocal(s);
  const p = new Problems();
  const publicKey = loadPublicKey(s.publicKey, s.cwd ?? process.cwd(), p);
  p.throwIfAny();
  const adapter = 'findRelease' in s.forge ? s.forge : undefined;
  const options = adapter ? undefined : (s.forge as CreateForgeOptions);
  const offline = !!s.dryRun && !!options && !options.token;
  const forge = adapter ?? (offline ? offlineForge(options!) : createForge(options!));
  assetNameProblems(local.files, forge.capabilities);
  const run = new PublishRun(forge, s, local, offline, publicKey);
  try {
    return await run.run();
  } finally {
    run.dispose();
  }
}

/** The step summary (markdown) of a publish: state, assets with their SHA-256, and what was done. */
export function renderPublishSummary(res: PublishReleaseResult): string {
  const rows = res.assets.map((a) => `| ${a.url ? `[${a.name}](${a.url})` : a.name} | ${a.size} | \`${a.sha256}\` |`).join('\n');
  const state = res.dryRun ? 'dry run — nothing changed' : res.published ? (res.prerelease ? 'published (prerelease)' : 'published') : 'draft';
  const cut = res.notesCut
    ? `**The notes were longer than the forge accepts and were cut** at a section boundary; the release body says so and links the full notes (the RELEASE-NOTES.md asset).\n\n`
    : '';
  const done = res.actions.length
    ? `<details><summary>${res.dryRun ? 'Would do' : 'Done'} (${res.actions.length})</summary>\n\n${res.actions.map((a) => `- ${a}`).join('\n')}\n</details>\n`
    : 'Nothing to change: the release already matched.\n';
  return `## Release ${res.tag} — ${state}\n\n${cut}${res.url ? `${res.url}\n\n` : ''}| asset | bytes | sha256 |\n|---|---:|---|\n${rows}\n\n${done}`;
}
