import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/* relforge: Node version guard (scripts/node-guard.mjs) */ if (Number(process.versions.node.split('.')[0]) < 20) { const MIN_NODE_MAJOR = 20; process.stdout.write('::error::' + (function guardMessage(version) {
  return (
    `relforge needs Node.js ${MIN_NODE_MAJOR} or newer, but this runner's node is ${version}. ` +
    `GitHub honours "runs.using: node24"; act, Gitea and Forgejo run the node found on PATH in the job's image: ` +
    `use an image with Node >= ${MIN_NODE_MAJOR} (e.g. act -P ubuntu-latest=catthehacker/ubuntu:act-latest, ` +
    `or a Gitea/Forgejo runner label whose image ships Node 20+), or add actions/setup-node before this step.`
  );
})(process.version) + '\n'); process.exit(1); }
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/actions/workflow-commands.ts
/**
 * The runner protocol relforge's entries speak: inputs from `INPUT_*`, outputs and summaries through the
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, masks and annotations as `::command::` lines on stdout.
 * Same wire format as @actions/core 3 (escaping, heredoc delimiters), written here because importing
 * @actions/core costs every action ~70 ms and ~23 MiB at start-up (its HTTP client compiles undici's
 * WebAssembly parser on import) — measured in bench/next-version.mjs. Works the same on GitHub, Gitea,
 * Forgejo and act, which all implement these file commands.
 */


/** `%`, CR and LF escaped as the runner expects in command data. */
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Command property escaping (data escaping plus `:` and `,`). */
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function issueCommand(command, message, properties = {}) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(v)}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
/** The raw value of input `name` (`INPUT_<NAME>`, spaces as underscores, upper case), '' when unset. */
function rawInput(name) {
    return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}
function addMask(value) {
    issueCommand('add-mask', value);
}
/**
 * Writes `name` = `value` to GITHUB_OUTPUT with a random heredoc delimiter (refused if the value contains
 * it, as @actions/core does); falls back to the legacy `::set-output::` command when the file is absent.
 */
function writeOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    if (!file) {
        process.stdout.write(external_node_os_namespaceObject.EOL);
        issueCommand('set-output', value, { name });
        return;
    }
    if (!(0,external_node_fs_namespaceObject.existsSync)(file))
        throw new Error(`GITHUB_OUTPUT file ${file} does not exist`);
    const delimiter = heredocDelimiter();
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('unexpected heredoc delimiter in output');
    (0,external_node_fs_namespaceObject.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
}
let delimiterCount = 0;
/**
 * A fresh heredoc delimiter. What keeps an output from injecting other outputs is the check in writeOutput
 * (a value containing the delimiter is refused), not the delimiter's unpredictability, so this avoids
 * node:crypto, whose load alone costs ~8 ms of every action's start-up (measured on next-version).
 */
function heredocDelimiter() {
    const rand = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
    return `ghadelimiter_${process.pid.toString(36)}_${Date.now().toString(36)}_${(delimiterCount++).toString(36)}_${rand}`;
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}

;// CONCATENATED MODULE: ./src/platform/errors.ts
/**
 * Errors that reach users. Every message says what is wrong and what to change.
 * - `RelforgeError` is for expected failures (bad input, refused by a service, verification failed);
 *   anything else is a bug and is reported with its stack in debug output only.
 * - `SettingsError` lists problems with options by field; the front end words the field (`Input "x"` in an
 *   action, `--x` on the command line) with `renderMessage`.
 * - `FormatError` is the base of the pure parsers' errors (core/): a text or a file is not what it claims.
 */
class errors_RelforgeError extends Error {
    /** Process exit code the CLI uses for this error (actions always fail with 1). */
    exitCode;
    constructor(message, options) {
        super(message, options?.cause !== undefined ? { cause: options.cause } : undefined);
        this.name = 'RelforgeError';
        this.exitCode = options?.exitCode ?? 1;
    }
}
const actionNamer = (f) => `Input "${f}"`;
/** Words one problem with a front end's names: the field first, then `{{other}}` placeholders. */
function wordProblem(p, name) {
    if (typeof p === 'string')
        return p;
    const text = p.message.replace(/\{\{([a-z0-9-]+)\}\}/g, (_m, f) => name(f).replace(/^Input /, ''));
    return p.field ? `${name(p.field)} ${text}` : text;
}
/** Several problems found at once (typically while validating settings). */
class errors_SettingsError extends errors_RelforgeError {
    problems;
    constructor(problems, options) {
        super(errors_SettingsError.format(problems, actionNamer), options);
        this.name = 'SettingsError';
        this.problems = problems;
    }
    /** The message worded for a front end. */
    render(name) {
        return errors_SettingsError.format(this.problems, name);
    }
    static format(problems, name) {
        const lines = problems.map((p) => wordProblem(p, name));
        return lines.length === 1 ? lines[0] : `${lines.length} problems with the inputs:\n- ${lines.join('\n- ')}`;
    }
}
/** A single option problem, thrown: `throw fieldError('channel', 'must be …')`. */
function errors_fieldError(field, message) {
    return new errors_SettingsError([{ field, message }]);
}
/** Collects validation problems and throws them together. */
class errors_Problems {
    list = [];
    add(a, b) {
        this.list.push(b === undefined ? a : { field: a, message: b });
    }
    /** Adds a caught error: a SettingsError's problems as they are (fields kept), else its message. */
    include(err, suffix = '') {
        if (err instanceof errors_SettingsError)
            for (const q of err.problems)
                this.list.push(typeof q === 'string' ? q + suffix : { ...q, message: q.message + suffix });
        else
            this.list.push(errors_errorMessage(err) + suffix);
    }
    get count() {
        return this.list.length;
    }
    throwIfAny(options) {
        if (this.list.length)
            throw new errors_SettingsError([...this.list], options);
    }
}
/** A pure parser's refusal: the input is not in the format it claims (manifest, key, DER, PE, MSI…). */
class errors_FormatError extends Error {
    constructor(message, options) {
        super(message, options?.cause !== undefined ? { cause: options.cause } : undefined);
        this.name = new.target.name;
    }
}
/** A core parser's refusal (FormatError) as the user-facing RelforgeError, same message; anything else as it is. */
function asUserError(err) {
    return err instanceof errors_FormatError ? new errors_RelforgeError(err.message, { cause: err }) : err;
}
function errors_errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}
/**
 * The message of an error worded for a front end: SettingsErrors by field; in other messages an
 * `Input "x"` naming a known option is reworded too (for errors raised deep in an operation).
 */
function renderMessage(err, name, known) {
    if (err instanceof errors_SettingsError)
        return err.render(name);
    const msg = errors_errorMessage(err);
    if (!known)
        return msg;
    return msg.replace(/Input "([a-z0-9-]+)"/g, (m, f) => (known(f) ? name(f) : m));
}

;// CONCATENATED MODULE: ./src/platform/options.ts
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
        throw new errors_SettingsError(problems);
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

;// CONCATENATED MODULE: ./src/platform/secrets.ts
/**
 * Process-wide registry of secret values. Entries register every secret input here (and with
 * `core.setSecret`); adapters call `redact` on any text that may echo a request, a command line or
 * a service's error before it goes into an Error message or a log line.
 */
const secrets = new Set();
/** Registers a secret and, for multi-line values, each of its lines (the runner masks line by line). */
function registerSecret(value) {
    if (!value)
        return;
    const add = (v) => {
        const t = v.trim();
        if (t.length >= 4)
            secrets.add(t);
    };
    add(value);
    for (const line of value.split(/\r?\n/))
        add(line);
}
function registeredSecrets() {
    return [...secrets];
}
/** Replaces every registered secret (longest first) with `***`. */
function secrets_redact(text) {
    if (!text || secrets.size === 0)
        return text;
    let out = text;
    for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
        if (out.includes(s))
            out = out.split(s).join('***');
    }
    return out;
}
/** For tests only. */
function clearSecrets() {
    secrets.clear();
}
/**
 * External text (a response body, a service's error, a tool's output) made safe for a message: secrets are
 * redacted FIRST, then the text is cut to `max` characters, so a secret that straddles the cut can never
 * leak in part. Use it everywhere an external text reaches a message or a log line.
 */
function secrets_excerpt(text, max = 500) {
    const safe = secrets_redact(text ?? '');
    return safe.length <= max ? safe : `${safe.slice(0, max)}…`;
}

;// CONCATENATED MODULE: ./src/platform/runtime.ts
/** The API root for a server URL and forge, as runners set GITHUB_API_URL (github.com, GHES /api/v3, Gitea/Forgejo /api/v1). */
function apiUrlFor(serverUrl, forge) {
    const s = serverUrl.replace(/\/+$/, '');
    if (forge !== 'github')
        return `${s}/api/v1`;
    return s === 'https://github.com' ? 'https://api.github.com' : `${s}/api/v3`;
}
function detectRuntime(env) {
    const truthy = (v) => v !== undefined && v !== '' && v !== 'false' && v !== '0';
    let forge = 'github';
    let runner = 'GitHub Actions';
    if (truthy(env.FORGEJO_ACTIONS)) {
        forge = 'forgejo';
        runner = 'Forgejo Actions';
    }
    else if (truthy(env.GITEA_ACTIONS)) {
        forge = 'gitea';
        runner = 'Gitea Actions';
    }
    else if (truthy(env.ACT)) {
        runner = 'act';
    }
    const act = truthy(env.ACT);
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const apiUrl = (env.GITHUB_API_URL || apiUrlFor(serverUrl, forge)).replace(/\/+$/, '');
    const oidcAvailable = forge === 'github' && !act && !!env.ACTIONS_ID_TOKEN_REQUEST_URL && !!env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    return { forge, act, runner, serverUrl, apiUrl, oidcAvailable, summaryFile: env.GITHUB_STEP_SUMMARY || undefined };
}
/** The minimum Node major relforge bundles run on (act, Gitea and Forgejo run whatever `node` the host has). */
const MIN_NODE_MAJOR = 20;
/** Returns an error message when the running Node is too old, else undefined. */
function nodeVersionProblem(version) {
    const major = Number(/^v?(\d+)/.exec(version)?.[1] ?? 0);
    if (major >= MIN_NODE_MAJOR)
        return undefined;
    return (`relforge needs Node.js ${MIN_NODE_MAJOR} or newer, but this runner's node is ${version}. ` +
        `GitHub honours "runs.using: node24"; act, Gitea and Forgejo run the node found on PATH in the job's image: ` +
        `use an image with Node >= ${MIN_NODE_MAJOR} (e.g. act -P ubuntu-latest=catthehacker/ubuntu:act-latest, ` +
        `or a Gitea/Forgejo runner label whose image ships Node 20+), or add actions/setup-node before this step.`);
}

;// CONCATENATED MODULE: ./src/actions/runner.ts
/**
 * The only place (with src/cli/main.ts) that talks to the runner: reading inputs, masking secrets,
 * setting outputs, writing the step summary and turning errors into a failed step. The wire format
 * (workflow commands, file commands) is in ./workflow-commands.ts.
 * Entries (src/actions/<name>.ts) stay thin: parse inputs into settings, call one library operation,
 * report. No business rules here.
 */







/** Runs an action body: Node check first, then `body`; any error fails the step with a secret-free message. */
async function runAction(body) {
    const nodeProblem = nodeVersionProblem(process.version);
    if (nodeProblem) {
        issueCommand('error', nodeProblem);
        process.exitCode = 1;
        return;
    }
    try {
        await body({ runtime: detectRuntime(process.env) });
    }
    catch (err) {
        const msg = secrets_redact(errors_errorMessage(err));
        if (!(err instanceof errors_RelforgeError) && err instanceof Error && err.stack)
            debug(secrets_redact(err.stack));
        issueCommand('error', msg);
        process.exitCode = 1;
    }
}
/**
 * Every input of an operation's schema, typed and checked at once (problems by field, worded
 * `Input "x"`). Secret inputs are masked before anything can print them.
 */
function readInputs(schema) {
    const raw = {};
    for (const [name, spec] of Object.entries(schema.options)) {
        if (spec.only === 'cli')
            continue;
        const v = rawInput(name);
        if (spec.secret)
            maskSecret(v);
        raw[name] = v;
    }
    return parseValues(schema, raw, 'action');
}
/** Masks a secret value that did not come from an input (e.g. a token obtained at run time). */
function maskSecret(v) {
    if (!v)
        return;
    addMask(v);
    for (const line of v.split(/\r?\n/))
        if (line.trim() && line.trim() !== v)
            addMask(line.trim());
    registerSecret(v);
}
/** Sets outputs; objects and arrays are written as JSON, booleans as "true"/"false". */
function setOutputs(outputs) {
    for (const [k, v] of Object.entries(outputs)) {
        if (v === undefined || v === null) {
            writeOutput(k, '');
        }
        else if (typeof v === 'object') {
            writeOutput(k, JSON.stringify(v));
        }
        else {
            writeOutput(k, String(v));
        }
    }
}
/**
 * Appends markdown to the step summary. Skipped gracefully (a debug line) where the runner does not
 * offer GITHUB_STEP_SUMMARY; a failure to write the summary never fails the step.
 */
async function writeSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        debug('GITHUB_STEP_SUMMARY is not set on this runner; step summary skipped.');
        return;
    }
    try {
        // Appended directly (as core.summary would, but without it), which caches the file path for the process and keeps
        // its buffer after a failed write (a later summary would repeat stale text).
        await (0,promises_namespaceObject.appendFile)(file, `${secrets_redact(markdown).replace(/\n*$/, '')}\n`, 'utf8');
    }
    catch (err) {
        issueCommand('warning', `Could not write the step summary: ${secrets_redact(errors_errorMessage(err))}`);
    }
}
const log = {
    info: (m) => process.stdout.write(secrets_redact(m) + external_node_os_namespaceObject.EOL),
    warning: (m) => issueCommand('warning', secrets_redact(m)),
    debug: (m) => debug(secrets_redact(m)),
    notice: (m) => issueCommand('notice', secrets_redact(m)),
};
function debug(m) {
    issueCommand('debug', m);
}

;// CONCATENATED MODULE: ./src/preflight/options.ts
/**
 * Option schema of `preflight` (src/platform/options.ts): every secret the later jobs of a release need,
 * checked in the first job. actions/preflight/action.yml, `relforge preflight` and the docs table follow
 * from it. The descriptions name the secrets as relforge's workflows and docs do.
 */


