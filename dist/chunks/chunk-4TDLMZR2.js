import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  normalizeVersion
} from "./chunk-PUJDSSOW.js";
import {
  ARCH_ALIASES,
  OS_ALIASES,
  formatPlatform
} from "./chunk-EMFWNUUK.js";
import {
  releaseTime
} from "./chunk-PYADJEUB.js";
import {
  READ_CHUNK,
  expandFiles,
  sha256File
} from "./chunk-Y7UKLQWK.js";
import {
  minimatch
} from "./chunk-NXKPZHBO.js";
import {
  parseTimestamp,
  variant
} from "./chunk-BLP2XCSJ.js";
import {
  defineSchema,
  flag
} from "./chunk-E2MW5JXR.js";
import {
  Problems,
  RelforgeError,
  fieldError
} from "./chunk-ZSVB6QKT.js";

// src/archives/archive.ts
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { basename, isAbsolute, join, relative, resolve } from "node:path";

// src/archives/core/names.ts
var TEMPLATE_PLACEHOLDERS = ["name", "version", "os", "arch", "platform", "goos", "goarch", "target", "exe"];
function templateValues(p, name, version) {
  return { name, version, os: p.os, arch: p.arch, platform: p.platform, goos: p.goos, goarch: p.goarch, target: p.target, exe: p.exe };
}
function unknownPlaceholders(template) {
  return [...template.matchAll(/\{([A-Za-z_][A-Za-z0-9_-]*)\}/g)].map((m) => m[1]).filter((w) => !TEMPLATE_PLACEHOLDERS.includes(w));
}
function renderTemplate(template, values) {
  return template.replace(/\{([A-Za-z_][A-Za-z0-9_-]*)\}/g, (all, w) => Object.hasOwn(values, w) ? values[w] : all);
}
function archiveNameProblem(name) {
  if (name === "" || name === "." || name === "..") return "is empty or a dot name";
  if (/[/\\]/.test(name)) return "contains a path separator";
  if (/[\x00-\x1f\x7f]/.test(name)) return "contains a control character";
  if (Buffer.byteLength(name) > 240) return "is longer than 240 bytes";
  return void 0;
}
function entryNameProblem(name) {
  if (name === "") return "is empty";
  if (/[\x00-\x1f\x7f]/.test(name)) return "contains a control character";
  if (name.includes("\\")) return "contains a backslash";
  if (name.startsWith("/")) return "is absolute";
  for (const seg of name.split("/")) {
    if (seg === "" || seg === "." || seg === "..") return `has an empty, "." or ".." component`;
  }
  return void 0;
}
function hasGlob(pattern) {
  return /[*?[\]{}]/.test(pattern.replace(/^!/, ""));
}
function patternBase(pattern) {
  const segs = pattern.split("/");
  const i = segs.findIndex((s) => hasGlob(s));
  return segs.slice(0, i < 0 ? segs.length - 1 : i).join("/");
}
var byBytes = (a, b) => Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
function orderEntries(files, prefix = "") {
  const dirs = /* @__PURE__ */ new Set();
  const out = [];
  for (const f of files) {
    const name = prefix + f.name;
    const segs = name.split("/");
    for (let i = 1; i < segs.length; i++) dirs.add(`${segs.slice(0, i).join("/")}/`);
    out.push({ name, type: "file", source: f.source, mode: f.mode });
  }
  for (const d of dirs) out.push({ name: d, type: "directory", mode: 493 });
  return out.sort((a, b) => byBytes(a.name, b.name));
}

// src/archives/write.ts
import { createWriteStream } from "node:fs";
import { open } from "node:fs/promises";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import * as zlib from "node:zlib";

