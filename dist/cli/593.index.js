export const id = 593;
export const ids = [593];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cliNamer: () => (/* binding */ cliNamer),
/* harmony export */   commandName: () => (/* binding */ commandName),
/* harmony export */   parseCommandLine: () => (/* binding */ parseCommandLine),
/* harmony export */   runCommand: () => (/* binding */ runCommand),
/* harmony export */   usageError: () => (/* binding */ usageError),
/* harmony export */   usageLine: () => (/* binding */ usageLine),
/* harmony export */   usageText: () => (/* binding */ usageText)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6316);
/* harmony import */ var _platform_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9002);
/* harmony import */ var _platform_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1933);
/**
 * The command line front end of an option schema: node:util parseArgs' config, the usage text, and the
 * raw values (flags, `--x-file`, environment variables) typed through the same parseValues as the action.
 *
 * Secrets are never plain flags: a secret option `x` is read from `--x-file FILE`, from the variable named
 * by `--x-env VAR`, or from the schema's environment variables, and registered for redaction at once.
 */





/**
 * How `--x` is named in CLI messages (the flag of option x, or `--x` for names outside the schema). A secret has
 * no plain flag: it is named by the ways to give it; positional arguments by their metavar.
 */
function cliNamer(schema) {
    return (field) => {
        const spec = schema.options[field];
        const flag = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_4__/* .cliFlag */ .vM)(field, spec);
        if (spec?.cli?.positional)
            return `${metavar(field, spec)} arguments`;
        // A secret has no plain flag: name the ways it can be given.
        if (spec?.secret)
            return `--${flag}-file (or ${spec.env?.length ? `$${spec.env[0]}` : `--${flag}-env`})`;
        return `--${flag}`;
    };
}
function fileFlag(spec) {
    return !!spec.secret || !!spec.cli?.fileFlag;
}
/** parseArgs options for a schema, plus which parsed key feeds which option. */
function parseConfig(schema) {
    const options = {};
    const feeds = new Map();
    for (const [name, spec] of (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_4__/* .optionsFor */ .A5)(schema, 'cli')) {
        const flag = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_4__/* .cliFlag */ .vM)(name, spec);
        const type = spec.type === 'boolean' ? 'boolean' : 'string';
        const multiple = spec.type === 'list';
        if (!spec.secret && !spec.cli?.positional) {
            for (const f of [flag, ...(spec.cli?.aliases ?? [])]) {
                options[f] = { type, multiple, ...(f === flag && spec.cli?.short ? { short: spec.cli.short } : {}) };
                feeds.set(f, { option: name, via: 'value' });
            }
            if (spec.type === 'boolean') {
                options[`no-${flag}`] = { type: 'boolean' };
                feeds.set(`no-${flag}`, { option: name, via: 'value' });
            }
        }
        if (fileFlag(spec)) {
            for (const f of [`${flag}-file`, ...(spec.secret ? (spec.cli?.fileAliases ?? []) : [])]) {
                options[f] = { type: 'string' };
                feeds.set(f, { option: name, via: 'file' });
            }
        }
        if (spec.secret) {
            for (const f of [`${flag}-env`, ...(spec.cli?.envAliases ?? [])]) {
                options[f] = { type: 'string' };
                feeds.set(f, { option: name, via: 'env' });
            }
        }
    }
    return { options, feeds };
}
/**
 * Parses argv for a schema. Usage problems (unknown flag, bad value, missing required option) throw with
 * exit code 2, worded with the flags.
 */
function parseCommandLine(schema, argv, env = process.env) {
    const { options, feeds } = parseConfig(schema);
    const positionalOption = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_4__/* .optionsFor */ .A5)(schema, 'cli').find(([, s]) => s.cli?.positional)?.[0];
    const parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    const raw = {};
    const given = new Set();
    const flagOf = cliNamer(schema);
    const problems = [];
    // Aliases: a later flag wins; lists accumulate in command-line order (parseArgs keeps per-key order only).
    for (const [key, value] of Object.entries(parsed.values)) {
        const feed = feeds.get(key);
        if (!feed || value === undefined)
            continue;
        const spec = schema.options[feed.option];
        given.add(feed.option);
        if (feed.via === 'value') {
            if (spec.type === 'boolean')
                raw[feed.option] = key.startsWith('no-') && key !== (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_4__/* .cliFlag */ .vM)(feed.option, spec) ? !value : value;
            else if (spec.type === 'list')
                raw[feed.option] = [...(raw[feed.option] ?? []), ...value];
            else
                raw[feed.option] = readPathOrValue(spec, value);
        }
        else if (feed.via === 'file') {
            try {
                raw[feed.option] = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(value, 'utf8');
            }
            catch (err) {
                problems.push(`--${key} ${String(value)}: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`);
            }
        }
        else {
            const v = env[value];
            if (!v)
                problems.push(`--${key} ${String(value)}: that environment variable is empty or not set.`);
            else
                raw[feed.option] = v;
        }
    }
    let positionals = parsed.positionals;
    if (positionalOption) {
        if (positionals.length) {
            raw[positionalOption] = [...positionals, ...(raw[positionalOption] ?? [])];
            given.add(positionalOption);
        }
        positionals = [];
    }
    else if (positionals.length) {
        problems.push(`Unexpected argument "${positionals[0]}": ${schema.name} takes options only.`);
    }
    for (const [name, spec] of (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_4__/* .optionsFor */ .A5)(schema, 'cli')) {
        if (raw[name] !== undefined || !spec.env)
            continue;
        const fromEnv = spec.env.map((e) => env[e]).find((v) => v !== undefined && v !== '');
        if (fromEnv !== undefined)
            raw[name] = fromEnv;
    }
    for (const [name, spec] of Object.entries(schema.options)) {
        if (spec.secret && typeof raw[name] === 'string')
            (0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(raw[name]);
    }
    if (problems.length)
        throw usageError(schema, problems.join('\n'));
    try {
        return { values: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_4__/* .parseValues */ .Qc)(schema, raw, 'cli'), positionals, given };
    }
    catch (err) {
        if (err instanceof _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .GN)
            throw usageError(schema, err.render(flagOf));
        throw err;
    }
}
/**
 * Parses argv for a command and runs it. Usage problems exit 2; every RelforgeError is worded with the
 * command's flags (`--tag-prefix`, not `Input "tag-prefix"`).
 */
