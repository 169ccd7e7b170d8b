/**
 * The `npm run demo` driver (bundled on the fly by scripts/demo.mjs): a sample product released twice —
 * a beta, then a stable — against the local forge emulator (Gitea API) and update-server emulator on
 * 127.0.0.1, every step through the relforge CLI (`node bin/relforge.mjs <command>`), exactly the library
 * the actions run. Prints a short report and where to look; stops the emulators and removes the temp dir
 * (unless --keep). Throw-away keys and tokens; nothing leaves the machine.
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
    forge = await startForgeEmulator({ mode: 'gitea', token, owner: OWNER, repo: NAME });
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

  // 1. version: what a dispatch would do, then do it
  const plan = lastJson((await run(['plan', '--channel', channel, '--version-file', 'package.json', '--json'])).stdout);
  if (prerelease) {
    const out = lastJson((await run(['prerelease', '--channel', channel, '--version-file', 'package.json', '--json'])).stdout);
    version = out.version;
    tag = out.tag;
    detail(`plan + prerelease: tagged ${tag} on ${String(out.commit).slice(0, 7)}, pushed only the tag (no commit, no changelog)`);
  } else {
    const next = lastJson((await run(['next-version', '--version-file', 'package.json', '--write', '--json'])).stdout);
    version = next.version;
    tag = next.tag;
    detail(`plan + next-version: ${next.previousTag} → ${version} (${next.bump}: ${next.commits} commits since ${next.previousTag}; betas ignored); package.json written`);
    await run(['changelog', '--version', version, '--output', 'CHANGELOG.md']);
    detail('changelog: CHANGELOG.md section written by git-cliff');
    const rc = lastJson((await run(['release-commit', '--version', version, '--file', 'package.json', '--file', 'CHANGELOG.md', '--json'])).stdout);
    detail(`release-commit: ${String(rc.commit).slice(0, 7)} "chore(release): ${tag}" + annotated tag, branch and tag pushed atomically`);
  }
  if (plan.version !== version) throw new Error(`plan said ${plan.version}, the release cut ${version}`);
  say(`  version ${version} (tag ${tag})`);

  // 2. build (the product's own script)
  const out = join(work, 'out');
  rmSync(out, { recursive: true, force: true });
  await new Promise<void>((res, rej) => {
    const child = spawn(process.execPath, ['build.mjs', version, 'out'], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('close', (code) => (code === 0 ? res() : rej(new Error(`build.mjs exited ${code}`))));
  });
  const binaries = PLATFORMS.map((p) => join(out, p.file));
  detail(`build: ${PLATFORMS.map((p) => p.file).join(', ')}`);

  // 3. sign (fail-closed: every signature verified before it is kept)
  const signed = lastJson((await run(['sign', ...binaries, '--key', join(c.keyDir, 'demo.key'), '--pubkey', join(c.keyDir, 'demo.pub'), '--version', version, '--json'])).stdout);
  detail(`sign: ${binaries.length} .minisig + SHA256SUMS(.minisig) with key ${c.keyId}`);
  void signed;

  // 4. publish: draft → upload → verify → publish; then check what the forge serves, as a user would
  const commit = await gitHead(work);
  const pub = lastJson(
    (
      await run([
        'publish',
        '--tag', tag,
        '--files', 'out/*',
        '--prerelease', prerelease ? 'true' : 'false',
        '--target-commitish', prerelease ? commit : await remoteTagCommit(work, tag),
        '--no-checksums', // sign wrote (and signed) SHA256SUMS
        '--json',
      ])
    ).stdout,
  );
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
    await relforge(['verify', join(dl, a.name), '--pubkey', join(c.keyDir, 'demo.pub'), ...(a.name === 'SHA256SUMS' ? [] : ['--version', version]), '--quiet'], { cwd: dl });
    verifiedAssets++;
  }
  detail(`publish: ${pub.url ?? tag} ${prerelease ? '(prerelease)' : '(stable, latest)'}; ${verifiedAssets} downloaded assets verified with relforge verify${prerelease ? '' : ''}`);

  // 5. packages for the update server (manifest signed and uploaded last)
  const up = lastJson(
    (
      await run([
        'upload-packages',
        '--packages', 'out/agent-*',
        '--product', 'agent',
        '--version', version,
        '--channel', channel,
        '--commit', await gitHead(work),
        '--public-key', join(c.keyDir, 'demo.pub'),
        '--private-key-file', join(c.keyDir, 'demo.key'),
        '--require-platforms', PLATFORMS.map((p) => p.key).join(','),
        '--target', 'http',
        '--upload-url', `${c.updates.url}/packages/{product}/{channel}/{version}/{file}`,
        '--out-dir', join(work, '..', `packages-${channel}`),
        '--json',
      ])
    ).stdout,
  );
  detail(`upload-packages: ${up.packages.length} packages, then ${up.manifestUrl}`);

  // 6. what an agent does: fetch the manifest, decide, verify the download
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
  detail(`verify-package: an agent on ${installed} (linux-x86_64) gets ${version}: manifest + package signatures verified`);

  return [
    `${channel.padEnd(6)} ${version.padEnd(14)} tag ${tag}  ${prerelease ? 'prerelease' : 'latest'}  ${rel[0]!.assets.length} assets (${verifiedAssets} files + ${verifiedAssets} signatures, all verified, key ${c.keyId})`,
    `       release  ${pub.url ?? `${c.forge.url}/${REPO}/releases/tag/${tag}`}`,
    `       manifest ${manifestUrl}`,
  ];
}

/** The commit a tag points to in origin (the release commit of a stable release). */
async function remoteTagCommit(cwd: string, tag: string): Promise<string> {
  return await new Promise<string>((res, rej) => {
    const child = spawn('git', ['rev-parse', `${tag}^{commit}`], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.on('close', (code) => (code === 0 ? res(out.trim()) : rej(new Error(`git rev-parse ${tag} failed`))));
  });
}

async function gitHead(cwd: string): Promise<string> {
  return await new Promise<string>((res, rej) => {
    const child = spawn('git', ['rev-parse', 'HEAD'], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.on('close', (code) => (code === 0 ? res(out.trim()) : rej(new Error('git rev-parse HEAD failed'))));
  });
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
