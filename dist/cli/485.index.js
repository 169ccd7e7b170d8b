export const id = 485;
export const ids = [485];
export const modules = {

/***/ 8731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ verify_package)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(6316);
// EXTERNAL MODULE: ./src/packages/options.ts
var options = __webpack_require__(7835);
// EXTERNAL MODULE: ./src/platform/fs.ts
var fs = __webpack_require__(5732);
// EXTERNAL MODULE: ./src/signing/minisign/core/format.ts + 1 modules
var format = __webpack_require__(1310);
// EXTERNAL MODULE: ./src/packages/core/platform.ts
var core_platform = __webpack_require__(4646);
// EXTERNAL MODULE: ./src/packages/core/manifest.ts
var core_manifest = __webpack_require__(9008);
// EXTERNAL MODULE: ./src/packages/package-signature.ts
var package_signature = __webpack_require__(9766);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
;// CONCATENATED MODULE: ./src/packages/core/update-decision.ts
/**
 * The update decision an agent or update server makes once a manifest's signature checks out:
 * install, up to date, or refuse (with a machine-readable reason). Pure.
 *
 * Downgrade protection: a candidate that is not newer than the installed version (SemVer 2.0.0
 * precedence: `1.0.0-beta.9 < 1.0.0-beta.10 < 1.0.0-rc.1 < 1.0.0`; build metadata ignored) is never
 * installed unless the caller explicitly allows downgrades. A validly signed old manifest re-served as
 * current (a rollback / freeze attack) is therefore refused.
 */


/** CLI exit codes of `relforge verify-package` (documented in the README). */
const EXIT_UPDATE_AVAILABLE = 0;
const EXIT_UP_TO_DATE = 10;
const EXIT_REFUSED = 20;
function exitCodeFor(action) {
    return action === 'install' ? EXIT_UPDATE_AVAILABLE : action === 'up-to-date' ? EXIT_UP_TO_DATE : EXIT_REFUSED;
}
function refuse(reason, message) {
    return { action: 'refuse', reason, message };
}
/** The channels accepted when the caller does not list them. */
function defaultAllowedChannels(installed) {
    const v = installed ? (0,core_manifest/* normalizeVersion */.Qj)(installed) : undefined;
    const own = v ? (0,core_manifest/* defaultChannel */.jR)(v) : 'stable';
    return own === 'stable' ? ['stable'] : ['stable', own];
}
function decideUpdate(input) {
    const candidate = (0,core_manifest/* normalizeVersion */.Qj)(input.candidate);
    if (!candidate)
        return refuse('invalid-version', `the manifest version "${input.candidate}" is not a SemVer version`);
    const rawInstalled = (input.installed ?? '').trim();
    const fresh = rawInstalled === '' || rawInstalled.toLowerCase() === 'none';
    const installed = fresh ? undefined : (0,core_manifest/* normalizeVersion */.Qj)(rawInstalled);
    if (!fresh && !installed) {
        return refuse('invalid-version', `the installed version "${rawInstalled}" is not a SemVer version: pass it as X.Y.Z[-pre] (or "none" for a fresh install)`);
    }
    const allowed = input.allowedChannels && input.allowedChannels.length ? input.allowedChannels : defaultAllowedChannels(installed);
    if (!allowed.includes(input.channel)) {
        return refuse('channel-not-allowed', `channel "${input.channel}" is not allowed here (allowed: ${allowed.join(', ')}); pass --channels to follow it`);
    }
    if (!installed)
        return { action: 'install', message: `install ${candidate} (${input.channel}): nothing installed yet` };
    const cmp = (0,semver.compare)(candidate, installed);
    if (cmp > 0)
        return { action: 'install', message: `update ${installed} → ${candidate} (${input.channel})` };
    if (cmp === 0)
        return { action: 'up-to-date', message: `${installed} is installed, the manifest offers the same version` };
    if (input.allowDowngrade) {
        return { action: 'install', message: `downgrade ${installed} → ${candidate} (${input.channel}), explicitly allowed` };
    }
    return refuse('downgrade', `the manifest offers ${candidate}, older than the installed ${installed}: refusing a downgrade (a replayed old manifest looks exactly like this); allow it explicitly only for an intended rollback`);
}

