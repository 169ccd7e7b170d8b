import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  commentValueProblem,
  parsePublicKey
} from "./chunk-XOUA3GKF.js";
import {
  VOCABULARY,
  filesToSign,
  parseTimestamp,
  variant
} from "./chunk-BLP2XCSJ.js";
import {
  defineSchema,
  flag
} from "./chunk-E2MW5JXR.js";
import {
  Problems
} from "./chunk-ZSVB6QKT.js";

// src/signing/minisign/options.ts
var signEd25519Schema = defineSchema({
  name: "sign-ed25519",
  command: "sign",
  summary: "sign files with Ed25519 in minisign format (fail-closed, verified, SHA256SUMS)",
  description: "Sign release files with Ed25519 in the minisign format (prehashed ED by default, legacy Ed or raw on request), verify every signature against the file on disk, and write a signed SHA256SUMS. Fail-closed: a missing, malformed or unexpected key, an unreadable file or any verification failure fails the step and removes every signature written in the run.",
  options: {
    files: filesToSign("one path or glob per line (relative to the workspace). Zero matches is an error. Signature and SHA256SUMS files from an earlier run are skipped. "),
    "private-key": variant("private-key", "required to sign; the old --key / --key-env spellings of relforge sign", {
      required: true,
      cli: { fileAliases: ["key"], envAliases: ["key-env"] }
    }),
    password: VOCABULARY.password,
    "public-key": variant("public-key", "what the pin does here", {
      description: "Expected public key (minisign public key file text or its RW… base64 line; on the command line also a path to the file). When given, the key derived from private-key must equal it, or the step fails before any file is read. Recommended."
    }),
    "trusted-comment": {
      type: "string",
      description: 'Signed comment. Placeholders {version} {file} {platform} {timestamp}. Default "version:<version><TAB>file:<name><TAB>platform:<platform><TAB>timestamp:<unix>" (fields without a value are left out). Values with a tab, line break or other control character are refused (they would forge fields).',
      cli: { metavar: "TEXT" }
    },
    "untrusted-comment": { type: "string", description: "Unsigned first line of each .minisig (informational only).", cli: { metavar: "TEXT" } },
    version: variant("version", "where it goes", { description: "Release version, written into the trusted comment so verifiers can refuse rollbacks (relforge verify --version, Tauri updater)." }),
    platform: {
      type: "string",
      description: 'Target platform written into the trusted comment (e.g. linux-x86_64). Default: inferred per file from its name (agent-linux-amd64 → linux-x86_64, same alias table as upload-packages); left out when the name does not say. "none" leaves the field out.'
    },
    format: variant("format", "what signing writes, and its size limit", {
      description: `"minisign" (default: FILE.minisig) or "raw" (FILE.sig = base64 of the 64-byte Ed25519 signature over the file bytes, for servers using Go's ed25519.Verify; files up to 512 MiB).`
    }),
    algorithm: {
      type: "string",
      default: "ED",
      choices: ["ED", "Ed"],
      description: 'minisign signature algorithm, "ED" (prehashed BLAKE2b-512, streamed, default) or "Ed" (legacy, signify-compatible, files up to 512 MiB).'
    },
    checksums: variant("checksums", "the signer also signs it", { description: "Write SHA256SUMS for all files (sha256sum -c format, names relative to its folder) and sign it too." }),
    "output-dir": variant("output-dir", "what is written there, and the default beside each file", {
      description: "Folder for signatures and SHA256SUMS. Default: each signature next to its file, SHA256SUMS in the folder of the first file (sorted)."
    }),
    workers: { type: "integer", min: 0, max: 64, description: "Hashing worker threads (default min(2, CPU cores, files); 0 hashes on the main thread)." },
    verify: {
      type: "string",
      default: "digest",
      choices: ["digest", "reread"],
      description: 'Verify-after-sign mode. "digest" (default): the written signature is parsed back and verified with the expected public key against the digest of the single read, and the file must be unchanged (inode, size, mtime, ctime). "reread": re-read and re-hash every file from disk (doubles the reading).'
    },
    timestamp: variant("timestamp", "what it stamps: the trusted comments", {
      description: "The {timestamp} of the trusted comments: unix seconds or an RFC 3339 date (e.g. the release commit's time). Default: SOURCE_DATE_EPOCH, else the commit time of HEAD in the workspace, else the clock. A fixed value makes a re-run write byte-identical signatures, also in a job without a checkout."
    }),
    "allow-outside-workspace": VOCABULARY["allow-outside-workspace"],
    json: variant("json", "names what is printed", { description: "Print the result as JSON." })
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
var verifySchema = defineSchema({
  name: "verify",
  summary: "verify a file against a minisign signature and public key (optionally binding the version)",
  options: {
    file: { type: "list", separator: "lines", required: true, description: "The file to verify.", cli: { positional: true, metavar: "FILE" } },
    sig: { type: "string", description: "The signature file (default: FILE.minisig, or FILE.sig for --format raw).", cli: { short: "x", metavar: "FILE.minisig" } },
    "public-key": variant("public-key", "required to verify; -p like minisign", {
      required: true,
      description: "The public key: a minisign .pub file, its RW… base64 line, or a path to either.",
      cli: { ...VOCABULARY["public-key"].cli, short: "p" }
    }),
    version: variant("version", "a check here, not a value written", {
      description: `Also require the trusted comment's "version:" to equal this (rollback protection; a leading v is ignored; a comment with two version fields is refused).`
    }),
    "require-prehashed": flag("Refuse legacy (non-prehashed) Ed signatures, like minisign -H."),
    format: variant("format", "what verifying reads", { description: '"raw": the signature file holds base64 of a 64-byte Ed25519 signature over the file bytes.' }),
    quiet: { type: "boolean", default: false, description: "Print nothing on success.", cli: { short: "q" } }
  }
});
var keygenSchema = defineSchema({
  name: "keygen",
  summary: "create a minisign-compatible Ed25519 key pair (optionally password-encrypted)",
  options: {
    out: { type: "string", required: true, description: "Folder for NAME.key and NAME.pub (created when missing).", cli: { short: "o", metavar: "DIR" } },
    password: variant("password", "encrypts a NEW key: the legacy RELFORGE_KEY_PASSWORD is not read, so a stale variable cannot encrypt a key by surprise", {
      env: ["MINISIGN_PASSWORD"],
      description: "Encrypt the secret key with this password (scrypt with minisign's limits: opening it takes about 1 GiB of memory and a few seconds, like minisign). Without it the key is unencrypted, like minisign -G -W."
    }),
    name: { type: "string", default: "minisign", description: "File name of the pair (letters, digits, . _ -)." },
    force: variant("force", "-f like minisign", { description: "Overwrite existing files (kept otherwise).", cli: { short: "f" } })
  }
});

export {
  signEd25519Schema,
  signFilesOptions,
  verifySchema,
  keygenSchema
};
