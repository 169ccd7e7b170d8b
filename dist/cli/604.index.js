export const id = 604;
export const ids = [604];
export const modules = {

/***/ 385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JN: () => (/* binding */ backoff),
/* harmony export */   L5: () => (/* binding */ retry)
/* harmony export */ });
/* unused harmony export sleep */
/**
 * The one retry loop: attempts, exponential backoff (doubling from `baseDelayMs`, capped at `maxDelayMs`),
 * a total deadline, and a decision per failure. The HTTP client's policy (429/5xx/network, `retry-after`,
 * `x-ratelimit-*`) is one `decide` function built on this; other callers (re-listing after a lost race,
 * re-running jsign after a service 429) pass their own.
 */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** The policy's backoff before retry number `attempt` (1-based attempt that just failed). */
function backoff(attempt, policy = {}) {
    return Math.min(policy.maxDelayMs ?? 60_000, (policy.baseDelayMs ?? 1000) * 2 ** (attempt - 1));
}
/**
 * Runs `attempt(n)` until its decision is `done`, or attempts/deadline run out (then the last decision's
 * `exhausted()` gives the value or throws). Errors thrown by `attempt` are not caught: classify them
 * inside `attempt` and return a decision.
 */
async function retry(attempt, policy = {}) {
    const attempts = policy.attempts ?? 5;
    const now = policy.now ?? Date.now;
    const wait = policy.sleep ?? sleep;
    const deadline = now() + (policy.deadlineMs ?? 600_000);
    for (let n = 1;; n++) {
        const d = await attempt(n);
        if ('done' in d)
            return d.done;
        const delayMs = d.delayMs ?? backoff(n, policy);
        if (n >= attempts || now() + delayMs > deadline)
            return d.exhausted();
        policy.onRetry?.({ attempt: n, delayMs, reason: d.retry });
        await wait(delayMs);
    }
}


/***/ }),

/***/ 898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ planPrerelease),
/* harmony export */   Rw: () => (/* binding */ PrereleaseRefused),
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
 * A new prerelease never sorts below an existing prerelease of the same version (alpha after beta.3, beta
 * after rc.5): it is refused, naming the tag that is higher.
 * Problem texts continue after the option's name (`must be …`); the caller reports them by field.
 */

