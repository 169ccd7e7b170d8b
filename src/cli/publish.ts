/**
 * `relforge publish`: the same operation and options as actions/publish-release. The token never comes
 * from argv: RELFORGE_TOKEN, else GITHUB_TOKEN / GITEA_TOKEN / FORGEJO_TOKEN, or --token-file / --token-env.
 */
import { publishRelease } from '../publishing/publish-release.js';
import { inspectRelease } from '../publishing/inspect.js';
import { publishReleaseSchema, publishReleaseSettings } from '../publishing/options.js';
import { TOKEN_ENV } from '../platform/vocabulary.js';
import { defineCommand } from './command.js';

export default defineCommand({
  schema: publishReleaseSchema,
  notes: `The token is read from ${TOKEN_ENV[0]} (else ${TOKEN_ENV.slice(1).join(', ')}), --token-file or --token-env;
never pass a token as an argument. --api-url defaults to GITHUB_API_URL (https://api.github.com), --repository to
GITHUB_REPOSITORY. Without a token, --dry-run plans from the local files only. Globs are relative to the current directory.
--inspect only judges the release for --tag by content (none, draft, published; complete, or each problem with its reason)
and changes nothing. --mode stage leaves a verified draft (the tag may not exist yet); --mode publish publishes it once the
tag exists at --commit. Notes go in a file (--body-file); notes over the forge's limit are cut and attached in full.`,
  async run(v) {
    const log = v.json ? (l: string) => console.error(l) : (l: string) => console.log(l);
    const settings = publishReleaseSettings(v, { env: process.env, cwd: process.cwd(), log });
    if (settings.inspect) {
      // the log line says it all; --json gives state, complete, missing and the assets
      const r = await inspectRelease(settings);
      if (v.json) console.log(JSON.stringify(r, null, 2));
      return 0;
    }
    const res = await publishRelease(settings);
    if (v.json) console.log(JSON.stringify(res, null, 2));
    else {
      console.log(`${res.dryRun ? 'dry run: ' : ''}${res.tag} ${res.dryRun ? 'planned' : res.published ? 'published' : 'left as draft'}${res.url ? ` — ${res.url}` : ''}`);
      for (const a of res.assets) console.log(`  ${a.sha256}  ${a.name} (${a.size} bytes)`);
      if (res.notesCut) console.log('  notes: cut to the forge\'s limit; the full notes are the RELEASE-NOTES.md asset');
    }
    return 0;
  },
});
