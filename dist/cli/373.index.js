export const id = 373;
export const ids = [373];
export const modules = {

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

/***/ 4373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ publish)
});

// EXTERNAL MODULE: ./src/publishing/publish-release.ts + 1 modules
var publish_release = __webpack_require__(1921);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(6316);
// EXTERNAL MODULE: ./src/publishing/core/checksums.ts
var checksums = __webpack_require__(3913);
// EXTERNAL MODULE: ./src/publishing/core/release-plan.ts
var release_plan = __webpack_require__(8978);
// EXTERNAL MODULE: ./src/publishing/forge/index.ts + 3 modules
var publishing_forge = __webpack_require__(28);
// EXTERNAL MODULE: ./src/publishing/local-files.ts
var local_files = __webpack_require__(9508);
;// CONCATENATED MODULE: ./src/publishing/inspect.ts
/**
 * inspectRelease (publish-release `inspect: true`, `relforge publish --inspect`): the release for a tag as the
 * forge holds it, changing nothing and reading no local file. `state` is none, draft or published; a published
 * release is `complete` when it holds SHA256SUMS and every file SHA256SUMS lists, each once and fully uploaded,
 * with a `.minisig` beside each of them when the release carries signatures, and no leftover of an interrupted
 * replacement. The release workflow asks this before building, so re-running a dispatch that already released
 * does nothing — nothing is rebuilt or re-signed (Authenticode timestamps and most builds differ on every run).
 */








async function inspectRelease(s) {
    const p = new errors/* Problems */.Zw();
    const tp = (0,release_plan/* tagProblem */.qH)(s.tag);
    if (tp)
        p.add('tag', `is not usable: ${tp}.`);
    const options = 'findRelease' in s.forge ? undefined : s.forge;
    // drafts are visible only with push access: without a token "none" could be a lie
    if (options && !options.token)
        p.add('token', publishing_forge/* TOKEN_MISSING */.Xf);
    p.throwIfAny();
    const forge = options ? (0,publishing_forge/* createForge */.u_)(options) : s.forge;
    const log = s.log ?? (() => { });
    const found = await forge.findRelease(s.tag);
    const release = found.published ?? found.drafts[0];
    const base = { tag: s.tag, state: 'none', complete: false, missing: [], releaseId: null, url: '', prerelease: false, assets: [], forge: forge.kind };
    if (!release) {
        log(`${s.tag} has no release yet.`);
        return { ...base, missing: ['no release'] };
    }
    const remote = await forge.listAssets(release);
    const res = {
        ...base,
        state: release.draft ? 'draft' : 'published',
        releaseId: release.id,
        url: release.htmlUrl,
        prerelease: release.prerelease,
        assets: remote.map((a) => ({ name: a.name, size: a.size, sha256: a.sha256 ?? '', url: a.downloadUrl })),
    };
    res.missing = release.draft ? ['still a draft'] : await missingFiles(forge, release, remote);
    res.complete = res.missing.length === 0;
    log(res.complete
        ? `${s.tag} is already released; nothing to do (published, with every file its SHA256SUMS names: ${remote.length} assets).`
        : `${s.tag} is not completely released (${res.state}: ${res.missing.join('; ')}).`);
    return res;
}
/** What a published release lacks, judged by its own SHA256SUMS (read from the forge). */
async function missingFiles(forge, release, remote) {
    const missing = [];
    const once = (name) => {
        const same = remote.filter((a) => a.name === name);
        if (same.length === 0)
            missing.push(`${name} is missing`);
        else if (same.length > 1)
            missing.push(`${name} is there ${same.length} times`);
        else if (same[0].state !== 'uploaded')
            missing.push(`${name} is an incomplete upload`);
        else
            return same[0];
        return undefined;
    };
    const partials = remote.filter((a) => a.name.startsWith(release_plan/* PARTIAL_PREFIX */.Zj));
    if (partials.length)
        missing.push(`${partials.length} leftover(s) of an interrupted replacement`);
    const sums = once(local_files/* CHECKSUMS_NAME */.NX);
    if (!sums)
        return missing;
    if (sums.size > 1024 * 1024)
        return [...missing, `its ${local_files/* CHECKSUMS_NAME */.NX} is ${sums.size} bytes, too large to be a list of checksums`];
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'relforge-inspect-'));
    let text;
    try {
        await forge.downloadAsset(release, sums, (0,external_node_path_.join)(dir, local_files/* CHECKSUMS_NAME */.NX));
        text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, local_files/* CHECKSUMS_NAME */.NX), 'utf8');
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
    let names;
    try {
        names = (0,checksums/* parseChecksums */.y)(text).map((e) => e.name);
    }
    catch (err) {
        return [...missing, `its ${local_files/* CHECKSUMS_NAME */.NX} cannot be read (${(0,errors/* errorMessage */.gJ)(err)})`];
    }
    if (names.length === 0)
        missing.push(`${local_files/* CHECKSUMS_NAME */.NX} lists no file`);
    const signed = remote.some((a) => a.name.endsWith('.minisig'));
    for (const name of names) {
        once(name);
        if (signed)
            once(`${name}.minisig`);
    }
    if (signed)
        once(`${local_files/* CHECKSUMS_NAME */.NX}.minisig`);
    return missing;
}
/** The step summary of an inspection: one line a person reads first, then the assets. */
function renderInspectSummary(r) {
    const head = r.complete
        ? `**${r.tag} is already released; nothing to do.** The release is published and holds every file its SHA256SUMS names.`
        : `${r.tag}: ${r.state === 'none' ? 'no release yet' : `${r.state}, not complete (${r.missing.join('; ')})`}.`;
    const rows = r.assets.map((a) => `| ${a.url ? `[${a.name}](${a.url})` : a.name} | ${a.size} |`).join('\n');
    return `## Release ${r.tag} — ${r.state}\n\n${head}\n\n${r.url ? `${r.url}\n\n` : ''}${rows ? `| asset | bytes |\n|---|---:|\n${rows}\n` : ''}`;
}

