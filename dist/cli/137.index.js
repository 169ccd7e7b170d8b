export const id = 137;
export const ids = [137];
export const modules = {

/***/ 1137:
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
/* harmony import */ var _signing_minisign_signer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9606);
/**
 * `relforge verify FILE [--sig FILE.minisig] --pubkey KEY [--version X] [--require-prehashed] [--format raw]`:
 * the minisign verifier (library: verifyFile). Exit 0 only when the key id, file signature, trusted comment
 * and (with --version) the signed version all check out; 1 on a failed check, 2 on usage errors.
 */




const usage = `relforge verify FILE [--sig FILE.minisig] --pubkey KEY [--version X] [--require-prehashed] [--format minisign|raw] [--quiet]

Verifies FILE against a minisign signature (prehashed ED or legacy Ed) and a public key, in minisign's order:
key id, file signature, trusted comment (global signature). --pubkey is a minisign .pub file, its RW… base64
line, or a path to either. --version X also requires the trusted comment's "version:" to equal X (rollback
protection; a leading v is ignored). --require-prehashed refuses legacy Ed signatures (minisign -H).
--format raw verifies FILE.sig holding base64 of a 64-byte Ed25519 signature over the file bytes.
Prints the trusted comment on success.`;
const usageError = (m) => new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY(`${m}\n\nusage: ${usage.split('\n')[0]}`, { exitCode: 2 });
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    summary: 'verify a file against a minisign signature and public key (optionally binding the version)',
    usage,
    async run(argv) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args: argv,
            options: {
                sig: { type: 'string', short: 'x' },
                pubkey: { type: 'string', short: 'p' },
                version: { type: 'string' },
                'require-prehashed': { type: 'boolean', default: false },
                format: { type: 'string', default: 'minisign' },
                quiet: { type: 'boolean', short: 'q', default: false },
            },
            allowPositionals: true,
        });
        if (positionals.length !== 1)
            throw usageError('Give exactly one FILE to verify.');
        if (!values.pubkey)
            throw usageError('--pubkey is required (a minisign .pub file, its RW… line, or a path to either).');
        if (values.format !== 'minisign' && values.format !== 'raw')
            throw usageError('--format must be minisign or raw.');
        const file = positionals[0];
        const pubText = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(values.pubkey) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(values.pubkey, 'utf8') : values.pubkey;
        const sigPath = values.sig ?? `${file}${values.format === 'raw' ? '.sig' : '.minisig'}`;
        let sigText;
        try {
            sigText = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(sigPath, 'utf8');
        }
        catch (err) {
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY(`Cannot read the signature ${sigPath}: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)} (give it with --sig).`, { exitCode: 2 });
        }
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY(`${file} does not exist.`, { exitCode: 2 });
        if (values.format === 'raw') {
            await (0,_signing_minisign_signer_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyRawFile */ .Os)(file, sigText.trim(), pubText);
            if (!values.quiet)
                console.log(`Raw Ed25519 signature verified: ${file}`);
            return 0;
        }
        const r = await (0,_signing_minisign_signer_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyFile */ .AI)(file, sigText, pubText, { expectVersion: values.version, requirePrehashed: values['require-prehashed'] });
        if (!values.quiet) {
            console.log(`Signature and comment signature verified (${r.algorithm}, key ${r.keyIdHex}): ${file}`);
            console.log(`Trusted comment: ${r.trustedComment}`);
        }
        return 0;
    },
});


/***/ })

};
