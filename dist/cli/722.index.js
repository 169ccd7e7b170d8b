export const id = 722;
export const ids = [722];
export const modules = {

/***/ 4722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _versioning_prerelease_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1604);
/* harmony import */ var _versioning_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1370);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3567);
/** `relforge prerelease`: tag HEAD as <base>-<channel>.N and push only that tag (same schema as actions/prerelease). */



/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCommand */ .N)({
    schema: _versioning_options_js__WEBPACK_IMPORTED_MODULE_1__/* .prereleaseSchema */ .C2,
    notes: `Token for HTTPS pushes: RELFORGE_TOKEN (then GITHUB_TOKEN, GITEA_TOKEN, FORGEJO_TOKEN) in the environment, or --token-file / --token-env (never an argument).
--write rewrites the manifests in the work tree to the prerelease version (not committed) so the build reports it.`,
    async run(v) {
        return (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .printResult */ .R)(v.json, await (0,_versioning_prerelease_js__WEBPACK_IMPORTED_MODULE_0__/* .cutPrerelease */ .j3)((0,_versioning_options_js__WEBPACK_IMPORTED_MODULE_1__/* .prereleaseOptions */ .r4)(v)), (r) => {
            const verb = r.dryRun ? 'would tag' : r.reused ? 'reused' : r.action === 'move' ? 'moved' : 'tagged';
            const lines = [`${verb} ${r.commit.slice(0, 12)} as ${r.tag}${r.pushed ? ' (pushed)' : ''}`];
            if (r.files.length)
                lines.push(`${r.dryRun ? 'would rewrite' : 'rewrote'} ${r.files.join(', ')} to ${r.version} (work tree only)`);
            return lines;
        });
    },
}));


/***/ })

};
