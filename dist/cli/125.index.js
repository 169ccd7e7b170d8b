export const id = 125;
export const ids = [125];
export const modules = {

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


/***/ }),

/***/ 3125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HV: () => (/* binding */ computeNextVersion),
  fb: () => (/* binding */ readVersionFile),
  G6: () => (/* binding */ renderNextVersionSummary)
});

// UNUSED EXPORTS: findBaseTag, nextVersionSettings, writeManifests

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(6316);
// EXTERNAL MODULE: ./src/git/repository.ts
var repository = __webpack_require__(5986);
// EXTERNAL MODULE: ./src/versioning/core/commits.ts
var core_commits = __webpack_require__(9680);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/versioning/core/version.ts
var core_version = __webpack_require__(4794);
;// CONCATENATED MODULE: ./src/versioning/core/bump.ts
/**
 * The bump decision (no I/O): which level the commits since the base ask for, and which commits decided it.
 *
 * - breaking (any type, `!` or footer) → major; while the base major is 0: `pre1: 'minor'` → minor,
 *   `pre1: 'major'` → major (0.x → 1.0.0);
 * - `feat` → minor; `fix`, `perf` → patch; other types only when listed in `releaseTypes` (patch; `feat`
 *   stays minor); a type missing from `releaseTypes` does not release;
 * - non-conventional commits never bump.
 */



const DEFAULT_RELEASE_TYPES = ['feat', 'fix', 'perf'];
/** The level one commit asks for, given the base version (for the 0.x rule). */
function commitBump(c, baseVersion, policy) {
    if (!c.conventional)
        return 'none';
    if (c.breaking)
        return semver_default().major(baseVersion) === 0 && policy.pre1 === 'minor' ? 'minor' : 'major';
    if (!policy.releaseTypes.includes(c.type))
        return 'none';
    return c.type === 'feat' ? 'minor' : 'patch';
}
function decideBump(commits, baseVersion, policy, maxDeciding = 10) {
    const countsByType = {};
    let bump = 'none';
    let breakingCount = 0;
    let deciding = [];
    let decidingTotal = 0;
    for (const c of commits) {
        const key = c.conventional ? c.type : core_commits/* NON_CONVENTIONAL */.ri;
        countsByType[key] = (countsByType[key] ?? 0) + 1;
        if (c.conventional && c.breaking)
            breakingCount++;
        const level = commitBump(c, baseVersion, policy);
        if (level === 'none')
            continue;
        if (core_version/* BUMP_RANK */.uM[level] > core_version/* BUMP_RANK */.uM[bump]) {
            bump = level;
            deciding = [];
            decidingTotal = 0;
        }
        if (level === bump) {
            decidingTotal++;
            if (deciding.length < maxDeciding)
                deciding.push({ sha: c.sha, subject: c.subject, type: c.type, breaking: c.breaking });
        }
    }
    return { bump, version: (0,core_version/* applyBump */.Pg)(baseVersion, bump), deciding, decidingTotal, countsByType, breakingCount, commits: commits.length };
}
/** Validates a release-types list: lower-cased word types; returns the problems found. */
function releaseTypesProblems(types) {
    return types.filter((t) => !/^\w+$/.test(t)).map((t) => `"${t}" is not a commit type (letters, digits, underscore)`);
}

;// CONCATENATED MODULE: ./src/versioning/core/manifests/types.ts
/**
 * Version-file updaters in the style of release-please: one small class per format, text in → text out,
 * touching only the version characters so formatting and comments survive.
 */

class ManifestError extends errors/* RelforgeError */.fY {
    constructor(message) {
        super(message);
        this.name = 'ManifestError';
    }
}
function targetVersion(opts, kind) {
    if (!opts.version)
        throw new Error(`${kind} updater: no target version given`);
    return opts.version;
}
function fileLabel(opts, fallback) {
    return opts.file ?? fallback;
}
/** Replaces text[start,end) with `value`. */
function splice(text, start, end, value) {
    return text.slice(0, start) + value + text.slice(end);
}

