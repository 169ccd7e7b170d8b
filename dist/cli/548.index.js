export const id = 548;
export const ids = [548];
export const modules = {

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ defineCommand)
/* harmony export */ });
function defineCommand(command) {
    return command;
}


/***/ }),

/***/ 8548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ cli_next_version)
});

// EXTERNAL MODULE: ./src/versioning/next-version.ts + 9 modules
var next_version = __webpack_require__(3125);
// EXTERNAL MODULE: ./src/platform/options.ts
var options = __webpack_require__(1933);
;// CONCATENATED MODULE: ./src/versioning/options.ts
/**
 * Option schemas of the versioning operations (src/platform/options.ts): each option is declared here
 * once; actions/<name>/action.yml, the CLI flags and usage, and the docs tables follow from it.
 */

const nextVersionSchema = (0,options/* defineSchema */.Jo)({
    name: 'next-version',
    summary: 'next version from Conventional Commits since the last strict release tag',
    options: {
        path: { type: 'string', default: '.', description: 'Repository directory (check it out with fetch-depth 0 so tags and history are present).', cli: { metavar: 'DIR' } },
        'tag-prefix': {
            type: 'string',
            default: 'v',
            description: 'Release tags are exactly "<prefix>MAJOR.MINOR.PATCH" (no leading zeros, prerelease or build metadata); every other tag is ignored.',
            cli: { metavar: 'PREFIX' },
        },
        'version-file': {
            type: 'string',
            description: 'Cargo.toml, package.json, pyproject.toml, or any file with "version-pattern". Its version is the base when no release tag exists; rewritten when "write" is true.',
            cli: { metavar: 'FILE' },
        },
        'version-pattern': {
            type: 'string',
            description: 'Regular expression (multi-line) with a capture group around the version (named "version" or the first group), for a version-file of another format.',
            cli: { metavar: 'REGEX' },
        },
        'pre-1-0': {
            type: 'string',
            default: 'minor',
            choices: ['minor', 'major'],
            description: 'While the base major is 0, a breaking change bumps the minor version ("minor") or goes to 1.0.0 ("major").',
        },
        'release-types': {
            type: 'list',
            default: 'feat,fix,perf',
            description: 'Commit types that release (comma or newline separated). feat bumps minor, the others patch; breaking changes always release.',
            cli: { metavar: 'TYPES' },
        },
        components: {
            type: 'string',
            description: 'Monorepo components as YAML: name: {paths: [globs], manifests: [files]} per component.',
            cli: { metavar: 'YAML', fileFlag: true },
        },
        versioning: {
            type: 'string',
            default: 'unified',
            choices: ['unified', 'independent'],
            description: '"unified" (one version; only changed components\' manifests are rewritten) or "independent" (tags <name>-v1.2.3, own base and bump per component).',
        },
        write: {
            type: 'boolean',
            default: false,
            description: 'Rewrite the manifests of changed components (or the version-file) to the new version, all-or-nothing, preserving formatting.',
        },
        json: { type: 'boolean', default: false, only: 'cli', description: 'Print the whole result as JSON.' },
    },
    outputs: {
        version: { description: 'The next version (the current one when nothing releases). Independent versioning with several releasing components leaves it empty; read "components".' },
        tag: { description: 'The release tag for "version" (e.g. v1.4.0).' },
        'previous-version': { description: 'The base version (from the highest reachable release tag, else the version-file, else 0.0.0).' },
        'previous-tag': { description: 'The base release tag (empty when there is none).' },
        bump: { description: 'major, minor, patch or none.' },
        released: { description: '"true" when bump is not none.' },
        commits: { description: 'Number of commits considered (since the base).' },
        'changed-components': { description: 'JSON list of the components whose paths changed since their base.' },
        components: { description: 'JSON list, one object per component: name, previous, version, bump, tag.' },
    },
});
/** next-version's library options from its option values (the action and the CLI both call this). */
function nextVersionOptions(v) {
    return {
        cwd: v.path,
        tagPrefix: v['tag-prefix'],
        versionFile: v['version-file'],
        versionPattern: v['version-pattern'],
        pre1: v['pre-1-0'],
        releaseTypes: v['release-types'],
        components: v.components,
        versioning: v.versioning,
        write: v.write,
    };
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/text.ts
var cli_text = __webpack_require__(3779);
;// CONCATENATED MODULE: ./src/cli/next-version.ts
/** `relforge next-version`: the same decision as actions/next-version, printed (or as JSON). */




/* harmony default export */ const cli_next_version = ((0,command/* defineCommand */.N)({
    schema: nextVersionSchema,
    notes: `Prints the next version and why: the base tag, commits per type, the deciding commit(s), ignored prerelease tags.
--write rewrites the manifests (all-or-nothing); without it nothing changes.`,
    async run(v) {
        const r = await (0,next_version/* computeNextVersion */.HV)(nextVersionOptions(v));
        console.log(v.json ? JSON.stringify(r, null, 2) : (0,cli_text/* plainText */.w)((0,next_version/* renderNextVersionSummary */.G6)(r)));
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


/***/ }),

/***/ 1933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ optionsFor),
/* harmony export */   Jo: () => (/* binding */ defineSchema),
/* harmony export */   Qc: () => (/* binding */ parseValues),
/* harmony export */   vM: () => (/* binding */ cliFlag)
/* harmony export */ });
/* unused harmony exports splitList, actionDefault */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6316);
/**
 * Option schemas: every option of an operation is declared once (name, type, allowed values, default,
 * environment variable, secret or not, description). Pure data and pure functions, no I/O:
 *   - src/actions/runner.ts reads `INPUT_*` through a schema (readInputs),
 *   - src/cli/args.ts builds node:util parseArgs' config and the usage text from it,
 *   - test/options.test.ts checks every actions/<name>/action.yml against its schema,
 *   - scripts/gen-docs.mjs writes the docs tables from it.
 *
 * Problems are reported by field (`SettingsError` with `FieldProblem`s); each front end words the field
 * (`Input "tag-prefix"` in an action, `--tag-prefix` on the command line). A problem's text may name other
 * options as `{{name}}`; the front end words those too.
 */

