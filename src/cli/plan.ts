/** `relforge plan --channel stable|beta`: what a release dispatch would do (version, tag, changelog preview). Writes nothing. */
import { parseArgs } from 'node:util';
import { planRelease } from '../versioning/plan.js';
import type { LegacyCliCommand } from './command.js';

export const usage = `relforge plan [--channel stable|beta|<id>] [--path .] [--json] [--tag-prefix v] [--version-file FILE]
       [--pre-1-0 minor|major] [--base next|manifest|X.Y.Z] [--number auto|N] [--config cliff.toml] [--include-path GLOB]…

Prints what a dispatch of the release workflow would do: stable → next version, tag, steps and a changelog preview
(exit 0; "nothing releasable" also exits 0); a prerelease channel → the tag it would create or reuse. Nothing is written.`;

export default {
  summary: 'what a release dispatch would do (version, tag, changelog preview), without writing anything',
  usage,
  async run(argv: string[]): Promise<number> {
    const { values } = parseArgs({
      args: argv,
      options: {
        channel: { type: 'string', default: 'stable' },
        path: { type: 'string', default: '.' },
        json: { type: 'boolean', default: false },
        'tag-prefix': { type: 'string', default: 'v' },
        'version-file': { type: 'string' },
        'version-pattern': { type: 'string' },
        'pre-1-0': { type: 'string', default: 'minor' },
        base: { type: 'string', default: 'next' },
        number: { type: 'string', default: 'auto' },
        remote: { type: 'string', default: 'origin' },
        config: { type: 'string' },
        'include-path': { type: 'string', multiple: true },
      },
      allowPositionals: false,
      strict: true,
    });
    const plan = await planRelease({
      cwd: values.path!,
      channel: values.channel!,
      tagPrefix: values['tag-prefix'],
      versionFile: values['version-file'],
      versionPattern: values['version-pattern'],
      pre1: values['pre-1-0'] as 'minor' | 'major',
      base: values.base,
      number: values.number,
      remote: values.remote,
      config: values.config,
      includePaths: values['include-path'],
    });
    if (values.json) {
      console.log(JSON.stringify(plan, null, 2));
      return 0;
    }
    if (!plan.releasable) {
      console.log(`channel:  stable\nnothing to release: ${plan.reason}`);
      return 0;
    }
    const lines = [`channel:  ${plan.channel}`, `version:  ${plan.version}`, `tag:      ${plan.tag}`, `prerelease: ${plan.prerelease}`];
    if (!plan.prerelease) {
      const n = plan.next;
      lines.push(`previous: ${n.previousTag ?? '(none)'} → ${n.bump} bump from ${n.commits} commit(s)`);
    } else {
      const p = plan.prereleaseResult;
      lines.push(`base:     ${p.base} (${p.baseSource})${p.reused ? ', HEAD already carries this tag' : ''}`);
      for (const note of p.notes) lines.push(`note:     ${note}`);
    }
    lines.push('would:');
    for (const s of plan.steps) lines.push(`  - ${s}`);
    if (!plan.prerelease) lines.push('', 'changelog preview:', '', plan.changelog.section.trimEnd());
    console.log(lines.join('\n'));
    return 0;
  },
} satisfies LegacyCliCommand;
