import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  BUMP_RANK,
  FormatError,
  Problems,
  RelforgeError,
  SettingsError,
  applyBump,
  compareStrictVersions,
  compareTriples,
  compareVersions,
  coreVersion,
  errorMessage,
  escapeGlob,
  fieldError,
  formatTag,
  isSemver,
  isStrictVersion,
  isTagOf,
  maxBump,
  minimatch,
  parsePrereleaseTag,
  parseStrictTag,
  prefixCandidates,
  prefixOption,
  readStrictVersion,
  semverLibrary,
  tagPrefixProblem,
  versionTagPrefix
} from "../chunks/next-version.chunk-LIZGOTTQ.js";

// src/actions/runner.ts
import { appendFileSync as appendFileSync2 } from "node:fs";
import { EOL as EOL2 } from "node:os";

// src/actions/workflow-commands.ts
import { appendFileSync, existsSync } from "node:fs";
import { EOL } from "node:os";
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function issueCommand(command, message, properties = {}) {
  const props = Object.entries(properties).filter(([, v]) => v !== "").map(([k, v]) => `${k}=${escapeProperty(v)}`).join(",");
  process.stdout.write(`::${command}${props ? ` ${props}` : ""}::${escapeData(message)}${EOL}`);
}
function rawInput(name) {
  return process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "";
}
function addMask(value) {
  issueCommand("add-mask", value);
}
function writeOutput(name, value) {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    process.stdout.write(EOL);
    issueCommand("set-output", value, { name });
    return;
  }
  if (!existsSync(file)) throw new Error(`GITHUB_OUTPUT file ${file} does not exist`);
  const delimiter = heredocDelimiter();
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error("unexpected heredoc delimiter in output");
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, "utf8");
}
var delimiterCount = 0;
function heredocDelimiter() {
  const rand = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  return `ghadelimiter_${process.pid.toString(36)}_${Date.now().toString(36)}_${(delimiterCount++).toString(36)}_${rand}`;
}

// src/platform/options.ts
function defineSchema(schema) {
  return schema;
}
var TRUE = ["true", "yes", "1", "on"];
var FALSE = ["false", "no", "0", "off"];
function booleanWord(text) {
  const t = text.trim().toLowerCase();
  return TRUE.includes(t) ? true : FALSE.includes(t) ? false : void 0;
}
function splitList(text, separator = "comma") {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#")).flatMap((l) => separator === "comma" ? l.split(",") : [l]).map((s) => s.trim()).filter(Boolean);
}
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
  if (problems.length) throw new SettingsError(problems);
  return out;
}
function emptyValue(spec) {
  if (spec.type === "boolean") return spec.default === true;
  if (spec.type === "list") return typeof spec.default === "string" ? splitList(spec.default, spec.separator) : [];
  return spec.default;
}
function typed(name, spec, given, problems) {
  if (spec.type === "boolean") {
    if (typeof given === "boolean") return given;
    const text2 = typeof given === "string" ? given.trim().toLowerCase() : "";
    if (text2 === "") return spec.default === true;
    const word = booleanWord(text2);
    if (word !== void 0) return word;
    problems.push({ field: name, message: `must be true or false, got "${String(given).trim()}".` });
    return spec.default === true;
  }
  if (spec.type === "list") {
    const items = Array.isArray(given) ? given.flatMap((g) => splitList(g, spec.separator)) : typeof given === "string" ? splitList(given, spec.separator) : [];
    const list = items.length ? items : emptyValue(spec);
    if (spec.required && list.length === 0) problems.push({ field: name, message: "is required but was empty or not set." });
    if (spec.choices) for (const item of list) checkChoice(name, spec.choices, item, problems);
    return list;
  }
  const text = (Array.isArray(given) ? given.at(-1) : typeof given === "string" ? given : void 0)?.trim() ?? "";
  const value = text === "" ? spec.default === void 0 ? void 0 : String(spec.default) : text;
  if (value === void 0) {
    if (spec.required) problems.push({ field: name, message: "is required but was empty or not set." });
    return void 0;
  }
  if (spec.choices && !checkChoice(name, spec.choices, value, problems)) return spec.default;
  if (spec.type === "integer") {
    const n = Number(value);
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = spec;
    if (!/^-?\d+$/.test(value) || n < min || n > max) {
      const range = spec.min !== void 0 && spec.max !== void 0 ? ` from ${spec.min} to ${spec.max}` : "";
      problems.push({ field: name, message: `must be a whole number${range}, got "${value}".` });
      return spec.default;
    }
    return n;
  }
  return value;
}
function checkChoice(name, choices, value, problems) {
  if (choices.includes(value)) return true;
  problems.push({ field: name, message: `must be ${choices.length === 2 ? `${choices[0]} or ${choices[1]}` : `one of ${choices.join(", ")}`}, got "${value}".` });
  return false;
}
function stringOption(description, metavar) {
  return { type: "string", description, cli: metavar ? { metavar } : {} };
}
function flag(description) {
  return { type: "boolean", default: false, description };
}
function choiceOption(defaultValue, choices, description) {
  return { type: "string", default: defaultValue, choices, description };
}
function stringDefault(defaultValue, description, metavar) {
  return { type: "string", default: defaultValue, description, cli: { metavar } };
}

// src/platform/secrets.ts
var secrets = /* @__PURE__ */ new Set();
function registerSecret(value) {
  if (!value) return;
  const add = (v) => {
    const t = v.trim();
    if (t.length >= 4) secrets.add(t);
  };
  add(value);
  for (const line of value.split(/\r?\n/)) add(line);
}
function redact(text) {
  if (!text || secrets.size === 0) return text;
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
    if (out.includes(s)) out = out.split(s).join("***");
  }
  return out;
}

// src/platform/forges.ts
var GITHUB_CAPABILITIES = {
  duplicateAssetNames: false,
  assetDigest: true,
  releaseExistsStatus: 422,
  immutableReleases: true,
  rateLimitHeaders: true,
  draftCreatesTagAtPublish: true,
  makeLatest: true,
  genericPackages: false,
  renamesUnusualAssetNames: true,
  renameAssets: true,
  // docs.github.com: a release body holds at most 125,000 characters (422 above it)
  notesLimit: { max: 125e3, unit: "chars" }
};
var GITEA_CAPABILITIES = {
  duplicateAssetNames: true,
  assetDigest: false,
  releaseExistsStatus: 409,
  immutableReleases: false,
  rateLimitHeaders: false,
  draftCreatesTagAtPublish: true,
  makeLatest: false,
  genericPackages: true,
  renamesUnusualAssetNames: false,
  renameAssets: true,
  // Gitea/Forgejo check nothing in the API; the note column is TEXT (65,535 bytes on MySQL/MariaDB)
  notesLimit: { max: 65535, unit: "bytes" }
};
var trim = (url) => url.replace(/\/+$/, "");
var giteaApi = (serverUrl) => `${trim(serverUrl)}/api/v1`;
var giteaServer = (apiUrl) => trim(apiUrl).replace(/\/api\/v1$/, "");
var FORGE_REGISTRY = [
  {
    name: "github",
    product: "GitHub",
    label: "github (GitHub or GHES)",
    runner: "GitHub Actions",
    defaultServerUrl: "https://github.com",
    apiUrl: (serverUrl) => trim(serverUrl) === "https://github.com" ? "https://api.github.com" : `${trim(serverUrl)}/api/v3`,
    serverUrlOf: (apiUrl) => trim(apiUrl) === "https://api.github.com" ? "https://github.com" : trim(apiUrl).replace(/\/api\/v3$/, ""),
    git: { tokenUser: "x-access-token" },
    oidc: true,
    capabilities: GITHUB_CAPABILITIES,
    api: "github",
    act: { env: {}, emulatorServerUrl: "https://github.com" },
    emulator: true,
    init: { workflow: "call" },
    packageTargets: ["release"]
  },
  {
    name: "gitea",
    product: "Gitea",
    label: "gitea",
    runner: "Gitea Actions",
    detectEnv: "GITEA_ACTIONS",
    detectOrder: 2,
    apiUrl: giteaApi,
    serverUrlOf: giteaServer,
    git: { tokenUser: "x-access-token" },
    oidc: false,
    capabilities: GITEA_CAPABILITIES,
    api: "gitea",
    act: { env: { GITEA_ACTIONS: "true" } },
    emulator: true,
    init: { workflow: "copy" },
    packageTargets: ["release", "gitea-generic"]
  },
  {
    name: "forgejo",
    product: "Forgejo",
    label: "forgejo",
    runner: "Forgejo Actions",
    detectEnv: "FORGEJO_ACTIONS",
    detectOrder: 1,
    apiUrl: giteaApi,
    serverUrlOf: giteaServer,
    git: { tokenUser: "x-access-token" },
    oidc: false,
    capabilities: GITEA_CAPABILITIES,
    api: "gitea",
    act: { env: { GITEA_ACTIONS: "true", FORGEJO_ACTIONS: "true" } },
    emulator: true,
    init: { workflow: "copy", absoluteActionRefs: true },
    packageTargets: ["release", "gitea-generic"]
  }
];
var FORGE_NAMES = FORGE_REGISTRY.map((f) => f.name);
var ACT_FORGES = FORGE_NAMES.filter((n) => !!forge(n).act);
var INIT_FORGES = FORGE_NAMES.filter((n) => !!forge(n).init);
var EMULATED_FORGES = FORGE_NAMES.filter(isEmulatedForge);
function isEmulatedForge(name) {
  return forge(name).emulator;
}
var DEFAULT_FORGE = FORGE_REGISTRY.find((f) => !("detectEnv" in f)).name;
var DETECTION_ORDER = FORGE_REGISTRY.filter((f) => f.detectEnv).sort((a, b) => (a.detectOrder ?? 0) - (b.detectOrder ?? 0));
function forge(name) {
  return FORGE_REGISTRY.find((f) => f.name === name);
}
function orList(items) {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}
function detectionText() {
  return `${DETECTION_ORDER.map((f) => `${f.detectEnv} → ${f.name}`).join(", ")}, else ${DEFAULT_FORGE}`;
}

// src/platform/node-version.ts
var MIN_NODE_MAJOR = 20;
function nodeVersionProblem(version) {
  const major = Number(/^v?(\d+)/.exec(version)?.[1] ?? 0);
  if (major >= MIN_NODE_MAJOR) return void 0;
  return `relforge needs Node.js ${MIN_NODE_MAJOR} or newer, but this runner's node is ${version}. GitHub honours "runs.using: node24"; act, Gitea and Forgejo run the node found on PATH in the job's image: use an image with Node >= ${MIN_NODE_MAJOR} (e.g. act -P ubuntu-latest=catthehacker/ubuntu:act-latest, or a Gitea/Forgejo runner label whose image ships Node 20+), or add actions/setup-node before this step.`;
}

// src/platform/runtime.ts
function apiUrlFor(serverUrl, forge2) {
  return forge(forge2).apiUrl(serverUrl.replace(/\/+$/, ""));
}
function detectRuntime(env) {
  const truthy = (v) => v !== void 0 && v !== "" && v !== "false" && v !== "0";
  const detected = DETECTION_ORDER.find((f) => truthy(env[f.detectEnv]));
  const forge2 = detected?.name ?? DEFAULT_FORGE;
  const act = truthy(env.ACT);
  const runner = detected ? detected.runner : act ? "act" : forge(forge2).runner;
  const serverUrl = (env.GITHUB_SERVER_URL || forge(DEFAULT_FORGE).defaultServerUrl).replace(/\/+$/, "");
  const apiUrl = (env.GITHUB_API_URL || apiUrlFor(serverUrl, forge2)).replace(/\/+$/, "");
  const oidcAvailable = forge(forge2).oidc && !act && !!env.ACTIONS_ID_TOKEN_REQUEST_URL && !!env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  return { forge: forge2, act, runner, serverUrl, apiUrl, oidcAvailable, summaryFile: env.GITHUB_STEP_SUMMARY || void 0 };
}

// src/actions/runner.ts
async function runAction(body) {
  const nodeProblem = nodeVersionProblem(process.version);
  if (nodeProblem) {
    issueCommand("error", nodeProblem);
    process.exitCode = 1;
    return;
  }
  try {
    await body({ runtime: detectRuntime(process.env) });
  } catch (err) {
    const msg = redact(errorMessage(err));
    if (!(err instanceof RelforgeError) && err instanceof Error && err.stack) debug(redact(err.stack));
    issueCommand("error", msg);
    process.exitCode = 1;
  }
}
function readInputs(schema) {
  const raw = {};
  for (const [name, spec] of Object.entries(schema.options)) {
    if (spec.only === "cli") continue;
    const v = rawInput(name);
    if (spec.secret) maskSecret(v);
    raw[name] = v;
  }
  return parseValues(schema, raw, "action");
}
function maskSecret(v) {
  if (!v) return;
  addMask(v);
  for (const line of v.split(/\r?\n/)) if (line.trim() && line.trim() !== v) addMask(line.trim());
  registerSecret(v);
}
function setOutputs(_schema, outputs) {
  for (const [k, v] of Object.entries(outputs)) {
    if (v === void 0 || v === null) {
      writeOutput(k, "");
    } else if (typeof v === "object") {
      writeOutput(k, JSON.stringify(v));
    } else {
      writeOutput(k, String(v));
    }
  }
}
async function writeSummary(markdown) {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    debug("GITHUB_STEP_SUMMARY is not set on this runner; step summary skipped.");
    return;
  }
  try {
    appendFileSync2(file, `${redact(markdown).replace(/\n*$/, "")}
`, "utf8");
  } catch (err) {
    issueCommand("warning", `Could not write the step summary: ${redact(errorMessage(err))}`);
  }
}
var log = {
  info: (m) => process.stdout.write(redact(m) + EOL2),
  warning: (m) => issueCommand("warning", redact(m)),
  debug: (m) => debug(redact(m)),
  notice: (m) => issueCommand("notice", redact(m))
};
function debug(m) {
  issueCommand("debug", m);
}

// src/versioning/next-version.ts
import { existsSync as existsSync3 } from "node:fs";
import { resolve as resolve3 } from "node:path";

