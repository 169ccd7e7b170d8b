/** actions/changelog: inputs (changelogSchema) → generateChangelog → outputs + step summary. */
import { log, readInputs, runAction, setOutputs, writeSummary } from './runner.js';
import { describeRenderer, generateChangelog, notesFilePath, writeNotesFile } from '../versioning/changelog.js';
import { changelogOptions, changelogSchema } from '../versioning/options.js';

void runAction(async ({ runtime }) => {
  const repo = process.env.GITHUB_REPOSITORY;
  // act derives GITHUB_REPOSITORY from the origin URL (can be a path): only an owner/name pair makes a link.
  const runUrl = repo && /^[\w.-]+\/[\w.-]+$/.test(repo) ? `${runtime.serverUrl}/${repo}` : undefined;
  const inputs = readInputs(changelogSchema);
  notesFilePath(inputs.path, inputs['notes-file']); // refused before anything is written
  const res = await generateChangelog(changelogOptions(inputs, runUrl));
  // the notes by file: a body of thousands of commits cannot travel through env or argv
  const notesFile = writeNotesFile(inputs.path, inputs['notes-file'], res.notes);
  if (notesFile) {
    log.info(`Wrote the notes (${Buffer.byteLength(res.notes)} bytes) to ${notesFile}`);
  }
  for (const w of res.warnings) log.warning(w);
  log.info(`${describeRenderer(res)}; ${res.commits} commit(s) since ${res.previousTag ?? 'the start'}`);
  log.info(res.section);
  if (res.path) log.info(res.written ? `Prepended ${res.tag} to ${res.path}` : `Dry run: ${res.path} not written`);
  setOutputs(changelogSchema, { notes: res.notes, path: res.path ?? '', tag: res.tag, version: res.version, 'previous-tag': res.previousTag ?? '', 'notes-file': notesFile });
  const empty = '_No changelog entries (no commit since the last release tag releases)._';
  await writeSummary(`## ${res.prerelease ? 'Prerelease notes' : 'Changelog'} for ${res.tag}\n\n${res.notes || empty}\n`);
});
