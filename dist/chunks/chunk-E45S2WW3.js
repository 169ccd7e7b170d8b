import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  defineCommand
} from "./chunk-ODS7LYII.js";
import {
  TrustError,
  releaseThreshold,
  rootSource,
  verifyPackageSchema,
  verifyPackageSignature,
  walkRootChain
} from "./chunk-4JUBYVDI.js";
import {
  PackagesManifestError,
  defaultChannel,
  findPackage,
  normalizeVersion,
  parseManifest,
  parseSignedManifest,
  trustedCommentProblems
} from "./chunk-PUJDSSOW.js";
import {
  require_semver
} from "./chunk-QDGQJLQ4.js";
import {
  normalizePlatformKey,
  parsePreferredBundles
} from "./chunk-EMFWNUUK.js";
import {
  parsePublicKey,
  parseSignature,
  trustedCommentField,
  verifySignature
} from "./chunk-XOUA3GKF.js";
import {
  hashFile
} from "./chunk-Y7UKLQWK.js";
import {
  RelforgeError,
  errorMessage,
  fieldError
} from "./chunk-ZSVB6QKT.js";
import {
  __toESM
} from "./chunk-YAGOLX6F.js";

// src/cli/verify-package.ts
import { readFileSync, readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";

// src/packages/core/update-decision.ts
var import_semver = __toESM(require_semver(), 1);
var EXIT_UPDATE_AVAILABLE = 0;
var EXIT_UP_TO_DATE = 10;
var EXIT_REFUSED = 20;
function exitCodeFor(action) {
  return action === "install" ? EXIT_UPDATE_AVAILABLE : action === "up-to-date" ? EXIT_UP_TO_DATE : EXIT_REFUSED;
}
function refuse(reason, message) {
  return { action: "refuse", reason, message };
}
function defaultAllowedChannels(installed) {
  const v = installed ? normalizeVersion(installed) : void 0;
  const own = v ? defaultChannel(v) : "stable";
  return own === "stable" ? ["stable"] : ["stable", own];
}
function decideUpdate(input) {
  const candidate = normalizeVersion(input.candidate);
  if (!candidate) return refuse("invalid-version", `the manifest version "${input.candidate}" is not a SemVer version`);
  const rawInstalled = (input.installed ?? "").trim();
  const fresh = rawInstalled === "" || rawInstalled.toLowerCase() === "none";
  const installed = fresh ? void 0 : normalizeVersion(rawInstalled);
  if (!fresh && !installed) {
    return refuse("invalid-version", `the installed version "${rawInstalled}" is not a SemVer version: pass it as X.Y.Z[-pre] (or "none" for a fresh install)`);
  }
  const allowed = input.allowedChannels && input.allowedChannels.length ? input.allowedChannels : defaultAllowedChannels(installed);
  if (!allowed.includes(input.channel)) {
    return refuse("channel-not-allowed", `channel "${input.channel}" is not allowed here (allowed: ${allowed.join(", ")}); pass --channels to follow it`);
  }
  if (!installed) return { action: "install", message: `install ${candidate} (${input.channel}): nothing installed yet` };
  const cmp = (0, import_semver.compare)(candidate, installed);
  if (cmp > 0) return { action: "install", message: `update ${installed} → ${candidate} (${input.channel})` };
  if (cmp === 0) return { action: "up-to-date", message: `${installed} is installed, the manifest offers the same version` };
  if (input.allowDowngrade) {
    return { action: "install", message: `downgrade ${installed} → ${candidate} (${input.channel}), explicitly allowed` };
  }
  return refuse(
    "downgrade",
    `the manifest offers ${candidate}, older than the installed ${installed}: refusing a downgrade (a replayed old manifest looks exactly like this); allow it explicitly only for an intended rollback`
  );
}

// src/packages/verify-package.ts
function additionalSignatures(pkg) {
  const more = pkg.signatures.minisignAdditional;
  return Array.isArray(more) ? more.filter((x) => typeof x === "string") : [];
}
function done(d, extra = {}) {
  return { ...d, exitCode: exitCodeFor(d.action), ...extra };
}
async function verifyPackage(opts) {
  if (typeof opts.product !== "string" || !opts.product.trim()) {
    throw fieldError("product", "is required: name the product this agent or server installs, so a manifest of another product signed by the same key is refused.");
  }
  if (!!opts.trustRoot === !!opts.publicKey) {
    throw fieldError("public-key", opts.trustRoot ? "and {{trust-root}} were both given: an agent trusts one pinned key or one root chain, never both." : "or {{trust-root}} is required: the pinned key, or the root the agent ships.");
  }
  let keys;
  let root;
  if (opts.trustRoot) {
    try {
      const source = typeof opts.roots === "string" ? rootSource(opts.roots) : opts.roots;
      root = (await walkRootChain(opts.trustRoot, source, { now: opts.now, product: opts.product })).root;
    } catch (err) {
      if (err instanceof TrustError) return done(refuse(err.reason, err.message));
      throw err;
    }
    keys = { kind: "root", root };
  } else {
    try {
      keys = { kind: "pin", pin: parsePublicKey(opts.publicKey.trim()) };
    } catch (err) {
      return done(refuse("wrong-key", `the pinned public key is not a minisign public key: ${errorMessage(err)}`));
    }
  }
  let platform;
  let prefs;
  try {
    platform = normalizePlatformKey(opts.platform);
  } catch (err) {
    return done(refuse("platform-missing", errorMessage(err)));
  }
  try {
    prefs = typeof opts.preferredBundles === "object" ? opts.preferredBundles : parsePreferredBundles(opts.preferredBundles);
  } catch (err) {
    throw fieldError("preferred-bundles", errorMessage(err));
  }
  const signed = signedInput(opts);
  if ("action" in signed) return done(signed);
  const checked = checkManifest(signed.bytes, [signed.signature, ...signed.extra], keys, opts.product);
  if ("action" in checked) return done(checked.decision, { ...checked.manifest ? { manifest: checked.manifest } : {}, ...root ? { root } : {} });
  const manifest = checked;
  const base = { manifest, version: manifest.version, channel: manifest.channel, ...root ? { root } : {} };
  if (manifest.expires && (opts.now ?? /* @__PURE__ */ new Date()).getTime() > Date.parse(manifest.expires)) {
    return done(refuse("expired", `the manifest expired at ${manifest.expires}: a mirror may be serving a frozen, old manifest; the publisher must re-publish`), base);
  }
  const pkg = findPackage(manifest, platform, prefs);
  if (!pkg) {
    return done(refuse("platform-missing", `the manifest has no package for ${platform} (it has ${manifest.packages.map((p) => p.platform).join(", ")})`), base);
  }
  const pkgSigs = [];
  try {
    for (const text of [pkg.signatures.minisign, ...keys.kind === "root" ? additionalSignatures(pkg) : []]) pkgSigs.push(parseSignature(text));
  } catch (err) {
    return done(refuse("package-signature-mismatch", `the ${pkg.platform} package signature is malformed: ${errorMessage(err)}`), { ...base, package: pkg });
  }
  const pkgSigned = packageSigners(pkg.platform, pkgSigs, keys);
  if ("action" in pkgSigned) return done(pkgSigned, { ...base, package: pkg });
  for (const sig of pkgSigned) {
    const signedVersion = trustedCommentField(sig.trustedComment, "version");
    if (signedVersion !== void 0 && normalizeVersion(signedVersion) !== manifest.version) {
      return done(refuse("trusted-comment-mismatch", `the ${pkg.platform} package is signed for version ${signedVersion}, the manifest says ${manifest.version}`), { ...base, package: pkg });
    }
  }
  const decision = decideUpdate({ candidate: manifest.version, channel: manifest.channel, installed: opts.installed, allowedChannels: opts.channels, allowDowngrade: opts.allowDowngrade });
  if (decision.action === "refuse" || !opts.file) return done(decision, { ...base, package: pkg });
  const d = await hashFile(opts.file, ["sha256", "blake2b512"]);
  if (d.size !== pkg.size || d.sha256 !== pkg.sha256) {
    return done(
      refuse("package-hash-mismatch", `${opts.file} does not match the manifest: ${d.size} bytes, sha256 ${d.sha256}; expected ${pkg.size} bytes, sha256 ${pkg.sha256}`),
      { ...base, package: pkg }
    );
  }
  const failures = [];
  let valid = 0;
  for (const sig of pkgSigned) {
    try {
      await verifyPackageSignature(sig, keys.kind === "pin" ? keys.pin : parsePublicKey(keys.root.keys[sig.keyIdHex]), opts.file, d.blake2b512);
      valid++;
    } catch (err) {
      failures.push(`${sig.keyIdHex}: ${errorMessage(err)}`);
    }
  }
  const needed = keys.kind === "pin" ? 1 : keys.root.roles.release.threshold;
  if (valid < needed) {
    return done(refuse("package-signature-mismatch", `${opts.file}: ${valid} of ${needed} needed signature(s) verify — ${failures.join("; ")}`), { ...base, package: pkg });
  }
  return done(decision, { ...base, package: pkg, fileVerified: true });
}
function packageSigners(platform, sigs, keys) {
  if (keys.kind === "pin") {
    const sig = sigs[0];
    if (!sig.keyId.equals(keys.pin.keyId)) return refuse("package-signature-mismatch", `the ${platform} package is signed by key ${sig.keyIdHex}, not by the pinned key ${keys.pin.keyIdHex}`);
    return [sig];
  }
  const role = keys.root.roles.release;
  const byKey = /* @__PURE__ */ new Map();
  const strangers = [];
  for (const sig of sigs) {
    if (!role.keyIds.includes(sig.keyIdHex)) strangers.push(sig.keyIdHex);
    else if (!byKey.has(sig.keyIdHex)) byKey.set(sig.keyIdHex, sig);
  }
  if (byKey.size >= role.threshold) return [...byKey.values()];
  if (strangers.length) return refuse("package-signature-mismatch", `the ${platform} package is signed by ${strangers.join(", ")}, not release key(s) of root ${keys.root.version} (${role.keyIds.join(", ")})`);
  return refuse("release-threshold", `the ${platform} package has signatures by ${byKey.size} distinct release key(s), root ${keys.root.version} needs ${role.threshold}`);
}
function signedInput(opts) {
  const bytes = Buffer.isBuffer(opts.manifest) ? opts.manifest : Buffer.from(opts.manifest, "utf8");
  let envelope;
  try {
    envelope = parseSignedManifest(bytes.toString("utf8"));
  } catch (err) {
    return refuse("invalid-manifest", errorMessage(err));
  }
  if (envelope) return { bytes: Buffer.from(envelope.manifest, "utf8"), signature: envelope.minisign, extra: [...opts.extraSignatures ?? [], ...signedEnvelopeExtras(bytes)] };
  if (opts.signature === void 0) return refuse("bad-manifest-signature", "no signature: give manifest.json.minisig, or manifest.signed.json (the manifest and its signature in one file)");
  return { bytes, signature: opts.signature, extra: opts.extraSignatures ?? [] };
}
function signedEnvelopeExtras(bytes) {
  try {
    const more = JSON.parse(bytes.toString("utf8")).minisignAdditional;
    return Array.isArray(more) ? more.filter((x) => typeof x === "string") : [];
  } catch {
    return [];
  }
}
function checkManifest(bytes, signatures, keys, product) {
  const no = (decision, manifest2) => ({ action: "refuse", decision, manifest: manifest2 });
  const trustedComments = [];
  if (keys.kind === "pin") {
    const pin = keys.pin;
    try {
      const sig = parseSignature(signatures[0]);
      if (!sig.keyId.equals(pin.keyId)) return no(refuse("wrong-key", `the manifest is signed by key ${sig.keyIdHex}, not by the pinned key ${pin.keyIdHex}`));
      trustedComments.push(verifySignature(sig, pin, { data: bytes }).trustedComment);
    } catch (err) {
      return no(refuse("bad-manifest-signature", `bad manifest signature: ${errorMessage(err)}`));
    }
  } else {
    const root = keys.root;
    const c = releaseThreshold(root, bytes, signatures, (tc) => {
      trustedComments.push(tc);
      return void 0;
    });
    if (!c.met) {
      const got = `${c.valid.length} valid signature(s) by release keys${c.valid.length ? ` (${c.valid.join(", ")})` : ""}, root ${root.version} needs ${c.threshold} of ${root.roles.release.keyIds.join(", ")}`;
      if (c.invalid.length) return no(refuse("bad-manifest-signature", `bad manifest signature by ${c.invalid.join(", ")} (altered after signing, or a broken signature); ${got}`));
      if (c.strangers.length) return no(refuse("wrong-key", `the manifest is signed by ${c.strangers.join(", ")}, not a release key of root ${root.version}; ${got}`));
      return no(refuse("release-threshold", `the manifest's release threshold is not met: ${got}`));
    }
  }
  let manifest;
  try {
    manifest = parseManifest(bytes.toString("utf8"));
  } catch (err) {
    return no(refuse("invalid-manifest", `the signed manifest is not a valid relforge.packages/v1 document: ${err instanceof PackagesManifestError ? err.problems.join("; ") : errorMessage(err)}`));
  }
  for (const tc of trustedComments) {
    const binding = trustedCommentProblems(tc, manifest);
    if (binding.length) return no(refuse("trusted-comment-mismatch", binding.join("; ")), manifest);
  }
  if (keys.kind === "pin" && manifest.keyId !== keys.pin.keyIdHex) return no(refuse("wrong-key", `the manifest names key ${manifest.keyId}, the pinned key is ${keys.pin.keyIdHex}`), manifest);
  if (keys.kind === "root" && !keys.root.roles.release.keyIds.includes(manifest.keyId)) {
    return no(refuse("wrong-key", `the manifest names key ${manifest.keyId}, which is not a release key of root ${keys.root.version} (${keys.root.roles.release.keyIds.join(", ")})`), manifest);
  }
  if (manifest.product !== product) return no(refuse("product-mismatch", `the manifest is for product "${manifest.product}", expected "${product}"`), manifest);
  return manifest;
}

// src/cli/verify-package.ts
function read(path, what) {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new RelforgeError(`Cannot read ${what} ${path}: ${errorMessage(err)}`, { exitCode: 2 });
  }
}
var verify_package_default = defineCommand({
  schema: verifyPackageSchema,
  notes: `Checks the manifest's minisign signature against the pinned key, that the signed trusted comment binds its product,
version and channel, that it is the --product you install, that the platform's package is signed by the same key,
the channel, and that the version is newer than --installed (SemVer, prereleases included). With --file, also the
downloaded package's size, sha256 and signature. --manifest may be manifest.signed.json (manifest and signature in
one file: one download, never a manifest beside another manifest's signature).
Default channels: stable, plus the installed version's prerelease channel (1.3.0-beta.2 → beta).
With --trust-root (the root the agent ships) and --roots (a directory or a URL template with {version}) instead of
--public-key, the root chain is walked first (refusals root-rollback, root-gap, root-threshold, root-expired…), then
the manifest and the package must be signed by a threshold of the newest root's release keys: further manifest
signatures are read from <manifest>.<KEYID>.minisig beside the manifest (see docs/formats.md, "Root metadata").
Exit codes: 0 update available · 10 up to date · 20 refused · 2 usage error · 1 other error.`,
  async run(v, { given }) {
    const manifest = read(v.manifest, "the manifest");
    let oneFile = false;
    try {
      oneFile = parseSignedManifest(manifest.toString("utf8")) !== void 0;
    } catch {
      oneFile = true;
    }
    const signature = oneFile ? void 0 : read(v.signature ?? `${v.manifest}.minisig`, "the manifest signature").toString("utf8");
    const trustRoot = v["trust-root"] === void 0 ? void 0 : read(v["trust-root"], "the shipped root (--trust-root)").toString("utf8");
    if (v.roots !== void 0 && trustRoot === void 0) throw new RelforgeError("--roots needs --trust-root (the root the agent ships): the chain starts there.", { exitCode: 2 });
    if (trustRoot !== void 0 && v["public-key"] !== void 0 && given.has("public-key")) {
      throw new RelforgeError("--public-key and --trust-root were both given: an agent trusts one pinned key or one root chain, never both.", { exitCode: 2 });
    }
    if (trustRoot === void 0 && v["public-key"] === void 0) throw new RelforgeError("--public-key or --trust-root is required: the pinned key, or the root the agent ships.", { exitCode: 2 });
    const now = parseNow(v.now);
    const r = await verifyPackage({
      now,
      manifest,
      signature,
      ...trustRoot !== void 0 ? { trustRoot, roots: v.roots, extraSignatures: oneFile ? [] : coSignatures(v.manifest) } : { publicKey: v["public-key"] },
      product: v.product,
      platform: v.platform,
      preferredBundles: v["preferred-bundles"],
      installed: v.installed,
      channels: v.channels.length ? v.channels : void 0,
      allowDowngrade: v["allow-downgrade"],
      file: v.file
    });
    if (v.json) {
      const out = {
        action: r.action,
        reason: r.reason ?? null,
        message: r.message,
        exitCode: r.exitCode,
        version: r.version ?? null,
        channel: r.channel ?? null,
        fileVerified: !!r.fileVerified,
        package: r.package ?? null,
        ...r.root ? { root: { version: r.root.version, expires: r.root.expires, releaseKeyIds: r.root.roles.release.keyIds, releaseThreshold: r.root.roles.release.threshold } } : {}
      };
      console.log(JSON.stringify(out, null, 2));
    } else if (r.action === "refuse") {
      console.error(`refused (${r.reason}): ${r.message}`);
    } else {
      console.log(`${r.action}: ${r.message}`);
      if (r.action === "install" && r.package) console.log(`url: ${r.package.url}
sha256: ${r.package.sha256}
size: ${r.package.size}${r.fileVerified ? "\nfile: verified" : ""}`);
    }
    return r.exitCode;
  }
});
function parseNow(text) {
  if (text === void 0) return void 0;
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/.test(text.trim()) ? Date.parse(text.trim()) : NaN;
  if (Number.isNaN(ms)) throw new RelforgeError(`--now "${text}" is not an RFC 3339 UTC time (e.g. 2026-06-01T00:00:00Z).`, { exitCode: 2 });
  return new Date(ms);
}
function coSignatures(manifestPath) {
  const dir = dirname(manifestPath);
  const prefix = `${basename(manifestPath)}.`;
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((n) => n.startsWith(prefix) && /^[0-9A-F]{16}\.minisig$/.test(n.slice(prefix.length))).sort().map((n) => read(join(dir, n), "a manifest co-signature").toString("utf8"));
}

export {
  verify_package_default,
  parseNow
};
