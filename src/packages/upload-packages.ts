/**
 * upload-packages: a complete, signed, per-platform package set for update servers.
 *
 *   collect  packages input (glob list or `platform: file` map) or matrix fragments (sources.ts, stage.ts)
 *   verify   every package: `<file>.minisig` by the pinned key (one streamed read: sha256 + BLAKE2b-512),
 *            signed version/platform (when the trusted comment names them) equal to ours,
 *            one file per platform, every required platform present
 *   sign     manifest.json (relforge.packages/v1) with a trusted comment binding product/version/channel;
 *            `created` from SOURCE_DATE_EPOCH or the commit time, so a re-run signs identical bytes; the
 *            signature is verified against the pinned key before anything is uploaded
 *   upload   through one PackageTarget (targets/): the order is decided here, for every target —
 *            1. the live set files are inspected; all identical (or absent) ⇒ nothing is taken down; any different
 *               (manifest, signatures, or a latest.json a failed run left) ⇒ the live set files are taken down
 *               first, manifest.json first and latest.json last, so no client follows an old manifest or an old
 *               latest.json to replaced packages, or sees a new manifest beside an old signature;
 *            2. packages + their .minisig, each uploaded unless already there and read back;
 *            3. latest.json, manifest.json.minisig, manifest.signed.json, then manifest.json — LAST (invariant 4),
 *               one at a time, each read back before the next.
 *            With `roots`, the root chain (N.root.json) is checked like an agent would and uploaded before all of
 *            this, never taken down (trust/publish-roots.ts).
 *
 * Fail-closed (issue §3): any doubt throws a RelforgeError before the manifest is uploaded.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Problems, RelforgeError, asUserError } from '../platform/errors.js';
import { loadSigningKey, checkKeyPin, signBuffer, verifyBuffer, type SigningKey } from '../signing/minisign/signer.js';
import {
  MANIFEST_FILE,
  MANIFEST_SCHEMA,
  SIGNED_MANIFEST_FILE,
  SIG_SUFFIX,
  manifestTrustedComment,
  normalizeVersion,
  serializeManifest,
  serializeSignedManifest,
  serializeTauriLatest,
  toTauriLatest,
  trustedCommentProblems,
  type PackageEntry,
  type PackagesManifest,
} from './core/manifest.js';
import { expiresInProblem, expiryFrom, manifestCreated, resolveCommon, type CommonSettings, type Logger, type ResolvedCommon } from './common.js';
import { verifyLocalPackages, type PackageSource, type VerifiedPackage } from './sources.js';
import { TAURI_FILE, expand, setLevelTemplate, templateProblems, urlValues } from './urls.js';
import type { FileResult, PackageTarget, PlannedFile } from './targets/target.js';
import { planRoots, publishRoots } from './trust/publish-roots.js';

export { resolvePackagesInput, verifyLocalPackages, type PackageSource, type VerifiedPackage, type VerifyPackagesOptions } from './sources.js';
export { stagePackages, mergeFragments, type StageSettings, type StageResult } from './stage.js';
export { httpTarget, digestFromHeaders, type HttpTargetOptions } from './targets/http.js';
export { giteaGenericTarget, type GiteaTargetOptions } from './targets/gitea-generic.js';
export { releaseTarget, type ReleaseTargetOptions } from './targets/release.js';
export { TAURI_FILE, setLevelTemplate } from './urls.js';
export { expiryFrom, type CommonSettings, type Logger } from './common.js';
export { packagesOutput, renderStageSummary, renderUploadSummary } from './summary.js';
export type { PackageTarget, FileResult, FileOutcome, TargetKind } from './targets/target.js';


export interface UploadSettings extends CommonSettings {
  packages: PackageSource[];
  /** Where the set goes: httpTarget(…), giteaGenericTarget(…) or releaseTarget(…). */
  target: PackageTarget;
  /** Manifest signing key (required even for dry runs: the signed manifest is the product of a dry run). */
  privateKey?: string;
  password?: string;
  key?: SigningKey;
  /** Public download URL template written into the manifest; default derived from the target. */
  baseUrl?: string;
  tauri?: boolean;
  notes?: string;
  /** RFC 3339 UTC; default SOURCE_DATE_EPOCH, else the commit time (repository at `cwd`), else now. */
  created?: string;
  /** Repository for the commit time (default the current directory). */
  cwd?: string;
  /** Validity of the manifest after `created`, e.g. `90d`, `12h` (input `expires-in`); default: no expiry. */
  expiresIn?: string;
  /** Directory of the root chain (1.root.json … N.root.json) to publish first, for agents that ship a root. */
  roots?: string;
  dryRun?: boolean;
}

