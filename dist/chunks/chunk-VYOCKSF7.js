import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  CHECKSUMS_NAME,
  PARTIAL_PREFIX,
  TOKEN_MISSING,
  createForge,
  tagProblem
} from "./chunk-SLZ3AGO2.js";
import {
  parseChecksums
} from "./chunk-RXAWHCPD.js";
import {
  booleanWord,
  defineSchema,
  flag,
  jsonFlag,
  requiredString
} from "./chunk-XTSTDGMA.js";
import {
  Problems,
  errorMessage
} from "./chunk-ZSVB6QKT.js";

// src/publishing/inspect.ts
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
async function inspectRelease(s) {
  const p = new Problems();
  const tp = tagProblem(s.tag);
  if (tp) p.add("tag", `is not usable: ${tp}.`);
  const options = "findRelease" in s.forge ? void 0 : s.forge;
  if (options && !options.token) p.add("token", TOKEN_MISSING);
  p.throwIfAny();
  const forge = options ? createForge(options) : s.forge;
  const log = s.log ?? (() => {
  });
  const found = await forge.findRelease(s.tag);
  const release = found.published ?? found.drafts[0];
  const base = { tag: s.tag, state: "none", complete: false, missing: [], releaseId: null, url: "", prerelease: false, assets: [], forge: forge.kind };
  if (!release) {
    log(`${s.tag} has no release yet.`);
    return { ...base, missing: ["no release"] };
  }
  const remote = await forge.listAssets(release);
  const res = {
    ...base,
    state: release.draft ? "draft" : "published",
    releaseId: release.id,
    url: release.htmlUrl,
    prerelease: release.prerelease,
    assets: remote.map((a) => ({ name: a.name, size: a.size, sha256: a.sha256 ?? "", url: a.downloadUrl }))
  };
  res.missing = release.draft ? ["still a draft"] : await missingFiles(forge, release, remote);
  res.complete = res.missing.length === 0;
  log(
    res.complete ? `${s.tag} is already released; nothing to do (published, with every file its SHA256SUMS names: ${remote.length} assets).` : `${s.tag} is not completely released (${res.state}: ${res.missing.join("; ")}).`
  );
  return res;
}
async function missingFiles(forge, release, remote) {
  const missing = [];
  const once = (name) => {
    const same = remote.filter((a) => a.name === name);
    if (same.length === 0) missing.push(`${name} is missing`);
    else if (same.length > 1) missing.push(`${name} is there ${same.length} times`);
    else if (same[0].state !== "uploaded") missing.push(`${name} is an incomplete upload`);
    else return same[0];
    return void 0;
  };
  const partials = remote.filter((a) => a.name.startsWith(PARTIAL_PREFIX));
  if (partials.length) missing.push(`${partials.length} leftover(s) of an interrupted replacement`);
  const sums = once(CHECKSUMS_NAME);
  if (!sums) return missing;
  if (sums.size > 1024 * 1024) return [...missing, `its ${CHECKSUMS_NAME} is ${sums.size} bytes, too large to be a list of checksums`];
  const dir = mkdtempSync(join(tmpdir(), "relforge-inspect-"));
  let text;
  try {
    await forge.downloadAsset(release, sums, join(dir, CHECKSUMS_NAME));
    text = readFileSync(join(dir, CHECKSUMS_NAME), "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  let names;
  try {
    names = parseChecksums(text).map((e) => e.name);
  } catch (err) {
    return [...missing, `its ${CHECKSUMS_NAME} cannot be read (${errorMessage(err)})`];
  }
  if (names.length === 0) missing.push(`${CHECKSUMS_NAME} lists no file`);
  const signed = remote.some((a) => a.name.endsWith(".minisig"));
  for (const name of names) {
    once(name);
    if (signed) once(`${name}.minisig`);
  }
  if (signed) once(`${CHECKSUMS_NAME}.minisig`);
  return missing;
}
function renderInspectSummary(r) {
  const head = r.complete ? `**${r.tag} is already released; nothing to do.** The release is published and holds every file its SHA256SUMS names.` : `${r.tag}: ${r.state === "none" ? "no release yet" : `${r.state}, not complete (${r.missing.join("; ")})`}.`;
  const rows = r.assets.map((a) => `| ${a.url ? `[${a.name}](${a.url})` : a.name} | ${a.size} |`).join("\n");
  return `## Release ${r.tag} — ${r.state}

${head}

${r.url ? `${r.url}

` : ""}${rows ? `| asset | bytes |
|---|---:|
${rows}
` : ""}`;
}

// src/publishing/options.ts
var publishReleaseSchema = defineSchema({
  name: "publish-release",
  summary: "draft → upload → verify → publish a release on GitHub, Gitea or Forgejo",
  options: {
    tag: requiredString('Tag of the release (e.g. v1.2.3). The forge creates the tag at publish time from "target-commitish" when it does not exist yet.', "TAG"),
    name: { type: "string", description: "Release title. Default is the tag.", cli: { metavar: "TITLE" } },
    body: { type: "string", description: 'Release notes (markdown). Give "body" or "body-file", not both.', cli: { metavar: "TEXT" } },
    "body-file": { type: "string", description: "File with the release notes (e.g. the changelog action's output written to a file).", cli: { metavar: "FILE" } },
    prerelease: {
      type: "string",
      default: "auto",
      description: "auto (default): a prerelease when the tag's version has a prerelease part (v1.2.0-beta.1); or true / false.",
      cli: { metavar: "auto|true|false" }
    },
    draft: flag("Leave the release as a draft after uploading and verifying (do not publish)."),
    "make-latest": {
      type: "string",
      default: "true",
      choices: ["true", "false", "legacy"],
      description: "GitHub only, stable releases only: true (default), false or legacy. Prereleases are never marked latest."
    },
    files: {
      type: "list",
      separator: "lines",
      description: 'Files to attach, one glob per line (relative to the workspace; "!pattern" excludes). Zero matches or an unreadable file fails before any API call.',
      cli: { metavar: "GLOB" }
    },
    checksums: { type: "boolean", default: true, description: "Add a SHA256SUMS asset listing every file (sha256sum -c format)." },
    "target-commitish": {
      type: "string",
      description: "Commit SHA or branch the tag is created from at publish time. Default is the commit of this run (GITHUB_SHA).",
      cli: { metavar: "SHA" }
    },
    token: {
      type: "string",
      secret: true,
      actionDefault: "${{ github.token }}",
      env: ["RELFORGE_TOKEN", "GITHUB_TOKEN", "GITEA_TOKEN", "FORGEJO_TOKEN"],
      description: `Token with write access to releases: GitHub "permissions: contents: write"; Gitea/Forgejo job token with "contents: write" (or a PAT with write:repository). It is sent only to the API origin (and GitHub's uploads host), never to a URL an answer names.`
    },
    forge: {
      type: "string",
      choices: ["github", "gitea", "forgejo"],
      description: "github, gitea or forgejo. Default is detected from the runner (FORGEJO_ACTIONS, GITEA_ACTIONS, else GitHub)."
    },
    "api-url": {
      type: "string",
      description: "API root, e.g. https://ghe.example.com/api/v3 or https://codeberg.org/api/v1. Default is GITHUB_API_URL of the runner. https only (http for loopback addresses); no user name or password in it.",
      cli: { metavar: "URL" }
    },
    repository: {
      type: "string",
      description: "owner/name of the repository to release. Default is GITHUB_REPOSITORY (the repository of the run).",
      cli: { metavar: "OWNER/NAME" }
    },
    overwrite: {
      type: "string",
      default: "replace",
      choices: ["replace", "skip", "fail"],
      description: 'What to do with an asset of the same name already on the release: replace (default; identical size + SHA-256 is kept as is), skip (keep it), fail. On a published release, replacing also needs "replace-published-assets".'
    },
    "replace-published-assets": flag("Allow replacing assets of an already published release whose content differs (default false: such a run fails with the list of differences and changes nothing; missing assets are always added). The new file is uploaded before the old one is removed, so the release never lacks the asset."),
    "dry-run": flag("Report what would be created, uploaded, replaced and published; change nothing."),
    inspect: flag("Only look the release up and report it (outputs state and complete): no file is read, nothing is changed. A published release is complete when it holds every file its SHA256SUMS lists (and their .minisig when it is signed); the release workflow asks this first, so re-running a dispatch that already released does nothing."),
    json: jsonFlag("Print the whole result as JSON (log lines go to stderr).")
  },
  outputs: {
    "release-id": "Numeric id of the release on the forge.",
    url: "Web URL of the release.",
    assets: 'JSON array of the release assets: [{"name","size","sha256","url"}] (url = browser download URL).',
    created: "true when this run created the release, false when it existed (re-run or adopted draft).",
    state: "The release as found before this run changed anything: none, draft or published (empty for a dry run without a token).",
    complete: "true when the release is published and complete at the end of this run (with inspect: holds every file its SHA256SUMS lists); else false."
  }
});
function prereleaseValue(raw, problems) {
  const v = raw.trim().toLowerCase();
  if (v === "" || v === "auto") return "auto";
  const word = booleanWord(v);
  if (word !== void 0) return word;
  problems.add("prerelease", `must be auto, true or false, got "${raw.trim()}".`);
  return "auto";
}
function publishReleaseSettings(v, ctx) {
  const problems = new Problems();
  const prerelease = prereleaseValue(v.prerelease, problems);
  problems.throwIfAny();
  return {
    tag: v.tag,
    name: v.name || void 0,
    body: v.body || void 0,
    bodyFile: v["body-file"] || void 0,
    prerelease,
    draft: v.draft,
    makeLatest: v["make-latest"],
    files: v.files,
    checksums: v.checksums,
    targetCommitish: v["target-commitish"] || ctx.env.GITHUB_SHA || void 0,
    overwrite: v.overwrite,
    replacePublishedAssets: v["replace-published-assets"],
    dryRun: v["dry-run"],
    inspect: v.inspect,
    cwd: ctx.cwd ?? (ctx.env.GITHUB_WORKSPACE || process.cwd()),
    forge: { forge: v.forge, apiUrl: v["api-url"], token: v.token ?? "", repository: v.repository, env: ctx.env },
    log: ctx.log
  };
}

export {
  inspectRelease,
  renderInspectSummary,
  publishReleaseSchema,
  publishReleaseSettings
};
