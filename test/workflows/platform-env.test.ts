/**
 * The build step of .github/workflows/release.yml derives RELFORGE_PLATFORM/OS/ARCH/GOOS/GOARCH/TARGET/EXE in bash
 * (a job has no relforge before it builds). This runs that very script, cut from the workflow, with real bash for
 * every spelling src/packages/core/platform.ts knows (each OS alias × each arch alias × "-", "/", "_"), Rust target
 * triples and names that are none of them, and holds it to platformEnv() (parseArchivePlatform's table).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARCH_ALIASES, OS_ALIASES } from '../../src/packages/core/platform.js';
import { platformEnv, platformSlug } from '../../src/packages/core/platform-names.js';

const root = join(import.meta.dirname, '..', '..');
const workflow = readFileSync(join(root, '.github', 'workflows', 'release.yml'), 'utf8');
const KEYS = ['RELFORGE_PLATFORM', 'RELFORGE_OS', 'RELFORGE_ARCH', 'RELFORGE_GOOS', 'RELFORGE_GOARCH', 'RELFORGE_TARGET', 'RELFORGE_EXE'] as const;

function stepScript(): string {
  const m = /\n( +)# relforge-platform-env:begin\n([\s\S]*?)\n +# relforge-platform-env:end\n/.exec(workflow);
  if (!m) throw new Error('release.yml: the platform-env markers are missing');
  const pad = m[1]!.length;
  return m[2]!.split('\n').map((l) => l.slice(pad)).join('\n');
}

/** Runs the workflow's script once per name (one bash for all); each line: the seven values, tab separated. */
function bashEnv(names: string[]): string[][] {
  const script = [
    'while IFS= read -r RELFORGE_PLATFORM_GIVEN; do',
    stepScript(),
    '  printf "%s\\t%s\\t%s\\t%s\\t%s\\t%s\\t%s\\n" "$platform" "$os" "$arch" "$os" "$goarch" "$target" "$exe"',
    'done',
  ].join('\n');
  const r = spawnSync('bash', ['-euo', 'pipefail', '-c', script], { input: names.join('\n') + '\n', encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split('\n').slice(0, -1).map((l) => l.split('\t'));
}

const combos = Object.keys(OS_ALIASES).flatMap((os) => Object.keys(ARCH_ALIASES).flatMap((arch) => ['-', '/', '_'].map((sep) => `${os}${sep}${arch}`)));
const triples = [
  'x86_64-unknown-linux-gnu', 'x86_64-unknown-linux-musl', 'aarch64-unknown-linux-gnu', 'aarch64-apple-darwin', 'x86_64-apple-darwin',
  'x86_64-pc-windows-msvc', 'aarch64-pc-windows-msvc', 'i686-pc-windows-gnu', 'armv7-unknown-linux-gnueabihf', 'riscv64gc-unknown-linux-gnu',
  'x86_64-unknown-freebsd', 'i586-unknown-linux-gnu', 'X86_64-Unknown-Linux-Gnu',
];
const others = ['universal-apple-darwin', 'linux-x86_64-appimage', 'windows-x86_64-nsis', 'wasm32-unknown-unknown', 'linux', 'linux-arm', 'Linux-AMD64', 'macOS/ARM64', 'windows_x86_64', 'linux-x86-64', 'x86_64-linux'];

describe('the build step\'s platform variables (bash, from the workflow) = platformEnv (the TypeScript table)', () => {
  it('independent expectations for a few spellings', () => {
    expect(platformEnv('linux/amd64')).toMatchObject({ RELFORGE_PLATFORM: 'linux-x86_64', RELFORGE_GOOS: 'linux', RELFORGE_GOARCH: 'amd64', RELFORGE_TARGET: 'x86_64-unknown-linux-gnu', RELFORGE_EXE: '' });
    expect(platformEnv('aarch64-apple-darwin')).toMatchObject({ RELFORGE_PLATFORM: 'darwin-aarch64', RELFORGE_GOOS: 'darwin', RELFORGE_GOARCH: 'arm64', RELFORGE_TARGET: 'aarch64-apple-darwin' });
    expect(platformEnv('windows-x64')).toMatchObject({ RELFORGE_PLATFORM: 'windows-x86_64', RELFORGE_GOARCH: 'amd64', RELFORGE_TARGET: 'x86_64-pc-windows-msvc', RELFORGE_EXE: '.exe' });
    expect(platformEnv('universal-apple-darwin')).toMatchObject({ RELFORGE_PLATFORM: 'universal-apple-darwin', RELFORGE_OS: '' });
    expect(platformSlug('linux/amd64')).toBe('linux_amd64');
  });

  it(`every alias combination (${combos.length}), Rust triples and unknown names agree`, () => {
    const names = [...combos, ...triples, ...others];
    const got = bashEnv(names);
    expect(got).toHaveLength(names.length);
    const diffs = names.flatMap((n, i) => {
      const want = KEYS.map((k) => platformEnv(n)[k]);
      return JSON.stringify(want) === JSON.stringify(got[i]) ? [] : [`${n}: bash ${JSON.stringify(got[i])} ≠ ${JSON.stringify(want)}`];
    });
    expect(diffs).toEqual([]);
  });
});