export interface UploadResult {
  manifest: PackagesManifest;
  manifestPath: string;
  manifestSignaturePath: string;
  manifestUrl: string;
  /** manifest.signed.json: the manifest and its signature in one file. */
  signedManifestPath: string;
  signedManifestUrl: string;
  tauriPath?: string;
  tauriUrl?: string;
  files: FileResult[];
  dryRun: boolean;
}

/** The operation behind the action (stage: false) and `relforge upload-packages`. */
export async function uploadPackages(s: UploadSettings): Promise<UploadResult> {
  const log = s.log ?? (() => {});
  const { r, template } = checkSettings(s, log);
  const created = await manifestCreated({ created: s.created, commit: r.commit, cwd: s.cwd, log });
  // Key first: a wrong or unpinned key fails before any package is read.
  const key = checkKeyPin(s.key ?? (await loadSigningKey(s.privateKey!, s.password)), r.pin);
  const packages = await verifyLocalPackages(s.packages, { publicKey: r.pin, product: r.product, version: r.version, requirePlatforms: s.requirePlatforms, authenticode: s.authenticode, log });
  const outDir = resolve(s.outDir);
  const roots = s.roots ? planRoots(s.roots, { product: r.product, version: r.version, channel: r.channel, signingKeyId: key.keyIdHex, template, target: s.target }) : undefined;
  const { planned, entries } = await planPackages(r, packages, template, s.target, outDir);
  const manifest: PackagesManifest = {
    schema: MANIFEST_SCHEMA,
    product: r.product,
    version: r.version,
    channel: r.channel,
    commit: r.commit,
    created,
    ...(s.expiresIn ? { expires: expiryFrom(created, s.expiresIn) } : {}),
    keyId: r.pin.keyIdHex,
    packages: entries,
  };
  const setFiles = await writeSetFiles(manifest, key, r, s, template, outDir);
  for (const f of setFiles) {
    if (planned.some((p) => s.target.destination(p) === s.target.destination(f) || (s.target.flatNamespace && p.name === f.name))) {
      throw new RelforgeError(`A package would overwrite ${f.name} (same URL or name): rename that package.`);
    }
  }
  const byName = (n: string) => setFiles.find((f) => f.name === n);
  const result: UploadResult = {
    manifest,
    manifestPath: byName(MANIFEST_FILE)!.path,
    manifestSignaturePath: byName(`${MANIFEST_FILE}${SIG_SUFFIX}`)!.path,
    manifestUrl: byName(MANIFEST_FILE)!.publicUrl,
    signedManifestPath: byName(SIGNED_MANIFEST_FILE)!.path,
    signedManifestUrl: byName(SIGNED_MANIFEST_FILE)!.publicUrl,
    tauriPath: byName(TAURI_FILE)?.path,
    tauriUrl: byName(TAURI_FILE)?.publicUrl,
    files: [],
    dryRun: !!s.dryRun,
  };
  if (s.dryRun) {
    for (const f of [...(roots?.files ?? []), ...planned, ...setFiles]) result.files.push({ name: f.name, url: s.target.destination(f), outcome: 'planned' });
    log(`dry run: ${packages.length} package(s) verified, manifest signed (${result.manifestPath}); nothing uploaded.`);
    return result;
  }
  const rootResults = roots ? await publishRoots(s.target, roots.files) : [];
  result.files = [...rootResults, ...(await publishSet(s.target, planned, setFiles, log, r))];
  log(`published ${packages.length} package(s) of ${r.product} ${r.version} (${r.channel}); manifest ${result.manifestUrl}`);
  return result;
}

