/**
 * Issue 13 case 3 (signing side): re-running a successful dispatch on the same commit changes nothing.
 * Trusted-comment timestamps come from SOURCE_DATE_EPOCH, else the commit time (never the clock), and an
 * existing signature that verifies the same bytes with the pinned key and says the same thing keeps its
 * timestamp; Ed25519 being deterministic, the .minisig files and SHA256SUMS come out byte-identical.
 * Expectations: git's own commit time, byte comparisons, and the real minisign verifying the results.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { signFiles } from '../../../src/signing/minisign/sign-files.js';
import { parseValues } from '../../../src/platform/options.js';
import { signEd25519Schema, signFilesOptions } from '../../../src/signing/minisign/options.js';
import { useRepos } from '../../helpers/repo.js';
import { requireTool } from '../../helpers/tools.js';

const FIX = join(import.meta.dirname, '..', '..', 'fixtures', 'minisign');
const KEY = readFileSync(join(FIX, 'k.key'), 'utf8');
const PUB = readFileSync(join(FIX, 'k.pub'), 'utf8');
const minisign = requireTool('minisign', 'apt-get install minisign');
const repo = useRepos({ withRemote: false });

function outputs(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.minisig') || f === 'SHA256SUMS')
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}
const comment = (sig: string) => sig.split('\n')[2]!;

describe('reproducible signatures (re-run of the same commit)', () => {
  it('takes the commit time, so signing a fresh checkout of the same commit again writes the same bytes; minisign verifies them', async () => {
    const r = repo();
    r.commit('feat: build', { 'dist/app-linux-x86_64': 'linux build', 'dist/app-windows-x86_64.exe': 'windows build' });
    const committed = Number(r.git('log', '-1', '--format=%ct'));
    const dist = join(r.dir, 'dist');
    const run = () => signFiles({ files: ['dist/*'], cwd: r.dir, privateKey: KEY, publicKey: PUB, version: '1.2.3', env: {} });
    const first = await run();
    expect(first.timestamp).toBe(committed);
    expect(first.timestampSource).toBe('commit');
    const before = outputs(dist);
    expect(comment(before['app-linux-x86_64.minisig']!)).toBe(`trusted comment: version:1.2.3\tfile:app-linux-x86_64\tplatform:linux-x86_64\ttimestamp:${committed}`);
    // A fresh runner: no outputs from the earlier run.
    for (const f of Object.keys(before)) rmSync(join(dist, f));
    await run();
    expect(outputs(dist)).toEqual(before);
    if (minisign) {
      for (const f of ['app-linux-x86_64', 'app-windows-x86_64.exe', 'SHA256SUMS']) {
        execFileSync(minisign, ['-V', '-q', '-P', PUB.split('\n')[1]!, '-m', join(dist, f)], { stdio: 'pipe' });
      }
    }
  });

  it('SOURCE_DATE_EPOCH wins over the commit time; a malformed one is refused', async () => {
    const r = repo();
    r.commit('feat: build', { 'a.bin': 'a' });
    const res = await signFiles({ files: ['a.bin'], cwd: r.dir, privateKey: KEY, checksums: false, env: { SOURCE_DATE_EPOCH: '1234567890' } });
    expect([res.timestamp, res.timestampSource]).toEqual([1234567890, 'SOURCE_DATE_EPOCH']);
    expect(comment(readFileSync(join(r.dir, 'a.bin.minisig'), 'utf8'))).toMatch(/\ttimestamp:1234567890$/);
    await expect(signFiles({ files: ['a.bin'], cwd: r.dir, privateKey: KEY, env: { SOURCE_DATE_EPOCH: 'yesterday' } })).rejects.toThrow(/SOURCE_DATE_EPOCH must be a whole number/);
  });

  it('the timestamp input (unix seconds or RFC 3339, e.g. the release commit\'s time) fixes it in a job without a checkout', async () => {
    const dir = repo().dir; // no commit: nothing to take the time from
    writeFileSync(join(dir, 'a.bin'), 'a');
    const settings = (timestamp: string) => signFilesOptions(parseValues(signEd25519Schema, { files: 'a.bin', 'private-key': KEY, checksums: 'false', timestamp }, 'action'), dir);
    for (const [given, unix] of [['1767225600', 1767225600], ['2026-01-01T00:00:00Z', 1767225600], ['2026-01-01T01:00:00+01:00', 1767225600]] as const) {
      const r = await signFiles({ ...settings(given), env: {} });
      expect([r.timestamp, r.timestampSource]).toEqual([unix, 'setting']);
    }
    expect(() => settings('yesterday')).toThrow(/Input "timestamp" must be unix seconds or an RFC 3339 date/);
    const clock = await signFiles({ files: ['a.bin'], cwd: dir, privateKey: KEY, checksums: false, env: {} });
    expect(clock.timestampSource).toBe('clock');
  });

  it('keeps an earlier run\'s outputs untouched when they verify the same bytes with the pinned key and say the same thing', async () => {
    const r = repo();
    r.commit('feat: build', { 'dist/a.bin': 'a', 'dist/b.bin': 'b' });
    const dist = join(r.dir, 'dist');
    const sign = (env: Record<string, string>, extra: object = {}) =>
      signFiles({ files: ['dist/*.bin'], cwd: r.dir, privateKey: KEY, publicKey: PUB, version: '2.0.0', platform: 'none', env, ...extra });
    await sign({ SOURCE_DATE_EPOCH: '1000' }); // e.g. an earlier run that took another timestamp
    const before = outputs(dist);
    const mtimes = Object.keys(before).map((f) => statSync(join(dist, f)).mtimeMs);
    const again = await sign({ SOURCE_DATE_EPOCH: '2000' });
    expect(outputs(dist)).toEqual(before);
    expect(Object.keys(before).map((f) => statSync(join(dist, f)).mtimeMs)).toEqual(mtimes);
    expect(again.unchanged.map((p) => p.slice(dist.length + 1)).sort()).toEqual(['SHA256SUMS', 'SHA256SUMS.minisig', 'a.bin.minisig', 'b.bin.minisig']);
    // A changed file is signed anew (new timestamp); the untouched one keeps its signature.
    writeFileSync(join(dist, 'b.bin'), 'b2');
    await sign({ SOURCE_DATE_EPOCH: '3000' });
    const after = outputs(dist);
    expect(after['a.bin.minisig']).toBe(before['a.bin.minisig']);
    expect(comment(after['b.bin.minisig']!)).toBe('trusted comment: version:2.0.0\tfile:b.bin\ttimestamp:3000');
    expect(after.SHA256SUMS).not.toBe(before.SHA256SUMS);
    // Another version binds differently: everything is signed anew.
    await signFiles({ files: ['dist/*.bin'], cwd: r.dir, privateKey: KEY, version: '2.0.1', platform: 'none', env: { SOURCE_DATE_EPOCH: '4000' } });
    expect(comment(readFileSync(join(dist, 'a.bin.minisig'), 'utf8'))).toBe('trusted comment: version:2.0.1\tfile:a.bin\ttimestamp:4000');
  });

  it('an existing signature that does not verify (other key, altered) is replaced, not trusted', async () => {
    const r = repo();
    r.commit('feat: build', { 'a.bin': 'a' });
    await signFiles({ files: ['a.bin'], cwd: r.dir, privateKey: KEY, checksums: false, env: { SOURCE_DATE_EPOCH: '1000' } });
    const sig = readFileSync(join(r.dir, 'a.bin.minisig'), 'utf8');
    writeFileSync(join(r.dir, 'a.bin'), 'A');
    const res = await signFiles({ files: ['a.bin'], cwd: r.dir, privateKey: KEY, checksums: false, env: { SOURCE_DATE_EPOCH: '2000' } });
    expect(res.unchanged).toEqual([]);
    expect(readFileSync(join(r.dir, 'a.bin.minisig'), 'utf8')).not.toBe(sig);
    expect(comment(readFileSync(join(r.dir, 'a.bin.minisig'), 'utf8'))).toMatch(/timestamp:2000$/);
  });
});
