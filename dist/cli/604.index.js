export const id = 604;
export const ids = [604];
export const modules = {

/***/ 668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/** Validates a remote name (it becomes a git argument): no leading `-`, no whitespace. */
function remoteNameProblem(remote) {
    if (!remote)
        return 'Input "remote" is empty; use the name of a configured remote, e.g. origin.';
    if (remote.startsWith('-') || /[\s\x00-\x1f]/.test(remote))
        return `Input "remote": "${remote}" is not a valid remote name.`;
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
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(problem);
    const r = await git.run(['remote', 'get-url', '--push', remote], { allowFailure: true });
    if (r.code !== 0) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`The git remote "${remote}" does not exist in ${git.cwd}. Set the "remote" input to a configured remote (git remote -v), or set "push: false".`);
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
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`No credentials to push to ${displayUrl}: set the "token" input (e.g. token: \${{ secrets.GITHUB_TOKEN }} with "permissions: contents: write"), ` +
            'or check out with actions/checkout "persist-credentials: true", or set "push: false" (nothing was created or pushed).');
    }
    return { remote, displayUrl, env: {}, auth: 'existing' };
}
/**
 * Remote refs matching `patterns` (`git ls-remote`, one process), annotated tags peeled to their commits.
 * Returns refs by full name (`refs/tags/v1.2.3`).
 */
async function lsRemote(git, access, patterns) {
    // One process; without --refs git also prints "<sha>\t<tag>^{}" (the commit of an annotated tag).
    const all = [...patterns, ...patterns.filter((p) => !p.endsWith('*')).map((p) => `${p}^{}`)];
    const r = await git.run(['ls-remote', '--', access.remote, ...all], { env: access.env, allowFailure: true });
    if (r.code !== 0) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Could not list refs of the remote "${access.remote}" (${access.displayUrl}): ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(r.stderr.trim()) || `exit ${r.code}`}. ` +
            'Check the "token" input / network access, or set "push: false".');
    }
    const direct = new Map();
    const peeled = new Map();
    for (const line of r.stdout.split('\n')) {
        const [sha, ref] = line.split('\t');
        if (!sha || !ref)
            continue;
        if (ref.endsWith('^{}'))
            peeled.set(ref.slice(0, -3), sha);
        else
            direct.set(ref, sha);
    }
    for (const [ref, sha] of peeled)
        direct.set(ref, sha);
    return direct;
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
            hint = ' The credentials were refused: check the "token" input and that it may push (permissions: contents: write).';
        }
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Pushing ${opts.what} to "${access.remote}" (${access.displayUrl}) failed.${hint}\n${detail}`);
    }
}


/***/ }),

/***/ 898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ planPrerelease),
/* harmony export */   T2: () => (/* binding */ parsePrereleaseNumber),
/* harmony export */   Tk: () => (/* binding */ channelProblem),
/* harmony export */   ZX: () => (/* binding */ baseVersionProblem)
/* harmony export */ });
/* unused harmony export prereleaseNumberOf */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4794);
/**
 * Tag-only prereleases as data (no I/O): `<prefix><base>-<channel>.<N>` numbering and the reuse rules.
 *
 * N = 1 + the highest existing N for the same base and channel (SemVer-numeric, so .10 follows .9), over
 * local and remote tags together. A re-run on a commit that already carries a `<base>-<channel>.*` tag
 * reuses it (N does not grow). An explicit N on another commit is refused unless forced. Run numbers
 * are never consulted (forges.md §11): they are per-workflow on GitHub, repo-wide on Gitea, "1" in act.
 */

