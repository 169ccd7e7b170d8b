/**
 * The CLI command table is generated from the schemas (`npm run gen` → src/cli/commands.ts) and so are the
 * command and action lists of README.md, docs/README.md and docs/cli.md; src/cli/main.ts keeps no copy.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_SCHEMAS, COMMAND_SCHEMAS } from '../../src/schemas.js';
import { COMMANDS } from '../../src/cli/commands.js';
import { commandsModule, markdownFiles, renderMarkedLists } from '../../scripts/options-docs.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'src', 'cli');

describe('CLI command table', () => {
  it('src/cli/commands.ts is what npm run gen writes from the schemas', () => {
    expect(readFileSync(join(cli, 'commands.ts'), 'utf8'), 'src/cli/commands.ts is stale: run npm run gen').toBe(commandsModule(COMMAND_SCHEMAS));
  });

  it('names every command module under src/cli/, each loading the command of its own schema', async () => {
    const helpers = new Set(['main.ts', 'args.ts', 'command.ts', 'commands.ts', 'text.ts', 'package-root.ts']);
    const modules = readdirSync(cli).filter((f) => f.endsWith('.ts') && !helpers.has(f)).map((f) => f.replace(/\.ts$/, ''));
    expect(Object.keys(COMMANDS).sort()).toEqual(modules.sort());
    // the two actions whose command is shorter
    expect(COMMAND_SCHEMAS.sign?.name).toBe('sign-ed25519');
    expect(COMMAND_SCHEMAS.publish?.name).toBe('publish-release');
    for (const [name, [summary, load]] of Object.entries(COMMANDS)) {
      const { default: command } = await load();
      expect(command.schema, name).toBe(COMMAND_SCHEMAS[name]);
      expect(summary, name).toBe(command.schema.summary);
    }
  });

  it('main.ts keeps no hand copy: no summary, no schema import', () => {
    const main = readFileSync(join(cli, 'main.ts'), 'utf8');
    for (const s of Object.values(COMMAND_SCHEMAS)) expect(main.includes(s.summary), s.name).toBe(false);
    expect(main).not.toMatch(/schemas\.js|options\.js/);
    expect(main).toMatch(/from '\.\/commands\.js'/);
  });

  it('README.md, docs/README.md and docs/cli.md list the commands and actions as npm run gen writes them', () => {
    const marked = markdownFiles(root).filter((f) => /<!-- relforge:(commands|actions|action-links) -->\n/.test(readFileSync(f, 'utf8')));
    expect(marked.map((f) => f.slice(root.length + 1)).sort()).toEqual(['README.md', 'docs/README.md', 'docs/cli.md']);
    for (const f of marked) {
      const text = readFileSync(f, 'utf8');
      expect(renderMarkedLists(text, f, root, { actions: ACTION_SCHEMAS, commands: COMMAND_SCHEMAS }), `${f} is stale: run npm run gen`).toBe(text);
    }
    const cliDoc = readFileSync(join(root, 'docs', 'cli.md'), 'utf8');
    for (const c of Object.keys(COMMANDS)) expect(cliDoc).toContain(`| \`relforge ${c}\` |`);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const a of Object.keys(ACTION_SCHEMAS)) {
      expect(readme).toContain(`| [${a}](docs/actions/${a}.md) |`);
      expect(existsSync(join(root, 'docs', 'actions', `${a}.md`)), a).toBe(true);
    }
  });
});
