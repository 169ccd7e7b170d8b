/**
 * Conventional Commits classification (no I/O): the ONE reading of a commit message that the bump, the
 * deciding list and the release notes all use (docs/architecture.md invariant 8).
 *
 * Header: the first non-blank line, leading whitespace ignored (` fix: …` is a fix). `type[(scope)][!]:
 * description`; the type is case-insensitive (`Feat:` = `feat:`, as the specification says), the space after
 * the colon may be missing (`fix:spell checker`), the description keeps its case (`useId()` stays `useId()`).
 * Lines that continue the first paragraph (a subject wrapped onto a second line) belong to the description,
 * unless they start a footer or a list item.
 * Breaking: `!` before the colon, or a `BREAKING CHANGE:` / `BREAKING-CHANGE:` footer (upper case, as the
 * specification requires), also as an item of a `*` / `-` list. A footer's text runs until the next footer
 * token (or, for a list item, the next item or blank line): multi-line footers stay whole.
 * Reverts: `Revert "<header>"` (git / GitHub) and `revert: <header>`, with `This reverts commit <sha>` in the
 * body when present. Whether a revert cancels or releases is decided by core/bump.ts over the whole range.
 * A message with no such header is non-conventional: counted, never releasing, never in the notes.
 * Release-As: a `Release-As: X.Y.Z` footer (token case-insensitive, after the header paragraph, in any message,
 * conventional or not) is kept as written in `releaseAs` (the last one of a message); core/bump.ts decides
 * whether it forces the version.
 */

import type { RawCommit } from '../../git/core/log.js';

export interface RevertInfo {
  /** The reverted commit (full or abbreviated id) from `This reverts commit <sha>`. */
  sha?: string;
  /** The reverted commit's header, from `Revert "<header>"` or `revert: <header>`. */
  header?: string;
}

export interface ClassifiedCommit {
  sha: string;
  /** The header as written: first line, continued by wrapped lines of the first paragraph. */
  subject: string;
  /** Lower-cased Conventional Commits type (`feat`, `fix`, `revert`…), or `''` for a non-conventional message. */
  type: string;
  scope?: string;
  /** The description after `type(scope)!:`, case kept (the subject for a non-conventional message). */
  description: string;
  breaking: boolean;
  /** Texts of the BREAKING CHANGE footers, each whole (may span lines). */
  breakingNotes: string[];
  conventional: boolean;
  /** Set when this commit reverts another one. */
  revert?: RevertInfo;
  /** The value of a `Release-As:` footer, as written (trimmed); validated by core/bump.ts. */
  releaseAs?: string;
  files?: string[];
}

/** The key `countsByType` uses for commits that are not Conventional Commits. */
export const NON_CONVENTIONAL = 'non-conventional';

const HEADER = /^([A-Za-z][\w-]*)(?:\(([^()\r\n]*)\))?(!)?:[ \t]*(\S.*)$/;
const GIT_REVERT = /^Revert "(.+)"\s*$/;
const REVERTS_SHA = /This reverts commit ([0-9a-f]{7,64})/;
/** A footer line: `Token: value`, `Token #value`, or a BREAKING CHANGE token. */
const FOOTER = /^(?:[A-Za-z][\w-]*(?:: | #)|BREAKING[ -]CHANGE:)/;
const BREAKING_NOTE = /^([ \t]*[*-][ \t]+)?BREAKING[ -]CHANGE:[ \t]*(.*)$/;
const LIST_ITEM = /^[ \t]*[*-][ \t]+/;
const RELEASE_AS = /^Release-As:[ \t]*(.*?)[ \t]*$/i;

/** Classifies one commit message. */
export function classifyCommit(raw: RawCommit): ClassifiedCommit {
  const lines = raw.message.includes('\r') ? raw.message.replace(/\r\n?/g, '\n').split('\n') : raw.message.split('\n');
  let first = 0;
  while (first < lines.length && lines[first]!.trim() === '') first++;
  const header = (lines[first] ?? '').trim();
  // The first paragraph continues the header unless a line starts a footer or a list.
  let end = first + 1;
  const wrapped: string[] = [];
  while (end < lines.length) {
    const l = lines[end]!;
    if (l.trim() === '' || FOOTER.test(l) || LIST_ITEM.test(l) || l.startsWith('This reverts commit')) break;
    wrapped.push(l.trim());
    end++;
  }
  const subject = wrapped.length ? `${header} ${wrapped.join(' ')}` : header;
  const out: ClassifiedCommit = { sha: raw.sha, subject, type: '', description: subject, breaking: false, breakingNotes: [], conventional: false };
  if (raw.files) out.files = raw.files;
  if (/release-as:/i.test(raw.message)) {
    for (let i = end; i < lines.length; i++) {
      const m = RELEASE_AS.exec(lines[i]!);
      if (m) out.releaseAs = m[1]!;
    }
  }
  const gitRevert = GIT_REVERT.exec(subject);
  const m = gitRevert ? null : HEADER.exec(subject);
  if (gitRevert) {
    out.type = 'revert';
    out.conventional = true;
    out.description = subject;
    out.revert = { header: gitRevert[1]! };
  } else if (m) {
    out.type = m[1]!.toLowerCase();
    out.conventional = true;
    out.description = m[4]!.trim();
    if (m[2]) out.scope = m[2].trim();
    out.breaking = m[3] === '!';
    if (out.type === 'revert') out.revert = { header: out.description };
  } else {
    return out;
  }
  if (out.revert || raw.message.includes('This reverts commit')) {
    const sha = REVERTS_SHA.exec(raw.message)?.[1];
    if (sha) out.revert = { ...out.revert, sha };
  }
  if (raw.message.includes('BREAKING')) {
    out.breakingNotes = breakingNotes(lines, end);
    if (out.breakingNotes.length) out.breaking = true;
  }
  return out;
}

/** The BREAKING CHANGE footers after the header paragraph, each whole. */
function breakingNotes(lines: string[], from: number): string[] {
  const notes: string[] = [];
  for (let i = from; i < lines.length; i++) {
    const m = BREAKING_NOTE.exec(lines[i]!);
    if (!m) continue;
    const listItem = m[1] !== undefined;
    const text = [m[2]!.trimEnd()];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      if (listItem ? l.trim() === '' || LIST_ITEM.test(l) : FOOTER.test(l)) break;
      text.push(listItem ? l.trim() : l.trimEnd());
    }
    while (text.length && text[text.length - 1] === '') text.pop();
    while (text.length && text[0] === '') text.shift();
    notes.push(text.join('\n'));
    i = j - 1;
  }
  return notes;
}

export function classifyCommits(raws: RawCommit[]): ClassifiedCommit[] {
  return raws.map(classifyCommit);
}
