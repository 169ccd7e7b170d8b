export const id = 112;
export const ids = [112];
export const modules = {

/***/ 1112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ verify_package),
  usage: () => (/* binding */ usage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(6316);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/platform/fs.ts
var fs = __webpack_require__(5732);
// EXTERNAL MODULE: ./src/signing/minisign/core/format.ts + 1 modules
var format = __webpack_require__(1310);
// EXTERNAL MODULE: ./src/packages/core/platform.ts
var core_platform = __webpack_require__(4646);
// EXTERNAL MODULE: ./src/packages/core/manifest.ts
var core_manifest = __webpack_require__(9008);
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
 * Given the manifest bytes, its `.minisig`, the pinned public key, the platform and the installed version,
 * it decides `install`, `up-to-date` or `refuse` (with a reason). Checks, in order:
 *   1. manifest signature by the pinned key (key id, signature, trusted comment);
 *   2. the trusted comment binds this manifest: product, version and channel equal the manifest's;
 *   3. the manifest is a valid relforge.packages/v1 document, its keyId is the pinned key (and the
 *      product is the expected one, when given);
 *   4. a package exists for the platform (`<os>-<arch>-<bundle>`, then `<os>-<arch>`), signed by the pinned key;
 *   5. channel allowed, version newer than installed (downgrade protection, SemVer prerelease order);
 *   6. with `file`: size, sha256 and the package's minisign signature over the file (one streamed read).
 * Never throws for a verification failure: the result says why (exceptions are for I/O problems only).
 */







function done(d, extra = {}) {
    return { ...d, exitCode: exitCodeFor(d.action), ...extra };
}
async function verifyPackage(opts) {
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
    const bytes = Buffer.isBuffer(opts.manifest) ? opts.manifest : Buffer.from(opts.manifest, 'utf8');
    // 1. Signature before parsing anything from the manifest.
    let trustedComment;
    try {
        const sig = (0,format/* parseSignature */.uT)(opts.signature);
        if (!sig.keyId.equals(pin.keyId)) {
            return done(refuse('wrong-key', `the manifest is signed by key ${sig.keyIdHex}, not by the pinned key ${pin.keyIdHex}`));
        }
        trustedComment = (0,format/* verifySignature */.Od)(sig, pin, { data: bytes }).trustedComment;
    }
    catch (err) {
        return done(refuse('bad-manifest-signature', `bad manifest signature: ${(0,errors/* errorMessage */.gJ)(err)}`));
    }
    // 3 (parse) then 2 (binding), since the binding compares with the manifest's fields.
    let manifest;
    try {
        manifest = (0,core_manifest/* parseManifest */.Ng)(bytes.toString('utf8'));
    }
    catch (err) {
        return done(refuse('invalid-manifest', `the signed manifest is not a valid relforge.packages/v1 document: ${err instanceof core_manifest/* ManifestError */.Sh ? err.problems.join('; ') : (0,errors/* errorMessage */.gJ)(err)}`));
    }
    const binding = (0,core_manifest/* trustedCommentProblems */.bR)(trustedComment, manifest);
    if (binding.length)
        return done(refuse('trusted-comment-mismatch', binding.join('; ')), { manifest });
    if (manifest.keyId !== pin.keyIdHex)
        return done(refuse('wrong-key', `the manifest names key ${manifest.keyId}, the pinned key is ${pin.keyIdHex}`), { manifest });
    if (opts.product && manifest.product !== opts.product) {
        return done(refuse('product-mismatch', `the manifest is for product "${manifest.product}", expected "${opts.product}"`), { manifest });
    }
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
        const data = pkgSig.algorithm === 'Ed' ? await (0,promises_.readFile)(opts.file) : undefined;
        (0,format/* verifySignature */.Od)(pkgSig, pin, { digest: Buffer.from(d.blake2b512, 'hex'), data });
    }
    catch (err) {
        return done(refuse('package-signature-mismatch', `${opts.file}: ${(0,errors/* errorMessage */.gJ)(err)}`), { ...base, package: pkg });
    }
    return done(decision, { ...base, package: pkg, fileVerified: true });
}

