export const id = 10;
export const ids = [10];
export const modules = {

/***/ 9916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LK: () => (/* binding */ plannedPaths),
/* harmony export */   T: () => (/* binding */ planManifestWrites),
/* harmony export */   fb: () => (/* binding */ readVersionFile),
/* harmony export */   uP: () => (/* binding */ writeManifests)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6316);
/* harmony import */ var _core_manifests_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5911);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4794);
/**
 * Version files: reading the base version from one, and rewriting manifests (plus their lock files) to a new
 * version all-or-nothing. `planManifestWrites` computes every new text without writing (plan, dry runs);
 * `writeManifests` writes them: each to a temp file beside it, then renames; if any step fails, the files
 * already replaced are restored and the temp files removed.
 */





function readText(cwd, file, what) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, file);
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY(code === 'ENOENT' ? `${what} "${file}" does not exist in ${cwd}.` : `${what} "${file}" cannot be read: ${err.message}`);
    }
}
/** Reads a version file's version with the right updater; problems name the option that named the file. */
function readVersionFile(cwd, file, versionPattern, source = { field: 'version-file' }) {
    const label = source.label ? `${source.label} ` : '';
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, file), 'utf8');
    }
    catch (err) {
        const missing = err.code === 'ENOENT';
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .fieldError */ .$i)(source.field, `${label}"${file}" ${missing ? `does not exist in ${cwd}; fix the path (relative to {{path}}) or remove it.` : `cannot be read: ${err.message}`}`);
    }
    let version;
    try {
        version = (0,_core_manifests_index_js__WEBPACK_IMPORTED_MODULE_3__/* .updaterFor */ .NQ)(file, versionPattern ? { versionPattern } : {}).readVersion(text);
    }
    catch (err) {
        if (err instanceof _core_manifests_index_js__WEBPACK_IMPORTED_MODULE_3__/* .VersionFileError */ .j9)
            throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .fieldError */ .$i)(source.field, `${label}${err.message}`);
        throw err;
    }
    version = version.trim().replace(/^v(?=\d)/, '');
    if (!(0,_core_version_js__WEBPACK_IMPORTED_MODULE_4__/* .isSemver */ .nN)(version)) {
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .fieldError */ .$i)(source.field, `${label}"${file}" declares version "${version}", which is not a SemVer version (MAJOR.MINOR.PATCH); fix the file or the version-pattern.`);
    }
    return version;
}
/** The nearest file named one of `names` in `dir` or its parents, not above `root`. */
function findUp(root, dir, names) {
    let d = dir;
    for (;;) {
        for (const n of names) {
            const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, n);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p))
                return p;
        }
        if (d === root || !(d + node_path__WEBPACK_IMPORTED_MODULE_1__.sep).startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep))
            return undefined;
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d);
        if (parent === d)
            return undefined;
        d = parent;
    }
}
/**
 * Computes every new text (manifests plus their lock files: Cargo.lock entries of workspace members,
 * package-lock.json root / workspace entries) without writing anything.
 */
