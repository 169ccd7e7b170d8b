/**
 * The signers' staged write (src/signing/staged-write.ts): temp → verify → commit or roll back. A failure at
 * any step, including halfway through the commit, leaves every target as it was before.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stagedWrite } from '../../src/signing/staged-write.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'relforge-staged-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const p = (n: string) => join(dir, n);
const write = (targets: Record<string, string>) => async (stage: { temp(t: string): string }) => {
  for (const [n, c] of Object.entries(targets)) await writeFile(stage.temp(p(n)), c, { flag: 'wx' });
  return targets;
};

describe('stagedWrite', () => {
  it('commits every target only after verify; temp files never remain', async () => {
    writeFileSync(p('a'), 'old a');
    const seen: string[] = [];
    await stagedWrite({
      write: write({ a: 'new a', b: 'new b' }),
      verify: async (_, stage) => {
        seen.push(readFileSync(stage.current(p('a')), 'utf8'), readFileSync(p('a'), 'utf8'));
      },
    });
    expect(seen).toEqual(['new a', 'old a']);
    expect(readdirSync(dir).sort()).toEqual(['a', 'b']);
    expect([readFileSync(p('a'), 'utf8'), readFileSync(p('b'), 'utf8')]).toEqual(['new a', 'new b']);
  });

  it('a failed verify leaves the targets as they were', async () => {
    writeFileSync(p('a'), 'old a');
    await expect(stagedWrite({ write: write({ a: 'new a', b: 'new b' }), verify: async () => Promise.reject(new Error('bad signature')) })).rejects.toThrow('bad signature');
    expect(readdirSync(dir)).toEqual(['a']);
    expect(readFileSync(p('a'), 'utf8')).toBe('old a');
  });

  it('a failure halfway through the commit puts back what was already replaced', async () => {
    writeFileSync(p('a'), 'old a');
    writeFileSync(p('b'), 'old b');
    const logs: string[] = [];
    await expect(
      stagedWrite(
        {
          write: write({ a: 'new a', b: 'new b', c: 'new c' }),
          verify: async () => {},
          // Fails when the commit reaches c, after a and b were renamed into place.
          mode: (t) => {
            if (t === p('c')) throw new Error('disk full');
            return undefined;
          },
        },
        { log: (m) => logs.push(m) },
      ),
    ).rejects.toThrow(/Could not move the verified outputs into place: disk full/);
    expect(readdirSync(dir).sort()).toEqual(['a', 'b']);
    expect([readFileSync(p('a'), 'utf8'), readFileSync(p('b'), 'utf8')]).toEqual(['old a', 'old b']);
    expect(logs.join('\n')).toMatch(/restored the 2 file\(s\)/);
  });

  it('kept targets are not touched (no rename, no temp left)', async () => {
    writeFileSync(p('a'), 'same');
    await stagedWrite({
      write: async (stage) => {
        stage.keep(p('a'));
        await writeFile(stage.temp(p('b')), 'b');
      },
      verify: async (_, stage) => expect(stage.current(p('a'))).toBe(p('a')),
    });
    expect(readdirSync(dir).sort()).toEqual(['a', 'b']);
    expect(existsSync(p('a'))).toBe(true);
  });
});
