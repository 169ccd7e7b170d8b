/**
 * The platforms an archive is made for, named the way build matrices name them: relforge's `<os>-<arch>`
 * (and its aliases, `linux-amd64`, `macos-arm64`…), Go's GOOS/GOARCH (`linux/amd64`, `windows_amd64`) or a
 * Rust target triple (`x86_64-unknown-linux-musl`, `aarch64-apple-darwin`). Each is turned into every spelling
 * the name templates offer. Pure.
 */
import { ARCH_ALIASES, OS_ALIASES, formatPlatform, type Arch, type Os } from '../../packages/core/platform.js';

export interface ArchivePlatform {
  /** As given (trimmed). */
  given: string;
  /** relforge's key, `<os>-<arch>` (linux-x86_64). */
  platform: string;
  os: Os;
  arch: Arch;
  goos: string;
  goarch: string;
  /** Rust target triple: the given one, else the usual one for os/arch (x86_64-unknown-linux-gnu). */
  target: string;
  /** '.exe' on Windows, else ''. */
  exe: string;
}

const GOARCH: Record<Arch, string> = { x86_64: 'amd64', aarch64: 'arm64', i686: '386', armv7: 'arm', riscv64: 'riscv64' };
const RUST_ARCH: Record<string, Arch> = { x86_64: 'x86_64', aarch64: 'aarch64', i686: 'i686', i586: 'i686', armv7: 'armv7', riscv64gc: 'riscv64', riscv64: 'riscv64' };
const RUST_OS: [RegExp, Os][] = [
  [/-linux(-|$)/, 'linux'],
  [/-darwin$/, 'darwin'],
  [/-windows(-|$)/, 'windows'],
  [/-freebsd$/, 'freebsd'],
];

function defaultTarget(os: Os, arch: Arch): string {
  const a = arch === 'riscv64' ? 'riscv64gc' : arch;
  if (os === 'darwin') return `${a}-apple-darwin`;
  if (os === 'windows') return `${a}-pc-windows-msvc`;
  if (os === 'freebsd') return `${a}-unknown-freebsd`;
  return arch === 'armv7' ? 'armv7-unknown-linux-gnueabihf' : `${a}-unknown-linux-gnu`;
}

function make(given: string, os: Os, arch: Arch, target?: string): ArchivePlatform {
  return { given, platform: formatPlatform({ os, arch }), os, arch, goos: os, goarch: GOARCH[arch], target: target ?? defaultTarget(os, arch), exe: os === 'windows' ? '.exe' : '' };
}

/** Parses one platform name; throws an Error whose text says which spellings are accepted. */
export function parseArchivePlatform(raw: string): ArchivePlatform {
  const given = raw.trim();
  const lower = given.toLowerCase();
  // A Rust target triple: <arch>-<vendor>-<os>[-<env>].
  const triple = /^([a-z0-9_]+)-([a-z0-9_]+)-([a-z0-9_-]+)$/.exec(lower);
  if (triple && RUST_ARCH[triple[1]!]) {
    const os = RUST_OS.find(([re]) => re.test(lower))?.[1];
    if (os) return make(given, os, RUST_ARCH[triple[1]!]!, given);
  }
  // <os>-<arch>, <os>/<arch> (GOOS/GOARCH) or <os>_<arch>.
  const parts = lower.replace(/x86[-_]64/g, 'X').split(/[-/_]/).map((p) => (p === 'X' ? 'x86_64' : p));
  if (parts.length === 2) {
    const os = OS_ALIASES[parts[0]!];
    const arch = ARCH_ALIASES[parts[1]!];
    if (os && arch) return make(given, os, arch);
  }
  throw new Error(
    `"${given.replace(/[\x00-\x1f\x7f]/g, '?')}" is not a platform: write <os>-<arch> (linux-x86_64, linux-amd64, darwin-arm64, windows-x64), ` +
      `GOOS/GOARCH (linux/amd64, windows/arm64) or a Rust target triple (x86_64-unknown-linux-gnu, aarch64-apple-darwin, x86_64-pc-windows-msvc)`,
  );
}
