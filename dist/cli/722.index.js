export const id = 722;
export const ids = [722];
export const modules = {

/***/ 4722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   usage: () => (/* binding */ usage)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _versioning_prerelease_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1604);
/** `relforge prerelease`: tag HEAD as <base>-<channel>.N and push only that tag (same library as actions/prerelease). */


const usage = `relforge prerelease [--channel beta] [--base next|manifest|X.Y.Z] [--version-file FILE] [--tag-prefix v]
       [--number auto|N] [--force] [--no-push] [--remote origin] [--dry-run] [--path .] [--json]

Token for HTTPS pushes: RELFORGE_TOKEN in the environment (never an argument).`;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    summary: 'tag-only prerelease v<base>-<channel>.N on HEAD (push only the tag)',
    usage,
    async run(argv) {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            options: {
                channel: { type: 'string', default: 'beta' },
                base: { type: 'string', default: 'next' },
                'version-file': { type: 'string' },
                'version-pattern': { type: 'string' },
                'tag-prefix': { type: 'string', default: 'v' },
                number: { type: 'string', default: 'auto' },
                force: { type: 'boolean', default: false },
                'no-push': { type: 'boolean', default: false },
                remote: { type: 'string', default: 'origin' },
                'dry-run': { type: 'boolean', default: false },
                path: { type: 'string', default: '.' },
                json: { type: 'boolean', default: false },
            },
            strict: true,
        });
        const r = await (0,_versioning_prerelease_js__WEBPACK_IMPORTED_MODULE_1__/* .cutPrerelease */ .j3)({
            cwd: values.path,
            channel: values.channel,
            base: values.base,
            versionFile: values['version-file'],
            versionPattern: values['version-pattern'],
            tagPrefix: values['tag-prefix'],
            number: values.number,
            force: values.force,
            push: !values['no-push'],
            remote: values.remote,
            token: process.env.RELFORGE_TOKEN || undefined,
            dryRun: values['dry-run'],
        });
        if (values.json)
            console.log(JSON.stringify(r, null, 2));
        else {
            for (const n of r.notes)
                console.log(`note: ${n}`);
            const verb = r.dryRun ? 'would tag' : r.reused ? 'reused' : r.action === 'move' ? 'moved' : 'tagged';
            console.log(`${verb} ${r.commit.slice(0, 12)} as ${r.tag}${r.pushed ? ' (pushed)' : ''}`);
        }
        return 0;
    },
});


/***/ })

};
