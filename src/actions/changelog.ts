/** Entry for actions/changelog: inputs → generateChangelog → outputs + step summary. */
import { runAction, input, listInput, boolInput, setOutputs, writeSummary, log } from './runner.js';
import { generateChangelog } from '../versioning/changelog.js';

void runAction(async ({ runtime }) => {
  const repo = process.env.GITHUB_REPOSITORY;
  const res = await generateChangelog({
    cwd: input('path', process.env.GITHUB_WORKSPACE || process.cwd()),
    version: input('version').replace(/^v(?=\d)/, ''),
    tagPrefix: input('tag-prefix', 'v'),
    config: input('config') || undefined,
    output: input('output') || undefined,
    includePaths: listInput('include-paths'),
    // act derives GITHUB_REPOSITORY from the origin URL (can be a path): only an owner/name pair makes a link.
    remoteUrl: input('remote-url') || (repo && /^[\w.-]+\/[\w.-]+$/.test(repo) ? `${runtime.serverUrl}/${repo}` : undefined),
    pre1: (input('pre-1-0', 'minor') as 'minor' | 'major'),
    gitCliffPath: input('git-cliff-path') || undefined,
    dryRun: boolInput('dry-run', false),
  });
  log.info(`git-cliff ${res.gitCliff.version} (${res.gitCliff.source}), config: ${res.config}`);
  log.info(res.section);
  if (res.path) log.info(res.written ? `Prepended ${res.tag} to ${res.path}` : `Dry run: ${res.path} not written`);
  setOutputs({ notes: res.notes, path: res.path ?? '', tag: res.tag, version: res.version });
  await writeSummary(`## Changelog for ${res.tag}\n\n${res.notes || '_No changelog entries (no feat/fix/perf/breaking commits since the last release tag)._'}\n`);
});
