import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  chooseTokenMethod,
  getAccessToken,
  normalizeEndpoint,
  preflight
} from "./chunk-KQ3NOQ3P.js";
import {
  trustedSigningRehearsal
} from "./chunk-7A35VKIN.js";
import {
  checkKeyPin,
  loadSigningKey
} from "./chunk-CV2P5TFH.js";
import {
  detectRuntime
} from "./chunk-NSBA6LUF.js";
import {
  VOCABULARY,
  variant
} from "./chunk-BLP2XCSJ.js";
import {
  defineSchema,
  flag
} from "./chunk-E2MW5JXR.js";
import {
  Problems,
  RelforgeError,
  errorMessage
} from "./chunk-ZSVB6QKT.js";

// src/preflight/options.ts
var PREFLIGHT_CHECKS = ["minisign", "trusted-signing", "token", "package-token"];
var preflightSchema = defineSchema({
  name: "preflight",
  summary: "check every secret a release needs (present, key opens, matches its pin) before anything is tagged",
  description: "Checks every secret the later jobs of a release need (present, minisign key opens and matches its pin, tokens present) before anything is tagged or pushed.",
  options: {
    require: {
      type: "list",
      default: "minisign,token",
      choices: PREFLIGHT_CHECKS,
      description: 'What the later jobs need (comma or newline separated; blank items are ignored): "minisign" (private-key opens with password and belongs to public-key), "trusted-signing" (Azure credentials and account settings), "token" (forge token), "package-token" (update server or package registry token).',
      cli: { metavar: "CHECKS" }
    },
    "private-key": variant("private-key", "names the job that uses it", {
      description: "The minisign secret key the sign job uses (secret MINISIGN_PRIVATE_KEY): the key file text, a PKCS#8 PEM or base64 of a 32-byte seed."
    }),
    password: VOCABULARY.password,
    "public-key": variant("public-key", "what the pin is checked against", {
      description: 'The pin (variable MINISIGN_PUBLIC_KEY): minisign public key text or its base64 "RW…" line. With "minisign" the private key must belong to it.'
    }),
    token: variant("token", "names the jobs that use it", { description: "Forge token the stage and release jobs draft, push and publish with (secret RELEASE_TOKEN, else the job token)." }),
    "package-token": VOCABULARY["package-token"],
    "azure-tenant-id": VOCABULARY["azure-tenant-id"],
    "azure-client-id": VOCABULARY["azure-client-id"],
    "azure-client-secret": VOCABULARY["azure-client-secret"],
    "azure-authority-host": { type: "string", description: "Entra ID authority host for the online check (sovereign clouds, emulators); default https://login.microsoftonline.com.", cli: { metavar: "URL" } },
    "trusted-signing-endpoint": { type: "string", description: "Trusted Signing endpoint of the account (e.g. https://eus.codesigning.azure.net).", cli: { metavar: "URL" } },
    "trusted-signing-account": { type: "string", description: "Trusted Signing account name.", cli: { metavar: "NAME" } },
    "trusted-signing-profile": { type: "string", description: "Certificate profile name.", cli: { metavar: "NAME" } },
    online: flag(
      `With "trusted-signing": also obtain an Entra ID token and read the account's certificate profile once (signs nothing), proving the credentials, the account, the profile and the signer role. The release workflow turns it on unless its "offline" input is true.`
    ),
    json: variant("json", "names what is printed", { description: "Print the report as JSON." })
  },
  outputs: {
    checked: 'JSON list of the checks that passed (the "require" items).',
    "key-id": 'Key id (16 hex digits) of the minisign key that was checked; empty without "minisign".'
  }
});
function preflightSettings(v, env = process.env) {
  return {
    require: v.require,
    privateKey: v["private-key"],
    password: v.password,
    publicKey: v["public-key"],
    token: v.token,
    packageToken: v["package-token"],
    azure: { tenantId: v["azure-tenant-id"], clientId: v["azure-client-id"], clientSecret: v["azure-client-secret"], authorityHost: v["azure-authority-host"] },
    trustedSigning: { endpoint: v["trusted-signing-endpoint"], account: v["trusted-signing-account"], profile: v["trusted-signing-profile"] },
    online: v.online,
    runtime: detectRuntime(env),
    env
  };
}

