export const id = 267;
export const ids = [267];
export const modules = {

/***/ 5732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ expandFiles),
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   jP: () => (/* binding */ assertSafeName),
/* harmony export */   vA: () => (/* binding */ READ_CHUNK)
/* harmony export */ });
/* unused harmony exports workspaceRoots, safeBasename */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1138);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6316);
/**
 * Filesystem adapter: glob expansion for `files` inputs, streamed hashing, safe names.
 * Files are read in 1 MiB chunks (64 KiB reads cost ~25 % more), so memory does not grow with file size.
 *
 * Where files may come from: every matched file is resolved to its real path (symbolic links followed), and a
 * file whose real path is outside the workspace is refused unless the caller allows it explicitly. The
 * workspace is `cwd`, GITHUB_WORKSPACE and RUNNER_TEMP; a pattern written as an absolute path also allows the
 * folder it names (the user named that place), never a link out of it. So `ln -s /etc/passwd app-linux-arm64`
 * with `files: app-*` is refused instead of publishing /etc/passwd. Directory symlink cycles are walked once.
 */






const READ_CHUNK = 1024 * 1024;
/** Where matched files may live: real paths of cwd, GITHUB_WORKSPACE and RUNNER_TEMP (those that exist). */
function workspaceRoots(cwd, env = process.env) {
    const roots = new Set();
    for (const p of [cwd, env.GITHUB_WORKSPACE, env.RUNNER_TEMP]) {
        if (!p)
            continue;
        try {
            roots.add(toSlash((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(p))));
        }
        catch {
            /* a root that does not exist holds no files */
        }
    }
    return [...roots];
}
const inside = (real, roots) => roots.some((r) => real === r || real.startsWith(r.endsWith('/') ? r : `${r}/`));
/** Problems name the input by field when there is one. */
function problem(inputName, message) {
    return inputName ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .fieldError */ .$i)(inputName, message) : new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY(`The file list ${message}`);
}
/**
 * Expands newline-separated glob patterns (relative to `cwd`) to absolute regular-file paths,
 * sorted and de-duplicated. `!pattern` removes matches. Zero matches for the whole set is an error
 * naming the input. A pattern without glob characters must name an existing regular file. Paths are
 * returned as matched (a link keeps its own name); their real paths must be inside the workspace.
 * (Own walker over minimatch rather than @actions/glob, whose `::debug::` lines leak into CLI output.)
 */
