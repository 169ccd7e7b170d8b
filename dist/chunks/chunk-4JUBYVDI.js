import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  PRODUCT_RE,
  canonicalJson
} from "./chunk-PUJDSSOW.js";
import {
  describeFailure,
  request
} from "./chunk-YF5KYWNU.js";
import {
  urlInputProblem
} from "./chunk-QMOW4FBF.js";
import {
  legacyMessage
} from "./chunk-H3MUK3LW.js";
import {
  formatSignature,
  parsePublicKey,
  parseSignature,
  verifySignature
} from "./chunk-XOUA3GKF.js";
import {
  VOCABULARY,
  variant
} from "./chunk-BLP2XCSJ.js";
import {
  defineSchema,
  flag,
  requiredString
} from "./chunk-E2MW5JXR.js";
import {
  FORGE_REGISTRY,
  PACKAGE_TARGETS
} from "./chunk-ZJ4GZZ6R.js";
import {
  RelforgeError,
  errorMessage,
  fieldError
} from "./chunk-ZSVB6QKT.js";

// src/packages/options.ts
var forgesOf = (target) => FORGE_REGISTRY.filter((f) => f.packageTargets.includes(target)).map((f) => f.product);
var uploadPackagesSchema = defineSchema({
  name: "upload-packages",
  summary: "verify, sign a manifest for and upload per-platform packages (manifest last)",
  description: "Signed per-platform packages for update servers: verifies every package's minisign signature against a pinned key, writes and signs one manifest (relforge.packages/v1, optional Tauri latest.json), uploads the packages to a forge release, the Gitea/Forgejo generic package registry or an HTTP update server, reads every file back, and uploads the manifest last. Matrix-friendly: stage fragments per job, merge once.",
  options: {
    packages: {
      type: "string",
      only: "action",
      description: 'The package files: glob patterns (one per line; the platform is inferred from names such as agent-linux-amd64 or agent_windows_x86_64.exe; *.minisig files are skipped), or a YAML map "platform: file" (e.g. "linux-x86_64: dist/agent"). Each file needs its signature beside it (<file>.minisig). Leave empty when "fragments" is set.'
    },
    "package-files": {
      type: "list",
      separator: "lines",
      only: "cli",
      description: "Glob patterns of the package files (repeatable; the platform is inferred from each name; *.minisig files are skipped).",
      cli: { flag: "packages", metavar: "GLOB" }
    },
    map: {
      type: "string",
      only: "cli",
      description: 'A YAML map "platform: file" instead of globs (e.g. "linux-x86_64: dist/agent"; a value may be {file, authenticode-subject}).',
      cli: { metavar: "YAML", fileFlag: true }
    },
    fragments: {
      type: "list",
      separator: "lines",
      description: 'Merge job of a matrix — glob of the fragment files staged by the build jobs (e.g. "artifacts/**/fragment-*.json"). Refuses duplicate platforms and fragments that disagree.',
      cli: { metavar: "GLOB" }
    },
    stage: flag("Build-job mode — verify this job's packages and write a fragment into out-dir (upload out-dir with actions/upload-artifact); nothing is published."),
    product: VOCABULARY.product,
    version: variant("version", "required; SemVer", { required: true, description: `Version being published (SemVer; a leading v is dropped), e.g. next-version's "version" output.` }),
    channel: {
      type: "string",
      description: `Update channel written into the manifest and its signed trusted comment. Default the version's prerelease id (1.4.0-beta.2 → beta), else "stable". "stable" with a prerelease version is refused.`,
      cli: { metavar: "CHANNEL" }
    },
    commit: variant("commit", `defaults to the run's commit; its time is the manifest's "created"`, {
      description: `Commit the packages were built from. Default GITHUB_SHA. Its commit time (or SOURCE_DATE_EPOCH) is the manifest's "created", so a re-run writes identical bytes.`,
      env: ["GITHUB_SHA"]
    }),
    "require-platforms": {
      type: "list",
      description: 'Platforms that must all be present (one per line or comma-separated, e.g. "linux-x86_64, windows-x86_64, darwin-aarch64"); aliases like linux-amd64 are accepted.',
      cli: { metavar: "PLATFORMS" }
    },
    "public-key": variant("public-key", "required; what must match it", {
      required: true,
      description: "Pinned minisign public key (the .pub text or its RW… line). Every package signature and the manifest signing key must match it."
    }),
    "private-key": variant("private-key", "what it signs; not needed to stage", {
      description: "minisign secret key (or base64 of it, Tauri style) that signs the manifest; must belong to public-key. Not needed with stage true."
    }),
    password: VOCABULARY.password,
    "authenticode-root": {
      type: "string",
      description: "PEM bundle of trusted roots for Windows packages (.exe/.msi/.dll/.sys). When set, each must carry a valid, timestamped Authenticode signature chaining to them, and the verified signer subject is recorded in the manifest.",
      cli: { pathOrValue: true, metavar: "PEM" }
    },
    "authenticode-tsa-root": { type: "string", description: "PEM bundle of trusted timestamping roots (default authenticode-root).", cli: { pathOrValue: true, metavar: "PEM" } },
    "authenticode-subject": {
      type: "string",
      description: 'Signer subject pin for Windows packages, e.g. "CN=Contoso Ltd, O=Contoso Ltd" (every attribute must match).',
      cli: { metavar: "SUBJECT" }
    },
    "authenticode-eku": {
      type: "list",
      separator: "lines",
      description: "EKU OIDs the signer certificate must carry besides code signing (one per line; e.g. the Trusted Signing identity EKU).",
      cli: { metavar: "OID" }
    },
    "windows-signing-required": flag(
      "Fail closed when a Windows file (.exe/.dll/.msi/.msix/.sys, or a PE/MSI by content whatever its name) has no valid, timestamped Authenticode signature chaining to authenticode-root (default Microsoft Identity Verification Root CA 2020, the Trusted Signing root). Without it, Windows files are checked only when authenticode-root is set."
    ),
    target: {
      type: "string",
      choices: PACKAGE_TARGETS,
      description: `Where to publish — "release" (assets of the forge release for the tag), "gitea-generic" (${forgesOf("gitea-generic").join("/")} generic package registry) or "http" (PUT to upload-url). Default "http" when upload-url is set, else "release".`
    },
    "upload-url": {
      type: "string",
      description: "target http — PUT URL template, e.g. https://updates.example.com/api/v1/packages/{product}/{version}/{platform}/{file}. Placeholders {product} {version} {channel} {platform} {os} {arch} {file}; must contain {version} and {file}. The manifest goes to the same template without the per-platform segment. No user:password@ (use package-token).",
      cli: { metavar: "TEMPLATE" }
    },
    "package-token": variant("package-token", "per target", {
      description: "target gitea-generic — a token with write:package (the job token cannot write packages); target http — the bearer token of the update server."
    }),
    "package-owner": { type: "string", description: "target gitea-generic — owner of the package (default the repository owner).", cli: { metavar: "OWNER" } },
    "read-back": {
      type: "string",
      default: "auto",
      choices: ["auto", "download"],
      description: `target http — how uploads are verified, "auto" (the server's digest header, else re-download) or "download" (always re-download and hash).`
    },
    token: variant("token", "target release only", { description: "target release — forge token with contents write (GitHub) / write:repository (Gitea)." }),
    tag: variant("tag", "target release only, with a default", { description: 'target release — the release tag. Default "v<version>".' }),
    forge: variant("forge", "targets release and gitea-generic only", { description: `targets release and gitea-generic — ${VOCABULARY.forge.description}` }),
    "api-url": variant("api-url", "targets release and gitea-generic only", { description: `targets release and gitea-generic — ${VOCABULARY["api-url"].description}` }),
    repository: variant("repository", "targets release and gitea-generic only; the action takes the run's repository (not an input)", {
      only: "cli",
      description: `targets release and gitea-generic — ${VOCABULARY.repository.description}`
    }),
    "base-url": {
      type: "string",
      description: "Public download URL template written into the manifest (same placeholders; must contain {version} so no cache serves an old build as new). Default derived from the target. No user:password@.",
      cli: { metavar: "TEMPLATE" }
    },
    tauri: flag("Also write and upload Tauri's static latest.json (same platform keys; signature = base64 of the .minisig text)."),
    "expires-in": {
      type: "string",
      description: "Optional validity of the manifest, e.g. 90d or 12h. Verifiers (relforge verify-package) refuse it afterwards, so a frozen mirror cannot serve an old manifest forever; re-publish before it passes. Default no expiry.",
      cli: { metavar: "DURATION" }
    },
    "tauri-preferred-bundles": {
      type: "string",
      description: `The bundle a generic <os>-<arch> key stands for, per OS, e.g. "windows=msi" (default windows=nsis, macos=app, linux=appimage, as tauri-action). latest.json gets each missing generic key beside the bundle keys, pointing at that bundle (or the OS's only updater bundle), for Tauri v1 and tauri-plugin-updater ≤ 2.9; a file signed for the preferred bundle may also be mapped to the generic key.`,
      cli: { metavar: "OS=BUNDLE,…" }
    },
    notes: { type: "string", description: "Release notes for latest.json.", cli: { metavar: "TEXT", fileFlag: true } },
    roots: {
      type: "string",
      description: "Directory of the root chain (1.root.json … N.root.json, made with relforge trust) to publish before the packages, for agents that ship a root: checked as agents would (and the signing key must be a release key of the newest root), uploaded first, never removed. http: <upload-url without the platform segment, {version} → roots>/N.root.json; release: assets; gitea-generic: files of the version.",
      cli: { metavar: "DIR" }
    },
    "out-dir": {
      type: "string",
      default: "relforge-packages",
      description: "Local directory for manifest.json, its signature, manifest.signed.json, latest.json and (stage) the fragment.",
      cli: { metavar: "DIR" }
    },
    "dry-run": variant("dry-run", "says what this step skips", { description: "Verify everything and write the signed manifest locally, upload nothing." }),
    json: variant("json", "names what is printed", { description: "Print the result as JSON." })
  },
  outputs: {
    manifest: "Path of the local manifest.json (its signature is manifest.json.minisig beside it).",
    "manifest-url": "Where the manifest is served.",
    "signed-manifest-url": "Where manifest.signed.json (the manifest and its signature in one file) is served.",
    tauri: "Path of latest.json (empty unless tauri is true).",
    packages: 'JSON array: [{"platform","file","size","sha256","url"}] (stage: without url).',
    fragment: "stage true — path of the fragment file written into out-dir."
  }
});
var verifyPackageSchema = defineSchema({
  name: "verify-package",
  summary: "decide install / up to date / refused for a signed package manifest (exit 0 / 10 / 20)",
  options: {
    manifest: requiredString("manifest.json as downloaded, or manifest.signed.json (manifest and signature in one file; then no --signature is needed).", "FILE"),
    signature: { type: "string", description: "manifest.json.minisig (default: <manifest>.minisig; not used with manifest.signed.json).", cli: { metavar: "FILE", aliases: ["sig"] } },
    "public-key": variant("public-key", "single-key agents; or --trust-root", { description: "Pinned minisign public key: a .pub file or its RW… line (single-key agents). Give this or --trust-root." }),
    "trust-root": {
      type: "string",
      description: "The root the agent ships (N.root.json): keys come from its root chain (rotation, revocation, thresholds, expiry). Give this or --public-key.",
      cli: { metavar: "FILE" }
    },
    roots: {
      type: "string",
      description: "Where newer roots are (with --trust-root): a directory of N.root.json files, or a URL template with {version} (https://…/roots/{version}.root.json). None: the shipped root only.",
      cli: { metavar: "DIR|URL" }
    },
    product: variant("product", "what installs it", { description: "The product this agent or server installs: a manifest of another product signed by the same key is refused." }),
    platform: requiredString(
      "This machine's platform key, e.g. linux-x86_64 or windows-x86_64-msi (aliases such as linux-amd64 accepted). A generic key missing from the manifest falls back to the preferred bundle, as latest.json does.",
      "PLATFORM"
    ),
    "preferred-bundles": {
      type: "string",
      description: "The bundle a generic <os>-<arch> platform falls back to, per OS (default windows=nsis, macos=app, linux=appimage; the publisher's tauri-preferred-bundles).",
      cli: { metavar: "OS=BUNDLE,…" }
    },
    installed: requiredString('The installed version, or "none" for a fresh install.', "VERSION|none"),
    channels: {
      type: "list",
      description: "Channels to accept (comma-separated). Default stable plus the installed version's prerelease channel (1.3.0-beta.2 → beta).",
      cli: { metavar: "CHANNELS" }
    },
    "allow-downgrade": flag("Accept a version older than the installed one (an operator-initiated rollback)."),
    file: { type: "string", description: "A downloaded package to check against the manifest: size, SHA-256 and its minisign signature.", cli: { metavar: "FILE" } },
    now: { type: "string", description: "The time to check expiry against (RFC 3339, e.g. 2026-06-01T00:00:00Z; default the clock): for conformance runs and tests.", cli: { metavar: "TIME" } },
    json: variant("json", "names what is printed", { description: "Print the decision as JSON." })
  }
});

