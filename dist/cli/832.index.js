export const id = 832;
export const ids = [832];
export const modules = {

/***/ 1149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   usage: () => (/* binding */ usage)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6316);
/* harmony import */ var _signing_authenticode_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1637);
/**
 * `relforge verify-authenticode FILE… --root root.pem [--tsa-root tsa.pem] [--subject "CN=…"] [--eku OID]`:
 * the same independent verifier sign-trusted runs after signing. Exit 0 only when every check holds for every
 * file; otherwise prints the failing check per file and exits 1 (2 for usage errors).
 */




const usage = `relforge verify-authenticode FILE [FILE…] --root ROOT.pem [--tsa-root TSA-ROOT.pem] [--subject "CN=…, O=…"]
       [--eku OID]… [--allow-no-timestamp] [--json]

Verifies Authenticode signatures of PE (.exe/.dll/.sys…) and MSI files independently, fail-closed:
certificate table layout (one WIN_CERTIFICATE, nothing appended), exactly one signature (no nested ones),
the recomputed file digest, the CMS signature, the chain to a pinned root at the timestamp time, the
codeSigning EKU plus every --eku, the --subject attributes, and the RFC 3161 timestamp (signature, chain to
--tsa-root, which defaults to --root, message imprint).
--root/--tsa-root take PEM files (bundles allowed; repeatable). PE and MSI files are parsed in-process (no
external tool). Exit 0 only when every check holds.`;
function readPem(paths, option) {
    return paths
        .map((p) => {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8');
        }
        catch (e) {
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY(`${option} ${p}: ${e.message}`, { exitCode: 2 });
        }
    })
        .join('\n');
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    summary: 'verify Authenticode signatures (PE, MSI) against pinned roots, subject and EKUs',
    usage,
    async run(argv) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args: argv,
            options: {
                root: { type: 'string', multiple: true },
                'tsa-root': { type: 'string', multiple: true },
                subject: { type: 'string' },
                eku: { type: 'string', multiple: true },
                'allow-no-timestamp': { type: 'boolean', default: false },
                json: { type: 'boolean', default: false },
            },
            allowPositionals: true,
            strict: true,
        });
        if (!positionals.length)
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY(`verify-authenticode: give at least one FILE.\n\nusage: ${usage}`, { exitCode: 2 });
        if (!values.root?.length)
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY('verify-authenticode: --root ROOT.pem is required (the trusted root the chain must end in).', { exitCode: 2 });
        const pins = { roots: readPem(values.root, '--root') };
        if (values['tsa-root']?.length)
            pins.tsaRoots = readPem(values['tsa-root'], '--tsa-root');
        if (values.subject !== undefined)
            pins.subject = values.subject;
        if (values.eku?.length)
            pins.ekus = values.eku;
        try {
            (0,_signing_authenticode_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .checkAuthenticodePins */ .Up)(pins);
        }
        catch (e) {
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY((0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e), { exitCode: 2 });
        }
        let failed = 0;
        const results = [];
        for (const file of positionals) {
            try {
                const r = await (0,_signing_authenticode_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyAuthenticodeFile */ .ti)(file, pins, { requireTimestamp: !values['allow-no-timestamp'] });
                results.push({ ok: true, ...r, timestamp: r.timestamp?.toISOString() });
                if (!values.json)
                    console.log(`OK ${file}: ${r.kind.toUpperCase()} signed by "${r.signerSubject}" (${r.digestAlgorithm}, timestamp ${r.timestamp?.toISOString() ?? 'none'}, leaf sha256 ${r.leafSha256})`);
            }
            catch (e) {
                if (!(e instanceof _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY))
                    throw e;
                failed++;
                const check = e instanceof _signing_authenticode_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .AuthenticodeVerificationError */ .RM ? e.check : 'input';
                results.push({ ok: false, file, check, error: e.message });
                if (!values.json)
                    console.error(`FAILED ${file} [${check}]: ${e instanceof _signing_authenticode_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .AuthenticodeVerificationError */ .RM ? e.message.replace(/^.*? failed \[[^\]]+\]: /, '') : e.message}`);
            }
        }
        if (values.json)
            console.log(JSON.stringify(results, null, 2));
        return failed ? 1 : 0;
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


/***/ })

};
