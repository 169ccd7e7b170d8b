export const id = 468;
export const ids = [468];
export const modules = {

/***/ 4646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ isTauriPlatform),
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   Wk: () => (/* binding */ PlatformError),
/* harmony export */   fH: () => (/* binding */ isPlatformKey),
/* harmony export */   ow: () => (/* binding */ normalizePlatformKey),
/* harmony export */   qW: () => (/* binding */ inferPlatform),
/* harmony export */   sW: () => (/* binding */ parsePlatformKey)
/* harmony export */ });
/* unused harmony exports OSES, ARCHES, BUNDLES, OS_ALIASES, ARCH_ALIASES, BUNDLE_SUFFIXES, platformLookupOrder, TAURI_OSES, TAURI_ARCHES, TAURI_BUNDLES */
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6316);
/**
 * Platform keys for signed packages: `<os>-<arch>[-<bundle>]`, the same keys Tauri's updater uses
 * (formats.md §3), e.g. `windows-x86_64`, `linux-aarch64`, `darwin-aarch64`, `linux-x86_64-deb`.
 *
 * Pure: canonical names, a documented alias table, and inference from file names such as
 * `agent-linux-amd64`, `agent_windows_x86_64.exe` or `agent-1.2.3-darwin-arm64.tar.gz`.
 * Inference never guesses: a name with no OS/arch token, or with two different ones, is an error
 * that tells the user to name the platform explicitly (a `platform: file` map).
 */

const OSES = ['linux', 'darwin', 'windows', 'freebsd'];
const ARCHES = ['x86_64', 'aarch64', 'i686', 'armv7', 'riscv64'];
const BUNDLES = ['appimage', 'deb', 'rpm', 'app', 'dmg', 'msi', 'nsis'];
/**
 * Alias table (lower case). Left: the spellings found in file names and build matrices
 * (Go GOOS/GOARCH, Rust target triples, Node `process.platform/arch`, Debian/RPM arches);
 * right: the canonical value. Bare `arm` is deliberately absent: it may mean ARMv6 or ARMv7.
 */
