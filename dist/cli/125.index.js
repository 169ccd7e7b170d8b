export const id = 125;
export const ids = [125];
export const modules = {

/***/ 8125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XS: () => (/* binding */ DEFAULT_TIMESTAMP_URL),
/* harmony export */   cT: () => (/* binding */ signTrustedSchema),
/* harmony export */   g3: () => (/* binding */ verifyAuthenticodeSchema),
/* harmony export */   j_: () => (/* binding */ DEFAULT_AUTHORITY_HOST),
/* harmony export */   lX: () => (/* binding */ signTrustedOptions),
/* harmony export */   z5: () => (/* binding */ DEFAULT_JSIGN_VERSION)
/* harmony export */ });
/* harmony import */ var _platform_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1933);
/* harmony import */ var _minisign_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1112);
/**
 * Option schemas of the Authenticode operations (src/platform/options.ts): sign-trusted (action and
 * `relforge sign-trusted`) and the CLI-only `relforge verify-authenticode`.
 *
 * One vocabulary: the CLI flags are the action's input names (`--expected-subject`, `--expected-eku`,
 * `--trusted-root`, `--azure-tenant-id`, `--azure-client-id`, `--timeout-seconds`) in both commands; the old CLI
 * spellings (`--subject`, `--eku`, `--root`, `--tenant-id`, `--client-id`, `--timeout`) are still accepted.
 * Secrets (client secret, access token) come from `--x-file`, `--x-env` or AZURE_CLIENT_SECRET / AZURE_ACCESS_TOKEN.
 */


