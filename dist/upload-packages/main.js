import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  packagesOutput,
  renderStageSummary,
  renderUploadSummary,
  stagePackages,
  uploadPackages,
  uploadPackagesRequest
} from "../chunks/chunk-J3ZHND7T.js";
import {
  uploadPackagesSchema
} from "../chunks/chunk-4JUBYVDI.js";
import "../chunks/chunk-MJGNXGK4.js";
import "../chunks/chunk-C6QHKXF4.js";
import "../chunks/chunk-CR5A2SQI.js";
import "../chunks/chunk-5UMXK6GB.js";
import "../chunks/chunk-PUJDSSOW.js";
import "../chunks/chunk-EEUPTRBS.js";
import "../chunks/chunk-7A35VKIN.js";
import "../chunks/chunk-OJJS2R76.js";
import "../chunks/chunk-QDGQJLQ4.js";
import "../chunks/chunk-YF5KYWNU.js";
import "../chunks/chunk-QMOW4FBF.js";
import "../chunks/chunk-UTAM4NQJ.js";
import "../chunks/chunk-C63HRXC4.js";
import "../chunks/chunk-CV2P5TFH.js";
import "../chunks/chunk-RPQXM2BZ.js";
import "../chunks/chunk-EMFWNUUK.js";
import "../chunks/chunk-PYADJEUB.js";
import "../chunks/chunk-RXAWHCPD.js";
import "../chunks/chunk-H3MUK3LW.js";
import "../chunks/chunk-XOUA3GKF.js";
import "../chunks/chunk-Y7UKLQWK.js";
import "../chunks/chunk-NXKPZHBO.js";
import "../chunks/chunk-4NSJM3RA.js";
import {
  log,
  readInputs,
  runAction,
  setOutputs,
  writeSummary
} from "../chunks/chunk-QDTPQDAU.js";
import "../chunks/chunk-NSBA6LUF.js";
import "../chunks/chunk-BLP2XCSJ.js";
import "../chunks/chunk-E2MW5JXR.js";
import "../chunks/chunk-6DPT4XSZ.js";
import "../chunks/chunk-ZJ4GZZ6R.js";
import "../chunks/chunk-A3HMJ4J5.js";
import "../chunks/chunk-ZSVB6QKT.js";
import "../chunks/chunk-YAGOLX6F.js";

// src/actions/upload-packages.ts
void runAction(async () => {
  const v = readInputs(uploadPackagesSchema);
  const req = await uploadPackagesRequest(v, { kind: "action", cwd: process.env.GITHUB_WORKSPACE || process.cwd(), env: process.env, log: log.info });
  if (req.stage) {
    const r = await stagePackages(req.settings);
    setOutputs(uploadPackagesSchema, {
      fragment: r.fragmentPath,
      manifest: "",
      "manifest-url": "",
      "signed-manifest-url": "",
      tauri: "",
      packages: r.packages.map((p) => ({ platform: p.platform, file: p.file, size: p.size, sha256: p.sha256 }))
    });
    await writeSummary(renderStageSummary(req.settings.product, req.settings.version, r));
    return;
  }
  const res = await uploadPackages(req.settings);
  setOutputs(uploadPackagesSchema, {
    manifest: res.manifestPath,
    "manifest-url": res.manifestUrl,
    "signed-manifest-url": res.signedManifestUrl,
    tauri: res.tauriPath ?? "",
    packages: packagesOutput(res.manifest),
    fragment: ""
  });
  await writeSummary(renderUploadSummary(res, req.settings.target.kind));
});
