export const id = 323;
export const ids = [323];
export const modules = {

/***/ 5704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadForgeEmulator: () => (/* binding */ loadForgeEmulator),
/* harmony export */   startEmulatorSession: () => (/* binding */ startEmulatorSession)
/* harmony export */ });
/* unused harmony export prepareRepositories */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6316);
/* harmony import */ var _platform_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9002);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3445);
/**
 * `relforge act --emulator`: a release rehearsal that cannot reach your real origin or forge.
 *
 *   .relforge/act/remote.git   a bare clone of your repository (branches and tags); the run's `origin`
 *   .relforge/act/work         a fresh clone of it, checked out at your branch: what act runs (like a dispatch,
 *                              it runs what is committed)
 *   forge emulator             the GitHub or Gitea/Forgejo releases API on 127.0.0.1 (relforge's test emulator,
 *                              every request checked against the forge's API document), for this run
 *   .relforge/act/releases/<tag>/   every released file, downloaded after the run
 *
 * Before each run your current branch and tags are pushed to remote.git when that is a fast-forward; the
 * release commits and tags a run pushes stay in remote.git (look with `git -C .relforge/act/remote.git log`).
 * `.relforge/` is added to .git/info/exclude.
 */







function git(cwd, args, allowFail = false) {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }).trim();
    }
    catch (err) {
        if (allowFail)
            return undefined;
        const e = err;
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`git ${args[0]} failed in ${cwd}: ${(e.stderr ?? (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)).trim()}`);
    }
}
function excludeStateDir(repoDir) {
    const gitDir = git(repoDir, ['rev-parse', '--git-common-dir']);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(repoDir, gitDir, 'info', 'exclude');
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(file) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(file, 'utf8') : '';
    if (!text.split('\n').includes('/.relforge/')) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(repoDir, gitDir, 'info'), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.appendFileSync)(file, `${text && !text.endsWith('\n') ? '\n' : ''}/.relforge/\n`);
    }
}
/** remote.git up to date with the repository (fast-forward only), and a fresh work clone at `branch`. */
function prepareRepositories(repoDir, stateDir, branch) {
    const notes = [];
    const remote = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(stateDir, 'remote.git');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(remote, 'HEAD'))) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync)(stateDir, { recursive: true });
        git(stateDir, ['clone', '--bare', '--quiet', '--no-local', repoDir, remote]);
        notes.push(`emulator origin: ${remote} (a bare clone of your repository)`);
    }
    else {
        const pushed = git(repoDir, ['push', '--quiet', remote, `HEAD:refs/heads/${branch}`], true);
        if (pushed === undefined)
            notes.push(`emulator origin ${remote}: "${branch}" has commits yours lacks (release commits of earlier runs); kept as it is`);
        git(repoDir, ['push', '--quiet', remote, '--tags'], true);
    }
    const workDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(stateDir, 'work');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(workDir, { recursive: true, force: true });
    git(stateDir, ['clone', '--quiet', '--no-local', '--branch', branch, remote, workDir]);
    return { remote, workDir, notes };
}
/**
 * relforge's forge emulator (test/emulators/forge.ts). The bundled CLI ships the forges' API documents beside it
 * (scripts/build.mjs); a checkout finds its own.
 */
async function loadForgeEmulator(relforgeRoot) {
    const specs = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(relforgeRoot, 'dist', 'cli', 'api-specs');
    if (!process.env.RELFORGE_API_SPECS && (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(specs, 'gitea-releases.openapi.json')))
        process.env.RELFORGE_API_SPECS = specs;
    return await Promise.all(/* import() */[__webpack_require__.e(196), __webpack_require__.e(655)]).then(__webpack_require__.bind(__webpack_require__, 1655));
}
async function startEmulatorSession(o) {
    excludeStateDir(o.repoDir);
    const stateDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(o.repoDir, '.relforge', 'act');
    const { remote, workDir, notes } = prepareRepositories(o.repoDir, stateDir, o.branch);
    const { startForgeEmulator } = await loadForgeEmulator(o.relforgeRoot);
    const [owner, name] = o.repository.split('/');
    const token = `relforge-emulator-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(12).toString('hex')}`;
    (0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .registerSecret */ .cl)(token);
    const forge = await startForgeEmulator({ mode: o.forge, owner, repo: name, token });
    // GitHub flavour: the server stays github.com (the workflows pick artifact actions by it), the API is local
    const env = (0,_run_js__WEBPACK_IMPORTED_MODULE_6__/* .forgeRunEnv */ .WA)(o.forge, o.repository, o.forge === 'github' ? 'https://github.com' : forge.url, forge.apiUrl);
    notes.push(`forge emulator (${o.forge} API): ${forge.apiUrl}`);
    return {
        serverUrl: env.GITHUB_SERVER_URL,
        apiUrl: forge.apiUrl,
        token,
        repository: o.repository,
        workDir,
        remote,
        stateDir,
        env,
        notes,
        report() {
            const lines = [];
            for (const r of forge.state.releases) {
                const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(stateDir, 'releases', r.tagName);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(dir, { recursive: true, force: true });
                (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync)(dir, { recursive: true });
                for (const a of r.assets)
                    if (a.data)
                        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, a.name), a.data, { mode: /\.(minisig|json|txt)$|SHA256SUMS/.test(a.name) ? 0o644 : 0o755 });
                const kind = r.draft ? 'draft' : r.prerelease ? 'prerelease' : 'release';
                lines.push(`${kind} ${r.tagName}: ${r.assets.map((a) => a.name).join(', ') || 'no assets'}`);
                lines.push(`  saved in ${dir}`);
            }
            const tags = git(remote, ['tag', '--list', '--sort=-creatordate']).split('\n').filter(Boolean);
            lines.push(`tags in the emulator origin: ${tags.slice(0, 8).join(', ') || 'none'}${tags.length > 8 ? ', …' : ''}`);
            return lines;
        },
        violations: () => forge.violations.map((v) => `${v.kind} ${v.method} ${v.path}: ${v.message}`),
        close: () => forge.close(),
    };
}


/***/ })

};
