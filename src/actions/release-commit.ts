/** Entry for actions/release-commit: inputs → releaseCommit → outputs + step summary. */
import { runAction, input, requiredInput, listInput, boolInput, secretInput, setOutputs, writeSummary, log } from './runner.js';
import { releaseCommit } from '../versioning/release-commit.js';

void runAction(async () => {
  const token = secretInput('token');
  const res = await releaseCommit({
    cwd: input('path', process.env.GITHUB_WORKSPACE || process.cwd()),
    version: requiredInput('version'),
    files: listInput('files'),
    message: input('message') || undefined,
    tagPrefix: input('tag-prefix', 'v'),
    remote: input('remote', 'origin'),
    token: token || undefined,
    identity: { name: input('author-name') || undefined, email: input('author-email') || undefined },
    push: boolInput('push', true),
    dryRun: boolInput('dry-run', false),
  });
  if (res.dryRun) log.info(`Dry run: would commit ${res.files.join(', ')} on ${res.branch} and tag ${res.tag}`);
  else if (res.reused) log.info(`${res.tag} was already pushed by an earlier run (commit ${res.commit}); nothing to do`);
  else log.info(`Committed ${res.files.join(', ')} as ${res.commit.slice(0, 12)} on ${res.branch}, tagged ${res.tag}${res.pushed ? ', pushed atomically' : ' (not pushed)'}`);
  setOutputs({ commit: res.commit, tag: res.tag, version: res.version, branch: res.branch, pushed: res.pushed, reused: res.reused });
  await writeSummary(
    `## Release commit ${res.tag}${res.dryRun ? ' (dry run)' : ''}\n\n| | |\n|---|---|\n| commit | \`${res.commit || '(none)'}\` |\n| branch | ${res.branch} |\n` +
      `| files | ${res.files.map((f) => `\`${f}\``).join(', ')} |\n| pushed | ${res.pushed} |\n| reused | ${res.reused} |\n`,
  );
});
