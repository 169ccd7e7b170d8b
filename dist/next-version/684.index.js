export const id = 684;
export const ids = [684];
export const modules = {

/***/ 2684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ComponentMatcher: () => (/* binding */ ComponentMatcher),
/* harmony export */   parseComponents: () => (/* binding */ parseComponents)
/* harmony export */ });
/* unused harmony export relativePathProblem */
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1138);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6316);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4794);
/**
 * Monorepo components (no I/O): the `components` YAML input, its validation, and path matching.
 *
 * ```yaml
 * api:
 *   paths: [packages/api/**]
 *   manifests: [packages/api/package.json]
 * cli:
 *   tag-prefix: cli@          # independent versioning: tags cli@1.2.3 (default "<name>-<tag-prefix>", e.g. cli-v1.2.3)
 *   paths: [crates/cli/**, crates/shared/**]
 *   manifests:
 *     - crates/cli/Cargo.toml
 *     - { path: crates/cli/VERSION, version-pattern: '^(\d+\.\d+\.\d+)$' }
 * ```
 * Paths are minimatch globs relative to the repository root (dot files included); a path without glob
 * characters also matches everything below it (`packages/api` = `packages/api/**`).
 */




const NAME = /^[A-Za-z0-9@][A-Za-z0-9._@/-]*$/;
/** A repository-relative path: no absolute paths, no `..`, no backslashes, no empty segments. */
function relativePathProblem(p) {
    if (p === '')
        return 'is empty';
    if (p.startsWith('/') || /^[A-Za-z]:/.test(p))
        return 'must be relative to the repository root';
    if (p.includes('\\'))
        return 'must use "/" separators';
    if (p.includes('\0'))
        return 'contains a NUL byte';
    const segs = p.split('/');
    if (segs.some((s) => s === '..'))
        return 'must not contain ".." (stay inside the repository)';
    if (segs.some((s, i) => s === '' && i !== segs.length - 1))
        return 'contains an empty path segment';
    return undefined;
}
/** Normalises `./a/b` → `a/b`. */
function normalise(p) {
    return p.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
}
/**
 * Parses and validates the `components` input. Every problem is reported at once (SettingsError, by field
 * `components`), each naming the component and what to change.
 */
function parseComponents(text, field = 'components') {
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (err) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .GN([{ field, message: `is not valid YAML: ${err.message.split('\n')[0]}` }]);
    }
    if (doc === null || doc === undefined)
        return [];
    if (typeof doc !== 'object' || Array.isArray(doc)) {
        const got = Array.isArray(doc) ? 'a list' : typeof doc;
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .GN([{ field, message: `must be a YAML mapping of component name → {paths: [globs], manifests: [files]}, got ${got}.` }]);
    }
    const problems = [];
    const components = [];
    const manifestOwner = new Map();
    for (const [name, raw] of Object.entries(doc)) {
        const add = (message) => problems.push({ field, message: `(component "${name}"): ${message}` });
        if (!NAME.test(name))
            add('the name must match [A-Za-z0-9@][A-Za-z0-9._@/-]*.');
        if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
            add('must be a mapping with "paths" (list of globs) and optional "manifests" (list of files) and "tag-prefix".');
            continue;
        }
        const obj = raw;
        for (const key of Object.keys(obj)) {
            if (key !== 'paths' && key !== 'manifests' && key !== 'tag-prefix')
                add(`unknown key "${key}" (expected "paths", "manifests" and "tag-prefix").`);
        }
        const tagPrefix = componentPrefix(obj['tag-prefix'], add);
        const paths = componentPaths(name, obj.paths, add);
        const manifests = componentManifests(name, obj.manifests, manifestOwner, add, (m) => problems.push({ field, message: m }));
        components.push({ name, paths, manifests, ...(tagPrefix !== undefined ? { tagPrefix } : {}) });
    }
    if (problems.length)
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .GN(problems);
    return components;
}
function componentPrefix(raw, add) {
    if (raw === undefined)
        return undefined;
    if (raw === null)
        return '';
    if (typeof raw !== 'string') {
        add('"tag-prefix" must be a string (quote it in YAML when it starts with "@").');
        return undefined;
    }
    const p = (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .tagPrefixProblem */ .qp)(raw);
    if (p)
        add(`tag-prefix ${p}`);
    return raw;
}
function componentPaths(name, raw, add) {
    const paths = [];
    const list = typeof raw === 'string' ? [raw] : raw;
    if (!Array.isArray(list) || list.length === 0) {
        add(`"paths" must be a non-empty list of globs, e.g. paths: [packages/${name}/**].`);
        return paths;
    }
    for (const p of list) {
        if (typeof p !== 'string') {
            add(`every entry of "paths" must be a string, got ${JSON.stringify(p)}.`);
            continue;
        }
        const n = normalise(p);
        if (n === '' || n === '.') {
            paths.push('**');
            continue;
        }
        const problem = relativePathProblem(n);
        if (problem)
            add(`path "${p}" ${problem}.`);
        else
            paths.push(n);
    }
    return paths;
}
function componentManifests(name, raw, owners, add, addWhole) {
    const manifests = [];
    const list = raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw;
    if (!Array.isArray(list)) {
        add('"manifests" must be a list of files.');
        return manifests;
    }
    for (const m of list) {
        let entry;
        if (typeof m === 'string')
            entry = { path: m };
        else if (m && typeof m === 'object' && !Array.isArray(m) && typeof m.path === 'string') {
            const mo = m;
            const pattern = mo['version-pattern'];
            if (pattern !== undefined && typeof pattern !== 'string') {
                add(`"version-pattern" of manifest "${String(mo.path)}" must be a string.`);
                continue;
            }
            entry = { path: mo.path, ...(pattern !== undefined ? { versionPattern: pattern } : {}) };
        }
        if (!entry) {
            add(`each manifest is a file path or {path: file, version-pattern: regex}, got ${JSON.stringify(m)}.`);
            continue;
        }
        entry.path = normalise(entry.path);
        const problem = relativePathProblem(entry.path);
        if (problem) {
            add(`manifest "${entry.path}" ${problem}.`);
            continue;
        }
        const owner = owners.get(entry.path);
        if (owner !== undefined) {
            if (owner === name)
                add(`lists manifest "${entry.path}" twice; list it once.`);
            else
                addWhole(`has manifest "${entry.path}" named by two components ("${owner}" and "${name}"); a manifest belongs to exactly one component.`);
            continue;
        }
        owners.set(entry.path, name);
        manifests.push(entry);
    }
    return manifests;
}
/** Compiled path matchers of one component. */
class ComponentMatcher {
    component;
    globs;
    prefixes;
    constructor(component) {
        this.component = component;
        this.globs = component.paths.map((p) => new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(p, { dot: true }));
        this.prefixes = component.paths.filter((p) => !/[*?[\]{}()!+@]/.test(p)).map((p) => `${p}/`);
    }
    matches(file) {
        for (const prefix of this.prefixes)
            if (file.startsWith(prefix))
                return true;
        for (const g of this.globs)
            if (g.match(file))
                return true;
        return false;
    }
    matchesAny(files) {
        return files.some((f) => this.matches(f));
    }
}


/***/ })

};
