export const id = 293;
export const ids = [293];
export const modules = {

/***/ 9008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ PRODUCT_RE),
/* harmony export */   AT: () => (/* binding */ serializeSignedManifest),
/* harmony export */   BQ: () => (/* binding */ mergeFragmentSet),
/* harmony export */   BR: () => (/* binding */ channelVersionProblem),
/* harmony export */   CV: () => (/* binding */ findPackage),
/* harmony export */   Ej: () => (/* binding */ normalizeMinisig),
/* harmony export */   FW: () => (/* binding */ FILE_RE),
/* harmony export */   KB: () => (/* binding */ MANIFEST_SCHEMA),
/* harmony export */   MZ: () => (/* binding */ serializeManifest),
/* harmony export */   Ng: () => (/* binding */ PackagesManifestError),
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   S: () => (/* binding */ expandUrlTemplate),
/* harmony export */   SM: () => (/* binding */ fragmentFileName),
/* harmony export */   Sv: () => (/* binding */ SIGNED_MANIFEST_FILE),
/* harmony export */   ZO: () => (/* binding */ FRAGMENT_SCHEMA),
/* harmony export */   bR: () => (/* binding */ trustedCommentProblems),
/* harmony export */   bo: () => (/* binding */ serializeTauriLatest),
/* harmony export */   eE: () => (/* binding */ parseManifest),
/* harmony export */   gG: () => (/* binding */ SIG_SUFFIX),
/* harmony export */   h1: () => (/* binding */ MANIFEST_FILE),
/* harmony export */   jR: () => (/* binding */ defaultChannel),
/* harmony export */   kR: () => (/* binding */ CHANNEL_RE),
/* harmony export */   kf: () => (/* binding */ manifestTrustedComment),
/* harmony export */   mu: () => (/* binding */ urlTemplateProblems),
/* harmony export */   oH: () => (/* binding */ parseFragment),
/* harmony export */   t8: () => (/* binding */ serializeFragment),
/* harmony export */   wZ: () => (/* binding */ toTauriLatest),
/* harmony export */   zx: () => (/* binding */ parseSignedManifest)
/* harmony export */ });
/* unused harmony exports SIGNED_MANIFEST_SCHEMA, urlProblem, minisigShapeProblem, parseTrustedComment, canonicalJson, manifestProblems, fragmentProblems, URL_PLACEHOLDERS */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6316);
/* harmony import */ var _platform_url_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4130);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4646);
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
const SIG_SUFFIX = '.minisig';
/** The manifest and its signature in one file (one download: never a manifest beside another manifest's signature). */
const SIGNED_MANIFEST_FILE = 'manifest.signed.json';
const SIGNED_MANIFEST_SCHEMA = 'relforge.signed-manifest/v1';
/** A package manifest, fragment, signed manifest or URL template that is not valid (every problem listed). */
class PackagesManifestError extends _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF {
    problems;
    constructor(problems) {
        super(problems.length === 1 ? problems[0] : `${problems.length} problems:\n- ${problems.join('\n- ')}`);
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
/**
 * Why a channel does not fit a version, or undefined: `stable` carries stable versions only (an agent on the
 * stable channel must never be offered a prerelease). Continues after the channel's name.
 */
function channelVersionProblem(version, channel) {
    const pre = (0,semver__WEBPACK_IMPORTED_MODULE_0__.prerelease)(version);
    if (channel === 'stable' && pre && pre.length > 0) {
        return `is "stable" but version ${version} is a prerelease: stable agents would be offered it. Leave the channel empty (it becomes "${defaultChannel(version)}") or publish a stable version.`;
    }
    return undefined;
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
    if ((0,_platform_url_js__WEBPACK_IMPORTED_MODULE_3__/* .isSecureUrl */ .z)(u))
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
        throw new PackagesManifestError(problems);
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
    if (typeof p.platform !== 'string' || !(0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlatformKey */ .fH)(p.platform))
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
/** Parses and validates manifest text; throws PackagesManifestError listing every problem. */
function parseManifest(text) {
    let m;
    try {
        m = JSON.parse(text);
    }
    catch (err) {
        throw new PackagesManifestError([`the manifest is not valid JSON: ${err.message}`]);
    }
    const problems = manifestProblems(m);
    if (problems.length)
        throw new PackagesManifestError(problems);
    return m;
}
/** Finds the entry for a platform, trying `<os>-<arch>-<bundle>` then `<os>-<arch>` (Tauri's order). */
function findPackage(m, platform) {
    const p = (0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePlatformKey */ .sW)(platform);
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
        throw new PackagesManifestError([`${name} is not valid JSON: ${err.message}`]);
    }
    const problems = fragmentProblems(f, name);
    if (problems.length)
        throw new PackagesManifestError(problems);
    return f;
}
function serializeFragment(f) {
    const problems = fragmentProblems(f, 'fragment');
    if (problems.length)
        throw new PackagesManifestError(problems);
    return canonicalJson({ ...f, packages: [...f.packages].sort((a, b) => (a.platform < b.platform ? -1 : 1)) });
}
/** The conventional fragment file name for a set of platforms. */
function fragmentFileName(platforms) {
    return `fragment-${[...platforms].sort().join('+')}.json`;
}
/**
 * Merges matrix fragments into one set. Refuses (PackagesManifestError listing every problem) fragments that
 * disagree on product, version, channel, commit or key, and any platform or file name that appears in
 * more than one place, identical or not: each platform must come from exactly one build job.
 */
function mergeFragmentSet(fragments) {
    if (fragments.length === 0)
        throw new PackagesManifestError(['no fragments to merge: check the fragments input and that the artifacts were downloaded']);
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
        throw new PackagesManifestError(problems);
    const f = first.fragment;
    return { product: f.product, version: f.version, channel: f.channel, commit: f.commit, keyId: f.keyId, packages };
}
/**
 * Tauri's static `latest.json` (formats.md §3) from a manifest: same platform keys, `signature` = base64
 * of the whole `.minisig` text. Throws when a platform is outside Tauri's os/arch/bundle set, since Tauri
 * validates every entry before it looks at the version.
 */
function toTauriLatest(m, opts = {}) {
    const bad = m.packages.filter((p) => !(0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .isTauriPlatform */ .B1)(p.platform)).map((p) => p.platform);
    if (bad.length) {
        throw new PackagesManifestError([
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
            throw new PackagesManifestError([`unknown placeholder ${whole} in URL template "${template}": use ${URL_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`]);
        }
        const v = values[name];
        if (v === undefined)
            throw new PackagesManifestError([`placeholder ${whole} in URL template "${template}" has no value here`]);
        return encodeURIComponent(v);
    });
}
/**
 * Problems with a download/upload URL template, by field (`field` is the option that gave it): it must
 * contain `{version}` (version-specific URLs: no cache may ever serve an old build as
 * the new one) and `{file}`, and use known placeholders only. (Scheme, host and userinfo are the platform's URL
 * policy: src/platform/url.ts.)
 */
function urlTemplateProblems(template, field) {
    const problems = [];
    for (const m of template.matchAll(/\{([^}]*)\}/g)) {
        if (!URL_PLACEHOLDERS.includes(m[1]))
            problems.push({ field, message: `has an unknown placeholder {${m[1]}}; use ${URL_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}` });
    }
    if (!template.includes('{version}'))
        problems.push({ field, message: 'must contain {version} so every version has its own URLs (no cache can serve an old build as new)' });
    if (!template.includes('{file}'))
        problems.push({ field, message: 'must contain {file}' });
    return problems;
}
/**
 * `manifest.signed.json`: `{"manifest": "<manifest.json text>", "minisign": "<its .minisig text>", "schema": …}`.
 * Replacing one file is atomic, so a client that downloads it always holds a manifest with its own signature.
 * Any minisign tool can still check it: `jq -j .manifest` and `jq -j .minisign` give the two files back.
 */
function serializeSignedManifest(s) {
    return canonicalJson({ schema: SIGNED_MANIFEST_SCHEMA, manifest: s.manifest, minisign: normalizeMinisig(s.minisign) });
}
/** The manifest and signature inside a signed manifest, or undefined when `text` is not one (e.g. a plain manifest.json). */
function parseSignedManifest(text) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!v || typeof v !== 'object' || v.schema !== SIGNED_MANIFEST_SCHEMA)
        return undefined;
    if (typeof v.manifest !== 'string' || typeof v.minisign !== 'string') {
        throw new PackagesManifestError([`a ${SIGNED_MANIFEST_SCHEMA} document needs the string fields "manifest" and "minisign"`]);
    }
    return { manifest: v.manifest, minisign: v.minisign };
}


