/** `relforge push-release --tag v0.4.0 --tree <sha> --bundle release.bundle …`: the prepared release, pushed atomically (same schema as actions/push-release). */
import { pushRelease } from '../versioning/push-release.js';
import { pushReleaseOptions, pushReleaseSchema } from '../versioning/push-release-options.js';
import { defineCommand, printResult } from './command.js';

export default defineCommand({
  schema: pushReleaseSchema,
  notes: 'Token for HTTPS pushes: RELFORGE_TOKEN (then GITHUB_TOKEN, GITEA_TOKEN, FORGEJO_TOKEN) in the environment, or --token-file / --token-env (never an argument).',
  async run(v) {
    return printResult(v.json, await pushRelease(pushReleaseOptions(v)), (r) => {
      const what = `${r.branch ? `${r.branch} + ` : ''}${r.tag}${r.majorTag ? ` + ${r.majorTag}` : ''}`;
      if (r.dryRun) return [...r.notes, `dry run: every check passed; would push ${what} (${r.commit.slice(0, 12)}, tree ${r.tree.slice(0, 12)}) atomically`];
      if (r.reused) return [...r.notes, `${r.tag} already pushed (commit ${r.commit})`];
      return [`${r.commit.slice(0, 12)} ${what} pushed atomically (tree ${r.tree.slice(0, 12)} = the built tree)`];
    });
  },
});
