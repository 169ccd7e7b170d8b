/**
 * upload-packages' option values (options.ts) → the operation's settings, for both front ends: which packages
 * (globs, map or fragments), stage or upload, and which PackageTarget. Problems are by field; each front end
 * words the field its own way (action input or CLI flag).
 */
import { REHEARSAL_NOTICE, trustedSigningRehearsal } from '../signing/authenticode/rehearsal.js';
import { Problems, errorMessage, fieldError } from '../platform/errors.js';
import { MICROSOFT_ID_VERIFICATION_ROOT_2020_PEM } from '../signing/authenticode/microsoft-root.js';
import { parsePreferredBundles, type PreferredBundles } from './core/platform.js';
import type { Values } from '../platform/options.js';
import { detectRuntime } from '../platform/runtime.js';
import { forgeWithTarget } from '../platform/forges.js';
import { urlInputProblem } from '../platform/url.js';
import { createForge } from '../publishing/forge/index.js';
import type { uploadPackagesSchema } from './options.js';
import type { CommonSettings, Logger } from './common.js';
import { resolvePackagesInput, type PackageSource } from './sources.js';
import { mergeFragments, type StageSettings } from './stage.js';
import { httpTarget } from './targets/http.js';
import { giteaGenericTarget } from './targets/gitea-generic.js';
import { releaseTarget } from './targets/release.js';
import type { PackageTarget, TargetKind } from './targets/target.js';
import type { UploadSettings } from './upload-packages.js';

export type UploadPackagesValues = Values<typeof uploadPackagesSchema.options>;

export interface FrontEnd {
  kind: 'action' | 'cli';
  /** Where globs are resolved and the repository (commit time) is. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  log: Logger;
}

export type UploadPackagesRequest = { stage: true; settings: StageSettings } | { stage: false; settings: UploadSettings };

/** Reads the packages (or fragments) and builds stage or upload settings. */
export async function uploadPackagesRequest(v: UploadPackagesValues, fe: FrontEnd): Promise<UploadPackagesRequest> {
  const problems = new Problems();
  const text = fe.kind === 'action' ? v.packages : (v.map ?? v['package-files'].join('\n'));
  const field = fe.kind === 'action' ? 'packages' : v.map !== undefined ? 'map' : 'package-files';
  const given = [!!text?.trim(), v.fragments.length > 0].filter(Boolean).length;
  if (given === 0) problems.add(field, 'is required (glob patterns or a "platform: file" map), or {{fragments}} in the merge job of a matrix.');
  if (given === 2) problems.add(field, 'and {{fragments}} cannot both be set: the packages of this job, or the fragments of a matrix\'s build jobs.');
  if (v.stage && v.fragments.length) problems.add('stage', 'writes a fragment and {{fragments}} merges them: use stage in the build jobs and fragments in the final job.');
  if (!v['authenticode-root'] && !v['windows-signing-required'] && (v['authenticode-subject'] || v['authenticode-eku'].length)) {
    problems.add('authenticode-root', 'is needed with {{authenticode-subject}} / {{authenticode-eku}}: the trusted roots to verify the Windows packages against.');
  }
  if (fe.kind === 'cli' && v.map !== undefined && v['package-files'].length) problems.add('map', 'and {{package-files}} cannot be combined: give one of them.');
  let preferredBundles: PreferredBundles | undefined;
  try {
    preferredBundles = parsePreferredBundles(v['tauri-preferred-bundles']);
  } catch (err) {
    problems.add('tauri-preferred-bundles', errorMessage(err));
  }
  problems.throwIfAny();
  // relforge act --emulator: Windows files were signed by the Trusted Signing emulators; trust only their TEST roots
  // (honoured only under act with loopback services; src/signing/authenticode/rehearsal.ts), and say so.
  const rehearsal = v['authenticode-root'] || v['windows-signing-required'] ? trustedSigningRehearsal(fe.env) : undefined;
  if (rehearsal) fe.log(`upload-packages: ${REHEARSAL_NOTICE}`);
  const common: CommonSettings = {
    product: v.product,
    version: v.version,
    channel: v.channel,
    commit: v.commit ?? fe.env.GITHUB_SHA ?? '',
    publicKey: v['public-key'],
    requirePlatforms: v['require-platforms'],
    preferredBundles,
    outDir: v['out-dir'],
    // windows-signing-required without a root: Microsoft's Trusted Signing root, as sign-trusted trusts by default.
    authenticode: rehearsal
      ? { roots: rehearsal.trustedRoot, tsaRoots: rehearsal.tsaRoot, subject: rehearsal.subject, ekus: [rehearsal.eku] }
      : v['authenticode-root'] || v['windows-signing-required']
        ? { roots: v['authenticode-root'] || MICROSOFT_ID_VERIFICATION_ROOT_2020_PEM, tsaRoots: v['authenticode-tsa-root'], subject: v['authenticode-subject'], ekus: v['authenticode-eku'] }
        : undefined,
    windowsSigningRequired: v['windows-signing-required'],
    log: fe.log,
  };
  let packages: PackageSource[];
  if (v.fragments.length) {
    const merged = await mergeFragments(v.fragments, { cwd: fe.cwd, inputName: 'fragments', product: v.product, version: v.version, channel: v.channel });
    packages = merged.packages;
    common.channel ||= merged.channel;
    common.commit ||= merged.commit;
  } else packages = await resolvePackagesInput(text!, fe.cwd, field);
  if (v.stage) return { stage: true, settings: { ...common, packages } };
  const kind: TargetKind = v.target ?? (v['upload-url'] ? 'http' : 'release');
  const settings: UploadSettings = {
    ...common,
    packages,
    target: packageTarget(kind, v, fe),
    privateKey: v['private-key'],
    password: v.password,
    baseUrl: v['base-url'],
    tauri: v.tauri,
    notes: v.notes,
    expiresIn: v['expires-in'],
    roots: v.roots,
    dryRun: v['dry-run'],
    cwd: fe.cwd,
  };
  return { stage: false, settings };
}

/** The PackageTarget for `target` from the option values (its settings are checked when the upload binds it). */
function packageTarget(kind: TargetKind, v: UploadPackagesValues, fe: FrontEnd): PackageTarget {
  const apiProblem = v['api-url'] ? urlInputProblem(v['api-url']) : undefined;
  if (apiProblem) throw fieldError('api-url', apiProblem);
  const runtime = detectRuntime(fe.env);
  const repository = v.repository ?? fe.env.GITHUB_REPOSITORY;
  if (kind === 'http') return httpTarget({ uploadUrl: v['upload-url'] ?? '', token: v['package-token'] ?? '', readBack: v['read-back'] });
  if (kind === 'gitea-generic') {
    if (!v['package-token'] && !v['dry-run']) {
      throw fieldError('package-token', 'is required for target gitea-generic: the Actions job token can only read packages; create a token with the write:package scope and pass it as a secret.');
    }
    // Only some forges have the registry (forge registry: packageTargets): outside their runners (e.g. on the command line) default to the first that has.
    const forge = createForge({ token: v['package-token'] || 'dry-run', forge: v.forge ?? forgeWithTarget('gitea-generic', runtime.forge), apiUrl: v['api-url'], repository, env: fe.env });
    return giteaGenericTarget({ forge, owner: v['package-owner'], serverUrl: v['api-url'] ? undefined : runtime.serverUrl });
  }
  return releaseTarget({ token: v.token ?? '', tag: v.tag ?? `v${v.version.trim().replace(/^v(?=\d)/, '')}`, serverUrl: runtime.serverUrl, forge: v.forge, apiUrl: v['api-url'], repository });
}