/***/ }),

/***/ 7835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ verifyPackageSchema),
/* harmony export */   e: () => (/* binding */ uploadPackagesSchema)
/* harmony export */ });
/* harmony import */ var _platform_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1933);
/**
 * Option schemas of the package operations (src/platform/options.ts): upload-packages (action + CLI) and
 * verify-package (CLI only). Each option is declared here once; actions/upload-packages/action.yml, the CLI
 * flags and usage, and the docs tables follow from it.
 *
 * Where the action and the CLI used to disagree:
 * - `target`: the action defaulted to `release`, the CLI to `http`. Now one rule for both: `http` when
 *   `upload-url` is set (the only target that uses it), else `release`.
 * - `read-back`: both refuse a value other than auto / download (the CLI used to turn it into auto).
 * - secrets: `private-key`, `password` and `package-token` are read from `--<name>-file` / `--<name>-env` or the
 *   team's variables MINISIGN_PRIVATE_KEY, MINISIGN_PASSWORD, PACKAGE_TOKEN (the old RELFORGE_KEY_PASSWORD and
 *   RELFORGE_PACKAGE_TOKEN still work as later fallbacks). `--private-key-file` keeps working.
 * - verify-package: `--public-key` and `--signature` like the action inputs (`--pubkey` / `--sig` stay as hidden
 *   aliases); `--product` is required (a manifest of another product signed by the same key is refused).
 */

