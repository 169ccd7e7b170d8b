export const id = 512;
export const ids = [512];
export const modules = {

/***/ 1267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ request),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   be: () => (/* binding */ assertSecureUrl),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   lH: () => (/* binding */ credentialOrigins),
/* harmony export */   z3: () => (/* binding */ HttpNetworkError)
/* harmony export */ });
/* unused harmony exports CredentialScopeError, credentialsAllowed, retryDelay, bodyLength */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6316);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9002);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5732);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(385);
/**
 * HTTP adapter shared by the forge, signing-service and update-server clients.
 * - node:http/https (not fetch: fetch buffers streamed request bodies, nodejs/undici#4058);
 * - file bodies streamed in 1 MiB chunks with an explicit Content-Length;
 * - retries on 429, 5xx and network errors with backoff, honouring `retry-after` and GitHub's
 *   `x-ratelimit-remaining: 0` + `x-ratelimit-reset`; a 4xx other than 429 (and a 403 that is a
 *   rate limit) is never retried;
 * - per-attempt timeout and a total deadline; error messages never contain registered secrets;
 * - `retry: 'rate-limit'` for non-idempotent requests (creating a release, uploading an asset): only
 *   responses that prove the request was not processed (429, rate-limited 403) are retried; a 5xx or a
 *   network error is returned/thrown so the caller can re-list before trying again (forges.md §6);
 * - GitHub's header-less secondary rate limit (403 "secondary rate limit") waits ≥ 60 s (capped by maxDelayMs);
 * - `parts` bodies (a multipart envelope around a streamed file) with an exact Content-Length;
 * - optional redirect following; credential headers are dropped when the redirect leaves the origin;
 * - ONE credential policy (design.md "HTTP"): `credentials` (Authorization or any token header) are sent only to
 *   their configured origins (`credentialOrigins(apiUrl)`: the API origin, plus GitHub's uploads sibling), over
 *   https unless the host is loopback. Any other URL — a paging link, a download or upload URL an answer names,
 *   a redirect target — is fetched without them, or refused (`needsCredentials`) with a message naming the
 *   origin. Callers never decide this per call site;
 * - every retry goes through retry() (src/platform/retry.ts); external text in messages goes through excerpt()
 *   (redact first, then truncate).
 */










/** A network failure that persisted through every attempt. */
class HttpNetworkError extends _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY {
}
/** A URL that needs the credentials is not one of their origins: nothing was sent. */
class CredentialScopeError extends _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY {
}
/** Header names that carry credentials: never forwarded to another origin, whoever set them. */
const SENSITIVE_HEADER = /^(authorization|proxy-authorization|cookie|private-token|x-api-key)$|token|secret/i;
/**
 * The origins a forge credential may go to: the API URL's origin, plus GitHub's uploads sibling
 * (`api.github.com` → `uploads.github.com`; GHES serves `/api/uploads` on the API origin itself), plus any
 * `extra` origin configured explicitly. Only https origins, or http on a loopback host, are ever returned.
 */
function credentialOrigins(apiUrl, extra = []) {
    const out = new Set();
    for (const raw of [apiUrl, ...extra]) {
        let u;
        try {
            u = new URL(raw);
        }
        catch {
            continue;
        }
        if (!secureOrigin(u))
            continue;
        out.add(u.origin);
        if (raw === apiUrl && u.hostname.startsWith('api.'))
            out.add(`${u.protocol}//uploads.${u.host.slice('api.'.length)}`);
    }
    return [...out];
}
function secureOrigin(u) {
    return u.protocol === 'https:' || (u.protocol === 'http:' && isLoopbackHost(u.hostname));
}
/** Whether `url` may receive credentials scoped to `origins` (same origin, https or loopback http). */
function credentialsAllowed(url, origins) {
    const u = typeof url === 'string' ? new URL(url) : url;
    return secureOrigin(u) && origins.includes(u.origin);
}
/** The headers of one hop: the caller's, plus the credentials where the policy allows them. */
function hopHeaders(req, url) {
    const headers = { ...req.headers };
    const c = req.credentials;
    if (!c)
        return headers;
    if (credentialsAllowed(url, c.origins))
        return { ...headers, ...c.headers };
    if (req.needsCredentials) {
        throw new CredentialScopeError(`Refusing to send ${c.what ?? 'the credentials'} to ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(url.origin)}: only ${c.origins.map(_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$).join(' and ') || 'the configured API origin'} may receive ${c.what ?? 'them'} ` +
            `(https, or http on a loopback address). A forge answer pointed ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(`${url.origin}${url.pathname}`)} outside it; nothing was sent there. ` +
            'Check the configured API URL (and, on Gitea/Forgejo, the server\'s ROOT_URL).');
    }
    return headers;
}
const RETRYABLE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'ECONNABORTED', 'UND_ERR_SOCKET', 'ERR_TIMEOUT']);
function isLoopbackHost(hostname) {
    const h = hostname.replace(/^\[|\]$/g, '');
    return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}
