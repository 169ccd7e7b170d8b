/** `relforge release-commit --version X.Y.Z --files …`: commit, tag, atomic push (same schema as actions/release-commit). */
import { releaseCommit } from '../versioning/release-commit.js';
import { releaseCommitOptions, releaseCommitSchema } from '../versioning/options.js';
import { TOKEN_ENV } from '../platform/vocabulary.js';
import { defineCommand, printResult } from './command.js';

export default defineCommand({
  schema: releaseCommitSchema,
  notes: `Token for HTTPS pushes: ${TOKEN_ENV[0]} (then ${TOKEN_ENV.slice(1).join(', ')}) in the environment, or --token-file / --token-env (never an argument).`,
  async run(v) {
    return printResult(v.json, await releaseCommit(releaseCommitOptions(v)), (r) => {
      const major = r.majorTag ? ` + ${r.majorTag}` : '';
      if (r.dryRun) return [`dry run: would commit ${r.files.join(', ')} on ${r.branch} and tag ${r.tag}${major}`];
      if (r.reused) return [`${r.tag} already pushed (commit ${r.commit})`];
      return [`${r.commit.slice(0, 12)} ${r.tag}${major} on ${r.branch}${r.pushed ? ' (pushed atomically)' : ' (not pushed)'}`];
    });
  },
});
