/** `relforge prerelease`: tag HEAD as <base>-<channel>.N and push only that tag (same schema as actions/prerelease). */
import { cutPrerelease } from '../versioning/prerelease.js';
import { prereleaseOptions, prereleaseSchema } from '../versioning/options.js';
import { defineCommand } from './command.js';

export default defineCommand({
  schema: prereleaseSchema,
  notes: `Token for HTTPS pushes: RELFORGE_TOKEN (then GITHUB_TOKEN, GITEA_TOKEN, FORGEJO_TOKEN) in the environment, or --token-file / --token-env (never an argument).
--write rewrites the manifests in the work tree to the prerelease version (not committed) so the build reports it.`,
  async run(v) {
    const r = await cutPrerelease(prereleaseOptions(v));
    if (v.json) {
      console.log(JSON.stringify(r, null, 2));
      return 0;
    }
    for (const n of r.notes) console.log(`note: ${n}`);
    const verb = r.dryRun ? 'would tag' : r.reused ? 'reused' : r.action === 'move' ? 'moved' : 'tagged';
    console.log(`${verb} ${r.commit.slice(0, 12)} as ${r.tag}${r.pushed ? ' (pushed)' : ''}`);
    if (r.files.length) console.log(`${r.dryRun ? 'would rewrite' : 'rewrote'} ${r.files.join(', ')} to ${r.version} (work tree only)`);
    return 0;
  },
});
