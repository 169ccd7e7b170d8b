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
/**
 * Monorepo components (no I/O): the `components` YAML input, its validation, and path matching.
 *
 * ```yaml
 * api:
 *   paths: [packages/api/**]
 *   manifests: [packages/api/package.json]
 * cli:
 *   paths: [crates/cli/**, crates/shared/**]
 *   manifests:
 *     - crates/cli/Cargo.toml
 *     - { path: crates/cli/VERSION, version-pattern: '^(\d+\.\d+\.\d+)$' }
 * ```
 * Paths are minimatch globs relative to the repository root (dot files included); a path without glob
 * characters also matches everything below it (`packages/api` = `packages/api/**`).
 */



const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
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
 * Parses and validates the `components` input. Every problem is reported at once (SettingsError), each naming
 * the component and what to change.
 */
function parseComponents(text, inputName = 'components') {
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (err) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .GN([`Input "${inputName}" is not valid YAML: ${err.message.split('\n')[0]}`]);
    }
    if (doc === null || doc === undefined)
        return [];
    if (typeof doc !== 'object' || Array.isArray(doc)) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .GN([
            `Input "${inputName}" must be a YAML mapping of component name → {paths: [globs], manifests: [files]}, got ${Array.isArray(doc) ? 'a list' : typeof doc}.`,
        ]);
    }
    const problems = [];
    const components = [];
    const manifestOwner = new Map();
    for (const [name, raw] of Object.entries(doc)) {
        const where = `${inputName}: component "${name}"`;
        if (!NAME.test(name))
            problems.push(`${where}: the name must match [A-Za-z0-9][A-Za-z0-9._-]* (it becomes the tag prefix "${name}-v…")`);
        if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
            problems.push(`${where} must be a mapping with "paths" (list of globs) and optional "manifests" (list of files).`);
            continue;
        }
        const obj = raw;
        for (const key of Object.keys(obj)) {
            if (key !== 'paths' && key !== 'manifests')
                problems.push(`${where}: unknown key "${key}" (expected "paths" and "manifests").`);
        }
        const paths = [];
        const rawPaths = typeof obj.paths === 'string' ? [obj.paths] : obj.paths;
        if (!Array.isArray(rawPaths) || rawPaths.length === 0) {
            problems.push(`${where}: "paths" must be a non-empty list of globs, e.g. paths: [packages/${name}/**].`);
        }
        else {
            for (const p of rawPaths) {
                if (typeof p !== 'string') {
                    problems.push(`${where}: every entry of "paths" must be a string, got ${JSON.stringify(p)}.`);
                    continue;
                }
                const n = normalise(p);
                if (n === '' || n === '.') {
                    paths.push('**');
                    continue;
                }
                const problem = relativePathProblem(n);
                if (problem)
                    problems.push(`${where}: path "${p}" ${problem}.`);
                else
                    paths.push(n);
            }
        }
        const manifests = [];
        const rawManifests = obj.manifests === undefined ? [] : typeof obj.manifests === 'string' ? [obj.manifests] : obj.manifests;
        if (!Array.isArray(rawManifests)) {
            problems.push(`${where}: "manifests" must be a list of files.`);
        }
        else {
            for (const m of rawManifests) {
                let entry;
                if (typeof m === 'string')
                    entry = { path: m };
                else if (m && typeof m === 'object' && !Array.isArray(m) && typeof m.path === 'string') {
                    const mo = m;
                    const pattern = mo['version-pattern'];
                    if (pattern !== undefined && typeof pattern !== 'string') {
                        problems.push(`${where}: "version-pattern" of manifest "${String(mo.path)}" must be a string.`);
                        continue;
                    }
                    entry = { path: mo.path, ...(pattern !== undefined ? { versionPattern: pattern } : {}) };
                }
                if (!entry) {
                    problems.push(`${where}: each manifest is a file path or {path: file, version-pattern: regex}, got ${JSON.stringify(m)}.`);
                    continue;
                }
                entry.path = normalise(entry.path);
                const problem = relativePathProblem(entry.path);
                if (problem) {
                    problems.push(`${where}: manifest "${entry.path}" ${problem}.`);
                    continue;
                }
                const owner = manifestOwner.get(entry.path);
                if (owner !== undefined) {
                    problems.push(owner === name
                        ? `${where} lists manifest "${entry.path}" twice; list it once.`
                        : `manifest "${entry.path}" is named by two components ("${owner}" and "${name}"); a manifest belongs to exactly one component.`);
                    continue;
                }
                manifestOwner.set(entry.path, name);
                manifests.push(entry);
            }
        }
        components.push({ name, paths, manifests });
    }
    if (problems.length)
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .GN(problems);
    return components;
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
