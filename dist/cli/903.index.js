export const id = 903;
export const ids = [903];
export const modules = {

/***/ 2323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   releaseTime: () => (/* binding */ releaseTime)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6316);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5986);
/**
 * The time a reproducible artifact carries (trusted-comment timestamps, the package manifest's `created`):
 * SOURCE_DATE_EPOCH when set (reproducible-builds.org: a whole number of seconds; anything else is refused),
 * else the committer time of `rev` (when given) in the repository at `cwd`. Undefined when neither is available: the
 * caller falls back to the clock and says that a re-run will differ.
 */



async function releaseTime(o) {
    const epoch = (o.env ?? process.env).SOURCE_DATE_EPOCH?.trim();
    if (epoch) {
        if (!/^\d{1,12}$/.test(epoch))
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RelforgeError */ .fY(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got "${epoch.slice(0, 40)}".`);
        return { seconds: Number(epoch), source: 'SOURCE_DATE_EPOCH' };
    }
    if (!o.rev)
        return undefined;
    const r = await new _repository_js__WEBPACK_IMPORTED_MODULE_2__/* .Git */ .T((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(o.cwd ?? process.cwd())).run(['show', '-s', '--format=%ct', `${o.rev}^{commit}`], { allowFailure: true }).catch(() => undefined);
    const ct = r?.code === 0 ? r.stdout.trim() : '';
    return /^\d{1,12}$/.test(ct) ? { seconds: Number(ct), source: 'commit' } : undefined;
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

/***/ 4646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ isTauriPlatform),
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   fH: () => (/* binding */ isPlatformKey),
/* harmony export */   ow: () => (/* binding */ normalizePlatformKey),
/* harmony export */   qW: () => (/* binding */ inferPlatform),
/* harmony export */   sW: () => (/* binding */ parsePlatformKey)
/* harmony export */ });
/* unused harmony exports OSES, ARCHES, BUNDLES, OS_ALIASES, ARCH_ALIASES, BUNDLE_SUFFIXES, PlatformError, platformLookupOrder, TAURI_OSES, TAURI_ARCHES, TAURI_BUNDLES */
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6316);
/**
 * Platform keys for signed packages: `<os>-<arch>[-<bundle>]`, the same keys Tauri's updater uses
 * (formats.md §3), e.g. `windows-x86_64`, `linux-aarch64`, `darwin-aarch64`, `linux-x86_64-deb`.
 *
 * Pure: canonical names, a documented alias table, and inference from file names such as
 * `agent-linux-amd64`, `agent_windows_x86_64.exe` or `agent-1.2.3-darwin-arm64.tar.gz`.
 * Inference never guesses: a name with no OS/arch token, or with two different ones, is an error
 * that tells the user to name the platform explicitly (a `platform: file` map).
 */

const OSES = ['linux', 'darwin', 'windows', 'freebsd'];
const ARCHES = ['x86_64', 'aarch64', 'i686', 'armv7', 'riscv64'];
const BUNDLES = ['appimage', 'deb', 'rpm', 'app', 'dmg', 'msi', 'nsis'];
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
const BUNDLE_SUFFIXES = [
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
];
/** Endings that imply an OS without naming a bundle. */
const OS_SUFFIXES = [['.exe', 'windows']];
/** A platform key or file name that does not say one platform (a FormatError: the text is not what it claims). */
class PlatformError extends _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF {
}
function formatPlatform(p) {
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
            return formatPlatform(bundle ? { os, arch, bundle } : { os, arch });
    }
    return formatPlatform(parsePlatformKey(raw.trim()));
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
function inferPlatform(fileName) {
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
const TAURI_OSES = ['linux', 'darwin', 'windows'];
const TAURI_ARCHES = ['x86_64', 'aarch64', 'i686', 'armv7'];
const TAURI_BUNDLES = ['appimage', 'deb', 'rpm', 'app', 'msi', 'nsis'];
function isTauriPlatform(key) {
    const p = parsePlatformKey(key);
    return TAURI_OSES.includes(p.os) && TAURI_ARCHES.includes(p.arch) && (p.bundle === undefined || TAURI_BUNDLES.includes(p.bundle));
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


/***/ }),

/***/ 7055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ hashOnMainThread),
/* harmony export */   v: () => (/* binding */ HashPool)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _platform_fs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5732);
/**
 * File digests for signing: BLAKE2b-512 (the `ED` prehash) and, when checksums are on, SHA-256 from the same
 * single read, on worker threads (one file per worker) or on the main thread.
 */


/**
 * Self-contained worker body (eval'd, so it survives bundling): the same single read as fs.ts hashFile
 * (1 MiB reads into reused buffers, every requested hash fed from the same bytes), double-buffered so the
 * next read runs while this chunk is hashed. No per-chunk allocation: memory does not grow with file size.
 */
const WORKER_SOURCE = `
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
`;
class HashPool {
    workers = [];
    idle = [];
    queue = [];
    seq = 0;
    constructor(size) {
        for (let i = 0; i < size; i++) {
            const w = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(WORKER_SOURCE, { eval: true });
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
                w.postMessage({ id, path, algos: withSha256 ? ['blake2b512', 'sha256'] : ['blake2b512'], chunk: _platform_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .READ_CHUNK */ .vA });
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
async function hashOnMainThread(path, withSha256) {
    return withSha256 ? await (0,_platform_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .hashFile */ .DC)(path, ['blake2b512', 'sha256']) : await (0,_platform_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .hashFile */ .DC)(path, ['blake2b512']);
}


/***/ }),

/***/ 9200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TR: () => (/* binding */ checkKeyPin),
/* harmony export */   TZ: () => (/* binding */ generateKeyPair),
/* harmony export */   fm: () => (/* binding */ loadSigningKey)
/* harmony export */ });
/* unused harmony export derivedKeyId */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6316);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1310);
/**
 * Signing keys: load (minisign `.key`, Tauri base64, PKCS#8 PEM, raw seed), pin against the expected public key,
 * generate minisign-compatible pairs. Adapter around ./core/format.ts that runs scrypt. Key material is never
 * echoed in errors; seeds and scrypt streams are zeroed after use.
 */



function makeKey(privateKey, keyId, source) {
    const publicKey = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .rawPublicKey */ .F7)(privateKey);
    return Object.freeze({
        keyId,
        keyIdHex: (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .keyIdHex */ .wQ)(keyId),
        publicKey,
        publicKeyText: (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPublicKey */ .et)(keyId, publicKey),
        publicKeyBase64: (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .publicKeyBase64 */ .IX)(keyId, publicKey),
        source,
        privateKey,
    });
}
/** Key id for keys that carry none (PEM, raw seed): first 8 bytes of BLAKE2b-512(public key), so a seed always gets the same id. */
function derivedKeyId(publicKey) {
    return Buffer.from((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('blake2b512').update(publicKey).digest().subarray(0, 8));
}
async function scryptStream(password, salt, opslimit, memlimit) {
    const { N, r, p, maxmem } = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .scryptParams */ .mA)(opslimit, memlimit);
    return await new Promise((res, rej) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.scrypt)(Buffer.from(password, 'utf8'), salt, 104, { N, r, p, maxmem }, (err, key) => (err ? rej(err) : res(key))));
}
async function openMinisignKey(text, password) {
    const parsed = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSecretKey */ .NP)(text);
    const stream = parsed.encrypted ? await deriveStream(parsed, password) : undefined;
    let m;
    try {
        m = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .openSecretKey */ .At)(parsed, stream);
    }
    catch (err) {
        stream?.fill(0);
        if (err instanceof _core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .MinisignVerificationError */ .sG)
            throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('password', 'is wrong: it does not open the minisign secret key (checksum mismatch after decryption).');
        throw err;
    }
    try {
        return makeKey((0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .ed25519PrivateKey */ .or)(m.seed), m.keyId, 'minisign');
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
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RelforgeError */ .fY(`Could not derive the key from the password (scrypt with the key's limits failed: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err).replace(/[^\x20-\x7e]/g, '')}).`);
    }
    if (!password) {
        try {
            (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .openSecretKey */ .At)(parsed, stream).seed.fill(0);
        }
        catch {
            stream.fill(0);
            throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('password', 'is needed: the minisign secret key is encrypted and the empty password did not open it.');
        }
    }
    return stream;
}
function loadPem(text, password) {
    if (/ENCRYPTED PRIVATE KEY/.test(text) && !password)
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('password', 'is needed: the PKCS#8 private key is encrypted.');
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(password ? { key: text, format: 'pem', passphrase: password } : { key: text, format: 'pem' });
    }
    catch {
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('private-key', 'is a PEM that could not be read: give an unencrypted (or password-protected) PKCS#8 "PRIVATE KEY" PEM of an Ed25519 key.');
    }
    if (key.asymmetricKeyType !== 'ed25519')
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('private-key', `holds a ${key.asymmetricKeyType ?? 'non-Ed25519'} key; an Ed25519 key is required.`);
    return makeKey(key, derivedKeyId((0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .rawPublicKey */ .F7)(key)), 'pkcs8');
}
function loadSeed(text) {
    let raw;
    try {
        raw = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeBase64Strict */ .Fm)(text.replace(/\s+/g, ''), 'The private key');
    }
    catch {
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('private-key', 'is not recognised: give a minisign secret key file, a PKCS#8 PEM, or base64 of a 32-byte Ed25519 seed.');
    }
    const n = raw.length;
    const seed = Buffer.from(raw.subarray(0, 32));
    const consistent = n === 32 || (n === 64 && (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .publicKeyFromSeed */ .wE)(seed).equals(raw.subarray(32)));
    raw.fill(0);
    if (n !== 32 && n !== 64) {
        seed.fill(0);
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('private-key', `decodes to ${n} bytes; base64 of a 32-byte Ed25519 seed (or 64 bytes seed + public key) is expected.`);
    }
    if (!consistent) {
        seed.fill(0);
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('private-key', 'is inconsistent: the second half of the 64 bytes is not the public key of the first half.');
    }
    const key = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .ed25519PrivateKey */ .or)(seed);
    seed.fill(0);
    return makeKey(key, derivedKeyId((0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .rawPublicKey */ .F7)(key)), 'seed');
}
/**
 * Loads a signing key. Accepted material (never echoed in errors):
 * - a minisign secret key file's text (unencrypted, or scrypt-encrypted: give `password`), or base64 of that text (Tauri);
 * - a PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`) holding an Ed25519 key;
 * - base64 of a raw 32-byte Ed25519 seed (or of 64 bytes seed ‖ public key, Go's `ed25519.PrivateKey`).
 * An encrypted minisign key without a password is tried with the empty password (Tauri's default) first.
 * (A password given for an unencrypted key is ignored.)
 */
