/**
 * inspectRelease (publish-release `inspect: true`, `relforge publish --inspect`) and judgeRelease, the one content
 * judgement (invariant 10) that inspect, stage and publish share. Nothing is changed and no local file is read.
 *
 * A release is complete only by content:
 * - SHA256SUMS is there once and fully uploaded, and every file it lists is there once, fully uploaded, with the
 *   bytes it names (GitHub: the asset `digest`; elsewhere, or when a signature must be checked, the asset read back
 *   and hashed while it streams);
 * - with a pinned `public-key`: `<file>.minisig` for each listed file and for SHA256SUMS, each verifying against that
 *   key (streamed); without one, a release whose SHA256SUMS is signed must carry one per file (the names only);
 * - the tag exists and points at the release's commit (`commit`, else the release's target when it is a SHA);
 * - the prerelease flag is the one the tag calls for (or `prerelease`), and the release is published.
 * Every problem is named with its reason; the release workflow repairs (add-only) or refuses instead of skipping.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { Problems, RelforgeError, errorMessage } from '../platform/errors.js';
import { hashFile } from '../platform/fs.js';
import { parsePublicKey, type ParsedPublicKey } from '../signing/minisign/core/format.js';
import { verifyFile } from '../signing/minisign/verify.js';
import { parseChecksums } from './core/checksums.js';
import { PARTIAL_PREFIX, prereleaseFromTag, tagProblem } from './core/release-plan.js';
import { createForge, TOKEN_MISSING, type CreateForgeOptions } from './forge/index.js';
import type { Forge, ForgeAsset, ForgeRelease } from './forge/types.js';
import { CHECKSUMS_NAME } from './local-files.js';
import type { PublishedAsset } from './publish-release.js';

export type ReleaseState = 'none' | 'draft' | 'published';

export interface ReleaseInspection {
  tag: string;
  state: ReleaseState;
  /** Published and complete by content (see the file comment). */
  complete: boolean;
  /** Why it is not complete, each with the reason (empty when it is). */
  missing: string[];
  releaseId: number | null;
  url: string;
  prerelease: boolean;
  assets: PublishedAsset[];
  forge: string;
}

export interface InspectReleaseSettings {
  tag: string;
  forge: Forge | CreateForgeOptions;
  /** The commit the tag must point at (default: the release's target when it is a full SHA). */
  commit?: string;
  /** Pinned minisign public key (text, RW… line, or a .pub path relative to `cwd`). */
  publicKey?: string;
  /** Expected prerelease flag; 'auto'/undefined = from the tag's version. */
  prerelease?: boolean | 'auto';
  cwd?: string;
  log?: (line: string) => void;
}

/** What judgeRelease checks against. */
export interface Expectations {
  tag: string;
  commit?: string;
  publicKey?: ParsedPublicKey;
  prerelease: boolean;
  /** Judge a draft as if it were to be published now (publish mode): "still a draft" is not a problem then. */
  draftOk?: boolean;
}

/** The `public-key` value as a key: the key text or its RW… line, else a .pub file (relative to cwd). */
export function loadPublicKey(value: string | undefined, cwd: string, p: Problems): ParsedPublicKey | undefined {
  const v = (value ?? '').trim();
  if (!v) return undefined;
  let text = v;
  if (!/^untrusted comment:/.test(v) && !/^RW[A-Za-z0-9+/]{40,}={0,2}$/.test(v)) {
    try {
      const path = isAbsolute(v) ? v : join(cwd, v);
      if (statSync(path).size > 64 * 1024) throw new Error('larger than a public key');
      text = readFileSync(path, 'utf8');
    } catch (err) {
      p.add('public-key', `is neither a minisign public key nor a readable .pub file ("${v.slice(0, 80)}": ${(err as NodeJS.ErrnoException).code ?? errorMessage(err)}).`);
      return undefined;
    }
  }
  try {
    return parsePublicKey(text);
  } catch (err) {
    p.add('public-key', `is not a minisign public key: ${errorMessage(err)}`);
    return undefined;
  }
}