async function expandFiles(patterns, opts = {}) {
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(opts.cwd ?? process.cwd());
    const input = opts.inputName;
    const pats = patterns.map((p) => p.trim()).filter((p) => p !== '' && !p.startsWith('#'));
    if (pats.length === 0)
        throw problem(input, 'is empty: give at least one file or glob pattern.');
    const roots = workspaceRoots(cwd, opts.env ?? process.env);
    const scope = {
        roots,
        allow: !!opts.allowOutsideWorkspace,
        refuse: (path, real) => problem(input, `matched ${path}${real !== path ? `, which resolves to ${real},` : ''} outside the workspace (${roots.join(', ')}): refusing to read it ` +
            `(a symbolic link out of the workspace?). Copy the file into the workspace${opts.allowOption ? `, or set {{${opts.allowOption}}} if this is intended` : ''}.`),
    };
    const toAbs = (p) => toSlash((0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(cwd, p));
    // Matched path → its real path and where it may be; checked after the negations (a file excluded by `!x` is not refused).
    const found = new Map();
    for (const p of pats.filter((x) => !x.startsWith('!'))) {
        const abs = toAbs(p);
        const own = { ...scope, roots: patternRoots(p, abs, roots) };
        if (hasMagic(p))
            for (const [m, real] of globFiles(abs, own))
                found.set(m, { real, roots: own.roots });
        else
            found.set(abs, { real: literalFile(p, abs, cwd, input), roots: own.roots });
    }
    for (const p of pats.filter((x) => x.startsWith('!'))) {
        const neg = toAbs(p.slice(1));
        for (const f of [...found.keys()])
            if ((0,minimatch__WEBPACK_IMPORTED_MODULE_4__/* .minimatch */ .xF)(f, neg, { dot: true }))
                found.delete(f);
    }
    if (found.size === 0)
        throw problem(input, `matched no files (patterns: ${pats.join(', ')}; looked in ${cwd}).`);
    const sorted = [...found.keys()].sort();
    for (const f of sorted) {
        const { real, roots: where } = found.get(f);
        if (!scope.allow && !inside(real, where))
            throw scope.refuse(f, real);
    }
    return sorted;
}
/**
 * Where a pattern's files may really be: the workspace, and for a pattern written as an absolute path, the
 * folder it names (its static prefix; for a plain path, the file's folder). Naming a place explicitly allows
 * that place; a symbolic link from there to anywhere else is still refused.
 */
function patternRoots(p, abs, roots) {
    if (!(0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(p))
        return roots;
    const base = hasMagic(p) ? splitGlob(abs).base : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(abs);
    try {
        const real = toSlash((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(base));
        return inside(real, roots) ? roots : [...roots, real];
    }
    catch {
        return roots;
    }
}
/** A pattern without glob characters: an existing regular file; returns its real path. */
function literalFile(p, abs, cwd, input) {
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
    }
    catch {
        throw problem(input, `names "${p}", which does not exist (looked in ${cwd}).`);
    }
    if (!st.isFile())
        throw problem(input, `names "${p}", which is not a regular file.`);
    return toSlash((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs));
}
const toSlash = (p) => p.split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/');
const hasMagic = (p) => /[*?[\]{}]/.test(p);
/** An absolute glob's static prefix (the folder it is walked from) and the segments after it. */
function splitGlob(absPattern) {
    const segments = absPattern.split('/');
    let i = 0;
    while (i < segments.length && !hasMagic(segments[i]))
        i++;
    return { base: segments.slice(0, i).join('/') || '/', rest: segments.slice(i) };
}
/**
 * Regular files matching an absolute glob, each with its real path: walks from the pattern's static prefix only.
 * Symbolic links are followed, but a directory already on the current path (a cycle) is not entered again, and
 * a linked directory outside the workspace is not entered unless allowed.
 */
function globFiles(absPattern, scope) {
    const { base, rest } = splitGlob(absPattern);
    const maxDepth = rest.some((s) => s.includes('**')) ? Infinity : rest.length;
    const out = new Map();
    const ancestors = new Set();
    const walk = (dir, real, depth) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        ancestors.add(real);
        for (const e of entries) {
            const full = dir === '/' ? `/${e.name}` : `${dir}/${e.name}`;
            const kind = entryKind(e, full);
            if (!kind)
                continue;
            const target = kind.real ?? (real === '/' ? `/${e.name}` : `${real}/${e.name}`);
            if (kind.file && (0,minimatch__WEBPACK_IMPORTED_MODULE_4__/* .minimatch */ .xF)(full, absPattern, { dot: true }))
                out.set(full, target);
            else if (kind.dir && depth + 1 < maxDepth && e.name !== '.git' && e.name !== 'node_modules') {
                if (ancestors.has(target))
                    continue; // a cycle: already being walked
                if (kind.real && !scope.allow && !inside(kind.real, scope.roots))
                    continue; // a link out of the workspace
                walk(full, target, depth + 1);
            }
        }
        ancestors.delete(real);
    };
    let baseReal;
    try {
        baseReal = toSlash((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(base));
    }
    catch {
        return out;
    }
    // A pattern rooted outside the workspace (e.g. /etc/**) is refused before it is walked.
    if (!scope.allow && !inside(baseReal, scope.roots))
        throw scope.refuse(base, baseReal);
    walk(base, baseReal, 0);
    return out;
}
/** File or directory (links followed; `real` set for links), or undefined for anything else or a dangling link. */
function entryKind(e, full) {
    if (!e.isSymbolicLink())
        return e.isFile() || e.isDirectory() ? { file: e.isFile(), dir: e.isDirectory() } : undefined;
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full);
        return { file: st.isFile(), dir: st.isDirectory(), real: toSlash((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(full)) };
    }
    catch {
        return undefined;
    }
}
/**
 * Streams a file once, feeding every requested hash; returns hex digests and the byte count. `prefix` is fed to
 * every hash before the file (e.g. R ‖ A for a streamed Ed25519 verification).
 */
async function hashFile(path, algos, opts = {}) {
    const hashes = algos.map((a) => [a, (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createHash)(a)]);
    if (opts.prefix)
        for (const [, h] of hashes)
            h.update(opts.prefix);
    let size = 0;
    // One reused 1 MiB buffer: a read stream allocates a fresh chunk per read, and that garbage (external
    // memory, collected late) kept ~80 MiB extra RSS while hashing large files.
    const buf = Buffer.allocUnsafe(READ_CHUNK);
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        for (;;) {
            const { bytesRead } = await fh.read(buf, 0, READ_CHUNK, null);
            if (bytesRead === 0)
                break;
            size += bytesRead;
            const chunk = bytesRead === READ_CHUNK ? buf : buf.subarray(0, bytesRead);
            for (const [, h] of hashes)
                h.update(chunk);
        }
    }
    finally {
        await fh.close();
    }
    const out = { size };
    for (const [a, h] of hashes)
        out[a] = h.digest('hex');
    return out;
}
async function sha256File(path) {
    return (await hashFile(path, ['sha256'])).sha256;
}
/**
 * An asset/file name that is safe to use as a single path component and in URLs:
 * no separators, no `..`, no control characters, not empty, at most 255 bytes.
 */