async function loadSigningKey(material, password) {
    const text = (material ?? '').trim();
    if (!text)
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('private-key', 'is empty: give a minisign secret key, a PKCS#8 PEM or base64 of a 32-byte seed. Refusing to publish unsigned files.');
    try {
        if ((0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .looksLikeSecretKeyFile */ .DH)(text))
            return await openMinisignKey(text, password);
        if (text.startsWith('-----BEGIN'))
            return loadPem(text, password);
        return loadSeed(text);
    }
    catch (err) {
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .asUserError */ .Yl)(err);
    }
}
/**
 * Key pinning: the key must match `expected` (minisign public key text or its base64 line). Keys without
 * their own id (PEM/seed) take the pinned key id, so signatures name the id users have in their `.pub`.
 */
function checkKeyPin(key, expected) {
    if (expected === undefined || expected === '')
        return key;
    let pin;
    try {
        pin = typeof expected === 'string' ? (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePublicKey */ .ee)(expected) : expected;
    }
    catch (err) {
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('public-key', `is malformed: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`);
    }
    if (!pin.publicKey.equals(key.publicKey)) {
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('public-key', `is ${pin.keyIdHex}, but the private key does not belong to the expected public key: its public key is ${key.publicKeyBase64}. Check {{private-key}} and {{public-key}}.`);
    }
    if (!pin.keyId.equals(key.keyId)) {
        if (key.source === 'minisign')
            throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('public-key', `has key id ${pin.keyIdHex} but the minisign secret key has key id ${key.keyIdHex}.`);
        return makeKey(key.privateKey, pin.keyId, key.source);
    }
    return key;
}
/** Generates a minisign key pair; with a password the secret key is scrypt-encrypted (minisign's default limits unless given). */
async function generateKeyPair(password, opts = {}) {
    const seed = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32);
    const keyId = opts.keyId ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8);
    const publicKey = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .publicKeyFromSeed */ .wE)(seed);
    let secretKey;
    if (password) {
        const salt = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32);
        const opslimit = opts.opslimit ?? _core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .MINISIGN_OPSLIMIT */ .$W;
        const memlimit = opts.memlimit ?? _core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .MINISIGN_MEMLIMIT */ .a8;
        const stream = await scryptStream(password, salt, opslimit, memlimit);
        secretKey = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .sealSecretKey */ .PS)({ keyId, seed, publicKey }, { salt, opslimit, memlimit, stream });
        stream.fill(0);
    }
    else {
        secretKey = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .sealSecretKey */ .PS)({ keyId, seed, publicKey });
    }
    seed.fill(0);
    return { publicKey: (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPublicKey */ .et)(keyId, publicKey), secretKey, keyIdHex: (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .keyIdHex */ .wQ)(keyId) };
}


