import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  minimatch
} from "./chunk-NXKPZHBO.js";
import {
  RelforgeError,
  fieldError
} from "./chunk-ZSVB6QKT.js";

// src/platform/fs.ts
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { open } from "node:fs/promises";
import { createHash } from "node:crypto";
import { isAbsolute, join, resolve, basename, dirname, sep } from "node:path";
var READ_CHUNK = 1024 * 1024;
function workspaceRoots(cwd, env = process.env) {
  const roots = /* @__PURE__ */ new Set();
  for (const p of [cwd, env.GITHUB_WORKSPACE, env.RUNNER_TEMP]) {
    if (!p) continue;
    try {
      roots.add(toSlash(realpathSync(resolve(p))));
    } catch {
    }
  }
  return [...roots];
}
var inside = (real, roots) => roots.some((r) => real === r || real.startsWith(r.endsWith("/") ? r : `${r}/`));
function workspaceOutputPath(base, file, opts) {
  const env = opts.env ?? process.env;
  const abs = resolve(base, file);
  const roots = [.../* @__PURE__ */ new Set([...workspaceRoots(base, env), ...workspaceRoots(process.cwd(), env)])];
  const fix = "Name a file inside the workspace or RUNNER_TEMP (e.g. ${{ runner.temp }}/notes.md), or copy it there in a later step.";
  const real = realTarget(abs);
  if (real === void 0) {
    throw fieldError(opts.inputName, `("${file}") leads to ${abs} through a symbolic link whose target does not exist: refusing to write through it (it could point anywhere). Remove the link, or name another file. ${fix}`);
  }
  if (!inside(real, roots)) {
    throw fieldError(
      opts.inputName,
      `("${file}") resolves to ${real}${real !== toSlash(abs) ? ` (through a symbolic link at ${abs})` : ""}, outside the workspace (${roots.join(", ")}): refusing to write there. ${fix}`
    );
  }
  let st;
  try {
    st = statSync(abs);
  } catch {
    return abs;
  }
  if (!st.isFile()) throw fieldError(opts.inputName, `("${file}") names ${abs}, which is not a regular file. Name a file.`);
  return abs;
}
function realTarget(abs) {
  const missing = [];
  let p = abs;
  for (; ; ) {
    let exists = true;
    try {
      lstatSync(p);
    } catch {
      exists = false;
    }
    if (exists) {
      try {
        return toSlash(join(realpathSync(p), ...missing));
      } catch {
        return void 0;
      }
    }
    const parent = dirname(p);
    if (parent === p) return toSlash(join(p, ...missing));
    missing.unshift(basename(p));
    p = parent;
  }
}
function problem(inputName, message) {
  return inputName ? fieldError(inputName, message) : new RelforgeError(`The file list ${message}`);
}
async function expandFiles(patterns, opts = {}) {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const input = opts.inputName;
  const pats = patterns.map((p) => p.trim()).filter((p) => p !== "" && !p.startsWith("#"));
  if (pats.length === 0) throw problem(input, "is empty: give at least one file or glob pattern.");
  const roots = workspaceRoots(cwd, opts.env ?? process.env);
  const scope = {
    roots,
    allow: !!opts.allowOutsideWorkspace,
    refuse: (path, real) => problem(
      input,
      `matched ${path}${real !== path ? `, which resolves to ${real},` : ""} outside the workspace (${roots.join(", ")}): refusing to read it (a symbolic link out of the workspace?). Copy the file into the workspace${opts.allowOption ? `, or set {{${opts.allowOption}}} if this is intended` : ""}.`
    )
  };
  const toAbs = (p) => toSlash(isAbsolute(p) ? p : join(cwd, p));
  const found = /* @__PURE__ */ new Map();
  for (const p of pats.filter((x) => opts.literal || !x.startsWith("!"))) {
    const abs = toAbs(p);
    const own = { ...scope, roots: opts.literal ? isAbsolute(p) ? [...roots, dirname(abs)] : roots : patternRoots(p, abs, roots) };
    if (hasMagic(p) && !opts.literal) for (const [m, real] of globFiles(abs, own)) found.set(m, { real, roots: own.roots });
    else found.set(abs, { real: literalFile(p, abs, cwd, input), roots: own.roots });
  }
  for (const p of pats.filter((x) => !opts.literal && x.startsWith("!"))) {
    const neg = toAbs(p.slice(1));
    for (const f of [...found.keys()]) if (minimatch(f, neg, { dot: true })) found.delete(f);
  }
  if (found.size === 0) throw problem(input, `matched no files (patterns: ${pats.join(", ")}; looked in ${cwd}).`);
  const sorted = [...found.keys()].sort();
  for (const f of sorted) {
    const { real, roots: where } = found.get(f);
    if (!scope.allow && !inside(real, where)) throw scope.refuse(f, real);
  }
  return sorted;
}
function patternRoots(p, abs, roots) {
  if (!isAbsolute(p)) return roots;
  const base = hasMagic(p) ? splitGlob(abs).base : dirname(abs);
  try {
    const real = toSlash(realpathSync(base));
    return inside(real, roots) ? roots : [...roots, real];
  } catch {
    return roots;
  }
}
function literalFile(p, abs, cwd, input) {
  let st;
  try {
    st = statSync(abs);
  } catch {
    throw problem(input, `names "${p}", which does not exist (looked in ${cwd}).`);
  }
  if (!st.isFile()) throw problem(input, `names "${p}", which is not a regular file.`);
  return toSlash(realpathSync(abs));
}
var toSlash = (p) => p.split(sep).join("/");
var hasMagic = (p) => /[*?[\]{}]/.test(p);
function splitGlob(absPattern) {
  const segments = absPattern.split("/");
  let i = 0;
  while (i < segments.length && !hasMagic(segments[i])) i++;
  return { base: segments.slice(0, i).join("/") || "/", rest: segments.slice(i) };
}
function globFiles(absPattern, scope) {
  const { base, rest } = splitGlob(absPattern);
  const maxDepth = rest.some((s) => s.includes("**")) ? Infinity : rest.length;
  const out = /* @__PURE__ */ new Map();
  const ancestors = /* @__PURE__ */ new Set();
  const walk = (dir, real, depth) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    ancestors.add(real);
    for (const e of entries) {
      const full = dir === "/" ? `/${e.name}` : `${dir}/${e.name}`;
      const kind = entryKind(e, full);
      if (!kind) continue;
      const target = kind.real ?? (real === "/" ? `/${e.name}` : `${real}/${e.name}`);
      if (kind.file && minimatch(full, absPattern, { dot: true })) out.set(full, target);
      else if (kind.dir && depth + 1 < maxDepth && e.name !== ".git" && e.name !== "node_modules") {
        if (ancestors.has(target)) continue;
        if (kind.real && !scope.allow && !inside(kind.real, scope.roots)) continue;
        walk(full, target, depth + 1);
      }
    }
    ancestors.delete(real);
  };
  let baseReal;
  try {
    baseReal = toSlash(realpathSync(base));
  } catch {
    return out;
  }
  if (!scope.allow && !inside(baseReal, scope.roots)) throw scope.refuse(base, baseReal);
  walk(base, baseReal, 0);
  return out;
}
function entryKind(e, full) {
  if (!e.isSymbolicLink()) return e.isFile() || e.isDirectory() ? { file: e.isFile(), dir: e.isDirectory() } : void 0;
  try {
    const st = statSync(full);
    return { file: st.isFile(), dir: st.isDirectory(), real: toSlash(realpathSync(full)) };
  } catch {
    return void 0;
  }
}
async function hashFile(path, algos, opts = {}) {
  const hashes = algos.map((a) => [a, createHash(a)]);
  if (opts.prefix) for (const [, h] of hashes) h.update(opts.prefix);
  let size = 0;
  const buf = Buffer.allocUnsafe(READ_CHUNK);
  const fh = await open(path, "r");
  try {
    for (; ; ) {
      const { bytesRead } = await fh.read(buf, 0, READ_CHUNK, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      const chunk = bytesRead === READ_CHUNK ? buf : buf.subarray(0, bytesRead);
      for (const [, h] of hashes) h.update(chunk);
    }
  } finally {
    await fh.close();
  }
  const out = { size };
  for (const [a, h] of hashes) out[a] = h.digest("hex");
  return out;
}
async function sha256File(path) {
  return (await hashFile(path, ["sha256"])).sha256;
}
function assertSafeName(name, what = "file name") {
  if (name === "" || name === "." || name === ".." || /[/\\\x00-\x1f\x7f]/.test(name) || Buffer.byteLength(name) > 255) {
    throw new RelforgeError(`Unsafe ${what} "${name.replace(/[\x00-\x1f\x7f]/g, "?")}": use a plain name without path separators, ".." or control characters.`);
  }
  return name;
}

export {
  READ_CHUNK,
  workspaceOutputPath,
  expandFiles,
  hashFile,
  sha256File,
  assertSafeName
};
