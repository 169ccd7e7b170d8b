/** dist/upload-packages under both Node runtimes (host Node 20 and Node 24), as a runner would start it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { generateKeyPair, loadSigningKey, signFile } from '../../src/signing/minisign/signer.js';
import { runBundle } from '../helpers/bundle.js';
import { bundleRuntimes } from '../helpers/runtimes.js';
import { startUpdateServer, type UpdateServer } from '../../src/emulator/update-server.js';
import verifyPackageCli from '../../src/cli/verify-package.js';
import { runCommand } from '../../src/cli/args.js';

const TOKEN = 'bundle-token-8e1f0c77aa';
/** The log without the runner's own `::add-mask::` commands (which necessarily carry the secret). */
const visible = (all: string) => all.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
let dir: string;
let server: UpdateServer;
let pub: string;
let secretKey: string;
const PASSWORD = 'correct horse 93f1';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relforge-upload-bundle-'));
  // Encrypted key with small scrypt limits (the real format; minisign's defaults would take a second per load).
  const kp = await generateKeyPair(PASSWORD, { opslimit: 1 << 15, memlimit: 1 << 24 });
  pub = kp.publicKey;
  secretKey = kp.secretKey;
  const key = await loadSigningKey(secretKey, PASSWORD);
  for (const v of ['2.1.0-beta.3']) {
    const d = join(dir, 'dist');
    mkdirSync(d, { recursive: true });
    for (const f of ['agent-linux-amd64', 'agent-linux-arm64', 'agent-windows-amd64.exe']) {
      writeFileSync(join(d, f), randomBytes(10_000));
      writeFileSync(join(d, `${f}.minisig`), (await signFile(join(d, f), key, { trustedComment: `version:${v}\tfile:${f}` })).signature);
    }
  }
  server = await startUpdateServer({ token: TOKEN });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The action inputs for the signed agent 2.1.0-beta.3 packages in dist/, with the encrypted key and its password. */
const signedAgentInputs = () => ({ packages: 'dist/agent-*', product: 'agent', version: '2.1.0-beta.3', 'public-key': pub, 'private-key': secretKey, password: PASSWORD });

