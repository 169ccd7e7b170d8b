export const id = 299;
export const ids = [299];
export const modules = {

/***/ 5299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   usage: () => (/* binding */ usage)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6316);
/* harmony import */ var _platform_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9002);
/* harmony import */ var _signing_minisign_signer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9606);
/**
 * `relforge keygen --out DIR [--password-env VAR] [--name NAME] [--force]`: writes a minisign key pair
 * (NAME.key, mode 0600, scrypt-encrypted when a password is given; NAME.pub). The password is read from an
 * environment variable, never from argv.
 */






const usage = `relforge keygen --out DIR [--password-env VAR] [--name NAME] [--force]

Writes DIR/NAME.key (minisign secret key, mode 0600) and DIR/NAME.pub (default NAME: minisign). With
--password-env VAR the secret key is encrypted with the password in $VAR (scrypt with minisign's limits:
opening it takes about 1 GiB of memory and a few seconds, like minisign). Without it the key is unencrypted,
like minisign -G -W. Existing files are kept unless --force. Store the .key (and the password) as CI secrets;
publish or pin the .pub.`;
const usageError = (m) => new _platform_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RelforgeError */ .fY(`${m}\n\nusage: ${usage.split('\n')[0]}`, { exitCode: 2 });
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    summary: 'generate a minisign Ed25519 key pair (optionally password-encrypted)',
    usage,
    async run(argv) {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args: argv,
            options: {
                out: { type: 'string', short: 'o' },
                'password-env': { type: 'string' },
                name: { type: 'string', default: 'minisign' },
                force: { type: 'boolean', short: 'f', default: false },
            },
            allowPositionals: false,
        });
        if (!values.out)
            throw usageError('--out DIR is required.');
        if (!/^[A-Za-z0-9._-]+$/.test(values.name) || values.name.startsWith('.'))
            throw usageError('--name must be a plain file name (letters, digits, . _ -).');
        let password;
        if (values['password-env']) {
            password = process.env[values['password-env']];
            if (!password)
                throw usageError(`--password-env ${values['password-env']}: that environment variable is empty or not set.`);
            (0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .registerSecret */ .cl)(password);
        }
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(values.out);
        const keyPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${values.name}.key`);
        const pubPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${values.name}.pub`);
        if (!values.force)
            for (const p of [keyPath, pubPath])
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p))
                    throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RelforgeError */ .fY(`${p} already exists: keeping it (use --force to overwrite).`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
        const pair = await (0,_signing_minisign_signer_js__WEBPACK_IMPORTED_MODULE_5__/* .generateKeyPair */ .TZ)(password);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(keyPath, pair.secretKey, { mode: 0o600, flag: values.force ? 'w' : 'wx' });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(pubPath, pair.publicKey, { flag: values.force ? 'w' : 'wx' });
        console.log(`Wrote ${keyPath} (${password ? 'encrypted' : 'NOT encrypted'}; keep it secret) and ${pubPath}.`);
        console.log(`Key id ${pair.keyIdHex}; public key: ${pair.publicKey.split('\n')[1]}`);
        console.log(`Verify with: minisign -Vm FILE -P ${pair.publicKey.split('\n')[1]}   or   relforge verify FILE --pubkey ${pubPath}`);
        return 0;
    },
});


/***/ })

};
