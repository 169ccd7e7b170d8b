export const id = 796;
export const ids = [796];
export const modules = {

/***/ 6521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _signing_minisign_sign_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3903);
/* harmony import */ var _signing_minisign_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1112);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3567);
/**
 * `relforge sign FILE|GLOB… [--private-key-file FILE | --private-key-env VAR] [--public-key KEY] …`: the same
 * operation as actions/sign-ed25519 (signFiles, signEd25519Schema), fail-closed. Secrets come from a file or
 * environment variables (MINISIGN_PRIVATE_KEY, MINISIGN_PASSWORD), never from argv.
 */



/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCommand */ .N)({
    schema: _signing_minisign_options_js__WEBPACK_IMPORTED_MODULE_1__/* .signEd25519Schema */ .YA,
    notes: `Signs like actions/sign-ed25519: FILE.minisig next to each file (or in --output-dir), SHA256SUMS + its
signature, each signature verified before anything is moved into place; on any failure nothing changes.
The trusted comment's timestamp is SOURCE_DATE_EPOCH, else the commit time of HEAD, so signing the same files
of the same commit again writes identical bytes. Old spellings still accepted: --key FILE, --key-env VAR, --pubkey.`,
    async run(v) {
        const result = await (0,_signing_minisign_sign_files_js__WEBPACK_IMPORTED_MODULE_0__/* .signFiles */ .JX)({ ...(0,_signing_minisign_options_js__WEBPACK_IMPORTED_MODULE_1__/* .signFilesOptions */ .xD)(v, process.cwd()), log: (m) => console.error(m) });
        if (v.json) {
            console.log(JSON.stringify(result, null, 2));
            return 0;
        }
        for (const s of result.signatures)
            console.log(`signed and verified ${s.file} -> ${s.signature}`);
        if (result.checksumsFile)
            console.log(`checksums: ${result.checksumsFile} (+ ${result.checksumsSignature})`);
        if (result.unchanged.length)
            console.log(`unchanged (already signed identically): ${result.unchanged.join(', ')}`);
        console.log(`key id ${result.keyId}`);
        return 0;
    },
}));


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

/***/ 1112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YA: () => (/* binding */ signEd25519Schema),
/* harmony export */   cz: () => (/* binding */ filesToSign),
/* harmony export */   fu: () => (/* binding */ verifySchema),
/* harmony export */   ob: () => (/* binding */ ALLOW_OUTSIDE_WORKSPACE),
/* harmony export */   tq: () => (/* binding */ keygenSchema),
/* harmony export */   xD: () => (/* binding */ signFilesOptions)
/* harmony export */ });
/* unused harmony export parseTimestamp */
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6316);
/* harmony import */ var _platform_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1933);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1310);
/* harmony import */ var _core_trusted_comment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2983);
/**
 * Option schemas of the Ed25519 (minisign) operations (src/platform/options.ts): sign-ed25519 (the action,
 * `relforge sign` on the command line), and the CLI-only `relforge verify` and `relforge keygen`.
 *
 * One vocabulary across commands: `--public-key` (old `--pubkey` still accepted); the private key is the secret
 * `private-key` (`--private-key-file FILE`, `--private-key-env VAR` or MINISIGN_PRIVATE_KEY; old `--key FILE` /
 * `--key-env VAR` still accepted); its password the secret `password` (`--password-file`, `--password-env VAR`
 * or MINISIGN_PASSWORD, then the old RELFORGE_KEY_PASSWORD).
 */




