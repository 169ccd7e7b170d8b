/** `relforge prerelease`: tag HEAD as <base>-<channel>.N and push only that tag (same library as actions/prerelease). */
import { parseArgs } from 'node:util';
import { cutPrerelease } from '../versioning/prerelease.js';
import type { LegacyCliCommand } from './command.js';

export const usage = `relforge prerelease [--channel beta] [--base next|manifest|X.Y.Z] [--version-file FILE] [--tag-prefix v]
       [--number auto|N] [--force] [--no-push] [--remote origin] [--dry-run] [--path .] [--json]

Token for HTTPS pushes: RELFORGE_TOKEN in the environment (never an argument).`;

export default {
  summary: 'tag-only prerelease v<base>-<channel>.N on HEAD (push only the tag)',
  usage,
  async run(argv: string[]): Promise<number> {
    const { values } = parseArgs({
      args: argv,
      options: {
        channel: { type: 'string', default: 'beta' },
        base: { type: 'string', default: 'next' },
        'version-file': { type: 'string' },
        'version-pattern': { type: 'string' },
        'tag-prefix': { type: 'string', default: 'v' },
        number: { type: 'string', default: 'auto' },
        force: { type: 'boolean', default: false },
        'no-push': { type: 'boolean', default: false },
        remote: { type: 'string', default: 'origin' },
        'dry-run': { type: 'boolean', default: false },
        path: { type: 'string', default: '.' },
        json: { type: 'boolean', default: false },
      },
      strict: true,
    });
    const r = await cutPrerelease({
      cwd: values.path!,
      channel: values.channel,
      base: values.base,
      versionFile: values['version-file'],
      versionPattern: values['version-pattern'],
      tagPrefix: values['tag-prefix'],
      number: values.number,
      force: values.force,
      push: !values['no-push'],
      remote: values.remote,
      token: process.env.RELFORGE_TOKEN || undefined,
      dryRun: values['dry-run'],
    });
    if (values.json) console.log(JSON.stringify(r, null, 2));
    else {
      for (const n of r.notes) console.log(`note: ${n}`);
      const verb = r.dryRun ? 'would tag' : r.reused ? 'reused' : r.action === 'move' ? 'moved' : 'tagged';
      console.log(`${verb} ${r.commit.slice(0, 12)} as ${r.tag}${r.pushed ? ' (pushed)' : ''}`);
    }
    return 0;
  },
} satisfies LegacyCliCommand;
