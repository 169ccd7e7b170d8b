import { describe, expect, it } from 'vitest';
import { parseDecorations, parseLogOutput } from '../../../src/git/core/log.js';

describe('parseLogOutput', () => {
  const A = '1'.repeat(40);
  const B = '2'.repeat(40);
  it('parses records with tags and messages', () => {
    const out = `/${A}\0tag: v1.1.0-beta.1, tag: v1.1.0-beta.2\0feat: a\n\nbody\n\0/${B}\0\0fix: b\n\0`;
    expect(parseLogOutput(out)).toEqual([
      { sha: A, message: 'feat: a\n\nbody\n', tags: ['v1.1.0-beta.1', 'v1.1.0-beta.2'] },
      { sha: B, message: 'fix: b\n' },
    ]);
  });
  it('parses --name-only file lists, including names that look like commit ids', () => {
    const out = `/${A}\0\0feat: a\n\0\nsrc/a.ts\0${B}\0/${B}\0\0chore: empty\n\0`;
    expect(parseLogOutput(out, true)).toEqual([
      { sha: A, message: 'feat: a\n', files: ['src/a.ts', B] },
      { sha: B, message: 'chore: empty\n', files: [] },
    ]);
  });
  it('parseDecorations keeps tags only', () => {
    expect(parseDecorations('HEAD -> main, tag: v1.0.0, origin/main')).toEqual(['v1.0.0']);
  });
});
