/** actions/next-version: inputs → computeNextVersion → outputs + step summary. */
import { boolInput, input, log, runAction, setOutputs, writeSummary } from './runner.js';
import { computeNextVersion, renderNextVersionSummary, type NextVersionOptions } from '../next-version.js';

void runAction(async () => {
  const types = input('release-types')
    .split(/[,\n]/)
    .map((t) => t.trim())
    .filter(Boolean);
  const settings: NextVersionOptions = {
    cwd: input('path', '.'),
    tagPrefix: input('tag-prefix', 'v'),
    versionFile: input('version-file') || undefined,
    versionPattern: input('version-pattern') || undefined,
    pre1: input('pre-1-0', 'minor') as NextVersionOptions['pre1'],
    releaseTypes: types,
    components: input('components') || undefined,
    versioning: input('versioning', 'unified') as NextVersionOptions['versioning'],
    write: boolInput('write', false),
  };
  const r = await computeNextVersion(settings);
  for (const w of r.warnings ?? []) log.warning(w);
  log.info(
    r.released
      ? `next version ${r.version} (${r.bump}) from ${r.previousTag ?? r.previousVersion}, ${r.commits} commit(s)`
      : `no release: ${r.commits} commit(s) since ${r.previousTag ?? r.previousVersion}, none releasing`,
  );
  if (r.ignoredPrereleaseTags.length) log.info(`ignored prerelease tags: ${r.ignoredPrereleaseTags.join(', ')}`);
  if (r.written.length) log.info(`rewrote ${r.written.join(', ')}`);
  setOutputs({
    version: r.version,
    tag: r.tag,
    'previous-version': r.previousVersion,
    'previous-tag': r.previousTag ?? '',
    bump: r.bump,
    released: r.released,
    commits: r.commits,
    'changed-components': r.changedComponents,
    components: r.components.map((c) => ({ name: c.name, previous: c.previous, version: c.version, bump: c.bump, tag: c.tag })),
  });
  await writeSummary(renderNextVersionSummary(r));
});
