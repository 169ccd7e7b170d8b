import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  readBody
} from "./chunk-AXXEGXWF.js";
import {
  createValidator,
  specPath
} from "./chunk-WWMDIAO5.js";
import "./chunk-YAGOLX6F.js";

// src/emulator/trusted-signing.ts
import { createServer } from "node:http";
import { constants, generateKeyPairSync, privateEncrypt, randomUUID } from "node:crypto";
var LEGACY_API_VERSION = "2022-06-15-preview";
var STABLE_API_VERSION = "2024-06-15";
var SUPPORTED = [LEGACY_API_VERSION, "2023-06-15-preview", STABLE_API_VERSION];
function der(tag, content) {
  const len = content.length;
  let lenBytes;
  if (len < 128) lenBytes = Buffer.from([len]);
  else {
    const hex = len.toString(16).padStart(len.toString(16).length + len.toString(16).length % 2, "0");
    const b = Buffer.from(hex, "hex");
    lenBytes = Buffer.concat([Buffer.from([128 | b.length]), b]);
  }
  return Buffer.concat([Buffer.from([tag]), lenBytes, content]);
}
var seq = (...c) => der(48, Buffer.concat(c));
var set = (...c) => der(49, Buffer.concat(c));
var ctx0 = (...c) => der(160, Buffer.concat(c));
var OID_SIGNED_DATA = Buffer.from("06092a864886f70d010702", "hex");
var OID_DATA = Buffer.from("06092a864886f70d010701", "hex");
function certsOnlyPkcs7(certs) {
  const leaf = certs[0];
  const signedData = seq(Buffer.from([2, 1, 1]), set(), seq(OID_DATA, ctx0(der(4, leaf))), ctx0(...certs), set());
  return seq(OID_SIGNED_DATA, ctx0(signedData));
}
function doubleBase64(derBytes) {
  const inner = derBytes.toString("base64").replace(/(.{64})/g, "$1\r\n").replace(/\r\n$/, "");
  return Buffer.from(inner + "\r\n", "ascii").toString("base64");
}
var DIGEST_INFO = {
  "256": { prefix: "3031300d060960864801650304020105000420", len: 32 },
  "384": { prefix: "3041300d060960864801650304020205000430", len: 48 },
  "512": { prefix: "3051300d060960864801650304020305000440", len: 64 }
};
function rsaSign(key, bits, digest) {
  return privateEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, Buffer.concat([Buffer.from(DIGEST_INFO[bits].prefix, "hex"), digest]));
}
async function startTrustedSigning(opts) {
  const pki = opts.pki;
  const validator = createValidator(specPath("trusted-signing-2024-06-15.openapi.json"), { onViolation: "record" });
  const sockets = /* @__PURE__ */ new Set();
  const extraViolations = [];
  const tokens = new Set(opts.tokens ?? []);
  const emu = {
    url: "",
    account: opts.account ?? "contoso-signing",
    profile: opts.profile ?? "contoso-release",
    pollsBeforeDone: opts.pollsBeforeDone ?? 1,
    requests: [],
    signOperations: 0,
    violations: [],
    ekus: ["1.3.6.1.4.1.311.97.1.0", "1.3.6.1.5.5.7.3.3", pki.identityEku],
    acceptToken: (t) => void tokens.add(t),
    leaf: pki.leaf,
    close: async () => {
    }
  };
  const state = { pki, validator, tokens, operations: /* @__PURE__ */ new Map(), hanging: /* @__PURE__ */ new Set(), emu, violation: (m) => void extraViolations.push(m) };
  const server = createServer((req, res) => {
    void handleSigning(state, req, res).catch((err) => {
      state.violation(`emulator error: ${err.stack ?? String(err)}`);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" }).end("emulator error");
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  emu.url = `http://127.0.0.1:${server.address().port}`;
  emu.close = () => new Promise((r) => {
    for (const h of state.hanging) h.destroy();
    for (const s of sockets) s.destroy();
    server.close(() => r());
  });
  Object.defineProperty(emu, "violations", {
    get: () => [...validator.violations.map((v) => `${v.kind} ${v.method} ${v.path}${v.status ? ` → ${v.status}` : ""}: ${v.message}`), ...extraViolations]
  });
  return emu;
}
var chainFor = (state, leaf) => leaf === state.other ? [leaf.certDer, state.pki.otherIntermediate.certDer, state.pki.otherRoot.certDer] : [leaf.certDer, state.pki.intermediate.certDer, state.pki.root.certDer];
function routeOf(m, method, layout) {
  let route = "unknown";
  if (m) {
    const [, , , kind, sub] = m;
    if (kind === ":sign" && !sub && method === "POST") route = "sign";
    else if (kind === "/sign" && !sub && method === "POST") route = "sign";
    else if (kind === "/sign" && sub && ["certchain", "rootcert", "eku"].includes(sub) && method === "GET") route = `preflight:${sub}`;
    else if (kind === "/sign" && sub && method === "GET") route = "status";
    if (kind === "/sign" && !sub && layout === "stable") route = "unknown";
    if (kind === ":sign" && layout === "legacy") route = "unknown";
  }
  return route;
}
async function parseSigningRequest(state, req, res) {
  const { validator, emu } = state;
  const url = new URL(req.url ?? "/", "http://localhost");
  const body = await readBody(req);
  const path = url.pathname;
  const apiVersion = url.searchParams.get("api-version");
  const method = req.method ?? "GET";
  const m = /^\/codesigningaccounts\/([^/]+)\/certificateprofiles\/([^/:]+)(:sign|\/sign)(?:\/([^/]+))?$/.exec(path) ?? null;
  const layout = apiVersion === LEGACY_API_VERSION ? "legacy" : "stable";
  const route = routeOf(m, method, layout);
  const log = { method, path, apiVersion, route, status: 0 };
  emu.requests.push(log);
  const stable = layout === "stable";
  const headers = req.headers;
  if (stable && route !== "unknown") validator.validateRequest({ method, path, query: url.searchParams, headers, body: body.length ? body.toString("utf8") : void 0 });
  const send = (status, payload, extra = {}, contentType = "application/json; charset=utf-8") => {
    log.status = status;
    const buf = payload === void 0 ? Buffer.alloc(0) : Buffer.isBuffer(payload) ? payload : Buffer.from(JSON.stringify(payload));
    const h = { ...extra, "content-length": buf.length };
    if (buf.length) h["content-type"] = contentType;
    if (stable && route !== "unknown" && !extra["x-relforge-skip-validation"]) {
      validator.validateResponse({ method, path, status, headers: h, body: contentType.startsWith("application/json") && buf.length ? JSON.parse(buf.toString("utf8")) : void 0 });
    }
    delete h["x-relforge-skip-validation"];
    res.writeHead(status, h).end(buf);
  };
  const error = (status, code, message, extra = {}) => {
    if (layout === "legacy") send(status, { errorDetail: { code, message, target: null } }, extra);
    else send(status, { error: { code, message } }, { "x-ms-error-code": code, ...extra });
  };
  return { req, res, body, m, route, layout, apiVersion, log, send, error };
}
async function handleSigning(state, req, res) {
  const { emu, pki } = state;
  const r = await parseSigningRequest(state, req, res);
  const { m, route, layout, apiVersion, log, send, error } = r;
  if (route === "unknown") {
    error(404, "NotFound", `No route for ${log.method} ${log.path}`);
    return;
  }
  if (!apiVersion || !SUPPORTED.includes(apiVersion)) {
    error(400, "UnsupportedApiVersion", `The HTTP resource does not support the API version '${apiVersion}'.`, { "api-supported-versions": SUPPORTED.join(", ") });
    return;
  }
  const auth = req.headers.authorization ?? "";
  const token = /^Bearer (.+)$/.exec(auth)?.[1];
  if (!token || !state.tokens.has(token)) {
    error(401, "Unauthorized", "The access token is missing, invalid, or not issued for https://codesigning.azure.net.", { "www-authenticate": 'Bearer authorization_uri="https://login.microsoftonline.com/common"' });
    return;
  }
  const f = emu.fault;
  const routeKind = route.startsWith("preflight") ? "preflight" : route;
  if (f?.kind === "reject-legacy-version" && layout === "legacy") {
    error(401, "Unauthorized", `api-version ${apiVersion} is not supported for this account.`, { "api-supported-versions": SUPPORTED.join(", ") });
    return;
  }
  if (f?.kind === "status" && (f.on ?? ["sign", "status", "preflight"]).includes(routeKind) && (f.times === void 0 || f.times > 0)) {
    if (f.times !== void 0) f.times--;
    const extra = {};
    if (f.status === 429) extra["retry-after"] = "1";
    if (f.json === false) {
      log.status = f.status;
      res.writeHead(f.status, extra).end();
      return;
    }
    error(f.status, f.code ?? defaultCode(f.status), f.message ?? defaultMessage(f.status), extra);
    return;
  }
  if (f?.kind === "hang" && (f.on ?? ["sign"]).includes(routeKind)) {
    state.hanging.add(res);
    return;
  }
  const [, account, profile] = m;
  if (decodeURIComponent(account) !== emu.account || decodeURIComponent(profile) !== emu.profile) {
    error(404, "NotFound", `Certificate profile '${decodeURIComponent(account)}/${decodeURIComponent(profile)}' was not found.`);
    return;
  }
  if (route === "preflight:eku") {
    send(200, { value: emu.ekus.map((eku) => ({ eku })) });
    return;
  }
  if (route === "preflight:certchain") {
    send(200, certsOnlyPkcs7(chainFor(state, emu.leaf)), {}, "application/pkcs7-mime");
    return;
  }
  if (route === "preflight:rootcert") {
    send(200, pki.root.certDer, {}, "application/x-x509-ca-cert");
    return;
  }
  if (route === "sign") return submitSign(state, r, f);
  return pollStatus(state, r);
}
function submitSign(state, r, f) {
  const { emu, pki } = state;
  const { req, body, m, layout, apiVersion, send, error } = r;
  const [, account, profile] = m;
  const ct = (req.headers["content-type"] ?? "").split(";")[0].trim();
  if (ct !== "application/json") state.violation(`sign: content-type "${ct}" is not application/json`);
  let payload;
  try {
    payload = JSON.parse(body.toString("utf8"));
  } catch {
    error(400, "BadRequest", "The request body is not valid JSON.");
    return;
  }
  if (layout === "legacy") {
    const keys = Object.keys(payload).sort().join(",");
    if (keys !== "digest,signatureAlgorithm") state.violation(`legacy sign body members "${keys}" (expected exactly signatureAlgorithm, digest)`);
  }
  const alg = String(payload.signatureAlgorithm ?? "");
  const am = /^(RS|PS|ES)(256|384|512)$|^ES256K$/.exec(alg);
  if (!am) {
    error(400, "BadRequest", `signatureAlgorithm '${alg}' is not supported.`);
    return;
  }
  const digest = typeof payload.digest === "string" && /^[A-Za-z0-9+/]+={0,2}$/.test(payload.digest) ? Buffer.from(payload.digest, "base64") : void 0;
  const bits = am[2] ?? "256";
  if (!digest || digest.length !== DIGEST_INFO[bits].len) {
    error(400, "BadRequest", `digest must be the base64 of a ${DIGEST_INFO[bits].len}-byte hash for ${alg}.`);
    return;
  }
  if (am[1] !== "RS") {
    error(400, "BadRequest", `signatureAlgorithm '${alg}' does not match the profile's RSA key (the emulator signs RS256/384/512).`);
    return;
  }
  emu.signOperations++;
  let leaf = emu.leaf;
  let key = leaf.keyPem;
  if (f?.kind === "rotate-leaf") f.seen = (f.seen ?? 0) + 1;
  if (f?.kind === "rotate-leaf" && f.seen > 1) {
    state.rotated ??= pki.issueLeaf({ name: `rotated-${Date.now()}` });
    leaf = state.rotated;
    key = state.rotated.keyPem;
  }
  if (f?.kind === "other-root") {
    state.other ??= pki.issueLeaf({ name: `other-${Date.now()}`, issuer: pki.otherIntermediate });
    leaf = state.other;
    key = state.other.keyPem;
  }
  if (f?.kind === "leaf") {
    leaf = f.leaf;
    key = f.leaf.keyPem;
  }
  if (f?.kind === "wrong-key") {
    state.wrongKey ??= generateKeyPairSync("rsa", { modulusLength: 3072 }).privateKey;
    key = state.wrongKey;
  }
  const op = {
    id: randomUUID(),
    layout,
    polls: 0,
    signature: rsaSign(key, bits, digest),
    chain: doubleBase64(certsOnlyPkcs7(chainFor(state, leaf))),
    failed: f?.kind === "failed",
    neverFinish: f?.kind === "never-finish"
  };
  state.operations.set(op.id, op);
  if (layout === "legacy") {
    send(202, { operationId: op.id, status: "InProgress", signature: null, signingCertificate: null });
  } else {
    const host = req.headers.host ?? "127.0.0.1";
    const location = `http://${host}/codesigningaccounts/${account}/certificateprofiles/${profile}/sign/${op.id}?api-version=${apiVersion}`;
    send(202, { id: op.id, status: "Running" }, { "operation-location": location });
  }
}
function pollStatus(state, r) {
  const { m, send, error } = r;
  const op = state.operations.get(decodeURIComponent(m[4]));
  if (!op) {
    error(404, "NotFound", `Operation '${m[4]}' was not found.`);
    return;
  }
  op.polls++;
  const done = !op.neverFinish && op.polls > state.emu.pollsBeforeDone;
  if (op.layout === "legacy") {
    if (!done) send(200, { operationId: op.id, status: "InProgress", signature: null, signingCertificate: null });
    else if (op.failed) send(200, { operationId: op.id, status: "Failed", signature: null, signingCertificate: null });
    else send(200, { operationId: op.id, status: "Succeeded", signature: op.signature.toString("base64"), signingCertificate: op.chain });
  } else {
    if (!done) send(200, { id: op.id, status: "Running" });
    else if (op.failed) send(200, { id: op.id, status: "Failed", error: { code: "SigningFailed", message: "The signing operation failed." } });
    else send(200, { id: op.id, status: "Succeeded", result: { signature: op.signature.toString("base64"), signingCertificate: op.chain } });
  }
}
function defaultCode(status) {
  return { 401: "Unauthorized", 403: "Forbidden", 404: "NotFound", 429: "TooManyRequests", 500: "InternalServerError" }[status] ?? "Error";
}
function defaultMessage(status) {
  return {
    401: "The access token is invalid.",
    403: "The client does not have authorization to perform action Microsoft.CodeSigning/certificateProfiles/Sign/action.",
    404: "Not found.",
    429: "Too many requests.",
    500: "ClaimsPrincipal TenantId is null."
  }[status] ?? "Error.";
}
export {
  LEGACY_API_VERSION,
  STABLE_API_VERSION,
  certsOnlyPkcs7,
  doubleBase64,
  startTrustedSigning
};