export async function inspectRelease(s: InspectReleaseSettings): Promise<ReleaseInspection> {
  const p = new Problems();
  const tp = tagProblem(s.tag);
  if (tp) p.add('tag', `is not usable: ${tp}.`);
  const options = 'findRelease' in s.forge ? undefined : s.forge;
  // drafts are visible only with push access: without a token "none" could be a lie
  if (options && !options.token) p.add('token', TOKEN_MISSING);
  const publicKey = loadPublicKey(s.publicKey, s.cwd ?? process.cwd(), p);
  if (s.commit !== undefined && !/^[0-9a-f]{40}$/.test(s.commit)) p.add('commit', `must be a full commit SHA (40 hex digits), got "${s.commit}".`);
  p.throwIfAny();
  const forge = options ? createForge(options) : (s.forge as Forge);
  const log = s.log ?? (() => {});
  const found = await forge.findRelease(s.tag);
  const release = found.published ?? found.drafts[0];
  const base: ReleaseInspection = { tag: s.tag, state: 'none', complete: false, missing: [], releaseId: null, url: '', prerelease: false, assets: [], forge: forge.kind };
  if (!release) {
    log(`${s.tag} has no release yet.`);
    return { ...base, missing: ['no release'] };
  }
  const remote = await forge.listAssets(release);
  const prerelease = s.prerelease === undefined || s.prerelease === 'auto' ? prereleaseFromTag(s.tag) : s.prerelease;
  const res: ReleaseInspection = {
    ...base,
    state: release.draft ? 'draft' : 'published',
    releaseId: release.id,
    url: release.htmlUrl,
    prerelease: release.prerelease,
    assets: remote.map((a) => ({ name: a.name, size: a.size, sha256: a.sha256 ?? '', url: a.downloadUrl })),
  };
  res.missing = await judgeRelease(forge, release, remote, { tag: s.tag, commit: s.commit, publicKey, prerelease });
  res.complete = res.missing.length === 0;
  log(
    res.complete
      ? `${s.tag} is already released; nothing to do (published and complete by content: ${remote.length} assets${publicKey ? ', every signature verified' : ''}, tag at the release's commit).`
      : `${s.tag} is not completely released (${res.state}):\n- ${res.missing.join('\n- ')}`,
  );
  return res;
}

const short = (sha: string) => sha.slice(0, 12);

/**
 * Every reason `release` (with its assets `remote`) is not complete by content; empty when it is. Reads SHA256SUMS,
 * the signatures and (where the forge has no digest, or a signature must be verified) the assets, one at a time,
 * streamed through a temporary folder that is removed at the end.
 */
