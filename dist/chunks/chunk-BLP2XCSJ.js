import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  FORGE_NAMES,
  detectionText,
  forge,
  orList
} from "./chunk-ZJ4GZZ6R.js";

// src/platform/vocabulary.ts
var TOKEN_ENV = ["RELFORGE_TOKEN", "GITHUB_TOKEN", "GITEA_TOKEN", "FORGEJO_TOKEN"];
var PACKAGE_TOKEN_ENV = ["PACKAGE_TOKEN", "RELFORGE_PACKAGE_TOKEN"];
var PRIVATE_KEY_ENV = ["MINISIGN_PRIVATE_KEY"];
var PASSWORD_ENV = ["MINISIGN_PASSWORD", "RELFORGE_KEY_PASSWORD"];
var PUBLIC_KEY_ENV = ["MINISIGN_PUBLIC_KEY"];
var forgeList = orList(FORGE_NAMES);
var VOCABULARY = {
  // --- the forge and its credentials ---
  token: {
    type: "string",
    secret: true,
    actionDefault: "${{ github.token }}",
    env: TOKEN_ENV,
    description: "Forge token (secret RELEASE_TOKEN, else the job token). Sent only to the API origin (and GitHub's uploads host), never to a URL an answer names."
  },
  forge: {
    type: "string",
    choices: FORGE_NAMES,
    description: `${forgeList}. Default is detected from the runner (${detectionText()}).`
  },
  "api-url": {
    type: "string",
    description: `API root, e.g. ${FORGE_NAMES.map((f) => forge(f).apiUrl(`https://${f}.example.com`)).join(" or ")}. Default is GITHUB_API_URL of the runner. https only (http for loopback addresses); no user name or password in it.`,
    cli: { metavar: "URL" }
  },
  repository: {
    type: "string",
    description: "owner/name of the repository. Default is GITHUB_REPOSITORY (the repository of the run).",
    cli: { metavar: "OWNER/NAME" }
  },
  "package-token": {
    type: "string",
    secret: true,
    env: PACKAGE_TOKEN_ENV,
    description: "Token of the update server or Gitea/Forgejo package registry the packages are uploaded to (secret PACKAGE_TOKEN): a token with write:package for the registry (the job token cannot write packages), the bearer token of an update server."
  },
  // --- git ---
  "tag-prefix": {
    type: "string",
    default: "v",
    description: 'Release tags are exactly "<prefix>MAJOR.MINOR.PATCH" (no leading zeros, prerelease or build part); every other tag is ignored. Any characters valid in a git tag (v, api-v, create-vite@, @scope/api-v); "none" for tags without a prefix (1.2.3).',
    cli: { metavar: "PREFIX" }
  },
  remote: { type: "string", default: "origin", description: "Git remote to read tags from and push to." },
  push: { type: "boolean", default: true, description: "Push to the remote. With false, only local refs are created." },
  tag: { type: "string", description: "The release tag (e.g. v1.2.3).", cli: { metavar: "TAG" } },
  commit: { type: "string", description: "The commit the release is of (full SHA).", cli: { metavar: "SHA" } },
  version: { type: "string", description: `The version released, without prefix (e.g. 0.4.0; a leading "v" is dropped). Usually next-version's "version" output.`, cli: { metavar: "X.Y.Z" } },
  // --- minisign keys ---
  "private-key": {
    type: "string",
    secret: true,
    env: PRIVATE_KEY_ENV,
    description: "A minisign secret key file's text (unencrypted or password-encrypted; base64 of the whole file, as Tauri stores it, also works), a PKCS#8 PEM of an Ed25519 key, or base64 of a raw 32-byte Ed25519 seed (secret MINISIGN_PRIVATE_KEY)."
  },
  password: {
    type: "string",
    secret: true,
    env: PASSWORD_ENV,
    description: "Password of an encrypted private-key (minisign key or PKCS#8 PEM; secret MINISIGN_PASSWORD)."
  },
  "public-key": {
    type: "string",
    env: PUBLIC_KEY_ENV,
    description: "The pinned minisign public key (variable MINISIGN_PUBLIC_KEY): the .pub file text or its RW… base64 line; on the command line also a path to the file.",
    cli: { pathOrValue: true, aliases: ["pubkey"], metavar: "KEY|FILE" }
  },
  // --- Azure (Trusted Signing) ---
  "azure-tenant-id": { type: "string", env: ["AZURE_TENANT_ID"], description: "Entra ID tenant (directory) ID of the Trusted Signing identity (secret AZURE_TENANT_ID).", cli: { aliases: ["tenant-id"], metavar: "ID" } },
  "azure-client-id": {
    type: "string",
    env: ["AZURE_CLIENT_ID"],
    description: 'Client ID of the app registration (or managed identity) holding the "Artifact Signing Certificate Profile Signer" role (secret AZURE_CLIENT_ID).',
    cli: { aliases: ["client-id"], metavar: "ID" }
  },
  "azure-client-secret": {
    type: "string",
    secret: true,
    env: ["AZURE_CLIENT_SECRET"],
    description: 'Client secret of that app registration (secret AZURE_CLIENT_SECRET). When empty, GitHub OIDC is used (needs "permissions id-token write" and a federated credential).'
  },
  "expected-subject": {
    type: "string",
    description: `Identity pin, e.g. "CN=Contoso Ltd, O=Contoso Ltd". Every attribute named must be in the signing certificate's subject.`,
    cli: { aliases: ["subject"], metavar: '"CN=…, O=…"' }
  },
  "expected-eku": { type: "list", separator: "lines", description: "EKU OID(s) the signing certificate must carry besides codeSigning, one per line.", cli: { aliases: ["eku"], metavar: "OID" } },
  // --- files and runs ---
  files: { type: "list", separator: "lines", description: "Files, one path or glob per line (relative to the workspace).", cli: { metavar: "GLOB" } },
  "allow-outside-workspace": {
    type: "boolean",
    default: false,
    description: "Sign files whose real path is outside the workspace and RUNNER_TEMP (refused by default: a symbolic link could point anywhere)."
  },
  timestamp: {
    type: "string",
    description: "The release time: unix seconds or an RFC 3339 date (e.g. the release commit's time). Default: SOURCE_DATE_EPOCH, else the commit time of HEAD in the workspace, else the clock.",
    cli: { metavar: "SECONDS|DATE" }
  },
  "output-dir": { type: "string", description: "Folder the files are written to.", cli: { metavar: "DIR" } },
  checksums: { type: "boolean", default: true, description: "Write a SHA256SUMS file listing every file (sha256sum -c format)." },
  write: { type: "boolean", default: false, description: "Rewrite the version-file / changed components' manifests (and their lock files) to the new version." },
  force: { type: "boolean", default: false, description: "Overwrite what exists." },
  "dry-run": { type: "boolean", default: false, description: "Report what would be done; change nothing." },
  json: { type: "boolean", default: false, only: "cli", description: "Print the whole result as JSON." },
  product: { type: "string", required: true, description: 'Product (package) name, e.g. "agent". Letters, digits, . _ + - only.', cli: { metavar: "NAME" } },
  format: {
    type: "string",
    default: "minisign",
    choices: ["minisign", "raw"],
    description: '"minisign" (FILE.minisig) or "raw" (FILE.sig = base64 of the 64-byte Ed25519 signature over the file bytes).'
  }
};
var VARIANTS = /* @__PURE__ */ new WeakMap();
function variant(name, why, changes) {
  const spec = { ...VOCABULARY[name], ...changes };
  VARIANTS.set(spec, { name, changed: Object.keys(changes), why });
  return spec;
}
function parseTimestamp(text) {
  const t = text.trim();
  if (/^\d{1,12}$/.test(t)) return Number(t);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(t)) return null;
  const ms = Date.parse(t);
  return Number.isFinite(ms) && ms >= 0 ? Math.floor(ms / 1e3) : null;
}
function filesToSign(what, required = true) {
  const description = `Files to sign, ${what}A file whose real path (symbolic links followed) is outside the workspace and RUNNER_TEMP is refused.`;
  return variant("files", "files to sign: required (unless another option names the file), also positional on the command line", { required, description, cli: { positional: true, metavar: "FILE|GLOB" } });
}

export {
  TOKEN_ENV,
  VOCABULARY,
  variant,
  parseTimestamp,
  filesToSign
};
