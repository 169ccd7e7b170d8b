import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  identityEnv,
  resolveIdentity
} from "./chunk-3775XUDN.js";
import {
  knownFileNames,
  releaseCommitSchema
} from "./chunk-7PDM6JOE.js";
import {
  compareStrictVersions,
  escapeGlob,
  isSemver,
  isStrictVersion,
  parseStrictTag,
  tagPrefixProblem
} from "./chunk-6TDZCRPI.js";
import {
  lsRemoteRefs,
  push,
  remoteAccess,
  remoteNameProblem
} from "./chunk-NF3SDSC5.js";
import {
  expandFiles
} from "./chunk-Y7UKLQWK.js";
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

// src/versioning/release-commit.ts
import { existsSync } from "node:fs";
import { basename, relative, resolve, sep } from "node:path";
var DEFAULT_RELEASE_MESSAGE = releaseCommitSchema.options.message.default;
var MANIFEST_NAMES = new Set(knownFileNames({ locks: true }));
function parsePorcelainZ(out) {
  const parts = out.split("\0");
  const paths = [];
  for (let i = 0; i < parts.length; i++) {
    const e = parts[i];
    if (e.length < 4) continue;
    const xy = e.slice(0, 2);
    paths.push(e.slice(3));
    if (xy[0] === "R" || xy[0] === "C") paths.push(parts[++i]);
  }
  return paths;
}
function releaseCommitSettings(opts) {
  const p = new Problems();
  const prefix = opts.tagPrefix ?? VOCABULARY["tag-prefix"].default;
  const remote = opts.remote ?? VOCABULARY.remote.default;
  const doPush = opts.push ?? true;
  const version = (opts.version ?? "").trim().replace(/^v(?=\d)/, "");
  if (!version) p.add("version", `is required (e.g. 0.4.0, usually next-version's "version" output).`);
  else if (!isSemver(version)) p.add("version", `must be a SemVer version without prefix (e.g. 0.4.0), got "${opts.version}".`);
  const pp = tagPrefixProblem(prefix);
  if (pp) p.add("tag-prefix", pp.replace(/^"[^"]*" /, `("${prefix}") `));
  if (!opts.files.length) p.add("files", `is empty: list the files the release changes (next-version's "files" output, CHANGELOG.md).`);
  const rp = remoteNameProblem(remote);
  if (doPush && rp) p.add("remote", rp);
  if (opts.majorTag && version && isSemver(version) && !isStrictVersion(version)) {
    p.add("major-tag", `moves a major tag to stable releases only; ${version} is a prerelease.`);
  }
  p.throwIfAny();
  const tag = `${prefix}${version}`;
  const message = (opts.message?.trim() || DEFAULT_RELEASE_MESSAGE).replaceAll("{version}", version).replaceAll("{tag}", tag);
  return { cwd: resolve(opts.cwd), version, tag, prefix, message, remote, doPush, ...opts.majorTag ? { majorTag: `${prefix}${version.split(".")[0]}` } : {} };
}
async function releaseFiles(cwd, top, patterns) {
  for (const f of patterns) {
    if (/[*?[\]{}]/.test(f) || f.startsWith("!") || existsSync(resolve(cwd, f))) continue;
    const writer = MANIFEST_NAMES.has(basename(f)) ? 'next-version (write: true) writes manifests and lock files only when the version changes; pass its "files" output instead of naming them by hand' : /change ?log/i.test(f) ? 'the changelog step writes it only with its "output" set to this path' : "check the path (relative to {{path}})";
    throw fieldError("files", `names "${f}", which does not exist in ${cwd}: ${writer}. Nothing was committed.`);
  }
  const abs = await expandFiles(patterns, { cwd, inputName: "files" });
  const files = abs.map((a) => relative(top, a).split(sep).join("/"));
  const outside = files.filter((f) => f.startsWith("../") || f === "..");
  if (outside.length) throw fieldError("files", `names ${outside.join(", ")}, outside the repository ${top}.`);
  return files;
}
async function changedReleaseFiles(git, files) {
  const status = await git.run(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames"], { env: { GIT_OPTIONAL_LOCKS: "0" } });
  const dirty = [...new Set(parsePorcelainZ(status.stdout))];
  const wanted = new Set(files);
  const stray = dirty.filter((p) => !wanted.has(p));
  if (stray.length) {
    const list = `${stray.slice(0, 10).join(", ")}${stray.length > 10 ? ` and ${stray.length - 10} more` : ""}`;
    const manifests = stray.filter((f) => MANIFEST_NAMES.has(basename(f)));
    const cause = manifests.length ? `${manifests.join(", ")} ${manifests.length === 1 ? "was" : "were"} rewritten by next-version (write: true rewrites lock files too): pass its "files" output to {{files}} (e.g. files: \${{ steps.version.outputs.files }}), with the changelog file on its own line.` : "Add them to {{files}} if they belong to the release, or make the build step not modify tracked files.";
    throw fieldError("files", `does not list ${list}, changed in the work tree. ${cause} Nothing was committed.`);
  }
  return files.filter((f) => dirty.includes(f));
}
async function remoteState(git, s, branch, token) {
  if (!s.doPush) return { majorLine: [] };
  const access = await remoteAccess(git, s.remote, token, { needPush: true });
  const patterns = [`refs/tags/${s.tag}`, `refs/heads/${branch}`];
  if (s.majorTag) patterns.push(`refs/tags/${s.majorTag}`, `refs/tags/${escapeGlob(s.majorTag)}.*`);
  const refs = await lsRemoteRefs(git, access, patterns);
  const commit = (ref) => {
    const v = refs.get(ref);
    return v && (v.peeled ?? v.object);
  };
  const m = s.majorTag ? refs.get(`refs/tags/${s.majorTag}`) : void 0;
  return {
    access,
    tag: commit(`refs/tags/${s.tag}`),
    branch: commit(`refs/heads/${branch}`),
    ...m ? { major: { object: m.object, commit: m.peeled ?? m.object } } : {},
    majorLine: [...refs.keys()].filter((r) => s.majorTag && r.startsWith(`refs/tags/${s.majorTag}.`))
  };
}
async function majorTagDecision(git, s, remote, notes) {
  if (!s.majorTag) return void 0;
  const local = await git.localTags([`refs/tags/${escapeGlob(s.majorTag)}.*`]);
  const higher = [.../* @__PURE__ */ new Set([...local.keys(), ...remote.majorLine])].map((ref) => ref.slice("refs/tags/".length)).filter((t) => {
    const v = parseStrictTag(t, s.prefix);
    return v !== void 0 && compareStrictVersions(v, s.version) > 0;
  });
  if (higher.length) {
    notes.push(`${s.majorTag} was not moved: ${higher.sort().at(-1)} is a higher release of that major.`);
    return void 0;
  }
  return s.majorTag;
}
async function releaseCommit(opts) {
  const s = releaseCommitSettings(opts);
  const git = new Git(s.cwd);
  await git.assertRepository();
  const branch = await git.currentBranch();
  if (!branch) {
    throw new RelforgeError(
      'HEAD is detached, so there is no branch to push the release commit to. Check out the release branch (actions/checkout with "ref: ${{ github.ref_name }}" on a branch-triggered or dispatched run).'
    );
  }
  const head = await git.headCommit();
  if (!head) throw new RelforgeError(`${s.cwd}: the branch ${branch} has no commits yet.`);
  const top = await git.text(["rev-parse", "--show-toplevel"]);
  const files = await releaseFiles(s.cwd, top, opts.files);
  const changed = await changedReleaseFiles(git, files);
  const remote = await remoteState(git, s, branch, opts.token);
  const notes = [];
  const base = { commit: "", tag: s.tag, version: s.version, branch, parent: head, files: changed, pushed: false, reused: false, dryRun: !!opts.dryRun, notes };
  if (remote.tag !== void 0) return converge(git, s, remote, base, changed);
  if (s.doPush && remote.branch !== void 0 && remote.branch !== head) {
    throw new RelforgeError(
      `The remote branch ${branch} on "${s.remote}" is at ${remote.branch.slice(0, 12)}, but this checkout is at ${head.slice(0, 12)}: the branch moved since checkout (or this checkout has unpushed commits). Nothing was committed or pushed; re-run the release on the new head.`
    );
  }
  const localTag = await git.run(["rev-parse", "--verify", "--quiet", `refs/tags/${s.tag}^{commit}`], { allowFailure: true });
  if (localTag.code === 0) {
    throw new RelforgeError(
      `Tag ${s.tag} already exists in this checkout (commit ${localTag.stdout.trim().slice(0, 12)}) but not on "${s.remote}". If it is a leftover, delete it (git tag -d ${s.tag}) and re-run; nothing was committed or pushed.`
    );
  }
  if (changed.length === 0) {
    throw fieldError(
      "files",
      `(${files.join(", ")}) did not change, so there is nothing to commit for ${s.tag}. Run next-version with "write: true" and/or the changelog with "output" before this step.`
    );
  }
  const major = await majorTagDecision(git, s, remote, notes);
  if (opts.dryRun) return { ...base, ...major ? { majorTag: major } : {} };
  return commitTagPush(git, s, { branch, head, changed, remote, major, base, identity: opts.identity });
}
async function converge(git, s, remote, base, changed) {
  if (remote.branch === remote.tag && changed.length > 0) {
    const fetched = await git.run(["fetch", "--no-tags", "--", s.remote, `+refs/tags/${s.tag}:refs/tags/${s.tag}`], { env: remote.access.env, allowFailure: true });
    const parent = fetched.code === 0 ? (await git.run(["rev-parse", "--verify", "--quiet", `refs/tags/${s.tag}^{commit}^`], { allowFailure: true })).stdout.trim() : "";
    if (parent === base.parent) return { ...base, commit: remote.tag, reused: true, ...s.majorTag && remote.major?.commit === remote.tag ? { majorTag: s.majorTag } : {} };
  }
  throw new RelforgeError(
    `Tag ${s.tag} already exists on "${s.remote}" (commit ${remote.tag.slice(0, 12)}): version ${s.version} has been released. Nothing was committed or pushed. Re-run next-version on the current branch head, or delete the tag if that release was a mistake.`
  );
}
async function commitTagPush(git, s, x) {
  const env = identityEnv(await resolveIdentity(git, x.identity));
  await git.run(["add", "--", ...x.changed]);
  await git.run(["commit", "--quiet", "--no-verify", "--no-gpg-sign", "--only", "--message", s.message, "--", ...x.changed], { env });
  const commit = await git.text(["rev-parse", "HEAD"]);
  await git.run(["tag", "--annotate", "--no-sign", "--force", "--message", s.message, "--", s.tag, commit], { env });
  const previousMajor = x.major ? (await git.run(["rev-parse", "--verify", "--quiet", `refs/tags/${x.major}`], { allowFailure: true })).stdout.trim() : "";
  if (x.major) await git.run(["tag", "--annotate", "--no-sign", "--force", "--message", `${s.message} (${x.major})`, "--", x.major, commit], { env });
  const result = { ...x.base, commit, ...x.major ? { majorTag: x.major } : {} };
  if (!x.remote.access) return result;
  const refspecs = [`${commit}:refs/heads/${x.branch}`, `refs/tags/${s.tag}:refs/tags/${s.tag}`];
  const leases = [`refs/heads/${x.branch}:${x.remote.branch ?? ""}`];
  if (x.major) {
    refspecs.push(`+refs/tags/${x.major}:refs/tags/${x.major}`);
    leases.push(`refs/tags/${x.major}:${x.remote.major?.object ?? ""}`);
  }
  try {
    await push(git, x.remote.access, refspecs, { atomic: true, leases, what: `${x.branch} and ${s.tag}${x.major ? ` (+ ${x.major})` : ""} (atomically)` });
  } catch (err) {
    await git.run(["tag", "--delete", s.tag], { allowFailure: true });
    if (x.major) {
      if (previousMajor) await git.run(["update-ref", `refs/tags/${x.major}`, previousMajor], { allowFailure: true });
      else await git.run(["tag", "--delete", x.major], { allowFailure: true });
    }
    await git.run(["update-ref", "-m", "relforge: undo release commit after a refused push", `refs/heads/${x.branch}`, x.head, commit], { allowFailure: true });
    throw err;
  }
  return { ...result, pushed: true };
}

export {
  DEFAULT_RELEASE_MESSAGE,
  releaseCommit
};
