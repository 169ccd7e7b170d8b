import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  prefixOption
} from "./chunk-6TDZCRPI.js";
import {
  VOCABULARY,
  variant
} from "./chunk-BLP2XCSJ.js";
import {
  choiceOption,
  defineSchema,
  flag,
  stringDefault,
  stringOption
} from "./chunk-E2MW5JXR.js";
import {
  FormatError
} from "./chunk-ZSVB6QKT.js";

// src/versioning/core/manifests/cargo.ts
import { posix } from "node:path";

// src/versioning/core/manifests/types.ts
var VersionFileError = class extends FormatError {
};
function targetVersion(opts, kind) {
  if (!opts.version) throw new Error(`${kind} updater: no target version given`);
  return opts.version;
}
function fileLabel(opts, fallback) {
  return opts.file ?? fallback;
}
function splice(text, start, end, value) {
  return text.slice(0, start) + value + text.slice(end);
}

// src/versioning/core/manifests/toml-edit.ts
var HEADER = /^\s*(\[\[?)\s*([A-Za-z0-9_.\-" ']+?)\s*(\]\]?)\s*(?:#.*)?$/;
var KEY_VALUE = /^(\s*)([A-Za-z0-9_\-."']+?)\s*=\s*(.*)$/;
function normaliseTable(name) {
  return name.split(".").map((p) => p.trim().replace(/^"(.*)"$/, "$1").replace(/^'(.*)'$/, "$1")).join(".");
}
function scanToml(text) {
  const entries = [];
  let table = "";
  let block = -1;
  let blockCount = 0;
  let inMultiline;
  let offset = 0;
  for (const raw of text.split("\n")) {
    const lineStart = offset;
    offset += raw.length + 1;
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (inMultiline) {
      if (line.includes(inMultiline)) inMultiline = void 0;
      continue;
    }
    const h = HEADER.exec(line);
    if (h && (h[1] === "[" && h[3] === "]" || h[1] === "[[" && h[3] === "]]")) {
      table = normaliseTable(h[2]);
      block = h[1] === "[[" ? blockCount++ : -1;
      continue;
    }
    const kv = KEY_VALUE.exec(line);
    if (!kv) continue;
    const key = normaliseTable(kv[2]);
    const rest = kv[3];
    const valueOffset = lineStart + line.length - rest.length;
    for (const q of ['"""', "'''"]) {
      if (rest.startsWith(q) && rest.indexOf(q, 3) === -1) inMultiline = q;
    }
    const entry = { table, block, key, raw: rest.replace(/\s+#.*$/, "").trim(), rawStart: valueOffset };
    const s = /^"((?:[^"\\]|\\.)*)"/.exec(rest) ?? /^'([^']*)'/.exec(rest);
    if (s && !inMultiline) {
      entry.value = rest[0] === '"' ? JSON.parse(`"${s[1]}"`) : s[1];
      entry.valueStart = valueOffset + 1;
      entry.valueEnd = valueOffset + 1 + s[1].length;
    }
    entries.push(entry);
  }
  return entries;
}
function findTomlKey(entries, table, key) {
  return entries.find((e) => e.table === table && e.key === key);
}
function inheritsWorkspace(entries, table, key) {
  return entries.some(
    (e) => e.table === table && (e.key === `${key}.workspace` && e.raw === "true" || e.key === key && /^\{\s*workspace\s*=\s*true\s*\}$/.test(e.raw))
  );
}
function tomlStringArray(text, entry) {
  let i = entry.rawStart;
  if (text[i] !== "[") return void 0;
  i++;
  const out = [];
  for (; ; ) {
    const ws = /^(?:\s|#[^\n]*|,)*/.exec(text.slice(i));
    i += ws[0].length;
    if (i >= text.length) return void 0;
    if (text[i] === "]") return out;
    const s = /^"((?:[^"\\\n]|\\.)*)"/.exec(text.slice(i)) ?? /^'([^'\n]*)'/.exec(text.slice(i));
    if (!s) return void 0;
    out.push(text[i] === '"' ? JSON.parse(`"${s[1]}"`) : s[1]);
    i += s[0].length;
  }
}

// src/versioning/core/manifests/cargo.ts
var CargoToml = class {
  constructor(opts = {}) {
    this.opts = opts;
  }
  opts;
  kind = "Cargo.toml";
  locate(text) {
    const file = fileLabel(this.opts, "Cargo.toml");
    const entries = scanToml(text);
    const own = findTomlKey(entries, "package", "version");
    if (own?.value !== void 0) return own;
    const inherited = inheritsWorkspace(entries, "package", "version");
    const ws = findTomlKey(entries, "workspace.package", "version");
    if (ws?.value !== void 0 && (inherited || !entries.some((e) => e.table === "package"))) return ws;
    if (inherited) {
      throw new VersionFileError(
        `${file}: [package] inherits its version from the workspace (version.workspace = true); list the workspace root Cargo.toml (with [workspace.package] version) as the manifest instead.`
      );
    }
    throw new VersionFileError(`${file}: no [package] version = "…" (or [workspace.package] version) found; add one or use another version file.`);
  }
  readVersion(text) {
    return this.locate(text).value;
  }
  /** `[package] name`, used to find this crate's entry in Cargo.lock. */
  readName(text) {
    return findTomlKey(scanToml(text), "package", "name")?.value;
  }
  /** True when the version read and written is `[workspace.package] version` (a workspace root). */
  usesWorkspaceVersion(text) {
    return this.locate(text).table === "workspace.package";
  }
  updateContent(text) {
    const e = this.locate(text);
    return splice(text, e.valueStart, e.valueEnd, targetVersion(this.opts, this.kind));
  }
};
var CargoLock = class {
  constructor(opts) {
    this.opts = opts;
  }
  opts;
  kind = "Cargo.lock";
  members(text) {
    const entries = scanToml(text);
    const blocks = /* @__PURE__ */ new Map();
    for (const e of entries) {
      if (e.table !== "package" || e.block < 0) continue;
      let list = blocks.get(e.block);
      if (!list) blocks.set(e.block, list = []);
      list.push(e);
    }
    const out = [];
    for (const list of blocks.values()) {
      const name = list.find((e) => e.key === "name")?.value;
      const version = list.find((e) => e.key === "version");
      const hasSource = list.some((e) => e.key === "source");
      if (name !== void 0 && this.opts.packages.includes(name) && !hasSource && version?.value !== void 0) out.push(version);
    }
    return out;
  }
  readVersion(text) {
    const m = this.members(text);
    if (!m.length) {
      throw new VersionFileError(`${fileLabel(this.opts, "Cargo.lock")}: no workspace member entry for ${this.opts.packages.join(", ")}.`);
    }
    return m[0].value;
  }
  updateContent(text) {
    const v = targetVersion(this.opts, this.kind);
    let out = text;
    for (const e of this.members(text).sort((a, b) => b.valueStart - a.valueStart)) out = splice(out, e.valueStart, e.valueEnd, v);
    return out;
  }
};
function cargoLockPackages(text, around) {
  const toml = new CargoToml();
  const entries = scanToml(text);
  const own = findTomlKey(entries, "package", "name")?.value;
  if (!toml.usesWorkspaceVersion(text)) return own ? [own] : [];
  const names = /* @__PURE__ */ new Set();
  if (own && inheritsWorkspace(entries, "package", "version")) names.add(own);
  const list = (key) => {
    const e = findTomlKey(entries, "workspace", key);
    return e ? tomlStringArray(text, e) ?? [] : [];
  };
  const clean = (p) => posix.normalize(p.replace(/\\/g, "/")).replace(/\/+$/, "");
  const excluded = new Set(list("exclude").map(clean));
  for (const glob of list("members")) {
    for (const dir of around.dirs(clean(glob))) {
      if (excluded.has(clean(dir))) continue;
      const member = around.read(`${dir}/Cargo.toml`);
      if (member === void 0) continue;
      const m = scanToml(member);
      const name = findTomlKey(m, "package", "name")?.value;
      if (name && inheritsWorkspace(m, "package", "version")) names.add(name);
    }
  }
  return [...names];
}
var cargoFormat = {
  id: "cargo",
  names: ["Cargo.toml"],
  docs: "`Cargo.toml` `[package] version` (or `[workspace.package] version` in a workspace root, or when the crate inherits it), plus the `Cargo.lock` entries of the crates that carry it: the crate, or every workspace member with `version.workspace = true` (registry packages and members with a version of their own are never touched)",
  create: (opts) => new CargoToml(opts),
  locks: [
    {
      names: ["Cargo.lock"],
      updater: (ctx) => {
        const packages = cargoLockPackages(ctx.manifest, ctx.around);
        return packages.length ? new CargoLock({ version: ctx.version, packages, file: ctx.file }) : void 0;
      }
    }
  ]
};

// src/versioning/core/manifests/json-edit.ts
var Scanner = class {
  constructor(text, wanted) {
    this.text = text;
    this.wanted = wanted;
  }
  text;
  wanted;
  pos = 0;
  found = /* @__PURE__ */ new Map();
  fail(what) {
    const before = this.text.slice(0, this.pos);
    const line = before.split("\n").length;
    const col = this.pos - before.lastIndexOf("\n");
    throw new SyntaxError(`${what} at line ${line}, column ${col}`);
  }
  ws() {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.pos++;
      else break;
    }
  }
  string() {
    const t = this.text;
    const start = this.pos;
    if (t[this.pos] !== '"') this.fail("expected a string");
    this.pos++;
    while (this.pos < t.length) {
      const c = t[this.pos];
      if (c === "\\") this.pos += 2;
      else if (c === '"') {
        this.pos++;
        return JSON.parse(t.slice(start, this.pos));
      } else this.pos++;
    }
    this.fail("unterminated string");
  }
  /** Consumes `ch` when it is next. */
  eat(ch) {
    if (this.text[this.pos] !== ch) return false;
    this.pos++;
    return true;
  }
  /** From an opening bracket to its `close`: `member` reads each member (the i-th), commas between. */
  members(close, member) {
    this.pos++;
    this.ws();
    if (this.eat(close)) return;
    for (let i = 0; ; i++) {
      member(i);
      this.ws();
      if (this.eat(",")) continue;
      if (this.eat(close)) return;
      this.fail(`expected "," or "${close}"`);
    }
  }
  value(path2) {
    this.ws();
    const t = this.text;
    const c = t[this.pos];
    const start = this.pos;
    if (c === "{") {
      this.members("}", () => {
        this.ws();
        const key = this.string();
        this.ws();
        if (!this.eat(":")) this.fail('expected ":"');
        this.value(`${path2}\0${key}`);
      });
      return;
    }
    if (c === "[") {
      this.members("]", (i) => this.value(`${path2}\0${i}`));
      return;
    }
    if (c === '"') {
      const v = this.string();
      if (this.wanted.has(path2)) this.found.set(path2, { start, end: this.pos, value: v });
      return;
    }
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(t.slice(this.pos, this.pos + 64));
    if (!m) this.fail("unexpected character");
    this.pos += m[0].length;
    if (this.wanted.has(path2)) this.found.set(path2, { start, end: this.pos, value: void 0 });
  }
};
var keyOf = (path2) => ["", ...path2].join("\0");
function findJsonValues(text, paths) {
  const wanted = new Map(paths.map((p) => [keyOf(p), p]));
  const s = new Scanner(text.charCodeAt(0) === 65279 ? text : text, new Set(wanted.keys()));
  if (text.charCodeAt(0) === 65279) s.pos = 1;
  s.value("");
  s.ws();
  if (s.pos !== text.length) s.fail("unexpected text after the JSON document");
  const out = /* @__PURE__ */ new Map();
  for (const [k, p] of wanted) out.set(p, s.found.get(k));
  return out;
}
function replaceSpans(text, edits) {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.value + out.slice(e.end);
  return out;
}

// src/versioning/core/manifests/npm.ts
function scan(text, file, paths) {
  try {
    return findJsonValues(text, paths);
  } catch (err) {
    throw new VersionFileError(`${file} is not valid JSON: ${err.message}.`);
  }
}
var PackageJson = class {
  constructor(opts = {}) {
    this.opts = opts;
  }
  opts;
  kind = "package.json";
  span(text) {
    const file = fileLabel(this.opts, "package.json");
    const path2 = ["version"];
    const span = scan(text, file, [path2]).get(path2);
    if (!span || typeof span.value !== "string") throw new VersionFileError(`${file}: no top-level "version" string; add "version": "0.0.0" or use another version file.`);
    return span;
  }
  readVersion(text) {
    return this.span(text).value;
  }
  /** The `name` field (for workspace lock entries). */
  readName(text) {
    const path2 = ["name"];
    const v = scan(text, fileLabel(this.opts, "package.json"), [path2]).get(path2)?.value;
    return typeof v === "string" ? v : void 0;
  }
  updateContent(text) {
    const s = this.span(text);
    return replaceSpans(text, [{ start: s.start, end: s.end, value: JSON.stringify(targetVersion(this.opts, this.kind)) }]);
  }
};
var PackageLock = class {
  constructor(opts = {}) {
    this.opts = opts;
    this.entries = opts.entries ?? [""];
  }
  opts;
  kind = "package-lock.json";
  entries;
  spans(text) {
    const file = fileLabel(this.opts, "package-lock.json");
    const paths = this.entries.map((e) => ["packages", e, "version"]);
    const root = ["version"];
    if (this.entries.includes("")) paths.push(root);
    const found = scan(text, file, paths);
    return [...found.values()].filter((s) => s !== void 0 && typeof s.value === "string");
  }
  readVersion(text) {
    const s = this.spans(text);
    if (!s.length) throw new VersionFileError(`${fileLabel(this.opts, "package-lock.json")}: no root "version" entry.`);
    return s[0].value;
  }
  updateContent(text) {
    const v = JSON.stringify(targetVersion(this.opts, this.kind));
    return replaceSpans(
      text,
      this.spans(text).map((s) => ({ start: s.start, end: s.end, value: v }))
    );
  }
};
var NPM_LOCKS = ["npm-shrinkwrap.json", "package-lock.json"];
var npmFormat = {
  id: "npm",
  names: ["package.json"],
  docs: '`package.json` `version`, plus `package-lock.json` / `npm-shrinkwrap.json`: the root `version` and `packages[""]`, or the `packages["<member dir>"]` entry of a workspace member',
  create: (opts) => new PackageJson(opts),
  locks: [{ names: NPM_LOCKS, updater: (ctx) => new PackageLock({ version: ctx.version, entries: [ctx.member], file: ctx.file }) }]
};
var npmLockFormat = {
  id: "npm-lock",
  names: NPM_LOCKS,
  docs: '`package-lock.json` / `npm-shrinkwrap.json` named on its own: the root `version` and `packages[""]`',
  create: (opts) => new PackageLock(opts)
};

// src/versioning/core/manifests/pyproject.ts
var PyProject = class {
  constructor(opts = {}) {
    this.opts = opts;
  }
  opts;
  kind = "pyproject.toml";
  locate(text) {
    const file = fileLabel(this.opts, "pyproject.toml");
    const entries = scanToml(text);
    const found = [findTomlKey(entries, "project", "version"), findTomlKey(entries, "tool.poetry", "version")].filter(
      (e) => e?.value !== void 0
    );
    if (!found.length) {
      const dynamic = findTomlKey(entries, "project", "dynamic");
      const hint = dynamic && dynamic.raw.includes("version") ? " ([project] declares the version dynamic: point version-file at the file that holds it, with a version-pattern)" : "";
      throw new VersionFileError(`${file}: no [project] version or [tool.poetry] version found${hint}.`);
    }
    return found;
  }
  readVersion(text) {
    return this.locate(text)[0].value;
  }
  updateContent(text) {
    const v = targetVersion(this.opts, this.kind);
    let out = text;
    for (const e of this.locate(text).sort((a, b) => b.valueStart - a.valueStart)) out = splice(out, e.valueStart, e.valueEnd, v);
    return out;
  }
};
var pyprojectFormat = {
  id: "pyproject",
  names: ["pyproject.toml"],
  docs: "`pyproject.toml` `[project] version` (PEP 621) and `[tool.poetry] version`, whichever are present",
  create: (opts) => new PyProject(opts)
};

// src/versioning/core/manifests/regex-file.ts
function compileVersionPattern(pattern) {
  let re;
  try {
    re = new RegExp(pattern, "gmd");
  } catch (err) {
    throw new VersionFileError(`is not a valid regular expression: ${err.message}`);
  }
  const groups = new RegExp(`${pattern}|`).exec("").length - 1;
  if (groups < 1) {
    throw new VersionFileError(`needs a capture group around the version, e.g. version = "(\\d+\\.\\d+\\.\\d+)" or (?<version>…); got ${pattern}`);
  }
  return re;
}
var RegexFile = class {
  constructor(opts) {
    this.opts = opts;
    try {
      this.re = compileVersionPattern(opts.pattern);
    } catch (err) {
      throw new VersionFileError(`${fileLabel(opts, "the version file")}: version-pattern ${err.message}`);
    }
  }
  opts;
  kind = "regex";
  re;
  spans(text) {
    const out = [];
    this.re.lastIndex = 0;
    for (const m of text.matchAll(this.re)) {
      const idx = m.indices;
      const span = idx.groups?.version ?? idx[1];
      const value = m.groups?.version ?? m[1];
      if (!span || value === void 0) continue;
      out.push({ start: span[0], end: span[1], value });
    }
    return out;
  }
  readVersion(text) {
    const s = this.spans(text);
    if (!s.length) {
      throw new VersionFileError(`${fileLabel(this.opts, "the version file")}: version-pattern ${this.opts.pattern} matches nothing; check the pattern against the file.`);
    }
    return s[0].value;
  }
  updateContent(text) {
    const v = targetVersion(this.opts, this.kind);
    let out = text;
    const spans = this.spans(text);
    if (!spans.length) this.readVersion(text);
    for (const s of spans.sort((a, b) => b.start - a.start)) out = splice(out, s.start, s.end, v);
    return out;
  }
};

// src/versioning/core/manifests/formats.ts
import { posix as posix2 } from "node:path";

// src/versioning/core/manifests/plain-version.ts
var PlainVersionFile = class {
  constructor(opts = {}) {
    this.opts = opts;
  }
  opts;
  kind = "VERSION";
  /** Offsets of the version token (after an optional `v`). */
  locate(text) {
    const file = fileLabel(this.opts, "VERSION");
    const m = /[^\s\uFEFF]+/.exec(text);
    if (!m) throw new VersionFileError(`${file}: no version found (the file should hold the version on its first line, e.g. 1.4.0).`);
    const start = m.index;
    const end = start + m[0].length;
    if (/^[^\S\r\n]*[^\s]/.test(text.slice(end))) {
      throw new VersionFileError(`${file}: the first line must hold the version alone (e.g. 1.4.0); for another layout set a version-pattern.`);
    }
    const v = /^v(?=\d)/.test(m[0]) ? 1 : 0;
    return { start: start + v, end, value: m[0].slice(v) };
  }
  readVersion(text) {
    return this.locate(text).value;
  }
  updateContent(text) {
    const at = this.locate(text);
    return splice(text, at.start, at.end, targetVersion(this.opts, this.kind).replace(/^v(?=\d)/, ""));
  }
};
var plainVersionFormat = {
  id: "plain",
  names: ["VERSION", "version.txt"],
  docs: "`VERSION` / `version.txt`: the version alone on the first line that holds anything (a leading `v` is kept)",
  create: (opts) => new PlainVersionFile(opts)
};

// src/versioning/core/manifests/formats.ts
var MANIFEST_FORMATS = [cargoFormat, npmFormat, npmLockFormat, pyprojectFormat, plainVersionFormat];
var PATTERN_FORMAT = {
  id: "regex",
  names: [],
  docs: "any file with a `version-pattern` (a regular expression with a capture group around the version): every match is rewritten",
  create: (opts) => new RegexFile({ ...opts, pattern: opts.pattern ?? "" })
};
var byName = /* @__PURE__ */ new Map();
for (const f of MANIFEST_FORMATS) {
  for (const n of f.names) {
    if (byName.has(n)) throw new Error(`manifest formats ${byName.get(n).id} and ${f.id} both claim ${n}`);
    byName.set(n, f);
  }
}
var baseName = (path2) => posix2.basename(path2.replace(/\\/g, "/"));
function formatFor(path2, versionPattern2) {
  if (versionPattern2) return PATTERN_FORMAT;
  return byName.get(baseName(path2));
}
function knownFileNames(opts = {}) {
  const names = MANIFEST_FORMATS.flatMap((f) => [...f.names, ...opts.locks ? (f.locks ?? []).flatMap((l) => l.names) : []]);
  return [...new Set(names)];
}
function knownFormatsText() {
  return knownFileNames().join(", ");
}
function updaterFor(path2, opts = {}) {
  const format = formatFor(path2, opts.versionPattern);
  if (!format) {
    throw new VersionFileError(
      `${path2}: unknown version-file format. Supported: ${knownFormatsText()}; for any other file set a version-pattern (a regex with a capture group around the version).`
    );
  }
  return format.create({ file: path2, ...opts.version ? { version: opts.version } : {}, ...opts.versionPattern ? { pattern: opts.versionPattern } : {} });
}

// src/versioning/options.ts
var path = stringDefault(".", "Repository directory (check it out with fetch-depth 0 so tags and history are present).", "DIR");
var tagPrefix = VOCABULARY["tag-prefix"];
var versionFile = stringOption(
  `${knownFormatsText()}, or any file with "version-pattern". Its version is the base when no release tag exists; rewritten when "write" is true.`,
  "FILE"
);
var versionPattern = stringOption(
  'Regular expression (multi-line) with a capture group around the version (named "version" or the first group), for a version-file of another format.',
  "REGEX"
);
var pre1 = choiceOption("minor", ["minor", "major"], 'While the base major is 0, a breaking change bumps the minor version ("minor") or goes to 1.0.0 ("major").');
var releaseTypes = {
  type: "list",
  default: "feat,fix,perf",
  description: "Commit types that release (comma or newline separated). feat bumps minor, the others patch; breaking changes always release. The release notes list exactly the commits that release.",
  cli: { metavar: "TYPES" }
};
var includePaths = {
  type: "list",
  separator: "lines",
  description: "One package of many with unified versioning: only commits touching these paths count (one glob per line, e.g. packages/create-vite/**).",
  cli: { metavar: "GLOB", aliases: ["include-path"] }
};
var components = {
  type: "string",
  description: 'Monorepo components as YAML: name: {paths: [globs], manifests: [files], tag-prefix: …} per component (tag-prefix: independent versioning; default "<name>-<tag-prefix>").',
  cli: { metavar: "YAML", fileFlag: true }
};
var versioning = choiceOption(
  "unified",
  ["unified", "independent"],
  `"unified" (one version; only changed components' manifests are rewritten) or "independent" (each component has its own tags, base and bump).`
);
var json = VOCABULARY.json;
var remote = VOCABULARY.remote;
var token = variant("token", "git pushes with it; empty means the credentials actions/checkout persisted, so no job-token default", {
  actionDefault: void 0,
  description: "Token for pushing to an HTTPS remote (contents: write; e.g. secrets.RELEASE_TOKEN || github.token). Passed to git through the environment, never on the command line. Not needed when actions/checkout persisted credentials."
});
var authorName = { type: "string", description: "Commit author / tagger name. Default is git config user.name, else github-actions[bot]." };
var authorEmail = {
  type: "string",
  description: "Commit author / tagger email. Default is git config user.email, else the github-actions[bot] noreply address."
};
var scope = {
  "tag-prefix": tagPrefix,
  "version-file": versionFile,
  "version-pattern": versionPattern,
  "pre-1-0": pre1,
  "release-types": releaseTypes,
  "include-paths": includePaths,
  components,
  versioning
};
var writer = { token, "author-name": authorName, "author-email": authorEmail };
var local = (dryRunWhat) => ({ path, "dry-run": variant("dry-run", "says what this step skips", { description: dryRunWhat }), json });
var channel = stringDefault("beta", 'Prerelease identifier (letters, digits, "-"), e.g. beta, rc, nightly.', "ID");
var base = stringDefault(
  "next",
  'Version the prerelease leads to. "next" = what next-version computes from the commits since the last stable tag (next patch when nothing is releasable); "manifest" = the version in version-file; or an explicit X.Y.Z.',
  "next|manifest|X.Y.Z"
);
var number = stringDefault(
  "auto",
  '"auto" = 1 + the highest existing <base>-<channel>.N (local and remote tags; the first one is "first-number"), or an explicit integer 0 or more (e.g. the run number of the workflow; note Gitea run numbers are repository-wide and act always gives 1).',
  "auto|N"
);
var firstNumber = choiceOption(
  "1",
  ["1", "0"],
  'The N of the first prerelease of a version with number "auto": 1 (beta.1) or 0 (rc.0, as nuxt and angular-cli tag). Later ones continue from the highest existing N (rc.0 → rc.1).'
);
var releaseAs = stringOption(
  'Force the next version: X.Y.Z (a leading "v" is dropped), above the base, instead of what the commits give. Wins over "Release-As: X.Y.Z" commit footers, which force it too (the highest footer since the base). Unified versioning only. Empty: the commits (and footers) decide.',
  "X.Y.Z"
);
var channels = {
  type: "list",
  description: 'The prerelease channels allowed (comma or newline separated, e.g. alpha,beta,rc); any other channel is refused with this list. Empty: any prerelease identifier except "stable" and names one edit away from it (stabel, sable, stable1: refused with "did you mean").',
  cli: { metavar: "IDS" }
};
var prereleaseScheme = choiceOption(
  "channel",
  ["channel", "numeric"],
  '"channel": X.Y.Z-<channel>.N (e.g. 1.2.0-beta.3). "numeric": X.Y.Z-N (e.g. 1.2.0-3), what WiX/MSI accepts; all channels of a version share one counter (beta 1, 2, then rc 3), the channel only labels the tag. SemVer sorts 1.2.0-3 below 1.2.0 and below 1.2.0-beta.1.'
);
var config = stringOption(
  "Your own cliff.toml (path in the repository): git-cliff then parses the same commit range with its rules. Default: relforge renders exactly the commits that release.",
  "FILE"
);
var nextOutputs = {
  version: 'The next version (the current one when nothing releases). Independent versioning with several releasing components leaves it empty; read "components".',
  tag: 'The release tag for "version" (e.g. v1.4.0).',
  "previous-version": "The base version (from the highest reachable release tag, else the version-file, else 0.0.0).",
  "previous-tag": "The base release tag (empty when there is none).",
  bump: "major, minor, patch or none.",
  released: '"true" when bump is not none.',
  commits: "Number of commits considered (since the base).",
  "changed-components": "JSON list of the components whose paths changed since their base.",
  components: "JSON list, one object per component: name, previous, version, bump, tag.",
  files: `JSON list of the files written (relative to "path"), lock files included (e.g. ["Cargo.lock","Cargo.toml"]); pass it to release-commit's "files".`
};
var nextVersionSchema = defineSchema({
  name: "next-version",
  summary: "next version from Conventional Commits since the last strict release tag",
  description: "The next version from Conventional Commits since the highest strict release tag reachable from HEAD (prerelease tags are never a base), with the decision explained in the step summary. Optionally rewrites manifests (Cargo.toml + Cargo.lock, package.json + package-lock.json, pyproject.toml, any file with a regex).",
  options: {
    path,
    ...scope,
    "release-as": releaseAs,
    write: variant("write", "says how", { description: "Rewrite the manifests of changed components (or the version-file) and their lock files to the new version, all-or-nothing, preserving formatting." }),
    json
  },
  outputs: nextOutputs
});
function scopeOptions(v) {
  return {
    tagPrefix: prefixOption(v["tag-prefix"]),
    includePaths: v["include-paths"],
    components: v.components,
    versioning: v.versioning,
    releaseTypes: v["release-types"],
    ...v["pre-1-0"] ? { pre1: v["pre-1-0"] } : {}
  };
}
function nextVersionOptions(v) {
  return { cwd: v.path, ...scopeOptions(v), versionFile: v["version-file"], versionPattern: v["version-pattern"], write: v.write, releaseAs: v["release-as"] };
}
var prereleaseSchema = defineSchema({
  name: "prerelease",
  summary: "tag HEAD as the next <version>-<channel>.N prerelease (tag only, no commit)",
  description: 'Tag-only prerelease from the current commit: annotated tag v<base>-<channel>.<N> on HEAD, push only that tag. No commit, no changelog (with "write", manifests change in the work tree only, for the build). N = 1 + the highest existing N; re-runs on the same commit reuse the tag. Refused on a commit that already is a release, and when it would sort below an existing prerelease of the same version.',
  options: {
    channel,
    base,
    "version-file": versionFile,
    "version-pattern": versionPattern,
    "tag-prefix": tagPrefix,
    number,
    "first-number": firstNumber,
    "prerelease-scheme": prereleaseScheme,
    channels,
    "release-as": { ...releaseAs, description: `With base "next": force the version the prerelease leads to (X.Y.Z above the last release), as next-version's release-as does; "Release-As:" footers are honoured either way.` },
    force: variant("force", "what is overwritten: a tag", { description: "With an explicit number that already exists on another commit, move the tag to HEAD (force-push the tag)." }),
    push: variant("push", "what is pushed", { description: "Push the tag (only that tag) to the remote." }),
    remote,
    ...writer,
    "pre-1-0": pre1,
    "release-types": releaseTypes,
    "include-paths": includePaths,
    components,
    versioning,
    write: variant("write", "the prerelease version, never committed", { description: "Rewrite the version-file / changed components' manifests (and lock files) in the work tree to the prerelease version, so the build reports it (e.g. 0.4.0-beta.1). Never committed, never pushed." }),
    ...local("Compute the tag without creating or pushing it (and without writing files).")
  },
  outputs: {
    version: "The prerelease version, e.g. 0.4.0-beta.3.",
    tag: "The tag, e.g. v0.4.0-beta.3.",
    number: "N.",
    prerelease: 'Always "true".',
    reused: '"true" when HEAD already carried a tag for this base and channel (a re-run).',
    commit: "The tagged commit.",
    base: "The base version (X.Y.Z).",
    files: 'With "write": JSON list of the files rewritten to the prerelease version (relative to "path"); else [].'
  }
});
function prereleaseOptions(v) {
  const { tagPrefix: prefix, ...scope2 } = scopeOptions(v);
  return {
    cwd: v.path,
    channel: v.channel,
    base: v.base,
    versionFile: v["version-file"],
    versionPattern: v["version-pattern"],
    tagPrefix: prefix,
    number: v.number,
    firstNumber: v["first-number"],
    scheme: v["prerelease-scheme"],
    channels: v.channels,
    releaseAs: v["release-as"],
    force: v.force,
    push: v.push,
    remote: v.remote,
    token: v.token,
    dryRun: v["dry-run"],
    write: v.write,
    identity: { name: v["author-name"], email: v["author-email"] },
    nextVersion: scope2
  };
}
var changelogSchema = defineSchema({
  name: "changelog",
  summary: "this release's notes and CHANGELOG.md section (the commits that release, in git-cliff's format)",
  description: "Release notes and CHANGELOG.md from Conventional Commits in the git-cliff format (the bundled template rendered by relforge itself, byte-identical to git-cliff; your own cliff.toml by git-cliff, shipped for Linux x64, nothing downloaded at run time). Lists exactly the commits that count toward the release (the same classification as next-version), since the last strict release tag, so beta tags never split or duplicate entries.",
  options: {
    version: variant("version", "required here; a prerelease version changes the range", {
      required: true,
      description: `The version being released, without prefix (e.g. 0.4.0; a leading "v" is dropped). Usually next-version's "version" output. A prerelease version (0.4.0-beta.1) gives the changes since the last stable release, headed as a prerelease.`
    }),
    "tag-prefix": tagPrefix,
    "release-types": releaseTypes,
    "include-paths": includePaths,
    components,
    versioning,
    "pre-1-0": {
      ...pre1,
      description: "Accepted for workflows that pass next-version's 0.x rule along; the notes do not depend on it (breaking changes are listed either way)."
    },
    component: { type: "string", description: "With components: the component whose notes these are (its paths, and its tags under independent versioning).", cli: { metavar: "NAME" } },
    config,
    output: {
      type: "string",
      description: "File to prepend the new section to (e.g. CHANGELOG.md); created with a header when missing, a section for the same version is replaced. Not written for a prerelease version.",
      cli: { metavar: "FILE" }
    },
    "notes-file": {
      type: "string",
      description: `Also write this release's notes (the "notes" output) to this file, for a release body by file (publish-release "body-file"): notes of thousands of commits do not fit into an environment variable or argument. It must be inside the workspace or RUNNER_TEMP, not reached through a symbolic link out of them.`,
      cli: { metavar: "FILE" }
    },
    "remote-url": { type: "string", description: 'Repository web URL for commit links. Default is the server URL + repository of the run, else the "origin" remote.', cli: { metavar: "URL" } },
    "git-cliff-path": {
      type: "string",
      env: ["RELFORGE_GIT_CLIFF"],
      description: "Path of a git-cliff binary to use instead of the bundled one (needed on runners other than Linux x64 unless git-cliff is on PATH).",
      cli: { metavar: "FILE" }
    },
    ...local('Compute the notes but do not write "output".')
  },
  outputs: {
    notes: "Markdown of this release only (no version heading); usable as a release body.",
    path: 'Absolute path of the changelog file written (empty without "output").',
    tag: "The release tag the section is for (e.g. v0.4.0).",
    version: "The version the section is for.",
    "previous-tag": "The base: the last strict release tag reachable from HEAD (empty when there is none).",
    "notes-file": 'Absolute path of the notes file written (empty without "notes-file").'
  }
});
function changelogOptions(v, remoteUrl) {
  return {
    cwd: v.path,
    version: v.version.replace(/^v(?=\d)/, ""),
    ...scopeOptions(v),
    component: v.component,
    config: v.config,
    output: v.output,
    remoteUrl: v["remote-url"] ?? remoteUrl,
    gitCliffPath: v["git-cliff-path"],
    dryRun: v["dry-run"]
  };
}
var releaseCommitSchema = defineSchema({
  name: "release-commit",
  summary: "commit the release files, tag and push atomically (stable releases)",
  description: 'Stable releases: commit the release files (manifests, lock files, CHANGELOG.md) as "chore(release): v<version>", create an annotated tag, and push branch and tag (and, with "major-tag", the moved v<major>) in one atomic push that is refused if the branch moved since checkout.',
  options: {
    version: variant("version", "required here", { required: true }),
    files: variant("files", "required; relative to the repository; takes next-version's JSON list", {
      required: true,
      description: `Files to commit, one path or glob per line (relative to the repository), or a JSON list such as next-version's "files" output (Cargo.lock included). The work tree may not have other changes.`,
      cli: { metavar: "FILE", aliases: ["file"] }
    }),
    message: { type: "string", default: "chore(release): {tag}", description: "Commit (and tag) message; {version} and {tag} are replaced.", cli: { metavar: "TEXT" } },
    "tag-prefix": tagPrefix,
    "major-tag": flag('Also move "<prefix><major>" (e.g. v1) to the release commit, in the same atomic push (force-with-lease). Never moved backwards: skipped when a higher release of that major exists.'),
    remote: variant("remote", "release-commit reads no tags from it", { description: "Git remote to push to." }),
    ...writer,
    push: variant("push", "what is pushed", { description: "Push branch and tag (atomically). With false, commit and tag locally only." }),
    ...local("Check everything (branch, clean tree, credentials, remote state) without committing or pushing.")
  },
  outputs: {
    commit: "The release commit (empty on a dry run).",
    tag: "The release tag, e.g. v0.4.0.",
    version: "The version.",
    branch: "The branch pushed.",
    pushed: '"true" when this run pushed.',
    reused: '"true" when an earlier run had already pushed this exact release (re-run).',
    "major-tag": "The major tag moved with the release (e.g. v1); empty when none was moved."
  }
});
function expandJsonLists(items) {
  const out = [];
  for (const item of items) {
    if (!item.startsWith("[")) {
      out.push(item);
      continue;
    }
    let parsed;
    try {
      parsed = JSON.parse(item);
    } catch {
      out.push(item);
      continue;
    }
    if (Array.isArray(parsed) && parsed.every((x) => typeof x === "string")) out.push(...parsed);
    else out.push(item);
  }
  return out;
}
function releaseCommitOptions(v) {
  return {
    cwd: v.path,
    version: v.version,
    files: expandJsonLists(v.files),
    message: v.message,
    tagPrefix: prefixOption(v["tag-prefix"]),
    majorTag: v["major-tag"],
    remote: v.remote,
    token: v.token,
    identity: { name: v["author-name"], email: v["author-email"] },
    push: v.push,
    dryRun: v["dry-run"]
  };
}
var planSchema = defineSchema({
  name: "plan",
  summary: "what a release dispatch would do (version, tag, files, notes and why), without writing anything",
  options: {
    channel: { ...channel, default: "stable", description: '"stable", or a prerelease channel (beta, rc…) for the tag a prerelease would create.' },
    path,
    ...scope,
    "release-as": releaseAs,
    base,
    number,
    "first-number": firstNumber,
    "prerelease-scheme": prereleaseScheme,
    channels,
    remote,
    config,
    "changelog-file": { type: "string", default: "CHANGELOG.md", description: "The changelog file a stable release prepends to (named in the steps).", cli: { metavar: "FILE" } },
    json
  }
});
function planOptions(v) {
  return {
    cwd: v.path,
    channel: v.channel,
    ...scopeOptions(v),
    versionFile: v["version-file"],
    versionPattern: v["version-pattern"],
    base: v.base,
    number: v.number,
    firstNumber: v["first-number"],
    scheme: v["prerelease-scheme"],
    channels: v.channels,
    releaseAs: v["release-as"],
    remote: v.remote,
    config: v.config,
    changelogFile: v["changelog-file"]
  };
}

export {
  VersionFileError,
  compileVersionPattern,
  formatFor,
  knownFileNames,
  knownFormatsText,
  updaterFor,
  nextVersionSchema,
  nextVersionOptions,
  prereleaseSchema,
  prereleaseOptions,
  changelogSchema,
  changelogOptions,
  releaseCommitSchema,
  releaseCommitOptions,
  planSchema,
  planOptions
};