function planManifestWrites(cwd, targets) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    const texts = new Map();
    const load = (full, what) => {
        let e = texts.get(full);
        if (!e) {
            const original = readText(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, full), what);
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
            if (err instanceof _core_manifests_index_js__WEBPACK_IMPORTED_MODULE_3__/* .VersionFileError */ .j9)
                throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY(`Cannot rewrite ${file}: ${err.message} Nothing was written.`);
            throw err;
        }
    };
    for (const t of targets) {
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, t.path);
        const e = load(full, 'manifest');
        const updater = (0,_core_manifests_index_js__WEBPACK_IMPORTED_MODULE_3__/* .updaterFor */ .NQ)(t.path, { version: t.version, ...(t.versionPattern ? { versionPattern: t.versionPattern } : {}) });
        e.text = wrap(t.path, () => updater.updateContent(e.text));
        if (updater instanceof _core_manifests_index_js__WEBPACK_IMPORTED_MODULE_3__/* .CargoToml */ .pV) {
            const name = updater.readName(e.text);
            const lock = findUp(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(full), ['Cargo.lock']);
            if (name && lock) {
                const le = load(lock, 'Cargo.lock');
                le.text = wrap((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, lock), () => new _core_manifests_index_js__WEBPACK_IMPORTED_MODULE_3__/* .CargoLock */ .QX({ version: t.version, packages: [name], file: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, lock) }).updateContent(le.text));
            }
        }
        else if (updater instanceof _core_manifests_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PackageJson */ .h2) {
            const lock = findUp(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(full), ['npm-shrinkwrap.json', 'package-lock.json']);
            if (lock) {
                const member = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(lock), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(full)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.sep);
                const le = load(lock, 'package-lock.json');
                le.text = wrap((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, lock), () => new _core_manifests_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PackageLock */ .OM({ version: t.version, entries: [member], file: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, lock) }).updateContent(le.text));
            }
        }
    }
    for (const [full, e] of texts)
        if (e.text === e.original)
            texts.delete(full);
    return texts;
}
/** The repository-relative paths (sorted, `/` separators) of planned writes. */
function plannedPaths(cwd, planned) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    return [...planned.keys()].map((full) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, full).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.sep)).sort();
}
/** Plans and writes all-or-nothing (see the module comment); returns the repository-relative paths changed. */
function writeManifests(cwd, targets) {
    const planned = planManifestWrites(cwd, targets);
    const changed = [...planned.entries()];
    const suffix = `.relforge-${process.pid}-${process.hrtime.bigint().toString(36)}.tmp`;
    const temps = [];
    const replaced = [];
    try {
        for (const [full, e] of changed) {
            const mode = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full).mode & 0o7777;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(full + suffix, e.text, { mode });
            temps.push(full + suffix);
        }
        for (const [full, e] of changed) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(full + suffix, full);
            replaced.push([full, e.original]);
        }
    }
    catch (err) {
        for (const [full, original] of replaced) {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(full, original);
            }
            catch {
                /* best effort: reported below */
            }
        }
        for (const t of temps) {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(t);
            }
            catch {
                /* already renamed or never written */
            }
        }
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY(`Could not rewrite the manifests (${err.message}); the original files were restored, nothing was changed.`);
    }
    return plannedPaths(cwd, planned);
}


/***/ }),

/***/ 2010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HV: () => (/* binding */ computeNextVersion),
  G6: () => (/* reexport */ renderNextVersionSummary)
});

// UNUSED EXPORTS: findBaseTag, nextVersionSettings, readVersionFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(6316);
// EXTERNAL MODULE: ./src/git/repository.ts
var repository = __webpack_require__(5986);
// EXTERNAL MODULE: ./src/versioning/core/version.ts
var core_version = __webpack_require__(4794);
;// CONCATENATED MODULE: ./src/versioning/guards.ts
/**
 * Guards on a proposed version (design.md invariant 9), applied after a versioning strategy proposed it:
 * - a stable version never sorts below a prerelease tag of the same prefix reachable from HEAD: it is lifted
 *   to that prerelease's release version (2.0.1-rc.15 reachable, 1.6.0 proposed → 2.0.1), and the plan says so;
 * - a proposed tag never exists already: a release tag of that name elsewhere (another branch) is refused;
 * - when no tag matches the prefix but other version tags exist, the prefix is probably wrong: stable runs
 *   fail naming the prefix that would match, prerelease runs warn.
 */


/**
 * Lifts `version` (stable, of tag line `prefix`) above the highest prerelease tag of that line reachable from
 * HEAD. Only prerelease tags with a higher version get a reachability check (one query; usually none).
 */
