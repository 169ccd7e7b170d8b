export const id = 123;
export const ids = [123];
export const modules = {

/***/ 6454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ publish)
});

// EXTERNAL MODULE: ./src/publishing/publish-release.ts + 3 modules
var publish_release = __webpack_require__(5598);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(6316);
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
        tag: {
            type: 'string',
            required: true,
            description: 'Tag of the release (e.g. v1.2.3). The forge creates the tag at publish time from "target-commitish" when it does not exist yet.',
            cli: { metavar: 'TAG' },
        },
        name: { type: 'string', description: 'Release title. Default is the tag.', cli: { metavar: 'TITLE' } },
        body: { type: 'string', description: 'Release notes (markdown). Give "body" or "body-file", not both.', cli: { metavar: 'TEXT' } },
        'body-file': { type: 'string', description: 'File with the release notes (e.g. the changelog action\'s output written to a file).', cli: { metavar: 'FILE' } },
        prerelease: {
            type: 'string',
            default: 'auto',
            description: 'auto (default): a prerelease when the tag\'s version has a prerelease part (v1.2.0-beta.1); or true / false.',
            cli: { metavar: 'auto|true|false' },
        },
        draft: { type: 'boolean', default: false, description: 'Leave the release as a draft after uploading and verifying (do not publish).' },
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
        'replace-published-assets': {
            type: 'boolean',
            default: false,
            description: 'Allow replacing assets of an already published release whose content differs (default false: such a run fails with the list of differences and changes nothing; missing assets are always added). The new file is uploaded before the old one is removed, so the release never lacks the asset.',
        },
        'dry-run': { type: 'boolean', default: false, description: 'Report what would be created, uploaded, replaced and published; change nothing.' },
        json: { type: 'boolean', default: false, only: 'cli', description: 'Print the whole result as JSON (log lines go to stderr).' },
    },
    outputs: {
        'release-id': { description: 'Numeric id of the release on the forge.' },
        url: { description: 'Web URL of the release.' },
        assets: { description: 'JSON array of the release assets: [{"name","size","sha256","url"}] (url = browser download URL).' },
        created: { description: 'true when this run created the release, false when it existed (re-run or adopted draft).' },
    },
});
const TRUE = ['true', 'yes', '1', 'on'];
const FALSE = ['false', 'no', '0', 'off'];
/** `prerelease`: auto, or a boolean word (true/false, yes/no, 1/0, on/off; any case). */
function prereleaseValue(raw, problems) {
    const v = raw.trim().toLowerCase();
    if (v === '' || v === 'auto')
        return 'auto';
    if (TRUE.includes(v))
        return true;
    if (FALSE.includes(v))
        return false;
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
GITHUB_REPOSITORY. Without a token, --dry-run plans from the local files only. Globs are relative to the current directory.`,
    async run(v) {
        const log = v.json ? (l) => console.error(l) : (l) => console.log(l);
        const res = await (0,publish_release/* publishRelease */.Dl)(publishReleaseSettings(v, { env: process.env, cwd: process.cwd(), log }));
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

/***/ 5732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ expandFiles),
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   jP: () => (/* binding */ assertSafeName),
/* harmony export */   vA: () => (/* binding */ READ_CHUNK)
/* harmony export */ });
/* unused harmony export safeBasename */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1138);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6316);
/**
 * Filesystem adapter: glob expansion for `files` inputs, streamed hashing, safe names.
 * Files are read in 1 MiB chunks (64 KiB reads cost ~25 % more), so memory does not grow with file size.
 */






const READ_CHUNK = 1024 * 1024;
/**
 * Expands newline-separated glob patterns (relative to `cwd`) to absolute regular-file paths,
 * sorted and de-duplicated. `!pattern` removes matches. Zero matches for the whole set is an error
 * naming the input. A pattern without glob characters must name an existing regular file.
 * (Own walker over minimatch rather than @actions/glob, whose `::debug::` lines leak into CLI output.)
 */
async function expandFiles(patterns, opts = {}) {
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(opts.cwd ?? process.cwd());
    const what = opts.inputName ? `Input "${opts.inputName}"` : 'The file list';
    const pats = patterns.map((p) => p.trim()).filter((p) => p !== '' && !p.startsWith('#'));
    if (pats.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY(`${what} is empty: give at least one file or glob pattern.`);
    const toAbs = (p) => toSlash((0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(cwd, p));
    const found = new Set();
    for (const p of pats.filter((x) => !x.startsWith('!'))) {
        const abs = toAbs(p);
        if (!hasMagic(p)) {
            let st;
            try {
                st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
            }
            catch {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY(`${what}: file "${p}" does not exist (looked in ${cwd}).`);
            }
            if (!st.isFile())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY(`${what}: "${p}" is not a regular file.`);
            found.add(abs);
            continue;
        }
        for (const m of globFiles(abs))
            found.add(m);
    }
    for (const p of pats.filter((x) => x.startsWith('!'))) {
        const neg = toAbs(p.slice(1));
        for (const f of [...found])
            if ((0,minimatch__WEBPACK_IMPORTED_MODULE_4__/* .minimatch */ .xF)(f, neg, { dot: true }))
                found.delete(f);
    }
    if (found.size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY(`${what} matched no files (patterns: ${pats.join(', ')}; looked in ${cwd}).`);
    return [...found].sort();
}
const toSlash = (p) => p.split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/');
const hasMagic = (p) => /[*?[\]{}]/.test(p);
/** Regular files matching an absolute glob: walks from the pattern's static prefix only. */
function globFiles(absPattern) {
    const segments = absPattern.split('/');
    let i = 0;
    while (i < segments.length && !hasMagic(segments[i]))
        i++;
    const base = segments.slice(0, i).join('/') || '/';
    const rest = segments.slice(i);
    const maxDepth = rest.includes('**') || rest.some((s) => s.includes('**')) ? Infinity : rest.length;
    const out = [];
    const walk = (dir, depth) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            const full = dir === '/' ? `/${e.name}` : `${dir}/${e.name}`;
            let isDir = e.isDirectory();
            let isFile = e.isFile();
            if (e.isSymbolicLink()) {
                try {
                    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full);
                    isDir = st.isDirectory();
                    isFile = st.isFile();
                }
                catch {
                    continue;
                }
            }
            if (isFile && depth + 1 >= 1 && (0,minimatch__WEBPACK_IMPORTED_MODULE_4__/* .minimatch */ .xF)(full, absPattern, { dot: true }))
                out.push(full);
            else if (isDir && depth + 1 < maxDepth && e.name !== '.git' && e.name !== 'node_modules')
                walk(full, depth + 1);
        }
    };
    walk(base, 0);
    return out;
}
/** Streams a file once, feeding every requested hash; returns hex digests and the byte count. */
async function hashFile(path, algos) {
    const hashes = algos.map((a) => [a, (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createHash)(a)]);
    let size = 0;
    // One reused 1 MiB buffer: a read stream allocates a fresh chunk per read, and that garbage (external
    // memory, collected late) kept ~80 MiB extra RSS while hashing large files.
    const buf = Buffer.allocUnsafe(READ_CHUNK);
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        for (;;) {
            const { bytesRead } = await fh.read(buf, 0, READ_CHUNK, null);
            if (bytesRead === 0)
                break;
            size += bytesRead;
            const chunk = bytesRead === READ_CHUNK ? buf : buf.subarray(0, bytesRead);
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
    return (await hashFile(path, ['sha256'])).sha256;
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY(`Unsafe ${what} "${name.replace(/[\x00-\x1f\x7f]/g, '?')}": use a plain name without path separators, ".." or control characters.`);
    }
    return name;
}
function safeBasename(path) {
    return assertSafeName(basename(path));
}


/***/ }),

/***/ 3913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ formatChecksums)
/* harmony export */ });
/* unused harmony export parseChecksums */
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
            throw new RelforgeError(`Malformed SHA256SUMS line: "${line.slice(0, 120)}"`);
        let name = m[3];
        if (m[1])
            name = name.replace(/\\(\\|n|r)/g, (_, c) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
        out.push({ name, sha256: m[2].toLowerCase() });
    }
    return out;
}


/***/ })

};
