import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  require_semver
} from "./chunk-QDGQJLQ4.js";
import {
  isSecureUrl
} from "./chunk-QMOW4FBF.js";
import {
  genericAliases,
  isPlatformKey,
  isTauriPlatform,
  parsePlatformKey,
  preferredBundleKey
} from "./chunk-EMFWNUUK.js";
import {
  FormatError
} from "./chunk-ZSVB6QKT.js";
import {
  __toESM
} from "./chunk-YAGOLX6F.js";

// src/packages/core/manifest.ts
var import_semver = __toESM(require_semver(), 1);
var MANIFEST_SCHEMA = "relforge.packages/v1";
var FRAGMENT_SCHEMA = "relforge.packages-fragment/v1";
var MANIFEST_FILE = "manifest.json";
var SIG_SUFFIX = ".minisig";
var SIGNED_MANIFEST_FILE = "manifest.signed.json";
var SIGNED_MANIFEST_SCHEMA = "relforge.signed-manifest/v1";
var PackagesManifestError = class extends FormatError {
  problems;
  constructor(problems) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems:
- ${problems.join("\n- ")}`);
    this.problems = problems;
  }
};
var PRODUCT_RE = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
var CHANNEL_RE = /^[a-z][a-z0-9-]{0,31}$/;
var FILE_RE = /^[A-Za-z0-9][A-Za-z0-9._+~=@-]{0,254}$/;
var SHA256_RE = /^[0-9a-f]{64}$/;
var KEYID_RE = /^[0-9A-F]{16}$/;
var COMMIT_RE = /^(?:[0-9a-f]{40}|[0-9a-f]{64})?$/;
var RFC3339_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
function defaultChannel(version) {
  const pre = (0, import_semver.prerelease)(version);
  if (!pre || pre.length === 0) return "stable";
  const first = String(pre[0]).toLowerCase();
  return CHANNEL_RE.test(first) ? first : "prerelease";
}
function channelVersionProblem(version, channel) {
  const pre = (0, import_semver.prerelease)(version);
  if (channel === "stable" && pre && pre.length > 0) {
    return `is "stable" but version ${version} is a prerelease: stable agents would be offered it. Leave the channel empty (it becomes "${defaultChannel(version)}") or publish a stable version.`;
  }
  return void 0;
}
function normalizeVersion(raw) {
  const t = raw.trim().replace(/^v(?=\d)/, "");
  return /^\d/.test(t) && (0, import_semver.parse)(t) !== null ? t : void 0;
}
function urlProblem(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return `"${url}" is not a valid URL`;
  }
  if (isSecureUrl(u)) return void 0;
  return `"${url}" must use https:// (http only for loopback addresses)`;
}
function minisigShapeProblem(text) {
  const lines = text.replace(/\r\n/g, "\n").replace(/\n$/, "").split("\n");
  if (lines.length !== 4) return `has ${lines.length} lines, a minisign signature has 4`;
  if (!lines[0].startsWith("untrusted comment:")) return 'line 1 is not an "untrusted comment:" line';
  if (!/^[A-Za-z0-9+/]{98}[A-Za-z0-9+/=]{2}$/.test(lines[1])) return "line 2 is not a 74-byte base64 signature";
  if (!lines[2].startsWith("trusted comment: ")) return 'line 3 is not a "trusted comment:" line (signify signatures are not accepted)';
  if (!/^[A-Za-z0-9+/]{86}==$/.test(lines[3])) return "line 4 is not a 64-byte base64 global signature";
  return void 0;
}
function normalizeMinisig(text) {
  return text.replace(/\r\n/g, "\n").replace(/\n*$/, "\n");
}
function parseTrustedComment(comment) {
  const out = {};
  for (const part of comment.split("	")) {
    const i = part.indexOf(":");
    if (i > 0) out[part.slice(0, i)] = part.slice(i + 1);
  }
  return out;
}
function manifestTrustedComment(m, file = MANIFEST_FILE) {
  const ts = Math.floor(Date.parse(m.created) / 1e3);
  const exp = m.expires ? `	expires:${Math.floor(Date.parse(m.expires) / 1e3)}` : "";
  return `timestamp:${ts}	file:${file}	product:${m.product}	version:${m.version}	channel:${m.channel}${exp}`;
}
function trustedCommentProblems(comment, m) {
  const tc = parseTrustedComment(comment);
  const problems = [];
  for (const field of ["product", "version", "channel"]) {
    if (tc[field] === void 0) problems.push(`the signature's trusted comment has no ${field} (it must bind product, version and channel)`);
    else if (tc[field] !== m[field]) problems.push(`the signature's trusted comment says ${field} "${tc[field]}" but the manifest says "${m[field]}"`);
  }
  return problems;
}
function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === "object") {
    const out = {};
    for (const k of Object.keys(v).sort()) {
      const x = v[k];
      if (x !== void 0) out[k] = sortKeys(x);
    }
    return out;
  }
  return v;
}
function canonicalJson(value) {
  return `${JSON.stringify(sortKeys(value), null, 2)}
`;
}
function serializeManifest(m) {
  const problems = manifestProblems(m);
  if (problems.length) throw new PackagesManifestError(problems);
  const packages = [...m.packages].sort((a, b) => a.platform < b.platform ? -1 : a.platform > b.platform ? 1 : 0).map((p) => ({ ...p, signatures: { ...p.signatures, minisign: normalizeMinisig(p.signatures.minisign) } }));
  return canonicalJson({ ...m, packages });
}
function entryProblems(p, where) {
  const problems = [];
  if (typeof p !== "object" || p === null) return [`${where} is not an object`];
  if (typeof p.platform !== "string" || !isPlatformKey(p.platform)) problems.push(`${where}.platform "${String(p.platform)}" is not a platform key (<os>-<arch>[-<bundle>])`);
  if (typeof p.file !== "string" || !FILE_RE.test(p.file)) problems.push(`${where}.file "${String(p.file)}" is not a safe file name`);
  if (!Number.isSafeInteger(p.size) || p.size < 0) problems.push(`${where}.size must be a non-negative integer`);
  if (typeof p.sha256 !== "string" || !SHA256_RE.test(p.sha256)) problems.push(`${where}.sha256 must be 64 lower-case hex digits`);
  if (typeof p.url !== "string") problems.push(`${where}.url is missing`);
  else {
    const u = urlProblem(p.url);
    if (u) problems.push(`${where}.url ${u}`);
  }
  const sig = p.signatures?.minisign;
  if (typeof sig !== "string") problems.push(`${where}.signatures.minisign is missing (every package must be signed)`);
  else {
    const s = minisigShapeProblem(sig);
    if (s) problems.push(`${where}.signatures.minisign ${s}`);
  }
  const ac = p.signatures?.authenticode;
  if (ac !== void 0 && (typeof ac !== "object" || ac === null || typeof ac.subject !== "string" || ac.subject === "")) {
    problems.push(`${where}.signatures.authenticode must be {"subject": "<signer subject>"}`);
  }
  return problems;
}
function manifestProblems(m) {
  const problems = [];
  if (typeof m !== "object" || m === null || Array.isArray(m)) return ["the manifest is not a JSON object"];
  if (m.schema !== MANIFEST_SCHEMA) problems.push(`schema is "${String(m.schema)}", expected "${MANIFEST_SCHEMA}"`);
  if (typeof m.product !== "string" || !PRODUCT_RE.test(m.product)) problems.push(`product "${String(m.product)}" must match ${PRODUCT_RE}`);
  if (typeof m.version !== "string" || normalizeVersion(m.version) !== m.version) problems.push(`version "${String(m.version)}" is not a SemVer 2.0.0 version (without a leading v)`);
  if (typeof m.channel !== "string" || !CHANNEL_RE.test(m.channel)) problems.push(`channel "${String(m.channel)}" must match ${CHANNEL_RE}`);
  if (typeof m.commit !== "string" || !COMMIT_RE.test(m.commit)) problems.push(`commit "${String(m.commit)}" must be a full lower-case git SHA (or empty)`);
  if (typeof m.created !== "string" || !RFC3339_RE.test(m.created) || Number.isNaN(Date.parse(m.created))) problems.push(`created "${String(m.created)}" must be an RFC 3339 UTC timestamp`);
  if (m.expires !== void 0) {
    if (typeof m.expires !== "string" || !RFC3339_RE.test(m.expires) || Number.isNaN(Date.parse(m.expires))) problems.push(`expires "${String(m.expires)}" must be an RFC 3339 UTC timestamp`);
    else if (typeof m.created === "string" && Date.parse(m.expires) <= Date.parse(m.created)) problems.push(`expires ${m.expires} must be after created ${m.created}`);
  }
  if (typeof m.keyId !== "string" || !KEYID_RE.test(m.keyId)) problems.push(`keyId "${String(m.keyId)}" must be 16 upper-case hex digits (the minisign key id)`);
  if (!Array.isArray(m.packages) || m.packages.length === 0) {
    problems.push("packages must be a non-empty array");
    return problems;
  }
  const platforms = /* @__PURE__ */ new Map();
  const urls = /* @__PURE__ */ new Map();
  m.packages.forEach((p, i) => {
    const where = `packages[${i}]${p && typeof p.platform === "string" ? ` (${p.platform})` : ""}`;
    problems.push(...entryProblems(p, where));
    if (p && typeof p.platform === "string") {
      if (platforms.has(p.platform)) problems.push(`platform ${p.platform} appears twice (packages[${platforms.get(p.platform)}] and packages[${i}])`);
      else platforms.set(p.platform, i);
    }
    if (p && typeof p.url === "string") {
      if (urls.has(p.url)) problems.push(`${p.platform} and ${urls.get(p.url)} have the same url ${p.url}`);
      else urls.set(p.url, p.platform);
    }
  });
  return problems;
}
function parseManifest(text) {
  let m;
  try {
    m = JSON.parse(text);
  } catch (err) {
    throw new PackagesManifestError([`the manifest is not valid JSON: ${err.message}`]);
  }
  const problems = manifestProblems(m);
  if (problems.length) throw new PackagesManifestError(problems);
  return m;
}
function findPackage(m, platform, preferredBundles) {
  const p = parsePlatformKey(platform);
  const keys = p.bundle ? [platform, `${p.os}-${p.arch}`] : [platform];
  for (const k of keys) {
    const hit = m.packages.find((e) => e.platform === k);
    if (hit) return hit;
  }
  if (p.bundle) return void 0;
  const alias = preferredBundleKey(platform, m.packages.map((e) => e.platform), preferredBundles);
  return alias ? m.packages.find((e) => e.platform === alias) : void 0;
}
function fragmentProblems(f, name) {
  const problems = [];
  if (typeof f !== "object" || f === null) return [`${name} is not a JSON object`];
  if (f.schema !== FRAGMENT_SCHEMA) problems.push(`${name}: schema is "${String(f.schema)}", expected "${FRAGMENT_SCHEMA}" (was it written by upload-packages with stage: true?)`);
  if (!Array.isArray(f.packages) || f.packages.length === 0) problems.push(`${name}: packages must be a non-empty array`);
  else
    f.packages.forEach((p, i) => {
      if (typeof p.path !== "string" || p.path === "" || p.path.startsWith("/") || p.path.split("/").some((s) => s === ".." || s === "" || s === ".")) {
        problems.push(`${name}: packages[${i}].path "${String(p.path)}" must be a relative path inside the fragment's directory`);
      }
      problems.push(...entryProblems({ ...p, url: "https://placeholder.invalid/" }, `${name}: packages[${i}]`));
    });
  return problems;
}
function parseFragment(text, name) {
  let f;
  try {
    f = JSON.parse(text);
  } catch (err) {
    throw new PackagesManifestError([`${name} is not valid JSON: ${err.message}`]);
  }
  const problems = fragmentProblems(f, name);
  if (problems.length) throw new PackagesManifestError(problems);
  return f;
}
function serializeFragment(f) {
  const problems = fragmentProblems(f, "fragment");
  if (problems.length) throw new PackagesManifestError(problems);
  return canonicalJson({ ...f, packages: [...f.packages].sort((a, b) => a.platform < b.platform ? -1 : 1) });
}
function fragmentFileName(platforms) {
  return `fragment-${[...platforms].sort().join("+")}.json`;
}
function mergeFragmentSet(fragments) {
  if (fragments.length === 0) throw new PackagesManifestError(["no fragments to merge: check the fragments input and that the artifacts were downloaded"]);
  const problems = [];
  const first = fragments[0];
  for (const field of ["product", "version", "channel", "commit", "keyId"]) {
    const values = /* @__PURE__ */ new Map();
    for (const { name, fragment } of fragments) {
      const v = fragment[field];
      values.set(v, [...values.get(v) ?? [], name]);
    }
    if (values.size > 1) {
      problems.push(
        `fragments disagree on ${field}: ${[...values].map(([v, names]) => `"${v}" in ${names.join(", ")}`).join("; ")} — every build job must stage the same ${field}`
      );
    }
  }
  const byPlatform = /* @__PURE__ */ new Map();
  const packages = [];
  for (const { name, fragment } of fragments) {
    for (const p of fragment.packages) {
      const prev = byPlatform.get(p.platform);
      if (prev) {
        const same = prev.sha256 === p.sha256 && prev.size === p.size;
        problems.push(
          `platform ${p.platform} is in ${prev.fragment} and in ${name}${same ? " (identical bytes)" : ` with different content (sha256 ${prev.sha256.slice(0, 12)}… vs ${p.sha256.slice(0, 12)}…)`}: each platform must come from exactly one build job`
        );
        continue;
      }
      const merged = { ...p, fragment: name };
      byPlatform.set(p.platform, merged);
      packages.push(merged);
    }
  }
  if (problems.length) throw new PackagesManifestError(problems);
  const f = first.fragment;
  return { product: f.product, version: f.version, channel: f.channel, commit: f.commit, keyId: f.keyId, packages };
}
function toTauriLatest(m, opts = {}) {
  const bad = m.packages.filter((p) => !isTauriPlatform(p.platform)).map((p) => p.platform);
  if (bad.length) {
    throw new PackagesManifestError([
      `platform(s) ${bad.join(", ")} are not valid in Tauri's latest.json (os linux|darwin|windows; arch x86_64|aarch64|i686|armv7; bundle appimage|deb|rpm|app|msi|nsis): set tauri to false or drop them`
    ]);
  }
  const entries = /* @__PURE__ */ new Map();
  for (const p of m.packages) entries.set(p.platform, { signature: Buffer.from(normalizeMinisig(p.signatures.minisign), "utf8").toString("base64"), url: p.url });
  for (const p of m.packages) {
    const signedAs = signedBundlePlatform(p);
    if (signedAs && !entries.has(signedAs)) entries.set(signedAs, entries.get(p.platform));
  }
  for (const [generic, bundleKey] of genericAliases([...entries.keys()], opts.preferredBundles)) entries.set(generic, entries.get(bundleKey));
  const platforms = {};
  for (const k of [...entries.keys()].sort()) platforms[k] = entries.get(k);
  const out = { version: m.version, pub_date: m.created, platforms };
  if (opts.notes) out.notes = opts.notes;
  return out;
}
function signedBundlePlatform(p) {
  const comment = normalizeMinisig(p.signatures.minisign).split("\n")[2]?.replace(/^trusted comment: /, "") ?? "";
  const signed = parseTrustedComment(comment).platform;
  if (!signed || !isPlatformKey(signed) || signed === p.platform) return void 0;
  const s = parsePlatformKey(signed);
  return s.bundle && `${s.os}-${s.arch}` === p.platform ? signed : void 0;
}
function serializeTauriLatest(t) {
  return `${JSON.stringify({ version: t.version, notes: t.notes, pub_date: t.pub_date, platforms: t.platforms }, null, 2)}
`;
}
var URL_PLACEHOLDERS = ["product", "version", "channel", "platform", "os", "arch", "file"];
function expandUrlTemplate(template, values) {
  return template.replace(/\{([a-z]+)\}/g, (whole, name) => {
    if (!URL_PLACEHOLDERS.includes(name)) {
      throw new PackagesManifestError([`unknown placeholder ${whole} in URL template "${template}": use ${URL_PLACEHOLDERS.map((p) => `{${p}}`).join(", ")}`]);
    }
    const v = values[name];
    if (v === void 0) throw new PackagesManifestError([`placeholder ${whole} in URL template "${template}" has no value here`]);
    return encodeURIComponent(v);
  });
}
function urlTemplateProblems(template, field) {
  const problems = [];
  for (const m of template.matchAll(/\{([^}]*)\}/g)) {
    if (!URL_PLACEHOLDERS.includes(m[1])) problems.push({ field, message: `has an unknown placeholder {${m[1]}}; use ${URL_PLACEHOLDERS.map((p) => `{${p}}`).join(", ")}` });
  }
  if (!template.includes("{version}")) problems.push({ field, message: "must contain {version} so every version has its own URLs (no cache can serve an old build as new)" });
  if (!template.includes("{file}")) problems.push({ field, message: "must contain {file}" });
  return problems;
}
function serializeSignedManifest(s) {
  return canonicalJson({ schema: SIGNED_MANIFEST_SCHEMA, manifest: s.manifest, minisign: normalizeMinisig(s.minisign) });
}
function parseSignedManifest(text) {
  let v;
  try {
    v = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!v || typeof v !== "object" || v.schema !== SIGNED_MANIFEST_SCHEMA) return void 0;
  if (typeof v.manifest !== "string" || typeof v.minisign !== "string") {
    throw new PackagesManifestError([`a ${SIGNED_MANIFEST_SCHEMA} document needs the string fields "manifest" and "minisign"`]);
  }
  return { manifest: v.manifest, minisign: v.minisign };
}

export {
  MANIFEST_SCHEMA,
  FRAGMENT_SCHEMA,
  MANIFEST_FILE,
  SIG_SUFFIX,
  SIGNED_MANIFEST_FILE,
  PackagesManifestError,
  PRODUCT_RE,
  CHANNEL_RE,
  FILE_RE,
  defaultChannel,
  channelVersionProblem,
  normalizeVersion,
  normalizeMinisig,
  manifestTrustedComment,
  trustedCommentProblems,
  canonicalJson,
  serializeManifest,
  parseManifest,
  findPackage,
  parseFragment,
  serializeFragment,
  fragmentFileName,
  mergeFragmentSet,
  toTauriLatest,
  serializeTauriLatest,
  expandUrlTemplate,
  urlTemplateProblems,
  serializeSignedManifest,
  parseSignedManifest
};
