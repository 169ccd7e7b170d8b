export const id = 907;
export const ids = [907];
export const modules = {

/***/ 9232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wx: () => (/* binding */ identityEnv),
/* harmony export */   XH: () => (/* binding */ resolveIdentity)
/* harmony export */ });
/* unused harmony export BOT_IDENTITY */
const BOT_IDENTITY = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
/** Resolves the committer identity: explicit, else git config, else the Actions bot. */
async function resolveIdentity(git, id = {}) {
    const cfg = async (key) => {
        const r = await git.run(['config', '--get', key], { allowFailure: true });
        return r.code === 0 ? r.stdout.trim() : '';
    };
    return {
        name: id.name || (await cfg('user.name')) || BOT_IDENTITY.name,
        email: id.email || (await cfg('user.email')) || BOT_IDENTITY.email,
    };
}
function identityEnv(id) {
    return { GIT_AUTHOR_NAME: id.name, GIT_AUTHOR_EMAIL: id.email, GIT_COMMITTER_NAME: id.name, GIT_COMMITTER_EMAIL: id.email };
}


/***/ }),

/***/ 668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ lsRemoteRefs),
/* harmony export */   VC: () => (/* binding */ push),
/* harmony export */   Zh: () => (/* binding */ remoteNameProblem),
/* harmony export */   _H: () => (/* binding */ lsRemote),
/* harmony export */   de: () => (/* binding */ remoteAccess)
/* harmony export */ });
/* unused harmony export tokenConfigEnv */
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6316);
/* harmony import */ var _platform_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9002);
/**
 * Talking to a git remote: credentials, remote tag listing, pushes (used by prerelease and release-commit).
 *
 * A token never goes into argv (`-c http.extraheader=…` would show it in `ps` and in git's own error
 * messages): it is passed through GIT_CONFIG_COUNT/GIT_CONFIG_KEY_n/GIT_CONFIG_VALUE_n environment
 * variables. The first value resets the header list for the remote's origin, so an `actions/checkout`
 * persisted header for the same origin is replaced rather than sent twice (GitHub rejects duplicate
 * Authorization headers).
 */


/** Validates a remote name (it becomes a git argument): no leading `-`, no whitespace. The text continues after the option's name. */
function remoteNameProblem(remote) {
    if (!remote)
        return 'is empty; use the name of a configured remote, e.g. origin.';
    if (remote.startsWith('-') || /[\s\x00-\x1f]/.test(remote))
        return `("${remote}") is not a valid remote name.`;
    return undefined;
}
function stripUserinfo(url) {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}
/**
 * Environment that makes git send `token` to an HTTPS remote (never in argv). `existingCount` is the
 * GIT_CONFIG_COUNT already in the environment, if any (entries are appended after it).
 */
function tokenConfigEnv(remoteUrl, token, baseEnv = process.env) {
    const u = new URL(remoteUrl);
    const origin = `${u.protocol}//${u.host}/`;
    const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
    (0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(basic);
    const start = Number.parseInt(baseEnv.GIT_CONFIG_COUNT ?? '0', 10) || 0;
    const key = `http.${origin}.extraheader`;
    return {
        GIT_CONFIG_COUNT: String(start + 2),
        [`GIT_CONFIG_KEY_${start}`]: key,
        [`GIT_CONFIG_VALUE_${start}`]: '',
        [`GIT_CONFIG_KEY_${start + 1}`]: key,
        [`GIT_CONFIG_VALUE_${start + 1}`]: `AUTHORIZATION: basic ${basic}`,
    };
}
/**
 * Resolves how to reach `remote` and fails BEFORE anything is created when an HTTPS remote has no
 * credentials at all (no token input, no userinfo in the URL, no extraheader, no credential helper).
 */
async function remoteAccess(git, remote, token, opts) {
    const problem = remoteNameProblem(remote);
    if (problem)
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldError */ .$i)('remote', problem);
    const r = await git.run(['remote', 'get-url', '--push', remote], { allowFailure: true });
    if (r.code !== 0) {
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldError */ .$i)('remote', `("${remote}") is not a configured git remote in ${git.cwd} (git remote -v lists them); name one, or do not push ({{push}}: false).`);
    }
    const url = r.stdout.trim();
    const displayUrl = stripUserinfo(url);
    if (!/^https?:\/\//i.test(url))
        return { remote, displayUrl, env: {}, auth: 'ssh-or-local' };
    if (token) {
        (0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(token);
        return { remote, displayUrl, env: tokenConfigEnv(url, token), auth: 'token' };
    }
    if (!opts.needPush)
        return { remote, displayUrl, env: {}, auth: 'existing' };
    const hasUserinfo = /^https?:\/\/[^/@]+@/i.test(url);
    // Only settings that apply to this URL count (a helper for another host does not help).
    const headers = await git.run(['config', '--get-urlmatch', 'http.extraheader', url], { allowFailure: true });
    const helpers = await git.run(['config', '--get-urlmatch', 'credential.helper', url], { allowFailure: true });
    const hasHeader = headers.code === 0 && headers.stdout.trim() !== '';
    const hasHelper = helpers.code === 0 && helpers.stdout.trim() !== '';
    if (!hasUserinfo && !hasHeader && !hasHelper) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SettingsError */ .GN([
            {
                message: `No credentials to push to ${displayUrl}: give a token with {{token}} (e.g. token: \${{ secrets.GITHUB_TOKEN }} with "permissions: contents: write"; ` +
                    'RELFORGE_TOKEN on the command line), or check out with actions/checkout "persist-credentials: true", or do not push ({{push}}: false). Nothing was created or pushed.',
            },
        ]);
    }
    return { remote, displayUrl, env: {}, auth: 'existing' };
}
/**
 * Remote refs matching `patterns` (`git ls-remote`, one process), by full name (`refs/tags/v1.2.3`), with
 * the object each names and, for annotated tags, the commit it peels to.
 */
