/**
 * The local half of the publish recipe: every check that needs no API call (problems reported by field, all
 * at once), the files with their hashes, and the one SHA256SUMS builder.
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Problems, errorMessage } from '../platform/errors.js';
import { expandFiles, hashFile, assertSafeName } from '../platform/fs.js';
import type { BodyObserver } from '../platform/http.js';
import { formatChecksums } from './core/checksums.js';
import { prereleaseFromTag, storedAssetName, tagProblem, type Overwrite } from './core/release-plan.js';
import { TOKEN_MISSING } from './forge/index.js';
import type { ForgeCapabilities } from './forge/types.js';
import type { PublishReleaseSettings } from './publish-release.js';
import { publishReleaseSchema } from './options.js';

export const CHECKSUMS_NAME = 'SHA256SUMS';

export interface LocalFile {
  path: string;
  name: string;
  size: number;
  sha256?: string;
  /** overwrite: skip kept a remote asset with other content: what the release really holds. */
  kept?: { size: number; sha256?: string };
  /** Uploaded and verified, but not listed in SHA256SUMS (the full notes of a cut body). */
  unlisted?: boolean;
}

export type MakeLatest = 'true' | 'false' | 'legacy';

export interface PreparedPublish {
  files: LocalFile[];
  body: string;
  /** The notes were given (body or body-file); publish mode without them leaves the draft's notes alone. */
  bodyGiven: boolean;
  mode: 'all' | 'stage' | 'publish';
  /** Where the notes came from (a body-file path), to attach them in full when cut. */
  bodyPath?: string;
  prerelease: boolean;
  overwrite: Overwrite;
  makeLatest: MakeLatest;
}

/** Local checks that need no API call: every problem at once, by field. */
export async function prepareLocal(s: PublishReleaseSettings): Promise<PreparedPublish> {
  const p = new Problems();
  const tp = tagProblem(s.tag);
  if (tp) p.add('tag', `is not usable: ${tp}.`);
  const overwrite = s.overwrite ?? publishReleaseSchema.options.overwrite.default;
  if (!['replace', 'skip', 'fail'].includes(overwrite)) p.add('overwrite', `must be replace, skip or fail, got "${overwrite}".`);
  const makeLatest = s.makeLatest ?? 'true';
  if (!['true', 'false', 'legacy'].includes(makeLatest)) p.add('make-latest', `must be true, false or legacy, got "${makeLatest}".`);
  const body = readBody(s, p);
  const mode = s.mode ?? 'all';
  if (!['all', 'stage', 'publish'].includes(mode)) p.add('mode', `must be all, stage or publish, got "${mode}".`);
  if (mode !== 'all' && !/^[0-9a-f]{40}$/.test(s.commit ?? '')) p.add('commit', `is required with {{mode}} ${mode} and must be a full commit SHA (40 hex digits)${s.commit ? `, got "${s.commit}"` : ''}.`);
  const forgeOptions = 'findRelease' in s.forge ? undefined : s.forge;
  if (forgeOptions && !forgeOptions.token && !s.dryRun) p.add('token', TOKEN_MISSING);
  // publish mode may judge the draft by its own SHA256SUMS: no files needed then
  const files = mode === 'publish' && s.files.every((f) => f.trim() === '') ? [] : await localFiles(s, p);
  p.throwIfAny();
  const prerelease = s.prerelease === undefined || s.prerelease === 'auto' ? prereleaseFromTag(s.tag) : s.prerelease;
  const bodyPath = s.bodyFile ? resolve(s.cwd ?? process.cwd(), s.bodyFile) : undefined;
  return { files, body, bodyGiven: s.body !== undefined || !!s.bodyFile, bodyPath, mode, prerelease, overwrite, makeLatest: prerelease ? 'false' : makeLatest };
}

function readBody(s: PublishReleaseSettings, p: Problems): string {
  if (s.body && s.bodyFile) p.add('body', 'and {{body-file}} were both given: give one of them.');
  if (!s.bodyFile) return s.body ?? '';
  try {
    return readFileSync(resolve(s.cwd ?? process.cwd(), s.bodyFile), 'utf8');
  } catch (e) {
    p.add('body-file', `cannot be read: "${s.bodyFile}" (${(e as NodeJS.ErrnoException).code ?? errorMessage(e)}).`);
    return '';
  }
}

async function localFiles(s: PublishReleaseSettings, p: Problems): Promise<LocalFile[]> {
  let paths: string[];
  try {
    paths = await expandFiles(s.files, { cwd: s.cwd });
  } catch (e) {
    // expandFiles words its problems "The file list …": continue them after the option's name.
    const rest = errorMessage(e).replace(/^The file list:? ?/, '');
    p.add('files', /^(is|matched)\b/.test(rest) ? rest : `cannot be used: ${rest}`);
    return [];
  }
  const files: LocalFile[] = [];
  const byName = new Map<string, string>();
  for (const path of paths) {
    const name = basename(path);
    try {
      assertSafeName(name, 'asset name');
    } catch (e) {
      p.add('files', `names an unusable file: ${errorMessage(e)}`);
      continue;
    }
    if (byName.has(name)) p.add('files', `gives two files the same asset name "${name}" (${byName.get(name)} and ${path}): rename one or narrow the globs.`);
    if (name === CHECKSUMS_NAME && s.checksums !== false) p.add('files', `contains a file named ${CHECKSUMS_NAME}, which is generated: drop it from the files or set {{checksums}} to false.`);
    byName.set(name, path);
    try {
      accessSync(path, constants.R_OK);
      const st = statSync(path);
      if (st.size >= 2 ** 31) p.add('files', `names ${name}, which is ${st.size} bytes; release assets must be smaller than 2 GiB.`);
      files.push({ path, name, size: st.size });
    } catch (e) {
      p.add('files', `names ${path}, which cannot be read (${(e as NodeJS.ErrnoException).code ?? errorMessage(e)}).`);
    }
  }
  return files.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Names the forge would store under another name (capability renamesUnusualAssetNames): refused up front. */
export function assetNameProblems(files: LocalFile[], caps: ForgeCapabilities): void {
  if (!caps.renamesUnusualAssetNames) return;
  const p = new Problems();
  for (const f of files.filter((x) => storedAssetName(x.name) !== x.name)) {
    p.add('files', `names "${f.name}", which the forge would rename to "${storedAssetName(f.name)}" (it keeps only letters, digits and . _ + ~ @ -, no leading or trailing dot): rename the file before publishing.`);
  }
  p.throwIfAny();
}

export async function ensureHash(f: LocalFile): Promise<string> {
  f.sha256 ??= (await hashFile(f.path, ['sha256'])).sha256;
  return f.sha256;
}

/**
 * The one SHA256SUMS builder: the file listing `entries` (sorted by name) in `dir`, as a LocalFile to upload or
 * compare. Entries are what the release holds (a file kept by overwrite: skip is listed with its remote hash).
 */
export function checksumsFile(entries: { name: string; sha256: string }[], dir: string): LocalFile {
  const path = join(dir, CHECKSUMS_NAME);
  const text = formatChecksums([...entries].sort((a, b) => (a.name < b.name ? -1 : 1)));
  writeFileSync(path, text);
  return { path, name: CHECKSUMS_NAME, size: statSync(path).size, sha256: createHash('sha256').update(text).digest('hex') };
}

/** Hashes the file while it is uploaded (one read); valid only when the whole file went out. */
export function uploadObserver(f: LocalFile): BodyObserver & { result(): string | undefined } {
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
