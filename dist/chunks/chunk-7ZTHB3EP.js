import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  codeDirs
} from "./chunk-QMIP2YKH.js";
import {
  NOTE_GROUPS,
  cancelledByReverts,
  classifyCommit,
  commitBump,
  componentTagPrefix,
  groupOf,
  readReleaseRange,
  scopeSettings,
  streamReleaseRange
} from "./chunk-DRTXKL47.js";
import {
  coreVersion,
  isSemver
} from "./chunk-6TDZCRPI.js";
import {
  workspaceOutputPath
} from "./chunk-Y7UKLQWK.js";
import {
  Git
} from "./chunk-4NSJM3RA.js";
import {
  excerpt
} from "./chunk-A3HMJ4J5.js";
import {
  Problems,
  RelforgeError,
  SettingsError,
  fieldError
} from "./chunk-ZSVB6QKT.js";

// src/versioning/changelog.ts
import { existsSync as existsSync2, mkdirSync, mkdtempSync, readFileSync as readFileSync2, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname as dirname2, isAbsolute, join as join2, relative, resolve } from "node:path";

// src/versioning/core/cliff-config.ts
var DEFAULT_CHANGELOG_HEADER = [
  "# Changelog",
  "",
  "All notable changes to this project are documented in this file.",
  "The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),",
  "and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).",
  "",
  ""
].join("\n");
function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function strictTagPattern(prefix) {
  const n = "(0|[1-9][0-9]*)";
  return `^${escapeRegex(prefix)}${n}\\.${n}\\.${n}$`;
}
function webUrlFromRemote(remote) {
  if (!remote) return void 0;
  let url = remote.trim();
  const scp = /^(?:[A-Za-z0-9._-]+@)?([A-Za-z0-9.-]+):(?!\/\/)([^\s]+)$/.exec(url);
  if (scp && !/^[A-Za-z]:[\\/]/.test(url)) url = `https://${scp[1]}/${scp[2]}`;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (parsed.protocol === "ssh:" || parsed.protocol === "git:") parsed = new URL(`https://${parsed.hostname}${parsed.pathname}`);
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return void 0;
  const path = parsed.pathname.replace(/\/+$/, "").replace(/\.git$/, "");
  if (!path || path === "/") return void 0;
  const out = `${parsed.protocol}//${parsed.host}${path}`;
  return /^https?:\/\/[A-Za-z0-9._~:/%-]+$/.test(out) ? out : void 0;
}
var NOTES_TEMPLATE = [
  "{% if extra.lead %}",
  "## {{ extra.heading }}",
  "{% if extra.intro %}",
  "{{ extra.intro }}",
  "{% endif %}",
  "{% endif %}",
  "{%- set_global shown = false %}",
  "{%- for commit in commits %}",
  "{%- if commit.id not in extra.cancelled %}",
  "{%- if not shown %}",
  "{%- set_global shown = true %}",
  "",
  "### {{ extra.group }}",
  "{% endif %}",
  // The text and scope come from `extra`, never `message`/`scope`: git-cliff re-parses a context commit's
  // message as a Conventional Commits header (`http://x` became `//x`, `std::vector` became `:vector`).
  '- {% if commit.extra.scope %}**{{ commit.extra.scope }}:** {% endif %}{{ commit.extra.text }}{% if extra.remote %} ([{{ commit.id | truncate(length=7, end="") }}]({{ extra.remote }}/commit/{{ commit.id }})){% endif %}{% for note in commit.extra.breaking %}\n{{ note }}{% endfor %}',
  "{%- endif %}",
  "{%- endfor %}"
].join("\n");
function buildCliffConfig() {
  return ["# relforge bundled git-cliff configuration (renders a relforge context).", "[changelog]", `body = """
${NOTES_TEMPLATE}
"""`, 'footer = ""', "trim = true", ""].join("\n");
}
var REMOTES = ["github", "gitlab", "gitea", "bitbucket", "azure_devops"];
var REMOTE_CONTRIBUTORS = REMOTES.map((k) => `"${k}":{"contributors":[]}`).join(",");
var REMOTE_COMMIT = REMOTES.map((k) => `"${k}":{"pr_numbers":[],"pr_labels":[],"is_first_time":false}`).join(",");
function breakingItem(text) {
  return `  - BREAKING: ${text.split("\n").join("\n    ")}`;
}
var SIGNATURES = '"links":[],"author":{"timestamp":0},"committer":{"timestamp":0},"merge_commit":false';
function contextCommit(c, group) {
  const q = JSON.stringify;
  const breaking = c.breakingNotes.length ? c.breakingNotes.map((n) => q(breakingItem(n))).join(",") : "";
  return `{"id":"${c.sha}","message":${q(c.description)},"group":"${group}","scope":${c.scope === void 0 ? "null" : q(c.scope)},"breaking":${c.breaking},${SIGNATURES},"extra":{"text":${q(c.description)},"scope":${c.scope === void 0 ? "null" : q(c.scope)},"breaking":[${breaking}]},${REMOTE_COMMIT}}`;
}
function contextOpen(rel) {
  return `[{"version":${JSON.stringify(rel.tag)},"message":null,"commit_id":null,"timestamp":${rel.timestamp},"submodule_commits":{},${REMOTE_CONTRIBUTORS},"commits":[`;
}
function contextClose(rel, group, cancelled, lead) {
  const previous = `{"version":${JSON.stringify(rel.previousTag ?? null)},"message":null,"commits":[],"commit_id":null,"timestamp":null,"previous":null,"submodule_commits":{},"extra":null,${REMOTE_CONTRIBUTORS}}`;
  const extra = { lead, group, heading: `[${rel.version}] - ${rel.date}`, intro: rel.intro ?? null, remote: rel.remote ?? null, cancelled };
  return `],"previous":${previous},"extra":${JSON.stringify(extra)}}]`;
}

