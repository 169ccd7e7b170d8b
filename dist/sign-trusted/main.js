import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  signTrusted
} from "../chunks/chunk-HKW37HVC.js";
import "../chunks/chunk-MJGNXGK4.js";
import "../chunks/chunk-C6QHKXF4.js";
import "../chunks/chunk-CR5A2SQI.js";
import "../chunks/chunk-KQ3NOQ3P.js";
import {
  signTrustedOptions,
  signTrustedSchema
} from "../chunks/chunk-LHUTWNNG.js";
import "../chunks/chunk-7A35VKIN.js";
import "../chunks/chunk-YF5KYWNU.js";
import "../chunks/chunk-QMOW4FBF.js";
import "../chunks/chunk-UTAM4NQJ.js";
import "../chunks/chunk-RPQXM2BZ.js";
import "../chunks/chunk-Y7UKLQWK.js";
import "../chunks/chunk-NXKPZHBO.js";
import {
  log,
  maskSecret,
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

// src/actions/sign-trusted.ts
void runAction(async ({ runtime }) => {
  const result = await signTrusted(
    signTrustedOptions(readInputs(signTrustedSchema), { cwd: process.env.GITHUB_WORKSPACE || process.cwd(), runtime, log: log.info, onSecret: maskSecret })
  );
  setOutputs(signTrustedSchema, { signed: result.signed, "signer-subject": result.signerSubject });
  const rows = result.signed.map((f) => `| \`${f.file}\` | ${f.signerSubject.replace(/\n/g, ", ")} | ${f.timestamp ?? "—"} | \`${f.sha256After.slice(0, 16)}…\` |`);
  await writeSummary(
    [
      `### Trusted Signing: ${result.signed.length} file(s) signed and verified`,
      "",
      ...result.rehearsal ? [`> **${result.rehearsal}**`, ""] : [],
      `Token: ${result.tokenMethod}; jsign ${result.jsign.version} (${result.jsign.source}); identity EKU pin: ${result.identityEkus.join(", ") || "none"}.`,
      "",
      "| file | signer | timestamp | sha256 after |",
      "|---|---|---|---|",
      ...rows,
      ""
    ].join("\n")
  );
});
