/** actions/publish-release: inputs (publishReleaseSchema) → publishRelease (or inspectRelease) → outputs + step summary. */
import { runAction, readInputs, setOutputs, writeSummary, log } from './runner.js';
import { publishRelease, renderPublishSummary } from '../publishing/publish-release.js';
import { inspectRelease, renderInspectSummary } from '../publishing/inspect.js';
import { publishReleaseSchema, publishReleaseSettings } from '../publishing/options.js';

void runAction(async ({ runtime }) => {
  const settings = publishReleaseSettings(readInputs(publishReleaseSchema), { env: process.env, log: log.info });
  if (settings.inspect) {
    const r = await inspectRelease(settings);
    setOutputs(publishReleaseSchema, { 'release-id': r.releaseId ?? '', url: r.url, assets: r.assets, created: false, state: r.state, complete: r.complete, draft: r.state === 'draft', problems: r.missing, 'notes-cut': false });
    await writeSummary(renderInspectSummary(r));
    return;
  }
  const res = await publishRelease(settings);
  log.info(`${res.dryRun ? 'Dry run on' : 'Release on'} ${res.forge} (${runtime.runner}): ${res.url || res.tag}`);
  setOutputs(publishReleaseSchema, { 'release-id': res.releaseId ?? '', url: res.url, assets: res.assets, created: res.created, state: res.state ?? '', complete: !res.dryRun && res.complete, draft: res.draft, problems: [], 'notes-cut': res.notesCut });
  await writeSummary(renderPublishSummary(res));
});
