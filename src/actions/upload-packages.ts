/** actions/upload-packages: inputs (uploadPackagesSchema) → stagePackages | uploadPackages → outputs + step summary. */
import { log, readInputs, runAction, setOutputs, writeSummary } from './runner.js';
import { uploadPackagesSchema } from '../packages/options.js';
import { uploadPackagesRequest } from '../packages/settings.js';
import { packagesOutput, renderStageSummary, renderUploadSummary, stagePackages, uploadPackages } from '../packages/upload-packages.js';

void runAction(async () => {
  const v = readInputs(uploadPackagesSchema);
  const req = await uploadPackagesRequest(v, { kind: 'action', cwd: process.env.GITHUB_WORKSPACE || process.cwd(), env: process.env, log: log.info });
  if (req.stage) {
    const r = await stagePackages(req.settings);
    setOutputs(uploadPackagesSchema, {
      fragment: r.fragmentPath,
      manifest: '',
      'manifest-url': '',
      'signed-manifest-url': '',
      tauri: '',
      packages: r.packages.map((p) => ({ platform: p.platform, file: p.file, size: p.size, sha256: p.sha256 })),
    });
    await writeSummary(renderStageSummary(req.settings.product, req.settings.version, r));
    return;
  }
  const res = await uploadPackages(req.settings);
  setOutputs(uploadPackagesSchema, {
    manifest: res.manifestPath,
    'manifest-url': res.manifestUrl,
    'signed-manifest-url': res.signedManifestUrl,
    tauri: res.tauriPath ?? '',
    packages: packagesOutput(res.manifest),
    fragment: '',
  });
  await writeSummary(renderUploadSummary(res, req.settings.target.kind));
});
