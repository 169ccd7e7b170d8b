export const id = 80;
export const ids = [80];
export const modules = {

/***/ 1080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ upload_packages)
});

// EXTERNAL MODULE: ./src/packages/options.ts
var options = __webpack_require__(7835);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(6316);
// EXTERNAL MODULE: ./src/platform/runtime.ts
var platform_runtime = __webpack_require__(6387);
// EXTERNAL MODULE: ./src/platform/url.ts
var url = __webpack_require__(4130);
// EXTERNAL MODULE: ./src/publishing/forge/index.ts + 3 modules
var publishing_forge = __webpack_require__(28);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/platform/fs.ts
var fs = __webpack_require__(5732);
// EXTERNAL MODULE: ./src/signing/minisign/core/format.ts + 1 modules
var format = __webpack_require__(1310);
// EXTERNAL MODULE: ./src/signing/authenticode/verify.ts + 5 modules
var verify = __webpack_require__(1637);
// EXTERNAL MODULE: ./src/packages/core/platform.ts
var core_platform = __webpack_require__(4646);
// EXTERNAL MODULE: ./src/packages/core/manifest.ts
var core_manifest = __webpack_require__(9008);
// EXTERNAL MODULE: ./src/packages/package-signature.ts
var package_signature = __webpack_require__(9766);
;// CONCATENATED MODULE: ./src/packages/sources.ts
/**
 * The packages of a set before anything is published: the `packages` input (globs or a `platform: file` map)
 * and the verification of every local package against the pinned key (one streamed read each).
 */










/**
 * The `packages` input: either newline-separated glob patterns (platform inferred from each name; files
 * ending in `.minisig` are ignored) or a YAML map `platform: path` (keys may use aliases such as
 * `linux-amd64`; a value may be `{file, authenticode-subject}`). `field` names the option in messages.
 */
