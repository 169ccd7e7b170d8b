import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  readBody
} from "./chunk-AXXEGXWF.js";
import "./chunk-YAGOLX6F.js";

// src/emulator/entra.ts
import { createServer } from "node:http";
import { createSign, createVerify, generateKeyPairSync, randomBytes, randomUUID } from "node:crypto";
var CODESIGNING_SCOPE = "https://codesigning.azure.net/.default";
var GITHUB_ISSUER = "https://token.actions.githubusercontent.com";
var AZURE_AUDIENCE = "api://AzureADTokenExchange";
var b64url = (b) => Buffer.from(b).toString("base64url");
function aadError(res, status, error, code, text) {
  const body = {
    error,
    error_description: `AADSTS${code}: ${text} Trace ID: ${randomUUID()} Correlation ID: ${randomUUID()} Timestamp: ${(/* @__PURE__ */ new Date()).toISOString()}`,
    error_codes: [code],
    timestamp: (/* @__PURE__ */ new Date()).toISOString(),
    trace_id: randomUUID(),
    correlation_id: randomUUID()
  };
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
}
async function startEntra(opts = {}) {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const requestToken = `oidc-request-${randomBytes(16).toString("hex")}`;
  const emu = newEntraState(opts, requestToken);
  const ctx = { emu, privateKey, publicKey, requestToken, ...opts.onIssue ? { onIssue: opts.onIssue } : {} };
  const server = createServer((req, res) => {
    handleRequest(ctx, req, res).catch((err) => {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(err));
    });
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const port = server.address().port;
  emu.url = `http://127.0.0.1:${port}`;
  emu.oidcEnv.ACTIONS_ID_TOKEN_REQUEST_URL = `${emu.url}/oidc/token?api-version=2.0`;
  emu.close = () => new Promise((r) => {
    server.closeAllConnections();
    server.close(() => r());
  });
  return emu;
}
function newEntraState(opts, requestToken) {
  return {
    url: "",
    tenant: opts.tenant ?? "11111111-2222-3333-4444-555555555555",
    clientId: opts.clientId ?? "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
    clientSecret: opts.clientSecret ?? `Sec~${randomBytes(18).toString("base64url")}`,
    federatedSubject: opts.federatedSubject ?? "repo:contoso/agent:environment:release",
    oidcEnv: { ACTIONS_ID_TOKEN_REQUEST_URL: "", ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken },
    issued: [],
    grants: [],
    oidcRequests: 0,
    oidcSubject: opts.federatedSubject ?? "repo:contoso/agent:environment:release",
    violations: [],
    close: async () => {
    }
  };
}
function makeJwt(ctx, audience) {
  const now = Math.floor(Date.now() / 1e3);
  const header = b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid: "relforge-test" }));
  const payload = b64url(JSON.stringify({ iss: GITHUB_ISSUER, aud: audience, sub: ctx.emu.oidcSubject, iat: now, nbf: now - 5, exp: now + 300, jti: randomUUID() }));
  const sig = createSign("RSA-SHA256").update(`${header}.${payload}`).sign(ctx.privateKey);
  return `${header}.${payload}.${b64url(sig)}`;
}
function verifyAssertion(ctx, jwt) {
  const parts = jwt.split(".");
  if (parts.length !== 3) return { ok: false, code: 50027, text: "JWT token is invalid or malformed." };
  const valid = createVerify("RSA-SHA256").update(`${parts[0]}.${parts[1]}`).verify(ctx.publicKey, Buffer.from(parts[2], "base64url"));
  if (!valid) return { ok: false, code: 50012, text: "Client assertion failed signature validation." };
  let claims;
  try {
    claims = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
  } catch {
    return { ok: false, code: 50027, text: "JWT token is invalid or malformed." };
  }
  if (claims.exp !== void 0 && claims.exp * 1e3 < Date.now()) return { ok: false, code: 700024, text: "Client assertion is not within its valid time range." };
  if (claims.iss !== GITHUB_ISSUER || claims.aud !== AZURE_AUDIENCE || claims.sub !== ctx.emu.federatedSubject)
    return {
      ok: false,
      code: 70021,
      text: `No matching federated identity record found for presented assertion. Assertion Issuer: '${claims.iss}'. Assertion Subject: '${claims.sub}'. Assertion Audience: '${claims.aud}'.`
    };
  return { ok: true };
}
async function handleRequest(ctx, req, res) {
  const url = new URL(req.url ?? "/", "http://localhost");
  const body = await readBody(req);
  if (req.method === "GET" && url.pathname === "/oidc/token") return answerOidc(ctx, req, res, url);
  const m = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname);
  if (!m || req.method !== "POST") {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  const fault = ctx.emu.fault;
  if (fault && fault.times > 0) return answerFault(res, fault);
  const ct = (req.headers["content-type"] ?? "").split(";")[0].trim();
  const refusal = tokenRequestRefusal(ctx, m[1], ct, body);
  if (refusal) return aadError(res, refusal.status, refusal.error, refusal.code, refusal.text);
  issueToken(ctx, res);
}
function answerOidc(ctx, req, res, url) {
  if (req.headers.authorization !== `Bearer ${ctx.requestToken}`) {
    res.writeHead(401, { "content-type": "application/json" }).end('{"message":"Bad credentials"}');
    return;
  }
  ctx.emu.oidcRequests++;
  const audience = url.searchParams.get("audience") ?? "https://github.com/contoso";
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ count: 1, value: makeJwt(ctx, audience) }));
}
function answerFault(res, fault) {
  fault.times--;
  const headers = { "content-type": "application/json; charset=utf-8" };
  if (fault.status === 429) headers["retry-after"] = "1";
  res.writeHead(fault.status, headers).end(JSON.stringify({ error: fault.status === 429 ? "temporarily_unavailable" : "server_error", error_description: `AADSTS90033: A transient error has occurred. Please try again.`, error_codes: [90033] }));
}
function tokenRequestRefusal(ctx, tenantSegment, contentType, body) {
  const { emu } = ctx;
  if (contentType !== "application/x-www-form-urlencoded") {
    emu.violations.push(`token request content-type ${contentType}`);
    return { status: 400, error: "invalid_request", code: 900144, text: "The request body must contain the following parameter: 'grant_type'." };
  }
  const form = new URLSearchParams(body.toString("utf8"));
  if (decodeURIComponent(tenantSegment) !== emu.tenant) {
    return { status: 400, error: "invalid_request", code: 90002, text: `Tenant '${decodeURIComponent(tenantSegment)}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.` };
  }
  if (form.get("grant_type") !== "client_credentials") return { status: 400, error: "unsupported_grant_type", code: 70003, text: "The app requested an unsupported grant type." };
  if (form.get("client_id") !== emu.clientId) {
    return { status: 400, error: "unauthorized_client", code: 700016, text: `Application with identifier '${form.get("client_id")}' was not found in the directory '${emu.tenant}'.` };
  }
  if (form.get("scope") !== CODESIGNING_SCOPE) {
    return { status: 400, error: "invalid_scope", code: 70011, text: `The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid.` };
  }
  return credentialRefusal(ctx, form);
}
function credentialRefusal(ctx, form) {
  const { emu } = ctx;
  const secret = form.get("client_secret");
  const assertion = form.get("client_assertion");
  if (secret !== null && assertion !== null) return { status: 400, error: "invalid_request", code: 9e4, text: "Only one client credential may be presented." };
  if (secret !== null) {
    emu.grants.push("client_secret");
    if (secret !== emu.clientSecret) {
      return { status: 401, error: "invalid_client", code: 7000215, text: "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID." };
    }
    return void 0;
  }
  if (assertion !== null) {
    emu.grants.push("client_assertion");
    if (form.get("client_assertion_type") !== "urn:ietf:params:oauth:client-assertion-type:jwt-bearer") return { status: 400, error: "invalid_request", code: 50027, text: "Invalid client_assertion_type." };
    const v = verifyAssertion(ctx, assertion);
    return v.ok ? void 0 : { status: 400, error: "invalid_client", code: v.code, text: v.text };
  }
  return { status: 401, error: "invalid_client", code: 7000218, text: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'." };
}
function issueToken(ctx, res) {
  const header = b64url(JSON.stringify({ typ: "JWT", alg: "RS256" }));
  const payload = b64url(JSON.stringify({ aud: "https://codesigning.azure.net", iss: `https://sts.windows.net/${ctx.emu.tenant}/`, appid: ctx.emu.clientId, jti: randomUUID() }));
  const token = `${header}.${payload}.${randomBytes(32).toString("base64url")}`;
  ctx.emu.issued.push(token);
  ctx.onIssue?.(token);
  res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify({ token_type: "Bearer", expires_in: 3599, ext_expires_in: 3599, access_token: token }));
}
export {
  AZURE_AUDIENCE,
  CODESIGNING_SCOPE,
  GITHUB_ISSUER,
  startEntra
};