/** Every settings problem by field (target, URLs, key, common settings), before any file is read. */
function checkSettings(s: UploadSettings, log: Logger): { r: ResolvedCommon; template: string } {
  const problems = new Problems();
  if (!s.target || typeof s.target.bind !== 'function') throw new RelforgeError('uploadPackages needs a target: httpTarget(…), giteaGenericTarget(…) or releaseTarget(…).');
  const bound = s.target.bind({ product: s.product, version: normalizeVersion(s.version ?? '') ?? s.version, dryRun: !!s.dryRun, log });
  for (const p of bound.problems) problems.add(p.field ?? 'target', p.message);
  if (s.baseUrl) for (const p of templateProblems(s.baseUrl, 'base-url')) problems.add(p.field!, p.message);
  if (!s.key && !s.privateKey) problems.add('private-key', 'is required to sign the manifest (a minisign secret key whose public key is the pinned public-key).');
  const durationProblem = s.expiresIn ? expiresInProblem(s.expiresIn) : undefined;
  if (durationProblem) problems.add('expires-in', durationProblem);
  const r = resolveCommon(s, problems);
  return { r, template: s.baseUrl ?? bound.downloadTemplate };
}

const sha256Hex = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** Manifest entries and the package files to upload (each package and its .minisig, written under outDir/signatures). */
async function planPackages(r: ResolvedCommon, packages: VerifiedPackage[], template: string, target: PackageTarget, outDir: string): Promise<{ planned: PlannedFile[]; entries: PackageEntry[] }> {
  const planned: PlannedFile[] = [];
  const entries: PackageEntry[] = [];
  for (const p of packages) {
    const values = urlValues(r, p.platform, p.file);
    const url = expand(template, values);
    entries.push({
      platform: p.platform,
      file: p.file,
      size: p.size,
      sha256: p.sha256,
      url,
      signatures: p.authenticodeSubject ? { minisign: p.signature, authenticode: { subject: p.authenticodeSubject } } : { minisign: p.signature },
    });
    planned.push({ name: p.file, path: p.path, size: p.size, sha256: p.sha256, publicUrl: url, platform: p.platform, values });
    const sigName = `${p.file}${SIG_SUFFIX}`;
    const sigPath = join(outDir, 'signatures', p.platform, sigName);
    await mkdir(join(outDir, 'signatures', p.platform), { recursive: true });
    await writeFile(sigPath, p.signature);
    const sigValues = urlValues(r, p.platform, sigName);
    planned.push({ name: sigName, path: sigPath, size: Buffer.byteLength(p.signature), sha256: sha256Hex(p.signature), publicUrl: expand(template, sigValues), platform: p.platform, values: sigValues });
  }
  // Names and URLs must be distinct (the registry and release targets are flat namespaces).
  const problems: string[] = [];
  const seenUrl = new Map<string, string>();
  const seenName = new Set<string>();
  for (const f of planned) {
    const where = target.destination(f);
    if (seenUrl.has(where)) problems.push(`${f.name} and ${seenUrl.get(where)} would go to the same URL ${where}: add {platform} to the URL template or give the files distinct names.`);
    seenUrl.set(where, f.name);
    if (target.flatNamespace && seenName.has(f.name)) problems.push(`Two packages are named ${f.name}: target ${target.kind} stores files in one flat namespace; give each platform's file a distinct name.`);
    seenName.add(f.name);
  }
  if (problems.length) throw new RelforgeError(problems.join('\n'));
  return { planned, entries };
}

/**
 * Serializes, signs and self-verifies the manifest; writes manifest.json, its .minisig, manifest.signed.json and
 * (tauri) latest.json into outDir. Returns the set files in upload order (manifest.json last).
 */