/** A refused prerelease (the message says why and what to do). */
class PrereleaseRefused extends Error {
    constructor(message) {
        super(message);
        this.name = 'PrereleaseRefused';
    }
}
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
        return `must be a prerelease identifier of letters, digits and "-" (e.g. beta, rc, nightly), got "${channel}".`;
    }
    if (channel.toLowerCase() === 'stable') {
        return 'is "stable", which is not a prerelease channel; stable releases go through next-version, changelog and release-commit.';
    }
    if (/^[0-9]+$/.test(channel)) {
        return `is numeric ("${channel}"); use a name such as beta or rc (a numeric channel would compare as a number).`;
    }
    return undefined;
}
/** Parses the `number` option: `auto` or a positive integer (no sign, no leading zeros); a string is a problem. */
function parsePrereleaseNumber(raw) {
    const v = raw.trim();
    if (v === '' || v === 'auto')
        return 'auto';
    if (!/^[1-9][0-9]*$/.test(v) || !Number.isSafeInteger(Number(v))) {
        return { problem: `must be "auto" or a positive integer such as 3 (no sign, no leading zeros), got "${raw}".` };
    }
    return Number(v);
}
/** Problems with an explicit base version, or undefined. */
function baseVersionProblem(base) {
    if ((0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .isStrictVersion */ .aK)(base))
        return undefined;
    if ((0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .isSemver */ .nN)(base))
        return `"${base}" has a prerelease or build part; give the plain release version the beta leads to (e.g. 0.4.0).`;
    return `must be "next", "manifest" or a version MAJOR.MINOR.PATCH (e.g. 0.4.0), got "${base}".`;
}
/** Decides the tag for this prerelease. Throws PrereleaseRefused with an actionable message. */
function planPrerelease(input) {
    const { prefix, base, channel, head } = input;
    const numbered = input.tags
        .map((t) => ({ ...t, n: prereleaseNumberOf(t.name, prefix, base, channel) }))
        .filter((t) => t.n !== undefined);
    const make = (n) => ({ tag: `${prefix}${base}-${channel}.${n}`, version: `${base}-${channel}.${n}`, number: n });
    let plan;
    if (input.number === 'auto') {
        const onHead = numbered.filter((t) => t.commit === head).sort((a, b) => b.n - a.n)[0];
        if (onHead)
            return { ...make(onHead.n), action: 'reuse' };
        plan = { ...make(numbered.reduce((m, t) => Math.max(m, t.n), 0) + 1), action: 'create' };
    }
    else {
        const want = make(input.number);
        const existing = numbered.find((t) => t.n === input.number);
        if (existing?.commit === head)
            return { ...want, action: 'reuse' };
        if (existing && !input.force) {
            throw new PrereleaseRefused(`Tag ${want.tag} already exists on commit ${existing.commit.slice(0, 12)}, not on HEAD (${head.slice(0, 12)}). ` +
                'Use number: auto (next free number), pick another number, or set force: true to move the tag.');
        }
        plan = existing ? { ...want, action: 'move', previousCommit: existing.commit } : { ...want, action: 'create' };
    }
    const higher = highestAbove(input.tags, prefix, plan.version);
    if (higher) {
        throw new PrereleaseRefused(`${plan.tag} would sort below the existing prerelease ${higher} (SemVer orders ${channel} before ${higher.slice(prefix.length + base.length + 1).split('.')[0]}), ` +
            `so updaters that already run ${higher} would never take it. Use that channel (or a later one), or a higher base version. Nothing was tagged.`);
    }
    return plan;
}
/** The highest existing prerelease tag of the same prefix that sorts above `version`, if any. */
function highestAbove(tags, prefix, version) {
    let best;
    for (const t of tags) {
        const v = (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePrereleaseTag */ .A)(t.name, prefix);
        if (v === undefined || (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(v, version) <= 0)
            continue;
        if (!best || (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(v, best.v) > 0)
            best = { tag: t.name, v };
    }
    return best?.tag;
}


/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ cutPrerelease)
/* harmony export */ });
/* unused harmony export renderPrereleaseSummary */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6316);
/* harmony import */ var _platform_retry_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(385);
/* harmony import */ var _git_repository_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5986);
/* harmony import */ var _git_identity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9232);
/* harmony import */ var _git_remote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(668);
/* harmony import */ var _next_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2010);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4794);
/* harmony import */ var _core_prerelease_tags_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(898);
/* harmony import */ var _manifest_writes_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9916);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(483);
/**
 * cutPrerelease: tag HEAD with an annotated `<prefix><base>-<channel>.<N>` and push only that tag.
 * No commit, no changelog. Re-runs on the same commit reuse the tag. With `write`, the version file /
 * changed manifests are rewritten in the work tree to the prerelease version (never committed or pushed) so
 * the build reports it.
 *
 * Refused, before anything is created: a HEAD that already is a release (it carries a strict release tag), a
 * base that is already released, and a prerelease that would sort below an existing prerelease of the same
 * version (alpha after beta.3). A concurrent run taking the same auto number between our listing and our
 * push is met with retry(): re-list, take the next number.
 */