const PUBLIC_KEY_CLI = { pathOrValue: true, aliases: ['pubkey'], metavar: 'KEY' };
const PUBLIC_KEY_ENV = ['MINISIGN_PUBLIC_KEY'];
/** Both signers: files whose real path leaves the workspace are refused unless this is set. */
const ALLOW_OUTSIDE_WORKSPACE = {
    type: 'boolean',
    default: false,
    description: 'Sign files whose real path is outside the workspace and RUNNER_TEMP (refused by default: a symbolic link could point anywhere).',
};
/** Both signers' "files" option; `what` completes "Files to sign, …" (globs, formats, what is skipped). */
function filesToSign(what) {
    const description = `Files to sign, ${what}A file whose real path (symbolic links followed) is outside the workspace and RUNNER_TEMP is refused.`;
    return { type: 'list', separator: 'lines', required: true, description, cli: { positional: true, metavar: 'FILE|GLOB' } };
}
const signEd25519Schema = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_1__/* .defineSchema */ .Jo)({
    name: 'sign-ed25519',
    summary: 'sign files with Ed25519 in minisign format (fail-closed, verified, SHA256SUMS)',
    options: {
        files: filesToSign('one path or glob per line (relative to the workspace). Zero matches is an error. Signature and SHA256SUMS files from an earlier run are skipped. '),
        'private-key': {
            type: 'string',
            secret: true,
            required: true,
            env: ['MINISIGN_PRIVATE_KEY'],
            description: "A minisign secret key file's text (unencrypted or password-encrypted; base64 of the whole file, as Tauri stores it, also works), " +
                'a PKCS#8 PEM of an Ed25519 key, or base64 of a raw 32-byte Ed25519 seed.',
            cli: { fileAliases: ['key'], envAliases: ['key-env'] },
        },
        password: {
            type: 'string',
            secret: true,
            env: ['MINISIGN_PASSWORD', 'RELFORGE_KEY_PASSWORD'],
            description: 'Password of an encrypted minisign secret key (or an encrypted PKCS#8 PEM).',
        },
        'public-key': {
            type: 'string',
            env: PUBLIC_KEY_ENV,
            description: 'Expected public key (minisign public key file text or its RW… base64 line; on the command line also a path to the file). ' +
                'When given, the key derived from private-key must equal it, or the step fails before any file is read. Recommended.',
            cli: PUBLIC_KEY_CLI,
        },
        'trusted-comment': {
            type: 'string',
            description: 'Signed comment. Placeholders {version} {file} {platform} {timestamp}. Default "version:<version><TAB>file:<name><TAB>platform:<platform><TAB>timestamp:<unix>" ' +
                '(fields without a value are left out). Values with a tab, line break or other control character are refused (they would forge fields).',
            cli: { metavar: 'TEXT' },
        },
        'untrusted-comment': { type: 'string', description: 'Unsigned first line of each .minisig (informational only).', cli: { metavar: 'TEXT' } },
        version: {
            type: 'string',
            description: 'Release version, written into the trusted comment so verifiers can refuse rollbacks (relforge verify --version, Tauri updater).',
            cli: { metavar: 'X.Y.Z' },
        },
        platform: {
            type: 'string',
            description: 'Target platform written into the trusted comment (e.g. linux-x86_64). Default: inferred per file from its name (agent-linux-amd64 → linux-x86_64, ' +
                'same alias table as upload-packages); left out when the name does not say. "none" leaves the field out.',
        },
        format: {
            type: 'string',
            default: 'minisign',
            choices: ['minisign', 'raw'],
            description: '"minisign" (default: FILE.minisig) or "raw" (FILE.sig = base64 of the 64-byte Ed25519 signature over the file bytes, for servers using ' +
                "Go's ed25519.Verify; files up to 512 MiB).",
        },
        algorithm: {
            type: 'string',
            default: 'ED',
            choices: ['ED', 'Ed'],
            description: 'minisign signature algorithm, "ED" (prehashed BLAKE2b-512, streamed, default) or "Ed" (legacy, signify-compatible, files up to 512 MiB).',
        },
        checksums: {
            type: 'boolean',
            default: true,
            description: 'Write SHA256SUMS for all files (sha256sum -c format, names relative to its folder) and sign it too.',
        },
        'output-dir': {
            type: 'string',
            description: 'Folder for signatures and SHA256SUMS. Default: each signature next to its file, SHA256SUMS in the folder of the first file (sorted).',
            cli: { metavar: 'DIR' },
        },
        workers: { type: 'integer', min: 0, max: 64, description: 'Hashing worker threads (default min(2, CPU cores, files); 0 hashes on the main thread).' },
        verify: {
            type: 'string',
            default: 'digest',
            choices: ['digest', 'reread'],
            description: 'Verify-after-sign mode. "digest" (default): the written signature is parsed back and verified with the expected public key against the digest of the single read, ' +
                'and the file must be unchanged (inode, size, mtime, ctime). "reread": re-read and re-hash every file from disk (doubles the reading).',
        },
        timestamp: {
            type: 'string',
            description: 'The {timestamp} of the trusted comments: unix seconds or an RFC 3339 date (e.g. the release commit\'s time). Default: SOURCE_DATE_EPOCH, else the commit time of HEAD ' +
                'in the workspace, else the clock. A fixed value makes a re-run write byte-identical signatures, also in a job without a checkout.',
            cli: { metavar: 'SECONDS|DATE' },
        },
        'allow-outside-workspace': ALLOW_OUTSIDE_WORKSPACE,
        json: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonFlag */ .hG)('Print the result as JSON.'),
    },
    outputs: {
        signatures: 'JSON array, one object per file: file, signature (path), sha256 (hex; null when checksums is false), size, keyId.',
        'public-key': 'minisign public key file text of the signing key.',
        'key-id': 'minisign key id (16 upper-case hex digits).',
        'checksums-file': 'Path of the SHA256SUMS file (its signature is the same path + .minisig, or .sig for format raw); empty when checksums is false.',
    },
});
/** signFiles settings from sign-ed25519's option values (the action and the CLI both call this). */
function signFilesOptions(v, cwd) {
    const problems = new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .Problems */ .Zw();
    for (const field of ['version', 'platform']) {
        const problem = v[field] ? (0,_core_trusted_comment_js__WEBPACK_IMPORTED_MODULE_3__/* .commentValueProblem */ .Sr)(v[field]) : undefined;
        if (problem)
            problems.add(field, `${problem}.`);
    }
    if (v['trusted-comment'] && /[\r\n]/.test(v['trusted-comment']))
        problems.add('trusted-comment', 'must be one line.');
    const timestamp = v.timestamp ? parseTimestamp(v.timestamp) : undefined;
    if (timestamp === null)
        problems.add('timestamp', `must be unix seconds or an RFC 3339 date (2026-05-01T12:00:00Z), got "${v.timestamp}".`);
    if (v['public-key']) {
        try {
            (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePublicKey */ .ee)(v['public-key']);
        }
        catch (err) {
            problems.add('public-key', `is malformed: ${err.message}`);
        }
    }
    problems.throwIfAny();
    return {
        files: v.files,
        cwd,
        privateKey: v['private-key'],
        password: v.password || undefined,
        publicKey: v['public-key'] || undefined,
        trustedComment: v['trusted-comment'] || undefined,
        untrustedComment: v['untrusted-comment'] || undefined,
        version: v.version || undefined,
        platform: v.platform || undefined,
        format: v.format,
        algorithm: v.algorithm,
        checksums: v.checksums,
        outputDir: v['output-dir'] || undefined,
        workers: v.workers,
        reread: v.verify === 'reread',
        allowOutsideWorkspace: v['allow-outside-workspace'],
        timestamp: timestamp ?? undefined,
    };
}
/** Unix seconds from `1767225600` or an RFC 3339 date; null when it is neither. */
function parseTimestamp(text) {
    const t = text.trim();
    if (/^\d{1,12}$/.test(t))
        return Number(t);
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(t))
        return null;
    const ms = Date.parse(t);
    return Number.isFinite(ms) && ms >= 0 ? Math.floor(ms / 1000) : null;
}
const verifySchema = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_1__/* .defineSchema */ .Jo)({
    name: 'verify',
    summary: 'verify a file against a minisign signature and public key (optionally binding the version)',
    options: {
        file: { type: 'list', separator: 'lines', required: true, description: 'The file to verify.', cli: { positional: true, metavar: 'FILE' } },
        sig: { type: 'string', description: 'The signature file (default: FILE.minisig, or FILE.sig for --format raw).', cli: { short: 'x', metavar: 'FILE.minisig' } },
        'public-key': {
            type: 'string',
            required: true,
            env: PUBLIC_KEY_ENV,
            description: 'The public key: a minisign .pub file, its RW… base64 line, or a path to either.',
            cli: { ...PUBLIC_KEY_CLI, short: 'p' },
        },
        version: {
            type: 'string',
            description: 'Also require the trusted comment\'s "version:" to equal this (rollback protection; a leading v is ignored; a comment with two version fields is refused).',
            cli: { metavar: 'X.Y.Z' },
        },
        'require-prehashed': (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt)('Refuse legacy (non-prehashed) Ed signatures, like minisign -H.'),
        format: {
            type: 'string',
            default: 'minisign',
            choices: ['minisign', 'raw'],
            description: '"raw": the signature file holds base64 of a 64-byte Ed25519 signature over the file bytes.',
        },
        quiet: { type: 'boolean', default: false, description: 'Print nothing on success.', cli: { short: 'q' } },
    },
});
const keygenSchema = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_1__/* .defineSchema */ .Jo)({
    name: 'keygen',
    summary: 'create a minisign-compatible Ed25519 key pair (optionally password-encrypted)',
    options: {
        out: { type: 'string', required: true, description: 'Folder for NAME.key and NAME.pub (created when missing).', cli: { short: 'o', metavar: 'DIR' } },
        password: {
            type: 'string',
            secret: true,
            env: ['MINISIGN_PASSWORD'],
            description: "Encrypt the secret key with this password (scrypt with minisign's limits: opening it takes about 1 GiB of memory and a few seconds, like minisign). " +
                'Without it the key is unencrypted, like minisign -G -W.',
        },
        name: { type: 'string', default: 'minisign', description: 'File name of the pair (letters, digits, . _ -).' },
        force: { type: 'boolean', default: false, description: 'Overwrite existing files (kept otherwise).', cli: { short: 'f' } },
    },
});


/***/ })

};
