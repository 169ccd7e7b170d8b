/**
 * `relforge upload-packages`: the same operation as actions/upload-packages, through the same schema. Secrets
 * never come from argv: --private-key-file / --private-key-env or MINISIGN_PRIVATE_KEY, the password from
 * MINISIGN_PASSWORD, the upload token from PACKAGE_TOKEN, the forge token (target release) from RELFORGE_TOKEN /
 * GITHUB_TOKEN (or --<name>-file / --<name>-env).
 */
import { uploadPackagesSchema } from '../packages/options.js';
import { uploadPackagesRequest } from '../packages/settings.js';
import { packagesOutput, stagePackages, uploadPackages } from '../packages/upload-packages.js';
import { defineCommand } from './command.js';

export default defineCommand({
  schema: uploadPackagesSchema,
  notes: `Packages: --packages GLOB (repeatable), or --map "platform: file" (YAML; --map-file FILE), or --fragments GLOB in the
merge job of a matrix. Target: http when --upload-url is given, else release (--target overrides).
Prints the manifest URL (--json: manifest, manifestUrl, signedManifestUrl, tauri, packages, files).`,
  async run(v) {
    const req = await uploadPackagesRequest(v, { kind: 'cli', cwd: process.cwd(), env: process.env, log: (m) => console.error(m) });
    if (req.stage) {
      const r = await stagePackages(req.settings);
      console.log(v.json ? JSON.stringify({ fragment: r.fragmentPath, packages: r.packages.map(({ signature: _s, ...p }) => p) }, null, 2) : `fragment: ${r.fragmentPath}`);
      return 0;
    }
    const res = await uploadPackages(req.settings);
    if (v.json) {
      const out = { manifest: res.manifestPath, manifestUrl: res.manifestUrl, signedManifestUrl: res.signedManifestUrl, tauri: res.tauriPath ?? null, packages: packagesOutput(res.manifest), files: res.files };
      console.log(JSON.stringify(out, null, 2));
    } else console.log(`${res.dryRun ? 'dry run: ' : ''}manifest ${res.manifestUrl} (${res.manifest.packages.length} packages)`);
    return 0;
  },
});
