import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  packagesOutput,
  renderStageSummary,
  renderUploadSummary,
  stagePackages,
  uploadPackages,
  uploadPackagesRequest
} from "../chunks/chunk-JBLDNFC2.js";
import {
  uploadPackagesSchema
} from "../chunks/chunk-VYIIKGOZ.js";
import "../chunks/chunk-4JDA7HZY.js";
import "../chunks/chunk-5UMXK6GB.js";
import "../chunks/chunk-VRYTUMXU.js";
import "../chunks/chunk-EEUPTRBS.js";
import "../chunks/chunk-SLZ3AGO2.js";
import "../chunks/chunk-I6TTIQR5.js";
import "../chunks/chunk-QMOW4FBF.js";
import "../chunks/chunk-UTAM4NQJ.js";
import "../chunks/chunk-ZXSXFME2.js";
import "../chunks/chunk-7RFRNLHV.js";
import "../chunks/chunk-ZNDEGRFE.js";
import "../chunks/chunk-CV2P5TFH.js";
import "../chunks/chunk-RPQXM2BZ.js";
import "../chunks/chunk-F4KJ55X5.js";
import "../chunks/chunk-XOUA3GKF.js";
import "../chunks/chunk-H3AVKBBI.js";
import "../chunks/chunk-RXAWHCPD.js";
import "../chunks/chunk-B6IPC3SL.js";
import "../chunks/chunk-T4WEBZS6.js";
import "../chunks/chunk-H2CS4N5L.js";
import {
  log,
  readInputs,
  runAction,
  setOutputs,
  writeSummary
} from "../chunks/chunk-EBCPK4S4.js";
import "../chunks/chunk-7LXS73GR.js";
import "../chunks/chunk-XTSTDGMA.js";
import "../chunks/chunk-A3HMJ4J5.js";
import "../chunks/chunk-ZSVB6QKT.js";
import "../chunks/chunk-YAGOLX6F.js";

// src/actions/upload-packages.ts
void runAction(async () => {
  const v = readInputs(uploadPackagesSchema);
  const req = await uploadPackagesRequest(v, { kind: "action", cwd: process.env.GITHUB_WORKSPACE || process.cwd(), env: process.env, log: log.info });
  if (req.stage) {
    const r = await stagePackages(req.settings);
    setOutputs({
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
  setOutputs({
    manifest: res.manifestPath,
    "manifest-url": res.manifestUrl,
    "signed-manifest-url": res.signedManifestUrl,
    tauri: res.tauriPath ?? "",
    packages: packagesOutput(res.manifest),
    fragment: ""
  });
  await writeSummary(renderUploadSummary(res, req.settings.target.kind));
});
