/**
 * The conformance vectors (conformance/trust/): the committed directory is exactly what the generator writes
 * (deterministic), and relforge's verifier gives every case its expected verdict and reason.
 */
import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { generateVectors, runCase, type CaseSpec } from './vectors.js';
import verifyPackageCmd from '../../../src/cli/verify-package.js';
import { runCommand } from '../../../src/cli/args.js';

const DIR = resolve(import.meta.dirname, '..', '..', '..', 'conformance', 'trust');

function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? listFiles(root, p) : [relative(root, p)];
  });
}

describe('trust conformance vectors', () => {
  it('the committed vectors are what the generator writes, byte for byte (twice the same)', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'relforge-vectors-'));
    try {
      generateVectors(tmp);
      const want = listFiles(tmp).sort();
      const have = listFiles(DIR).filter((f) => f.startsWith('cases/') || f.startsWith('keys/')).sort();
      expect(have).toEqual(want);
      for (const f of want) expect(readFileSync(join(DIR, f)).equals(readFileSync(join(tmp, f))), f).toBe(true);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  const cases = readdirSync(join(DIR, 'cases')).sort();
  it('has a case for every rule of the issue', () => {
    for (const name of ['release-key-rotation', 'revoked-release-key', 'root-threshold-not-met', 'stranger-signs-root', 'stranger-signs-manifest', 'root-altered-after-signing', 'rollback-to-older-root', 'expired-newest-root', 'gap-in-chain', 'root-key-rotation', 'root-key-rotation-new-threshold-not-met', 'root-key-rotation-old-threshold-not-met', 'another-products-root', 'duplicate-signatures-count-once', 'key-id-collision']) {
      expect(cases).toContain(name);
    }
  });

  it.each(cases)('%s', async (name) => {
    const { spec, result } = await runCase(join(DIR, 'cases', name));
    expect({ action: result.action, reason: result.reason ?? null }, result.message).toEqual(spec.expect);
    if (spec.expect.action === 'install') expect(result.fileVerified).toBe(true);
  });

  // The same cases through the command line an agent may call: `<manifest>.<KEYID>.minisig` found beside the manifest.
  it.each(cases)('relforge verify-package: %s', async (name) => {
    const dir = join(DIR, 'cases', name);
    const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as CaseSpec;
    const out: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    try {
      const code = await runCommand(verifyPackageCmd, [
        '--manifest', join(dir, spec.manifest), '--trust-root', join(dir, spec.trustRoot), '--roots', join(dir, spec.roots),
        '--product', spec.product, '--platform', spec.platform, '--installed', spec.installed, '--file', join(dir, spec.package!), '--now', spec.now, '--json',
      ], {});
      const r = JSON.parse(out.join('\n')) as { action: string; reason: string | null };
      expect({ action: r.action, reason: r.reason }).toEqual(spec.expect);
      expect(code).toBe(spec.expect.action === 'install' ? 0 : spec.expect.action === 'up-to-date' ? 10 : 20);
    } finally {
      log.mockRestore();
    }
  });
});
