export const id = 65;
export const ids = [65];
export const modules = {

/***/ 2065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ki: () => (/* binding */ generateChangelog)
});

// UNUSED EXPORTS: GIT_CLIFF_VERSION, changelogProblems, cliffPlatform, findGitCliff

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(6316);
// EXTERNAL MODULE: ./src/git/repository.ts
var repository = __webpack_require__(5986);
// EXTERNAL MODULE: ./src/platform/secrets.ts
var secrets = __webpack_require__(9002);
;// CONCATENATED MODULE: ./src/versioning/core/cliff-config.ts
/**
 * The bundled default git-cliff configuration (no I/O): Keep a Changelog layout, Breaking Changes first,
 * then Features, Bug Fixes, Performance, Reverts; chores, CI, docs, tests, style and release commits are left out.
 *
 * `tag_pattern` is anchored to strict release tags (`^<prefix>MAJOR.MINOR.PATCH$`), so prerelease tags
 * (`v0.4.0-beta.3`) never start a section: a stable changelog covers every commit since the last stable tag,
 * once. Both `[bump]` switches are written explicitly (git-cliff's code defaults are both `true`, which
 * disagrees with relforge's 0.x rule) so `git-cliff --bumped-version` agrees with next-version.
 */
const DEFAULT_CHANGELOG_HEADER = [
    '# Changelog',
    '',
    'All notable changes to this project are documented in this file.',
    'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
    'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).',
    '',
    '',
].join('\n');
/** The changelog groups, in display order (the HTML comment sorts them; the template strips it). */
const CHANGELOG_GROUPS = ['Breaking Changes', 'Features', 'Bug Fixes', 'Performance', 'Reverts'];
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
 * A repository web URL safe to embed in the template (and free of credentials), or undefined.
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
function tomlLiteral(text) {
    if (text.includes("'") || /[\r\n]/.test(text))
        throw new Error(`cannot embed ${JSON.stringify(text)} in a TOML literal string`);
    return `'${text}'`;
}
/** Builds the default cliff.toml text. */
function buildCliffConfig(opts = {}) {
    const prefix = opts.tagPrefix ?? 'v';
    if (!/^[A-Za-z0-9._/-]*$/.test(prefix)) {
        throw new Error(`tag prefix "${prefix}" may only contain letters, digits, ".", "_", "/" and "-" for the bundled changelog template`);
    }
    const remote = webUrlFromRemote(opts.remoteUrl);
    const link = remote
        ? ` ([{{ commit.id | truncate(length=7, end="") }}](${remote}/commit/{{ commit.id }}))`
        : '';
    const groups = CHANGELOG_GROUPS.map((g, i) => `<!-- ${i} -->${g}`);
    const body = [
        '{%- if version -%}',
        `## [{{ version | trim_start_matches(pat="${prefix}") }}] - {{ timestamp | date(format="%Y-%m-%d") }}`,
        '{%- else -%}',
        '## [Unreleased]',
        '{%- endif %}',
        '{% for group, commits in commits | group_by(attribute="group") %}',
        '### {{ group | striptags | trim }}',
        '{% for commit in commits %}',
        `- {% if commit.scope %}**{{ commit.scope }}:** {% endif %}{{ commit.message | split(pat="\\n") | first | trim | upper_first }}${link}` +
            '{% if commit.breaking and commit.breaking_description and commit.breaking_description != commit.message %}' +
            '\n  - BREAKING: {{ commit.breaking_description | split(pat="\\n") | first | trim }}{% endif %}',
        '{%- endfor %}',
        '{% endfor %}',
    ].join('\n');
    return [
        '# relforge default git-cliff configuration (generated; pass `config` to use your own cliff.toml).',
        '[changelog]',
        `header = """\n${DEFAULT_CHANGELOG_HEADER}"""`,
        `body = """\n${body}\n"""`,
        'footer = ""',
        'trim = true',
        '',
        '[git]',
        'conventional_commits = true',
        'filter_unconventional = true',
        'require_conventional = false',
        'split_commits = false',
        'protect_breaking_commits = true',
        'filter_commits = true',
        `tag_pattern = ${tomlLiteral(strictTagPattern(prefix))}`,
        'topo_order = false',
        'sort_commits = "oldest"',
        'commit_parsers = [',
        `  { message = '^chore\\(release\\)', skip = true },`,
        `  { field = "breaking", pattern = 'true', group = ${tomlLiteral(groups[0])} },`,
        `  { message = '^feat', group = ${tomlLiteral(groups[1])} },`,
        `  { message = '^fix', group = ${tomlLiteral(groups[2])} },`,
        `  { message = '^perf', group = ${tomlLiteral(groups[3])} },`,
        `  { message = '^revert', group = ${tomlLiteral(groups[4])} },`,
        `  { message = '.*', skip = true },`,
        ']',
        '',
        '[bump]',
        '# Written explicitly: feat bumps minor; breaking bumps major, except while the major is 0 with pre1 = minor.',
        'features_always_bump_minor = true',
        `breaking_always_bump_major = ${opts.pre1 === 'major' ? 'true' : 'false'}`,
        '',
    ].join('\n');
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
var version = __webpack_require__(4794);
;// CONCATENATED MODULE: ./src/versioning/changelog.ts
/**
 * Changelog: a git-cliff adapter (the binary shipped by the npm `git-cliff` package; never downloaded at run
 * time) and the library operation `generateChangelog`.
 *
 * Range: the commits since the last *strict* release tag reachable from HEAD. relforge always passes an
 * anchored `--tag-pattern` (even with a user config), so prerelease tags neither split nor duplicate entries.
 *
 * Where the binary comes from, in order:
 *  1. an explicit path (`gitCliffPath` / input `git-cliff-path` / env `RELFORGE_GIT_CLIFF`);
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
function moduleDirs() {
    const dirs = [];
    try {
        dirs.push((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)));
    }
    catch {
        /* not a file URL */
    }
    if (process.argv[1])
        dirs.push((0,external_node_path_.dirname)((0,external_node_path_.resolve)(process.argv[1])));
    return [...new Set(dirs)];
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
            throw new errors/* RelforgeError */.fY(`git-cliff path "${explicit}" (input "git-cliff-path" / RELFORGE_GIT_CLIFF) is not an executable file.`);
        }
        return { path: explicit, source: 'explicit' };
    }
    const plat = cliffPlatform();
    const shipped = [];
    for (const dir of moduleDirs()) {
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
        const digest = (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(p)).digest('hex');
        if (digest !== entry.sha256) {
            throw new errors/* RelforgeError */.fY(`The bundled git-cliff at ${p} does not match its recorded sha256 (bin/manifest.json); the action checkout is damaged. Re-run the job, or pin relforge to a release.`);
        }
        if (!isExecutable(p)) {
            try {
                (0,external_node_fs_.chmodSync)(p, 0o755); // zip downloads can drop the executable bit
            }
            catch {
                /* reported below if still not executable */
            }
        }
        if (isExecutable(p))
            return { path: p, source: 'bundled' };
    }
    for (const dir of moduleDirs()) {
        let d = dir;
        for (;;) {
            const p = (0,external_node_path_.join)(d, 'node_modules', `git-cliff-${plat}`, 'bin', exe);
            if (isExecutable(p))
                return { path: p, source: 'node_modules' };
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
    throw new errors/* RelforgeError */.fY(`git-cliff is not available for ${plat}: ${bundledNote}. Run the changelog step on a Linux x64 runner (ubuntu-latest), ` +
        `or install git-cliff ${GIT_CLIFF_VERSION} (npm install -g git-cliff@${GIT_CLIFF_VERSION}, cargo install git-cliff, or a release binary) ` +
        `and put it on PATH or pass its path in the "git-cliff-path" input.`);
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
/** Validates changelog options; every problem is named with the input to change. */
function changelogProblems(opts) {
    const p = [];
    if (!opts.version)
        p.push('Input "version" is required: the version being released, e.g. 0.4.0.');
    else if (!(0,version/* isSemver */.nN)(opts.version))
        p.push(`Input "version" must be a SemVer version without prefix (e.g. 0.4.0), got "${opts.version}".`);
    const prefixProblem = (0,version/* tagPrefixProblem */.qp)(opts.tagPrefix ?? 'v');
    if (prefixProblem)
        p.push(`Input "tag-prefix": ${prefixProblem}.`);
    if (opts.pre1 !== undefined && opts.pre1 !== 'minor' && opts.pre1 !== 'major')
        p.push(`Input "pre-1-0" must be minor or major, got "${opts.pre1}".`);
    for (const ip of opts.includePaths ?? []) {
        if ((0,external_node_path_.isAbsolute)(ip) || ip.split(/[\\/]/).includes('..'))
            p.push(`Input "include-paths": "${ip}" must be a path inside the repository (relative, no "..").`);
    }
    if (opts.output) {
        const abs = (0,external_node_path_.resolve)(opts.cwd, opts.output);
        const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(opts.cwd), abs);
        if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
            p.push(`Input "output": "${opts.output}" must be a file inside the repository.`);
    }
    return p;
}
async function generateChangelog(opts) {
    const problems = new errors/* Problems */.Zw();
    for (const x of changelogProblems(opts))
        problems.add(x);
    problems.throwIfAny();
    const cwd = (0,external_node_path_.resolve)(opts.cwd);
    const git = new repository.Git(cwd);
    await git.assertRepository();
    if (await git.isShallow()) {
        throw new errors/* RelforgeError */.fY('The repository is a shallow clone, so the changelog would miss commits. Check out with fetch-depth: 0 (actions/checkout).');
    }
    const prefix = opts.tagPrefix ?? 'v';
    const tag = `${prefix}${opts.version}`;
    // The release may already be tagged: at HEAD (a re-run after the release commit) → regenerate exactly that
    // release's section (--current); further back → refuse (an --unreleased section would list later commits).
    let current = false;
    const tagged = await git.run(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], { allowFailure: true });
    if (tagged.code === 0) {
        const head = await git.headCommit();
        if (tagged.stdout.trim() === head)
            current = true;
        else if (await git.isAncestor(`refs/tags/${tag}`, 'HEAD')) {
            throw new errors/* RelforgeError */.fY(`${tag} is already released (an ancestor of HEAD), so there is no new section to write for ${opts.version}. ` +
                'Pass the version being released now (next-version\'s "version" output).');
        }
    }
    const bin = findGitCliff({ explicit: opts.gitCliffPath });
    const env = cliffEnv();
    const ver = await runProgram(bin.path, ['--version'], cwd, env);
    const version = /git-cliff\s+(\S+)/.exec(ver.stdout)?.[1] ?? 'unknown';
    const tmp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'relforge-cliff-'));
    try {
        let configPath;
        if (opts.config) {
            configPath = (0,external_node_path_.resolve)(cwd, opts.config);
            if (!(0,external_node_fs_.existsSync)(configPath))
                throw new errors/* RelforgeError */.fY(`Input "config": git-cliff configuration "${opts.config}" does not exist (looked in ${cwd}).`);
        }
        else {
            let remoteUrl = opts.remoteUrl;
            if (!remoteUrl) {
                const r = await git.run(['remote', 'get-url', 'origin'], { allowFailure: true });
                remoteUrl = r.code === 0 ? r.stdout.trim() : undefined;
            }
            configPath = (0,external_node_path_.join)(tmp, 'cliff.toml');
            (0,external_node_fs_.writeFileSync)(configPath, buildCliffConfig({ tagPrefix: prefix, remoteUrl: webUrlFromRemote(remoteUrl), pre1: opts.pre1 }));
        }
        const base = [
            '--config', configPath,
            '--workdir', cwd,
            '--repository', cwd,
            ...(current ? ['--current'] : ['--unreleased', '--tag', tag]),
            '--tag-pattern', strictTagPattern(prefix),
            '--use-branch-tags',
            '--offline',
        ];
        if (!opts.config)
            base.push('--no-exec');
        for (const ip of opts.includePaths ?? [])
            base.push('--include-path', ip);
        const run = async (extra) => {
            const r = await runProgram(bin.path, [...base, ...extra], cwd, env);
            if (r.code !== 0) {
                throw new errors/* RelforgeError */.fY(`git-cliff failed (exit ${r.code}): ${(0,secrets/* redact */.E$)(r.stderr.trim() || r.stdout.trim()).slice(0, 2000)}`);
            }
            return r.stdout;
        };
        const section = (await run(['--strip', 'all'])).trim() + '\n';
        const notes = notesFromSection(section);
        let path;
        let written = false;
        if (opts.output) {
            path = (0,external_node_path_.resolve)(cwd, opts.output);
            const existing = (0,external_node_fs_.existsSync)(path) ? (0,external_node_fs_.readFileSync)(path, 'utf8') : undefined;
            let header = DEFAULT_CHANGELOG_HEADER;
            if (existing === undefined && opts.config) {
                // A user config may have its own header: take it from a full render.
                const full = await run(['--strip', 'footer']);
                const at = full.indexOf(section.trim());
                header = at > 0 ? full.slice(0, at) : '';
            }
            const next = insertChangelogSection(existing, section, opts.version, header);
            if (!opts.dryRun) {
                (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
                (0,external_node_fs_.writeFileSync)(path, next);
                written = true;
            }
        }
        return {
            version: opts.version,
            tag,
            section,
            notes: sectionIsEmpty(section) ? '' : notes,
            path,
            written,
            gitCliff: { ...bin, version },
            config: opts.config ? configPath : 'bundled',
        };
    }
    finally {
        (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
    }
}


/***/ })

};