async function lsRemoteRefs(git, access, patterns) {
    // One process; without --refs git also prints "<sha>\t<tag>^{}" (the commit of an annotated tag).
    const all = [...patterns, ...patterns.filter((p) => !p.endsWith('*')).map((p) => `${p}^{}`)];
    const r = await git.run(['ls-remote', '--', access.remote, ...all], { env: access.env, allowFailure: true });
    if (r.code !== 0) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Could not list refs of the remote "${access.remote}" (${access.displayUrl}): ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(r.stderr.trim()) || `exit ${r.code}`}. ` +
            'Check the token (and network access), or do not push.');
    }
    const refs = new Map();
    const peeled = new Map();
    for (const line of r.stdout.split('\n')) {
        const [sha, ref] = line.split('\t');
        if (!sha || !ref)
            continue;
        if (ref.endsWith('^{}'))
            peeled.set(ref.slice(0, -3), sha);
        else
            refs.set(ref, { object: sha });
    }
    for (const [ref, sha] of peeled) {
        const v = refs.get(ref);
        if (v)
            v.peeled = sha;
    }
    return refs;
}
/** Remote refs matching `patterns`, annotated tags peeled to their commits (see lsRemoteRefs). */
async function lsRemote(git, access, patterns) {
    const out = new Map();
    for (const [ref, v] of await lsRemoteRefs(git, access, patterns))
        out.set(ref, v.peeled ?? v.object);
    return out;
}
/** Runs `git push` with the access environment; failures become a clear, secret-free message. */
async function push(git, access, refspecs, opts) {
    const args = ['push', '--porcelain'];
    if (opts.atomic)
        args.push('--atomic');
    for (const l of opts.leases ?? [])
        args.push(`--force-with-lease=${l}`);
    args.push('--', access.remote, ...refspecs);
    const r = await git.run(args, { env: access.env, allowFailure: true });
    if (r.code !== 0) {
        const detail = (0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(`${r.stderr}\n${r.stdout}`.trim());
        let hint = '';
        if (/protected branch|GH006|GH013|not allowed to push|pre-receive hook declined|push declined/i.test(detail)) {
            hint = ' The server refused it (branch protection or a server hook): let this identity push (e.g. a RELEASE_TOKEN of a bot allowed to bypass protection) or release from an unprotected branch. Nothing was pushed.';
        }
        else if (/stale info|fetch first|non-fast-forward|cannot lock ref|but expected/i.test(detail)) {
            hint = ' The remote changed since this checkout (someone pushed): nothing was pushed. Re-run on the new head.';
        }
        else if (/already exists/i.test(detail)) {
            hint = ' The tag already exists on the remote (pushed by another run?). Nothing was overwritten.';
        }
        else if (/authentication|could not read username|403|401|permission|denied/i.test(detail)) {
            hint = ' The credentials were refused: check the token and that it may push (permissions: contents: write).';
        }
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Pushing ${opts.what} to "${access.remote}" (${access.displayUrl}) failed.${hint}\n${detail}`);
    }
}


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
/* unused harmony exports workspaceRoots, safeBasename */
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
 *
 * Where files may come from: every matched file is resolved to its real path (symbolic links followed), and a
 * file whose real path is outside the workspace is refused unless the caller allows it explicitly. The
 * workspace is `cwd`, GITHUB_WORKSPACE and RUNNER_TEMP; a pattern written as an absolute path also allows the
 * folder it names (the user named that place), never a link out of it. So `ln -s /etc/passwd app-linux-arm64`
 * with `files: app-*` is refused instead of publishing /etc/passwd. Directory symlink cycles are walked once.
 */






