/**
 * The `npm run demo` driver (bundled on the fly by scripts/demo.mjs): a sample product released twice —
 * a beta, then a stable — against the local forge emulator (Gitea API) and update-server emulator on
 * 127.0.0.1, every step through the relforge CLI (`node bin/relforge.mjs <command>`), exactly the library
 * the actions run. Each release walks the reusable workflow's order (docs/workflows.md) and prints every step:
 *   1 plan      prerelease --no-push / next-version + changelog + release-commit --no-push (local tag, notes file)
 *   2 build     on exactly the tagged tree (recorded)      3 sign   minisign + signed SHA256SUMS
 *   4 stage     upload-packages --dry-run, publish --mode stage (a verified draft)
 *   5 push      push-release (tree = built tree, branch not moved; one atomic push) — the first public moment
 *   6 publish   publish --mode publish                     7 packages, 8 what an agent verifies
 * After the plan and after the stage it checks (and prints) that nothing is public: no tag in the origin, the
 * branch not moved, no release visible without push access. Prints a short report and where to look; stops the
 * emulators and removes the temp dir (unless --keep). Throw-away keys and tokens; nothing leaves the machine.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createProduct, PLATFORMS, type ProductRepo } from '../test/e2e/fixture-product.js';
import { startForgeEmulator, type ForgeEmulator } from '../src/emulator/forge.js';
import { startUpdateServer, type UpdateServer } from '../src/emulator/update-server.js';
import { API_SPECS_DIR } from '../src/emulator/openapi.js';

const ROOT = resolve(process.env.RELFORGE_ROOT ?? process.cwd());
const CLI = join(ROOT, 'bin', 'relforge.mjs');
const args = new Set(process.argv.slice(2));
const keep = args.has('--keep');
const quiet = args.has('--quiet');
const OWNER = 'acme';
const NAME = 'agent';
const REPO = `${OWNER}/${NAME}`;

const say = (line = '') => console.log(line);
const detail = (line: string) => {
  if (!quiet) console.log(`    ${line}`);
};

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `relforge <argv>` with this Node, in `cwd`; throws with its output when it fails. */
async function relforge(argv: string[], opts: { cwd: string; env?: Record<string, string>; allowFail?: boolean }): Promise<CliResult> {
  const res = await new Promise<CliResult>((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI, ...argv], {
      cwd: opts.cwd,
      env: { ...process.env, ...(opts.env ?? {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? 1, stdout, stderr }));
  });
  if (res.code !== 0 && !opts.allowFail) {
    throw new Error(`relforge ${argv[0]} failed (exit ${res.code}):\n${res.stdout}${res.stderr}`);
  }
  return res;
}

