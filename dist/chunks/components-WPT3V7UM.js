import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-5UMXK6GB.js";
import {
  tagPrefixProblem
} from "./chunk-6TDZCRPI.js";
import {
  minimatchLibrary
} from "./chunk-NXKPZHBO.js";
import {
  SettingsError
} from "./chunk-ZSVB6QKT.js";
import {
  __toESM
} from "./chunk-YAGOLX6F.js";

// src/versioning/core/components.ts
var import_yaml = __toESM(require_dist(), 1);
var NAME = /^[A-Za-z0-9@][A-Za-z0-9._@/-]*$/;
function relativePathProblem(p) {
  if (p === "") return "is empty";
  if (p.startsWith("/") || /^[A-Za-z]:/.test(p)) return "must be relative to the repository root";
  if (p.includes("\\")) return 'must use "/" separators';
  if (p.includes("\0")) return "contains a NUL byte";
  const segs = p.split("/");
  if (segs.some((s) => s === "..")) return 'must not contain ".." (stay inside the repository)';
  if (segs.some((s, i) => s === "" && i !== segs.length - 1)) return "contains an empty path segment";
  return void 0;
}
function normalise(p) {
  return p.replace(/^(\.\/)+/, "").replace(/\/+$/, "");
}
function parseComponents(text, field = "components") {
  let doc;
  try {
    doc = (0, import_yaml.parse)(text);
  } catch (err) {
    throw new SettingsError([{ field, message: `is not valid YAML: ${err.message.split("\n")[0]}` }]);
  }
  if (doc === null || doc === void 0) return [];
  if (typeof doc !== "object" || Array.isArray(doc)) {
    const got = Array.isArray(doc) ? "a list" : typeof doc;
    throw new SettingsError([{ field, message: `must be a YAML mapping of component name → {paths: [globs], manifests: [files]}, got ${got}.` }]);
  }
  const problems = [];
  const components = [];
  const manifestOwner = /* @__PURE__ */ new Map();
  for (const [name, raw] of Object.entries(doc)) {
    const add = (message) => problems.push({ field, message: `(component "${name}"): ${message}` });
    if (!NAME.test(name)) add("the name must match [A-Za-z0-9@][A-Za-z0-9._@/-]*.");
    else if (tagPrefixProblem(`${name}-`)) {
      add('the name cannot be part of a git tag name ("<name>-<tag-prefix>X.Y.Z"): no "..", no "//", no path part starting with "." or ending in ".lock". Rename the component.');
    }
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
      add('must be a mapping with "paths" (list of globs) and optional "manifests" (list of files) and "tag-prefix".');
      continue;
    }
    const obj = raw;
    for (const key of Object.keys(obj)) {
      if (key !== "paths" && key !== "manifests" && key !== "tag-prefix") add(`unknown key "${key}" (expected "paths", "manifests" and "tag-prefix").`);
    }
    const tagPrefix = componentPrefix(obj["tag-prefix"], add);
    const paths = componentPaths(name, obj.paths, add);
    const manifests = componentManifests(name, obj.manifests, manifestOwner, add, (m) => problems.push({ field, message: m }));
    components.push({ name, paths, manifests, ...tagPrefix !== void 0 ? { tagPrefix } : {} });
  }
  if (problems.length) throw new SettingsError(problems);
  return components;
}
function componentPrefix(raw, add) {
  if (raw === void 0) return void 0;
  if (raw === null) return "";
  if (typeof raw !== "string") {
    add('"tag-prefix" must be a string (quote it in YAML when it starts with "@").');
    return void 0;
  }
  const p = tagPrefixProblem(raw);
  if (p) add(`tag-prefix ${p}`);
  return raw;
}
function componentPaths(name, raw, add) {
  const paths = [];
  const list = typeof raw === "string" ? [raw] : raw;
  if (!Array.isArray(list) || list.length === 0) {
    add(`"paths" must be a non-empty list of globs, e.g. paths: [packages/${name}/**].`);
    return paths;
  }
  for (const p of list) {
    if (typeof p !== "string") {
      add(`every entry of "paths" must be a string, got ${JSON.stringify(p)}.`);
      continue;
    }
    const n = normalise(p);
    if (n === "" || n === ".") {
      paths.push("**");
      continue;
    }
    const problem = relativePathProblem(n);
    if (problem) add(`path "${p}" ${problem}.`);
    else paths.push(n);
  }
  return paths;
}
function componentManifests(name, raw, owners, add, addWhole) {
  const manifests = [];
  const list = raw === void 0 ? [] : typeof raw === "string" ? [raw] : raw;
  if (!Array.isArray(list)) {
    add('"manifests" must be a list of files.');
    return manifests;
  }
  for (const m of list) {
    let entry;
    if (typeof m === "string") entry = { path: m };
    else if (m && typeof m === "object" && !Array.isArray(m) && typeof m.path === "string") {
      const mo = m;
      const pattern = mo["version-pattern"];
      if (pattern !== void 0 && typeof pattern !== "string") {
        add(`"version-pattern" of manifest "${String(mo.path)}" must be a string.`);
        continue;
      }
      entry = { path: mo.path, ...pattern !== void 0 ? { versionPattern: pattern } : {} };
    }
    if (!entry) {
      add(`each manifest is a file path or {path: file, version-pattern: regex}, got ${JSON.stringify(m)}.`);
      continue;
    }
    entry.path = normalise(entry.path);
    const problem = relativePathProblem(entry.path);
    if (problem) {
      add(`manifest "${entry.path}" ${problem}.`);
      continue;
    }
    const owner = owners.get(entry.path);
    if (owner !== void 0) {
      if (owner === name) add(`lists manifest "${entry.path}" twice; list it once.`);
      else addWhole(`has manifest "${entry.path}" named by two components ("${owner}" and "${name}"); a manifest belongs to exactly one component.`);
      continue;
    }
    owners.set(entry.path, name);
    manifests.push(entry);
  }
  return manifests;
}
var ComponentMatcher = class {
  constructor(component) {
    this.component = component;
    const { Minimatch: Glob } = minimatchLibrary();
    this.globs = component.paths.map((p) => new Glob(p, { dot: true }));
    this.prefixes = component.paths.filter((p) => !/[*?[\]{}()!+@]/.test(p)).map((p) => `${p}/`);
  }
  component;
  globs;
  prefixes;
  matches(file) {
    for (const prefix of this.prefixes) if (file.startsWith(prefix)) return true;
    for (const g of this.globs) if (g.match(file)) return true;
    return false;
  }
  matchesAny(files) {
    return files.some((f) => this.matches(f));
  }
};
export {
  ComponentMatcher,
  parseComponents,
  relativePathProblem
};