// src/archives/core/gzip.ts
function gzipHeader(level) {
  const xfl = level === 9 ? 2 : level === 1 ? 4 : 0;
  return Buffer.from([31, 139, 8, 0, 0, 0, 0, 0, xfl, 255]);
}
function gzipTrailer(crc, size) {
  const b = Buffer.alloc(8);
  b.writeUInt32LE(crc >>> 0, 0);
  b.writeUInt32LE(size % 4294967296, 4);
  return b;
}
var table;
function crc32(data, crc = 0) {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c2 = n;
      for (let k = 0; k < 8; k++) c2 = c2 & 1 ? 3988292384 ^ c2 >>> 1 : c2 >>> 1;
      table[n] = c2 >>> 0;
    }
  }
  let c = (crc ^ 4294967295) >>> 0;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 255] ^ c >>> 8;
  return (c ^ 4294967295) >>> 0;
}

// src/archives/core/tar.ts
var BLOCK = 512;
var TAR_END = Buffer.alloc(BLOCK * 2);
var MAX_OCTAL_11 = 8589934591;
function tarHeader(e) {
  const nameBytes = Buffer.from(e.name, "utf8");
  const ascii = /^[\x20-\x7e]*$/.test(e.name);
  const records = [];
  if (nameBytes.length > 100 || !ascii) records.push(["path", e.name]);
  if (e.size > MAX_OCTAL_11) records.push(["size", String(e.size)]);
  const main = ustarBlock({
    name: records.length && records[0][0] === "path" ? paxSafeName(e.name) : e.name,
    mode: e.mode,
    size: e.size > MAX_OCTAL_11 ? 0 : e.size,
    mtime: e.mtime,
    typeflag: e.type === "directory" ? "5" : "0"
  });
  if (!records.length) return main;
  const body = Buffer.from(records.map(([k, v]) => paxRecord(k, v)).join(""), "utf8");
  const pax = ustarBlock({ name: paxHeaderName(e.name), mode: 420, size: body.length, mtime: e.mtime, typeflag: "x" });
  return Buffer.concat([pax, body, Buffer.alloc(tarPadding(body.length)), main]);
}
function tarPadding(size) {
  const r = size % BLOCK;
  return r === 0 ? 0 : BLOCK - r;
}
function paxRecord(key, value) {
  const rest = ` ${key}=${value}
`;
  const restLen = Buffer.byteLength(rest, "utf8");
  let len = restLen + 1;
  while (String(len).length + restLen !== len) len = String(len).length + restLen;
  return `${len}${rest}`;
}
function paxHeaderName(name) {
  return `PaxHeaders/${paxSafeName(name.replace(/\/$/, "").split("/").pop() ?? "")}`.slice(0, 100);
}
function paxSafeName(name) {
  const dir = name.endsWith("/");
  const flat = name.replace(/[^\x20-\x7e]/g, "_");
  if (flat.length <= 100) return flat;
  return `${flat.slice(0, dir ? 99 : 100)}${dir ? "/" : ""}`;
}
function ustarBlock(h) {
  const b = Buffer.alloc(BLOCK);
  b.write(h.name, 0, 100, "utf8");
  octal(b, 100, 8, h.mode & 4095);
  octal(b, 108, 8, 0);
  octal(b, 116, 8, 0);
  octal(b, 124, 12, h.size);
  octal(b, 136, 12, h.mtime);
  b.fill(32, 148, 156);
  b.write(h.typeflag, 156, 1, "ascii");
  b.write("ustar\x0000", 257, 8, "ascii");
  octal(b, 329, 8, 0);
  octal(b, 337, 8, 0);
  let sum = 0;
  for (const byte of b) sum += byte;
  b.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, 8, "ascii");
  return b;
}
function octal(b, offset, len, value) {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`tar header value ${value} is not a whole number ≥ 0`);
  const text = value.toString(8).padStart(len - 1, "0");
  if (text.length > len - 1) throw new RangeError(`tar header value ${value} does not fit ${len - 1} octal digits`);
  b.write(`${text}\0`, offset, len, "ascii");
}