;// CONCATENATED MODULE: ./src/packages/verify-package.ts
/**
 * Verifier for update servers and agents (library + `relforge verify-package`).
 *
 * Given the manifest bytes and its `.minisig` (or manifest.signed.json, both in one file), the pinned public key,
 * the expected product, the platform and the installed version, it decides `install`, `up-to-date` or `refuse`
 * (with a reason). Checks, in order:
 *   1. manifest signature by the pinned key (key id, signature, trusted comment);
 *   2. the trusted comment binds this manifest: product, version and channel equal the manifest's;
 *   3. the manifest is a valid relforge.packages/v1 document, its keyId is the pinned key and its product is
 *      the expected one (required: one key often signs several products);
 *   4. a package exists for the platform (`<os>-<arch>-<bundle>`, then `<os>-<arch>`), signed by the pinned key;
 *   5. channel allowed, version newer than installed (downgrade protection, SemVer prerelease order);
 *   6. with `file`: size, sha256 and the package's minisign signature over the file (one streamed read).
 * Never throws for a verification failure: the result says why (exceptions are for I/O problems and for a
 * missing expected product, which is the caller's mistake).
 */







function done(d, extra = {}) {
    return { ...d, exitCode: exitCodeFor(d.action), ...extra };
}
async function verifyPackage(opts) {
    if (typeof opts.product !== 'string' || !opts.product.trim()) {
        throw (0,errors/* fieldError */.$i)('product', 'is required: name the product this agent or server installs, so a manifest of another product signed by the same key is refused.');
    }
    let pin;
    try {
        pin = (0,format/* parsePublicKey */.ee)(opts.publicKey.trim());
    }
    catch (err) {
        return done(refuse('wrong-key', `the pinned public key is not a minisign public key: ${(0,errors/* errorMessage */.gJ)(err)}`));
    }
    let platform;
    try {
        platform = (0,core_platform/* normalizePlatformKey */.ow)(opts.platform);
    }
    catch (err) {
        return done(refuse('platform-missing', (0,errors/* errorMessage */.gJ)(err)));
    }
    const signed = signedInput(opts);
    if ('action' in signed)
        return done(signed);
    const checked = checkManifest(signed.bytes, signed.signature, pin, opts.product);
    if ('action' in checked)
        return done(checked.decision, checked.manifest ? { manifest: checked.manifest } : {});
    const manifest = checked;
    const base = { manifest, version: manifest.version, channel: manifest.channel };
    if (manifest.expires && (opts.now ?? new Date()).getTime() > Date.parse(manifest.expires)) {
        return done(refuse('expired', `the manifest expired at ${manifest.expires}: a mirror may be serving a frozen, old manifest; the publisher must re-publish`), base);
    }
    // 4. The platform's package, signed by the pinned key.
    const pkg = (0,core_manifest/* findPackage */.CV)(manifest, platform);
    if (!pkg) {
        return done(refuse('platform-missing', `the manifest has no package for ${platform} (it has ${manifest.packages.map((p) => p.platform).join(', ')})`), base);
    }
    let pkgSig;
    try {
        pkgSig = (0,format/* parseSignature */.uT)(pkg.signatures.minisign);
    }
    catch (err) {
        return done(refuse('package-signature-mismatch', `the ${pkg.platform} package signature is malformed: ${(0,errors/* errorMessage */.gJ)(err)}`), { ...base, package: pkg });
    }
    if (!pkgSig.keyId.equals(pin.keyId)) {
        return done(refuse('package-signature-mismatch', `the ${pkg.platform} package is signed by key ${pkgSig.keyIdHex}, not by the pinned key ${pin.keyIdHex}`), { ...base, package: pkg });
    }
    const signedVersion = (0,format/* trustedCommentField */.Dk)(pkgSig.trustedComment, 'version');
    if (signedVersion !== undefined && (0,core_manifest/* normalizeVersion */.Qj)(signedVersion) !== manifest.version) {
        return done(refuse('trusted-comment-mismatch', `the ${pkg.platform} package is signed for version ${signedVersion}, the manifest says ${manifest.version}`), { ...base, package: pkg });
    }
    // 5. Channel and version.
    const decision = decideUpdate({ candidate: manifest.version, channel: manifest.channel, installed: opts.installed, allowedChannels: opts.channels, allowDowngrade: opts.allowDowngrade });
    if (decision.action === 'refuse' || !opts.file)
        return done(decision, { ...base, package: pkg });
    // 6. The downloaded file.
    const d = await (0,fs/* hashFile */.DC)(opts.file, ['sha256', 'blake2b512']);
    if (d.size !== pkg.size || d.sha256 !== pkg.sha256) {
        return done(refuse('package-hash-mismatch', `${opts.file} does not match the manifest: ${d.size} bytes, sha256 ${d.sha256}; expected ${pkg.size} bytes, sha256 ${pkg.sha256}`), { ...base, package: pkg });
    }
    try {
        await (0,package_signature/* verifyPackageSignature */.Y)(pkgSig, pin, opts.file, d.blake2b512);
    }
    catch (err) {
        return done(refuse('package-signature-mismatch', `${opts.file}: ${(0,errors/* errorMessage */.gJ)(err)}`), { ...base, package: pkg });
    }
    return done(decision, { ...base, package: pkg, fileVerified: true });
}
/** The manifest bytes and signature text: from manifest.signed.json, or the two given separately. */
function signedInput(opts) {
    const bytes = Buffer.isBuffer(opts.manifest) ? opts.manifest : Buffer.from(opts.manifest, 'utf8');
    let envelope;
    try {
        envelope = (0,core_manifest/* parseSignedManifest */.zx)(bytes.toString('utf8'));
    }
    catch (err) {
        return refuse('invalid-manifest', (0,errors/* errorMessage */.gJ)(err));
    }
    if (envelope)
        return { bytes: Buffer.from(envelope.manifest, 'utf8'), signature: envelope.minisign };
    if (opts.signature === undefined)
        return refuse('bad-manifest-signature', 'no signature: give manifest.json.minisig, or manifest.signed.json (the manifest and its signature in one file)');
    return { bytes, signature: opts.signature };
}
/** Steps 1–3: signature by the pinned key, a valid manifest, bound by the trusted comment, of the expected product. */
function checkManifest(bytes, signature, pin, product) {
    const no = (decision, manifest) => ({ action: 'refuse', decision, manifest });
    // 1. Signature before parsing anything from the manifest.
    let trustedComment;
    try {
        const sig = (0,format/* parseSignature */.uT)(signature);
        if (!sig.keyId.equals(pin.keyId))
            return no(refuse('wrong-key', `the manifest is signed by key ${sig.keyIdHex}, not by the pinned key ${pin.keyIdHex}`));
        trustedComment = (0,format/* verifySignature */.Od)(sig, pin, { data: bytes }).trustedComment;
    }
    catch (err) {
        return no(refuse('bad-manifest-signature', `bad manifest signature: ${(0,errors/* errorMessage */.gJ)(err)}`));
    }
    // 3 (parse) then 2 (binding), since the binding compares with the manifest's fields.
    let manifest;
    try {
        manifest = (0,core_manifest/* parseManifest */.eE)(bytes.toString('utf8'));
    }
    catch (err) {
        return no(refuse('invalid-manifest', `the signed manifest is not a valid relforge.packages/v1 document: ${err instanceof core_manifest/* PackagesManifestError */.Ng ? err.problems.join('; ') : (0,errors/* errorMessage */.gJ)(err)}`));
    }
    const binding = (0,core_manifest/* trustedCommentProblems */.bR)(trustedComment, manifest);
    if (binding.length)
        return no(refuse('trusted-comment-mismatch', binding.join('; ')), manifest);
    if (manifest.keyId !== pin.keyIdHex)
        return no(refuse('wrong-key', `the manifest names key ${manifest.keyId}, the pinned key is ${pin.keyIdHex}`), manifest);
    if (manifest.product !== product)
        return no(refuse('product-mismatch', `the manifest is for product "${manifest.product}", expected "${product}"`), manifest);
    return manifest;
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/verify-package.ts
/**
 * `relforge verify-package`: the decision an update server or agent makes before installing.
 * Exit codes: 0 update available (install), 10 up to date, 20 refused (the reason is printed), 2 usage, 1 other errors.
 */






function read(path, what) {
    try {
        return (0,external_node_fs_.readFileSync)(path);
    }
    catch (err) {
        throw new errors/* RelforgeError */.fY(`Cannot read ${what} ${path}: ${(0,errors/* errorMessage */.gJ)(err)}`, { exitCode: 2 });
    }
}
/* harmony default export */ const verify_package = ((0,command/* defineCommand */.N)({
    schema: options/* verifyPackageSchema */.H,
    notes: `Checks the manifest's minisign signature against the pinned key, that the signed trusted comment binds its product,
version and channel, that it is the --product you install, that the platform's package is signed by the same key,
the channel, and that the version is newer than --installed (SemVer, prereleases included). With --file, also the
downloaded package's size, sha256 and signature. --manifest may be manifest.signed.json (manifest and signature in
one file: one download, never a manifest beside another manifest's signature).
Default channels: stable, plus the installed version's prerelease channel (1.3.0-beta.2 → beta).
Exit codes: 0 update available · 10 up to date · 20 refused · 2 usage error · 1 other error.`,
    async run(v) {
        const manifest = read(v.manifest, 'the manifest');
        // manifest.signed.json carries its signature; a plain manifest.json needs --signature (default <manifest>.minisig).
        let oneFile = false;
        try {
            oneFile = (0,core_manifest/* parseSignedManifest */.zx)(manifest.toString('utf8')) !== undefined;
        }
        catch {
            oneFile = true; // a malformed manifest.signed.json: verifyPackage refuses it with the reason
        }
        const signature = oneFile ? undefined : read(v.signature ?? `${v.manifest}.minisig`, 'the manifest signature').toString('utf8');
        const r = await verifyPackage({
            manifest,
            signature,
            publicKey: v['public-key'],
            product: v.product,
            platform: v.platform,
            installed: v.installed,
            channels: v.channels.length ? v.channels : undefined,
            allowDowngrade: v['allow-downgrade'],
            file: v.file,
        });
        if (v.json) {
            const out = { action: r.action, reason: r.reason ?? null, message: r.message, exitCode: r.exitCode, version: r.version ?? null, channel: r.channel ?? null, fileVerified: !!r.fileVerified, package: r.package ?? null };
            console.log(JSON.stringify(out, null, 2));
        }
        else if (r.action === 'refuse') {
            console.error(`refused (${r.reason}): ${r.message}`);
        }
        else {
            console.log(`${r.action}: ${r.message}`);
            if (r.action === 'install' && r.package)
                console.log(`url: ${r.package.url}\nsha256: ${r.package.sha256}\nsize: ${r.package.size}${r.fileVerified ? '\nfile: verified' : ''}`);
        }
        return r.exitCode;
    },
}));


/***/ }),