/** Defaults the schema documents and the signer applies (kept here so loading them costs nothing at start-up). */
const DEFAULT_AUTHORITY_HOST = 'https://login.microsoftonline.com';
const DEFAULT_TIMESTAMP_URL = 'http://timestamp.acs.microsoft.com';
const DEFAULT_JSIGN_VERSION = '7.5';
const SUBJECT = {
    type: 'string',
    description: 'Identity pin, e.g. "CN=Contoso Ltd, O=Contoso Ltd". Every attribute named must be in the signing certificate\'s subject.',
    cli: { aliases: ['subject'], metavar: '"CN=…, O=…"' },
};
const signTrustedSchema = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .defineSchema */ .Jo)({
    name: 'sign-trusted',
    summary: 'sign PE/MSI files with Azure Trusted Signing (jsign), verify them, then replace the originals',
    options: {
        files: (0,_minisign_options_js__WEBPACK_IMPORTED_MODULE_1__/* .filesToSign */ .cz)('one glob per line (relative to the workspace). Zero matches is an error. PE (.exe/.dll/.sys/.efi) and MSI. '),
        endpoint: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredString */ .Fk)('Regional endpoint of the signing account, host or URL (e.g. eus.codesigning.azure.net). Must be the account\'s region.', 'HOST'),
        account: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredString */ .Fk)('Trusted Signing account name.', 'NAME'),
        profile: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredString */ .Fk)('Certificate profile name.', 'NAME'),
        'azure-tenant-id': { type: 'string', env: ['AZURE_TENANT_ID'], description: 'Entra ID tenant (directory) ID.', cli: { aliases: ['tenant-id'], metavar: 'ID' } },
        'azure-client-id': {
            type: 'string',
            env: ['AZURE_CLIENT_ID'],
            description: 'Client ID of the app registration (or managed identity) holding the "Artifact Signing Certificate Profile Signer" role.',
            cli: { aliases: ['client-id'], metavar: 'ID' },
        },
        'azure-client-secret': {
            type: 'string',
            secret: true,
            env: ['AZURE_CLIENT_SECRET'],
            description: 'Client secret of the app registration. When empty, GitHub OIDC is used (needs "permissions id-token write" and a federated credential).',
        },
        'access-token': {
            type: 'string',
            secret: true,
            env: ['AZURE_ACCESS_TOKEN'],
            description: 'An Entra ID access token for https://codesigning.azure.net/.default obtained elsewhere (e.g. azure/login + az account get-access-token).',
        },
        'authority-host': { type: 'string', default: DEFAULT_AUTHORITY_HOST, description: 'Entra ID authority host (sovereign clouds, tests).', cli: { metavar: 'URL' } },
        'timestamp-url': { type: 'string', default: DEFAULT_TIMESTAMP_URL, description: 'RFC 3161 timestamp server.', cli: { metavar: 'URL' } },
        digest: { type: 'string', default: 'SHA256', choices: ['SHA256', 'SHA384', 'SHA512'], description: 'File digest algorithm, SHA256, SHA384 or SHA512.' },
        description: { type: 'string', description: 'Signed description (product name) shown by Windows.', cli: { metavar: 'TEXT' } },
        'description-url': { type: 'string', description: 'Signed URL shown by Windows.', cli: { metavar: 'URL' } },
        'expected-subject': SUBJECT,
        'expected-eku': {
            type: 'list',
            separator: 'lines',
            description: 'Identity pin, the profile\'s identity EKU (1.3.6.1.4.1.311.97.…), one per line. Default is the identity EKU the service reports for the profile.',
            cli: { aliases: ['eku'], metavar: 'OID' },
        },
        'trusted-root': {
            type: 'string',
            description: 'Trust anchor (PEM text or file path). Default is Microsoft Identity Verification Root Certificate Authority 2020 (shipped with relforge).',
            cli: { aliases: ['root'], metavar: 'ROOT.pem' },
        },
        'tsa-root': { type: 'string', description: 'Trust anchor for the timestamp (PEM text or file path). Default is trusted-root.', cli: { metavar: 'TSA-ROOT.pem' } },
        'jsign-version': { type: 'string', default: DEFAULT_JSIGN_VERSION, description: 'jsign version from Maven Central (pinned SHA-256), or VERSION@SHA256 for a version relforge has no pin for.', cli: { metavar: 'V' } },
        'jsign-path': { type: 'string', description: 'Use this jsign jar instead of downloading one.', cli: { metavar: 'JAR' } },
        'timeout-seconds': {
            type: 'integer',
            default: 600,
            min: 5,
            max: 21600,
            description: 'Upper limit for the whole signing run (token, service calls, jsign), in seconds.',
            cli: { aliases: ['timeout'], metavar: 'SECONDS' },
        },
        'allow-outside-workspace': _minisign_options_js__WEBPACK_IMPORTED_MODULE_1__/* .ALLOW_OUTSIDE_WORKSPACE */ .ob,
        json: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonFlag */ .hG)('Print the signed files as JSON.'),
    },
    outputs: {
        signed: 'JSON array, one object per file with file, sha256Before, sha256After, signerSubject, leafSha256, timestamp, digestAlgorithm and kind.',
        'signer-subject': 'Subject of the signing certificate (the verified leaf).',
    },
});
/** signTrusted settings from sign-trusted's option values (the action and the CLI both call this). */
function signTrustedOptions(v, ctx) {
    return {
        files: v.files,
        cwd: ctx.cwd,
        endpoint: v.endpoint,
        account: v.account,
        profile: v.profile,
        auth: {
            tenantId: v['azure-tenant-id'] || undefined,
            clientId: v['azure-client-id'] || undefined,
            clientSecret: v['azure-client-secret'] || undefined,
            accessToken: v['access-token'] || undefined,
            authorityHost: v['authority-host'] || undefined,
        },
        timestampUrl: v['timestamp-url'] || undefined,
        digest: v.digest,
        description: v.description || undefined,
        descriptionUrl: v['description-url'] || undefined,
        expectedSubject: v['expected-subject'] || undefined,
        expectedEku: v['expected-eku'],
        trustedRoot: v['trusted-root'] || undefined,
        tsaRoot: v['tsa-root'] || undefined,
        jsignVersion: v['jsign-version'] || undefined,
        jsignPath: v['jsign-path'] || undefined,
        timeoutSeconds: v['timeout-seconds'],
        allowOutsideWorkspace: v['allow-outside-workspace'],
        runtime: ctx.runtime,
        env: ctx.env,
        log: ctx.log,
        onSecret: ctx.onSecret,
    };
}
const verifyAuthenticodeSchema = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .defineSchema */ .Jo)({
    name: 'verify-authenticode',
    summary: 'verify Authenticode signatures (PE, MSI) against pinned roots, subject and EKUs',
    options: {
        files: { type: 'list', separator: 'lines', required: true, description: 'The PE (.exe/.dll/.sys…) and MSI files to verify.', cli: { positional: true, metavar: 'FILE' } },
        'trusted-root': {
            type: 'list',
            separator: 'lines',
            required: true,
            description: 'PEM file(s) of the trusted root(s) the chain must end in (bundles allowed; repeatable).',
            cli: { aliases: ['root'], metavar: 'ROOT.pem' },
        },
        'tsa-root': { type: 'list', separator: 'lines', description: 'PEM file(s) of the timestamp authority\'s root(s). Default: the trusted roots.', cli: { metavar: 'TSA-ROOT.pem' } },
        'expected-subject': SUBJECT,
        'expected-eku': { type: 'list', separator: 'lines', description: 'EKU OID(s) the leaf must carry besides codeSigning (repeatable).', cli: { aliases: ['eku'], metavar: 'OID' } },
        'allow-no-timestamp': (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)('Accept a signature without an RFC 3161 timestamp (the chain is then checked now).'),
        json: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)('Print one JSON result per file.'),
    },
});


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
