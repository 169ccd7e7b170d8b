/** `relforge prerelease`: tag HEAD as <base>-<channel>.N and push only that tag (same schema as actions/prerelease). */
import { cutPrerelease, prereleaseVerb } from '../versioning/prerelease.js';
import { prereleaseOptions, prereleaseSchema } from '../versioning/options.js';
import { TOKEN_ENV } from '../platform/vocabulary.js';
import { defineCommand, printResult } from './command.js';

export default defineCommand({
  schema: prereleaseSchema,
  notes: `Token for HTTPS pushes: ${TOKEN_ENV[0]} (then ${TOKEN_ENV.slice(1).join(', ')}) in the environment, or --token-file / --token-env (never an argument).
--write rewrites the manifests in the work tree to the prerelease version (not committed) so the build reports it.`,
  async run(v) {
    return printResult(v.json, await cutPrerelease(prereleaseOptions(v)), (r) => {
      const verb = prereleaseVerb(r);
      const lines = [`${verb} ${r.commit.slice(0, 12)} as ${r.tag}${r.pushed ? ' (pushed)' : ''}`];
      if (r.files.length) lines.push(`${r.dryRun ? 'would rewrite' : 'rewrote'} ${r.files.join(', ')} to ${r.version} (work tree only)`);
      return lines;
    });
  },
});
