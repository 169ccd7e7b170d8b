export const id = 725;
export const ids = [725];
export const modules = {

/***/ 1267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ request),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   be: () => (/* binding */ assertSecureUrl),
/* harmony export */   yy: () => (/* binding */ sleep),
/* harmony export */   z3: () => (/* binding */ HttpNetworkError)
/* harmony export */ });
/* unused harmony exports isLoopbackHost, retryDelay, bodyLength */
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
 * - optional redirect following; the Authorization header is dropped when the redirect leaves the origin.
 */








/** A network failure that persisted through every attempt. */
class HttpNetworkError extends _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY {
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
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
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
function once(req) {
    const u = new URL(req.url);
    const mod = u.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__ : node_http__WEBPACK_IMPORTED_MODULE_0__;
    const headers = { 'user-agent': 'relforge', ...req.headers };
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
            if (req.saveTo && ok) {
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
 * a 4xx means); rejects with HttpNetworkError when the network failed on every attempt.
 */
async function request(req) {
    const attempts = req.attempts ?? 5;
    const base = req.baseDelayMs ?? 1000;
    const max = req.maxDelayMs ?? 60_000;
    const deadline = Date.now() + (req.deadlineMs ?? 600_000);
    const where = `${req.method} ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(new URL(req.url).origin + new URL(req.url).pathname)}`;
    for (let attempt = 1;; attempt++) {
        let delay;
        let reason;
        try {
            const res = await once(req);
            if (req.followRedirects && [301, 302, 303, 307, 308].includes(res.status) && res.headers.location && ['GET', 'HEAD'].includes(req.method.toUpperCase())) {
                const next = new URL(String(res.headers.location), req.url);
                assertSecureUrl(next.href, 'Redirect target');
                const headers = { ...req.headers };
                if (next.origin !== new URL(req.url).origin) {
                    for (const k of Object.keys(headers))
                        if (k.toLowerCase() === 'authorization')
                            delete headers[k];
                }
                return await request({ ...req, url: next.href, headers, followRedirects: req.followRedirects - 1 });
            }
            delay = retryDelay(res.status, res.headers, attempt, base, max);
            if (delay === undefined && res.status === 403 && /secondary rate limit|abuse detection/i.test(res.text())) {
                // GitHub's secondary limits may come without headers: wait at least a minute (best practices guide).
                delay = Math.min(max, Math.max(60_000, base * 2 ** (attempt - 1)));
            }
            if (req.retry === 'rate-limit' && res.status >= 500)
                delay = undefined;
            if (delay === undefined || attempt >= attempts)
                return res;
            reason = `HTTP ${res.status}`;
            if (Date.now() + delay > deadline)
                return res;
        }
        catch (err) {
            const code = err.code ?? '';
            const msg = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(err.message ?? String(err));
            if (!RETRYABLE_CODES.has(code) || req.retry === 'rate-limit' || attempt >= attempts || Date.now() + base > deadline) {
                throw new HttpNetworkError(`${where} failed after ${attempt} attempt(s): ${msg}${code ? ` (${code})` : ''}`, { cause: err });
            }
            delay = Math.min(max, base * 2 ** (attempt - 1));
            reason = code || msg;
        }
        req.onRetry?.({ attempt, delayMs: delay, reason });
        await sleep(delay);
    }
}
/** A short, secret-free description of a failed response for error messages. */
function describeFailure(res, what) {
    let detail = res.text().slice(0, 500);
    try {
        const j = res.json();
        detail = j.error_description ?? (typeof j.error === 'string' ? j.error : j.error?.message) ?? j.message ?? detail;
    }
    catch {
        /* not JSON */
    }
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(`${what}: HTTP ${res.status}${detail ? ` — ${detail}` : ''}`);
}


/***/ }),

/***/ 28:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u_: () => (/* binding */ createForge)
});

// UNUSED EXPORTS: AssetExistsError, ForgeError, ForgePermissionError, GITEA_CAPABILITIES, GITHUB_CAPABILITIES, GitHubForge, GiteaForge, PackageFileExistsError, ReleaseExistsError, draftCreateBody, lookupRelease, multipartEnvelope, releasePatchBody

// EXTERNAL MODULE: ./src/platform/runtime.ts
var platform_runtime = __webpack_require__(6387);
// EXTERNAL MODULE: ./src/platform/http.ts
var http = __webpack_require__(1267);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(6316);
// EXTERNAL MODULE: ./src/platform/secrets.ts
var secrets = __webpack_require__(9002);
// EXTERNAL MODULE: ./src/publishing/forge/types.ts
var types = __webpack_require__(7912);
;// CONCATENATED MODULE: ./src/publishing/forge/client.ts
/**
 * The small HTTP layer both forge adapters share: auth header, JSON in/out, status → typed error
 * (permission problems named with the fix), and paging. All traffic goes through src/platform/http.ts.
 */