;// CONCATENATED MODULE: ./src/cli/verify-package.ts
/**
 * `relforge verify-package`: the decision an update server or agent makes before installing.
 * Exit codes: 0 update available (install), 10 up to date, 20 refused (the reason is printed), 2 usage, 1 other errors.
 */




const usage = `relforge verify-package --manifest manifest.json [--sig manifest.json.minisig] --pubkey KEY
       --platform linux-x86_64 --installed 1.2.3|none [--channels stable,beta] [--allow-downgrade]
       [--file downloaded-package] [--product NAME] [--json]

Checks the manifest's minisign signature against the pinned key (--pubkey: a .pub file or its RW… line),
that the signed trusted comment binds its product, version and channel, that the platform's package is
signed by the same key, the channel, and that the version is newer than --installed (SemVer, prereleases
included). With --file, also the downloaded package's size, sha256 and signature.
Default channels: stable, plus the installed version's prerelease channel (1.3.0-beta.2 → beta).
Exit codes: 0 update available · 10 up to date · 20 refused · 2 usage error · 1 other error.`;
function readText(path, what) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (err) {
        throw new errors/* RelforgeError */.fY(`${what} ${path}: ${err.message}`, { exitCode: 2 });
    }
}
/* harmony default export */ const verify_package = ({
    summary: 'decide install / up to date / refused for a signed package manifest (exit 0 / 10 / 20)',
    usage,
    async run(argv) {
        const { values } = (0,external_node_util_.parseArgs)({
            args: argv,
            options: {
                manifest: { type: 'string' },
                sig: { type: 'string' },
                pubkey: { type: 'string' },
                platform: { type: 'string' },
                installed: { type: 'string' },
                channels: { type: 'string' },
                'allow-downgrade': { type: 'boolean', default: false },
                file: { type: 'string' },
                product: { type: 'string' },
                json: { type: 'boolean', default: false },
            },
            allowPositionals: false,
            strict: true,
        });
        const missing = ['manifest', 'pubkey', 'platform', 'installed'].filter((k) => !values[k]);
        if (missing.length)
            throw new errors/* RelforgeError */.fY(`Missing ${missing.map((m) => `--${m}`).join(', ')} (use --installed none for a fresh install).\n\nusage: ${usage}`, { exitCode: 2 });
        const manifest = (0,external_node_fs_.readFileSync)(values.manifest);
        const signature = readText(values.sig ?? `${values.manifest}.minisig`, 'Cannot read the manifest signature');
        const pk = values.pubkey.trim();
        const publicKey = /^RW[A-Za-z0-9+/=]{54,}$/.test(pk) || pk.includes('\n') ? pk : readText(pk, 'Cannot read the public key');
        const r = await verifyPackage({
            manifest,
            signature,
            publicKey,
            platform: values.platform,
            installed: values.installed,
            channels: values.channels ? values.channels.split(',').map((c) => c.trim()).filter(Boolean) : undefined,
            allowDowngrade: values['allow-downgrade'],
            file: values.file,
            product: values.product,
        });
        if (values.json) {
            console.log(JSON.stringify({ action: r.action, reason: r.reason ?? null, message: r.message, exitCode: r.exitCode, version: r.version ?? null, channel: r.channel ?? null, fileVerified: !!r.fileVerified, package: r.package ?? null }, null, 2));
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
});


/***/ }),

