import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  parseNow
} from "./chunk-E45S2WW3.js";
import {
  defineCommand
} from "./chunk-ODS7LYII.js";
import {
  TrustError,
  addSignature,
  buildRoot,
  canonicalRootBytes,
  parseDuration,
  parseRoot,
  rfc3339,
  rootFileName,
  rootSigners,
  rootSource,
  rotateRoot,
  serializeRoot,
  walkRootChain
} from "./chunk-4JUBYVDI.js";
import "./chunk-PUJDSSOW.js";
import "./chunk-QDGQJLQ4.js";
import "./chunk-YF5KYWNU.js";
import "./chunk-QMOW4FBF.js";
import "./chunk-UTAM4NQJ.js";
import {
  loadSigningKey
} from "./chunk-CV2P5TFH.js";
import "./chunk-EMFWNUUK.js";
import "./chunk-H3MUK3LW.js";
import {
  signMessage
} from "./chunk-XOUA3GKF.js";
import "./chunk-Y7UKLQWK.js";
import "./chunk-NXKPZHBO.js";
import {
  variant
} from "./chunk-BLP2XCSJ.js";
import {
  defineSchema
} from "./chunk-E2MW5JXR.js";
import "./chunk-ZJ4GZZ6R.js";
import "./chunk-A3HMJ4J5.js";
import {
  RelforgeError,
  errorMessage,
  fieldError
} from "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/cli/trust.ts
import { writeFileSync as writeFileSync2 } from "node:fs";

// src/packages/trust/options.ts
var TRUST_SUBCOMMANDS = ["init", "rotate", "sign", "canonical", "verify"];
var trustSchema = defineSchema({
  name: "trust",
  summary: "make, sign and verify the root chain (N.root.json) that lets agents rotate and revoke update keys",
  options: {
    args: {
      type: "list",
      required: true,
      description: "The sub-command (init, rotate, sign, canonical, verify), then FILE for sign and canonical.",
      cli: { positional: true, metavar: "SUBCOMMAND [FILE]" }
    },
    product: variant("product", "init only; rotate takes the previous root's", { required: false, description: "init: the product the chain belongs to (rotate: must equal the previous root's)." }),
    "root-keys": { type: "list", description: "init/rotate: the root role's public keys (.pub files or RW… lines, comma-separated). rotate: default the previous root's.", cli: { metavar: "PUB,…" } },
    "root-threshold": { type: "integer", min: 1, max: 255, description: "init/rotate: how many root keys must sign a root (rotate: default the previous root's)." },
    "release-keys": { type: "list", description: "init/rotate: the release role's public keys (the key(s) CI signs manifests and packages with). rotate: default the previous root's.", cli: { metavar: "PUB,…" } },
    "release-threshold": { type: "integer", min: 1, max: 255, description: "init/rotate: how many release keys must sign a manifest and each package (default 1; rotate: the previous root's)." },
    "expires-in": { type: "string", description: "init/rotate: validity from now, e.g. 365d, 52w, 12h (agents refuse an expired newest root).", cli: { metavar: "DURATION" } },
    out: { type: "string", description: "init/rotate: the file to write (rotate: default <N+1>.root.json beside --from); canonical: write the bytes here instead of stdout.", cli: { metavar: "FILE" } },
    from: { type: "string", description: "rotate: the current root N.root.json. sign: the previous root, when a key of the previous root signs root N+1.", cli: { metavar: "FILE" } },
    "private-key": variant("private-key", "an offline root key: never read from MINISIGN_PRIVATE_KEY (the CI release key)", {
      env: void 0,
      description: "sign: a root key's minisign secret key (offline; never a CI secret)."
    }),
    password: variant("password", "of an offline root key: never read from the CI key's MINISIGN_PASSWORD", { env: void 0, description: "sign: the password of an encrypted secret key." }),
    signature: { type: "string", description: "sign: add this .minisig (made with `minisign -S` over `relforge trust canonical FILE`) instead of signing with --private-key-file.", cli: { metavar: "FILE" } },
    "trust-root": { type: "string", description: "verify: the root the agent ships (N.root.json).", cli: { metavar: "FILE" } },
    roots: { type: "string", description: "verify: a directory of N.root.json files, or a URL template with {version}.", cli: { metavar: "DIR|URL" } },
    now: { type: "string", description: "verify: the time to check expiry against (RFC 3339; default the clock): for conformance runs and tests.", cli: { metavar: "TIME" } },
    json: variant("json", "verify only", { description: "verify: print the result as JSON." })
  }
});

