/**
 * The bundled notes template (core/cliff-config.ts NOTES_TEMPLATE) rendered without git-cliff (no I/O).
 *
 * git-cliff renders the bundled template from a relforge context in ~1 s for 20,000 commits (process start,
 * JSON parse, Tera); this produces the same bytes in a few milliseconds. It mirrors the template exactly as
 * git-cliff 2.14 renders it (`--strip all`, `trim = true`): Tera without autoescaping, `{%-` eating the newline
 * before a tag, the template's own line breaks, no final newline. `test/versioning/notes-render.test.ts` renders
 * generated histories both ways (this and git-cliff with the bundled template) and requires identical output;
 * a change to NOTES_TEMPLATE must be made here too (that test fails until it is). A user cliff.toml is always
 * rendered by git-cliff.
 */
import type { NoteGroup } from './bump.js';
import { breakingItem, type NotesRelease } from './cliff-config.js';

/** What the template reads of a commit (the fields contextCommit writes into `extra`). */
export interface NotesEntry {
  sha: string;
  description: string;
  scope?: string;
  breakingNotes: string[];
}

/**
 * One notes group as git-cliff prints it for the context contextOpen + contextCommit… + contextClose(rel, group,
 * cancelled, lead): the release heading (and intro) when `lead`, then the group heading and one list item per
 * commit not in `cancelled`. Untrimmed, like git-cliff's stdout (the caller trims and joins the parts).
 */
export function renderNotesPart(rel: NotesRelease, group: NoteGroup, entries: readonly NotesEntry[], cancelled: ReadonlySet<string>, lead: boolean): string {
  let out = '';
  // Tera truthiness: null and "" are false.
  if (lead) out += `\n## [${rel.version}] - ${rel.date}\n\n${rel.intro ? `${rel.intro}\n\n` : ''}`;
  let shown = false;
  for (const c of entries) {
    if (cancelled.has(c.sha)) continue;
    out += shown ? '\n' : `\n\n### ${group}\n\n`;
    shown = true;
    out += `- ${c.scope ? `**${c.scope}:** ` : ''}${c.description}`;
    if (rel.remote) out += ` ([${c.sha.slice(0, 7)}](${rel.remote}/commit/${c.sha}))`;
    for (const n of c.breakingNotes) out += `\n${breakingItem(n)}`;
  }
  return out;
}
