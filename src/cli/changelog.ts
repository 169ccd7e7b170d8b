/** `relforge changelog --version X.Y.Z`: release notes with git-cliff (same library as actions/changelog). */
import { parseArgs } from 'node:util';
import { RelforgeError } from '../platform/errors.js';
import { generateChangelog } from '../versioning/changelog.js';
import type { LegacyCliCommand } from './command.js';

export const usage = `relforge changelog --version X.Y.Z [--output CHANGELOG.md] [--config cliff.toml] [--tag-prefix v]
       [--include-path GLOB]… [--dry-run] [--path .] [--json]

Prints this release's section (commits since the last strict release tag); --output prepends it to a file.`;

export default {
  summary: "this release's changelog section from Conventional Commits (git-cliff)",
  usage,
  async run(argv: string[]): Promise<number> {
    const { values } = parseArgs({
      args: argv,
      options: {
        version: { type: 'string' },
        output: { type: 'string' },
        config: { type: 'string' },
        'tag-prefix': { type: 'string', default: 'v' },
        'include-path': { type: 'string', multiple: true },
        'pre-1-0': { type: 'string', default: 'minor' },
        'git-cliff-path': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        path: { type: 'string', default: '.' },
        json: { type: 'boolean', default: false },
      },
      strict: true,
    });
    if (!values.version) throw new RelforgeError(`--version is required.\n\nusage: ${usage}`, { exitCode: 2 });
    const r = await generateChangelog({
      cwd: values.path!,
      version: values.version.replace(/^v(?=\d)/, ''),
      output: values.output,
      config: values.config,
      tagPrefix: values['tag-prefix'],
      includePaths: values['include-path'],
      pre1: values['pre-1-0'] as 'minor' | 'major',
      gitCliffPath: values['git-cliff-path'],
      dryRun: values['dry-run'],
    });
    if (values.json) console.log(JSON.stringify(r, null, 2));
    else {
      console.log(r.section.trimEnd());
      if (r.path) console.error(r.written ? `prepended to ${r.path}` : `dry run: ${r.path} not written`);
    }
    return 0;
  },
} satisfies LegacyCliCommand;
