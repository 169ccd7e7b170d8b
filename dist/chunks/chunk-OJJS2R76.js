import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  require_semver
} from "./chunk-QDGQJLQ4.js";
import {
  HttpNetworkError,
  credentialOrigins,
  credentialsAllowed,
  describeFailure,
  request
} from "./chunk-YF5KYWNU.js";
import {
  urlInputProblem
} from "./chunk-QMOW4FBF.js";
import {
  retry
} from "./chunk-UTAM4NQJ.js";
import {
  formatChecksums,
  parseChecksums
} from "./chunk-RXAWHCPD.js";
import {
  verifyFile
} from "./chunk-H3MUK3LW.js";
import {
  parsePublicKey
} from "./chunk-XOUA3GKF.js";
import {
  assertSafeName,
  expandFiles,
  hashFile
} from "./chunk-Y7UKLQWK.js";
import {
  detectRuntime
} from "./chunk-NSBA6LUF.js";
import {
  VOCABULARY,
  variant
} from "./chunk-BLP2XCSJ.js";
import {
  booleanWord,
  defineSchema,
  flag
} from "./chunk-E2MW5JXR.js";
import {
  DEFAULT_FORGE,
  FORGE_NAMES,
  forge,
  isForgeKind
} from "./chunk-ZJ4GZZ6R.js";
import {
  excerpt,
  registerSecret
} from "./chunk-A3HMJ4J5.js";
import {
  Problems,
  RelforgeError,
  errorMessage
} from "./chunk-ZSVB6QKT.js";
import {
  __toESM
} from "./chunk-YAGOLX6F.js";

// src/publishing/options.ts
var publishReleaseSchema = defineSchema({
  name: "publish-release",
  command: "publish",
  summary: "draft → upload → verify → publish a release on GitHub, Gitea or Forgejo",
  description: "Publish a release atomically on GitHub, GHES, Gitea or Forgejo: find or create a draft, upload every file (streamed, with SHA256SUMS), verify the assets against the local files, then publish. Safe to re-run after any failure: it converges to the same release with no duplicate assets.",
  options: {
    mode: {
      type: "string",
      default: "all",
      choices: ["all", "stage", "publish"],
      description: 'all (default): draft → upload → verify → publish in one step. stage: create or adopt the draft for "tag" (the tag need not exist yet) targeting "commit", upload and verify every file by content, leave it a draft. publish: the tag must exist on the remote and point at "commit"; the draft is verified again (against "files" when given, else against its own SHA256SUMS and signatures) and published. In stage and publish, a release already published for the tag is judged by content: complete ⇒ nothing to do; incomplete ⇒ completed by adding only (see replace-published-assets) or refused with the reason.'
    },
    commit: variant("commit", "what each mode does with it", {
      description: "Full commit SHA (40 hex) the release is of: the draft targets it (stage) and the tag must point at it (publish, inspect). Required for mode stage and publish; in mode all it replaces target-commitish."
    }),
    "public-key": variant("public-key", "the release is judged against it; read from the input only", {
      description: "minisign public key the release is signed with (the key text, its RW… line, or the path of a .pub file). When given, every file in SHA256SUMS and SHA256SUMS itself must have a <file>.minisig on the release that verifies against this key (inspect, stage, publish).",
      env: []
    }),
    tag: variant("tag", "required; when the forge creates it", {
      required: true,
      description: 'Tag of the release (e.g. v1.2.3). The forge creates the tag at publish time from "target-commitish" when it does not exist yet.'
    }),
    name: { type: "string", description: "Release title. Default is the tag.", cli: { metavar: "TITLE" } },
    body: { type: "string", description: 'Release notes (markdown). Give "body" or "body-file", not both.', cli: { metavar: "TEXT" } },
    "body-file": {
      type: "string",
      description: "File with the release notes (e.g. the changelog action's output written to a file); notes of any size travel this way, never through the environment. Notes over the forge's limit (GitHub 125,000 characters, Gitea/Forgejo 65,535 bytes) are cut at a heading or list item, end with a line saying so, and the full notes are attached as RELEASE-NOTES.md.",
      cli: { metavar: "FILE" }
    },
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
    files: variant("files", 'files to attach; "!pattern" excludes', {
      description: 'Files to attach, one glob per line (relative to the workspace; "!pattern" excludes). Zero matches or an unreadable file fails before any API call.'
    }),
    checksums: variant("checksums", "an asset of the release", { description: "Add a SHA256SUMS asset listing every file (sha256sum -c format)." }),
    "target-commitish": {
      type: "string",
      description: "Commit SHA or branch the tag is created from at publish time. Default is the commit of this run (GITHUB_SHA).",
      cli: { metavar: "SHA" }
    },
    token: variant("token", "the permissions this step needs", {
      description: `Token with write access to releases: GitHub "permissions: contents: write"; Gitea/Forgejo job token with "contents: write" (or a PAT with write:repository). It is sent only to the API origin (and GitHub's uploads host), never to a URL an answer names.`
    }),
    forge: VOCABULARY.forge,
    "api-url": VOCABULARY["api-url"],
    repository: VOCABULARY.repository,
    overwrite: {
      type: "string",
      default: "replace",
      choices: ["replace", "skip", "fail"],
      description: 'What to do with an asset of the same name already on the release: replace (default; identical size + SHA-256 is kept as is), skip (keep it), fail. On a published release, replacing also needs "replace-published-assets".'
    },
    "replace-published-assets": flag("Allow replacing assets of an already published release whose content differs (default false: such a run fails with the list of differences and changes nothing; missing assets are always added). The new file is uploaded before the old one is removed, so the release never lacks the asset."),
    "dry-run": variant("dry-run", "says what this step skips", { description: "Report what would be created, uploaded, replaced and published; change nothing." }),
    inspect: flag(`Only judge the release and report it (outputs state, complete and problems): no local file is read, nothing is changed. A published release is complete only by content: every file SHA256SUMS lists is there with those bytes, SHA256SUMS and each file have a .minisig that verifies against "public-key" (when given; without it, signatures are only required when SHA256SUMS is signed), the tag points at the release's commit ("commit", else the release's target) and the prerelease flag is right.`),
    json: variant("json", "log lines move to stderr", { description: "Print the whole result as JSON (log lines go to stderr)." })
  },
  outputs: {
    "release-id": "Numeric id of the release on the forge.",
    url: "Web URL of the release.",
    assets: 'JSON array of the release assets: [{"name","size","sha256","url"}] (url = browser download URL).',
    created: "true when this run created the release, false when it existed (re-run or adopted draft).",
    state: "The release as found before this run changed anything: none, draft or published (empty for a dry run without a token).",
    complete: "true when the release is published and complete at the end of this run (with inspect: judged complete by content, see inspect); else false.",
    draft: "true when the release is a draft at the end of this run (mode stage), else false.",
    problems: "JSON array of what makes the release incomplete, each with the reason (inspect; empty when complete).",
    "notes-cut": "true when the notes were over the forge's limit and were cut (the full notes are the RELEASE-NOTES.md asset)."
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
  const commit = (v.commit ?? "").trim().toLowerCase();
  if (commit && !/^[0-9a-f]{40}$/.test(commit)) problems.add("commit", `must be a full commit SHA (40 hex digits), got "${v.commit}".`);
  if (!commit && (v.mode === "stage" || v.mode === "publish")) problems.add("commit", `is required with {{mode}} ${v.mode}: give the full SHA of the release commit (the one the tag will point at).`);
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
    mode: v.mode,
    commit: commit || void 0,
    publicKey: v["public-key"] || void 0,
    targetCommitish: commit || v["target-commitish"] || ctx.env.GITHUB_SHA || void 0,
    overwrite: v.overwrite,
    replacePublishedAssets: v["replace-published-assets"],
    dryRun: v["dry-run"],
    inspect: v.inspect,
    cwd: ctx.cwd ?? (ctx.env.GITHUB_WORKSPACE || process.cwd()),
    forge: { forge: v.forge, apiUrl: v["api-url"], token: v.token ?? "", repository: v.repository, env: ctx.env },
    log: ctx.log
  };
}

// src/publishing/inspect.ts
import { mkdtempSync, readFileSync as readFileSync2, rmSync, statSync as statSync2 } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join as join2 } from "node:path";