const OS_ALIASES = {
    linux: 'linux',
    darwin: 'darwin',
    macos: 'darwin',
    mac: 'darwin',
    osx: 'darwin',
    apple: 'darwin',
    windows: 'windows',
    win: 'windows',
    win32: 'windows',
    win64: 'windows',
    mingw: 'windows',
    freebsd: 'freebsd',
};
const ARCH_ALIASES = {
    x86_64: 'x86_64',
    'x86-64': 'x86_64',
    amd64: 'x86_64',
    x64: 'x86_64',
    aarch64: 'aarch64',
    arm64: 'aarch64',
    armv8: 'aarch64',
    i686: 'i686',
    i586: 'i686',
    i386: 'i686',
    '386': 'i686',
    x86: 'i686',
    ia32: 'i686',
    armv7: 'armv7',
    armv7l: 'armv7',
    armhf: 'armv7',
    riscv64: 'riscv64',
};
/** File-name endings that name an installer format (bundle) and the OS it implies. Longest first. */
const BUNDLE_SUFFIXES = [
    ['.appimage.tar.gz', 'appimage', 'linux'],
    ['.app.tar.gz', 'app', 'darwin'],
    ['.msi.zip', 'msi', 'windows'],
    ['-setup.exe', 'nsis', 'windows'],
    ['.nsis.zip', 'nsis', 'windows'],
    ['.appimage', 'appimage', 'linux'],
    ['.deb', 'deb', 'linux'],
    ['.rpm', 'rpm', 'linux'],
    ['.dmg', 'dmg', 'darwin'],
    ['.msi', 'msi', 'windows'],
];
/** Endings that imply an OS without naming a bundle. */
const OS_SUFFIXES = [['.exe', 'windows']];
/** A platform key or file name that does not say one platform (a FormatError: the text is not what it claims). */
class PlatformError extends _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF {
}
function formatPlatform(p) {
    return p.bundle ? `${p.os}-${p.arch}-${p.bundle}` : `${p.os}-${p.arch}`;
}
const isOs = (v) => OSES.includes(v);
const isArch = (v) => ARCHES.includes(v);
const isBundle = (v) => BUNDLES.includes(v);
/** Parses a canonical key (`linux-x86_64`, `windows-x86_64-msi`); throws on anything else. */
function parsePlatformKey(key) {
    const m = /^([a-z0-9]+)-(x86_64|[a-z0-9]+)(?:-([a-z0-9]+))?$/.exec(key);
    if (m && isOs(m[1]) && isArch(m[2]) && (m[3] === undefined || isBundle(m[3]))) {
        return m[3] ? { os: m[1], arch: m[2], bundle: m[3] } : { os: m[1], arch: m[2] };
    }
    throw new PlatformError(`"${key}" is not a platform key: use <os>-<arch>[-<bundle>] with os one of ${OSES.join(', ')}; ` +
        `arch one of ${ARCHES.join(', ')}; bundle one of ${BUNDLES.join(', ')} (e.g. linux-x86_64, windows-x86_64-msi).`);
}
function isPlatformKey(key) {
    try {
        parsePlatformKey(key);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Accepts a canonical key or an aliased one (`linux-amd64`, `macos-arm64`, `win-x64-msi`) and returns
 * the canonical key. Used for `platform: file` map keys and the `require-platforms` list.
 */
function normalizePlatformKey(raw) {
    const key = raw.trim().toLowerCase();
    // x86_64 / x86-64 contain the separator; protect them before splitting.
    const protectedKey = key.replace(/x86[-_]64/g, 'x86_64');
    const parts = protectedKey.split('-');
    if (parts.length === 2 || parts.length === 3) {
        const os = OS_ALIASES[parts[0]];
        const arch = ARCH_ALIASES[parts[1]];
        const bundle = parts[2];
        if (os && arch && (bundle === undefined || isBundle(bundle)))
            return formatPlatform(bundle ? { os, arch, bundle } : { os, arch });
    }
    return formatPlatform(parsePlatformKey(raw.trim()));
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Finds alias tokens in a (lower-case) name: longest alias first, separated by `-`, `_`, `.`, space or the ends. */
function findTokens(name, table) {
    const aliases = Object.keys(table).sort((a, b) => b.length - a.length);
    const re = new RegExp(`(?<=^|[-_. +])(${aliases.map(escapeRe).join('|')})(?=$|[-_. +])`, 'g');
    const out = [];
    for (const m of name.matchAll(re)) {
        const alias = m[1];
        // A purely numeric alias (Go's "386") inside a dotted version number ("1.386.0") is not an arch.
        if (/^\d+$/.test(alias)) {
            const before = name[m.index - 1];
            const after = name[m.index + alias.length];
            if (before === '.' || after === '.')
                continue;
        }
        out.push({ alias, value: table[alias] });
    }
    return out;
}
/**
 * Infers the platform of a package from its file name. Recognises the aliases above and the installer
 * endings in BUNDLE_SUFFIXES (which also imply the OS: `.deb` → linux, `.msi` → windows…).
 * Throws a PlatformError naming the file and the fix when the name is ambiguous or says nothing.
 */
function inferPlatform(fileName) {
    const lower = fileName.toLowerCase();
    let bundle;
    let impliedOs;
    let stem = lower;
    for (const [suffix, b, os] of BUNDLE_SUFFIXES) {
        if (lower.endsWith(suffix)) {
            bundle = b;
            impliedOs = os;
            stem = lower.slice(0, -suffix.length);
            break;
        }
    }
    if (!impliedOs) {
        for (const [suffix, os] of OS_SUFFIXES) {
            if (lower.endsWith(suffix)) {
                impliedOs = os;
                stem = lower.slice(0, -suffix.length);
            }
        }
    }
    const fix = `name the platform explicitly with a "platform: file" map in the packages input (e.g. "linux-x86_64: ${fileName}")`;
    const osTokens = [...new Set(findTokens(stem, OS_ALIASES).map((t) => t.value))];
    const archTokens = [...new Set(findTokens(stem, ARCH_ALIASES).map((t) => t.value))];
    if (osTokens.length > 1)
        throw new PlatformError(`Cannot tell the platform of "${fileName}": it names several operating systems (${osTokens.join(', ')}); ${fix}.`);
    if (archTokens.length > 1)
        throw new PlatformError(`Cannot tell the platform of "${fileName}": it names several architectures (${archTokens.join(', ')}); ${fix}.`);
    const os = osTokens[0] ?? impliedOs;
    if (osTokens[0] && impliedOs && osTokens[0] !== impliedOs) {
        throw new PlatformError(`Cannot tell the platform of "${fileName}": the name says ${osTokens[0]} but the file type is a ${impliedOs} format; ${fix}.`);
    }
    const arch = archTokens[0];
    if (!os || !arch) {
        const missing = [!os ? 'operating system (linux, darwin/macos, windows…)' : '', !arch ? 'architecture (amd64/x86_64, arm64/aarch64…)' : '']
            .filter(Boolean)
            .join(' and ');
        throw new PlatformError(`Cannot tell the platform of "${fileName}": no ${missing} in the name; ${fix}.`);
    }
    return bundle ? { os, arch, bundle } : { os, arch };
}
/** The Tauri fallback chain for a key: `linux-x86_64-deb` → [`linux-x86_64-deb`, `linux-x86_64`]. */
function platformLookupOrder(key) {
    const p = parsePlatformKey(key);
    return p.bundle ? [key, `${p.os}-${p.arch}`] : [key];
}
/** Tauri's updater accepts a narrower set (formats.md §3). */
const TAURI_OSES = ['linux', 'darwin', 'windows'];
const TAURI_ARCHES = ['x86_64', 'aarch64', 'i686', 'armv7'];
const TAURI_BUNDLES = ['appimage', 'deb', 'rpm', 'app', 'msi', 'nsis'];
function isTauriPlatform(key) {
    const p = parsePlatformKey(key);
    return TAURI_OSES.includes(p.os) && TAURI_ARCHES.includes(p.arch) && (p.bundle === undefined || TAURI_BUNDLES.includes(p.bundle));
}


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

/***/ 1310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a8: () => (/* binding */ MINISIGN_MEMLIMIT),
  $W: () => (/* binding */ MINISIGN_OPSLIMIT),
  Fm: () => (/* binding */ decodeBase64Strict),
  or: () => (/* binding */ ed25519PrivateKey),
  qR: () => (/* binding */ ed25519PublicKey),
  et: () => (/* binding */ formatPublicKey),
  wQ: () => (/* binding */ keyIdHex),
  DH: () => (/* binding */ looksLikeSecretKeyFile),
  At: () => (/* binding */ openSecretKey),
  ee: () => (/* binding */ parsePublicKey),
  NP: () => (/* binding */ parseSecretKey),
  uT: () => (/* binding */ parseSignature),
  IX: () => (/* binding */ publicKeyBase64),
  wE: () => (/* binding */ publicKeyFromSeed),
  F7: () => (/* binding */ rawPublicKey),
  pT: () => (/* binding */ sanitizeComment),
  mA: () => (/* binding */ scryptParams),
  PS: () => (/* binding */ sealSecretKey),
  lT: () => (/* binding */ signMessage),
  Qj: () => (/* binding */ signPrehashed),
  Dk: () => (/* binding */ trustedCommentField),
  Od: () => (/* binding */ verifySignature)
});

// UNUSED EXPORTS: SCRYPT_MAX_MEMORY, TRUSTED_COMMENT_MAX, TRUSTED_PREFIX, UNTRUSTED_COMMENT_MAX, UNTRUSTED_PREFIX, formatSignature, secretKeyChecksum

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(6316);
;// CONCATENATED MODULE: ./src/signing/minisign/core/blake2b.ts
/**
 * BLAKE2b (RFC 7693) with any output length 1..64, unkeyed. Node's crypto only offers the fixed
 * 64-byte `blake2b512` (and BLAKE2b-256 is not a truncation of it: the length is in the parameter
 * block), but minisign's secret-key checksum is BLAKE2b-256. Small inputs only (key files):
 * BigInt arithmetic, not fast. Streamed file hashing uses Node's `blake2b512`.
 */
const MASK = (1n << 64n) - 1n;
const IV = [
    0x6a09e667f3bcc908n, 0xbb67ae8584caa73bn, 0x3c6ef372fe94f82bn, 0xa54ff53a5f1d36f1n,
    0x510e527fade682d1n, 0x9b05688c2b3e6c1fn, 0x1f83d9abfb41bd6bn, 0x5be0cd19137e2179n,
];
const SIGMA = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];
const rotr = (x, n) => ((x >> n) | (x << (64n - n))) & MASK;
function compress(h, block, t, last) {
    const v = [...h, ...IV];
    v[12] = v[12] ^ (t & MASK);
    v[13] = v[13] ^ (t >> 64n);
    if (last)
        v[14] = v[14] ^ MASK;
    const m = [];
    for (let i = 0; i < 16; i++)
        m.push(block.readBigUInt64LE(i * 8));
    const g = (a, b, c, d, x, y) => {
        v[a] = (v[a] + v[b] + x) & MASK;
        v[d] = rotr(v[d] ^ v[a], 32n);
        v[c] = (v[c] + v[d]) & MASK;
        v[b] = rotr(v[b] ^ v[c], 24n);
        v[a] = (v[a] + v[b] + y) & MASK;
        v[d] = rotr(v[d] ^ v[a], 16n);
        v[c] = (v[c] + v[d]) & MASK;
        v[b] = rotr(v[b] ^ v[c], 63n);
    };
    for (let r = 0; r < 12; r++) {
        const s = SIGMA[r % 10];
        g(0, 4, 8, 12, m[s[0]], m[s[1]]);
        g(1, 5, 9, 13, m[s[2]], m[s[3]]);
        g(2, 6, 10, 14, m[s[4]], m[s[5]]);
        g(3, 7, 11, 15, m[s[6]], m[s[7]]);
        g(0, 5, 10, 15, m[s[8]], m[s[9]]);
        g(1, 6, 11, 12, m[s[10]], m[s[11]]);
        g(2, 7, 8, 13, m[s[12]], m[s[13]]);
        g(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (let i = 0; i < 8; i++)
        h[i] = h[i] ^ v[i] ^ v[i + 8];
}
/** Unkeyed BLAKE2b of `data` with an `outlen`-byte digest. */
function blake2b(data, outlen) {
    if (!Number.isInteger(outlen) || outlen < 1 || outlen > 64)
        throw new RangeError('BLAKE2b output length must be 1..64');
    const h = [...IV];
    h[0] = h[0] ^ 0x01010000n ^ BigInt(outlen);
    const blocks = Math.max(1, Math.ceil(data.length / 128));
    for (let i = 0; i < blocks; i++) {
        const chunk = Buffer.alloc(128);
        data.copy(chunk, 0, i * 128, Math.min(data.length, (i + 1) * 128));
        const last = i === blocks - 1;
        compress(h, chunk, BigInt(last ? data.length : (i + 1) * 128), last);
    }
    const out = Buffer.alloc(64);
    h.forEach((w, i) => out.writeBigUInt64LE(w, i * 8));
    return Buffer.from(out.subarray(0, outlen));
}

;// CONCATENATED MODULE: ./src/signing/minisign/core/format.ts
/**
 * minisign / signify formats (pure: strings and buffers in, values out; no files, no env).
 * Byte layouts: /work/shared/reference/formats.md §1–2 (jedisct1/minisign 0.11 `src/minisign.h`).
 *
 * API (stable; the packages code and the CLI build on it):
 *   parsePublicKey(text)              → ParsedPublicKey   2-line `.pub` file, its base64 line, or base64 of the whole file (Tauri)
 *   formatPublicKey(keyId, pk)        → `.pub` text (2 lines + "\n"), byte-identical to minisign's
 *   keyIdHex(keyId)                   → 16 upper-case hex digits, keynum read as little-endian u64 (what minisign prints)
 *   parseSecretKey(text)              → ParsedSecretKey   (encrypted or not; use decryptSecretKey / scryptParams to open it)
 *   scryptParams(opslimit, memlimit)  → {N, r, p, maxmem} exactly as libsodium's crypto_pwhash_scryptsalsa208sha256 picks them
 *   openSecretKey(parsed, stream?)    → SecretKeyMaterial (XORs the 104-byte scrypt stream when encrypted, checks the BLAKE2b-256 checksum)
 *   sealSecretKey(material, opts)     → `.key` text (unencrypted like `minisign -G -W`, or encrypted with a caller-derived stream)
 *   parseSignature(text)              → ParsedSignature   4-line `.minisig` (or base64 of it, Tauri's `.sig`)
 *   formatSignature(parts)            → `.minisig` text (4 lines + "\n")
 *   ed25519PrivateKey(seed) / ed25519PublicKey(pk) / publicKeyFromSeed(seed)   Node KeyObjects from raw bytes
 *   signPrehashed(privateKey, keyId, blake2b512Digest, opts)  → `.minisig` text for algorithm `ED`
 *   signMessage(privateKey, keyId, data, opts)                → `.minisig` text for `ED` (hashes `data`) or legacy `Ed`
 *   verifySignature(sig, pub, {digest? | data?}, opts)        → {trustedComment, keyIdHex}; throws RelforgeError naming the failed check
 *   trustedCommentField(tc, name)     → value of `name:` in a tab-separated trusted comment
 *   sanitizeComment(text, what)       → rejects newlines / over-long comments
 */



const UNTRUSTED_PREFIX = 'untrusted comment: ';
const TRUSTED_PREFIX = 'trusted comment: ';
/** minisign's COMMENTMAXBYTES and TRUSTED_COMMENT_MAX_BYTES. */
const UNTRUSTED_COMMENT_MAX = 1024;
const TRUSTED_COMMENT_MAX = 8192;
/** libsodium crypto_pwhash_scryptsalsa208sha256_{OPS,MEM}LIMIT_SENSITIVE: what `minisign -G` uses. */
const MINISIGN_OPSLIMIT = 33554432;
const MINISIGN_MEMLIMIT = 1073741824;
/** Upper bound on the memory a key file may make scrypt use (a hostile key could ask for terabytes). */
const SCRYPT_MAX_MEMORY = 4 * 1024 * 1024 * 1024;
const PK_ALG = Buffer.from('Ed', 'latin1');
const KDF_SCRYPT = Buffer.from('Sc', 'latin1');
const KDF_NONE = Buffer.from([0, 0]);
const CHK_B2 = Buffer.from('B2', 'latin1');
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');
function fail(message) {
    throw new errors/* RelforgeError */.fY(message);
}
/** Strict standard base64 (padding required, no stray characters, canonical trailing bits), like libsodium. */
function decodeBase64Strict(text, what, expectedLength) {
    const t = text.trim();
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length % 4 !== 0)
        fail(`${what} is not valid base64.`);
    const buf = Buffer.from(t, 'base64');
    if (buf.toString('base64') !== t)
        fail(`${what} is not canonical base64 (altered or truncated).`);
    if (expectedLength !== undefined && buf.length !== expectedLength) {
        fail(`${what} decodes to ${buf.length} bytes; expected ${expectedLength}.`);
    }
    return buf;
}
function keyIdHex(keyId) {
    return Buffer.from(keyId).reverse().toString('hex').toUpperCase();
}
/** Splits text into lines, accepting LF or CRLF and dropping trailing empty lines. */
function lines(text) {
    const out = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    while (out.length && out[out.length - 1].trim() === '')
        out.pop();
    return out;
}
/** If `text` is base64 of a whole minisign file (Tauri's `pubkey`/`TAURI_SIGNING_PRIVATE_KEY` style), returns the decoded text. */
function unwrapBase64File(text) {
    const t = text.trim();
    if (t.includes('\n') || t.length < 60 || !/^[A-Za-z0-9+/=]+$/.test(t))
        return undefined;
    const decoded = Buffer.from(t, 'base64').toString('utf8');
    return decoded.startsWith(UNTRUSTED_PREFIX) ? decoded : undefined;
}
function parsePublicKeyBlob(b64) {
    const blob = decodeBase64Strict(b64, 'The public key', 42);
    if (!blob.subarray(0, 2).equals(PK_ALG))
        fail('The public key is not an Ed25519 minisign/signify key (algorithm tag is not "Ed").');
    const keyId = Buffer.from(blob.subarray(2, 10));
    return { keyId, publicKey: Buffer.from(blob.subarray(10, 42)), keyIdHex: keyIdHex(keyId), base64: b64.trim() };
}
/**
 * Parses a minisign (or signify) public key: the 2-line `.pub` file, just its base64 line (`RW…`),
 * or base64 of the whole file (Tauri's `pubkey`).
 */
function parsePublicKey(text) {
    if (typeof text !== 'string' || text.trim() === '')
        fail('The public key is empty: give a minisign public key (the `.pub` file or its `RW…` line).');
    const inner = unwrapBase64File(text) ?? text;
    const ls = lines(inner).filter((l) => l.trim() !== '');
    if (ls.length === 1)
        return parsePublicKeyBlob(ls[0]);
    if (ls.length === 2 && ls[0].startsWith(UNTRUSTED_PREFIX))
        return parsePublicKeyBlob(ls[1]);
    return fail('The public key is malformed: expected a minisign `.pub` file (an "untrusted comment:" line and a base64 line) or its base64 line.');
}
/**
 * The `.pub` text exactly as minisign writes it. Note: minisign prints the key id in this comment WITHOUT zero
 * padding (`%PRIX64`), so 1 key in 16 shows 15 digits there; `keyIdHex` (our outputs, manifests) is always 16.
 */
function formatPublicKey(keyId, publicKey) {
    const b64 = Buffer.concat([PK_ALG, keyId, publicKey]).toString('base64');
    return `${UNTRUSTED_PREFIX}minisign public key ${keyId.readBigUInt64LE(0).toString(16).toUpperCase()}\n${b64}\n`;
}
function publicKeyBase64(keyId, publicKey) {
    return Buffer.concat([PK_ALG, keyId, publicKey]).toString('base64');
}
// ---------------------------------------------------------------- secret keys
/** True when the text looks like a minisign secret key file (or base64 of one). */
function looksLikeSecretKeyFile(text) {
    const inner = unwrapBase64File(text) ?? text;
    return inner.trimStart().startsWith(UNTRUSTED_PREFIX);
}
function parseSecretKey(text) {
    const inner = unwrapBase64File(text) ?? text;
    const ls = lines(inner).filter((l) => l.trim() !== '');
    if (ls.length !== 2 || !ls[0].startsWith(UNTRUSTED_PREFIX)) {
        fail('The private key is not a minisign secret key file: expected an "untrusted comment:" line and one base64 line.');
    }
    const blob = decodeBase64Strict(ls[1], 'The minisign secret key', 158);
    if (!blob.subarray(0, 2).equals(PK_ALG))
        fail('The minisign secret key uses an unsupported signature algorithm (expected "Ed").');
    const kdf = blob.subarray(2, 4);
    const encrypted = kdf.equals(KDF_SCRYPT);
    if (!encrypted && !kdf.equals(KDF_NONE))
        fail('The minisign secret key uses an unsupported key-derivation algorithm (expected scrypt "Sc" or none).');
    if (!blob.subarray(4, 6).equals(CHK_B2))
        fail('The minisign secret key uses an unsupported checksum algorithm (expected "B2").');
    const opslimit = Number(blob.readBigUInt64LE(38));
    const memlimit = Number(blob.readBigUInt64LE(46));
    return {
        encrypted,
        salt: Buffer.from(blob.subarray(6, 38)),
        opslimit,
        memlimit,
        payload: Buffer.from(blob.subarray(54, 158)),
        untrustedComment: ls[0].slice(UNTRUSTED_PREFIX.length),
    };
}
/** libsodium `pickparams` (crypto_pwhash/scryptsalsa208sha256/pwhash_scryptsalsa208sha256.c). */
function scryptParams(opslimit, memlimit) {
    const ops = opslimit < 32768 ? 32768 : opslimit;
    const r = 8;
    let p;
    let nLog2;
    if (ops < memlimit / 32) {
        p = 1;
        const maxN = ops / (r * 4);
        for (nLog2 = 1; nLog2 < 63; nLog2++)
            if (2 ** nLog2 > maxN / 2)
                break;
    }
    else {
        const maxN = memlimit / (r * 128);
        for (nLog2 = 1; nLog2 < 63; nLog2++)
            if (2 ** nLog2 > maxN / 2)
                break;
        let maxrp = Math.floor(ops / 4 / 2 ** nLog2);
        if (maxrp > 0x3fffffff)
            maxrp = 0x3fffffff;
        p = Math.floor(maxrp / r);
    }
    if (nLog2 > 30 || p < 1)
        fail(`The minisign secret key asks for unsupported scrypt limits (opslimit ${opslimit}, memlimit ${memlimit}).`);
    const N = 2 ** nLog2;
    if (128 * r * (N + p) > SCRYPT_MAX_MEMORY) {
        fail(`The minisign secret key asks for scrypt parameters that need ${Math.round((128 * r * (N + p)) / 2 ** 20)} MiB of memory; relforge allows at most ${SCRYPT_MAX_MEMORY / 2 ** 30} GiB (minisign's own keys need 1 GiB).`);
    }
    if (N * p > 2 ** 24)
        fail(`The minisign secret key asks for ${N * p} scrypt iterations (N·p); relforge allows at most 2^24, 16 times what minisign uses.`);
    // OpenSSL needs 128·r·(N+2) bytes for V plus 128·r·p for B; leave headroom.
    const maxmem = 128 * r * (N + 2 + p) + 8 * 1024 * 1024;
    return { N, r, p, maxmem };
}
/** BLAKE2b-256 over sig_alg ‖ keynum ‖ sk (minisign's key checksum; Node has only BLAKE2b-512, see ./blake2b.ts). */
function secretKeyChecksum(keyId, sk64) {
    return blake2b(Buffer.concat([PK_ALG, keyId, sk64]), 32);
}
/**
 * Opens a parsed secret key. For encrypted keys pass the 104-byte scrypt stream
 * (scrypt(password, salt, 104, scryptParams(opslimit, memlimit))). Checks the checksum and that the
 * embedded public key matches the seed.
 */
function openSecretKey(parsed, stream) {
    let payload = parsed.payload;
    if (parsed.encrypted) {
        if (!stream || stream.length !== 104)
            fail('The minisign secret key is encrypted: a password is needed to open it.');
        payload = Buffer.alloc(104);
        for (let i = 0; i < 104; i++)
            payload[i] = parsed.payload[i] ^ stream[i];
    }
    const keyId = Buffer.from(payload.subarray(0, 8));
    const sk = payload.subarray(8, 72);
    const chk = payload.subarray(72, 104);
    const expected = secretKeyChecksum(keyId, sk);
    const zero = chk.every((b) => b === 0);
    if (!(0,external_node_crypto_.timingSafeEqual)(chk, expected) && !(zero && !parsed.encrypted)) {
        payload.fill(0);
        fail(parsed.encrypted
            ? 'Wrong password for the minisign secret key (checksum mismatch after decryption): check the password input.'
            : 'The minisign secret key is corrupted (checksum mismatch).');
    }
    const seed = Buffer.from(sk.subarray(0, 32));
    const publicKey = Buffer.from(sk.subarray(32, 64));
    if (parsed.encrypted)
        payload.fill(0);
    if (!publicKeyFromSeed(seed).equals(publicKey))
        fail('The minisign secret key is corrupted: its public half does not match its seed.');
    return { keyId, seed, publicKey };
}
/**
 * Writes a minisign secret key file. Without `encrypt`, like `minisign -G -W` (kdf none, zero salt/limits,
 * zero checksum). With `encrypt`, the caller derives `stream` = scrypt(password, salt, 104, scryptParams(opslimit, memlimit)).
 */
function sealSecretKey(key, encrypt, comment = encrypt ? 'minisign encrypted secret key' : 'minisign secret key') {
    const sk = Buffer.concat([key.seed, key.publicKey]);
    const header = Buffer.alloc(54);
    PK_ALG.copy(header, 0);
    (encrypt ? KDF_SCRYPT : KDF_NONE).copy(header, 2);
    CHK_B2.copy(header, 4);
    let payload;
    if (encrypt) {
        encrypt.salt.copy(header, 6);
        header.writeBigUInt64LE(BigInt(encrypt.opslimit), 38);
        header.writeBigUInt64LE(BigInt(encrypt.memlimit), 46);
        const plain = Buffer.concat([key.keyId, sk, secretKeyChecksum(key.keyId, sk)]);
        payload = Buffer.alloc(104);
        for (let i = 0; i < 104; i++)
            payload[i] = plain[i] ^ encrypt.stream[i];
        plain.fill(0);
    }
    else {
        payload = Buffer.concat([key.keyId, sk, Buffer.alloc(32)]);
    }
    sk.fill(0);
    return `${UNTRUSTED_PREFIX}${comment}\n${Buffer.concat([header, payload]).toString('base64')}\n`;
}
// ---------------------------------------------------------------- Ed25519 key objects
function ed25519PrivateKey(seed) {
    if (seed.length !== 32)
        fail('An Ed25519 seed must be 32 bytes.');
    return (0,external_node_crypto_.createPrivateKey)({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' });
}
function ed25519PublicKey(publicKey) {
    if (publicKey.length !== 32)
        fail('An Ed25519 public key must be 32 bytes.');
    return (0,external_node_crypto_.createPublicKey)({ key: Buffer.concat([SPKI_ED25519, publicKey]), format: 'der', type: 'spki' });
}
/** Raw 32-byte public key of a Node Ed25519 key object (private or public). */
function rawPublicKey(key) {
    const pub = key.type === 'private' ? (0,external_node_crypto_.createPublicKey)(key) : key;
    const der = pub.export({ format: 'der', type: 'spki' });
    return Buffer.from(der.subarray(der.length - 32));
}
function publicKeyFromSeed(seed) {
    return rawPublicKey(ed25519PrivateKey(seed));
}
// ---------------------------------------------------------------- signatures
function sanitizeComment(text, what) {
    const max = what === 'trusted' ? TRUSTED_COMMENT_MAX : UNTRUSTED_COMMENT_MAX;
    if (/[\r\n\0]/.test(text))
        fail(`The ${what} comment must be one line (it contains a line break or NUL).`);
    if (Buffer.byteLength(text) > max)
        fail(`The ${what} comment is ${Buffer.byteLength(text)} bytes; minisign allows at most ${max}.`);
    return text;
}
function formatSignature(parts) {
    const blob = Buffer.concat([Buffer.from(parts.algorithm, 'latin1'), parts.keyId, parts.signature]);
    return (`${UNTRUSTED_PREFIX}${sanitizeComment(parts.untrustedComment, 'untrusted')}\n${blob.toString('base64')}\n` +
        `${TRUSTED_PREFIX}${sanitizeComment(parts.trustedComment, 'trusted')}\n${parts.globalSignature.toString('base64')}\n`);
}
function parseSignature(text) {
    if (typeof text !== 'string' || text.trim() === '')
        fail('The signature is empty: give the text of a `.minisig` file.');
    // Tauri's `.sig` files and latest.json `signature` values are base64 of the whole `.minisig` text.
    const ls = lines(unwrapBase64File(text) ?? text);
    if (ls.length === 2 && ls[0].startsWith(UNTRUSTED_PREFIX)) {
        fail('The signature has no trusted comment (a signify signature?): relforge and minisign require the 4-line minisign format.');
    }
    if (ls.length !== 4)
        fail(`The signature is malformed: expected 4 lines (untrusted comment, signature, trusted comment, global signature), got ${ls.length}.`);
    if (!ls[0].startsWith(UNTRUSTED_PREFIX))
        fail('The signature is malformed: line 1 must start with "untrusted comment: ".');
    if (!ls[2].startsWith(TRUSTED_PREFIX))
        fail('The signature is malformed: line 3 must start with "trusted comment: ".');
    const blob = decodeBase64Strict(ls[1], 'The signature (line 2)', 74);
    const alg = blob.subarray(0, 2).toString('latin1');
    if (alg !== 'ED' && alg !== 'Ed')
        fail(`The signature uses an unsupported algorithm "${alg.replace(/[^\x20-\x7e]/g, '?')}" (expected ED or Ed).`);
    const keyId = Buffer.from(blob.subarray(2, 10));
    const untrustedComment = ls[0].slice(UNTRUSTED_PREFIX.length);
    const trustedComment = ls[2].slice(TRUSTED_PREFIX.length);
    if (Buffer.byteLength(trustedComment) > TRUSTED_COMMENT_MAX)
        fail('The trusted comment is longer than minisign allows (8192 bytes).');
    return {
        algorithm: alg,
        keyId,
        keyIdHex: keyIdHex(keyId),
        signature: Buffer.from(blob.subarray(10, 74)),
        untrustedComment,
        trustedComment,
        globalSignature: decodeBase64Strict(ls[3], 'The global signature (line 4)', 64),
    };
}
/** Builds the `.minisig` text from the message signature (over the file or its prehash). */
function finish(privateKey, keyId, algorithm, signature, opts) {
    const trustedComment = sanitizeComment(opts.trustedComment, 'trusted');
    const globalSignature = (0,external_node_crypto_.sign)(null, Buffer.concat([signature, Buffer.from(trustedComment, 'utf8')]), privateKey);
    return formatSignature({
        algorithm,
        keyId,
        signature,
        untrustedComment: opts.untrustedComment ?? 'signature from relforge (minisign format)',
        trustedComment,
        globalSignature,
    });
}
/** `ED` signature from a BLAKE2b-512 digest computed by the caller (streamed). */
function signPrehashed(privateKey, keyId, digest, opts) {
    if (digest.length !== 64)
        fail('A prehashed (ED) signature needs the 64-byte BLAKE2b-512 digest of the file.');
    return finish(privateKey, keyId, 'ED', (0,external_node_crypto_.sign)(null, digest, privateKey), opts);
}
/** Signs an in-memory message: `ED` (default; hashes `data` with BLAKE2b-512) or legacy `Ed` (over `data` itself). */
function signMessage(privateKey, keyId, data, opts) {
    const algorithm = opts.algorithm ?? 'ED';
    const message = algorithm === 'ED' ? (0,external_node_crypto_.createHash)('blake2b512').update(data).digest() : data;
    return finish(privateKey, keyId, algorithm, (0,external_node_crypto_.sign)(null, message, privateKey), opts);
}
/** Value of `name:` in a tab-separated trusted comment (`timestamp:…\tfile:…\tversion:…`), or undefined. */
function trustedCommentField(trustedComment, name) {
    for (const field of trustedComment.split('\t')) {
        const i = field.indexOf(':');
        if (i > 0 && field.slice(0, i).trim() === name)
            return field.slice(i + 1).trim();
    }
    return undefined;
}
/**
 * Verifies a parsed signature in minisign's order: key id → file signature → global signature
 * (→ rollback binding). `message.digest` is the BLAKE2b-512 of the file (enough for `ED`);
 * `message.data` is the file itself (needed for legacy `Ed`). Throws a RelforgeError naming the failed check.
 */
function verifySignature(sig, pub, message, opts = {}) {
    if (!sig.keyId.equals(pub.keyId)) {
        fail(`Signature key id ${sig.keyIdHex} does not match the public key's id ${pub.keyIdHex}: the file was signed with a different key.`);
    }
    if (opts.requirePrehashed && sig.algorithm !== 'ED')
        fail('Legacy (non-prehashed, "Ed") signature found, but a prehashed ("ED") signature is required.');
    const key = ed25519PublicKey(pub.publicKey);
    let msg;
    if (sig.algorithm === 'ED') {
        msg = message.digest ?? (message.data ? (0,external_node_crypto_.createHash)('blake2b512').update(message.data).digest() : fail('Internal: no message to verify.'));
    }
    else {
        msg = message.data ?? fail('A legacy "Ed" signature covers the whole file; verify it with the file contents, not a digest.');
    }
    if (!(0,external_node_crypto_.verify)(null, msg, key, sig.signature))
        fail('Signature verification failed: the file does not match the signature (file altered, or wrong signature file).');
    const globalMsg = Buffer.concat([sig.signature, Buffer.from(sig.trustedComment, 'utf8')]);
    if (!(0,external_node_crypto_.verify)(null, globalMsg, key, sig.globalSignature))
        fail('Trusted comment verification failed: the trusted comment or global signature was altered.');
    if (opts.expectVersion !== undefined) {
        const v = trustedCommentField(sig.trustedComment, 'version');
        const norm = (s) => s.trim().replace(/^v(?=\d)/, '');
        if (v === undefined)
            fail(`The trusted comment has no "version:" field, but version ${opts.expectVersion} is required (rollback protection).`);
        if (norm(v) !== norm(opts.expectVersion)) {
            fail(`The signed version is "${v}" but "${opts.expectVersion}" was expected: refusing a validly signed file of another version (rollback protection).`);
        }
    }
    return { trustedComment: sig.trustedComment, keyIdHex: sig.keyIdHex, algorithm: sig.algorithm };
}


/***/ })

};
