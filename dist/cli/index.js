var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/errors.ts
/**
 * Errors that reach users. Every message says what is wrong and what to change.
 * `RelforgeError` is for expected failures (bad input, refused by a service, verification failed);
 * anything else is a bug and is reported with its stack in debug output only.
 */
class RelforgeError extends Error {
    /** Process exit code the CLI uses for this error (actions always fail with 1). */
    exitCode;
    constructor(message, options) {
        super(message, options?.cause !== undefined ? { cause: options.cause } : undefined);
        this.name = 'RelforgeError';
        this.exitCode = options?.exitCode ?? 1;
    }
}
/** Several problems found at once (typically while validating settings). */
class SettingsError extends RelforgeError {
    problems;
    constructor(problems) {
        super(problems.length === 1 ? problems[0] : `${problems.length} problems with the inputs:\n- ${problems.join('\n- ')}`);
        this.name = 'SettingsError';
        this.problems = problems;
    }
}
/** Collects validation problems and throws them together. */
class Problems {
    list = [];
    add(problem) {
        this.list.push(problem);
    }
    get count() {
        return this.list.length;
    }
    throwIfAny() {
        if (this.list.length)
            throw new SettingsError([...this.list]);
    }
}
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}

;// CONCATENATED MODULE: ./src/secrets.ts
/**
 * Process-wide registry of secret values. Entries register every secret input here (and with
 * `core.setSecret`); adapters call `redact` on any text that may echo a request, a command line or
 * a service's error before it goes into an Error message or a log line.
 */
const secrets = new Set();
/** Registers a secret and, for multi-line values, each of its lines (the runner masks line by line). */
function registerSecret(value) {
    if (!value)
        return;
    const add = (v) => {
        const t = v.trim();
        if (t.length >= 4)
            secrets.add(t);
    };
    add(value);
    for (const line of value.split(/\r?\n/))
        add(line);
}
function registeredSecrets() {
    return [...secrets];
}
/** Replaces every registered secret (longest first) with `***`. */
function redact(text) {
    if (!text || secrets.size === 0)
        return text;
    let out = text;
    for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
        if (out.includes(s))
            out = out.split(s).join('***');
    }
    return out;
}
/** For tests only. */
function clearSecrets() {
    secrets.clear();
}

;// CONCATENATED MODULE: ./src/runtime.ts
function detectRuntime(env) {
    const truthy = (v) => v !== undefined && v !== '' && v !== 'false' && v !== '0';
    let forge = 'github';
    let runner = 'GitHub Actions';
    if (truthy(env.FORGEJO_ACTIONS)) {
        forge = 'forgejo';
        runner = 'Forgejo Actions';
    }
    else if (truthy(env.GITEA_ACTIONS)) {
        forge = 'gitea';
        runner = 'Gitea Actions';
    }
    else if (truthy(env.ACT)) {
        runner = 'act';
    }
    const act = truthy(env.ACT);
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const apiUrl = (env.GITHUB_API_URL ||
        (forge === 'github' ? (serverUrl === 'https://github.com' ? 'https://api.github.com' : `${serverUrl}/api/v3`) : `${serverUrl}/api/v1`)).replace(/\/+$/, '');
    const oidcAvailable = forge === 'github' && !act && !!env.ACTIONS_ID_TOKEN_REQUEST_URL && !!env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    return { forge, act, runner, serverUrl, apiUrl, oidcAvailable, summaryFile: env.GITHUB_STEP_SUMMARY || undefined };
}
/** The minimum Node major relforge bundles run on (act, Gitea and Forgejo run whatever `node` the host has). */
const MIN_NODE_MAJOR = 20;
/** Returns an error message when the running Node is too old, else undefined. */
function nodeVersionProblem(version) {
    const major = Number(/^v?(\d+)/.exec(version)?.[1] ?? 0);
    if (major >= MIN_NODE_MAJOR)
        return undefined;
    return (`relforge needs Node.js ${MIN_NODE_MAJOR} or newer, but this runner's node is ${version}. ` +
        `GitHub honours "runs.using: node24"; act, Gitea and Forgejo run the node found on PATH in the job's image: ` +
        `use an image with Node >= ${MIN_NODE_MAJOR} (e.g. act -P ubuntu-latest=catthehacker/ubuntu:act-latest, ` +
        `or a Gitea/Forgejo runner label whose image ships Node 20+), or add actions/setup-node before this step.`);
}

;// CONCATENATED MODULE: ./src/cli.ts
/**
 * `npx relforge <command>`: the same library the actions use, for dry runs on a laptop.
 * Each command lives in src/cli/<command>.ts (default export: a CliCommand) and is listed in COMMANDS.
 */



// --- command imports (one line per command) ---
const COMMANDS = {
// --- commands (one line per command) ---
};
function help() {
    const lines = ['usage: relforge <command> [options]', '', 'commands:'];
    for (const name of Object.keys(COMMANDS).sort())
        lines.push(`  ${name.padEnd(20)} ${COMMANDS[name].summary}`);
    lines.push('', 'relforge <command> --help shows the options of one command.');
    return lines.join('\n');
}
async function main(argv) {
    const problem = nodeVersionProblem(process.version);
    if (problem) {
        console.error(problem);
        return 1;
    }
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        console.log(help());
        return name ? 0 : 2;
    }
    const cmd = COMMANDS[name];
    if (!cmd) {
        console.error(`relforge: unknown command "${name}"\n\n${help()}`);
        return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        console.log(`${cmd.summary}\n\nusage: ${cmd.usage}`);
        return 0;
    }
    return cmd.run(rest);
}
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (err) => {
    console.error(`relforge: ${redact(errorMessage(err))}`);
    process.exitCode = err instanceof RelforgeError ? err.exitCode : 1;
});

