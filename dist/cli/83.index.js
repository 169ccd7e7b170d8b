export const id = 83;
export const ids = [83];
export const modules = {

/***/ 7808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DP: () => (/* binding */ decideBump),
/* harmony export */   F8: () => (/* binding */ groupOf),
/* harmony export */   Iv: () => (/* binding */ commitBump),
/* harmony export */   K7: () => (/* binding */ DEFAULT_RELEASE_TYPES),
/* harmony export */   _y: () => (/* binding */ cancelledByReverts),
/* harmony export */   f: () => (/* binding */ releaseTypesProblems),
/* harmony export */   w_: () => (/* binding */ NOTE_GROUPS)
/* harmony export */ });
/* unused harmony export selectReleaseCommits */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _commits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9680);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4794);
/**
 * What counts toward a release, and the bump it asks for (no I/O). `commitBump` and `cancelledByReverts` are
 * the single decision behind the bump and the deciding list (`selectReleaseCommits`) and the release notes
 * (changelog.ts): a commit is in the notes exactly when `selectReleaseCommits` counts it (design.md invariant 8).
 *
 * - breaking (any type, `!` or footer) → major; while the base major is 0: `pre1: 'minor'` → minor,
 *   `pre1: 'major'` → major (0.x → 1.0.0);
 * - `feat` → minor; `fix`, `perf` → patch; other types only when listed in `releaseTypes` (patch; `feat`
 *   stays minor); a type missing from `releaseTypes` does not release;
 * - reverts: a revert whose reverted commit is in the same range cancels it — neither counts (reverting a
 *   revert brings the original back). A `Revert "…"` / `revert:` of a commit outside the range (already
 *   released) releases a patch when the reverted header would have released (or when `revert` is a release
 *   type); a commit with its own type that reverts one (` fix: revert #6251`) counts as its type says;
 * - non-conventional commits never count.
 */



const DEFAULT_RELEASE_TYPES = ['feat', 'fix', 'perf'];
/** Release-notes groups, in display order. */
const NOTE_GROUPS = ['Breaking Changes', 'Features', 'Bug Fixes', 'Performance', 'Reverts', 'Other Changes'];
/** The level one (non-cancelled) commit asks for, given the base version (for the 0.x rule). */
function commitBump(c, baseVersion, policy) {
    if (!c.conventional)
        return 'none';
    if (c.breaking)
        return semver__WEBPACK_IMPORTED_MODULE_0___default().major(baseVersion) === 0 && policy.pre1 === 'minor' ? 'minor' : 'major';
    if (c.type === 'revert' && !policy.releaseTypes.includes('revert')) {
        // A revert of an earlier release's change: releases when the reverted change released. (A commit with its
        // own type and a "This reverts commit" line, e.g. ` fix: revert #6251`, counts as its type says.)
        const header = c.revert?.header;
        if (!header)
            return 'none';
        const reverted = (0,_commits_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyCommit */ .oo)({ sha: c.sha, message: header });
        if (!reverted.conventional)
            return 'none';
        // Reverting a revert re-applies the original change: it releases as that change would.
        if (reverted.revert)
            return reverted.revert.header ? commitBump((0,_commits_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyCommit */ .oo)({ sha: c.sha, message: reverted.revert.header }), baseVersion, policy) : 'none';
        return commitBump(reverted, baseVersion, policy) !== 'none' ? 'patch' : 'none';
    }
    if (!policy.releaseTypes.includes(c.type))
        return 'none';
    return c.type === 'feat' ? 'minor' : 'patch';
}
function groupOf(c) {
    if (c.breaking)
        return 'Breaking Changes';
    if (c.type === 'revert')
        return 'Reverts';
    switch (c.type) {
        case 'feat':
            return 'Features';
        case 'fix':
            return 'Bug Fixes';
        case 'perf':
            return 'Performance';
        default:
            return 'Other Changes';
    }
}
/**
 * Which commits of a range cancel out (revert + reverted, both in the range). Commits come newest first
 * (git log order); they are replayed oldest first so a revert of a revert restores the original.
 */
