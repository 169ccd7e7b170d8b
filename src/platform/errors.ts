/**
 * Errors that reach users. Every message says what is wrong and what to change.
 * - `RelforgeError` is for expected failures (bad input, refused by a service, verification failed);
 *   anything else is a bug and is reported with its stack in debug output only.
 * - `SettingsError` lists problems with options by field; the front end words the field (`Input "x"` in an
 *   action, `--x` on the command line) with `renderMessage`.
 * - `FormatError` is the base of the pure parsers' errors (core/): a text or a file is not what it claims.
 */
export class RelforgeError extends Error {
  /** Process exit code the CLI uses for this error (actions always fail with 1). */
  readonly exitCode: number;
  constructor(message: string, options?: { cause?: unknown; exitCode?: number }) {
    super(message, options?.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'RelforgeError';
    this.exitCode = options?.exitCode ?? 1;
  }
}

/**
 * One problem with the options. `field` is the option name (`tag-prefix`); `message` continues the
 * sentence after the field's name ("must be …"). Other options are named `{{name}}` in the text.
 * A problem without a field is a whole sentence.
 */
export interface FieldProblem {
  field?: string;
  message: string;
}

/** How a front end names an option: `Input "x"`, `--x`, or `"x"` for library callers. */
export type FieldNamer = (field: string) => string;

export const actionNamer: FieldNamer = (f) => `Input "${f}"`;

/** Words one problem with a front end's names: the field first, then `{{other}}` placeholders. */
export function wordProblem(p: FieldProblem | string, name: FieldNamer): string {
  if (typeof p === 'string') return p;
  const text = p.message.replace(/\{\{([a-z0-9-]+)\}\}/g, (_m, f: string) => name(f).replace(/^Input /, ''));
  return p.field ? `${name(p.field)} ${text}` : text;
}

/** Several problems found at once (typically while validating settings). */
export class SettingsError extends RelforgeError {
  readonly problems: (FieldProblem | string)[];
  constructor(problems: (FieldProblem | string)[], options?: { exitCode?: number }) {
    super(SettingsError.format(problems, actionNamer), options);
    this.name = 'SettingsError';
    this.problems = problems;
  }
  /** The message worded for a front end. */
  render(name: FieldNamer): string {
    return SettingsError.format(this.problems, name);
  }
  private static format(problems: (FieldProblem | string)[], name: FieldNamer): string {
    const lines = problems.map((p) => wordProblem(p, name));
    return lines.length === 1 ? lines[0]! : `${lines.length} problems with the inputs:\n- ${lines.join('\n- ')}`;
  }
}

/** A single option problem, thrown: `throw fieldError('channel', 'must be …')`. */
export function fieldError(field: string, message: string): SettingsError {
  return new SettingsError([{ field, message }]);
}

/** Collects validation problems and throws them together. */
export class Problems {
  private readonly list: (FieldProblem | string)[] = [];
  /** A problem with one option (`message` continues after the option's name), or a whole sentence. */
  add(problem: string): void;
  add(field: string, message: string): void;
  add(a: string, b?: string): void {
    this.list.push(b === undefined ? a : { field: a, message: b });
  }
  /** Adds a caught error: a SettingsError's problems as they are (fields kept), else its message. */
  include(err: unknown, suffix = ''): void {
    if (err instanceof SettingsError) for (const q of err.problems) this.list.push(typeof q === 'string' ? q + suffix : { ...q, message: q.message + suffix });
    else this.list.push(errorMessage(err) + suffix);
  }
  get count(): number {
    return this.list.length;
  }
  throwIfAny(options?: { exitCode?: number }): void {
    if (this.list.length) throw new SettingsError([...this.list], options);
  }
}

/** A pure parser's refusal: the input is not in the format it claims (manifest, key, DER, PE, MSI…). */
export class FormatError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options?.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = new.target.name;
  }
}

/** A core parser's refusal (FormatError) as the user-facing RelforgeError, same message; anything else as it is. */
export function asUserError(err: unknown): unknown {
  return err instanceof FormatError ? new RelforgeError(err.message, { cause: err }) : err;
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/**
 * The message of an error worded for a front end: SettingsErrors by field; in other messages an
 * `Input "x"` naming a known option is reworded too (for errors raised deep in an operation).
 */
export function renderMessage(err: unknown, name: FieldNamer, known?: (field: string) => boolean): string {
  if (err instanceof SettingsError) return err.render(name);
  const msg = errorMessage(err);
  if (!known) return msg;
  return msg.replace(/Input "([a-z0-9-]+)"/g, (m, f: string) => (known(f) ? name(f) : m));
}
