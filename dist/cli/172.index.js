export const id = 172;
export const ids = [172];
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

/***/ 5986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ Git)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6316);
/* harmony import */ var _platform_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9002);
/* harmony import */ var _versioning_core_commits_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9680);
/**
 * Git adapter: runs `git` with argument arrays (node:child_process, no shell; no PATH lookup per call as
 * @actions/exec does, which cost ~10 ms per git process on a loaded runner).
 * Queries are bulk: one git process per question, never one per commit or per tag.
 */







/** A git process in `cwd` with our environment (no prompts, C locale); a spawn failure rejects `onError`. */
function spawnGit(cwd, args, env, stdin, onError) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_3__.spawn)('git', args, { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...env }, stdio: [stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    child.on('error', (err) => onError(new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`Could not run git (is it installed and on PATH?): ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(err.message)}`)));
    return child;
}
/** A failed git command, secret-free. */
function gitFailed(args, code, detail) {
    return new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`git ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(args.join(' '))} failed (exit ${code}): ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(detail)}`);
}
/** Worded per front end: the `path` option is `"path"` in an action, `--path` on the command line. */
function notARepository(cwd, detail) {
    return new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SettingsError */ .GN([{ message: `${cwd} is not a git repository${detail}. Check out the repository first (actions/checkout with fetch-depth: 0) or set {{path}}.` }]);
}
class Git {
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
            const detail = why && !/not a git repository/i.test(why) ? ` (git says: ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(why.split('\n')[0])})` : '';
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
    /**
     * The same commits as logCommits, handed to `onCommit` while git still writes (one pass, nothing buffered
     * but the current record): the caller's work overlaps git's. `reverse`: oldest first. `boundary`: also the
     * boundary commits (marked `boundary`; with `reverse` they come first). `tags: false`: no decorations.
     * An exception thrown by `onCommit` stops git and rejects with it.
     */
    async streamCommits(range, opts, onCommit) {
        let format = opts.boundary ? _versioning_core_commits_js__WEBPACK_IMPORTED_MODULE_6__/* .LOG_FORMAT_MARKED */ .kE : _versioning_core_commits_js__WEBPACK_IMPORTED_MODULE_6__/* .LOG_FORMAT */ .N_;
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
        const parser = new _versioning_core_commits_js__WEBPACK_IMPORTED_MODULE_6__/* .LogStreamParser */ .kS(!!opts.files, onCommit, !!opts.boundary);
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

/***/ 9680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N_: () => (/* binding */ LOG_FORMAT),
/* harmony export */   Xw: () => (/* binding */ parseLogOutput),
/* harmony export */   kE: () => (/* binding */ LOG_FORMAT_MARKED),
/* harmony export */   kS: () => (/* binding */ LogStreamParser),
/* harmony export */   oo: () => (/* binding */ classifyCommit),
/* harmony export */   ri: () => (/* binding */ NON_CONVENTIONAL),
/* harmony export */   zU: () => (/* binding */ classifyCommits)
/* harmony export */ });
/* unused harmony export parseDecorations */
/**
 * Conventional Commits classification (no I/O): the ONE reading of a commit message that the bump, the
 * deciding list and the release notes all use (design.md invariant 8).
 *
 * Header: the first non-blank line, leading whitespace ignored (` fix: …` is a fix). `type[(scope)][!]:
 * description`; the type is case-insensitive (`Feat:` = `feat:`, as the specification says), the space after
 * the colon may be missing (`fix:spell checker`), the description keeps its case (`useId()` stays `useId()`).
 * Lines that continue the first paragraph (a subject wrapped onto a second line) belong to the description,
 * unless they start a footer or a list item.
 * Breaking: `!` before the colon, or a `BREAKING CHANGE:` / `BREAKING-CHANGE:` footer (upper case, as the
 * specification requires), also as an item of a `*` / `-` list. A footer's text runs until the next footer
 * token (or, for a list item, the next item or blank line): multi-line footers stay whole.
 * Reverts: `Revert "<header>"` (git / GitHub) and `revert: <header>`, with `This reverts commit <sha>` in the
 * body when present. Whether a revert cancels or releases is decided by core/bump.ts over the whole range.
 * A message with no such header is non-conventional: counted, never releasing, never in the notes.
 */
