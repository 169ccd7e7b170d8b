import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  semverLibrary
} from "./chunk-NXKPZHBO.js";

// src/versioning/core/version.ts
var NUM = "(?:0|[1-9][0-9]*)";
var PRE_ID = "(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)";
var PRERELEASE = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}-${PRE_ID}(?:\\.${PRE_ID})*(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`);
var MAX_COMPONENT = Number.MAX_SAFE_INTEGER;
var SEMVER_MAX_LENGTH = 256;
function isStrictVersion(version) {
  return readStrictVersion(version, 0, version.length, scratch);
}
var scratch = [0, 0, 0];
function readStrictVersion(s, start, end, out) {
  let part = 0;
  let n = 0;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (digits === 0 || part === 2) return false;
      out[part++] = n;
      n = 0;
      digits = 0;
      continue;
    }
    if (c < 48 || c > 57 || digits === 1 && n === 0) return false;
    n = n * 10 + (c - 48);
    digits++;
    if (n > MAX_COMPONENT) return false;
  }
  if (digits === 0 || part !== 2) return false;
  out[2] = n;
  return true;
}
function compareTriples(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}
function parseStrictTag(tag, prefix) {
  if (!tag.startsWith(prefix)) return void 0;
  const rest = tag.slice(prefix.length);
  return isStrictVersion(rest) ? rest : void 0;
}
function parsePrereleaseTag(tag, prefix) {
  if (!tag.startsWith(prefix)) return void 0;
  const rest = tag.slice(prefix.length);
  return PRERELEASE.test(rest) ? rest : void 0;
}
function isValidChannel(id) {
  return /^[0-9A-Za-z-]+$/.test(id);
}
function isSemver(version) {
  return semverLibrary.valid(version) === version;
}
function precedenceParts(version) {
  if (version.length > SEMVER_MAX_LENGTH) return void 0;
  if (!isStrictVersion(version) && !PRERELEASE.test(version)) return void 0;
  const plus = version.indexOf("+");
  const v = plus < 0 ? version : version.slice(0, plus);
  const dash = v.indexOf("-");
  const core = (dash < 0 ? v : v.slice(0, dash)).split(".").map(Number);
  if (core.some((n) => n > MAX_COMPONENT)) return void 0;
  const pre = [];
  if (dash >= 0) {
    for (const id of v.slice(dash + 1).split(".")) {
      if (/^[0-9]+$/.test(id)) {
        const n = Number(id);
        if (n > MAX_COMPONENT) return void 0;
        pre.push(n);
      } else pre.push(id);
    }
  }
  return [core, pre];
}
function compareVersions(a, b) {
  const x = precedenceParts(a);
  const y = precedenceParts(b);
  if (!x || !y) return semverLibrary.compare(a, b);
  for (let i = 0; i < 3; i++) if (x[0][i] !== y[0][i]) return x[0][i] < y[0][i] ? -1 : 1;
  const [p, q] = [x[1], y[1]];
  if (!p.length || !q.length) return p.length === q.length ? 0 : p.length ? -1 : 1;
  for (let i = 0; i < p.length && i < q.length; i++) {
    const [m, n] = [p[i], q[i]];
    if (m === n) continue;
    if (typeof m !== typeof n) return typeof m === "number" ? -1 : 1;
    return m < n ? -1 : 1;
  }
  return p.length === q.length ? 0 : p.length < q.length ? -1 : 1;
}
function compareStrictVersions(a, b) {
  const x = [0, 0, 0];
  const y = [0, 0, 0];
  if (readStrictVersion(a, 0, a.length, x) && readStrictVersion(b, 0, b.length, y)) return compareTriples(x, y);
  return compareVersions(a, b);
}
function applyBump(version, bump) {
  if (bump === "none") return version;
  if (version.length <= SEMVER_MAX_LENGTH && isStrictVersion(version)) {
    const [M, m, p] = version.split(".").map(Number);
    if (Math.max(M, m, p) < MAX_COMPONENT) return bump === "major" ? `${M + 1}.0.0` : bump === "minor" ? `${M}.${m + 1}.0` : `${M}.${m}.${p + 1}`;
  }
  const next = semverLibrary.inc(version, bump);
  if (!next) throw new Error(`cannot bump "${version}" (${bump}): not a SemVer version`);
  return next;
}
var BUMP_RANK = { none: 0, patch: 1, minor: 2, major: 3 };
function maxBump(a, b) {
  return BUMP_RANK[a] >= BUMP_RANK[b] ? a : b;
}
function prefixOption(value) {
  if (value === void 0) return "v";
  return value.trim() === "none" ? "" : value.trim();
}
function formatTag(prefix, version) {
  return `${prefix}${version}`;
}
function escapeGlob(text) {
  return text.replace(/[*?[\]\\]/g, "\\$&");
}
function tagPrefixProblem(prefix) {
  if (prefix === "") return void 0;
  const name = `${prefix}0.0.0`;
  const bad = /[\x00-\x20\x7f~^:?*[\\]/.test(name) || name.includes("..") || name.includes("@{") || name.includes("//") || name.startsWith("-") || name.startsWith("/") || name.split("/").some((c) => c.startsWith(".") || c.endsWith(".lock"));
  if (!bad) return void 0;
  return `"${prefix}" cannot start a git tag name: no spaces or control characters, none of ~ ^ : ? * [ \\, no "..", "@{" or "//", no leading "-" or "/", and no path part starting with "." or ending in ".lock".`;
}
var TRAILING_VERSION = /(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
function versionTagPrefix(tag) {
  const m = TRAILING_VERSION.exec(tag);
  if (!m) return void 0;
  const prefix = tag.slice(0, m.index);
  return /[0-9]$/.test(prefix) ? void 0 : prefix;
}
function prefixCandidates(reachable, exclude) {
  const found = /* @__PURE__ */ new Map();
  for (const [tag, date] of reachable) {
    const p = versionTagPrefix(tag);
    if (p === void 0 || exclude.includes(p)) continue;
    const v = parseStrictTag(tag, p);
    if (v === void 0) continue;
    const e = found.get(p);
    if (!e) found.set(p, { prefix: p, count: 1, highest: tag, version: v, newest: date });
    else {
      e.count++;
      e.newest = Math.max(e.newest, date);
      if (compareStrictVersions(v, e.version) > 0) Object.assign(e, { highest: tag, version: v });
    }
  }
  return [...found.values()].map(({ prefix, count, highest, newest }) => ({ prefix, count, highest, newest })).sort((a, b) => b.newest - a.newest || b.count - a.count || (a.prefix < b.prefix ? -1 : 1));
}
function isTagOf(tag, prefix) {
  return parseStrictTag(tag, prefix) !== void 0 || parsePrereleaseTag(tag, prefix) !== void 0;
}
function coreVersion(version) {
  const i = version.search(/[-+]/);
  return i < 0 ? version : version.slice(0, i);
}

export {
  isStrictVersion,
  readStrictVersion,
  compareTriples,
  parseStrictTag,
  parsePrereleaseTag,
  isValidChannel,
  isSemver,
  compareVersions,
  compareStrictVersions,
  applyBump,
  BUMP_RANK,
  maxBump,
  prefixOption,
  formatTag,
  escapeGlob,
  tagPrefixProblem,
  versionTagPrefix,
  prefixCandidates,
  isTagOf,
  coreVersion
};
