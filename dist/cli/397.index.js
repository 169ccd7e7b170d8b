export const id = 397;
export const ids = [397];
export const modules = {

/***/ 2397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _versioning_release_commit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9907);
/* harmony import */ var _versioning_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1370);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3567);
/** `relforge release-commit --version X.Y.Z --files …`: commit, tag, atomic push (same schema as actions/release-commit). */



/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCommand */ .N)({
    schema: _versioning_options_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseCommitSchema */ .sR,
    notes: 'Token for HTTPS pushes: RELFORGE_TOKEN (then GITHUB_TOKEN, GITEA_TOKEN, FORGEJO_TOKEN) in the environment, or --token-file / --token-env (never an argument).',
    async run(v) {
        return (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .printResult */ .R)(v.json, await (0,_versioning_release_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .releaseCommit */ .Lk)((0,_versioning_options_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseCommitOptions */ .Zx)(v)), (r) => {
            const major = r.majorTag ? ` + ${r.majorTag}` : '';
            if (r.dryRun)
                return [`dry run: would commit ${r.files.join(', ')} on ${r.branch} and tag ${r.tag}${major}`];
            if (r.reused)
                return [`${r.tag} already pushed (commit ${r.commit})`];
            return [`${r.commit.slice(0, 12)} ${r.tag}${major} on ${r.branch}${r.pushed ? ' (pushed atomically)' : ' (not pushed)'}`];
        });
    },
}));


/***/ })

};