/** Refuses anything but https, except http to a loopback address (local emulators, tests). */
function assertSecureUrl(url, what) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY(`${what} "${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(url)}" is not a valid URL.`);
    }
    if (u.protocol === 'https:')
        return u;
    if (u.protocol === 'http:' && isLoopbackHost(u.hostname))
        return u;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY(`${what} must use https:// (plain http is only accepted for loopback addresses), got "${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(u.origin)}".`);
}
/** How long to wait before retrying this response, or undefined when it must not be retried. */
function retryDelay(status, headers, attempt, base, max, now = Date.now()) {
    const header = (n) => {
        const v = headers[n];
        return Array.isArray(v) ? v[0] : v;
    };
    const backoff = Math.min(max, base * 2 ** (attempt - 1));
    const retryAfter = header('retry-after');
    let hinted;
    if (retryAfter !== undefined) {
        const secs = Number(retryAfter);
        hinted = Number.isFinite(secs) ? secs * 1000 : Math.max(0, Date.parse(retryAfter) - now);
    }
    else if (header('x-ratelimit-remaining') === '0' && header('x-ratelimit-reset')) {
        hinted = Math.max(0, Number(header('x-ratelimit-reset')) * 1000 - now) + 1000;
    }
    const rateLimited = status === 429 || (status === 403 && hinted !== undefined);
    if (rateLimited)
        return hinted ?? backoff;
    if (status >= 500 && status <= 599)
        return hinted ?? backoff;
    return undefined;
}
function partLength(part) {
    if (typeof part === 'string')
        return Buffer.byteLength(part);
    if (Buffer.isBuffer(part))
        return part.length;
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.statSync)(part.file).size;
}
function bodyLength(body) {
    if (body === undefined)
        return 0;
    if (typeof body === 'object' && !Buffer.isBuffer(body) && 'parts' in body)
        return body.parts.reduce((n, p) => n + partLength(p), 0);
    return partLength(body);
}
/**
 * Writes the body to the request through two reused READ_CHUNK buffers: a buffer is refilled only after the
 * socket reported it written, so a large upload allocates nothing per chunk (a read stream's fresh 1 MiB
 * chunks are collected late and kept RSS ~80 MiB higher).
 */
