/**
 * Issue 19 ("init fits the project"): `relforge init` detects a Cargo workspace / crate, package.json, go.mod,
 * pyproject.toml or nothing and writes the matching version source and build command; it never overwrites a file
 * the user edited (or wrote) — --force rewrites only relforge's unchanged files, --refresh only the vendored copies;
 * and what it writes is actionlint-clean in the user's repository for every forge (real actionlint).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import initCommand from '../../src/cli/init.js';
import { runCommand } from '../../src/cli/args.js';
import { ownedText, ownership } from '../../src/act/core/init-project.js';

const ACTIONLINT = '/root/go/bin/actionlint';
let repo: string;
let out: string;
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'relforge-initp-'));
  execFileSync('git', ['init', '-q'], { cwd: repo });
  out = '';
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void (out += `${a.join(' ')}\n`));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(repo, { recursive: true, force: true });
});

const wf = () => join(repo, '.github', 'workflows');
const init = (forge: string, ...more: string[]) => runCommand(initCommand, ['--forge', forge, '--dir', wf(), ...more], {});
/** The `with:` of the release job of the written release.yml. */
function releaseWith(): Record<string, string> {
  const doc = parse(readFileSync(join(wf(), 'release.yml'), 'utf8')) as { jobs: Record<string, { with: Record<string, string> }> };
  return doc.jobs.release!.with;
}
const platforms = () => (JSON.parse(releaseWith()['build-matrix']!) as { include: Array<{ platform: string }> }).include.map((e) => e.platform);

describe('relforge init detects the project', () => {
  it('a Cargo crate: Cargo.toml, cargo build, its binary name', async () => {
    writeFileSync(join(repo, 'Cargo.toml'), '[package]\nname = "agent-x"\nversion = "0.1.0"\n');
    await init('github');
    expect(releaseWith()['version-file']).toBe('Cargo.toml');
    expect(releaseWith()['build-command']).toBe('cargo build --release --locked\ncp "target/release/agent-x" "$RELFORGE_OUT/agent-x-$RELFORGE_PLATFORM"\n');
    expect(out).toContain('project: cargo');
  });

  it('a Cargo workspace: the root Cargo.toml, cargo build --workspace', async () => {
    writeFileSync(join(repo, 'Cargo.toml'), '[workspace]\nmembers = ["crates/*"]\n\n[workspace.package]\nversion = "0.3.0"\n');
    await init('gitea');
    expect(releaseWith()['version-file']).toBe('Cargo.toml');
    expect(releaseWith()['build-command']).toMatch(/^cargo build --release --locked --workspace\n/);
    expect(out).toContain('project: cargo-workspace');
  });

  it('package.json: its version, npm ci (lock present) and npm pack, one build', async () => {
    writeFileSync(join(repo, 'package.json'), '{"name":"@acme/hello","version":"1.2.0"}\n');
    writeFileSync(join(repo, 'package-lock.json'), '{}\n');
    await init('github');
    expect(releaseWith()['version-file']).toBe('package.json');
    expect(releaseWith()['build-command']).toBe('npm ci\nnpm run build --if-present\nnpm pack --pack-destination "$RELFORGE_OUT"\n');
    expect(platforms()).toEqual(['linux-x86_64']);
  });

  it('go.mod: versions from tags (no version-file), GOOS/GOARCH cross builds with main.version', async () => {
    writeFileSync(join(repo, 'go.mod'), 'module example.com/acme/tally/v2\n\ngo 1.22\n');
    await init('forgejo');
    expect(releaseWith()).not.toHaveProperty('version-file');
    expect(releaseWith()['build-command']).toContain('GOOS="$RELFORGE_GOOS" GOARCH="$RELFORGE_GOARCH" go build -trimpath -ldflags "-s -w -X main.version=$RELFORGE_VERSION" -o "$RELFORGE_OUT/tally-$RELFORGE_PLATFORM$RELFORGE_EXE" .');
    expect(platforms()).toEqual(['linux-x86_64', 'linux-aarch64', 'windows-x86_64']);
  });

  it('pyproject.toml: its version, python -m build', async () => {
    writeFileSync(join(repo, 'pyproject.toml'), '[project]\nname = "hello"\nversion = "0.1.0"\n');
    await init('github');
    expect(releaseWith()['version-file']).toBe('pyproject.toml');
    expect(releaseWith()['build-command']).toContain('python3 -m build --outdir "$RELFORGE_OUT"');
  });

  it('a Tauri app: src-tauri/Cargo.toml, the four desktop platforms, latest.json inputs, Trusted Signing required', async () => {
    mkdirSync(join(repo, 'src-tauri'));
    writeFileSync(join(repo, 'src-tauri', 'tauri.conf.json'), '{"productName":"Notely"}\n');
    writeFileSync(join(repo, 'src-tauri', 'Cargo.toml'), '[package]\nname = "notely"\nversion = "0.1.0"\n');
    writeFileSync(join(repo, 'src-tauri', 'Cargo.lock'), '');
    writeFileSync(join(repo, 'package.json'), '{"name":"notely","version":"0.1.0"}\n');
    await init('github');
    const w = releaseWith();
    expect(out).toContain('project: tauri');
    expect(w['version-file']).toBe('src-tauri/Cargo.toml');
    expect(w['release-files']).toBe('src-tauri/Cargo.lock');
    expect(platforms()).toEqual(['windows-x86_64', 'darwin-aarch64', 'darwin-x86_64', 'linux-x86_64']);
    expect(w).toMatchObject({ tauri: true, 'windows-signing-required': true, 'package-target': 'release', product: 'notely', packages: 'Notely*' });
    expect(w['trusted-signing-account']).toBe('${{ vars.TRUSTED_SIGNING_ACCOUNT }}');
    expect(w['build-command']).toContain('Notely_${RELFORGE_PLATFORM#darwin-}.app.tar.gz');
    const doc = parse(readFileSync(join(wf(), 'release.yml'), 'utf8')) as { jobs: { release: { secrets: Record<string, string> } } };
    expect(Object.keys(doc.jobs.release.secrets)).toEqual(expect.arrayContaining(['AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET']));
  });

  it('nothing: versions from tags, a source archive as the placeholder build', async () => {
    await init('github');
    expect(releaseWith()).not.toHaveProperty('version-file');
    expect(releaseWith()['build-command']).toContain('git archive --format=tar.gz');
    expect(releaseWith()['build-command']).not.toContain('cargo');
    expect(out).toContain('project: none');
  });
});

