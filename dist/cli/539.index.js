export const id = 539;
export const ids = [539];
export const modules = {

/***/ 5539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ upload_packages),
  usage: () => (/* binding */ usage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(6316);
// EXTERNAL MODULE: ./src/platform/secrets.ts
var secrets = __webpack_require__(9002);
// EXTERNAL MODULE: ./src/publishing/forge/index.ts + 3 modules
var forge = __webpack_require__(28);
// EXTERNAL MODULE: ./src/platform/runtime.ts
var platform_runtime = __webpack_require__(6387);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/platform/fs.ts
var fs = __webpack_require__(5732);
// EXTERNAL MODULE: ./src/platform/http.ts
var http = __webpack_require__(1267);
// EXTERNAL MODULE: ./src/signing/minisign/core/format.ts + 1 modules
var format = __webpack_require__(1310);
// EXTERNAL MODULE: ./src/signing/minisign/signer.ts
var signer = __webpack_require__(9606);
// EXTERNAL MODULE: ./src/packages/core/platform.ts
var core_platform = __webpack_require__(4646);
// EXTERNAL MODULE: ./src/packages/core/manifest.ts
var core_manifest = __webpack_require__(9008);
// EXTERNAL MODULE: ./src/publishing/forge/types.ts
var types = __webpack_require__(7912);
// EXTERNAL MODULE: ./src/publishing/publish-release.ts + 1 modules
var publish_release = __webpack_require__(3725);
// EXTERNAL MODULE: ./src/signing/authenticode/verify.ts + 5 modules
var verify = __webpack_require__(1637);
;// CONCATENATED MODULE: ./src/packages/upload-packages.ts
/**
 * upload-packages: a complete, signed, per-platform package set for update servers.
 *
 *   collect  packages input (glob list or `platform: file` map) or matrix fragments
 *   verify   every package: `<file>.minisig` by the pinned key (one streamed read: sha256 + BLAKE2b-512),
 *            signed version/platform (when the trusted comment names them) equal to ours,
 *            one file per platform, every required platform present
 *   sign     manifest.json (relforge.packages/v1) with a trusted comment binding product/version/channel;
 *            the signature is verified against the pinned key before anything is uploaded
 *   upload   packages + their .minisig (skip when the server already has the same bytes, else replace),
 *            read back every file (digest header, Gitea package-file sha256, or a re-download),
 *            then latest.json (Tauri), then manifest.json.minisig, then manifest.json — LAST (invariant 4)
 *
 * Fail-closed (issue §3): any doubt throws a RelforgeError before the manifest is uploaded.
 * Targets: `http` (PUT to a URL template with a bearer token), `gitea-generic` (Gitea/Forgejo generic
 * package registry through the Forge interface), `release` (assets of the forge release, through publishRelease).
 */
















const SIG_SUFFIX = '.minisig';
const TAURI_FILE = 'latest.json';
// ---------------------------------------------------------------- input parsing
/**
 * The `packages` input: either newline-separated glob patterns (platform inferred from each name; files
 * ending in `.minisig` are ignored) or a YAML map `platform: path` (keys may use aliases such as
 * `linux-amd64`; a value may be `{file, authenticode-subject}`).
 */
async function resolvePackagesInput(text, cwd, inputName = 'packages') {
    const trimmed = text.trim();
    if (!trimmed)
        throw new errors/* RelforgeError */.fY(`Input "${inputName}" is empty: give glob patterns (one per line) or a YAML map "platform: file".`);
    let map;
    if (/^[^\s#][^\n]*:\s/m.test(trimmed) || /^[^\s#][^\n]*:\s*$/m.test(trimmed)) {
        try {
            const y = (0,dist/* parse */.qg)(trimmed);
            if (y && typeof y === 'object' && !Array.isArray(y))
                map = y;
        }
        catch (err) {
            throw new errors/* RelforgeError */.fY(`Input "${inputName}" looks like a YAML map but does not parse: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    if (map) {
        const out = [];
        const problems = [];
        const seen = new Map();
        for (const [rawKey, value] of Object.entries(map)) {
            let platform;
            try {
                platform = (0,core_platform/* normalizePlatformKey */.ow)(rawKey);
            }
            catch (err) {
                problems.push(`Input "${inputName}": ${(0,errors/* errorMessage */.gJ)(err)}`);
                continue;
            }
            if (seen.has(platform))
                problems.push(`Input "${inputName}": "${seen.get(platform)}" and "${rawKey}" are both ${platform}: one file per platform`);
            seen.set(platform, rawKey);
            const spec = typeof value === 'string' ? { file: value } : value;
            if (!spec || typeof spec.file !== 'string' || !spec.file.trim()) {
                problems.push(`Input "${inputName}": the value for ${rawKey} must be a file path (or {file: path, authenticode-subject: subject})`);
                continue;
            }
            const files = await (0,fs/* expandFiles */.CC)([spec.file], { cwd, inputName: `${inputName} (${rawKey})` }).catch((err) => {
                problems.push((0,errors/* errorMessage */.gJ)(err));
                return [];
            });
            const pkgs = files.filter((f) => !f.endsWith(SIG_SUFFIX));
            if (pkgs.length > 1)
                problems.push(`Input "${inputName}": ${rawKey} matches ${pkgs.length} files (${pkgs.map((f) => (0,external_node_path_.basename)(f)).join(', ')}); one file per platform`);
            if (pkgs.length === 1) {
                const subject = spec['authenticode-subject'];
                out.push({ platform, path: pkgs[0], authenticodeSubject: typeof subject === 'string' && subject ? subject : undefined, origin: `${inputName}.${rawKey}` });
            }
        }
        if (problems.length)
            throw asRelforge(new core_manifest/* ManifestError */.Sh(problems));
        return out;
    }
    const patterns = trimmed.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    const files = (await (0,fs/* expandFiles */.CC)(patterns, { cwd, inputName })).filter((f) => !f.endsWith(SIG_SUFFIX));
    if (files.length === 0)
        throw new errors/* RelforgeError */.fY(`Input "${inputName}" matched only .minisig files; list the packages themselves.`);
    return files.map((path) => ({ path, origin: inputName }));
}
/** Core ManifestErrors become RelforgeErrors (expected failures with a user-facing message). */
function asRelforge(err) {
    return err instanceof core_manifest/* ManifestError */.Sh ? new errors/* RelforgeError */.fY(err.message, { cause: err }) : err;
}
const AUTHENTICODE_FILE = /\.(exe|msi|dll|sys)$/i;
/**
 * Verifies every package against the pinned key with one streamed read each (sha256 + BLAKE2b-512, the
 * prehash of `ED` signatures). Collects every problem, then throws them together.
 */
async function verifyLocalPackages(sources, opts) {
    const problems = [];
    const out = [];
    const byPlatform = new Map();
    for (const src of sources) {
        const file = (0,external_node_path_.basename)(src.path);
        let platform;
        try {
            platform = src.platform ? (0,core_platform/* normalizePlatformKey */.ow)(src.platform) : (0,core_platform/* formatPlatform */.Bq)((0,core_platform/* inferPlatform */.qW)(file));
        }
        catch (err) {
            problems.push((0,errors/* errorMessage */.gJ)(err));
            continue;
        }
        if (byPlatform.has(platform)) {
            problems.push(`Two files for platform ${platform}: ${byPlatform.get(platform)} and ${src.path}. Keep one, or name the platforms explicitly (e.g. with a -<bundle> suffix).`);
            continue;
        }
        byPlatform.set(platform, src.path);
        if (!core_manifest/* FILE_RE */.FW.test(file)) {
            problems.push(`Package file name "${file}" (${platform}) is not safe for URLs and registries: use letters, digits and . _ - + ~ = @ only, starting with a letter or digit.`);
            continue;
        }
        const sigPath = src.signaturePath ?? `${src.path}${SIG_SUFFIX}`;
        let sigText;
        try {
            sigText = (0,core_manifest/* normalizeMinisig */.Ej)(await (0,promises_.readFile)(sigPath, 'utf8'));
        }
        catch {
            problems.push(`Package ${file} (${platform}) is unsigned: ${sigPath} does not exist. Sign it first (relforge sign-ed25519 / minisign -S) with the key whose public key is pinned.`);
            continue;
        }
        try {
            const sig = (0,format/* parseSignature */.uT)(sigText);
            if (!sig.keyId.equals(opts.publicKey.keyId)) {
                problems.push(`Package ${file} (${platform}) is signed by key ${sig.keyIdHex}, not by the pinned key ${opts.publicKey.keyIdHex}: re-sign it with the release key or fix the public-key input.`);
                continue;
            }
            const digests = await (0,fs/* hashFile */.DC)(src.path, ['sha256', 'blake2b512']);
            if (src.expectedSha256 && src.expectedSha256 !== digests.sha256) {
                problems.push(`Package ${file} (${platform}) changed since it was staged: ${src.origin ?? 'the fragment'} says sha256 ${src.expectedSha256}, the file has ${digests.sha256}.`);
                continue;
            }
            const data = sig.algorithm === 'Ed' ? await (0,promises_.readFile)(src.path) : undefined;
            const result = (0,format/* verifySignature */.Od)(sig, opts.publicKey, { digest: Buffer.from(digests.blake2b512, 'hex'), data });
            const signedVersion = (0,format/* trustedCommentField */.Dk)(result.trustedComment, 'version');
            if (signedVersion !== undefined && (0,core_manifest/* normalizeVersion */.Qj)(signedVersion) !== opts.version) {
                problems.push(`Package ${file} (${platform}) is signed for version "${signedVersion}", not ${opts.version}: refusing a validly signed file of another version (rollback protection). Rebuild and re-sign it for ${opts.version}.`);
                continue;
            }
            const signedPlatform = (0,format/* trustedCommentField */.Dk)(result.trustedComment, 'platform');
            if (signedPlatform !== undefined && signedPlatform !== '') {
                let norm = signedPlatform;
                try {
                    norm = (0,core_platform/* normalizePlatformKey */.ow)(signedPlatform);
                }
                catch {
                    /* compared verbatim */
                }
                if (norm !== platform) {
                    problems.push(`Package ${file} is signed for platform "${signedPlatform}" but is being published as ${platform}: fix the platform mapping.`);
                    continue;
                }
            }
            const signedProduct = (0,format/* trustedCommentField */.Dk)(result.trustedComment, 'product');
            if (signedProduct !== undefined && signedProduct !== opts.product) {
                problems.push(`Package ${file} (${platform}) is signed for product "${signedProduct}", not ${opts.product}.`);
                continue;
            }
            let authenticodeSubject;
            if (opts.authenticode && (0,core_platform/* parsePlatformKey */.sW)(platform).os === 'windows' && AUTHENTICODE_FILE.test(file)) {
                const { requireTimestamp, ...pins } = opts.authenticode;
                try {
                    const ac = await (0,verify/* verifyAuthenticodeFile */.ti)(src.path, src.authenticodeSubject ? { ...pins, subject: src.authenticodeSubject } : pins, { requireTimestamp });
                    authenticodeSubject = ac.signerSubject;
                    opts.log?.(`Authenticode ${file}: ${ac.signerSubject}`);
                }
                catch (err) {
                    problems.push(`Package ${file} (${platform}): ${(0,errors/* errorMessage */.gJ)(err)}`);
                    continue;
                }
            }
            else if (src.authenticodeSubject) {
                problems.push(`Package ${file} (${platform}) declares Authenticode subject "${src.authenticodeSubject}" but ${opts.authenticode ? 'it is not a Windows .exe/.msi/.dll/.sys' : 'no authenticode-root is set to verify it'}: the manifest records only verified signers.`);
                continue;
            }
            out.push({ platform, file, path: src.path, size: digests.size, sha256: digests.sha256, signature: sigText, authenticodeSubject });
            opts.log?.(`verified ${file} → ${platform} (${digests.size} bytes, sha256 ${digests.sha256.slice(0, 16)}…, key ${result.keyIdHex})`);
        }
        catch (err) {
            problems.push(`Package ${file} (${platform}): ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    const present = new Set(out.map((p) => p.platform));
    for (const raw of opts.requirePlatforms ?? []) {
        let key;
        try {
            key = (0,core_platform/* normalizePlatformKey */.ow)(raw);
        }
        catch (err) {
            problems.push(`Input "require-platforms": ${(0,errors/* errorMessage */.gJ)(err)}`);
            continue;
        }
        if (!present.has(key) && !byPlatform.has(key))
            problems.push(`Required platform ${key} is missing: no package was given for it (found: ${[...byPlatform.keys()].sort().join(', ') || 'none'}).`);
    }
    if (problems.length)
        throw new errors/* RelforgeError */.fY(problems.length === 1 ? problems[0] : `${problems.length} problems with the packages (nothing was uploaded):\n- ${problems.join('\n- ')}`);
    return out.sort((a, b) => (a.platform < b.platform ? -1 : 1));
}
function resolveCommon(s) {
    const problems = [];
    if (!core_manifest/* PRODUCT_RE */.AN.test(s.product ?? ''))
        problems.push(`Input "product" must be a package name (letters, digits, . _ + -; starting with a letter or digit), got "${s.product ?? ''}".`);
    const version = (0,core_manifest/* normalizeVersion */.Qj)(s.version ?? '');
    if (!version)
        problems.push(`Input "version" must be a SemVer version such as 1.4.0 or 1.4.0-beta.2 (a leading v is fine), got "${s.version ?? ''}".`);
    const channel = (s.channel ?? '').trim() || (version ? (0,core_manifest/* defaultChannel */.jR)(version) : 'stable');
    if (!core_manifest/* CHANNEL_RE */.kR.test(channel))
        problems.push(`Input "channel" must be lower-case letters, digits and -, starting with a letter (e.g. stable, beta), got "${channel}".`);
    const commit = (s.commit ?? '').trim().toLowerCase();
    if (commit && !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(commit))
        problems.push(`Input "commit" must be a full git SHA, got "${s.commit}".`);
    let pin;
    if (!s.publicKey?.trim())
        problems.push('Input "public-key" is required: every package signature and the manifest key are checked against this pinned minisign public key.');
    else {
        try {
            pin = (0,format/* parsePublicKey */.ee)(s.publicKey.trim());
        }
        catch (err) {
            problems.push(`Input "public-key" is not a minisign public key: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    if (problems.length)
        throw new errors/* RelforgeError */.fY(problems.length === 1 ? problems[0] : `${problems.length} problems with the inputs:\n- ${problems.join('\n- ')}`);
    return { product: s.product, version: version, channel, commit, pin: pin };
}
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
    const fragment = {
        schema: core_manifest/* FRAGMENT_SCHEMA */.ZO,
        product: r.product,
        version: r.version,
        channel: r.channel,
        commit: r.commit,
        keyId: r.pin.keyIdHex,
        packages: [],
    };
    for (const p of verified) {
        const sub = (0,external_node_path_.join)(dir, p.platform);
        await (0,promises_.mkdir)(sub, { recursive: true });
        const dest = (0,external_node_path_.join)(sub, p.file);
        if ((0,external_node_path_.resolve)(p.path) !== dest)
            await linkOrCopy(p.path, dest);
        await (0,promises_.writeFile)(`${dest}${SIG_SUFFIX}`, p.signature);
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
        throw asRelforge(err);
    }
    await (0,promises_.writeFile)(fragmentPath, text);
    s.log?.(`staged ${verified.length} package(s) in ${dir}; fragment ${(0,external_node_path_.basename)(fragmentPath)}`);
    return { fragmentPath, dir, packages: verified };
}
/**
 * Reads fragment files (absolute paths or globs relative to `cwd`), refuses conflicts (mergeFragmentSet),
 * and returns the packages as sources for uploadPackages (their hashes are re-checked against the files).
 */
async function mergeFragments(patterns, opts = {}) {
    const cwd = (0,external_node_path_.resolve)(opts.cwd ?? process.cwd());
    const files = (await (0,fs/* expandFiles */.CC)(patterns, { cwd, inputName: opts.inputName ?? 'fragments' })).filter((f) => f.endsWith('.json'));
    if (files.length === 0)
        throw new errors/* RelforgeError */.fY(`Input "${opts.inputName ?? 'fragments'}" matched no fragment .json files; download the staged artifacts first.`);
    const list = [];
    for (const f of files) {
        const name = (0,external_node_path_.relative)(cwd, f) || (0,external_node_path_.basename)(f);
        try {
            list.push({ name, fragment: (0,core_manifest/* parseFragment */.oH)(await (0,promises_.readFile)(f, 'utf8'), name), dir: (0,external_node_path_.dirname)(f) });
        }
        catch (err) {
            throw asRelforge(err);
        }
    }
    let merged;
    try {
        merged = (0,core_manifest/* mergeFragmentSet */.BQ)(list);
    }
    catch (err) {
        throw asRelforge(err);
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
    const packages = merged.packages.map((p) => {
        const path = (0,external_node_path_.join)(dirs.get(p.fragment), ...p.path.split('/'));
        return {
            platform: p.platform,
            path,
            authenticodeSubject: p.signatures.authenticode?.subject,
            expectedSha256: p.sha256,
            origin: p.fragment,
        };
    });
    // The signature next to the staged file must be the one the fragment recorded.
    for (const p of merged.packages) {
        const path = (0,external_node_path_.join)(dirs.get(p.fragment), ...p.path.split('/'));
        const sig = (0,external_node_fs_.existsSync)(`${path}${SIG_SUFFIX}`) ? (0,core_manifest/* normalizeMinisig */.Ej)(await (0,promises_.readFile)(`${path}${SIG_SUFFIX}`, 'utf8')) : undefined;
        if (sig !== undefined && sig !== (0,core_manifest/* normalizeMinisig */.Ej)(p.signatures.minisign)) {
            throw new errors/* RelforgeError */.fY(`${p.file}${SIG_SUFFIX} next to ${p.fragment} differs from the signature recorded in the fragment: re-run the build job that staged ${p.platform}.`);
        }
        if (sig === undefined)
            await (0,promises_.writeFile)(`${path}${SIG_SUFFIX}`, (0,core_manifest/* normalizeMinisig */.Ej)(p.signatures.minisign));
    }
    return { product: merged.product, version: merged.version, channel: merged.channel, commit: merged.commit, keyId: merged.keyId, packages };
}
function createdTimestamp(s) {
    if (s.created) {
        if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(s.created) || Number.isNaN(Date.parse(s.created))) {
            throw new errors/* RelforgeError */.fY(`"created" must be an RFC 3339 UTC timestamp like 2026-01-31T12:00:00Z, got "${s.created}".`);
        }
        return s.created;
    }
    const epoch = process.env.SOURCE_DATE_EPOCH;
    const ms = epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
    return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
/** `created` + a duration such as `90d`, `12h`, `30m` (input `expires-in`). */
function expiryFrom(created, duration) {
    const m = /^\s*(\d+)\s*([dhm])\s*$/.exec(duration);
    if (!m || Number(m[1]) === 0)
        throw new errors/* RelforgeError */.fY(`Input "expires-in" must be a positive duration like 90d, 12h or 30m, got "${duration}".`);
    const ms = Number(m[1]) * { d: 86_400_000, h: 3_600_000, m: 60_000 }[m[2]];
    return new Date(Date.parse(created) + ms).toISOString().replace('.000Z', 'Z');
}
/** Removes path segments holding per-platform placeholders: where the manifest and latest.json go. */
function setLevelTemplate(template) {
    const u = template.split('?')[0];
    const rest = template.slice(u.length);
    const parts = u.split('/');
    return parts.filter((seg, i) => i < 3 || !/\{(platform|os|arch)\}/.test(seg)).join('/') + rest;
}
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
        throw asRelforge(err);
    }
}
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
class HttpUploader {
    token;
    attempts;
    baseDelayMs;
    log;
    readBack;
    constructor(token, attempts, baseDelayMs, log, readBack) {
        this.token = token;
        this.attempts = attempts;
        this.baseDelayMs = baseDelayMs;
        this.log = log;
        this.readBack = readBack;
    }
    headers() {
        return { authorization: `Bearer ${this.token}` };
    }
    fail(res, what) {
        const hint = res.status === 401 || res.status === 403
            ? ' Check the package-token input: the update server refused it (it needs permission to upload).'
            : res.status >= 500
                ? ' The server failed after every retry; re-run the step (it converges: files already there with the same bytes are skipped).'
                : '';
        return new errors/* RelforgeError */.fY(`${(0,http/* describeFailure */.Ic)(res, `Could not ${what}`)}.${hint}`);
    }
    async head(url) {
        return (0,http/* request */.Em)({ method: 'HEAD', url, headers: this.headers(), attempts: this.attempts, baseDelayMs: this.baseDelayMs });
    }
    /** sha256 of what the server serves: its digest header, else a streamed re-download. */
    async remoteSha256(url) {
        const head = await this.head(url);
        if (head.status === 404)
            return undefined;
        // Servers without HEAD: verify by downloading.
        if (head.status === 405 || head.status === 501)
            return { ...(await this.download(url)), by: 're-download' };
        if (head.status < 200 || head.status > 299)
            throw this.fail(head, `read back ${url}`);
        const d = digestFromHeaders(head.headers);
        const size = head.headers['content-length'] !== undefined ? Number(head.headers['content-length']) : undefined;
        if (d)
            return { sha256: d, size, by: 'server digest' };
        return { ...(await this.download(url)), by: 're-download' };
    }
    async download(url) {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'relforge-readback-'));
        try {
            const dest = (0,external_node_path_.join)(dir, 'file');
            const res = await (0,http/* request */.Em)({ method: 'GET', url, headers: this.headers(), saveTo: dest, attempts: this.attempts, baseDelayMs: this.baseDelayMs });
            if (res.status < 200 || res.status > 299)
                throw this.fail(res, `re-download ${url} to verify it`);
            const h = await (0,fs/* hashFile */.DC)(dest, ['sha256']);
            return { sha256: h.sha256, size: h.size };
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
    /** Uploads one file unless the server already has the same bytes; then verifies what the server holds. */
    async put(f) {
        const url = f.uploadUrl;
        const head = await this.head(url);
        let existed = false;
        if (head.status >= 200 && head.status < 300) {
            existed = true;
            if (this.readBack === 'download') {
                const have = await this.download(url);
                if (have.sha256 === f.sha256 && have.size === f.size) {
                    this.log(`unchanged ${f.name} (the server already holds these bytes)`);
                    return { outcome: 'unchanged', verifiedBy: 're-download' };
                }
            }
            else {
                const d = digestFromHeaders(head.headers);
                if (d === f.sha256 && Number(head.headers['content-length'] ?? f.size) === f.size) {
                    this.log(`unchanged ${f.name} (the server already holds these bytes)`);
                    return { outcome: 'unchanged', verifiedBy: 'server digest' };
                }
            }
        }
        else if (head.status === 401 || head.status === 403) {
            throw this.fail(head, `check ${url}`);
        }
        const res = await (0,http/* request */.Em)({
            method: 'PUT',
            url,
            headers: { ...this.headers(), 'content-type': 'application/octet-stream' },
            body: { file: f.path },
            attempts: this.attempts,
            baseDelayMs: this.baseDelayMs,
            timeoutMs: 300_000,
            deadlineMs: 3_600_000,
        });
        if (res.status < 200 || res.status > 299)
            throw this.fail(res, `upload ${f.name} to ${url}`);
        const back = this.readBack === 'download' ? { ...(await this.download(url)), by: 're-download' } : await this.remoteSha256(url);
        if (!back)
            throw new errors/* RelforgeError */.fY(`Uploaded ${f.name} to ${url} (HTTP ${res.status}) but the server does not serve it back (HTTP 404): check the upload-url template and the server.`);
        if (back.sha256 !== f.sha256 || (back.size !== undefined && back.size !== f.size)) {
            throw new errors/* RelforgeError */.fY(`Checksum mismatch after uploading ${f.name}: the server holds sha256 ${back.sha256}${back.size !== undefined ? ` (${back.size} bytes)` : ''}, the local file is ${f.sha256} (${f.size} bytes). Nothing further was published (no manifest); re-run the step, and check the server or proxy if it repeats.`);
        }
        this.log(`${existed ? 'replaced' : 'uploaded'} ${f.name} → ${url} (verified by ${back.by})`);
        return { outcome: existed ? 'replaced' : 'uploaded', verifiedBy: back.by };
    }
}
/** The operation behind the action (stage: false) and `relforge upload-packages`. */
async function uploadPackages(s) {
    const log = s.log ?? (() => { });
    const r = resolveCommon(s);
    const created = createdTimestamp(s);
    const problems = [];
    // Target settings before any file is read.
    if (!['http', 'gitea-generic', 'release'].includes(s.target))
        problems.push(`Input "target" must be release, gitea-generic or http, got "${String(s.target)}".`);
    if (s.target === 'http') {
        if (!s.http?.uploadUrl)
            problems.push('Input "upload-url" is required for target http (a PUT URL template such as https://updates.example.com/api/v1/packages/{product}/{version}/{platform}/{file}).');
        else
            problems.push(...(0,core_manifest/* urlTemplateProblems */.mu)(s.http.uploadUrl, 'upload-url'));
        if (!s.http?.token && !s.dryRun)
            problems.push('Input "package-token" is required for target http (the bearer token the update server accepts for uploads).');
    }
    if (s.target === 'gitea-generic' && !s.gitea?.forge)
        problems.push('Target gitea-generic needs a Gitea or Forgejo forge (runs on Gitea/Forgejo Actions, or set forge/api-url) and input "package-token" (a token with write:package).');
    if (s.target === 'gitea-generic' && s.gitea?.forge && !s.gitea.forge.capabilities.genericPackages)
        problems.push(`Target gitea-generic needs Gitea or Forgejo; this forge (${s.gitea.forge.kind}) has no generic package registry: use target release or http.`);
    if (s.target === 'release' && !s.release)
        problems.push('Target release needs the forge release settings (tag and token).');
    if (s.baseUrl)
        problems.push(...(0,core_manifest/* urlTemplateProblems */.mu)(s.baseUrl, 'base-url'));
    if (problems.length)
        throw new errors/* RelforgeError */.fY(problems.length === 1 ? problems[0] : `${problems.length} problems with the inputs:\n- ${problems.join('\n- ')}`);
    // Key first: a wrong or unpinned key fails before any package is read.
    if (!s.key && !s.privateKey)
        throw new errors/* RelforgeError */.fY('Input "private-key" is required to sign the manifest (a minisign secret key whose public key is the pinned public-key).');
    let key = s.key ?? (await (0,signer/* loadSigningKey */.fm)(s.privateKey, s.password));
    key = (0,signer/* checkKeyPin */.TR)(key, r.pin);
    const packages = await verifyLocalPackages(s.packages, { publicKey: r.pin, product: r.product, version: r.version, requirePlatforms: s.requirePlatforms, authenticode: s.authenticode, log });
    // Plan URLs.
    let publicTemplate;
    let giteaRef;
    if (s.target === 'http')
        publicTemplate = s.baseUrl ?? s.http.uploadUrl;
    else if (s.target === 'gitea-generic') {
        const forge = s.gitea.forge;
        const server = (s.gitea.serverUrl ?? forge.apiUrl.replace(/\/api\/v1\/?$/, '')).replace(/\/+$/, '');
        const owner = s.gitea.owner ?? forge.owner;
        giteaRef = { owner, name: r.product, version: r.version };
        publicTemplate = s.baseUrl ?? `${server}/api/packages/${encodeURIComponent(owner)}/generic/{product}/{version}/{file}`;
    }
    else
        publicTemplate = s.baseUrl ?? s.release.downloadUrl;
    // A release's asset URLs carry the tag (hence the version) literally; every other template needs {version}.
    const tplProblems = !s.baseUrl && s.target === 'release' ? [] : (0,core_manifest/* urlTemplateProblems */.mu)(publicTemplate, s.baseUrl ? 'base-url' : 'the download URL');
    if (tplProblems.length)
        throw new errors/* RelforgeError */.fY(tplProblems.join('\n'));
    const planned = [];
    const entries = [];
    for (const p of packages) {
        const values = urlValues(r, p.platform, p.file);
        const url = expand(publicTemplate, values);
        entries.push({
            platform: p.platform,
            file: p.file,
            size: p.size,
            sha256: p.sha256,
            url,
            signatures: p.authenticodeSubject ? { minisign: p.signature, authenticode: { subject: p.authenticodeSubject } } : { minisign: p.signature },
        });
        const sigBytes = Buffer.from(p.signature, 'utf8');
        planned.push({ name: p.file, path: p.path, size: p.size, sha256: p.sha256, publicUrl: url, uploadUrl: s.http ? expand(s.http.uploadUrl, values) : undefined });
        const sigValues = urlValues(r, p.platform, `${p.file}${SIG_SUFFIX}`);
        planned.push({
            name: `${p.file}${SIG_SUFFIX}`,
            path: '', // written below
            size: sigBytes.length,
            sha256: sha256Hex(sigBytes),
            publicUrl: expand(publicTemplate, sigValues),
            uploadUrl: s.http ? expand(s.http.uploadUrl, sigValues) : undefined,
        });
    }
    // Names and URLs must be distinct (the registry and release targets are flat namespaces).
    const seenUrl = new Map();
    const seenName = new Map();
    for (const f of planned) {
        const key2 = f.uploadUrl ?? f.publicUrl;
        if (seenUrl.has(key2))
            problems.push(`${f.name} and ${seenUrl.get(key2)} would go to the same URL ${key2}: add {platform} to the URL template or give the files distinct names.`);
        seenUrl.set(key2, f.name);
        if (s.target !== 'http') {
            if (seenName.has(f.name))
                problems.push(`Two packages are named ${f.name}: target ${s.target} stores files in one flat namespace; give each platform's file a distinct name.`);
            seenName.set(f.name, f.name);
        }
    }
    if (problems.length)
        throw new errors/* RelforgeError */.fY(problems.join('\n'));
    // Build, sign and self-verify the manifest.
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
    let manifestText;
    let tauriText;
    try {
        manifestText = (0,core_manifest/* serializeManifest */.MZ)(manifest);
        if (s.tauri)
            tauriText = (0,core_manifest/* serializeTauriLatest */.bo)((0,core_manifest/* toTauriLatest */.wZ)(manifest, { notes: s.notes }));
    }
    catch (err) {
        throw asRelforge(err);
    }
    const manifestBytes = Buffer.from(manifestText, 'utf8');
    const manifestSig = (0,signer/* signBuffer */.aF)(manifestBytes, key, { trustedComment: (0,core_manifest/* manifestTrustedComment */.kf)(manifest), untrustedComment: `relforge package manifest ${r.product} ${r.version} (${r.channel})` });
    const check = (0,signer/* verifyBuffer */.Wx)(manifestBytes, manifestSig, r.pin);
    const tcProblems = (0,core_manifest/* trustedCommentProblems */.bR)(check.trustedComment, manifest);
    if (tcProblems.length)
        throw new errors/* RelforgeError */.fY(`Internal: the manifest signature does not bind the manifest: ${tcProblems.join('; ')}`);
    const outDir = (0,external_node_path_.resolve)(s.outDir);
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const manifestPath = (0,external_node_path_.join)(outDir, core_manifest/* MANIFEST_FILE */.h1);
    const manifestSignaturePath = `${manifestPath}${SIG_SUFFIX}`;
    await (0,promises_.writeFile)(manifestPath, manifestBytes);
    await (0,promises_.writeFile)(manifestSignaturePath, manifestSig);
    const tauriPath = tauriText !== undefined ? (0,external_node_path_.join)(outDir, TAURI_FILE) : undefined;
    if (tauriPath)
        await (0,promises_.writeFile)(tauriPath, tauriText);
    // Signatures as files (uploaded beside each package).
    const sigDir = (0,external_node_path_.join)(outDir, 'signatures');
    await (0,promises_.mkdir)(sigDir, { recursive: true });
    for (const f of planned) {
        if (f.path === '') {
            const owner = packages.find((p) => `${p.file}${SIG_SUFFIX}` === f.name);
            await (0,promises_.mkdir)((0,external_node_path_.join)(sigDir, owner.platform), { recursive: true });
            f.path = (0,external_node_path_.join)(sigDir, owner.platform, f.name);
            await (0,promises_.writeFile)(f.path, owner.signature);
        }
    }
    // The set-level files, uploaded after every package: latest.json, manifest.json.minisig, manifest.json (last).
    const setFiles = [];
    const setTemplate = (t) => setLevelTemplate(t);
    const setValues = (file) => urlValues(r, undefined, file);
    const publicSet = setTemplate(publicTemplate);
    const uploadSet = s.http ? setTemplate(s.http.uploadUrl) : undefined;
    const addSet = (name, path, bytes) => setFiles.push({ name, path, size: bytes.length, sha256: sha256Hex(bytes), publicUrl: expand(publicSet, setValues(name)), uploadUrl: uploadSet ? expand(uploadSet, setValues(name)) : undefined });
    if (tauriPath)
        addSet(TAURI_FILE, tauriPath, Buffer.from(tauriText, 'utf8'));
    addSet(`${core_manifest/* MANIFEST_FILE */.h1}${SIG_SUFFIX}`, manifestSignaturePath, Buffer.from(manifestSig, 'utf8'));
    addSet(core_manifest/* MANIFEST_FILE */.h1, manifestPath, manifestBytes);
    for (const f of setFiles) {
        if (planned.some((p) => (p.uploadUrl ?? p.publicUrl) === (f.uploadUrl ?? f.publicUrl) || (s.target !== 'http' && p.name === f.name))) {
            throw new errors/* RelforgeError */.fY(`A package would overwrite ${f.name} (same URL or name): rename that package.`);
        }
    }
    const result = {
        manifest,
        manifestPath,
        manifestSignaturePath,
        manifestUrl: setFiles[setFiles.length - 1].publicUrl,
        tauriPath,
        tauriUrl: tauriPath ? setFiles[0].publicUrl : undefined,
        files: [],
        dryRun: !!s.dryRun,
    };
    if (s.dryRun) {
        for (const f of [...planned, ...setFiles])
            result.files.push({ name: f.name, url: f.uploadUrl ?? f.publicUrl, outcome: 'planned' });
        log(`dry run: ${packages.length} package(s) verified, manifest signed (${manifestPath}); nothing uploaded.`);
        return result;
    }
    if (s.target === 'http') {
        const up = new HttpUploader(s.http.token, s.attempts, s.baseDelayMs, log, s.http.readBack ?? 'auto');
        for (const f of [...planned, ...setFiles]) {
            const o = await up.put(f);
            result.files.push({ name: f.name, url: f.uploadUrl, outcome: o.outcome, verifiedBy: o.verifiedBy });
        }
    }
    else if (s.target === 'gitea-generic') {
        const forge = s.gitea.forge;
        const ref = giteaRef;
        const sync = async (batch) => {
            const existing = new Map((await forge.listPackageFiles(ref)).map((f) => [f.name, f]));
            for (const f of batch) {
                const have = existing.get(f.name);
                let outcome = 'uploaded';
                if (have && have.sha256 === f.sha256 && have.size === f.size) {
                    result.files.push({ name: f.name, url: f.publicUrl, outcome: 'unchanged', verifiedBy: 'package-file sha256' });
                    log(`unchanged ${f.name} (the registry already holds these bytes)`);
                    continue;
                }
                if (have) {
                    await forge.deletePackageFile(ref, f.name);
                    outcome = 'replaced';
                }
                try {
                    await forge.uploadPackageFile(ref, { path: f.path, name: f.name, size: f.size, contentType: 'application/octet-stream' });
                }
                catch (err) {
                    if (!(err instanceof types/* PackageFileExistsError */.dm))
                        throw err;
                    // A parallel or timed-out earlier upload won: compare, replace if different.
                    const now = (await forge.listPackageFiles(ref)).find((x) => x.name === f.name);
                    if (!now || now.sha256 !== f.sha256) {
                        await forge.deletePackageFile(ref, f.name);
                        await forge.uploadPackageFile(ref, { path: f.path, name: f.name, size: f.size, contentType: 'application/octet-stream' });
                        outcome = 'replaced';
                    }
                }
                result.files.push({ name: f.name, url: f.publicUrl, outcome, verifiedBy: 'package-file sha256' });
                log(`${outcome} ${f.name} → ${f.publicUrl}`);
            }
            // Read back: the registry's sha256 for every file of this batch.
            const after = new Map((await forge.listPackageFiles(ref)).map((f) => [f.name, f]));
            for (const f of batch) {
                const got = after.get(f.name);
                if (!got)
                    throw new errors/* RelforgeError */.fY(`Uploaded ${f.name} but the package registry does not list it (${ref.owner}/${ref.name} ${ref.version}); nothing further was published. Re-run the step.`);
                if (got.sha256 !== f.sha256 || got.size !== f.size) {
                    throw new errors/* RelforgeError */.fY(`Checksum mismatch after uploading ${f.name}: the registry reports sha256 ${got.sha256} (${got.size} bytes), the local file is ${f.sha256} (${f.size} bytes). The manifest was not uploaded; re-run the step.`);
                }
            }
        };
        await sync(planned);
        for (const f of setFiles)
            await sync([f]);
        const ours = new Set([...planned, ...setFiles].map((f) => f.name));
        const others = (await forge.listPackageFiles(ref)).filter((f) => !ours.has(f.name)).map((f) => f.name);
        if (others.length)
            log(`note: package ${ref.name} ${ref.version} also holds files this run did not publish (kept, not in the manifest): ${others.join(', ')}`);
    }
    else {
        const files = [...planned, ...setFiles].map((f) => ({ path: f.path, name: f.name }));
        const out = await s.release.publish(files);
        for (const f of [...planned, ...setFiles]) {
            const url = out.downloadUrls[f.name] ?? f.publicUrl;
            result.files.push({ name: f.name, url, outcome: 'uploaded', verifiedBy: 'release asset digest/size' });
        }
        // The manifest names `{server}/{owner}/{repo}/releases/download/{tag}/{file}`: GitHub's browser_download_url, and a
        // route Gitea/Forgejo serve too (their API reports /attachments/{uuid} instead, which is not version-specific).
        const differing = [...planned, ...setFiles].filter((f) => out.downloadUrls[f.name] && decodeURIComponent(out.downloadUrls[f.name]) !== decodeURIComponent(f.publicUrl));
        if (differing.length && !s.baseUrl)
            log(`note: the forge reports other download URLs for the assets (e.g. ${out.downloadUrls[differing[0].name]}); the manifest keeps the version-specific ${differing[0].publicUrl}`);
    }
    log(`published ${packages.length} package(s) of ${r.product} ${r.version} (${r.channel}); manifest ${result.manifestUrl}`);
    return result;
}
function sha256Hex(b) {
    return (0,external_node_crypto_.createHash)('sha256').update(b).digest('hex');
}
/** The `packages` output: one object per package. */
function packagesOutput(m) {
    return m.packages.map((p) => ({ platform: p.platform, file: p.file, size: p.size, sha256: p.sha256, url: p.url }));
}
// ---------------------------------------------------------------- step summaries (markdown, pure)
const mdCell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function renderUploadSummary(res, target) {
    const m = res.manifest;
    const lines = [
        `## ${res.dryRun ? 'Dry run: ' : ''}${mdCell(m.product)} ${m.version} (${m.channel}) → ${target}`,
        '',
        `Manifest: ${res.dryRun ? `\`${res.manifestPath}\` (not uploaded)` : res.manifestUrl} · key \`${m.keyId}\` · ${m.packages.length} package(s)`,
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
/** Settings for `target: release`: assets of the forge release for `tag`, published by the shared publish recipe (src/publishing/publish-release.ts). */
function releaseTarget(o) {
    const repository = (o.repository ?? process.env.GITHUB_REPOSITORY ?? '').trim();
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository))
        throw new errors/* RelforgeError */.fY(`Target release needs the repository as "owner/name" (GITHUB_REPOSITORY), got "${repository}".`);
    return {
        downloadUrl: `${o.serverUrl.replace(/\/+$/, '')}/${repository}/releases/download/${encodeURIComponent(o.tag)}/{file}`,
        publish: async (files) => {
            const res = await (0,publish_release/* publishRelease */.D)({
                tag: o.tag,
                files: files.map((f) => f.path),
                checksums: false,
                prerelease: 'auto',
                forge: o.forge && typeof o.forge !== 'string' ? o.forge : { token: o.token, forge: o.forge, apiUrl: o.apiUrl, repository },
                log: o.log,
            });
            if (!res.published)
                throw new errors/* RelforgeError */.fY(`The release ${o.tag} was not published; the manifest is uploaded but not visible. Re-run the step.`);
            return { downloadUrls: Object.fromEntries(res.assets.map((a) => [a.name, a.url])), releaseUrl: res.url };
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/upload-packages.ts
/**
 * `relforge upload-packages`: the same operation as actions/upload-packages. Secrets never come from argv:
 * the private key from --private-key-file, its password from RELFORGE_KEY_PASSWORD, the upload token from
 * RELFORGE_PACKAGE_TOKEN (forge token for target release: GITHUB_TOKEN).
 */







const usage = `relforge upload-packages (--packages GLOB … | --map "platform: file" | --fragments GLOB …) --product NAME --version X.Y.Z
       --public-key FILE|RW… [--private-key-file FILE] [--stage] [--channel C] [--commit SHA]
       [--require-platforms linux-x86_64,windows-x86_64] [--target http|gitea-generic|release]
       [--upload-url TEMPLATE] [--base-url TEMPLATE] [--read-back auto|download] [--tauri] [--notes TEXT] [--expires-in 90d]
       [--api-url URL --repository owner/repo --package-owner OWNER] [--tag TAG] [--out-dir DIR] [--dry-run] [--json]
       [--authenticode-root ROOTS.pem [--authenticode-tsa-root TSA.pem] [--authenticode-subject "CN=…"]]

Environment: RELFORGE_KEY_PASSWORD (private key password), RELFORGE_PACKAGE_TOKEN (http bearer token /
Gitea write:package token), GITHUB_TOKEN (target release).`;
/* harmony default export */ const upload_packages = ({
    summary: 'verify, sign a manifest for and upload per-platform packages (manifest last)',
    usage,
    async run(argv) {
        const { values } = (0,external_node_util_.parseArgs)({
            args: argv,
            options: {
                packages: { type: 'string', multiple: true },
                map: { type: 'string' },
                fragments: { type: 'string', multiple: true },
                stage: { type: 'boolean', default: false },
                product: { type: 'string' },
                version: { type: 'string' },
                channel: { type: 'string' },
                commit: { type: 'string' },
                'require-platforms': { type: 'string' },
                'public-key': { type: 'string' },
                'private-key-file': { type: 'string' },
                target: { type: 'string', default: 'http' },
                'upload-url': { type: 'string' },
                'base-url': { type: 'string' },
                'read-back': { type: 'string', default: 'auto' },
                tauri: { type: 'boolean', default: false },
                notes: { type: 'string' },
                'expires-in': { type: 'string' },
                'api-url': { type: 'string' },
                forge: { type: 'string' },
                repository: { type: 'string' },
                'package-owner': { type: 'string' },
                tag: { type: 'string' },
                'out-dir': { type: 'string', default: 'relforge-packages' },
                'authenticode-root': { type: 'string' },
                'authenticode-tsa-root': { type: 'string' },
                'authenticode-subject': { type: 'string' },
                'dry-run': { type: 'boolean', default: false },
                json: { type: 'boolean', default: false },
            },
            allowPositionals: false,
            strict: true,
        });
        const given = [values.packages?.length, values.map, values.fragments?.length].filter(Boolean).length;
        if (given !== 1 || !values.product || !values.version || !values['public-key']) {
            throw new errors/* RelforgeError */.fY(`Give exactly one of --packages, --map or --fragments, and --product, --version and --public-key.\n\nusage: ${usage}`, { exitCode: 2 });
        }
        const cwd = process.cwd();
        const pk = values['public-key'].trim();
        const publicKey = /^RW[A-Za-z0-9+/=]{54,}$/.test(pk) ? pk : (0,external_node_fs_.readFileSync)(pk, 'utf8');
        const common = {
            product: values.product,
            version: values.version,
            channel: values.channel,
            commit: values.commit ?? '',
            publicKey,
            requirePlatforms: (values['require-platforms'] ?? '').split(',').map((s) => s.trim()).filter(Boolean),
            outDir: values['out-dir'],
            authenticode: values['authenticode-root']
                ? {
                    roots: (0,external_node_fs_.readFileSync)(values['authenticode-root'], 'utf8'),
                    tsaRoots: values['authenticode-tsa-root'] ? (0,external_node_fs_.readFileSync)(values['authenticode-tsa-root'], 'utf8') : undefined,
                    subject: values['authenticode-subject'],
                }
                : undefined,
            log: (m) => console.error(m),
        };
        let sources;
        if (values.fragments?.length) {
            const merged = await mergeFragments(values.fragments, { cwd, inputName: '--fragments', product: values.product, version: values.version, channel: values.channel });
            sources = merged.packages;
            common.channel ??= merged.channel;
            common.commit ||= merged.commit;
        }
        else {
            sources = await resolvePackagesInput(values.map ?? values.packages.join('\n'), cwd, values.map ? '--map' : '--packages');
        }
        if (values.stage) {
            const r = await stagePackages({ ...common, packages: sources });
            console.log(values.json ? JSON.stringify({ fragment: r.fragmentPath, packages: r.packages.map(({ signature: _s, ...p }) => p) }, null, 2) : `fragment: ${r.fragmentPath}`);
            return 0;
        }
        const password = process.env.RELFORGE_KEY_PASSWORD;
        const token = process.env.RELFORGE_PACKAGE_TOKEN ?? '';
        (0,secrets/* registerSecret */.cl)(password);
        (0,secrets/* registerSecret */.cl)(token);
        const privateKey = values['private-key-file'] ? (0,external_node_fs_.readFileSync)(values['private-key-file'], 'utf8') : undefined;
        (0,secrets/* registerSecret */.cl)(privateKey);
        const target = values.target;
        const settings = {
            ...common,
            packages: sources,
            privateKey,
            password,
            target,
            baseUrl: values['base-url'],
            tauri: values.tauri,
            notes: values.notes,
            expiresIn: values['expires-in'],
            dryRun: values['dry-run'],
        };
        const runtime = (0,platform_runtime/* detectRuntime */.mZ)(process.env);
        if (target === 'http')
            settings.http = { uploadUrl: values['upload-url'] ?? '', token, readBack: values['read-back'] === 'download' ? 'download' : 'auto' };
        else if (target === 'gitea-generic') {
            settings.gitea = {
                forge: (0,forge/* createForge */.u_)({ token: token || 'dry-run', forge: values.forge ?? 'gitea', apiUrl: values['api-url'], repository: values.repository }),
                owner: values['package-owner'],
            };
        }
        else if (target === 'release') {
            const ghToken = process.env.GITHUB_TOKEN ?? '';
            (0,secrets/* registerSecret */.cl)(ghToken);
            settings.release = releaseTarget({ token: ghToken, tag: values.tag ?? `v${values.version.replace(/^v(?=\d)/, '')}`, serverUrl: runtime.serverUrl, forge: values.forge, apiUrl: values['api-url'], repository: values.repository });
        }
        const res = await uploadPackages(settings);
        if (values.json)
            console.log(JSON.stringify({ manifest: res.manifestPath, manifestUrl: res.manifestUrl, tauri: res.tauriPath ?? null, packages: packagesOutput(res.manifest), files: res.files }, null, 2));
        else
            console.log(`${res.dryRun ? 'dry run: ' : ''}manifest ${res.manifestUrl} (${res.manifest.packages.length} packages)`);
        return 0;
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
