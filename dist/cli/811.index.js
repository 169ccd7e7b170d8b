export const id = 811;
export const ids = [811];
export const modules = {

/***/ 5811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   relforgePackage: () => (/* binding */ relforgePackage)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _platform_code_dirs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7715);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6316);
/**
 * Where this relforge is installed: the folder holding its package.json (name "relforge"), found by walking
 * up from this module (dist/cli/… in the bundle, src/cli/ in a checkout). It holds actions/, dist/, act/ and
 * .github/workflows/release.yml — what `relforge act` maps `relforge/relforge@<ref>` to.
 */




let cached;
/** The installed relforge package (root folder and version). */
function relforgePackage() {
    if (cached)
        return cached;
    for (const start of (0,_platform_code_dirs_js__WEBPACK_IMPORTED_MODULE_2__/* .codeDirs */ .S)()) {
        for (let d = start;; d = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d)) {
            const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, 'package.json');
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p)) {
                try {
                    const pkg = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8'));
                    if (pkg.name === 'relforge' && typeof pkg.version === 'string')
                        return (cached = { root: d, version: pkg.version });
                }
                catch {
                    /* not ours */
                }
            }
            if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d) === d)
                break;
        }
    }
    throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RelforgeError */ .fY('relforge cannot find its own package.json (installation damaged?): reinstall relforge (npm install -g relforge).');
}


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ codeDirs)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Where relforge's own code runs from: this module's folder (in a bundle, the bundle's folder) and the
 * entry script's. Shipped files (the git-cliff binary, package.json) are found from here.
 */
function codeDirs() {
    const dirs = [];
    try {
        dirs.push((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url)));
    }
    catch {
        /* not a file URL */
    }
    if (process.argv[1])
        dirs.push((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(process.argv[1])));
    return [...new Set(dirs)];
}


/***/ })

};
