import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  commentValueProblem,
  parsePublicKey
} from "./chunk-XOUA3GKF.js";
import {
  defineSchema,
  flag,
  jsonFlag
} from "./chunk-XTSTDGMA.js";
import {
  Problems
} from "./chunk-ZSVB6QKT.js";

// src/signing/minisign/options.ts
var PUBLIC_KEY_CLI = { pathOrValue: true, aliases: ["pubkey"], metavar: "KEY" };
var PUBLIC_KEY_ENV = ["MINISIGN_PUBLIC_KEY"];
var ALLOW_OUTSIDE_WORKSPACE = {
  type: "boolean",
  default: false,
  description: "Sign files whose real path is outside the workspace and RUNNER_TEMP (refused by default: a symbolic link could point anywhere)."
};
function filesToSign(what) {
  const description = `Files to sign, ${what}A file whose real path (symbolic links followed) is outside the workspace and RUNNER_TEMP is refused.`;
  return { type: "list", separator: "lines", required: true, description, cli: { positional: true, metavar: "FILE|GLOB" } };
}
var signEd25519Schema = defineSchema({
  name: "sign-ed25519",
  summary: "sign files with Ed25519 in minisign format (fail-closed, verified, SHA256SUMS)",
  options: {
    files: filesToSign("one path or glob per line (relative to the workspace). Zero matches is an error. Signature and SHA256SUMS files from an earlier run are skipped. "),
    "private-key": {
      type: "string",
      secret: true,
      required: true,
      env: ["MINISIGN_PRIVATE_KEY"],
      description: "A minisign secret key file's text (unencrypted or password-encrypted; base64 of the whole file, as Tauri stores it, also works), a PKCS#8 PEM of an Ed25519 key, or base64 of a raw 32-byte Ed25519 seed.",
      cli: { fileAliases: ["key"], envAliases: ["key-env"] }
    },
    password: {
      type: "string",
      secret: true,
      env: ["MINISIGN_PASSWORD", "RELFORGE_KEY_PASSWORD"],
      description: "Password of an encrypted minisign secret key (or an encrypted PKCS#8 PEM)."
    },
    "public-key": {
      type: "string",
      env: PUBLIC_KEY_ENV,
      description: "Expected public key (minisign public key file text or its RW… base64 line; on the command line also a path to the file). When given, the key derived from private-key must equal it, or the step fails before any file is read. Recommended.",
      cli: PUBLIC_KEY_CLI
    },
    "trusted-comment": {
      type: "string",
      description: 'Signed comment. Placeholders {version} {file} {platform} {timestamp}. Default "version:<version><TAB>file:<name><TAB>platform:<platform><TAB>timestamp:<unix>" (fields without a value are left out). Values with a tab, line break or other control character are refused (they would forge fields).',
      cli: { metavar: "TEXT" }
    },
    "untrusted-comment": { type: "string", description: "Unsigned first line of each .minisig (informational only).", cli: { metavar: "TEXT" } },
    version: {
      type: "string",
      description: "Release version, written into the trusted comment so verifiers can refuse rollbacks (relforge verify --version, Tauri updater).",
      cli: { metavar: "X.Y.Z" }
    },
    platform: {
      type: "string",
      description: 'Target platform written into the trusted comment (e.g. linux-x86_64). Default: inferred per file from its name (agent-linux-amd64 → linux-x86_64, same alias table as upload-packages); left out when the name does not say. "none" leaves the field out.'
    },
    format: {
      type: "string",
      default: "minisign",
      choices: ["minisign", "raw"],
      description: `"minisign" (default: FILE.minisig) or "raw" (FILE.sig = base64 of the 64-byte Ed25519 signature over the file bytes, for servers using Go's ed25519.Verify; files up to 512 MiB).`
    },
    algorithm: {
      type: "string",
      default: "ED",
      choices: ["ED", "Ed"],
      description: 'minisign signature algorithm, "ED" (prehashed BLAKE2b-512, streamed, default) or "Ed" (legacy, signify-compatible, files up to 512 MiB).'
    },
    checksums: {
      type: "boolean",
      default: true,
      description: "Write SHA256SUMS for all files (sha256sum -c format, names relative to its folder) and sign it too."
    },
    "output-dir": {
      type: "string",
      description: "Folder for signatures and SHA256SUMS. Default: each signature next to its file, SHA256SUMS in the folder of the first file (sorted).",
      cli: { metavar: "DIR" }
    },
    workers: { type: "integer", min: 0, max: 64, description: "Hashing worker threads (default min(2, CPU cores, files); 0 hashes on the main thread)." },
    verify: {
      type: "string",
      default: "digest",
      choices: ["digest", "reread"],
      description: 'Verify-after-sign mode. "digest" (default): the written signature is parsed back and verified with the expected public key against the digest of the single read, and the file must be unchanged (inode, size, mtime, ctime). "reread": re-read and re-hash every file from disk (doubles the reading).'
    },
    timestamp: {
      type: "string",
      description: "The {timestamp} of the trusted comments: unix seconds or an RFC 3339 date (e.g. the release commit's time). Default: SOURCE_DATE_EPOCH, else the commit time of HEAD in the workspace, else the clock. A fixed value makes a re-run write byte-identical signatures, also in a job without a checkout.",
      cli: { metavar: "SECONDS|DATE" }
    },
    "allow-outside-workspace": ALLOW_OUTSIDE_WORKSPACE,
    json: jsonFlag("Print the result as JSON.")
  },
  outputs: {
    signatures: "JSON array, one object per file: file, signature (path), sha256 (hex; null when checksums is false), size, keyId.",
    "public-key": "minisign public key file text of the signing key.",
    "key-id": "minisign key id (16 upper-case hex digits).",
    "checksums-file": "Path of the SHA256SUMS file (its signature is the same path + .minisig, or .sig for format raw); empty when checksums is false."
  }
});
function signFilesOptions(v, cwd) {
  const problems = new Problems();
  for (const field of ["version", "platform"]) {
    const problem = v[field] ? commentValueProblem(v[field]) : void 0;
    if (problem) problems.add(field, `${problem}.`);
  }
  if (v["trusted-comment"] && /[\r\n]/.test(v["trusted-comment"])) problems.add("trusted-comment", "must be one line.");
  const timestamp = v.timestamp ? parseTimestamp(v.timestamp) : void 0;
  if (timestamp === null) problems.add("timestamp", `must be unix seconds or an RFC 3339 date (2026-05-01T12:00:00Z), got "${v.timestamp}".`);
  if (v["public-key"]) {
    try {
      parsePublicKey(v["public-key"]);
    } catch (err) {
      problems.add("public-key", `is malformed: ${err.message}`);
    }
  }
  problems.throwIfAny();
  return {
    files: v.files,
    cwd,
    privateKey: v["private-key"],
    password: v.password || void 0,
    publicKey: v["public-key"] || void 0,
    trustedComment: v["trusted-comment"] || void 0,
    untrustedComment: v["untrusted-comment"] || void 0,
    version: v.version || void 0,
    platform: v.platform || void 0,
    format: v.format,
    algorithm: v.algorithm,
    checksums: v.checksums,
    outputDir: v["output-dir"] || void 0,
    workers: v.workers,
    reread: v.verify === "reread",
    allowOutsideWorkspace: v["allow-outside-workspace"],
    timestamp: timestamp ?? void 0
  };
}
function parseTimestamp(text) {
  const t = text.trim();
  if (/^\d{1,12}$/.test(t)) return Number(t);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(t)) return null;
  const ms = Date.parse(t);
  return Number.isFinite(ms) && ms >= 0 ? Math.floor(ms / 1e3) : null;
}
var verifySchema = defineSchema({
  name: "verify",
  summary: "verify a file against a minisign signature and public key (optionally binding the version)",
  options: {
    file: { type: "list", separator: "lines", required: true, description: "The file to verify.", cli: { positional: true, metavar: "FILE" } },
    sig: { type: "string", description: "The signature file (default: FILE.minisig, or FILE.sig for --format raw).", cli: { short: "x", metavar: "FILE.minisig" } },
    "public-key": {
      type: "string",
      required: true,
      env: PUBLIC_KEY_ENV,
      description: "The public key: a minisign .pub file, its RW… base64 line, or a path to either.",
      cli: { ...PUBLIC_KEY_CLI, short: "p" }
    },
    version: {
      type: "string",
      description: `Also require the trusted comment's "version:" to equal this (rollback protection; a leading v is ignored; a comment with two version fields is refused).`,
      cli: { metavar: "X.Y.Z" }
    },
    "require-prehashed": flag("Refuse legacy (non-prehashed) Ed signatures, like minisign -H."),
    format: {
      type: "string",
      default: "minisign",
      choices: ["minisign", "raw"],
      description: '"raw": the signature file holds base64 of a 64-byte Ed25519 signature over the file bytes.'
    },
    quiet: { type: "boolean", default: false, description: "Print nothing on success.", cli: { short: "q" } }
  }
});
var keygenSchema = defineSchema({
  name: "keygen",
  summary: "create a minisign-compatible Ed25519 key pair (optionally password-encrypted)",
  options: {
    out: { type: "string", required: true, description: "Folder for NAME.key and NAME.pub (created when missing).", cli: { short: "o", metavar: "DIR" } },
    password: {
      type: "string",
      secret: true,
      env: ["MINISIGN_PASSWORD"],
      description: "Encrypt the secret key with this password (scrypt with minisign's limits: opening it takes about 1 GiB of memory and a few seconds, like minisign). Without it the key is unencrypted, like minisign -G -W."
    },
    name: { type: "string", default: "minisign", description: "File name of the pair (letters, digits, . _ -)." },
    force: { type: "boolean", default: false, description: "Overwrite existing files (kept otherwise).", cli: { short: "f" } }
  }
});

export {
  ALLOW_OUTSIDE_WORKSPACE,
  filesToSign,
  signEd25519Schema,
  signFilesOptions,
  parseTimestamp,
  verifySchema,
  keygenSchema
};