// src/archives/core/zip.ts
var VERSION_NEEDED = 20;
var MADE_BY = 3 << 8 | 20;
var LIMIT = 4294967295;
var flags = (name) => /^[\x20-\x7e]*$/.test(name) ? 0 : 1 << 11;
var method = (e) => e.type === "directory" ? 0 : 8;
function dosDateTime(unixSeconds) {
  const d = new Date(unixSeconds * 1e3);
  let year = d.getUTCFullYear();
  if (year < 1980) return { date: 0 << 9 | 1 << 5 | 1, time: 0 };
  if (year > 2107) year = 2107;
  const date = year - 1980 << 9 | d.getUTCMonth() + 1 << 5 | d.getUTCDate();
  const time = d.getUTCHours() << 11 | d.getUTCMinutes() << 5 | d.getUTCSeconds() >> 1;
  return { date, time };
}
function localHeader(e) {
  const name = Buffer.from(e.name, "utf8");
  const b = Buffer.alloc(30 + name.length);
  const { date, time } = dosDateTime(e.mtime);
  b.writeUInt32LE(67324752, 0);
  b.writeUInt16LE(VERSION_NEEDED, 4);
  b.writeUInt16LE(flags(e.name), 6);
  b.writeUInt16LE(method(e), 8);
  b.writeUInt16LE(time, 10);
  b.writeUInt16LE(date, 12);
  writeSizes(b, 14, e);
  b.writeUInt16LE(name.length, 26);
  b.writeUInt16LE(0, 28);
  name.copy(b, 30);
  return b;
}
function localSizes(e) {
  const b = Buffer.alloc(12);
  writeSizes(b, 0, e);
  return b;
}
var LOCAL_SIZES_OFFSET = 14;
function writeSizes(b, at, e) {
  b.writeUInt32LE(e.crc >>> 0, at);
  b.writeUInt32LE(e.compressedSize, at + 4);
  b.writeUInt32LE(e.size, at + 8);
}
function centralHeader(e) {
  const name = Buffer.from(e.name, "utf8");
  const b = Buffer.alloc(46 + name.length);
  const { date, time } = dosDateTime(e.mtime);
  b.writeUInt32LE(33639248, 0);
  b.writeUInt16LE(MADE_BY, 4);
  b.writeUInt16LE(VERSION_NEEDED, 6);
  b.writeUInt16LE(flags(e.name), 8);
  b.writeUInt16LE(method(e), 10);
  b.writeUInt16LE(time, 12);
  b.writeUInt16LE(date, 14);
  writeSizes(b, 16, e);
  b.writeUInt16LE(name.length, 28);
  b.writeUInt16LE(0, 30);
  b.writeUInt16LE(0, 32);
  b.writeUInt16LE(0, 34);
  b.writeUInt16LE(0, 36);
  const unixMode = (e.type === "directory" ? 16384 : 32768) | e.mode & 4095;
  b.writeUInt32LE(unixMode * 65536 + (e.type === "directory" ? 16 : 0), 38);
  b.writeUInt32LE(e.offset, 42);
  name.copy(b, 46);
  return b;
}
function endOfCentralDirectory(count, size, offset) {
  const b = Buffer.alloc(22);
  b.writeUInt32LE(101010256, 0);
  b.writeUInt16LE(0, 4);
  b.writeUInt16LE(0, 6);
  b.writeUInt16LE(count, 8);
  b.writeUInt16LE(count, 10);
  b.writeUInt32LE(size, 12);
  b.writeUInt32LE(offset, 16);
  b.writeUInt16LE(0, 20);
  return b;
}
function zipProblem(what) {
  if ((what.entries ?? 0) > 65535) return `more than 65535 entries`;
  if ((what.size ?? 0) >= LIMIT) return `a file of 4 GiB or more`;
  if ((what.offset ?? 0) >= LIMIT) return `4 GiB or more in total`;
  return void 0;
}

