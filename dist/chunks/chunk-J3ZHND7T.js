import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  TrustError,
  rootFileName,
  verifyChain,
  verifyPackageSignature
} from "./chunk-4JUBYVDI.js";
import {
  MICROSOFT_ID_VERIFICATION_ROOT_2020_PEM
} from "./chunk-MJGNXGK4.js";
import {
  OLE_MAGIC,
  verifyAuthenticodeFile
} from "./chunk-C6QHKXF4.js";
import {
  require_dist
} from "./chunk-5UMXK6GB.js";
import {
  CHANNEL_RE,
  FILE_RE,
  FRAGMENT_SCHEMA,
  MANIFEST_FILE,
  MANIFEST_SCHEMA,
  PRODUCT_RE,
  SIGNED_MANIFEST_FILE,
  SIG_SUFFIX,
  channelVersionProblem,
  defaultChannel,
  expandUrlTemplate,
  fragmentFileName,
  manifestTrustedComment,
  mergeFragmentSet,
  normalizeMinisig,
  normalizeVersion,
  parseFragment,
  serializeFragment,
  serializeManifest,
  serializeSignedManifest,
  serializeTauriLatest,
  toTauriLatest,
  trustedCommentProblems,
  urlTemplateProblems
} from "./chunk-PUJDSSOW.js";
import {
  REHEARSAL_NOTICE,
  trustedSigningRehearsal
} from "./chunk-7A35VKIN.js";
import {
  PackageFileExistsError,
  createForge,
  publishRelease
} from "./chunk-OJJS2R76.js";
import {
  describeFailure,
  request
} from "./chunk-YF5KYWNU.js";
import {
  urlInputProblem
} from "./chunk-QMOW4FBF.js";
import {
  signBuffer
} from "./chunk-C63HRXC4.js";
import {
  checkKeyPin,
  loadSigningKey
} from "./chunk-CV2P5TFH.js";
import {
  formatPlatform,
  inferPlatform,
  normalizePlatformKey,
  parsePlatformKey,
  parsePreferredBundles,
  signedPlatformAccepts
} from "./chunk-EMFWNUUK.js";
import {
  verifyBuffer
} from "./chunk-H3MUK3LW.js";
import {
  parsePublicKey,
  parseSignature,
  trustedCommentField
} from "./chunk-XOUA3GKF.js";
import {
  expandFiles,
  hashFile
} from "./chunk-Y7UKLQWK.js";
import {
  detectRuntime
} from "./chunk-NSBA6LUF.js";
import {
  forgeWithTarget
} from "./chunk-ZJ4GZZ6R.js";
import {
  Problems,
  RelforgeError,
  asUserError,
  errorMessage,
  fieldError
} from "./chunk-ZSVB6QKT.js";
import {
  __toESM
} from "./chunk-YAGOLX6F.js";

