import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  classifyCommits,
  componentTagPrefix,
  countTypes,
  decideBump,
  prereleaseTagsIn,
  readReleaseRange,
  releaseAsProblem,
  scopeSettings,
  versionFileSettings
} from "./chunk-DRTXKL47.js";
import {
  VersionFileError,
  formatFor,
  updaterFor
} from "./chunk-7PDM6JOE.js";
import {
  compareTriples,
  compareVersions,
  coreVersion,
  formatTag,
  isSemver,
  isTagOf,
  maxBump,
  parsePrereleaseTag,
  parseStrictTag,
  prefixCandidates,
  readStrictVersion,
  versionTagPrefix
} from "./chunk-6TDZCRPI.js";
import {
  minimatch
} from "./chunk-NXKPZHBO.js";
import {
  Git,
  discardPrefetched
} from "./chunk-4NSJM3RA.js";
import {
  Problems,
  RelforgeError,
  SettingsError,
  fieldError
} from "./chunk-ZSVB6QKT.js";

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
  const base = r.previousTag !== void 0 ? `\`${r.previousTag}\` (${short(r.baseSha ?? "")})` : r.baseSource === "version-file" ? `no release tag; version file says ${r.previousVersion}` : "no release tag; starting from 0.0.0";
  lines.push(`- Base: ${base}`);
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
import { existsSync as existsSync2 } from "node:fs";
import { resolve as resolve2 } from "node:path";

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
  const base = `set {{base}} to a version above it${above ? ` (e.g. ${above})` : ""}`;
  const fix = forPrerelease ? `For a prerelease of the next line, ${base}; or tag from the branch that carries ${tag}.` : `Release from the branch that carries the tag, or merge it (a prerelease would ${base}).`;
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
    const base = l.base ? `${l.base}` : "the start of history (no release tag)";
    const baseMajor = l.base ? Number(parseStrictTag(l.base, l.prefix)?.split(".")[0]) : void 0;
    const reasons = [];
    if (top && baseMajor !== void 0 && top.major - baseMajor >= FAR_BASE.majors) reasons.push(`${top.major - baseMajor} majors below ${top.tag}, the highest version tag of the repository`);
    if ((l.since ?? 0) >= FAR_BASE.commits) reasons.push(`${l.since} commits back`);
    if (reasons.length) {
      out.push(
        `${who} ${base} is ${reasons.join(" and ")}: is it the one meant? Check the tag prefix (tag-prefix), that every release tag is fetched (fetch-depth: 0), and relforge plan's list before releasing.`
      );
    }
  }
  return out;
}

// src/versioning/manifest-writes.ts
import { existsSync, readFileSync, readdirSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, posix, relative, resolve, sep } from "node:path";
function readText(cwd, file, what) {
  const full = resolve(cwd, file);
  try {
    return readFileSync(full, "utf8");
  } catch (err) {
    const code = err.code;
    throw new RelforgeError(code === "ENOENT" ? `${what} "${file}" does not exist in ${cwd}.` : `${what} "${file}" cannot be read: ${err.message}`);
  }
}
function readVersionFile(cwd, file, versionPattern, source = { field: "version-file" }) {
  const label = source.label ? `${source.label} ` : "";
  let text;
  try {
    text = readFileSync(resolve(cwd, file), "utf8");
  } catch (err) {
    const missing = err.code === "ENOENT";
    throw fieldError(source.field, `${label}"${file}" ${missing ? `does not exist in ${cwd}; fix the path (relative to {{path}}) or remove it.` : `cannot be read: ${err.message}`}`);
  }
  let version;
  try {
    version = updaterFor(file, versionPattern ? { versionPattern } : {}).readVersion(text);
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
      const p = join(d, n);
      if (existsSync(p)) return p;
    }
    if (d === root || !(d + sep).startsWith(root + sep)) return void 0;
    const parent = dirname(d);
    if (parent === d) return void 0;
    d = parent;
  }
}
var toPosix = (p) => p.split(sep).join(posix.sep);
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
    read(path) {
      const full = resolve(dir, path);
      if (!insideRoot(root, full)) return void 0;
      try {
        return readFileSync(full, "utf8");
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
  return [...planned.keys()].map((full) => relative(root, full).split(sep).join(posix.sep)).sort();
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
    const components = s.components.map((c) => {
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
      components,
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
    const components = outcomes.map(({ line, decision, range }) => {
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
    const releasing = components.filter((c) => c.bump !== "none");
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
      components,
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

// src/versioning/next-version.ts
async function nextVersionSettings(opts) {
  const p = new Problems();
  const scope = await scopeSettings(opts, p);
  const vf = versionFileSettings(opts.cwd, opts.versionFile, opts.versionPattern, p);
  const releaseAs = opts.releaseAs?.trim() || void 0;
  if (releaseAs) {
    const problem = releaseAsProblem(releaseAs);
    if (problem) p.add("release-as", problem);
    else if (scope.versioning === "independent") p.add("release-as", 'forces one version, which independent versioning does not have; put a "Release-As: X.Y.Z" footer in a commit touching the component instead.');
  }
  p.throwIfAny();
  return {
    ...scope,
    ...vf,
    cwd: resolve2(opts.cwd),
    write: !!opts.write,
    prefixMismatch: opts.prefixMismatch ?? "fail",
    planFiles: !!opts.planFiles,
    forPrerelease: !!opts.forPrerelease,
    ...releaseAs ? { releaseAs } : {}
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
  if (!existsSync2(s.cwd)) throw fieldError("path", `(${s.cwd}) does not exist.`);
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

export {
  readVersionFile,
  planManifestWrites,
  plannedPaths,
  writeManifests,
  renderNextVersionSummary,
  computeNextVersion
};
