import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  FormatError
} from "./chunk-ZSVB6QKT.js";

// src/packages/core/platform.ts
var OSES = ["linux", "darwin", "windows", "freebsd"];
var ARCHES = ["x86_64", "aarch64", "i686", "armv7", "riscv64"];
var BUNDLES = ["appimage", "deb", "rpm", "app", "dmg", "msi", "nsis"];
var OS_ALIASES = {
  linux: "linux",
  darwin: "darwin",
  macos: "darwin",
  mac: "darwin",
  osx: "darwin",
  apple: "darwin",
  windows: "windows",
  win: "windows",
  win32: "windows",
  win64: "windows",
  mingw: "windows",
  freebsd: "freebsd"
};
var ARCH_ALIASES = {
  x86_64: "x86_64",
  "x86-64": "x86_64",
  amd64: "x86_64",
  x64: "x86_64",
  aarch64: "aarch64",
  arm64: "aarch64",
  armv8: "aarch64",
  i686: "i686",
  i586: "i686",
  i386: "i686",
  "386": "i686",
  x86: "i686",
  ia32: "i686",
  armv7: "armv7",
  armv7l: "armv7",
  armhf: "armv7",
  riscv64: "riscv64"
};
var BUNDLE_SUFFIXES = [
  [".appimage.tar.gz", "appimage", "linux"],
  [".app.tar.gz", "app", "darwin"],
  [".msi.zip", "msi", "windows"],
  ["-setup.exe", "nsis", "windows"],
  [".nsis.zip", "nsis", "windows"],
  [".appimage", "appimage", "linux"],
  [".deb", "deb", "linux"],
  [".rpm", "rpm", "linux"],
  [".dmg", "dmg", "darwin"],
  [".msi", "msi", "windows"]
];
var OS_SUFFIXES = [[".exe", "windows"]];
var PlatformError = class extends FormatError {
};
function formatPlatform(p) {
  return p.bundle ? `${p.os}-${p.arch}-${p.bundle}` : `${p.os}-${p.arch}`;
}
var isOs = (v) => OSES.includes(v);
var isArch = (v) => ARCHES.includes(v);
var isBundle = (v) => BUNDLES.includes(v);
function parsePlatformKey(key) {
  const m = /^([a-z0-9]+)-(x86_64|[a-z0-9]+)(?:-([a-z0-9]+))?$/.exec(key);
  if (m && isOs(m[1]) && isArch(m[2]) && (m[3] === void 0 || isBundle(m[3]))) {
    return m[3] ? { os: m[1], arch: m[2], bundle: m[3] } : { os: m[1], arch: m[2] };
  }
  throw new PlatformError(
    `"${key}" is not a platform key: use <os>-<arch>[-<bundle>] with os one of ${OSES.join(", ")}; arch one of ${ARCHES.join(", ")}; bundle one of ${BUNDLES.join(", ")} (e.g. linux-x86_64, windows-x86_64-msi).`
  );
}
function isPlatformKey(key) {
  try {
    parsePlatformKey(key);
    return true;
  } catch {
    return false;
  }
}
function normalizePlatformKey(raw) {
  const key = raw.trim().toLowerCase();
  const protectedKey = key.replace(/x86[-_]64/g, "x86_64");
  const parts = protectedKey.split("-");
  if (parts.length === 2 || parts.length === 3) {
    const os = OS_ALIASES[parts[0]];
    const arch = ARCH_ALIASES[parts[1]];
    const bundle = parts[2];
    if (os && arch && (bundle === void 0 || isBundle(bundle))) return formatPlatform(bundle ? { os, arch, bundle } : { os, arch });
  }
  return formatPlatform(parsePlatformKey(raw.trim()));
}
function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function findTokens(name, table) {
  const aliases = Object.keys(table).sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<=^|[-_. +])(${aliases.map(escapeRe).join("|")})(?=$|[-_. +])`, "g");
  const out = [];
  for (const m of name.matchAll(re)) {
    const alias = m[1];
    if (/^\d+$/.test(alias)) {
      const before = name[m.index - 1];
      const after = name[m.index + alias.length];
      if (before === "." || after === ".") continue;
    }
    out.push({ alias, value: table[alias] });
  }
  return out;
}
function inferPlatform(fileName) {
  const lower = fileName.toLowerCase();
  let bundle;
  let impliedOs;
  let stem = lower;
  for (const [suffix, b, os2] of BUNDLE_SUFFIXES) {
    if (lower.endsWith(suffix)) {
      bundle = b;
      impliedOs = os2;
      stem = lower.slice(0, -suffix.length);
      break;
    }
  }
  if (!impliedOs) {
    for (const [suffix, os2] of OS_SUFFIXES) {
      if (lower.endsWith(suffix)) {
        impliedOs = os2;
        stem = lower.slice(0, -suffix.length);
      }
    }
  }
  const fix = `name the platform explicitly with a "platform: file" map in the packages input (e.g. "linux-x86_64: ${fileName}")`;
  const osTokens = [...new Set(findTokens(stem, OS_ALIASES).map((t) => t.value))];
  const archTokens = [...new Set(findTokens(stem, ARCH_ALIASES).map((t) => t.value))];
  if (osTokens.length > 1) throw new PlatformError(`Cannot tell the platform of "${fileName}": it names several operating systems (${osTokens.join(", ")}); ${fix}.`);
  if (archTokens.length > 1) throw new PlatformError(`Cannot tell the platform of "${fileName}": it names several architectures (${archTokens.join(", ")}); ${fix}.`);
  const os = osTokens[0] ?? impliedOs;
  if (osTokens[0] && impliedOs && osTokens[0] !== impliedOs) {
    throw new PlatformError(`Cannot tell the platform of "${fileName}": the name says ${osTokens[0]} but the file type is a ${impliedOs} format; ${fix}.`);
  }
  const arch = archTokens[0];
  if (!os || !arch) {
    const missing = [!os ? "operating system (linux, darwin/macos, windows…)" : "", !arch ? "architecture (amd64/x86_64, arm64/aarch64…)" : ""].filter(Boolean).join(" and ");
    throw new PlatformError(`Cannot tell the platform of "${fileName}": no ${missing} in the name; ${fix}.`);
  }
  return bundle ? { os, arch, bundle } : { os, arch };
}
var TAURI_OSES = ["linux", "darwin", "windows"];
var TAURI_ARCHES = ["x86_64", "aarch64", "i686", "armv7"];
var TAURI_BUNDLES = ["appimage", "deb", "rpm", "app", "msi", "nsis"];
function isTauriPlatform(key) {
  const p = parsePlatformKey(key);
  return TAURI_OSES.includes(p.os) && TAURI_ARCHES.includes(p.arch) && (p.bundle === void 0 || TAURI_BUNDLES.includes(p.bundle));
}

export {
  OS_ALIASES,
  ARCH_ALIASES,
  formatPlatform,
  parsePlatformKey,
  isPlatformKey,
  normalizePlatformKey,
  inferPlatform,
  isTauriPlatform
};
