export const id = 629;
export const ids = [629];
export const modules = {

/***/ 2524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   usage: () => (/* binding */ usage)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6316);
/* harmony import */ var _versioning_changelog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2065);
/** `relforge changelog --version X.Y.Z`: release notes with git-cliff (same library as actions/changelog). */



const usage = `relforge changelog --version X.Y.Z [--output CHANGELOG.md] [--config cliff.toml] [--tag-prefix v]
       [--include-path GLOB]… [--dry-run] [--path .] [--json]

Prints this release's section (commits since the last strict release tag); --output prepends it to a file.`;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    summary: "this release's changelog section from Conventional Commits (git-cliff)",
    usage,
    async run(argv) {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            options: {
                version: { type: 'string' },
                output: { type: 'string' },
                config: { type: 'string' },
                'tag-prefix': { type: 'string', default: 'v' },
                'include-path': { type: 'string', multiple: true },
                'pre-1-0': { type: 'string', default: 'minor' },
                'git-cliff-path': { type: 'string' },
                'dry-run': { type: 'boolean', default: false },
                path: { type: 'string', default: '.' },
                json: { type: 'boolean', default: false },
            },
            strict: true,
        });
        if (!values.version)
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RelforgeError */ .fY(`--version is required.\n\nusage: ${usage}`, { exitCode: 2 });
        const r = await (0,_versioning_changelog_js__WEBPACK_IMPORTED_MODULE_2__/* .generateChangelog */ .Ki)({
            cwd: values.path,
            version: values.version.replace(/^v(?=\d)/, ''),
            output: values.output,
            config: values.config,
            tagPrefix: values['tag-prefix'],
            includePaths: values['include-path'],
            pre1: values['pre-1-0'],
            gitCliffPath: values['git-cliff-path'],
            dryRun: values['dry-run'],
        });
        if (values.json)
            console.log(JSON.stringify(r, null, 2));
        else {
            console.log(r.section.trimEnd());
            if (r.path)
                console.error(r.written ? `prepended to ${r.path}` : `dry run: ${r.path} not written`);
        }
        return 0;
    },
});


/***/ }),

/***/ 5986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Git: () => (/* binding */ Git)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1955);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6316);
/* harmony import */ var _platform_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9002);
/* harmony import */ var _versioning_core_commits_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9680);
/**
 * Git adapter: runs `git` with argument arrays through @actions/exec (no shell).
 * Queries are bulk: one git process per question, never one per commit or per tag.
 */







class Git {
    cwd;
    constructor(cwd) {
        this.cwd = cwd;
    }
    /** Runs git; throws a RelforgeError (secret-free) on a non-zero exit unless allowFailure. */
    async run(args, opts = {}) {
        let res;
        try {
            res = await _actions_exec__WEBPACK_IMPORTED_MODULE_3__/* .getExecOutput */ .H('git', args, {
                cwd: this.cwd,
                silent: true,
                ignoreReturnCode: true,
                input: opts.input,
                env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...opts.env },
            });
        }
        catch (err) {
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`Could not run git (is it installed and on PATH?): ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(String(err.message ?? err))}`);
        }
        const out = { code: res.exitCode, stdout: res.stdout, stderr: res.stderr };
        if (out.code !== 0 && !opts.allowFailure) {
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`git ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(args.join(' '))} failed (exit ${out.code}): ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(out.stderr.trim() || out.stdout.trim())}`);
        }
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
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`${this.cwd} is not a git repository. Check out the repository first (actions/checkout with fetch-depth: 0) or set the "path" input (--path on the command line).`);
        }
    }
    async isShallow() {
        return (await this.text(['rev-parse', '--is-shallow-repository'])) === 'true';
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
            const detail = why && !/not a git repository/i.test(why) ? ` (git says: ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(why.split('\n')[0])})` : '';
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`${this.cwd} is not a git repository${detail}. Check out the repository first (actions/checkout with fetch-depth: 0) or set the "path" input (--path on the command line).`);
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
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`git ${args.join(' ')} failed (exit ${r.code}): ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(r.stderr.trim())}`);
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
        // no per-line processing in @actions/exec, one string to parse.
        const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'relforge-git-'));
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'log');
        try {
            const args = ['-c', 'log.showSignature=false', 'log', '-z', `--format=${_versioning_core_commits_js__WEBPACK_IMPORTED_MODULE_6__/* .LOG_FORMAT */ .N_}`, '--decorate-refs=refs/tags/', '--no-color', `--output=${file}`];
            if (opts.files)
                args.push('--name-only', '--no-renames');
            args.push(...range, '--');
            await this.run(args);
            return (0,_versioning_core_commits_js__WEBPACK_IMPORTED_MODULE_6__/* .parseLogOutput */ .Xw)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), !!opts.files);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
        }
    }
}