/** The things a release may need, in the order they are checked and reported. */
const PREFLIGHT_CHECKS = ['minisign', 'trusted-signing', 'token', 'package-token'];
const preflightSchema = defineSchema({
    name: 'preflight',
    summary: 'check every secret a release needs (present, key opens, matches its pin) before anything is tagged',
    options: {
        require: {
            type: 'list',
            default: 'minisign,token',
            choices: PREFLIGHT_CHECKS,
            description: 'What the later jobs need (comma or newline separated; blank items are ignored): "minisign" (private-key opens with password and belongs to public-key), "trusted-signing" (Azure credentials and account settings), "token" (forge token), "package-token" (update server or package registry token).',
            cli: { metavar: 'CHECKS' },
        },
        'private-key': {
            type: 'string',
            secret: true,
            env: ['MINISIGN_PRIVATE_KEY'],
            description: 'The minisign secret key the sign job uses (secret MINISIGN_PRIVATE_KEY): the key file text, a PKCS#8 PEM or base64 of a 32-byte seed.',
        },
        password: {
            type: 'string',
            secret: true,
            env: ['MINISIGN_PASSWORD', 'RELFORGE_KEY_PASSWORD'],
            description: 'Password of an encrypted private-key (secret MINISIGN_PASSWORD).',
        },
        'public-key': {
            type: 'string',
            env: ['MINISIGN_PUBLIC_KEY'],
            description: 'The pin (variable MINISIGN_PUBLIC_KEY): minisign public key text or its base64 "RW…" line. With "minisign" the private key must belong to it.',
            cli: { pathOrValue: true, aliases: ['pubkey'], metavar: 'KEY|FILE' },
        },
        token: {
            type: 'string',
            secret: true,
            actionDefault: '${{ github.token }}',
            env: ['RELFORGE_TOKEN', 'GITHUB_TOKEN', 'GITEA_TOKEN', 'FORGEJO_TOKEN'],
            description: 'Forge token the version and publish jobs push and publish with (secret RELEASE_TOKEN, else the job token).',
        },
        'package-token': {
            type: 'string',
            secret: true,
            env: ['PACKAGE_TOKEN', 'RELFORGE_PACKAGE_TOKEN'],
            description: 'Token of the update server or Gitea package registry the packages job uploads to (secret PACKAGE_TOKEN).',
        },
        'azure-tenant-id': { type: 'string', env: ['AZURE_TENANT_ID'], description: 'Entra ID tenant of the Trusted Signing identity (secret AZURE_TENANT_ID).' },
        'azure-client-id': { type: 'string', env: ['AZURE_CLIENT_ID'], description: 'Client ID of the app registration that signs (secret AZURE_CLIENT_ID).' },
        'azure-client-secret': {
            type: 'string',
            secret: true,
            env: ['AZURE_CLIENT_SECRET'],
            description: 'Client secret of that app registration (secret AZURE_CLIENT_SECRET); not needed with GitHub OIDC.',
        },
        'trusted-signing-endpoint': { type: 'string', description: 'Trusted Signing endpoint of the account (e.g. https://eus.codesigning.azure.net).', cli: { metavar: 'URL' } },
        'trusted-signing-account': { type: 'string', description: 'Trusted Signing account name.', cli: { metavar: 'NAME' } },
        'trusted-signing-profile': { type: 'string', description: 'Certificate profile name.', cli: { metavar: 'NAME' } },
        online: flag('With "trusted-signing": also obtain an Entra ID token and read the certificate profile once (signs nothing), proving the credentials and the signer role.'),
        json: jsonFlag('Print the report as JSON.'),
    },
    outputs: {
        checked: 'JSON list of the checks that passed (the "require" items).',
        'key-id': 'Key id (16 hex digits) of the minisign key that was checked; empty without "minisign".',
    },
});
/** preflight's library settings from its option values (the action and the CLI both call this). */
function preflightSettings(v, env = process.env) {
    return {
        require: v.require,
        privateKey: v['private-key'],
        password: v.password,
        publicKey: v['public-key'],
        token: v.token,
        packageToken: v['package-token'],
        azure: { tenantId: v['azure-tenant-id'], clientId: v['azure-client-id'], clientSecret: v['azure-client-secret'] },
        trustedSigning: { endpoint: v['trusted-signing-endpoint'], account: v['trusted-signing-account'], profile: v['trusted-signing-profile'] },
        online: v.online,
        runtime: detectRuntime(env),
        env,
    };
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/signing/minisign/core/errors.ts
/** The minisign core's two refusals: a text that is not what it claims, and a signature that does not verify. */

/** A key, signature or comment text is not in the minisign format it claims (or asks for unsupported parameters). */
class errors_MinisignFormatError extends errors_FormatError {
}
/** A well-formed signature does not verify: other key, altered file or comment, wrong password, or another version than required. */
class MinisignVerificationError extends errors_RelforgeError {
    constructor(message) {
        super(message);
        this.name = 'MinisignVerificationError';
    }
}

;// CONCATENATED MODULE: ./src/signing/minisign/core/blake2b.ts
/**
 * BLAKE2b (RFC 7693) with any output length 1..64, unkeyed. Node's crypto only offers the fixed
 * 64-byte `blake2b512` (and BLAKE2b-256 is not a truncation of it: the length is in the parameter
 * block), but minisign's secret-key checksum is BLAKE2b-256. Small inputs only (key files):
 * BigInt arithmetic, not fast. Streamed file hashing uses Node's `blake2b512`.
 */
const MASK = (1n << 64n) - 1n;
const IV = [
    0x6a09e667f3bcc908n, 0xbb67ae8584caa73bn, 0x3c6ef372fe94f82bn, 0xa54ff53a5f1d36f1n,
    0x510e527fade682d1n, 0x9b05688c2b3e6c1fn, 0x1f83d9abfb41bd6bn, 0x5be0cd19137e2179n,
];
const SIGMA = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];
const rotr = (x, n) => ((x >> n) | (x << (64n - n))) & MASK;
function compress(h, block, t, last) {
    const v = [...h, ...IV];
    v[12] = v[12] ^ (t & MASK);
    v[13] = v[13] ^ (t >> 64n);
    if (last)
        v[14] = v[14] ^ MASK;
    const m = [];
    for (let i = 0; i < 16; i++)
        m.push(block.readBigUInt64LE(i * 8));
    const g = (a, b, c, d, x, y) => {
        v[a] = (v[a] + v[b] + x) & MASK;
        v[d] = rotr(v[d] ^ v[a], 32n);
        v[c] = (v[c] + v[d]) & MASK;
        v[b] = rotr(v[b] ^ v[c], 24n);
        v[a] = (v[a] + v[b] + y) & MASK;
        v[d] = rotr(v[d] ^ v[a], 16n);
        v[c] = (v[c] + v[d]) & MASK;
        v[b] = rotr(v[b] ^ v[c], 63n);
    };
    for (let r = 0; r < 12; r++) {
        const s = SIGMA[r % 10];
        g(0, 4, 8, 12, m[s[0]], m[s[1]]);
        g(1, 5, 9, 13, m[s[2]], m[s[3]]);
        g(2, 6, 10, 14, m[s[4]], m[s[5]]);
        g(3, 7, 11, 15, m[s[6]], m[s[7]]);
        g(0, 5, 10, 15, m[s[8]], m[s[9]]);
        g(1, 6, 11, 12, m[s[10]], m[s[11]]);
        g(2, 7, 8, 13, m[s[12]], m[s[13]]);
        g(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (let i = 0; i < 8; i++)
        h[i] = h[i] ^ v[i] ^ v[i + 8];
}
/** Unkeyed BLAKE2b of `data` with an `outlen`-byte digest. */
function blake2b(data, outlen) {
    if (!Number.isInteger(outlen) || outlen < 1 || outlen > 64)
        throw new RangeError('BLAKE2b output length must be 1..64');
    const h = [...IV];
    h[0] = h[0] ^ 0x01010000n ^ BigInt(outlen);
    const blocks = Math.max(1, Math.ceil(data.length / 128));
    for (let i = 0; i < blocks; i++) {
        const chunk = Buffer.alloc(128);
        data.copy(chunk, 0, i * 128, Math.min(data.length, (i + 1) * 128));
        const last = i === blocks - 1;
        compress(h, chunk, BigInt(last ? data.length : (i + 1) * 128), last);
    }
    const out = Buffer.alloc(64);
    h.forEach((w, i) => out.writeBigUInt64LE(w, i * 8));
    return Buffer.from(out.subarray(0, outlen));
}

;// CONCATENATED MODULE: ./src/signing/minisign/core/ed25519.ts
/**
 * Ed25519 verification (RFC 8032 §5.1.7) finished from a caller-computed hash, so a signature over a whole
 * file (minisign legacy `Ed`, `format: raw`) can be checked in bounded memory: the adapter streams
 * k = SHA-512(R ‖ A ‖ message) over the file, this module does the curve arithmetic with BigInt.
 * Node's crypto (OpenSSL) only verifies Ed25519 one-shot, with the whole message in memory.
 *
 * Pure and public-data only (verification has no secret, so variable-time arithmetic is fine). Signing is
 * left to Node's constant-time implementation. Checked against Node's crypto.verify on RFC 8032 vectors,
 * random keys and messages, and altered signatures (test/signing/ed25519-stream.test.ts).
 *
 * The check is the cofactorless one OpenSSL makes: S < L, A decodes (canonical y), and
 * encode([S]B − [k]A) equals the signature's R bytes; like libsodium (minisign), a public key or R of small
 * order is refused. So whatever this accepts, Node's crypto.verify accepts too (tested on edge cases).
 */
const P = 2n ** 255n - 19n;
/** Order of the base point. */
const L = (/* unused pure expression or super */ null && (2n ** 252n + 27742317777372353535851937790883648493n));
const D = mod(-121665n * inverse(121666n));
const SQRT_M1 = pow(2n, (P - 1n) / 4n);
function mod(a, m = P) {
    const r = a % m;
    return r < 0n ? r + m : r;
}
function pow(base, exp) {
    let result = 1n;
    let b = mod(base);
    let e = exp;
    while (e > 0n) {
        if (e & 1n)
            result = (result * b) % P;
        b = (b * b) % P;
        e >>= 1n;
    }
    return result;
}
function inverse(a) {
    return pow(a, P - 2n);
}
/** Little-endian bytes → integer. */
function leToBigInt(bytes) {
    let n = 0n;
    for (let i = bytes.length - 1; i >= 0; i--)
        n = (n << 8n) | BigInt(bytes[i]);
    return n;
}
/** Extended twisted Edwards addition (a = −1), complete: also doubles. RFC 8032 §5.1.4. */
function add(p, q) {
    const a = mod((p[1] - p[0]) * (q[1] - q[0]));
    const b = mod((p[1] + p[0]) * (q[1] + q[0]));
    const c = mod(2n * D * p[3] * q[3]);
    const d = mod(2n * p[2] * q[2]);
    const e = b - a;
    const f = d - c;
    const g = d + c;
    const h = b + a;
    return [mod(e * f), mod(g * h), mod(f * g), mod(e * h)];
}
const IDENTITY = (/* unused pure expression or super */ null && ([0n, 1n, 1n, 0n]));
function multiply(s, p) {
    let q = IDENTITY;
    let addend = p;
    for (let k = s; k > 0n; k >>= 1n) {
        if (k & 1n)
            q = add(q, addend);
        addend = add(addend, addend);
    }
    return q;
}
/** [8]P is the identity: P is one of the eight points of small order (never a real key or R). */
function hasSmallOrder(p) {
    const q = add(add(add(p, p), add(p, p)), add(add(p, p), add(p, p)));
    return q[0] === 0n && q[1] === q[2];
}
function negate(p) {
    return [mod(-p[0]), p[1], p[2], mod(-p[3])];
}
/** RFC 8032 §5.1.3 point decoding; undefined for an invalid or non-canonical encoding. */
function decodePoint(bytes) {
    if (bytes.length !== 32)
        return undefined;
    const copy = Uint8Array.from(bytes);
    const sign = copy[31] >> 7;
    copy[31] &= 0x7f;
    const y = leToBigInt(copy);
    if (y >= P)
        return undefined;
    const y2 = mod(y * y);
    const x2 = mod((y2 - 1n) * inverse(D * y2 + 1n));
    if (x2 === 0n)
        return sign ? undefined : [0n, y, 1n, 0n];
    let x = pow(x2, (P + 3n) / 8n);
    if (mod(x * x) !== x2)
        x = mod(x * SQRT_M1);
    if (mod(x * x) !== x2)
        return undefined;
    if (Number(x & 1n) !== sign)
        x = P - x;
    return [x, y, 1n, mod(x * y)];
}
function encodePoint(p) {
    const zi = inverse(p[2]);
    const x = mod(p[0] * zi);
    let y = mod(p[1] * zi);
    const out = Buffer.alloc(32);
    for (let i = 0; i < 32; i++) {
        out[i] = Number(y & 0xffn);
        y >>= 8n;
    }
    out[31] |= Number(x & 1n) << 7;
    return out;
}
const BASE = (() => {
    const y = mod(4n * inverse(5n));
    const enc = Buffer.alloc(32);
    let v = y;
    for (let i = 0; i < 32; i++) {
        enc[i] = Number(v & 0xffn);
        v >>= 8n;
    }
    return decodePoint(enc);
})();
/**
 * Verifies a 64-byte Ed25519 signature (R ‖ S) by a 32-byte public key A, given
 * `hram` = SHA-512(R ‖ A ‖ message) (64 bytes) computed by the caller over the whole message.
 */
function ed25519_verifyEd25519Hram(publicKey, signature, hram) {
    if (publicKey.length !== 32 || signature.length !== 64 || hram.length !== 64)
        return false;
    const s = leToBigInt(signature.subarray(32, 64));
    if (s >= L)
        return false;
    const a = decodePoint(publicKey);
    const r0 = decodePoint(signature.subarray(0, 32));
    if (!a || !r0 || hasSmallOrder(a) || hasSmallOrder(r0))
        return false;
    const k = mod(leToBigInt(hram), L);
    const r = add(multiply(s, BASE), negate(multiply(k, a)));
    return encodePoint(r).equals(Buffer.from(signature.subarray(0, 32)));
}

;// CONCATENATED MODULE: ./src/signing/minisign/core/trusted-comment.ts
/**
 * The signed trusted comment as relforge writes and reads it: tab-separated `name:value` fields
 * (`version:1.4.0<TAB>file:app-linux-x86_64<TAB>platform:linux-x86_64<TAB>timestamp:1700000000`).
 * Pure.
 *
 * Fields must not be forgeable through their values: a file named `evil<TAB>version:9.9.9` would otherwise add
 * a `version:` field to a validly signed comment. So every value that goes in is checked (no tab, line break or
 * other control character), and a reader refuses a comment that names the field it asks for twice.
 */

/** Why `value` cannot go into a trusted comment field (continues after the value's name), or undefined. */
function trusted_comment_commentValueProblem(value) {
    // C0 controls (tab, CR, LF, NUL…), DEL and the Unicode line/paragraph separators.
    const bad = /[\x00-\x1f\x7f\u2028\u2029]/.exec(value);
    if (!bad)
        return undefined;
    const what = bad[0] === '\t' ? 'a tab' : bad[0] === '\n' || bad[0] === '\r' ? 'a line break' : `the control character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;
    return `contains ${what}, which would add or split fields of the signed trusted comment`;
}
/** `version:…<TAB>file:…<TAB>platform:…<TAB>timestamp:…`, fields without a value left out. */
function defaultTrustedComment(fields) {
    const parts = [];
    if (fields.version)
        parts.push(`version:${fields.version}`);
    parts.push(`file:${fields.file}`);
    if (fields.platform)
        parts.push(`platform:${fields.platform}`);
    parts.push(`timestamp:${fields.timestamp}`);
    return parts.join('\t');
}
/**
 * The trusted comment for one file: `template` with {version} {file} {platform} {timestamp} filled in, or the
 * default. Every value is checked first (MinisignFormatError naming the value and the fix).
 */
function trusted_comment_renderTrustedComment(template, fields) {
    for (const [name, value] of Object.entries(fields)) {
        if (value === undefined)
            continue;
        const problem = trusted_comment_commentValueProblem(String(value));
        if (problem) {
            const fix = name === 'file' ? 'rename the file' : `fix the ${name}`;
            throw new MinisignFormatError(`The ${name} "${String(value).replace(/[\x00-\x1f\x7f]/g, '?')}" ${problem}: ${fix}.`);
        }
    }
    if (!template)
        return defaultTrustedComment(fields);
    return template.replace(/\{(version|file|platform|timestamp)\}/g, (_, k) => String(fields[k] ?? ''));
}
/**
 * Value of `name:` in a tab-separated trusted comment, or undefined. A comment naming the field twice is
 * ambiguous (which one did the signer mean?) and refused with MinisignFormatError.
 */
function trusted_comment_trustedCommentField(trustedComment, name) {
    let found;
    for (const field of trustedComment.split('\t')) {
        const i = field.indexOf(':');
        if (i <= 0 || field.slice(0, i).trim() !== name)
            continue;
        if (found !== undefined) {
            throw new MinisignFormatError(`The trusted comment has more than one "${name}:" field (a tab in a signed value?): refusing an ambiguous signature; re-sign the file.`);
        }
        found = field.slice(i + 1).trim();
    }
    return found;
}
/** The `timestamp:` of a trusted comment as unix seconds, or undefined. */
function trusted_comment_commentTimestamp(trustedComment) {
    const t = trusted_comment_trustedCommentField(trustedComment, 'timestamp');
    return t !== undefined && /^\d{1,12}$/.test(t) ? Number(t) : undefined;
}

;// CONCATENATED MODULE: ./src/signing/minisign/core/format.ts
/**
 * minisign / signify formats (pure: strings and buffers in, values out; no files, no env).
 * Byte layouts: /work/shared/reference/formats.md §1–2 (jedisct1/minisign 0.11 `src/minisign.h`).
 *
 * API (stable; the packages code and the CLI build on it):
 *   parsePublicKey(text)              → ParsedPublicKey   2-line `.pub` file, its base64 line, or base64 of the whole file (Tauri)
 *   formatPublicKey(keyId, pk)        → `.pub` text (2 lines + "\n"), byte-identical to minisign's
 *   keyIdHex(keyId)                   → 16 upper-case hex digits, keynum read as little-endian u64 (what minisign prints)
 *   parseSecretKey(text)              → ParsedSecretKey   (encrypted or not; use decryptSecretKey / scryptParams to open it)
 *   scryptParams(opslimit, memlimit)  → {N, r, p, maxmem} exactly as libsodium's crypto_pwhash_scryptsalsa208sha256 picks them
 *   openSecretKey(parsed, stream?)    → SecretKeyMaterial (XORs the 104-byte scrypt stream when encrypted, checks the BLAKE2b-256 checksum)
 *   sealSecretKey(material, opts)     → `.key` text (unencrypted like `minisign -G -W`, or encrypted with a caller-derived stream)
 *   parseSignature(text)              → ParsedSignature   4-line `.minisig` (or base64 of it, Tauri's `.sig`)
 *   formatSignature(parts)            → `.minisig` text (4 lines + "\n")
 *   ed25519PrivateKey(seed) / ed25519PublicKey(pk) / publicKeyFromSeed(seed)   Node KeyObjects from raw bytes
 *   signPrehashed(privateKey, keyId, blake2b512Digest, opts)  → `.minisig` text for algorithm `ED`
 *   signMessage(privateKey, keyId, data, opts)                → `.minisig` text for `ED` (hashes `data`) or legacy `Ed`
 *   verifySignature(sig, pub, {digest? | data?}, opts)        → {trustedComment, keyIdHex}; `data` is the file, or for legacy
 *                                     `Ed` the LegacyMessage the adapter streamed (bounded memory, ./ed25519.ts finishes the check)
 *   trustedCommentField(tc, name)     → value of `name:` in a tab-separated trusted comment (./trusted-comment.ts; a repeated field is refused)
 *   sanitizeComment(text, what)       → rejects newlines / over-long comments
 * Errors: MinisignFormatError (a FormatError: the text is not what it claims) and MinisignVerificationError (a
 * RelforgeError: a well-formed signature does not verify), both from ./errors.ts.
 */







const UNTRUSTED_PREFIX = 'untrusted comment: ';
const TRUSTED_PREFIX = 'trusted comment: ';
/** minisign's COMMENTMAXBYTES and TRUSTED_COMMENT_MAX_BYTES. */
const UNTRUSTED_COMMENT_MAX = 1024;
const TRUSTED_COMMENT_MAX = 8192;
/** libsodium crypto_pwhash_scryptsalsa208sha256_{OPS,MEM}LIMIT_SENSITIVE: what `minisign -G` uses. */
const format_MINISIGN_OPSLIMIT = 33554432;
const format_MINISIGN_MEMLIMIT = 1073741824;
/** Upper bound on the memory a key file may make scrypt use (a hostile key could ask for terabytes). */
const SCRYPT_MAX_MEMORY = 4 * 1024 * 1024 * 1024;
const PK_ALG = Buffer.from('Ed', 'latin1');
const KDF_SCRYPT = Buffer.from('Sc', 'latin1');
const KDF_NONE = Buffer.from([0, 0]);
const CHK_B2 = Buffer.from('B2', 'latin1');
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');
function fail(message) {
    throw new errors_MinisignFormatError(message);
}
function refuse(message) {
    throw new MinisignVerificationError(message);
}
/** Strict standard base64 (padding required, no stray characters, canonical trailing bits), like libsodium. */
function format_decodeBase64Strict(text, what, expectedLength) {
    const t = text.trim();
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length % 4 !== 0)
        fail(`${what} is not valid base64.`);
    const buf = Buffer.from(t, 'base64');
    if (buf.toString('base64') !== t)
        fail(`${what} is not canonical base64 (altered or truncated).`);
    if (expectedLength !== undefined && buf.length !== expectedLength) {
        fail(`${what} decodes to ${buf.length} bytes; expected ${expectedLength}.`);
    }
    return buf;
}
function keyIdHex(keyId) {
    return Buffer.from(keyId).reverse().toString('hex').toUpperCase();
}
/** Splits text into lines, accepting LF or CRLF and dropping trailing empty lines. */
function lines(text) {
    const out = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    while (out.length && out[out.length - 1].trim() === '')
        out.pop();
    return out;
}
/** If `text` is base64 of a whole minisign file (Tauri's `pubkey`/`TAURI_SIGNING_PRIVATE_KEY` style), returns the decoded text. */
function unwrapBase64File(text) {
    const t = text.trim();
    if (t.includes('\n') || t.length < 60 || !/^[A-Za-z0-9+/=]+$/.test(t))
        return undefined;
    const decoded = Buffer.from(t, 'base64').toString('utf8');
    return decoded.startsWith(UNTRUSTED_PREFIX) ? decoded : undefined;
}
function parsePublicKeyBlob(b64) {
    const blob = format_decodeBase64Strict(b64, 'The public key', 42);
    if (!blob.subarray(0, 2).equals(PK_ALG))
        fail('The public key is not an Ed25519 minisign/signify key (algorithm tag is not "Ed").');
    const keyId = Buffer.from(blob.subarray(2, 10));
    return { keyId, publicKey: Buffer.from(blob.subarray(10, 42)), keyIdHex: keyIdHex(keyId), base64: b64.trim() };
}
/**
 * Parses a minisign (or signify) public key: the 2-line `.pub` file, just its base64 line (`RW…`),
 * or base64 of the whole file (Tauri's `pubkey`).
 */
function format_parsePublicKey(text) {
    if (typeof text !== 'string' || text.trim() === '')
        fail('The public key is empty: give a minisign public key (the `.pub` file or its `RW…` line).');
    const inner = unwrapBase64File(text) ?? text;
    const ls = lines(inner).filter((l) => l.trim() !== '');
    if (ls.length === 1)
        return parsePublicKeyBlob(ls[0]);
    if (ls.length === 2 && ls[0].startsWith(UNTRUSTED_PREFIX))
        return parsePublicKeyBlob(ls[1]);
    return fail('The public key is malformed: expected a minisign `.pub` file (an "untrusted comment:" line and a base64 line) or its base64 line.');
}
/**
 * The `.pub` text exactly as minisign writes it. Note: minisign prints the key id in this comment WITHOUT zero
 * padding (`%PRIX64`), so 1 key in 16 shows 15 digits there; `keyIdHex` (our outputs, manifests) is always 16.
 */
function format_formatPublicKey(keyId, publicKey) {
    const b64 = Buffer.concat([PK_ALG, keyId, publicKey]).toString('base64');
    return `${UNTRUSTED_PREFIX}minisign public key ${keyId.readBigUInt64LE(0).toString(16).toUpperCase()}\n${b64}\n`;
}
function publicKeyBase64(keyId, publicKey) {
    return Buffer.concat([PK_ALG, keyId, publicKey]).toString('base64');
}
// ---------------------------------------------------------------- secret keys
/** True when the text looks like a minisign secret key file (or base64 of one). */
function looksLikeSecretKeyFile(text) {
    const inner = unwrapBase64File(text) ?? text;
    return inner.trimStart().startsWith(UNTRUSTED_PREFIX);
}
function parseSecretKey(text) {
    const inner = unwrapBase64File(text) ?? text;
    const ls = lines(inner).filter((l) => l.trim() !== '');
    if (ls.length !== 2 || !ls[0].startsWith(UNTRUSTED_PREFIX)) {
        fail('The private key is not a minisign secret key file: expected an "untrusted comment:" line and one base64 line.');
    }
    const blob = format_decodeBase64Strict(ls[1], 'The minisign secret key', 158);
    if (!blob.subarray(0, 2).equals(PK_ALG))
        fail('The minisign secret key uses an unsupported signature algorithm (expected "Ed").');
    const kdf = blob.subarray(2, 4);
    const encrypted = kdf.equals(KDF_SCRYPT);
    if (!encrypted && !kdf.equals(KDF_NONE))
        fail('The minisign secret key uses an unsupported key-derivation algorithm (expected scrypt "Sc" or none).');
    if (!blob.subarray(4, 6).equals(CHK_B2))
        fail('The minisign secret key uses an unsupported checksum algorithm (expected "B2").');
    const opslimit = Number(blob.readBigUInt64LE(38));
    const memlimit = Number(blob.readBigUInt64LE(46));
    return {
        encrypted,
        salt: Buffer.from(blob.subarray(6, 38)),
        opslimit,
        memlimit,
        payload: Buffer.from(blob.subarray(54, 158)),
        untrustedComment: ls[0].slice(UNTRUSTED_PREFIX.length),
    };
}
/** libsodium `pickparams` (crypto_pwhash/scryptsalsa208sha256/pwhash_scryptsalsa208sha256.c). */
function scryptParams(opslimit, memlimit) {
    const ops = opslimit < 32768 ? 32768 : opslimit;
    const r = 8;
    let p;
    let nLog2;
    if (ops < memlimit / 32) {
        p = 1;
        const maxN = ops / (r * 4);
        for (nLog2 = 1; nLog2 < 63; nLog2++)
            if (2 ** nLog2 > maxN / 2)
                break;
    }
    else {
        const maxN = memlimit / (r * 128);
        for (nLog2 = 1; nLog2 < 63; nLog2++)
            if (2 ** nLog2 > maxN / 2)
                break;
        let maxrp = Math.floor(ops / 4 / 2 ** nLog2);
        if (maxrp > 0x3fffffff)
            maxrp = 0x3fffffff;
        p = Math.floor(maxrp / r);
    }
    if (nLog2 > 30 || p < 1)
        fail(`The minisign secret key asks for unsupported scrypt limits (opslimit ${opslimit}, memlimit ${memlimit}).`);
    const N = 2 ** nLog2;
    if (128 * r * (N + p) > SCRYPT_MAX_MEMORY) {
        fail(`The minisign secret key asks for scrypt parameters that need ${Math.round((128 * r * (N + p)) / 2 ** 20)} MiB of memory; relforge allows at most ${SCRYPT_MAX_MEMORY / 2 ** 30} GiB (minisign's own keys need 1 GiB).`);
    }
    if (N * p > 2 ** 24)
        fail(`The minisign secret key asks for ${N * p} scrypt iterations (N·p); relforge allows at most 2^24, 16 times what minisign uses.`);
    // OpenSSL needs 128·r·(N+2) bytes for V plus 128·r·p for B; leave headroom.
    const maxmem = 128 * r * (N + 2 + p) + 8 * 1024 * 1024;
    return { N, r, p, maxmem };
}
/** BLAKE2b-256 over sig_alg ‖ keynum ‖ sk (minisign's key checksum; Node has only BLAKE2b-512, see ./blake2b.ts). */
function secretKeyChecksum(keyId, sk64) {
    return blake2b(Buffer.concat([PK_ALG, keyId, sk64]), 32);
}
/**
 * Opens a parsed secret key. For encrypted keys pass the 104-byte scrypt stream
 * (scrypt(password, salt, 104, scryptParams(opslimit, memlimit))). Checks the checksum and that the
 * embedded public key matches the seed.
 */
function openSecretKey(parsed, stream) {
    let payload = parsed.payload;
    if (parsed.encrypted) {
        if (!stream || stream.length !== 104)
            fail('The minisign secret key is encrypted: a password is needed to open it.');
        payload = Buffer.alloc(104);
        for (let i = 0; i < 104; i++)
            payload[i] = parsed.payload[i] ^ stream[i];
    }
    const keyId = Buffer.from(payload.subarray(0, 8));
    const sk = payload.subarray(8, 72);
    const chk = payload.subarray(72, 104);
    const expected = secretKeyChecksum(keyId, sk);
    const zero = chk.every((b) => b === 0);
    if (!(0,external_node_crypto_namespaceObject.timingSafeEqual)(chk, expected) && !(zero && !parsed.encrypted)) {
        payload.fill(0);
        (parsed.encrypted ? refuse : fail)(parsed.encrypted
            ? 'Wrong password for the minisign secret key (checksum mismatch after decryption): check the password input.'
            : 'The minisign secret key is corrupted (checksum mismatch).');
    }
    const seed = Buffer.from(sk.subarray(0, 32));
    const publicKey = Buffer.from(sk.subarray(32, 64));
    if (parsed.encrypted)
        payload.fill(0);
    if (!format_publicKeyFromSeed(seed).equals(publicKey))
        fail('The minisign secret key is corrupted: its public half does not match its seed.');
    return { keyId, seed, publicKey };
}
/**
 * Writes a minisign secret key file. Without `encrypt`, like `minisign -G -W` (kdf none, zero salt/limits,
 * zero checksum). With `encrypt`, the caller derives `stream` = scrypt(password, salt, 104, scryptParams(opslimit, memlimit)).
 */
function format_sealSecretKey(key, encrypt, comment = encrypt ? 'minisign encrypted secret key' : 'minisign secret key') {
    const sk = Buffer.concat([key.seed, key.publicKey]);
    const header = Buffer.alloc(54);
    PK_ALG.copy(header, 0);
    (encrypt ? KDF_SCRYPT : KDF_NONE).copy(header, 2);
    CHK_B2.copy(header, 4);
    let payload;
    if (encrypt) {
        encrypt.salt.copy(header, 6);
        header.writeBigUInt64LE(BigInt(encrypt.opslimit), 38);
        header.writeBigUInt64LE(BigInt(encrypt.memlimit), 46);
        const plain = Buffer.concat([key.keyId, sk, secretKeyChecksum(key.keyId, sk)]);
        payload = Buffer.alloc(104);
        for (let i = 0; i < 104; i++)
            payload[i] = plain[i] ^ encrypt.stream[i];
        plain.fill(0);
    }
    else {
        payload = Buffer.concat([key.keyId, sk, Buffer.alloc(32)]);
    }
    sk.fill(0);
    return `${UNTRUSTED_PREFIX}${comment}\n${Buffer.concat([header, payload]).toString('base64')}\n`;
}
// ---------------------------------------------------------------- Ed25519 key objects
function ed25519PrivateKey(seed) {
    if (seed.length !== 32)
        fail('An Ed25519 seed must be 32 bytes.');
    return (0,external_node_crypto_namespaceObject.createPrivateKey)({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' });
}
function ed25519PublicKey(publicKey) {
    if (publicKey.length !== 32)
        fail('An Ed25519 public key must be 32 bytes.');
    return createPublicKey({ key: Buffer.concat([SPKI_ED25519, publicKey]), format: 'der', type: 'spki' });
}
/** Raw 32-byte public key of a Node Ed25519 key object (private or public). */
function rawPublicKey(key) {
    const pub = key.type === 'private' ? (0,external_node_crypto_namespaceObject.createPublicKey)(key) : key;
    const der = pub.export({ format: 'der', type: 'spki' });
    return Buffer.from(der.subarray(der.length - 32));
}
function format_publicKeyFromSeed(seed) {
    return rawPublicKey(ed25519PrivateKey(seed));
}
// ---------------------------------------------------------------- signatures
function format_sanitizeComment(text, what) {
    const max = what === 'trusted' ? TRUSTED_COMMENT_MAX : UNTRUSTED_COMMENT_MAX;
    if (/[\r\n\0]/.test(text))
        fail(`The ${what} comment must be one line (it contains a line break or NUL).`);
    if (Buffer.byteLength(text) > max)
        fail(`The ${what} comment is ${Buffer.byteLength(text)} bytes; minisign allows at most ${max}.`);
    return text;
}
function formatSignature(parts) {
    const blob = Buffer.concat([Buffer.from(parts.algorithm, 'latin1'), parts.keyId, parts.signature]);
    return (`${UNTRUSTED_PREFIX}${format_sanitizeComment(parts.untrustedComment, 'untrusted')}\n${blob.toString('base64')}\n` +
        `${TRUSTED_PREFIX}${format_sanitizeComment(parts.trustedComment, 'trusted')}\n${parts.globalSignature.toString('base64')}\n`);
}
function format_parseSignature(text) {
    if (typeof text !== 'string' || text.trim() === '')
        fail('The signature is empty: give the text of a `.minisig` file.');
    // Tauri's `.sig` files and latest.json `signature` values are base64 of the whole `.minisig` text.
    const ls = lines(unwrapBase64File(text) ?? text);
    if (ls.length === 2 && ls[0].startsWith(UNTRUSTED_PREFIX)) {
        fail('The signature has no trusted comment (a signify signature?): relforge and minisign require the 4-line minisign format.');
    }
    if (ls.length !== 4)
        fail(`The signature is malformed: expected 4 lines (untrusted comment, signature, trusted comment, global signature), got ${ls.length}.`);
    if (!ls[0].startsWith(UNTRUSTED_PREFIX))
        fail('The signature is malformed: line 1 must start with "untrusted comment: ".');
    if (!ls[2].startsWith(TRUSTED_PREFIX))
        fail('The signature is malformed: line 3 must start with "trusted comment: ".');
    const blob = format_decodeBase64Strict(ls[1], 'The signature (line 2)', 74);
    const alg = blob.subarray(0, 2).toString('latin1');
    if (alg !== 'ED' && alg !== 'Ed')
        fail(`The signature uses an unsupported algorithm "${alg.replace(/[^\x20-\x7e]/g, '?')}" (expected ED or Ed).`);
    const keyId = Buffer.from(blob.subarray(2, 10));
    const untrustedComment = ls[0].slice(UNTRUSTED_PREFIX.length);
    const trustedComment = ls[2].slice(TRUSTED_PREFIX.length);
    if (Buffer.byteLength(trustedComment) > TRUSTED_COMMENT_MAX)
        fail('The trusted comment is longer than minisign allows (8192 bytes).');
    return {
        algorithm: alg,
        keyId,
        keyIdHex: keyIdHex(keyId),
        signature: Buffer.from(blob.subarray(10, 74)),
        untrustedComment,
        trustedComment,
        globalSignature: format_decodeBase64Strict(ls[3], 'The global signature (line 4)', 64),
    };
}
/** Builds the `.minisig` text from the message signature (over the file or its prehash). */
function finish(privateKey, keyId, algorithm, signature, opts) {
    const trustedComment = format_sanitizeComment(opts.trustedComment, 'trusted');
    const globalSignature = sign(null, Buffer.concat([signature, Buffer.from(trustedComment, 'utf8')]), privateKey);
    return formatSignature({
        algorithm,
        keyId,
        signature,
        untrustedComment: opts.untrustedComment ?? 'signature from relforge (minisign format)',
        trustedComment,
        globalSignature,
    });
}
/** `ED` signature from a BLAKE2b-512 digest computed by the caller (streamed). */
function format_signPrehashed(privateKey, keyId, digest, opts) {
    if (digest.length !== 64)
        fail('A prehashed (ED) signature needs the 64-byte BLAKE2b-512 digest of the file.');
    return finish(privateKey, keyId, 'ED', sign(null, digest, privateKey), opts);
}
/** Signs an in-memory message: `ED` (default; hashes `data` with BLAKE2b-512) or legacy `Ed` (over `data` itself). */
function format_signMessage(privateKey, keyId, data, opts) {
    const algorithm = opts.algorithm ?? 'ED';
    const message = algorithm === 'ED' ? createHash('blake2b512').update(data).digest() : data;
    return finish(privateKey, keyId, algorithm, sign(null, message, privateKey), opts);
}
function isLegacyMessage(m) {
    return typeof m === 'object' && m !== null && m.kind === 'ed25519-hram';
}
/** The file signature (`sig`, over the file or its BLAKE2b-512) holds for this message? */
function messageVerifies(sig, pub, key, message) {
    if (sig.algorithm === 'ED') {
        if (message.digest)
            return verify(null, message.digest, key, sig.signature);
        if (Buffer.isBuffer(message.data))
            return verify(null, createHash('blake2b512').update(message.data).digest(), key, sig.signature);
        return fail('Internal: a prehashed ("ED") signature needs the BLAKE2b-512 digest of the file or its contents.');
    }
    const data = message.data ?? fail('A legacy "Ed" signature covers the whole file; verify it with the file contents (or legacyMessage), not a digest.');
    if (!isLegacyMessage(data))
        return verify(null, data, key, sig.signature);
    if (!data.r.equals(sig.signature.subarray(0, 32)) || !data.publicKey.equals(pub.publicKey)) {
        return fail('Internal: the streamed legacy message was hashed for another signature or public key.');
    }
    return verifyEd25519Hram(pub.publicKey, sig.signature, data.hram);
}
/**
 * Verifies a parsed signature in minisign's order: key id → file signature → global signature
 * (→ rollback binding). `message.digest` is the BLAKE2b-512 of the file (enough for `ED`); `message.data`
 * is the file itself or, for legacy `Ed` in bounded memory, the LegacyMessage streamed by the adapter.
 * Throws MinisignVerificationError naming the failed check (MinisignFormatError for an ambiguous comment).
 */
function format_verifySignature(sig, pub, message, opts = {}) {
    if (!sig.keyId.equals(pub.keyId)) {
        refuse(`Signature key id ${sig.keyIdHex} does not match the public key's id ${pub.keyIdHex}: the file was signed with a different key.`);
    }
    if (opts.requirePrehashed && sig.algorithm !== 'ED')
        refuse('Legacy (non-prehashed, "Ed") signature found, but a prehashed ("ED") signature is required.');
    const key = ed25519PublicKey(pub.publicKey);
    if (!messageVerifies(sig, pub, key, message))
        refuse('Signature verification failed: the file does not match the signature (file altered, or wrong signature file).');
    const globalMsg = Buffer.concat([sig.signature, Buffer.from(sig.trustedComment, 'utf8')]);
    if (!verify(null, globalMsg, key, sig.globalSignature))
        refuse('Trusted comment verification failed: the trusted comment or global signature was altered.');
    if (opts.expectVersion !== undefined) {
        const v = trustedCommentField(sig.trustedComment, 'version');
        const norm = (s) => s.trim().replace(/^v(?=\d)/, '');
        if (v === undefined)
            refuse(`The trusted comment has no "version:" field, but version ${opts.expectVersion} is required (rollback protection).`);
        if (norm(v) !== norm(opts.expectVersion)) {
            refuse(`The signed version is "${v}" but "${opts.expectVersion}" was expected: refusing a validly signed file of another version (rollback protection).`);
        }
    }
    return { trustedComment: sig.trustedComment, keyIdHex: sig.keyIdHex, algorithm: sig.algorithm };
}

;// CONCATENATED MODULE: ./src/signing/minisign/keys.ts
/**
 * Signing keys: load (minisign `.key`, Tauri base64, PKCS#8 PEM, raw seed), pin against the expected public key,
 * generate minisign-compatible pairs. Adapter around ./core/format.ts that runs scrypt. Key material is never
 * echoed in errors; seeds and scrypt streams are zeroed after use.
 */



function makeKey(privateKey, keyId, source) {
    const publicKey = rawPublicKey(privateKey);
    return Object.freeze({
        keyId,
        keyIdHex: keyIdHex(keyId),
        publicKey,
        publicKeyText: format_formatPublicKey(keyId, publicKey),
        publicKeyBase64: publicKeyBase64(keyId, publicKey),
        source,
        privateKey,
    });
}
/** Key id for keys that carry none (PEM, raw seed): first 8 bytes of BLAKE2b-512(public key), so a seed always gets the same id. */
function derivedKeyId(publicKey) {
    return Buffer.from((0,external_node_crypto_namespaceObject.createHash)('blake2b512').update(publicKey).digest().subarray(0, 8));
}
async function scryptStream(password, salt, opslimit, memlimit) {
    const { N, r, p, maxmem } = scryptParams(opslimit, memlimit);
    return await new Promise((res, rej) => (0,external_node_crypto_namespaceObject.scrypt)(Buffer.from(password, 'utf8'), salt, 104, { N, r, p, maxmem }, (err, key) => (err ? rej(err) : res(key))));
}
async function openMinisignKey(text, password) {
    const parsed = parseSecretKey(text);
    const stream = parsed.encrypted ? await deriveStream(parsed, password) : undefined;
    let m;
    try {
        m = openSecretKey(parsed, stream);
    }
    catch (err) {
        stream?.fill(0);
        if (err instanceof MinisignVerificationError)
            throw errors_fieldError('password', 'is wrong: it does not open the minisign secret key (checksum mismatch after decryption).');
        throw err;
    }
    try {
        return makeKey(ed25519PrivateKey(m.seed), m.keyId, 'minisign');
    }
    finally {
        m.seed.fill(0);
        stream?.fill(0);
    }
}
/** The scrypt stream for an encrypted key; without a password, the empty one (Tauri's default) must open it. */
async function deriveStream(parsed, password) {
    let stream;
    try {
        stream = await scryptStream(password ?? '', parsed.salt, parsed.opslimit, parsed.memlimit);
    }
    catch (err) {
        throw new errors_RelforgeError(`Could not derive the key from the password (scrypt with the key's limits failed: ${errors_errorMessage(err).replace(/[^\x20-\x7e]/g, '')}).`);
    }
    if (!password) {
        try {
            openSecretKey(parsed, stream).seed.fill(0);
        }
        catch {
            stream.fill(0);
            throw errors_fieldError('password', 'is needed: the minisign secret key is encrypted and the empty password did not open it.');
        }
    }
    return stream;
}
function loadPem(text, password) {
    if (/ENCRYPTED PRIVATE KEY/.test(text) && !password)
        throw errors_fieldError('password', 'is needed: the PKCS#8 private key is encrypted.');
    let key;
    try {
        key = (0,external_node_crypto_namespaceObject.createPrivateKey)(password ? { key: text, format: 'pem', passphrase: password } : { key: text, format: 'pem' });
    }
    catch {
        throw errors_fieldError('private-key', 'is a PEM that could not be read: give an unencrypted (or password-protected) PKCS#8 "PRIVATE KEY" PEM of an Ed25519 key.');
    }
    if (key.asymmetricKeyType !== 'ed25519')
        throw errors_fieldError('private-key', `holds a ${key.asymmetricKeyType ?? 'non-Ed25519'} key; an Ed25519 key is required.`);
    return makeKey(key, derivedKeyId(rawPublicKey(key)), 'pkcs8');
}
function loadSeed(text) {
    let raw;
    try {
        raw = format_decodeBase64Strict(text.replace(/\s+/g, ''), 'The private key');
    }
    catch {
        throw errors_fieldError('private-key', 'is not recognised: give a minisign secret key file, a PKCS#8 PEM, or base64 of a 32-byte Ed25519 seed.');
    }
    const n = raw.length;
    const seed = Buffer.from(raw.subarray(0, 32));
    const consistent = n === 32 || (n === 64 && format_publicKeyFromSeed(seed).equals(raw.subarray(32)));
    raw.fill(0);
    if (n !== 32 && n !== 64) {
        seed.fill(0);
        throw errors_fieldError('private-key', `decodes to ${n} bytes; base64 of a 32-byte Ed25519 seed (or 64 bytes seed + public key) is expected.`);
    }
    if (!consistent) {
        seed.fill(0);
        throw errors_fieldError('private-key', 'is inconsistent: the second half of the 64 bytes is not the public key of the first half.');
    }
    const key = ed25519PrivateKey(seed);
    seed.fill(0);
    return makeKey(key, derivedKeyId(rawPublicKey(key)), 'seed');
}
/**
 * Loads a signing key. Accepted material (never echoed in errors):
 * - a minisign secret key file's text (unencrypted, or scrypt-encrypted: give `password`), or base64 of that text (Tauri);
 * - a PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`) holding an Ed25519 key;
 * - base64 of a raw 32-byte Ed25519 seed (or of 64 bytes seed ‖ public key, Go's `ed25519.PrivateKey`).
 * An encrypted minisign key without a password is tried with the empty password (Tauri's default) first.
 * (A password given for an unencrypted key is ignored.)
 */
async function keys_loadSigningKey(material, password) {
    const text = (material ?? '').trim();
    if (!text)
        throw errors_fieldError('private-key', 'is empty: give a minisign secret key, a PKCS#8 PEM or base64 of a 32-byte seed. Refusing to publish unsigned files.');
    try {
        if (looksLikeSecretKeyFile(text))
            return await openMinisignKey(text, password);
        if (text.startsWith('-----BEGIN'))
            return loadPem(text, password);
        return loadSeed(text);
    }
    catch (err) {
        throw asUserError(err);
    }
}
/**
 * Key pinning: the key must match `expected` (minisign public key text or its base64 line). Keys without
 * their own id (PEM/seed) take the pinned key id, so signatures name the id users have in their `.pub`.
 */
function keys_checkKeyPin(key, expected) {
    if (expected === undefined || expected === '')
        return key;
    let pin;
    try {
        pin = typeof expected === 'string' ? format_parsePublicKey(expected) : expected;
    }
    catch (err) {
        throw errors_fieldError('public-key', `is malformed: ${errors_errorMessage(err)}`);
    }
    if (!pin.publicKey.equals(key.publicKey)) {
        throw errors_fieldError('public-key', `is ${pin.keyIdHex}, but the private key does not belong to the expected public key: its public key is ${key.publicKeyBase64}. Check {{private-key}} and {{public-key}}.`);
    }
    if (!pin.keyId.equals(key.keyId)) {
        if (key.source === 'minisign')
            throw errors_fieldError('public-key', `has key id ${pin.keyIdHex} but the minisign secret key has key id ${key.keyIdHex}.`);
        return makeKey(key.privateKey, pin.keyId, key.source);
    }
    return key;
}
/** Generates a minisign key pair; with a password the secret key is scrypt-encrypted (minisign's default limits unless given). */
async function generateKeyPair(password, opts = {}) {
    const seed = randomBytes(32);
    const keyId = opts.keyId ?? randomBytes(8);
    const publicKey = publicKeyFromSeed(seed);
    let secretKey;
    if (password) {
        const salt = randomBytes(32);
        const opslimit = opts.opslimit ?? MINISIGN_OPSLIMIT;
        const memlimit = opts.memlimit ?? MINISIGN_MEMLIMIT;
        const stream = await scryptStream(password, salt, opslimit, memlimit);
        secretKey = sealSecretKey({ keyId, seed, publicKey }, { salt, opslimit, memlimit, stream });
        stream.fill(0);
    }
    else {
        secretKey = sealSecretKey({ keyId, seed, publicKey });
    }
    seed.fill(0);
    return { publicKey: formatPublicKey(keyId, publicKey), secretKey, keyIdHex: toKeyIdHex(keyId) };
}

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
// One digit, or a class of digits from a to b.
const digit = (a, b) => a === b ?
    { t: 'lit', ch: String(a) }
    : { t: 'class', re: new RegExp(`^[${a}-${b}]$`) };
const prefix = (d, alts) => alts.map(s => [digit(d, d), ...s]);
// The digit strings from a to b, which have the same length.
const fixed = (a, b) => {
    if (!a)
        return [[]];
    let lo = +a[0];
    let hi = +b[0];
    const ra = a.slice(1);
    const rb = b.slice(1);
    if (lo === hi)
        return prefix(lo, fixed(ra, rb));
    const zeros = '0'.repeat(ra.length);
    const nines = '9'.repeat(ra.length);
    const out = [];
    if (ra !== zeros)
        out.push(...prefix(lo++, fixed(ra, nines)));
    const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
    if (lo <= hi) {
        out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
    }
    out.push(...last);
    return out;
};
// The numbers from a to b, where 0 <= a <= b. If width is set, each
// one has leading zeros to make it that many digits.
const nonneg = (a, b, width) => {
    if (width) {
        return fixed(String(a).padStart(width, '0'), String(b).padStart(width, '0'));
    }
    const out = [];
    for (let len = String(a).length; len <= String(b).length; len++) {
        const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
        const hi = Math.min(b, 10 ** len - 1);
        out.push(...fixed(String(lo), String(hi)));
    }
    return out;
};
/**
 * The strings that the bash brace expansion `{lo..hi}` makes, as
 * the alternatives of an `@(...)` extglob. Each one is a sequence of
 * digits and digit classes, so there are only a few of them, even for
 * a large range.
 *
 * If either end has a leading zero, such as `{01..10}`, each number
 * has leading zeros to make it as long as the longer end, counting a
 * `-` sign. So `{-05..3}` makes `-05` to `-01`, then `000` to `003`.
 *
 * Returns undefined if either end is not a safe integer.
 */
const numericRange = (loStr, hiStr) => {
    let lo = Number(loStr);
    let hi = Number(hiStr);
    if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
        return;
    if (lo > hi)
        [lo, hi] = [hi, lo];
    const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
    const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
    const out = [];
    if (lo < 0) {
        const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
        out.push(...neg.map(s => [{ t: 'lit', ch: '-' }, ...s]));
    }
    if (hi >= 0)
        out.push(...nonneg(Math.max(lo, 0), hi, width));
    return out;
};
//# sourceMappingURL=numeric-range.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}'],
    '[:alpha:]': ['\\p{L}\\p{Nl}'],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f'],
    '[:blank:]': ['\\p{Zs}\\t'],
    '[:cntrl:]': ['\\p{Cc}'],
    '[:digit:]': ['\\p{Nd}'],
    '[:graph:]': ['\\p{Z}\\p{C}', true],
    '[:lower:]': ['\\p{Ll}'],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}\\p{S}'],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f'],
    '[:upper:]': ['\\p{Lu}'],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}'],
    '[:xdigit:]': ['A-Fa-f0-9'],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
const noMatch = /$./;
// Takes a glob string at a posix brace expression. Returns a RegExp
// that tests one character, and the number of glob chars consumed.
// If the class is not closed, consumed is 0, and the `[` must be
// treated as a literal character.
// Out of order ranges are removed. If nothing is left, the RegExp
// is `/$./`, and the rest of the glob is consumed, so that the
// whole glob cannot match.
const parseClass = (glob, position, nocase = false, form) => {
    // normalize one class member, if it stays one code point
    const norm = (c) => {
        const n = form ? c.normalize(form) : c;
        return [...n].length === 1 ? n : c;
    };
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = String.fromCodePoint(glob.codePointAt(i));
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return [noMatch, glob.length - pos];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        const n = norm(c);
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(n));
            }
            else if (n === rangeStart) {
                ranges.push(braceEscape(n));
            }
            rangeStart = '';
            i += c.length;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + c.length)) {
            ranges.push(braceEscape(n + '-'));
            i += c.length + 1;
            continue;
        }
        if (glob.startsWith('-', i + c.length)) {
            rangeStart = n;
            i += c.length + 1;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(n));
        i += c.length;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return [noMatch, 0];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return [noMatch, glob.length - pos];
    }
    const sranges = '[' + (negate ? '^' : '') + ranges.join('') + ']';
    const snegs = '[' + (negate ? '' : '^') + negs.join('') + ']';
    const comb = '^' +
        (ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
            : ranges.length ? sranges
                : snegs);
    return [new RegExp(comb, nocase ? 'iu' : 'u'), endPos - pos];
};
//# sourceMappingURL=parse-class.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js


