/**
 * One option schema per operation: action.yml, the CLI and the schema agree, and the engine types,
 * checks and words problems the same way for both front ends.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parse } from 'yaml';
import { ACTION_SCHEMAS, CLI_SCHEMAS } from '../../src/schemas.js';
import { defineSchema, parseValues, splitList, type OperationSchema } from '../../src/platform/options.js';
import { parseCommandLine, usageText, runCommand } from '../../src/cli/args.js';
import { SettingsError, fieldError } from '../../src/platform/errors.js';
import { defineCommand } from '../../src/cli/command.js';
import { actionYaml, markdownFiles, renderMarkedTables } from '../../scripts/options-docs.js';
import { ROOT } from '../helpers/runtimes.js';

const norm = (s: unknown) => String(s ?? '').replace(/\s+/g, ' ').trim();

describe('action.yml ↔ option schema', () => {
  const actions = readdirSync(join(ROOT, 'actions')).filter((d) => existsSync(join(ROOT, 'actions', d, 'action.yml')));
  it.each(Object.keys(ACTION_SCHEMAS))('%s: inputs and outputs are the schema\'s (names, order, defaults, required, descriptions)', (name) => {
    const schema = ACTION_SCHEMAS[name]!;
    const yml = parse(readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8')) as { inputs?: Record<string, Record<string, unknown>>; outputs?: Record<string, Record<string, unknown>> };
    const expected = Object.entries(schema.options).filter(([, s]) => s.only !== 'cli');
    expect(Object.keys(yml.inputs ?? {})).toEqual(expected.map(([n]) => n));
    for (const [n, spec] of expected) {
      const input = yml.inputs![n]!;
      expect(norm(input.description), n).toBe(norm(spec.description));
      const d = spec.actionDefault ?? (spec.default === undefined ? undefined : String(spec.default));
      expect(input.default === undefined ? undefined : String(input.default), `${n} default`).toBe(d);
      expect(!!input.required, `${n} required`).toBe(!!spec.required && d === undefined);
    }
    expect(Object.keys(yml.outputs ?? {})).toEqual(Object.keys(schema.outputs ?? {}));
    for (const [n, o] of Object.entries(schema.outputs ?? {})) expect(norm(yml.outputs![n]!.description), n).toBe(norm(o));
  });
  it('every schema names an existing action, and the generated file is committed (npm run gen)', () => {
    for (const name of Object.keys(ACTION_SCHEMAS)) {
      expect(actions).toContain(name);
      const file = join(ROOT, 'actions', name, 'action.yml');
      const text = readFileSync(file, 'utf8');
      expect(actionYaml(text, ACTION_SCHEMAS[name]!), `${file} is stale: run npm run gen`).toBe(text);
    }
  });
  it.each(Object.keys(ACTION_SCHEMAS))('%s: the top-level description is the schema\'s, exactly', (name) => {
    const yml = parse(readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8')) as { description?: unknown };
    expect(typeof yml.description).toBe('string');
    expect(ACTION_SCHEMAS[name]!.description).toBe(yml.description);
  });
  it('a hand-edited description is stale: gen writes the schema\'s back, in the file\'s own style (>-)', () => {
    const file = join(ROOT, 'actions', 'changelog', 'action.yml');
    const text = readFileSync(file, 'utf8');
    const edited = text.replace(/^description: >-\n  .*\n/m, 'description: >-\n  Hand-written words.\n');
    expect(edited).not.toBe(text);
    expect(actionYaml(edited, ACTION_SCHEMAS.changelog!)).toBe(text);
    const plain = text.replace(/^description: >-\n  .*\n/m, 'description: Hand-written words.\n');
    expect(actionYaml(plain, ACTION_SCHEMAS.changelog!)).toContain(`description: ${ACTION_SCHEMAS.changelog!.description}\n`);
  });
  it('an action schema without a description is refused by gen', () => {
    const text = readFileSync(join(ROOT, 'actions', 'preflight', 'action.yml'), 'utf8');
    const { description: _gone, ...schema } = ACTION_SCHEMAS.preflight!;
    expect(() => actionYaml(text, schema)).toThrow(/preflight schema has no description/);
  });
  it('docs tables are generated from the schemas (npm run gen)', () => {
    for (const f of markdownFiles(ROOT)) {
      const text = readFileSync(f, 'utf8');
      expect(renderMarkedTables(text, { ...ACTION_SCHEMAS, ...CLI_SCHEMAS }), `${f} is stale: run npm run gen`).toBe(text);
    }
  });
});

describe('CLI usage ↔ option schema', () => {
  it.each(Object.entries({ ...ACTION_SCHEMAS, ...CLI_SCHEMAS }))('%s: every CLI option is in --help and accepted by the parser', (_name, schema) => {
    const help = usageText(schema);
    for (const [n, spec] of Object.entries(schema.options)) {
      if (spec.only === 'action') continue;
      const flag = spec.cli?.flag ?? n;
      if (spec.cli?.positional) continue;
      expect(help, n).toContain(spec.secret ? `--${flag}-file` : `--${flag}`);
      if (!spec.secret) {
        const arg = spec.type === 'boolean' ? [`--${flag}`] : [`--${flag}`, String(spec.choices?.[0] ?? (spec.type === 'integer' ? (spec.min ?? 1) : 'x'))];
        const other = Object.fromEntries(Object.entries(schema.options).filter(([k, s]) => s.required && k !== n && !s.cli?.positional && !s.secret).map(([k]) => [k, 'x']));
        try {
          parseCommandLine(schema, [...arg, ...Object.entries(other).flatMap(([k, v]) => [`--${schema.options[k]!.cli?.flag ?? k}`, v])], {});
        } catch (err) {
          // Values may be refused by the schema's own checks; the flag itself must be known.
          expect(String(err), n).not.toMatch(/Unknown option/);
        }
      }
    }
  });
});

const schema = defineSchema({
  name: 'demo',
  summary: 'a demo operation',
  options: {
    mode: { type: 'string', default: 'fast', choices: ['fast', 'slow'], description: 'How.' },
    count: { type: 'integer', min: 0, max: 64, description: 'How many.' },
    files: { type: 'list', separator: 'lines', description: 'Files.', cli: { positional: true } },
    tags: { type: 'list', description: 'Tags.' },
    dry: { type: 'boolean', default: false, description: 'Dry run.' },
    check: { type: 'boolean', default: true, description: 'Check.' },
    name: { type: 'string', required: true, description: 'Name.', cli: { aliases: ['old-name'] } },
    token: { type: 'string', secret: true, env: ['DEMO_TOKEN'], description: 'Token.' },
    json: { type: 'boolean', only: 'cli', description: 'JSON.' },
    path: { type: 'string', description: 'A file or a value.', cli: { pathOrValue: true } },
  },
});

describe('option engine', () => {
  it('types action inputs: booleans, integers, lists (lines vs commas), choices, defaults', () => {
    const v = parseValues(schema, { mode: '', count: '7', files: 'a, b\n# c\n\nd', tags: 'x,y\nz', dry: 'YES', check: 'off', name: ' n ' }, 'action');
    expect(v).toMatchObject({ mode: 'fast', count: 7, files: ['a, b', 'd'], tags: ['x', 'y', 'z'], dry: true, check: false, name: 'n', json: false });
    expect(v.token).toBeUndefined();
  });
  it('collects every problem, by field, worded per front end', () => {
    let err: unknown;
    try {
      parseValues(schema, { mode: 'medium', count: '65', dry: 'maybe', name: '' }, 'action');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SettingsError);
    const e = err as SettingsError;
    expect(e.message).toContain('4 problems');
    expect(e.message).toContain('Input "mode" must be fast or slow, got "medium".');
    expect(e.message).toContain('Input "count" must be a whole number from 0 to 64, got "65".');
    expect(e.message).toContain('Input "dry" must be true or false, got "maybe".');
    expect(e.message).toContain('Input "name" is required');
    expect(e.render((f) => `--${f}`)).toContain('--mode must be fast or slow');
  });
  it('placeholders name other options in the front end\'s words', () => {
    const e = fieldError('tag', 'needs {{base-url}} too.');
    expect(e.message).toBe('Input "tag" needs "base-url" too.');
    expect(e.render((f) => `--${f}`)).toBe('--tag needs --base-url too.');
  });
  it('CLI: flags, aliases, positionals, --no-x, secrets from env or file only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relforge-opt-'));
    writeFileSync(join(dir, 'tok'), 's3cret-from-file\n');
    writeFileSync(join(dir, 'p.txt'), 'from a file');
    const r = parseCommandLine(schema, ['a', 'b', '--old-name', 'N', '--tags', 'x,y', '--tags', 'z', '--no-check', '--count', '3', '--path', join(dir, 'p.txt')], { DEMO_TOKEN: 'env-token' });
    expect(r.values).toMatchObject({ files: ['a', 'b'], name: 'N', tags: ['x', 'y', 'z'], check: false, count: 3, token: 'env-token', path: 'from a file' });
    const f = parseCommandLine(schema, ['--name', 'n', '--token-file', join(dir, 'tok')], { DEMO_TOKEN: 'env-token' });
    expect(f.values.token).toBe('s3cret-from-file');
    expect(() => parseCommandLine(schema, ['--name', 'n', '--token', 'x'], {})).toThrow(/Unknown option '--token'/);
    expect(() => parseCommandLine(schema, ['--mode', 'medium'], {})).toThrow(/--mode must be fast or slow[\s\S]*--name is required[\s\S]*usage: relforge demo FILES… --name NAME \[options\]/);
  });
  it('a secret option is named by the ways it can be given', () => {
    expect(() => parseCommandLine(defineSchema({ name: 'x', summary: 's', options: { key: { type: 'string', secret: true, required: true, env: ['X_KEY'], description: 'k' } } }), [], {})).toThrow(
      /--key-file \(or \$X_KEY\) is required/,
    );
  });
  it('runCommand words errors from deep inside an operation with the command\'s flags', async () => {
    const cmd = defineCommand({
      schema,
      async run() {
        throw new SettingsError([{ field: 'mode', message: 'is not allowed with {{dry}}.' }]);
      },
    });
    await expect(runCommand(cmd, ['--name', 'n'], {})).rejects.toThrow('--mode is not allowed with --dry.');
  });
  it('splitList', () => {
    expect(splitList(' a ,b\n\n#x\nc ')).toEqual(['a', 'b', 'c']);
    expect(splitList('a, b\nc', 'lines')).toEqual(['a, b', 'c']);
  });
  it('usage text lists options with defaults and environment variables', () => {
    const t = usageText(schema as unknown as OperationSchema);
    expect(t).toContain('--token-file FILE | --token-env VAR');
    expect(t).toContain('env: DEMO_TOKEN');
    expect(t).toContain('default: fast');
  });
});