// src/packages/stage.ts
import { copyFile, link, mkdir, readFile as readFile2, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { basename as basename2, dirname, join, relative, resolve } from "node:path";

// src/packages/common.ts
function resolveCommon(s, problems = new Problems()) {
  if (!PRODUCT_RE.test(s.product ?? "")) problems.add("product", `must be a package name (letters, digits, . _ + -; starting with a letter or digit), got "${s.product ?? ""}".`);
  const version = normalizeVersion(s.version ?? "");
  if (!version) problems.add("version", `must be a SemVer version such as 1.4.0 or 1.4.0-beta.2 (a leading v is fine), got "${s.version ?? ""}".`);
  const channel = (s.channel ?? "").trim() || (version ? defaultChannel(version) : "stable");
  if (!CHANNEL_RE.test(channel)) problems.add("channel", `must be lower-case letters, digits and -, starting with a letter (e.g. stable, beta), got "${channel}".`);
  else if (version) {
    const p = channelVersionProblem(version, channel);
    if (p) problems.add("channel", p);
  }
  const commit = (s.commit ?? "").trim().toLowerCase();
  if (commit && !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(commit)) problems.add("commit", `must be a full git SHA, got "${s.commit}".`);
  let pin;
  if (!s.publicKey?.trim()) problems.add("public-key", "is required: every package signature and the manifest key are checked against this pinned minisign public key.");
  else {
    try {
      pin = parsePublicKey(s.publicKey.trim());
    } catch (err) {
      problems.add("public-key", `is not a minisign public key: ${errorMessage(err)}`);
    }
  }
  problems.throwIfAny();
  return { product: s.product, version, channel, commit, pin };
}
var RFC3339_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
var iso = (ms) => new Date(Math.floor(ms / 1e3) * 1e3).toISOString().replace(".000Z", "Z");
async function manifestCreated(o) {
  if (o.created) {
    if (!RFC3339_SECONDS.test(o.created) || Number.isNaN(Date.parse(o.created))) throw fieldError("created", `must be an RFC 3339 UTC timestamp like 2026-01-31T12:00:00Z, got "${o.created}".`);
    return o.created;
  }
  const { releaseTime } = await import("./release-time-PASXEON4.js");
  const t = await releaseTime({ env: o.env, cwd: o.cwd, rev: o.commit || void 0 });
  if (t) return iso(t.seconds * 1e3);
  o.log?.(
    `note: "created" is the current time (no SOURCE_DATE_EPOCH, and commit ${o.commit || "(none)"} is not in a repository here): a re-run will sign a new manifest. Check out the repository or set SOURCE_DATE_EPOCH for identical re-runs.`
  );
  return iso(Date.now());
}
var DURATION = /^\s*(\d+)\s*([dhm])\s*$/;
function expiresInProblem(duration) {
  const m = DURATION.exec(duration);
  return !m || Number(m[1]) === 0 ? `must be a positive duration like 90d, 12h or 30m, got "${duration}".` : void 0;
}
function expiryFrom(created, duration) {
  const problem = expiresInProblem(duration);
  if (problem) throw fieldError("expires-in", problem);
  const m = DURATION.exec(duration);
  const ms = Number(m[1]) * { d: 864e5, h: 36e5, m: 6e4 }[m[2]];
  return iso(Date.parse(created) + ms);
}

// src/packages/sources.ts
var import_yaml = __toESM(require_dist(), 1);
import { open, readFile } from "node:fs/promises";
import { basename } from "node:path";

// src/signing/authenticode/core/kind.ts
var KIND_HEAD_BYTES = 4096;
function windowsFileKind(head) {
  if (head.length >= 8 && head.subarray(0, 8).equals(OLE_MAGIC)) return "msi";
  if (head.length < 64 || head[0] !== 77 || head[1] !== 90) return void 0;
  const lfanew = head.readUInt32LE(60);
  if (lfanew + 4 > head.length) return void 0;
  return head.subarray(lfanew, lfanew + 4).equals(Buffer.from("PE\0\0", "latin1")) ? "pe" : void 0;
}

// src/packages/sources.ts
async function resolvePackagesInput(text, cwd, field = "packages") {
  const trimmed = text.trim();
  if (!trimmed) throw fieldError(field, 'is empty: give glob patterns (one per line) or a YAML map "platform: file".');
  const map = yamlMap(trimmed, field);
  if (map) return resolveMap(map, cwd, field);
  const patterns = trimmed.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  const files = (await expandFiles(patterns, { cwd, inputName: field })).filter((f) => !f.endsWith(SIG_SUFFIX));
  if (files.length === 0) throw fieldError(field, "matched only .minisig files; list the packages themselves.");
  return files.map((path) => ({ path, origin: field }));
}
function yamlMap(text, field) {
  if (!/^[^\s#][^\n]*:\s/m.test(text) && !/^[^\s#][^\n]*:\s*$/m.test(text)) return void 0;
  try {
    const y = (0, import_yaml.parse)(text);
    return y && typeof y === "object" && !Array.isArray(y) ? y : void 0;
  } catch (err) {
    throw fieldError(field, `looks like a YAML map but does not parse: ${errorMessage(err)}`);
  }
}
async function resolveMap(map, cwd, field) {
  const out = [];
  const problems = new Problems();
  const seen = /* @__PURE__ */ new Map();
  for (const [rawKey, value] of Object.entries(map)) {
    let platform;
    try {
      platform = normalizePlatformKey(rawKey);
    } catch (err) {
      problems.add(field, `has a bad platform key: ${errorMessage(err)}`);
      continue;
    }
    if (seen.has(platform)) problems.add(field, `maps both "${seen.get(platform)}" and "${rawKey}" to ${platform}: one file per platform.`);
    seen.set(platform, rawKey);
    const spec = typeof value === "string" ? { file: value } : value;
    if (!spec || typeof spec.file !== "string" || !spec.file.trim()) {
      problems.add(field, `needs a file path for ${rawKey} (or {file: path, authenticode-subject: subject}).`);
      continue;
    }
    let files = [];
    try {
      files = (await expandFiles([spec.file], { cwd })).filter((f) => !f.endsWith(SIG_SUFFIX));
    } catch (err) {
      problems.add(field, `has no file for ${rawKey}: ${errorMessage(err).replace(/^The file list:? ?/, "")}`);
    }
    if (files.length > 1) problems.add(field, `matches ${files.length} files for ${rawKey} (${files.map((f) => basename(f)).join(", ")}); one file per platform.`);
    if (files.length === 1) {
      const subject = spec["authenticode-subject"];
      out.push({ platform, path: files[0], authenticodeSubject: typeof subject === "string" && subject ? subject : void 0, origin: `${field}.${rawKey}` });
    }
  }
  problems.throwIfAny();
  return out;
}
var AUTHENTICODE_FILE = /\.(exe|msi|msix|dll|sys)$/i;
async function headKind(path) {
  const fh = await open(path, "r");
  try {
    const head = Buffer.alloc(KIND_HEAD_BYTES);
    const { bytesRead } = await fh.read(head, 0, KIND_HEAD_BYTES, 0);
    return windowsFileKind(head.subarray(0, bytesRead));
  } finally {
    await fh.close();
  }
}
async function verifyLocalPackages(sources, opts) {
  const problems = new Problems();
  const out = [];
  const byPlatform = /* @__PURE__ */ new Map();
  for (const src of sources) {
    const file = basename(src.path);
    let platform;
    try {
      platform = src.platform ? normalizePlatformKey(src.platform) : formatPlatform(inferPlatform(file));
    } catch (err) {
      problems.add(errorMessage(err));
      continue;
    }
    if (byPlatform.has(platform)) {
      problems.add(`Two files for platform ${platform}: ${byPlatform.get(platform)} and ${src.path}. Keep one, or name the platforms explicitly (e.g. with a -<bundle> suffix).`);
      continue;
    }
    byPlatform.set(platform, src.path);
    try {
      const verified = await verifyOne(src, file, platform, opts);
      if (typeof verified === "string") problems.add(verified);
      else out.push(verified);
    } catch (err) {
      problems.add(`Package ${file} (${platform}): ${errorMessage(err)}`);
    }
  }
  const present = new Set(out.map((p) => p.platform));
  for (const raw of opts.requirePlatforms ?? []) {
    let key;
    try {
      key = normalizePlatformKey(raw);
    } catch (err) {
      problems.add("require-platforms", `has a bad platform key: ${errorMessage(err)}`);
      continue;
    }
    if (!present.has(key) && !byPlatform.has(key)) problems.add(`Required platform ${key} is missing: no package was given for it (found: ${[...byPlatform.keys()].sort().join(", ") || "none"}).`);
  }
  problems.throwIfAny();
  return out.sort((a, b) => a.platform < b.platform ? -1 : 1);
}
async function verifyOne(src, file, platform, opts) {
  if (!FILE_RE.test(file)) return `Package file name "${file}" (${platform}) is not safe for URLs and registries: use letters, digits and . _ - + ~ = @ only, starting with a letter or digit.`;
  const sigPath = src.signaturePath ?? `${src.path}${SIG_SUFFIX}`;
  let sigText;
  try {
    sigText = normalizeMinisig(await readFile(sigPath, "utf8"));
  } catch {
    return `Package ${file} (${platform}) is unsigned: ${sigPath} does not exist. Sign it first (relforge sign-ed25519 / minisign -S) with the key whose public key is pinned.`;
  }
  const sig = parseSignature(sigText);
  if (!sig.keyId.equals(opts.publicKey.keyId)) {
    return `Package ${file} (${platform}) is signed by key ${sig.keyIdHex}, not by the pinned key ${opts.publicKey.keyIdHex}: re-sign it with the release key or fix the public-key input.`;
  }
  const digests = await hashFile(src.path, ["sha256", "blake2b512"]);
  if (src.expectedSha256 && src.expectedSha256 !== digests.sha256) {
    return `Package ${file} (${platform}) changed since it was staged: ${src.origin ?? "the fragment"} says sha256 ${src.expectedSha256}, the file has ${digests.sha256}.`;
  }
  const result = await verifyPackageSignature(sig, opts.publicKey, src.path, digests.blake2b512);
  const refusal = trustedCommentRefusal(result.trustedComment, file, platform, opts);
  if (refusal) return refusal;
  let authenticodeSubject;
  const windowsFile = opts.windowsSigningRequired ? AUTHENTICODE_FILE.test(file) || await headKind(src.path) !== void 0 : false;
  if (windowsFile && !opts.authenticode) return `Package ${file} (${platform}) is a Windows file and windows-signing-required is set, but no Authenticode trust is configured.`;
  if (opts.authenticode && (windowsFile || parsePlatformKey(platform).os === "windows" && AUTHENTICODE_FILE.test(file))) {
    const { requireTimestamp, ...pins } = opts.authenticode;
    try {
      const ac = await verifyAuthenticodeFile(src.path, src.authenticodeSubject ? { ...pins, subject: src.authenticodeSubject } : pins, { requireTimestamp });
      authenticodeSubject = ac.signerSubject;
      opts.log?.(`Authenticode ${file}: ${ac.signerSubject}`);
    } catch (err) {
      const why = windowsFile ? " windows-signing-required is set: a Windows file (.exe/.dll/.msi/.msix, or a PE/MSI by content) ships only with a valid Authenticode signature; sign it first (relforge sign-trusted, or Tauri's bundle.windows.signCommand)." : "";
      return `Package ${file} (${platform}): ${errorMessage(err)}${why}`;
    }
  } else if (src.authenticodeSubject) {
    return `Package ${file} (${platform}) declares Authenticode subject "${src.authenticodeSubject}" but ${opts.authenticode ? "it is not a Windows .exe/.msi/.dll/.sys" : "no authenticode-root is set to verify it"}: the manifest records only verified signers.`;
  }
  opts.log?.(`verified ${file} → ${platform} (${digests.size} bytes, sha256 ${digests.sha256.slice(0, 16)}…, key ${result.keyIdHex})`);
  return { platform, file, path: src.path, size: digests.size, sha256: digests.sha256, signature: sigText, authenticodeSubject };
}
function trustedCommentRefusal(comment, file, platform, opts) {
  const signedVersion = trustedCommentField(comment, "version");
  if (signedVersion !== void 0 && normalizeVersion(signedVersion) !== opts.version) {
    return `Package ${file} (${platform}) is signed for version "${signedVersion}", not ${opts.version}: refusing a validly signed file of another version (rollback protection). Rebuild and re-sign it for ${opts.version}.`;
  }
  const signedPlatform = trustedCommentField(comment, "platform");
  if (signedPlatform !== void 0 && signedPlatform !== "") {
    let norm = signedPlatform;
    try {
      norm = normalizePlatformKey(signedPlatform);
    } catch {
    }
    if (!signedPlatformAccepts(norm, platform, opts.preferredBundles)) {
      return `Package ${file} is signed for platform "${signedPlatform}" but is being published as ${platform}: fix the platform mapping (a generic <os>-<arch> key accepts only the preferred bundle of its OS, see tauri-preferred-bundles).`;
    }
  }
  const signedProduct = trustedCommentField(comment, "product");
  if (signedProduct !== void 0 && signedProduct !== opts.product) return `Package ${file} (${platform}) is signed for product "${signedProduct}", not ${opts.product}.`;
  return void 0;
}

// src/packages/stage.ts
async function linkOrCopy(from, to) {
  await rm(to, { force: true });
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}
async function stagePackages(s) {
  const r = resolveCommon(s);
  const verified = await verifyLocalPackages(s.packages, { publicKey: r.pin, product: r.product, version: r.version, requirePlatforms: s.requirePlatforms, authenticode: s.authenticode, preferredBundles: s.preferredBundles, windowsSigningRequired: s.windowsSigningRequired, log: s.log });
  const dir = resolve(s.outDir);
  await mkdir(dir, { recursive: true });
  const fragment = { schema: FRAGMENT_SCHEMA, product: r.product, version: r.version, channel: r.channel, commit: r.commit, keyId: r.pin.keyIdHex, packages: [] };
  for (const p of verified) {
    const sub = join(dir, p.platform);
    await mkdir(sub, { recursive: true });
    const dest = join(sub, p.file);
    if (resolve(p.path) !== dest) await linkOrCopy(p.path, dest);
    await writeFile(`${dest}${SIG_SUFFIX}`, p.signature);
    fragment.packages.push({
      platform: p.platform,
      file: p.file,
      path: `${p.platform}/${p.file}`,
      size: p.size,
      sha256: p.sha256,
      signatures: p.authenticodeSubject ? { minisign: p.signature, authenticode: { subject: p.authenticodeSubject } } : { minisign: p.signature }
    });
  }
  const fragmentPath = join(dir, fragmentFileName(verified.map((p) => p.platform)));
  let text;
  try {
    text = serializeFragment(fragment);
  } catch (err) {
    throw asUserError(err);
  }
  await writeFile(fragmentPath, text);
  s.log?.(`staged ${verified.length} package(s) in ${dir}; fragment ${basename2(fragmentPath)}`);
  return { fragmentPath, dir, packages: verified };
}
async function mergeFragments(patterns, opts = {}) {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const field = opts.inputName ?? "fragments";
  const files = (await expandFiles(patterns, { cwd, inputName: field })).filter((f) => f.endsWith(".json"));
  if (files.length === 0) throw fieldError(field, "matched no fragment .json files; download the staged artifacts first.");
  const list = [];
  let merged;
  try {
    for (const f of files) {
      const name = relative(cwd, f) || basename2(f);
      list.push({ name, fragment: parseFragment(await readFile2(f, "utf8"), name), dir: dirname(f) });
    }
    merged = mergeFragmentSet(list);
  } catch (err) {
    throw asUserError(err);
  }
  const expected = [];
  if (opts.product !== void 0 && opts.product !== merged.product) expected.push(`product "${merged.product}", but this job publishes "${opts.product}"`);
  if (opts.version !== void 0 && normalizeVersion(opts.version) !== merged.version) expected.push(`version ${merged.version}, but this job publishes ${opts.version}`);
  if (opts.channel && opts.channel !== merged.channel) expected.push(`channel ${merged.channel}, but this job publishes ${opts.channel}`);
  if (expected.length) throw new RelforgeError(`The fragments were staged for ${expected.join("; ")}: stage and merge with the same inputs (or clean out old artifacts).`);
  const dirs = new Map(list.map((l) => [l.name, l.dir]));
  const packages = [];
  for (const p of merged.packages) {
    const path = join(dirs.get(p.fragment), ...p.path.split("/"));
    const sig = existsSync(`${path}${SIG_SUFFIX}`) ? normalizeMinisig(await readFile2(`${path}${SIG_SUFFIX}`, "utf8")) : void 0;
    if (sig !== void 0 && sig !== normalizeMinisig(p.signatures.minisign)) {
      throw new RelforgeError(`${p.file}${SIG_SUFFIX} next to ${p.fragment} differs from the signature recorded in the fragment: re-run the build job that staged ${p.platform}.`);
    }
    if (sig === void 0) await writeFile(`${path}${SIG_SUFFIX}`, normalizeMinisig(p.signatures.minisign));
    packages.push({ platform: p.platform, path, authenticodeSubject: p.signatures.authenticode?.subject, expectedSha256: p.sha256, origin: p.fragment });
  }
  return { product: merged.product, version: merged.version, channel: merged.channel, commit: merged.commit, keyId: merged.keyId, packages };
}

// src/packages/targets/http.ts
import { mkdtemp, rm as rm2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/packages/urls.ts
var TAURI_FILE = "latest.json";
var SET_FILES = [TAURI_FILE, `${MANIFEST_FILE}${SIG_SUFFIX}`, SIGNED_MANIFEST_FILE, MANIFEST_FILE];
function templateProblems(template, field) {
  const urlProblem = urlInputProblem(template, { allowTemplate: true });
  if (urlProblem) return [{ field, message: urlProblem }];
  const problems = urlTemplateProblems(template, field);
  return problems.length ? problems : distinctUrlProblems(template, field);
}
function distinctUrlProblems(template, field) {
  const r = { product: "agent", version: "1.0.0", channel: "stable" };
  const problems = [];
  const setTemplate = setLevelTemplate(template);
  const set = /* @__PURE__ */ new Map();
  try {
    for (const f of SET_FILES) {
      const url = expandUrlTemplate(setTemplate, urlValues(r, void 0, f));
      const clash = set.get(url);
      if (clash) {
        problems.push({
          field,
          message: `gives ${clash} and ${f} the same URL (${setTemplate}): the set files (${SET_FILES.join(", ")}) have no platform, so the path segments holding {platform}, {os} or {arch} are left out for them, and {file} went with them. Put {file} in a path segment of its own, e.g. …/{version}/{platform}/{file}.`
        });
        break;
      }
      set.set(url, f);
    }
  } catch {
    problems.push({ field, message: `holds {platform}, {os} or {arch} outside the URL's path, where the set files (${SET_FILES.join(", ")}, which have no platform) cannot fill it; use them in path segments only, e.g. …/{version}/{platform}/{file}.` });
    return problems;
  }
  const pkg = (platform, file) => expandUrlTemplate(template, urlValues(r, platform, file));
  if (pkg("linux-x86_64", "agent") === pkg("linux-x86_64", "agent.minisig")) {
    problems.push({ field, message: "gives a package and its .minisig the same URL; put {file} in the URL." });
  }
  return problems;
}
function setLevelTemplate(template) {
  const u = template.split("?")[0];
  const rest = template.slice(u.length);
  const parts = u.split("/");
  return parts.filter((seg, i) => i < 3 || !/\{(platform|os|arch)\}/.test(seg)).join("/") + rest;
}
function urlValues(r, platform, file) {
  const v = { product: r.product, version: r.version, channel: r.channel, file };
  if (platform) {
    const p = parsePlatformKey(platform);
    v.platform = platform;
    v.os = p.os;
    v.arch = p.arch;
  }
  return v;
}
function expand(template, values) {
  try {
    return expandUrlTemplate(template, values);
  } catch (err) {
    throw asUserError(err);
  }
}

// src/packages/targets/target.ts
var TargetBase = class {
  constructor(o) {
    this.o = o;
  }
  o;
  log = () => {
  };
};

// src/packages/targets/http.ts
function digestFromHeaders(headers) {
  const h = (n) => {
    const v = headers[n];
    return Array.isArray(v) ? v.join(",") : v;
  };
  for (const name of ["repr-digest", "content-digest"]) {
    const m = /(?:^|,)\s*sha-256=:([A-Za-z0-9+/=]+):/i.exec(h(name) ?? "");
    if (m) return Buffer.from(m[1], "base64").toString("hex");
  }
  const d = /(?:^|,)\s*sha-256=([A-Za-z0-9+/=]+)/i.exec(h("digest") ?? "");
  if (d) return Buffer.from(d[1], "base64").toString("hex");
  const x = h("x-checksum-sha256");
  if (x && /^[0-9a-f]{64}$/i.test(x.trim())) return x.trim().toLowerCase();
  const a = h("x-amz-checksum-sha256");
  if (a) return Buffer.from(a.trim(), "base64").toString("hex");
  return void 0;
}
var HttpTarget = class extends TargetBase {
  kind = "http";
  flatNamespace = false;
  replacesLivePackages = true;
  bind(ctx) {
    this.log = ctx.log;
    const problems = [];
    if (!this.o.uploadUrl) problems.push({ field: "upload-url", message: "is required for target http (a PUT URL template such as https://updates.example.com/api/v1/packages/{product}/{version}/{platform}/{file})." });
    else problems.push(...templateProblems(this.o.uploadUrl, "upload-url"));
    if (!this.o.token && !ctx.dryRun) problems.push({ field: "package-token", message: "is required for target http (the bearer token the update server accepts for uploads)." });
    return { problems, downloadTemplate: this.o.uploadUrl };
  }
  destination(f) {
    return expandUrlTemplate(f.platform ? this.o.uploadUrl : setLevelTemplate(this.o.uploadUrl), f.values);
  }
  async inspect(f) {
    const back = await this.remoteSha256(this.destination(f));
    if (!back) return "absent";
    return back.sha256 === f.sha256 && (back.size === void 0 || back.size === f.size) ? "same" : "different";
  }
  async remove(files) {
    for (const f of files) {
      const url = this.destination(f);
      const res = await this.send("DELETE", url);
      if (res.status === 404) continue;
      if (res.status === 405 || res.status === 501) {
        throw new RelforgeError(
          `The update server does not accept DELETE for ${url} (HTTP ${res.status}), so the live set of this version cannot be taken down before it is replaced (clients would see a manifest beside replaced files). Publish a new version, or let the package-token delete files. Nothing was changed.`
        );
      }
      if (res.status < 200 || res.status > 299) throw this.fail(res, `take down ${f.name} at ${url}`);
      this.log(`took down ${f.name} (${url}) before replacing the set`);
    }
  }
  async put(files) {
    const out = [];
    for (const f of files) out.push(await this.putOne(f));
    return out;
  }
  async finish() {
    return [];
  }
  /** Every URL here is the configured upload-url template expanded: its origin is the one the token may go to. */
  send(method, url, extra = {}) {
    const credentials = { headers: { authorization: `Bearer ${this.o.token}` }, origins: [new URL(url).origin], what: "the package-token" };
    return request({ method, url, credentials, needsCredentials: true, attempts: this.o.attempts, baseDelayMs: this.o.baseDelayMs, ...extra });
  }
  fail(res, what) {
    const hint = res.status === 401 || res.status === 403 ? " Check the package-token input: the update server refused it (it needs permission to upload)." : res.status >= 500 ? " The server failed after every retry; re-run the step (it converges: files already there with the same bytes are skipped)." : "";
    return new RelforgeError(`${describeFailure(res, `Could not ${what}`)}.${hint}`);
  }
  /** sha256 of what the server serves: its digest header, else a streamed re-download; undefined when absent. */
  async remoteSha256(url) {
    if (this.o.readBack === "download") return this.download(url);
    const head = await this.send("HEAD", url);
    if (head.status === 404) return void 0;
    if (head.status === 405 || head.status === 501) return this.download(url);
    if (head.status < 200 || head.status > 299) throw this.fail(head, `check ${url}`);
    const d = digestFromHeaders(head.headers);
    const size = head.headers["content-length"] !== void 0 ? Number(head.headers["content-length"]) : void 0;
    return d ? { sha256: d, size, by: "server digest" } : this.download(url);
  }
  async download(url) {
    const dir = await mkdtemp(join2(tmpdir(), "relforge-readback-"));
    try {
      const dest = join2(dir, "file");
      const res = await this.send("GET", url, { saveTo: dest });
      if (res.status === 404) return void 0;
      if (res.status < 200 || res.status > 299) throw this.fail(res, `download ${url} to verify it`);
      const h = await hashFile(dest, ["sha256"]);
      return { sha256: h.sha256, size: h.size, by: "re-download" };
    } finally {
      await rm2(dir, { recursive: true, force: true });
    }
  }
  /** Uploads one file unless the server already has the same bytes; then verifies what the server holds. */
  async putOne(f) {
    const url = this.destination(f);
    const before = await this.remoteSha256(url);
    if (before && before.sha256 === f.sha256 && (before.size === void 0 || before.size === f.size)) {
      this.log(`unchanged ${f.name} (the server already holds these bytes)`);
      return { name: f.name, url, outcome: "unchanged", verifiedBy: before.by };
    }
    const res = await this.send("PUT", url, {
      headers: { "content-type": "application/octet-stream" },
      body: { file: f.path },
      timeoutMs: 3e5,
      deadlineMs: 36e5
    });
    if (res.status < 200 || res.status > 299) throw this.fail(res, `upload ${f.name} to ${url}`);
    const back = await this.remoteSha256(url);
    if (!back) throw new RelforgeError(`Uploaded ${f.name} to ${url} (HTTP ${res.status}) but the server does not serve it back (HTTP 404): check the upload-url template and the server.`);
    if (back.sha256 !== f.sha256 || back.size !== void 0 && back.size !== f.size) {
      throw new RelforgeError(
        `Checksum mismatch after uploading ${f.name}: the server holds sha256 ${back.sha256}${back.size !== void 0 ? ` (${back.size} bytes)` : ""}, the local file is ${f.sha256} (${f.size} bytes). Nothing further was published (no manifest); re-run the step, and check the server or proxy if it repeats.`
      );
    }
    const outcome = before ? "replaced" : "uploaded";
    this.log(`${outcome} ${f.name} → ${url} (verified by ${back.by})`);
    return { name: f.name, url, outcome, verifiedBy: back.by };
  }
};
function httpTarget(o) {
  return new HttpTarget(o);
}

// src/packages/targets/gitea-generic.ts
var GiteaGenericTarget = class extends TargetBase {
  ref;
  kind = "gitea-generic";
  flatNamespace = true;
  replacesLivePackages = true;
  bind(ctx) {
    this.log = ctx.log;
    const { forge } = this.o;
    const problems = [];
    if (!forge.capabilities.genericPackages) {
      problems.push({ field: "target", message: `is gitea-generic, but this forge (${forge.kind}) has no generic package registry: use target release or http.` });
    }
    const server = (this.o.serverUrl ?? forge.apiUrl.replace(/\/api\/v1\/?$/, "")).replace(/\/+$/, "");
    const owner = this.o.owner ?? forge.owner;
    this.ref = { owner, name: ctx.product, version: ctx.version };
    return { problems, downloadTemplate: `${server}/api/packages/${encodeURIComponent(owner)}/generic/{product}/{version}/{file}` };
  }
  destination(f) {
    return f.publicUrl;
  }
  async listed() {
    return new Map((await this.o.forge.listPackageFiles(this.ref)).map((f) => [f.name, f]));
  }
  async inspect(f) {
    const have = (await this.listed()).get(f.name);
    if (!have) return "absent";
    return have.sha256 === f.sha256 && have.size === f.size ? "same" : "different";
  }
  async remove(files) {
    const existing = await this.listed();
    for (const f of files) {
      if (!existing.has(f.name)) continue;
      await this.o.forge.deletePackageFile(this.ref, f.name);
      this.log(`took down ${f.name} before replacing the set`);
    }
  }
  async put(batch) {
    const { forge } = this.o;
    const existing = await this.listed();
    const out = [];
    for (const f of batch) {
      const have = existing.get(f.name);
      if (have && have.sha256 === f.sha256 && have.size === f.size) {
        out.push({ name: f.name, url: f.publicUrl, outcome: "unchanged", verifiedBy: "package-file sha256" });
        this.log(`unchanged ${f.name} (the registry already holds these bytes)`);
        continue;
      }
      if (have) await forge.deletePackageFile(this.ref, f.name);
      const replaced = await this.upload(f);
      const outcome = have || replaced ? "replaced" : "uploaded";
      out.push({ name: f.name, url: f.publicUrl, outcome, verifiedBy: "package-file sha256" });
      this.log(`${outcome} ${f.name} → ${f.publicUrl}`);
    }
    await this.readBack(batch);
    return out;
  }
  /** Uploads one file; on 409 (a parallel or timed-out earlier upload won) compares and replaces. True when replaced. */
  async upload(f) {
    const spec = { path: f.path, name: f.name, size: f.size, contentType: "application/octet-stream" };
    try {
      await this.o.forge.uploadPackageFile(this.ref, spec);
      return false;
    } catch (err) {
      if (!(err instanceof PackageFileExistsError)) throw err;
      const now = (await this.listed()).get(f.name);
      if (now && now.sha256 === f.sha256) return false;
      await this.o.forge.deletePackageFile(this.ref, f.name);
      await this.o.forge.uploadPackageFile(this.ref, spec);
      return true;
    }
  }
  /** The registry's sha256 for every file of the batch. */
  async readBack(batch) {
    const after = await this.listed();
    const { owner, name, version } = this.ref;
    for (const f of batch) {
      const got = after.get(f.name);
      if (!got) throw new RelforgeError(`Uploaded ${f.name} but the package registry does not list it (${owner}/${name} ${version}); nothing further was published. Re-run the step.`);
      if (got.sha256 !== f.sha256 || got.size !== f.size) {
        throw new RelforgeError(
          `Checksum mismatch after uploading ${f.name}: the registry reports sha256 ${got.sha256} (${got.size} bytes), the local file is ${f.sha256} (${f.size} bytes). The manifest was not uploaded; re-run the step.`
        );
      }
    }
  }
  async finish(all) {
    const ours = new Set(all.map((f) => f.name));
    const others = [...(await this.listed()).keys()].filter((n) => !ours.has(n));
    if (others.length) this.log(`note: package ${this.ref.name} ${this.ref.version} also holds files this run did not publish (kept, not in the manifest): ${others.join(", ")}`);
    return [];
  }
};
function giteaGenericTarget(o) {
  return new GiteaGenericTarget(o);
}

// src/packages/targets/release.ts
import { mkdtemp as mkdtemp2, rm as rm3 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join3 } from "node:path";
var ReleaseTarget = class extends TargetBase {
  repository;
  adapter;
  /** The published release, once looked up (null: none is live), and its assets as last listed. */
  live;
  assets;
  deferred = [];
  kind = "release";
  flatNamespace = true;
  replacesLivePackages = false;
  constructor(o) {
    super(o);
    this.repository = (o.repository ?? process.env.GITHUB_REPOSITORY ?? "").trim();
  }
  bind(ctx) {
    this.log = ctx.log;
    this.live = void 0;
    this.assets = void 0;
    this.deferred = [];
    const problems = [];
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(this.repository)) {
      problems.push({ field: "repository", message: `must be "owner/name" for target release (GITHUB_REPOSITORY), got "${this.repository}".` });
    }
    if (!this.o.token && typeof this.o.forge !== "object" && !ctx.dryRun) problems.push({ field: "token", message: "is required for target release (a forge token that may write releases)." });
    return { problems, downloadTemplate: `${this.o.serverUrl.replace(/\/+$/, "")}/${this.repository}/releases/download/${encodeURIComponent(this.o.tag)}/{file}` };
  }
  destination(f) {
    return f.publicUrl;
  }
  forge() {
    if (typeof this.o.forge === "object") return this.o.forge;
    this.adapter ??= createForge({ token: this.o.token, forge: this.o.forge, apiUrl: this.o.apiUrl, repository: this.repository });
    return this.adapter;
  }
  async liveRelease() {
    if (this.live === void 0) this.live = (await this.forge().findRelease(this.o.tag)).published ?? null;
    return this.live;
  }
  async inspect(f) {
    const live = await this.liveRelease();
    if (!live) return "absent";
    this.assets ??= await this.forge().listAssets(live);
    const same = this.assets.filter((a) => a.name === f.name);
    if (same.length === 0) return "absent";
    for (const a of same) {
      if (a.size !== f.size) return "different";
      const sha = await this.assetSha256(live, a);
      if (sha !== void 0 && sha !== f.sha256) return "different";
    }
    return "same";
  }
  /** The asset's sha256: the forge's digest, else a re-download of files up to 64 MiB (undefined above: same size is all we know). */
  async assetSha256(release, a) {
    if (a.sha256) return a.sha256;
    if (a.size > 64 * 1024 * 1024) return void 0;
    const dir = await mkdtemp2(join3(tmpdir2(), "relforge-asset-"));
    try {
      await this.forge().downloadAsset(release, a, join3(dir, "asset"));
      return (await hashFile(join3(dir, "asset"), ["sha256"])).sha256;
    } finally {
      await rm3(dir, { recursive: true, force: true });
    }
  }
  async remove(files) {
    const live = await this.liveRelease();
    if (!live) return;
    const assets = await this.forge().listAssets(live);
    this.assets = void 0;
    for (const f of files) {
      for (const a of assets.filter((x) => x.name === f.name)) {
        await this.forge().deleteAsset(live, a);
        this.log(`took down ${f.name} from release ${this.o.tag} before replacing the set`);
      }
    }
  }
  async put(files) {
    const live = await this.liveRelease();
    if (!live) {
      this.deferred.push(...files);
      return [];
    }
    return this.publish(files, live.prerelease);
  }
  async finish() {
    if (!this.deferred.length) return [];
    const files = this.deferred;
    this.deferred = [];
    return this.publish(files, "auto");
  }
  async publish(files, prerelease) {
    this.assets = void 0;
    const res = await publishRelease({
      tag: this.o.tag,
      files: files.map((f) => f.path),
      checksums: false,
      prerelease,
      forge: this.forge(),
      retryDelayMs: this.o.retryDelayMs,
      log: this.log
    });
    if (!res.published) throw new RelforgeError(`The release ${this.o.tag} was not published; its packages and manifest are uploaded but not visible. Re-run the step.`);
    return files.map((f) => this.result(f, res));
  }
  result(f, res) {
    const uploaded = res.actions.some((a) => a.startsWith(`upload ${f.name} (`));
    const replaced = uploaded && res.actions.some((a) => a.startsWith(`delete ${f.name} `));
    const reported = res.assets.find((a) => a.name === f.name)?.url;
    if (reported && decodeURIComponent(reported) !== decodeURIComponent(f.publicUrl)) this.log(`note: the forge reports ${reported} for ${f.name}; the manifest keeps the version-specific ${f.publicUrl}`);
    return { name: f.name, url: f.publicUrl, outcome: replaced ? "replaced" : uploaded ? "uploaded" : "unchanged", verifiedBy: "release asset digest/size" };
  }
};
function releaseTarget(o) {
  return new ReleaseTarget(o);
}

// src/packages/settings.ts
async function uploadPackagesRequest(v, fe) {
  const problems = new Problems();
  const text = fe.kind === "action" ? v.packages : v.map ?? v["package-files"].join("\n");
  const field = fe.kind === "action" ? "packages" : v.map !== void 0 ? "map" : "package-files";
  const given = [!!text?.trim(), v.fragments.length > 0].filter(Boolean).length;
  if (given === 0) problems.add(field, 'is required (glob patterns or a "platform: file" map), or {{fragments}} in the merge job of a matrix.');
  if (given === 2) problems.add(field, "and {{fragments}} cannot both be set: the packages of this job, or the fragments of a matrix's build jobs.");
  if (v.stage && v.fragments.length) problems.add("stage", "writes a fragment and {{fragments}} merges them: use stage in the build jobs and fragments in the final job.");
  if (!v["authenticode-root"] && !v["windows-signing-required"] && (v["authenticode-subject"] || v["authenticode-eku"].length)) {
    problems.add("authenticode-root", "is needed with {{authenticode-subject}} / {{authenticode-eku}}: the trusted roots to verify the Windows packages against.");
  }
  if (fe.kind === "cli" && v.map !== void 0 && v["package-files"].length) problems.add("map", "and {{package-files}} cannot be combined: give one of them.");
  let preferredBundles;
  try {
    preferredBundles = parsePreferredBundles(v["tauri-preferred-bundles"]);
  } catch (err) {
    problems.add("tauri-preferred-bundles", errorMessage(err));
  }
  problems.throwIfAny();
  const rehearsal = v["authenticode-root"] || v["windows-signing-required"] ? trustedSigningRehearsal(fe.env) : void 0;
  if (rehearsal) fe.log(`upload-packages: ${REHEARSAL_NOTICE}`);
  const common = {
    product: v.product,
    version: v.version,
    channel: v.channel,
    commit: v.commit ?? fe.env.GITHUB_SHA ?? "",
    publicKey: v["public-key"],
    requirePlatforms: v["require-platforms"],
    preferredBundles,
    outDir: v["out-dir"],
    // windows-signing-required without a root: Microsoft's Trusted Signing root, as sign-trusted trusts by default.
    authenticode: rehearsal ? { roots: rehearsal.trustedRoot, tsaRoots: rehearsal.tsaRoot, subject: rehearsal.subject, ekus: [rehearsal.eku] } : v["authenticode-root"] || v["windows-signing-required"] ? { roots: v["authenticode-root"] || MICROSOFT_ID_VERIFICATION_ROOT_2020_PEM, tsaRoots: v["authenticode-tsa-root"], subject: v["authenticode-subject"], ekus: v["authenticode-eku"] } : void 0,
    windowsSigningRequired: v["windows-signing-required"],
    log: fe.log
  };
  let packages;
  if (v.fragments.length) {
    const merged = await mergeFragments(v.fragments, { cwd: fe.cwd, inputName: "fragments", product: v.product, version: v.version, channel: v.channel });
    packages = merged.packages;
    common.channel ||= merged.channel;
    common.commit ||= merged.commit;
  } else packages = await resolvePackagesInput(text, fe.cwd, field);
  if (v.stage) return { stage: true, settings: { ...common, packages } };
  const kind = v.target ?? (v["upload-url"] ? "http" : "release");
  const settings = {
    ...common,
    packages,
    target: packageTarget(kind, v, fe),
    privateKey: v["private-key"],
    password: v.password,
    baseUrl: v["base-url"],
    tauri: v.tauri,
    notes: v.notes,
    expiresIn: v["expires-in"],
    roots: v.roots,
    dryRun: v["dry-run"],
    cwd: fe.cwd
  };
  return { stage: false, settings };
}
function packageTarget(kind, v, fe) {
  const apiProblem = v["api-url"] ? urlInputProblem(v["api-url"]) : void 0;
  if (apiProblem) throw fieldError("api-url", apiProblem);
  const runtime = detectRuntime(fe.env);
  const repository = v.repository ?? fe.env.GITHUB_REPOSITORY;
  if (kind === "http") return httpTarget({ uploadUrl: v["upload-url"] ?? "", token: v["package-token"] ?? "", readBack: v["read-back"] });
  if (kind === "gitea-generic") {
    if (!v["package-token"] && !v["dry-run"]) {
      throw fieldError("package-token", "is required for target gitea-generic: the Actions job token can only read packages; create a token with the write:package scope and pass it as a secret.");
    }
    const forge = createForge({ token: v["package-token"] || "dry-run", forge: v.forge ?? forgeWithTarget("gitea-generic", runtime.forge), apiUrl: v["api-url"], repository, env: fe.env });
    return giteaGenericTarget({ forge, owner: v["package-owner"], serverUrl: v["api-url"] ? void 0 : runtime.serverUrl });
  }
  return releaseTarget({ token: v.token ?? "", tag: v.tag ?? `v${v.version.trim().replace(/^v(?=\d)/, "")}`, serverUrl: runtime.serverUrl, forge: v.forge, apiUrl: v["api-url"], repository });
}

// src/packages/summary.ts
function packagesOutput(m) {
  return m.packages.map((p) => ({ platform: p.platform, file: p.file, size: p.size, sha256: p.sha256, url: p.url }));
}
var mdCell = (s) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
function renderUploadSummary(res, target) {
  const m = res.manifest;
  const lines = [
    `## ${res.dryRun ? "Dry run: " : ""}${mdCell(m.product)} ${m.version} (${m.channel}) → ${target}`,
    "",
    `Manifest: ${res.dryRun ? `\`${res.manifestPath}\` (not uploaded)` : `${res.manifestUrl} (signed, in one file: ${res.signedManifestUrl})`} · key \`${m.keyId}\` · created ${m.created} · ${m.packages.length} package(s)`,
    "",
    "| platform | file | size | sha256 | url |",
    "|---|---|---:|---|---|",
    ...m.packages.map((p) => `| ${p.platform} | ${mdCell(p.file)} | ${p.size} | \`${p.sha256.slice(0, 16)}…\` | ${mdCell(p.url)} |`),
    "",
    "| file | outcome | verified by |",
    "|---|---|---|",
    ...res.files.map((f) => `| ${mdCell(f.name)} | ${f.outcome} | ${f.verifiedBy ?? "—"} |`),
    ""
  ];
  return lines.join("\n");
}
function renderStageSummary(product, version, r) {
  return [
    `## Staged ${mdCell(product)} ${version}: ${r.packages.map((p) => p.platform).join(", ")}`,
    "",
    `Fragment \`${r.fragmentPath}\` — upload \`${r.dir}\` as an artifact; the merge job publishes every fragment at once.`,
    "",
    "| platform | file | size | sha256 |",
    "|---|---|---:|---|",
    ...r.packages.map((p) => `| ${p.platform} | ${mdCell(p.file)} | ${p.size} | \`${p.sha256}\` |`),
    ""
  ].join("\n");
}

// src/packages/upload-packages.ts
import { createHash as createHash2 } from "node:crypto";
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import { join as join5, resolve as resolve3 } from "node:path";

// src/packages/trust/publish-roots.ts
import { readFileSync, readdirSync } from "node:fs";
import { createHash } from "node:crypto";
import { join as join4, resolve as resolve2 } from "node:path";
function planRoots(dir, o) {
  const abs = resolve2(dir);
  let names;
  try {
    names = readdirSync(abs);
  } catch (err) {
    throw new RelforgeError(`roots: cannot list ${abs} (${err.message}): give the directory holding 1.root.json … N.root.json.`);
  }
  const versions = names.flatMap((n) => /^[1-9]\d{0,8}\.root\.json$/.test(n) ? [Number(n.split(".")[0])] : []).sort((a, b) => a - b);
  if (!versions.length || versions[0] !== 1) throw new RelforgeError(`roots: ${abs} must hold the whole chain from 1.root.json (found ${versions.map(rootFileName).join(", ") || "none"}): agents may ship any of them.`);
  const missing = versions.findIndex((v, i) => v !== i + 1);
  if (missing >= 0) throw new RelforgeError(`roots: ${abs} has a gap — ${rootFileName(missing + 1)} is missing before ${rootFileName(versions[missing])}: agents would stop at ${missing}.`);
  const read = (v) => readFileSync(join4(abs, rootFileName(v)), "utf8");
  let newest;
  try {
    newest = verifyChain(read(1), (v) => v <= versions.length ? read(v) : void 0, o.now ?? /* @__PURE__ */ new Date(), o.product).root;
  } catch (err) {
    if (err instanceof TrustError) throw new RelforgeError(`roots: the chain in ${abs} would be refused by agents (${err.reason}): ${err.message}. Nothing was uploaded.`);
    throw err;
  }
  const release = newest.roles.release;
  if (!release.keyIds.includes(o.signingKeyId)) {
    throw new RelforgeError(`roots: the manifest signing key ${o.signingKeyId} is not a release key of root ${newest.version} (${release.keyIds.join(", ")}): agents following the chain would refuse this manifest. Sign with a current release key, or publish a root that adds it. Nothing was uploaded.`);
  }
  if (release.threshold > 1) {
    throw new RelforgeError(`roots: root ${newest.version} needs ${release.threshold} release-key signatures per manifest and package; upload-packages signs with one key. Add the co-signatures as docs/formats.md describes, or keep the release threshold at 1. Nothing was uploaded.`);
  }
  const rootsTemplate = o.target.kind === "http" ? setLevelTemplate(o.template) : o.template;
  const files = versions.map((v) => {
    const name = rootFileName(v);
    const text = read(v);
    const values = { product: o.product, version: o.target.kind === "http" ? "roots" : o.version, channel: o.channel, file: name };
    return { name, path: join4(abs, name), size: Buffer.byteLength(text), sha256: createHash("sha256").update(text).digest("hex"), publicUrl: expandUrlTemplate(rootsTemplate, values), values };
  });
  return { files, newest: newest.version };
}
async function publishRoots(target, files) {
  const changed = [];
  for (const f of files) if (await target.inspect(f) === "different") changed.push(f.name);
  if (changed.length) {
    throw new RelforgeError(`roots: ${changed.join(", ")} already published with other content. A published root is never replaced (agents may have trusted it): publish the change as the next version (relforge trust rotate). Nothing was uploaded.`);
  }
  return target.put(files);
}

// src/packages/upload-packages.ts
async function uploadPackages(s) {
  const log = s.log ?? (() => {
  });
  const { r, template } = checkSettings(s, log);
  const created = await manifestCreated({ created: s.created, commit: r.commit, cwd: s.cwd, log });
  const key = checkKeyPin(s.key ?? await loadSigningKey(s.privateKey, s.password), r.pin);
  const packages = await verifyLocalPackages(s.packages, { publicKey: r.pin, product: r.product, version: r.version, requirePlatforms: s.requirePlatforms, authenticode: s.authenticode, preferredBundles: s.preferredBundles, windowsSigningRequired: s.windowsSigningRequired, log });
  const outDir = resolve3(s.outDir);
  const roots = s.roots ? planRoots(s.roots, { product: r.product, version: r.version, channel: r.channel, signingKeyId: key.keyIdHex, template, target: s.target }) : void 0;
  const { planned, entries } = await planPackages(r, packages, template, s.target, outDir);
  const manifest = {
    schema: MANIFEST_SCHEMA,
    product: r.product,
    version: r.version,
    channel: r.channel,
    commit: r.commit,
    created,
    ...s.expiresIn ? { expires: expiryFrom(created, s.expiresIn) } : {},
    keyId: r.pin.keyIdHex,
    packages: entries
  };
  const setFiles = await writeSetFiles(manifest, key, r, s, template, outDir);
  for (const f of setFiles) {
    if (planned.some((p) => s.target.destination(p) === s.target.destination(f) || s.target.flatNamespace && p.name === f.name)) {
      throw new RelforgeError(`A package would overwrite ${f.name} (same URL or name): rename that package.`);
    }
  }
  const byName = (n) => setFiles.find((f) => f.name === n);
  const result = {
    manifest,
    manifestPath: byName(MANIFEST_FILE).path,
    manifestSignaturePath: byName(`${MANIFEST_FILE}${SIG_SUFFIX}`).path,
    manifestUrl: byName(MANIFEST_FILE).publicUrl,
    signedManifestPath: byName(SIGNED_MANIFEST_FILE).path,
    signedManifestUrl: byName(SIGNED_MANIFEST_FILE).publicUrl,
    tauriPath: byName(TAURI_FILE)?.path,
    tauriUrl: byName(TAURI_FILE)?.publicUrl,
    files: [],
    dryRun: !!s.dryRun
  };
  if (s.dryRun) {
    for (const f of [...roots?.files ?? [], ...planned, ...setFiles]) result.files.push({ name: f.name, url: s.target.destination(f), outcome: "planned" });
    log(`dry run: ${packages.length} package(s) verified, manifest signed (${result.manifestPath}); nothing uploaded.`);
    return result;
  }
  const rootResults = roots ? await publishRoots(s.target, roots.files) : [];
  result.files = [...rootResults, ...await publishSet(s.target, planned, setFiles, log, r)];
  log(`published ${packages.length} package(s) of ${r.product} ${r.version} (${r.channel}); manifest ${result.manifestUrl}`);
  return result;
}
function checkSettings(s, log) {
  const problems = new Problems();
  if (!s.target || typeof s.target.bind !== "function") throw new RelforgeError("uploadPackages needs a target: httpTarget(…), giteaGenericTarget(…) or releaseTarget(…).");
  const bound = s.target.bind({ product: s.product, version: normalizeVersion(s.version ?? "") ?? s.version, dryRun: !!s.dryRun, log });
  for (const p of bound.problems) problems.add(p.field ?? "target", p.message);
  if (s.baseUrl) for (const p of templateProblems(s.baseUrl, "base-url")) problems.add(p.field, p.message);
  if (!s.key && !s.privateKey) problems.add("private-key", "is required to sign the manifest (a minisign secret key whose public key is the pinned public-key).");
  const durationProblem = s.expiresIn ? expiresInProblem(s.expiresIn) : void 0;
  if (durationProblem) problems.add("expires-in", durationProblem);
  const r = resolveCommon(s, problems);
  return { r, template: s.baseUrl ?? bound.downloadTemplate };
}
var sha256Hex = (b) => createHash2("sha256").update(b).digest("hex");
async function planPackages(r, packages, template, target, outDir) {
  const planned = [];
  const entries = [];
  for (const p of packages) {
    const values = urlValues(r, p.platform, p.file);
    const url = expand(template, values);
    entries.push({
      platform: p.platform,
      file: p.file,
      size: p.size,
      sha256: p.sha256,
      url,
      signatures: p.authenticodeSubject ? { minisign: p.signature, authenticode: { subject: p.authenticodeSubject } } : { minisign: p.signature }
    });
    planned.push({ name: p.file, path: p.path, size: p.size, sha256: p.sha256, publicUrl: url, platform: p.platform, values });
    const sigName = `${p.file}${SIG_SUFFIX}`;
    const sigPath = join5(outDir, "signatures", p.platform, sigName);
    await mkdir2(join5(outDir, "signatures", p.platform), { recursive: true });
    await writeFile2(sigPath, p.signature);
    const sigValues = urlValues(r, p.platform, sigName);
    planned.push({ name: sigName, path: sigPath, size: Buffer.byteLength(p.signature), sha256: sha256Hex(p.signature), publicUrl: expand(template, sigValues), platform: p.platform, values: sigValues });
  }
  const problems = [];
  const seenUrl = /* @__PURE__ */ new Map();
  const seenName = /* @__PURE__ */ new Set();
  for (const f of planned) {
    const where = target.destination(f);
    if (seenUrl.has(where)) problems.push(`${f.name} and ${seenUrl.get(where)} would go to the same URL ${where}: add {platform} to the URL template or give the files distinct names.`);
    seenUrl.set(where, f.name);
    if (target.flatNamespace && seenName.has(f.name)) problems.push(`Two packages are named ${f.name}: target ${target.kind} stores files in one flat namespace; give each platform's file a distinct name.`);
    seenName.add(f.name);
  }
  if (problems.length) throw new RelforgeError(problems.join("\n"));
  return { planned, entries };
}
async function writeSetFiles(manifest, key, r, s, template, outDir) {
  let manifestText;
  let tauriText;
  try {
    manifestText = serializeManifest(manifest);
    if (s.tauri) {
      const latest = toTauriLatest(manifest, { notes: s.notes, preferredBundles: s.preferredBundles });
      tauriText = serializeTauriLatest(latest);
      const byUrl = new Map(manifest.packages.map((p) => [p.url, p.platform]));
      for (const [key2, entry] of Object.entries(latest.platforms)) {
        const from = byUrl.get(entry.url);
        if (from && from !== key2) s.log?.(`latest.json: ${key2} → ${from} (${entry.url.split("/").pop()}), for clients that look up ${key2}`);
      }
    }
  } catch (err) {
    throw asUserError(err);
  }
  const manifestBytes = Buffer.from(manifestText, "utf8");
  const signature = signBuffer(manifestBytes, key, { trustedComment: manifestTrustedComment(manifest), untrustedComment: `relforge package manifest ${r.product} ${r.version} (${r.channel})` });
  const check = verifyBuffer(manifestBytes, signature, r.pin);
  const tcProblems = trustedCommentProblems(check.trustedComment, manifest);
  if (tcProblems.length) throw new RelforgeError(`Internal: the manifest signature does not bind the manifest: ${tcProblems.join("; ")}`);
  await mkdir2(outDir, { recursive: true });
  const contents = [
    ...tauriText !== void 0 ? [[TAURI_FILE, tauriText]] : [],
    [`${MANIFEST_FILE}${SIG_SUFFIX}`, signature],
    [SIGNED_MANIFEST_FILE, serializeSignedManifest({ manifest: manifestText, minisign: signature })],
    [MANIFEST_FILE, manifestText]
  ];
  const setTemplate = setLevelTemplate(template);
  const files = [];
  for (const [name, text] of contents) {
    const path = join5(outDir, name);
    await writeFile2(path, text);
    const values = urlValues(r, void 0, name);
    files.push({ name, path, size: Buffer.byteLength(text), sha256: sha256Hex(text), publicUrl: expand(setTemplate, values), values });
  }
  return files;
}
async function publishSet(target, packages, setFiles, log, r) {
  if (!target.replacesLivePackages) {
    const changed = [];
    for (const f of packages) if (await target.inspect(f) === "different") changed.push(f.name);
    if (changed.length) {
      throw new RelforgeError(
        `The published ${target.kind} already serves ${changed.join(", ")} with other content. A published release is add-only: packages clients may be downloading are never replaced. Publish a new version (or delete the release's assets yourself). Nothing was changed.`
      );
    }
  }
  const takedown = [...setFiles].reverse();
  if (!setFiles.some((f) => f.name === TAURI_FILE)) {
    takedown.push({ name: TAURI_FILE, path: "", size: -1, sha256: "", publicUrl: "", values: urlValues(r, void 0, TAURI_FILE) });
  }
  for (const f of takedown.slice(0, setFiles.length)) {
    if (await target.inspect(f) !== "different") continue;
    log(`the live ${f.name} differs from this run's: taking the old set down first (clients see no update until the new one is complete)`);
    await target.remove(takedown);
    break;
  }
  const results = await target.put(packages);
  for (const f of setFiles) results.push(...await target.put([f]));
  results.push(...await target.finish([...packages, ...setFiles]));
  return results;
}

export {
  stagePackages,
  uploadPackagesRequest,
  packagesOutput,
  renderUploadSummary,
  renderStageSummary,
  uploadPackages
};
