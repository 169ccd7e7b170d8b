import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  defineCommand
} from "./chunk-ODS7LYII.js";
import {
  AuthenticodeVerificationError,
  PIN_FIELDS,
  checkAuthenticodePins,
  verifyAuthenticodeFile
} from "./chunk-C6QHKXF4.js";
import "./chunk-CR5A2SQI.js";
import {
  verifyAuthenticodeSchema
} from "./chunk-LHUTWNNG.js";
import "./chunk-7A35VKIN.js";
import "./chunk-Y7UKLQWK.js";
import "./chunk-NXKPZHBO.js";
import "./chunk-BLP2XCSJ.js";
import "./chunk-E2MW5JXR.js";
import "./chunk-ZJ4GZZ6R.js";
import {
  Problems,
  RelforgeError,
  SettingsError
} from "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/cli/verify-authenticode.ts
import { readFileSync } from "node:fs";
function readPem(paths, field, problems) {
  return paths.map((p) => {
    try {
      return readFileSync(p, "utf8");
    } catch (e) {
      problems.add(field, `names ${p}, which cannot be read: ${e.message}`);
      return "";
    }
  }).join("\n");
}
var verify_authenticode_default = defineCommand({
  schema: verifyAuthenticodeSchema,
  notes: `Verifies Authenticode signatures of PE and MSI files independently, fail-closed: certificate table layout
(one WIN_CERTIFICATE, nothing appended), exactly one signature (no nested ones), the recomputed file digest, the
CMS signature, the chain to a pinned root at the timestamp time, the codeSigning EKU plus every --expected-eku,
the --expected-subject attributes, and the RFC 3161 timestamp (signature, chain to --tsa-root, message imprint).
PE and MSI files are parsed in-process (no external tool). Old spellings still accepted: --root, --subject, --eku.`,
  async run(v) {
    const problems = new Problems();
    const pins = { roots: readPem(v["trusted-root"], "trusted-root", problems) };
    if (v["tsa-root"].length) pins.tsaRoots = readPem(v["tsa-root"], "tsa-root", problems);
    if (v["expected-subject"] !== void 0) pins.subject = v["expected-subject"];
    if (v["expected-eku"].length) pins.ekus = v["expected-eku"];
    problems.throwIfAny({ exitCode: 2 });
    try {
      checkAuthenticodePins(pins, PIN_FIELDS);
    } catch (e) {
      throw e instanceof SettingsError ? new SettingsError(e.problems, { exitCode: 2 }) : e;
    }
    let failed = 0;
    const results = [];
    for (const file of v.files) {
      try {
        const r = await verifyAuthenticodeFile(file, pins, { requireTimestamp: !v["allow-no-timestamp"] });
        results.push({ ok: true, ...r, timestamp: r.timestamp?.toISOString() });
        if (!v.json) console.log(`OK ${file}: ${r.kind.toUpperCase()} signed by "${r.signerSubject}" (${r.digestAlgorithm}, timestamp ${r.timestamp?.toISOString() ?? "none"}, leaf sha256 ${r.leafSha256})`);
      } catch (e) {
        if (!(e instanceof RelforgeError)) throw e;
        failed++;
        const check = e instanceof AuthenticodeVerificationError ? e.check : "input";
        results.push({ ok: false, file, check, error: e.message });
        if (!v.json) console.error(`FAILED ${file} [${check}]: ${e instanceof AuthenticodeVerificationError ? e.message.replace(/^.*? failed \[[^\]]+\]: /, "") : e.message}`);
      }
    }
    if (v.json) console.log(JSON.stringify(results, null, 2));
    return failed ? 1 : 0;
  }
});
export {
  verify_authenticode_default as default
};