async function writeBody(parts, dest) {
    const write = (chunk) => new Promise((res, rej) => dest.write(chunk, (err) => (err ? rej(err) : res())));
    let ring;
    for (const part of parts) {
        if (typeof part === 'string' || Buffer.isBuffer(part)) {
            await write(typeof part === 'string' ? Buffer.from(part) : part);
            continue;
        }
        ring ??= [Buffer.allocUnsafe(_fs_js__WEBPACK_IMPORTED_MODULE_7__/* .READ_CHUNK */ .vA), Buffer.allocUnsafe(_fs_js__WEBPACK_IMPORTED_MODULE_7__/* .READ_CHUNK */ .vA)];
        const inFlight = [undefined, undefined];
        part.observe?.start();
        const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_4__.open)(part.file, 'r');
        try {
            for (let i = 0;; i ^= 1) {
                await inFlight[i];
                const { bytesRead } = await fh.read(ring[i], 0, _fs_js__WEBPACK_IMPORTED_MODULE_7__/* .READ_CHUNK */ .vA, null);
                if (bytesRead === 0)
                    break;
                const chunk = ring[i].subarray(0, bytesRead);
                part.observe?.data(chunk);
                inFlight[i] = write(chunk);
                inFlight[i].catch(() => { });
            }
            await Promise.all(inFlight);
        }
        finally {
            await fh.close();
        }
        part.observe?.end();
    }
    await new Promise((res) => dest.end(() => res()));
}
function once(req, u, hop) {
    const mod = u.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__ : node_http__WEBPACK_IMPORTED_MODULE_0__;
    const headers = { 'user-agent': 'relforge', ...hop };
    if (req.body !== undefined || ['POST', 'PUT', 'PATCH'].includes(req.method.toUpperCase())) {
        headers['content-length'] = String(bodyLength(req.body));
    }
    return new Promise((resolve, reject) => {
        // A server may answer (401, 403, 413, 422…) before it has read the whole body and then close: once an
        // answer has started, a write error (EPIPE) must not hide it; an incomplete answer still fails via res.
        let responded = false;
        const r = mod.request(u, { method: req.method, headers, timeout: req.timeoutMs ?? 60_000 }, (res) => {
            responded = true;
            const done = (body) => resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                body,
                text: () => body.toString('utf8'),
                json: () => JSON.parse(body.toString('utf8')),
            });
            const ok = (res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300;
            if (req.consume && ok) {
                req.consume(res).then(() => done(Buffer.alloc(0)), (err) => {
                    res.destroy();
                    reject(err);
                });
            }
            else if (req.saveTo && ok) {
                (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(res, (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createWriteStream)(req.saveTo)).then(() => done(Buffer.alloc(0)), reject);
            }
            else {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('end', () => done(Buffer.concat(chunks)));
                res.on('error', reject);
                res.on('close', () => {
                    if (!res.complete)
                        reject(Object.assign(new Error('the connection closed before the response ended'), { code: 'ECONNRESET' }));
                });
            }
        });
        r.on('timeout', () => r.destroy(Object.assign(new Error('request timed out'), { code: 'ERR_TIMEOUT' })));
        r.on('error', (err) => {
            if (!responded)
                reject(err);
        });
        const body = req.body;
        if (body === undefined)
            r.end();
        else if (typeof body === 'string' || Buffer.isBuffer(body))
            r.end(body);
        else
            writeBody('parts' in body ? body.parts : [body], r).catch((err) => r.destroy(err));
    });
}
/**
 * Sends a request, retrying per the policy above. Resolves with any HTTP status (callers decide what
 * a 4xx means); rejects with HttpNetworkError when the network failed on every attempt, and with
 * CredentialScopeError (before sending anything) when the URL needs credentials it may not receive.
 */
