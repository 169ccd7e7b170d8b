/** actions/next-version: inputs (nextVersionSchema) → computeNextVersion → outputs + step summary. */
import { log, readInputs, runAction, setOutputs, writeSummary } from './runner.js';
import { computeNextVersion, renderNextVersionSummary } from '../versioning/next-version.js';
import { nextVersionOptions, nextVersionSchema } from '../versioning/options.js';

void runAction(async () => {
  const r = await computeNextVersion(nextVersionOptions(readInputs(nextVersionSchema)));
  for (const w of r.warnings ?? []) log.warning(w);
  log.info(
    r.released
      ? `next version ${r.version} (${r.bump}) from ${r.previousTag ?? r.previousVersion}, ${r.commits} commit(s)`
      : `no release: ${r.commits} commit(s) since ${r.previousTag ?? r.previousVersion}, none releasing`,
  );
  if (r.lifted) log.notice(`Lifted ${r.lifted.from} to ${r.lifted.to}: ${r.lifted.above} is reachable from HEAD and a stable release must not sort below it.`);
  if (r.ignoredPrereleaseTags.length) log.info(`ignored prerelease tags: ${r.ignoredPrereleaseTags.join(', ')}`);
  if (r.written.length) log.info(`rewrote ${r.written.join(', ')}`);
  setOutputs(nextVersionSchema, {
    version: r.version,
    tag: r.tag,
    'previous-version': r.previousVersion,
    'previous-tag': r.previousTag ?? '',
    bump: r.bump,
    released: r.released,
    commits: r.commits,
    'changed-components': r.changedComponents,
    components: r.components.map((c) => ({ name: c.name, previous: c.previous, version: c.version, bump: c.bump, tag: c.tag })),
    files: r.written,
  });
  await writeSummary(renderNextVersionSummary(r));
});
