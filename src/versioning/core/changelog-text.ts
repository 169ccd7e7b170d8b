/**
 * Changelog text edits (no I/O): insert one release section into an existing CHANGELOG.md, and turn a
 * section into release notes.
 */

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A `## ` heading naming `version` (`## [0.4.0] - 2026-01-01`, `## 0.4.0`, `## [v0.4.0](…)`). */
function versionHeading(version: string): RegExp {
  return new RegExp(`^##\\s+\\[?v?${escapeRegex(version)}\\]?(?:[\\s(]|$)`);
}

/** The notes of a section: everything after its first `## ` heading line, trimmed (a release body). */
export function notesFromSection(section: string): string {
  const lines = section.replace(/\r\n/g, '\n').split('\n');
  const i = lines.findIndex((l) => /^##\s/.test(l));
  const body = i >= 0 ? lines.slice(i + 1) : lines;
  const text = body.join('\n').trim();
  return text ? `${text}\n` : '';
}

/** True when a section has a heading but no entries. */
export function sectionIsEmpty(section: string): boolean {
  return notesFromSection(section).trim() === '';
}

/**
 * Returns the new file text with `section` placed as the newest release:
 * - no file yet → `header` + section;
 * - the file already has a section for this version (a re-run) → that section is replaced, so re-runs never
 *   duplicate it;
 * - otherwise the section goes before the first `## ` heading other than `## [Unreleased]` (which stays on top,
 *   as Keep a Changelog wants), or after the existing text when there is none.
 */
export function insertChangelogSection(existing: string | undefined, section: string, version: string, header: string): string {
  const sec = section.replace(/\r\n/g, '\n').trim() + '\n';
  if (existing === undefined || existing.trim() === '') return `${header}${sec}`;
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  const lines = existing.replace(/\r\n/g, '\n').split('\n');
  const isH2 = (l: string) => /^##\s/.test(l);
  const same = versionHeading(version);
  const join = (parts: string[]) => parts.join('\n').replace(/\n/g, eol);

  const at = lines.findIndex((l) => same.test(l));
  if (at >= 0) {
    let end = lines.findIndex((l, k) => k > at && isH2(l));
    if (end < 0) end = lines.length;
    const after = lines.slice(end);
    return join([...lines.slice(0, at), ...sec.split('\n').slice(0, -1), ...(after.length ? ['', ...after] : [''])]);
  }
  let insert = lines.findIndex((l) => isH2(l) && !/^##\s+\[?unreleased\]?/i.test(l));
  if (insert < 0) {
    const trimmed = existing.replace(/\s+$/, '');
    return `${trimmed}${eol}${eol}${sec.replace(/\n/g, eol)}`;
  }
  return join([...lines.slice(0, insert), ...sec.split('\n').slice(0, -1), '', ...lines.slice(insert)]);
}
