// src/actions/next-version.prelude.ts
import { resolve } from "node:path";

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
function prefetchGit(cwd, args) {
  if (process.env.RELFORGE_NO_PREFETCH) return;
  try {
    const child = startGit(cwd, args);
    const events = [];
    let listener;
    const emit = (kind, value) => listener ? deliver(listener, kind, value) : events.push([kind, value]);
    const entry = {
      cwd,
      args,
      failed: false,
      handle: {
        child,
        attach(l) {
          listener = l;
          for (const [kind, value] of events.splice(0)) deliver(l, kind, value);
          setRef(child, true);
        }
      }
    };
    child.on("error", () => entry.failed = true);
    listenGit(child, { stdout: (t) => emit("stdout", t), stderr: (t) => emit("stderr", t), close: (code) => emit("close", code) });
    setRef(child, false);
    pending().push(entry);
  } catch {
  }
}
function deliver(l, kind, value) {
  if (kind === "close") l.close(value);
  else l[kind](value);
}
function setRef(child, ref) {
  for (const h of [child, child.stdout, child.stderr]) {
    if (ref) h.ref();
    else h.unref();
  }
}

// src/versioning/core/version.ts
var NUM = "(?:0|[1-9][0-9]*)";
var PRE_ID = "(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)";
var PRERELEASE = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}-${PRE_ID}(?:\\.${PRE_ID})*(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`);
var MAX_COMPONENT = Number.MAX_SAFE_INTEGER;
function prefixOption(value) {
  if (value === void 0) return "v";
  return value.trim() === "none" ? "" : value.trim();
}
function escapeGlob(text) {
  return text.replace(/[*?[\]\\]/g, "\\$&");
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

// src/actions/workflow-commands.ts
function rawInput(name) {
  return process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "";
}

// src/actions/next-version.prelude.ts
var input = (name) => rawInput(name).trim();
if (!input("components") && !input("include-paths") && ["", "unified"].includes(input("versioning"))) {
  const { range, opts } = earlyWalk(prefixOption(input("tag-prefix") || void 0), void 0, false);
  prefetchGit(resolve(input("path") || "."), streamLogArgs(range, opts));
}