function cancelledByReverts(commits) {
    const inactive = new Set();
    const pairs = [];
    if (!commits.some((c) => c.revert?.sha))
        return { inactive, pairs };
    const bySha = new Map();
    for (const c of commits)
        bySha.set(c.sha, c);
    const find = (id) => {
        const exact = bySha.get(id);
        if (exact || id.length >= 40)
            return exact;
        const hits = commits.filter((c) => c.sha.startsWith(id));
        return hits.length === 1 ? hits[0] : undefined;
    };
    // What each active revert cancelled, so that reverting the revert can restore it.
    const undone = new Map();
    for (let i = commits.length - 1; i >= 0; i--) {
        const r = commits[i];
        const target = r.revert?.sha ? find(r.revert.sha) : undefined;
        if (!target || target.sha === r.sha)
            continue;
        if (!inactive.has(target.sha)) {
            inactive.add(target.sha);
            inactive.add(r.sha);
            undone.set(r.sha, target.sha);
            pairs.push({ revert: r.sha, reverted: target.sha });
        }
        else if (undone.has(target.sha)) {
            // Reverting a revert that had cancelled X: X counts again; this revert and the reverted revert do not.
            const restored = undone.get(target.sha);
            inactive.delete(restored);
            undone.delete(target.sha);
            inactive.add(r.sha);
            pairs.push({ revert: r.sha, reverted: target.sha });
        }
    }
    return { inactive, pairs };
}
/** The commits that count toward the release, each with its level. */
function selectReleaseCommits(commits, baseVersion, policy) {
    const { inactive, pairs } = cancelledByReverts(commits);
    const entries = [];
    for (const c of commits) {
        if (inactive.has(c.sha))
            continue;
        const level = commitBump(c, baseVersion, policy);
        if (level !== 'none')
            entries.push({ commit: c, level });
    }
    return { entries, cancelled: pairs };
}
function decideBump(commits, baseVersion, policy, maxDeciding = 10) {
    const countsByType = {};
    let breakingCount = 0;
    for (const c of commits) {
        const key = c.conventional ? c.type : _commits_js__WEBPACK_IMPORTED_MODULE_2__/* .NON_CONVENTIONAL */ .ri;
        countsByType[key] = (countsByType[key] ?? 0) + 1;
        if (c.conventional && c.breaking)
            breakingCount++;
    }
    const { entries, cancelled } = selectReleaseCommits(commits, baseVersion, policy);
    let bump = 'none';
    for (const e of entries)
        if (_version_js__WEBPACK_IMPORTED_MODULE_1__/* .BUMP_RANK */ .uM[e.level] > _version_js__WEBPACK_IMPORTED_MODULE_1__/* .BUMP_RANK */ .uM[bump])
            bump = e.level;
    const top = entries.filter((e) => e.level === bump);
    const deciding = top.slice(0, maxDeciding).map(({ commit: c }) => ({ sha: c.sha, subject: c.subject, type: c.type, breaking: c.breaking }));
    return {
        bump,
        version: (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .applyBump */ .Pg)(baseVersion, bump),
        deciding,
        decidingTotal: top.length,
        countsByType,
        breakingCount,
        commits: commits.length,
        cancelled,
    };
}
/** Validates a release-types list: lower-cased word types; returns the problems found. */
function releaseTypesProblems(types) {
    return types.filter((t) => !/^[a-z][\w-]*$/.test(t)).map((t) => `"${t}", which is not a commit type (letters, digits, "_" and "-", starting with a letter)`);
}


/***/ }),

/***/ 5911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QX: () => (/* reexport */ CargoLock),
  pV: () => (/* reexport */ CargoToml),
  h2: () => (/* reexport */ PackageJson),
  OM: () => (/* reexport */ PackageLock),
  j9: () => (/* reexport */ VersionFileError),
  a8: () => (/* reexport */ compileVersionPattern),
  NQ: () => (/* binding */ updaterFor)
});