async function request(req) {
    const url = new URL(req.url);
    const headers = hopHeaders(req, url);
    const max = req.maxDelayMs ?? 60_000;
    const base = req.baseDelayMs ?? 1000;
    const where = `${req.method} ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(url.origin + url.pathname)}`;
    return (0,_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .retry */ .L5)(async (attempt) => {
        let res;
        try {
            res = await once(req, url, headers);
        }
        catch (err) {
            return networkDecision(err, attempt, req, where);
        }
        if (isRedirect(req, res))
            return { done: await followRedirect(req, url, res) };
        return responseDecision(res, attempt, base, max, req.retry);
    }, { attempts: req.attempts ?? 5, baseDelayMs: base, maxDelayMs: max, deadlineMs: req.deadlineMs ?? 600_000, onRetry: req.onRetry });
}
/** A response: retried on 429, rate-limited 403, secondary rate limits and (unless 'rate-limit') 5xx. */
function responseDecision(res, attempt, base, max, mode) {
    let delay = retryDelay(res.status, res.headers, attempt, base, max);
    if (delay === undefined && res.status === 403 && /secondary rate limit|abuse detection/i.test(res.text())) {
        // GitHub's secondary limits may come without headers: wait at least a minute (best practices guide).
        delay = Math.min(max, Math.max(60_000, base * 2 ** (attempt - 1)));
    }
    if (mode === 'rate-limit' && res.status >= 500)
        delay = undefined;
    if (delay === undefined)
        return { done: res };
    return { retry: `HTTP ${res.status}`, delayMs: delay, exhausted: () => res };
}
/** A network error: retried when transient (never for 'rate-limit' requests, whose effect must be checked first). */
function networkDecision(err, attempt, req, where) {
    const code = err.code ?? '';
    const msg = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .excerpt */ .Kb)(err.message ?? String(err), 300);
    const fail = (n) => new HttpNetworkError(`${where} failed after ${n} attempt(s): ${msg}${code ? ` (${code})` : ''}`, { cause: err });
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY && !code)
        throw err;
    if (!RETRYABLE_CODES.has(code) || req.retry === 'rate-limit')
        throw fail(attempt);
    return {
        retry: code || msg,
        exhausted: () => {
            throw fail(attempt);
        },
    };
}
function isRedirect(req, res) {
    return !!req.followRedirects && [301, 302, 303, 307, 308].includes(res.status) && !!res.headers.location && ['GET', 'HEAD'].includes(req.method.toUpperCase());
}
/**
 * The next hop of a redirect: https (or loopback http) only; credential headers — the caller's own and the
 * policy's — go only where the policy allows, so a redirect to object storage gets none.
 */
async function followRedirect(req, from, res) {
    const next = new URL(String(res.headers.location), from);
    assertSecureUrl(next.href, 'Redirect target');
    const headers = { ...req.headers };
    if (next.origin !== from.origin)
        for (const k of Object.keys(headers))
            if (SENSITIVE_HEADER.test(k))
                delete headers[k];
    return request({ ...req, url: next.href, headers, needsCredentials: false, followRedirects: req.followRedirects - 1 });
}
/** A short, secret-free description of a failed response for error messages. */
function describeFailure(res, what) {
    let detail = res.text();
    try {
        const j = res.json();
        const picked = j.error_description ?? (typeof j.error === 'string' ? j.error : j.error?.message) ?? j.message;
        if (typeof picked === 'string')
            detail = picked;
    }
    catch {
        /* not JSON */
    }
    // Redact, then truncate: a secret echoed across the cut never leaks in part.
    detail = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .excerpt */ .Kb)(detail, 500);
    return `${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(what)}: HTTP ${res.status}${detail ? ` — ${detail}` : ''}`;
}


/***/ }),

/***/ 385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry)
/* harmony export */ });
/* unused harmony exports sleep, backoff */
/**
 * The one retry loop: attempts, exponential backoff (doubling from `baseDelayMs`, capped at `maxDelayMs`),
 * a total deadline, and a decision per failure. The HTTP client's policy (429/5xx/network, `retry-after`,
 * `x-ratelimit-*`) is one `decide` function built on this; other callers (re-listing after a lost race,
 * re-running jsign after a service 429) pass their own.
 */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** The policy's backoff before retry number `attempt` (1-based attempt that just failed). */
function backoff(attempt, policy = {}) {
    return Math.min(policy.maxDelayMs ?? 60_000, (policy.baseDelayMs ?? 1000) * 2 ** (attempt - 1));
}
/**
 * Runs `attempt(n)` until its decision is `done`, or attempts/deadline run out (then the last decision's
 * `exhausted()` gives the value or throws). Errors thrown by `attempt` are not caught: classify them
 * inside `attempt` and return a decision.
 */