/***/ 4646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ isTauriPlatform),
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   fH: () => (/* binding */ isPlatformKey),
/* harmony export */   ow: () => (/* binding */ normalizePlatformKey),
/* harmony export */   qW: () => (/* binding */ inferPlatform),
/* harmony export */   sW: () => (/* binding */ parsePlatformKey)
/* harmony export */ });
/* unused harmony exports OSES, ARCHES, BUNDLES, OS_ALIASES, ARCH_ALIASES, BUNDLE_SUFFIXES, PlatformError, platformLookupOrder, TAURI_OSES, TAURI_ARCHES, TAURI_BUNDLES */
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


/***/ }),

/***/ 1457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ verifyFile),
/* harmony export */   Os: () => (/* binding */ verifyRawFile),
/* harmony export */   Wx: () => (/* binding */ verifyBuffer),
/* harmony export */   p8: () => (/* binding */ legacyMessage)
/* harmony export */ });
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6316);
/* harmony import */ var _platform_fs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5732);
/* harmony import */ var _core_ed25519_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7961);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1310);
/**
 * minisign verification of files and buffers, in bounded memory for every algorithm: prehashed `ED` streams
 * BLAKE2b-512; legacy `Ed` and `format: raw` stream SHA-512(R ‖ A ‖ file) and finish the Ed25519 check with
 * ./core/ed25519.ts (Node's crypto would need the whole file in memory: a 2 GiB package peaked at 2.1 GB).
 */