const READ_CHUNK = 1024 * 1024;
/** Where matched files may live: real paths of cwd, GITHUB_WORKSPACE and RUNNER_TEMP (those that exist). */
function workspaceRoots(cwd, env = process.env) {
    const roots = new Set();
    for (const p of [cwd, env.GITHUB_WORKSPACE, env.RUNNER_TEMP]) {
        if (!p)
            continue;
        try {
            roots.add(toSlash((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(p))));
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
    return inputName ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .fieldError */ .$i)(inputName, message) : new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY(`The file list ${message}`);
}
/**
 * Expands newline-separated glob patterns (relative to `cwd`) to absolute regular-file paths,
 * sorted and de-duplicated. `!pattern` removes matches. Zero matches for the whole set is an error
 * naming the input. A pattern without glob characters must name an existing regular file. Paths are
 * returned as matched (a link keeps its own name); their real paths must be inside the workspace.
 * (Own walker over minimatch rather than @actions/glob, whose `::debug::` lines leak into CLI output.)
 */
async function expandFiles(patterns, opts = {}) {
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(opts.cwd ?? process.cwd());
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
    const toAbs = (p) => toSlash((0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(cwd, p));
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
            if ((0,minimatch__WEBPACK_IMPORTED_MODULE_4__/* .minimatch */ .xF)(f, neg, { dot: true }))
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
    if (!(0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(p))
        return roots;
    const base = hasMagic(p) ? splitGlob(abs).base : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(abs);
    try {
        const real = toSlash((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(base));
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
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
    }
    catch {
        throw problem(input, `names "${p}", which does not exist (looked in ${cwd}).`);
    }
    if (!st.isFile())
        throw problem(input, `names "${p}", which is not a regular file.`);
    return toSlash((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs));
}
const toSlash = (p) => p.split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/');
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
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
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
            if (kind.file && (0,minimatch__WEBPACK_IMPORTED_MODULE_4__/* .minimatch */ .xF)(full, absPattern, { dot: true }))
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
        baseReal = toSlash((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(base));
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
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full);
        return { file: st.isFile(), dir: st.isDirectory(), real: toSlash((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(full)) };
    }
    catch {
        return undefined;
    }
}
/**
 * Streams a file once, feeding every requested hash; returns hex digests and the byte count. `prefix` is fed to
 * every hash before the file (e.g. R ‖ A for a streamed Ed25519 verification).
 */
async function hashFile(path, algos, opts = {}) {
    const hashes = algos.map((a) => [a, (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createHash)(a)]);
    if (opts.prefix)
        for (const [, h] of hashes)
            h.update(opts.prefix);
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

/***/ 9907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lk: () => (/* binding */ releaseCommit),
/* harmony export */   u: () => (/* binding */ DEFAULT_RELEASE_MESSAGE)
/* harmony export */ });
/* unused harmony export parsePorcelainZ */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6316);
/* harmony import */ var _platform_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5732);
/* harmony import */ var _git_repository_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5986);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4794);
/* harmony import */ var _git_remote_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(668);
/* harmony import */ var _git_identity_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9232);
/**
 * releaseCommit (stable releases): commit the release files (manifests, lock files, changelog) as
 * `chore(release): v<version>`, create an annotated tag, and push branch and tag in ONE atomic push guarded
 * by a lease on the branch: if the remote branch moved since checkout, nothing is pushed. With `majorTag`,
 * `<prefix><major>` (v1) moves to the release commit in the same push (with its own lease).
 *
 * Refuses, before changing anything: a detached HEAD, a dirty work tree (other than the release files),
 * missing credentials, a remote branch that already moved, a tag that already exists for another commit.
 * A push failure rolls the local commit and tags back, so a re-run starts from the same state.
 */