/** The key `countsByType` uses for commits that are not Conventional Commits. */
const NON_CONVENTIONAL = 'non-conventional';
const HEADER = /^([A-Za-z][\w-]*)(?:\(([^()\r\n]*)\))?(!)?:[ \t]*(\S.*)$/;
const GIT_REVERT = /^Revert "(.+)"\s*$/;
const REVERTS_SHA = /This reverts commit ([0-9a-f]{7,64})/;
/** A footer line: `Token: value`, `Token #value`, or a BREAKING CHANGE token. */
const FOOTER = /^(?:[A-Za-z][\w-]*(?:: | #)|BREAKING[ -]CHANGE:)/;
const BREAKING_NOTE = /^([ \t]*[*-][ \t]+)?BREAKING[ -]CHANGE:[ \t]*(.*)$/;
const LIST_ITEM = /^[ \t]*[*-][ \t]+/;
/** Classifies one commit message. */
function classifyCommit(raw) {
    const lines = raw.message.includes('\r') ? raw.message.replace(/\r\n?/g, '\n').split('\n') : raw.message.split('\n');
    let first = 0;
    while (first < lines.length && lines[first].trim() === '')
        first++;
    const header = (lines[first] ?? '').trim();
    // The first paragraph continues the header unless a line starts a footer or a list.
    let end = first + 1;
    const wrapped = [];
    while (end < lines.length) {
        const l = lines[end];
        if (l.trim() === '' || FOOTER.test(l) || LIST_ITEM.test(l) || l.startsWith('This reverts commit'))
            break;
        wrapped.push(l.trim());
        end++;
    }
    const subject = wrapped.length ? `${header} ${wrapped.join(' ')}` : header;
    const out = { sha: raw.sha, subject, type: '', description: subject, breaking: false, breakingNotes: [], conventional: false };
    if (raw.files)
        out.files = raw.files;
    const gitRevert = GIT_REVERT.exec(subject);
    const m = gitRevert ? null : HEADER.exec(subject);
    if (gitRevert) {
        out.type = 'revert';
        out.conventional = true;
        out.description = subject;
        out.revert = { header: gitRevert[1] };
    }
    else if (m) {
        out.type = m[1].toLowerCase();
        out.conventional = true;
        out.description = m[4].trim();
        if (m[2])
            out.scope = m[2].trim();
        out.breaking = m[3] === '!';
        if (out.type === 'revert')
            out.revert = { header: out.description };
    }
    else {
        return out;
    }
    if (out.revert || raw.message.includes('This reverts commit')) {
        const sha = REVERTS_SHA.exec(raw.message)?.[1];
        if (sha)
            out.revert = { ...out.revert, sha };
    }
    if (raw.message.includes('BREAKING')) {
        out.breakingNotes = breakingNotes(lines, end);
        if (out.breakingNotes.length)
            out.breaking = true;
    }
    return out;
}
/** The BREAKING CHANGE footers after the header paragraph, each whole. */
function breakingNotes(lines, from) {
    const notes = [];
    for (let i = from; i < lines.length; i++) {
        const m = BREAKING_NOTE.exec(lines[i]);
        if (!m)
            continue;
        const listItem = m[1] !== undefined;
        const text = [m[2].trimEnd()];
        let j = i + 1;
        for (; j < lines.length; j++) {
            const l = lines[j];
            if (listItem ? l.trim() === '' || LIST_ITEM.test(l) : FOOTER.test(l))
                break;
            text.push(listItem ? l.trim() : l.trimEnd());
        }
        while (text.length && text[text.length - 1] === '')
            text.pop();
        while (text.length && text[0] === '')
            text.shift();
        notes.push(text.join('\n'));
        i = j - 1;
    }
    return notes;
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
/** LOG_FORMAT with git's `%m` mark before the id (`-` for a --boundary commit). */
const LOG_FORMAT_MARKED = '/%m%H%x00%D%x00%B';
/** Parses `git log -z --format=/%H%x00%D%x00%B [--name-only]` output (newest first, as git prints it). */
function parseLogOutput(out, withFiles = false) {
    const commits = [];
    const parser = new LogStreamParser(withFiles, (c) => commits.push(c));
    parser.push(out);
    parser.end();
    return commits;
}
/**
 * The same format parsed as it streams in (chunks of text, any split): each commit is handed to `onCommit`
 * once its record is complete (with --name-only: when the next record starts, or at the end).
 */
class LogStreamParser {
    withFiles;
    onCommit;
    marked;
    rest = '';
    current;
    /** Tokens still expected for the current record: 2 = decorations, 1 = message, 0 = files / next record. */
    expect = 0;
    /** `marked`: the format is LOG_FORMAT_MARKED (`/%m%H…`, for --boundary). */
    constructor(withFiles, onCommit, marked = false) {
        this.withFiles = withFiles;
        this.onCommit = onCommit;
        this.marked = marked;
    }
    push(text) {
        const data = this.rest + text;
        let start = 0;
        for (let end = data.indexOf('\0'); end >= 0; end = data.indexOf('\0', start)) {
            this.token(data.slice(start, end));
            start = end + 1;
        }
        this.rest = data.slice(start);
    }
    end() {
        if (this.rest !== '')
            this.token(this.rest);
        this.rest = '';
        this.flush();
    }
    flush() {
        if (this.current)
            this.onCommit(this.current);
        this.current = undefined;
    }
    token(tok) {
        if (this.expect === 2) {
            if (tok !== '')
                this.current.tags = parseDecorations(tok);
            this.expect = 1;
        }
        else if (this.expect === 1) {
            this.current.message = tok;
            this.expect = 0;
            if (!this.withFiles)
                this.flush();
        }
        else if (tok.startsWith('/')) {
            this.flush();
            this.current = { sha: tok.slice(this.marked ? 2 : 1).trim(), message: '' };
            if (this.marked && tok[1] === '-')
                this.current.boundary = true;
            if (this.withFiles)
                this.current.files = [];
            this.expect = 2;
        }
        else if (this.withFiles && this.current) {
            const name = tok.startsWith('\n') ? tok.slice(1) : tok;
            if (name !== '')
                this.current.files.push(name);
        }
    }
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
/* harmony export */   kI: () => (/* binding */ coreVersion),
/* harmony export */   nN: () => (/* binding */ isSemver),
/* harmony export */   nS: () => (/* binding */ prefixCandidates),
/* harmony export */   qp: () => (/* binding */ tagPrefixProblem),
/* harmony export */   uM: () => (/* binding */ BUMP_RANK),
/* harmony export */   xn: () => (/* binding */ parseStrictTag),
/* harmony export */   yk: () => (/* binding */ escapeGlob)
/* harmony export */ });
/* unused harmony exports maxVersion, versionTagPrefix */
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
 * A tag prefix is used literally in tag names and git patterns: any characters git allows in a tag name
 * (`v`, `api-v`, `create-vite@`, `@scope/api-v`, `release/`), checked with git's ref-name rules
 * (git-check-ref-format) on `<prefix>0.0.0`, and no leading `-`. Returns a problem description that
 * continues after the option's name, or undefined when the prefix is fine. An empty prefix is allowed.
 */
function tagPrefixProblem(prefix) {
    if (prefix === '')
        return undefined;
    const name = `${prefix}0.0.0`;
    const bad = /[\x00-\x20\x7f~^:?*[\\]/.test(name) ||
        name.includes('..') ||
        name.includes('@{') ||
        name.includes('//') ||
        name.startsWith('-') ||
        name.startsWith('/') ||
        name.split('/').some((c) => c.startsWith('.') || c.endsWith('.lock'));
    if (!bad)
        return undefined;
    return `"${prefix}" cannot start a git tag name: no spaces or control characters, none of ~ ^ : ? * [ \\, no "..", "@{" or "//", no leading "-" or "/", and no path part starting with "." or ending in ".lock".`;
}
/** The version part at the end of a tag: strict (`1.2.3`) or prerelease (`1.2.3-rc.1`). */
const TRAILING_VERSION = /(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
/** The prefix of a version-like tag (everything before a trailing X.Y.Z[-pre]), or undefined. */
function versionTagPrefix(tag) {
    const m = TRAILING_VERSION.exec(tag);
    if (!m)
        return undefined;
    // `v1.2.3` → `v`; a prefix ending in a digit would make the version ambiguous (`x11.2.3`), skip it.
    const prefix = tag.slice(0, m.index);
    return /[0-9]$/.test(prefix) ? undefined : prefix;
}
/**
 * Prefixes other than `prefix` that strict release tags use, most used first (for the "no tag matches
 * the prefix" hint). `matches` is true when `prefix` itself has any strict or prerelease tag.
 */
function prefixCandidates(tags, prefix) {
    const found = new Map();
    let matches = false;
    for (const tag of tags) {
        if (parseStrictTag(tag, prefix) !== undefined || parsePrereleaseTag(tag, prefix) !== undefined) {
            matches = true;
            continue;
        }
        const p = versionTagPrefix(tag);
        if (p === undefined || p === prefix)
            continue;
        const v = parseStrictTag(tag, p);
        if (v === undefined)
            continue;
        const e = found.get(p);
        if (!e)
            found.set(p, { count: 1, highest: tag, version: v });
        else {
            e.count++;
            if (compareStrictVersions(v, e.version) > 0)
                Object.assign(e, { highest: tag, version: v });
        }
    }
    const candidates = [...found].map(([p, e]) => ({ prefix: p, count: e.count, highest: e.highest })).sort((a, b) => b.count - a.count || (a.prefix < b.prefix ? -1 : 1));
    return { matches, candidates };
}
/** The MAJOR.MINOR.PATCH of a version (`2.0.1-rc.15` → `2.0.1`). */
function coreVersion(version) {
    const i = version.search(/[-+]/);
    return i < 0 ? version : version.slice(0, i);
}


/***/ }),

/***/ 1370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ prereleaseSchema),
/* harmony export */   Dz: () => (/* binding */ changelogOptions),
/* harmony export */   Fu: () => (/* binding */ planSchema),
/* harmony export */   Su: () => (/* binding */ planOptions),
/* harmony export */   Zx: () => (/* binding */ releaseCommitOptions),
/* harmony export */   e3: () => (/* binding */ changelogSchema),
/* harmony export */   gm: () => (/* binding */ nextVersionOptions),
/* harmony export */   j2: () => (/* binding */ nextVersionSchema),
/* harmony export */   r4: () => (/* binding */ prereleaseOptions),
/* harmony export */   sR: () => (/* binding */ releaseCommitSchema)
/* harmony export */ });
/* unused harmony exports prefixOption, expandJsonLists */
/* harmony import */ var _platform_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1933);
/**
 * Option schemas of the versioning operations (src/platform/options.ts): each option is declared here
 * once and shared by every operation that takes it (same name, same flag, same text), so next-version,
 * prerelease, changelog, release-commit and plan speak one vocabulary. actions/<name>/action.yml, the CLI
 * flags and usage, and the docs tables follow from these schemas.
 */