/***/ }),

/***/ 9680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N_: () => (/* binding */ LOG_FORMAT),
/* harmony export */   Xw: () => (/* binding */ parseLogOutput),
/* harmony export */   ri: () => (/* binding */ NON_CONVENTIONAL),
/* harmony export */   zU: () => (/* binding */ classifyCommits)
/* harmony export */ });
/* unused harmony exports classifyCommit, classifyWithParser, parseDecorations */
/* harmony import */ var conventional_commits_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4674);
/**
 * Conventional Commits classification (no I/O).
 *
 * Parsing uses conventional-commits-parser 7 configured like the `conventionalcommits` preset: `!` before the colon
 * marks a breaking change (`feat(scope)!: …`), and so does a `BREAKING CHANGE:` or `BREAKING-CHANGE:` footer
 * (upper case, as the specification requires). A message whose header is not `type[(scope)][!]: description` is
 * non-conventional: it is counted but never bumps the version, even with a breaking-change footer.
 */

/** The key `countsByType` uses for commits that are not Conventional Commits. */
const NON_CONVENTIONAL = 'non-conventional';
const HEADER = /^(\w+)(?:\(([^()\r\n]*)\))?!?: (.*)$/;
const BREAKING_HEADER = /^(\w+)(?:\(([^()\r\n]*)\))?!: (.*)$/;
const PARSER_OPTIONS = {
    headerPattern: HEADER,
    breakingHeaderPattern: BREAKING_HEADER,
    headerCorrespondence: ['type', 'scope', 'subject'],
    noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
    // Case-sensitive (the parser's default is not): the specification says BREAKING CHANGE MUST be upper case.
    notesPattern: (keywords) => new RegExp(`^(?:\\*\\s+)?(${keywords}):\\s*(.*)`),
    // We read plain messages from git, not conventional-changelog's "-hash-" field format, and need no references.
    fieldPattern: undefined,
    issuePrefixes: undefined,
    referenceActions: undefined,
    mergePattern: undefined,
};
let parser;
/** Classifies one commit message. */
function classifyCommit(raw) {
    const message = raw.message;
    const subject = firstLine(message);
    const m = HEADER.exec(subject);
    let type = '';
    let scope;
    let breaking = false;
    if (m) {
        // The parser is only needed for footers: without the token "BREAKING" in the message, its answer is the
        // header's (test/core/commits.test.ts checks that both paths agree on a corpus).
        if (message.includes('BREAKING'))
            return classifyWithParser(raw, subject);
        type = m[1].toLowerCase();
        scope = m[2] || undefined;
        breaking = BREAKING_HEADER.test(subject);
    }
    const out = { sha: raw.sha, subject, type, breaking, conventional: m !== null };
    if (scope !== undefined)
        out.scope = scope;
    if (raw.files)
        out.files = raw.files;
    return out;
}
/** The full conventional-commits-parser path (footers, `!`, notes); classifyCommit uses it when footers matter. */
function classifyWithParser(raw, subject = firstLine(raw.message)) {
    const out = { sha: raw.sha, subject, type: '', breaking: false, conventional: false };
    if (raw.files)
        out.files = raw.files;
    if (!HEADER.test(subject))
        return out;
    parser ??= new conventional_commits_parser__WEBPACK_IMPORTED_MODULE_0__/* .CommitParser */ .Jf(PARSER_OPTIONS);
    const parsed = parser.parse(raw.message.replace(/^\s+/, ''));
    const type = typeof parsed.type === 'string' ? parsed.type.toLowerCase() : '';
    if (!type)
        return out;
    out.type = type;
    out.conventional = true;
    out.breaking = parsed.notes.some((n) => n.title === 'BREAKING CHANGE' || n.title === 'BREAKING-CHANGE');
    if (typeof parsed.scope === 'string' && parsed.scope !== '')
        out.scope = parsed.scope;
    return out;
}
/** First non-blank line, trimmed. */
function firstLine(message) {
    let start = 0;
    while (start < message.length && (message[start] === '\n' || message[start] === '\r' || message[start] === ' ' || message[start] === '\t'))
        start++;
    let end = message.indexOf('\n', start);
    if (end === -1)
        end = message.length;
    return message.slice(start, end).trim();
}
function classifyCommits(raws) {
    return raws.map(classifyCommit);
}
/**
 * The `git log -z --format=<LOG_FORMAT>` format and its parser: `/<id>` NUL `<tag decorations>` NUL `<message>`.
 * Each record starts with `/`: a path git prints can never start with `/`, so with `--name-only` the records and
 * the file names that follow them cannot be confused.
 */