class ForgeClient {
    authHeaders;
    retry;
    permissionHint;
    constructor(authHeaders, retry, 
    /** Says which permission a 401/403/404-on-write needs on this forge. */
    permissionHint) {
        this.authHeaders = authHeaders;
        this.retry = retry;
        this.permissionHint = permissionHint;
    }
    withQuery(url, query) {
        if (!query)
            return url;
        const u = new URL(url);
        for (const [k, v] of Object.entries(query))
            if (v !== undefined)
                u.searchParams.set(k, String(v));
        return u.href;
    }
    async call(method, url, opts) {
        const headers = { ...this.authHeaders, ...opts.headers };
        let body = opts.body;
        if (opts.json !== undefined) {
            body = JSON.stringify(opts.json);
            headers['content-type'] = 'application/json';
        }
        const res = await (0,http/* request */.Em)({
            method,
            url: this.withQuery(url, opts.query),
            headers,
            body,
            attempts: this.retry.attempts,
            baseDelayMs: this.retry.baseDelayMs,
            maxDelayMs: this.retry.maxDelayMs,
            timeoutMs: this.retry.timeoutMs,
            onRetry: this.retry.onRetry,
            retry: opts.retry,
            saveTo: opts.saveTo,
            followRedirects: opts.followRedirects,
        });
        const good = opts.ok ? opts.ok.includes(res.status) : res.status >= 200 && res.status < 300;
        if (good || opts.allow?.includes(res.status))
            return res;
        throw this.failure(res, opts.what);
    }
    failure(res, what) {
        const text = (0,http/* describeFailure */.Ic)(res, `Could not ${what}`);
        const rateLimited = res.status === 429 || (res.status === 403 && (/rate limit/i.test(res.text()) || res.headers['x-ratelimit-remaining'] === '0'));
        if (rateLimited)
            return new types/* ForgeError */.Q8(`${text}. The forge's rate limit was still exceeded after every retry: wait for the limit to reset (x-ratelimit-reset) and re-run; the publish step is safe to re-run.`, res.status);
        if (res.status === 401 || res.status === 403)
            return new types/* ForgePermissionError */.Nf(`${text}. ${this.permissionHint(what, res.status)}`, res.status);
        if (res.status === 413)
            return new types/* ForgeError */.Q8(`${text}. The file is larger than the forge accepts (Gitea/Forgejo: [repository.release] FILE_MAX_SIZE, default 2048 MB; GitHub: 2 GiB per asset).`, 413);
        if (res.status >= 500)
            return new types/* ForgeError */.Q8(`${text}. The forge failed after every retry; re-run the step (it converges: nothing is duplicated).`, res.status);
        return new types/* ForgeError */.Q8(text, res.status);
    }
    async json(method, url, opts) {
        const res = await this.call(method, url, opts);
        try {
            return res.json();
        }
        catch {
            throw new types/* ForgeError */.Q8(`Could not ${opts.what}: the forge answered HTTP ${res.status} with a body that is not JSON (${(0,secrets/* redact */.E$)(res.text().slice(0, 200))}). Check that the API URL points at the forge's API root.`, res.status);
        }
    }
    /**
     * Every page of a list endpoint. Follows `Link: rel="next"` when present; otherwise stops at the first
     * page shorter than `pageSize` (Gitea caps `limit` at 50 whatever is asked).
     */
    async all(url, opts) {
        const out = [];
        let next = this.withQuery(url, { ...opts.query, [opts.sizeParam]: opts.pageSize, [opts.pageParam]: 1 });
        for (let page = 1; next && page <= (opts.maxPages ?? 1000); page++) {
            const res = await this.call('GET', next, { ...opts, query: undefined });
            let items;
            try {
                items = res.json();
            }
            catch {
                throw new types/* ForgeError */.Q8(`Could not ${opts.what}: page ${page} is not JSON.`, res.status);
            }
            if (!Array.isArray(items))
                throw new types/* ForgeError */.Q8(`Could not ${opts.what}: page ${page} is not a list.`, res.status);
            out.push(...items);
            const link = String(res.headers.link ?? '');
            const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
            if (m)
                next = new URL(m[1], next).href;
            else if (link === '' && items.length > 0 && items.length >= Math.min(opts.pageSize, 50)) {
                next = this.withQuery(url, { ...opts.query, [opts.sizeParam]: opts.pageSize, [opts.pageParam]: page + 1 });
            }
            else
                next = undefined;
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/publishing/forge/github.ts
/**
 * GitHub (github.com and GHES) releases adapter. Paths and shapes: ../shared/api-specs/github-releases.openapi.json.
 * - releases are found by listing (`releases/tags/{tag}` hides drafts), per_page=100 with Link paging;
 * - assets upload to the release's `upload_url` host (uploads.github.com; GHES `/api/uploads`), raw body,
 *   `?name=`, explicit Content-Type/Content-Length, streamed;
 * - 422 `already_exists` on create (release) and upload (asset) map to typed errors;
 * - `digest: "sha256:<hex>"` is surfaced as `sha256`.
 */



const GITHUB_CAPABILITIES = {
    duplicateAssetNames: false,
    assetDigest: true,
    releaseExistsStatus: 422,
    immutableReleases: true,
    rateLimitHeaders: true,
    draftCreatesTagAtPublish: true,
    makeLatest: true,
    genericPackages: false,
};
class GitHubForge {
    apiUrl;
    owner;
    repo;
    kind = 'github';
    capabilities = GITHUB_CAPABILITIES;
    http;
    base;
    constructor(apiUrl, owner, repo, token, retry = {}) {
        this.apiUrl = apiUrl;
        this.owner = owner;
        this.repo = repo;
        this.base = `${apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
        this.http = new ForgeClient({ authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' }, retry, (what, status) => `The token was refused (HTTP ${status}) for "${what}" on ${owner}/${repo}: with GITHUB_TOKEN give the job \`permissions: contents: write\`; ` +
            `with a personal token use a fine-grained token with "Contents: read and write" on this repository (classic: \`repo\` scope). ` +
            `A release whose target commit changes files under .github/workflows also needs the \`workflow\` scope, which GITHUB_TOKEN cannot have.`);
    }
    release(r) {
        return {
            id: r.id,
            tagName: r.tag_name,
            name: r.name ?? '',
            body: r.body ?? '',
            draft: r.draft,
            prerelease: r.prerelease,
            immutable: r.immutable === true,
            targetCommitish: r.target_commitish,
            htmlUrl: r.html_url,
            uploadUrl: r.upload_url.replace(/\{[^}]*\}$/, ''),
            createdAt: r.created_at,
            publishedAt: r.published_at,
        };
    }
    asset(a) {
        const m = /^sha256:([0-9a-f]{64})$/i.exec(a.digest ?? '');
        return { id: a.id, name: a.name, size: a.size, sha256: m ? m[1].toLowerCase() : undefined, state: a.state, downloadUrl: a.browser_download_url };
    }
    async findRelease(tag) {
        const all = await this.http.all(`${this.base}/releases`, { what: `list the releases of ${this.owner}/${this.repo}`, pageParam: 'page', sizeParam: 'per_page', pageSize: 100 });
        return (0,types/* lookupRelease */.Yz)(all.map((r) => this.release(r)), tag);
    }
    async getRelease(id) {
        return this.release(await this.http.json('GET', `${this.base}/releases/${id}`, { what: `read release ${id}` }));
    }
    async createDraft(f) {
        const json = (0,types/* draftCreateBody */.iE)(f);
        const what = `create the draft release for ${f.tagName}`;
        const res = await this.http.call('POST', `${this.base}/releases`, { what, json, ok: [201], allow: [422], retry: 'rate-limit' });
        if (res.status === 422) {
            const err = safeJson(res.text());
            if (err?.errors?.some((e) => e.code === 'already_exists' && e.field === 'tag_name'))
                throw new types/* ReleaseExistsError */.MN(`A release for ${f.tagName} already exists.`, 422);
            const detail = err?.errors?.map((e) => e.message ?? `${e.field} ${e.code}`).join('; ') || err?.message || res.text().slice(0, 300);
            const hint = /immutable/i.test(detail) ? ' The tag was used by an immutable release and can never be reused: cut a new version.' : '';
            throw new types/* ForgeError */.Q8(`Could not ${what}: HTTP 422 — ${detail}.${hint}`, 422);
        }
        return this.release(res.json());
    }
    async updateRelease(id, f) {
        const json = (0,types/* releasePatchBody */.wF)(f);
        if (f.makeLatest !== undefined)
            json.make_latest = f.makeLatest;
        return this.release(await this.http.json('PATCH', `${this.base}/releases/${id}`, { what: `update release ${id}`, json }));
    }
    async deleteRelease(id) {
        await this.http.call('DELETE', `${this.base}/releases/${id}`, { what: `delete release ${id}`, allow: [404] });
    }
    async publish(id, f) {
        return this.updateRelease(id, { draft: false, prerelease: f.prerelease, makeLatest: f.makeLatest ?? (f.prerelease ? 'false' : 'true'), name: f.name, body: f.body });
    }
    async listAssets(release) {
        const list = await this.http.all(`${this.base}/releases/${release.id}/assets`, { what: `list the assets of release ${release.tagName}`, pageParam: 'page', sizeParam: 'per_page', pageSize: 100 });
        return list.map((a) => this.asset(a));
    }
    async uploadAsset(release, file) {
        const url = (0,http/* assertSecureUrl */.be)(release.uploadUrl, 'The release upload_url');
        // The token goes with the upload: only to the API host itself or its uploads.* sibling (github.com, GHES).
        const apiHost = new URL(this.apiUrl).hostname;
        if (url.hostname !== apiHost && url.hostname !== apiHost.replace(/^api\./, 'uploads.')) {
            throw new types/* ForgeError */.Q8(`The release's upload_url points at ${url.hostname}, which is neither the API host ${apiHost} nor its uploads host: refusing to send the token there. Check input "api-url".`);
        }
        const what = `upload ${file.name} to release ${release.tagName}`;
        const res = await this.http.call('POST', url.href, {
            what,
            query: { name: file.name },
            headers: { 'content-type': file.contentType ?? 'application/octet-stream' },
            body: { file: file.path, observe: file.observe },
            ok: [201],
            allow: [422],
            retry: 'rate-limit',
        });
        if (res.status === 422) {
            const err = safeJson(res.text());
            if (err?.errors?.some((e) => e.code === 'already_exists'))
                throw new types/* AssetExistsError */.NR(`An asset named ${file.name} already exists on ${release.tagName}.`, 422);
            throw new types/* ForgeError */.Q8(`Could not ${what}: HTTP 422 — ${err?.message ?? res.text().slice(0, 300)}`, 422);
        }
        return this.asset(res.json());
    }
    async deleteAsset(release, asset) {
        await this.http.call('DELETE', `${this.base}/releases/assets/${asset.id}`, { what: `delete asset ${asset.name} from ${release.tagName}`, allow: [404] });
    }
    async downloadAsset(release, asset, dest) {
        await this.http.call('GET', `${this.base}/releases/assets/${asset.id}`, {
            what: `download asset ${asset.name} of ${release.tagName}`,
            headers: { accept: 'application/octet-stream' },
            saveTo: dest,
            followRedirects: 3,
        });
    }
    noPackages() {
        throw new types/* ForgeError */.Q8('GitHub has no generic package registry: upload packages as release assets, or use a Gitea/Forgejo instance for generic packages.');
    }
    async uploadPackageFile(_pkg, _file) {
        this.noPackages();
    }
    async listPackageFiles(_pkg) {
        this.noPackages();
    }
    async deletePackageFile(_pkg, _name) {
        this.noPackages();
    }
    async downloadPackageFile(_pkg, _name, _dest) {
        this.noPackages();
    }
}
function safeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/platform/fs.ts
var fs = __webpack_require__(5732);
;// CONCATENATED MODULE: ./src/publishing/forge/gitea.ts
/**
 * Gitea (≥ 1.21) and Forgejo (≥ 7) adapter. Paths and shapes: ../shared/api-specs/gitea-releases.openapi.json.
 * - releases listed with `limit=50` (the server cap) and Link paging; drafts included;
 * - 409 on create = a release exists for the tag;
 * - attachments: duplicate names are accepted by the server, so the recipe deletes same-name ones first;
 *   upload is multipart/form-data field `attachment` (works on every version; the raw body needs ≥ 1.22),
 *   the envelope is built here around the streamed file with an exact Content-Length;
 * - no digest, no rate-limit headers, no make_latest;
 * - generic packages under `{server}/api/packages/{owner}/generic/{name}/{version}/{file}` (PUT 201, 409 duplicate)
 *   and checksums from `/api/v1/packages/{owner}/generic/{name}/{version}/files`.
 */




const GITEA_CAPABILITIES = {
    duplicateAssetNames: true,
    assetDigest: false,
    releaseExistsStatus: 409,
    immutableReleases: false,
    rateLimitHeaders: false,
    draftCreatesTagAtPublish: true,
    makeLatest: false,
    genericPackages: true,
};
/** `name`/`file` rules of routers/api/packages/generic/generic.go (a 400 otherwise). */
const PACKAGE_NAME = /^[-_+.\w]+$/;
const PACKAGE_FILE = /^[-_+=:;.()[\]{}~!@#$%^& \w]+$/;
function multipartEnvelope(field, filename, contentType = 'application/octet-stream') {
    const boundary = `----relforge${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
    // Quotes and line breaks cannot appear in a safe asset name; escape anyway (WHATWG multipart encoding).
    const quoted = filename.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${quoted}"\r\nContent-Type: ${contentType}\r\n\r\n`;
    const tail = `\r\n--${boundary}--\r\n`;
    return { boundary, head, tail };
}
class GiteaForge {
    kind;
    apiUrl;
    owner;
    repo;
    capabilities = GITEA_CAPABILITIES;
    http;
    base;
    api;
    /** Server root (API URL without `/api/v1`), for the generic package registry. */
    serverUrl;
    constructor(kind, apiUrl, owner, repo, token, retry = {}) {
        this.kind = kind;
        this.apiUrl = apiUrl;
        this.owner = owner;
        this.repo = repo;
        this.api = apiUrl.replace(/\/+$/, '');
        this.serverUrl = this.api.replace(/\/api\/v1$/, '');
        this.base = `${this.api}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
        const product = kind === 'forgejo' ? 'Forgejo' : 'Gitea';
        this.http = new ForgeClient({ authorization: `token ${token}`, accept: 'application/json' }, retry, (what, status) => /package file|files of package/.test(what)
            ? `The token was refused (HTTP ${status}) for "${what}": ${product}'s Actions job token can only read packages; publishing needs a personal access token with the \`write:package\` scope.`
            : `The token was refused (HTTP ${status}) for "${what}" on ${owner}/${repo}: the job token needs \`permissions: contents: write\` (${product} ≥ 1.26 honours \`permissions:\`; older servers: check the repository's Actions token setting), or use a personal access token with the \`write:repository\` scope.`);
    }
    release(r) {
        return {
            id: r.id,
            tagName: r.tag_name,
            name: r.name ?? '',
            body: r.body ?? '',
            draft: r.draft === true,
            prerelease: r.prerelease === true,
            immutable: false,
            targetCommitish: r.target_commitish ?? '',
            htmlUrl: r.html_url ?? '',
            uploadUrl: `${this.base}/releases/${r.id}/assets`,
            createdAt: r.created_at ?? '',
            publishedAt: r.draft ? null : (r.published_at ?? null),
        };
    }
    asset(a) {
        return { id: a.id, name: a.name, size: a.size, state: 'uploaded', downloadUrl: a.browser_download_url, uuid: a.uuid };
    }
    async findRelease(tag) {
        const all = await this.http.all(`${this.base}/releases`, { what: `list the releases of ${this.owner}/${this.repo}`, pageParam: 'page', sizeParam: 'limit', pageSize: 50 });
        return (0,types/* lookupRelease */.Yz)(all.map((r) => this.release(r)), tag);
    }
    async getRelease(id) {
        return this.release(await this.http.json('GET', `${this.base}/releases/${id}`, { what: `read release ${id}` }));
    }
    async createDraft(f) {
        const json = (0,types/* draftCreateBody */.iE)(f);
        const res = await this.http.call('POST', `${this.base}/releases`, { what: `create the draft release for ${f.tagName}`, json, ok: [201], allow: [409], retry: 'rate-limit' });
        if (res.status === 409)
            throw new types/* ReleaseExistsError */.MN(`A release for ${f.tagName} already exists.`, 409);
        return this.release(res.json());
    }
    async updateRelease(id, f) {
        const json = (0,types/* releasePatchBody */.wF)(f);
        return this.release(await this.http.json('PATCH', `${this.base}/releases/${id}`, { what: `update release ${id}`, json }));
    }
    async deleteRelease(id) {
        await this.http.call('DELETE', `${this.base}/releases/${id}`, { what: `delete release ${id}`, allow: [404] });
    }
    async publish(id, f) {
        return this.updateRelease(id, { draft: false, prerelease: f.prerelease, name: f.name, body: f.body });
    }
    async listAssets(release) {
        const list = await this.http.json('GET', `${this.base}/releases/${release.id}/assets`, { what: `list the assets of release ${release.tagName}` });
        return list.map((a) => this.asset(a));
    }
    async uploadAsset(release, file) {
        (0,fs/* assertSafeName */.jP)(file.name, 'asset name');
        const env = multipartEnvelope('attachment', file.name, file.contentType);
        const res = await this.http.call('POST', `${this.base}/releases/${release.id}/assets`, {
            what: `upload ${file.name} to release ${release.tagName}`,
            query: { name: file.name },
            headers: { 'content-type': `multipart/form-data; boundary=${env.boundary}` },
            body: { parts: [env.head, { file: file.path, observe: file.observe }, env.tail] },
            ok: [201],
            retry: 'rate-limit',
        });
        return this.asset(res.json());
    }
    async deleteAsset(release, asset) {
        await this.http.call('DELETE', `${this.base}/releases/${release.id}/assets/${asset.id}`, { what: `delete asset ${asset.name} from ${release.tagName}`, allow: [404] });
    }
    async downloadAsset(release, asset, dest) {
        const what = `download asset ${asset.name} of ${release.tagName}`;
        const opts = { what, headers: { accept: 'application/octet-stream' }, saveTo: dest, followRedirects: 3 };
        // browser_download_url is tag-based (/releases/download/{tag}/{name}): a draft has no tag yet, so fall
        // back to the attachment's own URL (/attachments/{uuid}).
        const res = await this.http.call('GET', asset.downloadUrl, { ...opts, allow: asset.uuid ? [404] : [] });
        if (res.status === 404 && asset.uuid)
            await this.http.call('GET', `${this.serverUrl}/attachments/${encodeURIComponent(asset.uuid)}`, opts);
    }
    packageUrl(pkg, file) {
        const owner = pkg.owner ?? this.owner;
        if (!PACKAGE_NAME.test(pkg.name) || pkg.name === '..')
            throw new types/* ForgeError */.Q8(`Package name "${pkg.name}" is not accepted by the generic registry: use letters, digits and - _ + . only.`);
        if (pkg.version === '' || pkg.version.trim() !== pkg.version || /[/\\]/.test(pkg.version))
            throw new types/* ForgeError */.Q8(`Package version "${pkg.version}" is not accepted: no surrounding whitespace, no slashes.`);
        if (file !== undefined && (!PACKAGE_FILE.test(file) || file.trim() !== file || file === '.' || file === '..')) {
            throw new types/* ForgeError */.Q8(`Package file name "${file}" is not accepted by the generic registry: use letters, digits, spaces (not leading/trailing) and -_+=:;.()[]{}~!@#$%^& only.`);
        }
        const parts = [this.serverUrl, 'api', 'packages', owner, 'generic', pkg.name, pkg.version].map((p, i) => (i === 0 || i === 1 || i === 2 || i === 4 ? p : encodeURIComponent(p)));
        return `${parts.join('/')}${file !== undefined ? `/${encodeURIComponent(file)}` : ''}`;
    }
    async uploadPackageFile(pkg, file) {
        const what = `upload package file ${pkg.name}/${pkg.version}/${file.name}`;
        const res = await this.http.call('PUT', this.packageUrl(pkg, file.name), {
            what,
            headers: { 'content-type': file.contentType ?? 'application/octet-stream' },
            body: { file: file.path, observe: file.observe },
            ok: [201],
            allow: [409],
            retry: 'rate-limit',
        });
        if (res.status === 409)
            throw new types/* PackageFileExistsError */.dm(`Package ${pkg.name} ${pkg.version} already has a file named ${file.name}.`, 409);
    }
    async listPackageFiles(pkg) {
        this.packageUrl(pkg);
        const owner = encodeURIComponent(pkg.owner ?? this.owner);
        const url = `${this.api}/packages/${owner}/generic/${encodeURIComponent(pkg.name)}/${encodeURIComponent(pkg.version)}/files`;
        const res = await this.http.call('GET', url, { what: `list the files of package ${pkg.name} ${pkg.version}`, allow: [404] });
        if (res.status === 404)
            return [];
        return res.json().map((f) => ({ id: f.id, name: f.name, size: f.size, sha256: String(f.sha256).toLowerCase() }));
    }
    async deletePackageFile(pkg, fileName) {
        await this.http.call('DELETE', this.packageUrl(pkg, fileName), { what: `delete package file ${pkg.name}/${pkg.version}/${fileName}`, allow: [404] });
    }
    async downloadPackageFile(pkg, fileName, dest) {
        await this.http.call('GET', this.packageUrl(pkg, fileName), { what: `download package file ${pkg.name}/${pkg.version}/${fileName}`, saveTo: dest, followRedirects: 3 });
    }
}

;// CONCATENATED MODULE: ./src/publishing/forge/index.ts
/**
 * `createForge`: picks the adapter from the runtime (FORGEJO_ACTIONS → Forgejo, GITEA_ACTIONS → Gitea,
 * else GitHub; forges.md §7) and GITHUB_API_URL, with the `forge` / `api-url` inputs overriding both.
 */








const KINDS = ['github', 'gitea', 'forgejo'];
function createForge(opts) {
    const env = opts.env ?? process.env;
    const runtime = (0,platform_runtime/* detectRuntime */.mZ)(env);
    const problems = [];
    const forgeInput = (opts.forge ?? '').trim().toLowerCase();
    let kind = runtime.forge;
    if (forgeInput) {
        if (KINDS.includes(forgeInput))
            kind = forgeInput;
        else
            problems.push(`Input "forge" must be one of ${KINDS.join(', ')} (or empty to detect), got "${opts.forge}".`);
    }
    let apiUrl = (opts.apiUrl ?? '').trim().replace(/\/+$/, '');
    if (!apiUrl) {
        // Forge forced to Gitea/Forgejo without an API URL on a GitHub-shaped environment: derive from the server URL.
        apiUrl = kind !== runtime.forge && kind !== 'github' && !env.GITHUB_API_URL ? `${runtime.serverUrl}/api/v1` : runtime.apiUrl;
    }
    try {
        (0,http/* assertSecureUrl */.be)(apiUrl, 'Input "api-url"');
    }
    catch (e) {
        problems.push(e.message);
    }
    const repository = (opts.repository || env.GITHUB_REPOSITORY || '').trim();
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
    if (!m || m[2] === '.' || m[2] === '..')
        problems.push(`The repository must be "owner/name" (input "repository" or GITHUB_REPOSITORY), got "${repository}".`);
    if (!opts.token)
        problems.push('Input "token" is empty: pass `token: ${{ secrets.GITHUB_TOKEN }}` (or a personal access token with write access to releases).');
    if (problems.length)
        throw new errors/* SettingsError */.GN(problems);
    const [, owner, repo] = m;
    return kind === 'github' ? new GitHubForge(apiUrl, owner, repo, opts.token, opts.retry) : new GiteaForge(kind, apiUrl, owner, repo, opts.token, opts.retry);
}


/***/ }),

