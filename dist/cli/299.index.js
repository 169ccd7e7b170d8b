export const id = 299;
export const ids = [299];
export const modules = {

/***/ 5299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6316);
/* harmony import */ var _signing_minisign_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9200);
/* harmony import */ var _signing_minisign_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1112);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3567);
/**
 * `relforge keygen --out DIR [--password-env VAR] [--name NAME] [--force]`: writes a minisign key pair
 * (NAME.key, mode 0600, scrypt-encrypted when a password is given; NAME.pub). The password is read from a file
 * or an environment variable (MINISIGN_PASSWORD), never from argv.
 */






/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .defineCommand */ .N)({
    schema: _signing_minisign_options_js__WEBPACK_IMPORTED_MODULE_4__/* .keygenSchema */ .tq,
    notes: `Writes DIR/NAME.key (minisign secret key, mode 0600) and DIR/NAME.pub. Store the .key (and the password)
as CI secrets (MINISIGN_PRIVATE_KEY, MINISIGN_PASSWORD); publish or pin the .pub (variable MINISIGN_PUBLIC_KEY).`,
    async run(v) {
        if (!/^[A-Za-z0-9._-]+$/.test(v.name) || v.name.startsWith('.'))
            throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .fieldError */ .$i)('name', 'must be a plain file name (letters, digits, . _ -).');
        const password = v.password || undefined;
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(v.out);
        const keyPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${v.name}.key`);
        const pubPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${v.name}.pub`);
        if (!v.force)
            for (const p of [keyPath, pubPath])
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p))
                    throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY(`${p} already exists: keeping it (use --force to overwrite).`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
        const pair = await (0,_signing_minisign_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .generateKeyPair */ .TZ)(password);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(keyPath, pair.secretKey, { mode: 0o600, flag: v.force ? 'w' : 'wx' });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(pubPath, pair.publicKey, { flag: v.force ? 'w' : 'wx' });
        console.log(`Wrote ${keyPath} (${password ? 'encrypted' : 'NOT encrypted'}; keep it secret) and ${pubPath}.`);
        console.log(`Key id ${pair.keyIdHex}; public key: ${pair.publicKey.split('\n')[1]}`);
        console.log(`Verify with: minisign -Vm FILE -P ${pair.publicKey.split('\n')[1]}   or   relforge verify FILE --public-key ${pubPath}`);
        return 0;
    },
}));


/***/ }),

/***/ 9200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TR: () => (/* binding */ checkKeyPin),
/* harmony export */   TZ: () => (/* binding */ generateKeyPair),
/* harmony export */   fm: () => (/* binding */ loadSigningKey)
/* harmony export */ });
/* unused harmony export derivedKeyId */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6316);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1310);
/**
 * Signing keys: load (minisign `.key`, Tauri base64, PKCS#8 PEM, raw seed), pin against the expected public key,
 * generate minisign-compatible pairs. Adapter around ./core/format.ts that runs scrypt. Key material is never
 * echoed in errors; seeds and scrypt streams are zeroed after use.
 */



