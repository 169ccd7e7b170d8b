/** actions/preflight: inputs (preflightSchema) → runPreflight → outputs + step summary. Runs first; fails before anything is tagged. */
import { log, readInputs, runAction, setOutputs, writeSummary } from './runner.js';
import { preflightSchema, preflightSettings } from '../preflight/options.js';
import { renderPreflightSummary, runPreflight } from '../preflight/preflight.js';

void runAction(async () => {
  const settings = preflightSettings(readInputs(preflightSchema));
  log.info(`preflight: checking ${settings.require.join(', ')} (nothing is tagged, pushed or published until this passes)`);
  const r = await runPreflight(settings);
  for (const x of r.results) log.info(`  ${x.check}: ${x.detail}`);
  setOutputs(preflightSchema, { checked: r.results.map((x) => x.check), 'key-id': r.keyId ?? '' });
  await writeSummary(renderPreflightSummary(r));
});
