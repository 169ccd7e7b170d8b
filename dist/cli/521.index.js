export const id = 521;
export const ids = [521];
export const modules = {

/***/ 6521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   usage: () => (/* binding */ usage)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6316);
/* harmony import */ var _platform_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9002);
/* harmony import */ var _signing_minisign_signer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9606);
/**
 * `relforge sign FILE|GLOB… (--key FILE | --key-env VAR) [--password-env VAR] [--pubkey KEY] …`: the same
 * operation as actions/sign-ed25519 (signFiles), fail-closed. Secrets come from a file or environment
 * variables, never from argv.
 */





const usage = `relforge sign FILE|GLOB… (--key KEYFILE | --key-env VAR) [--password-env VAR] [--pubkey KEY]
       [--version X] [--platform P] [--trusted-comment T] [--format minisign|raw] [--algorithm ED|Ed]
       [--no-checksums] [--output-dir DIR] [--workers N] [--verify digest|reread] [--json]

Signs files like actions/sign-ed25519: FILE.minisig next to each file (or in --output-dir), SHA256SUMS +
its signature, each signature verified before anything is moved into place; on any failure nothing is left.
The key is a minisign secret key, a PKCS#8 PEM or base64 of a 32-byte seed, read from KEYFILE or $VAR; the
password of an encrypted key from $VAR given by --password-env. --pubkey (file, or RW… line) pins the key.
Trusted comment placeholders: {version} {file} {platform} {timestamp}.`;
const usageError = (m) => new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY(`${m}\n\nusage: ${usage.split('\n')[0]}`, { exitCode: 2 });
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    summary: 'sign files with Ed25519 in minisign format (fail-closed, verified, SHA256SUMS)',
    usage,
    async run(argv) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args: argv,
            options: {
                key: { type: 'string' },
                'key-env': { type: 'string' },
                'password-env': { type: 'string' },
                pubkey: { type: 'string' },
                version: { type: 'string', default: '' },
                platform: { type: 'string', default: '' },
                'trusted-comment': { type: 'string', default: '' },
                'untrusted-comment': { type: 'string', default: '' },
                format: { type: 'string', default: '' },
                algorithm: { type: 'string', default: '' },
                'no-checksums': { type: 'boolean', default: false },
                'output-dir': { type: 'string', default: '' },
                workers: { type: 'string', default: '' },
                verify: { type: 'string', default: '' },
                json: { type: 'boolean', default: false },
            },
            allowPositionals: true,
        });
        if (positionals.length === 0)
            throw usageError('Give at least one FILE or GLOB to sign.');
        if (!!values.key === !!values['key-env'])
            throw usageError('Give the private key with exactly one of --key KEYFILE or --key-env VAR.');
        let privateKey;
        if (values.key) {
            try {
                privateKey = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(values.key, 'utf8');
            }
            catch (err) {
                throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY(`Cannot read --key ${values.key}: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`, { exitCode: 2 });
            }
        }
        else {
            privateKey = process.env[values['key-env']] ?? '';
            if (!privateKey.trim())
                throw usageError(`--key-env ${values['key-env']}: that environment variable is empty or not set.`);
        }
        (0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(privateKey);
        let password = '';
        if (values['password-env']) {
            password = process.env[values['password-env']] ?? '';
            if (!password)
                throw usageError(`--password-env ${values['password-env']}: that environment variable is empty or not set.`);
            (0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(password);
        }
        const pubkey = values.pubkey ? ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(values.pubkey) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(values.pubkey, 'utf8') : values.pubkey) : '';
        const settings = (0,_signing_minisign_signer_js__WEBPACK_IMPORTED_MODULE_4__/* .signSettingsFromInputs */ .Qp)({
            files: positionals,
            privateKey,
            password,
            publicKey: pubkey,
            trustedComment: values['trusted-comment'],
            untrustedComment: values['untrusted-comment'],
            version: values.version,
            platform: values.platform,
            format: values.format,
            algorithm: values.algorithm,
            checksums: values['no-checksums'] ? 'false' : 'true',
            outputDir: values['output-dir'],
            workers: values.workers,
            verify: values.verify,
        }, process.cwd());
        const result = await (0,_signing_minisign_signer_js__WEBPACK_IMPORTED_MODULE_4__/* .signFiles */ .JX)({ ...settings, log: (m) => console.error(m) });
        if (values.json) {
            console.log(JSON.stringify(result, null, 2));
        }
        else {
            for (const s of result.signatures)
                console.log(`signed and verified ${s.file} -> ${s.signature}`);
            if (result.checksumsFile)
                console.log(`checksums: ${result.checksumsFile} (+ ${result.checksumsSignature})`);
            console.log(`key id ${result.keyId}`);
        }
        return 0;
    },
});


/***/ })

};