function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** The N of `<prefix><base>-<channel>.<N>` (SemVer numeric: no leading zeros), or undefined. */
function prereleaseNumberOf(tag, prefix, base, channel) {
    const m = new RegExp(`^${escapeRegex(prefix)}${escapeRegex(base)}-${escapeRegex(channel)}\\.(0|[1-9][0-9]*)$`).exec(tag);
    if (!m)
        return undefined;
    const n = Number(m[1]);
    return Number.isSafeInteger(n) ? n : undefined;
}
/** Problems with a channel identifier (SemVer prerelease identifier rules), or undefined. */
function channelProblem(channel) {
    if (!(0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidChannel */ .i)(channel)) {
        return `Input "channel": "${channel}" is not a valid prerelease identifier; use letters, digits and "-" only (e.g. beta, rc, nightly).`;
    }
    if (channel.toLowerCase() === 'stable') {
        return 'Input "channel": "stable" is not a prerelease channel; stable releases go through next-version, changelog and release-commit.';
    }
    if (/^[0-9]+$/.test(channel)) {
        return `Input "channel": "${channel}" is numeric; use a name such as beta or rc (a numeric channel would compare as a number).`;
    }
    return undefined;
}
/** Parses the `number` input: `auto` or a positive integer (no sign, no leading zeros). */
function parsePrereleaseNumber(raw) {
    const v = raw.trim();
    if (v === '' || v === 'auto')
        return 'auto';
    if (!/^[1-9][0-9]*$/.test(v) || !Number.isSafeInteger(Number(v))) {
        return `Input "number": "${raw}" must be "auto" or a positive integer such as 3 (no sign, no leading zeros).`;
    }
    return Number(v);
}
/** Problems with an explicit base version, or undefined. */
function baseVersionProblem(base) {
    if ((0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .isStrictVersion */ .aK)(base))
        return undefined;
    if ((0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .isSemver */ .nN)(base))
        return `Input "base": "${base}" has a prerelease or build part; give the plain release version the beta leads to (e.g. 0.4.0).`;
    return `Input "base" must be "next", "manifest" or a version MAJOR.MINOR.PATCH (e.g. 0.4.0), got "${base}".`;
}
/** Decides the tag for this prerelease. Throws an Error with an actionable message on a refused collision. */
function planPrerelease(input) {
    const { prefix, base, channel, head } = input;
    const numbered = input.tags
        .map((t) => ({ ...t, n: prereleaseNumberOf(t.name, prefix, base, channel) }))
        .filter((t) => t.n !== undefined);
    const make = (n) => ({ tag: `${prefix}${base}-${channel}.${n}`, version: `${base}-${channel}.${n}`, number: n });
    if (input.number === 'auto') {
        const onHead = numbered.filter((t) => t.commit === head).sort((a, b) => b.n - a.n)[0];
        if (onHead)
            return { ...make(onHead.n), action: 'reuse' };
        const highest = numbered.reduce((m, t) => Math.max(m, t.n), 0);
        return { ...make(highest + 1), action: 'create' };
    }
    const want = make(input.number);
    const existing = numbered.find((t) => t.n === input.number);
    if (!existing)
        return { ...want, action: 'create' };
    if (existing.commit === head)
        return { ...want, action: 'reuse' };
    if (input.force)
        return { ...want, action: 'move', previousCommit: existing.commit };
    throw new Error(`Tag ${want.tag} already exists on commit ${existing.commit.slice(0, 12)}, not on HEAD (${head.slice(0, 12)}). ` +
        'Use number: auto (next free number), pick another number, or set force: true to move the tag.');
}