async function main(): Promise<number> {
  const t0 = Date.now();
  const base = mkdtempSync(join(tmpdir(), 'relforge-demo-'));
  let forge: ForgeEmulator | undefined;
  let updates: UpdateServer | undefined;
  let product: ProductRepo | undefined;
  try {
    if (!existsSync(join(API_SPECS_DIR, 'gitea-releases.openapi.json'))) {
      throw new Error(
        `the forge emulator validates every request against the Gitea API document, expected in ${API_SPECS_DIR}; ` +
          'set RELFORGE_API_SPECS to the folder holding gitea-releases.openapi.json',
      );
    }
    say('relforge demo — a beta and a stable release of a sample product, all local');
    say('');
    product = createProduct({ parent: base });
    const work = product.dir;
    detail(`sample repository: ${work} (origin: ${product.remote})`);

    const token = `demo-forge-${randomBytes(12).toString('hex')}`;
    const packageToken = `demo-updates-${randomBytes(12).toString('hex')}`;
    // the forge's tags are the bare origin's (a draft gets no tag; the push is what makes the tag public)
    forge = await startForgeEmulator({ mode: 'gitea', token, owner: OWNER, repo: NAME, git: product.remote });
    mkdirSync(join(base, 'update-server'));
    updates = await startUpdateServer({ token: packageToken, dir: join(base, 'update-server') });
    detail(`forge emulator (Gitea API): ${forge.apiUrl}`);
    detail(`update server: ${updates.url}`);

    const keyDir = join(base, 'keys');
    await relforge(['keygen', '--out', keyDir, '--name', 'demo'], { cwd: base });
    const keyId = /minisign public key ([0-9A-F]{16})/.exec(readFileSync(join(keyDir, 'demo.pub'), 'utf8'))?.[1] ?? '?';
    detail(`relforge keygen: throw-away minisign key ${keyId} (${join(keyDir, 'demo.pub')})`);

    const env = {
      GITHUB_SERVER_URL: forge.url,
      GITHUB_API_URL: forge.apiUrl,
      GITHUB_REPOSITORY: REPO,
      GITEA_ACTIONS: 'true',
      RELFORGE_TOKEN: token,
      PACKAGE_TOKEN: packageToken,
      RELFORGE_PACKAGE_TOKEN: packageToken, // (the older name; drop once every command reads PACKAGE_TOKEN)
    };
    const report: string[] = [];

    for (const channel of ['beta', 'stable'] as const) {
      say(`▶ ${channel} release`);
      const r = await releaseOnce(channel, { work, env, keyDir, forge, updates, keyId, product });
      report.push(...r);
      say('');
    }

    forge.assertNoViolations(); // every request and response matched the Gitea API document

    say('Report');
    for (const line of report) say(`  ${line}`);
    const changelog = readFileSync(join(work, 'CHANGELOG.md'), 'utf8').split('\n');
    const start = changelog.findIndex((l) => l.startsWith('## '));
    say('');
    say('CHANGELOG.md (release commit of the stable):');
    for (const l of changelog.slice(start, start + 12).filter((x, i, a) => x.trim() || (a[i + 1] ?? '').trim())) say(`  | ${l}`);
    say('');
    say(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    if (keep) {
      say(`kept: ${base}`);
      say(`  repository        ${work}   (git log --oneline --decorate; cat CHANGELOG.md package.json)`);
      say(`  bare origin       ${product.remote}   (git tag -n)`);
      say(`  release assets    ${join(base, 'downloads-beta')} and ${join(base, 'downloads-stable')}   (as downloaded from the forge)`);
      say(`  signed manifests  ${join(base, 'packages-beta')} and ${join(base, 'packages-stable')}   (manifest.json + .minisig, as uploaded)`);
      say(`  agent's view      ${join(base, 'client-beta')} and ${join(base, 'client-stable')}   (what verify-package checked)`);
      say(`  keys              ${keyDir}   (throw-away: demo.key is unencrypted)`);
      say(`  try: node ${join(ROOT, 'bin', 'relforge.mjs')} verify ${join(base, 'downloads-stable', 'agent-linux-x86_64')} --pubkey ${join(keyDir, 'demo.pub')} --version 0.4.0`);
    } else {
      say('(run "npm run demo -- --keep" to keep the repository, the published files and the keys)');
    }
    return 0;
  } finally {
    await forge?.close();
    await updates?.close();
    if (!keep) rmSync(base, { recursive: true, force: true });
  }
}

interface Ctx {
  work: string;
  env: Record<string, string>;
  keyDir: string;
  forge: ForgeEmulator;
  updates: UpdateServer;
  keyId: string;
  product: ProductRepo;
}

const lastJson = (text: string): any => {
  const start = text.indexOf('{');
  return JSON.parse(text.slice(start));
};

async function releaseOnce(channel: 'beta' | 'stable', c: Ctx): Promise<string[]> {
  const { work, env } = c;
  const run = (argv: string[], extra: Record<string, string> = {}) => relforge(argv, { cwd: work, env: { ...env, ...extra } });
  let version: string;
  let tag: string;
  const prerelease = channel !== 'stable';
  const notes = join(work, '..', `notes-${channel}.md`);
  const pubkey = join(c.keyDir, 'demo.pub');
  const base = await git(work, 'rev-parse', 'HEAD'); // the dispatched commit: the push requires the branch still here
  const branch = await git(work, 'symbolic-ref', '--short', 'HEAD');

  // 1. plan: version, notes (a file), the tag (and the release commit) prepared LOCALLY — nothing is pushed
  const plan = lastJson((await run(['plan', '--channel', channel, '--version-file', 'package.json', '--json'])).stdout);
  if (prerelease) {
    const out = lastJson((await run(['prerelease', '--channel', channel, '--version-file', 'package.json', '--no-push', '--json'])).stdout);
    version = out.version;
    tag = out.tag;
    await notesToFile(run, ['changelog', '--version', version], notes);
    detail(`1 plan: prerelease --no-push: ${tag} on ${String(out.commit).slice(0, 7)}, local only (no commit, no changelog); notes → ${notes}`);
  } else {
    const next = lastJson((await run(['next-version', '--version-file', 'package.json', '--write', '--json'])).stdout);
    version = next.version;
    tag = next.tag;
    detail(`1 plan: next-version: ${next.previousTag} → ${version} (${next.bump}: ${next.commits} commits since ${next.previousTag}; betas ignored); package.json written`);
    await notesToFile(run, ['changelog', '--version', version, '--output', 'CHANGELOG.md'], notes);
    detail(`       changelog: CHANGELOG.md section written by git-cliff; notes → ${notes}`);
    const rc = lastJson((await run(['release-commit', '--version', version, '--files', 'package.json', '--files', 'CHANGELOG.md', '--no-push', '--json'])).stdout);
    detail(`       release-commit --no-push: ${String(rc.commit).slice(0, 7)} "chore(release): ${tag}" + annotated tag, local only`);
  }
  if (plan.version !== version) throw new Error(`plan said ${plan.version}, the release cut ${version}`);
  const commit = await git(work, 'rev-parse', `refs/tags/${tag}^{commit}`);
  await nothingPublic(c, tag, branch, base, 'after the plan');
  say(`  version ${version} (tag ${tag}, prepared locally)`);

  // 2. build, on exactly the tagged tree (the product's own script); the tree is recorded for the push
  if ((await git(work, 'rev-parse', 'HEAD')) !== commit || (await git(work, 'status', '--porcelain', '--untracked-files=no')) !== '') {
    throw new Error(`the work tree is not exactly ${tag} (${commit}); nothing is built`);
  }
  const tree = await git(work, 'rev-parse', 'HEAD^{tree}');
  const out = join(work, 'out');
  rmSync(out, { recursive: true, force: true });
  await new Promise<void>((res, rej) => {
    const child = spawn(process.execPath, ['build.mjs', version, 'out'], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('close', (code) => (code === 0 ? res() : rej(new Error(`build.mjs exited ${code}`))));
  });
  const binaries = PLATFORMS.map((p) => join(out, p.file));
  detail(`2 build: ${PLATFORMS.map((p) => p.file).join(', ')} from ${commit.slice(0, 7)} (tree ${tree.slice(0, 7)})`);

  // 3. sign (fail-closed: every signature verified before it is kept)
  await run(['sign', ...binaries, '--key', join(c.keyDir, 'demo.key'), '--pubkey', pubkey, '--version', version, '--json']);
  detail(`3 sign: ${binaries.length} .minisig + SHA256SUMS(.minisig) with key ${c.keyId}`);

  // 4. stage: packages checked (dry run: require-platforms, signatures, signed manifest), then a DRAFT with
  // every asset uploaded and verified by content. A draft is not public.
  const packagesArgs = [
    'upload-packages',
    '--packages', 'out/agent-*',
    '--product', 'agent',
    '--version', version,
    '--channel', channel,
    '--commit', commit,
    '--public-key', pubkey,
    '--private-key-file', join(c.keyDir, 'demo.key'),
    '--require-platforms', PLATFORMS.map((p) => p.key).join(','),
    '--target', 'http',
    '--upload-url', `${c.updates.url}/packages/{product}/{channel}/{version}/{file}`,
    '--out-dir', join(work, '..', `packages-${channel}`),
    '--json',
  ];
  await run([...packagesArgs, '--dry-run']);
  detail(`4 stage: upload-packages --dry-run: ${PLATFORMS.length} packages checked, manifest signed (nothing uploaded)`);
  const staged = lastJson(
    (
      await run([
        'publish',
        '--mode', 'stage',
        '--tag', tag,
        '--commit', commit,
        '--files', 'out/*',
        '--prerelease', prerelease ? 'true' : 'false',
        '--body-file', notes,
        '--public-key', pubkey,
        '--no-checksums', // sign wrote (and signed) SHA256SUMS
        '--json',
      ])
    ).stdout,
  );
  const drafts = c.forge.releasesFor(tag);
  if (drafts.length !== 1 || !drafts[0]!.draft) throw new Error(`expected one draft for ${tag} after the stage, the forge has ${drafts.length}`);
  detail(`       publish --mode stage: draft ${staged['release-id'] ?? staged.releaseId ?? drafts[0]!.id} with ${drafts[0]!.assets.length} assets, verified by content`);
  await nothingPublic(c, tag, branch, base, 'after the stage');

  // 5. push-release: the tagged tree must be the built tree and the branch must not have moved; branch
  // (stable) and tag in ONE atomic push — the first public moment
  const pushed = lastJson(
    (
      await run([
        'push-release',
        '--tag', tag,
        '--tree', tree,
        '--commit', commit,
        ...(prerelease ? [] : ['--branch', branch, '--base', base]),
        '--json',
      ])
    ).stdout,
  );
  if ((await git(c.product.remote, 'rev-parse', `refs/tags/${tag}^{commit}`)) !== commit) throw new Error(`${tag} is not at ${commit} in origin after push-release`);
  detail(`5 push-release: ${prerelease ? 'tag' : `${branch} + tag`} pushed atomically (tree ${String(pushed.tree ?? tree).slice(0, 7)} = built tree)`);

  // 6. publish the draft (verified again by content); then check what the forge serves, as a user would
  const pub = lastJson((await run(['publish', '--mode', 'publish', '--tag', tag, '--commit', commit, '--prerelease', prerelease ? 'true' : 'false', '--public-key', pubkey, '--json'])).stdout);
  const rel = c.forge.releasesFor(tag);
  if (rel.length !== 1 || rel[0]!.draft) throw new Error(`expected one published release for ${tag}, the forge has ${rel.length}`);
  const dl = join(work, '..', `downloads-${channel}`);
  mkdirSync(dl, { recursive: true });
  let verifiedAssets = 0;
  for (const a of rel[0]!.assets.filter((x) => !x.name.endsWith('.minisig'))) {
    for (const name of [a.name, `${a.name}.minisig`]) {
      const res = await fetch(`${c.forge.apiUrl}/repos/${REPO}/releases/${rel[0]!.id}/assets`, { headers: { authorization: `token ${env.RELFORGE_TOKEN}` } });
      const list = (await res.json()) as Array<{ name: string; browser_download_url: string }>;
      const found = list.find((x) => x.name === name);
      if (!found) throw new Error(`${tag}: ${name} is not on the release`);
      const body = await fetch(found.browser_download_url);
      writeFileSync(join(dl, name), Buffer.from(await body.arrayBuffer()));
    }
    await relforge(['verify', join(dl, a.name), '--pubkey', pubkey, ...(a.name === 'SHA256SUMS' ? [] : ['--version', version]), '--quiet'], { cwd: dl });
    verifiedAssets++;
  }
  detail(`6 publish --mode publish: ${pub.url ?? tag} ${prerelease ? '(prerelease)' : '(stable, latest)'}; ${verifiedAssets} downloaded assets verified with relforge verify`);

  // 7. packages for the update server: the manifest the stage checked, uploaded now (manifest last)
  const up = lastJson((await run(packagesArgs)).stdout);
  detail(`7 upload-packages: ${up.packages.length} packages, then ${up.manifestUrl}`);

  // 8. what an agent does: fetch the manifest, decide, verify the download
  const manifestUrl: string = up.manifestUrl;
  const fetchTo = async (url: string, file: string) => {
    const res = await fetch(url);
    if (res.status !== 200) throw new Error(`GET ${url}: HTTP ${res.status}`);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  };
  const client = join(work, '..', `client-${channel}`);
  mkdirSync(client, { recursive: true });
  await fetchTo(manifestUrl, join(client, 'manifest.json'));
  await fetchTo(`${manifestUrl}.minisig`, join(client, 'manifest.json.minisig'));
  const linux = up.packages.find((p: { platform: string }) => p.platform === 'linux-x86_64');
  await fetchTo(linux.url, join(client, linux.file));
  const installed = prerelease ? '0.3.0' : '0.4.0-beta.1';
  const vp = await relforge(
    ['verify-package', '--manifest', join(client, 'manifest.json'), '--product', 'agent', '--public-key', join(c.keyDir, 'demo.pub'), '--platform', 'linux-x86_64', '--installed', installed, '--channels', 'stable,beta', '--file', join(client, linux.file)],
    { cwd: client, allowFail: true },
  );
  if (vp.code !== 0) throw new Error(`verify-package refused the ${channel} update (exit ${vp.code}):\n${vp.stdout}${vp.stderr}`);
  detail(`8 verify-package: an agent on ${installed} (linux-x86_64) gets ${version}: manifest + package signatures verified`);

  return [
    `${channel.padEnd(6)} ${version.padEnd(14)} tag ${tag}  ${prerelease ? 'prerelease' : 'latest'}  ${rel[0]!.assets.length} assets (${verifiedAssets} files + ${verifiedAssets} signatures, all verified, key ${c.keyId})`,
    `       release  ${pub.url ?? `${c.forge.url}/${REPO}/releases/tag/${tag}`}`,
    `       manifest ${manifestUrl}`,
  ];
}

/**
 * The release notes into a file (publish --body-file), never an argument or environment variable. (`relforge
 * changelog` does not write --notes-file yet — only the changelog action does — so the demo writes its JSON "notes".)
 */
async function notesToFile(run: (argv: string[]) => Promise<CliResult>, argv: string[], file: string): Promise<void> {
  const r = lastJson((await run([...argv, '--json'])).stdout);
  if (typeof r.notes !== 'string') throw new Error(`relforge changelog --json gave no "notes"`);
  writeFileSync(file, r.notes);
}

/** `git <args>` in `cwd`, its trimmed output. */
async function git(cwd: string, ...argv: string[]): Promise<string> {
  return await new Promise<string>((res, rej) => {
    const child = spawn('git', argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('close', (code) => (code === 0 ? res(out.trim()) : rej(new Error(`git ${argv.join(' ')} failed: ${err.trim()}`))));
  });
}

/**
 * Before the push nothing may be public: origin has no such tag, its branch is still the dispatched commit, and
 * the forge shows no release for the tag to anyone without push access (a draft at most). Throws otherwise.
 */
async function nothingPublic(c: Ctx, tag: string, branch: string, base: string, when: string): Promise<void> {
  const remoteTags = await git(c.product.remote, 'tag', '--list', tag);
  const remoteBranch = await git(c.product.remote, 'rev-parse', `refs/heads/${branch}`);
  const visible = c.forge.releasesFor(tag).filter((r) => !r.draft);
  const anonymous = await fetch(`${c.forge.apiUrl}/repos/${REPO}/releases/tags/${encodeURIComponent(tag)}`);
  if (remoteTags !== '' || remoteBranch !== base || visible.length > 0 || anonymous.status !== 404) {
    throw new Error(`${when}: something is public before the push (origin tag: ${remoteTags || 'none'}, ${branch} at ${remoteBranch.slice(0, 7)}, published releases: ${visible.length}, anonymous GET: ${anonymous.status})`);
  }
  detail(`       nothing public ${when}: origin has no ${tag}, ${branch} still at ${base.slice(0, 7)}, no published release (anonymous GET: 404)`);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
