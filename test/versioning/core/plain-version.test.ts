/**
 * Issue 22: the format added through the registry alone — a plain `VERSION` / `version.txt` file — read,
 * rewritten and validated like every other format (as version-file and as a component's manifest).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { updaterFor } from '../../../src/versioning/core/manifests/index.js';
import { readVersionFile, writeManifests } from '../../../src/versioning/manifest-writes.js';

describe('VERSION / version.txt', () => {
  it('reads the version alone on its first line and rewrites only it', () => {
    for (const [text, version, expected] of [
      ['1.4.0', '1.4.0', '2.0.0'],
      ['1.4.0\n', '1.4.0', '2.0.0\n'],
      ['\n  1.4.0-beta.2  \r\n', '1.4.0-beta.2', '\n  2.0.0  \r\n'],
      ['v0.9.1\nnotes below\n', '0.9.1', 'v2.0.0\nnotes below\n'],
    ] as const) {
      expect(updaterFor('VERSION').readVersion(text)).toBe(version);
      expect(updaterFor('pkg/version.txt', { version: '2.0.0' }).updateContent(text)).toBe(expected);
    }
  });
  it('refuses an empty file and a first line with more than the version, naming the file and the fix', () => {
    expect(() => updaterFor('crates/x/VERSION').readVersion('\n\n')).toThrow(/crates\/x\/VERSION: no version found/);
    expect(() => updaterFor('VERSION').readVersion('version 1.4.0\n')).toThrow(/VERSION: the first line must hold the version alone.*version-pattern/);
  });
  it('works end to end as a version-file: read, then written all-or-nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relforge-plain-'));
    try {
      writeFileSync(join(dir, 'VERSION'), '0.3.0\r\n');
      expect(readVersionFile(dir, 'VERSION')).toBe('0.3.0');
      expect(writeManifests(dir, [{ path: 'VERSION', version: '0.4.0' }])).toEqual(['VERSION']);
      expect(readFileSync(join(dir, 'VERSION'), 'utf8')).toBe('0.4.0\r\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
