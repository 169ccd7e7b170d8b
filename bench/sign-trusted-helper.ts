/**
 * Helper for bench/sign-trusted.mjs (bundled on the fly by scripts/bundle-one.mjs; the bench itself is plain .mjs).
 *   run JAR BUNDLE NODE FILES ROUNDS SIZE_KIB → starts the test PKI, the RFC 3161 TSA, the Entra ID and the
 *   Trusted Signing emulators in this process, then per round signs FILES fresh PE files twice, alternating
 *   the order: (a) bare jsign (one `java -jar jsign --storetype TRUSTEDSIGNING …` for all files) and
 *   (b) relforge's built sign-trusted action (token, preflight, copies, the same single jsign run,
 *   independent verification of every file, atomic replace). Prints JSON {bare: ms[], relforge: ms[]}.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createTestPki } from '../src/emulator/pki.js';
import { startTsa } from '../src/emulator/tsa.js';
import { startEntra } from '../src/emulator/entra.js';
import { startTrustedSigning } from '../src/emulator/trusted-signing.js';
import { buildPe } from '../test/fixtures/authenticode.js';

function exec(cmd: string, args: string[], env: Record<string, string | undefined>, cwd: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const c = spawn(cmd, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    c.stdout.on('data', (d: Buffer) => (out += d));
    c.stderr.on('data', (d: Buffer) => (out += d));
    c.on('error', reject);
    c.on('close', (code) => resolve({ code: code ?? -1, out }));
  });
}

async function main(): Promise<void> {
  const [mode, jar, bundle, node, nFiles, nRounds, sizeKiB] = process.argv.slice(2) as [string, string, string, string, string, string, string];
  if (mode !== 'run') throw new Error('usage: run JAR BUNDLE NODE FILES ROUNDS SIZE_KIB');
  const work = mkdtempSync(join(tmpdir(), 'relforge-bench-st-'));
  const pki = createTestPki();
  const tsa = await startTsa({ tsa: pki.tsa });
  const ts = await startTrustedSigning({ pki });
  const entra = await startEntra({ onIssue: (t) => ts.acceptToken(t) });
  const bareToken = 'bench-bare-token-0123456789';
  ts.acceptToken(bareToken);
  const codeSize = Math.max(0x200, Math.floor((Number(sizeKiB) * 1024) / 0x200) * 0x200);
  const makeFiles = (dir: string): string[] => {
    mkdirSync(dir, { recursive: true });
    return Array.from({ length: Number(nFiles) }, (_, i) => {
      const f = join(dir, `app${i}.exe`);
      writeFileSync(f, buildPe({ codeSize, fill: i & 0xff }));
      return f;
    });
  };
  const bare: number[] = [];
  const relforge: number[] = [];
  try {
    for (let round = 0; round < Number(nRounds); round++) {
      const order = round % 2 === 0 ? ['bare', 'relforge'] : ['relforge', 'bare'];
      for (const which of order) {
        const dir = join(work, `${which}-${round}`);
        const files = makeFiles(join(dir, 'dist'));
        if (which === 'bare') {
          const t0 = performance.now();
          const r = await exec(
            'java',
            ['-Dsun.net.client.defaultConnectTimeout=30000', '-Dsun.net.client.defaultReadTimeout=60000', '-jar', jar, '--storetype', 'TRUSTEDSIGNING', '--keystore', ts.url, '--storepass', 'env:BENCH_TOKEN', '--alias', `${ts.account}/${ts.profile}`, '--tsaurl', tsa.url, '--tsmode', 'RFC3161', '--replace', '-d', 'SHA-256', ...files],
            { ...process.env, BENCH_TOKEN: bareToken },
            dir,
          );
          bare.push(performance.now() - t0);
          if (r.code !== 0) throw new Error(`bare jsign failed: ${r.out}`);
        } else {
          const env: Record<string, string | undefined> = {
            ...process.env,
            GITHUB_WORKSPACE: dir,
            RUNNER_TEMP: dir,
            RUNNER_TOOL_CACHE: join(dir, 'tc'),
            INPUT_FILES: 'dist/*.exe',
            INPUT_ENDPOINT: ts.url,
            INPUT_ACCOUNT: ts.account,
            INPUT_PROFILE: ts.profile,
            'INPUT_AZURE-TENANT-ID': entra.tenant,
            'INPUT_AZURE-CLIENT-ID': entra.clientId,
            'INPUT_AZURE-CLIENT-SECRET': entra.clientSecret,
            'INPUT_AUTHORITY-HOST': entra.url,
            'INPUT_TIMESTAMP-URL': tsa.url,
            'INPUT_EXPECTED-SUBJECT': pki.subjectPin,
            'INPUT_EXPECTED-EKU': pki.identityEku,
            'INPUT_TRUSTED-ROOT': pki.root.certPath,
            'INPUT_TSA-ROOT': pki.tsaRoot.certPath,
            'INPUT_JSIGN-PATH': jar,
            'INPUT_TIMEOUT-SECONDS': '300',
          };
          const t0 = performance.now();
          const r = await exec(node, [bundle], env, dir);
          relforge.push(performance.now() - t0);
          if (r.code !== 0) throw new Error(`relforge sign-trusted failed: ${r.out}`);
        }
        rmSync(dir, { recursive: true, force: true });
      }
    }
    console.log(JSON.stringify({ bare, relforge, signOperations: ts.signOperations }));
  } finally {
    await ts.close();
    await entra.close();
    await tsa.close();
    pki.cleanup();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error((e as Error).stack ?? String(e));
  process.exit(1);
});
