/** Entry for actions/archive: inputs (archiveSchema) → createArchives → outputs + step summary. No logic here. */
import { runAction, readInputs, setOutputs, writeSummary, log } from './runner.js';
import { createArchives, renderArchiveSummary } from '../archives/archive.js';
import { archiveOptions, archiveSchema } from '../archives/options.js';

void runAction(async () => {
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  const result = await createArchives({ ...archiveOptions(readInputs(archiveSchema), cwd), log: log.info });
  for (const n of result.notes) log.warning(n);
  if (result.dryRun) for (const a of result.archives) log.info(`would write ${a.file}: ${a.entries.map((e) => e.name).join(', ')}`);
  setOutputs(archiveSchema, {
    archives: result.archives.map(({ file, name, platform, format, size, sha256, entries }) => ({ file, name, platform, format, size: size ?? null, sha256: sha256 ?? null, entries: entries.length })),
    files: result.archives.map((a) => a.file).join('\n'),
  });
  await writeSummary(renderArchiveSummary(result));
});
