/** actions/prerelease: inputs (prereleaseSchema) → cutPrerelease → outputs + step summary. */
import { log, readInputs, runAction, setOutputs, writeSummary } from './runner.js';
import { cutPrerelease, prereleaseVerb, renderPrereleaseSummary } from '../versioning/prerelease.js';
import { prereleaseOptions, prereleaseSchema } from '../versioning/options.js';

void runAction(async () => {
  const res = await cutPrerelease(prereleaseOptions(readInputs(prereleaseSchema)));
  for (const n of res.notes) log.notice(n);
  const verb = prereleaseVerb(res);
  log.info(`${verb[0]!.toUpperCase()}${verb.slice(1)} ${res.commit.slice(0, 12)} as ${res.tag} (base ${res.base} from ${res.baseSource})${res.pushed ? ', pushed' : ''}`);
  if (res.files.length) log.info(`${res.dryRun ? 'Would rewrite' : 'Rewrote'} ${res.files.join(', ')} to ${res.version} (work tree only)`);
  setOutputs(prereleaseSchema, { version: res.version, tag: res.tag, number: res.number, prerelease: true, reused: res.reused, commit: res.commit, base: res.base, files: res.files });
  await writeSummary(renderPrereleaseSummary(res));
});
