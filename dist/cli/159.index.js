export const id = 159;
export const ids = [159,811];
export const modules = {

/***/ 7198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O_: () => (/* binding */ initSchema),
/* harmony export */   PX: () => (/* binding */ emulatorSchema),
/* harmony export */   wv: () => (/* binding */ actSchema)
/* harmony export */ });
/* unused harmony export FORGES */
/* harmony import */ var _platform_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1933);
/**
 * Option schemas of the local-run commands (CLI only): `relforge act` (your release workflow under act,
 * relforge's actions mapped to this installation), `relforge emulator` (a local forge to release against)
 * and `relforge init` (the workflow files). Pure data, registered in src/schemas.ts (CLI_SCHEMAS).
 */

const FORGES = ['github', 'gitea', 'forgejo'];
const actSchema = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .defineSchema */ .Jo)({
    name: 'act',
    summary: 'run your release workflow locally with act (relforge actions mapped to this installation)',
    options: {
        channel: { type: 'string', default: 'beta', description: 'The dispatch input "channel" (stable, beta, …).', cli: { metavar: 'CHANNEL' } },
        'dry-run': (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)('Dispatch with dry-run: true (the workflow tags, pushes and publishes nothing).'),
        workflow: { type: 'string', default: '.github/workflows/release.yml', description: 'The workflow_dispatch workflow to run.', cli: { short: 'W', metavar: 'FILE' } },
        input: { type: 'list', separator: 'lines', description: 'More dispatch inputs, NAME=VALUE (repeatable).', cli: { metavar: 'NAME=VALUE' } },
        forge: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .choiceOption */ .zu)('github', FORGES, 'The forge the release goes to: github (GitHub or GHES), gitea or forgejo.'),
        emulator: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)('Release against a local forge emulator instead of a real forge: your committed history is cloned to .relforge/act/ (origin = a local bare repository there), nothing reaches your real origin or forge; released files are saved under .relforge/act/releases/.'),
        'server-url': { type: 'string', description: 'The forge\'s web URL (GITHUB_SERVER_URL), e.g. https://gitea.example; default https://github.com.', cli: { metavar: 'URL' } },
        'api-url': { type: 'string', description: 'The forge\'s API URL (GITHUB_API_URL); default from the server URL (/api/v1 for Gitea and Forgejo, /api/v3 for GHES).', cli: { metavar: 'URL' } },
        repository: { type: 'string', description: 'owner/name on the forge (GITHUB_REPOSITORY); default from the origin remote.', cli: { metavar: 'OWNER/NAME' } },
        'secret-file': { type: 'string', description: 'act secret file (NAME=value lines); default .secrets when it exists. Secrets set in the environment under relforge\'s names are passed too.', cli: { metavar: 'FILE' } },
        'var-file': { type: 'string', description: 'act variable file (NAME=value lines); default .vars when it exists. MINISIGN_PUBLIC_KEY from the environment is passed too.', cli: { metavar: 'FILE' } },
        platform: {
            type: 'list',
            separator: 'lines',
            default: 'ubuntu-latest=-self-hosted\nubuntu-24.04=-self-hosted\nubuntu-22.04=-self-hosted',
            description: 'act -P mappings (runs-on label = image, or -self-hosted to run on this machine); the default runs Ubuntu jobs on this machine, no Docker.',
            cli: { short: 'P', metavar: 'LABEL=IMAGE' },
        },
        act: { type: 'string', env: ['RELFORGE_ACT'], description: 'The act executable (default: act on PATH).', cli: { metavar: 'PATH' } },
        'act-arg': { type: 'list', separator: 'lines', description: 'Extra argument for act (repeatable), e.g. --act-arg=--verbose.', cli: { metavar: 'ARG' } },
        print: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)('Print the act command line and exit without running it.'),
        keep: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)('Keep the run\'s scratch folder (act\'s action cache, artifacts) and print where it is.'),
    },
});
const emulatorSchema = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .defineSchema */ .Jo)({
    name: 'emulator',
    summary: 'serve a local forge (GitHub or Gitea API) to release against',
    options: {
        forge: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .choiceOption */ .zu)('gitea', FORGES, 'The API to serve: github, gitea or forgejo.'),
        repository: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .stringDefault */ .F)('acme/agent', 'owner/name of the one repository it serves.', 'OWNER/NAME'),
        token: {
            type: 'string',
            secret: true,
            env: ['RELFORGE_EMULATOR_TOKEN'],
            description: 'The token it accepts (default: a random one, printed in the first line). Give it with --token-file or RELFORGE_EMULATOR_TOKEN.',
        },
    },
});
const initSchema = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .defineSchema */ .Jo)({
    name: 'init',
    summary: 'write the release workflows into .github/workflows/ (GitHub, Gitea or Forgejo flavour)',
    options: {
        dir: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .stringDefault */ .F)('.github/workflows', 'Where to write the files.', 'DIR'),
        forge: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .choiceOption */ .zu)('github', FORGES, 'github: a dispatch workflow that calls relforge/relforge/.github/workflows/release.yml@v1. gitea / forgejo: a copy of that reusable workflow (relforge.yml; Forgejo with absolute https://github.com/… action references) and a dispatch workflow calling it.'),
        force: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)('Overwrite files that exist.'),
    },
});