async function resolvePackagesInput(text, cwd, field = 'packages') {
    const trimmed = text.trim();
    if (!trimmed)
        throw (0,errors/* fieldError */.$i)(field, 'is empty: give glob patterns (one per line) or a YAML map "platform: file".');
    const map = yamlMap(trimmed, field);
    if (map)
        return resolveMap(map, cwd, field);
    const patterns = trimmed.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    const files = (await (0,fs/* expandFiles */.CC)(patterns, { cwd, inputName: field })).filter((f) => !f.endsWith(core_manifest/* SIG_SUFFIX */.gG));
    if (files.length === 0)
        throw (0,errors/* fieldError */.$i)(field, 'matched only .minisig files; list the packages themselves.');
    return files.map((path) => ({ path, origin: field }));
}
function yamlMap(text, field) {
    if (!/^[^\s#][^\n]*:\s/m.test(text) && !/^[^\s#][^\n]*:\s*$/m.test(text))
        return undefined;
    try {
        const y = (0,dist/* parse */.qg)(text);
        return y && typeof y === 'object' && !Array.isArray(y) ? y : undefined;
    }
    catch (err) {
        throw (0,errors/* fieldError */.$i)(field, `looks like a YAML map but does not parse: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
}
async function resolveMap(map, cwd, field) {
    const out = [];
    const problems = new errors/* Problems */.Zw();
    const seen = new Map();
    for (const [rawKey, value] of Object.entries(map)) {
        let platform;
        try {
            platform = (0,core_platform/* normalizePlatformKey */.ow)(rawKey);
        }
        catch (err) {
            problems.add(field, `has a bad platform key: ${(0,errors/* errorMessage */.gJ)(err)}`);
            continue;
        }
        if (seen.has(platform))
            problems.add(field, `maps both "${seen.get(platform)}" and "${rawKey}" to ${platform}: one file per platform.`);
        seen.set(platform, rawKey);
        const spec = typeof value === 'string' ? { file: value } : value;
        if (!spec || typeof spec.file !== 'string' || !spec.file.trim()) {
            problems.add(field, `needs a file path for ${rawKey} (or {file: path, authenticode-subject: subject}).`);
            continue;
        }
        let files = [];
        try {
            files = (await (0,fs/* expandFiles */.CC)([spec.file], { cwd })).filter((f) => !f.endsWith(core_manifest/* SIG_SUFFIX */.gG));
        }
        catch (err) {
            problems.add(field, `has no file for ${rawKey}: ${(0,errors/* errorMessage */.gJ)(err).replace(/^The file list:? ?/, '')}`);
        }
        if (files.length > 1)
            problems.add(field, `matches ${files.length} files for ${rawKey} (${files.map((f) => (0,external_node_path_.basename)(f)).join(', ')}); one file per platform.`);
        if (files.length === 1) {
            const subject = spec['authenticode-subject'];
            out.push({ platform, path: files[0], authenticodeSubject: typeof subject === 'string' && subject ? subject : undefined, origin: `${field}.${rawKey}` });
        }
    }
    problems.throwIfAny();
    return out;
}
const AUTHENTICODE_FILE = /\.(exe|msi|dll|sys)$/i;
/**
 * Verifies every package against the pinned key with one streamed read each (sha256 + BLAKE2b-512, the
 * prehash of `ED` signatures). Collects every problem, then throws them together.
 */
async function verifyLocalPackages(sources, opts) {
    const problems = new errors/* Problems */.Zw();
    const out = [];
    const byPlatform = new Map();
    for (const src of sources) {
        const file = (0,external_node_path_.basename)(src.path);
        let platform;
        try {
            platform = src.platform ? (0,core_platform/* normalizePlatformKey */.ow)(src.platform) : (0,core_platform/* formatPlatform */.Bq)((0,core_platform/* inferPlatform */.qW)(file));
        }
        catch (err) {
            problems.add((0,errors/* errorMessage */.gJ)(err));
            continue;
        }
        if (byPlatform.has(platform)) {
            problems.add(`Two files for platform ${platform}: ${byPlatform.get(platform)} and ${src.path}. Keep one, or name the platforms explicitly (e.g. with a -<bundle> suffix).`);
            continue;
        }
        byPlatform.set(platform, src.path);
        try {
            const verified = await verifyOne(src, file, platform, opts);
            if (typeof verified === 'string')
                problems.add(verified);
            else
                out.push(verified);
        }
        catch (err) {
            problems.add(`Package ${file} (${platform}): ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    const present = new Set(out.map((p) => p.platform));
    for (const raw of opts.requirePlatforms ?? []) {
        let key;
        try {
            key = (0,core_platform/* normalizePlatformKey */.ow)(raw);
        }
        catch (err) {
            problems.add('require-platforms', `has a bad platform key: ${(0,errors/* errorMessage */.gJ)(err)}`);
            continue;
        }
        if (!present.has(key) && !byPlatform.has(key))
            problems.add(`Required platform ${key} is missing: no package was given for it (found: ${[...byPlatform.keys()].sort().join(', ') || 'none'}).`);
    }
    problems.throwIfAny();
    return out.sort((a, b) => (a.platform < b.platform ? -1 : 1));
}
/** One package: signature by the pinned key, signed version/platform/product, Authenticode. A string is the refusal. */
async function verifyOne(src, file, platform, opts) {
    if (!core_manifest/* FILE_RE */.FW.test(file))
        return `Package file name "${file}" (${platform}) is not safe for URLs and registries: use letters, digits and . _ - + ~ = @ only, starting with a letter or digit.`;
    const sigPath = src.signaturePath ?? `${src.path}${core_manifest/* SIG_SUFFIX */.gG}`;
    let sigText;
    try {
        sigText = (0,core_manifest/* normalizeMinisig */.Ej)(await (0,promises_.readFile)(sigPath, 'utf8'));
    }
    catch {
        return `Package ${file} (${platform}) is unsigned: ${sigPath} does not exist. Sign it first (relforge sign-ed25519 / minisign -S) with the key whose public key is pinned.`;
    }
    const sig = (0,format/* parseSignature */.uT)(sigText);
    if (!sig.keyId.equals(opts.publicKey.keyId)) {
        return `Package ${file} (${platform}) is signed by key ${sig.keyIdHex}, not by the pinned key ${opts.publicKey.keyIdHex}: re-sign it with the release key or fix the public-key input.`;
    }
    const digests = await (0,fs/* hashFile */.DC)(src.path, ['sha256', 'blake2b512']);
    if (src.expectedSha256 && src.expectedSha256 !== digests.sha256) {
        return `Package ${file} (${platform}) changed since it was staged: ${src.origin ?? 'the fragment'} says sha256 ${src.expectedSha256}, the file has ${digests.sha256}.`;
    }
    const result = await (0,package_signature/* verifyPackageSignature */.Y)(sig, opts.publicKey, src.path, digests.blake2b512);
    const refusal = trustedCommentRefusal(result.trustedComment, file, platform, opts);
    if (refusal)
        return refusal;
    let authenticodeSubject;
    if (opts.authenticode && (0,core_platform/* parsePlatformKey */.sW)(platform).os === 'windows' && AUTHENTICODE_FILE.test(file)) {
        const { requireTimestamp, ...pins } = opts.authenticode;
        try {
            const ac = await (0,verify/* verifyAuthenticodeFile */.ti)(src.path, src.authenticodeSubject ? { ...pins, subject: src.authenticodeSubject } : pins, { requireTimestamp });
            authenticodeSubject = ac.signerSubject;
            opts.log?.(`Authenticode ${file}: ${ac.signerSubject}`);
        }
        catch (err) {
            return `Package ${file} (${platform}): ${(0,errors/* errorMessage */.gJ)(err)}`;
        }
    }
    else if (src.authenticodeSubject) {
        return `Package ${file} (${platform}) declares Authenticode subject "${src.authenticodeSubject}" but ${opts.authenticode ? 'it is not a Windows .exe/.msi/.dll/.sys' : 'no authenticode-root is set to verify it'}: the manifest records only verified signers.`;
    }
    opts.log?.(`verified ${file} → ${platform} (${digests.size} bytes, sha256 ${digests.sha256.slice(0, 16)}…, key ${result.keyIdHex})`);
    return { platform, file, path: src.path, size: digests.size, sha256: digests.sha256, signature: sigText, authenticodeSubject };
}
/** A signed version, platform or product in the package's trusted comment must be the one being published. */
function trustedCommentRefusal(comment, file, platform, opts) {
    const signedVersion = (0,format/* trustedCommentField */.Dk)(comment, 'version');
    if (signedVersion !== undefined && (0,core_manifest/* normalizeVersion */.Qj)(signedVersion) !== opts.version) {
        return `Package ${file} (${platform}) is signed for version "${signedVersion}", not ${opts.version}: refusing a validly signed file of another version (rollback protection). Rebuild and re-sign it for ${opts.version}.`;
    }
    const signedPlatform = (0,format/* trustedCommentField */.Dk)(comment, 'platform');
    if (signedPlatform !== undefined && signedPlatform !== '') {
        let norm = signedPlatform;
        try {
            norm = (0,core_platform/* normalizePlatformKey */.ow)(signedPlatform);
        }
        catch {
            /* compared verbatim */
        }
        if (norm !== platform)
            return `Package ${file} is signed for platform "${signedPlatform}" but is being published as ${platform}: fix the platform mapping.`;
    }
    const signedProduct = (0,format/* trustedCommentField */.Dk)(comment, 'product');
    if (signedProduct !== undefined && signedProduct !== opts.product)
        return `Package ${file} (${platform}) is signed for product "${signedProduct}", not ${opts.product}.`;
    return undefined;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/packages/common.ts
/**
 * What stage and upload share: the settings every package set has (product, version, channel, commit, pinned
 * key), checked by field, and the reproducible `created` time of a manifest.
 */



/** Checks the common settings; every problem by field, thrown together. */
function resolveCommon(s, problems = new errors/* Problems */.Zw()) {
    if (!core_manifest/* PRODUCT_RE */.AN.test(s.product ?? ''))
        problems.add('product', `must be a package name (letters, digits, . _ + -; starting with a letter or digit), got "${s.product ?? ''}".`);
    const version = (0,core_manifest/* normalizeVersion */.Qj)(s.version ?? '');
    if (!version)
        problems.add('version', `must be a SemVer version such as 1.4.0 or 1.4.0-beta.2 (a leading v is fine), got "${s.version ?? ''}".`);
    const channel = (s.channel ?? '').trim() || (version ? (0,core_manifest/* defaultChannel */.jR)(version) : 'stable');
    if (!core_manifest/* CHANNEL_RE */.kR.test(channel))
        problems.add('channel', `must be lower-case letters, digits and -, starting with a letter (e.g. stable, beta), got "${channel}".`);
    else if (version) {
        const p = (0,core_manifest/* channelVersionProblem */.BR)(version, channel);
        if (p)
            problems.add('channel', p);
    }
    const commit = (s.commit ?? '').trim().toLowerCase();
    if (commit && !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(commit))
        problems.add('commit', `must be a full git SHA, got "${s.commit}".`);
    let pin;
    if (!s.publicKey?.trim())
        problems.add('public-key', 'is required: every package signature and the manifest key are checked against this pinned minisign public key.');
    else {
        try {
            pin = (0,format/* parsePublicKey */.ee)(s.publicKey.trim());
        }
        catch (err) {
            problems.add('public-key', `is not a minisign public key: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    problems.throwIfAny();
    return { product: s.product, version: version, channel, commit, pin: pin };
}
const RFC3339_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const iso = (ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
/**
 * The manifest's `created`, never the clock when avoidable, so a re-run over the same inputs writes the same
 * bytes (and the same signature): the explicit value, else SOURCE_DATE_EPOCH, else the commit's committer
 * time (read from the repository at `cwd`), else the clock (with a note: re-runs will differ).
 */
async function manifestCreated(o) {
    if (o.created) {
        if (!RFC3339_SECONDS.test(o.created) || Number.isNaN(Date.parse(o.created)))
            throw (0,errors/* fieldError */.$i)('created', `must be an RFC 3339 UTC timestamp like 2026-01-31T12:00:00Z, got "${o.created}".`);
        return o.created;
    }
    // Loaded only here: the git adapter is not needed when "created" is given.
    const { releaseTime } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2323));
    const t = await releaseTime({ env: o.env, cwd: o.cwd, rev: o.commit || undefined });
    if (t)
        return iso(t.seconds * 1000);
    o.log?.(`note: "created" is the current time (no SOURCE_DATE_EPOCH, and commit ${o.commit || '(none)'} is not in a repository here): a re-run will sign a new manifest. Check out the repository or set SOURCE_DATE_EPOCH for identical re-runs.`);
    return iso(Date.now());
}
const DURATION = /^\s*(\d+)\s*([dhm])\s*$/;
/** Why `duration` is not a valid `expires-in` (continues after the option's name), or undefined. */
function expiresInProblem(duration) {
    const m = DURATION.exec(duration);
    return !m || Number(m[1]) === 0 ? `must be a positive duration like 90d, 12h or 30m, got "${duration}".` : undefined;
}
/** `created` + a duration such as `90d`, `12h`, `30m` (input `expires-in`). */
function expiryFrom(created, duration) {
    const problem = expiresInProblem(duration);
    if (problem)
        throw (0,errors/* fieldError */.$i)('expires-in', problem);
    const m = DURATION.exec(duration);
    const ms = Number(m[1]) * { d: 86_400_000, h: 3_600_000, m: 60_000 }[m[2]];
    return iso(Date.parse(created) + ms);
}

;// CONCATENATED MODULE: ./src/packages/stage.ts
/**
 * Matrix builds: each build job stages its verified packages as a fragment (`stage: true`); the final job
 * merges every fragment (`fragments`) and publishes once — no read-modify-write of a shared manifest.
 */








async function linkOrCopy(from, to) {
    await (0,promises_.rm)(to, { force: true });
    try {
        await (0,promises_.link)(from, to);
    }
    catch {
        await (0,promises_.copyFile)(from, to);
    }
}
/**
 * `stage: true`: verifies this job's packages and writes a fragment into `outDir`:
 * `<outDir>/<platform>/<file>` (+ `.minisig`) and `<outDir>/fragment-<platforms>.json`. Upload `outDir`
 * as an artifact; the final job merges every fragment with `mergeFragments` / the `fragments` input.
 */
async function stagePackages(s) {
    const r = resolveCommon(s);
    const verified = await verifyLocalPackages(s.packages, { publicKey: r.pin, product: r.product, version: r.version, requirePlatforms: s.requirePlatforms, authenticode: s.authenticode, log: s.log });
    const dir = (0,external_node_path_.resolve)(s.outDir);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const fragment = { schema: core_manifest/* FRAGMENT_SCHEMA */.ZO, product: r.product, version: r.version, channel: r.channel, commit: r.commit, keyId: r.pin.keyIdHex, packages: [] };
    for (const p of verified) {
        const sub = (0,external_node_path_.join)(dir, p.platform);
        await (0,promises_.mkdir)(sub, { recursive: true });
        const dest = (0,external_node_path_.join)(sub, p.file);
        if ((0,external_node_path_.resolve)(p.path) !== dest)
            await linkOrCopy(p.path, dest);
        await (0,promises_.writeFile)(`${dest}${core_manifest/* SIG_SUFFIX */.gG}`, p.signature);
        fragment.packages.push({
            platform: p.platform,
            file: p.file,
            path: `${p.platform}/${p.file}`,
            size: p.size,
            sha256: p.sha256,
            signatures: p.authenticodeSubject ? { minisign: p.signature, authenticode: { subject: p.authenticodeSubject } } : { minisign: p.signature },
        });
    }
    const fragmentPath = (0,external_node_path_.join)(dir, (0,core_manifest/* fragmentFileName */.SM)(verified.map((p) => p.platform)));
    let text;
    try {
        text = (0,core_manifest/* serializeFragment */.t8)(fragment);
    }
    catch (err) {
        throw (0,errors/* asUserError */.Yl)(err);
    }
    await (0,promises_.writeFile)(fragmentPath, text);
    s.log?.(`staged ${verified.length} package(s) in ${dir}; fragment ${(0,external_node_path_.basename)(fragmentPath)}`);
    return { fragmentPath, dir, packages: verified };
}
/**
 * Reads fragment files (absolute paths or globs relative to `cwd`), refuses conflicts (mergeFragmentSet),
 * and returns the packages as sources for uploadPackages (their hashes are re-checked against the files).
 * `inputName` is the option that named the fragments (for messages).
 */
async function mergeFragments(patterns, opts = {}) {
    const cwd = (0,external_node_path_.resolve)(opts.cwd ?? process.cwd());
    const field = opts.inputName ?? 'fragments';
    const files = (await (0,fs/* expandFiles */.CC)(patterns, { cwd, inputName: field })).filter((f) => f.endsWith('.json'));
    if (files.length === 0)
        throw (0,errors/* fieldError */.$i)(field, 'matched no fragment .json files; download the staged artifacts first.');
    const list = [];
    let merged;
    try {
        for (const f of files) {
            const name = (0,external_node_path_.relative)(cwd, f) || (0,external_node_path_.basename)(f);
            list.push({ name, fragment: (0,core_manifest/* parseFragment */.oH)(await (0,promises_.readFile)(f, 'utf8'), name), dir: (0,external_node_path_.dirname)(f) });
        }
        merged = (0,core_manifest/* mergeFragmentSet */.BQ)(list);
    }
    catch (err) {
        throw (0,errors/* asUserError */.Yl)(err);
    }
    const expected = [];
    if (opts.product !== undefined && opts.product !== merged.product)
        expected.push(`product "${merged.product}", but this job publishes "${opts.product}"`);
    if (opts.version !== undefined && (0,core_manifest/* normalizeVersion */.Qj)(opts.version) !== merged.version)
        expected.push(`version ${merged.version}, but this job publishes ${opts.version}`);
    if (opts.channel && opts.channel !== merged.channel)
        expected.push(`channel ${merged.channel}, but this job publishes ${opts.channel}`);
    if (expected.length)
        throw new errors/* RelforgeError */.fY(`The fragments were staged for ${expected.join('; ')}: stage and merge with the same inputs (or clean out old artifacts).`);
    const dirs = new Map(list.map((l) => [l.name, l.dir]));
    const packages = [];
    for (const p of merged.packages) {
        const path = (0,external_node_path_.join)(dirs.get(p.fragment), ...p.path.split('/'));
        // The signature next to the staged file must be the one the fragment recorded.
        const sig = (0,external_node_fs_.existsSync)(`${path}${core_manifest/* SIG_SUFFIX */.gG}`) ? (0,core_manifest/* normalizeMinisig */.Ej)(await (0,promises_.readFile)(`${path}${core_manifest/* SIG_SUFFIX */.gG}`, 'utf8')) : undefined;
        if (sig !== undefined && sig !== (0,core_manifest/* normalizeMinisig */.Ej)(p.signatures.minisign)) {
            throw new errors/* RelforgeError */.fY(`${p.file}${core_manifest/* SIG_SUFFIX */.gG} next to ${p.fragment} differs from the signature recorded in the fragment: re-run the build job that staged ${p.platform}.`);
        }
        if (sig === undefined)
            await (0,promises_.writeFile)(`${path}${core_manifest/* SIG_SUFFIX */.gG}`, (0,core_manifest/* normalizeMinisig */.Ej)(p.signatures.minisign));
        packages.push({ platform: p.platform, path, authenticodeSubject: p.signatures.authenticode?.subject, expectedSha256: p.sha256, origin: p.fragment });
    }
    return { product: merged.product, version: merged.version, channel: merged.channel, commit: merged.commit, keyId: merged.keyId, packages };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/platform/http.ts
var http = __webpack_require__(1267);
;// CONCATENATED MODULE: ./src/packages/urls.ts
/**
 * URL templates of a package set: checks by field (userinfo and plain http refused by the platform's one URL
 * policy, then the template rules of core/manifest.ts), the set-level template, and expansion.
 */




/** Problems with a URL template input (`upload-url`, `base-url`), by field. */
function templateProblems(template, field) {
    const urlProblem = (0,url/* urlInputProblem */.F)(template, { allowTemplate: true });
    if (urlProblem)
        return [{ field, message: urlProblem }];
    return (0,core_manifest/* urlTemplateProblems */.mu)(template, field);
}
/** Removes path segments holding per-platform placeholders: where the manifest and latest.json go. */
function setLevelTemplate(template) {
    const u = template.split('?')[0];
    const rest = template.slice(u.length);
    const parts = u.split('/');
    return parts.filter((seg, i) => i < 3 || !/\{(platform|os|arch)\}/.test(seg)).join('/') + rest;
}
/** Template values for a file of the set (`platform` undefined for set-level files). */
function urlValues(r, platform, file) {
    const v = { product: r.product, version: r.version, channel: r.channel, file };
    if (platform) {
        const p = (0,core_platform/* parsePlatformKey */.sW)(platform);
        v.platform = platform;
        v.os = p.os;
        v.arch = p.arch;
    }
    return v;
}
function expand(template, values) {
    try {
        return (0,core_manifest/* expandUrlTemplate */.S)(template, values);
    }
    catch (err) {
        throw (0,errors/* asUserError */.Yl)(err);
    }
}

;// CONCATENATED MODULE: ./src/packages/targets/target.ts
/** What every target keeps: its options, and the publish's logger (set again by each `bind`). */
class TargetBase {
    o;
    log = () => { };
    constructor(o) {
        this.o = o;
    }
}

;// CONCATENATED MODULE: ./src/packages/targets/http.ts
/**
 * Target `http`: PUT each file to an update server (URL template + bearer token), HEAD first to skip bytes the
 * server already holds, then read back (the server's digest header, else a streamed re-download).
 */









/** sha256 hex from digest headers: RFC 9530 Repr-Digest / Content-Digest, RFC 3230 Digest, x-checksum-sha256, x-amz-checksum-sha256. */
function digestFromHeaders(headers) {
    const h = (n) => {
        const v = headers[n];
        return Array.isArray(v) ? v.join(',') : v;
    };
    for (const name of ['repr-digest', 'content-digest']) {
        const m = /(?:^|,)\s*sha-256=:([A-Za-z0-9+/=]+):/i.exec(h(name) ?? '');
        if (m)
            return Buffer.from(m[1], 'base64').toString('hex');
    }
    const d = /(?:^|,)\s*sha-256=([A-Za-z0-9+/=]+)/i.exec(h('digest') ?? '');
    if (d)
        return Buffer.from(d[1], 'base64').toString('hex');
    const x = h('x-checksum-sha256');
    if (x && /^[0-9a-f]{64}$/i.test(x.trim()))
        return x.trim().toLowerCase();
    const a = h('x-amz-checksum-sha256');
    if (a)
        return Buffer.from(a.trim(), 'base64').toString('hex');
    return undefined;
}
class HttpTarget extends TargetBase {
    kind = 'http';
    flatNamespace = false;
    replacesLivePackages = true;
    bind(ctx) {
        this.log = ctx.log;
        const problems = [];
        if (!this.o.uploadUrl)
            problems.push({ field: 'upload-url', message: 'is required for target http (a PUT URL template such as https://updates.example.com/api/v1/packages/{product}/{version}/{platform}/{file}).' });
        else
            problems.push(...templateProblems(this.o.uploadUrl, 'upload-url'));
        if (!this.o.token && !ctx.dryRun)
            problems.push({ field: 'package-token', message: 'is required for target http (the bearer token the update server accepts for uploads).' });
        return { problems, downloadTemplate: this.o.uploadUrl };
    }
    destination(f) {
        return (0,core_manifest/* expandUrlTemplate */.S)(f.platform ? this.o.uploadUrl : setLevelTemplate(this.o.uploadUrl), f.values);
    }
    async inspect(f) {
        const back = await this.remoteSha256(this.destination(f));
        if (!back)
            return 'absent';
        return back.sha256 === f.sha256 && (back.size === undefined || back.size === f.size) ? 'same' : 'different';
    }
    async remove(files) {
        for (const f of files) {
            const url = this.destination(f);
            const res = await this.send('DELETE', url);
            if (res.status === 404)
                continue;
            if (res.status === 405 || res.status === 501) {
                throw new errors/* RelforgeError */.fY(`The update server does not accept DELETE for ${url} (HTTP ${res.status}), so the live set of this version cannot be taken down before it is replaced (clients would see a manifest beside replaced files). Publish a new version, or let the package-token delete files. Nothing was changed.`);
            }
            if (res.status < 200 || res.status > 299)
                throw this.fail(res, `take down ${f.name} at ${url}`);
            this.log(`took down ${f.name} (${url}) before replacing the set`);
        }
    }
    async put(files) {
        const out = [];
        for (const f of files)
            out.push(await this.putOne(f));
        return out;
    }
    async finish() {
        return [];
    }
    /** Every URL here is the configured upload-url template expanded: its origin is the one the token may go to. */
    send(method, url, extra = {}) {
        const credentials = { headers: { authorization: `Bearer ${this.o.token}` }, origins: [new URL(url).origin], what: 'the package-token' };
        return (0,http/* request */.Em)({ method, url, credentials, needsCredentials: true, attempts: this.o.attempts, baseDelayMs: this.o.baseDelayMs, ...extra });
    }
    fail(res, what) {
        const hint = res.status === 401 || res.status === 403
            ? ' Check the package-token input: the update server refused it (it needs permission to upload).'
            : res.status >= 500
                ? ' The server failed after every retry; re-run the step (it converges: files already there with the same bytes are skipped).'
                : '';
        return new errors/* RelforgeError */.fY(`${(0,http/* describeFailure */.Ic)(res, `Could not ${what}`)}.${hint}`);
    }
    /** sha256 of what the server serves: its digest header, else a streamed re-download; undefined when absent. */
    async remoteSha256(url) {
        if (this.o.readBack === 'download')
            return this.download(url);
        const head = await this.send('HEAD', url);
        if (head.status === 404)
            return undefined;
        // Servers without HEAD: verify by downloading.
        if (head.status === 405 || head.status === 501)
            return this.download(url);
        if (head.status < 200 || head.status > 299)
            throw this.fail(head, `check ${url}`);
        const d = digestFromHeaders(head.headers);
        const size = head.headers['content-length'] !== undefined ? Number(head.headers['content-length']) : undefined;
        return d ? { sha256: d, size, by: 'server digest' } : this.download(url);
    }
    async download(url) {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'relforge-readback-'));
        try {
            const dest = (0,external_node_path_.join)(dir, 'file');
            const res = await this.send('GET', url, { saveTo: dest });
            if (res.status === 404)
                return undefined;
            if (res.status < 200 || res.status > 299)
                throw this.fail(res, `download ${url} to verify it`);
            const h = await (0,fs/* hashFile */.DC)(dest, ['sha256']);
            return { sha256: h.sha256, size: h.size, by: 're-download' };
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
    /** Uploads one file unless the server already has the same bytes; then verifies what the server holds. */
    async putOne(f) {
        const url = this.destination(f);
        const before = await this.remoteSha256(url);
        if (before && before.sha256 === f.sha256 && (before.size === undefined || before.size === f.size)) {
            this.log(`unchanged ${f.name} (the server already holds these bytes)`);
            return { name: f.name, url, outcome: 'unchanged', verifiedBy: before.by };
        }
        const res = await this.send('PUT', url, {
            headers: { 'content-type': 'application/octet-stream' },
            body: { file: f.path },
            timeoutMs: 300_000,
            deadlineMs: 3_600_000,
        });
        if (res.status < 200 || res.status > 299)
            throw this.fail(res, `upload ${f.name} to ${url}`);
        const back = await this.remoteSha256(url);
        if (!back)
            throw new errors/* RelforgeError */.fY(`Uploaded ${f.name} to ${url} (HTTP ${res.status}) but the server does not serve it back (HTTP 404): check the upload-url template and the server.`);
        if (back.sha256 !== f.sha256 || (back.size !== undefined && back.size !== f.size)) {
            throw new errors/* RelforgeError */.fY(`Checksum mismatch after uploading ${f.name}: the server holds sha256 ${back.sha256}${back.size !== undefined ? ` (${back.size} bytes)` : ''}, the local file is ${f.sha256} (${f.size} bytes). Nothing further was published (no manifest); re-run the step, and check the server or proxy if it repeats.`);
        }
        const outcome = before ? 'replaced' : 'uploaded';
        this.log(`${outcome} ${f.name} → ${url} (verified by ${back.by})`);
        return { name: f.name, url, outcome, verifiedBy: back.by };
    }
}
function httpTarget(o) {
    return new HttpTarget(o);
}

// EXTERNAL MODULE: ./src/publishing/forge/types.ts
var types = __webpack_require__(7912);
;// CONCATENATED MODULE: ./src/packages/targets/gitea-generic.ts
/**
 * Target `gitea-generic`: files of the Gitea/Forgejo generic package `{owner}/{product}/{version}` through the
 * Forge interface. Gitea answers 409 to a same-name file, so other bytes are deleted and re-uploaded; every file
 * is read back from the registry's file list (sha256 + size).
 */



class GiteaGenericTarget extends TargetBase {
    ref;
    kind = 'gitea-generic';
    flatNamespace = true;
    replacesLivePackages = true;
    bind(ctx) {
        this.log = ctx.log;
        const { forge } = this.o;
        const problems = [];
        if (!forge.capabilities.genericPackages) {
            problems.push({ field: 'target', message: `is gitea-generic, but this forge (${forge.kind}) has no generic package registry: use target release or http.` });
        }
        const server = (this.o.serverUrl ?? forge.apiUrl.replace(/\/api\/v1\/?$/, '')).replace(/\/+$/, '');
        const owner = this.o.owner ?? forge.owner;
        this.ref = { owner, name: ctx.product, version: ctx.version };
        return { problems, downloadTemplate: `${server}/api/packages/${encodeURIComponent(owner)}/generic/{product}/{version}/{file}` };
    }
    destination(f) {
        return f.publicUrl;
    }
    async listed() {
        return new Map((await this.o.forge.listPackageFiles(this.ref)).map((f) => [f.name, f]));
    }
    async inspect(f) {
        const have = (await this.listed()).get(f.name);
        if (!have)
            return 'absent';
        return have.sha256 === f.sha256 && have.size === f.size ? 'same' : 'different';
    }
    async remove(files) {
        const existing = await this.listed();
        for (const f of files) {
            if (!existing.has(f.name))
                continue;
            await this.o.forge.deletePackageFile(this.ref, f.name);
            this.log(`took down ${f.name} before replacing the set`);
        }
    }
    async put(batch) {
        const { forge } = this.o;
        const existing = await this.listed();
        const out = [];
        for (const f of batch) {
            const have = existing.get(f.name);
            if (have && have.sha256 === f.sha256 && have.size === f.size) {
                out.push({ name: f.name, url: f.publicUrl, outcome: 'unchanged', verifiedBy: 'package-file sha256' });
                this.log(`unchanged ${f.name} (the registry already holds these bytes)`);
                continue;
            }
            if (have)
                await forge.deletePackageFile(this.ref, f.name);
            const replaced = await this.upload(f);
            const outcome = have || replaced ? 'replaced' : 'uploaded';
            out.push({ name: f.name, url: f.publicUrl, outcome, verifiedBy: 'package-file sha256' });
            this.log(`${outcome} ${f.name} → ${f.publicUrl}`);
        }
        await this.readBack(batch);
        return out;
    }
    /** Uploads one file; on 409 (a parallel or timed-out earlier upload won) compares and replaces. True when replaced. */
    async upload(f) {
        const spec = { path: f.path, name: f.name, size: f.size, contentType: 'application/octet-stream' };
        try {
            await this.o.forge.uploadPackageFile(this.ref, spec);
            return false;
        }
        catch (err) {
            if (!(err instanceof types/* PackageFileExistsError */.dm))
                throw err;
            const now = (await this.listed()).get(f.name);
            if (now && now.sha256 === f.sha256)
                return false;
            await this.o.forge.deletePackageFile(this.ref, f.name);
            await this.o.forge.uploadPackageFile(this.ref, spec);
            return true;
        }
    }
    /** The registry's sha256 for every file of the batch. */
    async readBack(batch) {
        const after = await this.listed();
        const { owner, name, version } = this.ref;
        for (const f of batch) {
            const got = after.get(f.name);
            if (!got)
                throw new errors/* RelforgeError */.fY(`Uploaded ${f.name} but the package registry does not list it (${owner}/${name} ${version}); nothing further was published. Re-run the step.`);
            if (got.sha256 !== f.sha256 || got.size !== f.size) {
                throw new errors/* RelforgeError */.fY(`Checksum mismatch after uploading ${f.name}: the registry reports sha256 ${got.sha256} (${got.size} bytes), the local file is ${f.sha256} (${f.size} bytes). The manifest was not uploaded; re-run the step.`);
            }
        }
    }
    async finish(all) {
        const ours = new Set(all.map((f) => f.name));
        const others = [...(await this.listed()).keys()].filter((n) => !ours.has(n));
        if (others.length)
            this.log(`note: package ${this.ref.name} ${this.ref.version} also holds files this run did not publish (kept, not in the manifest): ${others.join(', ')}`);
        return [];
    }
}
function giteaGenericTarget(o) {
    return new GiteaGenericTarget(o);
}

// EXTERNAL MODULE: ./src/publishing/publish-release.ts + 1 modules
var publish_release = __webpack_require__(1921);
;// CONCATENATED MODULE: ./src/packages/targets/release.ts
/**
 * Target `release`: assets of the forge release for a tag, through the shared publish recipe
 * (src/publishing/publish-release.ts: draft → upload → verify → publish, add-only on a live release).
 *
 * A release that is not live yet (absent or a draft) is invisible to clients: every file goes into the draft and
 * the release is published once all of them are verified (`finish`). A live release is visible at every step, so
 * each `put` is its own publish-recipe run: the packages first, then each set file, in the order upload-packages
 * gives (the manifest last).
 */








class ReleaseTarget extends TargetBase {
    repository;
    adapter;
    /** The published release, once looked up (null: none is live), and its assets as last listed. */
    live;
    assets;
    deferred = [];
    kind = 'release';
    flatNamespace = true;
    replacesLivePackages = false;
    constructor(o) {
        super(o);
        this.repository = (o.repository ?? process.env.GITHUB_REPOSITORY ?? '').trim();
    }
    bind(ctx) {
        this.log = ctx.log;
        this.live = undefined;
        this.assets = undefined;
        this.deferred = [];
        const problems = [];
        if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(this.repository)) {
            problems.push({ field: 'repository', message: `must be "owner/name" for target release (GITHUB_REPOSITORY), got "${this.repository}".` });
        }
        if (!this.o.token && typeof this.o.forge !== 'object' && !ctx.dryRun)
            problems.push({ field: 'token', message: 'is required for target release (a forge token that may write releases).' });
        // A release's asset URLs carry the tag (hence the version) literally.
        return { problems, downloadTemplate: `${this.o.serverUrl.replace(/\/+$/, '')}/${this.repository}/releases/download/${encodeURIComponent(this.o.tag)}/{file}` };
    }
    destination(f) {
        return f.publicUrl;
    }
    forge() {
        if (typeof this.o.forge === 'object')
            return this.o.forge;
        this.adapter ??= (0,publishing_forge/* createForge */.u_)({ token: this.o.token, forge: this.o.forge, apiUrl: this.o.apiUrl, repository: this.repository });
        return this.adapter;
    }
    async liveRelease() {
        if (this.live === undefined)
            this.live = (await this.forge().findRelease(this.o.tag)).published ?? null;
        return this.live;
    }
    async inspect(f) {
        const live = await this.liveRelease();
        if (!live)
            return 'absent'; // a draft is invisible to clients
        this.assets ??= await this.forge().listAssets(live);
        const same = this.assets.filter((a) => a.name === f.name);
        if (same.length === 0)
            return 'absent';
        for (const a of same) {
            if (a.size !== f.size)
                return 'different';
            const sha = await this.assetSha256(live, a);
            if (sha !== undefined && sha !== f.sha256)
                return 'different';
        }
        return 'same';
    }
    /** The asset's sha256: the forge's digest, else a re-download of files up to 64 MiB (undefined above: same size is all we know). */
    async assetSha256(release, a) {
        if (a.sha256)
            return a.sha256;
        if (a.size > 64 * 1024 * 1024)
            return undefined;
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'relforge-asset-'));
        try {
            await this.forge().downloadAsset(release, a, (0,external_node_path_.join)(dir, 'asset'));
            return (await (0,fs/* hashFile */.DC)((0,external_node_path_.join)(dir, 'asset'), ['sha256'])).sha256;
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
    async remove(files) {
        const live = await this.liveRelease();
        if (!live)
            return;
        const assets = await this.forge().listAssets(live);
        this.assets = undefined;
        for (const f of files) {
            for (const a of assets.filter((x) => x.name === f.name)) {
                await this.forge().deleteAsset(live, a);
                this.log(`took down ${f.name} from release ${this.o.tag} before replacing the set`);
            }
        }
    }
    async put(files) {
        const live = await this.liveRelease();
        if (!live) {
            this.deferred.push(...files);
            return [];
        }
        // Live: this batch alone, verified before the next one goes up; the release keeps its other assets and its
        // prerelease flag.
        return this.publish(files, live.prerelease);
    }
    async finish() {
        if (!this.deferred.length)
            return [];
        const files = this.deferred;
        this.deferred = [];
        return this.publish(files, 'auto');
    }
    async publish(files, prerelease) {
        this.assets = undefined;
        const res = await (0,publish_release/* publishRelease */.Dl)({
            tag: this.o.tag,
            files: files.map((f) => f.path),
            checksums: false,
            prerelease,
            forge: this.forge(),
            retryDelayMs: this.o.retryDelayMs,
            log: this.log,
        });
        if (!res.published)
            throw new errors/* RelforgeError */.fY(`The release ${this.o.tag} was not published; its packages and manifest are uploaded but not visible. Re-run the step.`);
        return files.map((f) => this.result(f, res));
    }
    result(f, res) {
        const uploaded = res.actions.some((a) => a.startsWith(`upload ${f.name} (`));
        const replaced = uploaded && res.actions.some((a) => a.startsWith(`delete ${f.name} `));
        const reported = res.assets.find((a) => a.name === f.name)?.url;
        // The manifest names `{server}/{owner}/{repo}/releases/download/{tag}/{file}`: GitHub's browser_download_url, and a
        // route Gitea/Forgejo serve too (their API reports /attachments/{uuid} instead, which is not version-specific).
        if (reported && decodeURIComponent(reported) !== decodeURIComponent(f.publicUrl))
            this.log(`note: the forge reports ${reported} for ${f.name}; the manifest keeps the version-specific ${f.publicUrl}`);
        return { name: f.name, url: f.publicUrl, outcome: replaced ? 'replaced' : uploaded ? 'uploaded' : 'unchanged', verifiedBy: 'release asset digest/size' };
    }
}
function releaseTarget(o) {
    return new ReleaseTarget(o);
}

;// CONCATENATED MODULE: ./src/packages/settings.ts
/**
 * upload-packages' option values (options.ts) → the operation's settings, for both front ends: which packages
 * (globs, map or fragments), stage or upload, and which PackageTarget. Problems are by field; each front end
 * words the field its own way (action input or CLI flag).
 */









/** Reads the packages (or fragments) and builds stage or upload settings. */
async function uploadPackagesRequest(v, fe) {
    const problems = new errors/* Problems */.Zw();
    const text = fe.kind === 'action' ? v.packages : (v.map ?? v['package-files'].join('\n'));
    const field = fe.kind === 'action' ? 'packages' : v.map !== undefined ? 'map' : 'package-files';
    const given = [!!text?.trim(), v.fragments.length > 0].filter(Boolean).length;
    if (given === 0)
        problems.add(field, 'is required (glob patterns or a "platform: file" map), or {{fragments}} in the merge job of a matrix.');
    if (given === 2)
        problems.add(field, 'and {{fragments}} cannot both be set: the packages of this job, or the fragments of a matrix\'s build jobs.');
    if (v.stage && v.fragments.length)
        problems.add('stage', 'writes a fragment and {{fragments}} merges them: use stage in the build jobs and fragments in the final job.');
    if (!v['authenticode-root'] && (v['authenticode-subject'] || v['authenticode-eku'].length)) {
        problems.add('authenticode-root', 'is needed with {{authenticode-subject}} / {{authenticode-eku}}: the trusted roots to verify the Windows packages against.');
    }
    if (fe.kind === 'cli' && v.map !== undefined && v['package-files'].length)
        problems.add('map', 'and {{package-files}} cannot be combined: give one of them.');
    problems.throwIfAny();
    const common = {
        product: v.product,
        version: v.version,
        channel: v.channel,
        commit: v.commit ?? fe.env.GITHUB_SHA ?? '',
        publicKey: v['public-key'],
        requirePlatforms: v['require-platforms'],
        outDir: v['out-dir'],
        authenticode: v['authenticode-root']
            ? { roots: v['authenticode-root'], tsaRoots: v['authenticode-tsa-root'], subject: v['authenticode-subject'], ekus: v['authenticode-eku'] }
            : undefined,
        log: fe.log,
    };
    let packages;
    if (v.fragments.length) {
        const merged = await mergeFragments(v.fragments, { cwd: fe.cwd, inputName: 'fragments', product: v.product, version: v.version, channel: v.channel });
        packages = merged.packages;
        common.channel ||= merged.channel;
        common.commit ||= merged.commit;
    }
    else
        packages = await resolvePackagesInput(text, fe.cwd, field);
    if (v.stage)
        return { stage: true, settings: { ...common, packages } };
    const kind = v.target ?? (v['upload-url'] ? 'http' : 'release');
    const settings = {
        ...common,
        packages,
        target: packageTarget(kind, v, fe),
        privateKey: v['private-key'],
        password: v.password,
        baseUrl: v['base-url'],
        tauri: v.tauri,
        notes: v.notes,
        expiresIn: v['expires-in'],
        dryRun: v['dry-run'],
        cwd: fe.cwd,
    };
    return { stage: false, settings };
}
/** The PackageTarget for `target` from the option values (its settings are checked when the upload binds it). */
function packageTarget(kind, v, fe) {
    const apiProblem = v['api-url'] ? (0,url/* urlInputProblem */.F)(v['api-url']) : undefined;
    if (apiProblem)
        throw (0,errors/* fieldError */.$i)('api-url', apiProblem);
    const runtime = (0,platform_runtime/* detectRuntime */.mZ)(fe.env);
    const repository = v.repository ?? fe.env.GITHUB_REPOSITORY;
    if (kind === 'http')
        return httpTarget({ uploadUrl: v['upload-url'] ?? '', token: v['package-token'] ?? '', readBack: v['read-back'] });
    if (kind === 'gitea-generic') {
        if (!v['package-token'] && !v['dry-run']) {
            throw (0,errors/* fieldError */.$i)('package-token', 'is required for target gitea-generic: the Actions job token can only read packages; create a token with the write:package scope and pass it as a secret.');
        }
        // Only Gitea and Forgejo have the registry: outside their runners (e.g. on the command line) default to gitea.
        const forge = (0,publishing_forge/* createForge */.u_)({ token: v['package-token'] || 'dry-run', forge: v.forge ?? (runtime.forge === 'github' ? 'gitea' : runtime.forge), apiUrl: v['api-url'], repository, env: fe.env });
        return giteaGenericTarget({ forge, owner: v['package-owner'], serverUrl: v['api-url'] ? undefined : runtime.serverUrl });
    }
    return releaseTarget({ token: v.token ?? '', tag: v.tag ?? `v${v.version.trim().replace(/^v(?=\d)/, '')}`, serverUrl: runtime.serverUrl, forge: v.forge, apiUrl: v['api-url'], repository });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/signing/minisign/signer.ts
var signer = __webpack_require__(9606);
;// CONCATENATED MODULE: ./src/packages/summary.ts
/** The `packages` output: one object per package. */
function packagesOutput(m) {
    return m.packages.map((p) => ({ platform: p.platform, file: p.file, size: p.size, sha256: p.sha256, url: p.url }));
}
const mdCell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function renderUploadSummary(res, target) {
    const m = res.manifest;
    const lines = [
        `## ${res.dryRun ? 'Dry run: ' : ''}${mdCell(m.product)} ${m.version} (${m.channel}) → ${target}`,
        '',
        `Manifest: ${res.dryRun ? `\`${res.manifestPath}\` (not uploaded)` : `${res.manifestUrl} (signed, in one file: ${res.signedManifestUrl})`} · key \`${m.keyId}\` · created ${m.created} · ${m.packages.length} package(s)`,
        '',
        '| platform | file | size | sha256 | url |',
        '|---|---|---:|---|---|',
        ...m.packages.map((p) => `| ${p.platform} | ${mdCell(p.file)} | ${p.size} | \`${p.sha256.slice(0, 16)}…\` | ${mdCell(p.url)} |`),
        '',
        '| file | outcome | verified by |',
        '|---|---|---|',
        ...res.files.map((f) => `| ${mdCell(f.name)} | ${f.outcome} | ${f.verifiedBy ?? '—'} |`),
        '',
    ];
    return lines.join('\n');
}
function renderStageSummary(product, version, r) {
    return [
        `## Staged ${mdCell(product)} ${version}: ${r.packages.map((p) => p.platform).join(', ')}`,
        '',
        `Fragment \`${r.fragmentPath}\` — upload \`${r.dir}\` as an artifact; the merge job publishes every fragment at once.`,
        '',
        '| platform | file | size | sha256 |',
        '|---|---|---:|---|',
        ...r.packages.map((p) => `| ${p.platform} | ${mdCell(p.file)} | ${p.size} | \`${p.sha256}\` |`),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/packages/upload-packages.ts
/**
 * upload-packages: a complete, signed, per-platform package set for update servers.
 *
 *   collect  packages input (glob list or `platform: file` map) or matrix fragments (sources.ts, stage.ts)
 *   verify   every package: `<file>.minisig` by the pinned key (one streamed read: sha256 + BLAKE2b-512),
 *            signed version/platform (when the trusted comment names them) equal to ours,
 *            one file per platform, every required platform present
 *   sign     manifest.json (relforge.packages/v1) with a trusted comment binding product/version/channel;
 *            `created` from SOURCE_DATE_EPOCH or the commit time, so a re-run signs identical bytes; the
 *            signature is verified against the pinned key before anything is uploaded
 *   upload   through one PackageTarget (targets/): the order is decided here, for every target —
 *            1. the live manifest is inspected; identical ⇒ the set is already published (nothing is rewritten);
 *               different ⇒ the live set files are taken down first, manifest.json first, so no client follows an
 *               old manifest to replaced packages, or sees a new manifest beside an old signature;
 *            2. packages + their .minisig, each uploaded unless already there and read back;
 *            3. latest.json, manifest.json.minisig, manifest.signed.json, then manifest.json — LAST (invariant 4),
 *               one at a time, each read back before the next.
 *
 * Fail-closed (issue §3): any doubt throws a RelforgeError before the manifest is uploaded.
 */

















const TAURI_FILE = 'latest.json';
/** The operation behind the action (stage: false) and `relforge upload-packages`. */
async function uploadPackages(s) {
    const log = s.log ?? (() => { });
    const { r, template } = checkSettings(s, log);
    const created = await manifestCreated({ created: s.created, commit: r.commit, cwd: s.cwd, log });
    // Key first: a wrong or unpinned key fails before any package is read.
    const key = (0,signer/* checkKeyPin */.TR)(s.key ?? (await (0,signer/* loadSigningKey */.fm)(s.privateKey, s.password)), r.pin);
    const packages = await verifyLocalPackages(s.packages, { publicKey: r.pin, product: r.product, version: r.version, requirePlatforms: s.requirePlatforms, authenticode: s.authenticode, log });
    const outDir = (0,external_node_path_.resolve)(s.outDir);
    const { planned, entries } = await planPackages(r, packages, template, s.target, outDir);
    const manifest = {
        schema: core_manifest/* MANIFEST_SCHEMA */.KB,
        product: r.product,
        version: r.version,
        channel: r.channel,
        commit: r.commit,
        created,
        ...(s.expiresIn ? { expires: expiryFrom(created, s.expiresIn) } : {}),
        keyId: r.pin.keyIdHex,
        packages: entries,
    };
    const setFiles = await writeSetFiles(manifest, key, r, s, template, outDir);
    for (const f of setFiles) {
        if (planned.some((p) => s.target.destination(p) === s.target.destination(f) || (s.target.flatNamespace && p.name === f.name))) {
            throw new errors/* RelforgeError */.fY(`A package would overwrite ${f.name} (same URL or name): rename that package.`);
        }
    }
    const byName = (n) => setFiles.find((f) => f.name === n);
    const result = {
        manifest,
        manifestPath: byName(core_manifest/* MANIFEST_FILE */.h1).path,
        manifestSignaturePath: byName(`${core_manifest/* MANIFEST_FILE */.h1}${core_manifest/* SIG_SUFFIX */.gG}`).path,
        manifestUrl: byName(core_manifest/* MANIFEST_FILE */.h1).publicUrl,
        signedManifestPath: byName(core_manifest/* SIGNED_MANIFEST_FILE */.Sv).path,
        signedManifestUrl: byName(core_manifest/* SIGNED_MANIFEST_FILE */.Sv).publicUrl,
        tauriPath: byName(TAURI_FILE)?.path,
        tauriUrl: byName(TAURI_FILE)?.publicUrl,
        files: [],
        dryRun: !!s.dryRun,
    };
    if (s.dryRun) {
        for (const f of [...planned, ...setFiles])
            result.files.push({ name: f.name, url: s.target.destination(f), outcome: 'planned' });
        log(`dry run: ${packages.length} package(s) verified, manifest signed (${result.manifestPath}); nothing uploaded.`);
        return result;
    }
    result.files = await publishSet(s.target, planned, setFiles, log);
    log(`published ${packages.length} package(s) of ${r.product} ${r.version} (${r.channel}); manifest ${result.manifestUrl}`);
    return result;
}
/** Every settings problem by field (target, URLs, key, common settings), before any file is read. */
function checkSettings(s, log) {
    const problems = new errors/* Problems */.Zw();
    if (!s.target || typeof s.target.bind !== 'function')
        throw new errors/* RelforgeError */.fY('uploadPackages needs a target: httpTarget(…), giteaGenericTarget(…) or releaseTarget(…).');
    const bound = s.target.bind({ product: s.product, version: (0,core_manifest/* normalizeVersion */.Qj)(s.version ?? '') ?? s.version, dryRun: !!s.dryRun, log });
    for (const p of bound.problems)
        problems.add(p.field ?? 'target', p.message);
    if (s.baseUrl)
        for (const p of templateProblems(s.baseUrl, 'base-url'))
            problems.add(p.field, p.message);
    if (!s.key && !s.privateKey)
        problems.add('private-key', 'is required to sign the manifest (a minisign secret key whose public key is the pinned public-key).');
    const durationProblem = s.expiresIn ? expiresInProblem(s.expiresIn) : undefined;
    if (durationProblem)
        problems.add('expires-in', durationProblem);
    const r = resolveCommon(s, problems);
    return { r, template: s.baseUrl ?? bound.downloadTemplate };
}
const sha256Hex = (b) => (0,external_node_crypto_.createHash)('sha256').update(b).digest('hex');
/** Manifest entries and the package files to upload (each package and its .minisig, written under outDir/signatures). */
async function planPackages(r, packages, template, target, outDir) {
    const planned = [];
    const entries = [];
    for (const p of packages) {
        const values = urlValues(r, p.platform, p.file);
        const url = expand(template, values);
        entries.push({
            platform: p.platform,
            file: p.file,
            size: p.size,
            sha256: p.sha256,
            url,
            signatures: p.authenticodeSubject ? { minisign: p.signature, authenticode: { subject: p.authenticodeSubject } } : { minisign: p.signature },
        });
        planned.push({ name: p.file, path: p.path, size: p.size, sha256: p.sha256, publicUrl: url, platform: p.platform, values });
        const sigName = `${p.file}${core_manifest/* SIG_SUFFIX */.gG}`;
        const sigPath = (0,external_node_path_.join)(outDir, 'signatures', p.platform, sigName);
        await (0,promises_.mkdir)((0,external_node_path_.join)(outDir, 'signatures', p.platform), { recursive: true });
        await (0,promises_.writeFile)(sigPath, p.signature);
        const sigValues = urlValues(r, p.platform, sigName);
        planned.push({ name: sigName, path: sigPath, size: Buffer.byteLength(p.signature), sha256: sha256Hex(p.signature), publicUrl: expand(template, sigValues), platform: p.platform, values: sigValues });
    }
    // Names and URLs must be distinct (the registry and release targets are flat namespaces).
    const problems = [];
    const seenUrl = new Map();
    const seenName = new Set();
    for (const f of planned) {
        const where = target.destination(f);
        if (seenUrl.has(where))
            problems.push(`${f.name} and ${seenUrl.get(where)} would go to the same URL ${where}: add {platform} to the URL template or give the files distinct names.`);
        seenUrl.set(where, f.name);
        if (target.flatNamespace && seenName.has(f.name))
            problems.push(`Two packages are named ${f.name}: target ${target.kind} stores files in one flat namespace; give each platform's file a distinct name.`);
        seenName.add(f.name);
    }
    if (problems.length)
        throw new errors/* RelforgeError */.fY(problems.join('\n'));
    return { planned, entries };
}
/**
 * Serializes, signs and self-verifies the manifest; writes manifest.json, its .minisig, manifest.signed.json and
 * (tauri) latest.json into outDir. Returns the set files in upload order (manifest.json last).
 */
async function writeSetFiles(manifest, key, r, s, template, outDir) {
    let manifestText;
    let tauriText;
    try {
        manifestText = (0,core_manifest/* serializeManifest */.MZ)(manifest);
        if (s.tauri)
            tauriText = (0,core_manifest/* serializeTauriLatest */.bo)((0,core_manifest/* toTauriLatest */.wZ)(manifest, { notes: s.notes }));
    }
    catch (err) {
        throw (0,errors/* asUserError */.Yl)(err);
    }
    const manifestBytes = Buffer.from(manifestText, 'utf8');
    const signature = (0,signer/* signBuffer */.aF)(manifestBytes, key, { trustedComment: (0,core_manifest/* manifestTrustedComment */.kf)(manifest), untrustedComment: `relforge package manifest ${r.product} ${r.version} (${r.channel})` });
    const check = (0,signer/* verifyBuffer */.Wx)(manifestBytes, signature, r.pin);
    const tcProblems = (0,core_manifest/* trustedCommentProblems */.bR)(check.trustedComment, manifest);
    if (tcProblems.length)
        throw new errors/* RelforgeError */.fY(`Internal: the manifest signature does not bind the manifest: ${tcProblems.join('; ')}`);
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const contents = [
        ...(tauriText !== undefined ? [[TAURI_FILE, tauriText]] : []),
        [`${core_manifest/* MANIFEST_FILE */.h1}${core_manifest/* SIG_SUFFIX */.gG}`, signature],
        [core_manifest/* SIGNED_MANIFEST_FILE */.Sv, (0,core_manifest/* serializeSignedManifest */.AT)({ manifest: manifestText, minisign: signature })],
        [core_manifest/* MANIFEST_FILE */.h1, manifestText],
    ];
    const setTemplate = setLevelTemplate(template);
    const files = [];
    for (const [name, text] of contents) {
        const path = (0,external_node_path_.join)(outDir, name);
        await (0,promises_.writeFile)(path, text);
        const values = urlValues(r, undefined, name);
        files.push({ name, path, size: Buffer.byteLength(text), sha256: sha256Hex(text), publicUrl: expand(setTemplate, values), values });
    }
    return files;
}
/**
 * The one publish order, for every target. `setFiles` are in upload order with manifest.json last.
 * A replacement (the live manifest differs) takes the live set files down first — manifest.json first — so
 * while packages are replaced no client holds a manifest naming them, and the new signature is in place and
 * read back before the new manifest appears.
 */
async function publishSet(target, packages, setFiles, log) {
    if (!target.replacesLivePackages) {
        const changed = [];
        for (const f of packages)
            if ((await target.inspect(f)) === 'different')
                changed.push(f.name);
        if (changed.length) {
            throw new errors/* RelforgeError */.fY(`The published ${target.kind} already serves ${changed.join(', ')} with other content. A published release is add-only: packages clients may be downloading are never replaced. Publish a new version (or delete the release's assets yourself). Nothing was changed.`);
        }
    }
    const manifest = setFiles[setFiles.length - 1];
    const signed = setFiles.find((f) => f.name === core_manifest/* SIGNED_MANIFEST_FILE */.Sv);
    for (const f of signed ? [manifest, signed] : [manifest]) {
        if ((await target.inspect(f)) !== 'different')
            continue;
        log(`the live ${f.name} differs from this run's: taking the old set down first (clients see no update until the new one is complete)`);
        await target.remove([...setFiles].reverse());
        break;
    }
    const results = await target.put(packages);
    for (const f of setFiles)
        results.push(...(await target.put([f])));
    results.push(...(await target.finish([...packages, ...setFiles])));
    return results;
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/upload-packages.ts
/**
 * `relforge upload-packages`: the same operation as actions/upload-packages, through the same schema. Secrets
 * never come from argv: --private-key-file / --private-key-env or MINISIGN_PRIVATE_KEY, the password from
 * MINISIGN_PASSWORD, the upload token from PACKAGE_TOKEN, the forge token (target release) from RELFORGE_TOKEN /
 * GITHUB_TOKEN (or --<name>-file / --<name>-env).
 */




/* harmony default export */ const upload_packages = ((0,command/* defineCommand */.N)({
    schema: options/* uploadPackagesSchema */.e,
    notes: `Packages: --packages GLOB (repeatable), or --map "platform: file" (YAML; --map-file FILE), or --fragments GLOB in the
merge job of a matrix. Target: http when --upload-url is given, else release (--target overrides).
Prints the manifest URL (--json: manifest, manifestUrl, signedManifestUrl, tauri, packages, files).`,
    async run(v) {
        const req = await uploadPackagesRequest(v, { kind: 'cli', cwd: process.cwd(), env: process.env, log: (m) => console.error(m) });
        if (req.stage) {
            const r = await stagePackages(req.settings);
            console.log(v.json ? JSON.stringify({ fragment: r.fragmentPath, packages: r.packages.map(({ signature: _s, ...p }) => p) }, null, 2) : `fragment: ${r.fragmentPath}`);
            return 0;
        }
        const res = await uploadPackages(req.settings);
        if (v.json) {
            const out = { manifest: res.manifestPath, manifestUrl: res.manifestUrl, signedManifestUrl: res.signedManifestUrl, tauri: res.tauriPath ?? null, packages: packagesOutput(res.manifest), files: res.files };
            console.log(JSON.stringify(out, null, 2));
        }
        else
            console.log(`${res.dryRun ? 'dry run: ' : ''}manifest ${res.manifestUrl} (${res.manifest.packages.length} packages)`);
        return 0;
    },
}));


/***/ }),

/***/ 9606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TR: () => (/* reexport safe */ _keys_js__WEBPACK_IMPORTED_MODULE_0__.TR),
/* harmony export */   Wx: () => (/* reexport safe */ _verify_js__WEBPACK_IMPORTED_MODULE_2__.Wx),
/* harmony export */   aF: () => (/* reexport safe */ _sign_file_js__WEBPACK_IMPORTED_MODULE_1__.aF),
/* harmony export */   fm: () => (/* reexport safe */ _keys_js__WEBPACK_IMPORTED_MODULE_0__.fm)
/* harmony export */ });
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9200);
/* harmony import */ var _sign_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6488);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1457);
/* harmony import */ var _sign_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3903);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1310);
/**
 * The Ed25519 (minisign format) signer and verifier, one import for the library API and the packages code:
 *   ./keys.ts        loadSigningKey, checkKeyPin, generateKeyPair, derivedKeyId
 *   ./sign-file.ts   signFile, signBuffer, signRaw, RAW_SIZE_LIMIT (legacy `Ed` / raw signing in memory)
 *   ./verify.ts      verifyFile, verifyBuffer, verifyRawFile, legacyMessage (every algorithm in bounded memory)
 *   ./sign-files.ts  signFiles: the sign-ed25519 operation (fail-closed, reproducible, SHA256SUMS)
 *   ./options.ts     the option schemas of sign-ed25519 / verify / keygen and their mapping to settings
 *   ./core/          the formats (pure)
 */







/***/ })

};