function asPublicKey(publicKey) {
    return typeof publicKey === 'string' ? (0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePublicKey */ .ee)(publicKey) : publicKey;
}
/** One streamed hash of the file (after `prefix`), as bytes; an unreadable file is a RelforgeError. */
async function fileHash(path, algo, prefix) {
    try {
        return Buffer.from((await (0,_platform_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .hashFile */ .DC)(path, [algo], { prefix }))[algo], 'hex');
    }
    catch (err) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Could not read ${path}: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
    }
}
const streamHram = (path, r, publicKey) => fileHash(path, 'sha512', Buffer.concat([r, publicKey]));
/**
 * The message of a legacy `Ed` signature, streamed: pass it as `data` to verifySignature instead of the
 * file's bytes (`const data = sig.algorithm === 'Ed' ? await legacyMessage(path, sig, pub) : undefined`).
 * Memory stays at one 1 MiB read buffer whatever the file size.
 */
async function legacyMessage(path, sig, publicKey) {
    const r = Buffer.from(sig.signature.subarray(0, 32));
    return { kind: 'ed25519-hram', r, publicKey: publicKey.publicKey, hram: await streamHram(path, r, publicKey.publicKey) };
}
/**
 * Verifies `path` against minisign signature text and a public key (`.pub` text, its `RW…` line, or parsed).
 * Order: parse → key id → file signature → trusted comment → `expectVersion` (rollback binding).
 * Throws MinisignVerificationError (a RelforgeError) naming the failed check.
 */
