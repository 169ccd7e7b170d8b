/**
 * Runs a workflow with the real `act` exactly as `relforge act` does (the argv comes from src/act/run.ts):
 * host mode (`-P ubuntu-latest=-self-hosted`: no Docker, steps run on this machine with the host's `node`),
 * offline (`--action-offline-mode`, no cache server), env, secrets and inputs from files, relforge's actions
 * and reusable workflow mapped with `--local-repository relforge/relforge@<ref>=<relforge>`, and the artifact
 * actions mapped to the stand-ins in act/stand-ins (they keep artifacts in a directory shared by the jobs).
 * `actions/checkout` of the workflow's own repository is handled by act itself (it copies the work tree).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actArgv, dotenv, relforgeMappings, standInMappings, workflowTexts } from '../../src/act/run.js';

export interface ActRun {
  code: number;
  output: string;
  /** act's "🏁  Job succeeded|failed" lines by job label. */
  jobs: Record<string, 'succeeded' | 'failed'>;
}

export interface ActOptions {
  act: string;
  /** The repository to run in (act copies it for actions/checkout). */
  repo: string;
  /** Workflow file, relative to repo. */
  workflow: string;
  /** The relforge to map relforge/relforge@<ref> to (a folder with package.json, actions/, dist/, act/, .github/workflows/). */
  relforge: string;
  relforgeVersion: string;
  event?: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  secrets?: Record<string, string>;
  /** Repository/organisation variables (`vars.X`). */
  vars?: Record<string, string>;
  /** Scratch dir for act's action cache, env/secret files and artifacts (one per run). */
  scratch: string;
  /** PATH for the steps (host mode inherits the environment of act). */
  path?: string;
  timeoutMs?: number;
}

export async function runAct(o: ActOptions): Promise<ActRun> {
  mkdirSync(o.scratch, { recursive: true });
  const dir = mkdtempSync(join(o.scratch, 'act-'));
  const file = (name: string, text: string, mode = 0o644) => {
    writeFileSync(join(dir, name), text, { mode });
    return join(dir, name);
  };
  const artifacts = join(dir, 'artifacts');
  mkdirSync(artifacts);
  const args = actArgv({
    event: o.event,
    workflow: o.workflow,
    inputs: o.inputs ?? {},
    platforms: ['ubuntu-latest=-self-hosted'],
    localRepositories: { ...relforgeMappings(o.relforge, o.relforgeVersion, workflowTexts(o.repo)), ...standInMappings(o.relforge, dir) },
    envFile: file('env', dotenv({ RELFORGE_ACT_ARTIFACTS: artifacts, ...(o.env ?? {}) })),
    secretFile: file('secrets', dotenv(o.secrets ?? {}), 0o600),
    varFile: file('vars', dotenv(o.vars ?? {})),
    inputFile: file('no-inputs', ''),
    actionCache: join(dir, 'cache'),
    defaultBranch: 'main',
    secretsFromEnv: [],
  });

  const env: NodeJS.ProcessEnv = {};
  // act in host mode hands its own environment to the steps: keep it small and explicit.
  for (const k of ['HOME', 'LANG', 'TMPDIR', 'USER']) if (process.env[k]) env[k] = process.env[k];
  env.PATH = o.path ?? process.env.PATH;
  env.GIT_CONFIG_NOSYSTEM = '1';
  env.GIT_PAGER = 'cat';
  env.NO_COLOR = '1';

  return await new Promise<ActRun>((resolvePromise, reject) => {
    const child = spawn(o.act, args, { cwd: o.repo, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 240_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code: code ?? -1, output, jobs: parseJobs(output) });
    });
  });
}

/** act's "🏁  Job succeeded|failed" lines by job label (the label without the caller prefix). */
export function parseJobs(output: string): ActRun['jobs'] {
  const jobs: ActRun['jobs'] = {};
  for (const m of output.matchAll(/^\[([^\]]+)\]\s+🏁\s+Job (succeeded|failed)/gmu)) jobs[m[1]!.trim()] = m[2] as 'succeeded' | 'failed';
  return jobs;
}