async function runCommand(cmd, argv, env = process.env) {
    try {
        let parsed;
        try {
            parsed = parseCommandLine(cmd.schema, argv, env);
        }
        catch (err) {
            // node:util parseArgs errors (unknown option, missing value…) are usage errors for every command.
            if (err?.code?.startsWith('ERR_PARSE_ARGS_'))
                throw usageError(cmd.schema, (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err));
            throw err;
        }
        return await cmd.run(parsed.values, { given: parsed.given });
    }
    catch (err) {
        if (!(err instanceof _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY))
            throw err;
        const known = (f) => f in cmd.schema.options;
        const text = (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMessage */ .e4)(err, cliNamer(cmd.schema), known);
        throw text === err.message ? err : new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY(text, { exitCode: err.exitCode, cause: err });
    }
}
function readPathOrValue(spec, value) {
    if (!spec.cli?.pathOrValue)
        return value;
    const v = value.trim();
    if (v.includes('\n') || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(v))
        return value;
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(v, 'utf8');
}
function usageError(schema, message) {
    const name = commandName(schema);
    return new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY(`${message}\n\nusage: ${usageLine(schema)}\n(relforge ${name} --help shows every option)`, { exitCode: 2 });
}
/** The CLI command for a schema (actions sign-ed25519 / publish-release are `sign` / `publish` on the CLI). */
function commandName(schema) {
    return CLI_NAMES[schema.name] ?? schema.name;
}
const CLI_NAMES = { 'sign-ed25519': 'sign', 'publish-release': 'publish' };
/** `relforge <command> [FILE…] [options]` */
function usageLine(schema) {
    const pos = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_4__/* .optionsFor */ .A5)(schema, 'cli').find(([, s]) => s.cli?.positional);
    const required = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_4__/* .optionsFor */ .A5)(schema, 'cli')
        .filter(([, s]) => s.required && !s.cli?.positional && !s.secret)
        .map(([n, s]) => `--${(0,_platform_options_js__WEBPACK_IMPORTED_MODULE_4__/* .cliFlag */ .vM)(n, s)} ${metavar(n, s)}`);
    return [`relforge ${commandName(schema)}`, ...(pos ? [`${metavar(pos[0], pos[1])}…`] : []), ...required, '[options]'].join(' ');
}
function metavar(name, spec) {
    if (spec.cli?.metavar)
        return spec.cli.metavar;
    if (spec.choices)
        return spec.choices.join('|');
    if (spec.type === 'integer')
        return 'N';
    return name.toUpperCase().replace(/-/g, '_');
}
/** The full `--help` text: summary, usage line, one entry per option (from the schema), notes. */
function usageText(schema, notes) {
    const lines = [schema.summary, '', `usage: ${usageLine(schema)}`, '', 'options:'];
    for (const [name, spec] of (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_4__/* .optionsFor */ .A5)(schema, 'cli')) {
        const flag = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_4__/* .cliFlag */ .vM)(name, spec);
        let head;
        if (spec.cli?.positional)
            head = `${metavar(name, spec)}…`;
        else if (spec.secret)
            head = `--${flag}-file FILE | --${flag}-env VAR`;
        else if (spec.type === 'boolean')
            head = spec.default === true ? `--${flag} | --no-${flag}` : `--${flag}`;
        else
            head = `--${flag} ${metavar(name, spec)}${spec.type === 'list' ? ' …' : ''}`;
        if (spec.cli?.short && !spec.secret)
            head = `-${spec.cli.short}, ${head}`;
        const extra = [];
        if (spec.required)
            extra.push('required');
        if (spec.default !== undefined && spec.default !== '' && spec.default !== false)
            extra.push(`default: ${String(spec.default)}`);
        if (spec.env?.length)
            extra.push(`env: ${spec.env.join(', ')}`);
        if (spec.cli?.fileFlag && !spec.secret)
            extra.push(`or --${flag}-file FILE`);
        const text = `${spec.description}${extra.length ? ` (${extra.join('; ')})` : ''}`;
        lines.push(`  ${head}`, ...wrap(text, 96).map((l) => `      ${l}`));
    }
    if (notes)
        lines.push('', notes.trim());
    return lines.join('\n');
}
function wrap(text, width) {
    const out = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
        if (line && line.length + 1 + word.length > width) {
            out.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        out.push(line);
    return out;
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
