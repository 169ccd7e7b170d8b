import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  applyRehearsal,
  trustedSigningRehearsal
} from "./chunk-7A35VKIN.js";
import {
  VOCABULARY,
  filesToSign,
  variant
} from "./chunk-BLP2XCSJ.js";
import {
  defineSchema,
  flag,
  requiredString
} from "./chunk-E2MW5JXR.js";
import {
  fieldError
} from "./chunk-ZSVB6QKT.js";

// src/signing/authenticode/options.ts
var DEFAULT_AUTHORITY_HOST = "https://login.microsoftonline.com";
var DEFAULT_TIMESTAMP_URL = "http://timestamp.acs.microsoft.com";
var DEFAULT_JSIGN_VERSION = "7.5";
var signTrustedSchema = defineSchema({
  name: "sign-trusted",
  summary: "sign PE/MSI files with Azure Trusted Signing (jsign), verify them, then replace the originals",
  description: "Authenticode-sign PE and MSI files with Azure Trusted Signing (Artifact Signing) from any runner (Linux/macOS/Windows) via jsign, verify every signature independently (pinned root, subject, identity EKU, RFC 3161 timestamp) and only then replace the originals. Fail-closed: on any doubt nothing is replaced.",
  options: {
    files: filesToSign("one glob per line (relative to the workspace). Zero matches is an error. PE (.exe/.dll/.sys/.efi) and MSI. Or give file. ", false),
    file: {
      type: "string",
      only: "cli",
      description: `One file to sign, taken literally (no globbing), instead of files: a bundler's per-file sign command, e.g. Tauri's bundle.windows.signCommand "relforge sign-trusted --endpoint … --account … --profile … --file %1" (credentials from the environment). Exits non-zero when the file is not signed and verified.`,
      cli: { metavar: "FILE" }
    },
    // env (CLI only): a bundler's sign command (Tauri signCommand "relforge sign-trusted --file %1") takes everything but the file from the job's environment.
    endpoint: { ...requiredString("Regional endpoint of the signing account, host or URL (e.g. eus.codesigning.azure.net). Must be the account's region.", "HOST"), env: ["TRUSTED_SIGNING_ENDPOINT"] },
    account: { ...requiredString("Trusted Signing account name.", "NAME"), env: ["TRUSTED_SIGNING_ACCOUNT"] },
    profile: { ...requiredString("Certificate profile name.", "NAME"), env: ["TRUSTED_SIGNING_PROFILE"] },
    "azure-tenant-id": VOCABULARY["azure-tenant-id"],
    "azure-client-id": VOCABULARY["azure-client-id"],
    "azure-client-secret": VOCABULARY["azure-client-secret"],
    "access-token": {
      type: "string",
      secret: true,
      env: ["AZURE_ACCESS_TOKEN"],
      description: "An Entra ID access token for https://codesigning.azure.net/.default obtained elsewhere (e.g. azure/login + az account get-access-token)."
    },
    "authority-host": { type: "string", default: DEFAULT_AUTHORITY_HOST, description: "Entra ID authority host (sovereign clouds, tests).", cli: { metavar: "URL" } },
    "timestamp-url": { type: "string", default: DEFAULT_TIMESTAMP_URL, description: "RFC 3161 timestamp server.", cli: { metavar: "URL" } },
    digest: { type: "string", default: "SHA256", choices: ["SHA256", "SHA384", "SHA512"], description: "File digest algorithm, SHA256, SHA384 or SHA512." },
    description: { type: "string", description: "Signed description (product name) shown by Windows.", cli: { metavar: "TEXT" } },
    "description-url": { type: "string", description: "Signed URL shown by Windows.", cli: { metavar: "URL" } },
    "expected-subject": variant("expected-subject", "a bundler sign command (sign-trusted --file) reads it from the environment", { env: ["TRUSTED_SIGNING_SUBJECT"] }),
    "expected-eku": variant("expected-eku", "the signer defaults it from the service", {
      description: "Identity pin, the profile's identity EKU (1.3.6.1.4.1.311.97.…), one per line. Default is the identity EKU the service reports for the profile."
    }),
    "trusted-root": {
      type: "string",
      description: "Trust anchor (PEM text or file path). Default is Microsoft Identity Verification Root Certificate Authority 2020 (shipped with relforge).",
      cli: { aliases: ["root"], metavar: "ROOT.pem" }
    },
    "tsa-root": { type: "string", description: "Trust anchor for the timestamp (PEM text or file path). Default is trusted-root.", cli: { metavar: "TSA-ROOT.pem" } },
    "jsign-version": { type: "string", default: DEFAULT_JSIGN_VERSION, description: "jsign version from Maven Central (pinned SHA-256), or VERSION@SHA256 for a version relforge has no pin for.", cli: { metavar: "V" } },
    "jsign-path": { type: "string", description: "Use this jsign jar instead of downloading one.", cli: { metavar: "JAR" } },
    "timeout-seconds": {
      type: "integer",
      default: 600,
      min: 5,
      max: 21600,
      description: "Upper limit for the whole signing run (token, service calls, jsign), in seconds.",
      cli: { aliases: ["timeout"], metavar: "SECONDS" }
    },
    "allow-outside-workspace": VOCABULARY["allow-outside-workspace"],
    json: variant("json", "names what is printed", { description: "Print the signed files as JSON." })
  },
  outputs: {
    signed: "JSON array, one object per file with file, sha256Before, sha256After, signerSubject, leafSha256, timestamp, digestAlgorithm and kind.",
    "signer-subject": "Subject of the signing certificate (the verified leaf)."
  }
});
function signTrustedOptions(v, ctx) {
  if (v.file === void 0 && v.files.length === 0) throw fieldError("files", "is required: the files (globs) to sign, or {{file}} for one file (a bundler's sign command).");
  const settings = {
    files: v.files,
    ...v.file !== void 0 ? { file: v.file } : {},
    cwd: ctx.cwd,
    endpoint: v.endpoint,
    account: v.account,
    profile: v.profile,
    auth: {
      tenantId: v["azure-tenant-id"] || void 0,
      clientId: v["azure-client-id"] || void 0,
      clientSecret: v["azure-client-secret"] || void 0,
      accessToken: v["access-token"] || void 0,
      authorityHost: v["authority-host"] || void 0
    },
    timestampUrl: v["timestamp-url"] || void 0,
    digest: v.digest,
    description: v.description || void 0,
    descriptionUrl: v["description-url"] || void 0,
    expectedSubject: v["expected-subject"] || void 0,
    expectedEku: v["expected-eku"],
    trustedRoot: v["trusted-root"] || void 0,
    tsaRoot: v["tsa-root"] || void 0,
    jsignVersion: v["jsign-version"] || void 0,
    jsignPath: v["jsign-path"] || void 0,
    timeoutSeconds: v["timeout-seconds"],
    allowOutsideWorkspace: v["allow-outside-workspace"],
    runtime: ctx.runtime,
    env: ctx.env,
    log: ctx.log,
    onSecret: ctx.onSecret
  };
  const rehearsal = trustedSigningRehearsal(ctx.env ?? process.env);
  return rehearsal ? applyRehearsal(settings, rehearsal) : settings;
}
var verifyAuthenticodeSchema = defineSchema({
  name: "verify-authenticode",
  summary: "verify Authenticode signatures (PE, MSI) against pinned roots, subject and EKUs",
  options: {
    files: variant("files", "files to verify: required, positional", { required: true, description: "The PE (.exe/.dll/.sys…) and MSI files to verify.", cli: { positional: true, metavar: "FILE" } }),
    "trusted-root": {
      type: "list",
      separator: "lines",
      required: true,
      description: "PEM file(s) of the trusted root(s) the chain must end in (bundles allowed; repeatable).",
      cli: { aliases: ["root"], metavar: "ROOT.pem" }
    },
    "tsa-root": { type: "list", separator: "lines", description: "PEM file(s) of the timestamp authority's root(s). Default: the trusted roots.", cli: { metavar: "TSA-ROOT.pem" } },
    "expected-subject": VOCABULARY["expected-subject"],
    "expected-eku": variant("expected-eku", "repeatable flag on the command line", { description: "EKU OID(s) the leaf must carry besides codeSigning (repeatable)." }),
    "allow-no-timestamp": flag("Accept a signature without an RFC 3161 timestamp (the chain is then checked now)."),
    json: variant("json", "names what is printed", { description: "Print one JSON result per file." })
  }
});

export {
  DEFAULT_AUTHORITY_HOST,
  DEFAULT_TIMESTAMP_URL,
  DEFAULT_JSIGN_VERSION,
  signTrustedSchema,
  signTrustedOptions,
  verifyAuthenticodeSchema
};