// src/packages/trust/trust.ts
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
function readText(path, what) {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    throw new RelforgeError(`Cannot read ${what} ${path}: ${errorMessage(err)}`);
  }
}
function readPublicKeyArg(item) {
  const t = item.trim();
  return /^RW[A-Za-z0-9+/=]+$/.test(t) || t.includes("\n") ? t : readText(t, "the public key");
}
function loadRootFile(path) {
  return parseRoot(readText(path, "the root"), path);
}
function writeAtomic(path, text, overwrite) {
  if (!overwrite && existsSync(path)) throw new RelforgeError(`${path} already exists: keeping it (choose another --out, or remove it first).`);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temp, text, { flag: "wx" });
  renameSync(temp, path);
}
function expiresFrom(expiresIn, now) {
  if (!expiresIn) throw fieldError("expires-in", "is required: how long the root stays valid (e.g. 365d). Agents refuse an expired newest root.");
  const ms = parseDuration(expiresIn);
  if (ms === void 0) throw fieldError("expires-in", `"${expiresIn}" is not a duration: a number followed by s, m, h, d or w (e.g. 365d).`);
  return rfc3339(new Date(Math.floor(now.getTime() / 1e3) * 1e3 + ms));
}
function initRootFile(opts) {
  if (!opts.product) throw fieldError("product", "is required for init: the product this chain belongs to.");
  if (!opts.rootKeys.length) throw fieldError("root-keys", "is required for init: the root role's public keys.");
  if (!opts.releaseKeys.length) throw fieldError("release-keys", "is required for init: the release role's public keys.");
  if (opts.rootThreshold === void 0) throw fieldError("root-threshold", "is required for init: how many root keys must sign.");
  const out = opts.out ?? rootFileName(1);
  const env = buildRoot({
    product: opts.product,
    version: 1,
    expires: expiresFrom(opts.expiresIn, opts.now ?? /* @__PURE__ */ new Date()),
    rootKeys: opts.rootKeys.map(readPublicKeyArg),
    rootThreshold: opts.rootThreshold,
    releaseKeys: opts.releaseKeys.map(readPublicKeyArg),
    releaseThreshold: opts.releaseThreshold ?? 1
  });
  writeAtomic(out, serializeRoot(env), false);
  return { path: out, root: env.signed };
}
function rotateRootFile(opts) {
  if (!opts.from) throw fieldError("from", "is required for rotate: the current root (N.root.json).");
  const prev = loadRootFile(opts.from).signed;
  const keysOf = (role) => prev.roles[role].keyIds.map((id) => prev.keys[id]);
  const env = rotateRoot(prev, {
    product: opts.product,
    expires: expiresFrom(opts.expiresIn, opts.now ?? /* @__PURE__ */ new Date()),
    rootKeys: opts.rootKeys?.length ? opts.rootKeys.map(readPublicKeyArg) : keysOf("root"),
    rootThreshold: opts.rootThreshold ?? prev.roles.root.threshold,
    releaseKeys: opts.releaseKeys?.length ? opts.releaseKeys.map(readPublicKeyArg) : keysOf("release"),
    releaseThreshold: opts.releaseThreshold ?? prev.roles.release.threshold
  });
  const out = opts.out ?? join(dirname(opts.from), rootFileName(env.signed.version));
  writeAtomic(out, serializeRoot(env), false);
  return { path: out, root: env.signed };
}
function rootTrustedComment(root) {
  return `file:${rootFileName(root.version)}	product:${root.product}	root-version:${root.version}`;
}
async function signRootFile(opts) {
  if (!!opts.privateKey === !!opts.signature) {
    throw fieldError("private-key", opts.signature ? "and {{signature}} were both given: sign with one of them." : "or {{signature}} is required: a root key's secret key, or a .minisig made with minisign -S.");
  }
  const env = loadRootFile(opts.file);
  const previous = opts.from ? loadRootFile(opts.from).signed : void 0;
  if (previous && previous.version + 1 !== env.signed.version) {
    throw fieldError("from", `is root ${previous.version}, but ${opts.file} is root ${env.signed.version}: give the root just before it.`);
  }
  let minisig;
  if (opts.privateKey) {
    const key = await loadSigningKey(opts.privateKey, opts.password);
    minisig = signMessage(key.privateKey, key.keyId, canonicalRootBytes(env.signed), {
      trustedComment: rootTrustedComment(env.signed),
      untrustedComment: `signature of ${rootFileName(env.signed.version)} by root key ${key.keyIdHex}`
    });
  } else {
    minisig = readText(opts.signature, "the signature");
  }
  const r = addSignature(env, minisig, rootSigners(env.signed, previous));
  if (r.added) writeAtomic(opts.file, serializeRoot(r.envelope), true);
  return { keyId: r.keyId, added: r.added, count: r.envelope.signatures.length };
}