// src/publishing/core/release-plan.ts
var import_semver = __toESM(require_semver(), 1);
function tagProblem(tag) {
  if (tag === "") return "the tag is empty";
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(tag)) return `tag "${tag.replace(/[\x00-\x1f\x7f]/g, "?")}" contains a space, control character or one of ~ ^ : ? * [ \\`;
  if (tag.startsWith("-") || tag.startsWith("/") || tag.endsWith("/") || tag.endsWith(".") || tag.endsWith(".lock")) return `tag "${tag}" must not start with - or /, nor end with /, . or .lock`;
  if (tag.includes("..") || tag.includes("//") || tag.includes("@{") || tag === "@" || /(^|\/)\./.test(tag)) return `tag "${tag}" contains "..", "//", "@{" or a component starting with "."`;
  if (Buffer.byteLength(tag) > 250) return "the tag is longer than 250 bytes";
  return void 0;
}
function versionOfTag(tag) {
  const m = /(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(tag);
  return m && import_semver.default.parse(m[1]) || void 0;
}
function prereleaseFromTag(tag) {
  const v = versionOfTag(tag);
  return !!v && v.prerelease.length > 0;
}
function sameContent(local, remote) {
  if (remote.state !== "uploaded") return "different";
  if (remote.size !== local.size) return "different";
  if (!remote.sha256 || !local.sha256) return "unknown";
  return remote.sha256 === local.sha256 ? "same" : "different";
}
function decideAsset(_local, sameName, verdict, policy) {
  const { overwrite, live = false, replaceLive = false } = typeof policy === "string" ? { overwrite: policy } : policy;
  const broken = sameName.filter((r) => r.state !== "uploaded");
  const complete = sameName.filter((r) => r.state === "uploaded");
  if (complete.length === 0) return broken.length ? { kind: "replace", remove: broken, reason: "removing an incomplete upload left by an earlier run" } : { kind: "upload" };
  const same = complete.find((r) => verdict(r) === "same");
  if (same) {
    const remove = [...broken, ...complete.filter((r) => r !== same)];
    return { kind: "keep", keep: same, remove, reason: remove.length ? `identical content already uploaded; removing ${remove.length} duplicate(s)` : "identical content already uploaded" };
  }
  if (overwrite === "skip") {
    const [keep, ...rest] = complete;
    return { kind: "keep", keep, remove: [...broken, ...rest], reason: "overwrite: skip keeps the existing asset" };
  }
  const anyDifferent = complete.some((r) => verdict(r) === "different");
  if (overwrite === "fail") {
    return { kind: "conflict", reason: anyDifferent ? "an asset with this name and different content exists" : "an asset with this name exists and its content cannot be compared (no digest on this forge)" };
  }
  const reason = anyDifferent ? "content differs" : "content cannot be proven identical";
  if (live && !replaceLive) return { kind: "refuse", reason };
  return { kind: live ? "swap" : "replace", remove: [...broken, ...complete], reason };
}
function storedAssetName(name) {
  return name.replace(/[^A-Za-z0-9._+~@-]/g, ".").replace(/^\.+|\.+$/g, "");
}
var PARTIAL_PREFIX = "relforge-partial-";

// src/publishing/forge/client.ts
import { createHash } from "node:crypto";

// src/publishing/forge/types.ts
function restRelease(r) {
  const draft = r.draft === true;
  const text = (v) => v ?? "";
  return {
    id: r.id,
    tagName: r.tag_name,
    name: text(r.name),
    body: text(r.body),
    draft,
    prerelease: r.prerelease === true,
    targetCommitish: text(r.target_commitish),
    htmlUrl: text(r.html_url),
    createdAt: text(r.created_at),
    publishedAt: draft ? null : r.published_at ?? null
  };
}
function releasePatchBody(f) {
  const json = {};
  if (f.tagName !== void 0) json.tag_name = f.tagName;
  if (f.name !== void 0) json.name = f.name;
  if (f.body !== void 0) json.body = f.body;
  if (f.prerelease !== void 0) json.prerelease = f.prerelease;
  if (f.targetCommitish !== void 0) json.target_commitish = f.targetCommitish;
  if (f.draft !== void 0) json.draft = f.draft;
  return json;
}
function draftCreateBody(f) {
  const json = { tag_name: f.tagName, name: f.name ?? f.tagName, body: f.body ?? "", draft: true, prerelease: f.prerelease ?? false };
  if (f.targetCommitish) json.target_commitish = f.targetCommitish;
  return json;
}
function lookupRelease(all, tag) {
  const mine = all.filter((r) => r.tagName === tag);
  const drafts = mine.filter((r) => r.draft).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
  return { published: mine.find((r) => !r.draft), drafts };
}
var ForgeError = class extends RelforgeError {
  constructor(message, status, options) {
    super(message, options);
    this.status = status;
    this.name = "ForgeError";
  }
  status;
};
var ReleaseExistsError = class extends ForgeError {
};
var AssetExistsError = class extends ForgeError {
};
var PackageFileExistsError = class extends ForgeError {
};
var ForgePermissionError = class extends ForgeError {
};

// src/publishing/forge/client.ts
var ForgeClient = class {
  credentials;
  retry;
  headers;
  permissionHint;
  constructor(setup) {
    for (const v of Object.values(setup.auth)) registerSecret(v.replace(/^(?:Bearer|token|Basic)\s+/i, ""));
    this.credentials = { headers: setup.auth, origins: credentialOrigins(setup.apiUrl, { uploadsSibling: setup.uploadsSibling }), what: "the forge token" };
    this.headers = setup.headers ?? {};
    this.retry = setup.retry;
    this.permissionHint = setup.permissionHint;
  }
  withQuery(url, query) {
    if (!query) return url;
    const u = new URL(url);
    for (const [k, v] of Object.entries(query)) if (v !== void 0) u.searchParams.set(k, String(v));
    return u.href;
  }
  async call(method, url, opts) {
    const headers = { ...this.headers, ...opts.headers };
    let body = opts.body;
    if (opts.json !== void 0) {
      body = JSON.stringify(opts.json);
      headers["content-type"] = "application/json";
    }
    const res = await request({
      method,
      url: this.withQuery(url, opts.query),
      headers,
      body,
      credentials: this.credentials,
      needsCredentials: opts.credentials !== "if-allowed",
      attempts: this.retry.attempts,
      baseDelayMs: this.retry.baseDelayMs,
      maxDelayMs: this.retry.maxDelayMs,
      timeoutMs: this.retry.timeoutMs,
      onRetry: this.retry.onRetry,
      retry: opts.retry,
      saveTo: opts.saveTo,
      consume: opts.consume,
      followRedirects: opts.followRedirects
    });
    const good = opts.ok ? opts.ok.includes(res.status) : res.status >= 200 && res.status < 300;
    if (good || opts.allow?.includes(res.status)) return res;
    throw this.failure(res, opts.what, url);
  }
  failure(res, what, url) {
    const text = describeFailure(res, `Could not ${what}`);
    const rateLimited = res.status === 429 || res.status === 403 && (/rate limit/i.test(res.text()) || res.headers["x-ratelimit-remaining"] === "0");
    if (rateLimited) return new ForgeError(`${text}. The forge's rate limit was still exceeded after every retry: wait for the limit to reset (x-ratelimit-reset) and re-run; the publish step is safe to re-run.`, res.status);
    const foreign = url !== void 0 && !credentialsAllowed(url, this.credentials.origins);
    if (foreign && [401, 403, 404].includes(res.status)) {
      return new ForgeError(`${text}. It was fetched without the token: ${new URL(url).origin} is not the configured API origin (${this.credentials.origins.join(", ")}), so the token is never sent there. Check the configured API URL and the server's ROOT_URL (Gitea/Forgejo).`, res.status);
    }
    if (res.status === 401 || res.status === 403) return new ForgePermissionError(`${text}. ${this.permissionHint(what, res.status)}`, res.status);
    if (res.status === 413) return new ForgeError(`${text}. The file is larger than the forge accepts (Gitea/Forgejo: [repository.release] FILE_MAX_SIZE, default 2048 MB; GitHub: 2 GiB per asset).`, 413);
    if (res.status >= 500) return new ForgeError(`${text}. The forge failed after every retry; re-run the step (it converges: nothing is duplicated).`, res.status);
    return new ForgeError(text, res.status);
  }
  async json(method, url, opts) {
    const res = await this.call(method, url, opts);
    try {
      return res.json();
    } catch {
      throw new ForgeError(`Could not ${opts.what}: the forge answered HTTP ${res.status} with a body that is not JSON (${excerpt(res.text(), 200)}). Check that the API URL points at the forge's API root.`, res.status);
    }
  }
  /**
   * Every page of a list endpoint. Follows `Link: rel="next"` when present — a link outside the API origin is
   * refused by the credential policy (the list would come from elsewhere); otherwise stops at the first page
   * shorter than `pageSize` (Gitea caps `limit` at 50 whatever is asked).
   */
  async all(url, opts) {
    const out = [];
    let next = this.withQuery(url, { ...opts.query, [opts.sizeParam]: opts.pageSize, [opts.pageParam]: 1 });
    for (let page = 1; next && page <= (opts.maxPages ?? 1e3); page++) {
      const res = await this.call("GET", next, { ...opts, query: void 0, credentials: "required" });
      let items;
      try {
        items = res.json();
      } catch {
        throw new ForgeError(`Could not ${opts.what}: page ${page} is not JSON.`, res.status);
      }
      if (!Array.isArray(items)) throw new ForgeError(`Could not ${opts.what}: page ${page} is not a list.`, res.status);
      out.push(...items);
      const link = String(res.headers.link ?? "");
      const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
      if (m) next = new URL(m[1], next).href;
      else if (link === "" && items.length > 0 && items.length >= Math.min(opts.pageSize, 50)) {
        next = this.withQuery(url, { ...opts.query, [opts.sizeParam]: opts.pageSize, [opts.pageParam]: page + 1 });
      } else next = void 0;
    }
    return out;
  }
  /** SHA-256 of a download, hashed while it streams (no temp file, memory independent of the size). */
  async sha256(url, opts) {
    let hex;
    await this.call("GET", url, {
      ...opts,
      consume: async (body) => {
        const h = createHash("sha256");
        for await (const chunk of body) h.update(chunk);
        hex = h.digest("hex");
      }
    });
    if (hex === void 0) throw new ForgeError(`Could not ${opts.what}: the forge answered without a body.`);
    return hex;
  }
};

// src/publishing/forge/github.ts
var GITHUB_CAPABILITIES = forge("github").capabilities;
var GitHubForge = class {
  constructor(apiUrl, owner, repo, token, retry2 = {}) {
    this.apiUrl = apiUrl;
    this.owner = owner;
    this.repo = repo;
    this.base = `${apiUrl.replace(/\/+$/, "")}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
    this.http = new ForgeClient({
      apiUrl,
      uploadsSibling: true,
      auth: { authorization: `Bearer ${token}` },
      headers: { accept: "application/vnd.github+json", "x-github-api-version": "2022-11-28" },
      retry: retry2,
      permissionHint: (what, status) => `The token was refused (HTTP ${status}) for "${what}" on ${owner}/${repo}: with GITHUB_TOKEN give the job \`permissions: contents: write\`; with a personal token use a fine-grained token with "Contents: read and write" on this repository (classic: \`repo\` scope). A release whose target commit changes files under .github/workflows also needs the \`workflow\` scope, which GITHUB_TOKEN cannot have.`
    });
  }
  apiUrl;
  owner;
  repo;
  kind = "github";
  capabilities = GITHUB_CAPABILITIES;
  http;
  base;
  release(r) {
    return { ...restRelease(r), immutable: r.immutable === true, uploadUrl: r.upload_url.replace(/\{[^}]*\}$/, "") };
  }
  asset(a) {
    const m = /^sha256:([0-9a-f]{64})$/i.exec(a.digest ?? "");
    return { id: a.id, name: a.name, size: a.size, sha256: m ? m[1].toLowerCase() : void 0, state: a.state, downloadUrl: a.browser_download_url };
  }
  async findRelease(tag) {
    const all = await this.http.all(`${this.base}/releases`, { what: `list the releases of ${this.owner}/${this.repo}`, pageParam: "page", sizeParam: "per_page", pageSize: 100 });
    return lookupRelease(all.map((r) => this.release(r)), tag);
  }
  async createDraft(f) {
    const json = draftCreateBody(f);
    const what = `create the draft release for ${f.tagName}`;
    const res = await this.http.call("POST", `${this.base}/releases`, { what, json, ok: [201], allow: [422], retry: "rate-limit" });
    if (res.status === 422) {
      const err = safeJson(res.text());
      if (err?.errors?.some((e) => e.code === "already_exists" && e.field === "tag_name")) throw new ReleaseExistsError(`A release for ${f.tagName} already exists.`, 422);
      const raw = err?.errors?.map((e) => e.message ?? `${e.field} ${e.code}`).join("; ") || err?.message || res.text();
      const hint = /immutable/i.test(raw) ? " The tag was used by an immutable release and can never be reused: cut a new version." : "";
      throw new ForgeError(`Could not ${what}: HTTP 422 — ${excerpt(raw, 300)}.${hint}`, 422);
    }
    return this.release(res.json());
  }
  async getRelease(id) {
    return this.release(await this.http.json("GET", `${this.base}/releases/${id}`, { what: `read release ${id}` }));
  }
  async updateRelease(id, f) {
    const json = releasePatchBody(f);
    if (f.makeLatest !== void 0) json.make_latest = f.makeLatest;
    return this.release(await this.http.json("PATCH", `${this.base}/releases/${id}`, { what: `update release ${id}`, json }));
  }
  async deleteRelease(id) {
    await this.http.call("DELETE", `${this.base}/releases/${id}`, { what: `delete release ${id}`, allow: [404] });
  }
  async publish(id, f) {
    return this.updateRelease(id, { draft: false, prerelease: f.prerelease, makeLatest: f.makeLatest ?? (f.prerelease ? "false" : "true"), name: f.name, body: f.body });
  }
  async listAssets(release) {
    const list = await this.http.all(`${this.base}/releases/${release.id}/assets`, { what: `list the assets of release ${release.tagName}`, pageParam: "page", sizeParam: "per_page", pageSize: 100 });
    return list.map((a) => this.asset(a));
  }
  async tagCommit(tag) {
    const ref = ["tags", ...tag.split("/")].map(encodeURIComponent).join("/");
    const what = `read the tag ${tag} of ${this.owner}/${this.repo}`;
    const res = await this.http.call("GET", `${this.base}/git/ref/${ref}`, { what, allow: [404] });
    if (res.status === 404) return void 0;
    const obj = res.json();
    if (obj.ref !== `refs/tags/${tag}` || !obj.object?.sha) return void 0;
    if (obj.object.type !== "tag") return obj.object.sha.toLowerCase();
    const annotated = await this.http.json("GET", `${this.base}/git/tags/${obj.object.sha}`, { what: `${what} (annotated)` });
    return annotated.object?.sha?.toLowerCase();
  }
  async uploadAsset(release, file) {
    const what = `upload ${file.name} to release ${release.tagName}`;
    const res = await this.http.call("POST", release.uploadUrl, {
      what,
      query: { name: file.name },
      headers: { "content-type": file.contentType ?? "application/octet-stream" },
      body: { file: file.path, observe: file.observe },
      ok: [201],
      allow: [422],
      retry: "rate-limit"
    });
    if (res.status === 422) {
      const err = safeJson(res.text());
      if (err?.errors?.some((e) => e.code === "already_exists")) throw new AssetExistsError(`An asset named ${file.name} already exists on ${release.tagName}.`, 422);
      throw new ForgeError(`Could not ${what}: HTTP 422 — ${excerpt(err?.message ?? res.text(), 300)}`, 422);
    }
    return this.asset(res.json());
  }
  async deleteAsset(release, asset) {
    await this.http.call("DELETE", `${this.base}/releases/assets/${asset.id}`, { what: `delete asset ${asset.name} from ${release.tagName}`, allow: [404] });
  }
  /** The API's asset URL answers 302 to object storage: the redirect hop is fetched without the token. */
  async downloadAsset(release, asset, dest) {
    await this.http.call("GET", `${this.base}/releases/assets/${asset.id}`, { ...this.download(release, asset), saveTo: dest });
  }
  async hashAsset(release, asset) {
    return this.http.sha256(`${this.base}/releases/assets/${asset.id}`, this.download(release, asset));
  }
  download(release, asset) {
    return { what: `download asset ${asset.name} of ${release.tagName}`, headers: { accept: "application/octet-stream" }, followRedirects: 3 };
  }
  async renameAsset(release, asset, name) {
    const what = `rename asset ${asset.name} of ${release.tagName} to ${name}`;
    return this.asset(await this.http.json("PATCH", `${this.base}/releases/assets/${asset.id}`, { what, json: { name } }));
  }
  noPackages() {
    throw new ForgeError("GitHub has no generic package registry: upload packages as release assets, or use a Gitea/Forgejo instance for generic packages.");
  }
  async uploadPackageFile(_pkg, _file) {
    this.noPackages();
  }
  async listPackageFiles(_pkg) {
    this.noPackages();
  }
  async deletePackageFile(_pkg, _name) {
    this.noPackages();
  }
  async downloadPackageFile(_pkg, _name, _dest) {
    this.noPackages();
  }
};
function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}

