/** `relforge changelog --version X.Y.Z`: this release's notes (same schema as actions/changelog). */
import { generateChangelog, notesFilePath, writeNotesFile } from '../versioning/changelog.js';
import { changelogOptions, changelogSchema } from '../versioning/options.js';
import { defineCommand } from './command.js';

export default defineCommand({
  schema: changelogSchema,
  notes: `Prints this release's section: the commits since the last strict release tag that count toward the release (the same
ones next-version counts). --output prepends it to a file; a prerelease version prints the changes since the last stable release. With no notable change
(only chores, docs…) nothing is printed or written, a warning says so, and the exit code is 0.`,
  async run(v) {
    notesFilePath(v.path, v['notes-file']); // refused before anything is written
    const r = await generateChangelog(changelogOptions(v));
    const notesFile = writeNotesFile(v.path, v['notes-file'], r.notes);
    if (notesFile) console.error(`wrote the notes (${Buffer.byteLength(r.notes)} bytes) to ${notesFile}`);
    if (v.json) {
      console.log(JSON.stringify(r, null, 2));
      return 0;
    }
    // No entry: no bare heading on stdout (it is the notes), only the warning saying there is nothing to write.
    if (!r.empty) console.log(r.section.trimEnd());
    for (const w of r.warnings) console.error(`warning: ${w}`);
    if (r.path) console.error(r.written ? `prepended to ${r.path}` : `dry run: ${r.path} not written`);
    return 0;
  },
});