/***/ 9008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ PRODUCT_RE),
/* harmony export */   BQ: () => (/* binding */ mergeFragmentSet),
/* harmony export */   CV: () => (/* binding */ findPackage),
/* harmony export */   Ej: () => (/* binding */ normalizeMinisig),
/* harmony export */   FW: () => (/* binding */ FILE_RE),
/* harmony export */   KB: () => (/* binding */ MANIFEST_SCHEMA),
/* harmony export */   MZ: () => (/* binding */ serializeManifest),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   S: () => (/* binding */ expandUrlTemplate),
/* harmony export */   SM: () => (/* binding */ fragmentFileName),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   ZO: () => (/* binding */ FRAGMENT_SCHEMA),
/* harmony export */   bR: () => (/* binding */ trustedCommentProblems),
/* harmony export */   bo: () => (/* binding */ serializeTauriLatest),
/* harmony export */   h1: () => (/* binding */ MANIFEST_FILE),
/* harmony export */   jR: () => (/* binding */ defaultChannel),
/* harmony export */   kR: () => (/* binding */ CHANNEL_RE),
/* harmony export */   kf: () => (/* binding */ manifestTrustedComment),
/* harmony export */   mu: () => (/* binding */ urlTemplateProblems),
/* harmony export */   oH: () => (/* binding */ parseFragment),
/* harmony export */   t8: () => (/* binding */ serializeFragment),
/* harmony export */   wZ: () => (/* binding */ toTauriLatest)
/* harmony export */ });
/* unused harmony exports urlProblem, minisigShapeProblem, parseTrustedComment, canonicalJson, manifestProblems, fragmentProblems, URL_PLACEHOLDERS */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4646);
/**
 * The signed package manifest `relforge.packages/v1`, its trusted comment, matrix fragments and
 * Tauri's static `latest.json`. Pure: text in, values out (no files, no network, no keys).
 *
 * Canonical serialization (so a re-run over the same inputs produces the same bytes): object keys sorted
 * by code point at every level, packages sorted by platform key, two-space indentation, `\n` line ends,
 * one trailing newline, UTF-8. The bytes that are signed are exactly the bytes served.
 */