// src/publishing/forge/gitea.ts
import { randomBytes } from "node:crypto";
var GITEA_CAPABILITIES = forge("gitea").capabilities;
var PACKAGE_NAME = /^[-_+.\w]+$/;
var PACKAGE_FILE = /^[-_+=:;.()[\]{}~!@#$%^& \w]+$/;
function multipartEnvelope(field, filename, contentType = "application/octet-stream") {
  const boundary = `----relforge${randomBytes(12).toString("hex")}`;
  const quoted = filename.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const head = `--${boundary}\r
Content-Disposition: form-data; name="${field}"; filename="${quoted}"\r
Content-Type: ${contentType}\r
\r
`;
  const tail = `\r
--${boundary}--\r
`;
  return { boundary, head, tail };
}
var GiteaForge = class {
  constructor(kind, apiUrl, owner, repo, token, retry2 = {}) {
    this.kind = kind;
    this.apiUrl = apiUrl;
    this.owner = owner;
    this.repo = repo;
    this.api = apiUrl.replace(/\/+$/, "");
    this.capabilities = forge(kind).capabilities;
    this.serverUrl = forge(kind).serverUrlOf(this.api);
    this.base = `${this.api}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
    const product = forge(kind).product;
    this.http = new ForgeClient({
      apiUrl,
      auth: { authorization: `token ${token}` },
      headers: { accept: "application/json" },
      retry: retry2,
      permissionHint: (what, status) => /package file|files of package/.test(what) ? `The token was refused (HTTP ${status}) for "${what}": ${product}'s Actions job token can only read packages; publishing needs a personal access token with the \`write:package\` scope.` : `The token was refused (HTTP ${status}) for "${what}" on ${owner}/${repo}: the job token needs \`permissions: contents: write\` (${product} ≥ 1.26 honours \`permissions:\`; older servers: check the repository's Actions token setting), or use a personal access token with the \`write:repository\` scope.`
    });
  }
  kind;
  apiUrl;
  owner;
  repo;
  capabilities;
  http;
  base;
  api;
  /** Server root (API URL without `/api/v1`), for the generic package registry. */
  serverUrl;
  release(r) {
    return { ...restRelease(r), immutable: false, uploadUrl: `${this.base}/releases/${r.id}/assets` };
  }
  asset(a) {
    return { id: a.id, name: a.name, size: a.size, state: "uploaded", downloadUrl: a.browser_download_url, uuid: a.uuid };
  }
  async findRelease(tag) {
    const all = await this.http.all(`${this.base}/releases`, { what: `list the releases of ${this.owner}/${this.repo}`, pageParam: "page", sizeParam: "limit", pageSize: 50 });
    return lookupRelease(all.map((r) => this.release(r)), tag);
  }
  async getRelease(id) {
    return this.release(await this.http.json("GET", `${this.base}/releases/${id}`, { what: `read release ${id}` }));
  }
  async createDraft(f) {
    const json = draftCreateBody(f);
    const res = await this.http.call("POST", `${this.base}/releases`, { what: `create the draft release for ${f.tagName}`, json, ok: [201], allow: [409], retry: "rate-limit" });
    if (res.status === 409) throw new ReleaseExistsError(`A release for ${f.tagName} already exists.`, 409);
    return this.release(res.json());
  }
  async updateRelease(id, f) {
    const json = releasePatchBody(f);
    return this.release(await this.http.json("PATCH", `${this.base}/releases/${id}`, { what: `update release ${id}`, json }));
  }
  async deleteRelease(id) {
    await this.http.call("DELETE", `${this.base}/releases/${id}`, { what: `delete release ${id}`, allow: [404] });
  }
  async publish(id, f) {
    return this.updateRelease(id, { draft: false, prerelease: f.prerelease, name: f.name, body: f.body });
  }
  async listAssets(release) {
    const list = await this.http.json("GET", `${this.base}/releases/${release.id}/assets`, { what: `list the assets of release ${release.tagName}` });
    return list.map((a) => this.asset(a));
  }
  async tagCommit(tag) {
    const what = `read the tag ${tag} of ${this.owner}/${this.repo}`;
    const res = await this.http.call("GET", `${this.base}/tags/${encodeURIComponent(tag)}`, { what, allow: [404] });
    if (res.status === 404) return void 0;
    const t = res.json();
    return t.name === tag && t.commit?.sha ? t.commit.sha.toLowerCase() : void 0;
  }
  async uploadAsset(release, file) {
    assertSafeName(file.name, "asset name");
    const env = multipartEnvelope("attachment", file.name, file.contentType);
    const res = await this.http.call("POST", `${this.base}/releases/${release.id}/assets`, {
      what: `upload ${file.name} to release ${release.tagName}`,
      query: { name: file.name },
      headers: { "content-type": `multipart/form-data; boundary=${env.boundary}` },
      body: { parts: [env.head, { file: file.path, observe: file.observe }, env.tail] },
      ok: [201],
      retry: "rate-limit"
    });
    return this.asset(res.json());
  }
  async deleteAsset(release, asset) {
    await this.http.call("DELETE", `${this.base}/releases/${release.id}/assets/${asset.id}`, { what: `delete asset ${asset.name} from ${release.tagName}`, allow: [404] });
  }
  async downloadAsset(release, asset, dest) {
    const { url, opts } = this.download(release, asset);
    await this.http.call("GET", url, { ...opts, saveTo: dest });
  }
  async hashAsset(release, asset) {
    const { url, opts } = this.download(release, asset);
    return this.http.sha256(url, opts);
  }
  /**
   * Where an attachment's bytes are read: `/attachments/{uuid}` on the configured server origin (drafts too;
   * Gitea and Forgejo accept the token on that route). browser_download_url is built from the server's ROOT_URL,
   * often another origin (http:// behind a TLS proxy): it is used only without a uuid, and then fetched
   * without the token unless it is the API origin (the HTTP layer's credential policy).
   */
  download(release, asset) {
    const what = `download asset ${asset.name} of ${release.tagName}`;
    const opts = { what, headers: { accept: "application/octet-stream" }, followRedirects: 3 };
    if (asset.uuid) return { url: `${this.serverUrl}/attachments/${encodeURIComponent(asset.uuid)}`, opts };
    return { url: asset.downloadUrl, opts: { ...opts, credentials: "if-allowed" } };
  }
  async renameAsset(release, asset, name) {
    const what = `rename asset ${asset.name} of ${release.tagName} to ${name}`;
    const json = { name };
    return this.asset(await this.http.json("PATCH", `${this.base}/releases/${release.id}/assets/${asset.id}`, { what, json, ok: [200, 201] }));
  }
  packageUrl(pkg, file) {
    const owner = pkg.owner ?? this.owner;
    if (!PACKAGE_NAME.test(pkg.name) || pkg.name === "..") throw new ForgeError(`Package name "${pkg.name}" is not accepted by the generic registry: use letters, digits and - _ + . only.`);
    if (pkg.version === "" || pkg.version.trim() !== pkg.version || /[/\\]/.test(pkg.version)) throw new ForgeError(`Package version "${pkg.version}" is not accepted: no surrounding whitespace, no slashes.`);
    if (file !== void 0 && (!PACKAGE_FILE.test(file) || file.trim() !== file || file === "." || file === "..")) {
      throw new ForgeError(`Package file name "${file}" is not accepted by the generic registry: use letters, digits, spaces (not leading/trailing) and -_+=:;.()[]{}~!@#$%^& only.`);
    }
    const parts = [this.serverUrl, "api", "packages", owner, "generic", pkg.name, pkg.version].map((p, i) => i === 0 || i === 1 || i === 2 || i === 4 ? p : encodeURIComponent(p));
    return `${parts.join("/")}${file !== void 0 ? `/${encodeURIComponent(file)}` : ""}`;
  }
  async uploadPackageFile(pkg, file) {
    const what = `upload package file ${pkg.name}/${pkg.version}/${file.name}`;
    const res = await this.http.call("PUT", this.packageUrl(pkg, file.name), {
      what,
      headers: { "content-type": file.contentType ?? "application/octet-stream" },
      body: { file: file.path, observe: file.observe },
      ok: [201],
      allow: [409],
      retry: "rate-limit"
    });
    if (res.status === 409) throw new PackageFileExistsError(`Package ${pkg.name} ${pkg.version} already has a file named ${file.name}.`, 409);
  }
  async listPackageFiles(pkg) {
    this.packageUrl(pkg);
    const owner = encodeURIComponent(pkg.owner ?? this.owner);
    const url = `${this.api}/packages/${owner}/generic/${encodeURIComponent(pkg.name)}/${encodeURIComponent(pkg.version)}/files`;
    const res = await this.http.call("GET", url, { what: `list the files of package ${pkg.name} ${pkg.version}`, allow: [404] });
    if (res.status === 404) return [];
    return res.json().map((f) => ({ id: f.id, name: f.name, size: f.size, sha256: String(f.sha256).toLowerCase() }));
  }
  async deletePackageFile(pkg, fileName) {
    await this.http.call("DELETE", this.packageUrl(pkg, fileName), { what: `delete package file ${pkg.name}/${pkg.version}/${fileName}`, allow: [404] });
  }
  async downloadPackageFile(pkg, fileName, dest) {
    await this.http.call("GET", this.packageUrl(pkg, fileName), { what: `download package file ${pkg.name}/${pkg.version}/${fileName}`, saveTo: dest, followRedirects: 3 });
  }
};