// UNUSED EXPORTS: PyProject, RegexFile, manifestKind

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(6316);
;// CONCATENATED MODULE: ./src/versioning/core/manifests/types.ts
/**
 * Version-file updaters in the style of release-please: one small class per format, text in → text out,
 * touching only the version characters so formatting and comments survive.
 */

/** A version file (manifest, lock file, regex-matched file) is not what its format requires. */
class VersionFileError extends errors/* FormatError */.IF {
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
            throw new VersionFileError(`${file}: [package] inherits its version from the workspace (version.workspace = true); list the workspace root Cargo.toml (with [workspace.package] version) as the manifest instead.`);
        }
        throw new VersionFileError(`${file}: no [package] version = "…" (or [workspace.package] version) found; add one or use another version file.`);
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
            throw new VersionFileError(`${fileLabel(this.opts, 'Cargo.lock')}: no workspace member entry for ${this.opts.packages.join(', ')}.`);
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
    /** Consumes `ch` when it is next. */
    eat(ch) {
        if (this.text[this.pos] !== ch)
            return false;
        this.pos++;
        return true;
    }
    /** From an opening bracket to its `close`: `member` reads each member (the i-th), commas between. */
    members(close, member) {
        this.pos++;
        this.ws();
        if (this.eat(close))
            return;
        for (let i = 0;; i++) {
            member(i);
            this.ws();
            if (this.eat(','))
                continue;
            if (this.eat(close))
                return;
            this.fail(`expected "," or "${close}"`);
        }
    }
    value(path) {
        this.ws();
        const t = this.text;
        const c = t[this.pos];
        const start = this.pos;
        if (c === '{') {
            this.members('}', () => {
                this.ws();
                const key = this.string();
                this.ws();
                if (!this.eat(':'))
                    this.fail('expected ":"');
                this.value(`${path}\u0000${key}`);
            });
            return;
        }
        if (c === '[') {
            this.members(']', (i) => this.value(`${path}\u0000${i}`));
            return;
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
        throw new VersionFileError(`${file} is not valid JSON: ${err.message}.`);
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
            throw new VersionFileError(`${file}: no top-level "version" string; add "version": "0.0.0" or use another version file.`);
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
            throw new VersionFileError(`${fileLabel(this.opts, 'package-lock.json')}: no root "version" entry.`);
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
            throw new VersionFileError(`${file}: no [project] version or [tool.poetry] version found${hint}.`);
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

/**
 * Compiles a version-pattern. The error's message continues after the pattern's name ("is not a valid
 * regular expression…"), so callers can report it by field.
 */
function compileVersionPattern(pattern) {
    let re;
    try {
        re = new RegExp(pattern, 'gmd');
    }
    catch (err) {
        throw new VersionFileError(`is not a valid regular expression: ${err.message}`);
    }
    const groups = new RegExp(`${pattern}|`).exec('').length - 1;
    if (groups < 1) {
        throw new VersionFileError(`needs a capture group around the version, e.g. version = "(\\d+\\.\\d+\\.\\d+)" or (?<version>…); got ${pattern}`);
    }
    return re;
}
class RegexFile {
    opts;
    kind = 'regex';
    re;
    constructor(opts) {
        this.opts = opts;
        try {
            this.re = compileVersionPattern(opts.pattern);
        }
        catch (err) {
            throw new VersionFileError(`${fileLabel(opts, 'the version file')}: version-pattern ${err.message}`);
        }
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
            throw new VersionFileError(`${fileLabel(this.opts, 'the version file')}: version-pattern ${this.opts.pattern} matches nothing; check the pattern against the file.`);
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
            throw new VersionFileError(`${path}: unknown version-file format. Supported: Cargo.toml, package.json, package-lock.json, pyproject.toml; for any other file set a version-pattern (a regex with a capture group around the version).`);
    }
}


/***/ }),