/** Declares a schema with its literal types kept (so `Values<S>` knows each option's type). */
function defineSchema(schema) {
    return schema;
}
const TRUE = ['true', 'yes', '1', 'on'];
const FALSE = ['false', 'no', '0', 'off'];
/** Splits a list input: one item per line (and per comma unless separator is 'lines'); blanks and `#` lines dropped. */
function splitList(text, separator = 'comma') {
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'))
        .flatMap((l) => (separator === 'comma' ? l.split(',') : [l]))
        .map((s) => s.trim())
        .filter(Boolean);
}
/**
 * Types and checks raw values against a schema. Every problem is collected (by field) and thrown together
 * as one SettingsError; the caller's front end words the field names.
 */
function parseValues(schema, raw, frontEnd) {
    const problems = [];
    const out = {};
    for (const [name, spec] of Object.entries(schema.options)) {
        if (spec.only && spec.only !== frontEnd) {
            out[name] = emptyValue(spec);
            continue;
        }
        const given = raw[name];
        const value = typed(name, spec, given, problems);
        out[name] = value;
    }
    if (problems.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SettingsError */ .GN(problems);
    return out;
}
function emptyValue(spec) {
    if (spec.type === 'boolean')
        return spec.default === true;
    if (spec.type === 'list')
        return typeof spec.default === 'string' ? splitList(spec.default, spec.separator) : [];
    return spec.default;
}
function typed(name, spec, given, problems) {
    if (spec.type === 'boolean') {
        if (typeof given === 'boolean')
            return given;
        const text = typeof given === 'string' ? given.trim().toLowerCase() : '';
        if (text === '')
            return spec.default === true;
        if (TRUE.includes(text))
            return true;
        if (FALSE.includes(text))
            return false;
        problems.push({ field: name, message: `must be true or false, got "${String(given).trim()}".` });
        return spec.default === true;
    }
    if (spec.type === 'list') {
        const items = Array.isArray(given)
            ? given.flatMap((g) => splitList(g, spec.separator))
            : typeof given === 'string'
                ? splitList(given, spec.separator)
                : [];
        const list = items.length ? items : emptyValue(spec);
        if (spec.required && list.length === 0)
            problems.push({ field: name, message: 'is required but was empty or not set.' });
        if (spec.choices)
            for (const item of list)
                checkChoice(name, spec.choices, item, problems);
        return list;
    }
    const text = (Array.isArray(given) ? given.at(-1) : typeof given === 'string' ? given : undefined)?.trim() ?? '';
    const value = text === '' ? (spec.default === undefined ? undefined : String(spec.default)) : text;
    if (value === undefined) {
        if (spec.required)
            problems.push({ field: name, message: 'is required but was empty or not set.' });
        return undefined;
    }
    if (spec.choices && !checkChoice(name, spec.choices, value, problems))
        return spec.default;
    if (spec.type === 'integer') {
        const n = Number(value);
        const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = spec;
        if (!/^-?\d+$/.test(value) || n < min || n > max) {
            const range = spec.min !== undefined && spec.max !== undefined ? ` from ${spec.min} to ${spec.max}` : '';
            problems.push({ field: name, message: `must be a whole number${range}, got "${value}".` });
            return spec.default;
        }
        return n;
    }
    return value;
}
function checkChoice(name, choices, value, problems) {
    if (choices.includes(value))
        return true;
    problems.push({ field: name, message: `must be ${choices.length === 2 ? `${choices[0]} or ${choices[1]}` : `one of ${choices.join(', ')}`}, got "${value}".` });
    return false;
}
/** The action.yml `default:` text of an option (undefined = no default line). */
function actionDefault(spec) {
    if (spec.actionDefault !== undefined)
        return spec.actionDefault;
    if (spec.default === undefined)
        return undefined;
    return String(spec.default);
}
/** The CLI flag of an option (without dashes). */
function cliFlag(name, spec) {
    return spec?.cli?.flag ?? name;
}
/** Options a front end offers, in declaration order. */
function optionsFor(schema, frontEnd) {
    return Object.entries(schema.options).filter(([, s]) => !s.only || s.only === frontEnd);
}


/***/ })

};
