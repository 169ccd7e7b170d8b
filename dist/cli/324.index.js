export const id = 324;
export const ids = [324];
export const modules = {

/***/ 7715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ codeDirs)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Where relforge's own code runs from: this module's folder (in a bundle, the bundle's folder) and the
 * entry script's. Shipped files (the git-cliff binary, package.json) are found from here.
 */
function codeDirs() {
    const dirs = [];
    try {
        dirs.push((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url)));
    }
    catch {
        /* not a file URL */
    }
    if (process.argv[1])
        dirs.push((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(process.argv[1])));
    return [...new Set(dirs)];
}


/***/ }),

/***/ 7324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ki: () => (/* binding */ generateChangelog)
});

// UNUSED EXPORTS: GIT_CLIFF_VERSION, cliffPlatform, findGitCliff

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(6316);
// EXTERNAL MODULE: ./src/git/repository.ts
var repository = __webpack_require__(5986);
// EXTERNAL MODULE: ./src/platform/secrets.ts
var secrets = __webpack_require__(9002);
// EXTERNAL MODULE: ./src/versioning/core/commits.ts
var commits = __webpack_require__(9680);
// EXTERNAL MODULE: ./src/versioning/core/bump.ts
var bump = __webpack_require__(7808);
;// CONCATENATED MODULE: ./src/versioning/core/cliff-config.ts
const DEFAULT_CHANGELOG_HEADER = [
    '# Changelog',
    '',
    'All notable changes to this project are documented in this file.',
    'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
    'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).',
    '',
    '',
].join('\n');
/** Escapes regex metacharacters so a tag prefix matches literally. */
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** `^<prefix>MAJOR.MINOR.PATCH$` with SemVer numbers (no leading zeros): matches strict release tags only. */
function strictTagPattern(prefix) {
    const n = '(0|[1-9][0-9]*)';
    return `^${escapeRegex(prefix)}${n}\\.${n}\\.${n}$`;
}
/**
 * A repository web URL safe to put in links (and free of credentials), or undefined.
 * Accepts `https://host/o/r(.git)`, `http://127.0.0.1…`, `git@host:o/r.git`, `ssh://git@host/o/r.git`.
 */
function webUrlFromRemote(remote) {
    if (!remote)
        return undefined;
    let url = remote.trim();
    const scp = /^(?:[A-Za-z0-9._-]+@)?([A-Za-z0-9.-]+):(?!\/\/)([^\s]+)$/.exec(url);
    if (scp && !/^[A-Za-z]:[\\/]/.test(url))
        url = `https://${scp[1]}/${scp[2]}`;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol === 'ssh:' || parsed.protocol === 'git:')
        parsed = new URL(`https://${parsed.hostname}${parsed.pathname}`);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return undefined;
    const path = parsed.pathname.replace(/\/+$/, '').replace(/\.git$/, '');
    if (!path || path === '/')
        return undefined;
    const out = `${parsed.protocol}//${parsed.host}${path}`; // userinfo (tokens!) dropped on purpose
    return /^https?:\/\/[A-Za-z0-9._~:/%-]+$/.test(out) ? out : undefined;
}
/**
 * The bundled template: renders one notes group of a release from a relforge context (one context per group,
 * concatenated in group order; the context whose `extra.lead` is true also writes the release heading).
 * Commits listed in `extra.cancelled` (reverted within the range, known only once the whole range is read)
 * are left out.
 */
