/**
 * Which runner and forge we are on. Pure functions of an environment map (pass `process.env`).
 * The forges and how each runner is recognised live in the forge registry (src/platform/forges.ts): its entries
 * are tried most specific first (FORGEJO_ACTIONS → Forgejo; else GITEA_ACTIONS → Gitea; docs/reference/forges.md §7), else
 * the fallback (GitHub). `ACT` alone is not a forge: act runs GitHub workflows, so the forge stays the fallback
 * unless overridden.
 */
import { DEFAULT_FORGE, DETECTION_ORDER, forge as forgeEntry, type ForgeKind } from './forges.js';

export type { ForgeKind } from './forges.js';

export interface RuntimeInfo {
  forge: ForgeKind;
  /** true under nektos/act (or a Gitea/Forgejo runner, which also sets ACT). */
  act: boolean;
  /** A human name for messages: "GitHub Actions", "Gitea Actions", "Forgejo Actions", "act". */
  runner: string;
  serverUrl: string;
  apiUrl: string;
  /** GitHub OIDC is only offered on GitHub Actions (not act, Gitea or Forgejo). */
  oidcAvailable: boolean;
  summaryFile: string | undefined;
}

type Env = Record<string, string | undefined>;

/** The API root for a server URL and forge, as runners set GITHUB_API_URL (github.com, GHES /api/v3, Gitea/Forgejo /api/v1). */
export function apiUrlFor(serverUrl: string, forge: ForgeKind): string {
  return forgeEntry(forge).apiUrl(serverUrl.replace(/\/+$/, ''));
}

export function detectRuntime(env: Env): RuntimeInfo {
  const truthy = (v: string | undefined) => v !== undefined && v !== '' && v !== 'false' && v !== '0';
  const detected = DETECTION_ORDER.find((f) => truthy(env[f.detectEnv!]));
  const forge = (detected?.name ?? DEFAULT_FORGE) as ForgeKind;
  const act = truthy(env.ACT);
  const runner = detected ? detected.runner : act ? 'act' : forgeEntry(forge).runner;
  const serverUrl = (env.GITHUB_SERVER_URL || forgeEntry(DEFAULT_FORGE).defaultServerUrl!).replace(/\/+$/, '');
  const apiUrl = (env.GITHUB_API_URL || apiUrlFor(serverUrl, forge)).replace(/\/+$/, '');
  const oidcAvailable = forgeEntry(forge).oidc && !act && !!env.ACTIONS_ID_TOKEN_REQUEST_URL && !!env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  return { forge, act, runner, serverUrl, apiUrl, oidcAvailable, summaryFile: env.GITHUB_STEP_SUMMARY || undefined };
}

// The Node check is its own module so that `relforge --help` loads it without the forge registry.
export { MIN_NODE_MAJOR, nodeVersionProblem } from './node-version.js';
