/**
 * `relforge publish`: the same operation as actions/publish-release. The token never comes from argv:
 * RELFORGE_TOKEN, else GITHUB_TOKEN (else GITEA_TOKEN / FORGEJO_TOKEN).
 */
import { parseArgs } from 'node:util';
import { RelforgeError } from '../platform/errors.js';
import { registerSecret } from '../platform/secrets.js';
import { publishRelease } from '../publishing/publish-release.js';
import type { LegacyCliCommand } from './command.js';

export const usage = `relforge publish --tag TAG --files GLOB [--files GLOB …] [--name TITLE] [--body TEXT | --body-file FILE]
       [--prerelease auto|true|false] [--draft] [--make-latest true|false|legacy] [--no-checksums]
       [--target-commitish SHA] [--overwrite replace|skip|fail] [--forge github|gitea|forgejo]
       [--api-url URL] [--repository owner/repo] [--dry-run] [--json]

Environment: RELFORGE_TOKEN (else GITHUB_TOKEN, GITEA_TOKEN, FORGEJO_TOKEN) — never pass a token as an argument.
--api-url defaults to GITHUB_API_URL (https://api.github.com); --repository to GITHUB_REPOSITORY.
Without a token, --dry-run plans from the local files only.`;

export default {
  summary: 'publish a release atomically (draft → upload → verify → publish), re-runnable',
  usage,
  async run(argv: string[]): Promise<number> {
    const { values } = parseArgs({
      args: argv,
      options: {
        tag: { type: 'string' },
        files: { type: 'string', multiple: true },
        name: { type: 'string' },
        body: { type: 'string' },
        'body-file': { type: 'string' },
        prerelease: { type: 'string', default: 'auto' },
        draft: { type: 'boolean', default: false },
        'make-latest': { type: 'string', default: 'true' },
        'no-checksums': { type: 'boolean', default: false },
        'target-commitish': { type: 'string' },
        overwrite: { type: 'string', default: 'replace' },
        forge: { type: 'string' },
        'api-url': { type: 'string' },
        repository: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        token: { type: 'string' },
      },
      allowPositionals: false,
      strict: true,
    });
    if (values.token !== undefined) {
      throw new RelforgeError('relforge publish does not take a token on the command line (it would show in process lists and shell history): set RELFORGE_TOKEN instead.', { exitCode: 2 });
    }
    if (!values.tag) throw new RelforgeError(`--tag is required.\n\nusage: ${usage}`, { exitCode: 2 });
    const token = process.env.RELFORGE_TOKEN || process.env.GITHUB_TOKEN || process.env.GITEA_TOKEN || process.env.FORGEJO_TOKEN || '';
    registerSecret(token);
    const pre = values.prerelease.toLowerCase();
    if (!['auto', 'true', 'false'].includes(pre)) throw new RelforgeError(`--prerelease must be auto, true or false, got "${values.prerelease}".`, { exitCode: 2 });
    if (!token && !values['dry-run']) {
      throw new RelforgeError('No token: set RELFORGE_TOKEN (or GITHUB_TOKEN) to a token that can write releases, or use --dry-run.', { exitCode: 2 });
    }
    const res = await publishRelease({
      tag: values.tag,
      files: values.files ?? [],
      name: values.name,
      body: values.body,
      bodyFile: values['body-file'],
      prerelease: pre === 'auto' ? 'auto' : pre === 'true',
      draft: values.draft,
      makeLatest: values['make-latest'] as 'true' | 'false' | 'legacy',
      checksums: !values['no-checksums'],
      targetCommitish: values['target-commitish'],
      overwrite: values.overwrite as 'replace' | 'skip' | 'fail',
      dryRun: values['dry-run'],
      forge: { forge: values.forge, apiUrl: values['api-url'], token, repository: values.repository },
      log: values.json ? (l) => console.error(l) : (l) => console.log(l),
    });
    if (values.json) console.log(JSON.stringify(res, null, 2));
    else {
      console.log(`${res.dryRun ? 'dry run: ' : ''}${res.tag} ${res.dryRun ? 'planned' : res.published ? 'published' : 'left as draft'}${res.url ? ` — ${res.url}` : ''}`);
      for (const a of res.assets) console.log(`  ${a.sha256}  ${a.name} (${a.size} bytes)`);
    }
    return 0;
  },
} satisfies LegacyCliCommand;
