/** `relforge next-version`: the same decision as actions/next-version, printed (or as JSON). */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { RelforgeError } from '../errors.js';
import { computeNextVersion, renderNextVersionSummary, type NextVersionOptions } from '../next-version.js';
import type { CliCommand } from './command.js';

const usage = `relforge next-version [--path .] [--json] [--tag-prefix v] [--version-file FILE [--version-pattern REGEX]]
       [--pre-1-0 minor|major] [--release-types feat,fix,perf] [--components-file FILE | --components YAML]
       [--versioning unified|independent] [--write]

Prints the next version and why: the base tag, commits per type, the deciding commit(s), ignored prerelease tags.
--json prints the whole result as JSON. --write rewrites the manifests (all-or-nothing); without it nothing changes.`;

export default {
  summary: 'next version from Conventional Commits since the last strict release tag',
  usage,
  async run(argv: string[]): Promise<number> {
    const { values } = parseArgs({
      args: argv,
      options: {
        path: { type: 'string', default: '.' },
        json: { type: 'boolean', default: false },
        'tag-prefix': { type: 'string', default: 'v' },
        'version-file': { type: 'string' },
        'version-pattern': { type: 'string' },
        'pre-1-0': { type: 'string', default: 'minor' },
        'release-types': { type: 'string' },
        components: { type: 'string' },
        'components-file': { type: 'string' },
        versioning: { type: 'string', default: 'unified' },
        write: { type: 'boolean', default: false },
      },
      allowPositionals: false,
      strict: true,
    });
    let components = values.components;
    if (values['components-file']) {
      if (components) throw new RelforgeError('Use either --components or --components-file, not both.', { exitCode: 2 });
      try {
        components = readFileSync(values['components-file'], 'utf8');
      } catch (err) {
        throw new RelforgeError(`--components-file ${values['components-file']}: ${(err as Error).message}`, { exitCode: 2 });
      }
    }
    const opts: NextVersionOptions = {
      cwd: values.path!,
      tagPrefix: values['tag-prefix']!,
      ...(values['version-file'] ? { versionFile: values['version-file'] } : {}),
      ...(values['version-pattern'] ? { versionPattern: values['version-pattern'] } : {}),
      pre1: values['pre-1-0'] as NextVersionOptions['pre1'],
      ...(values['release-types'] ? { releaseTypes: values['release-types'].split(',').map((t) => t.trim()).filter(Boolean) } : {}),
      ...(components ? { components } : {}),
      versioning: values.versioning as NextVersionOptions['versioning'],
      write: values.write!,
    };
    const r = await computeNextVersion(opts);
    if (values.json) {
      console.log(JSON.stringify(r, null, 2));
    } else {
      console.log(plainText(renderNextVersionSummary(r)));
    }
    return 0;
  },
} satisfies CliCommand;

/** The markdown summary as terminal text: no heading marks, code spans, emphasis or escapes. */
function plainText(markdown: string): string {
  return markdown
    .replace(/^#+ /gm, '')
    .replace(/(?<!\\)`/g, '')
    .replace(/(?<!\\)\*\*/g, '')
    .replace(/\\([<>|`*_[\]\\])/g, '$1')
    .trimEnd();
}