const LOG_FORMAT = '/%H%x00%D%x00%B';
/** Parses `git log -z --format=/%H%x00%D%x00%B [--name-only]` output (newest first, as git prints it). */
function parseLogOutput(out, withFiles = false) {
    const tokens = out.split('\0');
    const commits = [];
    let current;
    for (let i = 0; i < tokens.length; i++) {
        const tok = tokens[i];
        if (tok.startsWith('/')) {
            const decorations = tokens[i + 1] ?? '';
            current = { sha: tok.slice(1).trim(), message: tokens[i + 2] ?? '' };
            if (decorations !== '')
                current.tags = parseDecorations(decorations);
            if (withFiles)
                current.files = [];
            commits.push(current);
            i += 2;
            continue;
        }
        if (!withFiles || !current)
            continue;
        const name = tok.startsWith('\n') ? tok.slice(1) : tok;
        if (name !== '')
            current.files.push(name);
    }
    return commits;
}
/** `tag: v1.0.0, tag: v1.0.0-rc.1, HEAD -> main` → ['v1.0.0', 'v1.0.0-rc.1'] (tags only). */
function parseDecorations(text) {
    const tags = [];
    for (const part of text.split(', ')) {
        const t = part.trim();
        if (t.startsWith('tag: '))
            tags.push(t.slice(5));
    }
    return tags;
}


/***/ }),

/***/ 4794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parsePrereleaseTag),
/* harmony export */   Pg: () => (/* binding */ applyBump),
/* harmony export */   W: () => (/* binding */ compareStrictVersions),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   _3: () => (/* binding */ formatTag),
/* harmony export */   aK: () => (/* binding */ isStrictVersion),
/* harmony export */   fX: () => (/* binding */ maxBump),
/* harmony export */   i: () => (/* binding */ isValidChannel),
/* harmony export */   nN: () => (/* binding */ isSemver),
/* harmony export */   qp: () => (/* binding */ tagPrefixProblem),
/* harmony export */   uM: () => (/* binding */ BUMP_RANK),
/* harmony export */   xn: () => (/* binding */ parseStrictTag),
/* harmony export */   yk: () => (/* binding */ escapeGlob)
/* harmony export */ });
/* unused harmony export maxVersion */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Versions and release tags as data (no I/O).
 *
 * A release tag is exactly `<prefix>MAJOR.MINOR.PATCH`: SemVer numbers without leading zeros, no prerelease,
 * no build metadata. Everything else (`v1.2`, `v01.2.3`, `v1.2.3-beta.1`, `v1.2.3+build`, `release-1.2.3`
 * for prefix `v`) is not a release tag. Ordering is SemVer precedence (npm `semver`), never git's sort.
 */

