export const id = 736;
export const ids = [736];
export const modules = {

/***/ 4722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _versioning_prerelease_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1604);
/* harmony import */ var _versioning_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1370);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3567);
/** `relforge prerelease`: tag HEAD as <base>-<channel>.N and push only that tag (same schema as actions/prerelease). */



/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCommand */ .N)({
    schema: _versioning_options_js__WEBPACK_IMPORTED_MODULE_1__/* .prereleaseSchema */ .C2,
    notes: `Token for HTTPS pushes: RELFORGE_TOKEN (then GITHUB_TOKEN, GITEA_TOKEN, FORGEJO_TOKEN) in the environment, or --token-file / --token-env (never an argument).
--write rewrites the manifests in the work tree to the prerelease version (not committed) so the build reports it.`,
    async run(v) {
        return (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .printResult */ .R)(v.json, await (0,_versioning_prerelease_js__WEBPACK_IMPORTED_MODULE_0__/* .cutPrerelease */ .j)((0,_versioning_options_js__WEBPACK_IMPORTED_MODULE_1__/* .prereleaseOptions */ .r4)(v)), (r) => {
            const verb = r.dryRun ? 'would tag' : r.reused ? 'reused' : r.action === 'move' ? 'moved' : 'tagged';
            const lines = [`${verb} ${r.commit.slice(0, 12)} as ${r.tag}${r.pushed ? ' (pushed)' : ''}`];
            if (r.files.length)
                lines.push(`${r.dryRun ? 'would rewrite' : 'rewrote'} ${r.files.join(', ')} to ${r.version} (work tree only)`);
            return lines;
        });
    },
}));


/***/ }),

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


/***/ })

};
