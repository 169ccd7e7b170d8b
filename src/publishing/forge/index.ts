/**
 * `createForge`: picks the adapter from the runtime (the forge registry's detection: FORGEJO_ACTIONS → Forgejo,
 * GITEA_ACTIONS → Gitea, else GitHub; docs/reference/forges.md §7) and GITHUB_API_URL, with the `forge` / `api-url` inputs
 * overriding both. The forge's registry entry (src/platform/forges.ts) names its adapter; ADAPTERS below maps
 * each adapter to its class.
 */
import { detectRuntime } from '../../platform/runtime.js';
import { DEFAULT_FORGE, FORGE_NAMES, forge as forgeEntry, isForgeKind, type ForgeApi, type ForgeKind } from '../../platform/forges.js';
import { urlInputProblem } from '../../platform/url.js';
import { Problems } from '../../platform/errors.js';
import { GitHubForge } from './github.js';
import { GiteaForge } from './gitea.js';
import type { Forge } from './types.js';
import type { RetryOptions } from './client.js';

export * from './types.js';
export { GitHubForge, GITHUB_CAPABILITIES } from './github.js';
export { GiteaForge, GITEA_CAPABILITIES, multipartEnvelope } from './gitea.js';
export type { RetryOptions } from './client.js';

export interface CreateForgeOptions {
  /** A forge registry name (src/platform/forges.ts); empty = detect from the runner environment. */
  forge?: string;
  /**
   * API root (GitHub `https://api.github.com`, GHES `https://host/api/v3`, Gitea/Forgejo `https://host/api/v1`);
   * empty = GITHUB_API_URL. The token goes only to this origin (and GitHub's uploads sibling).
   */
  apiUrl?: string;
  token: string;
  /** `owner/repo`; empty = GITHUB_REPOSITORY. */
  repository?: string;
  env?: Record<string, string | undefined>;
  retry?: RetryOptions;
}

/** Each adapter of the registry's `api` (a new API family adds its class here: a missing one is a compile error). */
const ADAPTERS: Record<ForgeApi, (kind: ForgeKind, apiUrl: string, owner: string, repo: string, token: string, retry?: RetryOptions) => Forge> = {
  github: (_kind, apiUrl, owner, repo, token, retry) => new GitHubForge(apiUrl, owner, repo, token, retry),
  gitea: (kind, apiUrl, owner, repo, token, retry) => new GiteaForge(kind, apiUrl, owner, repo, token, retry),
};

/** The forge kind from the `forge` input, else the runner (FORGEJO_ACTIONS → GITEA_ACTIONS → GitHub). */
function forgeKind(opts: CreateForgeOptions, env: Record<string, string | undefined>, p: Problems): ForgeKind {
  const input = (opts.forge ?? '').trim().toLowerCase();
  if (!input) return detectRuntime(env).forge;
  if (isForgeKind(input)) return input;
  p.add('forge', `must be one of ${FORGE_NAMES.join(', ')} (or empty to detect), got "${opts.forge}".`);
  return detectRuntime(env).forge;
}

export function createForge(opts: CreateForgeOptions): Forge {
  const env = opts.env ?? process.env;
  const runtime = detectRuntime(env);
  const p = new Problems();
  const kind = forgeKind(opts, env, p);
  let apiUrl = (opts.apiUrl ?? '').trim().replace(/\/+$/, '');
  if (!apiUrl) {
    // Forge forced to Gitea/Forgejo without an API URL on a GitHub-shaped environment: derive from the server URL.
    apiUrl = kind !== runtime.forge && kind !== DEFAULT_FORGE && !env.GITHUB_API_URL ? forgeEntry(kind).apiUrl(runtime.serverUrl) : runtime.apiUrl;
  }
  // https only (http on loopback), and never a user name or password: those would be printed and published.
  const urlProblem = urlInputProblem(apiUrl);
  if (urlProblem) p.add('api-url', urlProblem);
  const repository = (opts.repository || env.GITHUB_REPOSITORY || '').trim();
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
  if (!m || m[2] === '.' || m[2] === '..') p.add('repository', `must be "owner/name" (default: GITHUB_REPOSITORY), got "${repository}".`);
  if (!opts.token) p.add('token', TOKEN_MISSING);
  p.throwIfAny();
  const [, owner, repo] = m!;
  return ADAPTERS[forgeEntry(kind).api](kind, apiUrl, owner!, repo!, opts.token, opts.retry);
}

/** The problem text of an empty token (continues after the option's name). */
export const TOKEN_MISSING =
  'is empty: give a token that can write releases (the action\'s default is the job token, github.token), or plan with {{dry-run}} without a token.';

/**
 * Stands in for a forge in a dry run without a token: it has the kind's capabilities, and any call is a bug
 * (such a dry run plans from the local files only).
 */
export function offlineForge(opts: CreateForgeOptions): Forge {
  const p = new Problems();
  const kind = forgeKind(opts, opts.env ?? process.env, p);
  p.throwIfAny();
  const capabilities = forgeEntry(kind).capabilities;
  const base = { kind, apiUrl: opts.apiUrl ?? '', owner: '', repo: '', capabilities };
  return new Proxy(base as unknown as Forge, {
    get(t, prop) {
      if (prop in t) return (t as unknown as Record<string | symbol, unknown>)[prop];
      return () => {
        throw new Error(`internal: dry run without a token called forge.${String(prop)}`);
      };
    },
  });
}
