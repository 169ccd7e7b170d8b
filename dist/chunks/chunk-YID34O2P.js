import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  CHECKSUMS_NAME,
  PARTIAL_PREFIX,
  TOKEN_MISSING,
  createForge,
  tagProblem
} from "./chunk-IOJJ75AG.js";
import {
  parseChecksums
} from "./chunk-RXAWHCPD.js";
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

export {
  inspectRelease,
  renderInspectSummary
};