const DEFAULT_RELEASE_MESSAGE = 'chore(release): {tag}';
/** Files next-version rewrites (manifests and lock files): when they are dirty but not listed, that is why. */
const MANIFEST_NAMES = new Set(['Cargo.toml', 'Cargo.lock', 'package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'pyproject.toml']);
/** Paths changed in the work tree or index (porcelain v1 -z; renames give both sides). */
function parsePorcelainZ(out) {
    const parts = out.split('\0');
    const paths = [];
    for (let i = 0; i < parts.length; i++) {
        const e = parts[i];
        if (e.length < 4)
            continue;
        const xy = e.slice(0, 2);
        paths.push(e.slice(3));
        if (xy[0] === 'R' || xy[0] === 'C')
            paths.push(parts[++i]);
    }
    return paths;
}
function releaseCommitSettings(opts) {
    const p = new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .Problems */ .Zw();
    const prefix = opts.tagPrefix ?? 'v';
    const remote = opts.remote ?? 'origin';
    const doPush = opts.push ?? true;
    const version = (opts.version ?? '').trim().replace(/^v(?=\d)/, '');
    if (!version)
        p.add('version', 'is required (e.g. 0.4.0, usually next-version\'s "version" output).');
    else if (!(0,_core_version_js__WEBPACK_IMPORTED_MODULE_5__/* .isSemver */ .nN)(version))
        p.add('version', `must be a SemVer version without prefix (e.g. 0.4.0), got "${opts.version}".`);
    const pp = (0,_core_version_js__WEBPACK_IMPORTED_MODULE_5__/* .tagPrefixProblem */ .qp)(prefix);
    if (pp)
        p.add('tag-prefix', pp.replace(/^"[^"]*" /, `("${prefix}") `));
    if (!opts.files.length)
        p.add('files', 'is empty: list the files the release changes (next-version\'s "files" output, CHANGELOG.md).');
    const rp = (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_6__/* .remoteNameProblem */ .Zh)(remote);
    if (doPush && rp)
        p.add('remote', rp);
    if (opts.majorTag && version && (0,_core_version_js__WEBPACK_IMPORTED_MODULE_5__/* .isSemver */ .nN)(version) && !(0,_core_version_js__WEBPACK_IMPORTED_MODULE_5__/* .isStrictVersion */ .aK)(version)) {
        p.add('major-tag', `moves a major tag to stable releases only; ${version} is a prerelease.`);
    }
    p.throwIfAny();
    const tag = `${prefix}${version}`;
    const message = (opts.message?.trim() || DEFAULT_RELEASE_MESSAGE).replaceAll('{version}', version).replaceAll('{tag}', tag);
    return { cwd: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.cwd), version, tag, prefix, message, remote, doPush, ...(opts.majorTag ? { majorTag: `${prefix}${version.split('.')[0]}` } : {}) };
}
/** The release files as repository-relative paths; a missing file names the option and the step that writes it. */
async function releaseFiles(cwd, top, patterns) {
    for (const f of patterns) {
        if (/[*?[\]{}]/.test(f) || f.startsWith('!') || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, f)))
            continue;
        const writer = MANIFEST_NAMES.has((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(f))
            ? 'next-version (write: true) writes manifests and lock files only when the version changes; pass its "files" output instead of naming them by hand'
            : /change ?log/i.test(f)
                ? 'the changelog step writes it only with its "output" set to this path'
                : 'check the path (relative to {{path}})';
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .fieldError */ .$i)('files', `names "${f}", which does not exist in ${cwd}: ${writer}. Nothing was committed.`);
    }
    const abs = await (0,_platform_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .expandFiles */ .CC)(patterns, { cwd, inputName: 'files' });
    const files = abs.map((a) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(top, a).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'));
    const outside = files.filter((f) => f.startsWith('../') || f === '..');
    if (outside.length)
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .fieldError */ .$i)('files', `names ${outside.join(', ')}, outside the repository ${top}.`);
    return files;
}
/** The work tree may differ only in the release files; says which step most likely left the others. */
async function changedReleaseFiles(git, files) {
    const status = await git.run(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames'], { env: { GIT_OPTIONAL_LOCKS: '0' } });
    const dirty = [...new Set(parsePorcelainZ(status.stdout))];
    const wanted = new Set(files);
    const stray = dirty.filter((p) => !wanted.has(p));
    if (stray.length) {
        const list = `${stray.slice(0, 10).join(', ')}${stray.length > 10 ? ` and ${stray.length - 10} more` : ''}`;
        const manifests = stray.filter((f) => MANIFEST_NAMES.has((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(f)));
        const cause = manifests.length
            ? `${manifests.join(', ')} ${manifests.length === 1 ? 'was' : 'were'} rewritten by next-version (write: true rewrites lock files too): pass its "files" output to {{files}} (e.g. files: \${{ steps.version.outputs.files }}), with the changelog file on its own line.`
            : 'Add them to {{files}} if they belong to the release, or make the build step not modify tracked files.';
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .fieldError */ .$i)('files', `does not list ${list}, changed in the work tree. ${cause} Nothing was committed.`);
    }
    return files.filter((f) => dirty.includes(f));
}
async function remoteState(git, s, branch, token) {
    if (!s.doPush)
        return { majorLine: [] };
    const access = await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_6__/* .remoteAccess */ .de)(git, s.remote, token, { needPush: true });
    const patterns = [`refs/tags/${s.tag}`, `refs/heads/${branch}`];
    if (s.majorTag)
        patterns.push(`refs/tags/${s.majorTag}`, `refs/tags/${(0,_core_version_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeGlob */ .yk)(s.majorTag)}.*`);
    const refs = await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_6__/* .lsRemoteRefs */ .Al)(git, access, patterns);
    const commit = (ref) => {
        const v = refs.get(ref);
        return v && (v.peeled ?? v.object);
    };
    const m = s.majorTag ? refs.get(`refs/tags/${s.majorTag}`) : undefined;
    return {
        access,
        tag: commit(`refs/tags/${s.tag}`),
        branch: commit(`refs/heads/${branch}`),
        ...(m ? { major: { object: m.object, commit: m.peeled ?? m.object } } : {}),
        majorLine: [...refs.keys()].filter((r) => s.majorTag && r.startsWith(`refs/tags/${s.majorTag}.`)),
    };
}
/** Whether the major tag may move to this version: never backwards past a higher release of that major. */
async function majorTagDecision(git, s, remote, notes) {
    if (!s.majorTag)
        return undefined;
    const local = await git.localTags([`refs/tags/${(0,_core_version_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeGlob */ .yk)(s.majorTag)}.*`]);
    const higher = [...new Set([...local.keys(), ...remote.majorLine])]
        .map((ref) => ref.slice('refs/tags/'.length))
        .filter((t) => {
        const v = (0,_core_version_js__WEBPACK_IMPORTED_MODULE_5__/* .parseStrictTag */ .xn)(t, s.prefix);
        return v !== undefined && (0,_core_version_js__WEBPACK_IMPORTED_MODULE_5__/* .compareStrictVersions */ .W)(v, s.version) > 0;
    });
    if (higher.length) {
        notes.push(`${s.majorTag} was not moved: ${higher.sort().at(-1)} is a higher release of that major.`);
        return undefined;
    }
    return s.majorTag;
}
async function releaseCommit(opts) {
    const s = releaseCommitSettings(opts);
    const git = new _git_repository_js__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .T(s.cwd);
    await git.assertRepository();
    const branch = await git.currentBranch();
    if (!branch) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY('HEAD is detached, so there is no branch to push the release commit to. Check out the release branch ' +
            '(actions/checkout with "ref: ${{ github.ref_name }}" on a branch-triggered or dispatched run).');
    }
    const head = await git.headCommit();
    if (!head)
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY(`${s.cwd}: the branch ${branch} has no commits yet.`);
    const top = await git.text(['rev-parse', '--show-toplevel']);
    const files = await releaseFiles(s.cwd, top, opts.files);
    const changed = await changedReleaseFiles(git, files);
    // Credentials and the remote state before anything is created.
    const remote = await remoteState(git, s, branch, opts.token);
    const notes = [];
    const base = { commit: '', tag: s.tag, version: s.version, branch, parent: head, files: changed, pushed: false, reused: false, dryRun: !!opts.dryRun, notes };
    if (remote.tag !== undefined)
        return converge(git, s, remote, base, changed);
    if (s.doPush && remote.branch !== undefined && remote.branch !== head) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY(`The remote branch ${branch} on "${s.remote}" is at ${remote.branch.slice(0, 12)}, but this checkout is at ${head.slice(0, 12)}: ` +
            'the branch moved since checkout (or this checkout has unpushed commits). Nothing was committed or pushed; re-run the release on the new head.');
    }
    const localTag = await git.run(['rev-parse', '--verify', '--quiet', `refs/tags/${s.tag}^{commit}`], { allowFailure: true });
    if (localTag.code === 0) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY(`Tag ${s.tag} already exists in this checkout (commit ${localTag.stdout.trim().slice(0, 12)}) but not on "${s.remote}". ` +
            `If it is a leftover, delete it (git tag -d ${s.tag}) and re-run; nothing was committed or pushed.`);
    }
    if (changed.length === 0) {
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .fieldError */ .$i)('files', `(${files.join(', ')}) did not change, so there is nothing to commit for ${s.tag}. Run next-version with "write: true" and/or the changelog with "output" before this step.`);
    }
    const major = await majorTagDecision(git, s, remote, notes);
    if (opts.dryRun)
        return { ...base, ...(major ? { majorTag: major } : {}) };
    return commitTagPush(git, s, { branch, head, changed, remote, major, base, identity: opts.identity });
}
/** Re-run after success: the same release was already pushed from this very commit. */
async function converge(git, s, remote, base, changed) {
    if (remote.branch === remote.tag && changed.length > 0) {
        const fetched = await git.run(['fetch', '--no-tags', '--', s.remote, `+refs/tags/${s.tag}:refs/tags/${s.tag}`], { env: remote.access.env, allowFailure: true });
        const parent = fetched.code === 0 ? (await git.run(['rev-parse', '--verify', '--quiet', `refs/tags/${s.tag}^{commit}^`], { allowFailure: true })).stdout.trim() : '';
        if (parent === base.parent)
            return { ...base, commit: remote.tag, reused: true, ...(s.majorTag && remote.major?.commit === remote.tag ? { majorTag: s.majorTag } : {}) };
    }
    throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY(`Tag ${s.tag} already exists on "${s.remote}" (commit ${remote.tag.slice(0, 12)}): version ${s.version} has been released. ` +
        'Nothing was committed or pushed. Re-run next-version on the current branch head, or delete the tag if that release was a mistake.');
}
async function commitTagPush(git, s, x) {
    const env = (0,_git_identity_js__WEBPACK_IMPORTED_MODULE_7__/* .identityEnv */ .Wx)(await (0,_git_identity_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveIdentity */ .XH)(git, x.identity));
    await git.run(['add', '--', ...x.changed]);
    await git.run(['commit', '--quiet', '--no-verify', '--no-gpg-sign', '--only', '--message', s.message, '--', ...x.changed], { env });
    const commit = await git.text(['rev-parse', 'HEAD']);
    await git.run(['tag', '--annotate', '--no-sign', '--force', '--message', s.message, '--', s.tag, commit], { env });
    const previousMajor = x.major ? (await git.run(['rev-parse', '--verify', '--quiet', `refs/tags/${x.major}`], { allowFailure: true })).stdout.trim() : '';
    if (x.major)
        await git.run(['tag', '--annotate', '--no-sign', '--force', '--message', `${s.message} (${x.major})`, '--', x.major, commit], { env });
    const result = { ...x.base, commit, ...(x.major ? { majorTag: x.major } : {}) };
    if (!x.remote.access)
        return result;
    const refspecs = [`${commit}:refs/heads/${x.branch}`, `refs/tags/${s.tag}:refs/tags/${s.tag}`];
    // The branch must still be exactly where this checkout found it (absent = must still be absent); the same for the major tag.
    const leases = [`refs/heads/${x.branch}:${x.remote.branch ?? ''}`];
    if (x.major) {
        refspecs.push(`+refs/tags/${x.major}:refs/tags/${x.major}`);
        leases.push(`refs/tags/${x.major}:${x.remote.major?.object ?? ''}`);
    }
    try {
        await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_6__/* .push */ .VC)(git, x.remote.access, refspecs, { atomic: true, leases, what: `${x.branch} and ${s.tag}${x.major ? ` (+ ${x.major})` : ''} (atomically)` });
    }
    catch (err) {
        // Roll back so a re-run starts from the same state: drop the tags, move the branch back (changes stay staged).
        await git.run(['tag', '--delete', s.tag], { allowFailure: true });
        if (x.major) {
            if (previousMajor)
                await git.run(['update-ref', `refs/tags/${x.major}`, previousMajor], { allowFailure: true });
            else
                await git.run(['tag', '--delete', x.major], { allowFailure: true });
        }
        await git.run(['update-ref', '-m', 'relforge: undo release commit after a refused push', `refs/heads/${x.branch}`, x.head, commit], { allowFailure: true });
        throw err;
    }
    return { ...result, pushed: true };
}


/***/ })

};
