import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  defineCommand
} from "./chunk-ODS7LYII.js";
import {
  packagesOutput,
  stagePackages,
  uploadPackages,
  uploadPackagesRequest
} from "./chunk-J3ZHND7T.js";
import {
  uploadPackagesSchema
} from "./chunk-4JUBYVDI.js";
import "./chunk-MJGNXGK4.js";
import "./chunk-C6QHKXF4.js";
import "./chunk-CR5A2SQI.js";
import "./chunk-5UMXK6GB.js";
import "./chunk-PUJDSSOW.js";
import "./chunk-EEUPTRBS.js";
import "./chunk-7A35VKIN.js";
import "./chunk-OJJS2R76.js";
import "./chunk-QDGQJLQ4.js";
import "./chunk-YF5KYWNU.js";
import "./chunk-QMOW4FBF.js";
import "./chunk-UTAM4NQJ.js";
import "./chunk-C63HRXC4.js";
import "./chunk-CV2P5TFH.js";
import "./chunk-RPQXM2BZ.js";
import "./chunk-EMFWNUUK.js";
import "./chunk-PYADJEUB.js";
import "./chunk-RXAWHCPD.js";
import "./chunk-H3MUK3LW.js";
import "./chunk-XOUA3GKF.js";
import "./chunk-Y7UKLQWK.js";
import "./chunk-NXKPZHBO.js";
import "./chunk-4NSJM3RA.js";
import "./chunk-NSBA6LUF.js";
import "./chunk-BLP2XCSJ.js";
import "./chunk-E2MW5JXR.js";
import "./chunk-6DPT4XSZ.js";
import "./chunk-ZJ4GZZ6R.js";
import "./chunk-A3HMJ4J5.js";
import "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/cli/upload-packages.ts
var upload_packages_default = defineCommand({
  schema: uploadPackagesSchema,
  notes: `Packages: --packages GLOB (repeatable), or --map "platform: file" (YAML; --map-file FILE), or --fragments GLOB in the
merge job of a matrix. Target: http when --upload-url is given, else release (--target overrides).
Prints the manifest URL (--json: manifest, manifestUrl, signedManifestUrl, tauri, packages, files).`,
  async run(v) {
    const req = await uploadPackagesRequest(v, { kind: "cli", cwd: process.cwd(), env: process.env, log: (m) => console.error(m) });
    if (req.stage) {
      const r = await stagePackages(req.settings);
      console.log(v.json ? JSON.stringify({ fragment: r.fragmentPath, packages: r.packages.map(({ signature: _s, ...p }) => p) }, null, 2) : `fragment: ${r.fragmentPath}`);
      return 0;
    }
    const res = await uploadPackages(req.settings);
    if (v.json) {
      const out = { manifest: res.manifestPath, manifestUrl: res.manifestUrl, signedManifestUrl: res.signedManifestUrl, tauri: res.tauriPath ?? null, packages: packagesOutput(res.manifest), files: res.files };
      console.log(JSON.stringify(out, null, 2));
    } else console.log(`${res.dryRun ? "dry run: " : ""}manifest ${res.manifestUrl} (${res.manifest.packages.length} packages)`);
    return 0;
  }
});
export {
  upload_packages_default as default
};
