/**
 * inspectRelease (publish-release `inspect: true`, `relforge publish --inspect`): the release for a tag as the
 * forge holds it, changing nothing and reading no local file. `state` is none, draft or published; a published
 * release is `complete` when it holds SHA256SUMS and every file SHA256SUMS lists, each once and fully uploaded,
 * with a `.minisig` beside each of them when the release carries signatures, and no leftover of an interrupted
 * replacement. The release workflow asks this before building, so re-running a dispatch that already released
 * does nothing — nothing is rebuilt or re-signed (Authenticode timestamps and most builds differ on every run).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Problems, errorMessage } from '../platform/errors.js';
import { parseChecksums } from './core/checksums.js';
import { PARTIAL_PREFIX, tagProblem } from './core/release-plan.js';
import { createForge, TOKEN_MISSING, type CreateForgeOptions } from './forge/index.js';
import type { Forge, ForgeAsset, ForgeRelease } from './forge/types.js';
import { CHECKSUMS_NAME } from './local-files.js';
import type { PublishedAsset } from './publish-release.js';

export type ReleaseState = 'none' | 'draft' | 'published';

export interface ReleaseInspection {
  tag: string;
  state: ReleaseState;
  /** Published and holding every file its SHA256SUMS lists (see the file comment). */
  complete: boolean;
  /** Why it is not complete (empty when it is). */
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
  log?: (line: string) => void;
}

export async function inspectRelease(s: InspectReleaseSettings): Promise<ReleaseInspection> {
  const p = new Problems();
  const tp = tagProblem(s.tag);
  if (tp) p.add('tag', `is not usable: ${tp}.`);
  const options = 'findRelease' in s.forge ? undefined : s.forge;
  // drafts are visible only with push access: without a token "none" could be a lie
  if (options && !options.token) p.add('token', TOKEN_MISSING);
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
  const res: ReleaseInspection = {
    ...base,
    state: release.draft ? 'draft' : 'published',
    releaseId: release.id,
    url: release.htmlUrl,
    prerelease: release.prerelease,
    assets: remote.map((a) => ({ name: a.name, size: a.size, sha256: a.sha256 ?? '', url: a.downloadUrl })),
  };
  res.missing = release.draft ? ['still a draft'] : await missingFiles(forge, release, remote);
  res.complete = res.missing.length === 0;
  log(
    res.complete
      ? `${s.tag} is already released; nothing to do (published, with every file its SHA256SUMS names: ${remote.length} assets).`
      : `${s.tag} is not completely released (${res.state}: ${res.missing.join('; ')}).`,
  );
  return res;
}

/** What a published release lacks, judged by its own SHA256SUMS (read from the forge). */
async function missingFiles(forge: Forge, release: ForgeRelease, remote: ForgeAsset[]): Promise<string[]> {
  const missing: string[] = [];
  const once = (name: string): ForgeAsset | undefined => {
    const same = remote.filter((a) => a.name === name);
    if (same.length === 0) missing.push(`${name} is missing`);
    else if (same.length > 1) missing.push(`${name} is there ${same.length} times`);
    else if (same[0]!.state !== 'uploaded') missing.push(`${name} is an incomplete upload`);
    else return same[0];
    return undefined;
  };
  const partials = remote.filter((a) => a.name.startsWith(PARTIAL_PREFIX));
  if (partials.length) missing.push(`${partials.length} leftover(s) of an interrupted replacement`);
  const sums = once(CHECKSUMS_NAME);
  if (!sums) return missing;
  if (sums.size > 1024 * 1024) return [...missing, `its ${CHECKSUMS_NAME} is ${sums.size} bytes, too large to be a list of checksums`];
  const dir = mkdtempSync(join(tmpdir(), 'relforge-inspect-'));
  let text: string;
  try {
    await forge.downloadAsset(release, sums, join(dir, CHECKSUMS_NAME));
    text = readFileSync(join(dir, CHECKSUMS_NAME), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  let names: string[];
  try {
    names = parseChecksums(text).map((e) => e.name);
  } catch (err) {
    return [...missing, `its ${CHECKSUMS_NAME} cannot be read (${errorMessage(err)})`];
  }
  if (names.length === 0) missing.push(`${CHECKSUMS_NAME} lists no file`);
  const signed = remote.some((a) => a.name.endsWith('.minisig'));
  for (const name of names) {
    once(name);
    if (signed) once(`${name}.minisig`);
  }
  if (signed) once(`${CHECKSUMS_NAME}.minisig`);
  return missing;
}

/** The step summary of an inspection: one line a person reads first, then the assets. */
export function renderInspectSummary(r: ReleaseInspection): string {
  const head = r.complete
    ? `**${r.tag} is already released; nothing to do.** The release is published and holds every file its SHA256SUMS names.`
    : `${r.tag}: ${r.state === 'none' ? 'no release yet' : `${r.state}, not complete (${r.missing.join('; ')})`}.`;
  const rows = r.assets.map((a) => `| ${a.url ? `[${a.name}](${a.url})` : a.name} | ${a.size} |`).join('\n');
  return `## Release ${r.tag} — ${r.state}\n\n${head}\n\n${r.url ? `${r.url}\n\n` : ''}${rows ? `| asset | bytes |\n|---|---:|\n${rows}\n` : ''}`;
}
