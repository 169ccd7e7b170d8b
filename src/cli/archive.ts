/**
 * `relforge archive FILE|GLOB… --platform P… [--extra-files LICENSE] [--version X.Y.Z] …`: the same operation as
 * actions/archive (createArchives, archiveSchema): one reproducible .tar.gz (.zip for Windows) per platform.
 */
import { createArchives } from '../archives/archive.js';
import { archiveOptions, archiveSchema } from '../archives/options.js';
import { defineCommand, printResult } from './command.js';

export default defineCommand({
  schema: archiveSchema,
  notes: `Placeholders in FILE|GLOB, --extra-files and --name-template: {name} {version} {os} {arch} {platform} {goos}
{goarch} {target} {exe}. Entry times come from --timestamp, else SOURCE_DATE_EPOCH, else the commit time of HEAD,
so two runs over the same files write identical bytes. Example:
  relforge archive 'dist/{goos}-{goarch}/tally{exe}' --extra-files LICENSE --extra-files README.md \\
    --platform linux/amd64 --platform windows/amd64 --version 1.2.0 --name tally`,
  async run(v) {
    const result = await createArchives({ ...archiveOptions(v, process.cwd()), log: (m) => console.error(m) });
    return printResult(v.json, result, (r) =>
      r.archives.flatMap((a) => [
        `${r.dryRun ? 'would write' : 'wrote'} ${a.file} (${a.platform}${a.sha256 ? `, sha256 ${a.sha256}` : ''})`,
        ...a.entries.map((e) => `  ${e.mode} ${e.name}`),
      ]),
    );
  },
});