async function verifyFile(path, sigText, publicKey, opts = {}) {
    const sig = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSignature */ .uT)(sigText);
    const pub = asPublicKey(publicKey);
    if (!sig.keyId.equals(pub.keyId) || (opts.requirePrehashed && sig.algorithm !== 'ED'))
        return (0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .verifySignature */ .Od)(sig, pub, {}, opts);
    if (sig.algorithm === 'Ed')
        return (0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .verifySignature */ .Od)(sig, pub, { data: await legacyMessage(path, sig, pub) }, opts);
    return (0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .verifySignature */ .Od)(sig, pub, { digest: await fileHash(path, 'blake2b512') }, opts);
}
function verifyBuffer(data, sigText, publicKey, opts = {}) {
    return (0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .verifySignature */ .Od)((0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSignature */ .uT)(sigText), asPublicKey(publicKey), { data }, opts);
}
/** `format: raw`: base64 of a 64-byte Ed25519 signature over the file bytes, verified streamed. */
async function verifyRawFile(path, signatureBase64, publicKey) {
    const pk = Buffer.isBuffer(publicKey) ? publicKey : asPublicKey(publicKey).publicKey;
    const sig = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeBase64Strict */ .Fm)(signatureBase64, 'The raw signature', 64);
    const hram = await streamHram(path, sig.subarray(0, 32), pk);
    if (!(0,_core_ed25519_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyEd25519Hram */ .bt)(pk, sig, hram))
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Raw Ed25519 signature verification failed for ${path}: the file or signature was altered, or another key signed it.`);
}


/***/ })

};