async function liftAbovePrereleases(git, tags, prefix, version) {
    const higher = [];
    for (const t of tags.keys()) {
        const v = (0,core_version/* parsePrereleaseTag */.A)(t, prefix);
        if (v !== undefined && (0,core_version/* compareVersions */.Zy)(v, version) > 0)
            higher.push([t, v]);
    }
    if (!higher.length)
        return undefined;
    const reachable = await git.tagsMergedInto(higher.map(([t]) => t));
    const top = higher.filter(([t]) => reachable.has(t)).sort((a, b) => (0,core_version/* compareVersions */.Zy)(b[1], a[1]))[0];
    if (!top)
        return undefined;
    return { from: version, to: (0,core_version/* coreVersion */.kI)(top[1]), above: top[0] };
}
/** Refuses a proposed release tag that already exists (it is not reachable, or it would be the base). */
async function refuseExistingTag(git, tags, tag, what, lift) {
    const target = tags.get(tag);
    if (target === undefined)
        return;
    const commit = (await git.run(['rev-parse', '--verify', '--quiet', `${target}^{commit}`], { allowFailure: true })).stdout.trim() || target;
    const why = lift ? ` (${lift.from}, lifted above the reachable prerelease ${lift.above})` : '';
    throw new errors/* RelforgeError */.fY(`${what} ${tag}${why} already exists, on commit ${commit.slice(0, 12)}, which is not an ancestor of HEAD (another branch, or a later commit). ` +
        'Releasing it again would publish a second, different release under the same version. Release from the branch that carries the tag, ' +
        'or merge it; nothing was changed.');
}
/**
 * The "no tag matches the prefix" check over every tag. Returns a warning (prerelease runs) or throws a
 * problem for `tag-prefix` (stable runs); undefined when some prefix matches or no version tag exists.
 */
function prefixMismatch(tags, prefixes, mode) {
    const names = [...tags];
    if (!names.length)
        return undefined;
    let candidates = [];
    for (const p of prefixes) {
        const r = (0,core_version/* prefixCandidates */.nS)(names, p);
        if (r.matches)
            return undefined;
        candidates = r.candidates.filter((c) => !prefixes.includes(c.prefix));
    }
    if (!candidates.length)
        return undefined;
    const shown = prefixes.map((p) => (p === '' ? 'no prefix' : `"${p}"`)).join(', ');
    const list = candidates
        .slice(0, 3)
        .map((c) => `${c.prefix === '' ? 'none (no prefix)' : `"${c.prefix}"`}: ${c.count} tag(s) up to ${c.highest}`)
        .join('; ');
    const best = candidates[0];
    const fix = best.prefix === '' ? 'none' : best.prefix;
    const text = `matches no tag (${shown}), but release tags with another prefix exist — ${list}. ` +
        `Set {{tag-prefix}} to ${fix} to continue from ${best.highest}; without it the version would restart from the beginning.`;
    if (mode === 'fail')
        throw (0,errors/* fieldError */.$i)('tag-prefix', text);
    return `tag-prefix ${text.replace('{{tag-prefix}}', 'tag-prefix')}`;
}

// EXTERNAL MODULE: ./src/versioning/manifest-writes.ts
var manifest_writes = __webpack_require__(9916);
// EXTERNAL MODULE: ./src/versioning/settings.ts
var settings = __webpack_require__(483);
// EXTERNAL MODULE: ./src/versioning/core/commits.ts
var commits = __webpack_require__(9680);
// EXTERNAL MODULE: ./src/versioning/core/bump.ts
var bump = __webpack_require__(7808);
// EXTERNAL MODULE: ./src/versioning/release-range.ts
var release_range = __webpack_require__(7897);
;// CONCATENATED MODULE: ./src/versioning/strategies.ts
/**
 * The two versioning strategies behind one interface:
 * - UnifiedVersioning: one tag line (`<tag-prefix>X.Y.Z`), one version; components only say which
 *   manifests change; include-paths limits the commits that count (one package of many);
 * - IndependentVersioning: one tag line per component (`<name>-<tag-prefix>` or the component's own
 *   `tag-prefix`), each with its own base, commits and bump.
 * A strategy proposes lines; next-version guards them (lift, existing tags) and then builds the result.
 */







