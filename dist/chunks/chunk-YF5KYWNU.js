import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  isSecureUrl
} from "./chunk-QMOW4FBF.js";
import {
  backoff,
  retry
} from "./chunk-UTAM4NQJ.js";
import {
  READ_CHUNK
} from "./chunk-Y7UKLQWK.js";
import {
  excerpt,
  redact
} from "./chunk-A3HMJ4J5.js";
import {
  RelforgeError
} from "./chunk-ZSVB6QKT.js";

// src/platform/http.ts
import * as http from "node:http";
import * as https from "node:https";
import { createWriteStream, statSync } from "node:fs";
import { pipeline } from "node:stream/promises";
import { open } from "node:fs/promises";
var HttpNetworkError = class extends RelforgeError {
};
var CredentialScopeError = class extends RelforgeError {
};
var SENSITIVE_HEADER = /^(authorization|proxy-authorization|cookie|private-token|x-api-key)$|token|secret/i;
function credentialOrigins(apiUrl, opts = {}) {
  let u;
  try {
    u = new URL(apiUrl);
  } catch {
    return [];
  }
  if (!isSecureUrl(u)) return [];
  return opts.uploadsSibling && u.hostname.startsWith("api.") ? [u.origin, `${u.protocol}//uploads.${u.host.slice("api.".length)}`] : [u.origin];
}
function credentialsAllowed(url, origins) {
  const u = typeof url === "string" ? new URL(url) : url;
  return isSecureUrl(u) && origins.includes(u.origin);
}
function hopHeaders(req, url) {
  const headers = { ...req.headers };
  const c = req.credentials;
  if (!c) return headers;
  if (credentialsAllowed(url, c.origins)) return { ...headers, ...c.headers };
  if (req.needsCredentials) {
    throw new CredentialScopeError(
      `Refusing to send ${c.what ?? "the credentials"} to ${redact(url.origin)}: only ${c.origins.map(redact).join(" and ") || "the configured API origin"} may receive ${c.what ?? "them"} (https, or http on a loopback address). A forge answer pointed ${redact(`${url.origin}${url.pathname}`)} outside it; nothing was sent there. Check the configured API URL (and, on Gitea/Forgejo, the server's ROOT_URL).`
    );
  }
  return headers;
}
var RETRYABLE_CODES = /* @__PURE__ */ new Set(["ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "EPIPE", "EAI_AGAIN", "ENOTFOUND", "ECONNABORTED", "UND_ERR_SOCKET", "ERR_TIMEOUT"]);
function assertSecureUrl(url, what) {
  let u;
  try {
    u = new URL(url);
  } catch {
    throw new RelforgeError(`${what} "${redact(url)}" is not a valid URL.`);
  }
  if (isSecureUrl(u)) return u;
  throw new RelforgeError(`${what} must use https:// (plain http is only accepted for loopback addresses), got "${redact(u.origin)}".`);
}
function retryDelay(status, headers, attempt, base, max, now = Date.now()) {
  const header = (n) => {
    const v = headers[n];
    return Array.isArray(v) ? v[0] : v;
  };
  const backoffMs = backoff(attempt, { baseDelayMs: base, maxDelayMs: max });
  const retryAfter = header("retry-after");
  let hinted;
  if (retryAfter !== void 0) {
    const secs = Number(retryAfter);
    hinted = Number.isFinite(secs) ? secs * 1e3 : Math.max(0, Date.parse(retryAfter) - now);
  } else if (header("x-ratelimit-remaining") === "0" && header("x-ratelimit-reset")) {
    hinted = Math.max(0, Number(header("x-ratelimit-reset")) * 1e3 - now) + 1e3;
  }
  const rateLimited = status === 429 || status === 403 && hinted !== void 0;
  if (rateLimited) return hinted ?? backoffMs;
  if (status >= 500 && status <= 599) return hinted ?? backoffMs;
  return void 0;
}
function partLength(part) {
  if (typeof part === "string") return Buffer.byteLength(part);
  if (Buffer.isBuffer(part)) return part.length;
  return statSync(part.file).size;
}
function bodyLength(body) {
  if (body === void 0) return 0;
  if (typeof body === "object" && !Buffer.isBuffer(body) && "parts" in body) return body.parts.reduce((n, p) => n + partLength(p), 0);
  return partLength(body);
}
async function writeBody(parts, dest) {
  const write = (chunk) => new Promise((res, rej) => dest.write(chunk, (err) => err ? rej(err) : res()));
  let ring;
  for (const part of parts) {
    if (typeof part === "string" || Buffer.isBuffer(part)) {
      await write(typeof part === "string" ? Buffer.from(part) : part);
      continue;
    }
    ring ??= [Buffer.allocUnsafe(READ_CHUNK), Buffer.allocUnsafe(READ_CHUNK)];
    const inFlight = [void 0, void 0];
    part.observe?.start();
    const fh = await open(part.file, "r");
    try {
      for (let i = 0; ; i ^= 1) {
        await inFlight[i];
        const { bytesRead } = await fh.read(ring[i], 0, READ_CHUNK, null);
        if (bytesRead === 0) break;
        const chunk = ring[i].subarray(0, bytesRead);
        part.observe?.data(chunk);
        inFlight[i] = write(chunk);
        inFlight[i].catch(() => {
        });
      }
      await Promise.all(inFlight);
    } finally {
      await fh.close();
    }
    part.observe?.end();
  }
  await new Promise((res) => dest.end(() => res()));
}
function once(req, u, hop) {
  const mod = u.protocol === "https:" ? https : http;
  const headers = { "user-agent": "relforge", ...hop };
  if (req.body !== void 0 || ["POST", "PUT", "PATCH"].includes(req.method.toUpperCase())) {
    headers["content-length"] = String(bodyLength(req.body));
  }
  const { saveTo } = req;
  const consume = req.consume ?? (saveTo ? (body) => pipeline(body, createWriteStream(saveTo)) : void 0);
  return new Promise((resolve, reject) => {
    let responded = false;
    const r = mod.request(u, { method: req.method, headers, timeout: req.timeoutMs ?? 6e4 }, (res) => {
      responded = true;
      const done = (body2) => resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        body: body2,
        text: () => body2.toString("utf8"),
        json: () => JSON.parse(body2.toString("utf8"))
      });
      const ok = (res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300;
      if (consume && ok) {
        consume(res).then(() => done(Buffer.alloc(0)), (err) => {
          res.destroy();
          reject(err);
        });
      } else {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => done(Buffer.concat(chunks)));
        res.on("error", reject);
        res.on("close", () => {
          if (!res.complete) reject(Object.assign(new Error("the connection closed before the response ended"), { code: "ECONNRESET" }));
        });
      }
    });
    r.on("timeout", () => r.destroy(Object.assign(new Error("request timed out"), { code: "ERR_TIMEOUT" })));
    r.on("error", (err) => {
      if (!responded) reject(err);
    });
    const body = req.body;
    if (body === void 0) r.end();
    else if (typeof body === "string" || Buffer.isBuffer(body)) r.end(body);
    else writeBody("parts" in body ? body.parts : [body], r).catch((err) => r.destroy(err));
  });
}
async function request(req) {
  const url = new URL(req.url);
  const headers = hopHeaders(req, url);
  const max = req.maxDelayMs ?? 6e4;
  const base = req.baseDelayMs ?? 1e3;
  const where = `${req.method} ${redact(url.origin + url.pathname)}`;
  return retry(
    async (attempt) => {
      let res;
      try {
        res = await once(req, url, headers);
      } catch (err) {
        return networkDecision(err, attempt, req, where);
      }
      if (isRedirect(req, res)) return { done: await followRedirect(req, url, res) };
      return responseDecision(res, attempt, base, max, req.retry);
    },
    { attempts: req.attempts ?? 5, baseDelayMs: base, maxDelayMs: max, deadlineMs: req.deadlineMs ?? 6e5, onRetry: req.onRetry }
  );
}
function responseDecision(res, attempt, base, max, mode) {
  let delay = retryDelay(res.status, res.headers, attempt, base, max);
  if (delay === void 0 && res.status === 403 && /secondary rate limit|abuse detection/i.test(res.text())) {
    delay = Math.min(max, Math.max(6e4, base * 2 ** (attempt - 1)));
  }
  if (mode === "rate-limit" && res.status >= 500) delay = void 0;
  if (delay === void 0) return { done: res };
  return { retry: `HTTP ${res.status}`, delayMs: delay, exhausted: () => res };
}
function networkDecision(err, attempt, req, where) {
  const code = err.code ?? "";
  const msg = excerpt(err.message ?? String(err), 300);
  const fail = (n) => new HttpNetworkError(`${where} failed after ${n} attempt(s): ${msg}${code ? ` (${code})` : ""}`, { cause: err });
  if (err instanceof RelforgeError && !code) throw err;
  if (!RETRYABLE_CODES.has(code) || req.retry === "rate-limit") throw fail(attempt);
  return {
    retry: code || msg,
    exhausted: () => {
      throw fail(attempt);
    }
  };
}
function isRedirect(req, res) {
  return !!req.followRedirects && [301, 302, 303, 307, 308].includes(res.status) && !!res.headers.location && ["GET", "HEAD"].includes(req.method.toUpperCase());
}
async function followRedirect(req, from, res) {
  const next = new URL(String(res.headers.location), from);
  assertSecureUrl(next.href, "Redirect target");
  const headers = { ...req.headers };
  for (const k of Object.keys(headers)) if (SENSITIVE_HEADER.test(k)) delete headers[k];
  return request({ ...req, url: next.href, headers, credentials: void 0, needsCredentials: false, followRedirects: req.followRedirects - 1 });
}
function describeFailure(res, what) {
  let detail = res.text();
  try {
    const j = res.json();
    const picked = j.error_description ?? (typeof j.error === "string" ? j.error : j.error?.message) ?? j.message;
    if (typeof picked === "string") detail = picked;
  } catch {
  }
  detail = excerpt(detail, 500);
  return `${redact(what)}: HTTP ${res.status}${detail ? ` — ${detail}` : ""}`;
}

export {
  HttpNetworkError,
  credentialOrigins,
  credentialsAllowed,
  assertSecureUrl,
  request,
  describeFailure
};
