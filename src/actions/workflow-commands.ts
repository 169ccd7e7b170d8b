/**
 * The runner protocol relforge's entries speak: inputs from `INPUT_*`, outputs and summaries through the
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, masks and annotations as `::command::` lines on stdout.
 * Same wire format as @actions/core 3 (escaping, heredoc delimiters), written here because importing
 * @actions/core costs every action ~70 ms and ~23 MiB at start-up (its HTTP client compiles undici's
 * WebAssembly parser on import) — measured in bench/next-version.mjs. Works the same on GitHub, Gitea,
 * Forgejo and act, which all implement these file commands.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

/** `%`, CR and LF escaped as the runner expects in command data. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Command property escaping (data escaping plus `:` and `,`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function issueCommand(command: string, message: string, properties: Record<string, string> = {}): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(v)}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

/** The raw value of input `name` (`INPUT_<NAME>`, spaces as underscores, upper case), '' when unset. */
export function rawInput(name: string): string {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}

export function addMask(value: string): void {
  issueCommand('add-mask', value);
}

/**
 * Writes `name` = `value` to GITHUB_OUTPUT with a random heredoc delimiter (refused if the value contains
 * it, as @actions/core does); falls back to the legacy `::set-output::` command when the file is absent.
 */
export function writeOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    process.stdout.write(EOL);
    issueCommand('set-output', value, { name });
    return;
  }
  if (!existsSync(file)) throw new Error(`GITHUB_OUTPUT file ${file} does not exist`);
  const delimiter = heredocDelimiter();
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error('unexpected heredoc delimiter in output');
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

let delimiterCount = 0;
/**
 * A fresh heredoc delimiter. What keeps an output from injecting other outputs is the check in writeOutput
 * (a value containing the delimiter is refused), not the delimiter's unpredictability, so this avoids
 * node:crypto, whose load alone costs ~8 ms of every action's start-up (measured on next-version).
 */
function heredocDelimiter(): string {
  const rand = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  return `ghadelimiter_${process.pid.toString(36)}_${Date.now().toString(36)}_${(delimiterCount++).toString(36)}_${rand}`;
}

export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1';
}
