/** Entry for actions/upload-packages: inputs → stagePackages | uploadPackages → outputs + step summary. */
import { runAction, input, requiredInput, boolInput, listInput, secretInput, setOutputs, writeSummary, log } from './runner.js';
import { RelforgeError } from '../platform/errors.js';
import {
  mergeFragments,
  packagesOutput,
  releaseTarget,
  renderStageSummary,
  renderUploadSummary,
  resolvePackagesInput,
  stagePackages,
  uploadPackages,
  type PackageSource,
  type UploadSettings,
} from '../packages/upload-packages.js';
import { createForge } from '../publishing/forge/index.js';

void runAction(async ({ runtime }) => {
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  const packagesText = input('packages');
  const fragments = input('fragments');
  if (packagesText && fragments) throw new RelforgeError('Set either "packages" (this job\'s files) or "fragments" (the merge job of a matrix), not both.');
  if (!packagesText && !fragments) throw new RelforgeError('Input "packages" is required (glob patterns or a "platform: file" map), or "fragments" in the merge job of a matrix.');
  const stage = boolInput('stage', false);
  const common = {
    product: requiredInput('product'),
    version: requiredInput('version'),
    channel: input('channel') || undefined,
    commit: input('commit') || process.env.GITHUB_SHA || '',
    publicKey: requiredInput('public-key'),
    requirePlatforms: input('require-platforms')
      .split(/[,\n]/)
      .map((s) => s.trim())
      .filter(Boolean),
    outDir: input('out-dir', 'relforge-packages'),
    authenticode: input('authenticode-root')
      ? {
          roots: input('authenticode-root'),
          tsaRoots: input('authenticode-tsa-root') || undefined,
          subject: input('authenticode-subject') || undefined,
          ekus: listInput('authenticode-eku'),
        }
      : undefined,
    log: log.info,
  };
  if (!common.authenticode && (input('authenticode-subject') || input('authenticode-eku'))) {
    throw new RelforgeError('Inputs "authenticode-subject" / "authenticode-eku" need "authenticode-root" (the trusted roots to verify the Windows packages against).');
  }
  let sources: PackageSource[];
  if (fragments) {
    if (stage) throw new RelforgeError('"stage: true" writes a fragment; "fragments" merges them. Use stage in the build jobs and fragments in the final job.');
    const merged = await mergeFragments(fragments.split(/\r?\n/).map((l) => l.trim()).filter(Boolean), {
      cwd,
      inputName: 'fragments',
      product: common.product,
      version: common.version,
      channel: common.channel,
    });
    sources = merged.packages;
    if (!common.channel) common.channel = merged.channel;
    if (!common.commit) common.commit = merged.commit;
  } else {
    sources = await resolvePackagesInput(packagesText, cwd);
  }

  if (stage) {
    const r = await stagePackages({ ...common, packages: sources });
    setOutputs({
      fragment: r.fragmentPath,
      manifest: '',
      'manifest-url': '',
      tauri: '',
      packages: r.packages.map((p) => ({ platform: p.platform, file: p.file, size: p.size, sha256: p.sha256 })),
    });
    await writeSummary(renderStageSummary(common.product, common.version, r));
    return;
  }

  const target = input('target', 'release') as UploadSettings['target'];
  const settings: UploadSettings = {
    ...common,
    packages: sources,
    privateKey: secretInput('private-key') || undefined,
    password: secretInput('password') || undefined,
    target,
    baseUrl: input('base-url') || undefined,
    tauri: boolInput('tauri', false),
    notes: input('notes') || undefined,
    expiresIn: input('expires-in') || undefined,
    dryRun: boolInput('dry-run', false),
  };
  const packageToken = secretInput('package-token');
  if (target === 'http') {
    const readBack = input('read-back', 'auto');
    if (readBack !== 'auto' && readBack !== 'download') throw new RelforgeError(`Input "read-back" must be auto or download, got "${readBack}".`);
    settings.http = { uploadUrl: input('upload-url'), token: packageToken, readBack };
  } else if (target === 'gitea-generic') {
    if (!packageToken && !settings.dryRun) {
      throw new RelforgeError('Input "package-token" is required for target gitea-generic: the Actions job token can only read packages; create a token with the write:package scope and pass it as a secret.');
    }
    const forge = createForge({ token: packageToken || 'dry-run', forge: input('forge') || undefined, apiUrl: input('api-url') || undefined });
    settings.gitea = { forge, owner: input('package-owner') || undefined, serverUrl: runtime.serverUrl };
  } else if (target === 'release') {
    const token = secretInput('token');
    settings.release = releaseTarget({
      token,
      tag: input('tag') || `v${common.version.replace(/^v(?=\d)/, '')}`,
      serverUrl: runtime.serverUrl,
      forge: input('forge') || undefined,
      apiUrl: input('api-url') || undefined,
      log: log.info,
    });
  }
  const res = await uploadPackages(settings);
  setOutputs({
    manifest: res.manifestPath,
    'manifest-url': res.manifestUrl,
    tauri: res.tauriPath ?? '',
    packages: packagesOutput(res.manifest),
    fragment: '',
  });
  await writeSummary(renderUploadSummary(res, target));
});