describe('relforge init never overwrites your file', () => {
  it('an edited release.yml survives init and init --force; an unchanged one is rewritten by --force only', async () => {
    writeFileSync(join(repo, 'go.mod'), 'module example.com/tally\n');
    await init('gitea');
    const release = join(wf(), 'release.yml');
    const edited = readFileSync(release, 'utf8').replace('channel: ${{ inputs.channel }}', 'channel: ${{ inputs.channel }}\n      # mine');
    writeFileSync(release, edited);
    expect(await init('gitea', '--force')).toBe(0);
    expect(readFileSync(release, 'utf8')).toBe(edited);
    expect(out).toMatch(/kept .*release\.yml \(edited since relforge wrote it/);
    // a file relforge wrote for an older template, never edited: --force rewrites it
    writeFileSync(release, ownedText('name: Release (old template)\n', 'written by an older relforge'));
    expect(await init('gitea')).toBe(0);
    expect(readFileSync(release, 'utf8')).toContain('(old template)');
    expect(await init('gitea', '--force')).toBe(0);
    expect(readFileSync(release, 'utf8')).toContain('uses: ./.github/workflows/relforge.yml');
  });

  it('a release.yml init did not write is kept with --force', async () => {
    mkdirSync(wf(), { recursive: true });
    writeFileSync(join(wf(), 'release.yml'), 'name: mine\n');
    expect(await init('github', '--force')).toBe(0);
    expect(readFileSync(join(wf(), 'release.yml'), 'utf8')).toBe('name: mine\n');
    expect(out).toMatch(/kept .*release\.yml \(not written by relforge init/);
  });

  it('--refresh rewrites the vendored copies only; an edited vendored copy is kept and refused', async () => {
    await init('forgejo');
    const vendored = join(wf(), 'relforge.yml');
    const release = join(wf(), 'release.yml');
    const fresh = readFileSync(vendored, 'utf8');
    writeFileSync(vendored, ownedText('old: copy\n', 'older relforge'));
    writeFileSync(release, ownedText('old: release\n', 'older relforge'));
    expect(await init('forgejo', '--refresh')).toBe(0);
    expect(readFileSync(vendored, 'utf8')).toBe(fresh);
    expect(readFileSync(release, 'utf8')).toContain('old: release');
    writeFileSync(vendored, `${fresh}# my edit\n`);
    expect(ownership(readFileSync(vendored, 'utf8'))).toBe('edited');
    await expect(init('forgejo', '--refresh')).rejects.toThrow(/relforge\.yml was edited .* kept/);
    expect(readFileSync(vendored, 'utf8')).toBe(`${fresh}# my edit\n`);
  });
});

describe('what relforge init writes is actionlint-clean in your repository', () => {
  it.each([
    ['github', 'Cargo.toml', '[package]\nname = "agent"\nversion = "0.1.0"\n'],
    ['gitea', 'Cargo.toml', '[workspace]\nmembers = ["a"]\n[workspace.package]\nversion = "0.1.0"\n'],
    ['forgejo', 'go.mod', 'module example.com/tally\n'],
    ['gitea', 'package.json', '{"name":"hello","version":"0.1.0"}\n'],
    ['github', 'src-tauri/tauri.conf.json', '{"productName":"Notely"}\n'],
  ])('--forge %s (%s project)', async (forge, file, text) => {
    mkdirSync(join(repo, 'src-tauri'), { recursive: true });
    writeFileSync(join(repo, file), text);
    if (file.startsWith('src-tauri/')) writeFileSync(join(repo, 'src-tauri', 'Cargo.toml'), '[package]\nname = "notely"\nversion = "0.1.0"\n');
    expect(await init(forge)).toBe(0);
    if (file.startsWith('src-tauri/')) expect(out).toContain('project: tauri');
    const r = spawnSync(ACTIONLINT, ['-no-color', '-oneline'], { cwd: repo, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(existsSync(join(repo, '.github', 'actionlint.yaml'))).toBe(forge !== 'github');
  });

  it('Forgejo\'s copy never tells GitHub users to call an https:// workflow URL; only uses: lines become absolute', async () => {
    await init('forgejo');
    const copy = readFileSync(join(wf(), 'relforge.yml'), 'utf8');
    expect(copy).not.toMatch(/Call it \(GitHub\):\s*uses: https:/);
    expect(copy).toMatch(/^\s+uses: https:\/\/github\.com\/relforge\/relforge\/actions\/preflight@v1$/m);
    expect(copy.split('\n').filter((l) => /^\s*#/.test(l) && l.includes('uses: https://github.com/relforge/relforge/.github/workflows'))).toEqual([]);
  });
});