/***/ }),

/***/ 6488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ readBounded),
/* harmony export */   K$: () => (/* binding */ signRaw),
/* harmony export */   aF: () => (/* binding */ signBuffer)
/* harmony export */ });
/* unused harmony exports RAW_SIZE_LIMIT, signFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6316);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1310);
/* harmony import */ var _hash_pool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7055);
/**
 * Signing one file or buffer: `.minisig` text (prehashed `ED`, streamed; or legacy `Ed`) and `format: raw`.
 * Legacy `Ed` and raw signing need the whole file in memory (Node's Ed25519 signs one-shot, in constant
 * time): files above RAW_SIZE_LIMIT are refused with the fix. Verification has no such limit (./verify.ts).
 */





/** Largest file signed in `raw` format or legacy `Ed` (Node's Ed25519 signs one-shot: the file must be in memory). */
const RAW_SIZE_LIMIT = 512 * 1024 * 1024;
/** The whole file, refused above RAW_SIZE_LIMIT with the fix. */
async function readBounded(path, what) {
    const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch((err) => {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY(`Could not read ${path}: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`);
    });
    if (s.size > RAW_SIZE_LIMIT) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY(`${path} is ${s.size} bytes, above the ${RAW_SIZE_LIMIT / 1024 / 1024} MiB limit for ${what}: Ed25519 signing over raw bytes needs the whole file in memory. ` +
            'Use the default minisign format (prehashed "ED", streamed; minisign -S) for large files.');
    }
    return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path).catch((err) => {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY(`Could not read ${path}: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`);
    });
}
/** Signs one file; returns the `.minisig` text and the file's digests (one streamed read for `ED`). */
async function signFile(path, key, opts) {
    if ((opts.algorithm ?? 'ED') === 'Ed') {
        const data = await readBounded(path, 'legacy "Ed" signatures');
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
    return (0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .signMessage */ .lT)(key.privateKey, key.keyId, data, { ...opts, algorithm: opts.algorithm ?? 'ED' });
}
/** `format: raw`: base64 of the 64-byte Ed25519 signature over the raw bytes (Go's `ed25519.Verify`, Sparkle). */
function signRaw(data, key) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(null, data, key.privateKey).toString('base64');
}


