import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  lsRemoteRefs,
  push,
  remoteAccess,
  remoteNameProblem
} from "./chunk-NF3SDSC5.js";
import {
  Git
} from "./chunk-4NSJM3RA.js";
import {
  VOCABULARY,
  variant
} from "./chunk-BLP2XCSJ.js";
import {
  defineSchema,
  stringDefault
} from "./chunk-E2MW5JXR.js";
import {
  Problems,
  RelforgeError,
  fieldError
} from "./chunk-ZSVB6QKT.js";

// src/versioning/push-release.ts
import { resolve } from "node:path";
import { existsSync } from "node:fs";
var SHA_RE = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
var REF_RE = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)[^\s~^:?*[\\\x00-\x1f\x7f]+(?<![./])$/;
function settings(o) {
  const p = new Problems();
  const tag = o.tag?.trim() ?? "";
  if (!tag) p.add("tag", 'is required: the release tag the plan job prepared (its "tag" output).');
  else if (!REF_RE.test(tag) || tag.endsWith(".lock")) p.add("tag", `("${tag}") is not a valid tag name.`);
  const tree = o.tree?.trim() ?? "";
  if (!SHA_RE.test(tree)) p.add("tree", `must be the tree the build job built (git rev-parse HEAD^{tree}, 40 hex digits), got "${tree}". Pass the build job's "tree" output.`);
  const commit = o.commit?.trim() || void 0;
  if (commit && !SHA_RE.test(commit)) p.add("commit", `must be a full commit id (40 hex digits), got "${commit}".`);
  const branch = o.branch?.trim() || void 0;
  if (branch && (!REF_RE.test(branch) || branch.endsWith(".lock"))) p.add("branch", `("${branch}") is not a valid branch name.`);
  const base = o.base?.trim() || void 0;
  if (branch && !base) p.add("base", `is required with "branch": the commit the branch was at when the release commit was prepared (the plan job's "base" output).`);
  if (base && !SHA_RE.test(base)) p.add("base", `must be a full commit id (40 hex digits), got "${base}".`);
  const majorTag = o.majorTag?.trim() || void 0;
  if (majorTag && !REF_RE.test(majorTag)) p.add("major-tag", `("${majorTag}") is not a valid tag name.`);
  if (majorTag && !branch) p.add("major-tag", 'moves with a stable release only (give "branch").');
  const remote = o.remote ?? "origin";
  const rp = remoteNameProblem(remote);
  if (rp) p.add("remote", rp);
  const bundle = o.bundle?.trim() ? resolve(o.cwd, o.bundle.trim()) : void 0;
  if (bundle && !existsSync(bundle)) p.add("bundle", `("${o.bundle}") does not exist: download the plan job's artifact (it holds release.bundle) before this step.`);
  p.throwIfAny();
  return { cwd: resolve(o.cwd), tag, tree, commit, branch, base, majorTag, remote, bundle };
}
var RERUN = "Nothing was pushed: no tag, no release commit, and the draft release stays a draft (the next run adopts it). The version is not used up: dispatch the release again (Actions → Release → Run workflow) and it plans from the current head.";
async function fetchBundle(git, bundle, tags) {
  const specs = tags.map((t) => `+refs/tags/${t}:refs/tags/${t}`);
  const r = await git.run(["fetch", "--quiet", "--no-tags", "--", bundle, ...specs], { allowFailure: true });
  if (r.code !== 0) {
    throw fieldError(
      "bundle",
      `could not be read into ${git.cwd}: ${r.stderr.trim().split("\n").slice(-3).join(" ")}. It must come from this run's plan job, and the checkout needs the history it builds on (actions/checkout with fetch-depth: 0). ${RERUN}`
    );
  }
}
async function peel(git, ref) {
  const r = await git.run(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { allowFailure: true });
  return r.code === 0 ? r.stdout.trim() : void 0;
}
async function checkPrepared(git, s) {
  const commit = await peel(git, `refs/tags/${s.tag}`);
  if (!commit) throw fieldError("tag", `("${s.tag}") is not in this checkout: pass the plan job's bundle ({{bundle}}). ${RERUN}`);
  if (s.commit && commit !== s.commit) {
    throw new RelforgeError(`${s.tag} points at ${commit.slice(0, 12)} here, but the plan job tagged ${s.commit.slice(0, 12)}: refusing to push a tag nobody built. ${RERUN}`);
  }
  const tree = await git.text(["rev-parse", `${commit}^{tree}`]);
  if (tree !== s.tree) {
    throw new RelforgeError(
      `The tagged commit ${commit.slice(0, 12)} (${s.tag}) has the tree ${tree.slice(0, 12)}, but the build job built the tree ${s.tree.slice(0, 12)}: the binaries would not be what the tag says. Refusing to push. ${RERUN}`
    );
  }
  if (s.branch && commit !== s.base) {
    const parent = await peel(git, `${commit}^`);
    if (parent !== s.base) {
      throw new RelforgeError(
        `The release commit ${commit.slice(0, 12)} (${s.tag}) is not a child of ${s.base.slice(0, 12)}, where the plan job found ${s.branch}: refusing to push. ${RERUN}`
      );
    }
  }
  return { commit, tree };
}
async function pushRelease(o) {
  const s = settings(o);
  const git = new Git(s.cwd);
  await git.assertRepository();
  const notes = [];
  const tags = [s.tag, ...s.majorTag ? [s.majorTag] : []];
  if (s.bundle) await fetchBundle(git, s.bundle, tags);
  const { commit, tree } = await checkPrepared(git, s);
  const base = { tag: s.tag, commit, tree, branch: s.branch ?? "", pushed: false, reused: false, dryRun: !!o.dryRun, notes };
  const access = await remoteAccess(git, s.remote, o.token, { needPush: !o.dryRun });
  const patterns = tags.map((t) => `refs/tags/${t}`);
  if (s.branch) patterns.push(`refs/heads/${s.branch}`);
  const refs = await lsRemoteRefs(git, access, patterns);
  const remoteTag = refs.get(`refs/tags/${s.tag}`);
  if (remoteTag) {
    const at = remoteTag.peeled ?? remoteTag.object;
    if (at === commit) {
      notes.push(`${s.tag} is already on "${s.remote}" at ${commit.slice(0, 12)} (an earlier run pushed it); nothing to push.`);
      return { ...base, reused: true };
    }
    throw new RelforgeError(
      `Tag ${s.tag} already exists on "${s.remote}" at ${at.slice(0, 12)}, not at the prepared ${commit.slice(0, 12)}: another run released this version, or the tag was moved. Nothing was pushed and nothing is overwritten. Dispatch the release again to plan the next version, or delete the remote tag if it was a mistake.`
    );
  }
  const leases = [];
  const refspecs = [];
  if (s.branch) {
    const now = refs.get(`refs/heads/${s.branch}`);
    const at = now?.object;
    if (at !== s.base) {
      throw new RelforgeError(
        `The branch ${s.branch} on "${s.remote}" moved since the release was planned: it is at ${at ? at.slice(0, 12) : "(deleted)"}, the release commit was prepared on ${s.base.slice(0, 12)}. Refusing a non-fast-forward push; history is never rewritten. ${RERUN}`
      );
    }
    refspecs.push(`${commit}:refs/heads/${s.branch}`);
    leases.push(`refs/heads/${s.branch}:${s.base}`);
  }
  refspecs.push(`refs/tags/${s.tag}:refs/tags/${s.tag}`);
  if (s.majorTag) {
    refspecs.push(`+refs/tags/${s.majorTag}:refs/tags/${s.majorTag}`);
    leases.push(`refs/tags/${s.majorTag}:${refs.get(`refs/tags/${s.majorTag}`)?.object ?? ""}`);
  }
  const result = { ...base, ...s.majorTag ? { majorTag: s.majorTag } : {} };
  if (o.dryRun) return result;
  const what = `${s.branch ? `${s.branch} and ` : ""}${s.tag}${s.majorTag ? ` (+ ${s.majorTag})` : ""}${refspecs.length > 1 ? " (atomically)" : ""}`;
  try {
    await push(git, access, refspecs, { atomic: true, leases, what });
  } catch (err) {
    throw new RelforgeError(`${err.message}
${RERUN}`, { cause: err });
  }
  return { ...result, pushed: true };
}
function renderPushSummary(r) {
  const rows = [
    ["tag", `\`${r.tag}\``],
    ["commit", `\`${r.commit}\``],
    ["tree (= built)", `\`${r.tree}\``],
    ["branch", r.branch || "– (prerelease: tag only)"],
    ["major tag", r.majorTag ?? "–"],
    ["pushed", r.dryRun ? "no (dry run)" : r.reused ? "already (earlier run)" : String(r.pushed)]
  ];
  return `## Push ${r.tag}

| | |
|---|---|
${rows.map(([k, v]) => `| ${k} | ${v} |`).join("\n")}
${r.notes.length ? `
${r.notes.map((n) => `- ${n}`).join("\n")}
` : ""}`;
}

// src/versioning/push-release-options.ts
var pushReleaseSchema = defineSchema({
  name: "push-release",
  summary: "push a prepared release commit and tag atomically, only when the tagged tree is the tree that was built",
  description: "Push a prepared release commit and tag (from the plan job's git bundle) in one atomic push, only when the tagged commit's tree is the tree the build job built and the branch has not moved since the plan; a tag already there at the same commit is left as it is.",
  options: {
    tag: variant("tag", "required; the plan job prepared it", { required: true, description: "The release tag the plan job prepared (e.g. v0.4.0 or v0.4.0-beta.1)." }),
    tree: {
      type: "string",
      required: true,
      description: "The tree the build job built (git rev-parse HEAD^{tree}): the tagged commit must have exactly this tree, or nothing is pushed.",
      cli: { metavar: "SHA" }
    },
    bundle: { type: "string", description: "A git bundle holding the prepared tag (and release commit), e.g. the plan job's release.bundle; its refs are fetched into this checkout first.", cli: { metavar: "FILE" } },
    commit: variant("commit", "the tag must point there", { description: "The commit the plan job tagged: the tag must point there." }),
    branch: {
      type: "string",
      description: "Stable releases: the branch the release commit goes to, in the same atomic push as the tag. Empty for a prerelease (the tag alone is pushed).",
      cli: { metavar: "BRANCH" }
    },
    base: {
      type: "string",
      description: 'With "branch": the commit the branch was at when the release commit was prepared. If the remote branch moved since, nothing is pushed (no history is rewritten).',
      cli: { metavar: "SHA" }
    },
    "major-tag": { type: "string", description: 'A major tag (e.g. v1) prepared with the release (release-commit "major-tag"), moved in the same atomic push (with a lease).', cli: { metavar: "TAG" } },
    remote: VOCABULARY.remote,
    token: variant("token", "git pushes with it; empty means the credentials actions/checkout persisted, so no job-token default", {
      actionDefault: void 0,
      description: "Token for pushing to an HTTPS remote (contents: write). Passed to git through the environment, never on the command line."
    }),
    path: stringDefault(".", "Repository directory (checked out with fetch-depth 0).", "DIR"),
    "dry-run": variant("dry-run", "names the checks it runs", { description: "Run every check (bundle, tag, tree, branch lease, remote tag) and push nothing." }),
    json: VOCABULARY.json
  },
  outputs: {
    commit: "The tagged commit.",
    tree: "Its tree (= the built tree).",
    pushed: '"true" when this run pushed.',
    reused: '"true" when the tag was already on the remote at the prepared commit (a re-run after the push).'
  }
});
function pushReleaseOptions(v) {
  return {
    cwd: v.path,
    tag: v.tag,
    tree: v.tree,
    bundle: v.bundle,
    commit: v.commit,
    branch: v.branch,
    base: v.base,
    majorTag: v["major-tag"],
    remote: v.remote,
    token: v.token,
    dryRun: v["dry-run"]
  };
}

export {
  pushRelease,
  renderPushSummary,
  pushReleaseSchema,
  pushReleaseOptions
};