/***/ 7912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MN: () => (/* binding */ ReleaseExistsError),
/* harmony export */   NR: () => (/* binding */ AssetExistsError),
/* harmony export */   Nf: () => (/* binding */ ForgePermissionError),
/* harmony export */   Q8: () => (/* binding */ ForgeError),
/* harmony export */   Yz: () => (/* binding */ lookupRelease),
/* harmony export */   dm: () => (/* binding */ PackageFileExistsError),
/* harmony export */   iE: () => (/* binding */ draftCreateBody),
/* harmony export */   wF: () => (/* binding */ releasePatchBody)
/* harmony export */ });
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6316);

/**
 * The JSON body of a release update: both APIs use the same field names (tag_name, name, body, prerelease,
 * target_commitish, draft); only the fields given are sent. GitHub adds make_latest itself.
 */
function releasePatchBody(f) {
    const json = {};
    if (f.tagName !== undefined)
        json.tag_name = f.tagName;
    if (f.name !== undefined)
        json.name = f.name;
    if (f.body !== undefined)
        json.body = f.body;
    if (f.prerelease !== undefined)
        json.prerelease = f.prerelease;
    if (f.targetCommitish !== undefined)
        json.target_commitish = f.targetCommitish;
    if (f.draft !== undefined)
        json.draft = f.draft;
    return json;
}
/** The JSON body that creates a draft release (same on GitHub and Gitea). */
function draftCreateBody(f) {
    const json = { tag_name: f.tagName, name: f.name ?? f.tagName, body: f.body ?? '', draft: true, prerelease: f.prerelease ?? false };
    if (f.targetCommitish)
        json.target_commitish = f.targetCommitish;
    return json;
}
/** The published release and the drafts (oldest first) for `tag` among a forge's full release list. */
function lookupRelease(all, tag) {
    const mine = all.filter((r) => r.tagName === tag);
    const drafts = mine.filter((r) => r.draft).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
    return { published: mine.find((r) => !r.draft), drafts };
}
class ForgeError extends _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY {
    status;
    constructor(message, status, options) {
        super(message, options);
        this.status = status;
        this.name = 'ForgeError';
    }
}
class ReleaseExistsError extends ForgeError {
}
class AssetExistsError extends ForgeError {
}
class PackageFileExistsError extends ForgeError {
}
/** The token was rejected or lacks a permission: never retried, message names the permission. */
class ForgePermissionError extends ForgeError {
}


