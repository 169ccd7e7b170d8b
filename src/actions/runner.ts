/**
 * The only place (with src/cli/main.ts) that talks to the runner: reading inputs, masking secrets,
 * setting outputs, writing the step summary and turning errors into a failed step. The wire format
 * (workflow commands, file commands) is in ./workflow-commands.ts.
 * Entries (src/actions/<name>.ts) stay thin: parse inputs into settings, call one library operation,
 * report. No business rules here.
 */
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { addMask, issueCommand, rawInput, writeOutput } from './workflow-commands.js';
import { RelforgeError, errorMessage } from '../platform/errors.js';
import { parseValues, type OperationSchema, type OptionSpec, type OutputValue, type OutputValues, type RawValues, type Values } from '../platform/options.js';
import { redact, registerSecret } from '../platform/secrets.js';
import { detectRuntime, nodeVersionProblem, type RuntimeInfo } from '../platform/runtime.js';

/** Runs an action body: Node check first, then `body`; any error fails the step with a secret-free message. */
export async function runAction(body: (ctx: { runtime: RuntimeInfo }) => Promise<void>): Promise<void> {
  const nodeProblem = nodeVersionProblem(process.version);
  if (nodeProblem) {
    issueCommand('error', nodeProblem);
    process.exitCode = 1;
    return;
  }
  try {
    await body({ runtime: detectRuntime(process.env) });
  } catch (err) {
    const msg = redact(errorMessage(err));
    if (!(err instanceof RelforgeError) && err instanceof Error && err.stack) debug(redact(err.stack));
    issueCommand('error', msg);
    process.exitCode = 1;
  }
}

/**
 * Every input of an operation's schema, typed and checked at once (problems by field, worded
 * `Input "x"`). Secret inputs are masked before anything can print them.
 */
export function readInputs<O extends Record<string, OptionSpec>>(schema: OperationSchema<O>): Values<O> {
  const raw: RawValues = {};
  for (const [name, spec] of Object.entries(schema.options)) {
    if (spec.only === 'cli') continue;
    const v = rawInput(name);
    if (spec.secret) maskSecret(v);
    raw[name] = v;
  }
  return parseValues(schema, raw, 'action');
}

/** Masks a secret value that did not come from an input (e.g. a token obtained at run time). */
export function maskSecret(v: string | undefined): void {
  if (!v) return;
  addMask(v);
  for (const line of v.split(/\r?\n/)) if (line.trim() && line.trim() !== v) addMask(line.trim());
  registerSecret(v);
}

/**
 * Sets every output the schema declares (typed from it: a misspelt or missing output does not compile);
 * objects and arrays are written as JSON, booleans as "true"/"false".
 */
export function setOutputs<S extends OperationSchema<any, any>>(_schema: S, outputs: OutputValues<S>): void {
  for (const [k, v] of Object.entries(outputs as Record<string, OutputValue>)) {
    if (v === undefined || v === null) {
      writeOutput(k, '');
    } else if (typeof v === 'object') {
      writeOutput(k, JSON.stringify(v));
    } else {
      writeOutput(k, String(v));
    }
  }
}

/**
 * Appends markdown to the step summary. Skipped gracefully (a debug line) where the runner does not
 * offer GITHUB_STEP_SUMMARY; a failure to write the summary never fails the step.
 */
export async function writeSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    debug('GITHUB_STEP_SUMMARY is not set on this runner; step summary skipped.');
    return;
  }
  try {
    // Appended directly (as core.summary would, but without it), which caches the file path for the process and keeps
    // its buffer after a failed write (a later summary would repeat stale text). Synchronously, as the outputs are:
    // the first asynchronous file operation starts libuv's thread pool, ~5–10 ms of a short action's run.
    appendFileSync(file, `${redact(markdown).replace(/\n*$/, '')}\n`, 'utf8');
  } catch (err) {
    issueCommand('warning', `Could not write the step summary: ${redact(errorMessage(err))}`);
  }
}

export const log = {
  info: (m: string) => process.stdout.write(redact(m) + EOL),
  warning: (m: string) => issueCommand('warning', redact(m)),
  debug: (m: string) => debug(redact(m)),
  notice: (m: string) => issueCommand('notice', redact(m)),
};

function debug(m: string): void {
  issueCommand('debug', m);
}