// EXTERNAL MODULE: ./src/platform/options.ts
var options = __webpack_require__(1933);
;// CONCATENATED MODULE: ./src/publishing/options.ts
/**
 * Option schema of publish-release (the action) and `relforge publish` (the CLI), src/platform/options.ts:
 * every option is declared here once; actions/publish-release/action.yml, the CLI flags and usage, and
 * the docs tables follow from it. `publishReleaseSettings` maps the values to the library's settings for
 * both front ends, so they cannot disagree.
 */


const publishReleaseSchema = (0,options/* defineSchema */.Jo)({
    name: 'publish-release',
    summary: 'draft → upload → verify → publish a release on GitHub, Gitea or Forgejo',
    options: {
        tag: (0,options/* requiredString */.Fk)('Tag of the release (e.g. v1.2.3). The forge creates the tag at publish time from "target-commitish" when it does not exist yet.', 'TAG'),
        name: { type: 'string', description: 'Release title. Default is the tag.', cli: { metavar: 'TITLE' } },
        body: { type: 'string', description: 'Release notes (markdown). Give "body" or "body-file", not both.', cli: { metavar: 'TEXT' } },
        'body-file': { type: 'string', description: 'File with the release notes (e.g. the changelog action\'s output written to a file).', cli: { metavar: 'FILE' } },
        prerelease: {
            type: 'string',
            default: 'auto',
            description: 'auto (default): a prerelease when the tag\'s version has a prerelease part (v1.2.0-beta.1); or true / false.',
            cli: { metavar: 'auto|true|false' },
        },
        draft: (0,options/* flag */.Jt)('Leave the release as a draft after uploading and verifying (do not publish).'),
        'make-latest': {
            type: 'string',
            default: 'true',
            choices: ['true', 'false', 'legacy'],
            description: 'GitHub only, stable releases only: true (default), false or legacy. Prereleases are never marked latest.',
        },
        files: {
            type: 'list',
            separator: 'lines',
            description: 'Files to attach, one glob per line (relative to the workspace; "!pattern" excludes). Zero matches or an unreadable file fails before any API call.',
            cli: { metavar: 'GLOB' },
        },
        checksums: { type: 'boolean', default: true, description: 'Add a SHA256SUMS asset listing every file (sha256sum -c format).' },
        'target-commitish': {
            type: 'string',
            description: 'Commit SHA or branch the tag is created from at publish time. Default is the commit of this run (GITHUB_SHA).',
            cli: { metavar: 'SHA' },
        },
        token: {
            type: 'string',
            secret: true,
            actionDefault: '${{ github.token }}',
            env: ['RELFORGE_TOKEN', 'GITHUB_TOKEN', 'GITEA_TOKEN', 'FORGEJO_TOKEN'],
            description: 'Token with write access to releases: GitHub "permissions: contents: write"; Gitea/Forgejo job token with "contents: write" (or a PAT with write:repository). It is sent only to the API origin (and GitHub\'s uploads host), never to a URL an answer names.',
        },
        forge: {
            type: 'string',
            choices: ['github', 'gitea', 'forgejo'],
            description: 'github, gitea or forgejo. Default is detected from the runner (FORGEJO_ACTIONS, GITEA_ACTIONS, else GitHub).',
        },
        'api-url': {
            type: 'string',
            description: 'API root, e.g. https://ghe.example.com/api/v3 or https://codeberg.org/api/v1. Default is GITHUB_API_URL of the runner. https only (http for loopback addresses); no user name or password in it.',
            cli: { metavar: 'URL' },
        },
        repository: {
            type: 'string',
            description: 'owner/name of the repository to release. Default is GITHUB_REPOSITORY (the repository of the run).',
            cli: { metavar: 'OWNER/NAME' },
        },
        overwrite: {
            type: 'string',
            default: 'replace',
            choices: ['replace', 'skip', 'fail'],
            description: 'What to do with an asset of the same name already on the release: replace (default; identical size + SHA-256 is kept as is), skip (keep it), fail. On a published release, replacing also needs "replace-published-assets".',
        },
        'replace-published-assets': (0,options/* flag */.Jt)('Allow replacing assets of an already published release whose content differs (default false: such a run fails with the list of differences and changes nothing; missing assets are always added). The new file is uploaded before the old one is removed, so the release never lacks the asset.'),
        'dry-run': (0,options/* flag */.Jt)('Report what would be created, uploaded, replaced and published; change nothing.'),
        inspect: (0,options/* flag */.Jt)('Only look the release up and report it (outputs state and complete): no file is read, nothing is changed. A published release is complete when it holds every file its SHA256SUMS lists (and their .minisig when it is signed); ' +
            'the release workflow asks this first, so re-running a dispatch that already released does nothing.'),
        json: (0,options/* jsonFlag */.hG)('Print the whole result as JSON (log lines go to stderr).'),
    },
    outputs: {
        'release-id': 'Numeric id of the release on the forge.',
        url: 'Web URL of the release.',
        assets: 'JSON array of the release assets: [{"name","size","sha256","url"}] (url = browser download URL).',
        created: 'true when this run created the release, false when it existed (re-run or adopted draft).',
        state: 'The release as found before this run changed anything: none, draft or published (empty for a dry run without a token).',
        complete: 'true when the release is published and complete at the end of this run (with inspect: holds every file its SHA256SUMS lists); else false.',
    },
});
/** `prerelease`: auto, or a boolean word (true/false, yes/no, 1/0, on/off; any case). */
function prereleaseValue(raw, problems) {
    const v = raw.trim().toLowerCase();
    if (v === '' || v === 'auto')
        return 'auto';
    const word = (0,options/* booleanWord */.Dk)(v);
    if (word !== undefined)
        return word;
    problems.add('prerelease', `must be auto, true or false, got "${raw.trim()}".`);
    return 'auto';
}
/**
 * publishRelease's settings from the option values (the action and the CLI both call this). `env` gives
 * the run's defaults: GITHUB_SHA (target-commitish) and GITHUB_WORKSPACE (where the globs are resolved).
 */
