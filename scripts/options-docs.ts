// What follows from an option schema (src/platform/options.ts): an action.yml's inputs/outputs and the
// markdown tables of the docs. Used by scripts/gen.ts (writes) and test/platform/options.test.ts (checks).
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Document, parseDocument, isMap, isScalar } from 'yaml';
import type { OperationSchema, OptionSpec } from '../src/platform/options.js';
import { actionDefault, cliFlag, commandOf, optionsFor } from '../src/platform/options.js';
import { manifestFormatsMarkdown } from '../src/versioning/core/manifests/index.js';

/** The action.yml text with its `description:`, `inputs:` and `outputs:` replaced from the schema. */
export function actionYaml(text: string, schema: OperationSchema): string {
  const doc = parseDocument(text);
  const inputs: Record<string, Record<string, unknown>> = {};
  for (const [name, spec] of optionsFor(schema, 'action')) {
    const d = actionDefault(spec);
    inputs[name] = { description: spec.description, required: !!spec.required && d === undefined, ...(d !== undefined ? { default: d } : {}) };
  }
  const outputs: Record<string, Record<string, unknown>> = {};
  for (const [name, description] of Object.entries(schema.outputs ?? {})) outputs[name] = { description };
  setDescription(doc, schema);
  setKey(doc, 'inputs', inputs);
  setKey(doc, 'outputs', outputs);
  return doc.toString({ lineWidth: 0, singleQuote: true });
}

/** The top-level `description:` is the schema's; the scalar keeps its style (`>-` for the long ones), so only its text changes. */
function setDescription(doc: Document, schema: OperationSchema): void {
  if (!schema.description) throw new Error(`the ${schema.name} schema has no description: an action's schema declares its action.yml description`);
  const node = doc.get('description', true);
  if (isScalar(node)) node.value = schema.description;
  else {
    const fresh = doc.createNode(schema.description);
    if (schema.description.length > 80) fresh.type = 'BLOCK_FOLDED';
    doc.set('description', fresh);
  }
}

function setKey(doc: Document, key: string, value: unknown): void {
  if (!isMap(doc.contents)) throw new Error('action.yml is not a mapping');
  const node = doc.createNode(value);
  doc.set(key, node);
}

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The inputs table of one operation (action inputs and CLI flags side by side). */
export function inputsTable(schema: OperationSchema): string {
  const rows = ['| input | CLI | default | description |', '|---|---|---|---|'];
  for (const [name, spec] of Object.entries(schema.options)) {
    const input = spec.only === 'cli' ? '—' : `\`${name}\``;
    const cli = spec.only === 'action' ? '—' : cliCell(name, spec);
    const d = actionDefault(spec);
    const def = spec.required ? 'required' : d === undefined || d === '' ? '' : `\`${esc(d)}\``;
    rows.push(`| ${input} | ${cli} | ${def} | ${esc(spec.description)}${spec.secret ? ' (secret)' : ''} |`);
  }
  return rows.join('\n');
}

function cliCell(name: string, spec: OptionSpec): string {
  const flag = cliFlag(name, spec);
  if (spec.cli?.positional) return 'arguments';
  const forms = spec.secret ? [`--${flag}-file`, `--${flag}-env`] : [`--${flag}`, ...(spec.cli?.fileFlag ? [`--${flag}-file`] : [])];
  const env = spec.env?.length ? `, env ${spec.env.map((e) => `\`${e}\``).join('/')}` : '';
  return `${forms.map((f) => `\`${f}\``).join(' / ')}${env}`;
}

export function outputsTable(schema: OperationSchema): string {
  const rows = ['| output | description |', '|---|---|'];
  for (const [name, description] of Object.entries(schema.outputs ?? {})) rows.push(`| \`${name}\` | ${esc(description)} |`);
  return rows.join('\n');
}

