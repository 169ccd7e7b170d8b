/** actions/publish-release: inputs (publishReleaseSchema) → publishRelease → outputs + step summary. */
import { runAction, readInputs, setOutputs, writeSummary, log } from './runner.js';
import { publishRelease, renderPublishSummary } from '../publishing/publish-release.js';
import { publishReleaseSchema, publishReleaseSettings } from '../publishing/options.js';

void runAction(async ({ runtime }) => {
  const res = await publishRelease(publishReleaseSettings(readInputs(publishReleaseSchema), { env: process.env, log: log.info }));
  log.info(`${res.dryRun ? 'Dry run on' : 'Release on'} ${res.forge} (${runtime.runner}): ${res.url || res.tag}`);
  setOutputs({ 'release-id': res.releaseId ?? '', url: res.url, assets: res.assets, created: res.created });
  await writeSummary(renderPublishSummary(res));
});
