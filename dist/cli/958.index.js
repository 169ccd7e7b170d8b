export const id = 958;
export const ids = [958];
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
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_3__.spawn)('git', args, {
                cwd: this.cwd,
                env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...opts.env },
                stdio: [opts.input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
            });
            const stdout = [];
            const stderr = [];
            child.stdout.on('data', (d) => stdout.push(d));
            child.stderr.on('data', (d) => stderr.push(d));
            child.on('error', (err) => reject(new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`Could not run git (is it installed and on PATH?): ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(err.message)}`)));
            child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
            if (opts.input)
                child.stdin.end(opts.input);
        });
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
            throw notARepository(this.cwd, '');
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
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_3__.spawn)('git', args, { cwd: this.cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
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
            child.on('error', (err) => reject(new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`Could not run git (is it installed and on PATH?): ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(err.message)}`)));
            child.on('close', (c) => resolvePromise(c ?? -1));
        });
        if (failure !== undefined)
            throw failure;
        if (code !== 0)
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`git ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(args.join(' '))} failed (exit ${code}): ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(Buffer.concat(stderr).toString('utf8').trim())}`);
        parser.end();
    }
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


/***/ })

};