const MANIFEST_SCHEMA = 'relforge.packages/v1';
const FRAGMENT_SCHEMA = 'relforge.packages-fragment/v1';
const MANIFEST_FILE = 'manifest.json';
class ManifestError extends Error {
    problems;
    constructor(problems) {
        super(problems.length === 1 ? problems[0] : `${problems.length} problems:\n- ${problems.join('\n- ')}`);
        this.name = 'ManifestError';
        this.problems = problems;
    }
}
// ---------- field rules ----------
/** Product names go into URLs and Gitea package names (`\A[-_+.\w]+\z`). */
const PRODUCT_RE = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
const CHANNEL_RE = /^[a-z][a-z0-9-]{0,31}$/;
/** Package file names: one path component, safe in URLs, Gitea generic file names and release assets. */
const FILE_RE = /^[A-Za-z0-9][A-Za-z0-9._+~=@-]{0,254}$/;
const SHA256_RE = /^[0-9a-f]{64}$/;
const KEYID_RE = /^[0-9A-F]{16}$/;
const COMMIT_RE = /^(?:[0-9a-f]{40}|[0-9a-f]{64})?$/;
const RFC3339_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
/** The channel a version belongs to by default: its first prerelease identifier, else `stable`. */
function defaultChannel(version) {
    const pre = (0,semver__WEBPACK_IMPORTED_MODULE_0__.prerelease)(version);
    if (!pre || pre.length === 0)
        return 'stable';
    const first = String(pre[0]).toLowerCase();
    return CHANNEL_RE.test(first) ? first : 'prerelease';
}
/** A version as the manifest stores it: SemVer 2.0.0 without a leading `v`. */
function normalizeVersion(raw) {
    const t = raw.trim().replace(/^v(?=\d)/, '');
    return /^\d/.test(t) && (0,semver__WEBPACK_IMPORTED_MODULE_0__.parse)(t) !== null ? t : undefined;
}
/** http(s) URL check without I/O: https anywhere, http only to loopback hosts. */
function urlProblem(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return `"${url}" is not a valid URL`;
    }
    if (u.protocol === 'https:')
        return undefined;
    const host = u.hostname.replace(/^\[|\]$/g, '');
    if (u.protocol === 'http:' && (host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host)))
        return undefined;
    return `"${url}" must use https:// (http only for loopback addresses)`;
}
/** Structural check of a `.minisig` text (not a cryptographic verification). */
function minisigShapeProblem(text) {
    const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
    if (lines.length !== 4)
        return `has ${lines.length} lines, a minisign signature has 4`;
    if (!lines[0].startsWith('untrusted comment:'))
        return 'line 1 is not an "untrusted comment:" line';
    if (!/^[A-Za-z0-9+/]{98}[A-Za-z0-9+/=]{2}$/.test(lines[1]))
        return 'line 2 is not a 74-byte base64 signature';
    if (!lines[2].startsWith('trusted comment: '))
        return 'line 3 is not a "trusted comment:" line (signify signatures are not accepted)';
    if (!/^[A-Za-z0-9+/]{86}==$/.test(lines[3]))
        return 'line 4 is not a 64-byte base64 global signature';
    return undefined;
}
/** `.minisig` text with LF line ends and exactly one trailing newline. */
function normalizeMinisig(text) {
    return text.replace(/\r\n/g, '\n').replace(/\n*$/, '\n');
}
// ---------- trusted comment ----------
/** Parses `key:value` pairs separated by tabs (minisign's own `timestamp:…\tfile:…` convention). */
function parseTrustedComment(comment) {
    const out = {};
    for (const part of comment.split('\t')) {
        const i = part.indexOf(':');
        if (i > 0)
            out[part.slice(0, i)] = part.slice(i + 1);
    }
    return out;
}
/** The trusted comment of `manifest.json.minisig`: binds product, version and channel to the signature. */
function manifestTrustedComment(m, file = MANIFEST_FILE) {
    const ts = Math.floor(Date.parse(m.created) / 1000);
    const exp = m.expires ? `\texpires:${Math.floor(Date.parse(m.expires) / 1000)}` : '';
    return `timestamp:${ts}\tfile:${file}\tproduct:${m.product}\tversion:${m.version}\tchannel:${m.channel}${exp}`;
}
/** Problems when a manifest's trusted comment does not bind it (missing or different product/version/channel). */
function trustedCommentProblems(comment, m) {
    const tc = parseTrustedComment(comment);
    const problems = [];
    for (const field of ['product', 'version', 'channel']) {
        if (tc[field] === undefined)
            problems.push(`the signature's trusted comment has no ${field} (it must bind product, version and channel)`);
        else if (tc[field] !== m[field])
            problems.push(`the signature's trusted comment says ${field} "${tc[field]}" but the manifest says "${m[field]}"`);
    }
    return problems;
}
// ---------- canonical JSON ----------
function sortKeys(v) {
    if (Array.isArray(v))
        return v.map(sortKeys);
    if (v && typeof v === 'object') {
        const out = {};
        for (const k of Object.keys(v).sort()) {
            const x = v[k];
            if (x !== undefined)
                out[k] = sortKeys(x);
        }
        return out;
    }
    return v;
}
function canonicalJson(value) {
    return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}