/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wx: () => (/* binding */ identityEnv),
/* harmony export */   XH: () => (/* binding */ resolveIdentity),
/* harmony export */   j3: () => (/* binding */ cutPrerelease)
/* harmony export */ });
/* unused harmony exports BOT_IDENTITY, localTags */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6316);
/* harmony import */ var _git_repository_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5986);
/* harmony import */ var _next_version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3125);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4794);
/* harmony import */ var _core_prerelease_tags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(898);
/* harmony import */ var _git_remote_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(668);
/**
 * cutPrerelease: tag HEAD with an annotated `<prefix><base>-<channel>.<N>` and push only that tag.
 * No commit, no changelog, no manifest change. Re-runs on the same commit reuse the tag.
 */







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
/** Local tags matching git patterns, with their (peeled) commits: one for-each-ref. */
async function localTags(git, patterns) {
    const out = await git.text(['for-each-ref', '--format=%(refname)%00%(objectname)%00%(*objectname)', ...patterns]);
    const map = new Map();
    for (const line of out ? out.split('\n') : []) {
        const [ref, obj, peeled] = line.split('\0');
        if (ref)
            map.set(ref, peeled || obj);
    }
    return map;
}
async function cutPrerelease(opts) {
    const channel = opts.channel ?? 'beta';
    const prefix = opts.tagPrefix ?? 'v';
    const baseInput = (opts.base ?? 'next').trim() || 'next';
    const remote = opts.remote ?? 'origin';
    const doPush = opts.push ?? true;
    const problems = [];
    const cp = (0,_core_prerelease_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .channelProblem */ .Tk)(channel);
    if (cp)
        problems.push(cp);
    const pp = (0,_core_version_js__WEBPACK_IMPORTED_MODULE_4__/* .tagPrefixProblem */ .qp)(prefix);
    if (pp)
        problems.push(`Input "tag-prefix": ${pp}.`);
    if (baseInput !== 'next' && baseInput !== 'manifest') {
        const bp = (0,_core_prerelease_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .baseVersionProblem */ .ZX)(baseInput.replace(/^v(?=\d)/, ''));
        if (bp)
            problems.push(bp);
    }
    if (baseInput === 'manifest' && !opts.versionFile)
        problems.push('Input "base: manifest" needs "version-file" (e.g. package.json or Cargo.toml).');
    const parsedNumber = (0,_core_prerelease_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePrereleaseNumber */ .T2)(String(opts.number ?? 'auto'));
    if (typeof parsedNumber === 'string' && parsedNumber !== 'auto')
        problems.push(parsedNumber);
    const rp = (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_6__/* .remoteNameProblem */ .Zh)(remote);
    if (doPush && rp)
        problems.push(rp);
    if (problems.length)
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SettingsError */ .GN(problems);
    const number = parsedNumber;
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(opts.cwd);
    const git = new _git_repository_js__WEBPACK_IMPORTED_MODULE_2__.Git(cwd);
    await git.assertRepository();
    const head = await git.headCommit();
    if (!head)
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RelforgeError */ .fY(`${cwd}: the current branch has no commits yet; commit something before cutting a prerelease.`);
    // Credentials are checked before anything is created.
    let access;
    if (doPush)
        access = await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_6__/* .remoteAccess */ .de)(git, remote, opts.token, { needPush: true });
    const notes = [];
    let base;
    let baseSource;
    if (baseInput === 'next') {
        const nv = await (0,_next_version_js__WEBPACK_IMPORTED_MODULE_3__/* .computeNextVersion */ .HV)({ cwd, tagPrefix: prefix, versionFile: opts.versionFile, versionPattern: opts.versionPattern, ...opts.nextVersion });
        base = nv.version;
        baseSource = 'next';
        if (!nv.released || !(0,_core_version_js__WEBPACK_IMPORTED_MODULE_4__/* .isStrictVersion */ .aK)(base)) {
            // Nothing releasable since the last release: a beta of that same version would sort BELOW it.
            const from = (0,_core_version_js__WEBPACK_IMPORTED_MODULE_4__/* .isStrictVersion */ .aK)(nv.previousVersion) ? nv.previousVersion : base.replace(/-.*$/, '');
            base = (0,_core_version_js__WEBPACK_IMPORTED_MODULE_4__/* .applyBump */ .Pg)(from, 'patch');
            notes.push(`No releasable commits since ${nv.previousTag ?? 'the start'}; the prerelease leads to the next patch, ${base}.`);
        }
    }
    else if (baseInput === 'manifest') {
        base = (0,_next_version_js__WEBPACK_IMPORTED_MODULE_3__/* .readVersionFile */ .fb)(cwd, opts.versionFile, opts.versionPattern);
        baseSource = 'manifest';
        if (!(0,_core_version_js__WEBPACK_IMPORTED_MODULE_4__/* .isStrictVersion */ .aK)(base)) {
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RelforgeError */ .fY(`version-file "${opts.versionFile}" declares ${base}; base: manifest needs a plain MAJOR.MINOR.PATCH version there.`);
        }
    }
    else {
        base = baseInput.replace(/^v(?=\d)/, '');
        baseSource = 'explicit';
    }
    // One query locally, one on the remote: this base/channel's tags plus the stable tag of the base.
    const stableRef = `refs/tags/${prefix}${base}`;
    const patterns = [`refs/tags/${(0,_core_version_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeGlob */ .yk)(`${prefix}${base}-${channel}.`)}*`, `refs/tags/${(0,_core_version_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeGlob */ .yk)(`${prefix}${base}`)}`];
    const local = await localTags(git, patterns);
    let remoteTags = new Map();
    if (access) {
        remoteTags = await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_6__/* .lsRemote */ ._H)(git, access, patterns);
    }
    else {
        const r = await git.run(['remote', 'get-url', remote], { allowFailure: true });
        if (r.code === 0) {
            try {
                remoteTags = await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_6__/* .lsRemote */ ._H)(git, await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_6__/* .remoteAccess */ .de)(git, remote, opts.token, { needPush: false }), patterns);
            }
            catch (err) {
                notes.push(`Remote tags not checked (${err.message.split('\n')[0]}); numbering uses local tags only.`);
            }
        }
    }
    if (local.has(stableRef) || remoteTags.has(stableRef)) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RelforgeError */ .fY(`${prefix}${base} is already released (tag ${prefix}${base} exists), so ${base}-${channel}.N would sort below it. ` +
            'Use base: next (the version after the last release) or an explicit higher base.');
    }
    const id = opts.dryRun ? undefined : await resolveIdentity(git, opts.identity);
    // A concurrent dispatch may push the same auto-numbered tag between our listing and our push: then re-read
    // the remote and take the next number (a few attempts), instead of failing or overwriting theirs.
    for (let attempt = 1;; attempt++) {
        const merged = new Map();
        for (const [ref, c] of local)
            merged.set(ref, c);
        for (const [ref, c] of remoteTags)
            merged.set(ref, c);
        const tags = [...merged].filter(([ref]) => ref !== stableRef).map(([ref, commit]) => ({ name: ref.slice('refs/tags/'.length), commit }));
        let plan;
        try {
            plan = (0,_core_prerelease_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .planPrerelease */ .Cc)({ prefix, base, channel, number, head, tags, force: opts.force });
        }
        catch (err) {
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RelforgeError */ .fY(err.message);
        }
        const ref = `refs/tags/${plan.tag}`;
        const result = {
            version: plan.version,
            tag: plan.tag,
            number: plan.number,
            prerelease: true,
            reused: plan.action === 'reuse',
            pushed: false,
            dryRun: !!opts.dryRun,
            commit: head,
            base,
            baseSource,
            channel,
            action: plan.action,
            notes,
        };
        if (opts.dryRun)
            return result;
        const localCommit = local.get(ref);
        const remoteCommit = remoteTags.get(ref);
        if (plan.action === 'reuse' && localCommit === undefined && access) {
            // Made by an earlier run and pushed: fetch it so later steps see it locally.
            await git.run(['fetch', '--no-tags', '--', remote, `+${ref}:${ref}`], { env: access.env });
        }
        else if (plan.action !== 'reuse' || localCommit !== head) {
            const args = ['tag', '--annotate', '--no-sign', '--message', `Prerelease ${plan.version}`];
            if (plan.action === 'move' || localCommit !== undefined)
                args.push('--force');
            args.push('--', plan.tag, head);
            await git.run(args, { env: identityEnv(id) });
        }
        if (access && remoteCommit !== head) {
            const spec = plan.action === 'move' || remoteCommit !== undefined ? `+${ref}:${ref}` : `${ref}:${ref}`;
            try {
                await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_6__/* .push */ .VC)(git, access, [spec], { what: `tag ${plan.tag}` });
            }
            catch (err) {
                if (number === 'auto' && plan.action === 'create' && attempt < 3) {
                    const now = await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_6__/* .lsRemote */ ._H)(git, access, patterns);
                    const taken = now.get(ref);
                    if (taken !== undefined && taken !== head) {
                        await git.run(['tag', '--delete', plan.tag], { allowFailure: true });
                        local.delete(ref);
                        remoteTags = now;
                        notes.push(`${plan.tag} was pushed by a concurrent run (commit ${taken.slice(0, 12)}) meanwhile; took the next number.`);
                        continue;
                    }
                }
                // Any other failure keeps the local tag: a re-run on this commit reuses it and pushes again.
                throw err;
            }
            result.pushed = true;
        }
        return result;
    }
}


/***/ })

};