;// CONCATENATED MODULE: ./src/versioning/core/manifests/toml-edit.ts
const HEADER = /^\s*(\[\[?)\s*([A-Za-z0-9_.\-" ']+?)\s*(\]\]?)\s*(?:#.*)?$/;
const KEY_VALUE = /^(\s*)([A-Za-z0-9_\-."']+?)\s*=\s*(.*)$/;
function normaliseTable(name) {
    return name
        .split('.')
        .map((p) => p.trim().replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1'))
        .join('.');
}
/** Every `key = value` line with its table, in document order. Multi-line strings are skipped over. */
function scanToml(text) {
    const entries = [];
    let table = '';
    let block = -1;
    let blockCount = 0;
    let inMultiline;
    let offset = 0;
    for (const line of text.split('\n')) {
        const lineStart = offset;
        offset += line.length + 1;
        if (inMultiline) {
            if (line.includes(inMultiline))
                inMultiline = undefined;
            continue;
        }
        const h = HEADER.exec(line);
        if (h && ((h[1] === '[' && h[3] === ']') || (h[1] === '[[' && h[3] === ']]'))) {
            table = normaliseTable(h[2]);
            block = h[1] === '[[' ? blockCount++ : -1;
            continue;
        }
        const kv = KEY_VALUE.exec(line);
        if (!kv)
            continue;
        const key = normaliseTable(kv[2]);
        const rest = kv[3];
        const valueOffset = lineStart + line.length - rest.length;
        for (const q of ['"""', "'''"]) {
            if (rest.startsWith(q) && rest.indexOf(q, 3) === -1)
                inMultiline = q;
        }
        const entry = { table, block, key, raw: rest.replace(/\s+#.*$/, '').trim() };
        const s = /^"((?:[^"\\]|\\.)*)"/.exec(rest) ?? /^'([^']*)'/.exec(rest);
        if (s && !inMultiline) {
            entry.value = rest[0] === '"' ? JSON.parse(`"${s[1]}"`) : s[1];
            entry.valueStart = valueOffset + 1;
            entry.valueEnd = valueOffset + 1 + s[1].length;
        }
        entries.push(entry);
    }
    return entries;
}
/** The `key` entry of `table` (first occurrence), with the key written plainly (`version = …`). */
function findTomlKey(entries, table, key) {
    return entries.find((e) => e.table === table && e.key === key);
}
/** True when `[table]` declares `key.workspace = true` or `key = { workspace = true }`. */
function inheritsWorkspace(entries, table, key) {
    return entries.some((e) => e.table === table &&
        ((e.key === `${key}.workspace` && e.raw === 'true') || (e.key === key && /^\{\s*workspace\s*=\s*true\s*\}$/.test(e.raw))));
}

;// CONCATENATED MODULE: ./src/versioning/core/manifests/cargo.ts
/** Cargo.toml (`[package] version`, or `[workspace.package] version` when the crate inherits it) and Cargo.lock. */


class CargoToml {
    opts;
    kind = 'Cargo.toml';
    constructor(opts = {}) {
        this.opts = opts;
    }
    locate(text) {
        const file = fileLabel(this.opts, 'Cargo.toml');
        const entries = scanToml(text);
        const own = findTomlKey(entries, 'package', 'version');
        if (own?.value !== undefined)
            return own;
        const inherited = inheritsWorkspace(entries, 'package', 'version');
        const ws = findTomlKey(entries, 'workspace.package', 'version');
        if (ws?.value !== undefined && (inherited || !entries.some((e) => e.table === 'package')))
            return ws;
        if (inherited) {
            throw new ManifestError(`${file}: [package] inherits its version from the workspace (version.workspace = true); list the workspace root Cargo.toml (with [workspace.package] version) as the manifest instead.`);
        }
        throw new ManifestError(`${file}: no [package] version = "…" (or [workspace.package] version) found; add one or use another version file.`);
    }
    readVersion(text) {
        return this.locate(text).value;
    }
    /** `[package] name`, used to find this crate's entry in Cargo.lock. */
    readName(text) {
        return findTomlKey(scanToml(text), 'package', 'name')?.value;
    }
    updateContent(text) {
        const e = this.locate(text);
        return splice(text, e.valueStart, e.valueEnd, targetVersion(this.opts, this.kind));
    }
}
/** Cargo.lock: the `[[package]]` entries of workspace members (no `source`) named in `packages`. */
class CargoLock {
    opts;
    kind = 'Cargo.lock';
    constructor(opts) {
        this.opts = opts;
    }
    members(text) {
        const entries = scanToml(text);
        const blocks = new Map();
        for (const e of entries) {
            if (e.table !== 'package' || e.block < 0)
                continue;
            let list = blocks.get(e.block);
            if (!list)
                blocks.set(e.block, (list = []));
            list.push(e);
        }
        const out = [];
        for (const list of blocks.values()) {
            const name = list.find((e) => e.key === 'name')?.value;
            const version = list.find((e) => e.key === 'version');
            const hasSource = list.some((e) => e.key === 'source');
            if (name !== undefined && this.opts.packages.includes(name) && !hasSource && version?.value !== undefined)
                out.push(version);
        }
        return out;
    }
    readVersion(text) {
        const m = this.members(text);
        if (!m.length) {
            throw new ManifestError(`${fileLabel(this.opts, 'Cargo.lock')}: no workspace member entry for ${this.opts.packages.join(', ')}.`);
        }
        return m[0].value;
    }
    updateContent(text) {
        const v = targetVersion(this.opts, this.kind);
        let out = text;
        for (const e of this.members(text).sort((a, b) => b.valueStart - a.valueStart))
            out = splice(out, e.valueStart, e.valueEnd, v);
        return out;
    }
}

;// CONCATENATED MODULE: ./src/versioning/core/manifests/json-edit.ts
class Scanner {
    text;
    wanted;
    pos = 0;
    found = new Map();
    constructor(text, wanted) {
        this.text = text;
        this.wanted = wanted;
    }
    fail(what) {
        const before = this.text.slice(0, this.pos);
        const line = before.split('\n').length;
        const col = this.pos - before.lastIndexOf('\n');
        throw new SyntaxError(`${what} at line ${line}, column ${col}`);
    }
    ws() {
        const t = this.text;
        while (this.pos < t.length) {
            const c = t.charCodeAt(this.pos);
            if (c === 32 || c === 9 || c === 10 || c === 13)
                this.pos++;
            else
                break;
        }
    }
    string() {
        const t = this.text;
        const start = this.pos;
        if (t[this.pos] !== '"')
            this.fail('expected a string');
        this.pos++;
        while (this.pos < t.length) {
            const c = t[this.pos];
            if (c === '\\')
                this.pos += 2;
            else if (c === '"') {
                this.pos++;
                return JSON.parse(t.slice(start, this.pos));
            }
            else
                this.pos++;
        }
        this.fail('unterminated string');
    }
    value(path) {
        this.ws();
        const t = this.text;
        const c = t[this.pos];
        const start = this.pos;
        if (c === '{') {
            this.pos++;
            this.ws();
            if (t[this.pos] === '}') {
                this.pos++;
                return;
            }
            for (;;) {
                this.ws();
                const key = this.string();
                this.ws();
                if (t[this.pos] !== ':')
                    this.fail('expected ":"');
                this.pos++;
                this.value(`${path}\u0000${key}`);
                this.ws();
                if (t[this.pos] === ',') {
                    this.pos++;
                    continue;
                }
                if (t[this.pos] === '}') {
                    this.pos++;
                    return;
                }
                this.fail('expected "," or "}"');
            }
        }
        if (c === '[') {
            this.pos++;
            this.ws();
            if (t[this.pos] === ']') {
                this.pos++;
                return;
            }
            let i = 0;
            for (;;) {
                this.value(`${path}\u0000${i++}`);
                this.ws();
                if (t[this.pos] === ',') {
                    this.pos++;
                    continue;
                }
                if (t[this.pos] === ']') {
                    this.pos++;
                    return;
                }
                this.fail('expected "," or "]"');
            }
        }
        if (c === '"') {
            const v = this.string();
            if (this.wanted.has(path))
                this.found.set(path, { start, end: this.pos, value: v });
            return;
        }
        const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(t.slice(this.pos, this.pos + 64));
        if (!m)
            this.fail('unexpected character');
        this.pos += m[0].length;
        if (this.wanted.has(path))
            this.found.set(path, { start, end: this.pos, value: undefined });
    }
}
const keyOf = (path) => ['', ...path].join('\u0000');
/**
 * Scans a JSON document once and returns the spans of the values at `paths` (each a list of keys from the root).
 * Throws SyntaxError (with line and column) for invalid JSON.
 */
function findJsonValues(text, paths) {
    const wanted = new Map(paths.map((p) => [keyOf(p), p]));
    const s = new Scanner(text.charCodeAt(0) === 0xfeff ? text : text, new Set(wanted.keys()));
    if (text.charCodeAt(0) === 0xfeff)
        s.pos = 1;
    s.value('');
    s.ws();
    if (s.pos !== text.length)
        s.fail('unexpected text after the JSON document');
    const out = new Map();
    for (const [k, p] of wanted)
        out.set(p, s.found.get(k));
    return out;
}
/** Replaces several spans at once (spans must not overlap). */
function replaceSpans(text, edits) {
    const sorted = [...edits].sort((a, b) => b.start - a.start);
    let out = text;
    for (const e of sorted)
        out = out.slice(0, e.start) + e.value + out.slice(e.end);
    return out;
}

;// CONCATENATED MODULE: ./src/versioning/core/manifests/npm.ts
/** package.json (`version`) and package-lock.json / npm-shrinkwrap.json (root `version` and `packages[""]`). */


function scan(text, file, paths) {
    try {
        return findJsonValues(text, paths);
    }
    catch (err) {
        throw new ManifestError(`${file} is not valid JSON: ${err.message}.`);
    }
}
class PackageJson {
    opts;
    kind = 'package.json';
    constructor(opts = {}) {
        this.opts = opts;
    }
    span(text) {
        const file = fileLabel(this.opts, 'package.json');
        const path = ['version'];
        const span = scan(text, file, [path]).get(path);
        if (!span || typeof span.value !== 'string')
            throw new ManifestError(`${file}: no top-level "version" string; add "version": "0.0.0" or use another version file.`);
        return span;
    }
    readVersion(text) {
        return this.span(text).value;
    }
    /** The `name` field (for workspace lock entries). */
    readName(text) {
        const path = ['name'];
        const v = scan(text, fileLabel(this.opts, 'package.json'), [path]).get(path)?.value;
        return typeof v === 'string' ? v : undefined;
    }
    updateContent(text) {
        const s = this.span(text);
        return replaceSpans(text, [{ start: s.start, end: s.end, value: JSON.stringify(targetVersion(this.opts, this.kind)) }]);
    }
}
/**
 * package-lock.json: the root `version` and `packages[""].version` (lockfile v2/v3), or — for a workspace member —
 * `packages["<member dir>"].version`. `entries` lists the `packages` keys to update ('' = the root package).
 */
class PackageLock {
    opts;
    kind = 'package-lock.json';
    entries;
    constructor(opts = {}) {
        this.opts = opts;
        this.entries = opts.entries ?? [''];
    }
    spans(text) {
        const file = fileLabel(this.opts, 'package-lock.json');
        const paths = this.entries.map((e) => ['packages', e, 'version']);
        const root = ['version'];
        if (this.entries.includes(''))
            paths.push(root);
        const found = scan(text, file, paths);
        return [...found.values()].filter((s) => s !== undefined && typeof s.value === 'string');
    }
    readVersion(text) {
        const s = this.spans(text);
        if (!s.length)
            throw new ManifestError(`${fileLabel(this.opts, 'package-lock.json')}: no root "version" entry.`);
        return s[0].value;
    }
    updateContent(text) {
        const v = JSON.stringify(targetVersion(this.opts, this.kind));
        return replaceSpans(text, this.spans(text).map((s) => ({ start: s.start, end: s.end, value: v })));
    }
}

;// CONCATENATED MODULE: ./src/versioning/core/manifests/pyproject.ts
/** pyproject.toml: `[project] version` (PEP 621) and `[tool.poetry] version`, whichever are present. */


class PyProject {
    opts;
    kind = 'pyproject.toml';
    constructor(opts = {}) {
        this.opts = opts;
    }
    locate(text) {
        const file = fileLabel(this.opts, 'pyproject.toml');
        const entries = scanToml(text);
        const found = [findTomlKey(entries, 'project', 'version'), findTomlKey(entries, 'tool.poetry', 'version')].filter((e) => e?.value !== undefined);
        if (!found.length) {
            const dynamic = findTomlKey(entries, 'project', 'dynamic');
            const hint = dynamic && dynamic.raw.includes('version')
                ? ' ([project] declares the version dynamic: point version-file at the file that holds it, with a version-pattern)'
                : '';
            throw new ManifestError(`${file}: no [project] version or [tool.poetry] version found${hint}.`);
        }
        return found;
    }
    readVersion(text) {
        return this.locate(text)[0].value;
    }
    updateContent(text) {
        const v = targetVersion(this.opts, this.kind);
        let out = text;
        for (const e of this.locate(text).sort((a, b) => b.valueStart - a.valueStart))
            out = splice(out, e.valueStart, e.valueEnd, v);
        return out;
    }
}

;// CONCATENATED MODULE: ./src/versioning/core/manifests/regex-file.ts
/**
 * Any text file with a `version-pattern`: a regular expression (multi-line mode) with a capture group named
 * `version`, or else its first group, around the version. Every match is rewritten; the first is read.
 */

function compileVersionPattern(pattern, inputName = 'version-pattern') {
    let re;
    try {
        re = new RegExp(pattern, 'gmd');
    }
    catch (err) {
        throw new ManifestError(`Input "${inputName}" is not a valid regular expression: ${err.message}`);
    }
    const groups = new RegExp(`${pattern}|`).exec('').length - 1;
    if (groups < 1) {
        throw new ManifestError(`Input "${inputName}" needs a capture group around the version, e.g. version = "(\\d+\\.\\d+\\.\\d+)" or (?<version>…); got ${pattern}`);
    }
    return re;
}
class RegexFile {
    opts;
    kind = 'regex';
    re;
    constructor(opts) {
        this.opts = opts;
        this.re = compileVersionPattern(opts.pattern);
    }
    spans(text) {
        const out = [];
        this.re.lastIndex = 0;
        for (const m of text.matchAll(this.re)) {
            const idx = m.indices;
            const span = idx.groups?.version ?? idx[1];
            const value = m.groups?.version ?? m[1];
            if (!span || value === undefined)
                continue;
            out.push({ start: span[0], end: span[1], value });
        }
        return out;
    }
    readVersion(text) {
        const s = this.spans(text);
        if (!s.length) {
            throw new ManifestError(`${fileLabel(this.opts, 'the version file')}: version-pattern ${this.opts.pattern} matches nothing; check the pattern against the file.`);
        }
        return s[0].value;
    }
    updateContent(text) {
        const v = targetVersion(this.opts, this.kind);
        let out = text;
        const spans = this.spans(text);
        if (!spans.length)
            this.readVersion(text);
        for (const s of spans.sort((a, b) => b.start - a.start))
            out = splice(out, s.start, s.end, v);
        return out;
    }
}

;// CONCATENATED MODULE: ./src/versioning/core/manifests/index.ts
/** Picks the updater for a version file by its name (or the regex updater when a version-pattern is given). */











function manifestKind(path, versionPattern) {
    if (versionPattern)
        return 'regex';
    switch (external_node_path_.posix.basename(path.replace(/\\/g, '/'))) {
        case 'Cargo.toml':
            return 'Cargo.toml';
        case 'package.json':
            return 'package.json';
        case 'package-lock.json':
        case 'npm-shrinkwrap.json':
            return 'package-lock.json';
        case 'pyproject.toml':
            return 'pyproject.toml';
        default:
            return undefined;
    }
}
/**
 * The updater for `path` (Cargo.toml, package.json, package-lock.json, pyproject.toml; any other file needs a
 * `versionPattern`). `version` is the target for updateContent and may be omitted for reading.
 */
function updaterFor(path, opts = {}) {
    const base = { file: path, ...(opts.version ? { version: opts.version } : {}) };
    const kind = manifestKind(path, opts.versionPattern);
    switch (kind) {
        case 'Cargo.toml':
            return new CargoToml(base);
        case 'package.json':
            return new PackageJson(base);
        case 'package-lock.json':
            return new PackageLock(base);
        case 'pyproject.toml':
            return new PyProject(base);
        case 'regex':
            return new RegexFile({ ...base, pattern: opts.versionPattern });
        default:
            throw new ManifestError(`${path}: unknown version-file format. Supported: Cargo.toml, package.json, package-lock.json, pyproject.toml; for any other file set a version-pattern (a regex with a capture group around the version).`);
    }
}

;// CONCATENATED MODULE: ./src/versioning/next-version.ts
/**
 * next-version: the release plan from Conventional Commits and release tags.
 *
 * Base = the highest strict release tag (`<prefix>MAJOR.MINOR.PATCH`) reachable from HEAD, by SemVer precedence.
 * Found in O(tail): `git describe` gives the nearest strict candidate, and ancestry is checked only for strict tags
 * with a HIGHER version (usually none). Prerelease tags are never a base. The commits since the base are read in one
 * `git log`, classified, and the highest bump wins. With `write`, manifests are rewritten all-or-nothing.
 */








/** Validates options into settings, reporting every problem at once (each names the input and the fix). */
async function nextVersionSettings(opts) {
    const problems = [];
    const tagPrefix = opts.tagPrefix ?? 'v';
    const prefixProblem = (0,core_version/* tagPrefixProblem */.qp)(tagPrefix);
    if (prefixProblem)
        problems.push(`Input "tag-prefix": ${prefixProblem}.`);
    const pre1 = opts.pre1 ?? 'minor';
    if (pre1 !== 'minor' && pre1 !== 'major')
        problems.push(`Input "pre-1-0" must be "minor" or "major", got "${String(pre1)}".`);
    const versioning = opts.versioning ?? 'unified';
    if (versioning !== 'unified' && versioning !== 'independent') {
        problems.push(`Input "versioning" must be "unified" or "independent", got "${String(versioning)}".`);
    }
    const releaseTypes = (opts.releaseTypes?.length ? opts.releaseTypes : [...DEFAULT_RELEASE_TYPES]).map((t) => t.trim().toLowerCase()).filter(Boolean);
    for (const p of releaseTypesProblems(releaseTypes))
        problems.push(`Input "release-types": ${p}; use a comma-separated list such as feat,fix,perf.`);
    let versionFile;
    if (opts.versionFile) {
        versionFile = opts.versionFile.replace(/^(\.\/)+/, '');
        const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(opts.cwd), (0,external_node_path_.resolve)(opts.cwd, versionFile));
        if ((0,external_node_path_.isAbsolute)(versionFile) || rel === '' || rel.split(external_node_path_.sep)[0] === '..')
            problems.push(`Input "version-file": "${opts.versionFile}" must be a file inside the repository (path relative to "path").`);
    }
    if (opts.versionPattern) {
        try {
            compileVersionPattern(opts.versionPattern);
        }
        catch (err) {
            problems.push(err.message);
        }
        if (!versionFile)
            problems.push('Input "version-pattern" is set but "version-file" is not; set version-file to the file the pattern applies to.');
    }
    else if (versionFile) {
        try {
            updaterFor(versionFile);
        }
        catch (err) {
            problems.push(`Input "version-file": ${err.message}`);
        }
    }
    let components = [];
    if (opts.components && opts.components.trim() !== '') {
        const { parseComponents } = await Promise.all(/* import() */[__webpack_require__.e(138), __webpack_require__.e(815), __webpack_require__.e(684)]).then(__webpack_require__.bind(__webpack_require__, 2684));
        try {
            components = parseComponents(opts.components);
        }
        catch (err) {
            if (err instanceof errors/* SettingsError */.GN)
                problems.push(...err.problems);
            else
                throw err;
        }
        for (const c of components) {
            for (const m of c.manifests) {
                if (!m.versionPattern) {
                    try {
                        updaterFor(m.path);
                    }
                    catch {
                        problems.push(`components: component "${c.name}": manifest "${m.path}" has no known format (Cargo.toml, package.json, package-lock.json, pyproject.toml); give it as {path: ${m.path}, version-pattern: <regex with a capture group>}.`);
                    }
                }
                else {
                    try {
                        compileVersionPattern(m.versionPattern, `components: ${c.name}: ${m.path}: version-pattern`);
                    }
                    catch (err) {
                        problems.push(err.message);
                    }
                }
            }
        }
    }
    if (versioning === 'independent' && components.length === 0 && !problems.some((p) => typeof p === 'string' && p.startsWith('components'))) {
        problems.push('Input "versioning" is "independent" but no "components" are configured; add components or use versioning: unified.');
    }
    if (problems.length)
        throw new errors/* SettingsError */.GN(problems);
    return {
        cwd: (0,external_node_path_.resolve)(opts.cwd),
        tagPrefix,
        ...(versionFile ? { versionFile } : {}),
        ...(opts.versionPattern ? { versionPattern: opts.versionPattern } : {}),
        pre1,
        releaseTypes,
        components,
        versioning,
        write: !!opts.write,
    };
}
/**
 * The highest strict release tag reachable from HEAD for `prefix`. O(tail): `git describe` finds the nearest
 * strict candidate; only strict tags with a HIGHER version get an ancestry check (one query, or a few
 * `merge-base --is-ancestor`). `tagNames` is the full tag list (cheap: refs only).
 */
async function findBaseTag(git, prefix, tagNames) {
    const p = (0,core_version/* escapeGlob */.yk)(prefix);
    // Candidates start with <prefix><digit>; prerelease (`-`) and build (`+`) tags are excluded by git already.
    const exclude = [`${p}*-*`, `${p}*+*`];
    // The first describe runs while the tag list is read.
    const firstDescribe = git.describeNearestTag(`${p}[0-9]*`, exclude);
    firstDescribe.catch(() => undefined);
    const strict = new Map();
    const tags = await tagNames;
    const targets = tags instanceof Map ? tags : undefined;
    for (const t of tags instanceof Map ? tags.keys() : tags) {
        const v = (0,core_version/* parseStrictTag */.xn)(t, prefix);
        if (v !== undefined)
            strict.set(t, v);
    }
    if (strict.size === 0)
        return { unreachableHigher: [] };
    let candidate;
    let resolved = false;
    for (let i = 0; i < 20; i++) {
        const found = await (i === 0 ? firstDescribe : git.describeNearestTag(`${p}[0-9]*`, exclude));
        if (found === undefined || strict.has(found)) {
            candidate = found;
            resolved = true;
            break;
        }
        // A near-miss such as v1.2 or v01.2.3: exclude it by name and ask again.
        exclude.push((0,core_version/* escapeGlob */.yk)(found));
    }
    if (!resolved) {
        // Many near-miss tags in the way: fall back to one reachability query over every strict tag.
        const merged = await git.tagsMergedInto([...strict.keys()]);
        const best = [...merged].filter((t) => strict.has(t)).sort((a, b) => (0,core_version/* compareVersions */.Zy)(strict.get(b), strict.get(a)))[0];
        candidate = best;
    }
    const candidateVersion = candidate !== undefined ? strict.get(candidate) : undefined;
    // Every strict tag is compared with the candidate (strict comparison: no semver objects for thousands of
    // tags); the few higher ones are ordered by the semver library.
    const higher = [...strict.entries()]
        .filter(([, v]) => candidateVersion === undefined || (0,core_version/* compareStrictVersions */.W)(v, candidateVersion) > 0)
        .sort((a, b) => (0,core_version/* compareVersions */.Zy)(b[1], a[1]) || (a[0] < b[0] ? -1 : 1));
    let best = candidate !== undefined ? [candidate, candidateVersion] : undefined;
    const unreachable = [];
    if (higher.length > 0 && candidate !== undefined) {
        let reachable;
        if (higher.length <= 4) {
            const set = new Set();
            for (const [t] of higher) {
                if (await git.isAncestor(`refs/tags/${t}`, 'HEAD')) {
                    set.add(t);
                    break; // sorted highest first: the first reachable one wins
                }
                unreachable.push(t);
            }
            reachable = (t) => set.has(t);
        }
        else {
            const set = await git.tagsMergedInto(higher.map(([t]) => t));
            reachable = (t) => set.has(t);
        }
        for (const [t, v] of higher) {
            if (reachable(t)) {
                best = [t, v];
                break;
            }
            if (higher.length > 4)
                unreachable.push(t);
        }
    }
    else if (candidate === undefined) {
        // describe found no strict tag at all from HEAD: none is reachable.
        unreachable.push(...higher.map(([t]) => t));
    }
    if (!best)
        return { unreachableHigher: unreachable };
    const sha = targets?.get(best[0]);
    return { tag: best[0], version: best[1], ...(sha ? { sha } : {}), unreachableHigher: unreachable };
}
/** The highest strict release tag of the whole repository (no reachability check) and its commit. */
function highestStrictTag(tags, prefix) {
    let best;
    for (const [tag, sha] of tags) {
        const v = (0,core_version/* parseStrictTag */.xn)(tag, prefix);
        if (v !== undefined && (!best || (0,core_version/* compareStrictVersions */.W)(v, best.version) > 0))
            best = { tag, sha, version: v };
    }
    return best && { tag: best.tag, sha: best.sha };
}
/** Reads the commits since `base` (all of HEAD's history without one) and the base commit id, concurrently. */
async function commitsSince(git, base, files) {
    if (!base.tag)
        return { raw: await git.logCommits(['HEAD'], { files }) };
    if (base.sha) {
        // base.sha may name an annotated tag object: the range peels it, commitOf gives the commit.
        const [raw, sha] = await Promise.all([git.logCommits([`${base.sha}..HEAD`], { files }), git.commitOf(base.sha)]);
        return { raw, sha };
    }
    const ref = `refs/tags/${base.tag}`;
    const [raw, sha] = await Promise.all([git.logCommits([`${ref}..HEAD`], { files }), git.commitOf(ref)]);
    return { raw, sha };
}
function readText(cwd, file, what) {
    const full = (0,external_node_path_.resolve)(cwd, file);
    try {
        return (0,external_node_fs_.readFileSync)(full, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new errors/* RelforgeError */.fY(code === 'ENOENT'
            ? `${what} "${file}" does not exist in ${cwd}; fix the path (it is relative to the "path" input) or remove the input.`
            : `${what} "${file}" cannot be read: ${err.message}`);
    }
}
/** Reads a version file's version with the right updater; unparsable files fail with the file named. */
function readVersionFile(cwd, file, versionPattern, what = 'version-file') {
    const text = readText(cwd, file, what);
    let version;
    try {
        version = updaterFor(file, versionPattern ? { versionPattern } : {}).readVersion(text);
    }
    catch (err) {
        if (err instanceof ManifestError)
            throw new errors/* RelforgeError */.fY(`${what} ${err.message}`);
        throw err;
    }
    version = version.trim().replace(/^v(?=\d)/, '');
    if (!(0,core_version/* isSemver */.nN)(version)) {
        throw new errors/* RelforgeError */.fY(`${what} "${file}" declares version "${version}", which is not a SemVer version (MAJOR.MINOR.PATCH); fix the file or the version-pattern.`);
    }
    return version;
}
function tailTags(commits) {
    const out = [];
    for (const c of commits)
        if (c.tags)
            out.push(...c.tags);
    return out;
}
function ignoredPrereleases(commits, prefix) {
    return tailTags(commits)
        .filter((t) => (0,core_version/* parsePrereleaseTag */.A)(t, prefix) !== undefined)
        .sort((a, b) => (0,core_version/* compareVersions */.Zy)((0,core_version/* parsePrereleaseTag */.A)(b, prefix), (0,core_version/* parsePrereleaseTag */.A)(a, prefix)));
}
function policyOf(s) {
    return { pre1: s.pre1, releaseTypes: s.releaseTypes };
}
/** Computes the next version (and, with `write`, rewrites manifests all-or-nothing). */
async function computeNextVersion(opts) {
    const s = await nextVersionSettings(opts);
    if (!(0,external_node_fs_.existsSync)(s.cwd))
        throw new errors/* RelforgeError */.fY(`Input "path": ${s.cwd} does not exist.`);
    const git = new repository.Git(s.cwd);
    // Round one, concurrently: repository facts, the tag list (refs only) and, for unified versioning, the base
    // search (its first `git describe` does not need the tag list). Errors surface in that order.
    const probeP = git.probe();
    const tagNamesP = git.tagTargets();
    const unifiedBaseP = s.versioning === 'unified' ? findBaseTag(git, s.tagPrefix, tagNamesP) : undefined;
    tagNamesP.catch(() => undefined);
    unifiedBaseP?.catch(() => undefined);
    // Speculation: the highest strict tag of the whole repository is usually the base (releases are cut from the
    // branch being built). Its `git log` starts as soon as the tag list is in, concurrently with `git describe`,
    // and is used only when the base search confirms that tag; otherwise it is discarded.
    const speculativeP = s.versioning === 'unified'
        ? tagNamesP.then((tags) => {
            const guess = highestStrictTag(tags, s.tagPrefix);
            if (!guess)
                return undefined;
            const log = git.logCommits([`${guess.sha}..HEAD`], { files: s.components.length > 0 });
            const commit = git.commitOf(guess.sha);
            log.catch(() => undefined);
            commit.catch(() => undefined);
            return { ...guess, log, commit };
        })
        : undefined;
    speculativeP?.catch(() => undefined);
    const { shallow, head } = await probeP;
    if (!head)
        throw new errors/* RelforgeError */.fY(`${s.cwd}: the current branch has no commits yet; commit something before computing a version.`);
    const tagNames = await tagNamesP;
    const warnings = [];
    const shallowError = () => new errors/* RelforgeError */.fY(`${s.cwd} is a shallow clone and no release tag is reachable from HEAD, so the commits since the last release cannot be read. ` +
        'Fetch the full history and tags: actions/checkout with "fetch-depth: 0" (or run "git fetch --unshallow --tags").');
    if (shallow)
        warnings.push('This is a shallow clone: release tags beyond the fetched history are invisible. Use fetch-depth: 0.');
    const { matcherFor } = s.components.length ? await loadMatchers() : { matcherFor: undefined };
    if (s.versioning === 'unified') {
        const base = await unifiedBaseP;
        if (!base.tag && shallow)
            throw shallowError();
        let baseVersion = base.version ?? '0.0.0';
        let baseSource = base.tag ? 'tag' : 'none';
        if (!base.tag && s.versionFile) {
            baseVersion = readVersionFile(s.cwd, s.versionFile, s.versionPattern);
            baseSource = 'version-file';
        }
        const spec = await speculativeP.catch(() => undefined);
        const speculated = spec && base.tag === spec.tag ? await spec.log.catch(() => undefined) : undefined;
        const { raw, sha: baseSha } = speculated ? { raw: speculated, sha: await spec.commit } : await commitsSince(git, base, s.components.length > 0);
        const classified = (0,core_commits/* classifyCommits */.zU)(raw);
        const decision = decideBump(classified, baseVersion, policyOf(s));
        const released = decision.bump !== 'none';
        const version = decision.version;
        const changed = [];
        const components = [];
        for (const c of s.components) {
            const m = matcherFor(c);
            const touched = raw.some((r) => r.files && m.matchesAny(r.files));
            if (touched)
                changed.push(c.name);
            const bump = touched && released ? decision.bump : 'none';
            components.push({
                name: c.name,
                previous: baseVersion,
                version: bump === 'none' ? baseVersion : version,
                bump,
                tag: (0,core_version/* formatTag */._3)(s.tagPrefix, bump === 'none' ? baseVersion : version),
                manifests: c.manifests.map((x) => x.path),
            });
        }
        let written = [];
        if (s.write && released) {
            const targets = [];
            if (s.versionFile)
                targets.push({ path: s.versionFile, versionPattern: s.versionPattern, version });
            for (const c of s.components) {
                if (!changed.includes(c.name))
                    continue;
                for (const m of c.manifests)
                    targets.push({ path: m.path, versionPattern: m.versionPattern, version });
            }
            written = writeManifests(s.cwd, targets);
        }
        return {
            version,
            tag: (0,core_version/* formatTag */._3)(s.tagPrefix, version),
            previousVersion: baseVersion,
            ...(base.tag ? { previousTag: base.tag, baseSha } : {}),
            bump: decision.bump,
            released,
            commits: decision.commits,
            changedComponents: changed,
            components,
            ignoredPrereleaseTags: ignoredPrereleases(raw, s.tagPrefix),
            deciding: decision.deciding,
            decidingTotal: decision.decidingTotal,
            countsByType: decision.countsByType,
            breakingCount: decision.breakingCount,
            written,
            baseSource,
            unreachableHigherTags: base.unreachableHigher,
            versioning: 'unified',
            tagPrefix: s.tagPrefix,
            headSha: head,
            warnings,
        };
    }
    // Independent versioning: each component has its own `<name>-<prefix>` tags, base and bump.
    const components = [];
    const changed = [];
    const ignored = new Set();
    const unreachable = [];
    const counts = {};
    const deciding = [];
    const seen = new Set();
    const targets = [];
    let overall = 'none';
    let breakingCount = 0;
    // Components with the same base share one git log.
    const logs = new Map();
    // Every component's base search runs concurrently (each is a describe plus, rarely, an ancestry check).
    const bases = await Promise.all(s.components.map((c) => findBaseTag(git, `${c.name}-${s.tagPrefix}`, tagNames)));
    for (const [i, c] of s.components.entries()) {
        const prefix = `${c.name}-${s.tagPrefix}`;
        const base = bases[i];
        if (!base.tag && shallow)
            throw shallowError();
        unreachable.push(...base.unreachableHigher);
        let baseVersion = base.version ?? '0.0.0';
        if (!base.tag) {
            const first = c.manifests[0];
            if (first)
                baseVersion = readVersionFile(s.cwd, first.path, first.versionPattern, `components: "${c.name}" manifest`);
        }
        const key = base.tag ?? '';
        let logP = logs.get(key);
        if (!logP)
            logs.set(key, (logP = commitsSince(git, base, true)));
        const { raw } = await logP;
        const m = matcherFor(c);
        const mine = raw.filter((r) => r.files && m.matchesAny(r.files));
        for (const t of ignoredPrereleases(raw, prefix))
            ignored.add(t);
        const classified = (0,core_commits/* classifyCommits */.zU)(mine);
        const decision = decideBump(classified, baseVersion, policyOf(s));
        for (const cc of classified)
            seen.add(cc.sha);
        for (const [k, v] of Object.entries(decision.countsByType))
            counts[k] = (counts[k] ?? 0) + v;
        breakingCount += decision.breakingCount;
        if (mine.length)
            changed.push(c.name);
        overall = (0,core_version/* maxBump */.fX)(overall, decision.bump);
        for (const d of decision.deciding)
            if (!deciding.some((x) => x.sha === d.sha))
                deciding.push(d);
        components.push({
            name: c.name,
            previous: baseVersion,
            version: decision.version,
            bump: decision.bump,
            tag: (0,core_version/* formatTag */._3)(prefix, decision.version),
            manifests: c.manifests.map((x) => x.path),
            ...(base.tag ? { previousTag: base.tag } : {}),
            commits: mine.length,
        });
        if (s.write && decision.bump !== 'none') {
            for (const mf of c.manifests)
                targets.push({ path: mf.path, versionPattern: mf.versionPattern, version: decision.version });
        }
    }
    const released = overall !== 'none';
    const only = components.filter((c) => c.bump !== 'none');
    const single = only.length === 1 ? only[0] : undefined;
    const written = targets.length ? writeManifests(s.cwd, targets) : [];
    return {
        // One repository-wide version does not exist here; when exactly one component releases, it is that one.
        version: single?.version ?? '',
        tag: single?.tag ?? '',
        previousVersion: single?.previous ?? '',
        ...(single?.previousTag ? { previousTag: single.previousTag } : {}),
        bump: overall,
        released,
        commits: seen.size,
        changedComponents: changed,
        components,
        ignoredPrereleaseTags: [...ignored],
        deciding: deciding.slice(0, 10),
        countsByType: counts,
        breakingCount,
        written,
        unreachableHigherTags: unreachable,
        versioning: 'independent',
        tagPrefix: s.tagPrefix,
        headSha: head,
        warnings,
    };
}
async function loadMatchers() {
    const { ComponentMatcher } = await Promise.all(/* import() */[__webpack_require__.e(138), __webpack_require__.e(815), __webpack_require__.e(684)]).then(__webpack_require__.bind(__webpack_require__, 2684));
    const cache = new Map();
    return {
        matcherFor: (c) => {
            let m = cache.get(c);
            if (!m)
                cache.set(c, (m = new ComponentMatcher(c)));
            return m;
        },
    };
}
/** The nearest file named one of `names` in `dir` or its parents, not above `root`. */
function findUp(root, dir, names) {
    let d = dir;
    for (;;) {
        for (const n of names) {
            const p = (0,external_node_path_.join)(d, n);
            if ((0,external_node_fs_.existsSync)(p))
                return p;
        }
        if (d === root || !(d + external_node_path_.sep).startsWith(root + external_node_path_.sep))
            return undefined;
        const parent = (0,external_node_path_.dirname)(d);
        if (parent === d)
            return undefined;
        d = parent;
    }
}
/**
 * Computes every new text first (manifests plus their lock files: Cargo.lock entries of workspace members,
 * package-lock.json root / workspace entries), then writes them all-or-nothing: each to a temp file beside it,
 * then renames; if any step fails, the files already replaced are restored and the temp files removed.
 * Returns the repository-relative paths that changed.
 */
function writeManifests(cwd, targets) {
    const root = (0,external_node_path_.resolve)(cwd);
    const texts = new Map();
    const load = (full, what) => {
        let e = texts.get(full);
        if (!e) {
            const original = readText(root, (0,external_node_path_.relative)(root, full), what);
            e = { original, text: original };
            texts.set(full, e);
        }
        return e;
    };
    const wrap = (file, fn) => {
        try {
            return fn();
        }
        catch (err) {
            if (err instanceof ManifestError)
                throw new errors/* RelforgeError */.fY(`Cannot rewrite ${file}: ${err.message} Nothing was written.`);
            throw err;
        }
    };
    for (const t of targets) {
        const full = (0,external_node_path_.resolve)(root, t.path);
        const e = load(full, 'manifest');
        const updater = updaterFor(t.path, { version: t.version, ...(t.versionPattern ? { versionPattern: t.versionPattern } : {}) });
        e.text = wrap(t.path, () => updater.updateContent(e.text));
        if (updater instanceof CargoToml) {
            const name = updater.readName(e.text);
            const lock = findUp(root, (0,external_node_path_.dirname)(full), ['Cargo.lock']);
            if (name && lock) {
                const le = load(lock, 'Cargo.lock');
                le.text = wrap((0,external_node_path_.relative)(root, lock), () => new CargoLock({ version: t.version, packages: [name], file: (0,external_node_path_.relative)(root, lock) }).updateContent(le.text));
            }
        }
        else if (updater instanceof PackageJson) {
            const lock = findUp(root, (0,external_node_path_.dirname)(full), ['npm-shrinkwrap.json', 'package-lock.json']);
            if (lock) {
                const member = (0,external_node_path_.relative)((0,external_node_path_.dirname)(lock), (0,external_node_path_.dirname)(full)).split(external_node_path_.sep).join(external_node_path_.posix.sep);
                const le = load(lock, 'package-lock.json');
                le.text = wrap((0,external_node_path_.relative)(root, lock), () => new PackageLock({ version: t.version, entries: [member], file: (0,external_node_path_.relative)(root, lock) }).updateContent(le.text));
            }
        }
    }
    const changed = [...texts.entries()].filter(([, e]) => e.text !== e.original);
    const suffix = `.relforge-${process.pid}-${process.hrtime.bigint().toString(36)}.tmp`;
    const temps = [];
    const replaced = [];
    try {
        for (const [full, e] of changed) {
            const mode = (0,external_node_fs_.statSync)(full).mode & 0o7777;
            (0,external_node_fs_.writeFileSync)(full + suffix, e.text, { mode });
            temps.push(full + suffix);
        }
        for (const [full, e] of changed) {
            (0,external_node_fs_.renameSync)(full + suffix, full);
            replaced.push([full, e.original]);
        }
    }
    catch (err) {
        for (const [full, original] of replaced) {
            try {
                (0,external_node_fs_.writeFileSync)(full, original);
            }
            catch {
                /* best effort: reported below */
            }
        }
        for (const t of temps) {
            try {
                (0,external_node_fs_.unlinkSync)(t);
            }
            catch {
                /* already renamed or never written */
            }
        }
        throw new errors/* RelforgeError */.fY(`Could not rewrite the manifests (${err.message}); the original files were restored, nothing was changed.`);
    }
    return changed.map(([full]) => (0,external_node_path_.relative)(root, full).split(external_node_path_.sep).join(external_node_path_.posix.sep)).sort();
}
/** Markdown for the step summary: the decision and why. */
function renderNextVersionSummary(r) {
    const lines = [];
    const short = (sha) => sha.slice(0, 7);
    if (r.versioning === 'independent') {
        lines.push(`## next-version: ${r.released ? `${r.components.filter((c) => c.bump !== 'none').length} component(s) release` : 'no release'}`, '');
        lines.push('| component | previous | next | bump | tag | commits |', '|---|---|---|---|---|---|');
        for (const c of r.components) {
            lines.push(`| ${c.name} | ${c.previousTag ?? c.previous} | ${c.version} | ${c.bump} | ${c.bump !== 'none' ? `\`${c.tag}\`` : '–'} | ${c.commits ?? 0} |`);
        }
    }
    else {
        lines.push(`## next-version: ${r.released ? `\`${r.tag}\` (${r.bump})` : `no release (stays ${r.previousVersion})`}`, '');
        const base = r.previousTag !== undefined
            ? `\`${r.previousTag}\` (${short(r.baseSha ?? '')})`
            : r.baseSource === 'version-file'
                ? `no release tag; version file says ${r.previousVersion}`
                : 'no release tag; starting from 0.0.0';
        lines.push(`- Base: ${base}`);
        lines.push(`- Commits since base: ${r.commits}`);
    }
    const counts = Object.entries(r.countsByType).sort((a, b) => b[1] - a[1]);
    if (counts.length)
        lines.push(`- By type: ${counts.map(([t, n]) => `${t} ${n}`).join(', ')}${r.breakingCount ? ` (breaking: ${r.breakingCount})` : ''}`);
    if (r.deciding.length) {
        const more = (r.decidingTotal ?? r.deciding.length) - r.deciding.length;
        lines.push(`- Decided by${more > 0 ? ` (first ${r.deciding.length} of ${r.decidingTotal})` : ''}:`);
        for (const d of r.deciding)
            lines.push(`  - \`${short(d.sha)}\` ${escapeMd(d.subject)}${d.breaking ? ' **(breaking)**' : ''}`);
    }
    else {
        lines.push('- No commit asks for a release (only non-releasing types or non-conventional messages).');
    }
    if (r.ignoredPrereleaseTags.length) {
        const list = r.ignoredPrereleaseTags.slice(0, 20).map((t) => `\`${t}\``).join(', ');
        lines.push(`- Prerelease tags ignored (never a base): ${list}${r.ignoredPrereleaseTags.length > 20 ? `, … (${r.ignoredPrereleaseTags.length} in all)` : ''}`);
    }
    if (r.unreachableHigherTags?.length) {
        lines.push(`- Higher release tags not reachable from HEAD (ignored): ${r.unreachableHigherTags.slice(0, 10).map((t) => `\`${t}\``).join(', ')}`);
    }
    if (r.versioning !== 'independent' && r.components.length)
        lines.push(`- Changed components: ${r.changedComponents.length ? r.changedComponents.join(', ') : 'none'}`);
    if (r.written.length)
        lines.push(`- Rewritten: ${r.written.map((w) => `\`${w}\``).join(', ')}`);
    for (const w of r.warnings ?? [])
        lines.push(`- ⚠️ ${w}`);
    return lines.join('\n') + '\n';
}
function escapeMd(text) {
    return text.replace(/[<>|`*_[\]\\]/g, '\\$&');
}


/***/ })

};
