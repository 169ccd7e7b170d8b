import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  computeNextVersion,
  planManifestWrites,
  plannedPaths,
  readVersionFile,
  writeManifests
} from "./chunk-OKXPVA37.js";
import {
  componentTagPrefix,
  releaseAsProblem,
  scopeSettings,
  versionFileSettings
} from "./chunk-DRTXKL47.js";
import {
  retry
} from "./chunk-UTAM4NQJ.js";
import {
  identityEnv,
  resolveIdentity
} from "./chunk-3775XUDN.js";
import {
  prereleaseSchema
} from "./chunk-7PDM6JOE.js";
import {
  applyBump,
  compareVersions,
  escapeGlob,
  isSemver,
  isStrictVersion,
  isValidChannel,
  parsePrereleaseTag,
  parseStrictTag
} from "./chunk-6TDZCRPI.js";
import {
  lsRemote,
  push,
  remoteAccess,
  remoteNameProblem
} from "./chunk-NF3SDSC5.js";
import {
  Git
} from "./chunk-4NSJM3RA.js";
import {
  VOCABULARY
} from "./chunk-BLP2XCSJ.js";
import {
  Problems,
  RelforgeError,
  fieldError
} from "./chunk-ZSVB6QKT.js";

// src/versioning/prerelease.ts
import { resolve } from "node:path";