/** Serializes a manifest canonically (validating it first: an invalid manifest is never written). */
function serializeManifest(m) {
    const problems = manifestProblems(m);
    if (problems.length)
        throw new ManifestError(problems);
    const packages = [...m.packages]
        .sort((a, b) => (a.platform < b.platform ? -1 : a.platform > b.platform ? 1 : 0))
        .map((p) => ({ ...p, signatures: { ...p.signatures, minisign: normalizeMinisig(p.signatures.minisign) } }));
    return canonicalJson({ ...m, packages });
}
// ---------- validation ----------
function entryProblems(p, where) {
    const problems = [];
    if (typeof p !== 'object' || p === null)
        return [`${where} is not an object`];
    if (typeof p.platform !== 'string' || !(0,_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlatformKey */ .fH)(p.platform))
        problems.push(`${where}.platform "${String(p.platform)}" is not a platform key (<os>-<arch>[-<bundle>])`);
    if (typeof p.file !== 'string' || !FILE_RE.test(p.file))
        problems.push(`${where}.file "${String(p.file)}" is not a safe file name`);
    if (!Number.isSafeInteger(p.size) || p.size < 0)
        problems.push(`${where}.size must be a non-negative integer`);
    if (typeof p.sha256 !== 'string' || !SHA256_RE.test(p.sha256))
        problems.push(`${where}.sha256 must be 64 lower-case hex digits`);
    if (typeof p.url !== 'string')
        problems.push(`${where}.url is missing`);
    else {
        const u = urlProblem(p.url);
        if (u)
            problems.push(`${where}.url ${u}`);
    }
    const sig = p.signatures?.minisign;
    if (typeof sig !== 'string')
        problems.push(`${where}.signatures.minisign is missing (every package must be signed)`);
    else {
        const s = minisigShapeProblem(sig);
        if (s)
            problems.push(`${where}.signatures.minisign ${s}`);
    }
    const ac = p.signatures?.authenticode;
    if (ac !== undefined && (typeof ac !== 'object' || ac === null || typeof ac.subject !== 'string' || ac.subject === '')) {
        problems.push(`${where}.signatures.authenticode must be {"subject": "<signer subject>"}`);
    }
    return problems;
}
function manifestProblems(m) {
    const problems = [];
    if (typeof m !== 'object' || m === null || Array.isArray(m))
        return ['the manifest is not a JSON object'];
    if (m.schema !== MANIFEST_SCHEMA)
        problems.push(`schema is "${String(m.schema)}", expected "${MANIFEST_SCHEMA}"`);
    if (typeof m.product !== 'string' || !PRODUCT_RE.test(m.product))
        problems.push(`product "${String(m.product)}" must match ${PRODUCT_RE}`);
    if (typeof m.version !== 'string' || normalizeVersion(m.version) !== m.version)
        problems.push(`version "${String(m.version)}" is not a SemVer 2.0.0 version (without a leading v)`);
    if (typeof m.channel !== 'string' || !CHANNEL_RE.test(m.channel))
        problems.push(`channel "${String(m.channel)}" must match ${CHANNEL_RE}`);
    if (typeof m.commit !== 'string' || !COMMIT_RE.test(m.commit))
        problems.push(`commit "${String(m.commit)}" must be a full lower-case git SHA (or empty)`);
    if (typeof m.created !== 'string' || !RFC3339_RE.test(m.created) || Number.isNaN(Date.parse(m.created)))
        problems.push(`created "${String(m.created)}" must be an RFC 3339 UTC timestamp`);
    if (m.expires !== undefined) {
        if (typeof m.expires !== 'string' || !RFC3339_RE.test(m.expires) || Number.isNaN(Date.parse(m.expires)))
            problems.push(`expires "${String(m.expires)}" must be an RFC 3339 UTC timestamp`);
        else if (typeof m.created === 'string' && Date.parse(m.expires) <= Date.parse(m.created))
            problems.push(`expires ${m.expires} must be after created ${m.created}`);
    }
    if (typeof m.keyId !== 'string' || !KEYID_RE.test(m.keyId))
        problems.push(`keyId "${String(m.keyId)}" must be 16 upper-case hex digits (the minisign key id)`);
    if (!Array.isArray(m.packages) || m.packages.length === 0) {
        problems.push('packages must be a non-empty array');
        return problems;
    }
    const platforms = new Map();
    const urls = new Map();
    m.packages.forEach((p, i) => {
        const where = `packages[${i}]${p && typeof p.platform === 'string' ? ` (${p.platform})` : ''}`;
        problems.push(...entryProblems(p, where));
        if (p && typeof p.platform === 'string') {
            if (platforms.has(p.platform))
                problems.push(`platform ${p.platform} appears twice (packages[${platforms.get(p.platform)}] and packages[${i}])`);
            else
                platforms.set(p.platform, i);
        }
        if (p && typeof p.url === 'string') {
            if (urls.has(p.url))
                problems.push(`${p.platform} and ${urls.get(p.url)} have the same url ${p.url}`);
            else
                urls.set(p.url, p.platform);
        }
    });
    return problems;
}
/** Parses and validates manifest text; throws ManifestError listing every problem. */
function parseManifest(text) {
    let m;
    try {
        m = JSON.parse(text);
    }
    catch (err) {
        throw new ManifestError([`the manifest is not valid JSON: ${err.message}`]);
    }
    const problems = manifestProblems(m);
    if (problems.length)
        throw new ManifestError(problems);
    return m;
}
/** Finds the entry for a platform, trying `<os>-<arch>-<bundle>` then `<os>-<arch>` (Tauri's order). */
function findPackage(m, platform) {
    const p = (0,_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlatformKey */ .sW)(platform);
    const keys = p.bundle ? [platform, `${p.os}-${p.arch}`] : [platform];
    for (const k of keys) {
        const hit = m.packages.find((e) => e.platform === k);
        if (hit)
            return hit;
    }
    return undefined;
}
function fragmentProblems(f, name) {
    const problems = [];
    if (typeof f !== 'object' || f === null)
        return [`${name} is not a JSON object`];
    if (f.schema !== FRAGMENT_SCHEMA)
        problems.push(`${name}: schema is "${String(f.schema)}", expected "${FRAGMENT_SCHEMA}" (was it written by upload-packages with stage: true?)`);
    if (!Array.isArray(f.packages) || f.packages.length === 0)
        problems.push(`${name}: packages must be a non-empty array`);
    else
        f.packages.forEach((p, i) => {
            if (typeof p.path !== 'string' || p.path === '' || p.path.startsWith('/') || p.path.split('/').some((s) => s === '..' || s === '' || s === '.')) {
                problems.push(`${name}: packages[${i}].path "${String(p.path)}" must be a relative path inside the fragment's directory`);
            }
            problems.push(...entryProblems({ ...p, url: 'https://placeholder.invalid/' }, `${name}: packages[${i}]`));
        });
    return problems;
}
function parseFragment(text, name) {
    let f;
    try {
        f = JSON.parse(text);
    }
    catch (err) {
        throw new ManifestError([`${name} is not valid JSON: ${err.message}`]);
    }
    const problems = fragmentProblems(f, name);
    if (problems.length)
        throw new ManifestError(problems);
    return f;
}
function serializeFragment(f) {
    const problems = fragmentProblems(f, 'fragment');
    if (problems.length)
        throw new ManifestError(problems);
    return canonicalJson({ ...f, packages: [...f.packages].sort((a, b) => (a.platform < b.platform ? -1 : 1)) });
}
/** The conventional fragment file name for a set of platforms. */
function fragmentFileName(platforms) {
    return `fragment-${[...platforms].sort().join('+')}.json`;
}
/**
 * Merges matrix fragments into one set. Refuses (ManifestError listing every problem) fragments that
 * disagree on product, version, channel, commit or key, and any platform or file name that appears in
 * more than one place, identical or not: each platform must come from exactly one build job.
 */