const NUM = '(?:0|[1-9][0-9]*)';
const STRICT_CORE = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}$`);
// SemVer 2.0.0 prerelease identifiers: numeric without leading zeros, or alphanumeric with hyphens.
const PRE_ID = '(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)';
const PRERELEASE = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}-${PRE_ID}(?:\\.${PRE_ID})*(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`);
/** Largest number we accept in a version component (beyond it, JS numbers lose precision). */
const MAX_COMPONENT = Number.MAX_SAFE_INTEGER;
/** True for `MAJOR.MINOR.PATCH` with no leading zeros, no prerelease, no build metadata. */
function isStrictVersion(version) {
    if (!STRICT_CORE.test(version))
        return false;
    return version.split('.').every((n) => Number(n) <= MAX_COMPONENT);
}
/** 'v1.2.3' with prefix 'v' → '1.2.3'; anything that is not exactly `<prefix>MAJOR.MINOR.PATCH` → undefined. */
function parseStrictTag(tag, prefix) {
    if (!tag.startsWith(prefix))
        return undefined;
    const rest = tag.slice(prefix.length);
    return isStrictVersion(rest) ? rest : undefined;
}
/** 'v1.2.3-beta.4' with prefix 'v' → '1.2.3-beta.4' (a SemVer prerelease); undefined otherwise. */
function parsePrereleaseTag(tag, prefix) {
    if (!tag.startsWith(prefix))
        return undefined;
    const rest = tag.slice(prefix.length);
    return PRERELEASE.test(rest) ? rest : undefined;
}
/** A prerelease channel / identifier: `[0-9A-Za-z-]+` (SemVer 2.0.0 §9). */
function isValidChannel(id) {
    return /^[0-9A-Za-z-]+$/.test(id);
}
/** Any valid SemVer 2.0.0 version (prerelease and build allowed), without a `v`. */
function isSemver(version) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().valid(version) === version;
}
/** SemVer precedence: negative when a < b, 0 when equal, positive when a > b. */
function compareVersions(a, b) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().compare(a, b);
}
/**
 * SemVer precedence of two STRICT versions (`MAJOR.MINOR.PATCH` as accepted by isStrictVersion): numeric,
 * field by field — exactly semver.compare for versions without prerelease or build parts, without building
 * semver objects (scanning thousands of release tags stays cheap). Never use it for prerelease versions.
 */
function compareStrictVersions(a, b) {
    const x = a.split('.');
    const y = b.split('.');
    for (let i = 0; i < 3; i++) {
        const d = Number(x[i]) - Number(y[i]);
        if (d !== 0)
            return d < 0 ? -1 : 1;
    }
    return 0;
}
/** The highest version of a list by SemVer precedence (undefined for an empty list). */
function maxVersion(versions) {
    let best;
    for (const v of versions)
        if (best === undefined || semver.compare(v, best) > 0)
            best = v;
    return best;
}
/** Applies a bump: `none` returns the version unchanged; a prerelease base graduates (1.0.0-beta.2 + minor → 1.0.0). */
function applyBump(version, bump) {
    if (bump === 'none')
        return version;
    const next = semver__WEBPACK_IMPORTED_MODULE_0___default().inc(version, bump);
    if (!next)
        throw new Error(`cannot bump "${version}" (${bump}): not a SemVer version`);
    return next;
}
/** The order of bump levels: none < patch < minor < major. */
const BUMP_RANK = { none: 0, patch: 1, minor: 2, major: 3 };
function maxBump(a, b) {
    return BUMP_RANK[a] >= BUMP_RANK[b] ? a : b;
}
/** `<prefix><version>`. */
function formatTag(prefix, version) {
    return `${prefix}${version}`;
}
/** Escapes fnmatch(3) glob characters so a literal prefix can be used in `git describe --match`. */
function escapeGlob(text) {
    return text.replace(/[*?[\]\\]/g, '\\$&');
}
/**
 * A tag prefix is used literally in tag names and git patterns: printable, no whitespace, nothing git refuses
 * in a ref name. Returns a problem description, or undefined when the prefix is fine. An empty prefix is allowed.
 */
function tagPrefixProblem(prefix) {
    if (prefix === '')
        return undefined;
    if (/[\s~^:?*[\\\x00-\x1f\x7f]/.test(prefix) || prefix.includes('..') || prefix.includes('@{') || prefix.startsWith('-') || prefix.startsWith('/') || prefix.startsWith('.')) {
        return `"${prefix}" cannot start a git tag name (no spaces, ~ ^ : ? * [ \\, "..", "@{", or a leading "-", "/" or ".")`;
    }
    return undefined;
}


/***/ })

};