// src/versioning/core/prerelease-tags.ts
var PrereleaseRefused = class extends Error {
  constructor(message) {
    super(message);
    this.name = "PrereleaseRefused";
  }
};
function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function prereleaseNumberOf(tag, prefix, base, channel) {
  const m = new RegExp(`^${escapeRegex(prefix)}${escapeRegex(base)}-${escapeRegex(channel)}\\.(0|[1-9][0-9]*)$`).exec(tag);
  if (!m) return void 0;
  const n = Number(m[1]);
  return Number.isSafeInteger(n) ? n : void 0;
}
function numericPrereleaseNumberOf(tag, prefix, base) {
  const m = new RegExp(`^${escapeRegex(prefix)}${escapeRegex(base)}-(0|[1-9][0-9]*)$`).exec(tag);
  if (!m) return void 0;
  const n = Number(m[1]);
  return Number.isSafeInteger(n) ? n : void 0;
}
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return d[a.length][b.length];
}
function channelProblem(channel, allowed) {
  if (!isValidChannel(channel)) {
    return `must be a prerelease identifier of letters, digits and "-" (e.g. beta, rc, nightly), got "${channel}".`;
  }
  if (channel.toLowerCase() === "stable") {
    return 'is "stable", which is not a prerelease channel; stable releases go through next-version, changelog and release-commit.';
  }
  if (editDistance(channel.toLowerCase(), "stable") === 1) {
    return `is "${channel}": did you mean "stable"? A prerelease channel one letter away from "stable" is refused as a typo (it would tag a prerelease named "${channel}"). Use "stable" for a release, or a channel such as beta or rc.`;
  }
  if (/^[0-9]+$/.test(channel)) {
    return `is numeric ("${channel}"); use a name such as beta or rc (a numeric channel would compare as a number).`;
  }
  if (allowed?.length && !allowed.includes(channel)) {
    const near = allowed.find((a) => editDistance(a.toLowerCase(), channel.toLowerCase()) <= 1);
    return `is "${channel}", which is not one of the declared channels (${allowed.join(", ")})${near ? `: did you mean "${near}"?` : "."} Use one of them, or add it to "channels".`;
  }
  return void 0;
}
function channelsProblem(channels) {
  const bad = channels.map((c) => [c, channelProblem(c)]).filter(([, p]) => p);
  if (!bad.length) return void 0;
  return `lists channels that cannot be prerelease channels: ${bad.map(([c, p]) => `"${c}" ${p}`).join(" ")}`;
}
function parsePrereleaseScheme(raw) {
  const v = (raw ?? "").trim() || "channel";
  if (v === "channel" || v === "numeric") return v;
  return { problem: `must be "channel" (X.Y.Z-beta.N) or "numeric" (X.Y.Z-N, what WiX/MSI accepts), got "${raw}".` };
}
function parsePrereleaseNumber(raw) {
  const v = raw.trim();
  if (v === "" || v === "auto") return "auto";
  if (!/^(0|[1-9][0-9]*)$/.test(v) || !Number.isSafeInteger(Number(v))) {
    return { problem: `must be "auto" or an integer 0 or more such as 3 (no sign, no leading zeros), got "${raw}".` };
  }
  return Number(v);
}
function parseFirstNumber(raw) {
  const v = String(raw ?? "1").trim();
  if (v === "" || v === "1") return 1;
  if (v === "0") return 0;
  return { problem: `must be 0 or 1 (the N of a version's first prerelease: rc.0 or rc.1), got "${raw}".` };
}
function baseVersionProblem(base) {
  if (isStrictVersion(base)) return void 0;
  if (isSemver(base)) return `"${base}" has a prerelease or build part; give the plain release version the beta leads to (e.g. 0.4.0).`;
  return `must be "next", "manifest" or a version MAJOR.MINOR.PATCH (e.g. 0.4.0), got "${base}".`;
}
function planPrerelease(input) {
  const { prefix, base, channel, head } = input;
  const numeric = input.scheme === "numeric";
  const numbered = input.tags.map((t) => ({ ...t, n: numeric ? numericPrereleaseNumberOf(t.name, prefix, base) : prereleaseNumberOf(t.name, prefix, base, channel) })).filter((t) => t.n !== void 0);
  const make = (n) => {
    const version = numeric ? `${base}-${n}` : `${base}-${channel}.${n}`;
    return { tag: `${prefix}${version}`, version, number: n };
  };
  let plan;
  if (input.number === "auto") {
    const onHead = numbered.filter((t) => t.commit === head).sort((a, b) => b.n - a.n)[0];
    if (onHead) return { ...make(onHead.n), action: "reuse" };
    plan = { ...make(numbered.length ? numbered.reduce((m, t) => Math.max(m, t.n), 0) + 1 : input.first ?? 1), action: "create" };
  } else {
    const want = make(input.number);
    const existing = numbered.find((t) => t.n === input.number);
    if (existing?.commit === head) return { ...want, action: "reuse" };
    if (existing && !input.force) {
      throw new PrereleaseRefused(
        `Tag ${want.tag} already exists on commit ${existing.commit.slice(0, 12)}, not on HEAD (${head.slice(0, 12)}). Use number: auto (next free number), pick another number, or set force: true to move the tag.`
      );
    }
    plan = existing ? { ...want, action: "move", previousCommit: existing.commit } : { ...want, action: "create" };
  }
  const higher = highestAbove(input.tags, prefix, plan.version);
  if (higher && numeric && /-(0|[1-9][0-9]*)$/.test(higher)) {
    throw new PrereleaseRefused(
      `${plan.tag} would sort below the existing prerelease ${higher}, so updaters that already run ${higher} would never take it. Use number: auto (the next free number) or a number above it. Nothing was tagged.`
    );
  }
  if (higher && numeric) {
    throw new PrereleaseRefused(
      `${plan.tag} would sort below the existing prerelease ${higher} (SemVer orders a numeric prerelease such as ${base}-1 before any named one such as ${base}-beta.1), so updaters that already run ${higher} would never take it. Keep prerelease-scheme: channel for ${base}, or start numeric prereleases with the next version (base: X.Y.Z). Nothing was tagged.`
    );
  }
  if (higher) {
    throw new PrereleaseRefused(
      `${plan.tag} would sort below the existing prerelease ${higher} (SemVer orders ${channel} before ${higher.slice(prefix.length + base.length + 1).split(".")[0]}), so updaters that already run ${higher} would never take it. Use that channel (or a later one), or a higher base version. Nothing was tagged.`
    );
  }
  return plan;
}
function highestAbove(tags, prefix, version) {
  let best;
  for (const t of tags) {
    const v = parsePrereleaseTag(t.name, prefix);
    if (v === void 0 || compareVersions(v, version) <= 0) continue;
    if (!best || compareVersions(v, best.v) > 0) best = { tag: t.name, v };
  }
  return best?.tag;
}

