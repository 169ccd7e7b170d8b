import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  defineCommand
} from "./chunk-ODS7LYII.js";
import {
  generateChangelog
} from "./chunk-7ZTHB3EP.js";
import "./chunk-QMIP2YKH.js";
import {
  channelProblem,
  channelsProblem,
  cutPrerelease
} from "./chunk-6DPEDQGK.js";
import {
  computeNextVersion
} from "./chunk-OKXPVA37.js";
import "./chunk-DRTXKL47.js";
import "./chunk-UTAM4NQJ.js";
import {
  DEFAULT_RELEASE_MESSAGE
} from "./chunk-Q77GVK7N.js";
import "./chunk-3775XUDN.js";
import {
  planOptions,
  planSchema
} from "./chunk-7PDM6JOE.js";
import "./chunk-6TDZCRPI.js";
import {
  lsRemote,
  remoteAccess
} from "./chunk-NF3SDSC5.js";
import "./chunk-Y7UKLQWK.js";
import "./chunk-NXKPZHBO.js";
import {
  Git
} from "./chunk-4NSJM3RA.js";
import "./chunk-NSBA6LUF.js";
import {
  VOCABULARY
} from "./chunk-BLP2XCSJ.js";
import "./chunk-E2MW5JXR.js";
import "./chunk-6DPT4XSZ.js";
import "./chunk-ZJ4GZZ6R.js";
import "./chunk-A3HMJ4J5.js";
import {
  fieldError
} from "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/versioning/plan.ts
async function planRelease(opts) {
  const channel = opts.channel || "stable";
  if (channel !== "stable") {
    const declared = (opts.channels ?? []).map((c) => c.trim()).filter(Boolean);
    const p = channelProblem(channel, channelsProblem(declared) ? void 0 : declared);
    if (p) throw fieldError("channel", `${p}${p.includes('"stable"') ? "" : ' Use "stable" for a versioned release.'}`);
    return planPrerelease(opts, channel);
  }
  const { channel: _c, base: _b, number: _n, firstNumber: _fn, channels: _cs, scheme: _sc, remote: _r, config: _cfg, changelogFile: _f, ...nvOpts } = opts;
  const next = await computeNextVersion({ ...nvOpts, write: false, planFiles: true });
  const notes = [...next.warnings ?? []];
  if (!next.released) {
    return { channel: "stable", releasable: false, reason: `No releasable commits since ${next.previousTag ?? "the start of history"}: a stable run would skip. ${next.reason}.`, next, notes };
  }
  const releasing = next.versioning === "independent" ? next.components.filter((c) => c.bump !== "none") : [];
  const lines = next.versioning === "independent" ? releasing.map((c) => ({ component: c.name, version: c.version, tag: c.tag, previousTag: c.previousTag, reason: c.reason ?? "" })) : [{ component: void 0, version: next.version, tag: next.tag, previousTag: next.previousTag, reason: next.reason }];
  const releases = [];
  for (const l of lines) {
    const changelog = await generateChangelog({
      ...nvOpts,
      version: l.version,
      config: opts.config,
      ...l.component ? { component: l.component } : {}
    });
    releases.push({ ...l.component ? { component: l.component } : {}, version: l.version, tag: l.tag, ...l.previousTag ? { previousTag: l.previousTag } : {}, reason: l.reason, changelog });
  }
  notes.push(...await remoteTagNotes(opts, lines.map((l) => l.tag)));
  const file = opts.changelogFile ?? "CHANGELOG.md";
  const files = [.../* @__PURE__ */ new Set([...next.plannedFiles ?? [], file])];
  const first = releases[0];
  const message = DEFAULT_RELEASE_MESSAGE.replace("{tag}", first.tag).replace("{version}", first.version);
  const manifests = next.plannedFiles ?? [];
  const steps = [
    manifests.length ? `write ${lines.map((l) => l.version).join(", ")} into ${manifests.join(", ")}` : "no manifest to update (tag-only versioning)",
    `prepend the ${first.version} section to ${file}`,
    `commit "${message}" with ${files.join(", ")}; tag ${lines.map((l) => l.tag).join(", ")} (annotated)`,
    `push the branch and ${lines.map((l) => l.tag).join(", ")} atomically`
  ];
  return { channel: "stable", releasable: true, version: first.version, tag: first.tag, prerelease: false, next, releases, changelog: first.changelog, files, steps, notes };
}
async function planPrerelease(opts, channel) {
  const pre = await cutPrerelease({
    cwd: opts.cwd,
    channel,
    base: opts.base,
    number: opts.number,
    firstNumber: opts.firstNumber,
    ...opts.channels ? { channels: opts.channels } : {},
    ...opts.scheme ? { scheme: opts.scheme } : {},
    ...opts.releaseAs ? { releaseAs: opts.releaseAs } : {},
    tagPrefix: opts.tagPrefix,
    versionFile: opts.versionFile,
    versionPattern: opts.versionPattern,
    remote: opts.remote,
    push: false,
    dryRun: true,
    nextVersion: { pre1: opts.pre1, releaseTypes: opts.releaseTypes, components: opts.components, versioning: opts.versioning, includePaths: opts.includePaths }
  });
  const steps = pre.reused ? [`reuse ${pre.tag} (HEAD already carries it)`, `push tag ${pre.tag} if the remote lacks it`] : [`tag HEAD ${pre.commit.slice(0, 12)} as ${pre.tag} (annotated)`, `push only refs/tags/${pre.tag}`, "no commit, no changelog file, no manifest change (write: true rewrites manifests in the work tree only)"];
  return { channel, releasable: true, version: pre.version, tag: pre.tag, prerelease: true, prereleaseResult: pre, ...pre.next ? { next: pre.next } : {}, steps, notes: pre.notes };
}
async function remoteTagNotes(opts, tags) {
  const git = new Git(opts.cwd);
  const remote = opts.remote ?? VOCABULARY.remote.default;
  if ((await git.run(["remote", "get-url", remote], { allowFailure: true })).code !== 0) return [];
  try {
    const refs = await lsRemote(git, await remoteAccess(git, remote, void 0, { needPush: false }), tags.map((t) => `refs/tags/${t}`));
    return tags.filter((t) => refs.has(`refs/tags/${t}`)).map((t) => `${t} already exists on "${remote}": release-commit would refuse it. Fetch the tags (git fetch --tags) and plan again.`);
  } catch (err) {
    return [`Remote tags not checked (${err.message.split("\n")[0]}).`];
  }
}
function renderPlan(plan) {
  const lines = [`channel:  ${plan.channel}`];
  const nextLines = (n, why = true) => {
    if (!n) return;
    if (n.versioning !== "independent") lines.push(`base:     ${n.previousTag ? `${n.previousTag} (${(n.baseSha ?? "").slice(0, 7)})` : n.baseSource === "version-file" ? `no release tag; version file ${n.previousVersion}` : "no release tag (0.0.0)"}, ${n.commits} commit(s) since`);
    if (why) lines.push(`why:      ${n.reason}`);
    for (const [i, d] of n.deciding.entries()) lines.push(`${i === 0 ? "deciding: " : "          "}${d.sha.slice(0, 7)} ${d.subject}${d.breaking ? " (breaking)" : ""}`);
    if ((n.decidingTotal ?? 0) > n.deciding.length) lines.push(`          … ${n.decidingTotal - n.deciding.length} more`);
    lines.push(`ignored prerelease tags: ${n.ignoredPrereleaseTags.length ? n.ignoredPrereleaseTags.slice(0, 20).join(", ") : "(none)"}`);
  };
  if (!plan.releasable) {
    lines.push(`nothing to release: ${plan.reason}`);
    nextLines(plan.next, false);
  } else if (!plan.prerelease) {
    lines.push(`version:  ${plan.version}`, `tag:      ${plan.tag}`, "prerelease: false");
    for (const r of plan.releases.length > 1 || plan.releases[0]?.component ? plan.releases : []) lines.push(`release:  ${r.tag} (${r.component}: ${r.reason})`);
    nextLines(plan.next);
    lines.push(`files:    ${plan.files.join(", ")}`);
  } else {
    const p = plan.prereleaseResult;
    lines.push(`version:  ${plan.version}`, `tag:      ${plan.tag}`, "prerelease: true");
    lines.push(`number:   ${p.number}${p.reused ? " (HEAD already carries this tag)" : p.existing.length ? ` (existing prereleases of ${p.base}: ${p.existing.slice(0, 5).join(", ")}${p.existing.length > 5 ? ", …" : ""})` : " (first of this version)"}`);
    lines.push(`leads to: ${p.base} (${p.baseSource === "next" ? "next-version" : p.baseSource})`);
    nextLines(plan.next);
  }
  if (plan.releasable) {
    lines.push("would:");
    for (const s of plan.steps) lines.push(`  - ${s}`);
  }
  for (const n of plan.notes) lines.push(`note:     ${n}`);
  if (plan.releasable && !plan.prerelease) {
    for (const r of plan.releases) lines.push("", `changelog preview${r.component ? ` (${r.component})` : ""}:`, "", r.changelog.section.trimEnd());
  }
  return lines.join("\n");
}

// src/cli/plan.ts
var plan_default = defineCommand({
  schema: planSchema,
  notes: `Prints what a dispatch of the release workflow would do: stable → next version, tag, base tag, deciding commits, ignored
prerelease tags, the files the release commit would contain and a changelog preview ("nothing releasable" also exits 0);
a prerelease channel → the tag it would create or reuse and why. Nothing is written.`,
  async run(v) {
    const plan = await planRelease(planOptions(v));
    console.log(v.json ? JSON.stringify(plan, null, 2) : renderPlan(plan));
    return 0;
  }
});
export {
  plan_default as default
};