function mergeFragmentSet(fragments) {
    if (fragments.length === 0)
        throw new ManifestError(['no fragments to merge: check the fragments input and that the artifacts were downloaded']);
    const problems = [];
    const first = fragments[0];
    for (const field of ['product', 'version', 'channel', 'commit', 'keyId']) {
        const values = new Map();
        for (const { name, fragment } of fragments) {
            const v = fragment[field];
            values.set(v, [...(values.get(v) ?? []), name]);
        }
        if (values.size > 1) {
            problems.push(`fragments disagree on ${field}: ${[...values].map(([v, names]) => `"${v}" in ${names.join(', ')}`).join('; ')} — every build job must stage the same ${field}`);
        }
    }
    const byPlatform = new Map();
    const packages = [];
    for (const { name, fragment } of fragments) {
        for (const p of fragment.packages) {
            const prev = byPlatform.get(p.platform);
            if (prev) {
                const same = prev.sha256 === p.sha256 && prev.size === p.size;
                problems.push(`platform ${p.platform} is in ${prev.fragment} and in ${name}${same ? ' (identical bytes)' : ` with different content (sha256 ${prev.sha256.slice(0, 12)}… vs ${p.sha256.slice(0, 12)}…)`}: each platform must come from exactly one build job`);
                continue;
            }
            const merged = { ...p, fragment: name };
            byPlatform.set(p.platform, merged);
            packages.push(merged);
        }
    }
    if (problems.length)
        throw new ManifestError(problems);
    const f = first.fragment;
    return { product: f.product, version: f.version, channel: f.channel, commit: f.commit, keyId: f.keyId, packages };
}
/**
 * Tauri's static `latest.json` (formats.md §3) from a manifest: same platform keys, `signature` = base64
 * of the whole `.minisig` text. Throws when a platform is outside Tauri's os/arch/bundle set, since Tauri
 * validates every entry before it looks at the version.
 */