async function prereleaseSettings(opts) {
    const p = new _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .Problems */ .Zw();
    const channel = opts.channel ?? 'beta';
    const prefix = opts.tagPrefix ?? 'v';
    const baseInput = (opts.base ?? 'next').trim() || 'next';
    const remote = opts.remote ?? 'origin';
    const doPush = opts.push ?? true;
    const cp = (0,_core_prerelease_tags_js__WEBPACK_IMPORTED_MODULE_7__/* .channelProblem */ .Tk)(channel);
    if (cp)
        p.add('channel', cp);
    if (baseInput !== 'next' && baseInput !== 'manifest') {
        const bp = (0,_core_prerelease_tags_js__WEBPACK_IMPORTED_MODULE_7__/* .baseVersionProblem */ .ZX)(baseInput.replace(/^v(?=\d)/, ''));
        if (bp)
            p.add('base', bp);
    }
    if (baseInput === 'manifest' && !opts.versionFile)
        p.add('base', 'is "manifest", which needs {{version-file}} (e.g. package.json or Cargo.toml).');
    const number = (0,_core_prerelease_tags_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePrereleaseNumber */ .T2)(String(opts.number ?? 'auto'));
    if (typeof number === 'object')
        p.add('number', number.problem);
    const rp = (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .remoteNameProblem */ .Zh)(remote);
    if (doPush && rp)
        p.add('remote', rp);
    // scopeSettings checks tag-prefix (once, for the prerelease tag and next-version alike).
    const scope = await (0,_settings_js__WEBPACK_IMPORTED_MODULE_9__/* .scopeSettings */ .mj)({ ...opts.nextVersion, tagPrefix: prefix }, p);
    const vf = (0,_settings_js__WEBPACK_IMPORTED_MODULE_9__/* .versionFileSettings */ .i2)(opts.cwd, opts.versionFile, opts.versionPattern, p);
    p.throwIfAny();
    const rawComponents = opts.nextVersion?.components;
    return { cwd: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(opts.cwd), channel, prefix, baseInput, number: number, remote, doPush, ...vf, scope, ...(rawComponents ? { rawComponents } : {}) };
}
/** A commit that already is a release gets no prerelease: it would come after its own release. */
async function refuseReleasedHead(git, prefix) {
    const onHead = (await git.text(['tag', '--points-at', 'HEAD'])).split('\n').filter((t) => t && (0,_core_version_js__WEBPACK_IMPORTED_MODULE_6__/* .parseStrictTag */ .xn)(t, prefix) !== undefined);
    if (!onHead.length)
        return;
    throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RelforgeError */ .fY(`HEAD is already the release ${onHead.join(', ')}: a prerelease of this commit would be the same code under a lower version. ` +
        `Nothing was tagged. Commit the next change first (a prerelease is what comes after ${onHead[0]}), or run the stable release for a new version.`);
}
async function resolveBase(s, notes) {
    const all = s.scope.components;
    if (s.baseInput === 'manifest') {
        const base = (0,_manifest_writes_js__WEBPACK_IMPORTED_MODULE_8__/* .readVersionFile */ .fb)(s.cwd, s.versionFile, s.versionPattern);
        if (!(0,_core_version_js__WEBPACK_IMPORTED_MODULE_6__/* .isStrictVersion */ .aK)(base))
            throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('version-file', `("${s.versionFile}") declares ${base}; base: manifest needs a plain MAJOR.MINOR.PATCH version there.`);
        return { base, baseSource: 'manifest', prefix: s.prefix, writeComponents: all };
    }
    if (s.baseInput !== 'next')
        return { base: s.baseInput.replace(/^v(?=\d)/, ''), baseSource: 'explicit', prefix: s.prefix, writeComponents: all };
    const { versioning, releaseTypes, pre1, includePaths } = s.scope;
    const nv = await (0,_next_version_js__WEBPACK_IMPORTED_MODULE_5__/* .computeNextVersion */ .HV)({
        cwd: s.cwd,
        tagPrefix: s.prefix,
        versionFile: s.versionFile,
        versionPattern: s.versionPattern,
        versioning,
        releaseTypes,
        pre1,
        includePaths,
        ...(s.rawComponents ? { components: s.rawComponents } : {}),
        prefixMismatch: 'warn',
    });
    for (const w of nv.warnings ?? [])
        notes.push(w);
    let base = nv.version;
    let prefix = s.prefix;
    let writeComponents = all.filter((c) => nv.changedComponents.includes(c.name));
    if (versioning === 'independent') {
        const releasing = nv.components.filter((c) => c.bump !== 'none');
        if (releasing.length !== 1) {
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RelforgeError */ .fY(`With versioning: independent a prerelease is cut for one component, but ${releasing.length} release (${releasing.map((c) => c.name).join(', ') || 'none'}). ` +
                'Give base: X.Y.Z and the component\'s own tag-prefix, or release the components one at a time.');
        }
        const c = all.find((x) => x.name === releasing[0].name);
        prefix = (0,_settings_js__WEBPACK_IMPORTED_MODULE_9__/* .componentTagPrefix */ .Ur)(c, s.prefix);
        writeComponents = [c];
    }
    if (!nv.released || !(0,_core_version_js__WEBPACK_IMPORTED_MODULE_6__/* .isStrictVersion */ .aK)(base)) {
        // Nothing releasable since the last release: a beta of that same version would sort BELOW it.
        const from = (0,_core_version_js__WEBPACK_IMPORTED_MODULE_6__/* .isStrictVersion */ .aK)(nv.previousVersion) ? nv.previousVersion : base.replace(/-.*$/, '');
        base = (0,_core_version_js__WEBPACK_IMPORTED_MODULE_6__/* .applyBump */ .Pg)(from, 'patch');
        notes.push(`No releasable commits since ${nv.previousTag ?? 'the start'}; the prerelease leads to the next patch, ${base}.`);
    }
    return { base, baseSource: 'next', prefix, next: nv, writeComponents };
}
/** Tags of this base (any prerelease channel, plus the stable tag), local and remote, by full ref. */
async function baseTags(git, s, prefix, base, access, notes) {
    const patterns = [`refs/tags/${(0,_core_version_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeGlob */ .yk)(`${prefix}${base}-`)}*`, `refs/tags/${(0,_core_version_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeGlob */ .yk)(`${prefix}${base}`)}`];
    const local = await git.localTags(patterns);
    let remote = new Map();
    if (access)
        remote = await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .lsRemote */ ._H)(git, access, patterns);
    else if ((await git.run(['remote', 'get-url', s.remote], { allowFailure: true })).code === 0) {
        try {
            remote = await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .lsRemote */ ._H)(git, await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .remoteAccess */ .de)(git, s.remote, undefined, { needPush: false }), patterns);
        }
        catch (err) {
            notes.push(`Remote tags not checked (${err.message.split('\n')[0]}); numbering uses local tags only.`);
        }
    }
    return { patterns, local, remote };
}
/** Local and remote tags of this base as TagRefs (the remote's commit wins), the stable tag left out. */
function mergedTags(local, remote, stableRef) {
    const merged = new Map([...local, ...remote]);
    return [...merged].filter(([ref]) => ref !== stableRef).map(([ref, commit]) => ({ name: ref.slice('refs/tags/'.length), commit }));
}
/** The files `write` rewrites: the version file and the manifests of the components that change. */
function prereleaseTargets(s, r, version) {
    const targets = [];
    if (s.versionFile && s.scope.versioning === 'unified')
        targets.push({ path: s.versionFile, versionPattern: s.versionPattern, version });
    for (const c of r.writeComponents)
        for (const m of c.manifests)
            targets.push({ path: m.path, versionPattern: m.versionPattern, version });
    return targets;
}
async function cutPrerelease(opts) {
    const s = await prereleaseSettings(opts);
    const git = new _git_repository_js__WEBPACK_IMPORTED_MODULE_2__/* .Git */ .T(s.cwd);
    await git.assertRepository();
    const head = await git.headCommit();
    if (!head)
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RelforgeError */ .fY(`${s.cwd}: the current branch has no commits yet; commit something before cutting a prerelease.`);
    await refuseReleasedHead(git, s.prefix);
    // Credentials are checked before anything is created.
    const access = s.doPush ? await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .remoteAccess */ .de)(git, s.remote, opts.token, { needPush: true }) : undefined;
    const notes = [];
    const r = await resolveBase(s, notes);
    if (r.prefix !== s.prefix)
        await refuseReleasedHead(git, r.prefix);
    const { base, prefix } = r;
    const tags = await baseTags(git, s, prefix, base, access, notes);
    const stableRef = `refs/tags/${prefix}${base}`;
    if (tags.local.has(stableRef) || tags.remote.has(stableRef)) {
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldError */ .$i)('base', `gives ${base}, but ${prefix}${base} is already released, so ${base}-${s.channel}.N would sort below it. Use base: next (the version after the last release) or an explicit higher base.`);
    }
    const existing = mergedTags(tags.local, tags.remote, stableRef).map((t) => t.name).sort((a, b) => (a < b ? 1 : -1));
    // The files `write` would change are read and checked before anything is tagged.
    const targets = opts.write ? prereleaseTargets(s, r, `${base}-${s.channel}.0`) : [];
    if (targets.length)
        (0,_manifest_writes_js__WEBPACK_IMPORTED_MODULE_8__/* .planManifestWrites */ .T)(s.cwd, targets);
    const id = opts.dryRun ? undefined : await (0,_git_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveIdentity */ .XH)(git, opts.identity);
    const result = await tagAndPush({ git, s, head, prefix, base, tags, stableRef, access, id, dryRun: !!opts.dryRun, force: !!opts.force, notes });
    const finalTargets = targets.map((t) => ({ ...t, version: result.version }));
    const files = !finalTargets.length ? [] : opts.dryRun ? plannedFiles(s.cwd, finalTargets) : (0,_manifest_writes_js__WEBPACK_IMPORTED_MODULE_8__/* .writeManifests */ .uP)(s.cwd, finalTargets);
    return { ...result, base, baseSource: r.baseSource, channel: s.channel, notes, files, existing, ...(r.next ? { next: r.next } : {}) };
}
function plannedFiles(cwd, targets) {
    return (0,_manifest_writes_js__WEBPACK_IMPORTED_MODULE_8__/* .plannedPaths */ .LK)(cwd, (0,_manifest_writes_js__WEBPACK_IMPORTED_MODULE_8__/* .planManifestWrites */ .T)(cwd, targets));
}
/**
 * Plans the number, creates the annotated tag and pushes only it. A concurrent dispatch may push the same
 * auto-numbered tag between our listing and our push: then retry() re-reads the remote and takes the next
 * number, instead of failing or overwriting theirs.
 */