/***/ }),

/***/ 3903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JX: () => (/* binding */ signFiles)
/* harmony export */ });
/* unused harmony export resolveTimestamp */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6316);
/* harmony import */ var _platform_fs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5732);
/* harmony import */ var _git_release_time_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2323);
/* harmony import */ var _publishing_core_checksums_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3913);
/* harmony import */ var _packages_core_platform_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4646);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1310);
/* harmony import */ var _core_trusted_comment_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2983);
/* harmony import */ var _hash_pool_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7055);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(9200);
/* harmony import */ var _sign_file_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(6488);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(1457);
/* harmony import */ var _staged_write_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(6747);
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
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(settings.cwd ?? process.cwd());
    const { plan, sumsPath } = await planOutputs(p, cwd);
    const workers = p.format === 'minisign' && p.algorithm === 'ED' ? Math.min(settings.workers ?? Math.min(2, (0,node_os__WEBPACK_IMPORTED_MODULE_2__.availableParallelism)()), plan.length) : 0;
    const pool = workers > 0 ? new _hash_pool_js__WEBPACK_IMPORTED_MODULE_11__/* .HashPool */ .v(workers) : undefined;
    const unchanged = [];
    try {
        const written = await (0,_staged_write_js__WEBPACK_IMPORTED_MODULE_15__/* .stagedWrite */ .o)({
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
        throw err instanceof _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY ? err : new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`Signing failed: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}`, { cause: err });
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
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .fieldError */ .$i)('format', `must be minisign or raw, got "${String(format)}".`);
    if (algorithm !== 'ED' && algorithm !== 'Ed')
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .fieldError */ .$i)('algorithm', `must be ED (prehashed, default) or Ed (legacy), got "${String(algorithm)}".`);
    // Key first, before any file is read.
    const key = (0,_keys_js__WEBPACK_IMPORTED_MODULE_12__/* .checkKeyPin */ .TR)(s.key ?? (await (0,_keys_js__WEBPACK_IMPORTED_MODULE_12__/* .loadSigningKey */ .fm)(s.privateKey ?? '', s.password)), s.publicKey);
    const pinned = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_9__/* .parsePublicKey */ .ee)(s.publicKey || key.publicKeyText);
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
    const t = await (0,_git_release_time_js__WEBPACK_IMPORTED_MODULE_6__.releaseTime)({ env: s.env, cwd: s.cwd, rev: 'HEAD' });
    if (t)
        return { timestamp: t.seconds, source: t.source };
    log('note: no SOURCE_DATE_EPOCH and no git commit here: the trusted comments take their timestamp from the clock, so a re-run signs differently.');
    return { timestamp: Math.floor(Date.now() / 1000), source: 'clock' };
}
async function planOutputs(p, cwd) {
    const { s, ext } = p;
    const files = await (0,_platform_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .expandFiles */ .CC)(s.files, { cwd, inputName: 'files', allowOutsideWorkspace: s.allowOutsideWorkspace, allowOption: 'allow-outside-workspace', env: s.env });
    const outDir = s.outputDir ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, s.outputDir) : undefined;
    if (outDir)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(outDir, { recursive: true });
    const sumsPath = p.checksums ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(outDir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(files[0]), 'SHA256SUMS') : undefined;
    // Re-runs over a glob like dist/* must not sign our own outputs.
    const set = new Set(files);
    const inputs = files.filter((f) => {
        const own = _staged_write_js__WEBPACK_IMPORTED_MODULE_15__/* .STAGED_NAME */ .P.test(f) ||
            f === sumsPath ||
            (sumsPath !== undefined && f === sumsPath + ext) ||
            (f.endsWith(ext) && set.has(f.slice(0, -ext.length))) ||
            (outDir !== undefined && f.endsWith(ext) && (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(f) === outDir);
        if (own)
            p.log(`skipping ${f}: it is an output of this action (signature, checksum or temporary file)`);
        return !own;
    });
    if (inputs.length === 0)
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .fieldError */ .$i)('files', 'matched only signature or checksum files from an earlier run; nothing to sign.');
    const targets = new Set();
    const plan = inputs.map((file) => {
        const name = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(file);
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(outDir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(file), name + ext);
        if (targets.has(target))
            throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .fieldError */ .$i)('files', `has two files that would write the same signature ${target}: give files with distinct names or drop {{output-dir}}.`);
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
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(stage.temp(x.target), r.text, { flag: 'wx' });
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
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`Could not read ${x.file}: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}`);
    });
    const fields = { version: p.s.version, file: x.name, platform: platformOf(x.name, p.s.platform), timestamp: p.timestamp };
    if (p.format === 'raw' || p.algorithm === 'Ed') {
        const data = await (0,_sign_file_js__WEBPACK_IMPORTED_MODULE_13__/* .readBounded */ .CB)(x.file, p.format === 'raw' ? 'format: raw' : 'legacy "Ed" signatures');
        const sha256 = p.checksums ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex') : null;
        if (p.format === 'raw')
            return { ...x, text: (0,_sign_file_js__WEBPACK_IMPORTED_MODULE_13__/* .signRaw */ .K$)(data, p.key) + '\n', sha256, size: data.length, before };
        const comment = reusableComment(p, existing, fields, { data });
        const text = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_9__/* .signMessage */ .lT)(p.key.privateKey, p.key.keyId, data, { algorithm: 'Ed', trustedComment: comment, untrustedComment: p.s.untrustedComment });
        return { ...x, text, sha256, size: data.length, before };
    }
    let d;
    try {
        d = pool ? await pool.hash(x.file, p.checksums) : await (0,_hash_pool_js__WEBPACK_IMPORTED_MODULE_11__/* .hashOnMainThread */ .T)(x.file, p.checksums);
    }
    catch (err) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`Could not read ${x.file}: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}`);
    }
    const digest = Buffer.from(d.blake2b512, 'hex');
    const comment = reusableComment(p, existing, fields, { digest });
    const text = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_9__/* .signPrehashed */ .Qj)(p.key.privateKey, p.key.keyId, digest, { trustedComment: comment, untrustedComment: p.s.untrustedComment });
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
        const sig = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_9__/* .parseSignature */ .uT)(existing);
        if (sig.algorithm !== p.algorithm)
            return fresh;
        (0,_core_format_js__WEBPACK_IMPORTED_MODULE_9__/* .verifySignature */ .Od)(sig, p.pinned, message);
        const ts = (0,_core_trusted_comment_js__WEBPACK_IMPORTED_MODULE_10__/* .commentTimestamp */ .sO)(sig.trustedComment);
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
    const sumsDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(sumsPath);
    const data = Buffer.from((0,_publishing_core_checksums_js__WEBPACK_IMPORTED_MODULE_7__/* .formatChecksums */ .s)(signed.map((x) => ({ name: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(sumsDir, x.file).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/'), sha256: x.sha256 }))), 'utf8');
    const sigPath = sumsPath + p.ext;
    const fields = { version: p.s.version, file: 'SHA256SUMS', platform: p.s.platform === 'none' ? undefined : p.s.platform, timestamp: p.timestamp };
    const oldSig = await readSmall(sigPath);
    const sigText = p.format === 'raw'
        ? (0,_sign_file_js__WEBPACK_IMPORTED_MODULE_13__/* .signRaw */ .K$)(data, p.key) + '\n'
        : (0,_core_format_js__WEBPACK_IMPORTED_MODULE_9__/* .signMessage */ .lT)(p.key.privateKey, p.key.keyId, data, {
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
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(stage.temp(path), content, { flag: 'wx' });
        }
    }
    return { path: sumsPath, sigPath, data, sigText };
}
/** Verify-after-sign: each written signature read back and checked with the pinned key; inputs unchanged. */
async function verifyWritten(p, w, stage) {
    const read = (target) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(stage.current(target), 'utf8');
    for (const x of w.signed) {
        const text = await read(x.target);
        const after = await fingerprint(x.file);
        if (!sameFingerprint(x.before, after) || Number(after.size) !== x.size) {
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`${x.file} changed while it was being signed (size, mtime or inode differ): nothing was published; re-run the step.`);
        }
        try {
            if (p.format === 'raw')
                await (0,_verify_js__WEBPACK_IMPORTED_MODULE_14__/* .verifyRawFile */ .Os)(x.file, text.trim(), p.pinned.publicKey);
            else if (p.s.reread || p.algorithm === 'Ed')
                await (0,_verify_js__WEBPACK_IMPORTED_MODULE_14__/* .verifyFile */ .AI)(x.file, text, p.pinned);
            else
                (0,_core_format_js__WEBPACK_IMPORTED_MODULE_9__/* .verifySignature */ .Od)((0,_core_format_js__WEBPACK_IMPORTED_MODULE_9__/* .parseSignature */ .uT)(text), p.pinned, { digest: x.digest });
        }
        catch (err) {
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`Verify-after-sign failed for ${x.file}: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)} Nothing was published.`, { cause: err });
        }
    }
    if (!w.sums)
        return;
    const onDisk = Buffer.from(await read(w.sums.path));
    const sigText = await read(w.sums.sigPath);
    try {
        if (!onDisk.equals(w.sums.data))
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY('the file on disk differs from what was written.');
        if (p.format === 'raw')
            await (0,_verify_js__WEBPACK_IMPORTED_MODULE_14__/* .verifyRawFile */ .Os)(stage.current(w.sums.path), sigText.trim(), p.pinned.publicKey);
        else
            (0,_verify_js__WEBPACK_IMPORTED_MODULE_14__/* .verifyBuffer */ .Wx)(onDisk, sigText, p.pinned);
    }
    catch (err) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`Verify-after-sign failed for SHA256SUMS: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
}
/** A small existing output's text, or undefined when there is none (or it is too large to be one of ours). */
async function readSmall(path, max = 64 * 1024) {
    try {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        if (!s.isFile() || s.size > max)
            return undefined;
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
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
        return (0,_packages_core_platform_js__WEBPACK_IMPORTED_MODULE_8__/* .formatPlatform */ .Bq)((0,_packages_core_platform_js__WEBPACK_IMPORTED_MODULE_8__/* .inferPlatform */ .qW)(name));
    }
    catch {
        return undefined;
    }
}
function renderComment(template, fields) {
    try {
        return (0,_core_format_js__WEBPACK_IMPORTED_MODULE_9__/* .sanitizeComment */ .pT)((0,_core_trusted_comment_js__WEBPACK_IMPORTED_MODULE_10__/* .renderTrustedComment */ .tO)(template, fields), 'trusted');
    }
    catch (err) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY((0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err), { cause: err });
    }
}
async function fingerprint(path) {
    const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path, { bigint: true });
    if (!s.isFile())
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`${path} is not a regular file.`);
    return { dev: s.dev, ino: s.ino, size: s.size, mtimeNs: s.mtimeNs, ctimeNs: s.ctimeNs };
}
const sameFingerprint = (a, b) => a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;


/***/ }),

/***/ 1457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ verifyFile),
/* harmony export */   Os: () => (/* binding */ verifyRawFile),
/* harmony export */   Wx: () => (/* binding */ verifyBuffer),
/* harmony export */   p8: () => (/* binding */ legacyMessage)
/* harmony export */ });
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6316);
/* harmony import */ var _platform_fs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5732);
/* harmony import */ var _core_ed25519_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7961);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1310);
/**
 * minisign verification of files and buffers, in bounded memory for every algorithm: prehashed `ED` streams
 * BLAKE2b-512; legacy `Ed` and `format: raw` stream SHA-512(R ‖ A ‖ file) and finish the Ed25519 check with
 * ./core/ed25519.ts (Node's crypto would need the whole file in memory: a 2 GiB package peaked at 2.1 GB).
 */




function asPublicKey(publicKey) {
    return typeof publicKey === 'string' ? (0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePublicKey */ .ee)(publicKey) : publicKey;
}
/** One streamed hash of the file (after `prefix`), as bytes; an unreadable file is a RelforgeError. */
async function fileHash(path, algo, prefix) {
    try {
        return Buffer.from((await (0,_platform_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .hashFile */ .DC)(path, [algo], { prefix }))[algo], 'hex');
    }
    catch (err) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Could not read ${path}: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
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
async function verifyFile(path, sigText, publicKey, opts = {}) {
    const sig = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSignature */ .uT)(sigText);
    const pub = asPublicKey(publicKey);
    if (!sig.keyId.equals(pub.keyId) || (opts.requirePrehashed && sig.algorithm !== 'ED'))
        return (0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .verifySignature */ .Od)(sig, pub, {}, opts);
    if (sig.algorithm === 'Ed')
        return (0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .verifySignature */ .Od)(sig, pub, { data: await legacyMessage(path, sig, pub) }, opts);
    return (0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .verifySignature */ .Od)(sig, pub, { digest: await fileHash(path, 'blake2b512') }, opts);
}
function verifyBuffer(data, sigText, publicKey, opts = {}) {
    return (0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .verifySignature */ .Od)((0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSignature */ .uT)(sigText), asPublicKey(publicKey), { data }, opts);
}
/** `format: raw`: base64 of a 64-byte Ed25519 signature over the file bytes, verified streamed. */
async function verifyRawFile(path, signatureBase64, publicKey) {
    const pk = Buffer.isBuffer(publicKey) ? publicKey : asPublicKey(publicKey).publicKey;
    const sig = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeBase64Strict */ .Fm)(signatureBase64, 'The raw signature', 64);
    const hram = await streamHram(path, sig.subarray(0, 32), pk);
    if (!(0,_core_ed25519_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyEd25519Hram */ .bt)(pk, sig, hram))
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Raw Ed25519 signature verification failed for ${path}: the file or signature was altered, or another key signed it.`);
}


/***/ }),