/***/ }),

/***/ 3725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ publishRelease)
});

// UNUSED EXPORTS: CHECKSUMS_NAME

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(6316);
// EXTERNAL MODULE: ./src/platform/fs.ts
var fs = __webpack_require__(5732);
// EXTERNAL MODULE: ./src/platform/http.ts
var http = __webpack_require__(1267);
// EXTERNAL MODULE: ./src/publishing/core/checksums.ts
var core_checksums = __webpack_require__(3913);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/publishing/core/release-plan.ts
/**
 * Pure decisions of the publish recipe (src/publishing/publish-release.ts): tag checks, prerelease from the tag, what to
 * do with a same-name remote asset, and how a remote asset set differs from the local files.
 */

/** Why a tag name cannot be used (git check-ref-format rules + no leading dash), or undefined. */
function tagProblem(tag) {
    if (tag === '')
        return 'the tag is empty';
    if (/[\x00-\x20\x7f~^:?*[\\]/.test(tag))
        return `tag "${tag.replace(/[\x00-\x1f\x7f]/g, '?')}" contains a space, control character or one of ~ ^ : ? * [ \\`;
    if (tag.startsWith('-') || tag.startsWith('/') || tag.endsWith('/') || tag.endsWith('.') || tag.endsWith('.lock'))
        return `tag "${tag}" must not start with - or /, nor end with /, . or .lock`;
    if (tag.includes('..') || tag.includes('//') || tag.includes('@{') || tag === '@' || /(^|\/)\./.test(tag))
        return `tag "${tag}" contains "..", "//", "@{" or a component starting with "."`;
    if (Buffer.byteLength(tag) > 250)
        return 'the tag is longer than 250 bytes';
    return undefined;
}
/** The SemVer version inside a tag (`v1.2.3-beta.1`, `app/v1.2.3`, `1.2.3`), or undefined. */
function versionOfTag(tag) {
    const m = /(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(tag);
    return (m && semver_default().parse(m[1])) || undefined;
}
/** `prerelease: auto`: true when the tag's version has a prerelease part; false for other tags. */
function prereleaseFromTag(tag) {
    const v = versionOfTag(tag);
    return !!v && v.prerelease.length > 0;
}
/** Same content proven (size + SHA-256), disproven, or unknown (no digest to compare). */
function sameContent(local, remote) {
    if (remote.state !== 'uploaded')
        return 'different';
    if (remote.size !== local.size)
        return 'different';
    if (!remote.sha256 || !local.sha256)
        return 'unknown';
    return remote.sha256 === local.sha256 ? 'same' : 'different';
}
/**
 * What to do for one local file given the remote assets with its name (several on Gitea/Forgejo,
 * `starter` leftovers on GitHub). `verdicts` holds sameContent() per remote (after any re-download).
 */
function decideAsset(local, sameName, verdict, overwrite) {
    const broken = sameName.filter((r) => r.state !== 'uploaded');
    const complete = sameName.filter((r) => r.state === 'uploaded');
    if (complete.length === 0)
        return broken.length ? { kind: 'replace', remove: broken, reason: 'removing an incomplete upload left by an earlier run' } : { kind: 'upload' };
    const same = complete.find((r) => verdict(r) === 'same');
    if (same) {
        const remove = [...broken, ...complete.filter((r) => r !== same)];
        return { kind: 'keep', keep: same, remove, reason: remove.length ? `identical content already uploaded; removing ${remove.length} duplicate(s)` : 'identical content already uploaded' };
    }
    if (overwrite === 'skip') {
        const [keep, ...rest] = complete;
        return { kind: 'keep', keep: keep, remove: [...broken, ...rest], reason: 'overwrite: skip keeps the existing asset' };
    }
    const anyDifferent = complete.some((r) => verdict(r) === 'different');
    if (overwrite === 'fail') {
        return { kind: 'conflict', reason: anyDifferent ? 'an asset with this name and different content exists' : 'an asset with this name exists and its content cannot be compared (no digest on this forge)' };
    }
    return { kind: 'replace', remove: [...broken, ...complete], reason: anyDifferent ? 'content differs' : 'content cannot be proven identical (no digest)' };
}

// EXTERNAL MODULE: ./src/publishing/forge/index.ts + 3 modules
var publishing_forge = __webpack_require__(28);
// EXTERNAL MODULE: ./src/publishing/forge/types.ts
var types = __webpack_require__(7912);
;// CONCATENATED MODULE: ./src/publishing/publish-release.ts
/**
 * publishRelease: the one publish recipe, identical on every forge (forges.md §4), written above the
 * Forge interface:
 *   local checks (files exist & readable, names safe/unique) — before any API call
 *   → find the release by LISTING (drafts included) → else create it as a draft (422/409/5xx ⇒ re-list, adopt)
 *   → upload each file (overwrite replace|skip|fail; same size + SHA-256 = keep; same-name duplicates and
 *     GitHub `starter` leftovers removed) → SHA256SUMS last
 *   → verify the remote set against the local files (GitHub digest; Gitea/Forgejo name + size, small files
 *     re-downloaded and hashed) → publish (undraft, prerelease, make_latest for stable only) → re-read.
 * A published immutable release is never modified: when it differs, the error lists what would change.
 * Every step is list-then-act, so a re-run after any failure converges with no duplicates.
 */











const CHECKSUMS_NAME = 'SHA256SUMS';
function isTransient(err) {
    return err instanceof http/* HttpNetworkError */.z3 || (err instanceof types/* ForgeError */.Q8 && (err.status === undefined || err.status >= 500 || err.status === 429));
}
/** Local checks that need no API call: every problem at once. */
async function prepare(s) {
    const problems = [];
    const tp = tagProblem(s.tag);
    if (tp)
        problems.push(`Input "tag": ${tp}.`);
    const overwrite = s.overwrite ?? 'replace';
    if (!['replace', 'skip', 'fail'].includes(overwrite))
        problems.push(`Input "overwrite" must be replace, skip or fail, got "${overwrite}".`);
    if (s.body && s.bodyFile)
        problems.push('Give either input "body" or input "body-file", not both.');
    let body = s.body ?? '';
    if (s.bodyFile) {
        try {
            body = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(s.cwd ?? process.cwd(), s.bodyFile), 'utf8');
        }
        catch (e) {
            problems.push(`Input "body-file": cannot read "${s.bodyFile}" (${e.code ?? (0,errors/* errorMessage */.gJ)(e)}).`);
        }
    }
    const makeLatest = s.makeLatest ?? 'true';
    if (!['true', 'false', 'legacy'].includes(makeLatest))
        problems.push(`Input "make-latest" must be true, false or legacy, got "${makeLatest}".`);
    const prerelease = s.prerelease === undefined || s.prerelease === 'auto' ? prereleaseFromTag(s.tag) : s.prerelease;
    let files = [];
    try {
        const paths = await (0,fs/* expandFiles */.CC)(s.files, { cwd: s.cwd, inputName: 'files' });
        const byName = new Map();
        for (const path of paths) {
            const name = (0,external_node_path_.basename)(path);
            try {
                (0,fs/* assertSafeName */.jP)(name, 'asset name');
            }
            catch (e) {
                problems.push(`Input "files": ${(0,errors/* errorMessage */.gJ)(e)}`);
                continue;
            }
            if (byName.has(name))
                problems.push(`Input "files": two files would become the same asset name "${name}" (${byName.get(name)} and ${path}); rename one or narrow the globs.`);
            if (name === CHECKSUMS_NAME && s.checksums !== false)
                problems.push(`Input "files" contains a file named ${CHECKSUMS_NAME}, which the action generates: drop it from "files" or set checksums: false.`);
            byName.set(name, path);
            try {
                (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.R_OK);
                const st = (0,external_node_fs_.statSync)(path);
                if (st.size >= 2 ** 31)
                    problems.push(`Input "files": ${name} is ${st.size} bytes; release assets must be smaller than 2 GiB.`);
                files.push({ path, name, size: st.size });
            }
            catch (e) {
                problems.push(`Input "files": cannot read ${path} (${e.code ?? (0,errors/* errorMessage */.gJ)(e)}).`);
            }
        }
    }
    catch (e) {
        problems.push((0,errors/* errorMessage */.gJ)(e));
    }
    if (problems.length)
        throw new errors/* SettingsError */.GN(problems);
    files = files.sort((a, b) => (a.name < b.name ? -1 : 1));
    return { files, body, prerelease, overwrite, makeLatest: prerelease ? 'false' : makeLatest };
}
async function ensureHash(f) {
    f.sha256 ??= (await (0,fs/* hashFile */.DC)(f.path, ['sha256'])).sha256;
    return f.sha256;
}
/** Hashes the file while it is uploaded (one read); valid only when the whole file went out. */
function uploadObserver(f) {
    let h = (0,external_node_crypto_.createHash)('sha256');
    let n = 0;
    let done;
    return {
        start() {
            h = (0,external_node_crypto_.createHash)('sha256');
            n = 0;
            done = undefined;
        },
        data(chunk) {
            h.update(chunk);
            n += chunk.length;
        },
        end() {
            done = n === f.size ? h.digest('hex') : undefined;
        },
        result: () => done,
    };
}
async function publishRelease(s) {
    const log = s.log ?? (() => { });
    const { files, body, prerelease, overwrite, makeLatest } = await prepare(s);
    const offline = !!s.dryRun && !('findRelease' in s.forge) && !s.forge.token;
    const forge = 'findRelease' in s.forge ? s.forge : offline ? offlineForge(s.forge) : (0,publishing_forge/* createForge */.u_)(s.forge);
    const caps = forge.capabilities;
    if (forge.kind === 'github') {
        // GitHub silently renames asset names with other characters (or a leading/trailing dot): refuse them up front.
        const odd = files.filter((f) => !/^[A-Za-z0-9_+~@-][A-Za-z0-9._+~@-]*$/.test(f.name) || f.name.endsWith('.'));
        if (odd.length) {
            throw new errors/* SettingsError */.GN(odd.map((f) => `Input "files": GitHub would rename the asset "${f.name}" (it keeps only letters, digits and . _ + ~ @ -, no leading or trailing dot): rename the file before publishing.`));
        }
    }
    const name = s.name || s.tag;
    const actions = [];
    const act = (line) => {
        actions.push(line);
        log(`${s.dryRun ? '[dry-run] would ' : ''}${line}`);
    };
    const retryDelay = s.retryDelayMs ?? 2000;
    const verifyLimit = s.verifyDownloadLimit ?? 64 * 1024 * 1024;
    const tmp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'relforge-publish-'));
    const result = { releaseId: null, url: '', tag: s.tag, assets: [], created: false, published: false, prerelease, dryRun: !!s.dryRun, actions, forge: forge.kind };
    // Hash on a remote release's verdict: digest when the forge has one, else re-download small files.
    const downloadedHash = new Map();
    const remoteHash = async (release, remote) => {
        if (remote.sha256)
            return remote.sha256;
        if (remote.size > verifyLimit)
            return undefined;
        let h = downloadedHash.get(remote.id);
        if (!h) {
            const dest = (0,external_node_path_.join)(tmp, `dl-${remote.id}`);
            await forge.downloadAsset(release, remote, dest);
            h = (await (0,fs/* hashFile */.DC)(dest, ['sha256'])).sha256;
            (0,external_node_fs_.rmSync)(dest, { force: true });
            downloadedHash.set(remote.id, h);
        }
        return h;
    };
    const verdictFor = async (release, local, remote) => {
        const v = sameContent({ ...local, sha256: await ensureHash(local) }, remote);
        if (v !== 'unknown')
            return v;
        const h = await remoteHash(release, remote);
        if (!h)
            return 'unknown';
        return h === local.sha256 ? 'same' : 'different';
    };
    try {
        if (offline) {
            log('Dry run without a token: planning from the local files only (no forge state read).');
            act(`create draft release ${s.tag}${prerelease ? ' (prerelease)' : ''} unless it exists`);
            return await dryRunRest(undefined);
        }
        // ---- 1. find by listing (drafts included) ----
        let { published, drafts } = await forge.findRelease(s.tag);
        let release = published ?? drafts[0];
        if (published) {
            // An existing published release: complete ⇒ no-op; incomplete + immutable ⇒ fail with the diff.
            const remote = await forge.listAssets(published);
            const wanted = await wantedSet(files, s.checksums !== false, tmp);
            const diff = [];
            for (const f of wanted) {
                const same = remote.filter((a) => a.name === f.name);
                if (same.length === 0)
                    diff.push(`add ${f.name}`);
                else {
                    const verdicts = await Promise.all(same.map((a) => verdictFor(published, f, a)));
                    if (!verdicts.includes('same'))
                        diff.push(`replace ${f.name} (${verdicts.includes('different') ? 'content differs' : 'content cannot be compared'})`);
                    else if (same.length > 1)
                        diff.push(`remove ${same.length - 1} duplicate(s) of ${f.name}`);
                }
            }
            if (published.prerelease !== prerelease)
                diff.push(`set prerelease to ${prerelease} (now ${published.prerelease})`);
            if (published.immutable) {
                if (diff.length) {
                    throw new errors/* RelforgeError */.fY(`Release ${s.tag} is published and immutable, so it can no longer be changed. It differs from the local files; this run would have:\n- ${diff.join('\n- ')}\n` +
                        `Nothing was modified. The tag ${s.tag} is burnt by the immutable release: cut a new version (a new tag) to publish these files.`);
                }
                log(`Release ${s.tag} is published, immutable and already matches the local files: nothing to do.`);
                return finish(published, remote, wanted);
            }
            if (diff.length === 0) {
                log(`Release ${s.tag} is already published with exactly these files: nothing to do.`);
                return finish(published, remote, wanted);
            }
            log(`Release ${s.tag} is published but incomplete (${diff.join('; ')}): completing it.`);
        }
        else if (drafts.length > 1) {
            // GitHub allows several drafts per tag (a retried create): keep the oldest, remove the rest.
            for (const extra of drafts.slice(1)) {
                act(`delete duplicate draft release ${extra.id} for ${s.tag}`);
                if (!s.dryRun)
                    await forge.deleteRelease(extra.id);
            }
        }
        // ---- 2. create the draft (re-list and adopt on 422/409 or a lost answer) ----
        if (!release) {
            act(`create draft release ${s.tag}${prerelease ? ' (prerelease)' : ''}`);
            if (s.dryRun)
                return await dryRunRest(undefined);
            for (let attempt = 1; !release; attempt++) {
                try {
                    release = await forge.createDraft({ tagName: s.tag, name, body, prerelease, targetCommitish: s.targetCommitish });
                    result.created = true;
                }
                catch (err) {
                    if (!(err instanceof types/* ReleaseExistsError */.MN) && !(isTransient(err) && attempt < 4))
                        throw err;
                    log(`Creating the draft failed (${(0,errors/* errorMessage */.gJ)(err)}); listing releases to adopt one that may exist.`);
                    if (!(err instanceof types/* ReleaseExistsError */.MN))
                        await (0,http/* sleep */.yy)(retryDelay * 2 ** (attempt - 1));
                    ({ published, drafts } = await forge.findRelease(s.tag));
                    release = published ?? drafts[0];
                    if (release) {
                        // adopted after a lost answer: most likely our own create; after 422/409: someone else's
                        result.created = !published && !(err instanceof types/* ReleaseExistsError */.MN);
                        for (const extra of drafts.slice(1))
                            await forge.deleteRelease(extra.id);
                    }
                    else if (err instanceof types/* ReleaseExistsError */.MN) {
                        throw new errors/* RelforgeError */.fY(`The forge says a release for ${s.tag} exists, but listing releases does not show it: check that the token can see drafts (push access) and re-run.`);
                    }
                }
            }
        }
        else if (release.draft && (release.name !== name || release.body !== body || release.prerelease !== prerelease || (s.targetCommitish && release.targetCommitish !== s.targetCommitish))) {
            act(`update draft ${release.id} (title, notes, prerelease, target) to match this run`);
            if (!s.dryRun)
                release = await forge.updateRelease(release.id, { name, body, prerelease, targetCommitish: s.targetCommitish || undefined });
        }
        if (s.dryRun)
            return await dryRunRest(release);
        // ---- 3. upload (SHA256SUMS last, built from the hashes taken while uploading) ----
        let snapshot = await forge.listAssets(release);
        for (const f of files)
            snapshot = await uploadOne(release, f, snapshot);
        const wanted = [...files];
        if (s.checksums !== false) {
            const sums = (0,external_node_path_.join)(tmp, CHECKSUMS_NAME);
            const entries = [];
            for (const f of files) {
                if (f.kept && !f.kept.sha256) {
                    throw new errors/* RelforgeError */.fY(`overwrite: skip kept ${f.name}, whose content on the release cannot be read back (no digest on ${forge.kind} and larger than the re-download limit), so SHA256SUMS cannot list it truthfully. Use overwrite: replace, or checksums: false.`);
                }
                entries.push({ name: f.name, sha256: f.kept?.sha256 ?? (await ensureHash(f)) });
            }
            (0,external_node_fs_.writeFileSync)(sums, (0,core_checksums/* formatChecksums */.s)(entries.sort((a, b) => (a.name < b.name ? -1 : 1))));
            const cf = { path: sums, name: CHECKSUMS_NAME, size: (0,external_node_fs_.statSync)(sums).size };
            await uploadOne(release, cf, snapshot);
            wanted.push(cf);
        }
        // ---- 4. verify the remote set against the local files ----
        let remote = await forge.listAssets(release);
        const extras = remote.filter((a) => !wanted.some((w) => w.name === a.name));
        if (extras.length && release.draft) {
            for (const a of extras) {
                act(`delete ${a.name} from the draft (not among the files of this run)`);
                await forge.deleteAsset(release, a);
            }
            remote = await forge.listAssets(release);
        }
        else if (extras.length) {
            log(`Note: published release ${s.tag} also has assets this run did not upload (kept): ${extras.map((a) => a.name).join(', ')}`);
        }
        await verify(release, remote, wanted);
        // ---- 5. publish, then re-read ----
        if (s.draft) {
            log(`Leaving ${s.tag} as a draft (input draft: true); assets are uploaded and verified.`);
        }
        else if (release.draft || release.prerelease !== prerelease) {
            act(`publish ${s.tag}${prerelease ? ' as a prerelease' : caps.makeLatest ? ` (make_latest: ${makeLatest})` : ''}`);
            await forge.publish(release.id, { prerelease, makeLatest: caps.makeLatest ? makeLatest : undefined });
            release = await forge.getRelease(release.id);
            if (release.draft)
                throw new errors/* RelforgeError */.fY(`Publishing ${s.tag} did not take effect: the forge still reports a draft. Re-run the step.`);
            const after = await forge.listAssets(release);
            await verify(release, after, wanted);
            remote = after;
        }
        return finish(release, remote, wanted);
    }
    finally {
        (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
    }
    async function wantedSet(local, checksums, dir) {
        const out = [...local];
        if (checksums) {
            const entries = [];
            for (const f of local)
                entries.push({ name: f.name, sha256: await ensureHash(f) });
            const p = (0,external_node_path_.join)(dir, CHECKSUMS_NAME);
            (0,external_node_fs_.writeFileSync)(p, (0,core_checksums/* formatChecksums */.s)(entries));
            out.push({ path: p, name: CHECKSUMS_NAME, size: (0,external_node_fs_.statSync)(p).size });
        }
        return out;
    }
    /** Uploads one file; `known` is the asset list as last seen (re-listed after any failure). Returns the updated list. */
    async function uploadOne(release, f, known) {
        let current = known;
        for (let attempt = 1;; attempt++) {
            current ??= await forge.listAssets(release);
            const sameName = current.filter((a) => a.name === f.name);
            const verdicts = new Map();
            for (const a of sameName)
                verdicts.set(a.id, a.state === 'uploaded' ? await verdictFor(release, f, a) : 'different');
            const d = decideAsset({ ...f }, sameName, (r) => verdicts.get(r.id) ?? 'unknown', overwrite);
            if (d.kind === 'conflict') {
                throw new errors/* RelforgeError */.fY(`Release ${s.tag} already has an asset named ${f.name} and overwrite is "fail": ${d.reason}. Use overwrite: replace to replace it, or skip to keep it.`);
            }
            if (d.kind === 'keep') {
                for (const r of d.remove) {
                    act(`delete ${f.name} (asset ${r.id}): ${d.reason}`);
                    await forge.deleteAsset(release, r);
                }
                if (!d.remove.length)
                    log(`Keeping ${f.name}: ${d.reason}.`);
                if (verdicts.get(d.keep.id) !== 'same') {
                    f.kept = { size: d.keep.size, sha256: d.keep.sha256 ?? (await remoteHash(release, d.keep)) };
                    log(`Note: ${f.name} on the release differs from (or cannot be compared with) the local file; kept because overwrite is "skip".`);
                }
                return current.filter((a) => !d.remove.some((r) => r.id === a.id));
            }
            if (d.kind === 'replace') {
                for (const r of d.remove) {
                    act(`delete ${f.name} (asset ${r.id}): ${d.reason}`);
                    await forge.deleteAsset(release, r);
                }
            }
            act(`upload ${f.name} (${f.size} bytes)`);
            const obs = f.sha256 ? undefined : uploadObserver(f);
            try {
                const asset = await forge.uploadAsset(release, { path: f.path, name: f.name, size: f.size, observe: obs });
                f.sha256 ??= obs?.result();
                if (asset.name !== f.name)
                    throw new errors/* RelforgeError */.fY(`The forge stored ${f.name} as "${asset.name}" (it renames unusual names): rename the file to a plain name (letters, digits, . - _).`);
                if (asset.size !== f.size)
                    throw new errors/* RelforgeError */.fY(`The forge reports ${asset.size} bytes for ${f.name}, but the local file has ${f.size}: the file changed during the upload or the transfer was cut. Re-run the step.`);
                return [...current.filter((a) => a.name !== f.name), asset];
            }
            catch (err) {
                const retryable = err instanceof types/* AssetExistsError */.NR || isTransient(err);
                if (!retryable || attempt >= 4)
                    throw err;
                log(`Uploading ${f.name} failed (${(0,errors/* errorMessage */.gJ)(err)}); re-listing the assets and retrying (attempt ${attempt + 1} of 4).`);
                if (!(err instanceof types/* AssetExistsError */.NR))
                    await (0,http/* sleep */.yy)(retryDelay * 2 ** (attempt - 1));
                current = undefined;
            }
        }
    }
    async function verify(release, remote, wanted) {
        const problems = [];
        for (const f of wanted) {
            const same = remote.filter((a) => a.name === f.name);
            if (same.length === 0)
                problems.push(`${f.name} is missing`);
            else if (same.length > 1)
                problems.push(`${f.name} is present ${same.length} times`);
            else {
                const a = same[0];
                if (a.state !== 'uploaded')
                    problems.push(`${f.name} is in state "${a.state}" (incomplete upload)`);
                else if (f.kept) {
                    if (a.size !== f.kept.size || (a.sha256 && f.kept.sha256 && a.sha256 !== f.kept.sha256))
                        problems.push(`${f.name} (kept by overwrite: skip) changed on the forge during this run`);
                }
                else if (a.size !== f.size)
                    problems.push(`${f.name} has ${a.size} bytes on the forge, ${f.size} locally`);
                else {
                    const v = await verdictFor(release, f, a);
                    if (v === 'different') {
                        if (overwrite === 'skip')
                            log(`Note: ${f.name} on the forge differs from the local file (kept because overwrite is "skip").`);
                        else
                            problems.push(`${f.name} on the forge has SHA-256 ${a.sha256 ?? downloadedHash.get(a.id)}, the local file ${f.sha256}`);
                    }
                    else if (v === 'unknown')
                        log(`${f.name}: size matches; content not compared (no digest on ${forge.kind} and larger than the re-download limit).`);
                }
            }
        }
        if (problems.length) {
            throw new errors/* RelforgeError */.fY(`Verification of release ${s.tag} failed, so it was not published:\n- ${problems.join('\n- ')}\nRe-run the step: it replaces what differs.`);
        }
    }
    async function finish(release, remote, wanted) {
        result.releaseId = release.id;
        result.url = release.htmlUrl;
        result.published = !release.draft;
        result.prerelease = release.prerelease;
        for (const f of wanted) {
            const a = remote.find((x) => x.name === f.name);
            result.assets.push({ name: f.name, size: f.kept?.size ?? f.size, sha256: f.kept?.sha256 ?? (await ensureHash(f)), url: a?.downloadUrl ?? '' });
        }
        return result;
    }
    /** Dry run: report the uploads/deletions that would happen, with no write. */
    async function dryRunRest(release) {
        const remote = release ? await forge.listAssets(release) : [];
        const wanted = await wantedSet(files, s.checksums !== false, tmp);
        for (const f of wanted) {
            const sameName = remote.filter((a) => a.name === f.name);
            const verdicts = new Map();
            for (const a of sameName)
                verdicts.set(a.id, a.state === 'uploaded' ? await verdictFor(release, f, a) : 'different');
            const d = decideAsset(f, sameName, (r) => verdicts.get(r.id) ?? 'unknown', overwrite);
            if (d.kind === 'upload')
                act(`upload ${f.name} (${f.size} bytes, sha256 ${f.sha256})`);
            else if (d.kind === 'replace')
                act(`replace ${f.name}: ${d.reason}`);
            else if (d.kind === 'keep')
                act(`keep ${f.name}: ${d.reason}`);
            else
                throw new errors/* RelforgeError */.fY(`Release ${s.tag} already has an asset named ${f.name} and overwrite is "fail": ${d.reason}.`);
        }
        if (!s.draft && !(release && !release.draft && release.prerelease === prerelease))
            act(`publish ${s.tag}${prerelease ? ' as a prerelease' : caps.makeLatest ? ` (make_latest: ${makeLatest})` : ''}`);
        result.releaseId = release?.id ?? null;
        result.url = release?.htmlUrl ?? '';
        result.published = !!release && !release.draft;
        for (const f of wanted)
            result.assets.push({ name: f.name, size: f.size, sha256: await ensureHash(f), url: '' });
        return result;
    }
}
/** Stands in for a forge in a dry run without a token: any call is a bug (no call may happen). */
function offlineForge(o) {
    const kind = o.forge || 'github';
    return new Proxy({ kind, apiUrl: o.apiUrl ?? '', owner: '', repo: '', capabilities: { makeLatest: kind === 'github' } }, {
        get(t, p) {
            if (p in t)
                return t[p];
            return () => {
                throw new Error(`internal: dry run without a token called forge.${String(p)}`);
            };
        },
    });
}


/***/ })

};
