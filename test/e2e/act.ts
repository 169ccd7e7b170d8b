/**
 * Runs a workflow with the real `act` in host mode (`-P ubuntu-latest=-self-hosted`: no Docker, steps run
 * on this machine with the host's `node`), offline (`--action-offline-mode`, no cache server), with env,
 * secrets and inputs passed the way a user would (`--env-file`, `--secret-file`, `--input`).
 *
 * Remote actions cannot be fetched here (no github.com). `actions/checkout` of the workflow's own
 * repository is handled by act itself (it copies the work tree, .git included); the artifact actions are
 * mapped with act's own `--local-repository` flag to the small local actions in test/e2e/stand-ins/,
 * which keep artifacts in a directory shared by the jobs of one run.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const STAND_INS = resolve(import.meta.dirname, 'stand-ins');

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
  event?: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  secrets?: Record<string, string>;
  /** Repository/organisation variables (`vars.X`). */
  vars?: Record<string, string>;
  /** Scratch dir for act's action cache, env/secret files and artifacts (one per run). */
  scratch: string;
  /** Extra `--local-repository` mappings (owner/repo@ref → dir). */
  localRepositories?: Record<string, string>;
  /** PATH for the steps (host mode inherits the environment of act). */
  path?: string;
  timeoutMs?: number;
}

function dotenv(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([k, v]) => {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) throw new Error(`bad variable name ${k}`);
      if (/[\r$`]/.test(v)) throw new Error(`act env/secret file value for ${k}: carriage returns, $ and backticks are not supported`);
      // godotenv double-quoted values: \n becomes a newline (multi-line keys), \" and \\ escape.
      return `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
    })
    .join('\n');
}

export async function runAct(o: ActOptions): Promise<ActRun> {
  mkdirSync(o.scratch, { recursive: true });
  const dir = mkdtempSync(join(o.scratch, 'act-'));
  const envFile = join(dir, 'env');
  const secretFile = join(dir, 'secrets');
  const artifacts = join(dir, 'artifacts');
  mkdirSync(artifacts);
  writeFileSync(envFile, dotenv({ RELFORGE_E2E_ARTIFACTS: artifacts, ...(o.env ?? {}) }));
  writeFileSync(secretFile, dotenv(o.secrets ?? {}), { mode: 0o600 });
  const varFile = join(dir, 'vars');
  writeFileSync(varFile, dotenv(o.vars ?? {}));
  // @v3 semantics differ for uploads (same name from several jobs merges): a copy whose merge default is true
  const uploadV3 = join(dir, 'upload-artifact-v3');
  cpSync(join(STAND_INS, 'upload-artifact'), uploadV3, { recursive: true });
  const v3yml = join(uploadV3, 'action.yml');
  writeFileSync(v3yml, readFileSync(v3yml, 'utf8').replace(/(stand-in-merge: \{[^}]*default: )'false'/, "$1'true'"));
  const local: Record<string, string> = {
    'actions/upload-artifact@v4': join(STAND_INS, 'upload-artifact'),
    'actions/download-artifact@v4': join(STAND_INS, 'download-artifact'),
    'actions/upload-artifact@v3': uploadV3,
    'actions/download-artifact@v3': join(STAND_INS, 'download-artifact'),
    ...(o.localRepositories ?? {}),
  };
  const args = [
    o.event ?? 'workflow_dispatch',
    '-W',
    o.workflow,
    '-P',
    'ubuntu-latest=-self-hosted',
    '--action-offline-mode',
    '--action-cache-path',
    join(dir, 'cache'),
    '--no-cache-server',
    '--defaultbranch',
    'main',
    '--env-file',
    envFile,
    '--secret-file',
    secretFile,
    '--var-file',
    varFile,
    '--input-file',
    join(dir, 'no-inputs'),
  ];
  for (const [k, v] of Object.entries(o.inputs ?? {})) args.push('--input', `${k}=${v}`);
  for (const [k, v] of Object.entries(local)) args.push('--local-repository', `${k}=${v}`);

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
      const jobs: ActRun['jobs'] = {};
      for (const m of output.matchAll(/^\[([^\]]+)\]\s+🏁\s+Job (succeeded|failed)/gmu)) jobs[m[1]!] = m[2] as 'succeeded' | 'failed';
      resolvePromise({ code: code ?? -1, output, jobs });
    });
  });
}
