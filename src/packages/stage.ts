/**
 * Matrix builds: each build job stages its verified packages as a fragment (`stage: true`); the final job
 * merges every fragment (`fragments`) and publishes once — no read-modify-write of a shared manifest.
 */
import { copyFile, link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { RelforgeError, asUserError, fieldError } from '../platform/errors.js';
import { expandFiles } from '../platform/fs.js';
import { FRAGMENT_SCHEMA, SIG_SUFFIX, fragmentFileName, mergeFragmentSet, normalizeMinisig, normalizeVersion, parseFragment, serializeFragment, type PackagesFragment } from './core/manifest.js';
import { resolveCommon, type CommonSettings } from './common.js';
import { verifyLocalPackages, type PackageSource, type VerifiedPackage } from './sources.js';

export interface StageSettings extends CommonSettings {
  packages: PackageSource[];
}

export interface StageResult {
  fragmentPath: string;
  dir: string;
  packages: VerifiedPackage[];
}

async function linkOrCopy(from: string, to: string): Promise<void> {
  await rm(to, { force: true });
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

/**
 * `stage: true`: verifies this job's packages and writes a fragment into `outDir`:
 * `<outDir>/<platform>/<file>` (+ `.minisig`) and `<outDir>/fragment-<platforms>.json`. Upload `outDir`
 * as an artifact; the final job merges every fragment with `mergeFragments` / the `fragments` input.
 */
export async function stagePackages(s: StageSettings): Promise<StageResult> {
  const r = resolveCommon(s);
  const verified = await verifyLocalPackages(s.packages, { publicKey: r.pin, product: r.product, version: r.version, requirePlatforms: s.requirePlatforms, authenticode: s.authenticode, preferredBundles: s.preferredBundles, windowsSigningRequired: s.windowsSigningRequired, log: s.log });
  const dir = resolve(s.outDir);
  await mkdir(dir, { recursive: true });
  const fragment: PackagesFragment = { schema: FRAGMENT_SCHEMA, product: r.product, version: r.version, channel: r.channel, commit: r.commit, keyId: r.pin.keyIdHex, packages: [] };
  for (const p of verified) {
    const sub = join(dir, p.platform);
    await mkdir(sub, { recursive: true });
    const dest = join(sub, p.file);
    if (resolve(p.path) !== dest) await linkOrCopy(p.path, dest);
    await writeFile(`${dest}${SIG_SUFFIX}`, p.signature);
    fragment.packages.push({
      platform: p.platform,
      file: p.file,
      path: `${p.platform}/${p.file}`,
      size: p.size,
      sha256: p.sha256,
      signatures: p.authenticodeSubject ? { minisign: p.signature, authenticode: { subject: p.authenticodeSubject } } : { minisign: p.signature },
    });
  }
  const fragmentPath = join(dir, fragmentFileName(verified.map((p) => p.platform)));
  let text: string;
  try {
    text = serializeFragment(fragment);
  } catch (err) {
    throw asUserError(err);
  }
  await writeFile(fragmentPath, text);
  s.log?.(`staged ${verified.length} package(s) in ${dir}; fragment ${basename(fragmentPath)}`);
  return { fragmentPath, dir, packages: verified };
}

export interface MergedSources {
  product: string;
  version: string;
  channel: string;
  commit: string;
  keyId: string;
  packages: PackageSource[];
}

/**
 * Reads fragment files (absolute paths or globs relative to `cwd`), refuses conflicts (mergeFragmentSet),
 * and returns the packages as sources for uploadPackages (their hashes are re-checked against the files).
 * `inputName` is the option that named the fragments (for messages).
 */
export async function mergeFragments(
  patterns: string[],
  opts: { cwd?: string; inputName?: string; product?: string; version?: string; channel?: string } = {},
): Promise<MergedSources> {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const field = opts.inputName ?? 'fragments';
  const files = (await expandFiles(patterns, { cwd, inputName: field })).filter((f) => f.endsWith('.json'));
  if (files.length === 0) throw fieldError(field, 'matched no fragment .json files; download the staged artifacts first.');
  const list: { name: string; fragment: PackagesFragment; dir: string }[] = [];
  let merged;
  try {
    for (const f of files) {
      const name = relative(cwd, f) || basename(f);
      list.push({ name, fragment: parseFragment(await readFile(f, 'utf8'), name), dir: dirname(f) });
    }
    merged = mergeFragmentSet(list);
  } catch (err) {
    throw asUserError(err);
  }
  const expected: string[] = [];
  if (opts.product !== undefined && opts.product !== merged.product) expected.push(`product "${merged.product}", but this job publishes "${opts.product}"`);
  if (opts.version !== undefined && normalizeVersion(opts.version) !== merged.version) expected.push(`version ${merged.version}, but this job publishes ${opts.version}`);
  if (opts.channel && opts.channel !== merged.channel) expected.push(`channel ${merged.channel}, but this job publishes ${opts.channel}`);
  if (expected.length) throw new RelforgeError(`The fragments were staged for ${expected.join('; ')}: stage and merge with the same inputs (or clean out old artifacts).`);
  const dirs = new Map(list.map((l) => [l.name, l.dir]));
  const packages: PackageSource[] = [];
  for (const p of merged.packages) {
    const path = join(dirs.get(p.fragment)!, ...p.path.split('/'));
    // The signature next to the staged file must be the one the fragment recorded.
    const sig = existsSync(`${path}${SIG_SUFFIX}`) ? normalizeMinisig(await readFile(`${path}${SIG_SUFFIX}`, 'utf8')) : undefined;
    if (sig !== undefined && sig !== normalizeMinisig(p.signatures.minisign)) {
      throw new RelforgeError(`${p.file}${SIG_SUFFIX} next to ${p.fragment} differs from the signature recorded in the fragment: re-run the build job that staged ${p.platform}.`);
    }
    if (sig === undefined) await writeFile(`${path}${SIG_SUFFIX}`, normalizeMinisig(p.signatures.minisign));
    packages.push({ platform: p.platform, path, authenticodeSubject: p.signatures.authenticode?.subject, expectedSha256: p.sha256, origin: p.fragment });
  }
  return { product: merged.product, version: merged.version, channel: merged.channel, commit: merged.commit, keyId: merged.keyId, packages };
}
