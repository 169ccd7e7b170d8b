/**
 * Release notes that fit the forge (pure). A body over the forge's limit is cut at a section boundary — before a
 * markdown heading or a top-level list item, never inside a line — and ends with a line saying it was cut and
 * linking the full notes. Limits (capabilities.notesLimit): GitHub 125,000 characters (its API refuses more);
 * Gitea and Forgejo check nothing in the API, but store the notes in a `TEXT` column (models/repo/release.go
 * `Note string xorm:"TEXT"`), which MySQL/MariaDB cap at 65,535 bytes — the smallest of their databases, so it is
 * the limit relforge keeps to there (measured in UTF-8 bytes).
 */

/** A forge's release-body limit (each forge's figure and its source: src/platform/forges.ts, notesLimit). */
export interface NotesLimit {
  max: number;
  /** 'chars': UTF-16 code units (≥ characters, so never over a character limit); 'bytes': UTF-8 bytes. */
  unit: 'chars' | 'bytes';
}


/** The name of the asset that carries the full notes when the body is cut. */
export const FULL_NOTES_NAME = 'RELEASE-NOTES.md';

export interface FittedNotes {
  body: string;
  cut: boolean;
  /** Size of the original notes and of the kept part (in the limit's unit). */
  size: number;
  kept: number;
}

export function notesSize(text: string, unit: NotesLimit['unit']): number {
  return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}

/** A line where a section starts: an ATX heading or a top-level list item. */
const BOUNDARY = /^(#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s)/;

/** The line that ends a cut body (markdown), linking the full notes. */
export function cutNotice(fullNotesUrl: string, limit: NotesLimit): string {
  const what = limit.unit === 'bytes' ? `${limit.max.toLocaleString('en-US')} bytes` : `${limit.max.toLocaleString('en-US')} characters`;
  return `\n\n---\n\n**These notes were cut to fit the forge's limit of ${what}.** The full notes: [${FULL_NOTES_NAME}](${fullNotesUrl}).\n`;
}

/**
 * The notes as the forge can hold them: unchanged when they fit, else the longest prefix that ends just before a
 * section boundary (a heading or list item; failing that, a line end) and leaves room for the notice.
 */
export function fitNotes(body: string, limit: NotesLimit, fullNotesUrl: string): FittedNotes {
  const size = notesSize(body, limit.unit);
  if (size <= limit.max) return { body, cut: false, size, kept: size };
  const notice = cutNotice(fullNotesUrl, limit);
  const budget = limit.max - notesSize(notice, limit.unit);
  const lines = body.split('\n');
  let used = 0; // size of lines[0..i) joined with '\n' (each line counted with its newline)
  let atSection = 0;
  let atLine = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i > 0 && used - 1 <= budget) {
      atLine = i;
      if (BOUNDARY.test(line)) atSection = i;
    }
    used += notesSize(line, limit.unit) + 1;
    if (used - 1 > budget) break;
  }
  const end = atSection > 0 ? atSection : atLine;
  const kept = lines.slice(0, end).join('\n').replace(/\s+$/, '');
  return { body: kept + notice, cut: true, size, kept: notesSize(kept, limit.unit) };
}

/**
 * The web root of a forge from its API root: api.github.com → github.com, GHES `…/api/v3` and Gitea/Forgejo
 * `…/api/v1` → the host; anything else (a loopback emulator) is its own web root.
 */
export function webRoot(apiUrl: string): string {
  const u = apiUrl.replace(/\/+$/, '');
  if (/^https:\/\/api\.github\.com$/i.test(u)) return 'https://github.com';
  return u.replace(/\/api\/v[13]$/, '');
}

/** Where a published release's asset is downloaded (the same path on every forge). */
export function releaseDownloadUrl(apiUrl: string, owner: string, repo: string, tag: string, name: string): string {
  return `${webRoot(apiUrl)}/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/releases/download/${tag.split('/').map(encodeURIComponent).join('/')}/${encodeURIComponent(name)}`;
}
