/**
 * Option schemas: every option of an operation is declared once (name, type, allowed values, default,
 * environment variable, secret or not, description). Pure data and pure functions, no I/O:
 *   - src/actions/runner.ts reads `INPUT_*` through a schema (readInputs),
 *   - src/cli/args.ts builds node:util parseArgs' config and the usage text from it,
 *   - test/platform/options.test.ts checks every actions/<name>/action.yml against its schema,
 *   - scripts/gen-docs.mjs writes the docs tables from it.
 *
 * Problems are reported by field (`SettingsError` with `FieldProblem`s); each front end words the field
 * (`Input "tag-prefix"` in an action, `--tag-prefix` on the command line). A problem's text may name other
 * options as `{{name}}`; the front end words those too.
 */
import { SettingsError, type FieldProblem } from './errors.js';

export type OptionType = 'string' | 'boolean' | 'list' | 'integer';

export interface OptionSpec {
  type: OptionType;
  /** One or two sentences: action.yml, the docs tables and the CLI usage show it. */
  description: string;
  /** Default shared by both front ends (booleans as booleans; lists as a comma-separated string). */
  default?: string | boolean | number;
  /** Default only the action has, e.g. `${{ github.token }}` (the CLI reads `env` instead). */
  actionDefault?: string;
  /** Allowed values (checked case-sensitively after trimming). */
  choices?: readonly string[];
  /** Missing or empty is a problem (in both front ends). */
  required?: boolean;
  /** Masked in the action; never a plain flag on the command line: read from `env` or `--<name>-file`. */
  secret?: boolean;
  /** CLI: environment variables (first set wins) that give the value when the flag is absent. */
  env?: readonly string[];
  /** Lists: items separated by line breaks only ('lines') or also by commas ('comma'). Default 'comma'. */
  separator?: 'lines' | 'comma';
  /** Integers: inclusive bounds. */
  min?: number;
  max?: number;
  /** Not an action input (CLI only, e.g. --json), or not a CLI flag (action only). */
  only?: 'action' | 'cli';
  cli?: {
    /** The flag when it differs from the option name. */
    flag?: string;
    short?: string;
    /** Old spellings still accepted, not shown in the usage. */
    aliases?: readonly string[];
    /** Secrets: old spellings of `--<flag>-file FILE` and `--<flag>-env VAR`, still accepted, not shown. */
    fileAliases?: readonly string[];
    envAliases?: readonly string[];
    /** The value may be a path to a file holding it (read when the path exists). */
    pathOrValue?: boolean;
    /** Also accept `--<name>-file FILE` (value read from the file). Secrets always do. */
    fileFlag?: boolean;
    /** Positional arguments feed this (list) option. */
    positional?: boolean;
    /** Placeholder in the usage text (FILE, URL…). */
    metavar?: string;
  };
}

export interface OperationSchema<O extends Record<string, OptionSpec> = Record<string, OptionSpec>, Out extends Record<string, string> = Record<string, string>> {
  /** The action / command name. */
  name: string;
  /** The `relforge` command when it differs from the name (sign-ed25519 → sign, publish-release → publish). */
  command?: string;
  /** One line, for `relforge --help` and the docs. */
  summary: string;
  /** An action's long description: `npm run gen` writes it as action.yml's top-level `description:` (every action has one; CLI-only commands need none). */
  description?: string;
  options: O;
  /** Output name → its description (action.yml `outputs:` and the docs tables). */
  outputs?: Out;
}

/** Declares a schema with its literal types kept (so `Values<S>` knows each option's type, `OutputValues<S>` each output). */
export function defineSchema<const O extends Record<string, OptionSpec>, const Out extends Record<string, string> = {}>(schema: OperationSchema<O, Out>): OperationSchema<O, Out> {
  return schema;
}

/** What an output may be set to (objects and arrays are written as JSON, booleans as "true"/"false"; null/undefined as ""). */
export type OutputValue = string | number | boolean | object | undefined | null;

/** Every output a schema declares, each required: a misspelt or missing output is a compile error. */
export type OutputValues<S> = S extends OperationSchema<any, infer Out> ? { [K in keyof Out]: OutputValue } : never;

/** The `relforge` command of a schema. */
export function commandOf(schema: OperationSchema<any, any>): string {
  return schema.command ?? schema.name;
}

type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean'
  ? boolean
  : S['type'] extends 'list'
    ? string[]
    : S['type'] extends 'integer'
      ? S extends { default: number } | { required: true } ? number : number | undefined
      : S extends { choices: readonly (infer C extends string)[] }
        ? S extends { default: string } | { required: true } ? C : C | undefined
        : S extends { default: string } | { required: true } ? string : string | undefined;

/** Parsed option values, keyed by option name. */
export type Values<O extends Record<string, OptionSpec>> = { -readonly [K in keyof O]: ValueOf<O[K]> };

/** Raw text per option (what the runner's INPUT_* or argv gave), before typing; undefined = not given. */
export type RawValues = Record<string, string | string[] | boolean | undefined>;

const TRUE = ['true', 'yes', '1', 'on'];
const FALSE = ['false', 'no', '0', 'off'];

/** A boolean word (true/false, yes/no, 1/0, on/off; trimmed, any case), or undefined for anything else. */
export function booleanWord(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  return TRUE.includes(t) ? true : FALSE.includes(t) ? false : undefined;
}

/** Splits a list input: one item per line (and per comma unless separator is 'lines'); blanks and `#` lines dropped. */
export function splitList(text: string, separator: 'lines' | 'comma' = 'comma'): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .flatMap((l) => (separator === 'comma' ? l.split(',') : [l]))
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Types and checks raw values against a schema. Every problem is collected (by field) and thrown together
 * as one SettingsError; the caller's front end words the field names.
 */
