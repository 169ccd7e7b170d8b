/** actions/push-release: inputs (pushReleaseSchema) → pushRelease → outputs + step summary. */
import { log, readInputs, runAction, setOutputs, writeSummary } from './runner.js';
import { pushRelease, renderPushSummary } from '../versioning/push-release.js';
import { pushReleaseOptions, pushReleaseSchema } from '../versioning/push-release-options.js';

void runAction(async () => {
  const res = await pushRelease(pushReleaseOptions(readInputs(pushReleaseSchema)));
  for (const n of res.notes) log.notice(n);
  const what = `${res.branch ? `${res.branch} (${res.commit.slice(0, 12)}) and ` : ''}${res.tag}${res.majorTag ? ` + ${res.majorTag}` : ''}`;
  if (res.dryRun) log.info(`Dry run: every check passed; would push ${what} atomically`);
  else if (res.reused) log.info(`${res.tag} was already pushed at ${res.commit.slice(0, 12)}; nothing to push`);
  else log.info(`Pushed ${what} atomically (tree ${res.tree.slice(0, 12)} = the built tree)`);
  setOutputs(pushReleaseSchema, { commit: res.commit, tree: res.tree, pushed: res.pushed, reused: res.reused });
  await writeSummary(renderPushSummary(res));
});