/***/ 6747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ STAGED_NAME),
/* harmony export */   o: () => (/* binding */ stagedWrite)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6316);
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
const STAGED_NAME = /\.relforge-tmp-\d+-[0-9a-f]{8}(?:\.old)?$/;
class StageImpl {
    entries = new Map();
    tag = `.relforge-tmp-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
    temp(target) {
        let e = this.entries.get(target);
        if (!e) {
            e = { target, temp: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(target)}${this.tag}`), keep: false };
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
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(target)}${this.tag}.old`);
    }
}
/** Runs write → verify → commit; on any failure removes the temporary files and restores every target. */
async function stagedWrite(steps, opts = {}) {
    const stage = new StageImpl();
    try {
        const result = await steps.write(stage);
        await steps.verify(result, stage);
        await commit(stage, steps, opts);
        return result;
    }
    finally {
        for (const e of stage.entries.values())
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(e.temp, { force: true }).catch(() => { });
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
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.chmod)(entry.temp, mode);
            const backup = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(entry.target) ? stage.backup(entry.target) : undefined;
            if (backup)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(entry.target, backup);
            done.push({ entry, backup });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(entry.temp, entry.target);
        }
    }
    catch (err) {
        await rollBack(done, opts);
        throw err instanceof _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY ? err : new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`Could not move the verified outputs into place: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}. Every target was restored.`, { cause: err });
    }
    for (const d of done)
        if (d.backup)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(d.backup, { force: true }).catch(() => { });
}
async function rollBack(done, opts) {
    for (const { entry, backup } of done.reverse()) {
        try {
            if (backup)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(backup, entry.target);
            else
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(entry.target, { force: true });
        }
        catch (err) {
            opts.log?.(`could not restore ${entry.target}: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}${backup ? ` (its earlier content is in ${backup})` : ''}`);
        }
    }
    if (done.length)
        opts.log?.(`restored the ${done.length} file(s) this run had replaced`);
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


/***/ })

};