function shallowError(cwd) {
    return new errors/* RelforgeError */.fY(`${cwd} is a shallow clone and no release tag is reachable from HEAD, so the commits since the last release cannot be read. ` +
        'Fetch the full history and tags: actions/checkout with "fetch-depth: 0" (or run "git fetch --unshallow --tags").');
}
const SHALLOW_WARNING = 'This is a shallow clone: release tags beyond the fetched history are invisible. Use fetch-depth: 0.';
/** Why a line has its version, in one sentence. */
function reasonOf(d, baseLabel, lifted) {
    let text;
    if (d.bump === 'none')
        text = `no commit since ${baseLabel} releases (${d.commits} commit(s): only non-releasing types or non-conventional messages)`;
    else {
        const what = d.bump === 'major' ? 'breaking change' : d.bump === 'minor' ? 'feat commit' : 'releasing commit';
        text = `${d.bump}: ${d.decidingTotal} ${what}(s) since ${baseLabel}`;
    }
    if (lifted)
        text += `; lifted from ${lifted.from} to ${lifted.to}, because the prerelease ${lifted.above} is reachable from HEAD and a stable release must not sort below it`;
    return text;
}
const decidingOf = (d) => d.deciding;
class UnifiedVersioning {
    s;
    constructor(s) {
        this.s = s;
    }
    prefixes() {
        return [this.s.tagPrefix];
    }
    async propose(git, tags, probe) {
        const s = this.s;
        const files = s.components.length > 0 || !!s.pathFilter;
        const range = await (0,release_range/* readReleaseRange */.nE)(git, { prefix: s.tagPrefix, tags, files, ...(s.pathFilter ? { paths: s.pathFilter } : {}) });
        const { shallow } = await probe;
        if (!range.base.tag && shallow)
            throw shallowError(s.cwd);
        let previous = range.base.version ?? '0.0.0';
        let baseSource = range.base.tag ? 'tag' : 'none';
        if (!range.base.tag && s.versionFile) {
            previous = (0,manifest_writes/* readVersionFile */.fb)(s.cwd, s.versionFile, s.versionPattern);
            baseSource = 'version-file';
        }
        const decision = (0,bump/* decideBump */.DP)((0,commits/* classifyCommits */.zU)(range.raw), previous, s);
        const changed = s.components.filter((c) => range.raw.some((r) => r.files && s.matchers.get(c).matchesAny(r.files)));
        const line = { prefix: s.tagPrefix, previous, version: decision.version, bump: decision.bump, manifests: changed.flatMap((c) => c.manifests) };
        const baseLabel = range.base.tag ?? (baseSource === 'version-file' ? `the start (version file: ${previous})` : 'the start of history');
        return {
            lines: [line],
            warnings: shallow ? [SHALLOW_WARNING] : [],
            result: (head) => this.result(range, decision, line, { baseSource, baseLabel, changed, head }),
        };
    }
    result(range, decision, line, x) {
        const s = this.s;
        const components = s.components.map((c) => {
            const touched = x.changed.includes(c);
            const bump = touched ? line.bump : 'none';
            const version = bump === 'none' ? line.previous : line.version;
            return { name: c.name, previous: line.previous, version, bump, tag: (0,core_version/* formatTag */._3)(s.tagPrefix, version), manifests: c.manifests.map((m) => m.path) };
        });
        return {
            version: line.version,
            tag: (0,core_version/* formatTag */._3)(s.tagPrefix, line.version),
            previousVersion: line.previous,
            ...(range.base.tag ? { previousTag: range.base.tag, ...(range.baseSha ? { baseSha: range.baseSha } : {}) } : {}),
            bump: line.bump,
            released: line.bump !== 'none',
            commits: decision.commits,
            changedComponents: x.changed.map((c) => c.name),
            components,
            ignoredPrereleaseTags: (0,release_range/* prereleaseTagsIn */.DF)(range.all, s.tagPrefix),
            deciding: decidingOf(decision),
            decidingTotal: decision.decidingTotal,
            countsByType: decision.countsByType,
            breakingCount: decision.breakingCount,
            cancelledReverts: decision.cancelled,
            reason: reasonOf(decision, x.baseLabel, line.lifted),
            ...(line.lifted ? { lifted: line.lifted } : {}),
            baseSource: x.baseSource,
            unreachableHigherTags: range.base.unreachableHigher,
            versioning: 'unified',
            ...(s.includePaths.length ? { includePaths: s.includePaths } : {}),
            headSha: x.head,
        };
    }
}
class IndependentVersioning {
    s;
    constructor(s) {
        this.s = s;
    }
    prefixes() {
        return this.s.components.map((c) => (0,settings/* componentTagPrefix */.Ur)(c, this.s.tagPrefix));
    }
    async propose(git, tags, probe) {
        const s = this.s;
        // Every component's range is read concurrently; components with the same base share one git log.
        const cache = new Map();
        const outcomes = await Promise.all(s.components.map(async (c) => {
            const prefix = (0,settings/* componentTagPrefix */.Ur)(c, s.tagPrefix);
            const range = await (0,release_range/* readReleaseRange */.nE)(git, { prefix, tags, files: true, paths: s.matchers.get(c), cache });
            return this.outcome(c, prefix, range);
        }));
        const { shallow } = await probe;
        if (shallow && outcomes.some((o) => !o.range.base.tag))
            throw shallowError(s.cwd);
        return { lines: outcomes.map((o) => o.line), warnings: shallow ? [SHALLOW_WARNING] : [], result: (head) => this.result(outcomes, head) };
    }
    outcome(c, prefix, range) {
        const s = this.s;
        let previous = range.base.version ?? '0.0.0';
        if (!range.base.tag && c.manifests[0]) {
            const first = c.manifests[0];
            previous = (0,manifest_writes/* readVersionFile */.fb)(s.cwd, first.path, first.versionPattern, { field: 'components', label: `(component "${c.name}"): manifest` });
        }
        const decision = (0,bump/* decideBump */.DP)((0,commits/* classifyCommits */.zU)(range.raw), previous, s);
        const line = { prefix, previous, version: decision.version, bump: decision.bump, manifests: c.manifests, component: c };
        return { line, decision, range };
    }
    result(outcomes, head) {
        const s = this.s;
        const counts = {};
        const deciding = [];
        const seen = new Set();
        const ignored = new Set();
        let overall = 'none';
        let breakingCount = 0;
        const components = outcomes.map(({ line, decision, range }) => {
            for (const r of range.raw)
                seen.add(r.sha);
            for (const [k, v] of Object.entries(decision.countsByType))
                counts[k] = (counts[k] ?? 0) + v;
            for (const t of (0,release_range/* prereleaseTagsIn */.DF)(range.all, line.prefix))
                ignored.add(t);
            breakingCount += decision.breakingCount;
            overall = (0,core_version/* maxBump */.fX)(overall, line.bump);
            for (const d of decision.deciding)
                if (!deciding.some((x) => x.sha === d.sha))
                    deciding.push(d);
            const name = line.component.name;
            const reason = reasonOf(decision, range.base.tag ?? 'the start of history', line.lifted);
            return {
                name,
                previous: line.previous,
                version: line.version,
                bump: line.bump,
                tag: (0,core_version/* formatTag */._3)(line.prefix, line.version),
                manifests: line.manifests.map((m) => m.path),
                ...(range.base.tag ? { previousTag: range.base.tag } : {}),
                commits: range.raw.length,
                reason,
                ...(line.lifted ? { lifted: line.lifted } : {}),
            };
        });
        const releasing = components.filter((c) => c.bump !== 'none');
        const single = releasing.length === 1 ? releasing[0] : undefined;
        return {
            // One repository-wide version does not exist here; when exactly one component releases, it is that one.
            version: single?.version ?? '',
            tag: single?.tag ?? '',
            previousVersion: single?.previous ?? '',
            ...(single?.previousTag ? { previousTag: single.previousTag } : {}),
            bump: overall,
            released: overall !== 'none',
            commits: seen.size,
            changedComponents: outcomes.filter((o) => o.range.raw.length).map((o) => o.line.component.name),
            components,
            ignoredPrereleaseTags: [...ignored],
            deciding: deciding.slice(0, 10),
            countsByType: counts,
            breakingCount,
            reason: releasing.length ? releasing.map((c) => `${c.name} ${c.reason}`).join('; ') : 'no component has a releasing commit since its base',
            ...(single?.lifted ? { lifted: single.lifted } : {}),
            unreachableHigherTags: outcomes.flatMap((o) => o.range.base.unreachableHigher),
            versioning: 'independent',
            headSha: head,
        };
    }
}