/***/ }),

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ defineCommand),
/* harmony export */   R: () => (/* binding */ printResult)
/* harmony export */ });
function defineCommand(command) {
    return command;
}
/** Prints `result` as JSON (--json), else its notes (`note: …`) and then `lines`. Returns exit code 0. */
function printResult(json, result, lines) {
    if (json) {
        console.log(JSON.stringify(result, null, 2));
        return 0;
    }
    for (const n of result.notes ?? [])
        console.log(`note: ${n}`);
    for (const line of lines(result))
        console.log(line);
    return 0;
}


/***/ }),

/***/ 9159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6316);
/* harmony import */ var _act_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7198);
/* harmony import */ var _package_root_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5811);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3567);
/**
 * `relforge emulator`: relforge's forge emulator (test/emulators/forge.ts, the one its own tests use: every
 * request and response checked against the forge's API document) as a server, for trying the CLI or any
 * client against a local forge. Prints one JSON line {mode, url, apiUrl, uploadsUrl, owner, repo, token},
 * then serves until Ctrl-C (or SIGTERM); API document violations are printed at exit (exit 3).
 * (`relforge act --emulator` starts one by itself for the length of a run.)
 */




/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .defineCommand */ .N)({
    schema: _act_options_js__WEBPACK_IMPORTED_MODULE_1__/* .emulatorSchema */ .PX,
    notes: `Example: relforge emulator --forge gitea --repository acme/agent
  then: RELFORGE_TOKEN=<token> GITEA_ACTIONS=true GITHUB_SERVER_URL=<url> GITHUB_API_URL=<apiUrl> GITHUB_REPOSITORY=acme/agent relforge publish …
Releases live in memory while it runs.`,
    async run(v) {
        const [owner, repo] = v.repository.split('/');
        if (!owner || !repo || v.repository.split('/').length !== 2)
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`--repository must be OWNER/NAME, got "${v.repository}".`, { exitCode: 2 });
        const { loadForgeEmulator } = await __webpack_require__.e(/* import() */ 704).then(__webpack_require__.bind(__webpack_require__, 5704));
        const { startForgeEmulator } = await loadForgeEmulator((0,_package_root_js__WEBPACK_IMPORTED_MODULE_2__.relforgePackage)().root);
        const emu = await startForgeEmulator({ mode: v.forge, owner, repo, token: v.token });
        console.log(JSON.stringify({ mode: emu.mode, url: emu.url, apiUrl: emu.apiUrl, uploadsUrl: emu.uploadsUrl, owner: emu.owner, repo: emu.repo, token: emu.token }));
        return await new Promise((resolve) => {
            let stopping = false;
            const stop = async () => {
                if (stopping)
                    return;
                stopping = true;
                await emu.close();
                for (const x of emu.violations)
                    console.error(`violation: ${x.kind} ${x.method} ${x.path}${x.status ? ` → ${x.status}` : ''}: ${x.message}`);
                resolve(emu.violations.length ? 3 : 0);
            };
            process.on('SIGTERM', stop);
            process.on('SIGINT', stop);
        });
    },
}));


/***/ }),

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


/***/ }),

/***/ 1933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ optionsFor),
/* harmony export */   Dk: () => (/* binding */ booleanWord),
/* harmony export */   F: () => (/* binding */ stringDefault),
/* harmony export */   Fk: () => (/* binding */ requiredString),
/* harmony export */   Jo: () => (/* binding */ defineSchema),
/* harmony export */   Jt: () => (/* binding */ flag),
/* harmony export */   Pp: () => (/* binding */ stringOption),
/* harmony export */   Qc: () => (/* binding */ parseValues),
/* harmony export */   hG: () => (/* binding */ jsonFlag),
/* harmony export */   vM: () => (/* binding */ cliFlag),
/* harmony export */   zu: () => (/* binding */ choiceOption)
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
/** A boolean word (true/false, yes/no, 1/0, on/off; trimmed, any case), or undefined for anything else. */
function booleanWord(text) {
    const t = text.trim().toLowerCase();
    return TRUE.includes(t) ? true : FALSE.includes(t) ? false : undefined;
}
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
        const word = booleanWord(text);
        if (word !== undefined)
            return word;
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
/** A plain string option without a default (`FILE`, `URL`… as its CLI placeholder). */
function stringOption(description, metavar) {
    return { type: 'string', description, cli: metavar ? { metavar } : {} };
}
/** A boolean option that is off unless given (`--x` on the CLI, `x: true` in a workflow). */
function flag(description) {
    return { type: 'boolean', default: false, description };
}
/** The CLI's `--json`: print the result as JSON (`what` says which result). Not an action input. */
function jsonFlag(description) {
    return { type: 'boolean', default: false, only: 'cli', description };
}
/** A string option that takes one of `choices` (checked in both front ends; the CLI usage lists them). */
function choiceOption(defaultValue, choices, description) {
    return { type: 'string', default: defaultValue, choices, description };
}
/** A string option that must be given (`NAME`, `X.Y.Z`… as its CLI placeholder). */
function requiredString(description, metavar) {
    return { type: 'string', required: true, description, cli: { metavar } };
}
/** A string option with a default (`DIR`, `ID`… as its CLI placeholder). */
function stringDefault(defaultValue, description, metavar) {
    return { type: 'string', default: defaultValue, description, cli: { metavar } };
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
