export const id = 28;
export const ids = [28];
export const modules = {

/***/ 7493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   usage: () => (/* binding */ usage)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6316);
/* harmony import */ var _platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9002);
/* harmony import */ var _publishing_publish_release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3725);
/**
 * `relforge publish`: the same operation as actions/publish-release. The token never comes from argv:
 * RELFORGE_TOKEN, else GITHUB_TOKEN (else GITEA_TOKEN / FORGEJO_TOKEN).
 */




const usage = `relforge publish --tag TAG --files GLOB [--files GLOB …] [--name TITLE] [--body TEXT | --body-file FILE]
       [--prerelease auto|true|false] [--draft] [--make-latest true|false|legacy] [--no-checksums]
       [--target-commitish SHA] [--overwrite replace|skip|fail] [--forge github|gitea|forgejo]
       [--api-url URL] [--repository owner/repo] [--dry-run] [--json]

Environment: RELFORGE_TOKEN (else GITHUB_TOKEN, GITEA_TOKEN, FORGEJO_TOKEN) — never pass a token as an argument.
--api-url defaults to GITHUB_API_URL (https://api.github.com); --repository to GITHUB_REPOSITORY.
Without a token, --dry-run plans from the local files only.`;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    summary: 'publish a release atomically (draft → upload → verify → publish), re-runnable',
    usage,
    async run(argv) {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            options: {
                tag: { type: 'string' },
                files: { type: 'string', multiple: true },
                name: { type: 'string' },
                body: { type: 'string' },
                'body-file': { type: 'string' },
                prerelease: { type: 'string', default: 'auto' },
                draft: { type: 'boolean', default: false },
                'make-latest': { type: 'string', default: 'true' },
                'no-checksums': { type: 'boolean', default: false },
                'target-commitish': { type: 'string' },
                overwrite: { type: 'string', default: 'replace' },
                forge: { type: 'string' },
                'api-url': { type: 'string' },
                repository: { type: 'string' },
                'dry-run': { type: 'boolean', default: false },
                json: { type: 'boolean', default: false },
                token: { type: 'string' },
            },
            allowPositionals: false,
            strict: true,
        });
        if (values.token !== undefined) {
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RelforgeError */ .fY('relforge publish does not take a token on the command line (it would show in process lists and shell history): set RELFORGE_TOKEN instead.', { exitCode: 2 });
        }
        if (!values.tag)
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RelforgeError */ .fY(`--tag is required.\n\nusage: ${usage}`, { exitCode: 2 });
        const token = process.env.RELFORGE_TOKEN || process.env.GITHUB_TOKEN || process.env.GITEA_TOKEN || process.env.FORGEJO_TOKEN || '';
        (0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(token);
        const pre = values.prerelease.toLowerCase();
        if (!['auto', 'true', 'false'].includes(pre))
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RelforgeError */ .fY(`--prerelease must be auto, true or false, got "${values.prerelease}".`, { exitCode: 2 });
        if (!token && !values['dry-run']) {
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RelforgeError */ .fY('No token: set RELFORGE_TOKEN (or GITHUB_TOKEN) to a token that can write releases, or use --dry-run.', { exitCode: 2 });
        }
        const res = await (0,_publishing_publish_release_js__WEBPACK_IMPORTED_MODULE_3__/* .publishRelease */ .D)({
            tag: values.tag,
            files: values.files ?? [],
            name: values.name,
            body: values.body,
            bodyFile: values['body-file'],
            prerelease: pre === 'auto' ? 'auto' : pre === 'true',
            draft: values.draft,
            makeLatest: values['make-latest'],
            checksums: !values['no-checksums'],
            targetCommitish: values['target-commitish'],
            overwrite: values.overwrite,
            dryRun: values['dry-run'],
            forge: { forge: values.forge, apiUrl: values['api-url'], token, repository: values.repository },
            log: values.json ? (l) => console.error(l) : (l) => console.log(l),
        });
        if (values.json)
            console.log(JSON.stringify(res, null, 2));
        else {
            console.log(`${res.dryRun ? 'dry run: ' : ''}${res.tag} ${res.dryRun ? 'planned' : res.published ? 'published' : 'left as draft'}${res.url ? ` — ${res.url}` : ''}`);
            for (const a of res.assets)
                console.log(`  ${a.sha256}  ${a.name} (${a.size} bytes)`);
        }
        return 0;
    },
});


/***/ }),

/***/ 5732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ expandFiles),
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   jP: () => (/* binding */ assertSafeName),
/* harmony export */   vA: () => (/* binding */ READ_CHUNK)
/* harmony export */ });
/* unused harmony export safeBasename */
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
 */






const READ_CHUNK = 1024 * 1024;
/**
 * Expands newline-separated glob patterns (relative to `cwd`) to absolute regular-file paths,
 * sorted and de-duplicated. `!pattern` removes matches. Zero matches for the whole set is an error
 * naming the input. A pattern without glob characters must name an existing regular file.
 * (Own walker over minimatch rather than @actions/glob, whose `::debug::` lines leak into CLI output.)
 */