// src/packages/trust/core/root.ts
var ROOT_TYPE = "relforge-root";
var ROOT_SPEC_VERSION = "1";
var ROOT_MAX_BYTES = 256 * 1024;
var MAX_ROOT_ROTATIONS = 256;
var ROLES = ["root", "release"];
var TrustError = class extends Error {
  reason;
  constructor(reason, message) {
    super(message);
    this.name = "TrustError";
    this.reason = reason;
  }
};
var KEYID_RE = /^[0-9A-F]{16}$/;
var RFC3339_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
var SIGNED_FIELDS = ["type", "specVersion", "product", "version", "expires", "roles", "keys"];
function canonicalRootBytes(signed) {
  return Buffer.from(canonicalJson(signed), "utf8");
}
function serializeRoot(env) {
  const problems = rootProblems(env.signed);
  if (problems.length) throw new TrustError("invalid-root", problems.join("; "));
  const signatures = [...env.signatures].sort((a, b) => a.keyId < b.keyId ? -1 : a.keyId > b.keyId ? 1 : 0);
  return canonicalJson({ signed: env.signed, signatures });
}
function rootProblems(s) {
  const p = [];
  if (typeof s !== "object" || s === null || Array.isArray(s)) return ['"signed" is not a JSON object'];
  for (const k of Object.keys(s)) if (!SIGNED_FIELDS.includes(k)) p.push(`"signed" has an unknown field "${k}" (spec version ${ROOT_SPEC_VERSION} knows ${SIGNED_FIELDS.join(", ")})`);
  if (s.type !== ROOT_TYPE) p.push(`type is "${String(s.type)}", expected "${ROOT_TYPE}"`);
  if (s.specVersion !== ROOT_SPEC_VERSION) p.push(`specVersion is "${String(s.specVersion)}", this client knows "${ROOT_SPEC_VERSION}"`);
  if (typeof s.product !== "string" || !PRODUCT_RE.test(s.product)) p.push(`product "${String(s.product)}" must match ${PRODUCT_RE}`);
  if (!Number.isSafeInteger(s.version) || s.version < 1) p.push(`version must be a whole number ≥ 1, got ${JSON.stringify(s.version)}`);
  if (typeof s.expires !== "string" || !RFC3339_RE.test(s.expires) || Number.isNaN(Date.parse(s.expires))) p.push(`expires "${String(s.expires)}" must be an RFC 3339 UTC time with second precision (2027-01-31T00:00:00Z)`);
  const keys = s.keys;
  if (typeof keys !== "object" || keys === null || Array.isArray(keys)) {
    p.push("keys must be an object of key id → minisign public key (RW… line)");
    return p;
  }
  for (const [id, b64] of Object.entries(keys)) {
    if (!KEYID_RE.test(id)) p.push(`keys: "${id}" is not a minisign key id (16 upper-case hex digits)`);
    let pk;
    try {
      if (typeof b64 !== "string" || b64.includes("\n")) throw new Error("not a single RW… line");
      pk = parsePublicKey(b64);
    } catch (err) {
      p.push(`keys.${id} is not a minisign public key line: ${err.message}`);
      continue;
    }
    if (pk.keyIdHex !== id) p.push(`keys.${id} holds a key whose own id is ${pk.keyIdHex}: a key is listed under its minisign key id`);
    if (pk.base64 !== b64) p.push(`keys.${id} must be the bare RW… line`);
  }
  const roles = s.roles;
  if (typeof roles !== "object" || roles === null || Array.isArray(roles)) {
    p.push('roles must be {"root": {…}, "release": {…}}');
    return p;
  }
  for (const k of Object.keys(roles)) if (!ROLES.includes(k)) p.push(`roles has an unknown role "${k}" (known: ${ROLES.join(", ")})`);
  const used = /* @__PURE__ */ new Map();
  for (const name of ROLES) {
    const r = roles[name];
    if (typeof r !== "object" || r === null) {
      p.push(`roles.${name} is missing`);
      continue;
    }
    for (const k of Object.keys(r)) if (k !== "keyIds" && k !== "threshold") p.push(`roles.${name} has an unknown field "${k}"`);
    if (!Array.isArray(r.keyIds) || r.keyIds.length === 0) {
      p.push(`roles.${name}.keyIds must list at least one key id`);
      continue;
    }
    const seen = /* @__PURE__ */ new Set();
    for (const id of r.keyIds) {
      if (typeof id !== "string" || !(id in keys)) p.push(`roles.${name}.keyIds names ${String(id)}, which is not in keys`);
      if (seen.has(id)) p.push(`roles.${name}.keyIds names ${id} twice`);
      seen.add(id);
      const other = used.get(id);
      if (other && other !== name) p.push(`key ${id} is in both the ${other} and the ${name} role: root keys stay offline, release keys live in CI — use separate keys`);
      used.set(id, name);
    }
    if ([...r.keyIds].sort().join() !== r.keyIds.join()) p.push(`roles.${name}.keyIds must be sorted`);
    if (!Number.isSafeInteger(r.threshold) || r.threshold < 1 || r.threshold > r.keyIds.length) {
      p.push(`roles.${name}.threshold must be a whole number from 1 to ${r.keyIds.length} (the number of its keys), got ${JSON.stringify(r.threshold)}`);
    }
  }
  for (const id of Object.keys(keys)) if (!used.has(id)) p.push(`keys.${id} is in no role (remove it)`);
  return p;
}
function parseRoot(text, where = "the root") {
  if (Buffer.byteLength(text) > ROOT_MAX_BYTES) throw new TrustError("invalid-root", `${where} is larger than ${ROOT_MAX_BYTES} bytes`);
  let v;
  try {
    v = JSON.parse(text);
  } catch (err) {
    throw new TrustError("invalid-root", `${where} is not valid JSON: ${err.message}`);
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new TrustError("invalid-root", `${where} is not a JSON object`);
  const extra = Object.keys(v).filter((k) => k !== "signed" && k !== "signatures");
  const problems = extra.map((k) => `unknown top-level field "${k}" (an envelope has "signed" and "signatures")`);
  problems.push(...rootProblems(v.signed));
  if (!Array.isArray(v.signatures)) problems.push("signatures must be an array");
  else
    v.signatures.forEach((s, i) => {
      if (typeof s !== "object" || s === null || typeof s.keyId !== "string" || typeof s.minisig !== "string") problems.push(`signatures[${i}] must be {"keyId": "<16 hex>", "minisig": "<.minisig text>"}`);
      else if (Object.keys(s).some((k) => k !== "keyId" && k !== "minisig")) problems.push(`signatures[${i}] has unknown fields`);
    });
  if (problems.length) throw new TrustError("invalid-root", `${where} is not a valid ${ROOT_TYPE} document: ${problems.join("; ")}`);
  return v;
}
function publicKeyOf(root, keyId) {
  return parsePublicKey(root.keys[keyId]);
}
function countSignatures(bytes, minisigs, role, keysOf, accept) {
  const valid = /* @__PURE__ */ new Set();
  const invalid = /* @__PURE__ */ new Set();
  const strangers = /* @__PURE__ */ new Set();
  const rejections = [];
  for (const text of minisigs) {
    let sig;
    try {
      sig = parseSignature(text);
    } catch {
      invalid.add("(malformed)");
      continue;
    }
    const id = sig.keyIdHex;
    if (!role.keyIds.includes(id)) {
      strangers.add(id);
      continue;
    }
    try {
      const r = verifySignature(sig, publicKeyOf(keysOf, id), { data: bytes });
      const no = accept?.(r.trustedComment, id);
      if (no) {
        rejections.push(no);
        invalid.add(id);
      } else valid.add(id);
    } catch {
      invalid.add(id);
    }
  }
  for (const id of valid) invalid.delete(id);
  return { valid: [...valid].sort(), invalid: [...invalid].sort(), strangers: [...strangers].sort(), threshold: role.threshold, met: valid.size >= role.threshold, rejections };
}
function envelopeMinisigs(env) {
  return env.signatures.map((s) => {
    try {
      return parseSignature(s.minisig).keyIdHex === s.keyId ? s.minisig : "";
    } catch {
      return "";
    }
  });
}
function requireThreshold(c, what, roleDesc, bad, unknown, few, alsoKnown = []) {
  if (c.met) return;
  c = { ...c, strangers: c.strangers.filter((id) => !alsoKnown.includes(id)) };
  const got = `${c.valid.length} valid signature(s)${c.valid.length ? ` (${c.valid.join(", ")})` : ""}, ${c.threshold} needed`;
  if (c.invalid.length) throw new TrustError(bad, `${what}: the signature(s) by ${c.invalid.join(", ")} do not verify — altered after signing, or a broken signature; ${got} by ${roleDesc}`);
  if (c.strangers.length) throw new TrustError(unknown, `${what} is signed by ${c.strangers.join(", ")}, not key(s) of ${roleDesc}; ${got}`);
  throw new TrustError(few, `${what}: threshold not met — ${got} by ${roleDesc}`);
}
function requireNoCollision(prev, next) {
  for (const [id, b64] of Object.entries(next.keys)) {
    const old = prev.keys[id];
    if (old !== void 0 && old !== b64) {
      throw new TrustError("root-key-collision", `root ${next.version} lists key id ${id} with a different public key than root ${prev.version}: two keys share one minisign key id; generate a new key`);
    }
  }
}
function trustShippedRoot(text, product) {
  const env = parseRoot(text, "the shipped root");
  if (product !== void 0 && env.signed.product !== product) {
    throw new TrustError("root-product-mismatch", `the shipped root is for product "${env.signed.product}", expected "${product}"`);
  }
  const c = countSignatures(canonicalRootBytes(env.signed), envelopeMinisigs(env), env.signed.roles.root, env.signed);
  requireThreshold(c, `the shipped root (version ${env.signed.version})`, "its own root role", "root-bad-signature", "root-unknown-key", "root-threshold");
  return env.signed;
}
function nextRoot(trusted, text) {
  const want = trusted.version + 1;
  const env = parseRoot(text, `root ${want}`);
  const next = env.signed;
  requireNoCollision(trusted, next);
  const bytes = canonicalRootBytes(next);
  const sigs = envelopeMinisigs(env);
  const byPrev = countSignatures(bytes, sigs, trusted.roles.root, trusted);
  requireThreshold(byPrev, `${want}.root.json`, `the root role of root ${trusted.version} (the previous root)`, "root-bad-signature", "root-unknown-key", "root-threshold", next.roles.root.keyIds);
  const byOwn = countSignatures(bytes, sigs, next.roles.root, next);
  requireThreshold(byOwn, `${want}.root.json`, `its own root role`, "root-bad-signature", "root-unknown-key", "root-threshold", trusted.roles.root.keyIds);
  if (next.version < want) throw new TrustError("root-rollback", `${want}.root.json holds version ${next.version}, but version ${trusted.version} is already trusted: a rollback to an older root is refused`);
  if (next.version > want) throw new TrustError("root-gap", `${want}.root.json holds version ${next.version}: versions must follow each other exactly (N+1), a gap in the chain is refused`);
  if (next.product !== trusted.product) throw new TrustError("root-product-mismatch", `root ${want} is for product "${next.product}", the trusted root for "${trusted.product}": another product's root is refused`);
  return next;
}
function requireUnexpired(root, now) {
  if (now.getTime() >= Date.parse(root.expires)) {
    throw new TrustError("root-expired", `the newest root (version ${root.version}) expired at ${root.expires}: a mirror may be freezing the chain, or the root holders must publish root ${root.version + 1}`);
  }
}
function verifyChain(shippedText, next, now, product) {
  let root = trustShippedRoot(shippedText, product);
  const walked = [];
  for (; ; ) {
    const text = next(root.version + 1);
    if (text === void 0) break;
    if (walked.length >= MAX_ROOT_ROTATIONS) throw new TrustError("root-chain-too-long", `more than ${MAX_ROOT_ROTATIONS} root versions after the shipped root: refusing to walk further (ship a newer root with the agent)`);
    root = nextRoot(root, text);
    walked.push(root.version);
  }
  requireUnexpired(root, now);
  return { root, walked };
}
function releaseThreshold(root, bytes, minisigs, accept) {
  return countSignatures(bytes, minisigs, root.roles.release, root, accept);
}
function buildRoot(spec) {
  const keys = {};
  const ids = (list, role) => {
    const out = /* @__PURE__ */ new Set();
    for (const text of list) {
      const k = parsePublicKey(text);
      const have = keys[k.keyIdHex];
      if (have !== void 0 && have !== k.base64) throw new TrustError("root-key-collision", `two different ${role}/other keys share the minisign key id ${k.keyIdHex}: generate a new key (ids must name one key)`);
      keys[k.keyIdHex] = k.base64;
      out.add(k.keyIdHex);
    }
    return [...out].sort();
  };
  const signed = {
    type: ROOT_TYPE,
    specVersion: ROOT_SPEC_VERSION,
    product: spec.product,
    version: spec.version,
    expires: spec.expires,
    roles: { root: { keyIds: ids(spec.rootKeys, "root"), threshold: spec.rootThreshold }, release: { keyIds: ids(spec.releaseKeys, "release"), threshold: spec.releaseThreshold } },
    keys
  };
  const problems = rootProblems(signed);
  if (problems.length) throw new TrustError("invalid-root", problems.join("; "));
  return { signed, signatures: [] };
}
function rotateRoot(prev, spec) {
  if (spec.product !== void 0 && spec.product !== prev.product) {
    throw new TrustError("root-product-mismatch", `--product ${spec.product} differs from the previous root's product "${prev.product}": a chain belongs to one product`);
  }
  const env = buildRoot({ ...spec, product: prev.product, version: prev.version + 1 });
  requireNoCollision(prev, env.signed);
  return env;
}
function rootSigners(root, previous) {
  const out = {};
  for (const r of [previous, root]) if (r) for (const id of r.roles.root.keyIds) out[id] = r.keys[id];
  return out;
}
function addSignature(env, minisig, signers) {
  const sig = parseSignature(minisig);
  const id = sig.keyIdHex;
  const key = signers[id];
  if (key === void 0) {
    throw new TrustError("root-unknown-key", `key ${id} is not a root key of root ${env.signed.version} (nor of the previous root, when given): only root keys sign roots; release keys sign manifests`);
  }
  const pk = parsePublicKey(key);
  const bytes = canonicalRootBytes(env.signed);
  try {
    verifySignature(sig, pk, { data: bytes });
  } catch (err) {
    throw new TrustError("root-bad-signature", `the signature by ${id} does not verify over root ${env.signed.version}'s canonical bytes (was it made over another file?): ${err.message}`);
  }
  const existing = env.signatures.find((s) => s.keyId === id);
  if (existing) {
    try {
      verifySignature(parseSignature(existing.minisig), pk, { data: bytes });
      return { envelope: env, added: false, keyId: id };
    } catch {
    }
  }
  const signatures = [...env.signatures.filter((s) => s.keyId !== id), { keyId: id, minisig: formatSignature(sig) }];
  return { envelope: { signed: env.signed, signatures }, added: true, keyId: id };
}
function parseDuration(text) {
  const m = /^(\d{1,6})([smhdw])$/.exec(text.trim());
  if (!m) return void 0;
  const unit = { s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 7 * 864e5 }[m[2]];
  const ms = Number(m[1]) * unit;
  return ms > 0 ? ms : void 0;
}
function rfc3339(date) {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

// src/packages/trust/roots.ts
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
var ROOT_FILE_RE = /^([1-9]\d{0,8})\.root\.json$/;
function rootFileName(version) {
  return `${version}.root.json`;
}
function directorySource(dir) {
  return {
    describe: dir,
    async get(version) {
      try {
        const buf = await readFile(join(dir, rootFileName(version)));
        if (buf.length > ROOT_MAX_BYTES) throw new TrustError("invalid-root", `${rootFileName(version)} in ${dir} is larger than ${ROOT_MAX_BYTES} bytes`);
        return buf.toString("utf8");
      } catch (err) {
        if (err.code === "ENOENT") return void 0;
        throw err instanceof TrustError ? err : new RelforgeError(`Cannot read ${join(dir, rootFileName(version))}: ${errorMessage(err)}`);
      }
    },
    async later(version) {
      let names;
      try {
        names = await readdir(dir);
      } catch (err) {
        throw new RelforgeError(`Cannot list the roots directory ${dir}: ${errorMessage(err)} (give --roots a directory holding N.root.json files, or a URL template with {version})`);
      }
      return names.flatMap((n) => {
        const m = ROOT_FILE_RE.exec(n);
        return m && Number(m[1]) > version ? [Number(m[1])] : [];
      });
    }
  };
}
function rootsTemplateProblem(template) {
  if (!template.includes("{version}")) return "must contain {version} (e.g. https://updates.example.com/roots/{version}.root.json).";
  const other = [...template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]).filter((n) => n !== "version");
  if (other.length) return `has the unknown placeholder {${other[0]}}: only {version} is filled in.`;
  return urlInputProblem(template.replaceAll("{version}", "1"));
}
function urlTemplateSource(template, opts = {}) {
  const problem = rootsTemplateProblem(template);
  if (problem) throw fieldError("roots", problem);
  return {
    describe: template,
    async get(version) {
      const url = template.replaceAll("{version}", String(version));
      let chunks = [];
      const tooLarge = new RelforgeError(`${url} is larger than ${ROOT_MAX_BYTES} bytes: not a root`);
      const consume = async (body) => {
        chunks = [];
        let size = 0;
        for await (const c of body) {
          size += c.length;
          if (size > ROOT_MAX_BYTES) throw tooLarge;
          chunks.push(c);
        }
      };
      let res;
      try {
        res = await request({ method: "GET", url, followRedirects: 3, timeoutMs: opts.timeoutMs ?? 3e4, attempts: opts.attempts ?? 3, baseDelayMs: 500, headers: { accept: "application/json" }, consume });
      } catch (err) {
        if (err === tooLarge) throw new TrustError("invalid-root", tooLarge.message);
        throw err;
      }
      if (res.status === 404 || res.status === 410) return void 0;
      if (res.status !== 200) throw new RelforgeError(`Cannot fetch root ${version}: ${describeFailure(res, `GET ${url}`)} (a client never treats an error as "no newer root")`);
      return Buffer.concat(chunks).toString("utf8");
    }
  };
}
function rootSource(spec) {
  return /^https?:\/\//i.test(spec.trim()) ? urlTemplateSource(spec.trim()) : directorySource(spec);
}
async function walkRootChain(shippedText, source, opts = {}) {
  let root = trustShippedRoot(shippedText, opts.product);
  const walked = [];
  if (source) {
    for (; ; ) {
      const text = await source.get(root.version + 1);
      if (text === void 0) break;
      if (walked.length >= MAX_ROOT_ROTATIONS) throw new TrustError("root-chain-too-long", `more than ${MAX_ROOT_ROTATIONS} root versions after the shipped root in ${source.describe}: refusing to walk further (ship a newer root with the agent)`);
      root = nextRoot(root, text);
      walked.push(root.version);
    }
    const later = source.later ? await source.later(root.version + 1) : [];
    if (later.length) {
      throw new TrustError("root-gap", `${source.describe} has ${later.sort((a, b) => a - b).map(rootFileName).join(", ")} but no ${rootFileName(root.version + 1)}: a gap in the chain is refused (publish every version)`);
    }
  }
  requireUnexpired(root, opts.now ?? /* @__PURE__ */ new Date());
  return { root, walked };
}

// src/packages/package-signature.ts
async function verifyPackageSignature(sig, pin, path, blake2b512Hex) {
  const data = sig.algorithm === "Ed" ? await legacyMessage(path, sig, pin) : void 0;
  return verifySignature(sig, pin, { digest: Buffer.from(blake2b512Hex, "hex"), data });
}

export {
  uploadPackagesSchema,
  verifyPackageSchema,
  verifyPackageSignature,
  TrustError,
  canonicalRootBytes,
  serializeRoot,
  parseRoot,
  verifyChain,
  releaseThreshold,
  buildRoot,
  rotateRoot,
  rootSigners,
  addSignature,
  parseDuration,
  rfc3339,
  rootFileName,
  rootSource,
  walkRootChain
};