export function parseValues<O extends Record<string, OptionSpec>>(schema: OperationSchema<O>, raw: RawValues, frontEnd: 'action' | 'cli'): Values<O> {
  const problems: FieldProblem[] = [];
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(schema.options)) {
    if (spec.only && spec.only !== frontEnd) {
      out[name] = emptyValue(spec);
      continue;
    }
    const given = raw[name];
    const value = typed(name, spec, given, problems);
    out[name] = value;
  }
  if (problems.length) throw new SettingsError(problems);
  return out as Values<O>;
}

function emptyValue(spec: OptionSpec): unknown {
  if (spec.type === 'boolean') return spec.default === true;
  if (spec.type === 'list') return typeof spec.default === 'string' ? splitList(spec.default, spec.separator) : [];
  return spec.default;
}

function typed(name: string, spec: OptionSpec, given: RawValues[string], problems: FieldProblem[]): unknown {
  if (spec.type === 'boolean') {
    if (typeof given === 'boolean') return given;
    const text = typeof given === 'string' ? given.trim().toLowerCase() : '';
    if (text === '') return spec.default === true;
    const word = booleanWord(text);
    if (word !== undefined) return word;
    problems.push({ field: name, message: `must be true or false, got "${String(given).trim()}".` });
    return spec.default === true;
  }
  if (spec.type === 'list') {
    const items = Array.isArray(given)
      ? given.flatMap((g) => splitList(g, spec.separator))
      : typeof given === 'string'
        ? splitList(given, spec.separator)
        : [];
    const list = items.length ? items : emptyValue(spec) as string[];
    if (spec.required && list.length === 0) problems.push({ field: name, message: 'is required but was empty or not set.' });
    if (spec.choices) for (const item of list) checkChoice(name, spec.choices, item, problems);
    return list;
  }
  const text = (Array.isArray(given) ? given.at(-1) : typeof given === 'string' ? given : undefined)?.trim() ?? '';
  const value = text === '' ? (spec.default === undefined ? undefined : String(spec.default)) : text;
  if (value === undefined) {
    if (spec.required) problems.push({ field: name, message: 'is required but was empty or not set.' });
    return undefined;
  }
  if (spec.choices && !checkChoice(name, spec.choices, value, problems)) return spec.default;
  if (spec.type === 'integer') {
    const n = Number(value);
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = spec;
    if (!/^-?\d+$/.test(value) || n < min || n > max) {
      const range = spec.min !== undefined && spec.max !== undefined ? ` from ${spec.min} to ${spec.max}` : '';
      problems.push({ field: name, message: `must be a whole number${range}, got "${value}".` });
      return spec.default;
    }
    return n;
  }
  return value;
}

function checkChoice(name: string, choices: readonly string[], value: string, problems: FieldProblem[]): boolean {
  if (choices.includes(value)) return true;
  problems.push({ field: name, message: `must be ${choices.length === 2 ? `${choices[0]} or ${choices[1]}` : `one of ${choices.join(', ')}`}, got "${value}".` });
  return false;
}

/** A plain string option without a default (`FILE`, `URL`… as its CLI placeholder). */
export function stringOption(description: string, metavar?: string): { type: 'string'; description: string; cli: { metavar?: string } } {
  return { type: 'string', description, cli: metavar ? { metavar } : {} };
}

/** A boolean option that is off unless given (`--x` on the CLI, `x: true` in a workflow). */
export function flag(description: string): { type: 'boolean'; default: false; description: string } {
  return { type: 'boolean', default: false, description };
}

/** The CLI's `--json`: print the result as JSON (`what` says which result). Not an action input. */
export function jsonFlag(description: string): { type: 'boolean'; default: false; only: 'cli'; description: string } {
  return { type: 'boolean', default: false, only: 'cli', description };
}

/** A string option that takes one of `choices` (checked in both front ends; the CLI usage lists them). */
export function choiceOption<const C extends readonly string[]>(defaultValue: C[number], choices: C, description: string): { type: 'string'; default: C[number]; choices: C; description: string } {
  return { type: 'string', default: defaultValue, choices, description };
}

/** A string option that must be given (`NAME`, `X.Y.Z`… as its CLI placeholder). */
export function requiredString(description: string, metavar: string): { type: 'string'; required: true; description: string; cli: { metavar: string } } {
  return { type: 'string', required: true, description, cli: { metavar } };
}

/** A string option with a default (`DIR`, `ID`… as its CLI placeholder). */
export function stringDefault<D extends string>(defaultValue: D, description: string, metavar: string): { type: 'string'; default: D; description: string; cli: { metavar: string } } {
  return { type: 'string', default: defaultValue, description, cli: { metavar } };
}

/** The action.yml `default:` text of an option (undefined = no default line). */
export function actionDefault(spec: OptionSpec): string | undefined {
  if (spec.actionDefault !== undefined) return spec.actionDefault;
  if (spec.default === undefined) return undefined;
  return String(spec.default);
}

/** The CLI flag of an option (without dashes). */
export function cliFlag(name: string, spec: OptionSpec | undefined): string {
  return spec?.cli?.flag ?? name;
}

/** Options a front end offers, in declaration order. */
export function optionsFor(schema: OperationSchema, frontEnd: 'action' | 'cli'): [string, OptionSpec][] {
  return Object.entries(schema.options).filter(([, s]) => !s.only || s.only === frontEnd);
}
