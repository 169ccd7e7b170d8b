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
  const emu = {
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
  const makeJwt = (audience) => {
    const now = Math.floor(Date.now() / 1e3);
    const header = b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid: "relforge-test" }));
    const payload = b64url(JSON.stringify({ iss: GITHUB_ISSUER, aud: audience, sub: emu.oidcSubject, iat: now, nbf: now - 5, exp: now + 300, jti: randomUUID() }));
    const sig = createSign("RSA-SHA256").update(`${header}.${payload}`).sign(privateKey);
    return `${header}.${payload}.${b64url(sig)}`;
  };
  const verifyAssertion = (jwt) => {
    const parts = jwt.split(".");
    if (parts.length !== 3) return { ok: false, code: 50027, text: "JWT token is invalid or malformed." };
    const valid = createVerify("RSA-SHA256").update(`${parts[0]}.${parts[1]}`).verify(publicKey, Buffer.from(parts[2], "base64url"));
    if (!valid) return { ok: false, code: 50012, text: "Client assertion failed signature validation." };
    let claims;
    try {
      claims = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
    } catch {
      return { ok: false, code: 50027, text: "JWT token is invalid or malformed." };
    }
    if (claims.exp !== void 0 && claims.exp * 1e3 < Date.now()) return { ok: false, code: 700024, text: "Client assertion is not within its valid time range." };
    if (claims.iss !== GITHUB_ISSUER || claims.aud !== AZURE_AUDIENCE || claims.sub !== emu.federatedSubject)
      return {
        ok: false,
        code: 70021,
        text: `No matching federated identity record found for presented assertion. Assertion Issuer: '${claims.iss}'. Assertion Subject: '${claims.sub}'. Assertion Audience: '${claims.aud}'.`
      };
    return { ok: true };
  };
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://localhost");
      const body = await readBody(req);
      if (req.method === "GET" && url.pathname === "/oidc/token") {
        if (req.headers.authorization !== `Bearer ${requestToken}`) {
          res.writeHead(401, { "content-type": "application/json" }).end('{"message":"Bad credentials"}');
          return;
        }
        emu.oidcRequests++;
        const audience = url.searchParams.get("audience") ?? "https://github.com/contoso";
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ count: 1, value: makeJwt(audience) }));
        return;
      }
      const m = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname);
      if (!m || req.method !== "POST") {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      if (emu.fault && emu.fault.times > 0) {
        emu.fault.times--;
        const headers = { "content-type": "application/json; charset=utf-8" };
        if (emu.fault.status === 429) headers["retry-after"] = "1";
        res.writeHead(emu.fault.status, headers).end(JSON.stringify({ error: emu.fault.status === 429 ? "temporarily_unavailable" : "server_error", error_description: `AADSTS90033: A transient error has occurred. Please try again.`, error_codes: [90033] }));
        return;
      }
      const ct = (req.headers["content-type"] ?? "").split(";")[0].trim();
      if (ct !== "application/x-www-form-urlencoded") {
        emu.violations.push(`token request content-type ${ct}`);
        aadError(res, 400, "invalid_request", 900144, "The request body must contain the following parameter: 'grant_type'.");
        return;
      }
      const form = new URLSearchParams(body.toString("utf8"));
      if (decodeURIComponent(m[1]) !== emu.tenant) {
        aadError(res, 400, "invalid_request", 90002, `Tenant '${decodeURIComponent(m[1])}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`);
        return;
      }
      if (form.get("grant_type") !== "client_credentials") {
        aadError(res, 400, "unsupported_grant_type", 70003, "The app requested an unsupported grant type.");
        return;
      }
      if (form.get("client_id") !== emu.clientId) {
        aadError(res, 400, "unauthorized_client", 700016, `Application with identifier '${form.get("client_id")}' was not found in the directory '${emu.tenant}'.`);
        return;
      }
      if (form.get("scope") !== CODESIGNING_SCOPE) {
        aadError(res, 400, "invalid_scope", 70011, `The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid.`);
        return;
      }
      const secret = form.get("client_secret");
      const assertion = form.get("client_assertion");
      if (secret !== null && assertion !== null) {
        aadError(res, 400, "invalid_request", 9e4, "Only one client credential may be presented.");
        return;
      }
      if (secret !== null) {
        emu.grants.push("client_secret");
        if (secret !== emu.clientSecret) {
          aadError(res, 401, "invalid_client", 7000215, "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.");
          return;
        }
      } else if (assertion !== null) {
        emu.grants.push("client_assertion");
        if (form.get("client_assertion_type") !== "urn:ietf:params:oauth:client-assertion-type:jwt-bearer") {
          aadError(res, 400, "invalid_request", 50027, "Invalid client_assertion_type.");
          return;
        }
        const v = verifyAssertion(assertion);
        if (!v.ok) {
          aadError(res, 400, "invalid_client", v.code, v.text);
          return;
        }
      } else {
        aadError(res, 401, "invalid_client", 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
        return;
      }
      const header = b64url(JSON.stringify({ typ: "JWT", alg: "RS256" }));
      const payload = b64url(JSON.stringify({ aud: "https://codesigning.azure.net", iss: `https://sts.windows.net/${emu.tenant}/`, appid: emu.clientId, jti: randomUUID() }));
      const token = `${header}.${payload}.${randomBytes(32).toString("base64url")}`;
      emu.issued.push(token);
      opts.onIssue?.(token);
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify({ token_type: "Bearer", expires_in: 3599, ext_expires_in: 3599, access_token: token }));
    })().catch((err) => {
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
export {
  AZURE_AUDIENCE,
  CODESIGNING_SCOPE,
  GITHUB_ISSUER,
  startEntra
};
