import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  DEFAULT_AUTHORITY_HOST
} from "./chunk-LHUTWNNG.js";
import {
  HttpNetworkError,
  assertSecureUrl,
  request
} from "./chunk-YF5KYWNU.js";
import {
  urlInputProblem
} from "./chunk-QMOW4FBF.js";
import {
  forge
} from "./chunk-ZJ4GZZ6R.js";
import {
  excerpt,
  redact,
  registerSecret
} from "./chunk-A3HMJ4J5.js";
import {
  Problems,
  RelforgeError,
  fieldError
} from "./chunk-ZSVB6QKT.js";

// src/signing/authenticode/trusted-signing-service.ts
var CODESIGNING_SCOPE = "https://codesigning.azure.net/.default";
var OIDC_AUDIENCE = "api://AzureADTokenExchange";
var PREFLIGHT_API_VERSION = "2024-06-15";
var SIGNER_ROLE_HINT = 'the identity needs the role "Artifact Signing Certificate Profile Signer" (formerly "Trusted Signing Certificate Profile Signer") on the certificate profile or the signing account';
function chooseTokenMethod(s, runtime, env) {
  if (s.accessToken) return "access-token";
  const missing = [];
  if (!s.tenantId) missing.push("azure-tenant-id");
  if (!s.clientId) missing.push("azure-client-id");
  const needIds = (why) => {
    const p = new Problems();
    for (const m of missing) p.add(m, `is empty, but ${why}: set ${m === "azure-tenant-id" ? "the tenant (directory) ID" : "the app registration's client ID"}.`);
    p.throwIfAny();
  };
  if (s.clientSecret) {
    needIds('a client secret was given ("azure-tenant-id" and "azure-client-id" name the app registration it belongs to)');
    return "client-secret";
  }
  if (!runtime.oidcAvailable) {
    const ownOidc = forge(runtime.forge).oidc && !runtime.act;
    const where = ownOidc ? forge(runtime.forge).runner : runtime.runner;
    const why = ownOidc ? env.ACTIONS_ID_TOKEN_REQUEST_URL ? "ACTIONS_ID_TOKEN_REQUEST_TOKEN is missing" : 'the job has no "permissions: id-token: write" (ACTIONS_ID_TOKEN_REQUEST_URL is not set)' : `OIDC ID tokens are not available on ${where} (Gitea, Forgejo runners and act do not offer GitHub's OIDC issuer)`;
    throw new RelforgeError(
      `No Azure credentials: "azure-client-secret" and "access-token" are empty and GitHub OIDC cannot be used because ${why}. On Gitea/Forgejo/act give "azure-tenant-id", "azure-client-id" and "azure-client-secret" (an app registration client secret stored as a repository secret); on GitHub add "permissions: id-token: write" and a federated credential (audience ${OIDC_AUDIENCE}) to the app registration, or pass a client secret.`
    );
  }
  needIds("GitHub OIDC needs the tenant and the client ID of the app registration that has the federated credential");
  return "github-oidc";
}
async function requestGitHubIdToken(env, opts = {}) {
  const base = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!base || !bearer) throw new RelforgeError('GitHub OIDC: ACTIONS_ID_TOKEN_REQUEST_URL/ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set: add "permissions: id-token: write" to the job.');
  registerSecret(bearer);
  const u = assertSecureUrl(base, "ACTIONS_ID_TOKEN_REQUEST_URL");
  u.searchParams.set("audience", OIDC_AUDIENCE);
  let res;
  try {
    res = await request({ method: "GET", url: u.toString(), headers: { authorization: `Bearer ${bearer}`, accept: "application/json" }, timeoutMs: opts.timeoutMs ?? 3e4, deadlineMs: opts.deadlineMs ?? 12e4, baseDelayMs: 500 });
  } catch (err) {
    throw new RelforgeError(`GitHub OIDC: could not reach the ID token endpoint: ${redact(err.message)}`, { cause: err });
  }
  if (res.status !== 200) throw new RelforgeError(`GitHub OIDC: the ID token request failed with HTTP ${res.status} (${excerpt(res.text(), 300)}). Check "permissions: id-token: write" on the job.`);
  let value;
  try {
    value = res.json().value;
  } catch {
  }
  if (typeof value !== "string" || value.split(".").length !== 3) throw new RelforgeError('GitHub OIDC: the ID token endpoint did not return a JWT in "value".');
  registerSecret(value);
  return value;
}
function describeAadError(res) {
  let j;
  try {
    j = res.json();
  } catch {
  }
  if (!j || typeof j !== "object" || !j.error) return `HTTP ${res.status}${res.body.length ? ` ${excerpt(res.text(), 200)}` : ""}`;
  const desc = redact(String(j.error_description ?? "")).split(/\r?\n/)[0];
  const code = /AADSTS\d+/.exec(desc)?.[0] ?? (Array.isArray(j.error_codes) && j.error_codes[0] !== void 0 ? `AADSTS${Number(j.error_codes[0])}` : "");
  const first = excerpt(desc.replace(/\s*Trace ID:.*$/, ""), 300).replace(/\.\s*$/, "");
  return `HTTP ${res.status} ${excerpt(String(j.error), 100)}${code && !first.includes(code) ? ` ${code}` : ""}${first ? `: ${first}` : ""}`;
}
function aadHint(res, method) {
  const t = res.text();
  if (/AADSTS7000215|AADSTS7000222|invalid_client/.test(t) && method === "client-secret") return ' Check "azure-client-secret": use the secret VALUE (not its ID) and make sure it has not expired.';
  if (/AADSTS700016|AADSTS90002/.test(t)) return ' Check "azure-tenant-id" and "azure-client-id": the app registration or tenant was not found.';
  if (/AADSTS70021|AADSTS700213|AADSTS700211|AADSTS700212/.test(t))
    return ` No federated credential matches this workflow: the app registration needs issuer https://token.actions.githubusercontent.com, audience ${OIDC_AUDIENCE} and the subject of this job (e.g. repo:ORG/REPO:environment:NAME or repo:ORG/REPO:ref:refs/tags/v1.2.3).`;
  if (/AADSTS70011|AADSTS500011/.test(t)) return ` The scope ${CODESIGNING_SCOPE} was refused: the Trusted Signing resource is not available to this tenant.`;
  return "";
}
async function getAccessToken(s, runtime, env = process.env) {
  const method = chooseTokenMethod(s, runtime, env);
  if (method === "access-token") {
    registerSecret(s.accessToken);
    return { token: s.accessToken, method };
  }
  const tenant = s.tenantId;
  if (!/^[A-Za-z0-9.-]{1,100}$/.test(tenant)) throw fieldError("azure-tenant-id", `must be a tenant GUID or domain name, got "${excerpt(tenant, 100)}".`);
  const authorityText = (s.authorityHost || DEFAULT_AUTHORITY_HOST).replace(/\/+$/, "");
  const authorityProblem = urlInputProblem(authorityText);
  if (authorityProblem) throw fieldError("authority-host", authorityProblem);
  const authority = new URL(authorityText);
  const url = `${authority.origin}${authority.pathname.replace(/\/+$/, "")}/${encodeURIComponent(tenant)}/oauth2/v2.0/token`;
  const form = new URLSearchParams({ client_id: s.clientId, grant_type: "client_credentials", scope: CODESIGNING_SCOPE });
  if (method === "client-secret") {
    registerSecret(s.clientSecret);
    form.set("client_secret", s.clientSecret);
  } else {
    const assertion = await requestGitHubIdToken(env, s);
    s.onSecret?.(assertion);
    form.set("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    form.set("client_assertion", assertion);
  }
  const how = method === "client-secret" ? "client secret" : "GitHub OIDC federated credential";
  let res;
  try {
    res = await request({
      method: "POST",
      url,
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: form.toString(),
      timeoutMs: s.timeoutMs ?? 3e4,
      deadlineMs: s.deadlineMs ?? 12e4,
      baseDelayMs: 1e3
    });
  } catch (err) {
    throw new RelforgeError(`Entra ID token request (${how}) to ${authority.origin} failed: ${excerpt(err.message)}. Check "authority-host" and the runner's network.`, { cause: err });
  }
  if (res.status !== 200) {
    throw new RelforgeError(`Entra ID refused the token request (${how}, tenant ${excerpt(tenant, 100)}): ${describeAadError(res)}.${aadHint(res, method)}`);
  }
  let body;
  try {
    body = res.json();
  } catch {
    throw new RelforgeError(`Entra ID token endpoint ${authority.origin} answered 200 without JSON: check "authority-host".`);
  }
  if (typeof body.access_token !== "string" || body.access_token === "") throw new RelforgeError(`Entra ID token endpoint ${authority.origin} answered without an access_token: check "authority-host".`);
  registerSecret(body.access_token);
  const secs = Number(body.expires_in);
  return { token: body.access_token, method, expiresOn: Number.isFinite(secs) ? new Date(Date.now() + secs * 1e3) : void 0 };
}
function normalizeEndpoint(endpoint) {
  const raw = endpoint.trim();
  if (!raw) throw fieldError("endpoint", "is required: the regional Trusted Signing endpoint of the signing account, e.g. https://eus.codesigning.azure.net.");
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  const problem = urlInputProblem(withScheme);
  if (problem) throw fieldError("endpoint", problem);
  const u = new URL(withScheme);
  if (u.search || u.hash) throw fieldError("endpoint", `must be a plain host or https URL without query or fragment, got "${excerpt(withScheme, 200)}".`);
  return `${u.origin}${u.pathname.replace(/\/+$/, "")}`;
}
var NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
function validateAccountProfile(account, profile) {
  const problems = [];
  if (!NAME_RE.test(account)) problems.push(["account", `must be the signing account name (letters, digits, hyphens), got "${excerpt(account, 100)}".`]);
  if (!NAME_RE.test(profile)) problems.push(["profile", `must be the certificate profile name (letters, digits, hyphens), got "${excerpt(profile, 100)}".`]);
  return problems;
}
function serviceError(res) {
  const header = res.headers["x-ms-error-code"];
  let code = Array.isArray(header) ? header[0] : header;
  let message;
  try {
    const j = res.json();
    const e = j.error ?? j.errorDetail;
    code = e?.code ?? code;
    message = e?.message;
  } catch {
  }
  return { code, message };
}
async function preflight(p) {
  const base = normalizeEndpoint(p.endpoint);
  const where = `${base} account "${p.account}" profile "${p.profile}"`;
  const ekus = [];
  let url = `${base}/codesigningaccounts/${encodeURIComponent(p.account)}/certificateprofiles/${encodeURIComponent(p.profile)}/sign/eku?api-version=${PREFLIGHT_API_VERSION}`;
  for (let page = 0; url && page < 20; page++) {
    let res;
    try {
      res = await request({ method: "GET", url, headers: { authorization: `Bearer ${p.token}`, accept: "application/json" }, timeoutMs: p.timeoutMs ?? 3e4, deadlineMs: p.deadlineMs ?? 12e4, baseDelayMs: 1e3 });
    } catch (err) {
      const msg = err instanceof HttpNetworkError ? err.message : String(err);
      throw new RelforgeError(`Trusted Signing endpoint ${base} is unreachable: ${excerpt(msg)}. Check "endpoint" (https://<region>.codesigning.azure.net, the region of the signing account).`, { cause: err });
    }
    if (res.status !== 200) throw preflightError(res, where);
    let body;
    try {
      body = res.json();
    } catch {
      throw new RelforgeError(`Trusted Signing preflight (${where}): the service answered 200 without JSON; is "endpoint" really a Trusted Signing endpoint?`);
    }
    for (const v of body.value ?? []) if (typeof v?.eku === "string") ekus.push(v.eku);
    url = typeof body.nextLink === "string" && body.nextLink ? body.nextLink : void 0;
    if (url) {
      const next = assertSecureUrl(url, "the service's nextLink");
      if (next.origin !== new URL(base).origin) url = void 0;
    }
  }
  return { ekus };
}
function preflightError(res, where) {
  const { code, message } = serviceError(res);
  const said = code || message ? ` (service said: ${excerpt([code, message].filter(Boolean).join(" - "), 500)})` : " (empty body)";
  const supported = res.headers["api-supported-versions"];
  const versions = supported ? ` Supported api-versions: ${excerpt(String(supported), 200)}.` : "";
  switch (res.status) {
    case 401:
      return new RelforgeError(
        redact(
          `Trusted Signing rejected the access token with HTTP 401 for ${where}${said}. The token must be an Entra ID access token for the scope ${CODESIGNING_SCOPE} (audience https://codesigning.azure.net), not expired; an "access-token" input obtained for another resource (e.g. management.azure.com) does not work.${versions}`
        )
      );
    case 403:
      return new RelforgeError(
        redact(
          `Trusted Signing refused access with HTTP 403 for ${where}${said}: ${SIGNER_ROLE_HINT}, and "endpoint" must be the region of the signing account (e.g. https://eus.codesigning.azure.net for East US; a wrong region also answers 403).${versions}`
        )
      );
    case 404:
      return new RelforgeError(redact(`Trusted Signing does not know ${where} (HTTP 404${said}): check the "account" and "profile" names (case as in the Azure portal) and that "endpoint" is the account's region.`));
    default:
      return new RelforgeError(redact(`Trusted Signing preflight for ${where} failed with HTTP ${res.status}${said}.${versions} Retry later; if it persists check the Azure status page.`));
  }
}

export {
  CODESIGNING_SCOPE,
  SIGNER_ROLE_HINT,
  chooseTokenMethod,
  getAccessToken,
  normalizeEndpoint,
  validateAccountProfile,
  preflight
};