async function tagAndPush(x) {
    const { git, s, head, tags } = x;
    return (0,_platform_retry_js__WEBPACK_IMPORTED_MODULE_10__/* .retry */ .L5)(async () => {
        let plan;
        try {
            plan = (0,_core_prerelease_tags_js__WEBPACK_IMPORTED_MODULE_7__/* .planPrerelease */ .Cc)({ prefix: x.prefix, base: x.base, channel: s.channel, number: s.number, head, tags: mergedTags(tags.local, tags.remote, x.stableRef), force: x.force });
        }
        catch (err) {
            if (err instanceof _core_prerelease_tags_js__WEBPACK_IMPORTED_MODULE_7__/* .PrereleaseRefused */ .Rw)
                throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RelforgeError */ .fY(err.message);
            throw err;
        }
        const result = { version: plan.version, tag: plan.tag, number: plan.number, prerelease: true, reused: plan.action === 'reuse', pushed: false, dryRun: x.dryRun, commit: head, action: plan.action };
        if (x.dryRun)
            return { done: result };
        const ref = `refs/tags/${plan.tag}`;
        const localCommit = tags.local.get(ref);
        const remoteCommit = tags.remote.get(ref);
        if (plan.action === 'reuse' && localCommit === undefined && x.access) {
            // Made by an earlier run and pushed: fetch it so later steps see it locally.
            await git.run(['fetch', '--no-tags', '--', s.remote, `+${ref}:${ref}`], { env: x.access.env });
        }
        else if (plan.action !== 'reuse' || localCommit !== head) {
            const args = ['tag', '--annotate', '--no-sign', '--message', `Prerelease ${plan.version}`];
            if (plan.action === 'move' || localCommit !== undefined)
                args.push('--force');
            await git.run([...args, '--', plan.tag, head], { env: (0,_git_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .identityEnv */ .Wx)(x.id) });
        }
        if (!x.access || remoteCommit === head)
            return { done: result };
        const spec = plan.action === 'move' || remoteCommit !== undefined ? `+${ref}:${ref}` : `${ref}:${ref}`;
        try {
            await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .push */ .VC)(git, x.access, [spec], { what: `tag ${plan.tag}` });
        }
        catch (err) {
            const now = s.number === 'auto' && plan.action === 'create' ? await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .lsRemote */ ._H)(git, x.access, tags.patterns) : undefined;
            const taken = now?.get(ref);
            // Any other failure keeps the local tag: a re-run on this commit reuses it and pushes again.
            if (taken === undefined || taken === head)
                throw err;
            await git.run(['tag', '--delete', plan.tag], { allowFailure: true });
            tags.local.delete(ref);
            tags.remote = now;
            x.notes.push(`${plan.tag} was pushed by a concurrent run (commit ${taken.slice(0, 12)}) meanwhile; took the next number.`);
            return { retry: `${plan.tag} taken by a concurrent run`, delayMs: 0, exhausted: () => { throw err; } };
        }
        return { done: { ...result, pushed: true } };
    }, { attempts: 3, baseDelayMs: 0 });
}
/** Markdown for the step summary: the tag, its base and why. */
function renderPrereleaseSummary(res) {
    const rows = [
        ['version', `\`${res.version}\``],
        ['commit', `\`${res.commit}\``],
        ['leads to', `${res.base} (${res.baseSource})`],
        ['number', `${res.number}${res.existing.length ? ` (existing: ${res.existing.slice(0, 5).join(', ')})` : ''}`],
        ['reused', String(res.reused)],
        ['pushed', String(res.pushed)],
    ];
    if (res.next) {
        rows.push(['base tag', res.next.previousTag ?? '(none)'], ['why', res.next.reason]);
        if (res.next.ignoredPrereleaseTags.length)
            rows.push(['ignored prerelease tags', res.next.ignoredPrereleaseTags.slice(0, 10).join(', ')]);
    }
    if (res.files.length)
        rows.push(['rewritten (not committed)', res.files.map((f) => `\`${f}\``).join(', ')]);
    const table = rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`).join('\n');
    return `## Prerelease ${res.tag}${res.dryRun ? ' (dry run)' : ''}\n\n| | |\n|---|---|\n${table}\n${res.notes.length ? `\n${res.notes.map((n) => `- ${n}`).join('\n')}\n` : ''}`;
}


/***/ })

};
