/** `relforge release-commit --version X.Y.Z --files …`: commit, tag, atomic push (same schema as actions/release-commit). */
import { releaseCommit } from '../versioning/release-commit.js';
import { releaseCommitOptions, releaseCommitSchema } from '../versioning/options.js';
import { defineCommand } from './command.js';

export default defineCommand({
  schema: releaseCommitSchema,
  notes: 'Token for HTTPS pushes: RELFORGE_TOKEN (then GITHUB_TOKEN, GITEA_TOKEN, FORGEJO_TOKEN) in the environment, or --token-file / --token-env (never an argument).',
  async run(v) {
    const r = await releaseCommit(releaseCommitOptions(v));
    if (v.json) {
      console.log(JSON.stringify(r, null, 2));
      return 0;
    }
    for (const n of r.notes) console.log(`note: ${n}`);
    const major = r.majorTag ? ` + ${r.majorTag}` : '';
    if (r.dryRun) console.log(`dry run: would commit ${r.files.join(', ')} on ${r.branch} and tag ${r.tag}${major}`);
    else if (r.reused) console.log(`${r.tag} already pushed (commit ${r.commit})`);
    else console.log(`${r.commit.slice(0, 12)} ${r.tag}${major} on ${r.branch}${r.pushed ? ' (pushed atomically)' : ' (not pushed)'}`);
    return 0;
  },
});
