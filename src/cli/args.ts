/**
 * The command line front end of an option schema: node:util parseArgs' config, the usage text, and the
 * raw values (flags, `--x-file`, environment variables) typed through the same parseValues as the action.
 *
 * Secrets are never plain flags: a secret option `x` is read from `--x-file FILE`, from the variable named
 * by `--x-env VAR`, or from the schema's environment variables, and registered for redaction at once.
 */
import { readFileSync, existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { RelforgeError, SettingsError, errorMessage, renderMessage, type FieldNamer } from '../platform/errors.js';
import type { CliCommand } from './command.js';
import { registerSecret } from '../platform/secrets.js';
import { cliFlag, commandOf, optionsFor, parseValues, type OperationSchema, type OptionSpec, type RawValues, type Values } from '../platform/options.js';

type ParseConfig = NonNullable<Parameters<typeof parseArgs>[0]>['options'] & object;

/**
 * How `--x` is named in CLI messages (the flag of option x, or `--x` for names outside the schema). A secret has
 * no plain flag: it is named by the ways to give it; positional arguments by their metavar.
 */
export function cliNamer(schema: OperationSchema): FieldNamer {
  return (field) => {
    const spec = schema.options[field];
    const flag = cliFlag(field, spec);
    if (spec?.cli?.positional) return `${metavar(field, spec)} arguments`;
    // A secret has no plain flag: name the ways it can be given.
    if (spec?.secret) return `--${flag}-file (or ${spec.env?.length ? `$${spec.env[0]}` : `--${flag}-env`})`;
    return `--${flag}`;
  };
}

function fileFlag(spec: OptionSpec): boolean {
  return !!spec.secret || !!spec.cli?.fileFlag;
}

/** parseArgs options for a schema, plus which parsed key feeds which option. */
function parseConfig(schema: OperationSchema): { options: ParseConfig; feeds: Map<string, { option: string; via: 'value' | 'file' | 'env' }> } {
  const options: ParseConfig = {};
  const feeds = new Map<string, { option: string; via: 'value' | 'file' | 'env' }>();
  for (const [name, spec] of optionsFor(schema, 'cli')) {
    const flag = cliFlag(name, spec);
    const type = spec.type === 'boolean' ? 'boolean' : 'string';
    const multiple = spec.type === 'list';
    if (!spec.secret && !spec.cli?.positional) {
      for (const f of [flag, ...(spec.cli?.aliases ?? [])]) {
        options[f] = { type, multiple, ...(f === flag && spec.cli?.short ? { short: spec.cli.short } : {}) };
        feeds.set(f, { option: name, via: 'value' });
      }
      if (spec.type === 'boolean') {
        options[`no-${flag}`] = { type: 'boolean' };
        feeds.set(`no-${flag}`, { option: name, via: 'value' });
      }
    }
    if (fileFlag(spec)) {
      for (const f of [`${flag}-file`, ...(spec.secret ? (spec.cli?.fileAliases ?? []) : [])]) {
        options[f] = { type: 'string' };
        feeds.set(f, { option: name, via: 'file' });
      }
    }
    if (spec.secret) {
      for (const f of [`${flag}-env`, ...(spec.cli?.envAliases ?? [])]) {
        options[f] = { type: 'string' };
        feeds.set(f, { option: name, via: 'env' });
      }
    }
  }
  return { options, feeds };
}

export interface ParsedCommandLine<O extends Record<string, OptionSpec>> {
  values: Values<O>;
  positionals: string[];
  /** Options given explicitly (flag, file or environment), by option name. */
  given: Set<string>;
}

/**
 * Parses argv for a schema. Usage problems (unknown flag, bad value, missing required option) throw with
 * exit code 2, worded with the flags.
 */
export function parseCommandLine<O extends Record<string, OptionSpec>>(
  schema: OperationSchema<O>,
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): ParsedCommandLine<O> {
  const { options, feeds } = parseConfig(schema);
  const positionalOption = optionsFor(schema, 'cli').find(([, s]) => s.cli?.positional)?.[0];
  const parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  const raw: RawValues = {};
  const given = new Set<string>();
  const flagOf = cliNamer(schema);
  const problems: string[] = [];
  // Aliases: a later flag wins; lists accumulate in command-line order (parseArgs keeps per-key order only).
  for (const [key, value] of Object.entries(parsed.values)) {
    const feed = feeds.get(key);
    if (!feed || value === undefined) continue;
    const spec = schema.options[feed.option]!;
    given.add(feed.option);
    if (feed.via === 'value') {
      if (spec.type === 'boolean') raw[feed.option] = key.startsWith('no-') && key !== cliFlag(feed.option, spec) ? !value : (value as boolean);
      else if (spec.type === 'list') raw[feed.option] = [...((raw[feed.option] as string[] | undefined) ?? []), ...(value as string[])];
      else raw[feed.option] = readPathOrValue(spec, value as string);
    } else if (feed.via === 'file') {
      try {
        raw[feed.option] = readFileSync(value as string, 'utf8');
      } catch (err) {
        problems.push(`--${key} ${String(value)}: ${errorMessage(err)}`);
      }
    } else {
      const v = env[value as string];
      if (!v) problems.push(`--${key} ${String(value)}: that environment variable is empty or not set.`);
      else raw[feed.option] = v;
    }
  }
  let positionals = parsed.positionals;
  if (positionalOption) {
    if (positionals.length) {
      raw[positionalOption] = [...positionals, ...((raw[positionalOption] as string[] | undefined) ?? [])];
      given.add(positionalOption);
    }
    positionals = [];
  } else if (positionals.length) {
    problems.push(`Unexpected argument "${positionals[0]}": ${schema.name} takes options only.`);
  }
  for (const [name, spec] of optionsFor(schema, 'cli')) {
    if (raw[name] !== undefined || !spec.env) continue;
    const fromEnv = spec.env.map((e) => env[e]).find((v) => v !== undefined && v !== '');
    if (fromEnv !== undefined) raw[name] = fromEnv;
  }
  for (const [name, spec] of Object.entries(schema.options)) {
    if (spec.secret && typeof raw[name] === 'string') registerSecret(raw[name] as string);
  }
  if (problems.length) throw usageError(schema, problems.join('\n'));
  try {
    return { values: parseValues(schema, raw, 'cli'), positionals, given };
  } catch (err) {
    if (err instanceof SettingsError) throw usageError(schema, err.render(flagOf));
    throw err;
  }
}

/**
 * Parses argv for a command and runs it. Usage problems exit 2; every RelforgeError is worded with the
 * command's flags (`--tag-prefix`, not `Input "tag-prefix"`).
 */
export async function runCommand<O extends Record<string, OptionSpec>>(cmd: CliCommand<O>, argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    let parsed: ParsedCommandLine<O>;
    try {
      parsed = parseCommandLine(cmd.schema, argv, env);
    } catch (err) {
      // node:util parseArgs errors (unknown option, missing value…) are usage errors for every command.
      if ((err as NodeJS.ErrnoException)?.code?.startsWith('ERR_PARSE_ARGS_')) throw usageError(cmd.schema, errorMessage(err));
      throw err;
    }
    return await cmd.run(parsed.values, { given: parsed.given });
  } catch (err) {
    if (!(err instanceof RelforgeError)) throw err;
    const known = (f: string) => f in cmd.schema.options;
    const text = renderMessage(err, cliNamer(cmd.schema), known);
    throw text === err.message ? err : new RelforgeError(text, { exitCode: err.exitCode, cause: err });
  }
}

