/**
 * The shape of one `relforge <command>`: its option schema (flags, usage and validation come from it) and
 * a run function that gets the parsed values. Modules under src/cli/ default-export one each; src/cli/main.ts
 * loads only the module of the command it runs.
 */
import type { OperationSchema, OptionSpec, Values } from '../platform/options.js';

export interface CliCommand<O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  schema: OperationSchema<O>;
  /** Extra text for `--help` after the options (what it prints, exit codes, examples). */
  notes?: string;
  /** Returns the exit code. `given` lists the options set explicitly (flag, file or environment). */
  run(values: Values<O>, ctx: { given: Set<string> }): Promise<number>;
}

export function defineCommand<O extends Record<string, OptionSpec>>(command: CliCommand<O>): CliCommand<O> {
  return command;
}

/** Prints `result` as JSON (--json), else its notes (`note: …`) and then `lines`. Returns exit code 0. */
export function printResult<R extends { notes?: string[] }>(json: boolean, result: R, lines: (r: R) => string[]): number {
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return 0;
  }
  for (const n of result.notes ?? []) console.log(`note: ${n}`);
  for (const line of lines(result)) console.log(line);
  return 0;
}