/***/ 7897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ prereleaseTagsIn),
/* harmony export */   hh: () => (/* binding */ streamReleaseRange),
/* harmony export */   nE: () => (/* binding */ readReleaseRange)
/* harmony export */ });
/* unused harmony exports findBaseTag, highestStrictTag, commitsSince */
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4794);

/** The nearest strict candidate from `git describe`, skipping near-miss names (v1.2, v01.2.3) by name. */
async function describeCandidate(git, prefix, strict, first, exclude) {
    const p = (0,_core_version_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeGlob */ .yk)(prefix);
    for (let i = 0; i < 20; i++) {
        const found = await (i === 0 ? first : git.describeNearestTag(`${p}[0-9]*`, exclude));
        if (found === undefined || strict.has(found))
            return { candidate: found, resolved: true };
        exclude.push((0,_core_version_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeGlob */ .yk)(found));
    }
    return { candidate: undefined, resolved: false };
}
/**
 * The highest strict release tag reachable from HEAD for `prefix`. O(tail): `git describe` finds the nearest
 * strict candidate; only strict tags with a HIGHER version get an ancestry check (one query, or a few
 * `merge-base --is-ancestor`). `tagNames` is the full tag list (cheap: refs only). `skip` names tags that are
 * not a base (the release being regenerated).
 */