// src/versioning/core/changelog-text.ts
function escapeRegex2(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function versionHeading(version) {
  return new RegExp(`^##\\s+\\[?v?${escapeRegex2(version)}\\]?(?:[\\s(]|$)`);
}
function notesFromSection(section) {
  const lines = section.replace(/\r\n/g, "\n").split("\n");
  const i = lines.findIndex((l) => /^##\s/.test(l));
  const body = i >= 0 ? lines.slice(i + 1) : lines;
  const text = body.join("\n").trim();
  return text ? `${text}
` : "";
}
function sectionIsEmpty(section) {
  return notesFromSection(section).trim() === "";
}
function insertChangelogSection(existing, section, version, header) {
  const sec = section.replace(/\r\n/g, "\n").trim() + "\n";
  if (existing === void 0 || existing.trim() === "") return `${header}${sec}`;
  const eol = existing.includes("\r\n") ? "\r\n" : "\n";
  const lines = existing.replace(/\r\n/g, "\n").split("\n");
  const isH2 = (l) => /^##\s/.test(l);
  const same = versionHeading(version);
  const join3 = (parts) => parts.join("\n").replace(/\n/g, eol);
  const at = lines.findIndex((l) => same.test(l));
  if (at >= 0) {
    let end = lines.findIndex((l, k) => k > at && isH2(l));
    if (end < 0) end = lines.length;
    const after = lines.slice(end);
    return join3([...lines.slice(0, at), ...sec.split("\n").slice(0, -1), ...after.length ? ["", ...after] : [""]]);
  }
  let insert = lines.findIndex((l) => isH2(l) && !/^##\s+\[?unreleased\]?/i.test(l));
  if (insert < 0) {
    const trimmed = existing.replace(/\s+$/, "");
    return `${trimmed}${eol}${eol}${sec.replace(/\n/g, eol)}`;
  }
  return join3([...lines.slice(0, insert), ...sec.split("\n").slice(0, -1), "", ...lines.slice(insert)]);
}

// src/versioning/core/notes-render.ts
function renderNotesPart(rel, group, entries, cancelled, lead) {
  let out = "";
  if (lead) out += `
## [${rel.version}] - ${rel.date}

${rel.intro ? `${rel.intro}

` : ""}`;
  let shown = false;
  for (const c of entries) {
    if (cancelled.has(c.sha)) continue;
    out += shown ? "\n" : `

### ${group}

`;
    shown = true;
    out += `- ${c.scope ? `**${c.scope}:** ` : ""}${c.description}`;
    if (rel.remote) out += ` ([${c.sha.slice(0, 7)}](${rel.remote}/commit/${c.sha}))`;
    for (const n of c.breakingNotes) out += `
${breakingItem(n)}`;
  }
  return out;
}

// src/versioning/git-cliff.ts
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { accessSync, chmodSync, constants, existsSync, readFileSync, statSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
var GIT_CLIFF_VERSION = "2.14.2";
function cliffPlatform(platform = process.platform, arch = process.arch) {
  const os = platform === "win32" ? "windows" : platform;
  return `${os}-${arch}`;
}
function isExecutable(p) {
  try {
    if (!statSync(p).isFile()) return false;
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function findGitCliff(opts = {}) {
  const env = opts.env ?? process.env;
  const exe = process.platform === "win32" ? "git-cliff.exe" : "git-cliff";
  const explicit = opts.explicit || env.RELFORGE_GIT_CLIFF;
  if (explicit) {
    if (!isExecutable(explicit)) {
      throw fieldError("git-cliff-path", `(or RELFORGE_GIT_CLIFF) names "${explicit}", which is not an executable file.`);
    }
    return { path: explicit, source: "explicit" };
  }
  const plat = cliffPlatform();
  const shipped = [];
  for (const dir of codeDirs().flatMap((d) => [d, join(d, "..", "changelog")])) {
    const manifestPath = join(dir, "bin", "manifest.json");
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    shipped.push(...Object.keys(manifest.platforms));
    const entry = manifest.platforms[plat];
    if (!entry) continue;
    const p = join(dir, "bin", entry.file);
    if (!existsSync(p)) continue;
    if (!isExecutable(p)) {
      try {
        chmodSync(p, 493);
      } catch {
      }
    }
    if (isExecutable(p)) return { path: p, source: "bundled", version: manifest.gitCliffVersion, sha256: entry.sha256 };
  }
  for (const dir of codeDirs()) {
    let d = dir;
    for (; ; ) {
      const p = join(d, "node_modules", `git-cliff-${plat}`, "bin", exe);
      if (isExecutable(p)) return { path: p, source: "node_modules", ...packageVersion(join(d, "node_modules", `git-cliff-${plat}`, "package.json")) };
      const up = dirname(d);
      if (up === d) break;
      d = up;
    }
  }
  for (const d of (env.PATH ?? "").split(delimiter)) {
    if (!d) continue;
    const p = join(d, exe);
    if (isExecutable(p)) return { path: p, source: "PATH" };
  }
  const bundledNote = shipped.length ? `relforge ships git-cliff for ${[...new Set(shipped)].join(", ")} only` : "no bundled git-cliff was found";
  throw new SettingsError([
    {
      message: `git-cliff is not available for ${plat}: ${bundledNote}. Run the changelog step on a Linux x64 runner (ubuntu-latest), or install git-cliff ${GIT_CLIFF_VERSION} (npm install -g git-cliff@${GIT_CLIFF_VERSION}, cargo install git-cliff, or a release binary) and put it on PATH or pass its path with {{git-cliff-path}}.`
    }
  ]);
}
function packageVersion(file) {
  try {
    const v = JSON.parse(readFileSync(file, "utf8")).version;
    return typeof v === "string" ? { version: v } : {};
  } catch {
    return {};
  }
}
async function checkBundledIntegrity(bin) {
  if (!bin.sha256) return;
  const digest = createHash("sha256").update(readFileSync(bin.path)).digest("hex");
  if (digest !== bin.sha256) {
    throw new RelforgeError(
      `The bundled git-cliff at ${bin.path} does not match its recorded sha256 (bin/manifest.json); the action checkout is damaged. Re-run the job, or pin relforge to a release.`
    );
  }
}
async function gitCliffVersion(bin, env) {
  if (bin.version) return bin.version;
  const r = await runProgram(bin.path, ["--version"], process.cwd(), env);
  return /git-cliff\s+(\S+)/.exec(r.stdout)?.[1] ?? "unknown";
}
function startProgram(file, args, cwd, env, gate = Promise.resolve()) {
  let child;
  let cancelled = false;
  let pending = [];
  let size = 0;
  const flush = () => {
    if (!child) return;
    if (pending.length) child.stdin.write(pending.join(""));
    pending = [];
    size = 0;
  };
  const result = gate.then(
    () => new Promise((resolvePromise, reject) => {
      if (cancelled) return resolvePromise({ code: -1, stdout: "", stderr: "not started" });
      const c = spawn(file, args, { cwd, env, stdio: ["pipe", "pipe", "pipe"] });
      child = c;
      const out = [];
      const err = [];
      c.stdout.on("data", (d) => out.push(d));
      c.stderr.on("data", (d) => err.push(d));
      c.stdin.on("error", () => void 0);
      c.on("error", (e) => reject(new RelforgeError(`Could not run ${file}: ${e.message}`)));
      c.on("close", (code) => resolvePromise({ code: code ?? -1, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
      flush();
    })
  );
  result.catch(() => void 0);
  return {
    write: (text) => {
      pending.push(text);
      size += text.length;
      if (size >= 65536) flush();
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
      if (child && child.exitCode === null && child.signalCode === null) child.kill();
    }
  };
}
function runProgram(file, args, cwd, env) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", (e) => reject(new RelforgeError(`Could not run ${file}: ${e.message}`)));
    child.on(
      "close",
      (code) => resolvePromise({ code: code ?? -1, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") })
    );
  });
}
function cliffEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(GIT_CLIFF_|GITHUB_TOKEN$|GITLAB_TOKEN$|GITEA_TOKEN$|BITBUCKET_TOKEN$|AZURE_DEVOPS_TOKEN$|GITHUB_REPO$|GITLAB_REPO$|GITEA_REPO$|BITBUCKET_REPO$|AZURE_DEVOPS_REPO$|INPUT_)/.test(k)) continue;
    env[k] = v;
  }
  env.NO_COLOR = "1";
  env.RUST_LOG = "warn";
  return env;
}

// src/versioning/changelog.ts
function describeRenderer(res) {
  if (res.renderedBy === "builtin") return "notes rendered by relforge's built-in renderer (the bundled template)";
  const template = res.config === "bundled" ? "the bundled template" : `config ${res.config}`;
  return `notes rendered by git-cliff ${res.gitCliff.version} at ${res.gitCliff.path} (${res.gitCliff.source}), ${template}`;
}
async function changelogScope(opts) {
  const p = new Problems();
  if (!opts.version) p.add("version", "is required: the version being released, e.g. 0.4.0.");
  else if (!isSemver(opts.version)) p.add("version", `must be a SemVer version without prefix (e.g. 0.4.0 or 0.4.0-beta.1), got "${opts.version}".`);
  const s = await scopeSettings(opts, p);
  let prefix = s.tagPrefix;
  let paths = s.pathFilter;
  const names = s.components.map((c) => c.name);
  if (opts.component) {
    const c = s.components.find((x) => x.name === opts.component);
    if (!c) p.add("component", `"${opts.component}" is not one of the {{components}}${names.length ? ` (${names.join(", ")})` : " (none configured)"}.`);
    else {
      paths = s.matchers.get(c);
      if (s.versioning === "independent") prefix = componentTagPrefix(c, s.tagPrefix);
    }
  } else if (s.versioning === "independent" && names.length) {
    p.add("component", `is required with versioning: independent: name the component whose notes to write (${names.join(", ")}).`);
  }
  for (const [field, value] of [["output", opts.output], ["config", opts.config]]) {
    if (!value) continue;
    const rel = relative(resolve(opts.cwd), resolve(opts.cwd, value));
    if (rel.startsWith("..") || isAbsolute(rel)) p.add(field, `("${value}") must be a file inside the repository.`);
    else if (field === "output") {
      try {
        workspaceOutputPath(opts.cwd, value, { inputName: field });
      } catch (err) {
        p.include(err);
      }
    }
  }
  p.throwIfAny();
  return { prefix, ...paths ? { paths } : {}, releaseTypes: s.releaseTypes, pre1: s.pre1 };
}
async function existingRelease(git, tag, version, head) {
  const tagged = await git.run(["rev-parse", "--verify", "--quiet", `refs/tags/${tag}^{commit}`], { allowFailure: true });
  if (tagged.code !== 0) return { atHead: false };
  if (tagged.stdout.trim() === head) return { atHead: true };
  if (await git.isAncestor(`refs/tags/${tag}`, "HEAD")) {
    throw fieldError("version", `(${version}) is already released: ${tag} is an ancestor of HEAD, so there is no new section to write. Pass the version being released now (next-version's "version" output).`);
  }
  return { atHead: false };
}
async function generateChangelog(opts) {
  const scope = await changelogScope(opts);
  const cwd = resolve(opts.cwd);
  const git = new Git(cwd);
  const version = opts.version;
  const prerelease = version !== coreVersion(version);
  const tag = `${scope.prefix}${version}`;
  const bin = findGitCliff({ explicit: opts.gitCliffPath });
  const env = cliffEnv();
  const probe = git.state();
  const existingP = existingRelease(git, tag, version, probe.head);
  const remoteP = opts.remoteUrl ? Promise.resolve(opts.remoteUrl) : git.run(["remote", "get-url", "origin"], { allowFailure: true }).then((r) => r.code === 0 ? r.stdout.trim() : void 0);
  let integrityP;
  const integrity = () => integrityP ??= checkBundledIntegrity(bin);
  const versionP = gitCliffVersion(bin, env);
  for (const p of [existingP, remoteP, versionP]) p.catch(() => void 0);
  if (probe.shallow) throw new RelforgeError("The repository is a shallow clone, so the changelog would miss commits. Check out with fetch-depth: 0 (actions/checkout).");
  if (!probe.head) throw new RelforgeError(`${cwd}: the current branch has no commits yet.`);
  const { atHead } = await existingP;
  const timestamp = atHead ? Number(await git.text(["log", "-1", "--format=%ct", "HEAD"])) : Math.floor(Date.now() / 1e3);
  const warnings = [];
  let range;
  let rendered;
  if (opts.config) {
    await integrity();
    range = await readReleaseRange(git, { prefix: scope.prefix, tags: probe.tags, files: !!scope.paths, ...scope.paths ? { paths: scope.paths } : {}, skip: [tag] });
    rendered = { ...await renderWithUserConfig({ cwd, bin, env, config: opts.config, tag, range, scope, atHead }), commits: range.raw.length, base: range.base };
  } else {
    const rel = { tag, version, date: new Date(timestamp * 1e3).toISOString().slice(0, 10), timestamp, ...withRemote(webUrlFromRemote(await remoteP)) };
    rendered = await renderBundled({ git, bin, env, rel, prerelease, tags: probe.tags, scope, integrity, renderer: opts.renderer ?? "builtin" });
  }
  const base = rendered.base;
  const section = rendered.section.trim() + "\n";
  const empty = sectionIsEmpty(section);
  if (empty) {
    const since = base.tag ?? "the start of the history";
    warnings.push(
      `No notable changes since ${since}: ${rendered.commits} commit(s), none that release (only non-releasing types or non-conventional messages), so there is nothing to write${opts.output && !prerelease ? `; ${opts.output} was not written` : ""}.`
    );
  }
  let path;
  let written = false;
  if (empty) {
  } else if (opts.output && prerelease) {
    warnings.push(`${opts.output} was not written: a prerelease's notes go to its release body (the "notes" output); the stable release writes the changelog section.`);
  } else if (opts.output) {
    path = resolve(cwd, opts.output);
    const header = async () => {
      if (!opts.config) return DEFAULT_CHANGELOG_HEADER;
      const full = await runCliff(bin, userConfigArgs(resolve(cwd, opts.config), cwd, tag, range, scope, atHead, ["--strip", "footer"]), cwd, env);
      const at = full.indexOf(section.trim());
      return at > 0 ? full.slice(0, at) : "";
    };
    written = await writeSection(path, section, version, !!opts.dryRun, header);
  }
  return {
    version,
    tag,
    prerelease,
    section,
    notes: empty ? "" : notesFromSection(section),
    empty,
    ...base.tag ? { previousTag: base.tag } : {},
    commits: rendered.commits,
    ...rendered.entries !== void 0 ? { entries: rendered.entries } : {},
    ...path ? { path } : {},
    written,
    gitCliff: { path: bin.path, source: bin.source, version: await versionP },
    config: opts.config ? resolve(cwd, opts.config) : "bundled",
    renderedBy: opts.config || opts.renderer === "git-cliff" ? "git-cliff" : "builtin",
    warnings
  };
}
function withRemote(remote) {
  return remote ? { remote } : {};
}
function cliffFailure(r) {
  return new RelforgeError(`git-cliff failed (exit ${r.code}): ${excerpt(r.stderr.trim() || r.stdout.trim(), 2e3)}`);
}
async function runCliff(bin, args, cwd, env) {
  const r = await runProgram(bin.path, args, cwd, env);
  if (r.code !== 0) throw cliffFailure(r);
  return r.stdout;
}
async function renderBundled(x) {
  const parts = /* @__PURE__ */ new Map();
  const seen = [];
  const { base } = await streamReleaseRange(x.git, { prefix: x.scope.prefix, tags: x.tags, files: !!x.scope.paths, skip: [x.rel.tag] }, (raw) => {
    if (x.scope.paths && !(raw.files && x.scope.paths.matchesAny(raw.files))) return;
    const c = classifyCommit(raw);
    seen.push(c.revert ? { sha: c.sha, revert: c.revert } : { sha: c.sha });
    if (commitBump(c, "1.0.0", x.scope) === "none") return;
    const g = groupOf(c);
    const list = parts.get(g);
    if (list) list.push(c);
    else parts.set(g, [c]);
  }, () => {
    parts.clear();
    seen.length = 0;
  });
  const { inactive } = cancelledByReverts(seen);
  for (const list of parts.values()) list.reverse();
  if (!parts.size) parts.set("Other Changes", []);
  const since = base.tag ?? "the start of the history";
  const rel = {
    ...x.rel,
    ...base.tag ? { previousTag: base.tag } : {},
    ...x.prerelease ? { intro: `Prerelease of ${coreVersion(x.rel.version)}: the changes since ${since}.` } : {}
  };
  const order = NOTE_GROUPS.filter((g) => parts.has(g));
  let entries = 0;
  for (const g of order) for (const c of parts.get(g)) if (!inactive.has(c.sha)) entries++;
  const texts = x.renderer === "git-cliff" ? await renderWithGitCliff(x, rel, order, parts, inactive) : order.map((g, i) => renderNotesPart(rel, g, parts.get(g), inactive, i === 0));
  return { section: texts.map((t) => t.trim()).join("\n\n").replace(/\n{3,}/g, "\n\n"), entries, commits: seen.length, base };
}
async function renderWithGitCliff(x, rel, order, parts, inactive) {
  const tmp = mkdtempSync(join2(tmpdir(), "relforge-cliff-"));
  const running = [];
  try {
    const configPath = join2(tmp, "cliff.toml");
    writeFileSync(configPath, buildCliffConfig());
    const integrity = x.integrity();
    for (const [i, g] of order.entries()) {
      const p = startProgram(x.bin.path, ["--config", configPath, "--from-context", "-", "--strip", "all", "--no-exec", "--offline"], tmp, x.env, integrity);
      running.push(p);
      const commits = parts.get(g);
      p.write(contextOpen(rel));
      for (const [k, c] of commits.entries()) p.write(`${k ? "," : ""}${contextCommit(c, g)}`);
      p.write(contextClose(rel, g, commits.filter((c) => inactive.has(c.sha)).map((c) => c.sha), i === 0));
    }
    const outputs = await Promise.all(running.map((p) => p.done()));
    const failed = outputs.find((r) => r.code !== 0);
    if (failed) throw cliffFailure(failed);
    return outputs.map((r) => r.stdout);
  } finally {
    for (const p of running) p.kill();
    rmSync(tmp, { recursive: true, force: true });
  }
}
async function renderWithUserConfig(x) {
  const configPath = resolve(x.cwd, x.config);
  if (!existsSync2(configPath)) throw fieldError("config", `("${x.config}") does not exist (looked in ${x.cwd}).`);
  const out = await runCliff(x.bin, userConfigArgs(configPath, x.cwd, x.tag, x.range, x.scope, x.atHead, ["--strip", "all"]), x.cwd, x.env);
  return { section: out };
}
function userConfigArgs(configPath, cwd, tag, range, scope, atHead, extra) {
  const args = ["--config", configPath, "--workdir", cwd, "--repository", cwd, "--tag-pattern", strictTagPattern(scope.prefix), "--offline"];
  args.push(...atHead ? ["--current"] : ["--unreleased", "--tag", tag]);
  for (const glob of scope.paths?.component.paths ?? []) args.push("--include-path", glob);
  args.push(...extra);
  if (range.baseSha) args.push(`${range.baseSha}..HEAD`);
  return args;
}
async function writeSection(path, section, version, dryRun, header) {
  const existing = existsSync2(path) ? readFileSync2(path, "utf8") : void 0;
  const next = insertChangelogSection(existing, section, version, existing === void 0 ? await header() : "");
  if (dryRun) return false;
  mkdirSync(dirname2(path), { recursive: true });
  writeFileSync(path, next);
  return true;
}
function notesFilePath(path, notesFile, env = process.env) {
  return notesFile ? workspaceOutputPath(path, notesFile, { inputName: "notes-file", env }) : "";
}
function writeNotesFile(path, notesFile, notes, env = process.env) {
  const file = notesFilePath(path, notesFile, env);
  if (!file) return "";
  mkdirSync(dirname2(file), { recursive: true });
  writeFileSync(file, notes);
  return file;
}

export {
  describeRenderer,
  generateChangelog,
  notesFilePath,
  writeNotesFile
};