;// CONCATENATED MODULE: ./src/versioning/summary.ts
const summary_short = (sha) => sha.slice(0, 7);
function header(r, lines) {
    if (r.versioning === 'independent') {
        lines.push(`## next-version: ${r.released ? `${r.components.filter((c) => c.bump !== 'none').length} component(s) release` : 'no release'}`, '');
        lines.push('| component | previous | next | bump | tag | commits |', '|---|---|---|---|---|---|');
        for (const c of r.components) {
            lines.push(`| ${c.name} | ${c.previousTag ?? c.previous} | ${c.version} | ${c.bump} | ${c.bump !== 'none' ? `\`${c.tag}\`` : '–'} | ${c.commits ?? 0} |`);
        }
        lines.push('');
        for (const c of r.components)
            if (c.reason && c.bump !== 'none')
                lines.push(`- ${c.name}: ${escapeMd(c.reason)}`);
        return;
    }
    lines.push(`## next-version: ${r.released ? `\`${r.tag}\` (${r.bump})` : `no release (stays ${r.previousVersion})`}`, '');
    const base = r.previousTag !== undefined
        ? `\`${r.previousTag}\` (${summary_short(r.baseSha ?? '')})`
        : r.baseSource === 'version-file'
            ? `no release tag; version file says ${r.previousVersion}`
            : 'no release tag; starting from 0.0.0';
    lines.push(`- Base: ${base}`);
    lines.push(`- Commits since base: ${r.commits}${r.includePaths?.length ? ` (only those touching ${r.includePaths.map((p) => escapeMd(p)).join(', ')})` : ''}`);
    lines.push(`- Why: ${escapeMd(r.reason)}`);
}
/** Markdown for the step summary: the decision and why. */
function renderNextVersionSummary(r) {
    const lines = [];
    header(r, lines);
    const counts = Object.entries(r.countsByType).sort((a, b) => b[1] - a[1]);
    if (counts.length)
        lines.push(`- By type: ${counts.map(([t, n]) => `${t} ${n}`).join(', ')}${r.breakingCount ? ` (breaking: ${r.breakingCount})` : ''}`);
    if (r.deciding.length) {
        const more = (r.decidingTotal ?? r.deciding.length) - r.deciding.length;
        lines.push(`- Decided by${more > 0 ? ` (first ${r.deciding.length} of ${r.decidingTotal})` : ''}:`);
        for (const d of r.deciding)
            lines.push(`  - \`${summary_short(d.sha)}\` ${escapeMd(d.subject)}${d.breaking ? ' **(breaking)**' : ''}`);
    }
    else {
        lines.push('- No commit asks for a release (only non-releasing types or non-conventional messages).');
    }
    if (r.cancelledReverts?.length) {
        lines.push(`- Reverted within the range (neither counts): ${r.cancelledReverts.map((c) => `\`${summary_short(c.reverted)}\` by \`${summary_short(c.revert)}\``).join(', ')}`);
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
    else if (r.plannedFiles?.length)
        lines.push(`- Would rewrite: ${r.plannedFiles.map((w) => `\`${w}\``).join(', ')}`);
    for (const w of r.warnings ?? [])
        lines.push(`- ⚠️ ${escapeMd(w)}`);
    return lines.join('\n') + '\n';
}
function escapeMd(text) {
    return text.replace(/[<>|`*_[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/versioning/next-version.ts
/**
 * next-version: the release plan from Conventional Commits and release tags.
 *
 * Settings are validated by field (settings.ts); a versioning strategy (strategies.ts: unified or independent)
 * proposes one version per tag line from the release ranges (release-range.ts); the guards (guards.ts) lift a
 * stable version above reachable prereleases and refuse a tag that exists already; with `write`, manifests
 * and their lock files are rewritten all-or-nothing (manifest-writes.ts).
 */












/** Validates options into settings, reporting every problem at once (each names the option and the fix). */
async function nextVersionSettings(opts) {
    const p = new errors/* Problems */.Zw();
    const scope = await (0,settings/* scopeSettings */.mj)(opts, p);
    const vf = (0,settings/* versionFileSettings */.i2)(opts.cwd, opts.versionFile, opts.versionPattern, p);
    p.throwIfAny();
    return { ...scope, ...vf, cwd: (0,external_node_path_.resolve)(opts.cwd), write: !!opts.write, prefixMismatch: opts.prefixMismatch ?? 'fail', planFiles: !!opts.planFiles };
}
/** Computes the next version (and, with `write`, rewrites manifests all-or-nothing). */
async function computeNextVersion(opts) {
    const s = await nextVersionSettings(opts);
    if (!(0,external_node_fs_.existsSync)(s.cwd))
        throw (0,errors/* fieldError */.$i)('path', `(${s.cwd}) does not exist.`);
    const git = new repository/* Git */.T(s.cwd);
    // Concurrently: repository facts and the tag list (refs only); the strategy starts its base search at once.
    const probeP = git.probe();
    const tagsP = git.tagTargets();
    tagsP.catch(() => undefined);
    const strategy = s.versioning === 'unified' ? new UnifiedVersioning(s) : new IndependentVersioning(s);
    const outcomeP = strategy.propose(git, tagsP, probeP);
    outcomeP.catch(() => undefined);
    const { head } = await probeP;
    if (!head)
        throw new errors/* RelforgeError */.fY(`${s.cwd}: the current branch has no commits yet; commit something before computing a version.`);
    const tags = await tagsP;
    const warnings = [];
    const mismatch = prefixMismatch(tags.keys(), strategy.prefixes(), s.prefixMismatch);
    if (mismatch)
        warnings.push(mismatch);
    const outcome = await outcomeP;
    warnings.push(...outcome.warnings);
    for (const line of outcome.lines)
        await guardLine(git, tags, line);
    const result = outcome.result(head);
    const targets = writeTargets(s, outcome.lines);
    const written = s.write && targets.length ? (0,manifest_writes/* writeManifests */.uP)(s.cwd, targets) : [];
    const planned = s.planFiles && targets.length ? (0,manifest_writes/* plannedPaths */.LK)(s.cwd, (0,manifest_writes/* planManifestWrites */.T)(s.cwd, targets)) : s.planFiles ? [] : undefined;
    return { ...result, written, ...(planned ? { plannedFiles: planned } : {}), warnings, tagPrefix: s.tagPrefix };
}
/** Lifts a releasing line above reachable prereleases, then refuses a tag that exists already. */
async function guardLine(git, tags, line) {
    if (line.bump === 'none')
        return;
    const lift = await liftAbovePrereleases(git, tags, line.prefix, line.version);
    if (lift) {
        line.lifted = lift;
        line.version = lift.to;
    }
    await refuseExistingTag(git, tags, (0,core_version/* formatTag */._3)(line.prefix, line.version), line.component ? `Component "${line.component.name}": the proposed tag` : 'The proposed tag', line.lifted);
}
/** The files a write changes: per releasing line, its manifests (and, unified, the version file). */
function writeTargets(s, lines) {
    const targets = [];
    for (const line of lines) {
        if (line.bump === 'none')
            continue;
        if (!line.component && s.versionFile)
            targets.push({ path: s.versionFile, versionPattern: s.versionPattern, version: line.version });
        for (const m of line.manifests)
            targets.push({ path: m.path, versionPattern: m.versionPattern, version: line.version });
    }
    return targets;
}


/***/ })

};
