/**
 * Helper for bench/verify-authenticode.mjs, bundled on the fly by scripts/bundle-one.mjs (the bench itself is plain .mjs).
 *   fixture DIR BYTES  → builds the test PKI + TSA, writes a BYTES-sized PE32+, signs it, prints JSON paths
 *   verify FILE ROOT TSA-ROOT → verifies once in this process, prints {ms, maxRssKiB}
 *   hash FILE          → baseline: streams the file through SHA-256 (same 1 MiB reads), prints {ms, maxRssKiB}
 */
import { readFileSync, rmSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { verifyAuthenticodeFile } from '../src/signing/authenticode/verify.js';
import { sha256File } from '../src/platform/fs.js';
import { createTestPki } from '../src/emulator/pki.js';
import { startTsa } from '../src/emulator/tsa.js';
import { writeLargePe } from '../test/fixtures/authenticode.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const [mode, ...args] = process.argv.slice(2);

async function main(): Promise<void> {
  if (mode === 'fixture') {
    const [dir, bytes] = args as [string, string];
    const pki = createTestPki();
    const tsa = await startTsa({ tsa: pki.tsa });
    const unsigned = join(dir, 'big-unsigned.exe');
    const signed = join(dir, 'big.exe');
    writeLargePe(unsigned, Number(bytes));
    // Async: the TSA emulator runs in this process and must answer while osslsigncode waits.
    await promisify(execFile)('osslsigncode', ['sign', '-certs', pki.chainPath, '-key', pki.leaf.keyPath, '-h', 'sha256', '-ts', tsa.url, '-in', unsigned, '-out', signed]);
    rmSync(unsigned);
    await tsa.close();
    // Keep the roots; drop the rest of the PKI.
    renameSync(pki.root.certPath, join(dir, 'root.pem'));
    renameSync(pki.tsaRoot.certPath, join(dir, 'tsa-root.pem'));
    pki.cleanup();
    console.log(JSON.stringify({ file: signed, root: join(dir, 'root.pem'), tsaRoot: join(dir, 'tsa-root.pem') }));
    return;
  }
  const t0 = performance.now();
  if (mode === 'verify') {
    const [file, root, tsaRoot] = args as [string, string, string];
    await verifyAuthenticodeFile(file, { roots: readFileSync(root, 'utf8'), tsaRoots: readFileSync(tsaRoot, 'utf8') });
  } else if (mode === 'hash') {
    await sha256File(args[0]!);
  } else throw new Error(`unknown mode ${mode}`);
  console.log(JSON.stringify({ ms: performance.now() - t0, maxRssKiB: process.resourceUsage().maxRSS }));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