/** `none` → no prefix (an empty action input means "the default", so "no prefix" needs a word). */
function prefixOption(value) {
    if (value === undefined)
        return 'v';
    return value.trim() === 'none' ? '' : value.trim();
}
// --- options shared across the versioning operations ---
const path = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .stringDefault */ .F)('.', 'Repository directory (check it out with fetch-depth 0 so tags and history are present).', 'DIR');
const tagPrefix = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .stringDefault */ .F)('v', 'Release tags are exactly "<prefix>MAJOR.MINOR.PATCH" (no leading zeros, prerelease or build part); every other tag is ignored. ' +
    'Any characters valid in a git tag (v, api-v, create-vite@, @scope/api-v); "none" for tags without a prefix (1.2.3).', 'PREFIX');
const versionFile = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOption */ .Pp)('Cargo.toml, package.json, pyproject.toml, or any file with "version-pattern". Its version is the base when no release tag exists; rewritten when "write" is true.', 'FILE');
const versionPattern = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOption */ .Pp)('Regular expression (multi-line) with a capture group around the version (named "version" or the first group), for a version-file of another format.', 'REGEX');
const pre1 = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .choiceOption */ .zu)('minor', ['minor', 'major'], 'While the base major is 0, a breaking change bumps the minor version ("minor") or goes to 1.0.0 ("major").');
const releaseTypes = {
    type: 'list',
    default: 'feat,fix,perf',
    description: 'Commit types that release (comma or newline separated). feat bumps minor, the others patch; breaking changes always release. The release notes list exactly the commits that release.',
    cli: { metavar: 'TYPES' },
};
const includePaths = {
    type: 'list',
    separator: 'lines',
    description: 'One package of many with unified versioning: only commits touching these paths count (one glob per line, e.g. packages/create-vite/**).',
    cli: { metavar: 'GLOB', aliases: ['include-path'] },
};
const components = {
    type: 'string',
    description: 'Monorepo components as YAML: name: {paths: [globs], manifests: [files], tag-prefix: …} per component (tag-prefix: independent versioning; default "<name>-<tag-prefix>").',
    cli: { metavar: 'YAML', fileFlag: true },
};
const versioning = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .choiceOption */ .zu)('unified', ['unified', 'independent'], '"unified" (one version; only changed components\' manifests are rewritten) or "independent" (each component has its own tags, base and bump).');
const json = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonFlag */ .hG)('Print the whole result as JSON.');
const remote = { type: 'string', default: 'origin', description: 'Git remote to read tags from and push to.' };
const token = {
    type: 'string',
    secret: true,
    env: ['RELFORGE_TOKEN', 'GITHUB_TOKEN', 'GITEA_TOKEN', 'FORGEJO_TOKEN'],
    description: 'Token for pushing to an HTTPS remote (contents: write; e.g. secrets.RELEASE_TOKEN || github.token). Passed to git through the environment, never on the command line. Not needed when actions/checkout persisted credentials.',
};
const authorName = { type: 'string', description: 'Commit author / tagger name. Default is git config user.name, else github-actions[bot].' };
const authorEmail = {
    type: 'string',
    description: 'Commit author / tagger email. Default is git config user.email, else the github-actions[bot] noreply address.',
};
/** What decides a version: release tags, the version file, which commits release, paths and components. */
const scope = {
    'tag-prefix': tagPrefix,
    'version-file': versionFile,
    'version-pattern': versionPattern,
    'pre-1-0': pre1,
    'release-types': releaseTypes,
    'include-paths': includePaths,
    components,
    versioning,
};
/** Who tags or commits, and the credentials of the push (prerelease and release-commit). */
const writer = { token, 'author-name': authorName, 'author-email': authorEmail };
/** The last options of every versioning command: where the repository is, a dry run that says what it skips, --json. */
const local = (dryRunWhat) => ({ path, 'dry-run': (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)(dryRunWhat), json });
const push = { type: 'boolean', default: true, description: 'Push to the remote. With false, only local refs are created.' };
const channel = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .stringDefault */ .F)('beta', 'Prerelease identifier (letters, digits, "-"), e.g. beta, rc, nightly.', 'ID');
const base = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .stringDefault */ .F)('next', 'Version the prerelease leads to. "next" = what next-version computes from the commits since the last stable tag (next patch when nothing is releasable); "manifest" = the version in version-file; or an explicit X.Y.Z.', 'next|manifest|X.Y.Z');
const number = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .stringDefault */ .F)('auto', '"auto" = 1 + the highest existing <base>-<channel>.N (local and remote tags), or an explicit positive integer (e.g. the run number of the workflow; note Gitea run numbers are repository-wide and act always gives 1).', 'auto|N');
const config = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOption */ .Pp)('Your own cliff.toml (path in the repository): git-cliff then parses the same commit range with its rules. Default: relforge renders exactly the commits that release.', 'FILE');
const nextOutputs = {
    version: 'The next version (the current one when nothing releases). Independent versioning with several releasing components leaves it empty; read "components".',
    tag: 'The release tag for "version" (e.g. v1.4.0).',
    'previous-version': 'The base version (from the highest reachable release tag, else the version-file, else 0.0.0).',
    'previous-tag': 'The base release tag (empty when there is none).',
    bump: 'major, minor, patch or none.',
    released: '"true" when bump is not none.',
    commits: 'Number of commits considered (since the base).',
    'changed-components': 'JSON list of the components whose paths changed since their base.',
    components: 'JSON list, one object per component: name, previous, version, bump, tag.',
    files: 'JSON list of the files written (relative to "path"), lock files included (e.g. ["Cargo.lock","Cargo.toml"]); pass it to release-commit\'s "files".',
};
// --- schemas ---
const nextVersionSchema = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .defineSchema */ .Jo)({
    name: 'next-version',
    summary: 'next version from Conventional Commits since the last strict release tag',
    options: {
        path,
        ...scope,
        write: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)('Rewrite the manifests of changed components (or the version-file) and their lock files to the new version, all-or-nothing, preserving formatting.'),
        json,
    },
    outputs: nextOutputs,
});
/** The scope options every versioning operation shares, from their values. */
function scopeOptions(v) {
    return {
        tagPrefix: prefixOption(v['tag-prefix']),
        includePaths: v['include-paths'],
        components: v.components,
        versioning: v.versioning,
        releaseTypes: v['release-types'],
        ...(v['pre-1-0'] ? { pre1: v['pre-1-0'] } : {}),
    };
}
/** next-version's library options from its option values (the action and the CLI both call this). */
function nextVersionOptions(v) {
    return { cwd: v.path, ...scopeOptions(v), versionFile: v['version-file'], versionPattern: v['version-pattern'], write: v.write };
}
const prereleaseSchema = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .defineSchema */ .Jo)({
    name: 'prerelease',
    summary: 'tag HEAD as the next <version>-<channel>.N prerelease (tag only, no commit)',
    options: {
        channel,
        base,
        'version-file': versionFile,
        'version-pattern': versionPattern,
        'tag-prefix': tagPrefix,
        number,
        force: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)('With an explicit number that already exists on another commit, move the tag to HEAD (force-push the tag).'),
        push: { ...push, description: 'Push the tag (only that tag) to the remote.' },
        remote,
        ...writer,
        'pre-1-0': pre1,
        'release-types': releaseTypes,
        'include-paths': includePaths,
        components,
        versioning,
        write: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)('Rewrite the version-file / changed components\' manifests (and lock files) in the work tree to the prerelease version, so the build reports it (e.g. 0.4.0-beta.1). Never committed, never pushed.'),
        ...local('Compute the tag without creating or pushing it (and without writing files).'),
    },
    outputs: {
        version: 'The prerelease version, e.g. 0.4.0-beta.3.',
        tag: 'The tag, e.g. v0.4.0-beta.3.',
        number: 'N.',
        prerelease: 'Always "true".',
        reused: '"true" when HEAD already carried a tag for this base and channel (a re-run).',
        commit: 'The tagged commit.',
        base: 'The base version (X.Y.Z).',
        files: 'With "write": JSON list of the files rewritten to the prerelease version (relative to "path"); else [].',
    },
});
function prereleaseOptions(v) {
    const { tagPrefix: prefix, ...scope } = scopeOptions(v);
    return {
        cwd: v.path,
        channel: v.channel,
        base: v.base,
        versionFile: v['version-file'],
        versionPattern: v['version-pattern'],
        tagPrefix: prefix,
        number: v.number,
        force: v.force,
        push: v.push,
        remote: v.remote,
        token: v.token,
        dryRun: v['dry-run'],
        write: v.write,
        identity: { name: v['author-name'], email: v['author-email'] },
        nextVersion: scope,
    };
}
const changelogSchema = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .defineSchema */ .Jo)({
    name: 'changelog',
    summary: "this release's notes and CHANGELOG.md section (the commits that release, rendered by git-cliff)",
    options: {
        version: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredString */ .Fk)('The version being released, without prefix (e.g. 0.4.0; a leading "v" is dropped). Usually next-version\'s "version" output. A prerelease version (0.4.0-beta.1) gives the changes since the last stable release, headed as a prerelease.', 'X.Y.Z'),
        'tag-prefix': tagPrefix,
        'release-types': releaseTypes,
        'include-paths': includePaths,
        components,
        versioning,
        'pre-1-0': {
            ...pre1,
            description: 'Accepted for workflows that pass next-version\'s 0.x rule along; the notes do not depend on it (breaking changes are listed either way).',
        },
        component: { type: 'string', description: 'With components: the component whose notes these are (its paths, and its tags under independent versioning).', cli: { metavar: 'NAME' } },
        config,
        output: {
            type: 'string',
            description: 'File to prepend the new section to (e.g. CHANGELOG.md); created with a header when missing, a section for the same version is replaced. Not written for a prerelease version.',
            cli: { metavar: 'FILE' },
        },
        'remote-url': { type: 'string', description: 'Repository web URL for commit links. Default is the server URL + repository of the run, else the "origin" remote.', cli: { metavar: 'URL' } },
        'git-cliff-path': {
            type: 'string',
            env: ['RELFORGE_GIT_CLIFF'],
            description: 'Path of a git-cliff binary to use instead of the bundled one (needed on runners other than Linux x64 unless git-cliff is on PATH).',
            cli: { metavar: 'FILE' },
        },
        ...local('Compute the notes but do not write "output".'),
    },
    outputs: {
        notes: 'Markdown of this release only (no version heading); usable as a release body.',
        path: 'Absolute path of the changelog file written (empty without "output").',
        tag: 'The release tag the section is for (e.g. v0.4.0).',
        version: 'The version the section is for.',
        'previous-tag': 'The base: the last strict release tag reachable from HEAD (empty when there is none).',
    },
});
function changelogOptions(v, remoteUrl) {
    return {
        cwd: v.path,
        version: v.version.replace(/^v(?=\d)/, ''),
        ...scopeOptions(v),
        component: v.component,
        config: v.config,
        output: v.output,
        remoteUrl: v['remote-url'] ?? remoteUrl,
        gitCliffPath: v['git-cliff-path'],
        dryRun: v['dry-run'],
    };
}
const releaseCommitSchema = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .defineSchema */ .Jo)({
    name: 'release-commit',
    summary: 'commit the release files, tag and push atomically (stable releases)',
    options: {
        version: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredString */ .Fk)('The version released, without prefix (e.g. 0.4.0). Usually next-version\'s "version" output.', 'X.Y.Z'),
        files: {
            type: 'list',
            separator: 'lines',
            required: true,
            description: 'Files to commit, one path or glob per line (relative to the repository), or a JSON list such as next-version\'s "files" output (Cargo.lock included). The work tree may not have other changes.',
            cli: { metavar: 'FILE', aliases: ['file'] },
        },
        message: { type: 'string', default: 'chore(release): {tag}', description: 'Commit (and tag) message; {version} and {tag} are replaced.', cli: { metavar: 'TEXT' } },
        'tag-prefix': tagPrefix,
        'major-tag': (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)('Also move "<prefix><major>" (e.g. v1) to the release commit, in the same atomic push (force-with-lease). Never moved backwards: skipped when a higher release of that major exists.'),
        remote: { ...remote, description: 'Git remote to push to.' },
        ...writer,
        push: { ...push, description: 'Push branch and tag (atomically). With false, commit and tag locally only.' },
        ...local('Check everything (branch, clean tree, credentials, remote state) without committing or pushing.'),
    },
    outputs: {
        commit: 'The release commit (empty on a dry run).',
        tag: 'The release tag, e.g. v0.4.0.',
        version: 'The version.',
        branch: 'The branch pushed.',
        pushed: '"true" when this run pushed.',
        reused: '"true" when an earlier run had already pushed this exact release (re-run).',
        'major-tag': 'The major tag moved with the release (e.g. v1); empty when none was moved.',
    },
});
/** Items of a list option that are JSON lists (next-version's "files" output) are expanded. */
function expandJsonLists(items) {
    const out = [];
    for (const item of items) {
        if (!item.startsWith('[')) {
            out.push(item);
            continue;
        }
        let parsed;
        try {
            parsed = JSON.parse(item);
        }
        catch {
            out.push(item);
            continue;
        }
        if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string'))
            out.push(...parsed);
        else
            out.push(item);
    }
    return out;
}
function releaseCommitOptions(v) {
    return {
        cwd: v.path,
        version: v.version,
        files: expandJsonLists(v.files),
        message: v.message,
        tagPrefix: prefixOption(v['tag-prefix']),
        majorTag: v['major-tag'],
        remote: v.remote,
        token: v.token,
        identity: { name: v['author-name'], email: v['author-email'] },
        push: v.push,
        dryRun: v['dry-run'],
    };
}
const planSchema = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .defineSchema */ .Jo)({
    name: 'plan',
    summary: 'what a release dispatch would do (version, tag, files, notes and why), without writing anything',
    options: {
        channel: { ...channel, default: 'stable', description: '"stable", or a prerelease channel (beta, rc…) for the tag a prerelease would create.' },
        path,
        ...scope,
        base,
        number,
        remote,
        config,
        'changelog-file': { type: 'string', default: 'CHANGELOG.md', description: 'The changelog file a stable release prepends to (named in the steps).', cli: { metavar: 'FILE' } },
        json,
    },
});
function planOptions(v) {
    return {
        cwd: v.path,
        channel: v.channel,
        ...scopeOptions(v),
        versionFile: v['version-file'],
        versionPattern: v['version-pattern'],
        base: v.base,
        number: v.number,
        remote: v.remote,
        config: v.config,
        changelogFile: v['changelog-file'],
    };
}


/***/ })

};