export async function judgeRelease(forge: Forge, release: ForgeRelease, remote: ForgeAsset[], x: Expectations): Promise<string[]> {
  const problems: string[] = [];
  if (release.draft && !x.draftOk) problems.push('still a draft');
  if (release.prerelease !== x.prerelease) problems.push(`the prerelease flag is ${release.prerelease}, but ${x.tag} calls for ${x.prerelease}`);
  problems.push(...(await tagProblems(forge, release, x)));
  const dir = mkdtempSync(join(tmpdir(), 'relforge-inspect-'));
  try {
    problems.push(...(await contentProblems(forge, release, remote, x, dir)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return problems;
}

async function tagProblems(forge: Forge, release: ForgeRelease, x: Expectations): Promise<string[]> {
  const expected = x.commit ?? (/^[0-9a-f]{40}$/i.test(release.targetCommitish) ? release.targetCommitish.toLowerCase() : undefined);
  const at = await forge.tagCommit(x.tag);
  if (at === undefined) return release.draft ? [] : [`tag ${x.tag} does not exist on the forge, though the release is published`];
  if (expected && at !== expected) return [`tag ${x.tag} points at ${short(at)} but the release is of ${short(expected)}`];
  return [];
}

async function contentProblems(forge: Forge, release: ForgeRelease, remote: ForgeAsset[], x: Expectations, dir: string): Promise<string[]> {
  const problems: string[] = [];
  const once = (name: string): ForgeAsset | undefined => {
    const same = remote.filter((a) => a.name === name);
    if (same.length === 0) problems.push(`${name} is missing`);
    else if (same.length > 1) problems.push(`${name} is there ${same.length} times`);
    else if (same[0]!.state !== 'uploaded') problems.push(`${name} is an incomplete upload`);
    else return same[0];
    return undefined;
  };
  const partials = remote.filter((a) => a.name.startsWith(PARTIAL_PREFIX));
  if (partials.length) problems.push(`${partials.length} leftover(s) of an interrupted replacement`);
  const sums = once(CHECKSUMS_NAME);
  if (!sums) return problems;
  if (sums.size > 1024 * 1024) return [...problems, `its ${CHECKSUMS_NAME} is ${sums.size} bytes, too large to be a list of checksums`];
  const sumsPath = join(dir, CHECKSUMS_NAME);
  await forge.downloadAsset(release, sums, sumsPath);
  let entries: { name: string; sha256: string }[];
  try {
    entries = parseChecksums(readFileSync(sumsPath, 'utf8'));
  } catch (err) {
    return [...problems, `its ${CHECKSUMS_NAME} cannot be read (${errorMessage(err)})`];
  }
  if (entries.length === 0) problems.push(`${CHECKSUMS_NAME} lists no file`);
  // a pinned key makes every signature expected; without one, a release whose SHA256SUMS is signed (the sign step
  // signs every file and then SHA256SUMS) must carry them all (a lone manifest.json.minisig implies nothing)
  const signed = !!x.publicKey || remote.some((a) => a.name === `${CHECKSUMS_NAME}.minisig`);
  const verify = async (name: string, path: string) => {
    if (!signed) return;
    const sig = once(`${name}.minisig`);
    if (!sig || !x.publicKey) return;
    if (sig.size > 64 * 1024) return void problems.push(`${name}.minisig is ${sig.size} bytes, too large to be a minisign signature`);
    const sigPath = join(dir, 'signature.minisig');
    await forge.downloadAsset(release, sig, sigPath);
    try {
      await verifyFile(path, readFileSync(sigPath, 'utf8'), x.publicKey);
    } catch (err) {
      problems.push(`${name}.minisig does not verify against the pinned key (${errorMessage(err).replace(/\s+/g, ' ').slice(0, 200)})`);
    } finally {
      rmSync(sigPath, { force: true });
    }
  };
  await verify(CHECKSUMS_NAME, sumsPath);
  for (const e of entries) {
    const a = once(e.name);
    if (!a) {
      if (signed) once(`${e.name}.minisig`);
      continue;
    }
    if (x.publicKey && !remote.some((r) => r.name === `${e.name}.minisig`)) {
      // nothing to verify: no need to download the file (its content is still judged below)
      once(`${e.name}.minisig`);
    } else if (x.publicKey) {
      const path = join(dir, 'asset');
      await forge.downloadAsset(release, a, path);
      try {
        const got = (await hashFile(path, ['sha256'])).sha256;
        if (got !== e.sha256) problems.push(contentDiffers(e.name, got, e.sha256));
        else if (a.sha256 && a.sha256 !== e.sha256) problems.push(`${e.name}: the forge's digest (sha256 ${short(a.sha256)}…) differs from the bytes it serves`);
        else await verify(e.name, path);
      } finally {
        rmSync(path, { force: true });
      }
      continue;
    } else if (signed) once(`${e.name}.minisig`);
    const got = a.sha256 ?? (await forge.hashAsset(release, a));
    if (got !== e.sha256) problems.push(contentDiffers(e.name, got, e.sha256));
  }
  return problems;
}

const contentDiffers = (name: string, got: string, want: string) => `${name}: content differs from ${CHECKSUMS_NAME} (sha256 ${got} ≠ ${want})`;

/** The step summary of an inspection: one line a person reads first, then the problems and the assets. */
export function renderInspectSummary(r: ReleaseInspection): string {
  const head = r.complete
    ? `**${r.tag} is already released; nothing to do.** The release is published and complete by content.`
    : `${r.tag}: ${r.state === 'none' ? 'no release yet' : `${r.state}, **not complete**`}.`;
  const problems = !r.complete && r.state !== 'none' ? `\n${r.missing.map((m) => `- ${m}`).join('\n')}\n` : '';
  const rows = r.assets.map((a) => `| ${a.url ? `[${a.name}](${a.url})` : a.name} | ${a.size} |`).join('\n');
  return `## Release ${r.tag} — ${r.state}\n\n${head}\n${problems}\n${r.url ? `${r.url}\n\n` : ''}${rows ? `| asset | bytes |\n|---|---:|\n${rows}\n` : ''}`;
}

/** A refusal that lists the problems of a release (used by stage/publish). */
export function judgementError(tag: string, what: string, problems: string[], fix: string): RelforgeError {
  return new RelforgeError(`${what} ${tag}:\n- ${problems.join('\n- ')}\n${fix}`);
}
