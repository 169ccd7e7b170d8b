/** core/notes.ts fitNotes (pure): notes over a forge's limit are cut before a heading or list item, never mid-line. */
import { describe, expect, it } from 'vitest';
import { fitNotes, releaseDownloadUrl, webRoot } from '../../src/publishing/core/notes.js';

const URL = 'https://example.test/o/r/releases/download/v1/RELEASE-NOTES.md';

describe('fitNotes', () => {
  it('leaves notes that fit unchanged', () => {
    expect(fitNotes('## v1\n\n- a\n', { max: 11, unit: 'chars' }, URL)).toEqual({ body: '## v1\n\n- a\n', cut: false, size: 11, kept: 11 });
  });

  it('cuts before the last list item or heading that fits, says so, links the full notes, and stays within the limit', () => {
    const notes = `## v1\n\n### Features\n\n${Array.from({ length: 40 }, (_, i) => `- item ${i} ${'x'.repeat(30)}`).join('\n')}\n`;
    const f = fitNotes(notes, { max: 600, unit: 'chars' }, URL);
    expect(f.cut).toBe(true);
    expect(f.body.length).toBeLessThanOrEqual(600);
    const [kept, notice] = f.body.split('\n\n---\n\n');
    expect(notes.startsWith(`${kept}\n`)).toBe(true);
    expect(notes.slice(kept!.length + 1)).toMatch(/^- item \d+ /);
    expect(kept).toMatch(/- item \d+ x{30}$/); // whole lines only
    expect(notice).toBe(`**These notes were cut to fit the forge's limit of 600 characters.** The full notes: [RELEASE-NOTES.md](${URL}).\n`);
  });

  it('counts UTF-8 bytes for a byte limit (multi-byte characters) and falls back to a line end without boundaries', () => {
    const notes = Array.from({ length: 30 }, (_, i) => `ligne ${i} — été, ça dépasse`).join('\n');
    const f = fitNotes(notes, { max: 400, unit: 'bytes' }, URL);
    expect(Buffer.byteLength(f.body)).toBeLessThanOrEqual(400);
    const kept = f.body.split('\n\n---\n\n')[0]!;
    expect(notes.startsWith(`${kept}\n`)).toBe(true);
    expect(kept.length).toBeGreaterThan(0);
  });
});

describe('webRoot / releaseDownloadUrl', () => {
  it('maps API roots to the web root where release downloads live', () => {
    expect(webRoot('https://api.github.com')).toBe('https://github.com');
    expect(webRoot('https://ghe.example.com/api/v3')).toBe('https://ghe.example.com');
    expect(webRoot('https://codeberg.org/api/v1/')).toBe('https://codeberg.org');
    expect(releaseDownloadUrl('https://codeberg.org/api/v1', 'o', 'r', 'app/v1.0.0', 'RELEASE-NOTES.md')).toBe('https://codeberg.org/o/r/releases/download/app/v1.0.0/RELEASE-NOTES.md');
  });
});
