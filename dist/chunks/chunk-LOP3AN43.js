import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  ALLOW_OUTSIDE_WORKSPACE,
  filesToSign
} from "./chunk-KPGF2DZU.js";
import {
  defineSchema,
  flag,
  jsonFlag,
  requiredString
} from "./chunk-XTSTDGMA.js";

// src/signing/authenticode/options.ts
var DEFAULT_AUTHORITY_HOST = "https://login.microsoftonline.com";
var DEFAULT_TIMESTAMP_URL = "http://timestamp.acs.microsoft.com";
var DEFAULT_JSIGN_VERSION = "7.5";
var SUBJECT = {
  type: "string",
  description: `Identity pin, e.g. "CN=Contoso Ltd, O=Contoso Ltd". Every attribute named must be in the signing certificate's subject.`,
  cli: { aliases: ["subject"], metavar: '"CN=…, O=…"' }
};
var signTrustedSchema = defineSchema({
  name: "sign-trusted",
  summary: "sign PE/MSI files with Azure Trusted Signing (jsign), verify them, then replace the originals",
  options: {
    files: filesToSign("one glob per line (relative to the workspace). Zero matches is an error. PE (.exe/.dll/.sys/.efi) and MSI. "),
    endpoint: requiredString("Regional endpoint of the signing account, host or URL (e.g. eus.codesigning.azure.net). Must be the account's region.", "HOST"),
    account: requiredString("Trusted Signing account name.", "NAME"),
    profile: requiredString("Certificate profile name.", "NAME"),
    "azure-tenant-id": { type: "string", env: ["AZURE_TENANT_ID"], description: "Entra ID tenant (directory) ID.", cli: { aliases: ["tenant-id"], metavar: "ID" } },
    "azure-client-id": {
      type: "string",
      env: ["AZURE_CLIENT_ID"],
      description: 'Client ID of the app registration (or managed identity) holding the "Artifact Signing Certificate Profile Signer" role.',
      cli: { aliases: ["client-id"], metavar: "ID" }
    },
    "azure-client-secret": {
      type: "string",
      secret: true,
      env: ["AZURE_CLIENT_SECRET"],
      description: 'Client secret of the app registration. When empty, GitHub OIDC is used (needs "permissions id-token write" and a federated credential).'
    },
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
    "expected-subject": SUBJECT,
    "expected-eku": {
      type: "list",
      separator: "lines",
      description: "Identity pin, the profile's identity EKU (1.3.6.1.4.1.311.97.…), one per line. Default is the identity EKU the service reports for the profile.",
      cli: { aliases: ["eku"], metavar: "OID" }
    },
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
    "allow-outside-workspace": ALLOW_OUTSIDE_WORKSPACE,
    json: jsonFlag("Print the signed files as JSON.")
  },
  outputs: {
    signed: "JSON array, one object per file with file, sha256Before, sha256After, signerSubject, leafSha256, timestamp, digestAlgorithm and kind.",
    "signer-subject": "Subject of the signing certificate (the verified leaf)."
  }
});
function signTrustedOptions(v, ctx) {
  return {
    files: v.files,
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
}
var verifyAuthenticodeSchema = defineSchema({
  name: "verify-authenticode",
  summary: "verify Authenticode signatures (PE, MSI) against pinned roots, subject and EKUs",
  options: {
    files: { type: "list", separator: "lines", required: true, description: "The PE (.exe/.dll/.sys…) and MSI files to verify.", cli: { positional: true, metavar: "FILE" } },
    "trusted-root": {
      type: "list",
      separator: "lines",
      required: true,
      description: "PEM file(s) of the trusted root(s) the chain must end in (bundles allowed; repeatable).",
      cli: { aliases: ["root"], metavar: "ROOT.pem" }
    },
    "tsa-root": { type: "list", separator: "lines", description: "PEM file(s) of the timestamp authority's root(s). Default: the trusted roots.", cli: { metavar: "TSA-ROOT.pem" } },
    "expected-subject": SUBJECT,
    "expected-eku": { type: "list", separator: "lines", description: "EKU OID(s) the leaf must carry besides codeSigning (repeatable).", cli: { aliases: ["eku"], metavar: "OID" } },
    "allow-no-timestamp": flag("Accept a signature without an RFC 3161 timestamp (the chain is then checked now)."),
    json: flag("Print one JSON result per file.")
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
