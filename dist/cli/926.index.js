export const id = 926;
export const ids = [926];
export const modules = {

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ defineCommand)
/* harmony export */ });
function defineCommand(command) {
    return command;
}


/***/ }),

/***/ 1112:
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

/***/ 1933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ optionsFor),
/* harmony export */   Jo: () => (/* binding */ defineSchema),
/* harmony export */   Qc: () => (/* binding */ parseValues),
/* harmony export */   vM: () => (/* binding */ cliFlag)
/* harmony export */ });
/* unused harmony exports splitList, actionDefault */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6316);
/**
 * Option schemas: every option of an operation is declared once (name, type, allowed values, default,
 * environment variable, secret or not, description). Pure data and pure functions, no I/O:
 *   - src/actions/runner.ts reads `INPUT_*` through a schema (readInputs),
 *   - src/cli/args.ts builds node:util parseArgs' config and the usage text from it,
 *   - test/options.test.ts checks every actions/<name>/action.yml against its schema,
 *   - scripts/gen-docs.mjs writes the docs tables from it.
 *
 * Problems are reported by field (`SettingsError` with `FieldProblem`s); each front end words the field
 * (`Input "tag-prefix"` in an action, `--tag-prefix` on the command line). A problem's text may name other
 * options as `{{name}}`; the front end words those too.
 */

/** Declares a schema with its literal types kept (so `Values<S>` knows each option's type). */
function defineSchema(schema) {
    return schema;
}
const TRUE = ['true', 'yes', '1', 'on'];
const FALSE = ['false', 'no', '0', 'off'];
/** Splits a list input: one item per line (and per comma unless separator is 'lines'); blanks and `#` lines dropped. */
function splitList(text, separator = 'comma') {
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'))
        .flatMap((l) => (separator === 'comma' ? l.split(',') : [l]))
        .map((s) => s.trim())
        .filter(Boolean);
}
/**
 * Types and checks raw values against a schema. Every problem is collected (by field) and thrown together
 * as one SettingsError; the caller's front end words the field names.
 */
function parseValues(schema, raw, frontEnd) {
    const problems = [];
    const out = {};
    for (const [name, spec] of Object.entries(schema.options)) {
        if (spec.only && spec.only !== frontEnd) {
            out[name] = emptyValue(spec);
            continue;
        }
        const given = raw[name];
        const value = typed(name, spec, given, problems);
        out[name] = value;
    }
    if (problems.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SettingsError */ .GN(problems);
    return out;
}
function emptyValue(spec) {
    if (spec.type === 'boolean')
        return spec.default === true;
    if (spec.type === 'list')
        return typeof spec.default === 'string' ? splitList(spec.default, spec.separator) : [];
    return spec.default;
}
function typed(name, spec, given, problems) {
    if (spec.type === 'boolean') {
        if (typeof given === 'boolean')
            return given;
        const text = typeof given === 'string' ? given.trim().toLowerCase() : '';
        if (text === '')
            return spec.default === true;
        if (TRUE.includes(text))
            return true;
        if (FALSE.includes(text))
            return false;
        problems.push({ field: name, message: `must be true or false, got "${String(given).trim()}".` });
        return spec.default === true;
    }
    if (spec.type === 'list') {
        const items = Array.isArray(given)
            ? given.flatMap((g) => splitList(g, spec.separator))
            : typeof given === 'string'
                ? splitList(given, spec.separator)
                : [];
        const list = items.length ? items : emptyValue(spec);
        if (spec.required && list.length === 0)
            problems.push({ field: name, message: 'is required but was empty or not set.' });
        if (spec.choices)
            for (const item of list)
                checkChoice(name, spec.choices, item, problems);
        return list;
    }
    const text = (Array.isArray(given) ? given.at(-1) : typeof given === 'string' ? given : undefined)?.trim() ?? '';
    const value = text === '' ? (spec.default === undefined ? undefined : String(spec.default)) : text;
    if (value === undefined) {
        if (spec.required)
            problems.push({ field: name, message: 'is required but was empty or not set.' });
        return undefined;
    }
    if (spec.choices && !checkChoice(name, spec.choices, value, problems))
        return spec.default;
    if (spec.type === 'integer') {
        const n = Number(value);
        const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = spec;
        if (!/^-?\d+$/.test(value) || n < min || n > max) {
            const range = spec.min !== undefined && spec.max !== undefined ? ` from ${spec.min} to ${spec.max}` : '';
            problems.push({ field: name, message: `must be a whole number${range}, got "${value}".` });
            return spec.default;
        }
        return n;
    }
    return value;
}
function checkChoice(name, choices, value, problems) {
    if (choices.includes(value))
        return true;
    problems.push({ field: name, message: `must be ${choices.length === 2 ? `${choices[0]} or ${choices[1]}` : `one of ${choices.join(', ')}`}, got "${value}".` });
    return false;
}
/** The action.yml `default:` text of an option (undefined = no default line). */
function actionDefault(spec) {
    if (spec.actionDefault !== undefined)
        return spec.actionDefault;
    if (spec.default === undefined)
        return undefined;
    return String(spec.default);
}
/** The CLI flag of an option (without dashes). */
function cliFlag(name, spec) {
    return spec?.cli?.flag ?? name;
}
/** Options a front end offers, in declaration order. */
function optionsFor(schema, frontEnd) {
    return Object.entries(schema.options).filter(([, s]) => !s.only || s.only === frontEnd);
}


/***/ })

};