describe.each(bundleRuntimes())('dist/upload-packages on $label ($version)', (runtime) => {
  it('publishes to an http update server with the manifest last; secrets stay out of the log', async () => {
    const base = `${server.url}/${runtime.label}/{product}/{version}/{platform}/{file}`;
    const r = await runBundle('upload-packages', {
      runtime,
      cwd: dir,
      env: { GITHUB_WORKSPACE: dir, GITHUB_SHA: 'a'.repeat(40) },
      inputs: {
        packages: 'dist/agent-*',
        product: 'agent',
        version: 'v2.1.0-beta.3',
        'require-platforms': 'linux-x86_64, linux-aarch64, windows-x86_64',
        'public-key': pub,
        'private-key': secretKey,
        password: PASSWORD,
        target: 'http',
        'upload-url': base,
        'package-token': TOKEN,
        tauri: 'true',
        'out-dir': `out-${runtime.label}`,
      },
    });
    expect(r.code, r.all).toBe(0);
    expect(r.outputs['manifest-url']).toBe(`${server.url}/${runtime.label}/agent/2.1.0-beta.3/manifest.json`);
    const packages = JSON.parse(r.outputs.packages!);
    expect(packages.map((p: { platform: string }) => p.platform)).toEqual(['linux-aarch64', 'linux-x86_64', 'windows-x86_64']);
    const manifest = JSON.parse(readFileSync(r.outputs.manifest!, 'utf8'));
    expect(manifest).toMatchObject({ schema: 'relforge.packages/v1', product: 'agent', version: '2.1.0-beta.3', channel: 'beta', commit: 'a'.repeat(40) });
    const putPaths = server.requests.filter((q) => q.method === 'PUT' && q.path.startsWith(`/${runtime.label}/`)).map((q) => q.path);
    expect(putPaths.at(-1)).toBe(`/${runtime.label}/agent/2.1.0-beta.3/manifest.json`);
    expect(r.summary).toMatch(/agent 2\.1\.0-beta\.3 \(beta\) → http/);
    for (const secret of [TOKEN, PASSWORD, secretKey.split('\n')[1]!]) expect(visible(r.all)).not.toContain(secret);

    // The server-side check through the CLI command: exit codes 0 / 10 / 20.
    const m = r.outputs.manifest!;
    const keyFile = join(dir, 'key.pub');
    writeFileSync(keyFile, pub);
    const quiet = { log: console.log, error: console.error };
    console.log = () => {};
    console.error = () => {};
    try {
      expect(await runCommand(verifyPackageCli, ['--manifest', m, '--product', 'agent', '--public-key', keyFile, '--platform', 'linux-arm64', '--installed', '2.0.0', '--channels', 'stable,beta'])).toBe(0);
      expect(await runCommand(verifyPackageCli, ['--manifest', m, '--product', 'agent', '--public-key', keyFile, '--platform', 'linux-arm64', '--installed', '2.1.0-beta.3'])).toBe(10);
      expect(await runCommand(verifyPackageCli, ['--manifest', m, '--product', 'agent', '--public-key', keyFile, '--platform', 'linux-arm64', '--installed', '2.1.0'])).toBe(20);
      expect(await runCommand(verifyPackageCli, ['--manifest', m, '--product', 'agent', '--public-key', keyFile, '--platform', 'darwin-arm64', '--installed', 'none', '--channels', 'beta'])).toBe(20);
    } finally {
      Object.assign(console, quiet);
    }
  });

  it('stage: true writes a fragment and publishes nothing', async () => {
    const before = server.requests.length;
    const r = await runBundle('upload-packages', {
      runtime,
      cwd: dir,
      env: { GITHUB_WORKSPACE: dir },
      inputs: { packages: 'linux-x86_64: dist/agent-linux-amd64', product: 'agent', version: '2.1.0-beta.3', 'public-key': pub, stage: 'true', 'out-dir': `stage-${runtime.label}` },
    });
    expect(r.code, r.all).toBe(0);
    expect(r.outputs.fragment).toMatch(/fragment-linux-x86_64\.json$/);
    expect(existsSync(join(dir, `stage-${runtime.label}`, 'linux-x86_64', 'agent-linux-amd64.minisig'))).toBe(true);
    expect(server.requests.length).toBe(before);
  });

  it('target gitea-generic on a Gitea runner: registry files with sha256, manifest last', async () => {
    const { startForgeEmulator } = await import('../../src/emulator/forge.js');
    const pat = 'pat-write-package-77aa01';
    const emu = await startForgeEmulator({ mode: 'gitea', packageToken: pat });
    try {
      const r = await runBundle('upload-packages', {
        runtime,
        cwd: dir,
        env: { GITHUB_WORKSPACE: dir, GITEA_ACTIONS: 'true', GITHUB_SERVER_URL: emu.url, GITHUB_API_URL: emu.apiUrl, GITHUB_REPOSITORY: 'acme/widget' },
        inputs: {
          ...signedAgentInputs(),
          target: 'gitea-generic',
          'package-token': pat,
          'out-dir': `gitea-${runtime.label}`,
        },
      });
      expect(r.code, r.all).toBe(0);
      expect(r.outputs['manifest-url']).toBe(`${emu.url}/api/packages/acme/generic/agent/2.1.0-beta.3/manifest.json`);
      const files = emu.state.packages.get('acme/agent/2.1.0-beta.3')!;
      expect([...files.keys()].sort()).toEqual(
        ['agent-linux-amd64', 'agent-linux-arm64', 'agent-windows-amd64.exe'].flatMap((f) => [f, `${f}.minisig`]).concat(['manifest.json', 'manifest.json.minisig', 'manifest.signed.json']).sort(),
      );
      const puts = emu.state.requests.filter((q) => q.method === 'PUT').map((q) => q.path.split('/').pop());
      expect(puts.at(-1)).toBe('manifest.json');
      expect(visible(r.all)).not.toContain(pat);
      emu.assertNoViolations();
    } finally {
      await emu.close();
    }
  });

  it('refuses user:password in upload-url before anything is sent; it reaches no log, output or summary (issue 13 case 5)', async () => {
    const before = server.requests.length;
    const pw = 'userinfo-pw-6d1f20';
    const r = await runBundle('upload-packages', {
      runtime,
      cwd: dir,
      env: { GITHUB_WORKSPACE: dir },
      inputs: {
        ...signedAgentInputs(),
        'upload-url': `${server.url.replace('://', `://ci:${pw}@`)}/{product}/{version}/{platform}/{file}`,
        'package-token': TOKEN,
        'out-dir': `userinfo-${runtime.label}`,
      },
    });
    expect(r.code).toBe(1);
    expect(r.all).toMatch(/::error::Input "upload-url" must not contain a user name or password/);
    expect(r.all).not.toContain(pw);
    expect(r.summary ?? '').not.toContain(pw);
    expect(Object.values(r.outputs).join('\n')).not.toContain(pw);
    expect(server.requests.length).toBe(before);
  });

  it('fails the step with an actionable message on an unsigned package', async () => {
    const d = join(dir, `unsigned-${runtime.label}`);
    mkdirSync(d);
    writeFileSync(join(d, 'agent-darwin-arm64'), 'x');
    const r = await runBundle('upload-packages', {
      runtime,
      cwd: dir,
      env: { GITHUB_WORKSPACE: dir },
      inputs: { packages: `${d}/*`, product: 'agent', version: '2.1.0', 'public-key': pub, 'private-key': secretKey, password: PASSWORD, target: 'http', 'upload-url': `${server.url}/{version}/{file}`, 'package-token': TOKEN },
    });
    expect(r.code).toBe(1);
    expect(r.all).toMatch(/::error::.*agent-darwin-arm64 \(darwin-aarch64\) is unsigned/);
    expect(visible(r.all)).not.toContain(TOKEN);
  });
});
