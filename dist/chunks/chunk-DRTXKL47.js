import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  compileVersionPattern,
  knownFormatsText,
  updaterFor
} from "./chunk-7PDM6JOE.js";
import {
  BUMP_RANK,
  applyBump,
  compareStrictVersions,
  compareTriples,
  compareVersions,
  escapeGlob,
  isStrictVersion,
  parsePrereleaseTag,
  parseStrictTag,
  readStrictVersion,
  tagPrefixProblem
} from "./chunk-6TDZCRPI.js";
import {
  semverLibrary
} from "./chunk-NXKPZHBO.js";
import {
  VOCABULARY
} from "./chunk-BLP2XCSJ.js";
import {
  RelforgeError,
  SettingsError,
  fieldError
} from "./chunk-ZSVB6QKT.js";

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
  const header = (lines[first] ?? "").trim();
  let end = first + 1;
  const wrapped = [];
  while (end < lines.length) {
    const l = lines[end];
    if (l.trim() === "" || FOOTER.test(l) || LIST_ITEM.test(l) || l.startsWith("This reverts commit")) break;
    wrapped.push(l.trim());
    end++;
  }
  const subject = wrapped.length ? `${header} ${wrapped.join(" ")}` : header;
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
var NOTE_GROUPS = ["Breaking Changes", "Features", "Bug Fixes", "Performance", "Reverts", "Other Changes"];
function commitBump(c, baseVersion, policy) {
  if (!c.conventional) return "none";
  if (c.breaking) return (isStrictVersion(baseVersion) ? Number(baseVersion.split(".")[0]) : semverLibrary.major(baseVersion)) === 0 && policy.pre1 === "minor" ? "minor" : "major";
  if (c.type === "revert" && !policy.releaseTypes.includes("revert")) {
    const header = c.revert?.header;
    if (!header) return "none";
    const reverted = classifyCommit({ sha: c.sha, message: header });
    if (!reverted.conventional) return "none";
    if (reverted.revert) return reverted.revert.header ? commitBump(classifyCommit({ sha: c.sha, message: reverted.revert.header }), baseVersion, policy) : "none";
    return commitBump(reverted, baseVersion, policy) !== "none" ? "patch" : "none";
  }
  if (!policy.releaseTypes.includes(c.type)) return "none";
  return c.type === "feat" ? "minor" : "patch";
}
function groupOf(c) {
  if (c.breaking) return "Breaking Changes";
  if (c.type === "revert") return "Reverts";
  switch (c.type) {
    case "feat":
      return "Features";
    case "fix":
      return "Bug Fixes";
    case "perf":
      return "Performance";
    default:
      return "Other Changes";
  }
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
function forcedLevel(base, forced) {
  const d = semverLibrary.diff(base, forced);
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
function commitsSince(git, base, files, cache, line) {
  const key = `${base.tag ?? ""}\0${files}`;
  const hit = cache?.get(key);
  if (hit) return hit;
  const read = async () => {
    const ref = base.tag ? base.sha ?? `refs/tags/${base.tag}` : void 0;
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
  const [base, revs] = await Promise.all([findBaseTag(git, q.prefix, tags, q.skip), excludingReleased(git, tags.keys(), q.prefix, q.skip)]);
  const ref = base.tag ? base.sha ?? `refs/tags/${base.tag}` : void 0;
  const [, sha] = await Promise.all([git.streamCommits(revs, { files: q.files }, onCommit), ref ? git.commitOf(ref) : void 0]);
  return { base, ...sha ? { baseSha: sha } : {} };
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
    const base2 = tagBase(h, q.prefix);
    if (commit) return { base: base2, baseSha: commit };
    if (!handed) {
      const [peeled, head] = (await git.text(["rev-parse", `${h.sha}^{commit}`, "HEAD"])).split("\n");
      if (peeled === head) return { base: base2, baseSha: peeled };
    } else {
      onRestart();
    }
  }
  const base = await findBaseTag(git, q.prefix, tags, q.skip);
  const ref = base.tag ? base.sha ?? `refs/tags/${base.tag}` : void 0;
  const [, sha] = await Promise.all([git.streamCommits(ref ? [`${ref}..HEAD`] : ["HEAD"], opts, onCommit), ref ? git.commitOf(ref) : void 0]);
  return { base, ...sha ? { baseSha: sha } : {} };
}
async function readReleaseRange(git, q) {
  let range;
  if (q.cache) {
    const [base, tags] = await Promise.all([findBaseTag(git, q.prefix, q.tags, q.skip), q.tags]);
    const { raw: raw2, sha } = await commitsSince(git, base, q.files, q.cache, { prefix: q.prefix, tags: [...tags.keys()], ...q.skip ? { skip: q.skip } : {} });
    range = { base, ...sha ? { baseSha: sha } : {}, all: raw2 };
  } else {
    const all = [];
    const { base, baseSha } = await streamReleaseRange(git, q, (c) => all.push(c), () => all.length = 0);
    range = { base, ...baseSha ? { baseSha } : {}, all };
  }
  const raw = q.paths ? range.all.filter((r) => r.files && q.paths.matchesAny(r.files)) : range.all;
  return { ...range, raw };
}
function prereleaseTagsIn(commits, prefix) {
  const out = [];
  for (const c of commits) for (const t of c.tags ?? []) if (parsePrereleaseTag(t, prefix) !== void 0) out.push(t);
  return out.sort((a, b) => compareVersions(parsePrereleaseTag(b, prefix), parsePrereleaseTag(a, prefix)));
}

// src/versioning/settings.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
function componentTagPrefix(c, tagPrefix) {
  return c.tagPrefix ?? `${c.name}-${tagPrefix}`;
}
function relativeGlobProblem(p) {
  if (isAbsolute(p) || /^[A-Za-z]:/.test(p)) return `"${p}" must be relative to the repository root.`;
  if (p.split(/[\\/]/).includes("..")) return `"${p}" must stay inside the repository (no "..").`;
  return void 0;
}
async function scopeSettings(opts, p) {
  const tagPrefix = opts.tagPrefix ?? VOCABULARY["tag-prefix"].default;
  const prefixProblem = tagPrefixProblem(tagPrefix);
  if (prefixProblem) p.add("tag-prefix", prefixProblem.replace(/^"[^"]*" /, `("${tagPrefix}") `));
  const pre1 = opts.pre1 ?? "minor";
  if (pre1 !== "minor" && pre1 !== "major") p.add("pre-1-0", `must be minor or major, got "${String(pre1)}".`);
  const versioning = opts.versioning ?? "unified";
  if (versioning !== "unified" && versioning !== "independent") p.add("versioning", `must be unified or independent, got "${String(versioning)}".`);
  const releaseTypes = (opts.releaseTypes?.length ? opts.releaseTypes : [...DEFAULT_RELEASE_TYPES]).map((t) => t.trim().toLowerCase()).filter(Boolean);
  for (const x of releaseTypesProblems(releaseTypes)) p.add("release-types", `has ${x}; use a comma-separated list such as feat,fix,perf.`);
  const includePaths = (opts.includePaths ?? []).map((x) => x.trim().replace(/^(\.\/)+/, "")).filter(Boolean);
  for (const ip of includePaths) {
    const problem = relativeGlobProblem(ip);
    if (problem) p.add("include-paths", `has ${problem}`);
  }
  let components = [];
  let pathFilter;
  const matchers = /* @__PURE__ */ new Map();
  if (opts.components && opts.components.trim() !== "" || includePaths.length) {
    const { parseComponents, ComponentMatcher } = await import("./components-WPT3V7UM.js");
    if (opts.components?.trim()) {
      try {
        components = parseComponents(opts.components);
      } catch (err) {
        if (!(err instanceof SettingsError)) throw err;
        p.include(err);
      }
    }
    for (const c of components) {
      manifestProblems(c, p);
      matchers.set(c, new ComponentMatcher(c));
    }
    if (includePaths.length) pathFilter = new ComponentMatcher({ name: "include-paths", paths: includePaths, manifests: [] });
  }
  if (versioning === "independent" && !opts.components?.trim()) {
    p.add("versioning", "is independent but no {{components}} are configured; add components or use versioning: unified.");
  }
  if (versioning === "independent" && includePaths.length) {
    p.add("include-paths", "applies to unified versioning; with versioning: independent each component's paths select its commits.");
  }
  return { tagPrefix, includePaths, ...pathFilter ? { pathFilter } : {}, components, matchers, versioning, releaseTypes, pre1 };
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
  let versionFile;
  if (file) {
    versionFile = file.replace(/^(\.\/)+/, "");
    const rel = relative(resolve(cwd), resolve(cwd, versionFile));
    if (isAbsolute(versionFile) || rel === "" || rel.split(sep)[0] === "..") p.add("version-file", `("${file}") must be a file inside the repository (a path relative to {{path}}).`);
  }
  if (pattern) {
    try {
      compileVersionPattern(pattern);
    } catch (err) {
      p.add("version-pattern", err.message);
    }
    if (!versionFile) p.add("version-pattern", "is set but {{version-file}} is not; set version-file to the file the pattern applies to.");
  } else if (versionFile) {
    try {
      updaterFor(versionFile);
    } catch (err) {
      p.add("version-file", `is of an ${err.message.replace(/^[^:]*: unknown/, "unknown")}`);
    }
  }
  return { ...versionFile ? { versionFile } : {}, ...pattern ? { versionPattern: pattern } : {} };
}

export {
  classifyCommit,
  classifyCommits,
  NOTE_GROUPS,
  commitBump,
  groupOf,
  cancelledByReverts,
  countTypes,
  decideBump,
  releaseAsProblem,
  streamReleaseRange,
  readReleaseRange,
  prereleaseTagsIn,
  componentTagPrefix,
  scopeSettings,
  versionFileSettings
};
