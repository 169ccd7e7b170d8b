/**
 * Runs a built action bundle (dist/<name>/index.js) under the runner contract: INPUT_* variables,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV; returns exit code, output and parsed outputs.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, type NodeRuntime, hostNode } from './runtimes.js';
import { assertFreshDist } from './fresh-dist.js';

export interface BundleRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout + stderr, for secret-leak greps. */
  all: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface BundleOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string | undefined>;
  cwd?: string;
  runtime?: NodeRuntime;
  timeoutMs?: number;
  stdin?: string;
}

/** Parses a GITHUB_OUTPUT file (`name<<DELIM` heredocs and `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delim) value.push(lines[i++]!);
      out[name!] = value.join('\n');
    } else if (line.includes('=')) {
      const k = line.slice(0, line.indexOf('='));
      out[k] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

/** Environment of a clean runner step: the parent's env without GITHUB_*, INPUT_*, RUNNER_* or CI leakage. */
export function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined) continue;
    if (/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|GITEA_|FORGEJO_|ACT$)/.test(k)) continue;
    env[k] = v;
  }
  return env;
}

export async function runBundle(name: string, opts: BundleOptions = {}): Promise<BundleRun> {
  const bundle = join(ROOT, 'dist', name, 'index.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build`);
  await assertFreshDist();
  const dir = mkdtempSync(join(tmpdir(), `relforge-run-${name}-`));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  const envFile = join(dir, 'env');
  for (const f of [outputFile, summaryFile, envFile]) writeFileSync(f, '');
  const env: Record<string, string> = {
    ...cleanEnv(),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ENV: envFile,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: dir,
    RUNNER_TOOL_CACHE: join(dir, 'toolcache'),
  };
  for (const [k, v] of Object.entries(opts.inputs ?? {})) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const runtime = opts.runtime ?? hostNode();
  return await new Promise<BundleRun>((resolvePromise, reject) => {
    const child = spawn(runtime.path, [bundle], { cwd: opts.cwd ?? ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let all = '';
    child.stdout.on('data', (d: Buffer) => ((stdout += d), (all += d)));
    child.stderr.on('data', (d: Buffer) => ((stderr += d), (all += d)));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({
        code: code ?? -1,
        stdout,
        stderr,
        all,
        outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
      });
    });
    child.stdin.end(opts.stdin ?? '');
  });
}
