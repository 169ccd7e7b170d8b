import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  signTrusted
} from "../chunks/chunk-FWSSE3WU.js";
import "../chunks/chunk-4JDA7HZY.js";
import "../chunks/chunk-5MB7XAXN.js";
import {
  signTrustedOptions,
  signTrustedSchema
} from "../chunks/chunk-LOP3AN43.js";
import "../chunks/chunk-I6TTIQR5.js";
import "../chunks/chunk-QMOW4FBF.js";
import "../chunks/chunk-UTAM4NQJ.js";
import "../chunks/chunk-RPQXM2BZ.js";
import "../chunks/chunk-KPGF2DZU.js";
import "../chunks/chunk-XOUA3GKF.js";
import "../chunks/chunk-T4WEBZS6.js";
import "../chunks/chunk-H2CS4N5L.js";
import {
  log,
  maskSecret,
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

// src/actions/sign-trusted.ts
void runAction(async ({ runtime }) => {
  const result = await signTrusted(
    signTrustedOptions(readInputs(signTrustedSchema), { cwd: process.env.GITHUB_WORKSPACE || process.cwd(), runtime, log: log.info, onSecret: maskSecret })
  );
  setOutputs({ signed: result.signed, "signer-subject": result.signerSubject });
  const rows = result.signed.map((f) => `| \`${f.file}\` | ${f.signerSubject.replace(/\n/g, ", ")} | ${f.timestamp ?? "—"} | \`${f.sha256After.slice(0, 16)}…\` |`);
  await writeSummary(
    [
      `### Trusted Signing: ${result.signed.length} file(s) signed and verified`,
      "",
      `Token: ${result.tokenMethod}; jsign ${result.jsign.version} (${result.jsign.source}); identity EKU pin: ${result.identityEkus.join(", ") || "none"}.`,
      "",
      "| file | signer | timestamp | sha256 after |",
      "|---|---|---|---|",
      ...rows,
      ""
    ].join("\n")
  );
});
