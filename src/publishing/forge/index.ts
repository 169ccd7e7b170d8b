/**
 * `createForge`: picks the adapter from the runtime (FORGEJO_ACTIONS → Forgejo, GITEA_ACTIONS → Gitea,
 * else GitHub; forges.md §7) and GITHUB_API_URL, with the `forge` / `api-url` inputs overriding both.
 */
import { detectRuntime, type ForgeKind } from '../../platform/runtime.js';
import { assertSecureUrl } from '../../platform/http.js';
import { SettingsError } from '../../platform/errors.js';
import { GitHubForge } from './github.js';
import { GiteaForge } from './gitea.js';
import type { Forge } from './types.js';
import type { RetryOptions } from './client.js';

export * from './types.js';
export { GitHubForge, GITHUB_CAPABILITIES } from './github.js';
export { GiteaForge, GITEA_CAPABILITIES, multipartEnvelope } from './gitea.js';
export type { RetryOptions } from './client.js';

export interface CreateForgeOptions {
  /** 'github' | 'gitea' | 'forgejo'; empty = detect from the runner environment. */
  forge?: string;
  /** API root (GitHub `https://api.github.com`, GHES `https://host/api/v3`, Gitea/Forgejo `https://host/api/v1`); empty = GITHUB_API_URL. */
  apiUrl?: string;
  token: string;
  /** `owner/repo`; empty = GITHUB_REPOSITORY. */
  repository?: string;
  env?: Record<string, string | undefined>;
  retry?: RetryOptions;
}

const KINDS: ForgeKind[] = ['github', 'gitea', 'forgejo'];

export function createForge(opts: CreateForgeOptions): Forge {
  const env = opts.env ?? process.env;
  const runtime = detectRuntime(env);
  const problems: string[] = [];
  const forgeInput = (opts.forge ?? '').trim().toLowerCase();
  let kind: ForgeKind = runtime.forge;
  if (forgeInput) {
    if (KINDS.includes(forgeInput as ForgeKind)) kind = forgeInput as ForgeKind;
    else problems.push(`Input "forge" must be one of ${KINDS.join(', ')} (or empty to detect), got "${opts.forge}".`);
  }
  let apiUrl = (opts.apiUrl ?? '').trim().replace(/\/+$/, '');
  if (!apiUrl) {
    // Forge forced to Gitea/Forgejo without an API URL on a GitHub-shaped environment: derive from the server URL.
    apiUrl = kind !== runtime.forge && kind !== 'github' && !env.GITHUB_API_URL ? `${runtime.serverUrl}/api/v1` : runtime.apiUrl;
  }
  try {
    assertSecureUrl(apiUrl, 'Input "api-url"');
  } catch (e) {
    problems.push((e as Error).message);
  }
  const repository = (opts.repository || env.GITHUB_REPOSITORY || '').trim();
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
  if (!m || m[2] === '.' || m[2] === '..') problems.push(`The repository must be "owner/name" (input "repository" or GITHUB_REPOSITORY), got "${repository}".`);
  if (!opts.token) problems.push('Input "token" is empty: pass `token: ${{ secrets.GITHUB_TOKEN }}` (or a personal access token with write access to releases).');
  if (problems.length) throw new SettingsError(problems);
  const [, owner, repo] = m!;
  return kind === 'github' ? new GitHubForge(apiUrl, owner!, repo!, opts.token, opts.retry) : new GiteaForge(kind, apiUrl, owner!, repo!, opts.token, opts.retry);
}