/** Replaces every `<!-- relforge:inputs NAME -->…<!-- /relforge -->` (and `outputs`, and `manifest-formats`) block. */
export function renderMarkedTables(text: string, schemas: Record<string, OperationSchema>): string {
  // The manifest formats' list comes from their registry (src/versioning/core/manifests/formats.ts).
  text = text.replace(/(<!-- relforge:manifest-formats -->\n)[\s\S]*?(<!-- \/relforge -->)/g, (m, open: string, close: string) => `${open}${manifestFormatsMarkdown()}\n${close}`);
  return text.replace(/(<!-- relforge:(inputs|outputs) ([a-z0-9-]+) -->\n)[\s\S]*?(<!-- \/relforge -->)/g, (m, open: string, kind: string, name: string, close: string) => {
    const schema = schemas[name];
    // an operation not yet moved to the schema engine: the marker stays, filled once its schema is registered
    if (!schema) return `${open}_(generated from the ${name} option schema by \`npm run gen\`)_\n${close}`;
    return `${open}${kind === 'inputs' ? inputsTable(schema) : outputsTable(schema)}\n${close}`;
  });
}

/** The markdown files that may hold generated tables: README.md and every .md under docs/ (those that exist). */
export function markdownFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : [])) : [];
  return [join(root, 'README.md'), ...walk(join(root, 'docs'))].filter((f) => existsSync(f));
}

/**
 * src/cli/commands.ts: the CLI's command table (summary + lazy loader of src/cli/<command>.ts), generated so
 * `relforge --help` prints the schemas' summaries without loading a schema, and main.ts keeps no copy.
 */
export function commandsModule(commands: Record<string, OperationSchema>): string {
  const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const key = (n: string) => (/^[a-z]+$/.test(n) ? n : q(n));
  const lines = [
    '// Generated by `npm run gen` from the option schemas (src/schemas.ts COMMAND_SCHEMAS): each command\'s summary and',
    '// the module src/cli/<command>.ts, imported only when that command runs. Do not edit: test/cli/commands.test.ts',
    '// fails when this file is stale.',
    "import type { CliCommand } from './command.js';",
    '',
    'export type CommandLoader = () => Promise<{ default: CliCommand<any> }>;',
    '',
    'export const COMMANDS: Record<string, readonly [summary: string, load: CommandLoader]> = {',
    ...Object.keys(commands)
      .sort()
      .map((name) => `  ${key(name)}: [${q(commands[name]!.summary)}, () => import('./${name}.js')],`),
    '};',
    '',
  ];
  return lines.join('\n');
}

/**
 * The command and action lists of the docs, between `<!-- relforge:commands -->` (docs/cli.md: every
 * `relforge` command and its summary), `<!-- relforge:actions -->` (README.md: a table of the actions) or
 * `<!-- relforge:action-links -->` (docs/README.md: links) and `<!-- /relforge -->`. Links are relative to `file`.
 */
const html = (s: string) => esc(s).replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function renderMarkedLists(text: string, file: string, root: string, s: { actions: Record<string, OperationSchema>; commands: Record<string, OperationSchema> }): string {
  const docOf = (name: string) => relative(dirname(file), join(root, 'docs', 'actions', `${name}.md`)).split('\\').join('/');
  return text.replace(/(<!-- relforge:(commands|actions|action-links) -->\n)[\s\S]*?(<!-- \/relforge -->)/g, (m, open: string, kind: string, close: string) => {
    let body: string;
    if (kind === 'commands') {
      const rows = Object.keys(s.commands)
        .sort()
        .map((c) => `| \`relforge ${c}\` | ${html(s.commands[c]!.summary)}${c !== s.commands[c]!.name ? ` (the ${s.commands[c]!.name} action)` : ''} |`);
      body = ['| command | what it does |', '|---|---|', ...rows].join('\n');
    } else if (kind === 'actions') {
      const rows = Object.entries(s.actions).map(([n, sc]) => `| [${n}](${docOf(n)}) | ${html(sc.summary)} |`);
      body = ['| action | what it does |', '|---|---|', ...rows].join('\n');
    } else return `${open}${Object.keys(s.actions).map((n) => `  [${n}](${docOf(n)})`).join(' ·\n')}\n  ${close}`;
    return `${open}${body}\n${close}`;
  });
}