async function findBaseTag(git, prefix, tagNames, skip = []) {
    const p = (0,_core_version_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeGlob */ .yk)(prefix);
    // Candidates start with <prefix><digit>; prerelease (`-`) and build (`+`) tags are excluded by git already.
    const exclude = [`${p}*-*`, `${p}*+*`, ...skip.map(_core_version_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeGlob */ .yk)];
    // The first describe runs while the tag list is read.
    const firstDescribe = git.describeNearestTag(`${p}[0-9]*`, exclude);
    firstDescribe.catch(() => undefined);
    const strict = new Map();
    const tags = await tagNames;
    const targets = tags instanceof Map ? tags : undefined;
    for (const t of tags instanceof Map ? tags.keys() : tags) {
        const v = (0,_core_version_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStrictTag */ .xn)(t, prefix);
        if (v !== undefined && !skip.includes(t))
            strict.set(t, v);
    }
    if (strict.size === 0)
        return { unreachableHigher: [] };
    let { candidate, resolved } = await describeCandidate(git, prefix, strict, firstDescribe, exclude);
    if (!resolved) {
        // Many near-miss tags in the way: fall back to one reachability query over every strict tag.
        const merged = await git.tagsMergedInto([...strict.keys()]);
        candidate = [...merged].filter((t) => strict.has(t)).sort((a, b) => (0,_core_version_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(strict.get(b), strict.get(a)))[0];
    }
    const candidateVersion = candidate !== undefined ? strict.get(candidate) : undefined;
    // Every strict tag is compared with the candidate (strict comparison: no semver objects for thousands of
    // tags); the few higher ones are ordered by the semver library.
    const higher = [...strict.entries()]
        .filter(([, v]) => candidateVersion === undefined || (0,_core_version_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrictVersions */ .W)(v, candidateVersion) > 0)
        .sort((a, b) => (0,_core_version_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(b[1], a[1]) || (a[0] < b[0] ? -1 : 1));
    const { best, unreachable } = await highestReachable(git, candidate !== undefined ? [candidate, candidateVersion] : undefined, higher);
    if (!best)
        return { unreachableHigher: unreachable };
    const sha = targets?.get(best[0]);
    return { tag: best[0], version: best[1], ...(sha ? { sha } : {}), unreachableHigher: unreachable };
}
/** The first reachable tag of `higher` (sorted highest first), else the candidate; and the unreachable ones. */
async function highestReachable(git, candidate, higher) {
    const unreachable = [];
    if (candidate === undefined) {
        // describe found no strict tag at all from HEAD: none is reachable.
        return { best: undefined, unreachable: higher.map(([t]) => t) };
    }
    if (higher.length === 0)
        return { best: candidate, unreachable };
    if (higher.length <= 4) {
        for (const h of higher) {
            if (await git.isAncestor(`refs/tags/${h[0]}`, 'HEAD'))
                return { best: h, unreachable };
            unreachable.push(h[0]);
        }
        return { best: candidate, unreachable };
    }
    const merged = await git.tagsMergedInto(higher.map(([t]) => t));
    for (const h of higher) {
        if (merged.has(h[0]))
            return { best: h, unreachable };
        unreachable.push(h[0]);
    }
    return { best: candidate, unreachable };
}
/** The highest strict release tag of the whole repository (no reachability check) and its commit. */
function highestStrictTag(tags, prefix, skip = []) {
    let best;
    for (const [tag, sha] of tags) {
        const v = (0,_core_version_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStrictTag */ .xn)(tag, prefix);
        if (v !== undefined && skip.includes(tag))
            continue;
        if (v !== undefined && (!best || (0,_core_version_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrictVersions */ .W)(v, best.version) > 0))
            best = { tag, sha, version: v };
    }
    return best && { tag: best.tag, sha: best.sha };
}
/** Reads the commits since `base` (all of HEAD's history without one) and the base commit id, concurrently. */
function commitsSince(git, base, files, cache) {
    const key = `${base.tag ?? ''}\0${files}`;
    const hit = cache?.get(key);
    if (hit)
        return hit;
    const read = async () => {
        if (!base.tag)
            return { raw: await git.logCommits(['HEAD'], { files }) };
        // base.sha may name an annotated tag object: the range peels it, commitOf gives the commit.
        const ref = base.sha ?? `refs/tags/${base.tag}`;
        const [raw, sha] = await Promise.all([git.logCommits([`${ref}..HEAD`], { files }), git.commitOf(ref)]);
        return { raw, sha };
    };
    const p = read();
    cache?.set(key, p);
    return p;
}
/** Thrown from a stream callback when the speculated base turns out not to be reachable. */
class NotReachable extends Error {
}
/**
 * Streams the release range oldest first, each commit (before the path filter) to `onCommit`, in ONE walk in
 * the usual case: the repository's highest strict tag H is the base exactly when it is reachable from HEAD, and
 * `git log --boundary --reverse H..HEAD` says so in its first records (H's commit is a boundary commit exactly
 * when H is an ancestor of HEAD). Otherwise (H on another branch, HEAD at H) the base is searched with
 * findBaseTag and the range read again. Resolves with the base.
 */
async function streamReleaseRange(git, q, onCommit) {
    const tags = await q.tags;
    const h = highestStrictTag(tags, q.prefix, q.skip);
    const opts = { files: q.files, reverse: true, tags: q.decorations !== false };
    if (h) {
        const [commit, head] = (await git.text(['rev-parse', `${h.sha}^{commit}`, 'HEAD'])).split('\n');
        const boundary = new Set();
        let confirmed = false;
        try {
            await git.streamCommits([`${h.sha}..HEAD`], { ...opts, boundary: true }, (c) => {
                if (c.boundary) {
                    boundary.add(c.sha);
                    return;
                }
                if (!confirmed && !boundary.has(commit))
                    throw new NotReachable();
                confirmed = true;
                onCommit(c);
            });
            if (confirmed || commit === head || boundary.has(commit)) {
                return { base: { tag: h.tag, version: (0,_core_version_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStrictTag */ .xn)(h.tag, q.prefix), sha: h.sha, unreachableHigher: [] }, baseSha: commit };
            }
        }
        catch (err) {
            if (!(err instanceof NotReachable))
                throw err;
        }
    }
    const base = await findBaseTag(git, q.prefix, tags, q.skip);
    const ref = base.tag ? (base.sha ?? `refs/tags/${base.tag}`) : undefined;
    const [, sha] = await Promise.all([git.streamCommits(ref ? [`${ref}..HEAD`] : ['HEAD'], opts, onCommit), ref ? git.commitOf(ref) : undefined]);
    return { base, ...(sha ? { baseSha: sha } : {}) };
}
/**
 * The release range for one tag line: base tag + commits since, newest first (see streamReleaseRange). With a
 * cache (many components), the base is searched first so components with the same base share one log.
 */
async function readReleaseRange(git, q) {
    let range;
    if (q.cache) {
        const base = await findBaseTag(git, q.prefix, q.tags, q.skip);
        const { raw, sha } = await commitsSince(git, base, q.files, q.cache);
        range = { base, ...(sha ? { baseSha: sha } : {}), all: raw };
    }
    else {
        const all = [];
        const { base, baseSha } = await streamReleaseRange(git, q, (c) => all.push(c));
        range = { base, ...(baseSha ? { baseSha } : {}), all: all.reverse() };
    }
    const raw = q.paths ? range.all.filter((r) => r.files && q.paths.matchesAny(r.files)) : range.all;
    return { ...range, raw };
}
/** Prerelease tags of `prefix` on the commits of a range, highest first (ignored: never a base). */
function prereleaseTagsIn(commits, prefix) {
    const out = [];
    for (const c of commits)
        for (const t of c.tags ?? [])
            if ((0,_core_version_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePrereleaseTag */ .A)(t, prefix) !== undefined)
                out.push(t);
    return out.sort((a, b) => (0,_core_version_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)((0,_core_version_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePrereleaseTag */ .A)(b, prefix), (0,_core_version_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePrereleaseTag */ .A)(a, prefix)));
}


/***/ }),