// src/git/process.ts
import { spawn } from "node:child_process";
function gitEnv(env) {
  return { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C", ...env };
}
function startGit(cwd, args, env, stdin = false) {
  return spawn("git", args, { cwd, env: gitEnv(env), stdio: [stdin ? "pipe" : "ignore", "pipe", "pipe"] });
}
function listenGit(child, listener) {
  child.stdout.setEncoding("utf8").on("data", listener.stdout);
  child.stderr.setEncoding("utf8").on("data", listener.stderr);
  child.on("close", listener.close);
}
var SLOT = /* @__PURE__ */ Symbol.for("relforge.git.prefetched");
var pending = () => globalThis[SLOT] ??= [];
function takePrefetched(cwd, args) {
  const list = pending();
  const i = list.findIndex((p) => !p.failed && p.cwd === cwd && p.args.length === args.length && p.args.every((a, j) => a === args[j]));
  return i < 0 ? void 0 : list.splice(i, 1)[0].handle;
}
function discardPrefetched() {
  for (const p of pending().splice(0)) p.handle.child.kill();
}

// src/git/repository.ts
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

// src/git/core/refs.ts
function parseRefTargets(out) {
  const map = /* @__PURE__ */ new Map();
  let start = 0;
  while (start < out.length) {
    let end = out.indexOf("\n", start);
    if (end < 0) end = out.length;
    const nul = out.indexOf("\0", start);
    if (nul > start && nul < end) map.set(out.slice(start, nul), out.slice(nul + 1, end));
    start = end + 1;
  }
  return map;
}
var REPOSITORY_STATE_ARGS = ["rev-parse", "--is-bare-repository", "--is-inside-work-tree", "--is-shallow-repository", "HEAD^{commit}", "--tags", "--symbolic", "--tags"];
var OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function parseRepositoryState(out, ok) {
  const lines = out.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const facts = { bare: lines[0] === "true", insideWorkTree: lines[1] === "true", shallow: lines[2] === "true" };
  if (!ok || !OBJECT_ID.test(lines[3] ?? "")) return facts;
  facts.head = lines[3];
  const rest = lines.length - 4;
  const ids = rest / 2;
  if (rest % 2 !== 0 || ids > 0 && (!OBJECT_ID.test(lines[3 + ids]) || OBJECT_ID.test(lines[4 + ids]))) return facts;
  const tags = /* @__PURE__ */ new Map();
  for (let i = 4; i < 4 + ids; i++) tags.set(lines[i + ids], lines[i]);
  facts.tags = tags;
  return facts;
}

// src/git/core/log.ts
var LOG_FORMAT = "/%H%x00%D%x00%B";
var LOG_FORMAT_MARKED = "/%m%H%x00%D%x00%B";
function streamLogArgs(range, opts) {
  let format = opts.boundary ? LOG_FORMAT_MARKED : LOG_FORMAT;
  if (opts.tags === false) format = format.replace("%D", "");
  const args = ["-c", "log.showSignature=false", "log", "-z", `--format=${format}`, ...opts.tags === false ? [] : ["--decorate-refs=refs/tags/"], "--no-color"];
  if (opts.files) args.push("--name-only", "--no-renames");
  if (opts.reverse) args.push("--reverse");
  if (opts.boundary) args.push("--boundary");
  args.push(...range, "--");
  return args;
}
function parseLogOutput(out, withFiles = false) {
  const commits = [];
  const parser = new LogStreamParser(withFiles, (c) => commits.push(c));
  parser.push(out);
  parser.end();
  return commits;
}
var LogStreamParser = class {
  /** `marked`: the format is LOG_FORMAT_MARKED (`/%m%H…`, for --boundary). */
  constructor(withFiles, onCommit, marked = false) {
    this.withFiles = withFiles;
    this.onCommit = onCommit;
    this.marked = marked;
  }
  withFiles;
  onCommit;
  marked;
  rest = "";
  current;
  /** Tokens still expected for the current record: 2 = decorations, 1 = message, 0 = files / next record. */
  expect = 0;
  push(text) {
    const data = this.rest + text;
    let start = 0;
    for (let end = data.indexOf("\0"); end >= 0; end = data.indexOf("\0", start)) {
      this.token(data.slice(start, end));
      start = end + 1;
    }
    this.rest = data.slice(start);
  }
  end() {
    if (this.rest !== "") this.token(this.rest);
    this.rest = "";
    this.flush();
  }
  flush() {
    if (this.current) this.onCommit(this.current);
    this.current = void 0;
  }
  token(tok) {
    if (this.expect === 2) {
      if (tok !== "") this.current.tags = parseDecorations(tok);
      this.expect = 1;
    } else if (this.expect === 1) {
      this.current.message = tok;
      this.expect = 0;
      if (!this.withFiles) this.flush();
    } else if (tok.startsWith("/")) {
      this.flush();
      this.current = { sha: tok.slice(this.marked ? 2 : 1).trim(), message: "" };
      if (this.marked && tok[1] === "-") this.current.boundary = true;
      if (this.withFiles) this.current.files = [];
      this.expect = 2;
    } else if (this.withFiles && this.current) {
      const name = tok.startsWith("\n") ? tok.slice(1) : tok;
      if (name !== "") this.current.files.push(name);
    }
  }
};
function parseDecorations(text) {
  const tags = [];
  for (const part of text.split(", ")) {
    const t = part.trim();
    if (t.startsWith("tag: ")) tags.push(t.slice(5));
  }
  return tags;
}

// src/git/repository.ts
function spawnGit(cwd, args, env, stdin, onError) {
  const child = startGit(cwd, args, env, stdin);
  child.on("error", (err) => onError(couldNotRun(err.message)));
  return child;
}
function spawnGitSync(cwd, args, env) {
  const r = spawnSync("git", args, { cwd, env: gitEnv(env), stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw couldNotRun(r.error.message);
  return { code: r.status ?? -1, stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8") };
}
function couldNotRun(message) {
  return new RelforgeError(`Could not run git (is it installed and on PATH?): ${redact(message)}`);
}
function gitFailed(args, code, detail) {
  return new RelforgeError(`git ${redact(args.join(" "))} failed (exit ${code}): ${redact(detail)}`);
}
function notARepository(cwd, detail) {
  return new SettingsError([{ message: `${cwd} is not a git repository${detail}. Check out the repository first (actions/checkout with fetch-depth: 0) or set {{path}}.` }]);
}
function bareRepository(cwd) {
  return new SettingsError([
    { message: `${cwd} is a bare git repository (no work tree). relforge reads a checkout: clone it (git clone ${cwd} <dir>) and run there, or set {{path}} to a work tree.` }
  ]);
}
var TAG_TARGETS = ["for-each-ref", "--format=%(refname:strip=2)%00%(objectname)", "refs/tags"];
var Git = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  /** Runs git; throws a RelforgeError (secret-free) on a non-zero exit unless allowFailure. */
  async run(args, opts = {}) {
    const out = await new Promise((resolvePromise, reject) => {
      const child = spawnGit(this.cwd, args, opts.env, !!opts.input, reject);
      const stdout = [];
      const stderr = [];
      child.stdout.on("data", (d) => stdout.push(d));
      child.stderr.on("data", (d) => stderr.push(d));
      child.on("close", (code) => resolvePromise({ code: code ?? -1, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") }));
      if (opts.input) child.stdin.end(opts.input);
    });
    if (out.code !== 0 && !opts.allowFailure) throw gitFailed(args, out.code, out.stderr.trim() || out.stdout.trim());
    return out;
  }
  /**
   * Runs a QUICK local query (refs, rev-parse: a few ms) synchronously. Node's asynchronous spawn sets up pipes
   * and stream objects on the main thread (4–7 ms for a run's first git process, bench/next-version.mjs); a
   * synchronous one does not, and these queries finish before any other work could overlap them. Never for
   * history walks, network or anything that may take long.
   */
  runQuick(args, opts = {}) {
    const out = spawnGitSync(this.cwd, args, opts.env);
    if (out.code !== 0 && !opts.allowFailure) throw gitFailed(args, out.code, out.stderr.trim() || out.stdout.trim());
    return out;
  }
  /** Trimmed stdout of a successful command. */
  async text(args, opts = {}) {
    return (await this.run(args, opts)).stdout.trim();
  }
  /** Fails with an actionable message when `cwd` is not inside a git work tree. */
  async assertRepository() {
    const r = await this.run(["rev-parse", "--is-bare-repository", "--is-inside-work-tree"], { allowFailure: true });
    const [bare, inside] = r.stdout.trim().split("\n");
    if (r.code === 0 && bare === "true") throw bareRepository(this.cwd);
    if (r.code !== 0 || inside !== "true") {
      throw notARepository(this.cwd, "");
    }
  }
  async head() {
    return this.text(["rev-parse", "HEAD"]);
  }
  /** Current branch name, or undefined on a detached HEAD. */
  async currentBranch() {
    const r = await this.run(["symbolic-ref", "--quiet", "--short", "HEAD"], { allowFailure: true });
    return r.code === 0 ? r.stdout.trim() : void 0;
  }
  /**
   * The facts every query needs and the tag list, in one quick synchronous `rev-parse` (REPOSITORY_STATE_ARGS):
   * shallow?, HEAD's commit (undefined on an unborn branch), and every tag with the object its ref names (as
   * tagTargets). Throws the actionable "not a git repository" and "bare repository" errors. Falls back to
   * for-each-ref for the tags when the two listings do not pair up, or when HEAD has no commit (git stops there).
   */
  state() {
    const r = this.runQuick(REPOSITORY_STATE_ARGS, { allowFailure: true });
    const facts = parseRepositoryState(r.stdout, r.code === 0);
    this.assertCheckout(facts.bare, facts.insideWorkTree, r.stderr);
    const tags = facts.tags ?? this.tagTargets();
    return { shallow: facts.shallow, ...facts.head ? { head: facts.head } : {}, tags };
  }
  /** The actionable errors of state(): a bare repository, or not a repository at all (git's reason, redacted). */
  assertCheckout(bare, insideWorkTree, stderr) {
    if (bare) throw bareRepository(this.cwd);
    if (!insideWorkTree) {
      const why = stderr.trim();
      const detail = why && !/not a git repository/i.test(why) ? ` (git says: ${redact(why.split("\n")[0])})` : "";
      throw notARepository(this.cwd, detail);
    }
  }
  /** HEAD's commit id, or undefined when the branch has no commits yet. */
  async headCommit() {
    const r = await this.run(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], { allowFailure: true });
    return r.code === 0 ? r.stdout.trim() : void 0;
  }
  /** Every tag name (reads refs and packed-refs only, no history walk). */
  async tagNames() {
    const out = await this.text(["for-each-ref", "--format=%(refname:strip=2)", "refs/tags"]);
    return out === "" ? [] : out.split("\n");
  }
  /**
   * Every tag with the object its ref names, in one `for-each-ref` (refs and packed-refs; no history walk).
   * For an annotated tag that is the tag object: revision ranges (`<obj>..HEAD`) peel it, and `commitOf`
   * peels one. Not peeling here keeps the query O(refs) without object reads: `%(*objectname)` made it
   * ~3.5× slower on 2,500 tags (bench/next-version.mjs, L). Git.state's tag list when its own pairing fails.
   */
  tagTargets() {
    return parseRefTargets(this.runQuick(TAG_TARGETS).stdout);
  }
  /**
   * A nearest tag reachable from `rev` matching the glob `match` and none of `exclude`
   * (`git describe --tags --abbrev=0`), or undefined when there is none.
   */
  async describeNearestTag(match, exclude = [], rev = "HEAD") {
    const args = ["describe", "--tags", "--abbrev=0", "--candidates=1", "--match", match];
    for (const e of exclude) args.push("--exclude", e);
    args.push(rev);
    const r = await this.run(args, { allowFailure: true });
    if (r.code === 0) return r.stdout.trim() || void 0;
    if (/no names found|no tags can describe|cannot describe/i.test(r.stderr)) return void 0;
    throw gitFailed(args, r.code, r.stderr.trim());
  }
  /** True when `ancestor` is reachable from `descendant` (`merge-base --is-ancestor`); false for non-commits. */
  async isAncestor(ancestor, descendant = "HEAD") {
    const r = await this.run(["merge-base", "--is-ancestor", ancestor, descendant], { allowFailure: true });
    if (r.code === 0) return true;
    if (r.code === 1) return false;
    return false;
  }
  /** Whether every commit of `commits` is `ancestor` or one of its ancestors (one rev-list, ids on its stdin). */
  async allReachableFrom(commits, ancestor) {
    if (!commits.length) return true;
    const r = await this.run(["rev-list", "-n", "1", "--stdin"], { input: Buffer.from(`${commits.join("\n")}
^${ancestor}
`), allowFailure: true });
    return r.code === 0 && r.stdout.trim() === "";
  }
  /** Refs matching `patterns` (full names) with their commits, annotated tags peeled: one for-each-ref. */
  async localTags(patterns) {
    const out = await this.text(["for-each-ref", "--format=%(refname)%00%(objectname)%00%(*objectname)", ...patterns]);
    const map = /* @__PURE__ */ new Map();
    for (const line of out ? out.split("\n") : []) {
      const [ref, obj, peeled] = line.split("\0");
      if (ref) map.set(ref, peeled || obj);
    }
    return map;
  }
  /** Which of `tags` are reachable from `rev`: one `for-each-ref --merged` query limited to those refs. */
  async tagsMergedInto(tags, rev = "HEAD") {
    if (!tags.length) return /* @__PURE__ */ new Set();
    const out = await this.text(["for-each-ref", `--merged=${rev}`, "--format=%(refname:strip=2)", ...tags.map((t) => `refs/tags/${t}`)]);
    return new Set(out === "" ? [] : out.split("\n"));
  }
  /** Which of `tags` are reachable from `rev`, with their dates (unix seconds; the tagger's, else the commit's). */
  async tagDatesMergedInto(tags, rev = "HEAD") {
    const map = /* @__PURE__ */ new Map();
    if (!tags.length) return map;
    const out = await this.text(["for-each-ref", `--merged=${rev}`, "--format=%(refname:strip=2)%00%(creatordate:unix)", ...tags.map((t) => `refs/tags/${t}`)]);
    for (const line of out ? out.split("\n") : []) {
      const [tag, date] = line.split("\0");
      if (tag) map.set(tag, Number(date) || 0);
    }
    return map;
  }
  /** The commit a ref points to (annotated tags peeled). */
  async commitOf(ref) {
    return this.text(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  }
  /**
   * Commits of a revision range in ONE `git log` (NUL-separated, newest first): full messages, the tags on each
   * commit, and with `files` the changed paths (no rename detection, so a move counts for both sides).
   */
  async logCommits(range, opts = {}) {
    const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), "relforge-git-"));
    const file = join(dir, "log");
    try {
      const args = ["-c", "log.showSignature=false", "log", "-z", `--format=${LOG_FORMAT}`, "--decorate-refs=refs/tags/", "--no-color", `--output=${file}`];
      if (opts.files) args.push("--name-only", "--no-renames");
      args.push(...range, "--");
      await this.run(args);
      return parseLogOutput(readFileSync(file, "utf8"), !!opts.files);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  /**
   * The same commits as logCommits, handed to `onCommit` while git still writes (one pass, nothing buffered
   * but the current record): the caller's work overlaps git's. `reverse`: oldest first. `boundary`: also the
   * boundary commits (marked `boundary`; with `reverse` they come first). `tags: false`: no decorations.
   * An exception thrown by `onCommit` stops git and rejects with it.
   */
  async streamCommits(range, opts, onCommit) {
    const args = streamLogArgs(range, opts);
    const parser = new LogStreamParser(!!opts.files, onCommit, !!opts.boundary);
    const stderr = [];
    let failure;
    const code = await new Promise((resolvePromise, reject) => {
      const prefetched = takePrefetched(this.cwd, args);
      const child = prefetched?.child ?? spawnGit(this.cwd, args, void 0, false, reject);
      const listener = {
        stdout: (text) => {
          if (failure !== void 0) return;
          try {
            parser.push(text);
          } catch (err) {
            failure = err;
            child.kill();
          }
        },
        stderr: (text) => stderr.push(text),
        close: (c) => resolvePromise(c ?? -1)
      };
      if (prefetched) prefetched.attach(listener);
      else listenGit(child, listener);
    });
    if (failure !== void 0) throw failure;
    if (code !== 0) throw gitFailed(args, code, stderr.join("").trim());
    parser.end();
  }
};

// src/versioning/core/commits.ts
var NON_CONVENTIONAL = "non-conventional";
var HEADER = /^([A-Za-z][\w-]*)(?:\(([^()\r\n]*)\))?(!)?:[ \t]*(\S.*)$/;
var GIT_REVERT = /^Revert "(.+)"\s*$/;
var REVERTS_SHA = /This reverts commit ([0-9a-f]{7,64})/;
var FOOTER = /^(?:[A-Za-z][\w-]*(?:: | #)|BREAKING[ -]CHANGE:)/;
var BREAKING_NOTE = /^([ \t]*[*-][ \t]+)?BREAKING[ -]CHANGE:[ \t]*(.*)$/;
var LIST_ITEM = /^[ \t]*[*-][ \t]+/;
var RELEASE_AS = /^Release-As:[ \t]*(.*?)[ \t]*$/i;
function classifyCommit(raw) {
  const lines = raw.message.includes("\r") ? raw.message.replace(/\r\n?/g, "\n").split("\n") : raw.message.split("\n");
  let first = 0;
  while (first < lines.length && lines[first].trim() === "") first++;
  const header2 = (lines[first] ?? "").trim();
  let end = first + 1;
  const wrapped = [];
  while (end < lines.length) {
    const l = lines[end];
    if (l.trim() === "" || FOOTER.test(l) || LIST_ITEM.test(l) || l.startsWith("This reverts commit")) break;
    wrapped.push(l.trim());
    end++;
  }
  const subject = wrapped.length ? `${header2} ${wrapped.join(" ")}` : header2;
  const out = { sha: raw.sha, subject, type: "", description: subject, breaking: false, breakingNotes: [], conventional: false };
  if (raw.files) out.files = raw.files;
  if (/release-as:/i.test(raw.message)) {
    for (let i = end; i < lines.length; i++) {
      const m2 = RELEASE_AS.exec(lines[i]);
      if (m2) out.releaseAs = m2[1];
    }
  }
  const gitRevert = GIT_REVERT.exec(subject);
  const m = gitRevert ? null : HEADER.exec(subject);
  if (gitRevert) {
    out.type = "revert";
    out.conventional = true;
    out.description = subject;
    out.revert = { header: gitRevert[1] };
  } else if (m) {
    out.type = m[1].toLowerCase();
    out.conventional = true;
    out.description = m[4].trim();
    if (m[2]) out.scope = m[2].trim();
    out.breaking = m[3] === "!";
    if (out.type === "revert") out.revert = { header: out.description };
  } else {
    return out;
  }
  if (out.revert || raw.message.includes("This reverts commit")) {
    const sha = REVERTS_SHA.exec(raw.message)?.[1];
    if (sha) out.revert = { ...out.revert, sha };
  }
  if (raw.message.includes("BREAKING")) {
    out.breakingNotes = breakingNotes(lines, end);
    if (out.breakingNotes.length) out.breaking = true;
  }
  return out;
}
function breakingNotes(lines, from) {
  const notes = [];
  for (let i = from; i < lines.length; i++) {
    const m = BREAKING_NOTE.exec(lines[i]);
    if (!m) continue;
    const listItem = m[1] !== void 0;
    const text = [m[2].trimEnd()];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j];
      if (listItem ? l.trim() === "" || LIST_ITEM.test(l) : FOOTER.test(l)) break;
      text.push(listItem ? l.trim() : l.trimEnd());
    }
    while (text.length && text[text.length - 1] === "") text.pop();
    while (text.length && text[0] === "") text.shift();
    notes.push(text.join("\n"));
    i = j - 1;
  }
  return notes;
}
function classifyCommits(raws) {
  return raws.map(classifyCommit);
}

// src/versioning/core/bump.ts
var DEFAULT_RELEASE_TYPES = ["feat", "fix", "perf"];
function commitBump(c, baseVersion, policy) {
  if (!c.conventional) return "none";
  if (c.breaking) return (isStrictVersion(baseVersion) ? Number(baseVersion.split(".")[0]) : semverLibrary.major(baseVersion)) === 0 && policy.pre1 === "minor" ? "minor" : "major";
  if (c.type === "revert" && !policy.releaseTypes.includes("revert")) {
    const header2 = c.revert?.header;
    if (!header2) return "none";
    const reverted = classifyCommit({ sha: c.sha, message: header2 });
    if (!reverted.conventional) return "none";
    if (reverted.revert) return reverted.revert.header ? commitBump(classifyCommit({ sha: c.sha, message: reverted.revert.header }), baseVersion, policy) : "none";
    return commitBump(reverted, baseVersion, policy) !== "none" ? "patch" : "none";
  }
  if (!policy.releaseTypes.includes(c.type)) return "none";
  return c.type === "feat" ? "minor" : "patch";
}
function cancelledByReverts(commits) {
  const inactive = /* @__PURE__ */ new Set();
  const pairs = [];
  if (!commits.some((c) => c.revert?.sha)) return { inactive, pairs };
  const bySha = /* @__PURE__ */ new Map();
  for (const c of commits) bySha.set(c.sha, c);
  const find = (id) => {
    const exact = bySha.get(id);
    if (exact || id.length >= 40) return exact;
    const hits = commits.filter((c) => c.sha.startsWith(id));
    return hits.length === 1 ? hits[0] : void 0;
  };
  const undone = /* @__PURE__ */ new Map();
  for (let i = commits.length - 1; i >= 0; i--) {
    const r = commits[i];
    const target = r.revert?.sha ? find(r.revert.sha) : void 0;
    if (!target || target.sha === r.sha) continue;
    if (!inactive.has(target.sha)) {
      inactive.add(target.sha);
      inactive.add(r.sha);
      undone.set(r.sha, target.sha);
      pairs.push({ revert: r.sha, reverted: target.sha });
    } else if (undone.has(target.sha)) {
      const restored = undone.get(target.sha);
      inactive.delete(restored);
      undone.delete(target.sha);
      inactive.add(r.sha);
      pairs.push({ revert: r.sha, reverted: target.sha });
    }
  }
  return { inactive, pairs };
}
function selectReleaseCommits(commits, baseVersion, policy) {
  const { inactive, pairs } = cancelledByReverts(commits);
  const entries = [];
  for (const c of commits) {
    if (inactive.has(c.sha)) continue;
    const level = commitBump(c, baseVersion, policy);
    if (level !== "none") entries.push({ commit: c, level });
  }
  return { entries, cancelled: pairs };
}
function countTypes(commits) {
  const countsByType = {};
  let breakingCount = 0;
  for (const c of commits) {
    const key = c.conventional ? c.type : NON_CONVENTIONAL;
    countsByType[key] = (countsByType[key] ?? 0) + 1;
    if (c.conventional && c.breaking) breakingCount++;
  }
  return { countsByType, breakingCount };
}
function decideBump(commits, baseVersion, policy, maxDeciding = 10) {
  const { countsByType, breakingCount } = countTypes(commits);
  const { entries, cancelled } = selectReleaseCommits(commits, baseVersion, policy);
  let bump = "none";
  for (const e of entries) if (BUMP_RANK[e.level] > BUMP_RANK[bump]) bump = e.level;
  const top = entries.filter((e) => e.level === bump);
  const deciding = top.slice(0, maxDeciding).map(({ commit: c }) => ({ sha: c.sha, subject: c.subject, type: c.type, breaking: c.breaking }));
  const decision = {
    bump,
    version: applyBump(baseVersion, bump),
    deciding,
    decidingTotal: top.length,
    countsByType,
    breakingCount,
    commits: commits.length,
    cancelled
  };
  const forced = forcedVersion(commits, baseVersion, policy.releaseAs);
  if (!forced) return decision;
  const level = forcedLevel(baseVersion, forced.version);
  if (forced.source === "footer") {
    const c = commits.find((x) => x.sha === forced.sha);
    decision.deciding = [{ sha: c.sha, subject: c.subject, type: c.type, breaking: c.breaking }];
    decision.decidingTotal = 1;
  }
  return { ...decision, bump: level, version: forced.version, forced: { ...forced, computed: decision.version } };
}
function forcedLevel(base2, forced) {
  const d = semverLibrary.diff(base2, forced);
  if (d === "major" || d === "premajor") return "major";
  if (d === "minor" || d === "preminor") return "minor";
  return "patch";
}
function releaseAsProblem(value) {
  const v = value.trim().replace(/^v(?=\d)/, "");
  if (isStrictVersion(v)) return void 0;
  if (semverLibrary.valid(v)) return `is "${value}", which has a prerelease or build part; it forces a stable version X.Y.Z (prereleases lead to it through the prerelease step).`;
  return `must be a version MAJOR.MINOR.PATCH without leading zeros (e.g. 1.0.0; a leading "v" is dropped), got "${value}".`;
}
function forcedVersion(commits, baseVersion, input) {
  if (input !== void 0 && input.trim() !== "") {
    const problem = releaseAsProblem(input);
    if (problem) throw fieldError("release-as", problem);
    const version = input.trim().replace(/^v(?=\d)/, "");
    if (compareVersions(version, baseVersion) <= 0) {
      throw fieldError("release-as", `is ${version}, which is not above the base version ${baseVersion}: a release must be higher than the last one. Give a version above ${baseVersion}, or leave release-as empty.`);
    }
    return { version, source: "input" };
  }
  if (!commits.some((c) => c.releaseAs !== void 0)) return void 0;
  const { inactive } = cancelledByReverts(commits);
  let best;
  for (const c of commits) {
    if (c.releaseAs === void 0 || inactive.has(c.sha)) continue;
    const problem = releaseAsProblem(c.releaseAs);
    if (problem) {
      throw new RelforgeError(
        `Commit ${c.sha.slice(0, 12)} ("${c.subject}") has a Release-As footer that ${problem} Nothing was released. Give the release-as input (it wins over footers) or revert that commit.`
      );
    }
    const version = c.releaseAs.replace(/^v(?=\d)/, "");
    if (!best || compareVersions(version, best.version) > 0) best = { version, c };
  }
  if (!best) return void 0;
  if (compareVersions(best.version, baseVersion) <= 0) {
    throw new RelforgeError(
      `Commit ${best.c.sha.slice(0, 12)} ("${best.c.subject}") says Release-As: ${best.c.releaseAs}, which is not above the base version ${baseVersion}: a release must be higher than the last one. Nothing was released. Give the release-as input with a higher version (it wins over footers), or revert that commit.`
    );
  }
  return { version: best.version, source: "footer", sha: best.c.sha, subject: best.c.subject };
}
function releaseTypesProblems(types) {
  return types.filter((t) => !/^[a-z][\w-]*$/.test(t)).map((t) => `"${t}", which is not a commit type (letters, digits, "_" and "-", starting with a letter)`);
}

// src/versioning/guards.ts
async function liftAbovePrereleases(git, tags, prefix, version) {
  const higher = [];
  const own = [0, 0, 0];
  const stable = readStrictVersion(version, 0, version.length, own);
  const core = [0, 0, 0];
  for (const t of tags.keys()) {
    if (stable) {
      if (!t.startsWith(prefix)) continue;
      const dash = t.indexOf("-", prefix.length);
      if (dash < 0 || readStrictVersion(t, prefix.length, dash, core) && compareTriples(core, own) <= 0) continue;
    }
    const v = parsePrereleaseTag(t, prefix);
    if (v !== void 0 && (stable || compareVersions(v, version) > 0)) higher.push([t, v]);
  }
  if (!higher.length) return void 0;
  const reachable = await git.tagsMergedInto(higher.map(([t]) => t));
  const top = higher.filter(([t]) => reachable.has(t)).sort((a, b) => compareVersions(b[1], a[1]))[0];
  if (!top) return void 0;
  return { from: version, to: coreVersion(top[1]), above: top[0] };
}
async function refuseExistingTag(git, tags, tag, what, lift, forPrerelease = false) {
  const target = tags.get(tag);
  if (target === void 0) return;
  const commit = (await git.run(["rev-parse", "--verify", "--quiet", `${target}^{commit}`], { allowFailure: true })).stdout.trim() || target;
  const branches = (await git.run(["for-each-ref", `--contains=${commit}`, "--format=%(refname:short)", "refs/heads", "refs/remotes"], { allowFailure: true })).stdout.split("\n").filter((b) => b && !b.endsWith("/HEAD"));
  const where = branches.length ? ` (on ${branches.slice(0, 3).join(", ")}${branches.length > 3 ? ", …" : ""})` : "";
  const why = lift ? ` (${lift.from}, lifted above the reachable prerelease ${lift.above})` : "";
  const linePrefix = versionTagPrefix(tag);
  const above = linePrefix !== void 0 && parseStrictTag(tag, linePrefix) !== void 0 ? nextMinor(tag.slice(linePrefix.length)) : void 0;
  const base2 = `set {{base}} to a version above it${above ? ` (e.g. ${above})` : ""}`;
  const fix = forPrerelease ? `For a prerelease of the next line, ${base2}; or tag from the branch that carries ${tag}.` : `Release from the branch that carries the tag, or merge it (a prerelease would ${base2}).`;
  throw new SettingsError([
    {
      message: `${what} ${tag}${why} already exists, on commit ${commit.slice(0, 12)}${where}, which is not an ancestor of HEAD (another branch, or a later commit). Releasing it again would publish a second, different release under the same version. ${fix} Nothing was changed.`
    }
  ]);
}
function nextMinor(version) {
  const [major, minor] = version.split(".").map(Number);
  return `${major}.${minor + 1}.0`;
}
function isStrictTag(tag) {
  const p = versionTagPrefix(tag);
  return p !== void 0 && parseStrictTag(tag, p) !== void 0;
}
async function prefixMismatch(git, tags, lines, mode) {
  if (!tags.size || lines.some((l) => l.base)) return void 0;
  const prefixes = [...new Set(lines.map((l) => l.prefix))];
  const own = [];
  const others = [];
  for (const t of tags.keys()) {
    if (prefixes.some((p) => isTagOf(t, p))) own.push(t);
    else if (isStrictTag(t)) others.push(t);
  }
  if (!others.length) return void 0;
  const [ownReachable, reachable] = await Promise.all([git.tagsMergedInto(own), git.tagDatesMergedInto(others)]);
  if (ownReachable.size) return void 0;
  const candidates = prefixCandidates(reachable, prefixes);
  if (!candidates.length) return void 0;
  const shown = prefixes.map((p) => p === "" ? "no prefix" : `"${p}"`).join(", ");
  const list = candidates.slice(0, 3).map((c) => `${c.prefix === "" ? "none (no prefix)" : `"${c.prefix}"`}: ${c.count} tag(s) up to ${c.highest}`).join("; ");
  const best = candidates[0];
  const fix = best.prefix === "" ? "none" : best.prefix;
  const unreachable = own.length ? ` (${own.length} tag(s) of it exist, none reachable from HEAD)` : "";
  const text = `matches no tag reachable from HEAD (${shown})${unreachable}, but release tags with another prefix are reachable — ${list}. Set {{tag-prefix}} to ${fix} to continue from ${best.highest}; without it the version would restart from the beginning.`;
  if (mode === "fail") throw fieldError("tag-prefix", text);
  return `tag-prefix ${text.replace("{{tag-prefix}}", "tag-prefix")}`;
}
function strictMajor(tag, v) {
  let start = tag.length;
  let dots = 0;
  while (start > 0) {
    const c = tag.charCodeAt(start - 1);
    if (c === 46) dots++;
    else if (c < 48 || c > 57) break;
    start--;
  }
  if (dots < 2) return void 0;
  if (tag.indexOf("-") < 0 && readStrictVersion(tag, start, tag.length, v)) return v[0];
  const p = versionTagPrefix(tag);
  const s = p === void 0 ? void 0 : parseStrictTag(tag, p);
  return s === void 0 ? void 0 : Number(s.split(".")[0]);
}
var FAR_BASE = { majors: 9, commits: 1e4 };
function farBaseWarnings(tags, lines) {
  let top;
  const scratch = [0, 0, 0];
  for (const t of tags) {
    const major = strictMajor(t, scratch);
    if (major !== void 0 && (!top || major > top.major)) top = { tag: t, major };
  }
  const out = [];
  for (const l of lines) {
    const who = l.component ? `Component "${l.component.name}": the base` : "The base";
    const base2 = l.base ? `${l.base}` : "the start of history (no release tag)";
    const baseMajor = l.base ? Number(parseStrictTag(l.base, l.prefix)?.split(".")[0]) : void 0;
    const reasons = [];
    if (top && baseMajor !== void 0 && top.major - baseMajor >= FAR_BASE.majors) reasons.push(`${top.major - baseMajor} majors below ${top.tag}, the highest version tag of the repository`);
    if ((l.since ?? 0) >= FAR_BASE.commits) reasons.push(`${l.since} commits back`);
    if (reasons.length) {
      out.push(
        `${who} ${base2} is ${reasons.join(" and ")}: is it the one meant? Check the tag prefix (tag-prefix), that every release tag is fetched (fetch-depth: 0), and relforge plan's list before releasing.`
      );
    }
  }
  return out;
}

// src/versioning/manifest-writes.ts
import { existsSync as existsSync2, readFileSync as readFileSync2, readdirSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join as join2, posix as posix3, relative, resolve, sep } from "node:path";

// src/versioning/core/manifests/cargo.ts
import { posix } from "node:path";

// src/versioning/core/manifests/types.ts
var VersionFileError = class extends FormatError {
};
function targetVersion(opts, kind) {
  if (!opts.version) throw new Error(`${kind} updater: no target version given`);
  return opts.version;
}
function fileLabel(opts, fallback) {
  return opts.file ?? fallback;
}
function splice(text, start, end, value) {
  return text.slice(0, start) + value + text.slice(end);
}

// src/versioning/core/manifests/toml-edit.ts
var HEADER2 = /^\s*(\[\[?)\s*([A-Za-z0-9_.\-" ']+?)\s*(\]\]?)\s*(?:#.*)?$/;
var KEY_VALUE = /^(\s*)([A-Za-z0-9_\-."']+?)\s*=\s*(.*)$/;
function normaliseTable(name) {
  return name.split(".").map((p) => p.trim().replace(/^"(.*)"$/, "$1").replace(/^'(.*)'$/, "$1")).join(".");
}
function scanToml(text) {
  const entries = [];
  let table = "";
  let block = -1;
  let blockCount = 0;
  let inMultiline;
  let offset = 0;
  for (const raw of text.split("\n")) {
    const lineStart = offset;
    offset += raw.length + 1;
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (inMultiline) {
      if (line.includes(inMultiline)) inMultiline = void 0;
      continue;
    }
    const h = HEADER2.exec(line);
    if (h && (h[1] === "[" && h[3] === "]" || h[1] === "[[" && h[3] === "]]")) {
      table = normaliseTable(h[2]);
      block = h[1] === "[[" ? blockCount++ : -1;
      continue;
    }
    const kv = KEY_VALUE.exec(line);
    if (!kv) continue;
    const key = normaliseTable(kv[2]);
    const rest = kv[3];
    const valueOffset = lineStart + line.length - rest.length;
    for (const q of ['"""', "'''"]) {
      if (rest.startsWith(q) && rest.indexOf(q, 3) === -1) inMultiline = q;
    }
    const entry = { table, block, key, raw: rest.replace(/\s+#.*$/, "").trim(), rawStart: valueOffset };
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
function findTomlKey(entries, table, key) {
  return entries.find((e) => e.table === table && e.key === key);
}
function inheritsWorkspace(entries, table, key) {
  return entries.some(
    (e) => e.table === table && (e.key === `${key}.workspace` && e.raw === "true" || e.key === key && /^\{\s*workspace\s*=\s*true\s*\}$/.test(e.raw))
  );
}
function tomlStringArray(text, entry) {
  let i = entry.rawStart;
  if (text[i] !== "[") return void 0;
  i++;
  const out = [];
  for (; ; ) {
    const ws = /^(?:\s|#[^\n]*|,)*/.exec(text.slice(i));
    i += ws[0].length;
    if (i >= text.length) return void 0;
    if (text[i] === "]") return out;
    const s = /^"((?:[^"\\\n]|\\.)*)"/.exec(text.slice(i)) ?? /^'([^'\n]*)'/.exec(text.slice(i));
    if (!s) return void 0;
    out.push(text[i] === '"' ? JSON.parse(`"${s[1]}"`) : s[1]);
    i += s[0].length;
  }
}

// src/versioning/core/manifests/cargo.ts
var CargoToml = class {
  constructor(opts = {}) {
    this.opts = opts;
  }
  opts;
  kind = "Cargo.toml";
  locate(text) {
    const file = fileLabel(this.opts, "Cargo.toml");
    const entries = scanToml(text);
    const own = findTomlKey(entries, "package", "version");
    if (own?.value !== void 0) return own;
    const inherited = inheritsWorkspace(entries, "package", "version");
    const ws = findTomlKey(entries, "workspace.package", "version");
    if (ws?.value !== void 0 && (inherited || !entries.some((e) => e.table === "package"))) return ws;
    if (inherited) {
      throw new VersionFileError(
        `${file}: [package] inherits its version from the workspace (version.workspace = true); list the workspace root Cargo.toml (with [workspace.package] version) as the manifest instead.`
      );
    }
    throw new VersionFileError(`${file}: no [package] version = "…" (or [workspace.package] version) found; add one or use another version file.`);
  }
  readVersion(text) {
    return this.locate(text).value;
  }
  /** `[package] name`, used to find this crate's entry in Cargo.lock. */
  readName(text) {
    return findTomlKey(scanToml(text), "package", "name")?.value;
  }
  /** True when the version read and written is `[workspace.package] version` (a workspace root). */
  usesWorkspaceVersion(text) {
    return this.locate(text).table === "workspace.package";
  }
  updateContent(text) {
    const e = this.locate(text);
    return splice(text, e.valueStart, e.valueEnd, targetVersion(this.opts, this.kind));
  }
};
var CargoLock = class {
  constructor(opts) {
    this.opts = opts;
  }
  opts;
  kind = "Cargo.lock";
  members(text) {
    const entries = scanToml(text);
    const blocks = /* @__PURE__ */ new Map();
    for (const e of entries) {
      if (e.table !== "package" || e.block < 0) continue;
      let list = blocks.get(e.block);
      if (!list) blocks.set(e.block, list = []);
      list.push(e);
    }
    const out = [];
    for (const list of blocks.values()) {
      const name = list.find((e) => e.key === "name")?.value;
      const version = list.find((e) => e.key === "version");
      const hasSource = list.some((e) => e.key === "source");
      if (name !== void 0 && this.opts.packages.includes(name) && !hasSource && version?.value !== void 0) out.push(version);
    }
    return out;
  }
  readVersion(text) {
    const m = this.members(text);
    if (!m.length) {
      throw new VersionFileError(`${fileLabel(this.opts, "Cargo.lock")}: no workspace member entry for ${this.opts.packages.join(", ")}.`);
    }
    return m[0].value;
  }
  updateContent(text) {
    const v = targetVersion(this.opts, this.kind);
    let out = text;
    for (const e of this.members(text).sort((a, b) => b.valueStart - a.valueStart)) out = splice(out, e.valueStart, e.valueEnd, v);
    return out;
  }
};
function cargoLockPackages(text, around) {
  const toml = new CargoToml();
  const entries = scanToml(text);
  const own = findTomlKey(entries, "package", "name")?.value;
  if (!toml.usesWorkspaceVersion(text)) return own ? [own] : [];
  const names = /* @__PURE__ */ new Set();
  if (own && inheritsWorkspace(entries, "package", "version")) names.add(own);
  const list = (key) => {
    const e = findTomlKey(entries, "workspace", key);
    return e ? tomlStringArray(text, e) ?? [] : [];
  };
  const clean = (p) => posix.normalize(p.replace(/\\/g, "/")).replace(/\/+$/, "");
  const excluded = new Set(list("exclude").map(clean));
  for (const glob of list("members")) {
    for (const dir of around.dirs(clean(glob))) {
      if (excluded.has(clean(dir))) continue;
      const member = around.read(`${dir}/Cargo.toml`);
      if (member === void 0) continue;
      const m = scanToml(member);
      const name = findTomlKey(m, "package", "name")?.value;
      if (name && inheritsWorkspace(m, "package", "version")) names.add(name);
    }
  }
  return [...names];
}
var cargoFormat = {
  id: "cargo",
  names: ["Cargo.toml"],
  docs: "`Cargo.toml` `[package] version` (or `[workspace.package] version` in a workspace root, or when the crate inherits it), plus the `Cargo.lock` entries of the crates that carry it: the crate, or every workspace member with `version.workspace = true` (registry packages and members with a version of their own are never touched)",
  create: (opts) => new CargoToml(opts),
  locks: [
    {
      names: ["Cargo.lock"],
      updater: (ctx) => {
        const packages = cargoLockPackages(ctx.manifest, ctx.around);
        return packages.length ? new CargoLock({ version: ctx.version, packages, file: ctx.file }) : void 0;
      }
    }
  ]
};

// src/versioning/core/manifests/json-edit.ts
var Scanner = class {
  constructor(text, wanted) {
    this.text = text;
    this.wanted = wanted;
  }
  text;
  wanted;
  pos = 0;
  found = /* @__PURE__ */ new Map();
  fail(what) {
    const before = this.text.slice(0, this.pos);
    const line = before.split("\n").length;
    const col = this.pos - before.lastIndexOf("\n");
    throw new SyntaxError(`${what} at line ${line}, column ${col}`);
  }
  ws() {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.pos++;
      else break;
    }
  }
  string() {
    const t = this.text;
    const start = this.pos;
    if (t[this.pos] !== '"') this.fail("expected a string");
    this.pos++;
    while (this.pos < t.length) {
      const c = t[this.pos];
      if (c === "\\") this.pos += 2;
      else if (c === '"') {
        this.pos++;
        return JSON.parse(t.slice(start, this.pos));
      } else this.pos++;
    }
    this.fail("unterminated string");
  }
  /** Consumes `ch` when it is next. */
  eat(ch) {
    if (this.text[this.pos] !== ch) return false;
    this.pos++;
    return true;
  }
  /** From an opening bracket to its `close`: `member` reads each member (the i-th), commas between. */
  members(close, member) {
    this.pos++;
    this.ws();
    if (this.eat(close)) return;
    for (let i = 0; ; i++) {
      member(i);
      this.ws();
      if (this.eat(",")) continue;
      if (this.eat(close)) return;
      this.fail(`expected "," or "${close}"`);
    }
  }
  value(path2) {
    this.ws();
    const t = this.text;
    const c = t[this.pos];
    const start = this.pos;
    if (c === "{") {
      this.members("}", () => {
        this.ws();
        const key = this.string();
        this.ws();
        if (!this.eat(":")) this.fail('expected ":"');
        this.value(`${path2}\0${key}`);
      });
      return;
    }
    if (c === "[") {
      this.members("]", (i) => this.value(`${path2}\0${i}`));
      return;
    }
    if (c === '"') {
      const v = this.string();
      if (this.wanted.has(path2)) this.found.set(path2, { start, end: this.pos, value: v });
      return;
    }
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(t.slice(this.pos, this.pos + 64));
    if (!m) this.fail("unexpected character");
    this.pos += m[0].length;
    if (this.wanted.has(path2)) this.found.set(path2, { start, end: this.pos, value: void 0 });
  }
};
var keyOf = (path2) => ["", ...path2].join("\0");
function findJsonValues(text, paths) {
  const wanted = new Map(paths.map((p) => [keyOf(p), p]));
  const s = new Scanner(text.charCodeAt(0) === 65279 ? text : text, new Set(wanted.keys()));
  if (text.charCodeAt(0) === 65279) s.pos = 1;
  s.value("");
  s.ws();
  if (s.pos !== text.length) s.fail("unexpected text after the JSON document");
  const out = /* @__PURE__ */ new Map();
  for (const [k, p] of wanted) out.set(p, s.found.get(k));
  return out;
}
function replaceSpans(text, edits) {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.value + out.slice(e.end);
  return out;
}

// src/versioning/core/manifests/npm.ts
function scan(text, file, paths) {
  try {
    return findJsonValues(text, paths);
  } catch (err) {
    throw new VersionFileError(`${file} is not valid JSON: ${err.message}.`);
  }
}
var PackageJson = class {
  constructor(opts = {}) {
    this.opts = opts;
  }
  opts;
  kind = "package.json";
  span(text) {
    const file = fileLabel(this.opts, "package.json");
    const path2 = ["version"];
    const span = scan(text, file, [path2]).get(path2);
    if (!span || typeof span.value !== "string") throw new VersionFileError(`${file}: no top-level "version" string; add "version": "0.0.0" or use another version file.`);
    return span;
  }
  readVersion(text) {
    return this.span(text).value;
  }
  /** The `name` field (for workspace lock entries). */
  readName(text) {
    const path2 = ["name"];
    const v = scan(text, fileLabel(this.opts, "package.json"), [path2]).get(path2)?.value;
    return typeof v === "string" ? v : void 0;
  }
  updateContent(text) {
    const s = this.span(text);
    return replaceSpans(text, [{ start: s.start, end: s.end, value: JSON.stringify(targetVersion(this.opts, this.kind)) }]);
  }
};
var PackageLock = class {
  constructor(opts = {}) {
    this.opts = opts;
    this.entries = opts.entries ?? [""];
  }
  opts;
  kind = "package-lock.json";
  entries;
  spans(text) {
    const file = fileLabel(this.opts, "package-lock.json");
    const paths = this.entries.map((e) => ["packages", e, "version"]);
    const root = ["version"];
    if (this.entries.includes("")) paths.push(root);
    const found = scan(text, file, paths);
    return [...found.values()].filter((s) => s !== void 0 && typeof s.value === "string");
  }
  readVersion(text) {
    const s = this.spans(text);
    if (!s.length) throw new VersionFileError(`${fileLabel(this.opts, "package-lock.json")}: no root "version" entry.`);
    return s[0].value;
  }
  updateContent(text) {
    const v = JSON.stringify(targetVersion(this.opts, this.kind));
    return replaceSpans(
      text,
      this.spans(text).map((s) => ({ start: s.start, end: s.end, value: v }))
    );
  }
};
var NPM_LOCKS = ["npm-shrinkwrap.json", "package-lock.json"];
var npmFormat = {
  id: "npm",
  names: ["package.json"],
  docs: '`package.json` `version`, plus `package-lock.json` / `npm-shrinkwrap.json`: the root `version` and `packages[""]`, or the `packages["<member dir>"]` entry of a workspace member',
  create: (opts) => new PackageJson(opts),
  locks: [{ names: NPM_LOCKS, updater: (ctx) => new PackageLock({ version: ctx.version, entries: [ctx.member], file: ctx.file }) }]
};
var npmLockFormat = {
  id: "npm-lock",
  names: NPM_LOCKS,
  docs: '`package-lock.json` / `npm-shrinkwrap.json` named on its own: the root `version` and `packages[""]`',
  create: (opts) => new PackageLock(opts)
};

// src/versioning/core/manifests/pyproject.ts
var PyProject = class {
  constructor(opts = {}) {
    this.opts = opts;
  }
  opts;
  kind = "pyproject.toml";
  locate(text) {
    const file = fileLabel(this.opts, "pyproject.toml");
    const entries = scanToml(text);
    const found = [findTomlKey(entries, "project", "version"), findTomlKey(entries, "tool.poetry", "version")].filter(
      (e) => e?.value !== void 0
    );
    if (!found.length) {
      const dynamic = findTomlKey(entries, "project", "dynamic");
      const hint = dynamic && dynamic.raw.includes("version") ? " ([project] declares the version dynamic: point version-file at the file that holds it, with a version-pattern)" : "";
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
    for (const e of this.locate(text).sort((a, b) => b.valueStart - a.valueStart)) out = splice(out, e.valueStart, e.valueEnd, v);
    return out;
  }
};
var pyprojectFormat = {
  id: "pyproject",
  names: ["pyproject.toml"],
  docs: "`pyproject.toml` `[project] version` (PEP 621) and `[tool.poetry] version`, whichever are present",
  create: (opts) => new PyProject(opts)
};

// src/versioning/core/manifests/regex-file.ts
function compileVersionPattern(pattern) {
  let re;
  try {
    re = new RegExp(pattern, "gmd");
  } catch (err) {
    throw new VersionFileError(`is not a valid regular expression: ${err.message}`);
  }
  const groups = new RegExp(`${pattern}|`).exec("").length - 1;
  if (groups < 1) {
    throw new VersionFileError(`needs a capture group around the version, e.g. version = "(\\d+\\.\\d+\\.\\d+)" or (?<version>…); got ${pattern}`);
  }
  return re;
}
var RegexFile = class {
  constructor(opts) {
    this.opts = opts;
    try {
      this.re = compileVersionPattern(opts.pattern);
    } catch (err) {
      throw new VersionFileError(`${fileLabel(opts, "the version file")}: version-pattern ${err.message}`);
    }
  }
  opts;
  kind = "regex";
  re;
  spans(text) {
    const out = [];
    this.re.lastIndex = 0;
    for (const m of text.matchAll(this.re)) {
      const idx = m.indices;
      const span = idx.groups?.version ?? idx[1];
      const value = m.groups?.version ?? m[1];
      if (!span || value === void 0) continue;
      out.push({ start: span[0], end: span[1], value });
    }
    return out;
  }
  readVersion(text) {
    const s = this.spans(text);
    if (!s.length) {
      throw new VersionFileError(`${fileLabel(this.opts, "the version file")}: version-pattern ${this.opts.pattern} matches nothing; check the pattern against the file.`);
    }
    return s[0].value;
  }
  updateContent(text) {
    const v = targetVersion(this.opts, this.kind);
    let out = text;
    const spans = this.spans(text);
    if (!spans.length) this.readVersion(text);
    for (const s of spans.sort((a, b) => b.start - a.start)) out = splice(out, s.start, s.end, v);
    return out;
  }
};

// src/versioning/core/manifests/formats.ts
import { posix as posix2 } from "node:path";

// src/versioning/core/manifests/plain-version.ts
var PlainVersionFile = class {
  constructor(opts = {}) {
    this.opts = opts;
  }
  opts;
  kind = "VERSION";
  /** Offsets of the version token (after an optional `v`). */
  locate(text) {
    const file = fileLabel(this.opts, "VERSION");
    const m = /[^\s\uFEFF]+/.exec(text);
    if (!m) throw new VersionFileError(`${file}: no version found (the file should hold the version on its first line, e.g. 1.4.0).`);
    const start = m.index;
    const end = start + m[0].length;
    if (/^[^\S\r\n]*[^\s]/.test(text.slice(end))) {
      throw new VersionFileError(`${file}: the first line must hold the version alone (e.g. 1.4.0); for another layout set a version-pattern.`);
    }
    const v = /^v(?=\d)/.test(m[0]) ? 1 : 0;
    return { start: start + v, end, value: m[0].slice(v) };
  }
  readVersion(text) {
    return this.locate(text).value;
  }
  updateContent(text) {
    const at = this.locate(text);
    return splice(text, at.start, at.end, targetVersion(this.opts, this.kind).replace(/^v(?=\d)/, ""));
  }
};
var plainVersionFormat = {
  id: "plain",
  names: ["VERSION", "version.txt"],
  docs: "`VERSION` / `version.txt`: the version alone on the first line that holds anything (a leading `v` is kept)",
  create: (opts) => new PlainVersionFile(opts)
};

// src/versioning/core/manifests/formats.ts
var MANIFEST_FORMATS = [cargoFormat, npmFormat, npmLockFormat, pyprojectFormat, plainVersionFormat];
var PATTERN_FORMAT = {
  id: "regex",
  names: [],
  docs: "any file with a `version-pattern` (a regular expression with a capture group around the version): every match is rewritten",
  create: (opts) => new RegexFile({ ...opts, pattern: opts.pattern ?? "" })
};
var byName = /* @__PURE__ */ new Map();
for (const f of MANIFEST_FORMATS) {
  for (const n of f.names) {
    if (byName.has(n)) throw new Error(`manifest formats ${byName.get(n).id} and ${f.id} both claim ${n}`);
    byName.set(n, f);
  }
}
var baseName = (path2) => posix2.basename(path2.replace(/\\/g, "/"));
function formatFor(path2, versionPattern2) {
  if (versionPattern2) return PATTERN_FORMAT;
  return byName.get(baseName(path2));
}
function knownFileNames(opts = {}) {
  const names = MANIFEST_FORMATS.flatMap((f) => [...f.names, ...opts.locks ? (f.locks ?? []).flatMap((l) => l.names) : []]);
  return [...new Set(names)];
}
function knownFormatsText() {
  return knownFileNames().join(", ");
}
function updaterFor(path2, opts = {}) {
  const format = formatFor(path2, opts.versionPattern);
  if (!format) {
    throw new VersionFileError(
      `${path2}: unknown version-file format. Supported: ${knownFormatsText()}; for any other file set a version-pattern (a regex with a capture group around the version).`
    );
  }
  return format.create({ file: path2, ...opts.version ? { version: opts.version } : {}, ...opts.versionPattern ? { pattern: opts.versionPattern } : {} });
}

// src/versioning/manifest-writes.ts
function readText(cwd, file, what) {
  const full = resolve(cwd, file);
  try {
    return readFileSync2(full, "utf8");
  } catch (err) {
    const code = err.code;
    throw new RelforgeError(code === "ENOENT" ? `${what} "${file}" does not exist in ${cwd}.` : `${what} "${file}" cannot be read: ${err.message}`);
  }
}
function readVersionFile(cwd, file, versionPattern2, source = { field: "version-file" }) {
  const label = source.label ? `${source.label} ` : "";
  let text;
  try {
    text = readFileSync2(resolve(cwd, file), "utf8");
  } catch (err) {
    const missing = err.code === "ENOENT";
    throw fieldError(source.field, `${label}"${file}" ${missing ? `does not exist in ${cwd}; fix the path (relative to {{path}}) or remove it.` : `cannot be read: ${err.message}`}`);
  }
  let version;
  try {
    version = updaterFor(file, versionPattern2 ? { versionPattern: versionPattern2 } : {}).readVersion(text);
  } catch (err) {
    if (err instanceof VersionFileError) throw fieldError(source.field, `${label}${err.message}`);
    throw err;
  }
  version = version.trim().replace(/^v(?=\d)/, "");
  if (!isSemver(version)) {
    throw fieldError(source.field, `${label}"${file}" declares version "${version}", which is not a SemVer version (MAJOR.MINOR.PATCH); fix the file or the version-pattern.`);
  }
  return version;
}
function findUp(root, dir, names) {
  let d = dir;
  for (; ; ) {
    for (const n of names) {
      const p = join2(d, n);
      if (existsSync2(p)) return p;
    }
    if (d === root || !(d + sep).startsWith(root + sep)) return void 0;
    const parent = dirname(d);
    if (parent === d) return void 0;
    d = parent;
  }
}
var toPosix = (p) => p.split(sep).join(posix3.sep);
function insideRoot(root, full) {
  let real;
  try {
    real = realpathSync(full);
  } catch {
    return false;
  }
  const realRoot = realpathSync(root);
  return real === realRoot || real.startsWith(realRoot + sep);
}
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", "target"]);
function surroundings(root, dir) {
  return {
    read(path2) {
      const full = resolve(dir, path2);
      if (!insideRoot(root, full)) return void 0;
      try {
        return readFileSync2(full, "utf8");
      } catch {
        return void 0;
      }
    },
    dirs(glob) {
      const segments = glob.split("/").filter((s) => s !== "" && s !== ".");
      const magic = segments.findIndex((s) => /[*?[\]{}]/.test(s));
      if (magic < 0) return insideRoot(root, resolve(dir, glob)) ? [segments.join("/")] : [];
      const start = segments.slice(0, magic).join("/");
      const maxDepth = segments.includes("**") ? 8 : segments.length - magic;
      const out = [];
      const walk = (rel, depth) => {
        const full = resolve(dir, rel);
        if (!insideRoot(root, full)) return;
        let entries;
        try {
          entries = readdirSync(full, { withFileTypes: true });
        } catch {
          return;
        }
        for (const e of entries) {
          if (!e.isDirectory() || SKIP_DIRS.has(e.name)) continue;
          const child = rel ? `${rel}/${e.name}` : e.name;
          if (minimatch(child, segments.join("/"))) out.push(child);
          if (depth + 1 < maxDepth) walk(child, depth + 1);
        }
      };
      walk(start, 0);
      return out.sort();
    }
  };
}
function planManifestWrites(cwd, targets) {
  const root = resolve(cwd);
  const texts = /* @__PURE__ */ new Map();
  const load = (full, what) => {
    let e = texts.get(full);
    if (!e) {
      const original = readText(root, relative(root, full), what);
      e = { original, text: original };
      texts.set(full, e);
    }
    return e;
  };
  const wrap = (file, fn) => {
    try {
      return fn();
    } catch (err) {
      if (err instanceof VersionFileError) throw new RelforgeError(`Cannot rewrite ${file}: ${err.message} Nothing was written.`);
      throw err;
    }
  };
  for (const t of targets) {
    const full = resolve(root, t.path);
    const e = load(full, "manifest");
    const previous = e.text;
    const updater = updaterFor(t.path, { version: t.version, ...t.versionPattern ? { versionPattern: t.versionPattern } : {} });
    e.text = wrap(t.path, () => updater.updateContent(e.text));
    for (const rule of formatFor(t.path, t.versionPattern)?.locks ?? []) {
      const lock = findUp(root, dirname(full), [...rule.names]);
      if (!lock) continue;
      const file = toPosix(relative(root, lock));
      const member = toPosix(relative(dirname(lock), dirname(full)));
      const around = surroundings(root, dirname(full));
      const lockUpdater = wrap(t.path, () => rule.updater({ previous, manifest: e.text, version: t.version, member, file, around }));
      if (!lockUpdater) continue;
      const le = load(lock, "lock file");
      le.text = wrap(file, () => lockUpdater.updateContent(le.text));
    }
  }
  for (const [full, e] of texts) if (e.text === e.original) texts.delete(full);
  return texts;
}
function plannedPaths(cwd, planned) {
  const root = resolve(cwd);
  return [...planned.keys()].map((full) => relative(root, full).split(sep).join(posix3.sep)).sort();
}
function writeManifests(cwd, targets) {
  const planned = planManifestWrites(cwd, targets);
  const changed = [...planned.entries()];
  const suffix = `.relforge-${process.pid}-${process.hrtime.bigint().toString(36)}.tmp`;
  const temps = [];
  const replaced = [];
  try {
    for (const [full, e] of changed) {
      const mode = statSync(full).mode & 4095;
      writeFileSync(full + suffix, e.text, { mode });
      temps.push(full + suffix);
    }
    for (const [full, e] of changed) {
      renameSync(full + suffix, full);
      replaced.push([full, e.original]);
    }
  } catch (err) {
    for (const [full, original] of replaced) {
      try {
        writeFileSync(full, original);
      } catch {
      }
    }
    for (const t of temps) {
      try {
        unlinkSync(t);
      } catch {
      }
    }
    throw new RelforgeError(`Could not rewrite the manifests (${err.message}); the original files were restored, nothing was changed.`);
  }
  return plannedPaths(cwd, planned);
}

// src/versioning/settings.ts
import { isAbsolute, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";

// src/platform/vocabulary.ts
var TOKEN_ENV = ["RELFORGE_TOKEN", "GITHUB_TOKEN", "GITEA_TOKEN", "FORGEJO_TOKEN"];
var PACKAGE_TOKEN_ENV = ["PACKAGE_TOKEN", "RELFORGE_PACKAGE_TOKEN"];
var PRIVATE_KEY_ENV = ["MINISIGN_PRIVATE_KEY"];
var PASSWORD_ENV = ["MINISIGN_PASSWORD", "RELFORGE_KEY_PASSWORD"];
var PUBLIC_KEY_ENV = ["MINISIGN_PUBLIC_KEY"];
var forgeList = orList(FORGE_NAMES);
var VOCABULARY = {
  // --- the forge and its credentials ---
  token: {
    type: "string",
    secret: true,
    actionDefault: "${{ github.token }}",
    env: TOKEN_ENV,
    description: "Forge token (secret RELEASE_TOKEN, else the job token). Sent only to the API origin (and GitHub's uploads host), never to a URL an answer names."
  },
  forge: {
    type: "string",
    choices: FORGE_NAMES,
    description: `${forgeList}. Default is detected from the runner (${detectionText()}).`
  },
  "api-url": {
    type: "string",
    description: `API root, e.g. ${FORGE_NAMES.map((f) => forge(f).apiUrl(`https://${f}.example.com`)).join(" or ")}. Default is GITHUB_API_URL of the runner. https only (http for loopback addresses); no user name or password in it.`,
    cli: { metavar: "URL" }
  },
  repository: {
    type: "string",
    description: "owner/name of the repository. Default is GITHUB_REPOSITORY (the repository of the run).",
    cli: { metavar: "OWNER/NAME" }
  },
  "package-token": {
    type: "string",
    secret: true,
    env: PACKAGE_TOKEN_ENV,
    description: "Token of the update server or Gitea/Forgejo package registry the packages are uploaded to (secret PACKAGE_TOKEN): a token with write:package for the registry (the job token cannot write packages), the bearer token of an update server."
  },
  // --- git ---
  "tag-prefix": {
    type: "string",
    default: "v",
    description: 'Release tags are exactly "<prefix>MAJOR.MINOR.PATCH" (no leading zeros, prerelease or build part); every other tag is ignored. Any characters valid in a git tag (v, api-v, create-vite@, @scope/api-v); "none" for tags without a prefix (1.2.3).',
    cli: { metavar: "PREFIX" }
  },
  remote: { type: "string", default: "origin", description: "Git remote to read tags from and push to." },
  push: { type: "boolean", default: true, description: "Push to the remote. With false, only local refs are created." },
  tag: { type: "string", description: "The release tag (e.g. v1.2.3).", cli: { metavar: "TAG" } },
  commit: { type: "string", description: "The commit the release is of (full SHA).", cli: { metavar: "SHA" } },
  version: { type: "string", description: `The version released, without prefix (e.g. 0.4.0; a leading "v" is dropped). Usually next-version's "version" output.`, cli: { metavar: "X.Y.Z" } },
  // --- minisign keys ---
  "private-key": {
    type: "string",
    secret: true,
    env: PRIVATE_KEY_ENV,
    description: "A minisign secret key file's text (unencrypted or password-encrypted; base64 of the whole file, as Tauri stores it, also works), a PKCS#8 PEM of an Ed25519 key, or base64 of a raw 32-byte Ed25519 seed (secret MINISIGN_PRIVATE_KEY)."
  },
  password: {
    type: "string",
    secret: true,
    env: PASSWORD_ENV,
    description: "Password of an encrypted private-key (minisign key or PKCS#8 PEM; secret MINISIGN_PASSWORD)."
  },
  "public-key": {
    type: "string",
    env: PUBLIC_KEY_ENV,
    description: "The pinned minisign public key (variable MINISIGN_PUBLIC_KEY): the .pub file text or its RW… base64 line; on the command line also a path to the file.",
    cli: { pathOrValue: true, aliases: ["pubkey"], metavar: "KEY|FILE" }
  },
  // --- Azure (Trusted Signing) ---
  "azure-tenant-id": { type: "string", env: ["AZURE_TENANT_ID"], description: "Entra ID tenant (directory) ID of the Trusted Signing identity (secret AZURE_TENANT_ID).", cli: { aliases: ["tenant-id"], metavar: "ID" } },
  "azure-client-id": {
    type: "string",
    env: ["AZURE_CLIENT_ID"],
    description: 'Client ID of the app registration (or managed identity) holding the "Artifact Signing Certificate Profile Signer" role (secret AZURE_CLIENT_ID).',
    cli: { aliases: ["client-id"], metavar: "ID" }
  },
  "azure-client-secret": {
    type: "string",
    secret: true,
    env: ["AZURE_CLIENT_SECRET"],
    description: 'Client secret of that app registration (secret AZURE_CLIENT_SECRET). When empty, GitHub OIDC is used (needs "permissions id-token write" and a federated credential).'
  },
  "expected-subject": {
    type: "string",
    description: `Identity pin, e.g. "CN=Contoso Ltd, O=Contoso Ltd". Every attribute named must be in the signing certificate's subject.`,
    cli: { aliases: ["subject"], metavar: '"CN=…, O=…"' }
  },
  "expected-eku": { type: "list", separator: "lines", description: "EKU OID(s) the signing certificate must carry besides codeSigning, one per line.", cli: { aliases: ["eku"], metavar: "OID" } },
  // --- files and runs ---
  files: { type: "list", separator: "lines", description: "Files, one path or glob per line (relative to the workspace).", cli: { metavar: "GLOB" } },
  "allow-outside-workspace": {
    type: "boolean",
    default: false,
    description: "Sign files whose real path is outside the workspace and RUNNER_TEMP (refused by default: a symbolic link could point anywhere)."
  },
  timestamp: {
    type: "string",
    description: "The release time: unix seconds or an RFC 3339 date (e.g. the release commit's time). Default: SOURCE_DATE_EPOCH, else the commit time of HEAD in the workspace, else the clock.",
    cli: { metavar: "SECONDS|DATE" }
  },
  "output-dir": { type: "string", description: "Folder the files are written to.", cli: { metavar: "DIR" } },
  checksums: { type: "boolean", default: true, description: "Write a SHA256SUMS file listing every file (sha256sum -c format)." },
  write: { type: "boolean", default: false, description: "Rewrite the version-file / changed components' manifests (and their lock files) to the new version." },
  force: { type: "boolean", default: false, description: "Overwrite what exists." },
  "dry-run": { type: "boolean", default: false, description: "Report what would be done; change nothing." },
  json: { type: "boolean", default: false, only: "cli", description: "Print the whole result as JSON." },
  product: { type: "string", required: true, description: 'Product (package) name, e.g. "agent". Letters, digits, . _ + - only.', cli: { metavar: "NAME" } },
  format: {
    type: "string",
    default: "minisign",
    choices: ["minisign", "raw"],
    description: '"minisign" (FILE.minisig) or "raw" (FILE.sig = base64 of the 64-byte Ed25519 signature over the file bytes).'
  }
};
var VARIANTS = /* @__PURE__ */ new WeakMap();
function variant(name, why, changes) {
  const spec = { ...VOCABULARY[name], ...changes };
  VARIANTS.set(spec, { name, changed: Object.keys(changes), why });
  return spec;
}

// src/versioning/settings.ts
function componentTagPrefix(c, tagPrefix2) {
  return c.tagPrefix ?? `${c.name}-${tagPrefix2}`;
}
function relativeGlobProblem(p) {
  if (isAbsolute(p) || /^[A-Za-z]:/.test(p)) return `"${p}" must be relative to the repository root.`;
  if (p.split(/[\\/]/).includes("..")) return `"${p}" must stay inside the repository (no "..").`;
  return void 0;
}
async function scopeSettings(opts, p) {
  const tagPrefix2 = opts.tagPrefix ?? VOCABULARY["tag-prefix"].default;
  const prefixProblem = tagPrefixProblem(tagPrefix2);
  if (prefixProblem) p.add("tag-prefix", prefixProblem.replace(/^"[^"]*" /, `("${tagPrefix2}") `));
  const pre12 = opts.pre1 ?? "minor";
  if (pre12 !== "minor" && pre12 !== "major") p.add("pre-1-0", `must be minor or major, got "${String(pre12)}".`);
  const versioning2 = opts.versioning ?? "unified";
  if (versioning2 !== "unified" && versioning2 !== "independent") p.add("versioning", `must be unified or independent, got "${String(versioning2)}".`);
  const releaseTypes2 = (opts.releaseTypes?.length ? opts.releaseTypes : [...DEFAULT_RELEASE_TYPES]).map((t) => t.trim().toLowerCase()).filter(Boolean);
  for (const x of releaseTypesProblems(releaseTypes2)) p.add("release-types", `has ${x}; use a comma-separated list such as feat,fix,perf.`);
  const includePaths2 = (opts.includePaths ?? []).map((x) => x.trim().replace(/^(\.\/)+/, "")).filter(Boolean);
  for (const ip of includePaths2) {
    const problem = relativeGlobProblem(ip);
    if (problem) p.add("include-paths", `has ${problem}`);
  }
  let components2 = [];
  let pathFilter;
  const matchers = /* @__PURE__ */ new Map();
  if (opts.components && opts.components.trim() !== "" || includePaths2.length) {
    const { parseComponents, ComponentMatcher } = await import("../chunks/next-version.components-Z6D2TEXI.js");
    if (opts.components?.trim()) {
      try {
        components2 = parseComponents(opts.components);
      } catch (err) {
        if (!(err instanceof SettingsError)) throw err;
        p.include(err);
      }
    }
    for (const c of components2) {
      manifestProblems(c, p);
      matchers.set(c, new ComponentMatcher(c));
    }
    if (includePaths2.length) pathFilter = new ComponentMatcher({ name: "include-paths", paths: includePaths2, manifests: [] });
  }
  if (versioning2 === "independent" && !opts.components?.trim()) {
    p.add("versioning", "is independent but no {{components}} are configured; add components or use versioning: unified.");
  }
  if (versioning2 === "independent" && includePaths2.length) {
    p.add("include-paths", "applies to unified versioning; with versioning: independent each component's paths select its commits.");
  }
  return { tagPrefix: tagPrefix2, includePaths: includePaths2, ...pathFilter ? { pathFilter } : {}, components: components2, matchers, versioning: versioning2, releaseTypes: releaseTypes2, pre1: pre12 };
}
function manifestProblems(c, p) {
  for (const m of c.manifests) {
    if (!m.versionPattern) {
      try {
        updaterFor(m.path);
      } catch {
        p.add(
          "components",
          `(component "${c.name}"): manifest "${m.path}" has no known format (${knownFormatsText()}); give it as {path: ${m.path}, version-pattern: <regex with a capture group>}.`
        );
      }
      continue;
    }
    try {
      compileVersionPattern(m.versionPattern);
    } catch (err) {
      p.add("components", `(component "${c.name}"): the version-pattern of ${m.path} ${err.message}`);
    }
  }
}
function versionFileSettings(cwd, file, pattern, p) {
  let versionFile2;
  if (file) {
    versionFile2 = file.replace(/^(\.\/)+/, "");
    const rel = relative2(resolve2(cwd), resolve2(cwd, versionFile2));
    if (isAbsolute(versionFile2) || rel === "" || rel.split(sep2)[0] === "..") p.add("version-file", `("${file}") must be a file inside the repository (a path relative to {{path}}).`);
  }
  if (pattern) {
    try {
      compileVersionPattern(pattern);
    } catch (err) {
      p.add("version-pattern", err.message);
    }
    if (!versionFile2) p.add("version-pattern", "is set but {{version-file}} is not; set version-file to the file the pattern applies to.");
  } else if (versionFile2) {
    try {
      updaterFor(versionFile2);
    } catch (err) {
      p.add("version-file", `is of an ${err.message.replace(/^[^:]*: unknown/, "unknown")}`);
    }
  }
  return { ...versionFile2 ? { versionFile: versionFile2 } : {}, ...pattern ? { versionPattern: pattern } : {} };
}

// src/versioning/core/early-walk.ts
function strictTagGlobs(prefix, skip = []) {
  const p = escapeGlob(prefix);
  return { match: `${p}[0-9]*`, exclude: [`${p}*-*`, `${p}*+*`, ...skip.map(escapeGlob)] };
}
function earlyWalk(prefix, skip, files) {
  const { match, exclude } = strictTagGlobs(prefix, skip);
  return { range: ["HEAD", "--not", ...exclude.map((e) => `--exclude=${e}`), `--tags=${match}`], opts: { files, tags: true, boundary: true } };
}

// src/versioning/release-range.ts
async function describeCandidate(git, match, strict, first, exclude) {
  for (let i = 0; i < 20; i++) {
    const found = await (i === 0 ? first : git.describeNearestTag(match, exclude));
    if (found === void 0 || strict.has(found)) return { candidate: found, resolved: true };
    exclude.push(escapeGlob(found));
  }
  return { candidate: void 0, resolved: false };
}
async function findBaseTag(git, prefix, tagNames, skip = []) {
  const { match, exclude } = strictTagGlobs(prefix, skip);
  const firstDescribe = git.describeNearestTag(match, exclude);
  firstDescribe.catch(() => void 0);
  const strict = /* @__PURE__ */ new Map();
  const tags = await tagNames;
  const targets = tags instanceof Map ? tags : void 0;
  for (const t of tags instanceof Map ? tags.keys() : tags) {
    const v = parseStrictTag(t, prefix);
    if (v !== void 0 && !skip.includes(t)) strict.set(t, v);
  }
  if (strict.size === 0) return { unreachableHigher: [] };
  let { candidate, resolved } = await describeCandidate(git, match, strict, firstDescribe, exclude);
  if (!resolved) {
    const merged = await git.tagsMergedInto([...strict.keys()]);
    candidate = [...merged].filter((t) => strict.has(t)).sort((a, b) => compareVersions(strict.get(b), strict.get(a)))[0];
  }
  const candidateVersion = candidate !== void 0 ? strict.get(candidate) : void 0;
  const higher = [...strict.entries()].filter(([, v]) => candidateVersion === void 0 || compareStrictVersions(v, candidateVersion) > 0).sort((a, b) => compareVersions(b[1], a[1]) || (a[0] < b[0] ? -1 : 1));
  const { best, unreachable } = await highestReachable(git, candidate !== void 0 ? [candidate, candidateVersion] : void 0, higher);
  if (!best) return { unreachableHigher: unreachable };
  const sha = targets?.get(best[0]);
  return { tag: best[0], version: best[1], ...sha ? { sha } : {}, unreachableHigher: unreachable };
}
async function highestReachable(git, candidate, higher) {
  const unreachable = [];
  if (candidate === void 0) {
    return { best: void 0, unreachable: higher.map(([t]) => t) };
  }
  if (higher.length === 0) return { best: candidate, unreachable };
  if (higher.length <= 4) {
    for (const h of higher) {
      if (await git.isAncestor(`refs/tags/${h[0]}`, "HEAD")) return { best: h, unreachable };
      unreachable.push(h[0]);
    }
    return { best: candidate, unreachable };
  }
  const merged = await git.tagsMergedInto(higher.map(([t]) => t));
  for (const h of higher) {
    if (merged.has(h[0])) return { best: h, unreachable };
    unreachable.push(h[0]);
  }
  return { best: candidate, unreachable };
}
function highestStrictTag(tags, prefix, skip = []) {
  let best;
  const top = [0, 0, 0];
  const v = [0, 0, 0];
  for (const tag of tags.keys()) {
    if (!tag.startsWith(prefix) || tag.indexOf("-", prefix.length) >= 0 || !readStrictVersion(tag, prefix.length, tag.length, v)) continue;
    if (skip.length && skip.includes(tag)) continue;
    if (best === void 0 || compareTriples(v, top) > 0) {
      best = tag;
      top[0] = v[0];
      top[1] = v[1];
      top[2] = v[2];
    }
  }
  return best === void 0 ? void 0 : { tag: best, sha: tags.get(best) };
}
function strictTagNames(tags, prefix, skip = []) {
  const out = [];
  for (const t of tags) if (parseStrictTag(t, prefix) !== void 0 && !skip.includes(t)) out.push(t);
  return out;
}
function carriesReleaseTag(c, prefix, skip = []) {
  return !c.boundary && !!c.tags?.length && strictTagNames(c.tags, prefix, skip).length > 0;
}
async function excludingReleased(git, tags, prefix, skip) {
  const reachable = await git.tagsMergedInto(strictTagNames(tags, prefix, skip));
  return ["HEAD", "--not", ...[...reachable].sort().map((t) => `refs/tags/${t}`)];
}
function commitsSince(git, base2, files, cache, line) {
  const key = `${base2.tag ?? ""}\0${files}`;
  const hit = cache?.get(key);
  if (hit) return hit;
  const read = async () => {
    const ref = base2.tag ? base2.sha ?? `refs/tags/${base2.tag}` : void 0;
    const [first, sha] = await Promise.all([git.logCommits(ref ? [`${ref}..HEAD`] : ["HEAD"], { files }), ref ? git.commitOf(ref) : void 0]);
    let raw = first;
    if (line && raw.some((c) => carriesReleaseTag(c, line.prefix, line.skip))) {
      raw = await git.logCommits(await excludingReleased(git, line.tags, line.prefix, line.skip), { files });
    }
    return { raw, ...sha ? { sha } : {} };
  };
  const p = read();
  cache?.set(key, p);
  return p;
}
var HoldsReleased = class extends Error {
};
async function streamReleaseRange(git, q, onCommit, onRestart = () => void 0) {
  const early = q.speculate ? speculateTail(git, q) : void 0;
  const tags = await q.tags;
  try {
    return await streamTail(
      git,
      q,
      tags,
      early,
      (c) => {
        if (carriesReleaseTag(c, q.prefix, q.skip)) throw new HoldsReleased();
        onCommit(c);
      },
      onRestart
    );
  } catch (err) {
    if (!(err instanceof HoldsReleased)) throw err;
  }
  onRestart();
  const [base2, revs] = await Promise.all([findBaseTag(git, q.prefix, tags, q.skip), excludingReleased(git, tags.keys(), q.prefix, q.skip)]);
  const ref = base2.tag ? base2.sha ?? `refs/tags/${base2.tag}` : void 0;
  const [, sha] = await Promise.all([git.streamCommits(revs, { files: q.files }, onCommit), ref ? git.commitOf(ref) : void 0]);
  return { base: base2, ...sha ? { baseSha: sha } : {} };
}
function speculateTail(git, q) {
  const { range, opts } = earlyWalk(q.prefix, q.skip, !!q.files);
  const commits = [];
  const boundary = [];
  let cancelled = false;
  const walk = git.streamCommits(range, opts, (c) => {
    if (cancelled) throw new Error("cancelled");
    (c.boundary ? boundary : commits).push(c);
  }).then(
    () => cancelled ? void 0 : { commits, boundary },
    () => void 0
  );
  return { walk, cancel: () => cancelled = true };
}
function tagBase(h, prefix) {
  return { tag: h.tag, version: parseStrictTag(h.tag, prefix), sha: h.sha, unreachableHigher: [] };
}
async function streamTail(git, q, tags, early, onCommit, onRestart) {
  const h = highestStrictTag(tags, q.prefix, q.skip);
  if (early) {
    if (!h) early.cancel();
    const walked = h ? await early.walk : void 0;
    const at = walked?.boundary.find((c) => c.tags?.includes(h.tag));
    if (h && walked && at && walked.commits.length > 0) {
      const others = walked.boundary.filter((c) => c !== at).map((c) => c.sha);
      if (await git.allReachableFrom(others, at.sha)) {
        for (const c of walked.commits) onCommit(c);
        return { base: tagBase(h, q.prefix), baseSha: at.sha };
      }
    }
  }
  const opts = { files: q.files, tags: true };
  if (h) {
    let commit;
    let handed = false;
    await git.streamCommits([`${h.sha}..HEAD`], { ...opts, boundary: true }, (c) => {
      if (c.boundary) {
        if (c.tags?.includes(h.tag)) commit = c.sha;
        return;
      }
      handed = true;
      onCommit(c);
    });
    const base3 = tagBase(h, q.prefix);
    if (commit) return { base: base3, baseSha: commit };
    if (!handed) {
      const [peeled, head] = (await git.text(["rev-parse", `${h.sha}^{commit}`, "HEAD"])).split("\n");
      if (peeled === head) return { base: base3, baseSha: peeled };
    } else {
      onRestart();
    }
  }
  const base2 = await findBaseTag(git, q.prefix, tags, q.skip);
  const ref = base2.tag ? base2.sha ?? `refs/tags/${base2.tag}` : void 0;
  const [, sha] = await Promise.all([git.streamCommits(ref ? [`${ref}..HEAD`] : ["HEAD"], opts, onCommit), ref ? git.commitOf(ref) : void 0]);
  return { base: base2, ...sha ? { baseSha: sha } : {} };
}
async function readReleaseRange(git, q) {
  let range;
  if (q.cache) {
    const [base2, tags] = await Promise.all([findBaseTag(git, q.prefix, q.tags, q.skip), q.tags]);
    const { raw: raw2, sha } = await commitsSince(git, base2, q.files, q.cache, { prefix: q.prefix, tags: [...tags.keys()], ...q.skip ? { skip: q.skip } : {} });
    range = { base: base2, ...sha ? { baseSha: sha } : {}, all: raw2 };
  } else {
    const all = [];
    const { base: base2, baseSha } = await streamReleaseRange(git, q, (c) => all.push(c), () => all.length = 0);
    range = { base: base2, ...baseSha ? { baseSha } : {}, all };
  }
  const raw = q.paths ? range.all.filter((r) => r.files && q.paths.matchesAny(r.files)) : range.all;
  return { ...range, raw };
}
function prereleaseTagsIn(commits, prefix) {
  const out = [];
  for (const c of commits) for (const t of c.tags ?? []) if (parsePrereleaseTag(t, prefix) !== void 0) out.push(t);
  return out.sort((a, b) => compareVersions(parsePrereleaseTag(b, prefix), parsePrereleaseTag(a, prefix)));
}

// src/versioning/strategies.ts
function shallowError(cwd) {
  return new RelforgeError(
    `${cwd} is a shallow clone and no release tag is reachable from HEAD, so the commits since the last release cannot be read. Fetch the full history and tags: actions/checkout with "fetch-depth: 0" (or run "git fetch --unshallow --tags").`
  );
}
var SHALLOW_WARNING = "This is a shallow clone: release tags beyond the fetched history are invisible. Use fetch-depth: 0.";
function forcedBy(f) {
  return f.source === "input" ? "the release-as input" : `the Release-As footer of ${f.sha.slice(0, 7)} ("${f.subject}")`;
}
function reasonOf(d, baseLabel, lifted) {
  let text;
  if (d.forced) {
    text = `${d.forced.version} forced by ${forcedBy(d.forced)} (${d.bump} since ${baseLabel}; the commits alone give ${d.forced.computed})`;
  } else if (d.bump === "none") text = `no commit since ${baseLabel} releases (${d.commits} commit(s): only non-releasing types or non-conventional messages)`;
  else {
    const what = d.bump === "major" ? "breaking change" : d.bump === "minor" ? "feat commit" : "releasing commit";
    text = `${d.bump}: ${d.decidingTotal} ${what}(s) since ${baseLabel}`;
  }
  if (lifted) text += `; lifted from ${lifted.from} to ${lifted.to}, because the prerelease ${lifted.above} is reachable from HEAD and a stable release must not sort below it`;
  return text;
}
var decidingOf = (d) => d.deciding;
var UnifiedVersioning = class {
  constructor(s) {
    this.s = s;
  }
  s;
  async propose(git, tags, probe) {
    const s = this.s;
    const files = s.components.length > 0 || !!s.pathFilter;
    const range = await readReleaseRange(git, { prefix: s.tagPrefix, tags, files, ...s.pathFilter ? { paths: s.pathFilter } : {}, speculate: true });
    const { shallow } = await probe;
    if (!range.base.tag && shallow) throw shallowError(s.cwd);
    let previous = range.base.version ?? "0.0.0";
    let baseSource = range.base.tag ? "tag" : "none";
    if (!range.base.tag && s.versionFile) {
      previous = readVersionFile(s.cwd, s.versionFile, s.versionPattern);
      baseSource = "version-file";
    }
    const decision = decideBump(classifyCommits(range.raw), previous, s);
    const changed = s.components.filter((c) => range.raw.some((r) => r.files && s.matchers.get(c).matchesAny(r.files)));
    const line = {
      prefix: s.tagPrefix,
      previous,
      version: decision.version,
      bump: decision.bump,
      manifests: changed.flatMap((c) => c.manifests),
      ...range.base.tag ? { base: range.base.tag } : {},
      since: range.all.length,
      ...decision.forced ? { forced: forcedBy(decision.forced) } : {}
    };
    const baseLabel = range.base.tag ?? (baseSource === "version-file" ? `the start (version file: ${previous})` : "the start of history");
    return {
      lines: [line],
      warnings: shallow ? [SHALLOW_WARNING] : [],
      result: (head) => this.result(range, decision, line, { baseSource, baseLabel, changed, head })
    };
  }
  result(range, decision, line, x) {
    const s = this.s;
    const components2 = s.components.map((c) => {
      const touched = x.changed.includes(c);
      const bump = touched ? line.bump : "none";
      const version = bump === "none" ? line.previous : line.version;
      return { name: c.name, previous: line.previous, version, bump, tag: formatTag(s.tagPrefix, version), manifests: c.manifests.map((m) => m.path) };
    });
    return {
      version: line.version,
      tag: formatTag(s.tagPrefix, line.version),
      previousVersion: line.previous,
      ...range.base.tag ? { previousTag: range.base.tag, ...range.baseSha ? { baseSha: range.baseSha } : {} } : {},
      bump: line.bump,
      released: line.bump !== "none",
      commits: decision.commits,
      changedComponents: x.changed.map((c) => c.name),
      components: components2,
      ignoredPrereleaseTags: prereleaseTagsIn(range.all, s.tagPrefix),
      deciding: decidingOf(decision),
      decidingTotal: decision.decidingTotal,
      countsByType: decision.countsByType,
      breakingCount: decision.breakingCount,
      cancelledReverts: decision.cancelled,
      reason: reasonOf(decision, x.baseLabel, line.lifted),
      ...decision.forced ? { forced: decision.forced } : {},
      ...line.lifted ? { lifted: line.lifted } : {},
      baseSource: x.baseSource,
      unreachableHigherTags: range.base.unreachableHigher,
      versioning: "unified",
      ...s.includePaths.length ? { includePaths: s.includePaths } : {},
      headSha: x.head
    };
  }
};
var IndependentVersioning = class {
  constructor(s) {
    this.s = s;
  }
  s;
  async propose(git, tags, probe) {
    const s = this.s;
    const cache = /* @__PURE__ */ new Map();
    const outcomes = await Promise.all(
      s.components.map(async (c) => {
        const prefix = componentTagPrefix(c, s.tagPrefix);
        const range = await readReleaseRange(git, { prefix, tags, files: true, paths: s.matchers.get(c), cache });
        return this.outcome(c, prefix, range);
      })
    );
    const { shallow } = await probe;
    if (shallow && outcomes.some((o) => !o.range.base.tag)) throw shallowError(s.cwd);
    return { lines: outcomes.map((o) => o.line), warnings: shallow ? [SHALLOW_WARNING] : [], result: (head) => this.result(outcomes, head) };
  }
  outcome(c, prefix, range) {
    const s = this.s;
    let previous = range.base.version ?? "0.0.0";
    if (!range.base.tag && c.manifests[0]) {
      const first = c.manifests[0];
      previous = readVersionFile(s.cwd, first.path, first.versionPattern, { field: "components", label: `(component "${c.name}"): manifest` });
    }
    const decision = decideBump(classifyCommits(range.raw), previous, s);
    const line = {
      prefix,
      previous,
      version: decision.version,
      bump: decision.bump,
      manifests: c.manifests,
      component: c,
      ...range.base.tag ? { base: range.base.tag } : {},
      since: range.all.length,
      ...decision.forced ? { forced: forcedBy(decision.forced) } : {}
    };
    return { line, decision, range };
  }
  result(outcomes, head) {
    const s = this.s;
    const deciding = [];
    const seen = /* @__PURE__ */ new Map();
    const ignored = /* @__PURE__ */ new Set();
    let overall = "none";
    const components2 = outcomes.map(({ line, decision, range }) => {
      for (const r of range.raw) seen.set(r.sha, r);
      for (const t of prereleaseTagsIn(range.all, line.prefix)) ignored.add(t);
      overall = maxBump(overall, line.bump);
      for (const d of decision.deciding) if (!deciding.some((x) => x.sha === d.sha)) deciding.push(d);
      const name = line.component.name;
      const reason = reasonOf(decision, range.base.tag ?? "the start of history", line.lifted);
      return {
        name,
        previous: line.previous,
        version: line.version,
        bump: line.bump,
        tag: formatTag(line.prefix, line.version),
        manifests: line.manifests.map((m) => m.path),
        ...range.base.tag ? { previousTag: range.base.tag } : {},
        commits: range.raw.length,
        reason,
        ...line.lifted ? { lifted: line.lifted } : {}
      };
    });
    const { countsByType: counts, breakingCount } = countTypes(classifyCommits([...seen.values()]));
    const releasing = components2.filter((c) => c.bump !== "none");
    const single = releasing.length === 1 ? releasing[0] : void 0;
    return {
      // One repository-wide version does not exist here; when exactly one component releases, it is that one.
      version: single?.version ?? "",
      tag: single?.tag ?? "",
      previousVersion: single?.previous ?? "",
      ...single?.previousTag ? { previousTag: single.previousTag } : {},
      bump: overall,
      released: overall !== "none",
      commits: seen.size,
      changedComponents: outcomes.filter((o) => o.range.raw.length).map((o) => o.line.component.name),
      components: components2,
      ignoredPrereleaseTags: [...ignored],
      deciding: deciding.slice(0, 10),
      countsByType: counts,
      breakingCount,
      reason: releasing.length ? releasing.map((c) => `${c.name} ${c.reason}`).join("; ") : "no component has a releasing commit since its base",
      ...single?.lifted ? { lifted: single.lifted } : {},
      unreachableHigherTags: outcomes.flatMap((o) => o.range.base.unreachableHigher),
      versioning: "independent",
      headSha: head
    };
  }
};

// src/versioning/summary.ts
var short = (sha) => sha.slice(0, 7);
function header(r, lines) {
  if (r.versioning === "independent") {
    lines.push(`## next-version: ${r.released ? `${r.components.filter((c) => c.bump !== "none").length} component(s) release` : "no release"}`, "");
    lines.push("| component | previous | next | bump | tag | commits |", "|---|---|---|---|---|---|");
    for (const c of r.components) {
      lines.push(`| ${c.name} | ${c.previousTag ?? c.previous} | ${c.version} | ${c.bump} | ${c.bump !== "none" ? `\`${c.tag}\`` : "–"} | ${c.commits ?? 0} |`);
    }
    lines.push("");
    for (const c of r.components) if (c.reason && c.bump !== "none") lines.push(`- ${c.name}: ${escapeMd(c.reason)}`);
    return;
  }
  lines.push(`## next-version: ${r.released ? `\`${r.tag}\` (${r.bump})` : `no release (stays ${r.previousVersion})`}`, "");
  const base2 = r.previousTag !== void 0 ? `\`${r.previousTag}\` (${short(r.baseSha ?? "")})` : r.baseSource === "version-file" ? `no release tag; version file says ${r.previousVersion}` : "no release tag; starting from 0.0.0";
  lines.push(`- Base: ${base2}`);
  lines.push(`- Commits since base: ${r.commits}${r.includePaths?.length ? ` (only those touching ${r.includePaths.map((p) => escapeMd(p)).join(", ")})` : ""}`);
  lines.push(`- Why: ${escapeMd(r.reason)}`);
}
function renderNextVersionSummary(r) {
  const lines = [];
  header(r, lines);
  const counts = Object.entries(r.countsByType).sort((a, b) => b[1] - a[1]);
  if (counts.length) lines.push(`- By type: ${counts.map(([t, n]) => `${t} ${n}`).join(", ")}${r.breakingCount ? ` (breaking: ${r.breakingCount})` : ""}`);
  if (r.deciding.length) {
    const more = (r.decidingTotal ?? r.deciding.length) - r.deciding.length;
    lines.push(`- Decided by${more > 0 ? ` (first ${r.deciding.length} of ${r.decidingTotal})` : ""}:`);
    for (const d of r.deciding) lines.push(`  - \`${short(d.sha)}\` ${escapeMd(d.subject)}${d.breaking ? " **(breaking)**" : ""}`);
  } else {
    lines.push("- No commit asks for a release (only non-releasing types or non-conventional messages).");
  }
  if (r.cancelledReverts?.length) {
    lines.push(`- Reverted within the range (neither counts): ${r.cancelledReverts.map((c) => `\`${short(c.reverted)}\` by \`${short(c.revert)}\``).join(", ")}`);
  }
  if (r.ignoredPrereleaseTags.length) {
    const list = r.ignoredPrereleaseTags.slice(0, 20).map((t) => `\`${t}\``).join(", ");
    lines.push(`- Prerelease tags ignored (never a base): ${list}${r.ignoredPrereleaseTags.length > 20 ? `, … (${r.ignoredPrereleaseTags.length} in all)` : ""}`);
  }
  if (r.unreachableHigherTags?.length) {
    lines.push(`- Higher release tags not reachable from HEAD (ignored): ${r.unreachableHigherTags.slice(0, 10).map((t) => `\`${t}\``).join(", ")}`);
  }
  if (r.versioning !== "independent" && r.components.length) lines.push(`- Changed components: ${r.changedComponents.length ? r.changedComponents.join(", ") : "none"}`);
  if (r.written.length) lines.push(`- Rewritten: ${r.written.map((w) => `\`${w}\``).join(", ")}`);
  else if (r.plannedFiles?.length) lines.push(`- Would rewrite: ${r.plannedFiles.map((w) => `\`${w}\``).join(", ")}`);
  for (const w of r.warnings ?? []) lines.push(`- ⚠️ ${escapeMd(w)}`);
  return lines.join("\n") + "\n";
}
function escapeMd(text) {
  return text.replace(/[<>|`*_[\]\\]/g, "\\$&");
}

// src/versioning/next-version.ts
async function nextVersionSettings(opts) {
  const p = new Problems();
  const scope2 = await scopeSettings(opts, p);
  const vf = versionFileSettings(opts.cwd, opts.versionFile, opts.versionPattern, p);
  const releaseAs2 = opts.releaseAs?.trim() || void 0;
  if (releaseAs2) {
    const problem = releaseAsProblem(releaseAs2);
    if (problem) p.add("release-as", problem);
    else if (scope2.versioning === "independent") p.add("release-as", 'forces one version, which independent versioning does not have; put a "Release-As: X.Y.Z" footer in a commit touching the component instead.');
  }
  p.throwIfAny();
  return {
    ...scope2,
    ...vf,
    cwd: resolve3(opts.cwd),
    write: !!opts.write,
    prefixMismatch: opts.prefixMismatch ?? "fail",
    planFiles: !!opts.planFiles,
    forPrerelease: !!opts.forPrerelease,
    ...releaseAs2 ? { releaseAs: releaseAs2 } : {}
  };
}
async function computeNextVersion(opts) {
  try {
    return await nextVersion(opts);
  } finally {
    discardPrefetched();
  }
}
async function nextVersion(opts) {
  const s = await nextVersionSettings(opts);
  if (!existsSync3(s.cwd)) throw fieldError("path", `(${s.cwd}) does not exist.`);
  const git = new Git(s.cwd);
  const probeP = Promise.resolve().then(() => git.state());
  const tagsP = probeP.then((st) => st.tags);
  probeP.catch(() => void 0);
  tagsP.catch(() => void 0);
  const strategy = s.versioning === "unified" ? new UnifiedVersioning(s) : new IndependentVersioning(s);
  const outcomeP = strategy.propose(git, tagsP, probeP);
  outcomeP.catch(() => void 0);
  const { head } = await probeP;
  discardPrefetched();
  if (!head) throw new RelforgeError(`${s.cwd}: the current branch has no commits yet; commit something before computing a version.`);
  const tags = await tagsP;
  const warnings = [];
  const outcome = await outcomeP;
  const mismatch = await prefixMismatch(git, tags, outcome.lines, s.prefixMismatch);
  if (mismatch) warnings.push(mismatch);
  warnings.push(...farBaseWarnings(tags.keys(), outcome.lines));
  warnings.push(...outcome.warnings);
  for (const line of outcome.lines) await guardLine(git, tags, line, s.forPrerelease);
  const result = outcome.result(head);
  const targets = writeTargets(s, outcome.lines);
  const written = s.write && targets.length ? writeManifests(s.cwd, targets) : [];
  const planned = s.planFiles && targets.length ? plannedPaths(s.cwd, planManifestWrites(s.cwd, targets)) : s.planFiles ? [] : void 0;
  return { ...result, written, ...planned ? { plannedFiles: planned } : {}, warnings, tagPrefix: s.tagPrefix };
}
async function guardLine(git, tags, line, forPrerelease) {
  if (line.bump === "none") return;
  const lift = await liftAbovePrereleases(git, tags, line.prefix, line.version);
  if (lift && line.forced) {
    throw new RelforgeError(
      `${line.component ? `Component "${line.component.name}": ` : ""}${line.version} is forced by ${line.forced}, but the prerelease ${lift.above} is reachable from HEAD and ${line.version} would sort below it (updaters that run ${lift.above} would never take it). Nothing was written. Force ${lift.to} or higher (release-as wins over footers).`
    );
  }
  if (lift) {
    line.lifted = lift;
    line.version = lift.to;
  }
  await refuseExistingTag(git, tags, formatTag(line.prefix, line.version), line.component ? `Component "${line.component.name}": the proposed tag` : "The proposed tag", line.lifted, forPrerelease);
}
function writeTargets(s, lines) {
  const targets = [];
  for (const line of lines) {
    if (line.bump === "none") continue;
    if (!line.component && s.versionFile) targets.push({ path: s.versionFile, versionPattern: s.versionPattern, version: line.version });
    for (const m of line.manifests) targets.push({ path: m.path, versionPattern: m.versionPattern, version: line.version });
  }
  return targets;
}

// src/versioning/options.ts
var path = stringDefault(".", "Repository directory (check it out with fetch-depth 0 so tags and history are present).", "DIR");
var tagPrefix = VOCABULARY["tag-prefix"];
var versionFile = stringOption(
  `${knownFormatsText()}, or any file with "version-pattern". Its version is the base when no release tag exists; rewritten when "write" is true.`,
  "FILE"
);
var versionPattern = stringOption(
  'Regular expression (multi-line) with a capture group around the version (named "version" or the first group), for a version-file of another format.',
  "REGEX"
);
var pre1 = choiceOption("minor", ["minor", "major"], 'While the base major is 0, a breaking change bumps the minor version ("minor") or goes to 1.0.0 ("major").');
var releaseTypes = {
  type: "list",
  default: "feat,fix,perf",
  description: "Commit types that release (comma or newline separated). feat bumps minor, the others patch; breaking changes always release. The release notes list exactly the commits that release.",
  cli: { metavar: "TYPES" }
};
var includePaths = {
  type: "list",
  separator: "lines",
  description: "One package of many with unified versioning: only commits touching these paths count (one glob per line, e.g. packages/create-vite/**).",
  cli: { metavar: "GLOB", aliases: ["include-path"] }
};
var components = {
  type: "string",
  description: 'Monorepo components as YAML: name: {paths: [globs], manifests: [files], tag-prefix: …} per component (tag-prefix: independent versioning; default "<name>-<tag-prefix>").',
  cli: { metavar: "YAML", fileFlag: true }
};
var versioning = choiceOption(
  "unified",
  ["unified", "independent"],
  `"unified" (one version; only changed components' manifests are rewritten) or "independent" (each component has its own tags, base and bump).`
);
var json = VOCABULARY.json;
var remote = VOCABULARY.remote;
var token = variant("token", "git pushes with it; empty means the credentials actions/checkout persisted, so no job-token default", {
  actionDefault: void 0,
  description: "Token for pushing to an HTTPS remote (contents: write; e.g. secrets.RELEASE_TOKEN || github.token). Passed to git through the environment, never on the command line. Not needed when actions/checkout persisted credentials."
});
var authorName = { type: "string", description: "Commit author / tagger name. Default is git config user.name, else github-actions[bot]." };
var authorEmail = {
  type: "string",
  description: "Commit author / tagger email. Default is git config user.email, else the github-actions[bot] noreply address."
};
var scope = {
  "tag-prefix": tagPrefix,
  "version-file": versionFile,
  "version-pattern": versionPattern,
  "pre-1-0": pre1,
  "release-types": releaseTypes,
  "include-paths": includePaths,
  components,
  versioning
};
var writer = { token, "author-name": authorName, "author-email": authorEmail };
var local = (dryRunWhat) => ({ path, "dry-run": variant("dry-run", "says what this step skips", { description: dryRunWhat }), json });
var channel = stringDefault("beta", 'Prerelease identifier (letters, digits, "-"), e.g. beta, rc, nightly.', "ID");
var base = stringDefault(
  "next",
  'Version the prerelease leads to. "next" = what next-version computes from the commits since the last stable tag (next patch when nothing is releasable); "manifest" = the version in version-file; or an explicit X.Y.Z.',
  "next|manifest|X.Y.Z"
);
var number = stringDefault(
  "auto",
  '"auto" = 1 + the highest existing <base>-<channel>.N (local and remote tags; the first one is "first-number"), or an explicit integer 0 or more (e.g. the run number of the workflow; note Gitea run numbers are repository-wide and act always gives 1).',
  "auto|N"
);
var firstNumber = choiceOption(
  "1",
  ["1", "0"],
  'The N of the first prerelease of a version with number "auto": 1 (beta.1) or 0 (rc.0, as nuxt and angular-cli tag). Later ones continue from the highest existing N (rc.0 → rc.1).'
);
var releaseAs = stringOption(
  'Force the next version: X.Y.Z (a leading "v" is dropped), above the base, instead of what the commits give. Wins over "Release-As: X.Y.Z" commit footers, which force it too (the highest footer since the base). Unified versioning only. Empty: the commits (and footers) decide.',
  "X.Y.Z"
);
var channels = {
  type: "list",
  description: 'The prerelease channels allowed (comma or newline separated, e.g. alpha,beta,rc); any other channel is refused with this list. Empty: any prerelease identifier except "stable" and names one edit away from it (stabel, sable, stable1: refused with "did you mean").',
  cli: { metavar: "IDS" }
};
var prereleaseScheme = choiceOption(
  "channel",
  ["channel", "numeric"],
  '"channel": X.Y.Z-<channel>.N (e.g. 1.2.0-beta.3). "numeric": X.Y.Z-N (e.g. 1.2.0-3), what WiX/MSI accepts; all channels of a version share one counter (beta 1, 2, then rc 3), the channel only labels the tag. SemVer sorts 1.2.0-3 below 1.2.0 and below 1.2.0-beta.1.'
);
var config = stringOption(
  "Your own cliff.toml (path in the repository): git-cliff then parses the same commit range with its rules. Default: relforge renders exactly the commits that release.",
  "FILE"
);
var nextOutputs = {
  version: 'The next version (the current one when nothing releases). Independent versioning with several releasing components leaves it empty; read "components".',
  tag: 'The release tag for "version" (e.g. v1.4.0).',
  "previous-version": "The base version (from the highest reachable release tag, else the version-file, else 0.0.0).",
  "previous-tag": "The base release tag (empty when there is none).",
  bump: "major, minor, patch or none.",
  released: '"true" when bump is not none.',
  commits: "Number of commits considered (since the base).",
  "changed-components": "JSON list of the components whose paths changed since their base.",
  components: "JSON list, one object per component: name, previous, version, bump, tag.",
  files: `JSON list of the files written (relative to "path"), lock files included (e.g. ["Cargo.lock","Cargo.toml"]); pass it to release-commit's "files".`
};
var nextVersionSchema = defineSchema({
  name: "next-version",
  summary: "next version from Conventional Commits since the last strict release tag",
  description: "The next version from Conventional Commits since the highest strict release tag reachable from HEAD (prerelease tags are never a base), with the decision explained in the step summary. Optionally rewrites manifests (Cargo.toml + Cargo.lock, package.json + package-lock.json, pyproject.toml, any file with a regex).",
  options: {
    path,
    ...scope,
    "release-as": releaseAs,
    write: variant("write", "says how", { description: "Rewrite the manifests of changed components (or the version-file) and their lock files to the new version, all-or-nothing, preserving formatting." }),
    json
  },
  outputs: nextOutputs
});
function scopeOptions(v) {
  return {
    tagPrefix: prefixOption(v["tag-prefix"]),
    includePaths: v["include-paths"],
    components: v.components,
    versioning: v.versioning,
    releaseTypes: v["release-types"],
    ...v["pre-1-0"] ? { pre1: v["pre-1-0"] } : {}
  };
}
function nextVersionOptions(v) {
  return { cwd: v.path, ...scopeOptions(v), versionFile: v["version-file"], versionPattern: v["version-pattern"], write: v.write, releaseAs: v["release-as"] };
}
var prereleaseSchema = defineSchema({
  name: "prerelease",
  summary: "tag HEAD as the next <version>-<channel>.N prerelease (tag only, no commit)",
  description: 'Tag-only prerelease from the current commit: annotated tag v<base>-<channel>.<N> on HEAD, push only that tag. No commit, no changelog (with "write", manifests change in the work tree only, for the build). N = 1 + the highest existing N; re-runs on the same commit reuse the tag. Refused on a commit that already is a release, and when it would sort below an existing prerelease of the same version.',
  options: {
    channel,
    base,
    "version-file": versionFile,
    "version-pattern": versionPattern,
    "tag-prefix": tagPrefix,
    number,
    "first-number": firstNumber,
    "prerelease-scheme": prereleaseScheme,
    channels,
    "release-as": { ...releaseAs, description: `With base "next": force the version the prerelease leads to (X.Y.Z above the last release), as next-version's release-as does; "Release-As:" footers are honoured either way.` },
    force: variant("force", "what is overwritten: a tag", { description: "With an explicit number that already exists on another commit, move the tag to HEAD (force-push the tag)." }),
    push: variant("push", "what is pushed", { description: "Push the tag (only that tag) to the remote." }),
    remote,
    ...writer,
    "pre-1-0": pre1,
    "release-types": releaseTypes,
    "include-paths": includePaths,
    components,
    versioning,
    write: variant("write", "the prerelease version, never committed", { description: "Rewrite the version-file / changed components' manifests (and lock files) in the work tree to the prerelease version, so the build reports it (e.g. 0.4.0-beta.1). Never committed, never pushed." }),
    ...local("Compute the tag without creating or pushing it (and without writing files).")
  },
  outputs: {
    version: "The prerelease version, e.g. 0.4.0-beta.3.",
    tag: "The tag, e.g. v0.4.0-beta.3.",
    number: "N.",
    prerelease: 'Always "true".',
    reused: '"true" when HEAD already carried a tag for this base and channel (a re-run).',
    commit: "The tagged commit.",
    base: "The base version (X.Y.Z).",
    files: 'With "write": JSON list of the files rewritten to the prerelease version (relative to "path"); else [].'
  }
});
var changelogSchema = defineSchema({
  name: "changelog",
  summary: "this release's notes and CHANGELOG.md section (the commits that release, in git-cliff's format)",
  description: "Release notes and CHANGELOG.md from Conventional Commits in the git-cliff format (the bundled template rendered by relforge itself, byte-identical to git-cliff; your own cliff.toml by git-cliff, shipped for Linux x64, nothing downloaded at run time). Lists exactly the commits that count toward the release (the same classification as next-version), since the last strict release tag, so beta tags never split or duplicate entries.",
  options: {
    version: variant("version", "required here; a prerelease version changes the range", {
      required: true,
      description: `The version being released, without prefix (e.g. 0.4.0; a leading "v" is dropped). Usually next-version's "version" output. A prerelease version (0.4.0-beta.1) gives the changes since the last stable release, headed as a prerelease.`
    }),
    "tag-prefix": tagPrefix,
    "release-types": releaseTypes,
    "include-paths": includePaths,
    components,
    versioning,
    "pre-1-0": {
      ...pre1,
      description: "Accepted for workflows that pass next-version's 0.x rule along; the notes do not depend on it (breaking changes are listed either way)."
    },
    component: { type: "string", description: "With components: the component whose notes these are (its paths, and its tags under independent versioning).", cli: { metavar: "NAME" } },
    config,
    output: {
      type: "string",
      description: "File to prepend the new section to (e.g. CHANGELOG.md); created with a header when missing, a section for the same version is replaced. Not written for a prerelease version.",
      cli: { metavar: "FILE" }
    },
    "notes-file": {
      type: "string",
      description: `Also write this release's notes (the "notes" output) to this file, for a release body by file (publish-release "body-file"): notes of thousands of commits do not fit into an environment variable or argument. It must be inside the workspace or RUNNER_TEMP, not reached through a symbolic link out of them.`,
      cli: { metavar: "FILE" }
    },
    "remote-url": { type: "string", description: 'Repository web URL for commit links. Default is the server URL + repository of the run, else the "origin" remote.', cli: { metavar: "URL" } },
    "git-cliff-path": {
      type: "string",
      env: ["RELFORGE_GIT_CLIFF"],
      description: "Path of a git-cliff binary to use instead of the bundled one (needed on runners other than Linux x64 unless git-cliff is on PATH).",
      cli: { metavar: "FILE" }
    },
    ...local('Compute the notes but do not write "output".')
  },
  outputs: {
    notes: "Markdown of this release only (no version heading); usable as a release body.",
    path: 'Absolute path of the changelog file written (empty without "output").',
    tag: "The release tag the section is for (e.g. v0.4.0).",
    version: "The version the section is for.",
    "previous-tag": "The base: the last strict release tag reachable from HEAD (empty when there is none).",
    "notes-file": 'Absolute path of the notes file written (empty without "notes-file").'
  }
});
var releaseCommitSchema = defineSchema({
  name: "release-commit",
  summary: "commit the release files, tag and push atomically (stable releases)",
  description: 'Stable releases: commit the release files (manifests, lock files, CHANGELOG.md) as "chore(release): v<version>", create an annotated tag, and push branch and tag (and, with "major-tag", the moved v<major>) in one atomic push that is refused if the branch moved since checkout.',
  options: {
    version: variant("version", "required here", { required: true }),
    files: variant("files", "required; relative to the repository; takes next-version's JSON list", {
      required: true,
      description: `Files to commit, one path or glob per line (relative to the repository), or a JSON list such as next-version's "files" output (Cargo.lock included). The work tree may not have other changes.`,
      cli: { metavar: "FILE", aliases: ["file"] }
    }),
    message: { type: "string", default: "chore(release): {tag}", description: "Commit (and tag) message; {version} and {tag} are replaced.", cli: { metavar: "TEXT" } },
    "tag-prefix": tagPrefix,
    "major-tag": flag('Also move "<prefix><major>" (e.g. v1) to the release commit, in the same atomic push (force-with-lease). Never moved backwards: skipped when a higher release of that major exists.'),
    remote: variant("remote", "release-commit reads no tags from it", { description: "Git remote to push to." }),
    ...writer,
    push: variant("push", "what is pushed", { description: "Push branch and tag (atomically). With false, commit and tag locally only." }),
    ...local("Check everything (branch, clean tree, credentials, remote state) without committing or pushing.")
  },
  outputs: {
    commit: "The release commit (empty on a dry run).",
    tag: "The release tag, e.g. v0.4.0.",
    version: "The version.",
    branch: "The branch pushed.",
    pushed: '"true" when this run pushed.',
    reused: '"true" when an earlier run had already pushed this exact release (re-run).',
    "major-tag": "The major tag moved with the release (e.g. v1); empty when none was moved."
  }
});
var planSchema = defineSchema({
  name: "plan",
  summary: "what a release dispatch would do (version, tag, files, notes and why), without writing anything",
  options: {
    channel: { ...channel, default: "stable", description: '"stable", or a prerelease channel (beta, rc…) for the tag a prerelease would create.' },
    path,
    ...scope,
    "release-as": releaseAs,
    base,
    number,
    "first-number": firstNumber,
    "prerelease-scheme": prereleaseScheme,
    channels,
    remote,
    config,
    "changelog-file": { type: "string", default: "CHANGELOG.md", description: "The changelog file a stable release prepends to (named in the steps).", cli: { metavar: "FILE" } },
    json
  }
});

// src/actions/next-version.ts
void runAction(async () => {
  const r = await computeNextVersion(nextVersionOptions(readInputs(nextVersionSchema)));
  for (const w of r.warnings ?? []) log.warning(w);
  log.info(
    r.released ? `next version ${r.version} (${r.bump}) from ${r.previousTag ?? r.previousVersion}, ${r.commits} commit(s)` : `no release: ${r.commits} commit(s) since ${r.previousTag ?? r.previousVersion}, none releasing`
  );
  if (r.lifted) log.notice(`Lifted ${r.lifted.from} to ${r.lifted.to}: ${r.lifted.above} is reachable from HEAD and a stable release must not sort below it.`);
  if (r.ignoredPrereleaseTags.length) log.info(`ignored prerelease tags: ${r.ignoredPrereleaseTags.join(", ")}`);
  if (r.written.length) log.info(`rewrote ${r.written.join(", ")}`);
  setOutputs(nextVersionSchema, {
    version: r.version,
    tag: r.tag,
    "previous-version": r.previousVersion,
    "previous-tag": r.previousTag ?? "",
    bump: r.bump,
    released: r.released,
    commits: r.commits,
    "changed-components": r.changedComponents,
    components: r.components.map((c) => ({ name: c.name, previous: c.previous, version: c.version, bump: c.bump, tag: c.tag })),
    files: r.written
  });
  await writeSummary(renderNextVersionSummary(r));
});
