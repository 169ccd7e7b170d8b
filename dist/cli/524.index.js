export const id = 524;
export const ids = [524];
export const modules = {

/***/ 2524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _versioning_changelog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7324);
/* harmony import */ var _versioning_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1370);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3567);
/** `relforge changelog --version X.Y.Z`: this release's notes (same schema as actions/changelog). */



/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCommand */ .N)({
    schema: _versioning_options_js__WEBPACK_IMPORTED_MODULE_1__/* .changelogSchema */ .e3,
    notes: `Prints this release's section: the commits since the last strict release tag that count toward the release (the same
ones next-version counts). --output prepends it to a file; a prerelease version prints the changes since the last stable release.`,
    async run(v) {
        const r = await (0,_versioning_changelog_js__WEBPACK_IMPORTED_MODULE_0__/* .generateChangelog */ .Ki)((0,_versioning_options_js__WEBPACK_IMPORTED_MODULE_1__/* .changelogOptions */ .Dz)(v));
        if (v.json) {
            console.log(JSON.stringify(r, null, 2));
            return 0;
        }
        console.log(r.section.trimEnd());
        for (const w of r.warnings)
            console.error(`warning: ${w}`);
        if (r.path)
            console.error(r.written ? `prepended to ${r.path}` : `dry run: ${r.path} not written`);
        return 0;
    },
}));


/***/ })

};
