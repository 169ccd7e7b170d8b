/**
 * Platform keys for signed packages: `<os>-<arch>[-<bundle>]`, the same keys Tauri's updater uses
 * (docs/reference/formats.md §3), e.g. `windows-x86_64`, `linux-aarch64`, `darwin-aarch64`, `linux-x86_64-deb`.
 *
 * Pure: canonical names, a documented alias table, and inference from file names such as
 * `agent-linux-amd64`, `agent_windows_x86_64.exe` or `agent-1.2.3-darwin-arm64.tar.gz`.
 * Inference never guesses: a name with no OS/arch token, or with two different ones, is an error
 * that tells the user to name the platform explicitly (a `platform: file` map).
 */

import { FormatError } from '../../platform/errors.js';

export const OSES = ['linux', 'darwin', 'windows', 'freebsd'] as const;
export const ARCHES = ['x86_64', 'aarch64', 'i686', 'armv7', 'riscv64'] as const;
export const BUNDLES = ['appimage', 'deb', 'rpm', 'app', 'dmg', 'msi', 'nsis'] as const;

export type Os = (typeof OSES)[number];
export type Arch = (typeof ARCHES)[number];
export type Bundle = (typeof BUNDLES)[number];

export interface Platform {
  os: Os;
  arch: Arch;
  bundle?: Bundle;
}

/**
 * Alias table (lower case). Left: the spellings found in file names and build matrices
 * (Go GOOS/GOARCH, Rust target triples, Node `process.platform/arch`, Debian/RPM arches);
 * right: the canonical value. Bare `arm` is deliberately absent: it may mean ARMv6 or ARMv7.
 */
export const OS_ALIASES: Readonly<Record<string, Os>> = {
  linux: 'linux',
  darwin: 'darwin',
  macos: 'darwin',
  mac: 'darwin',
  osx: 'darwin',
  apple: 'darwin',
  windows: 'windows',
  win: 'windows',
  win32: 'windows',
  win64: 'windows',
  mingw: 'windows',
  freebsd: 'freebsd',
};

export const ARCH_ALIASES: Readonly<Record<string, Arch>> = {
  x86_64: 'x86_64',
  'x86-64': 'x86_64',
  amd64: 'x86_64',
  x64: 'x86_64',
  aarch64: 'aarch64',
  arm64: 'aarch64',
  armv8: 'aarch64',
  i686: 'i686',
  i586: 'i686',
  i386: 'i686',
  '386': 'i686',
  x86: 'i686',
  ia32: 'i686',
  armv7: 'armv7',
  armv7l: 'armv7',
  armhf: 'armv7',
  riscv64: 'riscv64',
};

/** File-name endings that name an installer format (bundle) and the OS it implies. Longest first. */
export const BUNDLE_SUFFIXES: ReadonlyArray<readonly [suffix: string, bundle: Bundle, os: Os]> = [
  ['.appimage.tar.gz', 'appimage', 'linux'],
  ['.app.tar.gz', 'app', 'darwin'],
  ['.msi.zip', 'msi', 'windows'],
  ['-setup.exe', 'nsis', 'windows'],
  ['.nsis.zip', 'nsis', 'windows'],
  ['.appimage', 'appimage', 'linux'],
  ['.deb', 'deb', 'linux'],
  ['.rpm', 'rpm', 'linux'],
  ['.dmg', 'dmg', 'darwin'],
  ['.msi', 'msi', 'windows'],
];

/** Endings that imply an OS without naming a bundle. */
const OS_SUFFIXES: ReadonlyArray<readonly [string, Os]> = [['.exe', 'windows']];

/** A platform key or file name that does not say one platform (a FormatError: the text is not what it claims). */
export class PlatformError extends FormatError {}

export function formatPlatform(p: Platform): string {
  return p.bundle ? `${p.os}-${p.arch}-${p.bundle}` : `${p.os}-${p.arch}`;
}

const isOs = (v: string): v is Os => (OSES as readonly string[]).includes(v);
const isArch = (v: string): v is Arch => (ARCHES as readonly string[]).includes(v);
const isBundle = (v: string): v is Bundle => (BUNDLES as readonly string[]).includes(v);

/** Parses a canonical key (`linux-x86_64`, `windows-x86_64-msi`); throws on anything else. */
export function parsePlatformKey(key: string): Platform {
  const m = /^([a-z0-9]+)-(x86_64|[a-z0-9]+)(?:-([a-z0-9]+))?$/.exec(key);
  if (m && isOs(m[1]!) && isArch(m[2]!) && (m[3] === undefined || isBundle(m[3]))) {
    return m[3] ? { os: m[1], arch: m[2], bundle: m[3] as Bundle } : { os: m[1], arch: m[2] };
  }
  throw new PlatformError(
    `"${key}" is not a platform key: use <os>-<arch>[-<bundle>] with os one of ${OSES.join(', ')}; ` +
      `arch one of ${ARCHES.join(', ')}; bundle one of ${BUNDLES.join(', ')} (e.g. linux-x86_64, windows-x86_64-msi).`,
  );
}

export function isPlatformKey(key: string): boolean {
  try {
    parsePlatformKey(key);
    return true;
  } catch {
    return false;
  }
}