// src/preflight/preflight.ts
var NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
var blank = (v) => v === void 0 || v.trim() === "";
async function checkMinisign(s, p) {
  const before = p.count;
  if (blank(s.privateKey)) {
    p.add("private-key", "is empty: the sign job needs the minisign secret key. Store the whole key file (relforge keygen writes one) as the secret MINISIGN_PRIVATE_KEY and pass it to this step.");
  }
  if (blank(s.publicKey)) {
    p.add("public-key", 'is empty: set the variable MINISIGN_PUBLIC_KEY to the "RW…" line of your .pub file; every signature is checked against this pin.');
  }
  if (p.count > before) return void 0;
  let key;
  try {
    key = await loadSigningKey(s.privateKey, s.password || void 0);
  } catch (err) {
    const why = errorMessage(err);
    const encrypted = /encrypted|password|scrypt|checksum/i.test(why);
    p.add(
      "private-key",
      encrypted ? `does not open with {{password}} (secret MINISIGN_PASSWORD): ${why}` : `is not a usable signing key: ${why}`
    );
    return void 0;
  }
  try {
    checkKeyPin(key, s.publicKey);
  } catch (err) {
    p.add("public-key", `does not match the private key: ${errorMessage(err)} Set MINISIGN_PUBLIC_KEY to the .pub of MINISIGN_PRIVATE_KEY (or store the private key that belongs to the pin).`);
    return void 0;
  }
  return { detail: `key ${key.keyIdHex} opens${s.password ? " with its password" : ""} and matches the pinned public key`, keyId: key.keyIdHex };
}
async function checkTrustedSigning(s, p) {
  const before = p.count;
  const { endpoint, account, profile } = s.trustedSigning;
  let base;
  if (blank(endpoint)) p.add("trusted-signing-endpoint", "is empty: set the regional endpoint of the signing account, e.g. https://eus.codesigning.azure.net.");
  else {
    try {
      base = normalizeEndpoint(endpoint);
    } catch {
      p.add("trusted-signing-endpoint", `must be https://<region>.codesigning.azure.net (or that host alone), got "${endpoint.trim()}".`);
    }
  }
  if (!NAME_RE.test(account?.trim() ?? "")) p.add("trusted-signing-account", `must be the signing account name (letters, digits, hyphens), got "${account?.trim() ?? ""}".`);
  if (!NAME_RE.test(profile?.trim() ?? "")) p.add("trusted-signing-profile", `must be the certificate profile name (letters, digits, hyphens), got "${profile?.trim() ?? ""}".`);
  const creds = {
    tenantId: s.azure.tenantId || void 0,
    clientId: s.azure.clientId || void 0,
    clientSecret: s.azure.clientSecret || void 0,
    authorityHost: s.azure.authorityHost || void 0
  };
  let method;
  try {
    method = chooseTokenMethod(creds, s.runtime, s.env);
  } catch (err) {
    p.include(err, " (secrets AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET)");
  }
  if (p.count > before) return void 0;
  if (!s.online) return `settings well-formed; credentials present (${method}); not checked online (online: false)`;
  try {
    const rehearsal = trustedSigningRehearsal(s.env);
    const target = rehearsal ? { endpoint: rehearsal.endpoint, account: rehearsal.account, profile: rehearsal.profile, creds: { ...creds, authorityHost: rehearsal.authorityHost } } : { endpoint: base, account: account.trim(), profile: profile.trim(), creds };
    const token = await getAccessToken(target.creds, s.runtime, s.env);
    const r = await preflight({ endpoint: target.endpoint, account: target.account, profile: target.profile, token: token.token });
    return `${rehearsal ? "REHEARSAL (checked against relforge's Trusted Signing emulators, not Azure): " : ""}Entra ID token obtained (${token.method}); profile "${target.profile}" readable (${r.ekus.length} EKU${r.ekus.length === 1 ? "" : "s"})`;
  } catch (err) {
    p.include(err);
    return void 0;
  }
}
async function runPreflight(s) {
  const p = new Problems();
  const results = [];
  const required = new Set(s.require);
  if (required.size === 0) throw new RelforgeError('preflight: nothing to check ("require" is empty); name what the later jobs need, e.g. minisign,token.');
  let keyId;
  for (const check of PREFLIGHT_CHECKS) {
    if (!required.has(check)) continue;
    const before = p.count;
    let detail;
    if (check === "minisign") {
      const r = await checkMinisign(s, p);
      detail = r?.detail;
      keyId = r?.keyId;
    } else if (check === "trusted-signing") {
      detail = await checkTrustedSigning(s, p);
    } else if (check === "token") {
      if (blank(s.token)) p.add("token", "is empty: the stage job drafts the release and the release job pushes the tag and publishes with it. Pass the secret RELEASE_TOKEN, or the job token (under act: a GITHUB_TOKEN secret).");
      else detail = "forge token present";
    } else {
      if (blank(s.packageToken)) p.add("package-token", "is empty: the packages job uploads with it. Store the update server or package registry token as the secret PACKAGE_TOKEN and pass it to this step.");
      else detail = "package token present";
    }
    results.push({ check, ok: p.count === before, detail: p.count === before ? detail ?? "ok" : "failed" });
  }
  p.throwIfAny();
  return { results, keyId };
}
function renderPreflightSummary(r) {
  const rows = r.results.map((x) => `| ${x.check} | ${x.ok ? "ok" : "FAILED"} | ${x.detail.replace(/\|/g, "\\|")} |`);
  return ["### relforge preflight", "", "| check | result | detail |", "|---|---|---|", ...rows, ""].join("\n");
}

export {
  preflightSchema,
  preflightSettings,
  runPreflight,
  renderPreflightSummary
};