const uploadPackagesSchema = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .defineSchema */ .Jo)({
    name: 'upload-packages',
    summary: 'verify, sign a manifest for and upload per-platform packages (manifest last)',
    options: {
        packages: {
            type: 'string',
            only: 'action',
            description: 'The package files: glob patterns (one per line; the platform is inferred from names such as agent-linux-amd64 or agent_windows_x86_64.exe; *.minisig files are skipped), or a YAML map "platform: file" (e.g. "linux-x86_64: dist/agent"). Each file needs its signature beside it (<file>.minisig). Leave empty when "fragments" is set.',
        },
        'package-files': {
            type: 'list',
            separator: 'lines',
            only: 'cli',
            description: 'Glob patterns of the package files (repeatable; the platform is inferred from each name; *.minisig files are skipped).',
            cli: { flag: 'packages', metavar: 'GLOB' },
        },
        map: {
            type: 'string',
            only: 'cli',
            description: 'A YAML map "platform: file" instead of globs (e.g. "linux-x86_64: dist/agent"; a value may be {file, authenticode-subject}).',
            cli: { metavar: 'YAML', fileFlag: true },
        },
        fragments: {
            type: 'list',
            separator: 'lines',
            description: 'Merge job of a matrix — glob of the fragment files staged by the build jobs (e.g. "artifacts/**/fragment-*.json"). Refuses duplicate platforms and fragments that disagree.',
            cli: { metavar: 'GLOB' },
        },
        stage: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)('Build-job mode — verify this job\'s packages and write a fragment into out-dir (upload out-dir with actions/upload-artifact); nothing is published.'),
        product: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredString */ .Fk)('Product (package) name, e.g. "agent". Letters, digits, . _ + - only.', 'NAME'),
        version: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredString */ .Fk)('Version being published (SemVer; a leading v is dropped), e.g. next-version\'s "version" output.', 'X.Y.Z'),
        channel: {
            type: 'string',
            description: 'Update channel written into the manifest and its signed trusted comment. Default the version\'s prerelease id (1.4.0-beta.2 → beta), else "stable". "stable" with a prerelease version is refused.',
            cli: { metavar: 'CHANNEL' },
        },
        commit: {
            type: 'string',
            description: 'Commit the packages were built from. Default GITHUB_SHA. Its commit time (or SOURCE_DATE_EPOCH) is the manifest\'s "created", so a re-run writes identical bytes.',
            env: ['GITHUB_SHA'],
            cli: { metavar: 'SHA' },
        },
        'require-platforms': {
            type: 'list',
            description: 'Platforms that must all be present (one per line or comma-separated, e.g. "linux-x86_64, windows-x86_64, darwin-aarch64"); aliases like linux-amd64 are accepted.',
            cli: { metavar: 'PLATFORMS' },
        },
        'public-key': {
            type: 'string',
            required: true,
            description: 'Pinned minisign public key (the .pub text or its RW… line). Every package signature and the manifest signing key must match it.',
            env: ['MINISIGN_PUBLIC_KEY'],
            cli: { pathOrValue: true, metavar: 'FILE|RW…', aliases: ['pubkey'] },
        },
        'private-key': {
            type: 'string',
            secret: true,
            description: 'minisign secret key (or base64 of it, Tauri style) that signs the manifest; must belong to public-key. Not needed with stage true.',
            env: ['MINISIGN_PRIVATE_KEY'],
        },
        password: { type: 'string', secret: true, description: 'Password of an encrypted private-key.', env: ['MINISIGN_PASSWORD', 'RELFORGE_KEY_PASSWORD'] },
        'authenticode-root': {
            type: 'string',
            description: 'PEM bundle of trusted roots for Windows packages (.exe/.msi/.dll/.sys). When set, each must carry a valid, timestamped Authenticode signature chaining to them, and the verified signer subject is recorded in the manifest.',
            cli: { pathOrValue: true, metavar: 'PEM' },
        },
        'authenticode-tsa-root': { type: 'string', description: 'PEM bundle of trusted timestamping roots (default authenticode-root).', cli: { pathOrValue: true, metavar: 'PEM' } },
        'authenticode-subject': {
            type: 'string',
            description: 'Signer subject pin for Windows packages, e.g. "CN=Contoso Ltd, O=Contoso Ltd" (every attribute must match).',
            cli: { metavar: 'SUBJECT' },
        },
        'authenticode-eku': {
            type: 'list',
            separator: 'lines',
            description: 'EKU OIDs the signer certificate must carry besides code signing (one per line; e.g. the Trusted Signing identity EKU).',
            cli: { metavar: 'OID' },
        },
        target: {
            type: 'string',
            choices: ['release', 'gitea-generic', 'http'],
            description: 'Where to publish — "release" (assets of the forge release for the tag), "gitea-generic" (Gitea/Forgejo generic package registry) or "http" (PUT to upload-url). Default "http" when upload-url is set, else "release".',
        },
        'upload-url': {
            type: 'string',
            description: 'target http — PUT URL template, e.g. https://updates.example.com/api/v1/packages/{product}/{version}/{platform}/{file}. Placeholders {product} {version} {channel} {platform} {os} {arch} {file}; must contain {version} and {file}. The manifest goes to the same template without the per-platform segment. No user:password@ (use package-token).',
            cli: { metavar: 'TEMPLATE' },
        },
        'package-token': {
            type: 'string',
            secret: true,
            description: 'target gitea-generic — a token with write:package (the job token cannot write packages); target http — the bearer token of the update server.',
            env: ['PACKAGE_TOKEN', 'RELFORGE_PACKAGE_TOKEN'],
        },
        'package-owner': { type: 'string', description: 'target gitea-generic — owner of the package (default the repository owner).', cli: { metavar: 'OWNER' } },
        'read-back': {
            type: 'string',
            default: 'auto',
            choices: ['auto', 'download'],
            description: 'target http — how uploads are verified, "auto" (the server\'s digest header, else re-download) or "download" (always re-download and hash).',
        },
        token: {
            type: 'string',
            secret: true,
            actionDefault: '${{ github.token }}',
            description: 'target release — forge token with contents write (GitHub) / write:repository (Gitea).',
            env: ['RELFORGE_TOKEN', 'GITHUB_TOKEN', 'GITEA_TOKEN', 'FORGEJO_TOKEN'],
        },
        tag: { type: 'string', description: 'target release — the release tag. Default "v<version>".', cli: { metavar: 'TAG' } },
        forge: { type: 'string', choices: ['github', 'gitea', 'forgejo'], description: 'targets release and gitea-generic — github, gitea or forgejo; default detected from the runner.' },
        'api-url': {
            type: 'string',
            description: 'targets release and gitea-generic — API root (default GITHUB_API_URL, e.g. https://gitea.example.com/api/v1).',
            cli: { metavar: 'URL' },
        },
        repository: {
            type: 'string',
            only: 'cli',
            description: 'targets release and gitea-generic — the repository as owner/name (default GITHUB_REPOSITORY).',
            env: ['GITHUB_REPOSITORY'],
            cli: { metavar: 'OWNER/NAME' },
        },
        'base-url': {
            type: 'string',
            description: 'Public download URL template written into the manifest (same placeholders; must contain {version} so no cache serves an old build as new). Default derived from the target. No user:password@.',
            cli: { metavar: 'TEMPLATE' },
        },
        tauri: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)('Also write and upload Tauri\'s static latest.json (same platform keys; signature = base64 of the .minisig text).'),
        'expires-in': {
            type: 'string',
            description: 'Optional validity of the manifest, e.g. 90d or 12h. Verifiers (relforge verify-package) refuse it afterwards, so a frozen mirror cannot serve an old manifest forever; re-publish before it passes. Default no expiry.',
            cli: { metavar: 'DURATION' },
        },
        notes: { type: 'string', description: 'Release notes for latest.json.', cli: { metavar: 'TEXT', fileFlag: true } },
        'out-dir': {
            type: 'string',
            default: 'relforge-packages',
            description: 'Local directory for manifest.json, its signature, manifest.signed.json, latest.json and (stage) the fragment.',
            cli: { metavar: 'DIR' },
        },
        'dry-run': (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)('Verify everything and write the signed manifest locally, upload nothing.'),
        json: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonFlag */ .hG)('Print the result as JSON.'),
    },
    outputs: {
        manifest: 'Path of the local manifest.json (its signature is manifest.json.minisig beside it).',
        'manifest-url': 'Where the manifest is served.',
        'signed-manifest-url': 'Where manifest.signed.json (the manifest and its signature in one file) is served.',
        tauri: 'Path of latest.json (empty unless tauri is true).',
        packages: 'JSON array: [{"platform","file","size","sha256","url"}] (stage: without url).',
        fragment: 'stage true — path of the fragment file written into out-dir.',
    },
});
const verifyPackageSchema = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .defineSchema */ .Jo)({
    name: 'verify-package',
    summary: 'decide install / up to date / refused for a signed package manifest (exit 0 / 10 / 20)',
    options: {
        manifest: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredString */ .Fk)('manifest.json as downloaded, or manifest.signed.json (manifest and signature in one file; then no --signature is needed).', 'FILE'),
        signature: { type: 'string', description: 'manifest.json.minisig (default: <manifest>.minisig; not used with manifest.signed.json).', cli: { metavar: 'FILE', aliases: ['sig'] } },
        'public-key': {
            type: 'string',
            required: true,
            description: 'Pinned minisign public key: a .pub file or its RW… line.',
            env: ['MINISIGN_PUBLIC_KEY'],
            cli: { pathOrValue: true, metavar: 'FILE|RW…', aliases: ['pubkey'] },
        },
        product: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredString */ .Fk)('The product this agent or server installs: a manifest of another product signed by the same key is refused.', 'NAME'),
        platform: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredString */ .Fk)('This machine\'s platform key, e.g. linux-x86_64 (aliases such as linux-amd64 accepted).', 'PLATFORM'),
        installed: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredString */ .Fk)('The installed version, or "none" for a fresh install.', 'VERSION|none'),
        channels: {
            type: 'list',
            description: 'Channels to accept (comma-separated). Default stable plus the installed version\'s prerelease channel (1.3.0-beta.2 → beta).',
            cli: { metavar: 'CHANNELS' },
        },
        'allow-downgrade': (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)('Accept a version older than the installed one (an operator-initiated rollback).'),
        file: { type: 'string', description: 'A downloaded package to check against the manifest: size, SHA-256 and its minisign signature.', cli: { metavar: 'FILE' } },
        json: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)('Print the decision as JSON.'),
    },
});


/***/ }),

/***/ 9766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ verifyPackageSignature)
/* harmony export */ });
/* harmony import */ var _signing_minisign_core_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1310);
/* harmony import */ var _signing_minisign_verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1457);
/**
 * A package's minisign signature checked over the file on disk — the one place both upload-packages and
 * verify-package do it. Prehashed (`ED`) signatures use the BLAKE2b-512 taken in the caller's streamed read;
 * legacy `Ed` signatures are checked over a streamed hash of the file (src/signing/minisign/verify.ts), so memory
 * does not grow with the package's size (issue 13 case 9).
 */


async function verifyPackageSignature(sig, pin, path, blake2b512Hex) {
    const data = sig.algorithm === 'Ed' ? await (0,_signing_minisign_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .legacyMessage */ .p8)(path, sig, pin) : undefined;
    return (0,_signing_minisign_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .verifySignature */ .Od)(sig, pin, { digest: Buffer.from(blake2b512Hex, 'hex'), data });
}


/***/ })

};