// src/archives/write.ts
var crc323 = typeof zlib.crc32 === "function" ? zlib.crc32 : crc32;
var deflate = (level) => zlib.createDeflateRaw({ level, memLevel: 8, windowBits: 15, strategy: zlib.constants.Z_DEFAULT_STRATEGY });
function changed(path) {
  return new RelforgeError(`${path} changed while it was being archived: let the build finish writing it, then run the archive step again.`);
}
async function* fileChunks(path, size) {
  const fh = await open(path, "r");
  try {
    const before = await fh.stat();
    if (!before.isFile() || before.size !== size) throw changed(path);
    let left = size;
    while (left > 0) {
      const buf = Buffer.allocUnsafe(Math.min(READ_CHUNK, left));
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) throw changed(path);
      left -= bytesRead;
      yield bytesRead === buf.length ? buf : buf.subarray(0, bytesRead);
    }
    const after = await fh.stat();
    if (after.size !== before.size || after.mtimeMs !== before.mtimeMs) throw changed(path);
  } finally {
    await fh.close();
  }
}
async function writeTarGz(entries, dest, o) {
  let crc = 0;
  let total = 0;
  async function* tar() {
    for (const e of entries) {
      yield tarHeader({ name: e.name, type: e.type, mode: e.mode, size: e.type === "file" ? e.size : 0, mtime: o.mtime });
      if (e.type !== "file") continue;
      yield* fileChunks(e.source, e.size);
      const pad = tarPadding(e.size);
      if (pad) yield Buffer.alloc(pad);
    }
    yield TAR_END;
  }
  async function* tap(src) {
    for await (const c of src) {
      crc = crc323(c, crc);
      total += c.length;
      yield c;
    }
  }
  async function* member(src) {
    yield gzipHeader(o.level);
    for await (const c of src) yield c;
    yield gzipTrailer(crc, total);
  }
  await pipeline(tar, tap, deflate(o.level), member, createWriteStream(dest, { flags: "wx" }));
}
async function writeZip(entries, dest, o) {
  const tooBig = (why) => new RelforgeError(`${dest} would need Zip64 (${why}), which relforge does not write: use format tar.gz for this platform.`);
  const count = zipProblem({ entries: entries.length });
  if (count) throw tooBig(count);
  const fh = await open(dest, "wx");
  let pos = 0;
  const writeAt = async (buf, at) => {
    let off = 0;
    while (off < buf.length) off += (await fh.write(buf, off, buf.length - off, at + off)).bytesWritten;
  };
  const append = async (buf) => {
    await writeAt(buf, pos);
    pos += buf.length;
  };
  try {
    const central = [];
    for (const e of entries) {
      const z = { name: e.name, type: e.type, mode: e.mode, mtime: o.mtime, crc: 0, compressedSize: 0, size: 0, offset: pos };
      const big = zipProblem({ offset: pos, size: e.type === "file" ? e.size : 0 });
      if (big) throw tooBig(big);
      await append(localHeader(z));
      if (e.type === "file") {
        let crc = 0;
        let size = 0;
        const start = pos;
        await pipeline(
          fileChunks(e.source, e.size),
          async function* (src) {
            for await (const c of src) {
              crc = crc323(c, crc);
              size += c.length;
              yield c;
            }
          },
          deflate(o.level),
          new Writable({
            write(chunk, _enc, cb) {
              append(chunk).then(() => cb(), cb);
            }
          })
        );
        Object.assign(z, { crc, size, compressedSize: pos - start });
        const after = zipProblem({ size: z.compressedSize, offset: pos });
        if (after) throw tooBig(after);
        await writeAt(localSizes(z), z.offset + LOCAL_SIZES_OFFSET);
      }
      central.push(centralHeader(z));
    }
    const cdOffset = pos;
    for (const c of central) await append(c);
    const end = zipProblem({ offset: pos });
    if (end) throw tooBig(end);
    await append(endOfCentralDirectory(central.length, pos - cdOffset, cdOffset));
  } finally {
    await fh.close();
  }
}

