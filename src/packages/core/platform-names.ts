/**
 * What a build learns about its platform: the matrix name, written `<os>-<arch>` (linux-x86_64, linux-amd64,
 * darwin-arm64), GOOS/GOARCH (linux/amd64) or a Rust target triple (aarch64-apple-darwin), in every spelling a
 * build command needs. The parsing is src/archives/core/platforms.ts's (one table); the reusable workflow's build
 * step derives the same variables in bash, and test/workflows/platform-env.test.ts holds it to this. Pure.
 */
import { parseArchivePlatform } from '../../archives/core/platforms.js';

export interface PlatformEnv {
  RELFORGE_PLATFORM: string;
  RELFORGE_OS: string;
  RELFORGE_ARCH: string;
  RELFORGE_GOOS: string;
  RELFORGE_GOARCH: string;
  RELFORGE_TARGET: string;
  RELFORGE_EXE: string;
}

/** The build environment for a matrix platform; a name that is none of the spellings passes as written, the rest empty. */
export function platformEnv(given: string): PlatformEnv {
  let p;
  try {
    p = parseArchivePlatform(given);
  } catch {
    return { RELFORGE_PLATFORM: given, RELFORGE_OS: '', RELFORGE_ARCH: '', RELFORGE_GOOS: '', RELFORGE_GOARCH: '', RELFORGE_TARGET: '', RELFORGE_EXE: '' };
  }
  return { RELFORGE_PLATFORM: p.platform, RELFORGE_OS: p.os, RELFORGE_ARCH: p.arch, RELFORGE_GOOS: p.goos, RELFORGE_GOARCH: p.goarch, RELFORGE_TARGET: p.target, RELFORGE_EXE: p.exe };
}

/** An artifact or folder name for a platform: anything but [A-Za-z0-9._-] becomes "_". */
export function platformSlug(platform: string): string {
  return platform.replace(/[^A-Za-z0-9._-]/g, '_');
}
