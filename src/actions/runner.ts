/**
 * The only place (with src/cli.ts) that knows about @actions/core: reading inputs, masking secrets,
 * setting outputs, writing the step summary and turning errors into a failed step.
 * Entries (src/actions/<name>.ts) stay thin: parse inputs into settings, call one library operation,
 * report. No business rules here.
 */
import { appendFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { RelforgeError, errorMessage } from '../errors.js';
import { redact, registerSecret } from '../secrets.js';
import { detectRuntime, nodeVersionProblem, type RuntimeInfo } from '../runtime.js';

/** Runs an action body: Node check first, then `body`; any error fails the step with a secret-free message. */
export async function runAction(body: (ctx: { runtime: RuntimeInfo }) => Promise<void>): Promise<void> {
  const nodeProblem = nodeVersionProblem(process.version);
  if (nodeProblem) {
    core.setFailed(nodeProblem);
    process.exitCode = 1;
    return;
  }
  try {
    await body({ runtime: detectRuntime(process.env) });
  } catch (err) {
    const msg = redact(errorMessage(err));
    if (!(err instanceof RelforgeError) && err instanceof Error && err.stack) core.debug(redact(err.stack));
    core.setFailed(msg);
    process.exitCode = 1;
  }
}

/** A plain input; empty string when unset. Whitespace is trimmed. */
export function input(name: string, fallback = ''): string {
  const v = core.getInput(name);
  return v === '' ? fallback : v;
}

/** A required input: fails with a message naming the input. */
export function requiredInput(name: string): string {
  const v = core.getInput(name);
  if (v === '') throw new RelforgeError(`Input "${name}" is required but was empty or not set.`);
  return v;
}

/** A multi-line input (one value per line, blank lines and `#` comments dropped). */
export function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** A boolean input accepting true/false/yes/no/1/0 (case-insensitive); the message names the input. */
export function boolInput(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(raw)) return true;
  if (['false', 'no', '0', 'off'].includes(raw)) return false;
  throw new RelforgeError(`Input "${name}" must be true or false, got "${core.getInput(name)}".`);
}

/** A secret input: masked in logs (whole value and each line) before anything else can print it. */
export function secretInput(name: string): string {
  const v = core.getInput(name, { trimWhitespace: false });
  if (v) {
    core.setSecret(v);
    for (const line of v.split(/\r?\n/)) if (line.trim()) core.setSecret(line.trim());
    registerSecret(v);
  }
  return v.trim();
}

/** Sets outputs; objects and arrays are written as JSON, booleans as "true"/"false". */
export function setOutputs(outputs: Record<string, string | number | boolean | object | undefined | null>): void {
  for (const [k, v] of Object.entries(outputs)) {
    if (v === undefined || v === null) {
      core.setOutput(k, '');
    } else if (typeof v === 'object') {
      core.setOutput(k, JSON.stringify(v));
    } else {
      core.setOutput(k, String(v));
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
    core.debug('GITHUB_STEP_SUMMARY is not set on this runner; step summary skipped.');
    return;
  }
  try {
    // Appended directly rather than through core.summary, which caches the file path for the process and keeps
    // its buffer after a failed write (a later summary would repeat stale text).
    await appendFile(file, `${redact(markdown).replace(/\n*$/, '')}\n`, 'utf8');
  } catch (err) {
    core.warning(`Could not write the step summary: ${redact(errorMessage(err))}`);
  }
}

export const log = {
  info: (m: string) => core.info(redact(m)),
  warning: (m: string) => core.warning(redact(m)),
  debug: (m: string) => core.debug(redact(m)),
  notice: (m: string) => core.notice(redact(m)),
};