const NOTES_TEMPLATE = [
    '{% if extra.lead %}',
    '## {{ extra.heading }}',
    '{% if extra.intro %}',
    '{{ extra.intro }}',
    '{% endif %}',
    '{% endif %}',
    '{%- set_global shown = false %}',
    '{%- for commit in commits %}',
    '{%- if commit.id not in extra.cancelled %}',
    '{%- if not shown %}',
    '{%- set_global shown = true %}',
    '',
    '### {{ extra.group }}',
    '{% endif %}',
    '- {% if commit.scope %}**{{ commit.scope }}:** {% endif %}{{ commit.message }}' +
        '{% if extra.remote %} ([{{ commit.id | truncate(length=7, end="") }}]({{ extra.remote }}/commit/{{ commit.id }})){% endif %}' +
        // git-cliff strips each template line's leading whitespace: the sub-item's indentation comes with the data.
        '{% for note in commit.extra.breaking %}\n{{ note }}{% endfor %}',
    '{%- endif %}',
    '{%- endfor %}',
].join('\n');
/** The bundled cliff.toml: only the template matters (the context is already classified). */
function buildCliffConfig() {
    return ['# relforge bundled git-cliff configuration (renders a relforge context).', '[changelog]', `body = """\n${NOTES_TEMPLATE}\n"""`, 'footer = ""', 'trim = true', ''].join('\n');
}
const REMOTES = ['github', 'gitlab', 'gitea', 'bitbucket', 'azure_devops'];
const REMOTE_CONTRIBUTORS = REMOTES.map((k) => `"${k}":{"contributors":[]}`).join(',');
const REMOTE_COMMIT = REMOTES.map((k) => `"${k}":{"pr_numbers":[],"pr_labels":[],"is_first_time":false}`).join(',');
/** A BREAKING CHANGE text as a sub-item of its commit's list item (continuation lines indented to stay in it). */
function breakingItem(text) {
    return `  - BREAKING: ${text.split('\n').join('\n    ')}`;
}
const SIGNATURES = '"links":[],"author":{"timestamp":0},"committer":{"timestamp":0},"merge_commit":false';
/** One commit of the context (JSON text, written by hand: it runs for every commit that counts). */
function contextCommit(c, group) {
    const q = JSON.stringify;
    const breaking = c.breakingNotes.length ? c.breakingNotes.map((n) => q(breakingItem(n))).join(',') : '';
    return (`{"id":"${c.sha}","message":${q(c.description)},"group":"${group}","scope":${c.scope === undefined ? 'null' : q(c.scope)},` +
        `"breaking":${c.breaking},${SIGNATURES},"extra":{"breaking":[${breaking}]},${REMOTE_COMMIT}}`);
}
/**
 * The context (`git-cliff --from-context`) in three pieces, so it can be streamed before the base is known:
 * the release up to its commits, the commits (contextCommit, joined by commas, oldest first), and the rest
 * (the previous release, `extra` with the heading, the intro and the cancelled commit ids).
 */
function contextOpen(rel) {
    return `[{"version":${JSON.stringify(rel.tag)},"message":null,"commit_id":null,"timestamp":${rel.timestamp},"submodule_commits":{},${REMOTE_CONTRIBUTORS},"commits":[`;
}
function contextClose(rel, group, cancelled, lead) {
    const previous = `{"version":${JSON.stringify(rel.previousTag ?? null)},"message":null,"commits":[],"commit_id":null,"timestamp":null,"previous":null,"submodule_commits":{},"extra":null,${REMOTE_CONTRIBUTORS}}`;
    const extra = { lead, group, heading: `[${rel.version}] - ${rel.date}`, intro: rel.intro ?? null, remote: rel.remote ?? null, cancelled };
    return `],"previous":${previous},"extra":${JSON.stringify(extra)}}]`;
}

;// CONCATENATED MODULE: ./src/versioning/core/changelog-text.ts
/**
 * Changelog text edits (no I/O): insert one release section into an existing CHANGELOG.md, and turn a
 * section into release notes.
 */