function assertSafeName(name, what = 'file name') {
    if (name === '' ||
        name === '.' ||
        name === '..' ||
        /[/\\\x00-\x1f\x7f]/.test(name) ||
        Buffer.byteLength(name) > 255) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY(`Unsafe ${what} "${name.replace(/[\x00-\x1f\x7f]/g, '?')}": use a plain name without path separators, ".." or control characters.`);
    }
    return name;
}
function safeBasename(path) {
    return assertSafeName(basename(path));
}


/***/ }),

/***/ 1267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ request),
/* harmony export */   H2: () => (/* binding */ credentialsAllowed),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   be: () => (/* binding */ assertSecureUrl),
/* harmony export */   lH: () => (/* binding */ credentialOrigins),
/* harmony export */   z3: () => (/* binding */ HttpNetworkError)
/* harmony export */ });
/* unused harmony exports CredentialScopeError, retryDelay, bodyLength */
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
/* harmony import */ var _url_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4130);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(385);
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
 * - optional redirect following; a redirect target gets no credential header, whatever its origin (it is a URL an
 *   answer names: object storage, a signed URL — S3 refuses a second auth mechanism, and GHES serves its storage
 *   on its own origin);
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
 * (`api.github.com` → `uploads.github.com`; GHES serves `/api/uploads` on the API origin itself).
 * Only an https origin, or http on a loopback host, is ever returned.
 */