/**
 * Accepts a canonical key or an aliased one (`linux-amd64`, `macos-arm64`, `win-x64-msi`) and returns
 * the canonical key. Used for `platform: file` map keys and the `require-platforms` list.
 */
export function normalizePlatformKey(raw: string): string {
  const key = raw.trim().toLowerCase();
  // x86_64 / x86-64 contain the separator; protect them before splitting.
  const protectedKey = key.replace(/x86[-_]64/g, 'x86_64');
  const parts = protectedKey.split('-');
  if (parts.length === 2 || parts.length === 3) {
    const os = OS_ALIASES[parts[0]!];
    const arch = ARCH_ALIASES[parts[1]!];
    const bundle = parts[2];
    if (os && arch && (bundle === undefined || isBundle(bundle))) return formatPlatform(bundle ? { os, arch, bundle } : { os, arch });
  }
  return formatPlatform(parsePlatformKey(raw.trim()));
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Finds alias tokens in a (lower-case) name: longest alias first, separated by `-`, `_`, `.`, space or the ends. */
function findTokens<T extends string>(name: string, table: Readonly<Record<string, T>>): { alias: string; value: T }[] {
  const aliases = Object.keys(table).sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<=^|[-_. +])(${aliases.map(escapeRe).join('|')})(?=$|[-_. +])`, 'g');
  const out: { alias: string; value: T }[] = [];
  for (const m of name.matchAll(re)) {
    const alias = m[1]!;
    // A purely numeric alias (Go's "386") inside a dotted version number ("1.386.0") is not an arch.
    if (/^\d+$/.test(alias)) {
      const before = name[m.index - 1];
      const after = name[m.index + alias.length];
      if (before === '.' || after === '.') continue;
    }
    out.push({ alias, value: table[alias]! });
  }
  return out;
}

/**
 * Infers the platform of a package from its file name. Recognises the aliases above and the installer
 * endings in BUNDLE_SUFFIXES (which also imply the OS: `.deb` → linux, `.msi` → windows…).
 * Throws a PlatformError naming the file and the fix when the name is ambiguous or says nothing.
 */
export function inferPlatform(fileName: string): Platform {
  const lower = fileName.toLowerCase();
  let bundle: Bundle | undefined;
  let impliedOs: Os | undefined;
  let stem = lower;
  for (const [suffix, b, os] of BUNDLE_SUFFIXES) {
    if (lower.endsWith(suffix)) {
      bundle = b;
      impliedOs = os;
      stem = lower.slice(0, -suffix.length);
      break;
    }
  }
  if (!impliedOs) {
    for (const [suffix, os] of OS_SUFFIXES) {
      if (lower.endsWith(suffix)) {
        impliedOs = os;
        stem = lower.slice(0, -suffix.length);
      }
    }
  }
  const fix = `name the platform explicitly with a "platform: file" map in the packages input (e.g. "linux-x86_64: ${fileName}")`;
  const osTokens = [...new Set(findTokens(stem, OS_ALIASES).map((t) => t.value))];
  const archTokens = [...new Set(findTokens(stem, ARCH_ALIASES).map((t) => t.value))];
  if (osTokens.length > 1) throw new PlatformError(`Cannot tell the platform of "${fileName}": it names several operating systems (${osTokens.join(', ')}); ${fix}.`);
  if (archTokens.length > 1) throw new PlatformError(`Cannot tell the platform of "${fileName}": it names several architectures (${archTokens.join(', ')}); ${fix}.`);
  const os = osTokens[0] ?? impliedOs;
  if (osTokens[0] && impliedOs && osTokens[0] !== impliedOs) {
    throw new PlatformError(`Cannot tell the platform of "${fileName}": the name says ${osTokens[0]} but the file type is a ${impliedOs} format; ${fix}.`);
  }
  const arch = archTokens[0];
  if (!os || !arch) {
    const missing = [!os ? 'operating system (linux, darwin/macos, windows…)' : '', !arch ? 'architecture (amd64/x86_64, arm64/aarch64…)' : '']
      .filter(Boolean)
      .join(' and ');
    throw new PlatformError(`Cannot tell the platform of "${fileName}": no ${missing} in the name; ${fix}.`);
  }
  return bundle ? { os, arch, bundle } : { os, arch };
}

/** The Tauri fallback chain for a key: `linux-x86_64-deb` → [`linux-x86_64-deb`, `linux-x86_64`]. */
export function platformLookupOrder(key: string): string[] {
  const p = parsePlatformKey(key);
  return p.bundle ? [key, `${p.os}-${p.arch}`] : [key];
}

/** Tauri's updater accepts a narrower set (docs/reference/formats.md §3). */
export const TAURI_OSES: readonly Os[] = ['linux', 'darwin', 'windows'];
export const TAURI_ARCHES: readonly Arch[] = ['x86_64', 'aarch64', 'i686', 'armv7'];
export const TAURI_BUNDLES: readonly Bundle[] = ['appimage', 'deb', 'rpm', 'app', 'msi', 'nsis'];

export function isTauriPlatform(key: string): boolean {
  const p = parsePlatformKey(key);
  return TAURI_OSES.includes(p.os) && TAURI_ARCHES.includes(p.arch) && (p.bundle === undefined || TAURI_BUNDLES.includes(p.bundle));
}