// src/publishing/forge/index.ts
var ADAPTERS = {
  github: (_kind, apiUrl, owner, repo, token, retry2) => new GitHubForge(apiUrl, owner, repo, token, retry2),
  gitea: (kind, apiUrl, owner, repo, token, retry2) => new GiteaForge(kind, apiUrl, owner, repo, token, retry2)
};
function forgeKind(opts, env, p) {
  const input = (opts.forge ?? "").trim().toLowerCase();
  if (!input) return detectRuntime(env).forge;
  if (isForgeKind(input)) return input;
  p.add("forge", `must be one of ${FORGE_NAMES.join(", ")} (or empty to detect), got "${opts.forge}".`);
  return detectRuntime(env).forge;
}
function createForge(opts) {
  const env = opts.env ?? process.env;
  const runtime = detectRuntime(env);
  const p = new Problems();
  const kind = forgeKind(opts, env, p);
  let apiUrl = (opts.apiUrl ?? "").trim().replace(/\/+$/, "");
  if (!apiUrl) {
    apiUrl = kind !== runtime.forge && kind !== DEFAULT_FORGE && !env.GITHUB_API_URL ? forge(kind).apiUrl(runtime.serverUrl) : runtime.apiUrl;
  }
  const urlProblem = urlInputProblem(apiUrl);
  if (urlProblem) p.add("api-url", urlProblem);
  const repository = (opts.repository || env.GITHUB_REPOSITORY || "").trim();
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
  if (!m || m[2] === "." || m[2] === "..") p.add("repository", `must be "owner/name" (default: GITHUB_REPOSITORY), got "${repository}".`);
  if (!opts.token) p.add("token", TOKEN_MISSING);
  p.throwIfAny();
  const [, owner, repo] = m;
  return ADAPTERS[forge(kind).api](kind, apiUrl, owner, repo, opts.token, opts.retry);
}
var TOKEN_MISSING = "is empty: give a token that can write releases (the action's default is the job token, github.token), or plan with {{dry-run}} without a token.";
function offlineForge(opts) {
  const p = new Problems();
  const kind = forgeKind(opts, opts.env ?? process.env, p);
  p.throwIfAny();
  const capabilities = forge(kind).capabilities;
  const base = { kind, apiUrl: opts.apiUrl ?? "", owner: "", repo: "", capabilities };
  return new Proxy(base, {
    get(t, prop) {
      if (prop in t) return t[prop];
      return () => {
        throw new Error(`internal: dry run without a token called forge.${String(prop)}`);
      };
    }
  });
}

// src/publishing/local-files.ts
import { createHash as createHash2 } from "node:crypto";
import { accessSync, constants, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
var CHECKSUMS_NAME = "SHA256SUMS";
async function prepareLocal(s) {
  const p = new Problems();
  const tp = tagProblem(s.tag);
  if (tp) p.add("tag", `is not usable: ${tp}.`);
  const overwrite = s.overwrite ?? publishReleaseSchema.options.overwrite.default;
  if (!["replace", "skip", "fail"].includes(overwrite)) p.add("overwrite", `must be replace, skip or fail, got "${overwrite}".`);
  const makeLatest = s.makeLatest ?? "true";
  if (!["true", "false", "legacy"].includes(makeLatest)) p.add("make-latest", `must be true, false or legacy, got "${makeLatest}".`);
  const body = readBody(s, p);
  const mode = s.mode ?? "all";
  if (!["all", "stage", "publish"].includes(mode)) p.add("mode", `must be all, stage or publish, got "${mode}".`);
  if (mode !== "all" && !/^[0-9a-f]{40}$/.test(s.commit ?? "")) p.add("commit", `is required with {{mode}} ${mode} and must be a full commit SHA (40 hex digits)${s.commit ? `, got "${s.commit}"` : ""}.`);
  const forgeOptions = "findRelease" in s.forge ? void 0 : s.forge;
  if (forgeOptions && !forgeOptions.token && !s.dryRun) p.add("token", TOKEN_MISSING);
  const files = mode === "publish" && s.files.every((f) => f.trim() === "") ? [] : await localFiles(s, p);
  p.throwIfAny();
  const prerelease = s.prerelease === void 0 || s.prerelease === "auto" ? prereleaseFromTag(s.tag) : s.prerelease;
  const bodyPath = s.bodyFile ? resolve(s.cwd ?? process.cwd(), s.bodyFile) : void 0;
  return { files, body, bodyGiven: s.body !== void 0 || !!s.bodyFile, bodyPath, mode, prerelease, overwrite, makeLatest: prerelease ? "false" : makeLatest };
}
function readBody(s, p) {
  if (s.body && s.bodyFile) p.add("body", "and {{body-file}} were both given: give one of them.");
  if (!s.bodyFile) return s.body ?? "";
  try {
    return readFileSync(resolve(s.cwd ?? process.cwd(), s.bodyFile), "utf8");
  } catch (e) {
    p.add("body-file", `cannot be read: "${s.bodyFile}" (${e.code ?? errorMessage(e)}).`);
    return "";
  }
}
async function localFiles(s, p) {
  let paths;
  try {
    paths = await expandFiles(s.files, { cwd: s.cwd });
  } catch (e) {
    const rest = errorMessage(e).replace(/^The file list:? ?/, "");
    p.add("files", /^(is|matched)\b/.test(rest) ? rest : `cannot be used: ${rest}`);
    return [];
  }
  const files = [];
  const byName = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const name = basename(path);
    try {
      assertSafeName(name, "asset name");
    } catch (e) {
      p.add("files", `names an unusable file: ${errorMessage(e)}`);
      continue;
    }
    if (byName.has(name)) p.add("files", `gives two files the same asset name "${name}" (${byName.get(name)} and ${path}): rename one or narrow the globs.`);
    if (name === CHECKSUMS_NAME && s.checksums !== false) p.add("files", `contains a file named ${CHECKSUMS_NAME}, which is generated: drop it from the files or set {{checksums}} to false.`);
    byName.set(name, path);
    try {
      accessSync(path, constants.R_OK);
      const st = statSync(path);
      if (st.size >= 2 ** 31) p.add("files", `names ${name}, which is ${st.size} bytes; release assets must be smaller than 2 GiB.`);
      files.push({ path, name, size: st.size });
    } catch (e) {
      p.add("files", `names ${path}, which cannot be read (${e.code ?? errorMessage(e)}).`);
    }
  }
  return files.sort((a, b) => a.name < b.name ? -1 : 1);
}
function assetNameProblems(files, caps) {
  if (!caps.renamesUnusualAssetNames) return;
  const p = new Problems();
  for (const f of files.filter((x) => storedAssetName(x.name) !== x.name)) {
    p.add("files", `names "${f.name}", which the forge would rename to "${storedAssetName(f.name)}" (it keeps only letters, digits and . _ + ~ @ -, no leading or trailing dot): rename the file before publishing.`);
  }
  p.throwIfAny();
}
async function ensureHash(f) {
  f.sha256 ??= (await hashFile(f.path, ["sha256"])).sha256;
  return f.sha256;
}
function checksumsFile(entries, dir) {
  const path = join(dir, CHECKSUMS_NAME);
  const text = formatChecksums([...entries].sort((a, b) => a.name < b.name ? -1 : 1));
  writeFileSync(path, text);
  return { path, name: CHECKSUMS_NAME, size: statSync(path).size, sha256: createHash2("sha256").update(text).digest("hex") };
}
function uploadObserver(f) {
  let h = createHash2("sha256");
  let n = 0;
  let done;
  return {
    start() {
      h = createHash2("sha256");
      n = 0;
      done = void 0;
    },
    data(chunk) {
      h.update(chunk);
      n += chunk.length;
    },
    end() {
      done = n === f.size ? h.digest("hex") : void 0;
    },
    result: () => done
  };
}

