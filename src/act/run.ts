/**
 * How `relforge act` runs a release workflow under nektos/act (and how relforge's own e2e suite does):
 *
 *   act workflow_dispatch -W <workflow> --input channel=beta
 *     -P ubuntu-latest=-self-hosted            host mode: every step on this machine with this Node; no Docker
 *     --action-offline-mode --no-cache-server  no network for actions that are mapped or cached
 *     --local-repository relforge/relforge@v1=<this relforge>   the actions and the reusable workflow
 *     --local-repository actions/upload-artifact@v4=<act/stand-ins/upload-artifact>   (and download, and @v3)
 *     --env-file <scratch>/env --secret-file … --var-file …
 *
 * act clones every `uses: owner/repo…@ref` from the server URL it is given — with GITHUB_SERVER_URL pointing
 * at a Gitea that fails ("repository not found"); the mappings make act read them from disk instead.
 * Secrets never go on act's command line: values come from files or, for relforge's secret names set in the
 * environment, `-s NAME` (act reads the value from its environment).
 */
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RelforgeError } from '../platform/errors.js';
import { actOf } from '../platform/forges.js';
import type { ForgeFlavour } from './options.js';

export const RELFORGE_REPOSITORY = 'relforge/relforge';

/** Secrets relforge's workflows read, by the names agreed across docs, workflows and messages. */
export const SECRET_NAMES = [
  'GITHUB_TOKEN',
  'RELEASE_TOKEN',
  'MINISIGN_PRIVATE_KEY',
  'MINISIGN_PASSWORD',
  'PACKAGE_TOKEN',
  'AZURE_TENANT_ID',
  'AZURE_CLIENT_ID',
  'AZURE_CLIENT_SECRET',
] as const;
/** Variables (not secret). */
export const VARIABLE_NAMES = ['MINISIGN_PUBLIC_KEY'] as const;

/** The refs of `relforge/relforge/…@ref` references in workflow texts (short form; absolute URLs are reported separately). */
export function relforgeRefs(texts: string[]): { refs: string[]; absolute: string[] } {
  const refs = new Set<string>();
  const absolute = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/uses:\s*['"]?(https?:\/\/[^\s'"]*\/)?relforge\/relforge\/[^@\s'"]*@([A-Za-z0-9._\/-]+)/g)) {
      if (m[1]) absolute.add(`${m[1]}relforge/relforge/…@${m[2]}`);
      else refs.add(m[2]!);
    }
  }
  return { refs: [...refs].sort(), absolute: [...absolute].sort() };
}

/**
 * `text` with every absolute `uses: https://<host>/<owner>/<repo>[/path]@ref` (Forgejo's syntax, which act cannot
 * parse) in the short form `<owner>/<repo>[/path]@ref`, which act resolves (relforge's through the --local-repository
 * mappings). Only `uses:` lines change; `count` says how many.
 */
export function shortenAbsoluteUses(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(/^([ \t]*(?:-[ \t]+)?uses:[ \t]*)(['"]?)https?:\/\/[^/\s'"]+\/([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(?:\/[^@\s'"]*)?@[^\s'"]+)\2/gm, (_m, lead: string, q: string, short: string) => {
    count++;
    return `${lead}${q}${short}${q}`;
  });
  return { text: out, count };
}