// src/archives/archive.ts
var TEMP_SUFFIX = ".relforge-tmp";
async function createArchives(s) {
  const notes = [];
  const { timestamp, source } = await resolveTime(s);
  if (source === "clock") notes.push("no timestamp, SOURCE_DATE_EPOCH or git commit here: the entries take the current time, so a re-run writes different bytes.");
  const outDir = resolve(s.cwd, s.outputDir);
  const named = /* @__PURE__ */ new Map();
  const plans = [];
  for (const p of s.platforms) {
    const values = templateValues(p, s.name, s.version);
    const base = renderTemplate(s.nameTemplate, values);
    const format = s.format === "auto" ? p.os === "windows" ? "zip" : "tar.gz" : s.format;
    const fileName = `${base}.${format}`;
    const why = archiveNameProblem(fileName);
    if (why) throw fieldError("name-template", `gives the archive name "${fileName.replace(/[\x00-\x1f\x7f]/g, "?")}" for ${p.given}, which ${why}.`);
    const clash = named.get(fileName);
    if (clash) throw fieldError("name-template", `gives the same archive name "${fileName}" for ${clash} and ${p.given}: add {os} and {arch} (or {platform}, {target}).`);
    named.set(fileName, p.given);
    plans.push({ info: { file: "", name: fileName, platform: p.platform, format, entries: [] }, path: join(outDir, fileName), entries: [] });
  }
  const outputs = new Set(plans.flatMap((pl) => [pl.path, tempPath(pl.path)]));
  for (const [i, p] of s.platforms.entries()) {
    const plan = plans[i];
    const values = templateValues(p, s.name, s.version);
    const sources = /* @__PURE__ */ new Map();
    const files = [];
    for (const [field, patterns] of [["files", s.files], ["extra-files", s.extraFiles]]) {
      const rendered = patterns.map((t) => renderTemplate(t, values));
      const negations = rendered.filter((r) => r.startsWith("!"));
      for (const pattern of rendered.filter((r) => !r.startsWith("!"))) {
        const matches = await expandFiles([pattern, ...negations], {
          cwd: s.cwd,
          inputName: field,
          allowOutsideWorkspace: s.allowOutsideWorkspace,
          allowOption: "allow-outside-workspace",
          env: s.env
        });
        const baseDir = resolve(s.cwd, patternBase(pattern));
        for (const m of matches) {
          if (outputs.has(resolve(m)) || m.endsWith(TEMP_SUFFIX)) {
            s.log(`skipping ${m}: it is an archive this step writes`);
            continue;
          }
          const name = hasGlob(pattern) ? relative(baseDir, m).split("\\").join("/") : basename(m);
          const why = entryNameProblem(name);
          if (why) throw fieldError(field, `gives ${m} the archive path "${name.replace(/[\x00-\x1f\x7f]/g, "?")}", which ${why}: name files inside the pattern's folder.`);
          const earlier = sources.get(name);
          if (earlier !== void 0 && earlier !== resolve(m)) {
            throw fieldError(field, `puts two files at "${name}" in ${plan.info.name}: ${earlier} and ${m}. Rename one or use a glob that keeps their folders.`);
          }
          if (earlier !== void 0) continue;
          sources.set(name, resolve(m));
          const st = await stat(m);
          const exec = (st.mode & 73) !== 0 || s.executables.some((g) => minimatch(name, g, { dot: true }));
          files.push({ name, source: resolve(m), mode: exec ? 493 : 420, size: st.size });
        }
      }
    }
    if (!files.length) throw fieldError("files", `left no file to archive for ${p.given} (every match was an archive this step writes).`);
    const names = new Set(files.map((f) => f.name));
    for (const f of files) {
      const segs = f.name.split("/");
      for (let i2 = 1; i2 < segs.length; i2++) {
        const parent = segs.slice(0, i2).join("/");
        if (names.has(parent)) throw fieldError("files", `puts "${f.name}" in ${plan.info.name} below the file "${parent}": a path cannot be a file and a folder. Rename one of them.`);
      }
    }
    const prefix = s.wrap ? `${plan.info.name.slice(0, -(plan.info.format.length + 1))}/` : "";
    const sizes = new Map(files.map((f) => [prefix + f.name, f.size]));
    plan.entries = orderEntries(files, prefix).map((e) => ({ ...e, size: sizes.get(e.name) ?? 0 }));
    plan.info.file = display(s.cwd, plan.path);
    plan.info.entries = plan.entries.map((e) => ({ name: e.name, type: e.type, mode: e.mode.toString(8).padStart(4, "0"), size: e.size, ...e.source ? { source: display(s.cwd, e.source) } : {} }));
  }
  if (!s.dryRun) {
    await mkdir(outDir, { recursive: true });
    for (const plan of plans) {
      const tmp = tempPath(plan.path);
      await rm(tmp, { force: true });
      try {
        const write = plan.info.format === "zip" ? writeZip : writeTarGz;
        await write(plan.entries, tmp, { mtime: timestamp, level: s.level });
        await rename(tmp, plan.path);
      } catch (err) {
        await rm(tmp, { force: true });
        throw err;
      }
      plan.info.size = (await stat(plan.path)).size;
      plan.info.sha256 = await sha256File(plan.path);
      s.log(`wrote ${plan.info.file} (${plan.info.platform}, ${plan.entries.length} entries, ${plan.info.size} bytes, sha256 ${plan.info.sha256})`);
    }
  }
  return { archives: plans.map((p) => p.info), timestamp, timestampSource: source, dryRun: s.dryRun, notes };
}
function tempPath(path) {
  return join(resolve(path, ".."), `.${basename(path)}${TEMP_SUFFIX}`);
}
function display(cwd, path) {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split("\\").join("/") : path;
}
async function resolveTime(s) {
  if (s.timestamp !== void 0) return { timestamp: s.timestamp, source: "setting" };
  const t = await releaseTime({ env: s.env, cwd: s.cwd, rev: "HEAD" });
  if (t) return { timestamp: t.seconds, source: t.source };
  return { timestamp: Math.floor(Date.now() / 1e3), source: "clock" };
}
function renderArchiveSummary(r) {
  const lines = [`### relforge archive${r.dryRun ? " (dry run)" : ""}`, "", `Entry times: ${new Date(r.timestamp * 1e3).toISOString()} (${r.timestampSource}).`, ""];
  lines.push("| archive | platform | entries | size | sha256 |", "|---|---|---|---|---|");
  for (const a of r.archives) lines.push(`| \`${a.file}\` | ${a.platform} | ${a.entries.filter((e) => e.type === "file").length} files | ${a.size ?? "–"} | ${a.sha256 ? `\`${a.sha256}\`` : "–"} |`);
  for (const n of r.notes) lines.push("", `> ${n}`);
  return lines.join("\n");
}

// src/archives/options.ts
import { basename as basename2 } from "node:path";

// src/archives/core/platforms.ts
var GOARCH = { x86_64: "amd64", aarch64: "arm64", i686: "386", armv7: "arm", riscv64: "riscv64" };
var RUST_ARCH = { x86_64: "x86_64", aarch64: "aarch64", i686: "i686", i586: "i686", armv7: "armv7", riscv64gc: "riscv64", riscv64: "riscv64" };
var RUST_OS = [
  [/-linux(-|$)/, "linux"],
  [/-darwin$/, "darwin"],
  [/-windows(-|$)/, "windows"],
  [/-freebsd$/, "freebsd"]
];
function defaultTarget(os, arch) {
  const a = arch === "riscv64" ? "riscv64gc" : arch;
  if (os === "darwin") return `${a}-apple-darwin`;
  if (os === "windows") return `${a}-pc-windows-msvc`;
  if (os === "freebsd") return `${a}-unknown-freebsd`;
  return arch === "armv7" ? "armv7-unknown-linux-gnueabihf" : `${a}-unknown-linux-gnu`;
}
function make(given, os, arch, target) {
  return { given, platform: formatPlatform({ os, arch }), os, arch, goos: os, goarch: GOARCH[arch], target: target ?? defaultTarget(os, arch), exe: os === "windows" ? ".exe" : "" };
}
function parseArchivePlatform(raw) {
  const given = raw.trim();
  const lower = given.toLowerCase();
  const triple = /^([a-z0-9_]+)-([a-z0-9_]+)-([a-z0-9_-]+)$/.exec(lower);
  if (triple && RUST_ARCH[triple[1]]) {
    const os = RUST_OS.find(([re]) => re.test(lower))?.[1];
    if (os) return make(given, os, RUST_ARCH[triple[1]], given);
  }
  const parts = lower.replace(/x86[-_]64/g, "X").split(/[-/_]/).map((p) => p === "X" ? "x86_64" : p);
  if (parts.length === 2) {
    const os = OS_ALIASES[parts[0]];
    const arch = ARCH_ALIASES[parts[1]];
    if (os && arch) return make(given, os, arch);
  }
  throw new Error(
    `"${given.replace(/[\x00-\x1f\x7f]/g, "?")}" is not a platform: write <os>-<arch> (linux-x86_64, linux-amd64, darwin-arm64, windows-x64), GOOS/GOARCH (linux/amd64, windows/arm64) or a Rust target triple (x86_64-unknown-linux-gnu, aarch64-apple-darwin, x86_64-pc-windows-msvc)`
  );
}

// src/archives/options.ts
var PLACEHOLDERS = TEMPLATE_PLACEHOLDERS.map((p) => `{${p}}`).join(" ");
var archiveSchema = defineSchema({
  name: "archive",
  summary: "pack each platform's files into a reproducible .tar.gz (.zip for Windows) with LICENSE, README…",
  description: "Pack each platform's built files, with LICENSE, README and other extra files, into a byte-for-byte reproducible .tar.gz (.zip for Windows) named from a template such as {name}_{version}_{os}_{arch}: sorted entries, the release time on every entry, owner 0/0 without names, modes 0755/0644, fixed compression headers. Sources that leave the workspace through a symbolic link are refused.",
  options: {
    files: variant("files", "each platform's files: required, positional, with placeholders", {
      required: true,
      description: `Each platform's files, one path or glob per line (relative to the workspace), with placeholders ${PLACEHOLDERS} (e.g. "target/{target}/release/tally{exe}" or "dist/{goos}-{goarch}/**"). A plain path goes into the archive under its base name; a glob's matches keep their path below the glob's fixed folder. "!pattern" excludes. Each line must match at least one file.`,
      cli: { positional: true, metavar: "FILE|GLOB" }
    }),
    "extra-files": {
      type: "list",
      separator: "lines",
      description: "Files every archive also gets (LICENSE, README.md, CHANGELOG.md…), same rules and placeholders as files.",
      cli: { metavar: "FILE|GLOB" }
    },
    platforms: {
      type: "list",
      description: "The platforms to pack, one archive each: <os>-<arch> (linux-x86_64, linux-amd64, darwin-arm64), GOOS/GOARCH (windows/amd64) or a Rust target triple (x86_64-unknown-linux-musl). Default: RELFORGE_PLATFORM (set by the reusable workflow's build step).",
      cli: { flag: "platform", metavar: "PLATFORM" }
    },
    name: {
      type: "string",
      description: "The {name} of the templates (e.g. tally). Default: the repository name (GITHUB_REPOSITORY), else the name of the working folder.",
      cli: { metavar: "NAME" }
    },
    version: variant("version", "the {version} of the templates, from RELFORGE_VERSION by default", { description: "The {version} of the templates (SemVer; a leading v is dropped). Default: RELFORGE_VERSION." }),
    "name-template": {
      type: "string",
      default: "{name}_{version}_{os}_{arch}",
      description: `Archive file name without its extension, with placeholders ${PLACEHOLDERS}. {os}/{arch} are relforge's (linux, x86_64: the names upload-packages infers platforms from); {goos}/{goarch} Go's (linux, amd64); {target} the Rust triple.`,
      cli: { metavar: "TEMPLATE" }
    },
    format: {
      type: "string",
      default: "auto",
      choices: ["auto", "tar.gz", "zip"],
      description: '"auto": .zip for Windows platforms, .tar.gz for the others; or one format for all.'
    },
    "output-dir": variant("output-dir", "archives go to one folder, dist by default", { default: "dist", description: "Folder the archives are written to (created when missing)." }),
    "wrap-in-directory": flag("Put the files inside a top folder named like the archive (tally_1.2.0_linux_x86_64/…) instead of at the top level."),
    executables: {
      type: "list",
      separator: "lines",
      description: "Globs of paths in the archive (below the wrap-in-directory folder, e.g. tally or bin/*) that get mode 0755 even when the file on disk has no executable bit (artifacts downloaded between jobs lose it). Otherwise a file is 0755 when any executable bit is set on disk, else 0644.",
      cli: { metavar: "GLOB" }
    },
    timestamp: variant("timestamp", "what it stamps: every entry", {
      description: "The modification time of every entry: unix seconds or an RFC 3339 date (e.g. the release commit's time). Default: SOURCE_DATE_EPOCH, else the commit time of HEAD in the workspace, else the clock (then a re-run differs)."
    }),
    "compression-level": { type: "integer", default: 9, min: 1, max: 9, description: "Deflate level (gzip and zip), 1 (fastest) to 9 (smallest)." },
    "allow-outside-workspace": variant("allow-outside-workspace", "what is read: files to archive", { description: "Archive files whose real path is outside the workspace and RUNNER_TEMP (refused by default: a symbolic link could point anywhere)." }),
    "dry-run": variant("dry-run", "says what this step skips", { description: "Print the archives and their entries without writing anything." }),
    json: variant("json", "names what is printed", { description: "Print the result as JSON." })
  },
  outputs: {
    archives: "JSON array, one object per archive: file (path), name, platform, format, size, sha256, entries (count).",
    files: "The archive paths, one per line (for the files input of sign-ed25519 or publish-release)."
  }
});
function archiveOptions(v, cwd, env = process.env) {
  const problems = new Problems();
  const platformTexts = v.platforms.length ? v.platforms : (env.RELFORGE_PLATFORM ?? "").split(/[\s,]+/).filter(Boolean);
  if (!platformTexts.length) problems.add("platforms", "is required (or RELFORGE_PLATFORM): name the platform(s) to pack, e.g. linux-amd64.");
  const platforms = [];
  for (const t of platformTexts) {
    try {
      platforms.push(parseArchivePlatform(t));
    } catch (err) {
      problems.add("platforms", `${err.message}.`);
    }
  }
  const rawVersion = (v.version ?? env.RELFORGE_VERSION ?? "").trim();
  const version = rawVersion ? normalizeVersion(rawVersion) : void 0;
  if (!rawVersion) problems.add("version", "is required (or RELFORGE_VERSION): the release version, e.g. 1.2.0.");
  else if (!version) problems.add("version", `must be a SemVer version such as 1.2.0 or 1.3.0-beta.1, got "${rawVersion.slice(0, 60).replace(/[\x00-\x1f\x7f]/g, "?")}".`);
  const name = (v.name ?? (env.GITHUB_REPOSITORY ? env.GITHUB_REPOSITORY.split("/").pop() : basename2(cwd)) ?? "").trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/.test(name)) problems.add("name", `must be a plain name (letters, digits, . _ + -), got "${name.slice(0, 60).replace(/[\x00-\x1f\x7f]/g, "?")}".`);
  for (const [field, texts] of [["name-template", [v["name-template"]]], ["files", v.files], ["extra-files", v["extra-files"]]]) {
    const unknown = [...new Set(texts.flatMap((t) => unknownPlaceholders(t)))];
    if (unknown.length) problems.add(field, `has unknown placeholder(s) ${unknown.map((u) => `{${u}}`).join(", ")}; known: ${PLACEHOLDERS}.`);
  }
  let timestamp;
  if (v.timestamp !== void 0) {
    const t = parseTimestamp(v.timestamp);
    if (t === null) problems.add("timestamp", `must be unix seconds or an RFC 3339 date (2026-01-31T12:00:00Z), got "${v.timestamp.slice(0, 40)}".`);
    else timestamp = t;
  }
  problems.throwIfAny();
  return {
    cwd,
    env,
    files: v.files,
    extraFiles: v["extra-files"],
    platforms,
    name,
    version,
    nameTemplate: v["name-template"],
    format: v.format,
    outputDir: v["output-dir"],
    wrap: v["wrap-in-directory"],
    executables: v.executables,
    timestamp,
    level: v["compression-level"],
    allowOutsideWorkspace: v["allow-outside-workspace"],
    dryRun: v["dry-run"]
  };
}

export {
  createArchives,
  renderArchiveSummary,
  archiveSchema,
  archiveOptions
};
