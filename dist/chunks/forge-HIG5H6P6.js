import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  createValidator,
  specPath
} from "./chunk-WWMDIAO5.js";
import {
  spawnGitSync
} from "./chunk-4NSJM3RA.js";
import "./chunk-A3HMJ4J5.js";
import "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/emulator/forge.ts
import * as http from "node:http";
import { createHash, randomUUID } from "node:crypto";
import { closeSync, createReadStream, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/git/isolated.ts
var ISOLATED_GIT_ENV = { GIT_CONFIG_NOSYSTEM: "1" };
function isolatedGitSync(cwd, args) {
  try {
    const r = spawnGitSync(cwd, args, { ...ISOLATED_GIT_ENV });
    return r.code === 0 ? r.stdout.trim() : void 0;
  } catch {
    return void 0;
  }
}

// src/emulator/forge.ts
var KEEP_BYTES = 16 * 1024 * 1024;
var ALIASES = {
  list: ["repos/list-releases", "repoListReleases"],
  create: ["repos/create-release", "repoCreateRelease"],
  get: ["repos/get-release", "repoGetRelease"],
  update: ["repos/update-release", "repoEditRelease"],
  publish: ["repos/update-release", "repoEditRelease"],
  "delete-release": ["repos/delete-release", "repoDeleteRelease"],
  assets: ["repos/list-release-assets", "repoListReleaseAttachments"],
  upload: ["repos/upload-release-asset", "repoCreateReleaseAttachment"],
  "delete-asset": ["repos/delete-release-asset", "repoDeleteReleaseAttachment"],
  download: ["repos/get-release-asset", "web/download"],
  "package-put": ["genericUploadFile"],
  "package-get": ["genericDownloadFile"],
  "package-delete": ["genericDeleteFile", "genericDeletePackageVersion"],
  "package-files": ["listPackageFiles"]
};
var ReqError = class extends Error {
  constructor(status, body, unvalidated, headers = {}) {
    super(typeof body === "string" ? body : JSON.stringify(body));
    this.status = status;
    this.body = body;
    this.unvalidated = unvalidated;
    this.headers = headers;
  }
  status;
  body;
  unvalidated;
  headers;
};
var now = () => (/* @__PURE__ */ new Date()).toISOString().replace(/\.\d+Z$/, "Z");
async function openForge(opts, onApi, onOther) {
  const mode = opts.mode;
  const github = mode === "github";
  const owner = opts.owner ?? "acme";
  const repo = opts.repo ?? "widget";
  const token = opts.token ?? `emu_${randomUUID().replace(/-/g, "")}`;
  const readOnly = new Set(opts.readOnlyTokens ?? []);
  const validator = createValidator(specPath(github ? "github-releases.openapi.json" : "gitea-releases.openapi.json"), { onViolation: "record" });
  const violations = validator.violations;
  const unvalidated = [];
  const state = { releases: [], tags: opts.git ? new BareRepoTags(opts.git) : /* @__PURE__ */ new Map(), burntTags: /* @__PURE__ */ new Set(), packages: /* @__PURE__ */ new Map(), requests: [], nextId: 1 };
  const packageWatch = requestWatchers();
  const faultList = [];
  const faults = {
    add: (f) => void faultList.push({ ...f, seen: 0, used: 0 }),
    clear: () => void (faultList.length = 0),
    pending: () => faultList.filter((f) => f.used < (f.times ?? 1)),
    fired: 0
  };
  const rateReset = Math.floor(Date.now() / 1e3) + 3600;
  const sockets = /* @__PURE__ */ new Set();
  const hostile = opts.hostile ?? {};
  const elsewhereRequests = [];
  const apiServer = http.createServer(onApi);
  const otherServer = http.createServer(onOther);
  for (const s of [apiServer, otherServer]) s.on("connection", (sock) => (sockets.add(sock), sock.on("close", () => sockets.delete(sock))));
  const listen = (s) => new Promise((r) => s.listen(0, "127.0.0.1", () => r(s.address().port)));
  const apiPort = await listen(apiServer);
  const elsewhereUrl = `http://127.0.0.1:${await listen(otherServer)}`;
  const url = `http://127.0.0.1:${apiPort}`;
  const apiPrefix = github ? opts.ghes ? "/api/v3" : "" : "/api/v1";
  const apiUrl = `${url}${apiPrefix}`;
  const uploadsUrl = github ? hostile.foreignUploadUrl ? elsewhereUrl : opts.ghes ? `${url}/api/uploads` : `${url}/_uploads` : apiUrl;
  const objectsUrl = github && !opts.ghes ? `${elsewhereUrl}/_objects` : `${url}/_objects`;
  const spillDir = !github || opts.digests === false ? mkdtempSync(join(tmpdir(), "relforge-emu-")) : void 0;
  const repoPath = `/repos/${owner}/${repo}`;
  return { mode, github, opts, owner, repo, token, readOnly, validator, violations, unvalidated, state, packageWatch, faultList, faults, rateReset, sockets, hostile, elsewhereRequests, apiServer, otherServer, elsewhereUrl, url, apiPrefix, apiUrl, uploadsUrl, objectsUrl, spillDir, repoPath };
}
function forgeShapes(c) {
  const { mode, github, opts, owner, repo, state, hostile, elsewhereUrl, url, apiUrl, uploadsUrl, repoPath } = c;
  const user = () => github ? {
    login: owner,
    id: 1,
    node_id: "MDQ6VXNlcjE=",
    avatar_url: `${url}/avatars/1`,
    gravatar_id: "",
    url: `${apiUrl}/users/${owner}`,
    html_url: `${url}/${owner}`,
    followers_url: `${apiUrl}/users/${owner}/followers`,
    following_url: `${apiUrl}/users/${owner}/following{/other_user}`,
    gists_url: `${apiUrl}/users/${owner}/gists{/gist_id}`,
    starred_url: `${apiUrl}/users/${owner}/starred{/owner}{/repo}`,
    subscriptions_url: `${apiUrl}/users/${owner}/subscriptions`,
    organizations_url: `${apiUrl}/users/${owner}/orgs`,
    repos_url: `${apiUrl}/users/${owner}/repos`,
    events_url: `${apiUrl}/users/${owner}/events{/privacy}`,
    received_events_url: `${apiUrl}/users/${owner}/received_events`,
    type: "Bot",
    site_admin: false
  } : { id: 1, login: owner, full_name: owner, email: `${owner}@noreply.localhost`, avatar_url: `${url}/avatars/1`, html_url: `${url}/${owner}`, created: "2024-01-01T00:00:00Z" };
  const downloadPath = (r, a) => `${hostile.foreignDownloadUrls ? elsewhereUrl : url}/${owner}/${repo}/releases/download/${encodeURIComponent(r.tagName)}/${encodeURIComponent(a.name)}`;
  const assetJson = (r, a) => github ? {
    url: `${apiUrl}${repoPath}/releases/assets/${a.id}`,
    browser_download_url: downloadPath(r, a),
    id: a.id,
    node_id: `RA_${a.id}`,
    name: a.name,
    label: a.label,
    state: a.state,
    content_type: a.contentType,
    size: a.size,
    digest: opts.digests === false || a.state !== "uploaded" ? null : `sha256:${a.sha256}`,
    download_count: a.downloadCount,
    created_at: a.createdAt,
    updated_at: a.createdAt,
    uploader: user()
  } : { id: a.id, name: a.name, size: a.size, download_count: a.downloadCount, created_at: a.createdAt, uuid: a.uuid, browser_download_url: downloadPath(r, a), ...mode === "forgejo" ? { type: "attachment" } : {} };
  const releaseJson = (r) => {
    const tagged = state.tags.has(r.tagName) && !r.draft;
    if (github) {
      return {
        url: `${apiUrl}${repoPath}/releases/${r.id}`,
        html_url: `${url}/${owner}/${repo}/releases/${r.draft ? `untagged-${r.id}` : `tag/${encodeURIComponent(r.tagName)}`}`,
        assets_url: `${apiUrl}${repoPath}/releases/${r.id}/assets`,
        upload_url: `${uploadsUrl}${repoPath}/releases/${r.id}/assets{?name,label}`,
        tarball_url: tagged ? `${apiUrl}${repoPath}/tarball/${encodeURIComponent(r.tagName)}` : null,
        zipball_url: tagged ? `${apiUrl}${repoPath}/zipball/${encodeURIComponent(r.tagName)}` : null,
        id: r.id,
        node_id: `RE_${r.id}`,
        tag_name: r.tagName,
        target_commitish: r.targetCommitish,
        name: r.name,
        body: r.body,
        draft: r.draft,
        prerelease: r.prerelease,
        immutable: r.immutable,
        created_at: r.createdAt,
        published_at: r.publishedAt,
        updated_at: r.publishedAt ?? r.createdAt,
        author: user(),
        assets: r.assets.map((a) => assetJson(r, a))
      };
    }
    return {
      id: r.id,
      tag_name: r.tagName,
      target_commitish: r.targetCommitish,
      name: r.name,
      body: r.body,
      url: `${apiUrl}${repoPath}/releases/${r.id}`,
      html_url: `${url}/${owner}/${repo}/releases/tag/${encodeURIComponent(r.tagName)}`,
      tarball_url: `${url}/${owner}/${repo}/archive/${encodeURIComponent(r.tagName)}.tar.gz`,
      zipball_url: `${url}/${owner}/${repo}/archive/${encodeURIComponent(r.tagName)}.zip`,
      upload_url: `${apiUrl}${repoPath}/releases/${r.id}/assets`,
      draft: r.draft,
      prerelease: r.prerelease,
      created_at: r.createdAt,
      published_at: r.publishedAt ?? r.createdAt,
      author: user(),
      assets: r.assets.map((a) => assetJson(r, a)),
      ...mode === "forgejo" ? { hide_archive_links: false, archive_download_count: { zip: 0, tar_gz: 0 } } : {}
    };
  };
  const ghError = (status, message) => ({ message, documentation_url: "https://docs.github.com/rest", status: String(status) });
  const notFound = () => new ReqError(404, github ? ghError(404, "Not Found") : { message: "The target couldn't be found.", errors: [] });
  return { user, downloadPath, assetJson, releaseJson, ghError, notFound };
}
function forgeHelpers(c) {
  const { github, opts, token, readOnly, state, ghError, notFound } = c;
  const findRelease = (id) => {
    const r = state.releases.find((x) => String(x.id) === id);
    if (!r) throw notFound();
    return r;
  };
  const mutableAssets = (r) => {
    if (r.immutable) throw new ReqError(422, { message: "Cannot modify assets of an immutable release.", documentation_url: "https://docs.github.com/rest/releases/assets" }, "GitHub rejects asset changes on an immutable release (not in the document)");
  };
  const targetCommit = (target) => {
    if (state.tags instanceof BareRepoTags) return state.tags.resolve(target || "main");
    return /^[0-9a-f]{40}$/.test(target) ? target : createHash("sha1").update(target || "main").digest("hex");
  };
  const publishRelease = (r) => {
    if (!state.tags.has(r.tagName)) {
      const sha = targetCommit(r.targetCommitish);
      if (!sha) throw new ReqError(422, github ? { message: "Validation Failed", documentation_url: "", errors: [{ resource: "Release", code: "invalid", field: "target_commitish" }] } : { message: `target "${r.targetCommitish}" does not exist`, url: "" }, "unknown target at publish (not in the document)");
      state.tags.set(r.tagName, sha);
    }
    r.draft = false;
    r.publishedAt = now();
    if (github && opts.immutableReleases) {
      r.immutable = true;
      state.burntTags.add(r.tagName);
    }
  };
  const updateLatest = (r) => {
    if (!github || r.draft || r.prerelease) return;
    if ((r.makeLatest ?? "true") === "true") state.latestReleaseId = r.id;
  };
  const newRelease = (f) => {
    const r = {
      id: state.nextId++,
      tagName: f.tagName,
      targetCommitish: f.targetCommitish ?? "main",
      name: f.name ?? f.tagName,
      body: f.body ?? "",
      draft: f.draft ?? false,
      prerelease: f.prerelease ?? false,
      immutable: false,
      makeLatest: f.makeLatest,
      createdAt: f.createdAt ?? now(),
      publishedAt: null,
      assets: f.assets ?? []
    };
    state.releases.push(r);
    if (!r.draft) {
      publishRelease(r);
      updateLatest(r);
    }
    return r;
  };
  function auth(inc, write, packages = false) {
    const h = String(inc.headers.authorization ?? "");
    if (!h && !write && !packages) return;
    const m = /^(?:token|Bearer)\s+(.+)$/i.exec(h);
    const given = m?.[1]?.trim();
    const basic = /^Basic\s+(.+)$/i.exec(h);
    let ok = given === token || given !== void 0 && readOnly.has(given) || given !== void 0 && given === opts.packageToken;
    let effective = given;
    if (!ok && basic) {
      const [, pass] = Buffer.from(basic[1], "base64").toString().split(":");
      ok = pass === token || readOnly.has(pass ?? "") || pass === opts.packageToken;
      effective = pass;
    }
    if (!ok) throw new ReqError(401, github ? ghError(401, "Bad credentials") : { message: "user does not exist", url: "" }, "authentication failure (not in the document)");
    if (!write) return;
    const denied = readOnly.has(effective) || packages && opts.packageToken !== void 0 && effective !== opts.packageToken || !packages && effective === opts.packageToken && effective !== token;
    if (denied) {
      if (packages) throw new ReqError(403, "Forbidden: the token may not write packages\n", "package permission failure (not in the document)", { "content-type": "text/plain; charset=utf-8" });
      throw new ReqError(403, github ? ghError(403, "Resource not accessible by integration") : { message: "token does not have at least one of required scope(s): [write:repository]", url: "" }, "permission failure (not in the document)");
    }
  }
  function bodyLimit(body, op = "create") {
    if (!github || typeof body.body !== "string" || [...body.body].length <= 125e3) return;
    throw new ReqError(422, { message: "Validation Failed", documentation_url: "https://docs.github.com/rest/releases/releases", errors: [{ resource: "Release", code: "custom", field: "body", message: "body is too long (maximum is 125000 characters)" }] }, op === "update" ? "body too long on update (422 not in the document)" : void 0);
  }
  function isWriter(inc) {
    const h = String(inc.headers.authorization ?? "");
    const given = /^(?:token|Bearer)\s+(.+)$/i.exec(h)?.[1]?.trim() ?? (/^Basic\s+(.+)$/i.exec(h) ? Buffer.from(/^Basic\s+(.+)$/i.exec(h)[1], "base64").toString().split(":")[1] : void 0);
    return given === token;
  }
  return { findRelease, mutableAssets, targetCommit, publishRelease, updateLatest, newRelease, auth, bodyLimit, isWriter };
}
function forgeIo(c) {
  const { github, validator, unvalidated, state, faultList, faults, rateReset, hostile, elsewhereUrl, url, apiPrefix, ghError } = c;
  let rateRemaining = 5e3;
  async function readJson(inc) {
    const chunks = [];
    for await (const c2 of inc.req) chunks.push(c2);
    const text = Buffer.concat(chunks).toString("utf8");
    if (!text) return void 0;
    try {
      return JSON.parse(text);
    } catch {
      throw new ReqError(400, github ? ghError(400, "Problems parsing JSON") : { message: "invalid JSON", url: "" }, "unparsable JSON (not in the document)");
    }
  }
  function takeFault(opId, name) {
    for (const f of faultList) {
      const ops = ALIASES[f.op] ?? [f.op];
      if (f.op !== "any" && !(opId && ops.includes(opId))) continue;
      if (f.name !== void 0 && f.name !== name) continue;
      if (f.used >= (f.times ?? 1)) continue;
      f.seen++;
      if (f.seen <= (f.after ?? 0)) continue;
      f.used++;
      faults.fired++;
      return f;
    }
    return void 0;
  }
  function rateHeaders() {
    if (!github) return {};
    rateRemaining = Math.max(0, rateRemaining - 1);
    return { "x-ratelimit-limit": "5000", "x-ratelimit-remaining": String(rateRemaining), "x-ratelimit-reset": String(rateReset), "x-ratelimit-used": String(5e3 - rateRemaining), "x-ratelimit-resource": "core" };
  }
  function send(inc, status, body, extra = {}, unvalidatedReason, validateAs) {
    const headers = { ...rateHeaders(), ...extra };
    let payload;
    if (body !== void 0 && body !== null && !Buffer.isBuffer(body) && typeof body !== "string") {
      payload = Buffer.from(JSON.stringify(body));
      headers["content-type"] ??= "application/json; charset=utf-8";
    } else if (typeof body === "string") {
      payload = Buffer.from(body);
      headers["content-type"] ??= "text/plain; charset=utf-8";
    } else if (Buffer.isBuffer(body)) {
      payload = body;
      headers["content-type"] ??= "application/octet-stream";
    }
    headers["content-length"] = String(payload?.length ?? 0);
    if (unvalidatedReason) unvalidated.push({ method: inc.method, path: inc.path, status, reason: unvalidatedReason });
    else if (!inc.path.startsWith("/_objects") && validator.match(inc.method, inc.path)) {
      let forValidation = validateAs ?? (payload && headers["content-type"]?.includes("json") ? payload.toString() : Buffer.isBuffer(body) ? void 0 : body);
      if (github && typeof forValidation === "string" && forValidation.includes('"state":"starter"')) {
        unvalidated.push({ method: inc.method, path: inc.path, status, reason: 'state "starter" validated as "open"' });
        forValidation = forValidation.replace(/"state":"starter"/g, '"state":"open"');
      }
      validator.validateResponse({ method: inc.method, path: inc.path, status, headers, body: forValidation });
    }
    inc.log.status = status;
    inc.res.writeHead(status, headers);
    inc.res.end(inc.method === "HEAD" ? void 0 : payload);
    hostile.onAnswer?.(inc.log, state);
  }
  function linkHeaders(inc, total, page, size) {
    const last = Math.max(1, Math.ceil(total / size));
    const mk = (p, rel) => {
      const q = new URLSearchParams(inc.query);
      q.set("page", String(p));
      q.set(github ? "per_page" : "limit", String(size));
      const origin = hostile.foreignNextLink && rel === "next" ? elsewhereUrl : url;
      return `<${origin}${github ? apiPrefix : ""}${inc.path}?${q}>; rel="${rel}"`;
    };
    const links = [];
    if (page < last) links.push(mk(page + 1, "next"), mk(last, "last"));
    if (page > 1) links.push(mk(1, "first"), mk(page - 1, "prev"));
    const h = {};
    if (links.length) h.link = links.join(", ");
    if (!github) h["x-total-count"] = String(total);
    return h;
  }
  function paginate(inc, items) {
    const sizeParam = github ? "per_page" : "limit";
    const max = github ? 100 : 50;
    const def = 30;
    const size = Math.min(max, Math.max(1, Number(inc.query.get(sizeParam) ?? def) || def));
    const page = Math.max(1, Number(inc.query.get("page") ?? 1) || 1);
    return { page: items.slice((page - 1) * size, page * size), headers: linkHeaders(inc, items.length, page, size) };
  }
  return { readJson, takeFault, rateHeaders, send, linkHeaders, paginate };
}
function forgeStore(c) {
  const { github, validator, violations, unvalidated, state, spillDir, ghError, notFound, send } = c;
  function checkPackageNames(p) {
    const bad = !/^[-_+.\w]+$/.test(p.package_name ?? "") || p.package_name === ".." || !(p.package_version ?? "").trim() || p.package_version !== p.package_version.trim() || !/^[-_+=:;.()[\]{}~!@#$%^& \w]+$/.test(p.file_name ?? "") || p.file_name !== p.file_name.trim() || [".", ".."].includes(p.file_name);
    if (bad) throw new ReqError(400, "invalid package name, version or file name\n", void 0, { "content-type": "text/plain; charset=utf-8" });
  }
  function findAsset(params) {
    const aid = params.asset_id ?? params.attachment_id;
    for (const r of state.releases) {
      if (params.id !== void 0 && String(r.id) !== params.id) continue;
      const a = r.assets.find((x) => String(x.id) === aid);
      if (a) return { r, a };
    }
    throw notFound();
  }
  function sendAssets(inc, status, body, headers = {}) {
    send(inc, status, body, headers);
  }
  function validateBody(inc, body) {
    const before = violations.length;
    validator.validateRequest({ method: inc.method, path: inc.path, query: inc.query, headers: inc.headers, body });
    if (violations.length > before) throw new ReqError(400, github ? ghError(400, `emulator: request does not match the API document: ${violations.at(-1).message}`) : { message: `emulator: request does not match the API document: ${violations.at(-1).message}`, url: "" }, "request violated the document");
  }
  function corrupt(a) {
    if (a.data?.length) a.data = Buffer.concat([Buffer.from([a.data[0] ^ 255]), a.data.subarray(1)]);
    else if (a.file && a.size > 0) {
      const fd = openSync(a.file, "r+");
      const b = Buffer.alloc(1);
      readSync(fd, b, 0, 1, 0);
      writeSync(fd, Buffer.from([b[0] ^ 255]), 0, 1, 0);
      closeSync(fd);
    }
  }
  function spillBody(first) {
    if (!spillDir) return void 0;
    const file = join(spillDir, randomUUID());
    const fd = openSync(file, "w");
    for (const b of first) writeSync(fd, b);
    return { fd, file };
  }
  function streamFile(inc, file, size) {
    unvalidated.push({ method: inc.method, path: inc.path, status: 200, reason: "web route (not in the API document)" });
    inc.log.status = 200;
    inc.res.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(size) });
    createReadStream(file).pipe(inc.res);
  }
  return { checkPackageNames, findAsset, sendAssets, validateBody, corrupt, spillBody, streamFile };
}
function forgeFaults(c) {
  const { github, opts, ghError, send } = c;
  function applyFault(inc, f, at) {
    opts.log?.(`fault ${f.kind} on ${inc.method} ${inc.path} (${at})`);
    switch (f.kind) {
      case "reset":
        inc.req.socket.destroy();
        return;
      case "502":
        if (at === "mid-body") inc.res.once("finish", () => inc.req.socket.destroy());
        send(inc, 502, github ? ghError(502, "Server Error") : "<html><body>502 Bad Gateway</body></html>", github ? { connection: "close" } : { "content-type": "text/html", connection: "close" }, "injected 502", void 0);
        return;
      case "429": {
        const h = {};
        if (f.retryAfter !== null) h["retry-after"] = String(f.retryAfter ?? 1);
        else if (github) {
          h["x-ratelimit-remaining"] = "0";
          h["x-ratelimit-reset"] = String(Math.floor(Date.now() / 1e3) + 1);
        }
        return send(inc, 429, github ? ghError(429, "API rate limit exceeded") : { message: "Too Many Requests", url: "" }, h, "injected 429");
      }
      case "403-secondary": {
        const h = {};
        if (f.retryAfter !== null) h["retry-after"] = String(f.retryAfter ?? 1);
        return send(inc, 403, ghError(403, "You have exceeded a secondary rate limit. Please wait a few minutes before you try again."), h, "injected secondary rate limit");
      }
      case "permission":
        return send(inc, 403, github ? ghError(403, "Resource not accessible by integration") : { message: "token does not have at least one of required scope(s): [write:repository]", url: "" }, {}, "injected permission failure");
      case "status":
        return send(inc, f.status ?? 500, github ? ghError(f.status ?? 500, "injected") : { message: "injected", url: "" }, {}, `injected ${f.status}`);
      case "echo-token":
        return echoToken(inc, f);
    }
  }
  function echoToken(inc, f) {
    const credential = /^(?:token|Bearer)\s+(.+)$/i.exec(String(inc.headers.authorization ?? ""))?.[1] ?? "";
    const text = `${"x".repeat(f.pad ?? 0)}${credential}${" (context the server added)".repeat(40)}`;
    const status = f.status ?? 400;
    if (f.shape === "text") return send(inc, status, text, {}, "injected token echo");
    if (f.shape === "errors") return send(inc, status, { message: "Validation Failed", documentation_url: "", errors: [{ resource: "Release", code: "custom", field: "tag_name", message: text }] }, {}, "injected token echo");
    return send(inc, status, github ? ghError(status, text) : { message: text, url: "" }, {}, "injected token echo");
  }
  return { applyFault, echoToken };
}
function forgeReceive(c) {
  const { github, assetJson, ghError, mutableAssets, auth, readJson, takeFault, findAsset, sendAssets, validateBody, spillBody, applyFault } = c;
  function receive(inc, opt = {}) {
    return new Promise((resolve, reject) => {
      const ct = String(inc.headers["content-type"] ?? "");
      const mb = /^multipart\/form-data;.*boundary="?([^";]+)"?/i.exec(ct);
      const hashes = { sha256: createHash("sha256"), md5: createHash("md5"), sha1: createHash("sha1"), sha512: createHash("sha512") };
      const multiHash = !!opt.allHashes;
      const kept = [];
      let size = 0;
      let seen = 0;
      let keep = true;
      let spill;
      const fields = {};
      let filename;
      const sink = (b) => {
        if (b.length === 0) return;
        size += b.length;
        hashes.sha256.update(b);
        if (multiHash) {
          hashes.md5.update(b);
          hashes.sha1.update(b);
          hashes.sha512.update(b);
        }
        if (spill) writeSync(spill.fd, b);
        else if (keep) {
          if (size <= KEEP_BYTES) kept.push(Buffer.from(b));
          else {
            keep = false;
            spill = spillBody([...kept, b]);
            kept.length = 0;
          }
        }
      };
      const delim = mb ? Buffer.from(`\r
--${mb[1]}`) : void 0;
      let buf = mb ? Buffer.from("\r\n") : Buffer.alloc(0);
      let phase = "preamble";
      let partName = "";
      let partIsFile = false;
      let partBuf = [];
      let partSize = 0;
      const onPart = (b) => {
        partSize += b.length;
        if (partIsFile) sink(b);
        else partBuf.push(b);
      };
      const finishPart = () => {
        if (phase !== "body") return;
        if (partIsFile) fields[partName] = { filename, size: partSize };
        else fields[partName] = Buffer.concat(partBuf).toString();
      };
      const feed = (chunk) => {
        if (!delim) return sink(chunk);
        buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
        for (; ; ) {
          if (phase === "done") return;
          if (phase === "headers") {
            const end = buf.indexOf("\r\n\r\n");
            if (end < 0) return;
            const head = buf.subarray(0, end).toString("utf8");
            buf = buf.subarray(end + 4);
            const disp = /content-disposition:\s*form-data;([^\r\n]*)/i.exec(head)?.[1] ?? "";
            partName = /\bname="([^"]*)"/i.exec(disp)?.[1] ?? "";
            const fn = /\bfilename="([^"]*)"/i.exec(disp);
            partIsFile = !!fn;
            if (fn) filename = decodeURIComponent(fn[1]);
            partBuf = [];
            partSize = 0;
            phase = "body";
            continue;
          }
          const at = buf.indexOf(delim);
          if (at < 0) {
            const safe = buf.length - delim.length - 4;
            if (safe > 0) {
              if (phase === "body") onPart(buf.subarray(0, safe));
              buf = buf.subarray(safe);
            }
            return;
          }
          if (phase === "body") onPart(buf.subarray(0, at));
          finishPart();
          const after = buf.subarray(at + delim.length);
          if (after.length < 2) return;
          if (after.subarray(0, 2).toString() === "--") {
            phase = "done";
            buf = Buffer.alloc(0);
            return;
          }
          buf = after.subarray(2);
          phase = "headers";
        }
      };
      let aborted = false;
      inc.req.on("data", (chunk) => {
        if (aborted) return;
        seen += chunk.length;
        if (opt.abortAfter !== void 0 && seen >= opt.abortAfter) {
          aborted = true;
          inc.req.pause();
          if (spill) closeSync(spill.fd);
          resolve({ size, ...digests(), data: void 0, complete: false, filename, fields });
          return;
        }
        feed(chunk);
      });
      const digests = () => ({ sha256: hashes.sha256.digest("hex"), md5: multiHash ? hashes.md5.digest("hex") : "", sha1: multiHash ? hashes.sha1.digest("hex") : "", sha512: multiHash ? hashes.sha512.digest("hex") : "" });
      inc.req.on("end", () => {
        if (aborted) return;
        const expected = Number(inc.headers["content-length"] ?? NaN);
        const complete = Number.isNaN(expected) ? true : seen === expected;
        if (delim && phase !== "done") return reject(new ReqError(400, github ? ghError(400, "malformed multipart body") : { message: "malformed multipart body (no closing boundary)", url: "" }, "malformed multipart (not in the document)"));
        if (spill) closeSync(spill.fd);
        resolve({ size, ...digests(), data: keep ? Buffer.concat(kept) : void 0, file: spill?.file, complete, filename, fields });
      });
      inc.req.on("error", reject);
    });
  }
  async function renameAsset(inc, params) {
    const body = await readJson(inc) ?? {};
    validateBody(inc, body);
    auth(inc, true);
    const { r, a } = findAsset(params);
    mutableAssets(r);
    const fault = takeFault(inc.log.operationId, a.name);
    if (fault) return applyFault(inc, fault, "before");
    const name = body.name === void 0 ? a.name : String(body.name);
    if (github && r.assets.some((x) => x !== a && x.name === name)) {
      throw new ReqError(422, { message: "Validation Failed", documentation_url: "", errors: [{ resource: "ReleaseAsset", code: "already_exists", field: "name" }] }, "rename onto an existing name (422 not in the document)");
    }
    a.name = name;
    return sendAssets(inc, github ? 200 : 201, assetJson(r, a));
  }
  return { receive, renameAsset };
}
async function releaseReadRoutes(c, inc, opId, params) {
  const { github, owner, repo, state, url, apiUrl, repoPath, releaseJson, ghError, notFound, findRelease, auth, isWriter, takeFault, send, paginate, applyFault } = c;
  const ownerOk = () => {
    if (params.owner !== void 0 && params.owner !== owner) throw notFound();
    if (params.repo !== void 0 && params.repo !== repo) throw notFound();
  };
  switch (opId) {
    // ----- releases -----
    case "repos/list-releases":
    case "repoListReleases": {
      ownerOk();
      auth(inc, false);
      const fault = takeFault(opId);
      if (fault) return applyFault(inc, fault, "before");
      let list = [...state.releases].sort((a, b) => b.id - a.id);
      if (!isWriter(inc)) list = list.filter((r) => !r.draft);
      if (!github) {
        const d = inc.query.get("draft");
        const p = inc.query.get("pre-release");
        if (d !== null) list = list.filter((r) => String(r.draft) === d);
        if (p !== null) list = list.filter((r) => String(r.prerelease) === p);
      }
      const { page, headers } = paginate(inc, list);
      return send(inc, 200, page.map(releaseJson), headers, void 0, void 0);
    }
    case "repos/get-release-by-tag":
    case "repoGetReleaseByTag": {
      ownerOk();
      auth(inc, false);
      const r = state.releases.find((x) => x.tagName === params.tag && (github || !isWriter(inc) ? !x.draft : true));
      if (!r) throw notFound();
      return send(inc, 200, releaseJson(r));
    }
    case "repos/get-latest-release":
    case "repoGetLatestRelease": {
      ownerOk();
      auth(inc, false);
      const r = github ? state.releases.find((x) => x.id === state.latestReleaseId) : [...state.releases].reverse().find((x) => !x.draft && !x.prerelease);
      if (!r) throw notFound();
      return send(inc, 200, releaseJson(r));
    }
    case "repos/get-release":
    case "repoGetRelease": {
      ownerOk();
      auth(inc, false);
      const fault = takeFault(opId);
      if (fault) return applyFault(inc, fault, "before");
      const r = findRelease(params.release_id ?? params.id);
      if (r.draft && !isWriter(inc)) throw new ReqError(404, github ? ghError(404, "Not Found") : { message: "The target couldn't be found.", errors: [] }, "a draft is hidden from readers without push access (404 not in the document)");
      return send(inc, 200, releaseJson(r));
    }
    // ----- tags (read: the publisher checks where a tag points before publishing) -----
    case "git/get-ref": {
      ownerOk();
      auth(inc, false);
      const ref = params.ref ?? "";
      const sha = ref.startsWith("tags/") ? state.tags.get(ref.slice(5)) : void 0;
      if (!sha) throw notFound();
      const annotated = state.tags instanceof BareRepoTags ? state.tags.object(ref.slice(5)) : void 0;
      const object = annotated && annotated !== sha ? { type: "tag", sha: annotated, url: `${apiUrl}${repoPath}/git/tags/${annotated}` } : { type: "commit", sha, url: `${apiUrl}${repoPath}/git/commits/${sha}` };
      return send(inc, 200, { ref: `refs/${ref}`, node_id: `REF_${Buffer.from(ref).toString("base64")}`, url: `${apiUrl}${repoPath}/git/refs/${ref}`, object });
    }
    case "git/get-tag": {
      ownerOk();
      auth(inc, false);
      const found = state.tags instanceof BareRepoTags ? state.tags.annotated(params.tag_sha ?? "") : void 0;
      if (!found) throw notFound();
      const who = { date: "2026-01-01T00:00:00Z", email: `${owner}@example.invalid`, name: owner };
      return send(inc, 200, { node_id: `TAG_${params.tag_sha}`, tag: found.name, sha: params.tag_sha, url: `${apiUrl}${repoPath}/git/tags/${params.tag_sha}`, message: found.message, tagger: who, object: { sha: found.commit, type: "commit", url: `${apiUrl}${repoPath}/git/commits/${found.commit}` }, verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null } });
    }
    case "repoGetTag": {
      ownerOk();
      auth(inc, false);
      const sha = state.tags.get(params.tag ?? "");
      if (!sha) throw notFound();
      const id = (state.tags instanceof BareRepoTags ? state.tags.object(params.tag) : void 0) ?? sha;
      return send(inc, 200, { name: params.tag, id, message: "", commit: { sha, url: `${apiUrl}${repoPath}/git/commits/${sha}`, created: "2026-01-01T00:00:00Z" }, zipball_url: `${url}/${owner}/${repo}/archive/${encodeURIComponent(params.tag)}.zip`, tarball_url: `${url}/${owner}/${repo}/archive/${encodeURIComponent(params.tag)}.tar.gz` });
    }
  }
  return void 0;
}
async function releaseWriteRoutes(c, inc, opId, params) {
  const { github, owner, repo, state, apiUrl, repoPath, releaseJson, notFound, findRelease, publishRelease, updateLatest, newRelease, auth, bodyLimit, readJson, takeFault, send, validateBody, applyFault } = c;
  const ownerOk = () => {
    if (params.owner !== void 0 && params.owner !== owner) throw notFound();
    if (params.repo !== void 0 && params.repo !== repo) throw notFound();
  };
  switch (opId) {
    case "repos/create-release":
    case "repoCreateRelease": {
      ownerOk();
      const body = await readJson(inc);
      validateBody(inc, body);
      auth(inc, true);
      const tag = String(body.tag_name ?? "");
      bodyLimit(body);
      if (!tag) throw new ReqError(422, github ? { message: "Validation Failed", documentation_url: "", errors: [{ resource: "Release", code: "missing_field", field: "tag_name" }] } : { message: "tag_name is required", url: "" });
      const fault = takeFault(opId);
      if (fault && fault.stage !== "after-commit") return applyFault(inc, fault, "before");
      if (github && state.burntTags.has(tag)) {
        throw new ReqError(422, { message: "Validation Failed", documentation_url: "https://docs.github.com/rest/releases/releases#create-a-release", errors: [{ resource: "Release", code: "custom", field: "tag_name", message: "tag_name was used by an immutable release" }] });
      }
      const existing = state.releases.filter((r2) => r2.tagName === tag);
      if (github ? existing.some((r2) => !r2.draft) : existing.length > 0) {
        if (github) throw new ReqError(422, { message: "Validation Failed", documentation_url: "https://docs.github.com/rest/releases/releases#create-a-release", errors: [{ resource: "Release", code: "already_exists", field: "tag_name" }] });
        throw new ReqError(409, { message: `Release has no Tag or a release for tag ${tag} already exists`, url: "" }, void 0, { message: "release already exists" });
      }
      const r = newRelease({
        tagName: tag,
        targetCommitish: String(body.target_commitish ?? "main"),
        name: body.name === void 0 ? tag : String(body.name),
        body: String(body.body ?? ""),
        draft: body.draft === true,
        prerelease: body.prerelease === true,
        makeLatest: body.make_latest
      });
      if (fault) return applyFault(inc, fault, "after");
      return send(inc, 201, releaseJson(r), github ? { location: `${apiUrl}${repoPath}/releases/${r.id}` } : {});
    }
    case "repos/update-release":
    case "repoEditRelease": {
      ownerOk();
      const body = await readJson(inc) ?? {};
      validateBody(inc, body);
      auth(inc, true);
      const r = findRelease(params.release_id ?? params.id);
      bodyLimit(body, "update");
      const fault = takeFault(opId);
      if (fault && (fault.stage ?? "before") !== "after-commit") return applyFault(inc, fault, "before");
      if (r.immutable) {
        const frozen = ["tag_name", "target_commitish", "draft", "prerelease", "make_latest"].filter((k) => body[k] !== void 0 && k !== "make_latest" && String(body[k]) !== String(releaseJson(r)[k]));
        if (frozen.length) throw new ReqError(422, { message: `Cannot change ${frozen.join(", ")} of an immutable release.`, documentation_url: "" }, "GitHub rejects changes to an immutable release (not in the document)");
      }
      if (body.tag_name !== void 0) r.tagName = String(body.tag_name);
      if (body.target_commitish !== void 0) r.targetCommitish = String(body.target_commitish);
      if (body.name !== void 0) r.name = String(body.name);
      if (body.body !== void 0) r.body = String(body.body);
      if (body.prerelease !== void 0) r.prerelease = body.prerelease === true;
      if (body.make_latest !== void 0) r.makeLatest = String(body.make_latest);
      if (body.draft === false && r.draft) {
        if (!github && state.releases.some((x) => x !== r && !x.draft && x.tagName === r.tagName)) throw new ReqError(409, { message: "release with this tag exists", url: "" }, "conflict (not in the document)");
        if (github && state.releases.some((x) => x !== r && !x.draft && x.tagName === r.tagName)) {
          throw new ReqError(422, { message: "Validation Failed", documentation_url: "", errors: [{ resource: "Release", code: "already_exists", field: "tag_name" }] }, "already published (422 not documented for update)");
        }
        publishRelease(r);
      } else if (body.draft === true && !r.draft) r.draft = true;
      updateLatest(r);
      if (fault) return applyFault(inc, fault, "after");
      return send(inc, 200, releaseJson(r));
    }
    case "repos/delete-release":
    case "repoDeleteRelease": {
      ownerOk();
      auth(inc, true);
      const r = findRelease(params.release_id ?? params.id);
      state.releases.splice(state.releases.indexOf(r), 1);
      return send(inc, 204, void 0);
    }
  }
  return void 0;
}
async function assetRoutes(c, inc, opId, params) {
  const { github, owner, repo, validator, violations, state, hostile, objectsUrl, assetJson, ghError, notFound, findRelease, mutableAssets, auth, isWriter, receive, takeFault, send, paginate, findAsset, sendAssets, corrupt, applyFault } = c;
  const ownerOk = () => {
    if (params.owner !== void 0 && params.owner !== owner) throw notFound();
    if (params.repo !== void 0 && params.repo !== repo) throw notFound();
  };
  switch (opId) {
    // ----- assets -----
    case "repos/list-release-assets":
    case "repoListReleaseAttachments": {
      ownerOk();
      auth(inc, false);
      const r = findRelease(params.release_id ?? params.id);
      if (r.draft && !isWriter(inc)) throw new ReqError(404, github ? ghError(404, "Not Found") : { message: "The target couldn't be found.", errors: [] }, "a draft is hidden from readers without push access (404 not in the document)");
      const fault = takeFault(opId);
      if (fault) return applyFault(inc, fault, "before");
      if (github) {
        const { page, headers } = paginate(inc, r.assets);
        return sendAssets(inc, 200, page.map((a) => assetJson(r, a)), headers);
      }
      return send(inc, 200, r.assets.map((a) => assetJson(r, a)));
    }
    case "repos/upload-release-asset":
    case "repoCreateReleaseAttachment": {
      ownerOk();
      {
        const before = violations.length;
        validator.validateRequest({ method: inc.method, path: inc.path, query: inc.query, headers: inc.headers });
        if (violations.length > before) throw new ReqError(400, github ? ghError(400, `emulator: ${violations.at(-1).message}`) : { message: `emulator: ${violations.at(-1).message}`, url: "" }, "request violated the document");
      }
      auth(inc, true);
      const r = findRelease(params.release_id ?? params.id);
      const name = inc.query.get("name") ?? void 0;
      mutableAssets(r);
      const fault = takeFault(opId, name);
      const expected = Number(inc.headers["content-length"] ?? 0);
      if (fault && (fault.kind === "reset" || fault.kind === "502" && (fault.stage ?? "mid-body") === "mid-body")) {
        const got2 = await receive(inc, { abortAfter: Math.max(1, Math.floor(expected / 2)) });
        if (github && fault.kind === "502") {
          r.assets.push({ id: state.nextId++, uuid: randomUUID(), name: name ?? "upload", label: null, size: got2.size, sha256: got2.sha256, state: "starter", contentType: String(inc.headers["content-type"] ?? "application/octet-stream"), createdAt: now(), downloadCount: 0 });
        }
        return applyFault(inc, fault, "mid-body");
      }
      if (fault && fault.stage !== "after-commit") {
        await receive(inc);
        return applyFault(inc, fault, "before");
      }
      const got = await receive(inc);
      const finalName = github ? (name ?? "").replace(/[^A-Za-z0-9._+~@-]/g, ".").replace(/^\.+|\.+$/g, "") : name ?? got.filename ?? "";
      if (!finalName) throw new ReqError(400, { message: "Could not determine name of attachment.", url: "" });
      if (/^multipart\//.test(String(inc.headers["content-type"]))) {
        const before = violations.length;
        validator.validateRequest({ method: inc.method, path: inc.path, query: inc.query, headers: inc.headers, form: got.fields });
        if (violations.length > before) throw new ReqError(400, { message: `emulator: ${violations.at(-1).message}`, url: "" }, "request violated the document");
      }
      if (github && r.assets.some((a2) => a2.name === finalName && a2.state === "uploaded")) {
        throw new ReqError(422, { message: "Validation Failed", documentation_url: "https://docs.github.com/rest/releases/assets#upload-a-release-asset", errors: [{ resource: "ReleaseAsset", code: "already_exists", field: "name" }] });
      }
      if (github) {
        if (r.assets.some((a2) => a2.name === finalName)) throw new ReqError(422, { message: "Validation Failed", documentation_url: "", errors: [{ resource: "ReleaseAsset", code: "already_exists", field: "name" }] });
      }
      const a = { id: state.nextId++, uuid: randomUUID(), name: finalName, label: inc.query.get("label"), size: got.size, sha256: got.sha256, state: "uploaded", contentType: github ? String(inc.headers["content-type"] ?? "application/octet-stream") : "application/octet-stream", data: got.data, file: got.file, createdAt: now(), downloadCount: 0 };
      r.assets.push(a);
      if (hostile.corruptStored?.includes(a.name)) corrupt(a);
      if (fault) return applyFault(inc, fault, "after");
      return sendAssets(inc, 201, assetJson(r, a));
    }
    case "repos/get-release-asset":
    case "repoGetReleaseAttachment": {
      ownerOk();
      auth(inc, false);
      const pair = findAsset(params);
      if (pair.r.draft && !isWriter(inc)) throw new ReqError(404, github ? ghError(404, "Not Found") : { message: "The target couldn't be found.", errors: [] }, "a draft is hidden from readers without push access (404 not in the document)");
      const fault = takeFault(opId, pair.a.name);
      if (fault) return applyFault(inc, fault, "before");
      if (github && String(inc.headers.accept ?? "").includes("application/octet-stream")) {
        return send(inc, 302, void 0, { location: `${objectsUrl}/${pair.a.id}?token=signed-${pair.a.uuid}` });
      }
      return sendAssets(inc, 200, assetJson(pair.r, pair.a));
    }
    case "repos/delete-release-asset":
    case "repoDeleteReleaseAttachment": {
      ownerOk();
      auth(inc, true);
      const { r, a } = findAsset(params);
      mutableAssets(r);
      const fault = takeFault(opId, a.name);
      if (fault) return applyFault(inc, fault, "before");
      r.assets.splice(r.assets.indexOf(a), 1);
      return send(inc, 204, void 0);
    }
  }
  return void 0;
}
async function packageRoutes(c, inc, opId, params) {
  const { state, url, user, notFound, auth, receive, takeFault, send, checkPackageNames, applyFault } = c;
  switch (opId) {
    // ----- generic packages (Gitea/Forgejo) -----
    case "genericUploadFile": {
      auth(inc, true, true);
      const key = `${params.owner}/${params.package_name}/${params.package_version}`;
      checkPackageNames(params);
      const fault = takeFault(opId, params.file_name);
      if (fault && fault.stage !== "after-commit") {
        if (fault.kind === "reset" || fault.kind === "502") await receive(inc, { abortAfter: Math.max(1, Math.floor(Number(inc.headers["content-length"] ?? 2) / 2)) });
        else await receive(inc);
        return applyFault(inc, fault, "before");
      }
      const files = state.packages.get(key) ?? /* @__PURE__ */ new Map();
      const got = await receive(inc, { allHashes: true });
      if (files.has(params.file_name)) throw new ReqError(409, "package file already exists\n", void 0, { "content-type": "text/plain; charset=utf-8" });
      files.set(params.file_name, { id: state.nextId++, name: params.file_name, size: got.size, md5: got.md5, sha1: got.sha1, sha256: got.sha256, sha512: got.sha512, data: got.data });
      state.packages.set(key, files);
      if (fault) return applyFault(inc, fault, "after");
      return send(inc, 201, void 0);
    }
    case "genericDownloadFile": {
      auth(inc, false, true);
      const f = state.packages.get(`${params.owner}/${params.package_name}/${params.package_version}`)?.get(params.file_name);
      if (!f) throw new ReqError(404, "package does not exist\n", void 0, { "content-type": "text/plain; charset=utf-8" });
      if (!f.data) throw new ReqError(500, "emulator keeps only files up to 16 MiB\n", "emulator limitation");
      return send(inc, 200, f.data, { "content-type": "application/octet-stream" });
    }
    case "genericDeleteFile": {
      auth(inc, true, true);
      const key = `${params.owner}/${params.package_name}/${params.package_version}`;
      const files = state.packages.get(key);
      if (!files?.delete(params.file_name)) throw new ReqError(404, "package does not exist\n", void 0, { "content-type": "text/plain; charset=utf-8" });
      if (files.size === 0) state.packages.delete(key);
      return send(inc, 204, void 0);
    }
    case "genericDeletePackageVersion": {
      auth(inc, true, true);
      if (!state.packages.delete(`${params.owner}/${params.package_name}/${params.package_version}`)) throw new ReqError(404, "package does not exist\n", void 0, { "content-type": "text/plain; charset=utf-8" });
      return send(inc, 204, void 0);
    }
    case "listPackageFiles": {
      auth(inc, false, true);
      const fault = takeFault(opId);
      if (fault) return applyFault(inc, fault, "before");
      if (params.type !== "generic") throw notFound();
      const files = state.packages.get(`${params.owner}/${params.name}/${params.version}`);
      if (!files) throw notFound();
      return send(inc, 200, [...files.values()].map(({ data: _d, ...f }) => f));
    }
    case "getPackage": {
      auth(inc, false, true);
      const files = state.packages.get(`${params.owner}/${params.name}/${params.version}`);
      if (params.type !== "generic" || !files) throw notFound();
      return send(inc, 200, { id: 1, name: params.name, version: params.version, type: "generic", owner: user(), creator: user(), created_at: now(), html_url: `${url}/${params.owner}/-/packages/generic/${params.name}/${params.version}` });
    }
  }
  return void 0;
}
var ROUTES = /* @__PURE__ */ new Map([
  ["repos/list-releases", releaseReadRoutes],
  ["repoListReleases", releaseReadRoutes],
  ["repos/get-release-by-tag", releaseReadRoutes],
  ["repoGetReleaseByTag", releaseReadRoutes],
  ["repos/get-latest-release", releaseReadRoutes],
  ["repoGetLatestRelease", releaseReadRoutes],
  ["repos/get-release", releaseReadRoutes],
  ["repoGetRelease", releaseReadRoutes],
  ["git/get-ref", releaseReadRoutes],
  ["git/get-tag", releaseReadRoutes],
  ["repoGetTag", releaseReadRoutes],
  ["repos/create-release", releaseWriteRoutes],
  ["repoCreateRelease", releaseWriteRoutes],
  ["repos/update-release", releaseWriteRoutes],
  ["repoEditRelease", releaseWriteRoutes],
  ["repos/delete-release", releaseWriteRoutes],
  ["repoDeleteRelease", releaseWriteRoutes],
  ["repos/list-release-assets", assetRoutes],
  ["repoListReleaseAttachments", assetRoutes],
  ["repos/upload-release-asset", assetRoutes],
  ["repoCreateReleaseAttachment", assetRoutes],
  ["repos/get-release-asset", assetRoutes],
  ["repoGetReleaseAttachment", assetRoutes],
  ["repos/delete-release-asset", assetRoutes],
  ["repoDeleteReleaseAttachment", assetRoutes],
  ["genericUploadFile", packageRoutes],
  ["genericDownloadFile", packageRoutes],
  ["genericDeleteFile", packageRoutes],
  ["genericDeletePackageVersion", packageRoutes],
  ["listPackageFiles", packageRoutes],
  ["getPackage", packageRoutes]
]);
function forgeServe(c) {
  const { mode, github, opts, owner, repo, validator, violations, state, packageWatch, hostile, elsewhereRequests, apiPrefix, ghError, notFound, takeFault, send, streamFile, applyFault, renameAsset } = c;
  async function route(inc, opId, params) {
    const ownerOk = () => {
      if (params.owner !== void 0 && params.owner !== owner) throw notFound();
      if (params.repo !== void 0 && params.repo !== repo) throw notFound();
    };
    if (github && !opts.ghes) {
      if (inc.server === "uploads" && opId !== "repos/upload-release-asset") throw notFound();
      if (inc.server === "api" && opId === "repos/upload-release-asset") throw notFound();
    }
    const group = ROUTES.get(opId ?? "");
    if (group) return group(c, inc, opId, params);
    switch (opId) {
      case "repos/update-release-asset":
      case "repoEditReleaseAttachment":
        ownerOk();
        return renameAsset(inc, params);
      case "getVersion":
        return send(inc, 200, { version: mode === "forgejo" ? "11.0.1+gitea-1.22.0" : "1.26.3" });
      default:
        throw new ReqError(501, github ? ghError(501, `emulator: ${opId} is not implemented`) : { message: `emulator: ${opId} is not implemented`, url: "" }, "not implemented by the emulator");
    }
  }
  function handleElsewhere(req, res) {
    const credential = Object.keys(req.headers).some((h) => h === "authorization" || /token/i.test(h));
    const u = new URL(req.url ?? "/", "http://x");
    elsewhereRequests.push({ method: req.method ?? "GET", path: u.pathname, credential });
    if (u.pathname.startsWith("/_objects/") || /\/releases\/download\//.test(u.pathname)) return void handle(req, res, "api");
    return void handle(req, res, hostile.foreignUploadUrl && req.method === "POST" ? "uploads" : "api");
  }
  async function handle(req, res, server) {
    const u = new URL(req.url ?? "/", "http://x");
    const method = (req.method ?? "GET").toUpperCase();
    const log = { method, path: u.pathname, query: u.search, status: 0, server, authorization: req.headers.authorization ? "present" : void 0 };
    state.requests.push(log);
    const inc = { method, path: u.pathname, query: u.searchParams, headers: req.headers, req, res, server, log };
    try {
      if (u.pathname.startsWith("/_objects/") || !u.pathname.startsWith("/api/") && !github || /\/releases\/download\//.test(u.pathname) || u.pathname.startsWith("/attachments/")) {
        log.server = "web";
        return serveDownload(inc, u);
      }
      let path = u.pathname;
      let prefix = apiPrefix;
      if (github && opts.ghes && path.startsWith("/api/uploads/")) prefix = "/api/uploads";
      if (github && !opts.ghes && path.startsWith("/_uploads/")) {
        prefix = "/_uploads";
        inc.server = log.server = "uploads";
      }
      if (prefix && !path.startsWith(`${prefix}/`) && !(!github && path.startsWith("/api/packages/"))) throw notFound();
      if (github && prefix) path = path.slice(prefix.length);
      inc.path = path;
      const m = validator.match(method, path);
      log.operationId = m?.operationId;
      if (!m) {
        validator.validateRequest({ method, path, query: u.searchParams, headers: req.headers });
        throw notFound();
      }
      const hasJsonBody = ["repos/create-release", "repoCreateRelease", "repos/update-release", "repoEditRelease"].includes(m.operationId ?? "");
      const streamed = ["repos/upload-release-asset", "repoCreateReleaseAttachment", "genericUploadFile"].includes(m.operationId ?? "");
      if (!hasJsonBody && !streamed) {
        const before = violations.length;
        validator.validateRequest({ method, path, query: u.searchParams, headers: req.headers });
        if (violations.length > before) throw new ReqError(400, github ? ghError(400, `emulator: ${violations.at(-1).message}`) : { message: `emulator: ${violations.at(-1).message}`, url: "" }, "request violated the document");
      } else if (streamed && m.operationId === "genericUploadFile") {
        validator.validateRequest({ method, path, query: u.searchParams, headers: req.headers });
      }
      await route(inc, m.operationId, m.params);
    } catch (err) {
      if (res.headersSent || req.socket.destroyed) return;
      if (err instanceof ReqError) {
        req.resume();
        return send(inc, err.status, err.body, err.headers, err.unvalidated);
      }
      opts.log?.(`emulator error: ${err.stack}`);
      send(inc, 500, { message: `emulator bug: ${err.message}` }, {}, "emulator bug");
    } finally {
      packageWatch.notify(log);
    }
  }
  function serveDownload(inc, u) {
    let asset;
    const objects = /^\/_objects\/(\d+)$/.exec(u.pathname);
    if (objects) {
      if (inc.headers.authorization) {
        violations.push({ kind: "request", method: inc.method, path: u.pathname, message: "the Authorization header was forwarded to the object storage host (credential leak across origins)" });
      }
      for (const r of state.releases) asset ??= r.assets.find((a) => String(a.id) === objects[1] && u.searchParams.get("token") === `signed-${a.uuid}`);
    } else if (u.pathname.startsWith("/attachments/")) {
      const uuid = u.pathname.slice("/attachments/".length);
      for (const r of state.releases) asset ??= r.assets.find((a) => a.uuid === uuid);
    } else {
      const m = /\/releases\/download\/([^/]+)\/([^/]+)$/.exec(u.pathname);
      const r = m && state.releases.find((x) => !x.draft && x.tagName === decodeURIComponent(m[1]));
      asset = r?.assets.find((a) => a.name === decodeURIComponent(m[2]));
    }
    if (!asset) return send(inc, 404, "Not Found", {}, "web route");
    if (!asset.data && !asset.file) return send(inc, 500, "emulator keeps only assets up to 16 MiB", {}, "emulator limitation");
    const fault = takeFault("web/download", asset.name);
    if (fault) return applyFault(inc, fault, "before");
    asset.downloadCount++;
    if (!asset.data) return streamFile(inc, asset.file, asset.size);
    return send(inc, 200, asset.data, { "content-type": "application/octet-stream" }, "web route (not in the API document)");
  }
  return { route, handleElsewhere, handle, serveDownload };
}
async function startForgeEmulator(opts) {
  let serve;
  const base = await openForge(
    opts,
    (req, res) => void serve.handle(req, res, "api"),
    (req, res) => void serve.handleElsewhere(req, res)
  );
  const withShapes = { ...base, ...forgeShapes(base) };
  const withHelpers = { ...withShapes, ...forgeHelpers(withShapes) };
  const withIo = { ...withHelpers, ...forgeIo(withHelpers) };
  const withStore = { ...withIo, ...forgeStore(withIo) };
  const withFaults = { ...withStore, ...forgeFaults(withStore) };
  const c = { ...withFaults, ...forgeReceive(withFaults) };
  serve = forgeServe(c);
  const { mode, owner, repo, token, violations, unvalidated, state, packageWatch, faults, sockets, elsewhereRequests, apiServer, otherServer, elsewhereUrl, url, apiUrl, uploadsUrl, spillDir, newRelease } = c;
  const victim = (tag) => {
    const all = state.releases.filter((r2) => r2.tagName === tag);
    const r = all.find((x) => !x.draft) ?? all.at(-1);
    if (!r) throw new Error(`emulator tamper: no release for ${tag}`);
    return r;
  };
  const victimAsset = (tag, name) => {
    const a = victim(tag).assets.find((x) => x.name === name);
    if (!a) throw new Error(`emulator tamper: ${tag} has no asset ${name}`);
    return a;
  };
  const storeBytes = (a, bytes) => {
    a.data = bytes;
    a.file = void 0;
    a.size = bytes.length;
    a.sha256 = createHash("sha256").update(bytes).digest("hex");
  };
  const tamper = {
    replaceBytes(tag, name, bytes) {
      const a = victimAsset(tag, name);
      if (bytes) return storeBytes(a, bytes);
      if (!a.data) throw new Error("emulator tamper: replaceBytes without bytes needs an asset kept in memory");
      storeBytes(a, Buffer.concat([Buffer.from([a.data[0] ^ 255]), a.data.subarray(1)]));
    },
    garbleSignature(tag, name) {
      storeBytes(victimAsset(tag, name), Buffer.from("untrusted comment: not a signature\nthis is garbage, not base64!\n"));
    },
    deleteAssets(tag, which) {
      const r = victim(tag);
      const hit = r.assets.filter((a) => typeof which === "function" ? which(a.name) : which.includes(a.name));
      r.assets = r.assets.filter((a) => !hit.includes(a));
      return hit.map((a) => a.name);
    }
  };
  const emu = {
    mode,
    tamper,
    url,
    apiUrl,
    uploadsUrl,
    elsewhere: { url: elsewhereUrl, requests: elsewhereRequests },
    owner,
    repo,
    token,
    state,
    faults,
    violations,
    unvalidated,
    assertNoViolations() {
      if (violations.length) throw new Error(`forge emulator saw ${violations.length} API-document violation(s):
${violations.map((v) => `- ${v.kind} ${v.method} ${v.path}${v.status ? ` → ${v.status}` : ""}: ${v.message}`).join("\n")}`);
    },
    seedRelease: (r) => newRelease(r),
    releasesFor: (tag) => state.releases.filter((r) => r.tagName === tag),
    watch: (fn) => packageWatch.add(fn),
    async close() {
      for (const s of sockets) s.destroy();
      await Promise.all([apiServer, otherServer].map((s) => new Promise((r) => s.close(() => r()))));
      if (spillDir) rmSync(spillDir, { recursive: true, force: true });
    }
  };
  return emu;
}
function requestWatchers() {
  const fns = /* @__PURE__ */ new Set();
  return {
    add(fn) {
      fns.add(fn);
      return () => void fns.delete(fn);
    },
    notify(r) {
      for (const fn of fns) fn(r);
    }
  };
}
var BareRepoTags = class extends Map {
  constructor(dir) {
    super();
    this.dir = dir;
  }
  dir;
  /** Through the git adapter (git runs only in src/git/), blind to the system gitconfig; a failing query is undefined. */
  git(args) {
    return isolatedGitSync(this.dir, args);
  }
  /** The commit a branch, tag or sha names, or undefined. */
  resolve(rev) {
    if (rev.startsWith("-")) return void 0;
    const name = /^[0-9a-f]{40}$/.test(rev) ? rev : this.git(["rev-parse", "--verify", "-q", `refs/heads/${rev}`]) ? `refs/heads/${rev}` : rev;
    return this.git(["rev-parse", "--verify", "-q", `${name}^{commit}`]) || void 0;
  }
  get(tag) {
    return this.git(["rev-parse", "--verify", "-q", `refs/tags/${tag}^{commit}`]) || void 0;
  }
  /** The object the tag ref names (an annotated tag object's sha, or the commit). */
  object(tag) {
    return this.git(["rev-parse", "--verify", "-q", `refs/tags/${tag}`]) || void 0;
  }
  /** An annotated tag object by sha: its name, message and commit. */
  annotated(sha) {
    if (!/^[0-9a-f]{40}$/.test(sha) || this.git(["cat-file", "-t", sha]) !== "tag") return void 0;
    const text = this.git(["cat-file", "tag", sha]) ?? "";
    const name = /^tag (.+)$/m.exec(text)?.[1] ?? "";
    const commit = this.git(["rev-parse", "--verify", "-q", `${sha}^{commit}`]) ?? "";
    return { name, message: text.split("\n\n").slice(1).join("\n\n"), commit };
  }
  has(tag) {
    return this.get(tag) !== void 0;
  }
  set(tag, sha) {
    if (this.dir) this.git(["update-ref", `refs/tags/${tag}`, sha]);
    return this;
  }
  delete(tag) {
    return this.git(["update-ref", "-d", `refs/tags/${tag}`]) !== void 0;
  }
};
export {
  KEEP_BYTES,
  startForgeEmulator
};
