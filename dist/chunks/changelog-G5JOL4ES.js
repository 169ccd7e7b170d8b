import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  defineCommand
} from "./chunk-ODS7LYII.js";
import {
  generateChangelog,
  notesFilePath,
  writeNotesFile
} from "./chunk-7ZTHB3EP.js";
import "./chunk-QMIP2YKH.js";
import "./chunk-DRTXKL47.js";
import {
  changelogOptions,
  changelogSchema
} from "./chunk-7PDM6JOE.js";
import "./chunk-6TDZCRPI.js";
import "./chunk-Y7UKLQWK.js";
import "./chunk-NXKPZHBO.js";
import "./chunk-4NSJM3RA.js";
import "./chunk-BLP2XCSJ.js";
import "./chunk-E2MW5JXR.js";
import "./chunk-ZJ4GZZ6R.js";
import "./chunk-A3HMJ4J5.js";
import "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/cli/changelog.ts
var changelog_default = defineCommand({
  schema: changelogSchema,
  notes: `Prints this release's section: the commits since the last strict release tag that count toward the release (the same
ones next-version counts). --output prepends it to a file; a prerelease version prints the changes since the last stable release. With no notable change
(only chores, docs…) nothing is printed or written, a warning says so, and the exit code is 0.`,
  async run(v) {
    notesFilePath(v.path, v["notes-file"]);
    const r = await generateChangelog(changelogOptions(v));
    const notesFile = writeNotesFile(v.path, v["notes-file"], r.notes);
    if (notesFile) console.error(`wrote the notes (${Buffer.byteLength(r.notes)} bytes) to ${notesFile}`);
    if (v.json) {
      console.log(JSON.stringify(r, null, 2));
      return 0;
    }
    if (!r.empty) console.log(r.section.trimEnd());
    for (const w of r.warnings) console.error(`warning: ${w}`);
    if (r.path) console.error(r.written ? `prepended to ${r.path}` : `dry run: ${r.path} not written`);
    return 0;
  }
});
export {
  changelog_default as default
};