async function writeSetFiles(manifest: PackagesManifest, key: SigningKey, r: ResolvedCommon, s: UploadSettings, template: string, outDir: string): Promise<PlannedFile[]> {
  let manifestText: string;
  let tauriText: string | undefined;
  try {
    manifestText = serializeManifest(manifest);
    if (s.tauri) tauriText = serializeTauriLatest(toTauriLatest(manifest, { notes: s.notes }));
  } catch (err) {
    throw asUserError(err);
  }
  const manifestBytes = Buffer.from(manifestText, 'utf8');
  const signature = signBuffer(manifestBytes, key, { trustedComment: manifestTrustedComment(manifest), untrustedComment: `relforge package manifest ${r.product} ${r.version} (${r.channel})` });
  const check = verifyBuffer(manifestBytes, signature, r.pin);
  const tcProblems = trustedCommentProblems(check.trustedComment, manifest);
  if (tcProblems.length) throw new RelforgeError(`Internal: the manifest signature does not bind the manifest: ${tcProblems.join('; ')}`);
  await mkdir(outDir, { recursive: true });
  const contents: [string, string][] = [
    ...(tauriText !== undefined ? [[TAURI_FILE, tauriText] as [string, string]] : []),
    [`${MANIFEST_FILE}${SIG_SUFFIX}`, signature],
    [SIGNED_MANIFEST_FILE, serializeSignedManifest({ manifest: manifestText, minisign: signature })],
    [MANIFEST_FILE, manifestText],
  ];
  const setTemplate = setLevelTemplate(template);
  const files: PlannedFile[] = [];
  for (const [name, text] of contents) {
    const path = join(outDir, name);
    await writeFile(path, text);
    const values = urlValues(r, undefined, name);
    files.push({ name, path, size: Buffer.byteLength(text), sha256: sha256Hex(text), publicUrl: expand(setTemplate, values), values });
  }
  return files;
}

/**
 * The one publish order, for every target. `setFiles` are in upload order with manifest.json last.
 * A replacement (any live set file differs from this run's: the manifest, its signatures, or latest.json left by a
 * run that failed before its manifest) takes the live set files down first, in reverse publish order —
 * manifest.json, manifest.signed.json, the signature, then latest.json (also when this run writes none) — so while
 * packages are replaced no client holds a manifest or a latest.json naming them, and the new signature is in place
 * and read back before the new manifest appears.
 */
async function publishSet(target: PackageTarget, packages: PlannedFile[], setFiles: PlannedFile[], log: Logger, r: ResolvedCommon): Promise<FileResult[]> {
  if (!target.replacesLivePackages) {
    const changed: string[] = [];
    for (const f of packages) if ((await target.inspect(f)) === 'different') changed.push(f.name);
    if (changed.length) {
      throw new RelforgeError(
        `The published ${target.kind} already serves ${changed.join(', ')} with other content. A published release is add-only: packages clients may be downloading are never replaced. Publish a new version (or delete the release's assets yourself). Nothing was changed.`,
      );
    }
  }
  const takedown = [...setFiles].reverse();
  if (!setFiles.some((f) => f.name === TAURI_FILE)) {
    // Not written by this run, but one an earlier run left would name the packages this run replaces.
    takedown.push({ name: TAURI_FILE, path: '', size: -1, sha256: '', publicUrl: '', values: urlValues(r, undefined, TAURI_FILE) });
  }
  for (const f of takedown.slice(0, setFiles.length)) {
    if ((await target.inspect(f)) !== 'different') continue;
    log(`the live ${f.name} differs from this run's: taking the old set down first (clients see no update until the new one is complete)`);
    await target.remove(takedown);
    break;
  }
  const results = await target.put(packages);
  for (const f of setFiles) results.push(...(await target.put([f])));
  results.push(...(await target.finish([...packages, ...setFiles])));
  return results;
}