function toTauriLatest(m, opts = {}) {
    const bad = m.packages.filter((p) => !(0,_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .isTauriPlatform */ .B1)(p.platform)).map((p) => p.platform);
    if (bad.length) {
        throw new ManifestError([
            `platform(s) ${bad.join(', ')} are not valid in Tauri's latest.json (os linux|darwin|windows; arch x86_64|aarch64|i686|armv7; bundle appimage|deb|rpm|app|msi|nsis): set tauri to false or drop them`,
        ]);
    }
    const platforms = {};
    for (const p of [...m.packages].sort((a, b) => (a.platform < b.platform ? -1 : 1))) {
        platforms[p.platform] = { signature: Buffer.from(normalizeMinisig(p.signatures.minisign), 'utf8').toString('base64'), url: p.url };
    }
    const out = { version: m.version, pub_date: m.created, platforms };
    if (opts.notes)
        out.notes = opts.notes;
    return out;
}
function serializeTauriLatest(t) {
    return `${JSON.stringify({ version: t.version, notes: t.notes, pub_date: t.pub_date, platforms: t.platforms }, null, 2)}\n`;
}
// ---------- URL templates ----------
const URL_PLACEHOLDERS = ['product', 'version', 'channel', 'platform', 'os', 'arch', 'file'];
/**
 * Expands `{product}`, `{version}`, `{channel}`, `{platform}`, `{os}`, `{arch}` and `{file}` in a URL
 * template (values percent-encoded). Unknown placeholders are an error.
 */
function expandUrlTemplate(template, values) {
    return template.replace(/\{([a-z]+)\}/g, (whole, name) => {
        if (!URL_PLACEHOLDERS.includes(name)) {
            throw new ManifestError([`unknown placeholder ${whole} in URL template "${template}": use ${URL_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`]);
        }
        const v = values[name];
        if (v === undefined)
            throw new ManifestError([`placeholder ${whole} in URL template "${template}" has no value here`]);
        return encodeURIComponent(v);
    });
}
/**
 * Problems with a download/upload URL template: it must be https (or loopback http), contain
 * `{version}` (version-specific URLs: no cache may ever serve an old build as the new one) and `{file}`.
 */
function urlTemplateProblems(template, input) {
    const problems = [];
    const sample = template.replace(/\{[a-z]+\}/g, 'x');
    const u = urlProblem(sample);
    if (u)
        problems.push(`Input "${input}": ${u.replace(`"${sample}"`, `"${template}"`)}`);
    for (const m of template.matchAll(/\{([^}]*)\}/g)) {
        if (!URL_PLACEHOLDERS.includes(m[1]))
            problems.push(`Input "${input}": unknown placeholder {${m[1]}}; use ${URL_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`);
    }
    if (!template.includes('{version}'))
        problems.push(`Input "${input}": the URL template must contain {version} so every version has its own URLs (no cache can serve an old build as new)`);
    if (!template.includes('{file}'))
        problems.push(`Input "${input}": the URL template must contain {file}`);
    return problems;
}


/***/ })

};
