import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-A3HMJ4J5.js";
import {
  RelforgeError,
  SettingsError
} from "./chunk-ZSVB6QKT.js";

// src/git/repository.ts
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

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
function gitSync(cwd, args, opts = {}) {
  let r;
  try {
    r = spawnGitSync(cwd, args);
  } catch (err) {
    if (opts.allowFailure) return void 0;
    throw err;
  }
  if (r.code === 0) return r.stdout.trim();
  if (opts.allowFailure) return void 0;
  throw gitFailed(args, r.code, r.stderr.trim() || r.stdout.trim());
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

export {
  discardPrefetched,
  spawnGitSync,
  gitSync,
  Git
};
