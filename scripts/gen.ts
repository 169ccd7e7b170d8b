// `npm run gen`: writes what follows from the option schemas (src/schemas.ts):
//   - the `description:`, `inputs:` and `outputs:` of every actions/<name>/action.yml (the rest of the file is kept as is);
//   - src/cli/commands.ts, the CLI's command table (summaries + lazy loaders) that src/cli/main.ts reads;
//   - the command / action lists between `<!-- relforge:commands -->`, `<!-- relforge:actions -->` or
//     `<!-- relforge:action-links -->` and `<!-- /relforge -->` (docs/cli.md, README.md, docs/README.md);
//   - the tables between `<!-- relforge:inputs NAME -->` / `<!-- relforge:outputs NAME -->` and
//     `<!-- /relforge -->` markers in README.md and docs/**/*.md.
// test/platform/options.test.ts fails when a committed file differs from what this writes.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { actionYaml, commandsModule, markdownFiles, renderMarkedLists, renderMarkedTables } from './options-docs.js';

const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');
let stale = 0;
function write(file: string, text: string): void {
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (old === text) return;
  stale++;
  if (check) console.error(`stale: ${file}`);
  else {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
const { ACTION_SCHEMAS, CLI_SCHEMAS, COMMAND_SCHEMAS } = await import('../src/schemas.js');
write(join(root, 'src', 'cli', 'commands.ts'), commandsModule(COMMAND_SCHEMAS));
for (const [name, schema] of Object.entries(ACTION_SCHEMAS)) {
  const file = join(root, 'actions', name, 'action.yml');
  write(file, actionYaml(readFileSync(file, 'utf8'), schema));
}
for (const file of markdownFiles(root)) {
  const tables = renderMarkedTables(readFileSync(file, 'utf8'), { ...ACTION_SCHEMAS, ...CLI_SCHEMAS });
  write(file, renderMarkedLists(tables, file, root, { actions: ACTION_SCHEMAS, commands: COMMAND_SCHEMAS }));
}
if (check && stale) process.exitCode = 1;
