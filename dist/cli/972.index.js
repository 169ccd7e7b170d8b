export const id = 972;
export const ids = [972];
export const modules = {

/***/ 4972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _versioning_next_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2010);
/* harmony import */ var _versioning_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1370);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3567);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3779);
/** `relforge next-version`: the same decision as actions/next-version, printed (or as JSON). */




/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCommand */ .N)({
    schema: _versioning_options_js__WEBPACK_IMPORTED_MODULE_1__/* .nextVersionSchema */ .j2,
    notes: `Prints the next version and why: the base tag, commits per type, the deciding commit(s), ignored prerelease tags.
--write rewrites the manifests (all-or-nothing); without it nothing changes.`,
    async run(v) {
        const r = await (0,_versioning_next_version_js__WEBPACK_IMPORTED_MODULE_0__/* .computeNextVersion */ .HV)((0,_versioning_options_js__WEBPACK_IMPORTED_MODULE_1__/* .nextVersionOptions */ .gm)(v));
        console.log(v.json ? JSON.stringify(r, null, 2) : (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .w)((0,_versioning_next_version_js__WEBPACK_IMPORTED_MODULE_0__/* .renderNextVersionSummary */ .G6)(r)));
        return 0;
    },
}));


/***/ }),

/***/ 3779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ plainText)
/* harmony export */ });
/** Terminal text helpers shared by CLI commands. */
/** A markdown summary as terminal text: no heading marks, code spans, emphasis or escapes. */
function plainText(markdown) {
    return markdown
        .replace(/^#+ /gm, '')
        .replace(/(?<!\\)`/g, '')
        .replace(/(?<!\\)\*\*/g, '')
        .replace(/\\([<>|`*_[\]\\])/g, '$1')
        .trimEnd();
}


/***/ })

};
