/** actions/release-commit: inputs (releaseCommitSchema) → releaseCommit → outputs + step summary. */
import { log, readInputs, runAction, setOutputs, writeSummary } from './runner.js';
import { releaseCommit } from '../versioning/release-commit.js';
import { releaseCommitOptions, releaseCommitSchema } from '../versioning/options.js';

void runAction(async () => {
  const res = await releaseCommit(releaseCommitOptions(readInputs(releaseCommitSchema)));
  for (const n of res.notes) log.notice(n);
  const major = res.majorTag ? ` and ${res.majorTag}` : '';
  if (res.dryRun) log.info(`Dry run: would commit ${res.files.join(', ')} on ${res.branch} and tag ${res.tag}${major}`);
  else if (res.reused) log.info(`${res.tag} was already pushed by an earlier run (commit ${res.commit}); nothing to do`);
  else log.info(`Committed ${res.files.join(', ')} as ${res.commit.slice(0, 12)} on ${res.branch}, tagged ${res.tag}${major}${res.pushed ? ', pushed atomically' : ' (not pushed)'}`);
  setOutputs(releaseCommitSchema, { commit: res.commit, tag: res.tag, version: res.version, branch: res.branch, pushed: res.pushed, reused: res.reused, 'major-tag': res.majorTag ?? '' });
  await writeSummary(
    `## Release commit ${res.tag}${res.dryRun ? ' (dry run)' : ''}\n\n| | |\n|---|---|\n| commit | \`${res.commit || '(none)'}\` |\n| branch | ${res.branch} |\n` +
      `| files | ${res.files.map((f) => `\`${f}\``).join(', ')} |\n| major tag | ${res.majorTag ?? '–'} |\n| pushed | ${res.pushed} |\n| reused | ${res.reused} |\n` +
      (res.notes.length ? `\n${res.notes.map((n) => `- ${n}`).join('\n')}\n` : ''),
  );
});