// src/publishing/inspect.ts
function loadPublicKey(value, cwd, p) {
  const v = (value ?? "").trim();
  if (!v) return void 0;
  let text = v;
  if (!/^untrusted comment:/.test(v) && !/^RW[A-Za-z0-9+/]{40,}={0,2}$/.test(v)) {
    try {
      const path = isAbsolute(v) ? v : join2(cwd, v);
      if (statSync2(path).size > 64 * 1024) throw new Error("larger than a public key");
      text = readFileSync2(path, "utf8");
    } catch (err) {
      p.add("public-key", `is neither a minisign public key nor a readable .pub file ("${v.slice(0, 80)}": ${err.code ?? errorMessage(err)}).`);
      return void 0;
    }
  }
  try {
    return parsePublicKey(text);
  } catch (err) {
    p.add("public-key", `is not a minisign public key: ${errorMessage(err)}`);
    return void 0;
  }
}
async function inspectRelease(s) {
  const p = new Problems();
  const tp = tagProblem(s.tag);
  if (tp) p.add("tag", `is not usable: ${tp}.`);
  const options = "findRelease" in s.forge ? void 0 : s.forge;
  if (options && !options.token) p.add("token", TOKEN_MISSING);
  const publicKey = loadPublicKey(s.publicKey, s.cwd ?? process.cwd(), p);
  if (s.commit !== void 0 && !/^[0-9a-f]{40}$/.test(s.commit)) p.add("commit", `must be a full commit SHA (40 hex digits), got "${s.commit}".`);
  p.throwIfAny();
  const forge2 = options ? createForge(options) : s.forge;
  const log = s.log ?? (() => {
  });
  const found = await forge2.findRelease(s.tag);
  const release = found.published ?? found.drafts[0];
  const base = { tag: s.tag, state: "none", complete: false, missing: [], releaseId: null, url: "", prerelease: false, assets: [], forge: forge2.kind };
  if (!release) {
    log(`${s.tag} has no release yet.`);
    return { ...base, missing: ["no release"] };
  }
  const remote = await forge2.listAssets(release);
  const prerelease = s.prerelease === void 0 || s.prerelease === "auto" ? prereleaseFromTag(s.tag) : s.prerelease;
  const res = {
    ...base,
    state: release.draft ? "draft" : "published",
    releaseId: release.id,
    url: release.htmlUrl,
    prerelease: release.prerelease,
    assets: remote.map((a) => ({ name: a.name, size: a.size, sha256: a.sha256 ?? "", url: a.downloadUrl }))
  };
  res.missing = await judgeRelease(forge2, release, remote, { tag: s.tag, commit: s.commit, publicKey, prerelease });
  res.complete = res.missing.length === 0;
  log(
    res.complete ? `${s.tag} is already released; nothing to do (published and complete by content: ${remote.length} assets${publicKey ? ", every signature verified" : ""}, tag at the release's commit).` : `${s.tag} is not completely released (${res.state}):
- ${res.missing.join("\n- ")}`
  );
  return res;
}
var short = (sha) => sha.slice(0, 12);
async function judgeRelease(forge2, release, remote, x) {
  const problems = [];
  if (release.draft && !x.draftOk) problems.push("still a draft");
  if (release.prerelease !== x.prerelease) problems.push(`the prerelease flag is ${release.prerelease}, but ${x.tag} calls for ${x.prerelease}`);
  problems.push(...await tagProblems(forge2, release, x));
  const dir = mkdtempSync(join2(tmpdir(), "relforge-inspect-"));
  try {
    problems.push(...await contentProblems(forge2, release, remote, x, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return problems;
}
async function tagProblems(forge2, release, x) {
  const expected = x.commit ?? (/^[0-9a-f]{40}$/i.test(release.targetCommitish) ? release.targetCommitish.toLowerCase() : void 0);
  const at = await forge2.tagCommit(x.tag);
  if (at === void 0) return release.draft ? [] : [`tag ${x.tag} does not exist on the forge, though the release is published`];
  if (expected && at !== expected) return [`tag ${x.tag} points at ${short(at)} but the release is of ${short(expected)}`];
  return [];
}
async function contentProblems(forge2, release, remote, x, dir) {
  const problems = [];
  const once = (name) => {
    const same = remote.filter((a) => a.name === name);
    if (same.length === 0) problems.push(`${name} is missing`);
    else if (same.length > 1) problems.push(`${name} is there ${same.length} times`);
    else if (same[0].state !== "uploaded") problems.push(`${name} is an incomplete upload`);
    else return same[0];
    return void 0;
  };
  const partials = remote.filter((a) => a.name.startsWith(PARTIAL_PREFIX));
  if (partials.length) problems.push(`${partials.length} leftover(s) of an interrupted replacement`);
  const sums = once(CHECKSUMS_NAME);
  if (!sums) return problems;
  if (sums.size > 1024 * 1024) return [...problems, `its ${CHECKSUMS_NAME} is ${sums.size} bytes, too large to be a list of checksums`];
  const sumsPath = join2(dir, CHECKSUMS_NAME);
  await forge2.downloadAsset(release, sums, sumsPath);
  let entries;
  try {
    entries = parseChecksums(readFileSync2(sumsPath, "utf8"));
  } catch (err) {
    return [...problems, `its ${CHECKSUMS_NAME} cannot be read (${errorMessage(err)})`];
  }
  if (entries.length === 0) problems.push(`${CHECKSUMS_NAME} lists no file`);
  const signed = !!x.publicKey || remote.some((a) => a.name === `${CHECKSUMS_NAME}.minisig`);
  const verify = async (name, path) => {
    if (!signed) return;
    const sig = once(`${name}.minisig`);
    if (!sig || !x.publicKey) return;
    if (sig.size > 64 * 1024) return void problems.push(`${name}.minisig is ${sig.size} bytes, too large to be a minisign signature`);
    const sigPath = join2(dir, "signature.minisig");
    await forge2.downloadAsset(release, sig, sigPath);
    try {
      await verifyFile(path, readFileSync2(sigPath, "utf8"), x.publicKey);
    } catch (err) {
      problems.push(`${name}.minisig does not verify against the pinned key (${errorMessage(err).replace(/\s+/g, " ").slice(0, 200)})`);
    } finally {
      rmSync(sigPath, { force: true });
    }
  };
  await verify(CHECKSUMS_NAME, sumsPath);
  for (const e of entries) {
    const a = once(e.name);
    if (!a) {
      if (signed) once(`${e.name}.minisig`);
      continue;
    }
    if (x.publicKey && !remote.some((r) => r.name === `${e.name}.minisig`)) {
      once(`${e.name}.minisig`);
    } else if (x.publicKey) {
      const path = join2(dir, "asset");
      await forge2.downloadAsset(release, a, path);
      try {
        const got2 = (await hashFile(path, ["sha256"])).sha256;
        if (got2 !== e.sha256) problems.push(contentDiffers(e.name, got2, e.sha256));
        else if (a.sha256 && a.sha256 !== e.sha256) problems.push(`${e.name}: the forge's digest (sha256 ${short(a.sha256)}…) differs from the bytes it serves`);
        else await verify(e.name, path);
      } finally {
        rmSync(path, { force: true });
      }
      continue;
    } else if (signed) once(`${e.name}.minisig`);
    const got = a.sha256 ?? await forge2.hashAsset(release, a);
    if (got !== e.sha256) problems.push(contentDiffers(e.name, got, e.sha256));
  }
  return problems;
}
var contentDiffers = (name, got, want) => `${name}: content differs from ${CHECKSUMS_NAME} (sha256 ${got} ≠ ${want})`;
function renderInspectSummary(r) {
  const head = r.complete ? `**${r.tag} is already released; nothing to do.** The release is published and complete by content.` : `${r.tag}: ${r.state === "none" ? "no release yet" : `${r.state}, **not complete**`}.`;
  const problems = !r.complete && r.state !== "none" ? `
${r.missing.map((m) => `- ${m}`).join("\n")}
` : "";
  const rows = r.assets.map((a) => `| ${a.url ? `[${a.name}](${a.url})` : a.name} | ${a.size} |`).join("\n");
  return `## Release ${r.tag} — ${r.state}

${head}
${problems}
${r.url ? `${r.url}

` : ""}${rows ? `| asset | bytes |
|---|---:|
${rows}
` : ""}`;
}
function judgementError(tag, what, problems, fix) {
  return new RelforgeError(`${what} ${tag}:
- ${problems.join("\n- ")}
${fix}`);
}

// src/publishing/recipe.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { mkdtempSync as mkdtempSync2, rmSync as rmSync2, statSync as statSync3, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join3 } from "node:path";

// src/publishing/core/notes.ts
var FULL_NOTES_NAME = "RELEASE-NOTES.md";
function notesSize(text, unit) {
  return unit === "bytes" ? Buffer.byteLength(text, "utf8") : text.length;
}
var BOUNDARY = /^(#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s)/;
function cutNotice(fullNotesUrl, limit) {
  const what = limit.unit === "bytes" ? `${limit.max.toLocaleString("en-US")} bytes` : `${limit.max.toLocaleString("en-US")} characters`;
  return `

---

**These notes were cut to fit the forge's limit of ${what}.** The full notes: [${FULL_NOTES_NAME}](${fullNotesUrl}).
`;
}
function fitNotes(body, limit, fullNotesUrl) {
  const size = notesSize(body, limit.unit);
  if (size <= limit.max) return { body, cut: false, size, kept: size };
  const notice = cutNotice(fullNotesUrl, limit);
  const budget = limit.max - notesSize(notice, limit.unit);
  const lines = body.split("\n");
  let used = 0;
  let atSection = 0;
  let atLine = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (i > 0 && used - 1 <= budget) {
      atLine = i;
      if (BOUNDARY.test(line)) atSection = i;
    }
    used += notesSize(line, limit.unit) + 1;
    if (used - 1 > budget) break;
  }
  const end = atSection > 0 ? atSection : atLine;
  const kept = lines.slice(0, end).join("\n").replace(/\s+$/, "");
  return { body: kept + notice, cut: true, size, kept: notesSize(kept, limit.unit) };
}
function webRoot(apiUrl) {
  const u = apiUrl.replace(/\/+$/, "");
  if (/^https:\/\/api\.github\.com$/i.test(u)) return "https://github.com";
  return u.replace(/\/api\/v[13]$/, "");
}
function releaseDownloadUrl(apiUrl, owner, repo, tag, name) {
  return `${webRoot(apiUrl)}/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/releases/download/${tag.split("/").map(encodeURIComponent).join("/")}/${encodeURIComponent(name)}`;
}

// src/publishing/recipe.ts
function isTransient(err) {
  return err instanceof HttpNetworkError || err instanceof ForgeError && (err.status === void 0 || err.status >= 500 || err.status === 429);
}
var without = (list, gone) => list.filter((a) => !gone.some((g) => g.id === a.id));
var PublishRun = class {
  constructor(forge2, s, local, offline, publicKey) {
    this.forge = forge2;
    this.s = s;
    this.local = local;
    this.offline = offline;
    this.publicKey = publicKey;
    this.log = s.log ?? (() => {
    });
    this.title = s.name || s.tag;
    this.retryPolicy = { attempts: 4, baseDelayMs: s.retryDelayMs ?? 2e3, maxDelayMs: 6e4 };
    this.result = { releaseId: null, url: "", tag: s.tag, assets: [], created: false, published: false, prerelease: local.prerelease, dryRun: !!s.dryRun, actions: [], forge: forge2.kind, mode: local.mode, draft: false, complete: false, notesCut: false };
  }
  forge;
  s;
  local;
  offline;
  publicKey;
  result;
  hashes = /* @__PURE__ */ new Map();
  tmp = mkdtempSync2(join3(tmpdir2(), "relforge-publish-"));
  log;
  title;
  retryPolicy;
  dispose() {
    rmSync2(this.tmp, { recursive: true, force: true });
  }
  act(line) {
    this.result.actions.push(line);
    this.log(`${this.s.dryRun ? "[dry-run] would " : ""}${line}`);
  }
  async run() {
    const { s, forge: forge2 } = this;
    const pre = this.local.prerelease ? " (prerelease)" : "";
    if (this.offline) {
      this.log("Dry run without a token: planning from the local files only (no forge state read).");
      this.act(`create draft release ${s.tag}${pre} unless it exists`);
      return this.dryRunPlan(void 0);
    }
    const mode = this.local.mode;
    const judgeOnly = mode === "publish" && this.local.files.length === 0;
    this.fitNotes();
    if (mode === "publish") await this.checkTag("publish");
    const found = await forge2.findRelease(s.tag);
    let release = found.published ?? found.drafts[0];
    this.result.state = found.published ? "published" : found.drafts.length ? "draft" : "none";
    if (mode === "stage") await this.checkTag(found.published ? "publish" : "stage");
    if (found.published && judgeOnly) return this.judgedLive(found.published);
    const complete = found.published && await this.liveComplete(found.published);
    if (complete) {
      if (mode !== "all") await this.judge(found.published, complete.remote);
      return this.finish(found.published, complete.remote, complete.wanted);
    }
    if (!found.published) await this.dropExtraDrafts(found.drafts);
    if (!release) {
      if (judgeOnly) {
        throw new RelforgeError(`There is no draft release for ${s.tag} to publish, and no files were given to make one: run publish-release with mode: stage first (it uploads and verifies the files), or give "files". Nothing was published.`);
      }
      this.act(`create draft release ${s.tag}${pre}`);
      if (s.dryRun) return this.dryRunPlan(void 0);
      release = await this.createDraft();
      const adopted = release.draft ? void 0 : await this.liveComplete(release);
      if (adopted) return this.finish(release, adopted.remote, adopted.wanted);
    } else if (release.draft) {
      if (mode === "stage" && found.drafts.length) this.log(`Adopting the draft ${release.id} left for ${s.tag} by an earlier run: its assets are checked by content, what differs is replaced (a draft is not public).`);
      release = await this.syncDraft(release);
    }
    if (s.dryRun) return this.dryRunPlan(release);
    let wanted;
    let remote;
    if (judgeOnly) {
      let known = await forge2.listAssets(release);
      for (const f of this.local.files) known = await this.syncAsset(release, f, known);
      wanted = [...this.local.files];
      remote = await forge2.listAssets(release);
      if (wanted.length) await this.verify(release, remote, wanted);
    } else {
      wanted = await this.uploadAll(release);
      remote = await this.removeExtras(release, await forge2.listAssets(release), wanted);
      await this.verify(release, remote, wanted);
    }
    if (mode !== "all" && (judgeOnly || this.publicKey) && release.draft) await this.judge(release, remote);
    if (release.draft && (s.draft || mode === "stage")) {
      this.log(`Leaving ${s.tag} as a draft (${mode === "stage" ? "mode: stage" : "input draft: true"}); assets are uploaded and verified by content.`);
    } else if (release.draft || release.prerelease !== this.local.prerelease) {
      if (mode === "publish") await this.checkTag("publish");
      this.act(`publish ${s.tag}${this.publishNote()}`);
      const caps = forge2.capabilities;
      await forge2.publish(release.id, { prerelease: this.local.prerelease, makeLatest: caps.makeLatest ? this.local.makeLatest : void 0 });
      release = await forge2.getRelease(release.id);
      if (release.draft) throw new RelforgeError(`Publishing ${s.tag} did not take effect: the forge still reports a draft. Re-run the step.`);
      remote = await forge2.listAssets(release);
      if (wanted.length) await this.verify(release, remote, wanted);
      if (mode === "publish") {
        const at = await forge2.tagCommit(s.tag);
        if (at !== s.commit) throw new RelforgeError(`Release ${s.tag} was published, but its tag now points at ${at ?? "nothing"}, not at ${s.commit}: someone moved or deleted the tag during the publish. Check the repository's tags; inspect reports the release as incomplete until this is fixed.`);
      }
    }
    if (mode !== "all" && this.publicKey && !release.draft && this.result.actions.length && !this.result.actions.some((a) => a.startsWith("publish "))) {
      await this.judge(release, remote);
    }
    return this.finish(release, remote, wanted);
  }
  /**
   * The content judgement (inspect's) of the release as it now is; any problem refuses the step with every reason.
   * A draft is judged as if published now; its missing tag is fine in stage mode.
   */
  async judge(release, remote) {
    const { s } = this;
    const problems = await judgeRelease(this.forge, release, remote, { tag: s.tag, commit: s.commit, publicKey: this.publicKey, prerelease: this.local.prerelease, draftOk: release.draft });
    if (!problems.length) return;
    const mode = this.local.mode;
    if (!release.draft) {
      throw judgementError(s.tag, "Release is published but not complete by content:", problems, "A live release is only added to: fix what can be added and re-run, set replace-published-assets: true to replace differing assets, or cut a new version.");
    }
    throw judgementError(
      s.tag,
      `The draft is not complete by content, so it was ${mode === "stage" ? "left a draft" : "not published"}: release`,
      problems,
      mode === "stage" ? "Re-run the step with the right files (it replaces what differs on a draft)." : "Re-run mode: stage with the files (it replaces what differs), then publish."
    );
  }
  /**
   * Notes over the forge's limit: cut at a section boundary with a closing line that links the full notes, which go
   * up as the FULL_NOTES_NAME asset (verified like every asset, not listed in SHA256SUMS).
   */
  fitNotes() {
    const { forge: forge2, s } = this;
    const limit = forge2.capabilities.notesLimit;
    const url = releaseDownloadUrl(forge2.apiUrl, forge2.owner, forge2.repo, s.tag, FULL_NOTES_NAME);
    const fitted = fitNotes(this.local.body, limit, url);
    if (!fitted.cut) return;
    const full = this.local.body;
    this.local.body = fitted.body;
    this.result.notesCut = true;
    const unit = limit.unit === "bytes" ? "bytes" : "characters";
    this.log(`The notes are ${fitted.size} ${unit}, over the ${forge2.kind} limit of ${limit.max}: the release body keeps the first ${fitted.kept} (cut at a section boundary) and links the full notes, uploaded as ${FULL_NOTES_NAME}.`);
    if (this.local.files.some((f) => f.name === FULL_NOTES_NAME)) return;
    let path = this.local.bodyPath;
    if (!path) {
      path = join3(this.tmp, FULL_NOTES_NAME);
      writeFileSync2(path, full);
    }
    this.local.files.push({ path, name: FULL_NOTES_NAME, size: statSync3(path).size, unlisted: true });
  }
  /**
   * Where the tag is. publish (and a published release found by stage): it must exist and point at `commit`.
   * stage: it may be missing (pushed later), but if it exists it must point at `commit`.
   */
  async checkTag(need) {
    const { s } = this;
    const at = await this.forge.tagCommit(s.tag);
    if (at === void 0) {
      if (need === "stage") return;
      throw new RelforgeError(
        `Tag ${s.tag} does not exist on the forge, so nothing was published. mode: publish runs after the release commit and the tag are pushed: push them (the workflow's push step), then re-run this step.`
      );
    }
    if (at !== s.commit) {
      throw new RelforgeError(
        `Tag ${s.tag} points at ${at}, but this release is of ${s.commit} (input commit), so nothing was ${need === "stage" ? "staged" : "published"}. The version is taken by another commit: a tag is never moved by relforge. Plan again (a new version) or, if the tag was pushed by mistake and nothing was released from it, delete it yourself and re-run.`
      );
    }
  }
  /** publish mode without files and a published release: judged by its own content; complete ⇒ nothing to do, else refused. */
  async judgedLive(release) {
    const remote = await this.forge.listAssets(release);
    const problems = await judgeRelease(this.forge, release, remote, { tag: this.s.tag, commit: this.s.commit, publicKey: this.publicKey, prerelease: this.local.prerelease });
    if (problems.length) {
      throw judgementError(this.s.tag, "Release is published but not complete by content, and no files were given to repair it:", problems, "Re-run mode: stage with the files: it adds what is missing (a differing asset of a live release is replaced only with replace-published-assets: true).");
    }
    this.log(`Release ${this.s.tag} is already published and complete by content: nothing to do.`);
    return this.finish(release, remote, []);
  }
  /** The commit the release is of: input commit (stage/publish), else target-commitish. */
  get target() {
    return this.s.commit || this.s.targetCommitish || void 0;
  }
  publishNote() {
    if (this.local.prerelease) return " as a prerelease";
    return this.forge.capabilities.makeLatest ? ` (make_latest: ${this.local.makeLatest})` : "";
  }
  // ---- content: local hash vs the forge's digest, else the bytes read back (streamed, any size) ----
  async remoteHash(release, remote) {
    if (remote.sha256) return remote.sha256;
    let h = this.hashes.get(remote.id);
    if (!h) {
      h = await this.forge.hashAsset(release, remote);
      this.hashes.set(remote.id, h);
    }
    return h;
  }
  async verdict(release, local, remote) {
    if (remote.state !== "uploaded") return "different";
    const v = sameContent({ ...local, sha256: await ensureHash(local) }, remote);
    if (v !== "unknown") return v;
    return await this.remoteHash(release, remote) === local.sha256 ? "same" : "different";
  }
  /** The policy for one asset: SHA256SUMS is derived from the others, so it may always be swapped (new first). */
  policy(release, f) {
    const live = !!release && !release.draft;
    if (f.name === CHECKSUMS_NAME && this.s.checksums !== false) return { overwrite: "replace", live, replaceLive: true };
    return { overwrite: this.local.overwrite, live, replaceLive: !!this.s.replacePublishedAssets };
  }
  /**
   * The per-asset planner: compares the local file with the same-name remote assets and lets decideAsset()
   * choose. A kept asset whose content differs (overwrite: skip) is recorded in `f.kept`, so SHA256SUMS lists
   * what the release really holds.
   */
  async planAsset(release, f, sameName) {
    const verdicts = /* @__PURE__ */ new Map();
    for (const a of sameName) verdicts.set(a.id, await this.verdict(release, f, a));
    const plan = decideAsset(f, sameName, (r) => verdicts.get(r.id) ?? "unknown", this.policy(release, f));
    if (plan.kind === "keep" && verdicts.get(plan.keep.id) !== "same") {
      f.kept = { size: plan.keep.size, sha256: await this.remoteHash(release, plan.keep) };
    }
    return plan;
  }
  /** The files of this run plus SHA256SUMS (the one builder), listing kept assets by their remote hash. */
  async wantedFiles() {
    if (this.s.checksums === false) return [...this.local.files];
    const entries = [];
    for (const f of this.local.files) if (!f.unlisted) entries.push({ name: f.name, sha256: f.kept?.sha256 ?? await ensureHash(f) });
    return [...this.local.files, checksumsFile(entries, this.tmp)];
  }
  /**
   * Plans every asset against `remote` (files first, then SHA256SUMS built from what they will hold); returns
   * the plans and the wanted files (SHA256SUMS included).
   */
  async planAll(release, remote) {
    const plans = [];
    for (const f of this.local.files) plans.push({ f, plan: await this.planAsset(release, f, remote.filter((a) => a.name === f.name)) });
    const wanted = await this.wantedFiles();
    if (this.s.checksums !== false) {
      const sums = wanted.at(-1);
      plans.push({ f: sums, plan: await this.planAsset(release, sums, remote.filter((a) => a.name === sums.name)) });
    }
    return { plans, wanted };
  }
  // ---- steps ----
  /**
   * A published release: complete ⇒ its assets and the wanted files (nothing to do; finish with them); immutable
   * and different ⇒ refuse with the diff; mutable with a differing asset ⇒ refuse unless replacePublishedAssets;
   * only additions ⇒ undefined (complete it).
   */
  async liveComplete(published) {
    const { s } = this;
    const remote = await this.forge.listAssets(published);
    const diff = [];
    let refused = false;
    const { plans, wanted } = await this.planAll(published, remote);
    for (const { f, plan } of plans) {
      if (plan.kind === "upload") diff.push(`add ${f.name}`);
      else if (plan.kind === "keep" && plan.remove.length) diff.push(`remove ${plan.remove.length} duplicate(s) of ${f.name}`);
      else if (plan.kind === "replace" || plan.kind === "swap") diff.push(`replace ${f.name} (${plan.reason})`);
      else if (plan.kind === "refuse" || plan.kind === "conflict") {
        diff.push(`replace ${f.name} (${plan.reason})`);
        refused = true;
      }
    }
    const partials = remote.filter((a) => a.name.startsWith(PARTIAL_PREFIX));
    if (partials.length) diff.push(`remove ${partials.length} leftover partial upload(s) of an interrupted replacement`);
    if (published.prerelease !== this.local.prerelease) diff.push(`set prerelease to ${this.local.prerelease} (now ${published.prerelease})`);
    const list = `
- ${diff.join("\n- ")}
`;
    if (published.immutable && diff.length) {
      throw new RelforgeError(
        `Release ${s.tag} is published and immutable, so it can no longer be changed. It differs from the local files; this run would have:${list}Nothing was modified. The tag ${s.tag} is burnt by the immutable release: cut a new version (a new tag) to publish these files.`
      );
    }
    if (refused) {
      const fix = this.local.overwrite === "fail" ? 'overwrite is "fail": use overwrite: skip to keep the published assets,' : "to replace them, re-run with replace-published-assets: true (each new file goes up before the old one is removed),";
      throw new RelforgeError(
        `Release ${s.tag} is already published and some of its assets differ from the local files; this run would have:${list}Nothing was modified: a published release is only added to unless replacing is asked for. ${fix[0].toUpperCase()}${fix.slice(1)} or cut a new version.`
      );
    }
    if (diff.length === 0) {
      this.log(`Release ${s.tag} is already published with exactly these files${published.immutable ? " (immutable)" : ""}: nothing to do.`);
      return { remote, wanted };
    }
    this.log(`Release ${s.tag} is published but incomplete (${diff.join("; ")}): completing it.`);
    return void 0;
  }
  /** GitHub allows several drafts per tag (a retried create): keep the oldest, remove the rest. */
  async dropExtraDrafts(drafts) {
    for (const extra of drafts.slice(1)) {
      this.act(`delete duplicate draft release ${extra.id} for ${this.s.tag}`);
      if (!this.s.dryRun) await this.forge.deleteRelease(extra.id);
    }
  }
  /** Creates the draft; 422/409 or a lost answer ⇒ re-list and adopt (docs/reference/forges.md §4 step 2). */
  async createDraft() {
    const { s, forge: forge2 } = this;
    let lost;
    return retry(
      async (attempt) => {
        if (attempt > 1) {
          const adopted = await this.adopt(lost);
          if (adopted) return { done: adopted };
        }
        try {
          const release = await forge2.createDraft({ tagName: s.tag, name: this.title, body: this.local.body, prerelease: this.local.prerelease, targetCommitish: this.target });
          this.result.created = true;
          return { done: release };
        } catch (err) {
          if (!(err instanceof ReleaseExistsError) && !isTransient(err)) throw err;
          this.log(`Creating the draft failed (${errorMessage(err)}); listing releases to adopt one that may exist.`);
          if (err instanceof ReleaseExistsError) {
            const adopted = await this.adopt(err);
            if (adopted) return { done: adopted };
            throw new RelforgeError(`The forge says a release for ${s.tag} exists, but listing releases does not show it: check that the token can see drafts (push access) and re-run.`);
          }
          lost = err;
          return {
            retry: errorMessage(err),
            exhausted: () => {
              throw err;
            }
          };
        }
      },
      this.retryPolicy
    );
  }
  async adopt(err) {
    const { published, drafts } = await this.forge.findRelease(this.s.tag);
    const release = published ?? drafts[0];
    if (!release) return void 0;
    this.result.created = !published && !(err instanceof ReleaseExistsError);
    for (const extra of drafts.slice(1)) await this.forge.deleteRelease(extra.id);
    return release;
  }
  async syncDraft(release) {
    const { s } = this;
    const keepBody = this.local.mode === "publish" && !this.local.bodyGiven;
    const title = this.local.mode === "publish" && !s.name ? release.name : this.title;
    const differs = release.name !== title || !keepBody && release.body !== this.local.body || release.prerelease !== this.local.prerelease || !!this.target && release.targetCommitish !== this.target;
    if (!differs) return release;
    this.act(`update draft ${release.id} (title, notes, prerelease, target) to match this run`);
    if (s.dryRun) return release;
    return this.forge.updateRelease(release.id, { name: title, body: keepBody ? void 0 : this.local.body, prerelease: this.local.prerelease, targetCommitish: this.target });
  }
  /** Uploads what differs, one file at a time, SHA256SUMS last (built from the hashes taken while uploading). */
  async uploadAll(release) {
    let known = await this.forge.listAssets(release);
    for (const f of this.local.files) known = await this.syncAsset(release, f, known);
    const wanted = await this.wantedFiles();
    if (this.s.checksums !== false) await this.syncAsset(release, wanted.at(-1), known);
    return wanted;
  }
  /** One asset, re-listing and retrying after a transient failure or a same-name race (up to 4 attempts). */
  async syncAsset(release, f, known) {
    let current = known;
    return retry(
      async () => {
        try {
          current ??= await this.forge.listAssets(release);
          return { done: await this.applyPlan(release, f, current) };
        } catch (err) {
          if (!(err instanceof AssetExistsError) && !isTransient(err)) throw err;
          current = void 0;
          return {
            retry: errorMessage(err),
            delayMs: err instanceof AssetExistsError ? 0 : void 0,
            exhausted: () => {
              throw err;
            }
          };
        }
      },
      { ...this.retryPolicy, onRetry: (i) => this.log(`Uploading ${f.name} failed (${i.reason}); re-listing the assets and retrying (attempt ${i.attempt + 1} of 4).`) }
    );
  }
  /** Carries out the planner's decision for one file; returns the asset list as it now is. */
  async applyPlan(release, f, before) {
    const current = await this.recoverPartials(release, f, before);
    const plan = await this.planAsset(release, f, current.filter((a) => a.name === f.name));
    switch (plan.kind) {
      case "conflict":
        throw new RelforgeError(`Release ${this.s.tag} already has an asset named ${f.name} and overwrite is "fail": ${plan.reason}. Use overwrite: replace to replace it, or skip to keep it.`);
      case "refuse":
        throw new RelforgeError(`Release ${this.s.tag} was published meanwhile and its ${f.name} differs from the local file (${plan.reason}); nothing was replaced. Re-run with replace-published-assets: true to replace it, or cut a new version.`);
      case "keep":
        await this.remove(release, f, plan.remove, plan.reason);
        if (!plan.remove.length) this.log(`Keeping ${f.name}: ${plan.reason}.`);
        if (f.kept) this.log(`Note: ${f.name} on the release differs from the local file; kept because overwrite is "skip".`);
        return without(current, plan.remove);
      case "replace":
        await this.remove(release, f, plan.remove, plan.reason);
        return [...without(current, plan.remove), await this.upload(release, f, f.name)];
      case "swap":
        return this.swap(release, f, plan.remove, current, plan.reason);
      case "upload":
        return [...current, await this.upload(release, f, f.name)];
    }
  }
  async remove(release, f, assets, reason) {
    for (const r of assets) {
      this.act(`delete ${f.name} (asset ${r.id}): ${reason}`);
      await this.forge.deleteAsset(release, r);
    }
  }
  /** Streams one file up under `name`, hashing it in the same read; checks the name and size the forge stored. */
  async upload(release, f, name) {
    this.act(`upload ${f.name}${name !== f.name ? ` as ${name}` : ""} (${f.size} bytes)`);
    const obs = f.sha256 ? void 0 : uploadObserver(f);
    const asset = await this.forge.uploadAsset(release, { path: f.path, name, size: f.size, observe: obs });
    f.sha256 ??= obs?.result();
    if (asset.name !== name) throw new RelforgeError(`The forge stored ${name} as "${asset.name}" (it renames unusual names): rename the file to a plain name (letters, digits, . - _).`);
    if (asset.size !== f.size) throw new RelforgeError(`The forge reports ${asset.size} bytes for ${f.name}, but the local file has ${f.size}: the file changed during the upload or the transfer was cut. Re-run the step.`);
    return asset;
  }
  /**
   * Replaces an asset of a published release without a moment where it is missing: where same-name duplicates
   * are allowed, upload then remove the old; where assets can be renamed, upload under a temporary name, remove
   * the old, rename (the name is absent only between those two calls); else remove then upload (documented gap).
   */
  async swap(release, f, old, current, reason) {
    const caps = this.forge.capabilities;
    if (caps.duplicateAssetNames) {
      const fresh = await this.upload(release, f, f.name);
      await this.remove(release, f, old, `${reason}; the new upload is in place`);
      return [...without(current, old), fresh];
    }
    if (caps.renameAssets) {
      const staged = await this.upload(release, f, `${PARTIAL_PREFIX}${randomBytes2(4).toString("hex")}-${f.name}`);
      await this.remove(release, f, old, `${reason}; the new upload is staged as ${staged.name}`);
      this.act(`rename ${staged.name} to ${f.name}`);
      return [...without(current, old), await this.forge.renameAsset(release, staged, f.name)];
    }
    await this.remove(release, f, old, reason);
    return [...without(current, old), await this.upload(release, f, f.name)];
  }
  /**
   * Leftovers of an interrupted swap for `f`: a staged copy with the right content becomes `f` again when `f`
   * is missing (the interrupted rename), any other staged copy is removed.
   */
  async recoverPartials(release, f, current) {
    const partials = current.filter((a) => a.name.startsWith(PARTIAL_PREFIX) && a.name.slice(PARTIAL_PREFIX.length + 9) === f.name);
    if (!partials.length) return current;
    let list = without(current, partials);
    const missing = !list.some((a) => a.name === f.name);
    for (const p of partials) {
      if (missing && !list.some((a) => a.name === f.name) && await this.verdict(release, f, p) === "same") {
        this.act(`rename ${p.name} to ${f.name} (finishing an interrupted replacement)`);
        list = [...list, await this.forge.renameAsset(release, p, f.name)];
      } else await this.remove(release, f, [p], "leftover of an interrupted replacement");
    }
    return list;
  }
  /** Assets this run does not publish: removed from a draft; kept (noted) on a published release. */
  async removeExtras(release, remote, wanted) {
    const keepNotes = this.local.mode === "publish" && !this.local.bodyGiven;
    const extras = remote.filter((a) => !wanted.some((w) => w.name === a.name) && !(keepNotes && a.name === FULL_NOTES_NAME));
    const drop = release.draft ? extras : extras.filter((a) => a.name.startsWith(PARTIAL_PREFIX));
    for (const a of drop) {
      this.act(`delete ${a.name} from the ${release.draft ? "draft (not among the files of this run)" : "release (leftover of an interrupted replacement)"}`);
      await this.forge.deleteAsset(release, a);
    }
    const kept = extras.filter((a) => !drop.includes(a));
    if (kept.length) this.log(`Note: published release ${this.s.tag} also has assets this run did not upload (kept): ${kept.map((a) => a.name).join(", ")}`);
    return drop.length ? this.forge.listAssets(release) : remote;
  }
  /** The remote set against the local files: each once, complete, same size and SHA-256 (read back where no digest). */
  async verify(release, remote, wanted) {
    const problems = [];
    for (const f of wanted) {
      const same = remote.filter((a2) => a2.name === f.name);
      const a = same[0];
      if (!a) problems.push(`${f.name} is missing`);
      else if (same.length > 1) problems.push(`${f.name} is present ${same.length} times`);
      else if (a.state !== "uploaded") problems.push(`${f.name} is in state "${a.state}" (incomplete upload)`);
      else if (f.kept) {
        if (a.size !== f.kept.size || await this.remoteHash(release, a) !== f.kept.sha256) problems.push(`${f.name} (kept by overwrite: skip) changed on the forge during this run`);
      } else if (a.size !== f.size) problems.push(`${f.name} has ${a.size} bytes on the forge, ${f.size} locally`);
      else if (await this.verdict(release, f, a) === "different") {
        problems.push(`${f.name} on the forge has SHA-256 ${a.sha256 ?? this.hashes.get(a.id)}, the local file ${f.sha256}`);
      }
    }
    if (problems.length) {
      throw new RelforgeError(`Verification of release ${this.s.tag} failed, so it was not published:
- ${problems.join("\n- ")}
Re-run the step: it replaces what differs.`);
    }
  }
  async finish(release, remote, wanted) {
    const r = this.result;
    r.releaseId = release.id;
    r.url = release.htmlUrl;
    r.published = !release.draft;
    r.draft = release.draft;
    r.complete = !release.draft;
    r.prerelease = release.prerelease;
    for (const f of wanted) {
      const a = remote.find((x) => x.name === f.name);
      r.assets.push({ name: f.name, size: f.kept?.size ?? f.size, sha256: f.kept?.sha256 ?? await ensureHash(f), url: a?.downloadUrl ?? "" });
    }
    return r;
  }
  /** Dry run: the uploads, replacements and deletions that would happen, with no write (refusals included). */
  async dryRunPlan(release) {
    const remote = release ? await this.forge.listAssets(release) : [];
    const judgeOnly = this.local.mode === "publish" && !this.local.files.some((f) => !f.unlisted);
    const { plans, wanted } = judgeOnly ? { plans: [], wanted: [] } : await this.planAll(release, remote);
    for (const { f, plan } of plans) {
      if (plan.kind === "upload") this.act(`upload ${f.name} (${f.size} bytes, sha256 ${await ensureHash(f)})`);
      else if (plan.kind === "replace" || plan.kind === "swap") this.act(`replace ${f.name}: ${plan.reason}`);
      else if (plan.kind === "keep") this.act(`keep ${f.name}: ${plan.reason}`);
      else if (plan.kind === "conflict") throw new RelforgeError(`Release ${this.s.tag} already has an asset named ${f.name} and overwrite is "fail": ${plan.reason}.`);
      else throw new RelforgeError(`Release ${this.s.tag} is published and its ${f.name} differs from the local file (${plan.reason}): the real run would refuse. Set replace-published-assets: true to replace it, or cut a new version.`);
    }
    const live = !!release && !release.draft;
    const staging = (this.s.draft || this.local.mode === "stage") && !live;
    if (!staging && !(live && release.prerelease === this.local.prerelease)) this.act(`publish ${this.s.tag}${this.publishNote()}`);
    if (staging) this.act(`leave ${this.s.tag} a draft (${this.local.mode === "stage" ? "mode: stage" : "input draft: true"})`);
    const r = this.result;
    r.releaseId = release?.id ?? null;
    r.url = release?.htmlUrl ?? "";
    r.published = live;
    r.draft = !live;
    for (const f of wanted) r.assets.push({ name: f.name, size: f.kept?.size ?? f.size, sha256: f.kept?.sha256 ?? await ensureHash(f), url: "" });
    return r;
  }
};

// src/publishing/publish-release.ts
async function publishRelease(s) {
  const local = await prepareLocal(s);
  const p = new Problems();
  const publicKey = loadPublicKey(s.publicKey, s.cwd ?? process.cwd(), p);
  p.throwIfAny();
  const adapter = "findRelease" in s.forge ? s.forge : void 0;
  const options = adapter ? void 0 : s.forge;
  const offline = !!s.dryRun && !!options && !options.token;
  const forge2 = adapter ?? (offline ? offlineForge(options) : createForge(options));
  assetNameProblems(local.files, forge2.capabilities);
  const run = new PublishRun(forge2, s, local, offline, publicKey);
  try {
    return await run.run();
  } finally {
    run.dispose();
  }
}
function renderPublishSummary(res) {
  const rows = res.assets.map((a) => `| ${a.url ? `[${a.name}](${a.url})` : a.name} | ${a.size} | \`${a.sha256}\` |`).join("\n");
  const state = res.dryRun ? "dry run — nothing changed" : res.published ? res.prerelease ? "published (prerelease)" : "published" : "draft";
  const cut = res.notesCut ? `**The notes were longer than the forge accepts and were cut** at a section boundary; the release body says so and links the full notes (the RELEASE-NOTES.md asset).

` : "";
  const done = res.actions.length ? `<details><summary>${res.dryRun ? "Would do" : "Done"} (${res.actions.length})</summary>

${res.actions.map((a) => `- ${a}`).join("\n")}
</details>
` : "Nothing to change: the release already matched.\n";
  return `## Release ${res.tag} — ${state}

${cut}${res.url ? `${res.url}

` : ""}| asset | bytes | sha256 |
|---|---:|---|
${rows}

${done}`;
}

export {
  PackageFileExistsError,
  createForge,
  publishReleaseSchema,
  publishReleaseSettings,
  inspectRelease,
  renderInspectSummary,
  publishRelease,
  renderPublishSummary
};