function changelog_text_escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** A `## ` heading naming `version` (`## [0.4.0] - 2026-01-01`, `## 0.4.0`, `## [v0.4.0](…)`). */
function versionHeading(version) {
    return new RegExp(`^##\\s+\\[?v?${changelog_text_escapeRegex(version)}\\]?(?:[\\s(]|$)`);
}
/** The notes of a section: everything after its first `## ` heading line, trimmed (a release body). */
function notesFromSection(section) {
    const lines = section.replace(/\r\n/g, '\n').split('\n');
    const i = lines.findIndex((l) => /^##\s/.test(l));
    const body = i >= 0 ? lines.slice(i + 1) : lines;
    const text = body.join('\n').trim();
    return text ? `${text}\n` : '';
}
/** True when a section has a heading but no entries. */
function sectionIsEmpty(section) {
    return notesFromSection(section).trim() === '';
}
/**
 * Returns the new file text with `section` placed as the newest release:
 * - no file yet → `header` + section;
 * - the file already has a section for this version (a re-run) → that section is replaced, so re-runs never
 *   duplicate it;
 * - otherwise the section goes before the first `## ` heading other than `## [Unreleased]` (which stays on top,
 *   as Keep a Changelog wants), or after the existing text when there is none.
 */
function insertChangelogSection(existing, section, version, header) {
    const sec = section.replace(/\r\n/g, '\n').trim() + '\n';
    if (existing === undefined || existing.trim() === '')
        return `${header}${sec}`;
    const eol = existing.includes('\r\n') ? '\r\n' : '\n';
    const lines = existing.replace(/\r\n/g, '\n').split('\n');
    const isH2 = (l) => /^##\s/.test(l);
    const same = versionHeading(version);
    const join = (parts) => parts.join('\n').replace(/\n/g, eol);
    const at = lines.findIndex((l) => same.test(l));
    if (at >= 0) {
        let end = lines.findIndex((l, k) => k > at && isH2(l));
        if (end < 0)
            end = lines.length;
        const after = lines.slice(end);
        return join([...lines.slice(0, at), ...sec.split('\n').slice(0, -1), ...(after.length ? ['', ...after] : [''])]);
    }
    let insert = lines.findIndex((l) => isH2(l) && !/^##\s+\[?unreleased\]?/i.test(l));
    if (insert < 0) {
        const trimmed = existing.replace(/\s+$/, '');
        return `${trimmed}${eol}${eol}${sec.replace(/\n/g, eol)}`;
    }
    return join([...lines.slice(0, insert), ...sec.split('\n').slice(0, -1), '', ...lines.slice(insert)]);
}

// EXTERNAL MODULE: ./src/versioning/core/version.ts
var core_version = __webpack_require__(4794);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/platform/code-dirs.ts
var code_dirs = __webpack_require__(7715);
;// CONCATENATED MODULE: ./src/versioning/git-cliff.ts
/**
 * The git-cliff adapter: finding the binary (never downloaded at run time) and running it with an
 * argument array, with none of our environment's tokens.
 *
 * Where the binary comes from, in order:
 *  1. an explicit path (`gitCliffPath` / option `git-cliff-path` / env `RELFORGE_GIT_CLIFF`);
 *  2. the copy shipped beside the bundle: `dist/changelog/bin/<os>-<arch>/git-cliff` (checked against
 *     `bin/manifest.json`'s sha256; the build copies it from node_modules, see scripts/bundle-git-cliff.mjs);
 *  3. `node_modules/git-cliff-<os>-<arch>` next to relforge (npm installs: the CLI, the library);
 *  4. `git-cliff` on PATH.
 */






/** The git-cliff version relforge is tested with (package.json dependency). */
const GIT_CLIFF_VERSION = '2.14.2';
/** `linux-x64`, `darwin-arm64`, `windows-x64`… (the npm package naming). */
function cliffPlatform(platform = process.platform, arch = process.arch) {
    const os = platform === 'win32' ? 'windows' : platform;
    return `${os}-${arch}`;
}
function isExecutable(p) {
    try {
        if (!(0,external_node_fs_.statSync)(p).isFile())
            return false;
        (0,external_node_fs_.accessSync)(p, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** Finds the git-cliff binary (see the module comment for the order) or explains what to do. */
function findGitCliff(opts = {}) {
    const env = opts.env ?? process.env;
    const exe = process.platform === 'win32' ? 'git-cliff.exe' : 'git-cliff';
    const explicit = opts.explicit || env.RELFORGE_GIT_CLIFF;
    if (explicit) {
        if (!isExecutable(explicit)) {
            throw (0,errors/* fieldError */.$i)('git-cliff-path', `(or RELFORGE_GIT_CLIFF) names "${explicit}", which is not an executable file.`);
        }
        return { path: explicit, source: 'explicit' };
    }
    const plat = cliffPlatform();
    const shipped = [];
    // dist/changelog/bin beside the action bundle; the CLI bundle (dist/cli) uses the same copy.
    for (const dir of (0,code_dirs/* codeDirs */.S)().flatMap((d) => [d, (0,external_node_path_.join)(d, '..', 'changelog')])) {
        const manifestPath = (0,external_node_path_.join)(dir, 'bin', 'manifest.json');
        if (!(0,external_node_fs_.existsSync)(manifestPath))
            continue;
        const manifest = JSON.parse((0,external_node_fs_.readFileSync)(manifestPath, 'utf8'));
        shipped.push(...Object.keys(manifest.platforms));
        const entry = manifest.platforms[plat];
        if (!entry)
            continue;
        const p = (0,external_node_path_.join)(dir, 'bin', entry.file);
        if (!(0,external_node_fs_.existsSync)(p))
            continue;
        if (!isExecutable(p)) {
            try {
                (0,external_node_fs_.chmodSync)(p, 0o755); // zip downloads can drop the executable bit
            }
            catch {
                /* reported below if still not executable */
            }
        }
        if (isExecutable(p))
            return { path: p, source: 'bundled', version: manifest.gitCliffVersion, sha256: entry.sha256 };
    }
    for (const dir of (0,code_dirs/* codeDirs */.S)()) {
        let d = dir;
        for (;;) {
            const p = (0,external_node_path_.join)(d, 'node_modules', `git-cliff-${plat}`, 'bin', exe);
            if (isExecutable(p))
                return { path: p, source: 'node_modules', ...packageVersion((0,external_node_path_.join)(d, 'node_modules', `git-cliff-${plat}`, 'package.json')) };
            const up = (0,external_node_path_.dirname)(d);
            if (up === d)
                break;
            d = up;
        }
    }
    for (const d of (env.PATH ?? '').split(external_node_path_.delimiter)) {
        if (!d)
            continue;
        const p = (0,external_node_path_.join)(d, exe);
        if (isExecutable(p))
            return { path: p, source: 'PATH' };
    }
    const bundledNote = shipped.length ? `relforge ships git-cliff for ${[...new Set(shipped)].join(', ')} only` : 'no bundled git-cliff was found';
    throw new errors/* SettingsError */.GN([
        {
            message: `git-cliff is not available for ${plat}: ${bundledNote}. Run the changelog step on a Linux x64 runner (ubuntu-latest), ` +
                `or install git-cliff ${GIT_CLIFF_VERSION} (npm install -g git-cliff@${GIT_CLIFF_VERSION}, cargo install git-cliff, or a release binary) ` +
                'and put it on PATH or pass its path with {{git-cliff-path}}.',
        },
    ]);
}
function packageVersion(file) {
    try {
        const v = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8')).version;
        return typeof v === 'string' ? { version: v } : {};
    }
    catch {
        return {};
    }
}
/**
 * The bundled binary matches its recorded sha256 (a damaged checkout otherwise). Hashed as a stream, so it
 * runs while git reads the history.
 */
async function checkBundledIntegrity(bin) {
    if (!bin.sha256)
        return;
    // One synchronous read and hash (~20 ms for 16 MB), made while the first git queries run: a chunked async
    // read would queue behind the history stream's events and hold git-cliff back until the stream ends.
    const digest = (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(bin.path)).digest('hex');
    if (digest !== bin.sha256) {
        throw new errors/* RelforgeError */.fY(`The bundled git-cliff at ${bin.path} does not match its recorded sha256 (bin/manifest.json); the action checkout is damaged. Re-run the job, or pin relforge to a release.`);
    }
}
/** git-cliff's version: known for the bundled and npm copies, else asked (`git-cliff --version`). */
async function gitCliffVersion(bin, env) {
    if (bin.version)
        return bin.version;
    const r = await runProgram(bin.path, ['--version'], process.cwd(), env);
    return /git-cliff\s+(\S+)/.exec(r.stdout)?.[1] ?? 'unknown';
}
/**
 * Starts a program that reads `write`s on stdin (buffered into 64 KiB writes) and collects its output.
 * With `gate`, the program is spawned only once the gate resolves (e.g. the binary's integrity check);
 * writes made before are queued, so a caller can stream input meanwhile. A rejected gate is `done()`'s error.
 */
function startProgram(file, args, cwd, env, gate = Promise.resolve()) {
    let child;
    let cancelled = false;
    let pending = [];
    let size = 0;
    const flush = () => {
        if (!child)
            return;
        if (pending.length)
            child.stdin.write(pending.join(''));
        pending = [];
        size = 0;
    };
    const result = gate.then(() => new Promise((resolvePromise, reject) => {
        if (cancelled)
            return resolvePromise({ code: -1, stdout: '', stderr: 'not started' });
        const c = (0,external_node_child_process_.spawn)(file, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
        child = c;
        const out = [];
        const err = [];
        c.stdout.on('data', (d) => out.push(d));
        c.stderr.on('data', (d) => err.push(d));
        c.stdin.on('error', () => undefined); // an early exit is reported by the exit code
        c.on('error', (e) => reject(new errors/* RelforgeError */.fY(`Could not run ${file}: ${e.message}`)));
        c.on('close', (code) => resolvePromise({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
        flush();
    }));
    result.catch(() => undefined);
    return {
        write: (text) => {
            pending.push(text);
            size += text.length;
            if (size >= 65536)
                flush();
        },
        done: async () => {
            await gate;
            flush();
            child?.stdin.end();
            return result;
        },
        /** Stops the program if it still runs (after an error elsewhere), or keeps it from starting. */
        kill: () => {
            cancelled = true;
            if (child && child.exitCode === null && child.signalCode === null)
                child.kill();
        },
    };
}
/** Runs a program with an argument array; resolves with exit code and output (never a shell). */
function runProgram(file, args, cwd, env) {
    return new Promise((resolvePromise, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.on('data', (d) => err.push(d));
        child.on('error', (e) => reject(new errors/* RelforgeError */.fY(`Could not run ${file}: ${e.message}`)));
        child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    });
}
/** git-cliff reads tokens and settings from the environment; give it none of ours (and no network). */
function cliffEnv() {
    const env = {};
    for (const [k, v] of Object.entries(process.env)) {
        if (/^(GIT_CLIFF_|GITHUB_TOKEN$|GITLAB_TOKEN$|GITEA_TOKEN$|BITBUCKET_TOKEN$|AZURE_DEVOPS_TOKEN$|GITHUB_REPO$|GITLAB_REPO$|GITEA_REPO$|BITBUCKET_REPO$|AZURE_DEVOPS_REPO$|INPUT_)/.test(k))
            continue;
        env[k] = v;
    }
    env.NO_COLOR = '1';
    env.RUST_LOG = 'warn';
    return env;
}

// EXTERNAL MODULE: ./src/versioning/release-range.ts
var release_range = __webpack_require__(7897);
// EXTERNAL MODULE: ./src/versioning/settings.ts
var settings = __webpack_require__(483);
;// CONCATENATED MODULE: ./src/versioning/changelog.ts
/**
 * generateChangelog: this release's notes and CHANGELOG.md section, rendered by git-cliff.
 *
 * The range is the one next-version reads (release-range.ts): the commits since the last strict release tag
 * reachable from HEAD, as an explicit `base..HEAD` range — the cost follows the tail, never the history length
 * or the tag count. The commits are classified once (core/commits.ts, core/bump.ts): the notes list exactly
 * the commits that count toward the release (core/cliff-config.ts), rendered by git-cliff from that context.
 * A prerelease version (0.4.0-beta.1) gets the changes since the last stable release, headed as a prerelease.
 * With a user cliff.toml, git-cliff parses the same explicit range with that configuration's own rules.
 */















/** Validates the options by field and resolves the tag line and the path filter. */
async function changelogScope(opts) {
    const p = new errors/* Problems */.Zw();
    if (!opts.version)
        p.add('version', 'is required: the version being released, e.g. 0.4.0.');
    else if (!(0,core_version/* isSemver */.nN)(opts.version))
        p.add('version', `must be a SemVer version without prefix (e.g. 0.4.0 or 0.4.0-beta.1), got "${opts.version}".`);
    const s = await (0,settings/* scopeSettings */.mj)(opts, p);
    let prefix = s.tagPrefix;
    let paths = s.pathFilter;
    const names = s.components.map((c) => c.name);
    if (opts.component) {
        const c = s.components.find((x) => x.name === opts.component);
        if (!c)
            p.add('component', `"${opts.component}" is not one of the {{components}}${names.length ? ` (${names.join(', ')})` : ' (none configured)'}.`);
        else {
            paths = s.matchers.get(c);
            if (s.versioning === 'independent')
                prefix = (0,settings/* componentTagPrefix */.Ur)(c, s.tagPrefix);
        }
    }
    else if (s.versioning === 'independent' && names.length) {
        p.add('component', `is required with versioning: independent: name the component whose notes to write (${names.join(', ')}).`);
    }
    for (const [field, value] of [['output', opts.output], ['config', opts.config]]) {
        if (!value)
            continue;
        const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(opts.cwd), (0,external_node_path_.resolve)(opts.cwd, value));
        if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
            p.add(field, `("${value}") must be a file inside the repository.`);
    }
    p.throwIfAny();
    return { prefix, ...(paths ? { paths } : {}), releaseTypes: s.releaseTypes, pre1: s.pre1 };
}
/** Is the release tag already there? At HEAD: regenerate that release (it is not its own base); further back: refuse. */
async function existingRelease(git, tag, version, head) {
    const tagged = await git.run(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], { allowFailure: true });
    if (tagged.code !== 0)
        return { atHead: false };
    if (tagged.stdout.trim() === head)
        return { atHead: true };
    if (await git.isAncestor(`refs/tags/${tag}`, 'HEAD')) {
        throw (0,errors/* fieldError */.$i)('version', `(${version}) is already released: ${tag} is an ancestor of HEAD, so there is no new section to write. Pass the version being released now (next-version's "version" output).`);
    }
    return { atHead: false };
}
async function generateChangelog(opts) {
    const scope = await changelogScope(opts);
    const cwd = (0,external_node_path_.resolve)(opts.cwd);
    const git = new repository/* Git */.T(cwd);
    const version = opts.version;
    const prerelease = version !== (0,core_version/* coreVersion */.kI)(version);
    const tag = `${scope.prefix}${version}`;
    const bin = findGitCliff({ explicit: opts.gitCliffPath });
    const env = cliffEnv();
    // Everything independent runs at once: repository facts, the release tag's state, the range (the release tag
    // itself is never its own base), the remote for links, and the bundled binary's integrity check.
    const probeP = git.probe();
    const tagsP = git.tagTargets();
    const existingP = probeP.then((p) => existingRelease(git, tag, version, p.head));
    const remoteP = opts.remoteUrl ? Promise.resolve(opts.remoteUrl) : git.run(['remote', 'get-url', 'origin'], { allowFailure: true }).then((r) => (r.code === 0 ? r.stdout.trim() : undefined));
    const integrityP = checkBundledIntegrity(bin);
    const versionP = gitCliffVersion(bin, env);
    for (const p of [tagsP, existingP, remoteP, integrityP, versionP])
        p.catch(() => undefined);
    const probe = await probeP;
    if (probe.shallow)
        throw new errors/* RelforgeError */.fY('The repository is a shallow clone, so the changelog would miss commits. Check out with fetch-depth: 0 (actions/checkout).');
    if (!probe.head)
        throw new errors/* RelforgeError */.fY(`${cwd}: the current branch has no commits yet.`);
    const { atHead } = await existingP;
    const timestamp = atHead ? Number(await git.text(['log', '-1', '--format=%ct', 'HEAD'])) : Math.floor(Date.now() / 1000);
    const warnings = [];
    let range;
    let rendered;
    if (opts.config) {
        await integrityP;
        range = await (0,release_range/* readReleaseRange */.nE)(git, { prefix: scope.prefix, tags: tagsP, files: !!scope.paths, ...(scope.paths ? { paths: scope.paths } : {}), skip: [tag] });
        rendered = { ...(await renderWithUserConfig({ cwd, bin, env, config: opts.config, tag, range, scope, atHead })), commits: range.raw.length, base: range.base };
    }
    else {
        const rel = { tag, version, date: new Date(timestamp * 1000).toISOString().slice(0, 10), timestamp, ...withRemote(webUrlFromRemote(await remoteP)) };
        // git-cliff starts once its integrity is checked; the range is read (and queued for it) meanwhile.
        rendered = await renderBundled({ git, bin, env, rel, prerelease, tags: tagsP, scope, integrity: integrityP });
    }
    const base = rendered.base;
    const section = rendered.section.trim() + '\n';
    let path;
    let written = false;
    if (opts.output && prerelease) {
        warnings.push(`${opts.output} was not written: a prerelease's notes go to its release body (the "notes" output); the stable release writes the changelog section.`);
    }
    else if (opts.output) {
        path = (0,external_node_path_.resolve)(cwd, opts.output);
        // A user config may have its own header: taken from a full render.
        const header = async () => {
            if (!opts.config)
                return DEFAULT_CHANGELOG_HEADER;
            const full = await runCliff(bin, userConfigArgs((0,external_node_path_.resolve)(cwd, opts.config), cwd, tag, range, scope, atHead, ['--strip', 'footer']), cwd, env);
            const at = full.indexOf(section.trim());
            return at > 0 ? full.slice(0, at) : '';
        };
        written = await writeSection(path, section, version, !!opts.dryRun, header);
    }
    return {
        version,
        tag,
        prerelease,
        section,
        notes: sectionIsEmpty(section) ? '' : notesFromSection(section),
        ...(base.tag ? { previousTag: base.tag } : {}),
        commits: rendered.commits,
        ...(rendered.entries !== undefined ? { entries: rendered.entries } : {}),
        ...(path ? { path } : {}),
        written,
        gitCliff: { path: bin.path, source: bin.source, version: await versionP },
        config: opts.config ? (0,external_node_path_.resolve)(cwd, opts.config) : 'bundled',
        warnings,
    };
}
function withRemote(remote) {
    return remote ? { remote } : {};
}
/** git-cliff's failure as a message: its own words, redacted, then cut. */
function cliffFailure(r) {
    return new errors/* RelforgeError */.fY(`git-cliff failed (exit ${r.code}): ${(0,secrets/* excerpt */.Kb)(r.stderr.trim() || r.stdout.trim(), 2000)}`);
}
async function runCliff(bin, args, cwd, env) {
    const r = await runProgram(bin.path, args, cwd, env);
    if (r.code !== 0)
        throw cliffFailure(r);
    return r.stdout;
}
/**
 * The bundled path, streamed: git log (oldest first) → classify each commit → the ones that count go, as they
 * come, to the git-cliff of their notes group (one process per group, so the groups render in parallel once
 * the range is read; git-cliff renders ~40,000 commits a second). Reverts are known only at the end: the
 * cancelled ids close each context and the template leaves them out. The selection is core/bump.ts's
 * (commitBump + cancelledByReverts), so the notes list exactly the commits that count. The parts are joined in
 * group order; the first part carries the release heading.
 */
async function renderBundled(x) {
    const tmp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'relforge-cliff-'));
    const parts = new Map();
    try {
        const configPath = (0,external_node_path_.join)(tmp, 'cliff.toml');
        (0,external_node_fs_.writeFileSync)(configPath, buildCliffConfig());
        // The contexts go through stdin (git-cliff reads a --from-context file one byte per read(2): seconds for MBs).
        const part = (g) => {
            let p = parts.get(g);
            if (!p) {
                p = { cliff: startProgram(x.bin.path, ['--config', configPath, '--from-context', '-', '--strip', 'all', '--no-exec', '--offline'], tmp, x.env, x.integrity), ids: [] };
                p.cliff.write(contextOpen(x.rel));
                parts.set(g, p);
            }
            return p;
        };
        const seen = [];
        // The level of a breaking change depends on the base (0.x rule), membership does not: any base version will do.
        const { base } = await (0,release_range/* streamReleaseRange */.hh)(x.git, { prefix: x.scope.prefix, tags: x.tags, files: !!x.scope.paths, skip: [x.rel.tag], decorations: false }, (raw) => {
            if (x.scope.paths && !(raw.files && x.scope.paths.matchesAny(raw.files)))
                return;
            const c = (0,commits/* classifyCommit */.oo)(raw);
            seen.push(c.revert ? { sha: c.sha, revert: c.revert } : { sha: c.sha });
            if ((0,bump/* commitBump */.Iv)(c, '1.0.0', x.scope) === 'none')
                return;
            const p = part((0,bump/* groupOf */.F8)(c));
            p.cliff.write(`${p.ids.length ? ',' : ''}${contextCommit(c, (0,bump/* groupOf */.F8)(c))}`);
            p.ids.push(c.sha);
        });
        const { inactive } = (0,bump/* cancelledByReverts */._y)(seen.reverse());
        if (!parts.size)
            part('Other Changes'); // no entries: one context for the heading
        const since = base.tag ?? 'the start of the history';
        const rel = {
            ...x.rel,
            ...(base.tag ? { previousTag: base.tag } : {}),
            ...(x.prerelease ? { intro: `Prerelease of ${(0,core_version/* coreVersion */.kI)(x.rel.version)}: the changes since ${since}.` } : {}),
        };
        const order = bump/* NOTE_GROUPS */.w_.filter((g) => parts.has(g));
        let entries = 0;
        for (const [i, g] of order.entries()) {
            const p = parts.get(g);
            const cancelled = p.ids.filter((sha) => inactive.has(sha));
            entries += p.ids.length - cancelled.length;
            p.cliff.write(contextClose(rel, g, cancelled, i === 0));
        }
        const outputs = await Promise.all(order.map((g) => parts.get(g).cliff.done()));
        const failed = outputs.find((r) => r.code !== 0);
        if (failed)
            throw cliffFailure(failed);
        return { section: outputs.map((r) => r.stdout.trim()).join('\n\n').replace(/\n{3,}/g, '\n\n'), entries, commits: seen.length, base };
    }
    finally {
        for (const p of parts.values())
            p.cliff.kill();
        (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
    }
}
/** A user cliff.toml: git-cliff parses the same explicit range with that configuration's rules. */
async function renderWithUserConfig(x) {
    const configPath = (0,external_node_path_.resolve)(x.cwd, x.config);
    if (!(0,external_node_fs_.existsSync)(configPath))
        throw (0,errors/* fieldError */.$i)('config', `("${x.config}") does not exist (looked in ${x.cwd}).`);
    const out = await runCliff(x.bin, userConfigArgs(configPath, x.cwd, x.tag, x.range, x.scope, x.atHead, ['--strip', 'all']), x.cwd, x.env);
    return { section: out };
}
function userConfigArgs(configPath, cwd, tag, range, scope, atHead, extra) {
    const args = ['--config', configPath, '--workdir', cwd, '--repository', cwd, '--tag-pattern', strictTagPattern(scope.prefix), '--offline'];
    args.push(...(atHead ? ['--current'] : ['--unreleased', '--tag', tag]));
    for (const glob of scope.paths?.component.paths ?? [])
        args.push('--include-path', glob);
    args.push(...extra);
    if (range.baseSha)
        args.push(`${range.baseSha}..HEAD`);
    return args;
}
/** Prepends (or replaces) the section in the changelog file; returns whether it was written. */
async function writeSection(path, section, version, dryRun, header) {
    const existing = (0,external_node_fs_.existsSync)(path) ? (0,external_node_fs_.readFileSync)(path, 'utf8') : undefined;
    const next = insertChangelogSection(existing, section, version, existing === undefined ? await header() : '');
    if (dryRun)
        return false;
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, next);
    return true;
}


/***/ })

};