async function retry(attempt, policy = {}) {
    const attempts = policy.attempts ?? 5;
    const now = policy.now ?? Date.now;
    const wait = policy.sleep ?? sleep;
    const deadline = now() + (policy.deadlineMs ?? 600_000);
    for (let n = 1;; n++) {
        const d = await attempt(n);
        if ('done' in d)
            return d.done;
        const delayMs = d.delayMs ?? backoff(n, policy);
        if (n >= attempts || now() + delayMs > deadline)
            return d.exhausted();
        policy.onRetry?.({ attempt: n, delayMs, reason: d.retry });
        await wait(delayMs);
    }
}


/***/ }),

/***/ 2512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jj: () => (/* binding */ validateAccountProfile),
/* harmony export */   Mz: () => (/* binding */ preflight),
/* harmony export */   iD: () => (/* binding */ getAccessToken),
/* harmony export */   ik: () => (/* binding */ SIGNER_ROLE_HINT),
/* harmony export */   lI: () => (/* binding */ normalizeEndpoint),
/* harmony export */   mw: () => (/* binding */ chooseTokenMethod),
/* harmony export */   yq: () => (/* binding */ CODESIGNING_SCOPE)
/* harmony export */ });
/* unused harmony exports OIDC_AUDIENCE, DEFAULT_AUTHORITY_HOST, PREFLIGHT_API_VERSION, requestGitHubIdToken, describeAadError */
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6316);
/* harmony import */ var _platform_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1267);
/* harmony import */ var _platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9002);
/**
 * Azure Trusted Signing (Artifact Signing) adapter: Entra ID access tokens and a preflight call to the
 * signing account/profile, so credentials, RBAC role and region problems fail before any file is touched.
 *
 * Token sources (reference/trusted-signing.md §6):
 * - an access token given as is;
 * - client credentials with a client secret;
 * - GitHub Actions OIDC: an ID token for audience `api://AzureADTokenExchange` from
 *   ACTIONS_ID_TOKEN_REQUEST_URL, exchanged as a jwt-bearer client assertion (GitHub only; Gitea,
 *   Forgejo runners without OIDC and act use a client secret).
 * Every token is registered as a secret (and handed to `onSecret` so the entry can mask it) before it
 * can appear anywhere; service errors are quoted without request bodies.
 */



const CODESIGNING_SCOPE = 'https://codesigning.azure.net/.default';
const OIDC_AUDIENCE = 'api://AzureADTokenExchange';
const DEFAULT_AUTHORITY_HOST = 'https://login.microsoftonline.com';
/** The stable data-plane API version used for the preflight (the one with a published OpenAPI document). */
const PREFLIGHT_API_VERSION = '2024-06-15';
const SIGNER_ROLE_HINT = 'the identity needs the role "Artifact Signing Certificate Profile Signer" (formerly "Trusted Signing Certificate Profile Signer") ' +
    'on the certificate profile or the signing account';
