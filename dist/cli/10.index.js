export const id = 10;
export const ids = [10];
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

/***/ 4010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ preflight)
});

// EXTERNAL MODULE: ./src/platform/options.ts
var options = __webpack_require__(1933);
// EXTERNAL MODULE: ./src/platform/runtime.ts
var runtime = __webpack_require__(6387);
;// CONCATENATED MODULE: ./src/preflight/options.ts
/**
 * Option schema of `preflight` (src/platform/options.ts): every secret the later jobs of a release need,
 * checked in the first job. actions/preflight/action.yml, `relforge preflight` and the docs table follow
 * from it. The descriptions name the secrets as relforge's workflows and docs do.
 */


/** The things a release may need, in the order they are checked and reported. */
const PREFLIGHT_CHECKS = ['minisign', 'trusted-signing', 'token', 'package-token'];
const preflightSchema = (0,options/* defineSchema */.Jo)({
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
        online: {
            type: 'boolean',
            default: false,
            description: 'With "trusted-signing": also obtain an Entra ID token and read the certificate profile once (signs nothing), proving the credentials and the signer role.',
        },
        json: { type: 'boolean', default: false, only: 'cli', description: 'Print the report as JSON.' },
    },
    outputs: {
        checked: { description: 'JSON list of the checks that passed (the "require" items).' },
        'key-id': { description: 'Key id (16 hex digits) of the minisign key that was checked; empty without "minisign".' },
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
        runtime: (0,runtime/* detectRuntime */.mZ)(env),
        env,
    };
}

// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(6316);
// EXTERNAL MODULE: ./src/signing/minisign/signer.ts
var signer = __webpack_require__(9606);
// EXTERNAL MODULE: ./src/signing/authenticode/trusted-signing-service.ts
var trusted_signing_service = __webpack_require__(2512);
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



const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
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
        key = await (0,signer/* loadSigningKey */.fm)(s.privateKey, s.password || undefined);
    }
    catch (err) {
        const why = (0,errors/* errorMessage */.gJ)(err);
        const encrypted = /encrypted|password|scrypt|checksum/i.test(why);
        p.add('private-key', encrypted
            ? `does not open with {{password}} (secret MINISIGN_PASSWORD): ${why}`
            : `is not a usable signing key: ${why}`);
        return undefined;
    }
    try {
        (0,signer/* checkKeyPin */.TR)(key, s.publicKey);
    }
    catch (err) {
        p.add('public-key', `does not match the private key: ${(0,errors/* errorMessage */.gJ)(err)} Set MINISIGN_PUBLIC_KEY to the .pub of MINISIGN_PRIVATE_KEY (or store the private key that belongs to the pin).`);
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
            base = (0,trusted_signing_service/* normalizeEndpoint */.lI)(endpoint);
        }
        catch {
            p.add('trusted-signing-endpoint', `must be https://<region>.codesigning.azure.net (or that host alone), got "${endpoint.trim()}".`);
        }
    }
    if (!NAME_RE.test(account?.trim() ?? ''))
        p.add('trusted-signing-account', `must be the signing account name (letters, digits, hyphens), got "${account?.trim() ?? ''}".`);
    if (!NAME_RE.test(profile?.trim() ?? ''))
        p.add('trusted-signing-profile', `must be the certificate profile name (letters, digits, hyphens), got "${profile?.trim() ?? ''}".`);
    const creds = { tenantId: s.azure.tenantId || undefined, clientId: s.azure.clientId || undefined, clientSecret: s.azure.clientSecret || undefined };
    let method;
    try {
        method = (0,trusted_signing_service/* chooseTokenMethod */.mw)(creds, s.runtime, s.env);
    }
    catch (err) {
        p.add(`${(0,errors/* errorMessage */.gJ)(err)} (secrets AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET)`);
    }
    if (p.count > before)
        return undefined;
    if (!s.online)
        return `settings well-formed; credentials present (${method})`;
    try {
        const token = await (0,trusted_signing_service/* getAccessToken */.iD)(creds, s.runtime, s.env);
        const r = await (0,trusted_signing_service/* preflight */.Mz)({ endpoint: base, account: account.trim(), profile: profile.trim(), token: token.token });
        return `Entra ID token obtained (${token.method}); profile "${profile.trim()}" readable (${r.ekus.length} EKU${r.ekus.length === 1 ? '' : 's'})`;
    }
    catch (err) {
        p.add((0,errors/* errorMessage */.gJ)(err));
        return undefined;
    }
}
/** Runs every required check; throws one SettingsError listing every problem, or returns the report. */
async function runPreflight(s) {
    const p = new errors/* Problems */.Zw();
    const results = [];
    const required = new Set(s.require);
    if (required.size === 0)
        throw new errors/* RelforgeError */.fY('preflight: nothing to check ("require" is empty); name what the later jobs need, e.g. minisign,token.');
    let keyId;
    for (const check of ['minisign', 'trusted-signing', 'token', 'package-token']) {
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

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/text.ts
var cli_text = __webpack_require__(3779);
;// CONCATENATED MODULE: ./src/cli/preflight.ts
/** `relforge preflight`: the same checks as actions/preflight, from the environment (MINISIGN_PRIVATE_KEY, …) or --x-file. */




/* harmony default export */ const preflight = ((0,command/* defineCommand */.N)({
    schema: preflightSchema,
    notes: `Secrets come from the environment (MINISIGN_PRIVATE_KEY, MINISIGN_PASSWORD, PACKAGE_TOKEN, AZURE_CLIENT_SECRET;
forge token RELFORGE_TOKEN, GITHUB_TOKEN, GITEA_TOKEN or FORGEJO_TOKEN) or from --<name>-file FILE / --<name>-env VAR.
Exit 0 when every required check passes; 1 with every problem listed otherwise. Prints no secret.
Example: MINISIGN_PASSWORD=… relforge preflight --private-key-file keys/agent.key --public-key keys/agent.pub --require minisign`,
    async run(v) {
        const r = await runPreflight(preflightSettings(v));
        if (v.json)
            console.log(JSON.stringify(r, null, 2));
        else
            console.log((0,cli_text/* plainText */.w)(renderPreflightSummary(r)));
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