/***/ 483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ur: () => (/* binding */ componentTagPrefix),
/* harmony export */   i2: () => (/* binding */ versionFileSettings),
/* harmony export */   mj: () => (/* binding */ scopeSettings)
/* harmony export */ });
/* unused harmony export relativeGlobProblem */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6316);
/* harmony import */ var _core_bump_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7808);
/* harmony import */ var _core_manifests_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5911);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4794);
/**
 * Settings shared by next-version, prerelease, changelog and plan: which tags and which commits make a
 * release (tag prefix, include-paths, components, versioning, release types, 0.x rule) and the version
 * file. Validated once, every problem reported by field (`Problems.add(field, …)`).
 */





/** The tag prefix of a component under independent versioning: its own, else `<name>-<tag-prefix>`. */
function componentTagPrefix(c, tagPrefix) {
    return c.tagPrefix ?? `${c.name}-${tagPrefix}`;
}
/** A repository-relative path or glob: no absolute path, no `..`. */
function relativeGlobProblem(p) {
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(p) || /^[A-Za-z]:/.test(p))
        return `"${p}" must be relative to the repository root.`;
    if (p.split(/[\\/]/).includes('..'))
        return `"${p}" must stay inside the repository (no "..").`;
    return undefined;
}
/** Validates the scope options (problems go to `p`; the caller throws them together). */
async function scopeSettings(opts, p) {
    const tagPrefix = opts.tagPrefix ?? 'v';
    const prefixProblem = (0,_core_version_js__WEBPACK_IMPORTED_MODULE_4__/* .tagPrefixProblem */ .qp)(tagPrefix);
    if (prefixProblem)
        p.add('tag-prefix', prefixProblem.replace(/^"[^"]*" /, `("${tagPrefix}") `));
    const pre1 = opts.pre1 ?? 'minor';
    if (pre1 !== 'minor' && pre1 !== 'major')
        p.add('pre-1-0', `must be minor or major, got "${String(pre1)}".`);
    const versioning = opts.versioning ?? 'unified';
    if (versioning !== 'unified' && versioning !== 'independent')
        p.add('versioning', `must be unified or independent, got "${String(versioning)}".`);
    const releaseTypes = (opts.releaseTypes?.length ? opts.releaseTypes : [..._core_bump_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_RELEASE_TYPES */ .K7]).map((t) => t.trim().toLowerCase()).filter(Boolean);
    for (const x of (0,_core_bump_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseTypesProblems */ .f)(releaseTypes))
        p.add('release-types', `has ${x}; use a comma-separated list such as feat,fix,perf.`);
    const includePaths = (opts.includePaths ?? []).map((x) => x.trim().replace(/^(\.\/)+/, '')).filter(Boolean);
    for (const ip of includePaths) {
        const problem = relativeGlobProblem(ip);
        if (problem)
            p.add('include-paths', `has ${problem}`);
    }
    let components = [];
    let pathFilter;
    const matchers = new Map();
    if ((opts.components && opts.components.trim() !== '') || includePaths.length) {
        const { parseComponents, ComponentMatcher } = await Promise.all(/* import() */[__webpack_require__.e(138), __webpack_require__.e(815), __webpack_require__.e(684)]).then(__webpack_require__.bind(__webpack_require__, 2684));
        if (opts.components?.trim()) {
            try {
                components = parseComponents(opts.components);
            }
            catch (err) {
                if (!(err instanceof _platform_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SettingsError */ .GN))
                    throw err;
                p.include(err);
            }
        }
        for (const c of components) {
            manifestProblems(c, p);
            matchers.set(c, new ComponentMatcher(c));
        }
        if (includePaths.length)
            pathFilter = new ComponentMatcher({ name: 'include-paths', paths: includePaths, manifests: [] });
    }
    if (versioning === 'independent' && !opts.components?.trim()) {
        p.add('versioning', 'is independent but no {{components}} are configured; add components or use versioning: unified.');
    }
    if (versioning === 'independent' && includePaths.length) {
        p.add('include-paths', "applies to unified versioning; with versioning: independent each component's paths select its commits.");
    }
    return { tagPrefix, includePaths, ...(pathFilter ? { pathFilter } : {}), components, matchers, versioning, releaseTypes, pre1 };
}
function manifestProblems(c, p) {
    for (const m of c.manifests) {
        if (!m.versionPattern) {
            try {
                (0,_core_manifests_index_js__WEBPACK_IMPORTED_MODULE_3__/* .updaterFor */ .NQ)(m.path);
            }
            catch {
                p.add('components', `(component "${c.name}"): manifest "${m.path}" has no known format (Cargo.toml, package.json, package-lock.json, pyproject.toml); give it as {path: ${m.path}, version-pattern: <regex with a capture group>}.`);
            }
            continue;
        }
        try {
            (0,_core_manifests_index_js__WEBPACK_IMPORTED_MODULE_3__/* .compileVersionPattern */ .a8)(m.versionPattern);
        }
        catch (err) {
            p.add('components', `(component "${c.name}"): the version-pattern of ${m.path} ${err.message}`);
        }
    }
}
/** Validates version-file / version-pattern (problems go to `p`). */
function versionFileSettings(cwd, file, pattern, p) {
    let versionFile;
    if (file) {
        versionFile = file.replace(/^(\.\/)+/, '');
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd), (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, versionFile));
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(versionFile) || rel === '' || rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep)[0] === '..')
            p.add('version-file', `("${file}") must be a file inside the repository (a path relative to {{path}}).`);
    }
    if (pattern) {
        try {
            (0,_core_manifests_index_js__WEBPACK_IMPORTED_MODULE_3__/* .compileVersionPattern */ .a8)(pattern);
        }
        catch (err) {
            p.add('version-pattern', err.message);
        }
        if (!versionFile)
            p.add('version-pattern', 'is set but {{version-file}} is not; set version-file to the file the pattern applies to.');
    }
    else if (versionFile) {
        try {
            (0,_core_manifests_index_js__WEBPACK_IMPORTED_MODULE_3__/* .updaterFor */ .NQ)(versionFile);
        }
        catch (err) {
            p.add('version-file', `is of an ${err.message.replace(/^[^:]*: unknown/, 'unknown')}`);
        }
    }
    return { ...(versionFile ? { versionFile } : {}), ...(pattern ? { versionPattern: pattern } : {}) };
}


/***/ })

};
