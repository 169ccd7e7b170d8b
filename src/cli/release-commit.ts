/** `relforge release-commit --version X.Y.Z --file …`: commit, tag, atomic push (same library as actions/release-commit). */
import { parseArgs } from 'node:util';
import { RelforgeError } from '../platform/errors.js';
import { releaseCommit } from '../versioning/release-commit.js';
import type { LegacyCliCommand } from './command.js';

export const usage = `relforge release-commit --version X.Y.Z --file package.json [--file CHANGELOG.md]… [--message 'chore(release): {tag}']
       [--tag-prefix v] [--remote origin] [--no-push] [--dry-run] [--path .] [--json]

Token for HTTPS pushes: RELFORGE_TOKEN in the environment (never an argument).`;

export default {
  summary: 'commit release files, annotated tag, atomic branch+tag push (refused if the branch moved)',
  usage,
  async run(argv: string[]): Promise<number> {
    const { values } = parseArgs({
      args: argv,
      options: {
        version: { type: 'string' },
        file: { type: 'string', multiple: true },
        message: { type: 'string' },
        'tag-prefix': { type: 'string', default: 'v' },
        remote: { type: 'string', default: 'origin' },
        'no-push': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        path: { type: 'string', default: '.' },
        json: { type: 'boolean', default: false },
      },
      strict: true,
    });
    if (!values.version) throw new RelforgeError(`--version is required.\n\nusage: ${usage}`, { exitCode: 2 });
    const r = await releaseCommit({
      cwd: values.path!,
      version: values.version,
      files: values.file ?? [],
      message: values.message,
      tagPrefix: values['tag-prefix'],
      remote: values.remote,
      token: process.env.RELFORGE_TOKEN || undefined,
      push: !values['no-push'],
      dryRun: values['dry-run'],
    });
    if (values.json) console.log(JSON.stringify(r, null, 2));
    else if (r.dryRun) console.log(`dry run: would commit ${r.files.join(', ')} on ${r.branch} and tag ${r.tag}`);
    else if (r.reused) console.log(`${r.tag} already pushed (commit ${r.commit})`);
    else console.log(`${r.commit.slice(0, 12)} ${r.tag} on ${r.branch}${r.pushed ? ' (pushed atomically)' : ' (not pushed)'}`);
    return 0;
  },
} satisfies LegacyCliCommand;