// src/versioning/prerelease.ts
async function prereleaseSettings(opts) {
  const p = new Problems();
  const channel = opts.channel ?? prereleaseSchema.options.channel.default;
  const prefix = opts.tagPrefix ?? VOCABULARY["tag-prefix"].default;
  const baseInput = (opts.base ?? "next").trim() || "next";
  const remote = opts.remote ?? VOCABULARY.remote.default;
  const doPush = opts.push ?? true;
  const channels = (opts.channels ?? []).map((c) => c.trim()).filter(Boolean);
  const csp = channelsProblem(channels);
  if (csp) p.add("channels", csp);
  const cp = channelProblem(channel, csp ? void 0 : channels);
  if (cp) p.add("channel", cp);
  const scheme = parsePrereleaseScheme(opts.scheme);
  if (typeof scheme === "object") p.add("prerelease-scheme", scheme.problem);
  const releaseAs = opts.releaseAs?.trim() || void 0;
  if (releaseAs) {
    const rp2 = releaseAsProblem(releaseAs);
    if (rp2) p.add("release-as", rp2);
    else if (baseInput !== "next") p.add("release-as", `forces the version base "next" computes, but base is "${baseInput}"; give one of them.`);
  }
  if (baseInput !== "next" && baseInput !== "manifest") {
    const bp = baseVersionProblem(baseInput.replace(/^v(?=\d)/, ""));
    if (bp) p.add("base", bp);
  }
  if (baseInput === "manifest" && !opts.versionFile) p.add("base", 'is "manifest", which needs {{version-file}} (e.g. package.json or Cargo.toml).');
  const number = parsePrereleaseNumber(String(opts.number ?? prereleaseSchema.options.number.default));
  if (typeof number === "object") p.add("number", number.problem);
  const firstNumber = parseFirstNumber(opts.firstNumber);
  if (typeof firstNumber === "object") p.add("first-number", firstNumber.problem);
  const rp = remoteNameProblem(remote);
  if (doPush && rp) p.add("remote", rp);
  const scope = await scopeSettings({ ...opts.nextVersion, tagPrefix: prefix }, p);
  const vf = versionFileSettings(opts.cwd, opts.versionFile, opts.versionPattern, p);
  p.throwIfAny();
  const rawComponents = opts.nextVersion?.components;
  return {
    cwd: resolve(opts.cwd),
    channel,
    prefix,
    baseInput,
    number,
    firstNumber,
    scheme,
    ...releaseAs ? { releaseAs } : {},
    remote,
    doPush,
    ...vf,
    scope,
    ...rawComponents ? { rawComponents } : {}
  };
}
async function refuseReleasedHead(git, prefix) {
  const onHead = (await git.text(["tag", "--points-at", "HEAD"])).split("\n").filter((t) => t && parseStrictTag(t, prefix) !== void 0);
  if (!onHead.length) return;
  throw new RelforgeError(
    `HEAD is already the release ${onHead.join(", ")}: a prerelease of this commit would be the same code under a lower version. Nothing was tagged. Commit the next change first (a prerelease is what comes after ${onHead[0]}), or run the stable release for a new version.`
  );
}
async function resolveBase(s, notes) {
  const all = s.scope.components;
  if (s.baseInput === "manifest") {
    const base2 = readVersionFile(s.cwd, s.versionFile, s.versionPattern);
    if (!isStrictVersion(base2)) throw fieldError("version-file", `("${s.versionFile}") declares ${base2}; base: manifest needs a plain MAJOR.MINOR.PATCH version there.`);
    return { base: base2, baseSource: "manifest", prefix: s.prefix, writeComponents: all };
  }
  if (s.baseInput !== "next") return { base: s.baseInput.replace(/^v(?=\d)/, ""), baseSource: "explicit", prefix: s.prefix, writeComponents: all };
  const { versioning, releaseTypes, pre1, includePaths } = s.scope;
  const nv = await computeNextVersion({
    cwd: s.cwd,
    tagPrefix: s.prefix,
    versionFile: s.versionFile,
    versionPattern: s.versionPattern,
    versioning,
    releaseTypes,
    pre1,
    includePaths,
    ...s.rawComponents ? { components: s.rawComponents } : {},
    prefixMismatch: "warn",
    forPrerelease: true,
    ...s.releaseAs ? { releaseAs: s.releaseAs } : {}
  });
  for (const w of nv.warnings ?? []) notes.push(w);
  let base = nv.version;
  let prefix = s.prefix;
  let writeComponents = all.filter((c) => nv.changedComponents.includes(c.name));
  if (versioning === "independent") {
    const releasing = nv.components.filter((c2) => c2.bump !== "none");
    if (releasing.length !== 1) {
      throw new RelforgeError(
        `With versioning: independent a prerelease is cut for one component, but ${releasing.length} release (${releasing.map((c2) => c2.name).join(", ") || "none"}). Give base: X.Y.Z and the component's own tag-prefix, or release the components one at a time.`
      );
    }
    const c = all.find((x) => x.name === releasing[0].name);
    prefix = componentTagPrefix(c, s.prefix);
    writeComponents = [c];
  }
  if (!nv.released || !isStrictVersion(base)) {
    const from = isStrictVersion(nv.previousVersion) ? nv.previousVersion : base.replace(/-.*$/, "");
    base = applyBump(from, "patch");
    notes.push(`No releasable commits since ${nv.previousTag ?? "the start"}; the prerelease leads to the next patch, ${base}.`);
  }
  return { base, baseSource: "next", prefix, next: nv, writeComponents };
}
async function baseTags(git, s, prefix, base, access, notes) {
  const patterns = [`refs/tags/${escapeGlob(`${prefix}${base}-`)}*`, `refs/tags/${escapeGlob(`${prefix}${base}`)}`];
  const local = await git.localTags(patterns);
  let remote = /* @__PURE__ */ new Map();
  if (access) remote = await lsRemote(git, access, patterns);
  else if ((await git.run(["remote", "get-url", s.remote], { allowFailure: true })).code === 0) {
    try {
      remote = await lsRemote(git, await remoteAccess(git, s.remote, void 0, { needPush: false }), patterns);
    } catch (err) {
      notes.push(`Remote tags not checked (${err.message.split("\n")[0]}); numbering uses local tags only.`);
    }
  }
  return { patterns, local, remote };
}
function mergedTags(local, remote, stableRef) {
  const merged = new Map([...local, ...remote]);
  return [...merged].filter(([ref]) => ref !== stableRef).map(([ref, commit]) => ({ name: ref.slice("refs/tags/".length), commit }));
}
function prereleaseTargets(s, r, version) {
  const targets = [];
  if (s.versionFile && s.scope.versioning === "unified") targets.push({ path: s.versionFile, versionPattern: s.versionPattern, version });
  for (const c of r.writeComponents) for (const m of c.manifests) targets.push({ path: m.path, versionPattern: m.versionPattern, version });
  return targets;
}
async function cutPrerelease(opts) {
  const s = await prereleaseSettings(opts);
  const git = new Git(s.cwd);
  await git.assertRepository();
  const head = await git.headCommit();
  if (!head) throw new RelforgeError(`${s.cwd}: the current branch has no commits yet; commit something before cutting a prerelease.`);
  await refuseReleasedHead(git, s.prefix);
  const access = s.doPush ? await remoteAccess(git, s.remote, opts.token, { needPush: true }) : void 0;
  const notes = [];
  const r = await resolveBase(s, notes);
  if (r.prefix !== s.prefix) await refuseReleasedHead(git, r.prefix);
  const { base, prefix } = r;
  const tags = await baseTags(git, s, prefix, base, access, notes);
  const stableRef = `refs/tags/${prefix}${base}`;
  if (tags.local.has(stableRef) || tags.remote.has(stableRef)) {
    throw fieldError(
      "base",
      `gives ${base}, but ${prefix}${base} is already released, so ${s.scheme === "numeric" ? `${base}-N` : `${base}-${s.channel}.N`} would sort below it. Use base: next (the version after the last release) or an explicit higher base.`
    );
  }
  const existing = mergedTags(tags.local, tags.remote, stableRef).map((t) => t.name).sort((a, b) => a < b ? 1 : -1);
  const targets = opts.write ? prereleaseTargets(s, r, s.scheme === "numeric" ? `${base}-0` : `${base}-${s.channel}.0`) : [];
  if (targets.length) planManifestWrites(s.cwd, targets);
  const id = opts.dryRun ? void 0 : await resolveIdentity(git, opts.identity);
  const result = await tagAndPush({ git, s, head, prefix, base, tags, stableRef, access, id, dryRun: !!opts.dryRun, force: !!opts.force, notes });
  const finalTargets = targets.map((t) => ({ ...t, version: result.version }));
  const files = !finalTargets.length ? [] : opts.dryRun ? plannedFiles(s.cwd, finalTargets) : writeManifests(s.cwd, finalTargets);
  return { ...result, base, baseSource: r.baseSource, channel: s.channel, notes, files, existing, ...r.next ? { next: r.next } : {} };
}
function plannedFiles(cwd, targets) {
  return plannedPaths(cwd, planManifestWrites(cwd, targets));
}
async function tagAndPush(x) {
  const { git, s, head, tags } = x;
  return retry(
    async () => {
      let plan;
      try {
        plan = planPrerelease({ prefix: x.prefix, base: x.base, channel: s.channel, number: s.number, first: s.firstNumber, scheme: s.scheme, head, tags: mergedTags(tags.local, tags.remote, x.stableRef), force: x.force });
      } catch (err) {
        if (err instanceof PrereleaseRefused) throw new RelforgeError(err.message);
        throw err;
      }
      const result = { version: plan.version, tag: plan.tag, number: plan.number, prerelease: true, reused: plan.action === "reuse", pushed: false, dryRun: x.dryRun, commit: head, action: plan.action };
      if (x.dryRun) return { done: result };
      const ref = `refs/tags/${plan.tag}`;
      const localCommit = tags.local.get(ref);
      const remoteCommit = tags.remote.get(ref);
      if (plan.action === "reuse" && localCommit === void 0 && x.access) {
        await git.run(["fetch", "--no-tags", "--", s.remote, `+${ref}:${ref}`], { env: x.access.env });
      } else if (plan.action !== "reuse" || localCommit !== head) {
        const args = ["tag", "--annotate", "--no-sign", "--message", s.scheme === "numeric" ? `Prerelease ${plan.version} (${s.channel})` : `Prerelease ${plan.version}`];
        if (plan.action === "move" || localCommit !== void 0) args.push("--force");
        await git.run([...args, "--", plan.tag, head], { env: identityEnv(x.id) });
      }
      if (!x.access || remoteCommit === head) return { done: result };
      const spec = plan.action === "move" || remoteCommit !== void 0 ? `+${ref}:${ref}` : `${ref}:${ref}`;
      try {
        await push(git, x.access, [spec], { what: `tag ${plan.tag}` });
      } catch (err) {
        const now = s.number === "auto" && plan.action === "create" ? await lsRemote(git, x.access, tags.patterns) : void 0;
        const taken = now?.get(ref);
        if (taken === void 0 || taken === head) throw err;
        await git.run(["tag", "--delete", plan.tag], { allowFailure: true });
        tags.local.delete(ref);
        tags.remote = now;
        x.notes.push(`${plan.tag} was pushed by a concurrent run (commit ${taken.slice(0, 12)}) meanwhile; took the next number.`);
        return { retry: `${plan.tag} taken by a concurrent run`, delayMs: 0, exhausted: () => {
          throw err;
        } };
      }
      return { done: { ...result, pushed: true } };
    },
    { attempts: 3, baseDelayMs: 0 }
  );
}
function prereleaseVerb(res) {
  const [would, did] = res.action === "reuse" ? ["reuse", "reused"] : res.action === "move" ? ["move", "moved"] : ["tag", "tagged"];
  return res.dryRun ? `would ${would}` : did;
}
function renderPrereleaseSummary(res) {
  const rows = [
    ["version", `\`${res.version}\``],
    ["commit", `\`${res.commit}\``],
    ["leads to", `${res.base} (${res.baseSource})`],
    ["number", `${res.number}${res.existing.length ? ` (existing: ${res.existing.slice(0, 5).join(", ")})` : ""}`],
    ["reused", String(res.reused)],
    ["pushed", String(res.pushed)]
  ];
  if (res.next) {
    rows.push(["base tag", res.next.previousTag ?? "(none)"], ["why", res.next.reason]);
    if (res.next.ignoredPrereleaseTags.length) rows.push(["ignored prerelease tags", res.next.ignoredPrereleaseTags.slice(0, 10).join(", ")]);
  }
  if (res.files.length) rows.push(["rewritten (not committed)", res.files.map((f) => `\`${f}\``).join(", ")]);
  const table = rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, "\\|")} |`).join("\n");
  return `## Prerelease ${res.tag}${res.dryRun ? " (dry run)" : ""}

| | |
|---|---|
${table}
${res.notes.length ? `
${res.notes.map((n) => `- ${n}`).join("\n")}
` : ""}`;
}

export {
  channelProblem,
  channelsProblem,
  cutPrerelease,
  prereleaseVerb,
  renderPrereleaseSummary
};