function publishReleaseSettings(v, ctx) {
    const problems = new errors/* Problems */.Zw();
    const prerelease = prereleaseValue(v.prerelease, problems);
    problems.throwIfAny();
    return {
        tag: v.tag,
        name: v.name || undefined,
        body: v.body || undefined,
        bodyFile: v['body-file'] || undefined,
        prerelease,
        draft: v.draft,
        makeLatest: v['make-latest'],
        files: v.files,
        checksums: v.checksums,
        targetCommitish: v['target-commitish'] || ctx.env.GITHUB_SHA || undefined,
        overwrite: v.overwrite,
        replacePublishedAssets: v['replace-published-assets'],
        dryRun: v['dry-run'],
        inspect: v.inspect,
        cwd: ctx.cwd ?? (ctx.env.GITHUB_WORKSPACE || process.cwd()),
        forge: { forge: v.forge, apiUrl: v['api-url'], token: v.token ?? '', repository: v.repository, env: ctx.env },
        log: ctx.log,
    };
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/publish.ts
/**
 * `relforge publish`: the same operation and options as actions/publish-release. The token never comes
 * from argv: RELFORGE_TOKEN, else GITHUB_TOKEN / GITEA_TOKEN / FORGEJO_TOKEN, or --token-file / --token-env.
 */




/* harmony default export */ const publish = ((0,command/* defineCommand */.N)({
    schema: publishReleaseSchema,
    notes: `The token is read from RELFORGE_TOKEN (else GITHUB_TOKEN, GITEA_TOKEN, FORGEJO_TOKEN), --token-file or --token-env;
never pass a token as an argument. --api-url defaults to GITHUB_API_URL (https://api.github.com), --repository to
GITHUB_REPOSITORY. Without a token, --dry-run plans from the local files only. Globs are relative to the current directory.
--inspect only reports the release for --tag (none, draft, published; complete or what it lacks) and changes nothing.`,
    async run(v) {
        const log = v.json ? (l) => console.error(l) : (l) => console.log(l);
        const settings = publishReleaseSettings(v, { env: process.env, cwd: process.cwd(), log });
        if (settings.inspect) {
            // the log line says it all; --json gives state, complete, missing and the assets
            const r = await inspectRelease(settings);
            if (v.json)
                console.log(JSON.stringify(r, null, 2));
            return 0;
        }
        const res = await (0,publish_release/* publishRelease */.Dl)(settings);
        if (v.json)
            console.log(JSON.stringify(res, null, 2));
        else {
            console.log(`${res.dryRun ? 'dry run: ' : ''}${res.tag} ${res.dryRun ? 'planned' : res.published ? 'published' : 'left as draft'}${res.url ? ` — ${res.url}` : ''}`);
            for (const a of res.assets)
                console.log(`  ${a.sha256}  ${a.name} (${a.size} bytes)`);
        }
        return 0;
    },
}));


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


/***/ }),

/***/ 3913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ formatChecksums),
/* harmony export */   y: () => (/* binding */ parseChecksums)
/* harmony export */ });
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6316);
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
function formatChecksums(entries) {
    return entries
        .map(({ name, sha256 }) => {
        if (!/^[0-9a-f]{64}$/.test(sha256))
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Internal: "${sha256}" is not a SHA-256 hex digest.`);
        if (name === '')
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY('Internal: empty name in SHA256SUMS.');
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
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Malformed SHA256SUMS line: "${line.slice(0, 120)}"`);
        let name = m[3];
        if (m[1])
            name = name.replace(/\\(\\|n|r)/g, (_, c) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
        out.push({ name, sha256: m[2].toLowerCase() });
    }
    return out;
}


/***/ })

};