function readPathOrValue(spec: OptionSpec, value: string): string {
  if (!spec.cli?.pathOrValue) return value;
  const v = value.trim();
  if (v.includes('\n') || !existsSync(v)) return value;
  return readFileSync(v, 'utf8');
}

export function usageError(schema: OperationSchema, message: string): RelforgeError {
  const name = commandName(schema);
  return new RelforgeError(`${message}\n\nusage: ${usageLine(schema)}\n(relforge ${name} --help shows every option)`, { exitCode: 2 });
}

/** The CLI command for a schema (its `command`: actions sign-ed25519 / publish-release are `sign` / `publish` on the CLI). */
export function commandName(schema: OperationSchema): string {
  return commandOf(schema);
}

/** `relforge <command> [FILE…] [options]` */
export function usageLine(schema: OperationSchema): string {
  const pos = optionsFor(schema, 'cli').find(([, s]) => s.cli?.positional);
  const required = optionsFor(schema, 'cli')
    .filter(([, s]) => s.required && !s.cli?.positional && !s.secret)
    .map(([n, s]) => `--${cliFlag(n, s)} ${metavar(n, s)}`);
  return [`relforge ${commandName(schema)}`, ...(pos ? [`${metavar(pos[0], pos[1])}…`] : []), ...required, '[options]'].join(' ');
}

function metavar(name: string, spec: OptionSpec): string {
  if (spec.cli?.metavar) return spec.cli.metavar;
  if (spec.choices) return spec.choices.join('|');
  if (spec.type === 'integer') return 'N';
  return name.toUpperCase().replace(/-/g, '_');
}

/** The full `--help` text: summary, usage line, one entry per option (from the schema), notes. */
export function usageText(schema: OperationSchema, notes?: string): string {
  const lines = [schema.summary, '', `usage: ${usageLine(schema)}`, '', 'options:'];
  for (const [name, spec] of optionsFor(schema, 'cli')) {
    const flag = cliFlag(name, spec);
    let head: string;
    if (spec.cli?.positional) head = `${metavar(name, spec)}…`;
    else if (spec.secret) head = `--${flag}-file FILE | --${flag}-env VAR`;
    else if (spec.type === 'boolean') head = spec.default === true ? `--${flag} | --no-${flag}` : `--${flag}`;
    else head = `--${flag} ${metavar(name, spec)}${spec.type === 'list' ? ' …' : ''}`;
    if (spec.cli?.short && !spec.secret) head = `-${spec.cli.short}, ${head}`;
    const extra: string[] = [];
    if (spec.required) extra.push('required');
    if (spec.default !== undefined && spec.default !== '' && spec.default !== false) extra.push(`default: ${String(spec.default)}`);
    if (spec.env?.length) extra.push(`env: ${spec.env.join(', ')}`);
    if (spec.cli?.fileFlag && !spec.secret) extra.push(`or --${flag}-file FILE`);
    const text = `${spec.description}${extra.length ? ` (${extra.join('; ')})` : ''}`;
    lines.push(`  ${head}`, ...wrap(text, 96).map((l) => `      ${l}`));
  }
  if (notes) lines.push('', notes.trim());
  return lines.join('\n');
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}