async function expandFiles(patterns, opts = {}) {
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(opts.cwd ?? process.cwd());
    const what = opts.inputName ? `Input "${opts.inputName}"` : 'The file list';
    const pats = patterns.map((p) => p.trim()).filter((p) => p !== '' && !p.startsWith('#'));
    if (pats.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY(`${what} is empty: give at least one file or glob pattern.`);
    const toAbs = (p) => toSlash((0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(cwd, p));
    const found = new Set();
    for (const p of pats.filter((x) => !x.startsWith('!'))) {
        const abs = toAbs(p);
        if (!hasMagic(p)) {
            let st;
            try {
                st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
            }
            catch {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY(`${what}: file "${p}" does not exist (looked in ${cwd}).`);
            }
            if (!st.isFile())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY(`${what}: "${p}" is not a regular file.`);
            found.add(abs);
            continue;
        }
        for (const m of globFiles(abs))
            found.add(m);
    }
    for (const p of pats.filter((x) => x.startsWith('!'))) {
        const neg = toAbs(p.slice(1));
        for (const f of [...found])
            if ((0,minimatch__WEBPACK_IMPORTED_MODULE_4__/* .minimatch */ .xF)(f, neg, { dot: true }))
                found.delete(f);
    }
    if (found.size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY(`${what} matched no files (patterns: ${pats.join(', ')}; looked in ${cwd}).`);
    return [...found].sort();
}
const toSlash = (p) => p.split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/');
const hasMagic = (p) => /[*?[\]{}]/.test(p);
/** Regular files matching an absolute glob: walks from the pattern's static prefix only. */
function globFiles(absPattern) {
    const segments = absPattern.split('/');
    let i = 0;
    while (i < segments.length && !hasMagic(segments[i]))
        i++;
    const base = segments.slice(0, i).join('/') || '/';
    const rest = segments.slice(i);
    const maxDepth = rest.includes('**') || rest.some((s) => s.includes('**')) ? Infinity : rest.length;
    const out = [];
    const walk = (dir, depth) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            const full = dir === '/' ? `/${e.name}` : `${dir}/${e.name}`;
            let isDir = e.isDirectory();
            let isFile = e.isFile();
            if (e.isSymbolicLink()) {
                try {
                    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full);
                    isDir = st.isDirectory();
                    isFile = st.isFile();
                }
                catch {
                    continue;
                }
            }
            if (isFile && depth + 1 >= 1 && (0,minimatch__WEBPACK_IMPORTED_MODULE_4__/* .minimatch */ .xF)(full, absPattern, { dot: true }))
                out.push(full);
            else if (isDir && depth + 1 < maxDepth && e.name !== '.git' && e.name !== 'node_modules')
                walk(full, depth + 1);
        }
    };
    walk(base, 0);
    return out;
}
/** Streams a file once, feeding every requested hash; returns hex digests and the byte count. */
async function hashFile(path, algos) {
    const hashes = algos.map((a) => [a, (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createHash)(a)]);
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

/***/ 3913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ formatChecksums)
/* harmony export */ });
/* unused harmony export parseChecksums */
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6316);
/**
 * SHA256SUMS in the format GNU `sha256sum -c` reads: `<64 hex>  <name>` (two spaces = text mode, which is
 * binary-identical on POSIX). Names are relative to the SHA256SUMS folder with `/` separators. Names with a
 * backslash or a line break use coreutils' escaping: the line starts with `\`, and `\\` / `\n` / `\r` stand
 * for the characters.
 */

function escapeName(name) {
    if (!/[\\\n\r]/.test(name))
        return { escaped: false, text: name };
    return { escaped: true, text: name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r') };
}
function formatChecksums(entries) {
    return entries
        .map(({ name, sha256 }) => {
        if (!/^[0-9a-f]{64}$/.test(sha256))
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Internal: "${sha256}" is not a SHA-256 hex digest.`);
        if (name === '')
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY('Internal: empty name in SHA256SUMS.');
        const e = escapeName(name);
        return `${e.escaped ? '\\' : ''}${sha256}  ${e.text}\n`;
    })
        .join('');
}
/** Parses `sha256sum` output (text `  ` or binary ` *` mode, escaped names). */
function parseChecksums(text) {
    const out = [];
    for (const raw of text.split('\n')) {
        if (raw.trim() === '')
            continue;
        const line = raw.replace(/\r$/, '');
        const m = /^(\\?)([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
        if (!m)
            throw new RelforgeError(`Malformed SHA256SUMS line: "${line.slice(0, 120)}"`);
        let name = m[3];
        if (m[1])
            name = name.replace(/\\(\\|n|r)/g, (_, c) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
        out.push({ name, sha256: m[2].toLowerCase() });
    }
    return out;
}


/***/ })

};