// src/cli/trust.ts
import { readFileSync as readFileSync2 } from "node:fs";
var trust_default = defineCommand({
  schema: trustSchema,
  notes: `Sub-commands (docs/key-rotation.md walks through them):
  trust init --product P --root-keys a.pub,b.pub --root-threshold K --release-keys r.pub [--release-threshold M] --expires-in 365d --out 1.root.json
  trust rotate --from N.root.json [--root-keys …] [--root-threshold K] [--release-keys …] [--release-threshold M] --expires-in 365d [--out N+1.root.json]
  trust sign FILE --private-key-file KEY [--password-env VAR] [--from N.root.json]   (adds one signature; same key twice: no change)
  trust sign FILE --signature FILE.minisig [--from N.root.json]                     (a signature made by plain minisign)
  trust canonical FILE [--out FILE]   the exact bytes a root signature covers (minisign -S -m them)
  trust verify --trust-root SHIPPED.root.json [--roots DIR|URL-with-{version}] [--product P] [--json]
Roots are unsigned after init/rotate: root 1 needs a threshold of its root keys; root N+1 a threshold of root N's
root keys (sign with --from N.root.json) AND a threshold of its own.`,
  async run(v) {
    const [sub, ...rest] = v.args;
    if (!TRUST_SUBCOMMANDS.includes(sub)) {
      throw new RelforgeError(`unknown trust sub-command "${sub}": use ${TRUST_SUBCOMMANDS.join(", ")}`, { exitCode: 2 });
    }
    const wantsFile = sub === "sign" || sub === "canonical";
    if (wantsFile ? rest.length !== 1 : rest.length !== 0) {
      throw new RelforgeError(`trust ${sub} ${wantsFile ? "takes one FILE" : "takes no file argument"} (got ${rest.length})`, { exitCode: 2 });
    }
    switch (sub) {
      case "init": {
        const r = initRootFile({ product: v.product, rootKeys: v["root-keys"], rootThreshold: v["root-threshold"], releaseKeys: v["release-keys"], releaseThreshold: v["release-threshold"], expiresIn: v["expires-in"], out: v.out });
        console.log(`Wrote ${r.path}: root ${r.root.version} of ${r.root.product}, expires ${r.root.expires}, UNSIGNED — ${r.root.roles.root.threshold} of root keys ${r.root.roles.root.keyIds.join(", ")} must sign it (relforge trust sign).`);
        return 0;
      }
      case "rotate": {
        const r = rotateRootFile({ from: v.from, product: v.product, rootKeys: v["root-keys"], rootThreshold: v["root-threshold"], releaseKeys: v["release-keys"], releaseThreshold: v["release-threshold"], expiresIn: v["expires-in"], out: v.out });
        console.log(`Wrote ${r.path}: root ${r.root.version} of ${r.root.product}, expires ${r.root.expires}, UNSIGNED — it needs a threshold of root ${r.root.version - 1}'s root keys (trust sign --from) and ${r.root.roles.root.threshold} of its own (${r.root.roles.root.keyIds.join(", ")}).`);
        return 0;
      }
      case "sign": {
        const r = await signRootFile({ file: rest[0], privateKey: v["private-key"] || void 0, password: v.password || void 0, signature: v.signature, from: v.from });
        console.log(r.added ? `Signed ${rest[0]} with key ${r.keyId} (${r.count} signature(s) now).` : `${rest[0]} already carries a valid signature by key ${r.keyId}: unchanged.`);
        return 0;
      }
      case "canonical": {
        const bytes = canonicalRootBytes(loadRootFile(rest[0]).signed);
        if (v.out) writeFileSync2(v.out, bytes);
        else process.stdout.write(bytes);
        return 0;
      }
      case "verify": {
        if (!v["trust-root"]) throw new RelforgeError("trust verify needs --trust-root (the root the agent ships).", { exitCode: 2 });
        try {
          const shipped = readFileSync2(v["trust-root"], "utf8");
          const { root, walked } = await walkRootChain(shipped, v.roots ? rootSource(v.roots) : void 0, { product: v.product, now: parseNow(v.now) });
          const release = root.roles.release;
          if (v.json) console.log(JSON.stringify({ trusted: true, version: root.version, expires: root.expires, product: root.product, walked, releaseKeyIds: release.keyIds, releaseThreshold: release.threshold, releaseKeys: release.keyIds.map((id) => root.keys[id]) }, null, 2));
          else {
            console.log(`trusted: root ${root.version} of ${root.product} (walked ${walked.length ? walked.join(", ") : "nothing newer"}), expires ${root.expires}`);
            console.log(`release keys (${release.threshold} of ${release.keyIds.length}): ${release.keyIds.map((id) => `${id} ${root.keys[id]}`).join(", ")}`);
          }
          return 0;
        } catch (err) {
          if (!(err instanceof TrustError)) throw err;
          if (v.json) console.log(JSON.stringify({ trusted: false, reason: err.reason, message: err.message }, null, 2));
          else console.error(`refused (${err.reason}): ${err.message}`);
          return 20;
        }
      }
    }
    return 2;
  }
});
export {
  trust_default as default
};