function credentialOrigins(apiUrl) {
    let u;
    try {
        u = new URL(apiUrl);
    }
    catch {
        return [];
    }
    if (!(0,_url_js__WEBPACK_IMPORTED_MODULE_8__/* .isSecureUrl */ .z)(u))
        return [];
    return u.hostname.startsWith('api.') ? [u.origin, `${u.protocol}//uploads.${u.host.slice('api.'.length)}`] : [u.origin];
}
/** Whether `url` may receive credentials scoped to `origins` (same origin, https or loopback http). */
function credentialsAllowed(url, origins) {
    const u = typeof url === 'string' ? new URL(url) : url;
    return (0,_url_js__WEBPACK_IMPORTED_MODULE_8__/* .isSecureUrl */ .z)(u) && origins.includes(u.origin);
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
/** Refuses anything but https, except http to a loopback address (local emulators, tests). */
function assertSecureUrl(url, what) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY(`${what} "${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(url)}" is not a valid URL.`);
    }
    if ((0,_url_js__WEBPACK_IMPORTED_MODULE_8__/* .isSecureUrl */ .z)(u))
        return u;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY(`${what} must use https:// (plain http is only accepted for loopback addresses), got "${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(u.origin)}".`);
}
/** How long to wait before retrying this response, or undefined when it must not be retried. */
function retryDelay(status, headers, attempt, base, max, now = Date.now()) {
    const header = (n) => {
        const v = headers[n];
        return Array.isArray(v) ? v[0] : v;
    };
    const backoffMs = (0,_retry_js__WEBPACK_IMPORTED_MODULE_9__/* .backoff */ .JN)(attempt, { baseDelayMs: base, maxDelayMs: max });
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
        return hinted ?? backoffMs;
    if (status >= 500 && status <= 599)
        return hinted ?? backoffMs;
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
    // saveTo is a consumer that streams the body to the file
    const { saveTo } = req;
    const consume = req.consume ?? (saveTo ? (body) => (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(body, (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createWriteStream)(saveTo)) : undefined);
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
            if (consume && ok) {
                consume(res).then(() => done(Buffer.alloc(0)), (err) => {
                    res.destroy();
                    reject(err);
                });
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
    return (0,_retry_js__WEBPACK_IMPORTED_MODULE_9__/* .retry */ .L5)(async (attempt) => {
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
 * The next hop of a redirect: https (or loopback http) only, and without credentials — neither the caller's own
 * credential headers nor the policy's, on any origin: the target is named by the answer (object storage, a signed
 * URL), never the API itself.
 */
async function followRedirect(req, from, res) {
    const next = new URL(String(res.headers.location), from);
    assertSecureUrl(next.href, 'Redirect target');
    const headers = { ...req.headers };
    for (const k of Object.keys(headers))
        if (SENSITIVE_HEADER.test(k))
            delete headers[k];
    return request({ ...req, url: next.href, headers, credentials: undefined, needsCredentials: false, followRedirects: req.followRedirects - 1 });
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
/* harmony export */   JN: () => (/* binding */ backoff),
/* harmony export */   L5: () => (/* binding */ retry)
/* harmony export */ });
/* unused harmony export sleep */
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

/***/ 4130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ urlInputProblem),
/* harmony export */   z: () => (/* binding */ isSecureUrl)
/* harmony export */ });
/**
 * URL inputs (api-url, upload-url, base-url…): checked once, with the problem worded by field.
 * Credentials never travel inside a URL: userinfo (`https://user:pass@host/`) would end up in logs, outputs,
 * step summaries and signed manifests, so it is refused with the fix (use the token inputs).
 */
function isLoopbackHost(hostname) {
    const h = hostname.replace(/^\[|\]$/g, '');
    return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}
/** https, or plain http to a loopback address (local emulators, tests): the one scheme rule of every URL. Pure. */
function isSecureUrl(u) {
    return u.protocol === 'https:' || (u.protocol === 'http:' && isLoopbackHost(u.hostname));
}
/** Why `value` is not an acceptable URL input (continues after the field's name), or undefined. */
function urlInputProblem(value, opts = {}) {
    // Templates such as {platform} or {file} are allowed in some inputs; check the URL with them filled in.
    const probe = opts.allowTemplate ? value.replace(/\{[a-z_]+\}/g, 'x') : value;
    let u;
    try {
        u = new URL(probe);
    }
    catch {
        return 'is not a valid URL.';
    }
    if (u.username || u.password)
        return 'must not contain a user name or password (https://user:pass@host/…): they would be printed in logs and published in outputs. Pass credentials through the token input (a secret) instead.';
    if (!isSecureUrl(u))
        return `must use https:// (plain http is only accepted for loopback addresses), got "${u.protocol}//${u.host}".`;
    return undefined;
}


/***/ })

};