function makeKey(privateKey, keyId, source) {
    const publicKey = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .rawPublicKey */ .F7)(privateKey);
    return Object.freeze({
        keyId,
        keyIdHex: (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .keyIdHex */ .wQ)(keyId),
        publicKey,
        publicKeyText: (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPublicKey */ .et)(keyId, publicKey),
        publicKeyBase64: (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .publicKeyBase64 */ .IX)(keyId, publicKey),
        source,
        privateKey,
    });
}
/** Key id for keys that carry none (PEM, raw seed): first 8 bytes of BLAKE2b-512(public key), so a seed always gets the same id. */
function derivedKeyId(publicKey) {
    return Buffer.from((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('blake2b512').update(publicKey).digest().subarray(0, 8));
}
async function scryptStream(password, salt, opslimit, memlimit) {
    const { N, r, p, maxmem } = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .scryptParams */ .mA)(opslimit, memlimit);
    return await new Promise((res, rej) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.scrypt)(Buffer.from(password, 'utf8'), salt, 104, { N, r, p, maxmem }, (err, key) => (err ? rej(err) : res(key))));
}
async function openMinisignKey(text, password) {
    const parsed = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSecretKey */ .NP)(text);
    const stream = parsed.encrypted ? await deriveStream(parsed, password) : undefined;
    let m;
    try {
        m = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .openSecretKey */ .At)(parsed, stream);
    }
    catch (err) {
        stream?.fill(0);
        if (err instanceof _core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .MinisignVerificationError */ .sG)
            throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('password', 'is wrong: it does not open the minisign secret key (checksum mismatch after decryption).');
        throw err;
    }
    try {
        return makeKey((0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .ed25519PrivateKey */ .or)(m.seed), m.keyId, 'minisign');
    }
    finally {
        m.seed.fill(0);
        stream?.fill(0);
    }
}
/** The scrypt stream for an encrypted key; without a password, the empty one (Tauri's default) must open it. */
async function deriveStream(parsed, password) {
    let stream;
    try {
        stream = await scryptStream(password ?? '', parsed.salt, parsed.opslimit, parsed.memlimit);
    }
    catch (err) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RelforgeError */ .fY(`Could not derive the key from the password (scrypt with the key's limits failed: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err).replace(/[^\x20-\x7e]/g, '')}).`);
    }
    if (!password) {
        try {
            (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .openSecretKey */ .At)(parsed, stream).seed.fill(0);
        }
        catch {
            stream.fill(0);
            throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('password', 'is needed: the minisign secret key is encrypted and the empty password did not open it.');
        }
    }
    return stream;
}
function loadPem(text, password) {
    if (/ENCRYPTED PRIVATE KEY/.test(text) && !password)
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('password', 'is needed: the PKCS#8 private key is encrypted.');
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(password ? { key: text, format: 'pem', passphrase: password } : { key: text, format: 'pem' });
    }
    catch {
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('private-key', 'is a PEM that could not be read: give an unencrypted (or password-protected) PKCS#8 "PRIVATE KEY" PEM of an Ed25519 key.');
    }
    if (key.asymmetricKeyType !== 'ed25519')
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('private-key', `holds a ${key.asymmetricKeyType ?? 'non-Ed25519'} key; an Ed25519 key is required.`);
    return makeKey(key, derivedKeyId((0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .rawPublicKey */ .F7)(key)), 'pkcs8');
}
function loadSeed(text) {
    let raw;
    try {
        raw = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeBase64Strict */ .Fm)(text.replace(/\s+/g, ''), 'The private key');
    }
    catch {
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('private-key', 'is not recognised: give a minisign secret key file, a PKCS#8 PEM, or base64 of a 32-byte Ed25519 seed.');
    }
    const n = raw.length;
    const seed = Buffer.from(raw.subarray(0, 32));
    const consistent = n === 32 || (n === 64 && (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .publicKeyFromSeed */ .wE)(seed).equals(raw.subarray(32)));
    raw.fill(0);
    if (n !== 32 && n !== 64) {
        seed.fill(0);
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('private-key', `decodes to ${n} bytes; base64 of a 32-byte Ed25519 seed (or 64 bytes seed + public key) is expected.`);
    }
    if (!consistent) {
        seed.fill(0);
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('private-key', 'is inconsistent: the second half of the 64 bytes is not the public key of the first half.');
    }
    const key = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .ed25519PrivateKey */ .or)(seed);
    seed.fill(0);
    return makeKey(key, derivedKeyId((0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .rawPublicKey */ .F7)(key)), 'seed');
}
/**
 * Loads a signing key. Accepted material (never echoed in errors):
 * - a minisign secret key file's text (unencrypted, or scrypt-encrypted: give `password`), or base64 of that text (Tauri);
 * - a PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`) holding an Ed25519 key;
 * - base64 of a raw 32-byte Ed25519 seed (or of 64 bytes seed ‖ public key, Go's `ed25519.PrivateKey`).
 * An encrypted minisign key without a password is tried with the empty password (Tauri's default) first.
 * (A password given for an unencrypted key is ignored.)
 */
async function loadSigningKey(material, password) {
    const text = (material ?? '').trim();
    if (!text)
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('private-key', 'is empty: give a minisign secret key, a PKCS#8 PEM or base64 of a 32-byte seed. Refusing to publish unsigned files.');
    try {
        if ((0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .looksLikeSecretKeyFile */ .DH)(text))
            return await openMinisignKey(text, password);
        if (text.startsWith('-----BEGIN'))
            return loadPem(text, password);
        return loadSeed(text);
    }
    catch (err) {
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .asUserError */ .Yl)(err);
    }
}
/**
 * Key pinning: the key must match `expected` (minisign public key text or its base64 line). Keys without
 * their own id (PEM/seed) take the pinned key id, so signatures name the id users have in their `.pub`.
 */
function checkKeyPin(key, expected) {
    if (expected === undefined || expected === '')
        return key;
    let pin;
    try {
        pin = typeof expected === 'string' ? (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePublicKey */ .ee)(expected) : expected;
    }
    catch (err) {
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('public-key', `is malformed: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`);
    }
    if (!pin.publicKey.equals(key.publicKey)) {
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('public-key', `is ${pin.keyIdHex}, but the private key does not belong to the expected public key: its public key is ${key.publicKeyBase64}. Check {{private-key}} and {{public-key}}.`);
    }
    if (!pin.keyId.equals(key.keyId)) {
        if (key.source === 'minisign')
            throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('public-key', `has key id ${pin.keyIdHex} but the minisign secret key has key id ${key.keyIdHex}.`);
        return makeKey(key.privateKey, pin.keyId, key.source);
    }
    return key;
}
/** Generates a minisign key pair; with a password the secret key is scrypt-encrypted (minisign's default limits unless given). */
async function generateKeyPair(password, opts = {}) {
    const seed = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32);
    const keyId = opts.keyId ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8);
    const publicKey = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .publicKeyFromSeed */ .wE)(seed);
    let secretKey;
    if (password) {
        const salt = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32);
        const opslimit = opts.opslimit ?? _core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .MINISIGN_OPSLIMIT */ .$W;
        const memlimit = opts.memlimit ?? _core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .MINISIGN_MEMLIMIT */ .a8;
        const stream = await scryptStream(password, salt, opslimit, memlimit);
        secretKey = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .sealSecretKey */ .PS)({ keyId, seed, publicKey }, { salt, opslimit, memlimit, stream });
        stream.fill(0);
    }
    else {
        secretKey = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .sealSecretKey */ .PS)({ keyId, seed, publicKey });
    }
    seed.fill(0);
    return { publicKey: (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPublicKey */ .et)(keyId, publicKey), secretKey, keyIdHex: (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .keyIdHex */ .wQ)(keyId) };
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