// the end of the pattern, or of a negated sub-pattern
const MATCH = { t: 'match', id: 0 };
const extTypes = '!?+*@';
const lit = (ch) => ({ t: 'lit', ch });
const reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
// a RegExp that only matches `s`, with unicode case folding
const newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, 'iu');
// foldRe for one literal char. The same chars are in most patterns,
// so keep them. A RegExp without the `g` or `y` flag has no state to
// share.
const foldCache = new Map();
const foldRe = (ch) => {
    let re = foldCache.get(ch);
    if (!re) {
        re = newFoldRe(ch);
        if (foldCache.size >= 1000)
            foldCache.clear();
        foldCache.set(ch, re);
    }
    return re;
};
const litMatch = (l, c) => {
    if (c === l.ch)
        return true;
    if (!l.re)
        return false;
    const code = c.charCodeAt(0);
    if (code >= 128)
        return l.re.test(c);
    const ascii = (l.ascii ??= new Uint8Array(128));
    ascii[code] ||= l.re.test(c) ? 1 : 2;
    return ascii[code] === 1;
};
const tokenize = (p, nocase, noext, form, mark) => {
    const toks = [];
    for (let i = 0; i < p.length;) {
        const c = String.fromCodePoint(p.codePointAt(i));
        if (mark) {
            // a \ before a range would only escape its first char
            const m = c === '\\' && p.startsWith(mark, i + 1) ? 1 : 0;
            if (m || c === mark) {
                const start = i + m + mark.length;
                const end = p.indexOf(mark, start);
                const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
                const alts = end !== -1 && r && numericRange(r[1], r[2]);
                if (alts) {
                    toks.push({ t: 'ext', type: '@', alts });
                    i = end + mark.length;
                    continue;
                }
            }
        }
        if (c === '\\') {
            // a trailing \ is a literal \
            const e = p.codePointAt(i + 1);
            const ch = e === undefined ? c : String.fromCodePoint(e);
            toks.push(lit(ch));
            i += 1 + ch.length;
            continue;
        }
        if (c === '[') {
            const [re, consumed] = parseClass(p, i, nocase, form);
            if (consumed) {
                toks.push({ t: 'class', re });
                i += consumed;
                continue;
            }
        }
        if (!noext && extTypes.includes(c) && p[i + 1] === '(') {
            toks.push({ t: 'open', type: c });
            i += 2;
            continue;
        }
        toks.push(!noext && c === '|' ? { t: 'bar' }
            : !noext && c === ')' ? { t: 'close' }
                : c === '*' ? { t: 'star' }
                    : c === '?' ? { t: 'any' }
                        : lit(c));
        i += c.length;
    }
    return toks;
};
// map each open token index to the index of its close token
const pair = (toks) => {
    const pairs = new Map();
    const stack = [];
    toks.forEach((tok, i) => {
        if (tok.t === 'open')
            stack.push(i);
        else if (tok.t === 'close' && stack.length)
            pairs.set(stack.pop(), i);
    });
    return pairs;
};
// build the alternatives between start and end. An open token that
// is not closed is never inside a closed extglob, so bar and close
// tokens are only literal at the top level.
const build = (toks, pairs, start, end, top) => {
    let seq = [];
    const alts = [seq];
    for (let i = start; i < end; i++) {
        const tok = toks[i];
        const close = pairs.get(i);
        if (tok.t === 'open' && close !== undefined) {
            const sub = build(toks, pairs, i + 1, close, false);
            seq.push({ t: 'ext', type: tok.type, alts: sub });
            i = close;
        }
        else if (tok.t === 'bar' && !top) {
            alts.push((seq = []));
        }
        else if (tok.t === 'open') {
            seq.push(lit(tok.type), lit('('));
        }
        else if (tok.t === 'bar') {
            seq.push(lit('|'));
        }
        else if (tok.t === 'close') {
            seq.push(lit(')'));
        }
        else {
            seq.push(tok);
        }
    }
    return alts;
};
// normalize each run of literal chars as one string, so that a char
// and the combining marks after it compose (or decompose) together.
// Syntax is already parsed, so a char that normalizes to a syntax
// char (such as full-width `＊` in NFKC) stays a literal.
const normalize = (items, form) => {
    const out = [];
    let run = '';
    const flush = () => {
        for (const ch of run.normalize(form))
            out.push(lit(ch));
        run = '';
    };
    for (const it of items) {
        if (it.t === 'lit') {
            run += it.ch;
            continue;
        }
        flush();
        out.push(it.t === 'ext' ?
            { ...it, alts: it.alts.map(a => normalize(a, form)) }
            : it);
    }
    flush();
    return out;
};
// the start node, and the number of node ids. Ids are dense, from 0
// for the match node.
const compile = (items, nocase) => {
    let id = 1;
    const split = (out) => ({ t: 'split', id: id++, out });
    const seq = (items, next) => items.reduceRight((next, it) => item(it, next), next);
    const item = (it, next) => {
        switch (it.t) {
            case 'lit':
                const re = nocase ? foldRe(it.ch) : undefined;
                return { t: 'lit', id: id++, ch: it.ch, re, next };
            case 'any':
            case 'star':
                return { t: it.t, id: id++, next };
            case 'class':
                return { t: 'class', id: id++, re: it.re, next };
        }
        const alts = (next) => it.alts.map(a => seq(a, next));
        switch (it.type) {
            case '@':
                return split(alts(next));
            case '?':
                return split([next, ...alts(next)]);
            case '!':
                return { t: 'neg', id: id++, sub: split(alts(MATCH)), next };
        }
        // * and +, loop back after each match
        const after = split([]);
        const entry = split(alts(after));
        after.out.push(next, entry);
        return it.type === '*' ? after : entry;
    };
    const start = seq(items, MATCH);
    return [start, id];
};
// one line per node, in the order that a walk from the start
// reaches them. Edges point to node ids. The nodes of a negated
// sub-pattern are indented under their negation.
const show = (start) => {
    const lines = [];
    const seen = new Set();
    const ref = (n) => (n.t === 'match' ? 'match' : String(n.id));
    const walk = (n, indent) => {
        if (n.t === 'match' || seen.has(n))
            return;
        seen.add(n);
        const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
        switch (n.t) {
            case 'split':
                line(`split -> ${n.out.map(ref).join(', ')}`);
                for (const o of n.out)
                    walk(o, indent);
                return;
            case 'neg':
                line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
                walk(n.sub, indent + '  ');
                return walk(n.next, indent);
            case 'lit':
                line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
                break;
            case 'class':
                line(`${n.re} -> ${ref(n.next)}`);
                break;
            default:
                line(`${n.t === 'any' ? '?' : '*'} -> ${ref(n.next)}`);
        }
        walk(n.next, indent);
    };
    walk(start, '');
    return [`start -> ${ref(start)}`, ...lines].join('\n');
};
// The threads at one position in the string. Each node thread is
// only kept once, and runs with the same state are only kept once,
// so that identical threads merge. The match node is not in
// `threads`, because it can not step. It sets `match` instead.
class State {
    // set by the Sim, to mark the nodes that this state has
    gen;
    threads = [];
    match = false;
    runs = [];
    // the sorted ids of the threads, with 0 for a match, once the
    // state is done
    ids = [];
    constructor(gen) {
        this.gen = gen;
    }
    // no threads, so nothing more can match
    get dead() {
        return !this.threads.length && !this.match && !this.runs.length;
    }
}
// true if the two states hold the same threads
const sameState = (a, b) => {
    if (a.ids.length !== b.ids.length)
        return false;
    if (a.runs.length !== b.runs.length)
        return false;
    if (a.ids.some((id, i) => id !== b.ids[i]))
        return false;
    return a.runs.every(r => b.runs.some(o => o.neg === r.neg && sameState(o.state, r.state)));
};
const marks = (size) => ({
    has: new Float64Array(size),
    seen: new Float64Array(size),
    gen: 0,
});
class Sim {
    // `.` and `..` only match literal dots, even with `dot:true`
    dots;
    // the string starts with `.`, and `dot:true` is not set
    dotStart;
    #marks;
    constructor(dots, dotStart, marks) {
        this.dots = dots;
        this.dotStart = dotStart;
        this.#marks = marks;
    }
    state() {
        return new State(++this.#marks.gen);
    }
    // sort the ids of a state, once it has all of its threads
    done(state) {
        state.ids = state.threads.map(n => n.id).sort((a, b) => a - b);
        if (state.match)
            state.ids.unshift(MATCH.id);
        return state;
    }
    // true the first time that the state walks through the node, so
    // that loops in the graph stop
    #visit(state, node) {
        const { seen } = this.#marks;
        if (seen[node.id] === state.gen)
            return false;
        seen[node.id] = state.gen;
        return true;
    }
    #addThread(state, node) {
        const { has } = this.#marks;
        if (has[node.id] === state.gen)
            return false;
        has[node.id] = state.gen;
        state.threads.push(node);
        return true;
    }
    // wildcards only match a leading dot if `dot:true`. In a negated
    // sub-pattern, this does not apply, because the negation itself
    // can not match a leading dot.
    restricted(i, top) {
        return top && (this.dots || (this.dotStart && i === 0));
    }
    add(state, node, i, top) {
        switch (node.t) {
            case 'split':
                if (!this.#visit(state, node))
                    return;
                for (const o of node.out)
                    this.add(state, o, i, top);
                return;
            case 'neg':
                if (!this.#visit(state, node))
                    return;
                const sub = this.state();
                this.add(sub, node.sub, i, false);
                this.done(sub);
                return this.addRun(state, { t: 'run', neg: node, state: sub }, i, top);
            case 'star':
                // a * can not start a dotfile, even if it matches nothing
                if (this.restricted(i, top))
                    return;
                if (this.#addThread(state, node))
                    this.add(state, node.next, i, top);
                return;
            case 'match':
                state.match = true;
                return;
            default:
                this.#addThread(state, node);
        }
    }
    addRun(state, run, i, top) {
        for (const r of state.runs) {
            if (r.neg === run.neg && sameState(r.state, run.state))
                return;
        }
        state.runs.push(run);
        if (!run.state.match) {
            this.add(state, run.neg.next, i, top);
        }
    }
    // the threads after char `c`, at index `i`
    step(state, c, i, top) {
        const next = this.state();
        for (const th of state.threads) {
            switch (th.t) {
                case 'lit':
                    if (litMatch(th, c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'any':
                    if (!this.restricted(i, top))
                        this.add(next, th.next, i + 1, top);
                    break;
                case 'class':
                    if (!this.restricted(i, top) && th.re.test(c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'star':
                    if (!this.restricted(i, top))
                        this.add(next, th, i + 1, top);
            }
        }
        if (!this.restricted(i, top)) {
            for (const run of state.runs) {
                // a sub-pattern with no threads can not match again, so the
                // run stays the same
                if (run.state.dead) {
                    this.addRun(next, run, i + 1, top);
                    continue;
                }
                const sub = this.step(run.state, c, i, false);
                this.addRun(next, { t: 'run', neg: run.neg, state: sub }, i + 1, top);
            }
        }
        return this.done(next);
    }
}
// A canonical key for the threads in a state. States with the same
// key hold the same threads, so they match the same strings.
const stateKey = (state) => {
    const ids = state.ids.join();
    if (!state.runs.length)
        return ids;
    const runs = state.runs.map(r => `${r.neg.id}(${stateKey(r.state)})`);
    return `${ids}|${runs.sort().join('|')}`;
};
// The cache can hold about this many chars of state keys and
// transitions. When it is full, it is cleared, so that a pattern
// can not use an unbounded amount of memory.
const DFA_BUDGET = 1 << 18;
// A cache of the states that the simulation reaches, built as the
// matcher is used. Each char of a string is then one Map lookup,
// once the states that it leads to are known.
//
// The dot rules only restrict the first char of a dotfile (strings
// that are only `.` or `..` do not use the cache). So a dotfile
// starts at its own state, which takes its first step with the
// restriction, and every other state takes steps without it.
class Dfa {
    #start;
    #states = new Map();
    #size = 0;
    #plain;
    #dotStart;
    #sim;
    #dotSim;
    constructor(start, marks) {
        this.#start = start;
        this.#sim = new Sim(false, false, marks);
        this.#dotSim = new Sim(false, true, marks);
    }
    #make(state) {
        return {
            state,
            match: state.match,
            dead: state.dead,
            next: new Map(),
        };
    }
    #intern(state) {
        const key = stateKey(state);
        const found = this.#states.get(key);
        if (found)
            return found;
        if (this.#size > DFA_BUDGET)
            this.#clear();
        const d = this.#make(state);
        this.#states.set(key, d);
        this.#size += key.length + 1;
        return d;
    }
    #clear() {
        this.#states.clear();
        this.#size = 0;
        this.#plain = undefined;
        this.#dotStart = undefined;
    }
    start(dotStart) {
        if (dotStart) {
            if (this.#dotStart)
                return this.#dotStart;
            const state = this.#dotSim.state();
            this.#dotSim.add(state, this.#start, 0, true);
            return (this.#dotStart = this.#make(this.#dotSim.done(state)));
        }
        if (this.#plain)
            return this.#plain;
        const state = this.#sim.state();
        this.#sim.add(state, this.#start, 0, true);
        return (this.#plain = this.#intern(this.#sim.done(state)));
    }
    // the next state, after a miss in `d.ascii`
    next(d, c) {
        const code = c.charCodeAt(0);
        const found = code < 128 ? undefined : d.next.get(c);
        if (found)
            return found;
        // the dotfile start is not in the cache, so it is never shared
        const n = d === this.#dotStart ?
            this.#intern(this.#dotSim.step(d.state, c, 0, true))
            : this.#intern(this.#sim.step(d.state, c, 1, true));
        if (code < 128) {
            if (!d.ascii) {
                d.ascii = new Array(128);
                this.#size += 128;
            }
            d.ascii[code] = n;
        }
        else {
            d.next.set(c, n);
        }
        this.#size++;
        return n;
    }
}
// the nodes in order, if the graph is a single chain
const linear = (start) => {
    const nodes = [];
    for (let n = start; n.t !== 'match'; n = n.next) {
        if (n.t === 'split' || n.t === 'neg')
            return undefined;
        nodes.push(n);
    }
    return nodes;
};
// Match a chain of nodes. Each node other than `*` matches exactly
// one char, so on a failure it is enough to go back to the last `*`
// and let it match one more char. This takes at most
// nodes.length * chars.length steps.
const testLinear = (nodes, chars, start, end) => {
    let ni = 0;
    let ci = start;
    let starNi = -1;
    let starCi = 0;
    while (ci < end) {
        const n = nodes[ni];
        if (n?.t === 'star') {
            starNi = ni++;
            starCi = ci;
            continue;
        }
        const c = chars[ci];
        if (n &&
            (n.t === 'any' ||
                (n.t === 'lit' && litMatch(n, c)) ||
                (n.t === 'class' && n.re.test(c)))) {
            ni++;
            ci++;
            continue;
        }
        if (starNi === -1)
            return false;
        ni = starNi + 1;
        ci = ++starCi;
    }
    while (nodes[ni]?.t === 'star')
        ni++;
    return ni === nodes.length;
};
// The least and most chars that the items can match. These are only
// bounds: a negation can match a string of any length, so it counts
// as 0 to Infinity.
const lengths = (items) => {
    let min = 0;
    let max = 0;
    for (const it of items) {
        const [lo, hi] = itemLengths(it);
        min += lo;
        max += hi;
    }
    return [min, max];
};
const itemLengths = (it) => {
    if (it.t === 'star')
        return [0, Infinity];
    if (it.t !== 'ext')
        return [1, 1];
    if (it.type === '!')
        return [0, Infinity];
    const alts = it.alts.map(lengths);
    const min = Math.min(...alts.map(a => a[0]));
    const max = Math.max(...alts.map(a => a[1]));
    // a loop of alternatives that only match the empty string is empty
    const loop = max === 0 ? 0 : Infinity;
    return (it.type === '@' ? [min, max]
        : it.type === '?' ? [0, max]
            : it.type === '*' ? [0, loop]
                : [min, loop]);
};
// true if the chars from `start` match the literals
const hasAffix = (lits, chars, start) => {
    for (let j = 0; j < lits.length; j++) {
        if (!litMatch(lits[j], chars[start + j]))
            return false;
    }
    return true;
};
// a `/`, or half of a surrogate pair
const slashOrSurrogate = /[/\ud800-\udfff]/;
const surrogate = /[\ud800-\udfff]/;
// a string can be indexed by code point, unless it has surrogate
// pairs
const codePoints = (s) => surrogate.test(s) ? [...s] : s;
const noSlash = (s) => {
    if (s.includes('/')) {
        throw new Error('can only match a single path portion, got: ' + s);
    }
};
class Matcher {
    pattern;
    options;
    #start;
    // the number of node ids
    #size;
    #marks;
    // the Sim for strings that are only `.` or `..`
    #dotsSim;
    // the string to compare, if the pattern has no magic. With
    // `nocase:true`, the RegExp that folds case is made when it is
    // first used.
    #literal;
    #literalFold = false;
    #literalRe;
    // the nodes between the prefix and suffix, if the graph is a
    // single chain
    #linear;
    // the linear nodes are only `*` and `?`, so the length bounds and
    // the prefix and suffix decide the match
    #wild = false;
    // the least and most chars that a match can have
    #min = 0;
    #max = Infinity;
    // the literals that a match must start and end with. Each one
    // matches exactly one char, and they are distinct items in the
    // pattern, so a string that does not have them can not match.
    #prefix = [];
    #suffix = [];
    // the prefix and suffix as strings, if they do not fold case
    #prefixStr;
    #suffixStr;
    // there is a prefix or suffix to check
    #affix = false;
    #dfa;
    #form;
    constructor(pattern, options = {}) {
        if (pattern.includes('/')) {
            throw new Error('can only match a single path portion, got pattern: ' + pattern);
        }
        this.pattern = pattern;
        this.options = options;
        const { nocase = false, noext = false, normalize: n } = options;
        this.#form = n === true ? 'NFC' : n || undefined;
        // a pattern that is only an empty extglob is a literal string,
        // except for `!()`, which matches any non-empty string
        const literal = /^[?*+@]\(\)$/.test(pattern);
        const toks = tokenize(pattern, nocase, noext || literal, this.#form, options.rangeMark);
        let [items] = build(toks, pair(toks), 0, toks.length, true);
        if (this.#form)
            items = normalize(items, this.#form);
        const [start, size] = compile(items, nocase);
        this.#start = start;
        this.#size = size;
        if (items.every(it => it.t === 'lit')) {
            this.#literal = items.map(it => it.ch).join('');
            this.#literalFold = nocase;
        }
        else {
            const lit = (it) => it.t !== 'lit' ? undefined
                : nocase ? { ch: it.ch, re: foldRe(it.ch) }
                    : { ch: it.ch };
            for (const it of items) {
                const l = lit(it);
                if (!l)
                    break;
                this.#prefix.push(l);
            }
            for (let j = items.length - 1; j >= 0; j--) {
                const l = lit(items[j]);
                if (!l)
                    break;
                this.#suffix.unshift(l);
            }
            this.#affix = !!(this.#prefix.length || this.#suffix.length);
            if (!nocase) {
                this.#prefixStr = this.#prefix.map(l => l.ch).join('');
                this.#suffixStr = this.#suffix.map(l => l.ch).join('');
            }
            this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || undefined);
            this.#wild = !!this.#linear?.every(n => n.t === 'star' || n.t === 'any');
            const [min, max] = lengths(items);
            this.#min = min;
            this.#max = max;
        }
    }
    test(s) {
        // The `/` check uses the string as given, so with normalization it
        // is a separate step. Otherwise, one scan finds both a `/` and the
        // surrogate pairs that stop the string being indexed by code point.
        if (this.#form) {
            noSlash(s);
            return this.#test(s.normalize(this.#form));
        }
        if (slashOrSurrogate.test(s)) {
            noSlash(s);
            return this.#test(s, [...s]);
        }
        return this.#test(s, s);
    }
    /**
     * The same as {@link Matcher#test}, but the string is not checked
     * for `/` chars, so the result for a string that has one is not
     * defined. Only use it for a string that is known to be one path
     * portion, such as a part of a path that was split on `/`. It can
     * be faster, because some patterns do not need to look at each char
     * of the string.
     */
    testUnchecked(s) {
        return this.#test(this.#form ? s.normalize(this.#form) : s);
    }
    // Test a string that has no `/`. `chars` indexes it by code point.
    // If it is not given, it is only found if a step needs it.
    #test(s, chars) {
        if (this.#literal !== undefined) {
            return this.#literalFold ?
                (this.#literalRe ??= newFoldRe(this.#literal)).test(s)
                : s === this.#literal;
        }
        // the length check means that the prefix and suffix do not
        // overlap. Without the chars, the length in code points is from
        // half of the UTF-16 length (if each one is a surrogate pair) to
        // all of it, which is often enough to know.
        const min = this.#min;
        const max = this.#max;
        if (chars === undefined) {
            const most = s.length;
            const least = (most + 1) >> 1;
            if (most < min || least > max)
                return false;
            if (least < min || most > max)
                chars = codePoints(s);
        }
        if (chars !== undefined &&
            (chars.length < min || chars.length > max)) {
            return false;
        }
        const prefix = this.#prefix.length;
        if (this.#affix) {
            if (this.#prefixStr !== undefined && this.#suffixStr !== undefined) {
                if (!s.startsWith(this.#prefixStr) ||
                    !s.endsWith(this.#suffixStr)) {
                    return false;
                }
            }
            else {
                chars ??= codePoints(s);
                const end = chars.length - this.#suffix.length;
                if (!hasAffix(this.#prefix, chars, 0) ||
                    !hasAffix(this.#suffix, chars, end)) {
                    return false;
                }
            }
        }
        const dotStart = !this.options.dot && s.startsWith('.');
        if (this.#linear) {
            // `.` and `..` only match literal dots, even with `dot:true`
            if (s === '.' || s === '..')
                return false;
            // only a literal can match the leading dot. A `*` can not
            // start a dotfile, even if it matches nothing.
            if (dotStart && !prefix)
                return false;
            if (this.#wild)
                return true;
            chars ??= codePoints(s);
            const end = chars.length - this.#suffix.length;
            return testLinear(this.#linear, chars, prefix, end);
        }
        chars ??= codePoints(s);
        if (s === '.' || s === '..') {
            this.#marks ??= marks(this.#size);
            const sim = (this.#dotsSim ??= new Sim(true, false, this.#marks));
            const start = sim.state();
            sim.add(start, this.#start, 0, true);
            let state = sim.done(start);
            for (let i = 0; i < chars.length; i++) {
                state = sim.step(state, chars[i], i, true);
            }
            return state.match;
        }
        this.#marks ??= marks(this.#size);
        const dfa = (this.#dfa ??= new Dfa(this.#start, this.#marks));
        let d = dfa.start(dotStart);
        // read char codes from the string, so that a one-char string is
        // only made for a cache miss
        const str = chars === s;
        for (let i = 0; i < chars.length; i++) {
            if (d.dead)
                return false;
            const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
            d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
        }
        return d.match;
    }
    /** a readable listing of the state machine */
    toString() {
        return show(this.#start);
    }
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 *
 * A leading `#` or `!` is escaped as well, so that the result is never a
 * comment or a negated pattern. In `windowsPathsNoEscape` mode, a leading
 * `!` is written as `@(!)`, because `[!` starts a negated class.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    // However, at the start of the pattern, '!' negates the pattern and
    // '#' makes it a comment, so the first character is handled below.
    const e = magicalBraces ?
        windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&')
        : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, '[$&]')
            : s.replace(/[?*()[\]\\]/g, '\\$&');
    const c = e.charAt(0);
    if (c === '#') {
        return (windowsPathsNoEscape ? '[#]' : '\\#') + e.slice(1);
    }
    if (c === '!') {
        // '[!]' can not be used, because '[!' starts a negated class, and
        // '\' is a path separator in windowsPathsNoEscape mode. '@(!)'
        // matches only '!'. If extglobs are disabled with `noext`, it
        // matches nothing, rather than everything.
        return (windowsPathsNoEscape ? '@(!)' : '\\!') + e.slice(1);
    }
    return e;
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    // escape() writes a leading '!' as '@(!)' in windowsPathsNoEscape mode
    if (windowsPathsNoEscape && s.startsWith('@(!)')) {
        return ('!' + unescape_unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces }));
    }
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const DEFAULT_BRACE_EXPAND_MAX = 100_000;
const DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
// avoid the annoying deprecation flag lol
const AWE_KEY = ('allowWindow' + 'sEscape');
const esm_minimatch = (p, pattern, options) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options?.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return cachedMinimatch(pattern, options).match(p);
};
// The Minimatch objects that minimatch() used most recently, by options
// and then by pattern. When the cache is full, it becomes the old one,
// and the objects used from the old one are moved back to a new one.
// So it keeps 256 to 512 objects.
// The patterns can come from users, so the cache is also bounded by
// the total weight of the objects (see cacheWeight()), and an object
// that is too heavy is never kept. Otherwise a few unique patterns
// with large brace expansions would fill the heap.
let cache = new Map();
let oldCache = new Map();
let cacheSize = 0;
let cacheTotalWeight = 0;
const cacheMax = 256;
const cacheMaxWeight = 1 << 15;
const cacheMaxEntryWeight = 1 << 12;
// About the memory that a compiled object keeps: the pattern and the
// expanded patterns, of which each row in set is made.
const cacheWeight = (mm) => {
    let w = mm.pattern.length;
    for (const s of mm.globSet) {
        w += s.length + 1;
        if (w > cacheMaxEntryWeight)
            break;
    }
    return w;
};
// tsc fails here if a new option is in neither type. Add it to
// optionsKey() too.
const allOptionsKeyed = true;
void allOptionsKeyed;
// 0, 1 or 2 for undefined, falsy or truthy.
const tri = (v) => v === undefined ? 0
    : v ? 2
        : 1;
// The weight of each boolean option's base-3 digit in the key. The
// weights below 24 are for optimizationLevel (1), platform (3) and
// windowsPathsNoEscape (12). tsc fails here if a boolean option is
// not in the list.
const booleanWeights = new Map(Object.keys({
    nobrace: 0,
    nocomment: 0,
    nonegate: 0,
    noglobstar: 0,
    noext: 0,
    nonull: 0,
    partial: 0,
    dot: 0,
    nocase: 0,
    nocaseMagicOnly: 0,
    magicalBraces: 0,
    matchBase: 0,
    flipNegate: 0,
    preserveMultipleSlashes: 0,
    windowsNoMagicRoot: 0,
}).map((k, i) => [k, 24 * 3 ** i]));
// The cache key for a set of options. It is a number, unless an
// option is set to a value that the number can not show, such as
// normalize or an uncommon platform. Then it is a JSON string.
// The defaults give 0, the same key as no options.
// It only reads the keys that are set, so that the speed does not
// depend on the shape of the options object.
const optionsKey = (o) => {
    let n = 0;
    let wpe = false;
    // inherited keys too, because Minimatch reads them
    // oxlint-disable-next-line guard-for-in
    for (const k in o) {
        const v = o[k];
        switch (k) {
            // the same test as the Minimatch constructor
            case 'windowsPathsNoEscape':
                if (v)
                    wpe = true;
                break;
            case AWE_KEY:
                if (v === false)
                    wpe = true;
                break;
            case 'platform': {
                // the same test as the Minimatch constructor
                const p = v || defaultPlatform;
                if (p === defaultPlatform)
                    break;
                if (p === 'darwin')
                    n += 3;
                else if (p === 'win32')
                    n += 6;
                else if (p === 'linux')
                    n += 9;
                else
                    return JSON.stringify(o);
                break;
            }
            case 'optimizationLevel':
                // The same tests as Minimatch: 1 when undefined, then >= 2,
                // >= 1, or else 0. The default level 1 adds 0.
                if (v === undefined)
                    break;
                n +=
                    v >= 2 ? 1
                        : v >= 1 ? 0
                            : 2;
                break;
            case 'braceExpandMax':
                if (v !== undefined && v !== DEFAULT_BRACE_EXPAND_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'maxGlobstarRecursion':
                if (v !== undefined && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'normalize':
                if (v !== undefined)
                    return JSON.stringify(o);
                break;
            default:
                // unknown keys have no weight
                n += (booleanWeights.get(k) ?? 0) * tri(v);
        }
    }
    return wpe ? n + 12 : n;
};
// A copy, so a later change to the options can not change it. Unlike
// a spread, it keeps the inherited keys, which optionsKey() and the
// Minimatch constructor also read.
const copyOptions = (o) => {
    const copy = {};
    // oxlint-disable-next-line guard-for-in
    for (const k in o)
        copy[k] = o[k];
    return copy;
};
const cachedMinimatch = (pattern, options) => {
    const key = options ? optionsKey(options) : 0;
    let mm = cache.get(key)?.get(pattern);
    if (mm)
        return mm;
    mm =
        oldCache.get(key)?.get(pattern) ??
            new Minimatch(pattern, copyOptions(options));
    const weight = cacheWeight(mm);
    // too big to keep, so it is compiled again each time
    if (weight > cacheMaxEntryWeight)
        return mm;
    if (cacheSize >= cacheMax ||
        cacheTotalWeight + weight > cacheMaxWeight) {
        oldCache = cache;
        cache = new Map();
        cacheSize = 0;
        cacheTotalWeight = 0;
    }
    let byPattern = cache.get(key);
    if (!byPattern)
        cache.set(key, (byPattern = new Map()));
    byPattern.set(pattern, mm);
    cacheSize++;
    cacheTotalWeight += weight;
    return mm;
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform
    : 'posix');
const path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const esm_sep = defaultPlatform === 'win32' ? path.win32.sep : path.posix.sep;
esm_minimatch.sep = esm_sep;
const GLOBSTAR = Symbol('globstar **');
esm_minimatch.GLOBSTAR = GLOBSTAR;
const filter = (pattern, options) => {
    let mm;
    return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
esm_minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return esm_minimatch;
    }
    const orig = esm_minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
esm_minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    // brace-expansion turns each escaped backslash '\\' into a single '\',
    // which then escapes the next character instead, and can turn an
    // escaped magic character (for example '\\\*') into a live one.
    // Double every pair, so an escaped backslash comes back out still
    // escaped. The parity of each run of backslashes is unchanged.
    let p = pattern.replace(/\\\\/g, '\\\\\\\\');
    // brace-expansion does not know about [...] classes. In
    // windowsPathsNoEscape mode, escape() writes a literal brace as '[{]'
    // or '[}]'. Escape the brace for brace-expansion, which removes that
    // backslash again, leaving '[{]' or '[}]'.
    if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
        p = p.replace(/\[([{}])\]/g, '[\\$1]');
    }
    return expand(p, { max: options.braceExpandMax });
};
esm_minimatch.braceExpand = braceExpand;
// A numeric range with at least this many values is matched as one
// pattern portion, rather than expanded. For a glob walk, that is
// one directory read, in place of a stat for each value.
const RANGE_MIN = 100;
// a {lo..hi} range that is not escaped, and not a ${...} variable
const rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
// true if a range mark in this portion is inside a `!(...)`,
// `*(...)` or `+(...)` extglob. Those repeat or negate their
// contents, so one Matcher for the whole range does not match the
// same strings as the union of one pattern per value. For example,
// `*({1..100})` would match `510` as `5` then `10`, and `!({1..100})`
// would not match `5`, but every expanded pattern except `!(5)` does.
// `@(...)` and `?(...)` are fine: they pick one value at most.
const inRepeatOrNegExt = (portion, mark) => {
    const stack = [];
    for (let i = 0; i < portion.length; i++) {
        const c = portion.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if (c === mark) {
            if (stack.some(t => t !== '@' && t !== '?'))
                return true;
        }
        else if (portion.charAt(i + 1) === '(' && '!?+*@'.includes(c)) {
            stack.push(c);
            i++;
        }
        else if (c === ')') {
            stack.pop();
        }
    }
    return false;
};
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
esm_minimatch.match = match;
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
// Index of the `]` that closes the class that starts at `start`,
// or -1 if it is not closed. Posix classes such as `[:alpha:]` are
// not skipped, so this can find a `]` before the real end. That
// only makes a class look less like a literal.
const classEnd = (pattern, start) => {
    let i = start + 1;
    if (pattern.charAt(i) === '!' || pattern.charAt(i) === '^')
        i++;
    let sawStart = false;
    for (; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === ']' && sawStart)
            return i;
        sawStart = true;
        if (c === '\\')
            i++;
    }
    return -1;
};
// If a path portion pattern has no magic, return the string it
// matches. Otherwise, return undefined. This can report magic for
// a pattern that is in fact literal (eg, `[]`), but never the
// reverse, so a string result is always safe to compare directly.
const literal = (pattern, noext) => {
    if (!noext && (pattern === '+()' || pattern === '@()'))
        return pattern;
    let lit = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            // a trailing \ is a literal \
            lit += pattern.charAt(++i) || c;
        }
        else if (c === '*' || c === '?') {
            return undefined;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close === -1) {
                // not closed, so the [ is a literal
                lit += c;
                continue;
            }
            // a class of one char, such as `[*]` or `[\b]`, is a literal
            let body = pattern.slice(i + 1, close);
            if (body.startsWith('\\'))
                body = body.slice(1);
            if ([...body].length !== 1 || '!^'.includes(pattern.charAt(i + 1))) {
                return undefined;
            }
            lit += body;
            i = close;
        }
        else if (!noext &&
            '+@!'.includes(c) &&
            pattern.charAt(i + 1) === '(' &&
            pattern.includes(')', i + 2)) {
            return undefined;
        }
        else {
            lit += c;
        }
    }
    return lit;
};
// The matching engine compiles and walks extglobs recursively, so a
// path portion with very many extglobs (nested, such as `*(*(*(a)))`,
// or in a row, such as `?(a)?(a)?(a)`) can exhaust the call stack.
// Portions with more than this many extglobs are rejected.
const MAX_EXTGLOBS = 256;
// The number of extglob openers, such as `*(`, in a path portion
// pattern. Chars in a class are counted too, so this can be more than
// the number of extglobs, but never less.
const extglobCount = (pattern) => {
    let n = 0;
    for (let i = 0; i < pattern.length - 1; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            n++;
            i++;
        }
    }
    return n;
};
const assertValidExtglobs = (pattern) => {
    if (extglobCount(pattern) > MAX_EXTGLOBS) {
        throw new TypeError('pattern has too many extglobs');
    }
};
// True if the portion pattern has the same meaning as an alternative
// inside `@(...)`. It must not have a `|` or `)` that is not in a
// closed extglob (those are literal at the top level), an extglob
// that is not closed (the `)` of the `@(...)` would close it), or a
// trailing `\` (it would escape the next `|`). A pattern that is
// only an empty extglob, such as `?()`, is literal on its own, but
// not in `@(...)`. Posix classes such as `[:alpha:]` can hide a `]`
// from classEnd, so patterns with them are not merged.
const extSafe = (pattern) => {
    if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes('[:'))
        return false;
    let depth = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            if (++i === pattern.length)
                return false;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close !== -1)
                i = close;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            depth++;
            i++;
        }
        else if (c === ')') {
            if (!depth--)
                return false;
        }
        else if (c === '|' && !depth) {
            return false;
        }
    }
    return !depth;
};
// The last path that Minimatch#match split, and its parts. A path is
// often tested against many patterns in a row (such as a list of
// ignore patterns), so this saves splitting it again. The parts are
// never changed, so they can be shared.
let lastSplit;
// The last path that Minimatch#match checked before splitting it. If
// the same path is checked again, it is being tested against many
// patterns, so it is split and the parts are kept for the others.
let lastChecked;
// true if a pattern portion that is not ** matches a path portion.
// An empty path portion only matches an empty pattern portion. A path
// portion never has a `/`, so the Matcher does not need to check it.
const portionMatch = (p, f) => typeof p === 'string' ? f === p : f !== '' && p.testUnchecked(f);
// Where the last portion of a row matches in a path: the start of the
// last portion of the path, or of the one before a trailing `/`. -1 if
// it matches neither.
const endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart
    : prev !== undefined && portionMatch(p, prev) ? prevStart
        : -1;
const isDots = (p) => p === '.' || p === '..';
// a Windows drive letter portion, like `c:`
const isDrive = (p) => typeof p === 'string' && /^[a-z]:$/i.test(p);
// true for the `UNC` portion of a long UNC root, //?/UNC/host/share
const isLongUNC = (p) => typeof p === 'string' && /^unc$/i.test(p);
// The index of the host in a row or split path that starts with a
// Windows UNC root: 2 for `//host/share`, and 4 for
// `//?/UNC/host/share`. Otherwise -1. `//?/c:` is not one.
const uncHost = (p) => {
    if (p[0] !== '' || p[1] !== '')
        return -1;
    const h = p[2] !== '?' ? 2
        : isLongUNC(p[3]) ? 4
            : -1;
    const host = p[h];
    const share = p[h + 1];
    return (h !== -1 &&
        host !== undefined &&
        host !== '' &&
        host !== GLOBSTAR &&
        share !== undefined &&
        share !== '' &&
        share !== GLOBSTAR) ?
        h
        : -1;
};
// true if ** can walk the path portion: not `.` or `..`, and not a
// dotfile unless `dot` is set
const walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith('.'));
// True if a portion of the path from `start` to `end` can not be
// walked by **: one that starts with `.`, or with `dot`, one that is
// `.` or `..`. `start` is the start of a portion, and `end` is the end
// of the path, or just after a separator.
const dotPortion = (f, start, end, dot, sep) => {
    for (let k = start; k < end;) {
        if (f.charCodeAt(k) === 46) {
            if (!dot)
                return true;
            const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
            if (n >= end || isSep(f.charCodeAt(n), sep))
                return true;
        }
        // the start of the next portion, after any run of separators
        const s = nextSep(f, k, sep);
        if (s === -1)
            return false;
        k = s + 1;
        while (k < end && isSep(f.charCodeAt(k), sep))
            k++;
    }
    return false;
};
const isSep = (c, sep) => sep === '/' ? c === 47
    : sep === '\\' ? c === 92
        : c === 47 || c === 92;
// the index of the first separator at or after `from`, or -1
const nextSep = (f, from, sep) => {
    if (sep !== 'both')
        return f.indexOf(sep, from);
    const s = f.indexOf('/', from);
    const b = f.indexOf('\\', from);
    return (s === -1 ? b
        : b === -1 ? s
            : Math.min(s, b));
};
// the index of the last separator at or before `from`, or -1
const lastSep = (f, from, sep) => sep !== 'both' ?
    f.lastIndexOf(sep, from)
    : Math.max(f.lastIndexOf('/', from), f.lastIndexOf('\\', from));
// What parse() returns in place of a Matcher while make() builds and
// merges the rows. Most of the Matchers in rows that are merged would
// never be used, so they are only made for the rows that are left.
const PENDING = {};
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    // the path can be checked against the last portion, and the string
    // portions, of each row before it is split. See #canMatch.
    #endCheck;
    #literalCheck;
    // level 2 resolves `.` and `..` portions in the path
    #level2;
    // the unicode normalization form, if any
    #form;
    // the string portions of each row in the set
    #literals = [];
    // the rows that #canMatch can match without splitting the path
    #shapes = [];
    // the rows whose last portion can be checked against the path's
    #endRows = [];
    // brace expansion can make the same portion in many rows, so they
    // share one Matcher, and the states that it caches
    #matchers = new Map();
    // parse() returns PENDING in place of a Matcher
    #pending = false;
    // the char that marks numeric ranges in globSet, if any
    #rangeMark;
    // the GlobstarParts of each pattern row, by start index and partial
    #globstarParts = new WeakMap();
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion =
            options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        this.#endCheck = !this.preserveMultipleSlashes;
        this.#level2 = (options.optimizationLevel ?? 1) >= 2;
        const n = options.normalize;
        this.#form = n === true ? 'NFC' : n || undefined;
        // make the set of Matchers etc.
        this.make();
        // On Windows, the portions of a row up to its drive letter or UNC
        // share are skipped or compared without case, if the path has one
        // too. So the checks only use the portions after it.
        const drives = this.set.map(row => this.#rootIndex(row));
        this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
        // with the end check, the last portion is already checked
        this.#literals = this.set.map((row, r) => {
            const end = this.#endRows[r] ? row.length - 1 : row.length;
            const lits = row
                .slice(drives[r] + 1, end)
                .filter((p) => typeof p === 'string' && !!p);
            return [...new Set(lits)];
        });
        this.#literalCheck = this.#literals.some(l => l.length);
        this.#shapes = this.set.map((row, r) => {
            const [p0, p1, p2] = row;
            if (this.#endRows[r] && row.length === 2) {
                if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
                    return 'tail';
            }
            // the basename of a path that is split on / is its last portion,
            // or the one before a trailing /, the same as the end check
            if (this.#endRows[r] &&
                options.matchBase &&
                row.length === 1 &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'base';
            }
            // the portion must not be a root, or '', which can be a
            // different portion on Windows (where //x paths get an extra '')
            if (!this.#endCheck || drives[r] !== -1)
                return undefined;
            if (row.length === 3 &&
                p0 === GLOBSTAR &&
                p2 === GLOBSTAR &&
                p1 !== GLOBSTAR &&
                p1 !== '' &&
                // the portion between is only matched below this limit
                this.maxGlobstarRecursion > 0) {
                return 'mid';
            }
            if (row.length === 2 &&
                p1 === GLOBSTAR &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'head';
            }
            return undefined;
        });
    }
    // a string portion of a pattern, normalized if the option is set
    #norm(p) {
        return this.#form ? p.normalize(this.#form) : p;
    }
    // On Windows, the index of the last root portion of a row, as
    // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
    // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
    // -1.
    #rootIndex(row) {
        if (!this.isWindows)
            return -1;
        if (isDrive(row[0]))
            return 0;
        const uncDrive = row[0] === '' && row[1] === '' && row[2] === '?' && isDrive(row[3]);
        if (uncDrive)
            return 3;
        const h = uncHost(row);
        return h === -1 ? -1 : h + 1;
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.#expandBraces())];
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be Matchers, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.#slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        // glob --> Matchers
        this.#pending = true;
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path. The root of a long UNC
                // path, //?/UNC/host/share, is 6 portions.
                const n = s[2] === '?' && isLongUNC(s[3]) ? 6 : 4;
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    s.slice(3, n).every(p => !globMagic.test(p));
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, n).map(p => this.#norm(p)),
                        ...s.slice(n).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [
                        this.#norm(s[0]),
                        ...s.slice(1).map(ss => this.parse(ss)),
                    ];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
                    if (isLongUNC(this.globParts[i][3]))
                        p[3] = 'UNC';
                    p[2] = '?';
                }
            }
        }
        // with noext, `@(...)` would be literal
        if (!options.noext)
            this.mergeRows();
        this.#pending = false;
        this.set.forEach((row, i) => {
            for (let k = 0; k < row.length; k++) {
                if (row[k] === PENDING) {
                    row[k] = this.parse(this.globParts[i][k]);
                }
            }
        });
    }
    // Merge rows that only differ in one portion, where each of them
    // is a Matcher, into one row that matches any of them with
    // `@(a|b|...)`. Then a path is only walked once for all of them,
    // for example with `**/*.{js,ts}`.
    mergeRows() {
        let merged = true;
        while (merged) {
            merged = false;
            // a single row cannot be merged with anything
            if (this.set.length < 2)
                return;
            let keys = this.#mergeKeys();
            const len = Math.max(0, ...this.set.map(r => r.length));
            for (let k = 0; k < len; k++) {
                // the rows that are the same other than at portion k, keyed
                // by the ids of the parts before k and the parts after k,
                // which are at most the number of rows
                const groups = new Map();
                const R = this.set.length + 1;
                this.set.forEach((row, i) => {
                    if (!(row[k] instanceof Matcher || row[k] === PENDING) ||
                        !extSafe(this.globParts[i][k])) {
                        return;
                    }
                    const { pre, suf } = keys[i];
                    const key = pre[k] * R + suf[k + 1];
                    const g = groups.get(key);
                    if (g)
                        g.push(i);
                    else
                        groups.set(key, [i]);
                });
                const drop = new Set();
                for (const g of groups.values()) {
                    if (g.length < 2)
                        continue;
                    const [first, ...rest] = g;
                    const alts = g.map(i => this.globParts[i][k]);
                    const glob = `@(${alts.join('|')})`;
                    // merging is only an optimization, so leave the rows as they
                    // are if the merged portion would have too many extglobs
                    if (extglobCount(glob) > MAX_EXTGLOBS)
                        continue;
                    this.globParts[first][k] = glob;
                    this.set[first][k] = this.parse(glob);
                    for (const i of rest)
                        drop.add(i);
                }
                if (drop.size) {
                    merged = true;
                    this.set = this.set.filter((_, i) => !drop.has(i));
                    this.globParts = this.globParts.filter((_, i) => !drop.has(i));
                    // every merge drops a row, so this happens at most once per row
                    if (this.set.length < 2)
                        return;
                    keys = this.#mergeKeys();
                }
            }
        }
    }
    // For each row, number ids for its prefixes and suffixes, such that
    // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
    // Two rows are the same other than at portion k exactly when they
    // have the same pre[k] and suf[k + 1]. This is linear in the size of
    // the rows, where joining the whole row for every k was quadratic.
    #mergeKeys() {
        const partIds = new Map();
        const ids = this.globParts.map(parts => parts.map(s => {
            let id = partIds.get(s);
            if (id === undefined)
                partIds.set(s, (id = partIds.size));
            return id;
        }));
        // ids are only compared at the same k, so they are numbered per
        // portion, with 0 for the empty prefix or suffix. Then they are
        // at most the number of rows, and id * P + part id is a safe
        // integer key for any set that fits in memory.
        const P = partIds.size;
        const len = Math.max(0, ...ids.map(r => r.length));
        const keys = ids.map(r => ({
            pre: [0],
            suf: new Array(r.length + 1).fill(0),
        }));
        for (let k = 0; k < len; k++) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { pre } = keys[i];
                const key = pre[k] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                pre.push(id);
            });
        }
        for (let k = len - 1; k >= 0; k--) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { suf } = keys[i];
                const key = suf[k + 1] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                suf[k] = id;
            });
        }
        return keys;
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (set.length > root &&
                        prev &&
                        prev !== '..' &&
                        prev !== '.' &&
                        prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    // Check the path against each row before it is split. 'no' if no
    // row can match, so it does not need to be split. 'yes' if a row of
    // `**` and one more portion matches. 'maybe' if it must be split to
    // know. None of this applies with partial, where the path can end
    // before the row does.
    //
    // On Windows, `\` is a separator in the path too, and the portions of
    // a row up to its drive letter or UNC share are not checked (see
    // #rootIndex).
    //
    // Each string portion of a row must be a portion of the path, so the
    // path must contain it. Level 2 can only take portions out of the
    // path, so this is still true then.
    //
    // The last portion of a row must match the last portion of the path,
    // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
    // This does not apply to rows that end in **, rows that end in a
    // root, or preserveMultipleSlashes (which can leave more
    // than one '' at the end). At level 2, it does not apply if that
    // portion is `.` or `..`, which can be
    // resolved away. Level 2 only takes other portions out of the
    // middle of the path.
    //
    // A row of `**/x` then matches if the ** can walk the portions
    // before the one that x matches, the same as #matchGlobstar. At
    // level 2, this is only known if none of them are `.` or `..`, so
    // that the path does not change when it is resolved.
    #canMatch(f) {
        const sep = !this.isWindows || !f.includes('\\') ? '/'
            : f.includes('/') ? 'both'
                : '\\';
        // the portions that f.split(/\/+/) would end with, and where they
        // start in f, found when a row needs them. `ends` is 0 until they
        // are found, then 1, or -1 if they can not be used.
        let ends = this.#endCheck ? 0 : -1;
        let last = '';
        let lastStart = 0;
        let prev;
        let prevStart = 0;
        const dot = !!this.options.dot;
        // A string compare is cheaper than includes(), and a Matcher test
        // costs more, so the cheaper check goes first.
        ROWS: for (let r = 0; r < this.set.length; r++) {
            const row = this.set[r];
            const p = row[row.length - 1];
            let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
            if (end && ends === 0) {
                const i = lastSep(f, f.length, sep);
                lastStart = i + 1;
                last = f.slice(lastStart);
                if (last === '' && i >= 0) {
                    let j = i;
                    while (j > 0 && isSep(f.charCodeAt(j - 1), sep))
                        j--;
                    prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep) + 1;
                    prev = f.slice(prevStart, j);
                }
                const resolves = this.#level2 &&
                    (isDots(last) ||
                        (last === '' && prev !== undefined && isDots(prev)));
                ends = resolves ? -1 : 1;
                end = !resolves;
            }
            let tailStart = -1;
            if (end && typeof p === 'string') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            if (this.#literalCheck) {
                for (const l of this.#literals[r]) {
                    if (!f.includes(l))
                        continue ROWS;
                }
            }
            if (end && typeof p === 'object') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            const shape = this.#shapes[r];
            if (shape === 'base' && end)
                return 'yes';
            if (shape === 'tail' && end) {
                if (this.#level2 && dotPortion(f, 0, tailStart, true, sep)) {
                    return 'maybe';
                }
                if (!dotPortion(f, 0, tailStart, dot, sep))
                    return 'yes';
                continue;
            }
            if (shape === 'mid' || shape === 'head') {
                const m = this.#walk(f, row, shape === 'head', dot, sep);
                if (m !== 'no')
                    return m;
                continue;
            }
            return 'maybe';
        }
        return 'no';
    }
    // Match a row of a known shape against the split path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do. None of these
    // rows have a drive letter, so they start at the first portion.
    #matchShape(file, row, shape) {
        const dot = !!this.options.dot;
        const n = file.length;
        if (shape === 'head') {
            // x, then at least one portion that ** can walk
            if (n < 2 || !portionMatch(row[0], file[0])) {
                return false;
            }
            for (let i = 1; i < n; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        const x = row[1];
        if (shape === 'tail') {
            // x is the last portion, or the one before a trailing ''
            let t = n - 1;
            if (!portionMatch(x, file[t])) {
                if (file[t] !== '' || n === 1 || !portionMatch(x, file[--t])) {
                    return false;
                }
            }
            for (let i = 0; i < t; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        // mid: the first x that ** can walk to, with a portion after it,
        // and ** can walk all of those
        for (let k = 0; k < n; k++) {
            if (portionMatch(x, file[k]) && k + 1 < n) {
                let i = k + 1;
                while (i < n && walkable(file[i], dot))
                    i++;
                if (i === n)
                    return true;
            }
            if (!walkable(file[k], dot))
                return false;
        }
        return false;
    }
    // Match a row of `**/x/**` or `x/**` against the path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do once it is split.
    // x must match a portion (the first one, for `x/**`), the ** before
    // it must be able to walk the portions before that one, and there
    // must be a portion after it, which the ** after it can walk. At
    // level 2, this is only known if no portion is `.` or `..`.
    #walk(f, row, head, dot, sep) {
        if (this.#level2 && dotPortion(f, 0, f.length, true, sep))
            return 'maybe';
        const x = row[head ? 0 : 1];
        // the last portion has none after it, so it can not be x
        let s = 0;
        for (let e = nextSep(f, s, sep); e !== -1; e = nextSep(f, s, sep)) {
            // the start of the next portion
            let next = e + 1;
            while (next < f.length && isSep(f.charCodeAt(next), sep))
                next++;
            const hit = typeof x === 'string' ?
                e - s === x.length && f.startsWith(x, s)
                : e > s && x.testUnchecked(f.slice(s, e));
            if (hit && !dotPortion(f, next, f.length, dot, sep))
                return 'yes';
            if (head || dotPortion(f, s, next, dot, sep))
                return 'no';
            s = next;
        }
        return 'no';
    }
    // the last split, if it was the same path with the same split
    // settings
    #cachedSplit(f) {
        const last = lastSplit;
        return (last?.f === f &&
            last.isWindows === this.isWindows &&
            last.preserveMultipleSlashes === this.preserveMultipleSlashes &&
            last.normalize === this.#form) ?
            last
            : undefined;
    }
    // split a path for match(), and keep the parts for the next call
    #split(f) {
        const { isWindows, preserveMultipleSlashes } = this;
        // windows: need to use /, not \
        let parts = this.#slashSplit(isWindows ? f.split('\\').join('/') : f);
        // normalize each portion, so that a char that normalizes to `/`
        // does not make a new portion
        const normalize = this.#form;
        if (normalize)
            parts = parts.map(p => p.normalize(normalize));
        lastSplit = {
            f,
            isWindows,
            preserveMultipleSlashes,
            normalize,
            parts,
        };
        return lastSplit;
    }
    // resolve `.` and `..` portions of a path, for level 2
    #levelTwoFileOptimize(file) {
        // work on a copy, so that the cached parts do not change
        const parts = [...file];
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            let dd = root;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p && p !== '.' && p !== '..' && p !== '**') {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd = Math.max(dd - 2, root);
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        // each **/.. split doubles the patterns, and adds a copy of the
        // whole pattern. Throw if either gets too large. A partial split
        // would match some paths and not others, depending on which rows
        // the pass reached first.
        const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
        let splitCells = 0;
        const maxSplitCells = 1_000_000;
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    // Check before changing parts or allocating the new row.
                    const addedCells = parts.length - 1;
                    if (globParts.length >= braceExpandMax ||
                        splitCells + addedCells > maxSplitCells) {
                        throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    splitCells += addedCells;
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                // .. can not remove the root of a Windows path
                const root = this.#rootIndex(parts) + 1;
                let dd = root;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd = Math.max(dd - 2, root);
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    secondPhasePreProcess(globParts) {
        const keys = new Set();
        const rows = globParts.filter(parts => {
            const key = parts.join('/');
            if (keys.has(key))
                return false;
            keys.add(key);
            return true;
        });
        // A row is covered by another row that has `*` at some positions,
        // and is the same at all others. Collect each distinct set of `*`
        // positions, then look up each row with `*` put at those positions.
        const stars = new Map();
        for (const parts of rows) {
            const s = [];
            for (let i = 0; i < parts.length; i++) {
                if (parts[i] === '*')
                    s.push(i);
            }
            if (s.length)
                stars.set(s.join(','), s);
        }
        // Each row is checked against each set of `*` positions, so skip
        // this if there are too many. The patterns match the same paths
        // either way.
        if (!stars.size || rows.length * stars.size > 100_000)
            return rows;
        const { dot } = this.options;
        return rows.filter(parts => {
            for (const s of stars.values()) {
                if (s[s.length - 1] >= parts.length)
                    continue;
                const c = [...parts];
                let ok = true;
                let changed = false;
                for (const i of s) {
                    const p = parts[i];
                    if (p === '*')
                        continue;
                    if (!p || p === '**' || (!dot && p.startsWith('.'))) {
                        ok = false;
                        break;
                    }
                    c[i] = '*';
                    changed = true;
                }
                if (ok && changed && keys.has(c.join('/')))
                    return false;
            }
            return true;
        });
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // Match the parts of a path against one row of the set. `resolved`
    // is the parts after level 2 resolves `.` and `..` in them, or the
    // same parts below level 2. Set partial to true to test if, for
    // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
    // you run out of file before you run out of pattern, then that's
    // fine, as long as all the parts match.
    #matchRow(file, resolved, pattern, partial) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa, and
        // //?/UNC/host/share/... can match //host/share/... and vice versa.
        // Drive letters in absolute drive or unc paths, and the host and
        // share of UNC paths, are always compared case-insensitively.
        const fh = this.isWindows ? uncHost(resolved) : -1;
        const ph = fh === -1 ? -1 : uncHost(pattern);
        if (ph !== -1) {
            const host = pattern[ph];
            const share = pattern[ph + 1];
            if (typeof host !== 'string' || typeof share !== 'string') {
                // a host or share with magic is matched as usual
                fileStartIndex = fh;
                patternStartIndex = ph;
            }
            else if (resolved[fh].toLowerCase() === host.toLowerCase() &&
                resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
                fileStartIndex = fh + 2;
                patternStartIndex = ph + 2;
            }
        }
        else if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // the drives match, so start matching after them
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    patternStartIndex = pdi + 1;
                    fileStartIndex = fdi + 1;
                }
            }
        }
        // the drive letters are found in the parts before level 2 resolves
        // them, and the match uses the resolved parts
        file = resolved;
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
        // check the head, from the current file/pattern index.
        if (head.length) {
            const headEnd = fileIndex + head.length;
            if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, new Set());
    }
    // Split the pattern into head, tail, and middle of ** delimited
    // parts. The tail has to be at the end, and the others just have to
    // be found in order from the head. These only depend on the pattern
    // row, so they are kept for the next path.
    #getGlobstarParts(pattern, partial, patternIndex) {
        let byStart = this.#globstarParts.get(pattern);
        if (!byStart) {
            byStart = [];
            this.#globstarParts.set(pattern, byStart);
        }
        const key = patternIndex * 2 + (partial ? 1 : 0);
        const found = byStart[key];
        if (found)
            return found;
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        const head = pattern.slice(patternIndex, firstgs);
        const body = pattern.slice(firstgs + 1, partial ? undefined : lastgs);
        const tail = partial ? [] : pattern.slice(lastgs + 1);
        // split the body up into sections, and note the number of
        // portions that must come after the start of each one
        const segments = [[[], 0]];
        let current = segments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                current = [[], 0];
                segments.push(current);
            }
            else {
                current[0].push(b);
                nonGsParts++;
            }
        }
        // the portions in this section and the ones after it
        segments.forEach((b, i) => {
            b[1] = nonGsParts - nonGsPartsSums[i];
        });
        const parts = { head, body, tail, segments };
        byStart[key] = parts;
        return parts;
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, and the portions that it and the rest need
    bodySegments, 
    // the end of the file portions that the body can match
    fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, 
    // the places that a walk has already tried, as
    // bodyIndex * (file.length + 1) + fileIndex. A walk from a place
    // does the same no matter how it got there, and it only comes back
    // if it found no match, so a walk that gets to one stops.
    tried) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // with partial, the body is the rest of the pattern, so it
            // matches if no portions are left, or only the '' of a trailing
            // / (as a/* matches a/b/). A ** at the end walks them as its own
            // empty section.
            if (partial) {
                return (fileIndex >= fileLength ||
                    (fileIndex === fileLength - 1 && file[fileIndex] === ''));
            }
            // just make sure that there's no bad dots before the tail
            for (let i = fileIndex; i < fileLength; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test, up to the last index
        // where it can start
        const [body, need] = bs;
        // with partial, the path can end before the body does
        const after = partial ? fileLength : fileLength - need;
        while (fileIndex <= after) {
            const key = bodyIndex * (file.length + 1) + fileIndex;
            if (tried.has(key))
                return false;
            tried.add(key);
            const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
                if (sub !== false) {
                    return sub;
                }
            }
            // the ** does not walk past the last place the body can start
            if (fileIndex === after)
                break;
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex, 
    // only match the file portions before this index
    fileEnd = file.length) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = Math.min(fileEnd, file.length),
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            let p = pattern[pi];
            let f = file[fi];
            // should be impossible.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into Matchers.
            if (!portionMatch(p, f))
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though * can match "", except in
        // partial mode, where it might simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    // Expand braces, except numeric ranges such as {0..999} with at
    // least RANGE_MIN values. Each of those stays in its pattern as
    // `<mark>0..999<mark>`, for the Matcher to test. If a range might
    // be inside a [...] class, expand all of them instead.
    #expandBraces() {
        const { pattern } = this;
        if (this.options.nobrace)
            return this.braceExpand();
        let code = 0xe000;
        while (pattern.includes(String.fromCharCode(code))) {
            if (++code > 0xf8ff)
                return this.braceExpand();
        }
        const mark = String.fromCharCode(code);
        let found = false;
        const marked = pattern.replace(rangeRe, (m, lo, hi) => {
            const a = Number(lo);
            const b = Number(hi);
            if (!Number.isSafeInteger(a) ||
                !Number.isSafeInteger(b) ||
                Math.abs(a - b) + 1 < RANGE_MIN) {
                return m;
            }
            found = true;
            return `${mark}${lo}..${hi}${mark}`;
        });
        if (!found)
            return this.braceExpand();
        const set = braceExpand(marked, this.options);
        for (const p of set) {
            for (const portion of p.split('/')) {
                const c = portion.indexOf('[');
                if (c !== -1 && c < portion.lastIndexOf(mark)) {
                    return this.braceExpand();
                }
                if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
                    return this.braceExpand();
                }
            }
        }
        this.#rangeMark = mark;
        return set;
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        const { nocase, nocaseMagicOnly, noext = false, dot, normalize, } = options;
        const rangeMark = this.#rangeMark;
        const lit = rangeMark && pattern.includes(rangeMark) ?
            undefined
            : literal(pattern, noext);
        // in nocase mode, a literal with cased chars still needs a
        // Matcher, unless nocaseMagicOnly is set.
        if (lit !== undefined &&
            !(nocase &&
                !nocaseMagicOnly &&
                pattern.toUpperCase() !== pattern.toLowerCase())) {
            return this.#norm(lit);
        }
        if (this.#pending)
            return PENDING;
        let m = this.#matchers.get(pattern);
        if (!m) {
            if (!noext)
                assertValidExtglobs(pattern);
            m = new Matcher(pattern, {
                nocase,
                noext,
                dot,
                normalize,
                ...(rangeMark && { rangeMark }),
            });
            this.#matchers.set(pattern, m);
        }
        return m;
    }
    #slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // treat the test path as a set of pathparts. If it was not just
        // split or checked, check that it can match before splitting it.
        let split = this.#cachedSplit(f);
        if (!split) {
            // the checks look at the path as given, so not if it is
            // normalized
            if (!partial &&
                !this.#form &&
                (this.#endCheck || this.#literalCheck) &&
                lastChecked !== f) {
                lastChecked = f;
                const can = this.#canMatch(f);
                if (can === 'no')
                    return options.flipNegate ? false : this.negate;
                if (can === 'yes')
                    return options.flipNegate ? true : !this.negate;
            }
            split = this.#split(f);
        }
        const ff = split.parts;
        // the parts after level 2 resolves them, kept for the next pattern
        // that tests the same path
        const resolved = this.#level2 ?
            (split.resolved ??= this.#levelTwoFileOptimize(ff))
            : ff;
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (let r = 0; r < set.length; r++) {
            const pattern = set[r];
            const shape = partial ? undefined : this.#shapes[r];
            // level 2 does not change a path of one portion
            const hit = shape === 'base' ?
                portionMatch(pattern[0], filename)
                : shape ? this.#matchShape(resolved, pattern, shape)
                    : options.matchBase && pattern.length === 1 ?
                        this.#matchRow([filename], [filename], pattern, partial)
                        : this.#matchRow(ff, resolved, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return esm_minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */


/* c8 ignore stop */
esm_minimatch.Minimatch = Minimatch;
esm_minimatch.escape = escape_escape;
esm_minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./src/platform/fs.ts
/**
 * Filesystem adapter: glob expansion for `files` inputs, streamed hashing, safe names.
 * Files are read in 1 MiB chunks (64 KiB reads cost ~25 % more), so memory does not grow with file size.
 *
 * Where files may come from: every matched file is resolved to its real path (symbolic links followed), and a
 * file whose real path is outside the workspace is refused unless the caller allows it explicitly. The
 * workspace is `cwd`, GITHUB_WORKSPACE and RUNNER_TEMP; a pattern written as an absolute path also allows the
 * folder it names (the user named that place), never a link out of it. So `ln -s /etc/passwd app-linux-arm64`
 * with `files: app-*` is refused instead of publishing /etc/passwd. Directory symlink cycles are walked once.
 */






const fs_READ_CHUNK = 1024 * 1024;
/** Where matched files may live: real paths of cwd, GITHUB_WORKSPACE and RUNNER_TEMP (those that exist). */
function workspaceRoots(cwd, env = process.env) {
    const roots = new Set();
    for (const p of [cwd, env.GITHUB_WORKSPACE, env.RUNNER_TEMP]) {
        if (!p)
            continue;
        try {
            roots.add(toSlash(realpathSync(resolve(p))));
        }
        catch {
            /* a root that does not exist holds no files */
        }
    }
    return [...roots];
}
const inside = (real, roots) => roots.some((r) => real === r || real.startsWith(r.endsWith('/') ? r : `${r}/`));
/** Problems name the input by field when there is one. */
function problem(inputName, message) {
    return inputName ? fieldError(inputName, message) : new RelforgeError(`The file list ${message}`);
}
/**
 * Expands newline-separated glob patterns (relative to `cwd`) to absolute regular-file paths,
 * sorted and de-duplicated. `!pattern` removes matches. Zero matches for the whole set is an error
 * naming the input. A pattern without glob characters must name an existing regular file. Paths are
 * returned as matched (a link keeps its own name); their real paths must be inside the workspace.
 * (Own walker over minimatch rather than @actions/glob, whose `::debug::` lines leak into CLI output.)
 */
async function fs_expandFiles(patterns, opts = {}) {
    const cwd = resolve(opts.cwd ?? process.cwd());
    const input = opts.inputName;
    const pats = patterns.map((p) => p.trim()).filter((p) => p !== '' && !p.startsWith('#'));
    if (pats.length === 0)
        throw problem(input, 'is empty: give at least one file or glob pattern.');
    const roots = workspaceRoots(cwd, opts.env ?? process.env);
    const scope = {
        roots,
        allow: !!opts.allowOutsideWorkspace,
        refuse: (path, real) => problem(input, `matched ${path}${real !== path ? `, which resolves to ${real},` : ''} outside the workspace (${roots.join(', ')}): refusing to read it ` +
            `(a symbolic link out of the workspace?). Copy the file into the workspace${opts.allowOption ? `, or set {{${opts.allowOption}}} if this is intended` : ''}.`),
    };
    const toAbs = (p) => toSlash(isAbsolute(p) ? p : join(cwd, p));
    // Matched path → its real path and where it may be; checked after the negations (a file excluded by `!x` is not refused).
    const found = new Map();
    for (const p of pats.filter((x) => !x.startsWith('!'))) {
        const abs = toAbs(p);
        const own = { ...scope, roots: patternRoots(p, abs, roots) };
        if (hasMagic(p))
            for (const [m, real] of globFiles(abs, own))
                found.set(m, { real, roots: own.roots });
        else
            found.set(abs, { real: literalFile(p, abs, cwd, input), roots: own.roots });
    }
    for (const p of pats.filter((x) => x.startsWith('!'))) {
        const neg = toAbs(p.slice(1));
        for (const f of [...found.keys()])
            if (minimatch(f, neg, { dot: true }))
                found.delete(f);
    }
    if (found.size === 0)
        throw problem(input, `matched no files (patterns: ${pats.join(', ')}; looked in ${cwd}).`);
    const sorted = [...found.keys()].sort();
    for (const f of sorted) {
        const { real, roots: where } = found.get(f);
        if (!scope.allow && !inside(real, where))
            throw scope.refuse(f, real);
    }
    return sorted;
}
/**
 * Where a pattern's files may really be: the workspace, and for a pattern written as an absolute path, the
 * folder it names (its static prefix; for a plain path, the file's folder). Naming a place explicitly allows
 * that place; a symbolic link from there to anywhere else is still refused.
 */
function patternRoots(p, abs, roots) {
    if (!isAbsolute(p))
        return roots;
    const base = hasMagic(p) ? splitGlob(abs).base : dirname(abs);
    try {
        const real = toSlash(realpathSync(base));
        return inside(real, roots) ? roots : [...roots, real];
    }
    catch {
        return roots;
    }
}
/** A pattern without glob characters: an existing regular file; returns its real path. */
function literalFile(p, abs, cwd, input) {
    let st;
    try {
        st = statSync(abs);
    }
    catch {
        throw problem(input, `names "${p}", which does not exist (looked in ${cwd}).`);
    }
    if (!st.isFile())
        throw problem(input, `names "${p}", which is not a regular file.`);
    return toSlash(realpathSync(abs));
}
const toSlash = (p) => p.split(sep).join('/');
const hasMagic = (p) => /[*?[\]{}]/.test(p);
/** An absolute glob's static prefix (the folder it is walked from) and the segments after it. */
function splitGlob(absPattern) {
    const segments = absPattern.split('/');
    let i = 0;
    while (i < segments.length && !hasMagic(segments[i]))
        i++;
    return { base: segments.slice(0, i).join('/') || '/', rest: segments.slice(i) };
}
/**
 * Regular files matching an absolute glob, each with its real path: walks from the pattern's static prefix only.
 * Symbolic links are followed, but a directory already on the current path (a cycle) is not entered again, and
 * a linked directory outside the workspace is not entered unless allowed.
 */
function globFiles(absPattern, scope) {
    const { base, rest } = splitGlob(absPattern);
    const maxDepth = rest.some((s) => s.includes('**')) ? Infinity : rest.length;
    const out = new Map();
    const ancestors = new Set();
    const walk = (dir, real, depth) => {
        let entries;
        try {
            entries = readdirSync(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        ancestors.add(real);
        for (const e of entries) {
            const full = dir === '/' ? `/${e.name}` : `${dir}/${e.name}`;
            const kind = entryKind(e, full);
            if (!kind)
                continue;
            const target = kind.real ?? (real === '/' ? `/${e.name}` : `${real}/${e.name}`);
            if (kind.file && minimatch(full, absPattern, { dot: true }))
                out.set(full, target);
            else if (kind.dir && depth + 1 < maxDepth && e.name !== '.git' && e.name !== 'node_modules') {
                if (ancestors.has(target))
                    continue; // a cycle: already being walked
                if (kind.real && !scope.allow && !inside(kind.real, scope.roots))
                    continue; // a link out of the workspace
                walk(full, target, depth + 1);
            }
        }
        ancestors.delete(real);
    };
    let baseReal;
    try {
        baseReal = toSlash(realpathSync(base));
    }
    catch {
        return out;
    }
    // A pattern rooted outside the workspace (e.g. /etc/**) is refused before it is walked.
    if (!scope.allow && !inside(baseReal, scope.roots))
        throw scope.refuse(base, baseReal);
    walk(base, baseReal, 0);
    return out;
}
/** File or directory (links followed; `real` set for links), or undefined for anything else or a dangling link. */
function entryKind(e, full) {
    if (!e.isSymbolicLink())
        return e.isFile() || e.isDirectory() ? { file: e.isFile(), dir: e.isDirectory() } : undefined;
    try {
        const st = statSync(full);
        return { file: st.isFile(), dir: st.isDirectory(), real: toSlash(realpathSync(full)) };
    }
    catch {
        return undefined;
    }
}
/**
 * Streams a file once, feeding every requested hash; returns hex digests and the byte count. `prefix` is fed to
 * every hash before the file (e.g. R ‖ A for a streamed Ed25519 verification).
 */
async function fs_hashFile(path, algos, opts = {}) {
    const hashes = algos.map((a) => [a, createHash(a)]);
    if (opts.prefix)
        for (const [, h] of hashes)
            h.update(opts.prefix);
    let size = 0;
    // One reused 1 MiB buffer: a read stream allocates a fresh chunk per read, and that garbage (external
    // memory, collected late) kept ~80 MiB extra RSS while hashing large files.
    const buf = Buffer.allocUnsafe(fs_READ_CHUNK);
    const fh = await open(path, 'r');
    try {
        for (;;) {
            const { bytesRead } = await fh.read(buf, 0, fs_READ_CHUNK, null);
            if (bytesRead === 0)
                break;
            size += bytesRead;
            const chunk = bytesRead === fs_READ_CHUNK ? buf : buf.subarray(0, bytesRead);
            for (const [, h] of hashes)
                h.update(chunk);
        }
    }
    finally {
        await fh.close();
    }
    const out = { size };
    for (const [a, h] of hashes)
        out[a] = h.digest('hex');
    return out;
}
async function sha256File(path) {
    return (await fs_hashFile(path, ['sha256'])).sha256;
}
/**
 * An asset/file name that is safe to use as a single path component and in URLs:
 * no separators, no `..`, no control characters, not empty, at most 255 bytes.
 */
function assertSafeName(name, what = 'file name') {
    if (name === '' ||
        name === '.' ||
        name === '..' ||
        /[/\\\x00-\x1f\x7f]/.test(name) ||
        Buffer.byteLength(name) > 255) {
        throw new RelforgeError(`Unsafe ${what} "${name.replace(/[\x00-\x1f\x7f]/g, '?')}": use a plain name without path separators, ".." or control characters.`);
    }
    return name;
}
function safeBasename(path) {
    return assertSafeName(basename(path));
}

;// CONCATENATED MODULE: ./src/signing/minisign/hash-pool.ts
/**
 * File digests for signing: BLAKE2b-512 (the `ED` prehash) and, when checksums are on, SHA-256 from the same
 * single read, on worker threads (one file per worker) or on the main thread.
 */


/**
 * Self-contained worker body (eval'd, so it survives bundling): the same single read as fs.ts hashFile
 * (1 MiB reads into reused buffers, every requested hash fed from the same bytes), double-buffered so the
 * next read runs while this chunk is hashed. No per-chunk allocation: memory does not grow with file size.
 */
const WORKER_SOURCE = (/* unused pure expression or super */ null && (`
const { parentPort } = require('node:worker_threads');
const { open } = require('node:fs/promises');
const { createHash } = require('node:crypto');
parentPort.on('message', async ({ id, path, algos, chunk }) => {
  let fh;
  try {
    const hs = algos.map((a) => createHash(a));
    let size = 0;
    fh = await open(path, 'r');
    let cur = Buffer.allocUnsafe(chunk);
    let next = Buffer.allocUnsafe(chunk);
    let pending = fh.read(cur, 0, chunk, null);
    for (;;) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) break;
      const data = bytesRead === chunk ? cur : cur.subarray(0, bytesRead);
      [cur, next] = [next, cur];
      pending = fh.read(cur, 0, chunk, null);
      size += bytesRead;
      for (const h of hs) h.update(data);
    }
    const out = { id, size };
    algos.forEach((a, i) => { out[a] = hs[i].digest('hex'); });
    parentPort.postMessage(out);
  } catch (e) {
    parentPort.postMessage({ id, error: String((e && e.message) || e) });
  } finally {
    if (fh) await fh.close().catch(() => {});
  }
});
`));
class hash_pool_HashPool {
    workers = [];
    idle = [];
    queue = [];
    seq = 0;
    constructor(size) {
        for (let i = 0; i < size; i++) {
            const w = new Worker(WORKER_SOURCE, { eval: true });
            this.workers.push(w);
            this.idle.push(w);
        }
    }
    async acquire() {
        const w = this.idle.pop();
        if (w)
            return w;
        await new Promise((res) => this.queue.push(res));
        return this.acquire();
    }
    release(w) {
        this.idle.push(w);
        this.queue.shift()?.();
    }
    async hash(path, withSha256) {
        const w = await this.acquire();
        const id = ++this.seq;
        try {
            return await new Promise((res, rej) => {
                const onMessage = (m) => {
                    if (m.id !== id)
                        return;
                    cleanup();
                    if (m.error)
                        rej(new Error(m.error));
                    else
                        res({ size: m.size, blake2b512: m.blake2b512, sha256: m.sha256 });
                };
                const onError = (e) => (cleanup(), rej(e));
                const cleanup = () => {
                    w.off('message', onMessage);
                    w.off('error', onError);
                };
                w.on('message', onMessage);
                w.on('error', onError);
                w.postMessage({ id, path, algos: withSha256 ? ['blake2b512', 'sha256'] : ['blake2b512'], chunk: READ_CHUNK });
            });
        }
        finally {
            this.release(w);
        }
    }
    async close() {
        await Promise.all(this.workers.map((w) => w.terminate()));
    }
}
async function hash_pool_hashOnMainThread(path, withSha256) {
    return withSha256 ? await hashFile(path, ['blake2b512', 'sha256']) : await hashFile(path, ['blake2b512']);
}

;// CONCATENATED MODULE: ./src/signing/minisign/sign-file.ts
/**
 * Signing one file or buffer: `.minisig` text (prehashed `ED`, streamed; or legacy `Ed`) and `format: raw`.
 * Legacy `Ed` and raw signing need the whole file in memory (Node's Ed25519 signs one-shot, in constant
 * time): files above RAW_SIZE_LIMIT are refused with the fix. Verification has no such limit (./verify.ts).
 */





/** Largest file signed in `raw` format or legacy `Ed` (Node's Ed25519 signs one-shot: the file must be in memory). */
const RAW_SIZE_LIMIT = (/* unused pure expression or super */ null && (512 * 1024 * 1024));
/** The whole file, refused above RAW_SIZE_LIMIT with the fix. */
async function sign_file_readBounded(path, what) {
    const s = await stat(path).catch((err) => {
        throw new RelforgeError(`Could not read ${path}: ${errorMessage(err)}`);
    });
    if (s.size > RAW_SIZE_LIMIT) {
        throw new RelforgeError(`${path} is ${s.size} bytes, above the ${RAW_SIZE_LIMIT / 1024 / 1024} MiB limit for ${what}: Ed25519 signing over raw bytes needs the whole file in memory. ` +
            'Use the default minisign format (prehashed "ED", streamed; minisign -S) for large files.');
    }
    return await readFile(path).catch((err) => {
        throw new RelforgeError(`Could not read ${path}: ${errorMessage(err)}`);
    });
}
/** Signs one file; returns the `.minisig` text and the file's digests (one streamed read for `ED`). */
async function signFile(path, key, opts) {
    if ((opts.algorithm ?? 'ED') === 'Ed') {
        const data = await sign_file_readBounded(path, 'legacy "Ed" signatures');
        const signature = signMessage(key.privateKey, key.keyId, data, { ...opts, algorithm: 'Ed' });
        return {
            signature,
            size: data.length,
            sha256: createHash('sha256').update(data).digest('hex'),
            blake2b512: createHash('blake2b512').update(data).digest('hex'),
        };
    }
    const d = await hashOnMainThread(path, true);
    const signature = signPrehashed(key.privateKey, key.keyId, Buffer.from(d.blake2b512, 'hex'), opts);
    return { signature, sha256: d.sha256, size: d.size, blake2b512: d.blake2b512 };
}
function signBuffer(data, key, opts) {
    return signMessage(key.privateKey, key.keyId, data, { ...opts, algorithm: opts.algorithm ?? 'ED' });
}
/** `format: raw`: base64 of the 64-byte Ed25519 signature over the raw bytes (Go's `ed25519.Verify`, Sparkle). */
function sign_file_signRaw(data, key) {
    return sign(null, data, key.privateKey).toString('base64');
}

;// CONCATENATED MODULE: ./src/signing/minisign/verify.ts
/**
 * minisign verification of files and buffers, in bounded memory for every algorithm: prehashed `ED` streams
 * BLAKE2b-512; legacy `Ed` and `format: raw` stream SHA-512(R ‖ A ‖ file) and finish the Ed25519 check with
 * ./core/ed25519.ts (Node's crypto would need the whole file in memory: a 2 GiB package peaked at 2.1 GB).
 */




function asPublicKey(publicKey) {
    return typeof publicKey === 'string' ? parsePublicKey(publicKey) : publicKey;
}
/** One streamed hash of the file (after `prefix`), as bytes; an unreadable file is a RelforgeError. */
async function fileHash(path, algo, prefix) {
    try {
        return Buffer.from((await hashFile(path, [algo], { prefix }))[algo], 'hex');
    }
    catch (err) {
        throw new RelforgeError(`Could not read ${path}: ${errorMessage(err)}`);
    }
}
const streamHram = (path, r, publicKey) => fileHash(path, 'sha512', Buffer.concat([r, publicKey]));
/**
 * The message of a legacy `Ed` signature, streamed: pass it as `data` to verifySignature instead of the
 * file's bytes (`const data = sig.algorithm === 'Ed' ? await legacyMessage(path, sig, pub) : undefined`).
 * Memory stays at one 1 MiB read buffer whatever the file size.
 */
async function legacyMessage(path, sig, publicKey) {
    const r = Buffer.from(sig.signature.subarray(0, 32));
    return { kind: 'ed25519-hram', r, publicKey: publicKey.publicKey, hram: await streamHram(path, r, publicKey.publicKey) };
}
/**
 * Verifies `path` against minisign signature text and a public key (`.pub` text, its `RW…` line, or parsed).
 * Order: parse → key id → file signature → trusted comment → `expectVersion` (rollback binding).
 * Throws MinisignVerificationError (a RelforgeError) naming the failed check.
 */
async function verify_verifyFile(path, sigText, publicKey, opts = {}) {
    const sig = parseSignature(sigText);
    const pub = asPublicKey(publicKey);
    if (!sig.keyId.equals(pub.keyId) || (opts.requirePrehashed && sig.algorithm !== 'ED'))
        return verifySignature(sig, pub, {}, opts);
    if (sig.algorithm === 'Ed')
        return verifySignature(sig, pub, { data: await legacyMessage(path, sig, pub) }, opts);
    return verifySignature(sig, pub, { digest: await fileHash(path, 'blake2b512') }, opts);
}
function verify_verifyBuffer(data, sigText, publicKey, opts = {}) {
    return verifySignature(parseSignature(sigText), asPublicKey(publicKey), { data }, opts);
}
/** `format: raw`: base64 of a 64-byte Ed25519 signature over the file bytes, verified streamed. */
async function verify_verifyRawFile(path, signatureBase64, publicKey) {
    const pk = Buffer.isBuffer(publicKey) ? publicKey : asPublicKey(publicKey).publicKey;
    const sig = decodeBase64Strict(signatureBase64, 'The raw signature', 64);
    const hram = await streamHram(path, sig.subarray(0, 32), pk);
    if (!verifyEd25519Hram(pk, sig, hram))
        throw new RelforgeError(`Raw Ed25519 signature verification failed for ${path}: the file or signature was altered, or another key signed it.`);
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/git/repository.ts
/**
 * Git adapter: runs `git` with argument arrays (node:child_process, no shell; no PATH lookup per call as
 * @actions/exec does, which cost ~10 ms per git process on a loaded runner).
 * Queries are bulk: one git process per question, never one per commit or per tag.
 */







/** A git process in `cwd` with our environment (no prompts, C locale); a spawn failure rejects `onError`. */
function spawnGit(cwd, args, env, stdin, onError) {
    const child = spawn('git', args, { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...env }, stdio: [stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    child.on('error', (err) => onError(new RelforgeError(`Could not run git (is it installed and on PATH?): ${redact(err.message)}`)));
    return child;
}
/** A failed git command, secret-free. */
function gitFailed(args, code, detail) {
    return new RelforgeError(`git ${redact(args.join(' '))} failed (exit ${code}): ${redact(detail)}`);
}
/** Worded per front end: the `path` option is `"path"` in an action, `--path` on the command line. */
function notARepository(cwd, detail) {
    return new SettingsError([{ message: `${cwd} is not a git repository${detail}. Check out the repository first (actions/checkout with fetch-depth: 0) or set {{path}}.` }]);
}
class repository_Git {
    cwd;
    constructor(cwd) {
        this.cwd = cwd;
    }
    /** Runs git; throws a RelforgeError (secret-free) on a non-zero exit unless allowFailure. */
    async run(args, opts = {}) {
        const out = await new Promise((resolvePromise, reject) => {
            const child = spawnGit(this.cwd, args, opts.env, !!opts.input, reject);
            const stdout = [];
            const stderr = [];
            child.stdout.on('data', (d) => stdout.push(d));
            child.stderr.on('data', (d) => stderr.push(d));
            child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
            if (opts.input)
                child.stdin.end(opts.input);
        });
        if (out.code !== 0 && !opts.allowFailure)
            throw gitFailed(args, out.code, out.stderr.trim() || out.stdout.trim());
        return out;
    }
    /** Trimmed stdout of a successful command. */
    async text(args, opts = {}) {
        return (await this.run(args, opts)).stdout.trim();
    }
    /** Fails with an actionable message when `cwd` is not inside a git work tree. */
    async assertRepository() {
        const r = await this.run(['rev-parse', '--is-inside-work-tree'], { allowFailure: true });
        if (r.code !== 0 || r.stdout.trim() !== 'true') {
            throw notARepository(this.cwd, '');
        }
    }
    async head() {
        return this.text(['rev-parse', 'HEAD']);
    }
    /** Current branch name, or undefined on a detached HEAD. */
    async currentBranch() {
        const r = await this.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true });
        return r.code === 0 ? r.stdout.trim() : undefined;
    }
    /**
     * One `rev-parse` for the facts every query needs: inside a work tree?, shallow?, HEAD's commit (undefined on
     * an unborn branch). Throws the actionable "not a git repository" error.
     */
    async probe() {
        const r = await this.run(['rev-parse', '--is-inside-work-tree', '--is-shallow-repository', '--verify', '--quiet', 'HEAD^{commit}'], {
            allowFailure: true,
        });
        const lines = r.stdout.trim().split('\n');
        if (lines[0] !== 'true') {
            const why = r.stderr.trim();
            const detail = why && !/not a git repository/i.test(why) ? ` (git says: ${redact(why.split('\n')[0])})` : '';
            throw notARepository(this.cwd, detail);
        }
        const head = r.code === 0 && /^[0-9a-f]{40,64}$/.test(lines[2] ?? '') ? lines[2] : undefined;
        return { shallow: lines[1] === 'true', ...(head ? { head } : {}) };
    }
    /** HEAD's commit id, or undefined when the branch has no commits yet. */
    async headCommit() {
        const r = await this.run(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { allowFailure: true });
        return r.code === 0 ? r.stdout.trim() : undefined;
    }
    /** Every tag name (reads refs and packed-refs only, no history walk). */
    async tagNames() {
        const out = await this.text(['for-each-ref', '--format=%(refname:strip=2)', 'refs/tags']);
        return out === '' ? [] : out.split('\n');
    }
    /**
     * Every tag with the object its ref names, in one `for-each-ref` (refs and packed-refs; no history walk).
     * For an annotated tag that is the tag object: revision ranges (`<obj>..HEAD`) peel it, and `commitOf`
     * peels one. Not peeling here keeps the query O(refs) without object reads: `%(*objectname)` made it
     * ~3.5× slower on 2,500 tags (bench/next-version.mjs, L).
     */
    async tagTargets() {
        const out = await this.text(['for-each-ref', '--format=%(refname:strip=2)%00%(objectname)', 'refs/tags']);
        const map = new Map();
        if (out === '')
            return map;
        for (const line of out.split('\n')) {
            const i = line.indexOf('\0');
            if (i > 0)
                map.set(line.slice(0, i), line.slice(i + 1));
        }
        return map;
    }
    /**
     * A nearest tag reachable from `rev` matching the glob `match` and none of `exclude`
     * (`git describe --tags --abbrev=0`), or undefined when there is none.
     */
    async describeNearestTag(match, exclude = [], rev = 'HEAD') {
        // --candidates=1: stop at the first matching tag met walking back from `rev` (any reachable match will do for
        // callers that check higher versions themselves; it keeps the walk O(distance to that tag)).
        const args = ['describe', '--tags', '--abbrev=0', '--candidates=1', '--match', match];
        for (const e of exclude)
            args.push('--exclude', e);
        args.push(rev);
        const r = await this.run(args, { allowFailure: true });
        if (r.code === 0)
            return r.stdout.trim() || undefined;
        if (/no names found|no tags can describe|cannot describe/i.test(r.stderr))
            return undefined;
        throw gitFailed(args, r.code, r.stderr.trim());
    }
    /** True when `ancestor` is reachable from `descendant` (`merge-base --is-ancestor`); false for non-commits. */
    async isAncestor(ancestor, descendant = 'HEAD') {
        const r = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { allowFailure: true });
        if (r.code === 0)
            return true;
        if (r.code === 1)
            return false;
        return false;
    }
    /** Refs matching `patterns` (full names) with their commits, annotated tags peeled: one for-each-ref. */
    async localTags(patterns) {
        const out = await this.text(['for-each-ref', '--format=%(refname)%00%(objectname)%00%(*objectname)', ...patterns]);
        const map = new Map();
        for (const line of out ? out.split('\n') : []) {
            const [ref, obj, peeled] = line.split('\0');
            if (ref)
                map.set(ref, peeled || obj);
        }
        return map;
    }
    /** Which of `tags` are reachable from `rev`: one `for-each-ref --merged` query limited to those refs. */
    async tagsMergedInto(tags, rev = 'HEAD') {
        if (!tags.length)
            return new Set();
        const out = await this.text(['for-each-ref', `--merged=${rev}`, '--format=%(refname:strip=2)', ...tags.map((t) => `refs/tags/${t}`)]);
        return new Set(out === '' ? [] : out.split('\n'));
    }
    /** The commit a ref points to (annotated tags peeled). */
    async commitOf(ref) {
        return this.text(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    }
    /**
     * Commits of a revision range in ONE `git log` (NUL-separated, newest first): full messages, the tags on each
     * commit, and with `files` the changed paths (no rename detection, so a move counts for both sides).
     */
    async logCommits(range, opts = {}) {
        // git writes the (possibly large) log straight to a temp file, read back in one piece: no pipe chunking,
        // one string to parse.
        const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'relforge-git-'));
        const file = join(dir, 'log');
        try {
            const args = ['-c', 'log.showSignature=false', 'log', '-z', `--format=${LOG_FORMAT}`, '--decorate-refs=refs/tags/', '--no-color', `--output=${file}`];
            if (opts.files)
                args.push('--name-only', '--no-renames');
            args.push(...range, '--');
            await this.run(args);
            return parseLogOutput(readFileSync(file, 'utf8'), !!opts.files);
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }
    /**
     * The same commits as logCommits, handed to `onCommit` while git still writes (one pass, nothing buffered
     * but the current record): the caller's work overlaps git's. `reverse`: oldest first. `boundary`: also the
     * boundary commits (marked `boundary`; with `reverse` they come first). `tags: false`: no decorations.
     * An exception thrown by `onCommit` stops git and rejects with it.
     */
    async streamCommits(range, opts, onCommit) {
        let format = opts.boundary ? LOG_FORMAT_MARKED : LOG_FORMAT;
        // Without tags the decorations field stays empty (git loads no refs for it).
        if (opts.tags === false)
            format = format.replace('%D', '');
        const args = ['-c', 'log.showSignature=false', 'log', '-z', `--format=${format}`, ...(opts.tags === false ? [] : ['--decorate-refs=refs/tags/']), '--no-color'];
        if (opts.files)
            args.push('--name-only', '--no-renames');
        if (opts.reverse)
            args.push('--reverse');
        if (opts.boundary)
            args.push('--boundary');
        args.push(...range, '--');
        const parser = new LogStreamParser(!!opts.files, onCommit, !!opts.boundary);
        const stderr = [];
        let failure;
        const code = await new Promise((resolvePromise, reject) => {
            const child = spawnGit(this.cwd, args, undefined, false, reject);
            child.stdout.setEncoding('utf8');
            child.stdout.on('data', (text) => {
                if (failure !== undefined)
                    return;
                try {
                    parser.push(text);
                }
                catch (err) {
                    failure = err;
                    child.kill();
                }
            });
            child.stderr.on('data', (d) => stderr.push(d));
            child.on('close', (c) => resolvePromise(c ?? -1));
        });
        if (failure !== undefined)
            throw failure;
        if (code !== 0)
            throw gitFailed(args, code, Buffer.concat(stderr).toString('utf8').trim());
        parser.end();
    }
}

;// CONCATENATED MODULE: ./src/git/release-time.ts
/**
 * The time a reproducible artifact carries (trusted-comment timestamps, the package manifest's `created`):
 * SOURCE_DATE_EPOCH when set (reproducible-builds.org: a whole number of seconds; anything else is refused),
 * else the committer time of `rev` (when given) in the repository at `cwd`. Undefined when neither is available: the
 * caller falls back to the clock and says that a re-run will differ.
 */



async function release_time_releaseTime(o) {
    const epoch = (o.env ?? process.env).SOURCE_DATE_EPOCH?.trim();
    if (epoch) {
        if (!/^\d{1,12}$/.test(epoch))
            throw new RelforgeError(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got "${epoch.slice(0, 40)}".`);
        return { seconds: Number(epoch), source: 'SOURCE_DATE_EPOCH' };
    }
    if (!o.rev)
        return undefined;
    const r = await new Git(resolve(o.cwd ?? process.cwd())).run(['show', '-s', '--format=%ct', `${o.rev}^{commit}`], { allowFailure: true }).catch(() => undefined);
    const ct = r?.code === 0 ? r.stdout.trim() : '';
    return /^\d{1,12}$/.test(ct) ? { seconds: Number(ct), source: 'commit' } : undefined;
}

;// CONCATENATED MODULE: ./src/publishing/core/checksums.ts
/**
 * SHA256SUMS in the format GNU `sha256sum -c` reads: `<64 hex>  <name>` (two spaces = text mode, which is
 * binary-identical on POSIX). Names are relative to the SHA256SUMS folder with `/` separators. Names with a
 * backslash or a line break use coreutils' escaping: the line starts with `\`, and `\\` / `\n` / `\r` stand
 * for the characters.
 */

function escapeName(name) {
    if (!/[\\\n\r]/.test(name))
        return { escaped: false, text: name };
    return { escaped: true, text: name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r') };
}
function checksums_formatChecksums(entries) {
    return entries
        .map(({ name, sha256 }) => {
        if (!/^[0-9a-f]{64}$/.test(sha256))
            throw new RelforgeError(`Internal: "${sha256}" is not a SHA-256 hex digest.`);
        if (name === '')
            throw new RelforgeError('Internal: empty name in SHA256SUMS.');
        const e = escapeName(name);
        return `${e.escaped ? '\\' : ''}${sha256}  ${e.text}\n`;
    })
        .join('');
}
/** Parses `sha256sum` output (text `  ` or binary ` *` mode, escaped names). */
function parseChecksums(text) {
    const out = [];
    for (const raw of text.split('\n')) {
        if (raw.trim() === '')
            continue;
        const line = raw.replace(/\r$/, '');
        const m = /^(\\?)([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
        if (!m)
            throw new RelforgeError(`Malformed SHA256SUMS line: "${line.slice(0, 120)}"`);
        let name = m[3];
        if (m[1])
            name = name.replace(/\\(\\|n|r)/g, (_, c) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
        out.push({ name, sha256: m[2].toLowerCase() });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/packages/core/platform.ts
/**
 * Platform keys for signed packages: `<os>-<arch>[-<bundle>]`, the same keys Tauri's updater uses
 * (formats.md §3), e.g. `windows-x86_64`, `linux-aarch64`, `darwin-aarch64`, `linux-x86_64-deb`.
 *
 * Pure: canonical names, a documented alias table, and inference from file names such as
 * `agent-linux-amd64`, `agent_windows_x86_64.exe` or `agent-1.2.3-darwin-arm64.tar.gz`.
 * Inference never guesses: a name with no OS/arch token, or with two different ones, is an error
 * that tells the user to name the platform explicitly (a `platform: file` map).
 */

const OSES = (/* unused pure expression or super */ null && (['linux', 'darwin', 'windows', 'freebsd']));
const ARCHES = (/* unused pure expression or super */ null && (['x86_64', 'aarch64', 'i686', 'armv7', 'riscv64']));
const BUNDLES = (/* unused pure expression or super */ null && (['appimage', 'deb', 'rpm', 'app', 'dmg', 'msi', 'nsis']));
/**
 * Alias table (lower case). Left: the spellings found in file names and build matrices
 * (Go GOOS/GOARCH, Rust target triples, Node `process.platform/arch`, Debian/RPM arches);
 * right: the canonical value. Bare `arm` is deliberately absent: it may mean ARMv6 or ARMv7.
 */
const OS_ALIASES = {
    linux: 'linux',
    darwin: 'darwin',
    macos: 'darwin',
    mac: 'darwin',
    osx: 'darwin',
    apple: 'darwin',
    windows: 'windows',
    win: 'windows',
    win32: 'windows',
    win64: 'windows',
    mingw: 'windows',
    freebsd: 'freebsd',
};
const ARCH_ALIASES = {
    x86_64: 'x86_64',
    'x86-64': 'x86_64',
    amd64: 'x86_64',
    x64: 'x86_64',
    aarch64: 'aarch64',
    arm64: 'aarch64',
    armv8: 'aarch64',
    i686: 'i686',
    i586: 'i686',
    i386: 'i686',
    '386': 'i686',
    x86: 'i686',
    ia32: 'i686',
    armv7: 'armv7',
    armv7l: 'armv7',
    armhf: 'armv7',
    riscv64: 'riscv64',
};
/** File-name endings that name an installer format (bundle) and the OS it implies. Longest first. */
const BUNDLE_SUFFIXES = (/* unused pure expression or super */ null && ([
    ['.appimage.tar.gz', 'appimage', 'linux'],
    ['.app.tar.gz', 'app', 'darwin'],
    ['.msi.zip', 'msi', 'windows'],
    ['-setup.exe', 'nsis', 'windows'],
    ['.nsis.zip', 'nsis', 'windows'],
    ['.appimage', 'appimage', 'linux'],
    ['.deb', 'deb', 'linux'],
    ['.rpm', 'rpm', 'linux'],
    ['.dmg', 'dmg', 'darwin'],
    ['.msi', 'msi', 'windows'],
]));
/** Endings that imply an OS without naming a bundle. */
const OS_SUFFIXES = (/* unused pure expression or super */ null && ([['.exe', 'windows']]));
/** A platform key or file name that does not say one platform (a FormatError: the text is not what it claims). */
class PlatformError extends (/* unused pure expression or super */ null && (FormatError)) {
}
function platform_formatPlatform(p) {
    return p.bundle ? `${p.os}-${p.arch}-${p.bundle}` : `${p.os}-${p.arch}`;
}
const isOs = (v) => OSES.includes(v);
const isArch = (v) => ARCHES.includes(v);
const isBundle = (v) => BUNDLES.includes(v);
/** Parses a canonical key (`linux-x86_64`, `windows-x86_64-msi`); throws on anything else. */
function parsePlatformKey(key) {
    const m = /^([a-z0-9]+)-(x86_64|[a-z0-9]+)(?:-([a-z0-9]+))?$/.exec(key);
    if (m && isOs(m[1]) && isArch(m[2]) && (m[3] === undefined || isBundle(m[3]))) {
        return m[3] ? { os: m[1], arch: m[2], bundle: m[3] } : { os: m[1], arch: m[2] };
    }
    throw new PlatformError(`"${key}" is not a platform key: use <os>-<arch>[-<bundle>] with os one of ${OSES.join(', ')}; ` +
        `arch one of ${ARCHES.join(', ')}; bundle one of ${BUNDLES.join(', ')} (e.g. linux-x86_64, windows-x86_64-msi).`);
}
function isPlatformKey(key) {
    try {
        parsePlatformKey(key);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Accepts a canonical key or an aliased one (`linux-amd64`, `macos-arm64`, `win-x64-msi`) and returns
 * the canonical key. Used for `platform: file` map keys and the `require-platforms` list.
 */
function normalizePlatformKey(raw) {
    const key = raw.trim().toLowerCase();
    // x86_64 / x86-64 contain the separator; protect them before splitting.
    const protectedKey = key.replace(/x86[-_]64/g, 'x86_64');
    const parts = protectedKey.split('-');
    if (parts.length === 2 || parts.length === 3) {
        const os = OS_ALIASES[parts[0]];
        const arch = ARCH_ALIASES[parts[1]];
        const bundle = parts[2];
        if (os && arch && (bundle === undefined || isBundle(bundle)))
            return platform_formatPlatform(bundle ? { os, arch, bundle } : { os, arch });
    }
    return platform_formatPlatform(parsePlatformKey(raw.trim()));
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Finds alias tokens in a (lower-case) name: longest alias first, separated by `-`, `_`, `.`, space or the ends. */
function findTokens(name, table) {
    const aliases = Object.keys(table).sort((a, b) => b.length - a.length);
    const re = new RegExp(`(?<=^|[-_. +])(${aliases.map(escapeRe).join('|')})(?=$|[-_. +])`, 'g');
    const out = [];
    for (const m of name.matchAll(re)) {
        const alias = m[1];
        // A purely numeric alias (Go's "386") inside a dotted version number ("1.386.0") is not an arch.
        if (/^\d+$/.test(alias)) {
            const before = name[m.index - 1];
            const after = name[m.index + alias.length];
            if (before === '.' || after === '.')
                continue;
        }
        out.push({ alias, value: table[alias] });
    }
    return out;
}
/**
 * Infers the platform of a package from its file name. Recognises the aliases above and the installer
 * endings in BUNDLE_SUFFIXES (which also imply the OS: `.deb` → linux, `.msi` → windows…).
 * Throws a PlatformError naming the file and the fix when the name is ambiguous or says nothing.
 */
function platform_inferPlatform(fileName) {
    const lower = fileName.toLowerCase();
    let bundle;
    let impliedOs;
    let stem = lower;
    for (const [suffix, b, os] of BUNDLE_SUFFIXES) {
        if (lower.endsWith(suffix)) {
            bundle = b;
            impliedOs = os;
            stem = lower.slice(0, -suffix.length);
            break;
        }
    }
    if (!impliedOs) {
        for (const [suffix, os] of OS_SUFFIXES) {
            if (lower.endsWith(suffix)) {
                impliedOs = os;
                stem = lower.slice(0, -suffix.length);
            }
        }
    }
    const fix = `name the platform explicitly with a "platform: file" map in the packages input (e.g. "linux-x86_64: ${fileName}")`;
    const osTokens = [...new Set(findTokens(stem, OS_ALIASES).map((t) => t.value))];
    const archTokens = [...new Set(findTokens(stem, ARCH_ALIASES).map((t) => t.value))];
    if (osTokens.length > 1)
        throw new PlatformError(`Cannot tell the platform of "${fileName}": it names several operating systems (${osTokens.join(', ')}); ${fix}.`);
    if (archTokens.length > 1)
        throw new PlatformError(`Cannot tell the platform of "${fileName}": it names several architectures (${archTokens.join(', ')}); ${fix}.`);
    const os = osTokens[0] ?? impliedOs;
    if (osTokens[0] && impliedOs && osTokens[0] !== impliedOs) {
        throw new PlatformError(`Cannot tell the platform of "${fileName}": the name says ${osTokens[0]} but the file type is a ${impliedOs} format; ${fix}.`);
    }
    const arch = archTokens[0];
    if (!os || !arch) {
        const missing = [!os ? 'operating system (linux, darwin/macos, windows…)' : '', !arch ? 'architecture (amd64/x86_64, arm64/aarch64…)' : '']
            .filter(Boolean)
            .join(' and ');
        throw new PlatformError(`Cannot tell the platform of "${fileName}": no ${missing} in the name; ${fix}.`);
    }
    return bundle ? { os, arch, bundle } : { os, arch };
}
/** The Tauri fallback chain for a key: `linux-x86_64-deb` → [`linux-x86_64-deb`, `linux-x86_64`]. */
function platformLookupOrder(key) {
    const p = parsePlatformKey(key);
    return p.bundle ? [key, `${p.os}-${p.arch}`] : [key];
}
/** Tauri's updater accepts a narrower set (formats.md §3). */
const TAURI_OSES = (/* unused pure expression or super */ null && (['linux', 'darwin', 'windows']));
const TAURI_ARCHES = (/* unused pure expression or super */ null && (['x86_64', 'aarch64', 'i686', 'armv7']));
const TAURI_BUNDLES = (/* unused pure expression or super */ null && (['appimage', 'deb', 'rpm', 'app', 'msi', 'nsis']));
function isTauriPlatform(key) {
    const p = parsePlatformKey(key);
    return TAURI_OSES.includes(p.os) && TAURI_ARCHES.includes(p.arch) && (p.bundle === undefined || TAURI_BUNDLES.includes(p.bundle));
}

;// CONCATENATED MODULE: ./src/signing/staged-write.ts
/**
 * The signers' one write sequence (design.md "Signers"): write every output to a temporary file next to its
 * target → verify the temporary files independently → commit (rename each into place) or roll back.
 *
 *   const result = await stagedWrite({
 *     write: async (stage) => { await writeFile(stage.temp(target), text, { flag: 'wx' }); return … },
 *     verify: async (result, stage) => { …read stage.temp(target) back and check it… },
 *   });
 *
 * Temporary files live in the target's folder, so the commit is a rename on one file system. A target that
 * existed is moved aside first and put back if a later rename fails, so a failure at any step leaves every
 * target as it was (no half-signed set, no lost earlier signature). Targets marked `keep` are left untouched
 * (an existing output that already verifies; see the Ed25519 signer's re-run rule).
 */





/** Names of the temporary files (and moved-aside targets) a run may leave behind when it is killed. */
const staged_write_STAGED_NAME = /\.relforge-tmp-\d+-[0-9a-f]{8}(?:\.old)?$/;
class StageImpl {
    entries = new Map();
    tag = `.relforge-tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
    temp(target) {
        let e = this.entries.get(target);
        if (!e) {
            e = { target, temp: join(dirname(target), `.${basename(target)}${this.tag}`), keep: false };
            this.entries.set(target, e);
        }
        return e.temp;
    }
    keep(target) {
        this.temp(target);
        this.entries.get(target).keep = true;
    }
    current(target) {
        const e = this.entries.get(target);
        return e && !e.keep ? e.temp : target;
    }
    backup(target) {
        return join(dirname(target), `.${basename(target)}${this.tag}.old`);
    }
}
/** Runs write → verify → commit; on any failure removes the temporary files and restores every target. */
async function staged_write_stagedWrite(steps, opts = {}) {
    const stage = new StageImpl();
    try {
        const result = await steps.write(stage);
        await steps.verify(result, stage);
        await commit(stage, steps, opts);
        return result;
    }
    finally {
        for (const e of stage.entries.values())
            await rm(e.temp, { force: true }).catch(() => { });
    }
}
async function commit(stage, steps, opts) {
    const done = [];
    try {
        for (const entry of stage.entries.values()) {
            if (entry.keep)
                continue;
            const mode = steps.mode?.(entry.target);
            if (mode !== undefined)
                await chmod(entry.temp, mode);
            const backup = existsSync(entry.target) ? stage.backup(entry.target) : undefined;
            if (backup)
                await rename(entry.target, backup);
            done.push({ entry, backup });
            await rename(entry.temp, entry.target);
        }
    }
    catch (err) {
        await rollBack(done, opts);
        throw err instanceof RelforgeError ? err : new RelforgeError(`Could not move the verified outputs into place: ${errorMessage(err)}. Every target was restored.`, { cause: err });
    }
    for (const d of done)
        if (d.backup)
            await rm(d.backup, { force: true }).catch(() => { });
}
async function rollBack(done, opts) {
    for (const { entry, backup } of done.reverse()) {
        try {
            if (backup)
                await rename(backup, entry.target);
            else
                await rm(entry.target, { force: true });
        }
        catch (err) {
            opts.log?.(`could not restore ${entry.target}: ${errorMessage(err)}${backup ? ` (its earlier content is in ${backup})` : ''}`);
        }
    }
    if (done.length)
        opts.log?.(`restored the ${done.length} file(s) this run had replaced`);
}

;// CONCATENATED MODULE: ./src/signing/minisign/sign-files.ts
/**
 * signFiles: the sign-ed25519 action's (and `relforge sign`'s) operation, fail-closed. Shape (design.md
 * "Signers"): prepare (load + pin-check the key, before any file is read) → sign into temporary files →
 * verify each signature independently against the file on disk → commit (../staged-write.ts). Any failure
 * leaves every signature and checksum file as it was before the run.
 *
 * Re-runs change nothing: the trusted comment's timestamp comes from SOURCE_DATE_EPOCH, else the commit time of
 * HEAD, not the clock; and an existing signature that verifies the same bytes with the pinned key and carries the
 * same comment (version, file, platform) keeps its timestamp. Ed25519 is deterministic, so a re-run writes
 * byte-identical `.minisig` files and SHA256SUMS (and leaves them untouched on disk).
 */

















/**
 * Signs every file fail-closed. Returns only when every signature (and SHA256SUMS with its signature)
 * is written and verified; otherwise throws, leaving every signature and checksum file as it was.
 */
async function signFiles(settings) {
    const p = await prepare(settings);
    const cwd = resolve(settings.cwd ?? process.cwd());
    const { plan, sumsPath } = await planOutputs(p, cwd);
    const workers = p.format === 'minisign' && p.algorithm === 'ED' ? Math.min(settings.workers ?? Math.min(2, availableParallelism()), plan.length) : 0;
    const pool = workers > 0 ? new HashPool(workers) : undefined;
    const unchanged = [];
    try {
        const written = await stagedWrite({
            write: async (stage) => {
                const signed = await signAll(p, plan, stage, pool, unchanged);
                return { signed, sums: sumsPath ? await writeChecksums(p, signed, sumsPath, stage, unchanged) : undefined };
            },
            verify: async (w, stage) => verifyWritten(p, w, stage),
        }, { log: p.log });
        return {
            signatures: written.signed.map((x) => ({ file: x.file, signature: x.target, sha256: x.sha256, size: x.size, keyId: p.key.keyIdHex })),
            publicKey: p.key.publicKeyText,
            keyId: p.key.keyIdHex,
            checksumsFile: written.sums?.path,
            checksumsSignature: written.sums?.sigPath,
            format: p.format,
            algorithm: p.algorithm,
            timestamp: p.timestamp,
            timestampSource: p.timestampSource,
            unchanged,
        };
    }
    catch (err) {
        throw err instanceof RelforgeError ? err : new RelforgeError(`Signing failed: ${errorMessage(err)}`, { cause: err });
    }
    finally {
        await pool?.close();
    }
}
async function prepare(s) {
    const log = s.log ?? (() => { });
    const format = s.format ?? 'minisign';
    const algorithm = s.algorithm ?? 'ED';
    if (format !== 'minisign' && format !== 'raw')
        throw fieldError('format', `must be minisign or raw, got "${String(format)}".`);
    if (algorithm !== 'ED' && algorithm !== 'Ed')
        throw fieldError('algorithm', `must be ED (prehashed, default) or Ed (legacy), got "${String(algorithm)}".`);
    // Key first, before any file is read.
    const key = checkKeyPin(s.key ?? (await loadSigningKey(s.privateKey ?? '', s.password)), s.publicKey);
    const pinned = parsePublicKey(s.publicKey || key.publicKeyText);
    const { timestamp, source } = await resolveTimestamp(s, log);
    // Template check once, so a bad comment or value fails before reading files.
    renderComment(s.trustedComment, { version: s.version, file: 'x', platform: s.platform === 'none' ? undefined : s.platform, timestamp });
    if (s.trustedComment && s.version && !/version:/.test(s.trustedComment)) {
        log(`warning: the trusted-comment has no "version:" field, so verifiers cannot bind signatures to version ${s.version}.`);
    }
    return { s, log, format, algorithm, ext: format === 'raw' ? '.sig' : '.minisig', key, pinned, timestamp, timestampSource: source, checksums: s.checksums ?? true };
}
/**
 * The {timestamp}: the setting, else SOURCE_DATE_EPOCH, else the commit time of HEAD (so a re-run of the same
 * commit signs identically), else the clock (with a note: re-runs will then differ).
 */
async function resolveTimestamp(s, log = () => { }) {
    const given = s.timestamp ?? s.now;
    if (given !== undefined)
        return { timestamp: given, source: 'setting' };
    const t = await releaseTime({ env: s.env, cwd: s.cwd, rev: 'HEAD' });
    if (t)
        return { timestamp: t.seconds, source: t.source };
    log('note: no SOURCE_DATE_EPOCH and no git commit here: the trusted comments take their timestamp from the clock, so a re-run signs differently.');
    return { timestamp: Math.floor(Date.now() / 1000), source: 'clock' };
}
async function planOutputs(p, cwd) {
    const { s, ext } = p;
    const files = await expandFiles(s.files, { cwd, inputName: 'files', allowOutsideWorkspace: s.allowOutsideWorkspace, allowOption: 'allow-outside-workspace', env: s.env });
    const outDir = s.outputDir ? resolve(cwd, s.outputDir) : undefined;
    if (outDir)
        await mkdir(outDir, { recursive: true });
    const sumsPath = p.checksums ? join(outDir ?? dirname(files[0]), 'SHA256SUMS') : undefined;
    // Re-runs over a glob like dist/* must not sign our own outputs.
    const set = new Set(files);
    const inputs = files.filter((f) => {
        const own = STAGED_NAME.test(f) ||
            f === sumsPath ||
            (sumsPath !== undefined && f === sumsPath + ext) ||
            (f.endsWith(ext) && set.has(f.slice(0, -ext.length))) ||
            (outDir !== undefined && f.endsWith(ext) && dirname(f) === outDir);
        if (own)
            p.log(`skipping ${f}: it is an output of this action (signature, checksum or temporary file)`);
        return !own;
    });
    if (inputs.length === 0)
        throw fieldError('files', 'matched only signature or checksum files from an earlier run; nothing to sign.');
    const targets = new Set();
    const plan = inputs.map((file) => {
        const name = basename(file);
        const target = join(outDir ?? dirname(file), name + ext);
        if (targets.has(target))
            throw fieldError('files', `has two files that would write the same signature ${target}: give files with distinct names or drop {{output-dir}}.`);
        targets.add(target);
        return { file, name, target };
    });
    return { plan, sumsPath };
}
async function signAll(p, plan, stage, pool, unchanged) {
    const signed = new Map();
    const one = async (x) => {
        const existing = await readSmall(x.target);
        const r = await signOne(p, x, existing, pool);
        signed.set(x.file, r);
        if (r.text === existing) {
            stage.keep(x.target);
            unchanged.push(x.target);
        }
        else {
            await writeFile(stage.temp(x.target), r.text, { flag: 'wx' });
        }
    };
    if (pool) {
        // Largest first, so two workers finish together. Wait for every job (even after a failure) so that no job
        // writes a temp file after the rollback has run.
        const sizes = new Map();
        for (const x of plan)
            sizes.set(x.file, Number((await fingerprint(x.file).catch(() => ({ size: 0n }))).size));
        const order = [...plan].sort((a, b) => sizes.get(b.file) - sizes.get(a.file));
        const outcomes = await Promise.allSettled(order.map(one));
        const failed = outcomes.find((o) => o.status === 'rejected');
        if (failed)
            throw failed.reason;
    }
    else {
        // One file at a time: raw/Ed hold a whole file in memory, and main-thread hashing gains nothing from overlap.
        for (const x of plan)
            await one(x);
    }
    return plan.map((x) => signed.get(x.file));
}
/** Signs one file; `existing` is the target's current text (an earlier run's signature), if any. */
async function signOne(p, x, existing, pool) {
    const before = await fingerprint(x.file).catch((err) => {
        throw new RelforgeError(`Could not read ${x.file}: ${errorMessage(err)}`);
    });
    const fields = { version: p.s.version, file: x.name, platform: platformOf(x.name, p.s.platform), timestamp: p.timestamp };
    if (p.format === 'raw' || p.algorithm === 'Ed') {
        const data = await readBounded(x.file, p.format === 'raw' ? 'format: raw' : 'legacy "Ed" signatures');
        const sha256 = p.checksums ? createHash('sha256').update(data).digest('hex') : null;
        if (p.format === 'raw')
            return { ...x, text: signRaw(data, p.key) + '\n', sha256, size: data.length, before };
        const comment = reusableComment(p, existing, fields, { data });
        const text = signMessage(p.key.privateKey, p.key.keyId, data, { algorithm: 'Ed', trustedComment: comment, untrustedComment: p.s.untrustedComment });
        return { ...x, text, sha256, size: data.length, before };
    }
    let d;
    try {
        d = pool ? await pool.hash(x.file, p.checksums) : await hashOnMainThread(x.file, p.checksums);
    }
    catch (err) {
        throw new RelforgeError(`Could not read ${x.file}: ${errorMessage(err)}`);
    }
    const digest = Buffer.from(d.blake2b512, 'hex');
    const comment = reusableComment(p, existing, fields, { digest });
    const text = signPrehashed(p.key.privateKey, p.key.keyId, digest, { trustedComment: comment, untrustedComment: p.s.untrustedComment });
    return { ...x, text, sha256: d.sha256 ?? null, size: d.size, digest, before };
}
/**
 * The trusted comment for a target. When the target already holds a signature (`existing`, its text) that verifies
 * these bytes with the pinned key and says the same thing except possibly the timestamp, its timestamp is kept:
 * re-running a successful signing step then produces the same bytes.
 */
function reusableComment(p, existing, fields, message) {
    const fresh = renderComment(p.s.trustedComment, fields);
    if (existing === undefined)
        return fresh;
    try {
        const sig = parseSignature(existing);
        if (sig.algorithm !== p.algorithm)
            return fresh;
        verifySignature(sig, p.pinned, message);
        const ts = commentTimestamp(sig.trustedComment);
        if (ts === undefined || ts === fields.timestamp)
            return fresh;
        const same = renderComment(p.s.trustedComment, { ...fields, timestamp: ts });
        return same === sig.trustedComment ? same : fresh;
    }
    catch {
        return fresh; // not a valid signature of these bytes by this key: replaced
    }
}
async function writeChecksums(p, signed, sumsPath, stage, unchanged) {
    const sumsDir = dirname(sumsPath);
    const data = Buffer.from(formatChecksums(signed.map((x) => ({ name: relative(sumsDir, x.file).split(sep).join('/'), sha256: x.sha256 }))), 'utf8');
    const sigPath = sumsPath + p.ext;
    const fields = { version: p.s.version, file: 'SHA256SUMS', platform: p.s.platform === 'none' ? undefined : p.s.platform, timestamp: p.timestamp };
    const oldSig = await readSmall(sigPath);
    const sigText = p.format === 'raw'
        ? signRaw(data, p.key) + '\n'
        : signMessage(p.key.privateKey, p.key.keyId, data, {
            algorithm: p.algorithm,
            trustedComment: reusableComment(p, oldSig, fields, { data }),
            untrustedComment: p.s.untrustedComment,
        });
    const outputs = [
        [sumsPath, data, await readSmall(sumsPath, 64 * 1024 * 1024)],
        [sigPath, Buffer.from(sigText), oldSig],
    ];
    for (const [path, content, old] of outputs) {
        if (old !== undefined && Buffer.from(old).equals(content)) {
            stage.keep(path);
            unchanged.push(path);
        }
        else {
            await writeFile(stage.temp(path), content, { flag: 'wx' });
        }
    }
    return { path: sumsPath, sigPath, data, sigText };
}
/** Verify-after-sign: each written signature read back and checked with the pinned key; inputs unchanged. */
async function verifyWritten(p, w, stage) {
    const read = (target) => readFile(stage.current(target), 'utf8');
    for (const x of w.signed) {
        const text = await read(x.target);
        const after = await fingerprint(x.file);
        if (!sameFingerprint(x.before, after) || Number(after.size) !== x.size) {
            throw new RelforgeError(`${x.file} changed while it was being signed (size, mtime or inode differ): nothing was published; re-run the step.`);
        }
        try {
            if (p.format === 'raw')
                await verifyRawFile(x.file, text.trim(), p.pinned.publicKey);
            else if (p.s.reread || p.algorithm === 'Ed')
                await verifyFile(x.file, text, p.pinned);
            else
                verifySignature(parseSignature(text), p.pinned, { digest: x.digest });
        }
        catch (err) {
            throw new RelforgeError(`Verify-after-sign failed for ${x.file}: ${errorMessage(err)} Nothing was published.`, { cause: err });
        }
    }
    if (!w.sums)
        return;
    const onDisk = Buffer.from(await read(w.sums.path));
    const sigText = await read(w.sums.sigPath);
    try {
        if (!onDisk.equals(w.sums.data))
            throw new RelforgeError('the file on disk differs from what was written.');
        if (p.format === 'raw')
            await verifyRawFile(stage.current(w.sums.path), sigText.trim(), p.pinned.publicKey);
        else
            verifyBuffer(onDisk, sigText, p.pinned);
    }
    catch (err) {
        throw new RelforgeError(`Verify-after-sign failed for SHA256SUMS: ${errorMessage(err)}`, { cause: err });
    }
}
/** A small existing output's text, or undefined when there is none (or it is too large to be one of ours). */
async function readSmall(path, max = 64 * 1024) {
    try {
        const s = await stat(path);
        if (!s.isFile() || s.size > max)
            return undefined;
        return await readFile(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
/**
 * The `platform:` of a file: the `platform` setting when given (`none` leaves the field out), else inferred from
 * the file name with the packages alias table (`agent-linux-amd64` → `linux-x86_64`); unknown → left out.
 */
function platformOf(name, setting) {
    if (setting === 'none')
        return undefined;
    if (setting)
        return setting;
    try {
        return formatPlatform(inferPlatform(name));
    }
    catch {
        return undefined;
    }
}
function renderComment(template, fields) {
    try {
        return sanitizeComment(renderTrustedComment(template, fields), 'trusted');
    }
    catch (err) {
        throw new RelforgeError(errorMessage(err), { cause: err });
    }
}
async function fingerprint(path) {
    const s = await stat(path, { bigint: true });
    if (!s.isFile())
        throw new RelforgeError(`${path} is not a regular file.`);
    return { dev: s.dev, ino: s.ino, size: s.size, mtimeNs: s.mtimeNs, ctimeNs: s.ctimeNs };
}
const sameFingerprint = (a, b) => a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;

;// CONCATENATED MODULE: ./src/signing/minisign/signer.ts
/**
 * The Ed25519 (minisign format) signer and verifier, one import for the library API and the packages code:
 *   ./keys.ts        loadSigningKey, checkKeyPin, generateKeyPair, derivedKeyId
 *   ./sign-file.ts   signFile, signBuffer, signRaw, RAW_SIZE_LIMIT (legacy `Ed` / raw signing in memory)
 *   ./verify.ts      verifyFile, verifyBuffer, verifyRawFile, legacyMessage (every algorithm in bounded memory)
 *   ./sign-files.ts  signFiles: the sign-ed25519 operation (fail-closed, reproducible, SHA256SUMS)
 *   ./options.ts     the option schemas of sign-ed25519 / verify / keygen and their mapping to settings
 *   ./core/          the formats (pure)
 */






;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./src/platform/url.ts
/**
 * URL inputs (api-url, upload-url, base-url…): checked once, with the problem worded by field.
 * Credentials never travel inside a URL: userinfo (`https://user:pass@host/`) would end up in logs, outputs,
 * step summaries and signed manifests, so it is refused with the fix (use the token inputs).
 */
function isLoopbackHost(hostname) {
    const h = hostname.replace(/^\[|\]$/g, '');
    return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}
/** https, or plain http to a loopback address (local emulators, tests): the one scheme rule of every URL. Pure. */
function url_isSecureUrl(u) {
    return u.protocol === 'https:' || (u.protocol === 'http:' && isLoopbackHost(u.hostname));
}
/** Why `value` is not an acceptable URL input (continues after the field's name), or undefined. */
function urlInputProblem(value, opts = {}) {
    // Templates such as {platform} or {file} are allowed in some inputs; check the URL with them filled in.
    const probe = opts.allowTemplate ? value.replace(/\{[a-z_]+\}/g, 'x') : value;
    let u;
    try {
        u = new URL(probe);
    }
    catch {
        return 'is not a valid URL.';
    }
    if (u.username || u.password)
        return 'must not contain a user name or password (https://user:pass@host/…): they would be printed in logs and published in outputs. Pass credentials through the token input (a secret) instead.';
    if (!url_isSecureUrl(u))
        return `must use https:// (plain http is only accepted for loopback addresses), got "${u.protocol}//${u.host}".`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/platform/retry.ts
/**
 * The one retry loop: attempts, exponential backoff (doubling from `baseDelayMs`, capped at `maxDelayMs`),
 * a total deadline, and a decision per failure. The HTTP client's policy (429/5xx/network, `retry-after`,
 * `x-ratelimit-*`) is one `decide` function built on this; other callers (re-listing after a lost race,
 * re-running jsign after a service 429) pass their own.
 */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** The policy's backoff before retry number `attempt` (1-based attempt that just failed). */
function backoff(attempt, policy = {}) {
    return Math.min(policy.maxDelayMs ?? 60_000, (policy.baseDelayMs ?? 1000) * 2 ** (attempt - 1));
}
/**
 * Runs `attempt(n)` until its decision is `done`, or attempts/deadline run out (then the last decision's
 * `exhausted()` gives the value or throws). Errors thrown by `attempt` are not caught: classify them
 * inside `attempt` and return a decision.
 */
async function retry(attempt, policy = {}) {
    const attempts = policy.attempts ?? 5;
    const now = policy.now ?? Date.now;
    const wait = policy.sleep ?? sleep;
    const deadline = now() + (policy.deadlineMs ?? 600_000);
    for (let n = 1;; n++) {
        const d = await attempt(n);
        if ('done' in d)
            return d.done;
        const delayMs = d.delayMs ?? backoff(n, policy);
        if (n >= attempts || now() + delayMs > deadline)
            return d.exhausted();
        policy.onRetry?.({ attempt: n, delayMs, reason: d.retry });
        await wait(delayMs);
    }
}

;// CONCATENATED MODULE: ./src/platform/http.ts
/**
 * HTTP adapter shared by the forge, signing-service and update-server clients.
 * - node:http/https (not fetch: fetch buffers streamed request bodies, nodejs/undici#4058);
 * - file bodies streamed in 1 MiB chunks with an explicit Content-Length;
 * - retries on 429, 5xx and network errors with backoff, honouring `retry-after` and GitHub's
 *   `x-ratelimit-remaining: 0` + `x-ratelimit-reset`; a 4xx other than 429 (and a 403 that is a
 *   rate limit) is never retried;
 * - per-attempt timeout and a total deadline; error messages never contain registered secrets;
 * - `retry: 'rate-limit'` for non-idempotent requests (creating a release, uploading an asset): only
 *   responses that prove the request was not processed (429, rate-limited 403) are retried; a 5xx or a
 *   network error is returned/thrown so the caller can re-list before trying again (forges.md §6);
 * - GitHub's header-less secondary rate limit (403 "secondary rate limit") waits ≥ 60 s (capped by maxDelayMs);
 * - `parts` bodies (a multipart envelope around a streamed file) with an exact Content-Length;
 * - optional redirect following; a redirect target gets no credential header, whatever its origin (it is a URL an
 *   answer names: object storage, a signed URL — S3 refuses a second auth mechanism, and GHES serves its storage
 *   on its own origin);
 * - ONE credential policy (design.md "HTTP"): `credentials` (Authorization or any token header) are sent only to
 *   their configured origins (`credentialOrigins(apiUrl)`: the API origin, plus GitHub's uploads sibling), over
 *   https unless the host is loopback. Any other URL — a paging link, a download or upload URL an answer names,
 *   a redirect target — is fetched without them, or refused (`needsCredentials`) with a message naming the
 *   origin. Callers never decide this per call site;
 * - every retry goes through retry() (src/platform/retry.ts); external text in messages goes through excerpt()
 *   (redact first, then truncate).
 */










/** A network failure that persisted through every attempt. */
class HttpNetworkError extends errors_RelforgeError {
}
/** A URL that needs the credentials is not one of their origins: nothing was sent. */
class CredentialScopeError extends errors_RelforgeError {
}
/** Header names that carry credentials: never forwarded to another origin, whoever set them. */
const SENSITIVE_HEADER = /^(authorization|proxy-authorization|cookie|private-token|x-api-key)$|token|secret/i;
/**
 * The origins a forge credential may go to: the API URL's origin, plus GitHub's uploads sibling
 * (`api.github.com` → `uploads.github.com`; GHES serves `/api/uploads` on the API origin itself).
 * Only an https origin, or http on a loopback host, is ever returned.
 */
function credentialOrigins(apiUrl) {
    let u;
    try {
        u = new URL(apiUrl);
    }
    catch {
        return [];
    }
    if (!isSecureUrl(u))
        return [];
    return u.hostname.startsWith('api.') ? [u.origin, `${u.protocol}//uploads.${u.host.slice('api.'.length)}`] : [u.origin];
}
/** Whether `url` may receive credentials scoped to `origins` (same origin, https or loopback http). */
function credentialsAllowed(url, origins) {
    const u = typeof url === 'string' ? new URL(url) : url;
    return url_isSecureUrl(u) && origins.includes(u.origin);
}
/** The headers of one hop: the caller's, plus the credentials where the policy allows them. */
function hopHeaders(req, url) {
    const headers = { ...req.headers };
    const c = req.credentials;
    if (!c)
        return headers;
    if (credentialsAllowed(url, c.origins))
        return { ...headers, ...c.headers };
    if (req.needsCredentials) {
        throw new CredentialScopeError(`Refusing to send ${c.what ?? 'the credentials'} to ${secrets_redact(url.origin)}: only ${c.origins.map(secrets_redact).join(' and ') || 'the configured API origin'} may receive ${c.what ?? 'them'} ` +
            `(https, or http on a loopback address). A forge answer pointed ${secrets_redact(`${url.origin}${url.pathname}`)} outside it; nothing was sent there. ` +
            'Check the configured API URL (and, on Gitea/Forgejo, the server\'s ROOT_URL).');
    }
    return headers;
}
const RETRYABLE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'ECONNABORTED', 'UND_ERR_SOCKET', 'ERR_TIMEOUT']);
/** Refuses anything but https, except http to a loopback address (local emulators, tests). */
function assertSecureUrl(url, what) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new errors_RelforgeError(`${what} "${secrets_redact(url)}" is not a valid URL.`);
    }
    if (url_isSecureUrl(u))
        return u;
    throw new errors_RelforgeError(`${what} must use https:// (plain http is only accepted for loopback addresses), got "${secrets_redact(u.origin)}".`);
}
/** How long to wait before retrying this response, or undefined when it must not be retried. */
function retryDelay(status, headers, attempt, base, max, now = Date.now()) {
    const header = (n) => {
        const v = headers[n];
        return Array.isArray(v) ? v[0] : v;
    };
    const backoffMs = backoff(attempt, { baseDelayMs: base, maxDelayMs: max });
    const retryAfter = header('retry-after');
    let hinted;
    if (retryAfter !== undefined) {
        const secs = Number(retryAfter);
        hinted = Number.isFinite(secs) ? secs * 1000 : Math.max(0, Date.parse(retryAfter) - now);
    }
    else if (header('x-ratelimit-remaining') === '0' && header('x-ratelimit-reset')) {
        hinted = Math.max(0, Number(header('x-ratelimit-reset')) * 1000 - now) + 1000;
    }
    const rateLimited = status === 429 || (status === 403 && hinted !== undefined);
    if (rateLimited)
        return hinted ?? backoffMs;
    if (status >= 500 && status <= 599)
        return hinted ?? backoffMs;
    return undefined;
}
function partLength(part) {
    if (typeof part === 'string')
        return Buffer.byteLength(part);
    if (Buffer.isBuffer(part))
        return part.length;
    return (0,external_node_fs_namespaceObject.statSync)(part.file).size;
}
function bodyLength(body) {
    if (body === undefined)
        return 0;
    if (typeof body === 'object' && !Buffer.isBuffer(body) && 'parts' in body)
        return body.parts.reduce((n, p) => n + partLength(p), 0);
    return partLength(body);
}
/**
 * Writes the body to the request through two reused READ_CHUNK buffers: a buffer is refilled only after the
 * socket reported it written, so a large upload allocates nothing per chunk (a read stream's fresh 1 MiB
 * chunks are collected late and kept RSS ~80 MiB higher).
 */
async function writeBody(parts, dest) {
    const write = (chunk) => new Promise((res, rej) => dest.write(chunk, (err) => (err ? rej(err) : res())));
    let ring;
    for (const part of parts) {
        if (typeof part === 'string' || Buffer.isBuffer(part)) {
            await write(typeof part === 'string' ? Buffer.from(part) : part);
            continue;
        }
        ring ??= [Buffer.allocUnsafe(fs_READ_CHUNK), Buffer.allocUnsafe(fs_READ_CHUNK)];
        const inFlight = [undefined, undefined];
        part.observe?.start();
        const fh = await (0,promises_namespaceObject.open)(part.file, 'r');
        try {
            for (let i = 0;; i ^= 1) {
                await inFlight[i];
                const { bytesRead } = await fh.read(ring[i], 0, fs_READ_CHUNK, null);
                if (bytesRead === 0)
                    break;
                const chunk = ring[i].subarray(0, bytesRead);
                part.observe?.data(chunk);
                inFlight[i] = write(chunk);
                inFlight[i].catch(() => { });
            }
            await Promise.all(inFlight);
        }
        finally {
            await fh.close();
        }
        part.observe?.end();
    }
    await new Promise((res) => dest.end(() => res()));
}
function once(req, u, hop) {
    const mod = u.protocol === 'https:' ? external_node_https_namespaceObject : external_node_http_namespaceObject;
    const headers = { 'user-agent': 'relforge', ...hop };
    if (req.body !== undefined || ['POST', 'PUT', 'PATCH'].includes(req.method.toUpperCase())) {
        headers['content-length'] = String(bodyLength(req.body));
    }
    // saveTo is a consumer that streams the body to the file
    const { saveTo } = req;
    const consume = req.consume ?? (saveTo ? (body) => (0,external_node_stream_promises_namespaceObject.pipeline)(body, (0,external_node_fs_namespaceObject.createWriteStream)(saveTo)) : undefined);
    return new Promise((resolve, reject) => {
        // A server may answer (401, 403, 413, 422…) before it has read the whole body and then close: once an
        // answer has started, a write error (EPIPE) must not hide it; an incomplete answer still fails via res.
        let responded = false;
        const r = mod.request(u, { method: req.method, headers, timeout: req.timeoutMs ?? 60_000 }, (res) => {
            responded = true;
            const done = (body) => resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                body,
                text: () => body.toString('utf8'),
                json: () => JSON.parse(body.toString('utf8')),
            });
            const ok = (res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300;
            if (consume && ok) {
                consume(res).then(() => done(Buffer.alloc(0)), (err) => {
                    res.destroy();
                    reject(err);
                });
            }
            else {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('end', () => done(Buffer.concat(chunks)));
                res.on('error', reject);
                res.on('close', () => {
                    if (!res.complete)
                        reject(Object.assign(new Error('the connection closed before the response ended'), { code: 'ECONNRESET' }));
                });
            }
        });
        r.on('timeout', () => r.destroy(Object.assign(new Error('request timed out'), { code: 'ERR_TIMEOUT' })));
        r.on('error', (err) => {
            if (!responded)
                reject(err);
        });
        const body = req.body;
        if (body === undefined)
            r.end();
        else if (typeof body === 'string' || Buffer.isBuffer(body))
            r.end(body);
        else
            writeBody('parts' in body ? body.parts : [body], r).catch((err) => r.destroy(err));
    });
}
/**
 * Sends a request, retrying per the policy above. Resolves with any HTTP status (callers decide what
 * a 4xx means); rejects with HttpNetworkError when the network failed on every attempt, and with
 * CredentialScopeError (before sending anything) when the URL needs credentials it may not receive.
 */
async function request(req) {
    const url = new URL(req.url);
    const headers = hopHeaders(req, url);
    const max = req.maxDelayMs ?? 60_000;
    const base = req.baseDelayMs ?? 1000;
    const where = `${req.method} ${secrets_redact(url.origin + url.pathname)}`;
    return retry(async (attempt) => {
        let res;
        try {
            res = await once(req, url, headers);
        }
        catch (err) {
            return networkDecision(err, attempt, req, where);
        }
        if (isRedirect(req, res))
            return { done: await followRedirect(req, url, res) };
        return responseDecision(res, attempt, base, max, req.retry);
    }, { attempts: req.attempts ?? 5, baseDelayMs: base, maxDelayMs: max, deadlineMs: req.deadlineMs ?? 600_000, onRetry: req.onRetry });
}
/** A response: retried on 429, rate-limited 403, secondary rate limits and (unless 'rate-limit') 5xx. */
function responseDecision(res, attempt, base, max, mode) {
    let delay = retryDelay(res.status, res.headers, attempt, base, max);
    if (delay === undefined && res.status === 403 && /secondary rate limit|abuse detection/i.test(res.text())) {
        // GitHub's secondary limits may come without headers: wait at least a minute (best practices guide).
        delay = Math.min(max, Math.max(60_000, base * 2 ** (attempt - 1)));
    }
    if (mode === 'rate-limit' && res.status >= 500)
        delay = undefined;
    if (delay === undefined)
        return { done: res };
    return { retry: `HTTP ${res.status}`, delayMs: delay, exhausted: () => res };
}
/** A network error: retried when transient (never for 'rate-limit' requests, whose effect must be checked first). */
function networkDecision(err, attempt, req, where) {
    const code = err.code ?? '';
    const msg = secrets_excerpt(err.message ?? String(err), 300);
    const fail = (n) => new HttpNetworkError(`${where} failed after ${n} attempt(s): ${msg}${code ? ` (${code})` : ''}`, { cause: err });
    if (err instanceof errors_RelforgeError && !code)
        throw err;
    if (!RETRYABLE_CODES.has(code) || req.retry === 'rate-limit')
        throw fail(attempt);
    return {
        retry: code || msg,
        exhausted: () => {
            throw fail(attempt);
        },
    };
}
function isRedirect(req, res) {
    return !!req.followRedirects && [301, 302, 303, 307, 308].includes(res.status) && !!res.headers.location && ['GET', 'HEAD'].includes(req.method.toUpperCase());
}
/**
 * The next hop of a redirect: https (or loopback http) only, and without credentials — neither the caller's own
 * credential headers nor the policy's, on any origin: the target is named by the answer (object storage, a signed
 * URL), never the API itself.
 */
async function followRedirect(req, from, res) {
    const next = new URL(String(res.headers.location), from);
    assertSecureUrl(next.href, 'Redirect target');
    const headers = { ...req.headers };
    for (const k of Object.keys(headers))
        if (SENSITIVE_HEADER.test(k))
            delete headers[k];
    return request({ ...req, url: next.href, headers, credentials: undefined, needsCredentials: false, followRedirects: req.followRedirects - 1 });
}
/** A short, secret-free description of a failed response for error messages. */
function describeFailure(res, what) {
    let detail = res.text();
    try {
        const j = res.json();
        const picked = j.error_description ?? (typeof j.error === 'string' ? j.error : j.error?.message) ?? j.message;
        if (typeof picked === 'string')
            detail = picked;
    }
    catch {
        /* not JSON */
    }
    // Redact, then truncate: a secret echoed across the cut never leaks in part.
    detail = excerpt(detail, 500);
    return `${redact(what)}: HTTP ${res.status}${detail ? ` — ${detail}` : ''}`;
}

;// CONCATENATED MODULE: ./src/signing/minisign/options.ts
/**
 * Option schemas of the Ed25519 (minisign) operations (src/platform/options.ts): sign-ed25519 (the action,
 * `relforge sign` on the command line), and the CLI-only `relforge verify` and `relforge keygen`.
 *
 * One vocabulary across commands: `--public-key` (old `--pubkey` still accepted); the private key is the secret
 * `private-key` (`--private-key-file FILE`, `--private-key-env VAR` or MINISIGN_PRIVATE_KEY; old `--key FILE` /
 * `--key-env VAR` still accepted); its password the secret `password` (`--password-file`, `--password-env VAR`
 * or MINISIGN_PASSWORD, then the old RELFORGE_KEY_PASSWORD).
 */




const PUBLIC_KEY_CLI = { pathOrValue: true, aliases: ['pubkey'], metavar: 'KEY' };
const PUBLIC_KEY_ENV = ['MINISIGN_PUBLIC_KEY'];
/** Both signers: files whose real path leaves the workspace are refused unless this is set. */
const ALLOW_OUTSIDE_WORKSPACE = {
    type: 'boolean',
    default: false,
    description: 'Sign files whose real path is outside the workspace and RUNNER_TEMP (refused by default: a symbolic link could point anywhere).',
};
/** Both signers' "files" option; `what` completes "Files to sign, …" (globs, formats, what is skipped). */
function filesToSign(what) {
    const description = `Files to sign, ${what}A file whose real path (symbolic links followed) is outside the workspace and RUNNER_TEMP is refused.`;
    return { type: 'list', separator: 'lines', required: true, description, cli: { positional: true, metavar: 'FILE|GLOB' } };
}
const signEd25519Schema = defineSchema({
    name: 'sign-ed25519',
    summary: 'sign files with Ed25519 in minisign format (fail-closed, verified, SHA256SUMS)',
    options: {
        files: filesToSign('one path or glob per line (relative to the workspace). Zero matches is an error. Signature and SHA256SUMS files from an earlier run are skipped. '),
        'private-key': {
            type: 'string',
            secret: true,
            required: true,
            env: ['MINISIGN_PRIVATE_KEY'],
            description: "A minisign secret key file's text (unencrypted or password-encrypted; base64 of the whole file, as Tauri stores it, also works), " +
                'a PKCS#8 PEM of an Ed25519 key, or base64 of a raw 32-byte Ed25519 seed.',
            cli: { fileAliases: ['key'], envAliases: ['key-env'] },
        },
        password: {
            type: 'string',
            secret: true,
            env: ['MINISIGN_PASSWORD', 'RELFORGE_KEY_PASSWORD'],
            description: 'Password of an encrypted minisign secret key (or an encrypted PKCS#8 PEM).',
        },
        'public-key': {
            type: 'string',
            env: PUBLIC_KEY_ENV,
            description: 'Expected public key (minisign public key file text or its RW… base64 line; on the command line also a path to the file). ' +
                'When given, the key derived from private-key must equal it, or the step fails before any file is read. Recommended.',
            cli: PUBLIC_KEY_CLI,
        },
        'trusted-comment': {
            type: 'string',
            description: 'Signed comment. Placeholders {version} {file} {platform} {timestamp}. Default "version:<version><TAB>file:<name><TAB>platform:<platform><TAB>timestamp:<unix>" ' +
                '(fields without a value are left out). Values with a tab, line break or other control character are refused (they would forge fields).',
            cli: { metavar: 'TEXT' },
        },
        'untrusted-comment': { type: 'string', description: 'Unsigned first line of each .minisig (informational only).', cli: { metavar: 'TEXT' } },
        version: {
            type: 'string',
            description: 'Release version, written into the trusted comment so verifiers can refuse rollbacks (relforge verify --version, Tauri updater).',
            cli: { metavar: 'X.Y.Z' },
        },
        platform: {
            type: 'string',
            description: 'Target platform written into the trusted comment (e.g. linux-x86_64). Default: inferred per file from its name (agent-linux-amd64 → linux-x86_64, ' +
                'same alias table as upload-packages); left out when the name does not say. "none" leaves the field out.',
        },
        format: {
            type: 'string',
            default: 'minisign',
            choices: ['minisign', 'raw'],
            description: '"minisign" (default: FILE.minisig) or "raw" (FILE.sig = base64 of the 64-byte Ed25519 signature over the file bytes, for servers using ' +
                "Go's ed25519.Verify; files up to 512 MiB).",
        },
        algorithm: {
            type: 'string',
            default: 'ED',
            choices: ['ED', 'Ed'],
            description: 'minisign signature algorithm, "ED" (prehashed BLAKE2b-512, streamed, default) or "Ed" (legacy, signify-compatible, files up to 512 MiB).',
        },
        checksums: {
            type: 'boolean',
            default: true,
            description: 'Write SHA256SUMS for all files (sha256sum -c format, names relative to its folder) and sign it too.',
        },
        'output-dir': {
            type: 'string',
            description: 'Folder for signatures and SHA256SUMS. Default: each signature next to its file, SHA256SUMS in the folder of the first file (sorted).',
            cli: { metavar: 'DIR' },
        },
        workers: { type: 'integer', min: 0, max: 64, description: 'Hashing worker threads (default min(2, CPU cores, files); 0 hashes on the main thread).' },
        verify: {
            type: 'string',
            default: 'digest',
            choices: ['digest', 'reread'],
            description: 'Verify-after-sign mode. "digest" (default): the written signature is parsed back and verified with the expected public key against the digest of the single read, ' +
                'and the file must be unchanged (inode, size, mtime, ctime). "reread": re-read and re-hash every file from disk (doubles the reading).',
        },
        timestamp: {
            type: 'string',
            description: 'The {timestamp} of the trusted comments: unix seconds or an RFC 3339 date (e.g. the release commit\'s time). Default: SOURCE_DATE_EPOCH, else the commit time of HEAD ' +
                'in the workspace, else the clock. A fixed value makes a re-run write byte-identical signatures, also in a job without a checkout.',
            cli: { metavar: 'SECONDS|DATE' },
        },
        'allow-outside-workspace': ALLOW_OUTSIDE_WORKSPACE,
        json: jsonFlag('Print the result as JSON.'),
    },
    outputs: {
        signatures: 'JSON array, one object per file: file, signature (path), sha256 (hex; null when checksums is false), size, keyId.',
        'public-key': 'minisign public key file text of the signing key.',
        'key-id': 'minisign key id (16 upper-case hex digits).',
        'checksums-file': 'Path of the SHA256SUMS file (its signature is the same path + .minisig, or .sig for format raw); empty when checksums is false.',
    },
});
/** signFiles settings from sign-ed25519's option values (the action and the CLI both call this). */
function signFilesOptions(v, cwd) {
    const problems = new Problems();
    for (const field of ['version', 'platform']) {
        const problem = v[field] ? commentValueProblem(v[field]) : undefined;
        if (problem)
            problems.add(field, `${problem}.`);
    }
    if (v['trusted-comment'] && /[\r\n]/.test(v['trusted-comment']))
        problems.add('trusted-comment', 'must be one line.');
    const timestamp = v.timestamp ? parseTimestamp(v.timestamp) : undefined;
    if (timestamp === null)
        problems.add('timestamp', `must be unix seconds or an RFC 3339 date (2026-05-01T12:00:00Z), got "${v.timestamp}".`);
    if (v['public-key']) {
        try {
            parsePublicKey(v['public-key']);
        }
        catch (err) {
            problems.add('public-key', `is malformed: ${err.message}`);
        }
    }
    problems.throwIfAny();
    return {
        files: v.files,
        cwd,
        privateKey: v['private-key'],
        password: v.password || undefined,
        publicKey: v['public-key'] || undefined,
        trustedComment: v['trusted-comment'] || undefined,
        untrustedComment: v['untrusted-comment'] || undefined,
        version: v.version || undefined,
        platform: v.platform || undefined,
        format: v.format,
        algorithm: v.algorithm,
        checksums: v.checksums,
        outputDir: v['output-dir'] || undefined,
        workers: v.workers,
        reread: v.verify === 'reread',
        allowOutsideWorkspace: v['allow-outside-workspace'],
        timestamp: timestamp ?? undefined,
    };
}
/** Unix seconds from `1767225600` or an RFC 3339 date; null when it is neither. */
function parseTimestamp(text) {
    const t = text.trim();
    if (/^\d{1,12}$/.test(t))
        return Number(t);
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(t))
        return null;
    const ms = Date.parse(t);
    return Number.isFinite(ms) && ms >= 0 ? Math.floor(ms / 1000) : null;
}
const verifySchema = defineSchema({
    name: 'verify',
    summary: 'verify a file against a minisign signature and public key (optionally binding the version)',
    options: {
        file: { type: 'list', separator: 'lines', required: true, description: 'The file to verify.', cli: { positional: true, metavar: 'FILE' } },
        sig: { type: 'string', description: 'The signature file (default: FILE.minisig, or FILE.sig for --format raw).', cli: { short: 'x', metavar: 'FILE.minisig' } },
        'public-key': {
            type: 'string',
            required: true,
            env: PUBLIC_KEY_ENV,
            description: 'The public key: a minisign .pub file, its RW… base64 line, or a path to either.',
            cli: { ...PUBLIC_KEY_CLI, short: 'p' },
        },
        version: {
            type: 'string',
            description: 'Also require the trusted comment\'s "version:" to equal this (rollback protection; a leading v is ignored; a comment with two version fields is refused).',
            cli: { metavar: 'X.Y.Z' },
        },
        'require-prehashed': flag('Refuse legacy (non-prehashed) Ed signatures, like minisign -H.'),
        format: {
            type: 'string',
            default: 'minisign',
            choices: ['minisign', 'raw'],
            description: '"raw": the signature file holds base64 of a 64-byte Ed25519 signature over the file bytes.',
        },
        quiet: { type: 'boolean', default: false, description: 'Print nothing on success.', cli: { short: 'q' } },
    },
});
const keygenSchema = defineSchema({
    name: 'keygen',
    summary: 'create a minisign-compatible Ed25519 key pair (optionally password-encrypted)',
    options: {
        out: { type: 'string', required: true, description: 'Folder for NAME.key and NAME.pub (created when missing).', cli: { short: 'o', metavar: 'DIR' } },
        password: {
            type: 'string',
            secret: true,
            env: ['MINISIGN_PASSWORD'],
            description: "Encrypt the secret key with this password (scrypt with minisign's limits: opening it takes about 1 GiB of memory and a few seconds, like minisign). " +
                'Without it the key is unencrypted, like minisign -G -W.',
        },
        name: { type: 'string', default: 'minisign', description: 'File name of the pair (letters, digits, . _ -).' },
        force: { type: 'boolean', default: false, description: 'Overwrite existing files (kept otherwise).', cli: { short: 'f' } },
    },
});

;// CONCATENATED MODULE: ./src/signing/authenticode/options.ts
/**
 * Option schemas of the Authenticode operations (src/platform/options.ts): sign-trusted (action and
 * `relforge sign-trusted`) and the CLI-only `relforge verify-authenticode`.
 *
 * One vocabulary: the CLI flags are the action's input names (`--expected-subject`, `--expected-eku`,
 * `--trusted-root`, `--azure-tenant-id`, `--azure-client-id`, `--timeout-seconds`) in both commands; the old CLI
 * spellings (`--subject`, `--eku`, `--root`, `--tenant-id`, `--client-id`, `--timeout`) are still accepted.
 * Secrets (client secret, access token) come from `--x-file`, `--x-env` or AZURE_CLIENT_SECRET / AZURE_ACCESS_TOKEN.
 */


/** Defaults the schema documents and the signer applies (kept here so loading them costs nothing at start-up). */
const DEFAULT_AUTHORITY_HOST = 'https://login.microsoftonline.com';
const DEFAULT_TIMESTAMP_URL = 'http://timestamp.acs.microsoft.com';
const DEFAULT_JSIGN_VERSION = '7.5';
const SUBJECT = {
    type: 'string',
    description: 'Identity pin, e.g. "CN=Contoso Ltd, O=Contoso Ltd". Every attribute named must be in the signing certificate\'s subject.',
    cli: { aliases: ['subject'], metavar: '"CN=…, O=…"' },
};
const signTrustedSchema = defineSchema({
    name: 'sign-trusted',
    summary: 'sign PE/MSI files with Azure Trusted Signing (jsign), verify them, then replace the originals',
    options: {
        files: filesToSign('one glob per line (relative to the workspace). Zero matches is an error. PE (.exe/.dll/.sys/.efi) and MSI. '),
        endpoint: requiredString('Regional endpoint of the signing account, host or URL (e.g. eus.codesigning.azure.net). Must be the account\'s region.', 'HOST'),
        account: requiredString('Trusted Signing account name.', 'NAME'),
        profile: requiredString('Certificate profile name.', 'NAME'),
        'azure-tenant-id': { type: 'string', env: ['AZURE_TENANT_ID'], description: 'Entra ID tenant (directory) ID.', cli: { aliases: ['tenant-id'], metavar: 'ID' } },
        'azure-client-id': {
            type: 'string',
            env: ['AZURE_CLIENT_ID'],
            description: 'Client ID of the app registration (or managed identity) holding the "Artifact Signing Certificate Profile Signer" role.',
            cli: { aliases: ['client-id'], metavar: 'ID' },
        },
        'azure-client-secret': {
            type: 'string',
            secret: true,
            env: ['AZURE_CLIENT_SECRET'],
            description: 'Client secret of the app registration. When empty, GitHub OIDC is used (needs "permissions id-token write" and a federated credential).',
        },
        'access-token': {
            type: 'string',
            secret: true,
            env: ['AZURE_ACCESS_TOKEN'],
            description: 'An Entra ID access token for https://codesigning.azure.net/.default obtained elsewhere (e.g. azure/login + az account get-access-token).',
        },
        'authority-host': { type: 'string', default: DEFAULT_AUTHORITY_HOST, description: 'Entra ID authority host (sovereign clouds, tests).', cli: { metavar: 'URL' } },
        'timestamp-url': { type: 'string', default: DEFAULT_TIMESTAMP_URL, description: 'RFC 3161 timestamp server.', cli: { metavar: 'URL' } },
        digest: { type: 'string', default: 'SHA256', choices: ['SHA256', 'SHA384', 'SHA512'], description: 'File digest algorithm, SHA256, SHA384 or SHA512.' },
        description: { type: 'string', description: 'Signed description (product name) shown by Windows.', cli: { metavar: 'TEXT' } },
        'description-url': { type: 'string', description: 'Signed URL shown by Windows.', cli: { metavar: 'URL' } },
        'expected-subject': SUBJECT,
        'expected-eku': {
            type: 'list',
            separator: 'lines',
            description: 'Identity pin, the profile\'s identity EKU (1.3.6.1.4.1.311.97.…), one per line. Default is the identity EKU the service reports for the profile.',
            cli: { aliases: ['eku'], metavar: 'OID' },
        },
        'trusted-root': {
            type: 'string',
            description: 'Trust anchor (PEM text or file path). Default is Microsoft Identity Verification Root Certificate Authority 2020 (shipped with relforge).',
            cli: { aliases: ['root'], metavar: 'ROOT.pem' },
        },
        'tsa-root': { type: 'string', description: 'Trust anchor for the timestamp (PEM text or file path). Default is trusted-root.', cli: { metavar: 'TSA-ROOT.pem' } },
        'jsign-version': { type: 'string', default: DEFAULT_JSIGN_VERSION, description: 'jsign version from Maven Central (pinned SHA-256), or VERSION@SHA256 for a version relforge has no pin for.', cli: { metavar: 'V' } },
        'jsign-path': { type: 'string', description: 'Use this jsign jar instead of downloading one.', cli: { metavar: 'JAR' } },
        'timeout-seconds': {
            type: 'integer',
            default: 600,
            min: 5,
            max: 21600,
            description: 'Upper limit for the whole signing run (token, service calls, jsign), in seconds.',
            cli: { aliases: ['timeout'], metavar: 'SECONDS' },
        },
        'allow-outside-workspace': ALLOW_OUTSIDE_WORKSPACE,
        json: jsonFlag('Print the signed files as JSON.'),
    },
    outputs: {
        signed: 'JSON array, one object per file with file, sha256Before, sha256After, signerSubject, leafSha256, timestamp, digestAlgorithm and kind.',
        'signer-subject': 'Subject of the signing certificate (the verified leaf).',
    },
});
/** signTrusted settings from sign-trusted's option values (the action and the CLI both call this). */
function signTrustedOptions(v, ctx) {
    return {
        files: v.files,
        cwd: ctx.cwd,
        endpoint: v.endpoint,
        account: v.account,
        profile: v.profile,
        auth: {
            tenantId: v['azure-tenant-id'] || undefined,
            clientId: v['azure-client-id'] || undefined,
            clientSecret: v['azure-client-secret'] || undefined,
            accessToken: v['access-token'] || undefined,
            authorityHost: v['authority-host'] || undefined,
        },
        timestampUrl: v['timestamp-url'] || undefined,
        digest: v.digest,
        description: v.description || undefined,
        descriptionUrl: v['description-url'] || undefined,
        expectedSubject: v['expected-subject'] || undefined,
        expectedEku: v['expected-eku'],
        trustedRoot: v['trusted-root'] || undefined,
        tsaRoot: v['tsa-root'] || undefined,
        jsignVersion: v['jsign-version'] || undefined,
        jsignPath: v['jsign-path'] || undefined,
        timeoutSeconds: v['timeout-seconds'],
        allowOutsideWorkspace: v['allow-outside-workspace'],
        runtime: ctx.runtime,
        env: ctx.env,
        log: ctx.log,
        onSecret: ctx.onSecret,
    };
}
const verifyAuthenticodeSchema = defineSchema({
    name: 'verify-authenticode',
    summary: 'verify Authenticode signatures (PE, MSI) against pinned roots, subject and EKUs',
    options: {
        files: { type: 'list', separator: 'lines', required: true, description: 'The PE (.exe/.dll/.sys…) and MSI files to verify.', cli: { positional: true, metavar: 'FILE' } },
        'trusted-root': {
            type: 'list',
            separator: 'lines',
            required: true,
            description: 'PEM file(s) of the trusted root(s) the chain must end in (bundles allowed; repeatable).',
            cli: { aliases: ['root'], metavar: 'ROOT.pem' },
        },
        'tsa-root': { type: 'list', separator: 'lines', description: 'PEM file(s) of the timestamp authority\'s root(s). Default: the trusted roots.', cli: { metavar: 'TSA-ROOT.pem' } },
        'expected-subject': SUBJECT,
        'expected-eku': { type: 'list', separator: 'lines', description: 'EKU OID(s) the leaf must carry besides codeSigning (repeatable).', cli: { aliases: ['eku'], metavar: 'OID' } },
        'allow-no-timestamp': flag('Accept a signature without an RFC 3161 timestamp (the chain is then checked now).'),
        json: flag('Print one JSON result per file.'),
    },
});

;// CONCATENATED MODULE: ./src/signing/authenticode/trusted-signing-service.ts
/**
 * Azure Trusted Signing (Artifact Signing) adapter: Entra ID access tokens and a preflight call to the
 * signing account/profile, so credentials, RBAC role and region problems fail before any file is touched.
 *
 * Token sources (reference/trusted-signing.md §6):
 * - an access token given as is;
 * - client credentials with a client secret;
 * - GitHub Actions OIDC: an ID token for audience `api://AzureADTokenExchange` from
 *   ACTIONS_ID_TOKEN_REQUEST_URL, exchanged as a jwt-bearer client assertion (GitHub only; Gitea,
 *   Forgejo runners without OIDC and act use a client secret).
 * Every token is registered as a secret (and handed to `onSecret` so the entry can mask it) before it
 * can appear anywhere; service errors are quoted without request bodies.
 */





const CODESIGNING_SCOPE = 'https://codesigning.azure.net/.default';
const OIDC_AUDIENCE = 'api://AzureADTokenExchange';
/** The stable data-plane API version used for the preflight (the one with a published OpenAPI document). */
const PREFLIGHT_API_VERSION = '2024-06-15';
const SIGNER_ROLE_HINT = 'the identity needs the role "Artifact Signing Certificate Profile Signer" (formerly "Trusted Signing Certificate Profile Signer") ' +
    'on the certificate profile or the signing account';
/** Which way the token will be obtained, or an actionable error when none is possible. Pure. */
function chooseTokenMethod(s, runtime, env) {
    if (s.accessToken)
        return 'access-token';
    const missing = [];
    if (!s.tenantId)
        missing.push('azure-tenant-id');
    if (!s.clientId)
        missing.push('azure-client-id');
    const needIds = (why) => {
        const p = new errors_Problems();
        for (const m of missing)
            p.add(m, `is empty, but ${why}: set ${m === 'azure-tenant-id' ? 'the tenant (directory) ID' : "the app registration's client ID"}.`);
        p.throwIfAny();
    };
    if (s.clientSecret) {
        needIds('a client secret was given ("azure-tenant-id" and "azure-client-id" name the app registration it belongs to)');
        return 'client-secret';
    }
    if (!runtime.oidcAvailable) {
        const where = runtime.forge === 'github' && !runtime.act ? 'GitHub Actions' : runtime.runner;
        const why = runtime.forge === 'github' && !runtime.act
            ? env.ACTIONS_ID_TOKEN_REQUEST_URL
                ? 'ACTIONS_ID_TOKEN_REQUEST_TOKEN is missing'
                : 'the job has no "permissions: id-token: write" (ACTIONS_ID_TOKEN_REQUEST_URL is not set)'
            : `OIDC ID tokens are not available on ${where} (Gitea, Forgejo runners and act do not offer GitHub's OIDC issuer)`;
        throw new errors_RelforgeError(`No Azure credentials: "azure-client-secret" and "access-token" are empty and GitHub OIDC cannot be used because ${why}. ` +
            `On Gitea/Forgejo/act give "azure-tenant-id", "azure-client-id" and "azure-client-secret" (an app registration client secret stored as a repository secret); ` +
            `on GitHub add "permissions: id-token: write" and a federated credential (audience ${OIDC_AUDIENCE}) to the app registration, or pass a client secret.`);
    }
    needIds('GitHub OIDC needs the tenant and the client ID of the app registration that has the federated credential');
    return 'github-oidc';
}
/** The ID token for Azure from the Actions OIDC endpoint (same call as @actions/core getIDToken). */
async function requestGitHubIdToken(env, opts = {}) {
    const base = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!base || !bearer)
        throw new errors_RelforgeError('GitHub OIDC: ACTIONS_ID_TOKEN_REQUEST_URL/ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set: add "permissions: id-token: write" to the job.');
    registerSecret(bearer);
    const u = assertSecureUrl(base, 'ACTIONS_ID_TOKEN_REQUEST_URL');
    u.searchParams.set('audience', OIDC_AUDIENCE);
    let res;
    try {
        res = await request({ method: 'GET', url: u.toString(), headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' }, timeoutMs: opts.timeoutMs ?? 30_000, deadlineMs: opts.deadlineMs ?? 120_000, baseDelayMs: 500 });
    }
    catch (err) {
        throw new errors_RelforgeError(`GitHub OIDC: could not reach the ID token endpoint: ${secrets_redact(err.message)}`, { cause: err });
    }
    if (res.status !== 200)
        throw new errors_RelforgeError(`GitHub OIDC: the ID token request failed with HTTP ${res.status} (${secrets_excerpt(res.text(), 300)}). Check "permissions: id-token: write" on the job.`);
    let value;
    try {
        value = res.json().value;
    }
    catch {
        /* handled below */
    }
    if (typeof value !== 'string' || value.split('.').length !== 3)
        throw new errors_RelforgeError('GitHub OIDC: the ID token endpoint did not return a JWT in "value".');
    registerSecret(value);
    return value;
}
/** A secret-free summary of an Entra ID error reply: `error` + the AADSTS code and its first sentence. */
function describeAadError(res) {
    let j;
    try {
        j = res.json();
    }
    catch {
        /* not JSON */
    }
    if (!j || typeof j !== 'object' || !j.error)
        return `HTTP ${res.status}${res.body.length ? ` ${secrets_excerpt(res.text(), 200)}` : ''}`;
    // Redact before cutting (excerpt), so a secret echoed across the cut cannot leak in part.
    const desc = secrets_redact(String(j.error_description ?? '')).split(/\r?\n/)[0];
    const code = /AADSTS\d+/.exec(desc)?.[0] ?? (Array.isArray(j.error_codes) && j.error_codes[0] !== undefined ? `AADSTS${Number(j.error_codes[0])}` : '');
    const first = secrets_excerpt(desc.replace(/\s*Trace ID:.*$/, ''), 300).replace(/\.\s*$/, '');
    return `HTTP ${res.status} ${secrets_excerpt(String(j.error), 100)}${code && !first.includes(code) ? ` ${code}` : ''}${first ? `: ${first}` : ''}`;
}
function aadHint(res, method) {
    const t = res.text();
    if (/AADSTS7000215|AADSTS7000222|invalid_client/.test(t) && method === 'client-secret')
        return ' Check "azure-client-secret": use the secret VALUE (not its ID) and make sure it has not expired.';
    if (/AADSTS700016|AADSTS90002/.test(t))
        return ' Check "azure-tenant-id" and "azure-client-id": the app registration or tenant was not found.';
    if (/AADSTS70021|AADSTS700213|AADSTS700211|AADSTS700212/.test(t))
        return ` No federated credential matches this workflow: the app registration needs issuer https://token.actions.githubusercontent.com, audience ${OIDC_AUDIENCE} and the subject of this job (e.g. repo:ORG/REPO:environment:NAME or repo:ORG/REPO:ref:refs/tags/v1.2.3).`;
    if (/AADSTS70011|AADSTS500011/.test(t))
        return ` The scope ${CODESIGNING_SCOPE} was refused: the Trusted Signing resource is not available to this tenant.`;
    return '';
}
/** Obtains an access token for https://codesigning.azure.net/.default. Registers it as a secret. */
async function getAccessToken(s, runtime, env = process.env) {
    const method = chooseTokenMethod(s, runtime, env);
    if (method === 'access-token') {
        registerSecret(s.accessToken);
        return { token: s.accessToken, method };
    }
    const tenant = s.tenantId;
    if (!/^[A-Za-z0-9.-]{1,100}$/.test(tenant))
        throw errors_fieldError('azure-tenant-id', `must be a tenant GUID or domain name, got "${secrets_excerpt(tenant, 100)}".`);
    const authorityText = (s.authorityHost || DEFAULT_AUTHORITY_HOST).replace(/\/+$/, '');
    const authorityProblem = urlInputProblem(authorityText);
    if (authorityProblem)
        throw errors_fieldError('authority-host', authorityProblem);
    const authority = new URL(authorityText);
    const url = `${authority.origin}${authority.pathname.replace(/\/+$/, '')}/${encodeURIComponent(tenant)}/oauth2/v2.0/token`;
    const form = new URLSearchParams({ client_id: s.clientId, grant_type: 'client_credentials', scope: CODESIGNING_SCOPE });
    if (method === 'client-secret') {
        registerSecret(s.clientSecret);
        form.set('client_secret', s.clientSecret);
    }
    else {
        const assertion = await requestGitHubIdToken(env, s);
        s.onSecret?.(assertion);
        form.set('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
        form.set('client_assertion', assertion);
    }
    const how = method === 'client-secret' ? 'client secret' : 'GitHub OIDC federated credential';
    let res;
    try {
        res = await request({
            method: 'POST',
            url,
            headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
            body: form.toString(),
            timeoutMs: s.timeoutMs ?? 30_000,
            deadlineMs: s.deadlineMs ?? 120_000,
            baseDelayMs: 1000,
        });
    }
    catch (err) {
        throw new errors_RelforgeError(`Entra ID token request (${how}) to ${authority.origin} failed: ${secrets_excerpt(err.message)}. Check "authority-host" and the runner's network.`, { cause: err });
    }
    if (res.status !== 200) {
        throw new errors_RelforgeError(`Entra ID refused the token request (${how}, tenant ${secrets_excerpt(tenant, 100)}): ${describeAadError(res)}.${aadHint(res, method)}`);
    }
    let body;
    try {
        body = res.json();
    }
    catch {
        throw new errors_RelforgeError(`Entra ID token endpoint ${authority.origin} answered 200 without JSON: check "authority-host".`);
    }
    if (typeof body.access_token !== 'string' || body.access_token === '')
        throw new errors_RelforgeError(`Entra ID token endpoint ${authority.origin} answered without an access_token: check "authority-host".`);
    registerSecret(body.access_token);
    const secs = Number(body.expires_in);
    return { token: body.access_token, method, expiresOn: Number.isFinite(secs) ? new Date(Date.now() + secs * 1000) : undefined };
}
/** `eus.codesigning.azure.net`, `https://eus.codesigning.azure.net/` or a loopback http URL → base URL without a trailing slash. */
function normalizeEndpoint(endpoint) {
    const raw = endpoint.trim();
    if (!raw)
        throw errors_fieldError('endpoint', 'is required: the regional Trusted Signing endpoint of the signing account, e.g. https://eus.codesigning.azure.net.');
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
    const problem = urlInputProblem(withScheme);
    if (problem)
        throw errors_fieldError('endpoint', problem);
    const u = new URL(withScheme);
    if (u.search || u.hash)
        throw errors_fieldError('endpoint', `must be a plain host or https URL without query or fragment, got "${secrets_excerpt(withScheme, 200)}".`);
    return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
/** Problems with the account and profile names, by field. */
function validateAccountProfile(account, profile) {
    const problems = [];
    if (!NAME_RE.test(account))
        problems.push(['account', `must be the signing account name (letters, digits, hyphens), got "${excerpt(account, 100)}".`]);
    if (!NAME_RE.test(profile))
        problems.push(['profile', `must be the certificate profile name (letters, digits, hyphens), got "${excerpt(profile, 100)}".`]);
    return problems;
}
function serviceError(res) {
    const header = res.headers['x-ms-error-code'];
    let code = Array.isArray(header) ? header[0] : header;
    let message;
    try {
        const j = res.json();
        const e = j.error ?? j.errorDetail;
        code = e?.code ?? code;
        message = e?.message;
    }
    catch {
        /* empty or non-JSON body */
    }
    return { code, message };
}
/**
 * GET …/sign/eku (api-version 2024-06-15) for the account/profile: proves the token is accepted, the
 * identity holds the signer role, the endpoint is the account's region and the names exist.
 * Every failure is an actionable RelforgeError.
 */
async function preflight(p) {
    const base = normalizeEndpoint(p.endpoint);
    const where = `${base} account "${p.account}" profile "${p.profile}"`;
    const ekus = [];
    let url = `${base}/codesigningaccounts/${encodeURIComponent(p.account)}/certificateprofiles/${encodeURIComponent(p.profile)}/sign/eku?api-version=${PREFLIGHT_API_VERSION}`;
    for (let page = 0; url && page < 20; page++) {
        let res;
        try {
            res = await request({ method: 'GET', url, headers: { authorization: `Bearer ${p.token}`, accept: 'application/json' }, timeoutMs: p.timeoutMs ?? 30_000, deadlineMs: p.deadlineMs ?? 120_000, baseDelayMs: 1000 });
        }
        catch (err) {
            const msg = err instanceof HttpNetworkError ? err.message : String(err);
            throw new errors_RelforgeError(`Trusted Signing endpoint ${base} is unreachable: ${secrets_excerpt(msg)}. Check "endpoint" (https://<region>.codesigning.azure.net, the region of the signing account).`, { cause: err });
        }
        if (res.status !== 200)
            throw preflightError(res, where);
        let body;
        try {
            body = res.json();
        }
        catch {
            throw new errors_RelforgeError(`Trusted Signing preflight (${where}): the service answered 200 without JSON; is "endpoint" really a Trusted Signing endpoint?`);
        }
        for (const v of body.value ?? [])
            if (typeof v?.eku === 'string')
                ekus.push(v.eku);
        url = typeof body.nextLink === 'string' && body.nextLink ? body.nextLink : undefined;
        if (url) {
            const next = assertSecureUrl(url, 'the service\'s nextLink');
            if (next.origin !== new URL(base).origin)
                url = undefined;
        }
    }
    return { ekus };
}
function preflightError(res, where) {
    const { code, message } = serviceError(res);
    const said = code || message ? ` (service said: ${secrets_excerpt([code, message].filter(Boolean).join(' - '), 500)})` : ' (empty body)';
    const supported = res.headers['api-supported-versions'];
    const versions = supported ? ` Supported api-versions: ${secrets_excerpt(String(supported), 200)}.` : '';
    switch (res.status) {
        case 401:
            return new errors_RelforgeError(secrets_redact(`Trusted Signing rejected the access token with HTTP 401 for ${where}${said}. The token must be an Entra ID access token for the scope ${CODESIGNING_SCOPE} ` +
                `(audience https://codesigning.azure.net), not expired; an "access-token" input obtained for another resource (e.g. management.azure.com) does not work.${versions}`));
        case 403:
            return new errors_RelforgeError(secrets_redact(`Trusted Signing refused access with HTTP 403 for ${where}${said}: ${SIGNER_ROLE_HINT}, and "endpoint" must be the region of the signing account ` +
                `(e.g. https://eus.codesigning.azure.net for East US; a wrong region also answers 403).${versions}`));
        case 404:
            return new errors_RelforgeError(secrets_redact(`Trusted Signing does not know ${where} (HTTP 404${said}): check the "account" and "profile" names (case as in the Azure portal) and that "endpoint" is the account's region.`));
        default:
            return new errors_RelforgeError(secrets_redact(`Trusted Signing preflight for ${where} failed with HTTP ${res.status}${said}.${versions} Retry later; if it persists check the Azure status page.`));
    }
}

;// CONCATENATED MODULE: ./src/preflight/preflight.ts
/**
 * preflight: checks, in the first job of a release, every secret the later jobs need — before anything
 * is tagged or pushed. A release that would fail in its sign or publish job (after the version job has
 * already pushed a tag or a release commit) fails here instead, with every problem listed at once.
 *
 * Checks (each only when required):
 *   minisign        — private-key present, opens with password, belongs to the pinned public-key;
 *   trusted-signing — endpoint/account/profile well-formed, Azure credentials present (client secret, or
 *                     GitHub OIDC where offered); with `online`, an Entra ID token and one read-only call;
 *   token           — the forge token is present;
 *   package-token   — the update server / package registry token is present.
 * Nothing secret is printed: problems name the input and the secret to set, never a value.
 */




const preflight_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const blank = (v) => v === undefined || v.trim() === '';
async function checkMinisign(s, p) {
    const before = p.count;
    if (blank(s.privateKey)) {
        p.add('private-key', 'is empty: the sign job needs the minisign secret key. Store the whole key file (relforge keygen writes one) as the secret MINISIGN_PRIVATE_KEY and pass it to this step.');
    }
    if (blank(s.publicKey)) {
        p.add('public-key', 'is empty: set the variable MINISIGN_PUBLIC_KEY to the "RW…" line of your .pub file; every signature is checked against this pin.');
    }
    if (p.count > before)
        return undefined;
    let key;
    try {
        key = await keys_loadSigningKey(s.privateKey, s.password || undefined);
    }
    catch (err) {
        const why = errors_errorMessage(err);
        const encrypted = /encrypted|password|scrypt|checksum/i.test(why);
        p.add('private-key', encrypted
            ? `does not open with {{password}} (secret MINISIGN_PASSWORD): ${why}`
            : `is not a usable signing key: ${why}`);
        return undefined;
    }
    try {
        keys_checkKeyPin(key, s.publicKey);
    }
    catch (err) {
        p.add('public-key', `does not match the private key: ${errors_errorMessage(err)} Set MINISIGN_PUBLIC_KEY to the .pub of MINISIGN_PRIVATE_KEY (or store the private key that belongs to the pin).`);
        return undefined;
    }
    return { detail: `key ${key.keyIdHex} opens${s.password ? ' with its password' : ''} and matches the pinned public key`, keyId: key.keyIdHex };
}
async function checkTrustedSigning(s, p) {
    const before = p.count;
    const { endpoint, account, profile } = s.trustedSigning;
    let base;
    if (blank(endpoint))
        p.add('trusted-signing-endpoint', 'is empty: set the regional endpoint of the signing account, e.g. https://eus.codesigning.azure.net.');
    else {
        try {
            base = normalizeEndpoint(endpoint);
        }
        catch {
            p.add('trusted-signing-endpoint', `must be https://<region>.codesigning.azure.net (or that host alone), got "${endpoint.trim()}".`);
        }
    }
    if (!preflight_NAME_RE.test(account?.trim() ?? ''))
        p.add('trusted-signing-account', `must be the signing account name (letters, digits, hyphens), got "${account?.trim() ?? ''}".`);
    if (!preflight_NAME_RE.test(profile?.trim() ?? ''))
        p.add('trusted-signing-profile', `must be the certificate profile name (letters, digits, hyphens), got "${profile?.trim() ?? ''}".`);
    const creds = { tenantId: s.azure.tenantId || undefined, clientId: s.azure.clientId || undefined, clientSecret: s.azure.clientSecret || undefined };
    let method;
    try {
        method = chooseTokenMethod(creds, s.runtime, s.env);
    }
    catch (err) {
        p.include(err, ' (secrets AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET)');
    }
    if (p.count > before)
        return undefined;
    if (!s.online)
        return `settings well-formed; credentials present (${method})`;
    try {
        const token = await getAccessToken(creds, s.runtime, s.env);
        const r = await preflight({ endpoint: base, account: account.trim(), profile: profile.trim(), token: token.token });
        return `Entra ID token obtained (${token.method}); profile "${profile.trim()}" readable (${r.ekus.length} EKU${r.ekus.length === 1 ? '' : 's'})`;
    }
    catch (err) {
        p.include(err);
        return undefined;
    }
}
/** Runs every required check; throws one SettingsError listing every problem, or returns the report. */
async function runPreflight(s) {
    const p = new errors_Problems();
    const results = [];
    const required = new Set(s.require);
    if (required.size === 0)
        throw new errors_RelforgeError('preflight: nothing to check ("require" is empty); name what the later jobs need, e.g. minisign,token.');
    let keyId;
    for (const check of PREFLIGHT_CHECKS) {
        if (!required.has(check))
            continue;
        const before = p.count;
        let detail;
        if (check === 'minisign') {
            const r = await checkMinisign(s, p);
            detail = r?.detail;
            keyId = r?.keyId;
        }
        else if (check === 'trusted-signing') {
            detail = await checkTrustedSigning(s, p);
        }
        else if (check === 'token') {
            if (blank(s.token))
                p.add('token', 'is empty: the version job pushes the tag and the publish job creates the release with it. Pass the secret RELEASE_TOKEN, or the job token (under act: a GITHUB_TOKEN secret).');
            else
                detail = 'forge token present';
        }
        else {
            if (blank(s.packageToken))
                p.add('package-token', 'is empty: the packages job uploads with it. Store the update server or package registry token as the secret PACKAGE_TOKEN and pass it to this step.');
            else
                detail = 'package token present';
        }
        results.push({ check, ok: p.count === before, detail: p.count === before ? detail ?? 'ok' : 'failed' });
    }
    p.throwIfAny();
    return { results, keyId };
}
/** Markdown for the step summary. */
function renderPreflightSummary(r) {
    const rows = r.results.map((x) => `| ${x.check} | ${x.ok ? 'ok' : 'FAILED'} | ${x.detail.replace(/\|/g, '\\|')} |`);
    return ['### relforge preflight', '', '| check | result | detail |', '|---|---|---|', ...rows, ''].join('\n');
}

;// CONCATENATED MODULE: ./src/actions/preflight.ts
/** actions/preflight: inputs (preflightSchema) → runPreflight → outputs + step summary. Runs first; fails before anything is tagged. */



void runAction(async () => {
    const settings = preflightSettings(readInputs(preflightSchema));
    log.info(`preflight: checking ${settings.require.join(', ')} (nothing is tagged, pushed or published until this passes)`);
    const r = await runPreflight(settings);
    for (const x of r.results)
        log.info(`  ${x.check}: ${x.detail}`);
    setOutputs({ checked: r.results.map((x) => x.check), 'key-id': r.keyId ?? '' });
    await writeSummary(renderPreflightSummary(r));
});