/** Which way the token will be obtained, or an actionable error when none is possible. Pure. */
function chooseTokenMethod(s, runtime, env) {
    if (s.accessToken)
        return 'access-token';
    const missing = [];
    if (!s.tenantId)
        missing.push('azure-tenant-id');
    if (!s.clientId)
        missing.push('azure-client-id');
    if (s.clientSecret) {
        if (missing.length)
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`A client secret was given but ${missing.map((m) => `"${m}"`).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} empty: set the tenant (directory) ID and the app registration's client ID.`);
        return 'client-secret';
    }
    if (!runtime.oidcAvailable) {
        const where = runtime.forge === 'github' && !runtime.act ? 'GitHub Actions' : runtime.runner;
        const why = runtime.forge === 'github' && !runtime.act
            ? env.ACTIONS_ID_TOKEN_REQUEST_URL
                ? 'ACTIONS_ID_TOKEN_REQUEST_TOKEN is missing'
                : 'the job has no "permissions: id-token: write" (ACTIONS_ID_TOKEN_REQUEST_URL is not set)'
            : `OIDC ID tokens are not available on ${where} (Gitea, Forgejo runners and act do not offer GitHub's OIDC issuer)`;
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`No Azure credentials: "azure-client-secret" and "access-token" are empty and GitHub OIDC cannot be used because ${why}. ` +
            `On Gitea/Forgejo/act give "azure-tenant-id", "azure-client-id" and "azure-client-secret" (an app registration client secret stored as a repository secret); ` +
            `on GitHub add "permissions: id-token: write" and a federated credential (audience ${OIDC_AUDIENCE}) to the app registration, or pass a client secret.`);
    }
    if (missing.length)
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`GitHub OIDC needs ${missing.map((m) => `"${m}"`).join(' and ')}: set the tenant (directory) ID and the client ID of the app registration that has the federated credential.`);
    return 'github-oidc';
}
/** The ID token for Azure from the Actions OIDC endpoint (same call as @actions/core getIDToken). */
async function requestGitHubIdToken(env, opts = {}) {
    const base = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!base || !bearer)
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY('GitHub OIDC: ACTIONS_ID_TOKEN_REQUEST_URL/ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set: add "permissions: id-token: write" to the job.');
    (0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(bearer);
    const u = (0,_platform_http_js__WEBPACK_IMPORTED_MODULE_1__/* .assertSecureUrl */ .be)(base, 'ACTIONS_ID_TOKEN_REQUEST_URL');
    u.searchParams.set('audience', OIDC_AUDIENCE);
    let res;
    try {
        res = await (0,_platform_http_js__WEBPACK_IMPORTED_MODULE_1__/* .request */ .Em)({ method: 'GET', url: u.toString(), headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' }, timeoutMs: opts.timeoutMs ?? 30_000, deadlineMs: opts.deadlineMs ?? 120_000, baseDelayMs: 500 });
    }
    catch (err) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`GitHub OIDC: could not reach the ID token endpoint: ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(err.message)}`, { cause: err });
    }
    if (res.status !== 200)
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY((0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(`GitHub OIDC: the ID token request failed with HTTP ${res.status} (${res.text().slice(0, 300)}). Check "permissions: id-token: write" on the job.`));
    let value;
    try {
        value = res.json().value;
    }
    catch {
        /* handled below */
    }
    if (typeof value !== 'string' || value.split('.').length !== 3)
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY('GitHub OIDC: the ID token endpoint did not return a JWT in "value".');
    (0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(value);
    return value;
}
/** A secret-free summary of an Entra ID error reply: `error` + the AADSTS code and its first sentence. */
function describeAadError(res) {
    let j;
    try {
        j = res.json();
    }
    catch {
        /* not JSON */
    }
    if (!j || typeof j !== 'object' || !j.error)
        return `HTTP ${res.status}${res.body.length ? ` ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(res.text().slice(0, 200))}` : ''}`;
    const desc = (j.error_description ?? '').split(/\r?\n/)[0];
    const code = /AADSTS\d+/.exec(desc)?.[0] ?? (j.error_codes?.[0] !== undefined ? `AADSTS${j.error_codes[0]}` : '');
    const first = desc.replace(/\s*Trace ID:.*$/, '').slice(0, 300).replace(/\.\s*$/, '');
    return (0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(`HTTP ${res.status} ${j.error}${code && !first.includes(code) ? ` ${code}` : ''}${first ? `: ${first}` : ''}`);
}
function aadHint(res, method) {
    const t = res.text();
    if (/AADSTS7000215|AADSTS7000222|invalid_client/.test(t) && method === 'client-secret')
        return ' Check "azure-client-secret": use the secret VALUE (not its ID) and make sure it has not expired.';
    if (/AADSTS700016|AADSTS90002/.test(t))
        return ' Check "azure-tenant-id" and "azure-client-id": the app registration or tenant was not found.';
    if (/AADSTS70021|AADSTS700213|AADSTS700211|AADSTS700212/.test(t))
        return ` No federated credential matches this workflow: the app registration needs issuer https://token.actions.githubusercontent.com, audience ${OIDC_AUDIENCE} and the subject of this job (e.g. repo:ORG/REPO:environment:NAME or repo:ORG/REPO:ref:refs/tags/v1.2.3).`;
    if (/AADSTS70011|AADSTS500011/.test(t))
        return ` The scope ${CODESIGNING_SCOPE} was refused: the Trusted Signing resource is not available to this tenant.`;
    return '';
}
/** Obtains an access token for https://codesigning.azure.net/.default. Registers it as a secret. */
async function getAccessToken(s, runtime, env = process.env) {
    const method = chooseTokenMethod(s, runtime, env);
    if (method === 'access-token') {
        (0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(s.accessToken);
        return { token: s.accessToken, method };
    }
    const tenant = s.tenantId;
    if (!/^[A-Za-z0-9.-]{1,100}$/.test(tenant))
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Input "azure-tenant-id" must be a tenant GUID or domain name, got "${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(tenant)}".`);
    const authority = (0,_platform_http_js__WEBPACK_IMPORTED_MODULE_1__/* .assertSecureUrl */ .be)((s.authorityHost || DEFAULT_AUTHORITY_HOST).replace(/\/+$/, ''), 'Input "authority-host"');
    const url = `${authority.origin}${authority.pathname.replace(/\/+$/, '')}/${encodeURIComponent(tenant)}/oauth2/v2.0/token`;
    const form = new URLSearchParams({ client_id: s.clientId, grant_type: 'client_credentials', scope: CODESIGNING_SCOPE });
    if (method === 'client-secret') {
        (0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(s.clientSecret);
        form.set('client_secret', s.clientSecret);
    }
    else {
        const assertion = await requestGitHubIdToken(env, s);
        s.onSecret?.(assertion);
        form.set('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
        form.set('client_assertion', assertion);
    }
    const how = method === 'client-secret' ? 'client secret' : 'GitHub OIDC federated credential';
    let res;
    try {
        res = await (0,_platform_http_js__WEBPACK_IMPORTED_MODULE_1__/* .request */ .Em)({
            method: 'POST',
            url,
            headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
            body: form.toString(),
            timeoutMs: s.timeoutMs ?? 30_000,
            deadlineMs: s.deadlineMs ?? 120_000,
            baseDelayMs: 1000,
        });
    }
    catch (err) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Entra ID token request (${how}) to ${authority.origin} failed: ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(err.message)}. Check "authority-host" and the runner's network.`, { cause: err });
    }
    if (res.status !== 200) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Entra ID refused the token request (${how}, tenant ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(tenant)}): ${describeAadError(res)}.${aadHint(res, method)}`);
    }
    let body;
    try {
        body = res.json();
    }
    catch {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Entra ID token endpoint ${authority.origin} answered 200 without JSON: check "authority-host".`);
    }
    if (typeof body.access_token !== 'string' || body.access_token === '')
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Entra ID token endpoint ${authority.origin} answered without an access_token: check "authority-host".`);
    (0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(body.access_token);
    const secs = Number(body.expires_in);
    return { token: body.access_token, method, expiresOn: Number.isFinite(secs) ? new Date(Date.now() + secs * 1000) : undefined };
}
/** `eus.codesigning.azure.net`, `https://eus.codesigning.azure.net/` or a loopback http URL → base URL without a trailing slash. */
function normalizeEndpoint(endpoint) {
    const raw = endpoint.trim();
    if (!raw)
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY('Input "endpoint" is required: the regional Trusted Signing endpoint of the signing account, e.g. https://eus.codesigning.azure.net.');
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
    const u = (0,_platform_http_js__WEBPACK_IMPORTED_MODULE_1__/* .assertSecureUrl */ .be)(withScheme, 'Input "endpoint"');
    if (u.search || u.hash || u.username || u.password)
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Input "endpoint" must be a plain host or https URL without query, fragment or credentials, got "${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(u.origin)}".`);
    return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
function validateAccountProfile(account, profile) {
    const problems = [];
    if (!NAME_RE.test(account))
        problems.push(`Input "account" must be the signing account name (letters, digits, hyphens), got "${account}".`);
    if (!NAME_RE.test(profile))
        problems.push(`Input "profile" must be the certificate profile name (letters, digits, hyphens), got "${profile}".`);
    return problems;
}
function serviceError(res) {
    const header = res.headers['x-ms-error-code'];
    let code = Array.isArray(header) ? header[0] : header;
    let message;
    try {
        const j = res.json();
        const e = j.error ?? j.errorDetail;
        code = e?.code ?? code;
        message = e?.message;
    }
    catch {
        /* empty or non-JSON body */
    }
    return { code, message };
}
/**
 * GET …/sign/eku (api-version 2024-06-15) for the account/profile: proves the token is accepted, the
 * identity holds the signer role, the endpoint is the account's region and the names exist.
 * Every failure is an actionable RelforgeError.
 */
async function preflight(p) {
    const base = normalizeEndpoint(p.endpoint);
    const where = `${base} account "${p.account}" profile "${p.profile}"`;
    const ekus = [];
    let url = `${base}/codesigningaccounts/${encodeURIComponent(p.account)}/certificateprofiles/${encodeURIComponent(p.profile)}/sign/eku?api-version=${PREFLIGHT_API_VERSION}`;
    for (let page = 0; url && page < 20; page++) {
        let res;
        try {
            res = await (0,_platform_http_js__WEBPACK_IMPORTED_MODULE_1__/* .request */ .Em)({ method: 'GET', url, headers: { authorization: `Bearer ${p.token}`, accept: 'application/json' }, timeoutMs: p.timeoutMs ?? 30_000, deadlineMs: p.deadlineMs ?? 120_000, baseDelayMs: 1000 });
        }
        catch (err) {
            const msg = err instanceof _platform_http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpNetworkError */ .z3 ? err.message : String(err);
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Trusted Signing endpoint ${base} is unreachable: ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(msg)}. Check "endpoint" (https://<region>.codesigning.azure.net, the region of the signing account).`, { cause: err });
        }
        if (res.status !== 200)
            throw preflightError(res, where);
        let body;
        try {
            body = res.json();
        }
        catch {
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Trusted Signing preflight (${where}): the service answered 200 without JSON; is "endpoint" really a Trusted Signing endpoint?`);
        }
        for (const v of body.value ?? [])
            if (typeof v?.eku === 'string')
                ekus.push(v.eku);
        url = typeof body.nextLink === 'string' && body.nextLink ? body.nextLink : undefined;
        if (url) {
            const next = (0,_platform_http_js__WEBPACK_IMPORTED_MODULE_1__/* .assertSecureUrl */ .be)(url, 'the service\'s nextLink');
            if (next.origin !== new URL(base).origin)
                url = undefined;
        }
    }
    return { ekus };
}
function preflightError(res, where) {
    const { code, message } = serviceError(res);
    const said = code || message ? ` (service said: ${[code, message].filter(Boolean).join(' - ')})` : ' (empty body)';
    const supported = res.headers['api-supported-versions'];
    const versions = supported ? ` Supported api-versions: ${String(supported)}.` : '';
    switch (res.status) {
        case 401:
            return new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY((0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(`Trusted Signing rejected the access token with HTTP 401 for ${where}${said}. The token must be an Entra ID access token for the scope ${CODESIGNING_SCOPE} ` +
                `(audience https://codesigning.azure.net), not expired; an "access-token" input obtained for another resource (e.g. management.azure.com) does not work.${versions}`));
        case 403:
            return new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY((0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(`Trusted Signing refused access with HTTP 403 for ${where}${said}: ${SIGNER_ROLE_HINT}, and "endpoint" must be the region of the signing account ` +
                `(e.g. https://eus.codesigning.azure.net for East US; a wrong region also answers 403).${versions}`));
        case 404:
            return new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY((0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(`Trusted Signing does not know ${where} (HTTP 404${said}): check the "account" and "profile" names (case as in the Azure portal) and that "endpoint" is the account's region.`));
        default:
            return new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY((0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(`Trusted Signing preflight for ${where} failed with HTTP ${res.status}${said}.${versions} Retry later; if it persists check the Azure status page.`));
    }
}


/***/ })

};