/** Every workflow file's text under a repository's .github/workflows/. */
export function workflowTexts(repoDir: string): string[] {
  const dir = join(repoDir, '.github', 'workflows');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** act --local-repository mappings for the artifact actions: the stand-ins, and a v3 copy that merges uploads. */
export function standInMappings(relforgeRoot: string, scratch: string): Record<string, string> {
  const standIns = join(relforgeRoot, 'act', 'stand-ins');
  if (!existsSync(join(standIns, 'upload-artifact', 'action.yml'))) {
    throw new RelforgeError(`relforge's act stand-ins are missing (${standIns}): reinstall relforge.`);
  }
  const uploadV3 = join(scratch, 'upload-artifact-v3');
  cpSync(join(standIns, 'upload-artifact'), uploadV3, { recursive: true });
  const yml = join(uploadV3, 'action.yml');
  writeFileSync(yml, readFileSync(yml, 'utf8').replace(/(stand-in-merge: \{[^}]*default: )'false'/, "$1'true'"));
  return {
    'actions/upload-artifact@v4': join(standIns, 'upload-artifact'),
    'actions/download-artifact@v4': join(standIns, 'download-artifact'),
    'actions/upload-artifact@v3': uploadV3,
    'actions/download-artifact@v3': join(standIns, 'download-artifact'),
  };
}

/** godotenv double-quoted values (act's --env-file / --secret-file / --var-file): \n for newlines. */
export function dotenv(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([k, v]) => {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) throw new RelforgeError(`"${k}" is not a valid variable name for act.`);
      if (/[\r$`]/.test(v)) throw new RelforgeError(`The value of ${k} holds a carriage return, "$" or a backtick, which act's env files cannot carry.`);
      return `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
    })
    .join('\n');
}

export interface ActArguments {
  workflow: string;
  event?: string;
  inputs: Record<string, string>;
  platforms: string[];
  /** owner/repo@ref → folder */
  localRepositories: Record<string, string>;
  envFile: string;
  secretFile: string;
  varFile: string;
  inputFile: string;
  actionCache: string;
  defaultBranch?: string;
  /** Secret names act reads from its own environment (`-s NAME`). */
  secretsFromEnv: string[];
  extra?: string[];
}

/** The -P mappings `relforge act` always has: Ubuntu jobs run on this machine (host mode, no Docker). */
export const DEFAULT_PLATFORMS = ['ubuntu-latest=-self-hosted', 'ubuntu-24.04=-self-hosted', 'ubuntu-22.04=-self-hosted'] as const;

/**
 * The -P mappings for act: the defaults plus the user's; a label the user maps replaces its default, other
 * defaults stay (`-P windows-latest=-self-hosted` adds Windows, it does not drop the Ubuntu mappings).
 * A mapping without "=" is refused with the fix.
 */
export function platformMappings(given: readonly string[], defaults: readonly string[] = DEFAULT_PLATFORMS): string[] {
  const byLabel = new Map<string, string>();
  for (const m of [...defaults, ...given]) {
    const i = m.indexOf('=');
    if (i < 1) throw new RelforgeError(`-P ${m}: expected LABEL=IMAGE (e.g. windows-latest=-self-hosted or ubuntu-latest=catthehacker/ubuntu:act-latest).`, { exitCode: 2 });
    const label = m.slice(0, i).trim();
    byLabel.delete(label);
    byLabel.set(label, `${label}=${m.slice(i + 1).trim()}`);
  }
  return [...byLabel.values()];
}

/** act's argv (no secret values in it). */
export function actArgv(a: ActArguments): string[] {
  const args = [a.event ?? 'workflow_dispatch', '-W', a.workflow];
  for (const p of a.platforms) args.push('-P', p);
  args.push('--action-offline-mode', '--action-cache-path', a.actionCache, '--no-cache-server');
  if (a.defaultBranch) args.push('--defaultbranch', a.defaultBranch);
  args.push('--env-file', a.envFile, '--secret-file', a.secretFile, '--var-file', a.varFile, '--input-file', a.inputFile);
  for (const [k, v] of Object.entries(a.inputs)) args.push('--input', `${k}=${v}`);
  for (const name of a.secretsFromEnv) args.push('-s', name);
  for (const [k, v] of Object.entries(a.localRepositories)) args.push('--local-repository', `${k}=${v}`);
  args.push(...(a.extra ?? []));
  return args;
}

/** The mapping of every relforge ref the workflows use (and the installed major and version) to this installation. */
export function relforgeMappings(relforgeRoot: string, version: string, texts: string[]): Record<string, string> {
  const { refs } = relforgeRefs([...texts, ...workflowTexts(relforgeRoot)]);
  const all = new Set([...refs, `v${version.split('.')[0]}`, `v${version}`]);
  return Object.fromEntries([...all].sort().map((ref) => [`${RELFORGE_REPOSITORY}@${ref}`, relforgeRoot]));
}

/** The runner variables a run on a forge flavour sees (detectRuntime reads the forge back from them). */
export function forgeRunEnv(forge: ForgeFlavour, repository: string, serverUrl: string, apiUrl: string): Record<string, string> {
  return { GITHUB_REPOSITORY: repository, GITHUB_SERVER_URL: serverUrl, GITHUB_API_URL: apiUrl, ...actOf(forge).env };
}

/** owner/name from a remote URL (https, ssh or scp-like), or undefined. */
export function repositoryFromUrl(url: string): string | undefined {
  const m = /[/:]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? `${m[1]}/${m[2]}` : undefined;
}
