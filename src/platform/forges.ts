/**
 * The forge registry: ONE entry per forge relforge releases to, declaring everything that differs between
 * forges outside the adapter's HTTP calls — its name, how its runner is recognised, where its API lives, how git
 * authenticates with a token, what the forge can do (capabilities), which adapter speaks its API, how `relforge
 * act` impersonates its runner, and which package targets it serves. Option choices (`forge`), their
 * descriptions, runtime detection (src/platform/runtime.ts), the git push credentials (src/git/remote.ts),
 * `relforge act`/`init`/`emulator` and the adapter choice (src/publishing/forge/index.ts) all read this table;
 * none of them names a forge. docs/extending-forge.md walks through adding one.
 *
 * Pure data and pure functions (no I/O, no env access): every action loads it through runtime.ts.
 */

/** What a forge can do; the publish recipe and the package targets branch on these, never on names. */
export interface ForgeCapabilities {
  /** Gitea/Forgejo accept two attachments with the same name; GitHub rejects the second with 422. */
  duplicateAssetNames: boolean;
  /** GitHub returns `digest: "sha256:<hex>"` on assets (null until computed). */
  assetDigest: boolean;
  /** Status of "a release for this tag already exists": GitHub 422, Gitea/Forgejo 409. */
  releaseExistsStatus: 422 | 409;
  /** GitHub immutable releases: a published release's assets/tag/flags are frozen. */
  immutableReleases: boolean;
  /** GitHub sends x-ratelimit-* and retry-after; Gitea/Forgejo send none. */
  rateLimitHeaders: boolean;
  /** The git tag of a draft is created when it is published (Gitea/Forgejo always, GitHub usually). */
  draftCreatesTagAtPublish: boolean;
  /** `make_latest` exists (GitHub only). */
  makeLatest: boolean;
  /** Generic package registry (`/api/packages/{owner}/generic/…`): Gitea/Forgejo only. */
  genericPackages: boolean;
  /**
   * The forge stores unusual asset names under another name (GitHub keeps only letters, digits and . _ + ~ @ -,
   * no leading or trailing dot); the recipe refuses such names before any API call.
   */
  renamesUnusualAssetNames: boolean;
  /** An asset can be renamed in place (GitHub PATCH `{name}`; Gitea/Forgejo PATCH `{name}` → 201). */
  renameAssets: boolean;
  /** The longest release body the forge keeps (src/publishing/core/notes.ts cuts notes to it). */
  notesLimit: NotesLimit;
}

/** A release-body limit: 'chars' counts UTF-16 code units (≥ characters, so never over a character limit); 'bytes' UTF-8 bytes. */
export interface NotesLimit {
  max: number;
  unit: 'chars' | 'bytes';
}

/** Which adapter class speaks the forge's REST API (src/publishing/forge/index.ts maps each to its factory). */
export type ForgeApi = 'github' | 'gitea';

/** The package targets of upload-packages (src/packages/targets/); a forge entry lists those it serves. */
export const PACKAGE_TARGETS = ['release', 'gitea-generic', 'http'] as const;
export type PackageTargetName = (typeof PACKAGE_TARGETS)[number];

export interface ForgeEntry {
  /** The value of the `forge` option, ForgeKind, and what `relforge act --forge` / `init --forge` take. */
  readonly name: string;
  /** The product name in messages ("GitHub", "Gitea", "Forgejo"). */
  readonly product: string;
  /** One line for option descriptions and docs, e.g. "github (GitHub or GHES)". */
  readonly label: string;
  /** The forge's Actions runner as messages name it ("Gitea Actions"). */
  readonly runner: string;
  /**
   * Runtime detection: a runner of this forge sets this variable (truthy). Entries are tried in
   * DETECTION order (most specific first: Forgejo's runner also sets GITEA_ACTIONS); the entry without one
   * is the fallback (GitHub: act runs GitHub workflows, so ACT alone stays GitHub).
   */
  readonly detectEnv?: string;
  /** Rank in detection order (lower first); the fallback entry has none. */
  readonly detectOrder?: number;
  /** The web URL a run has when none is configured (GitHub: https://github.com); none = must be given. */
  readonly defaultServerUrl?: string;
  /** The API root for a server URL, as the runner sets GITHUB_API_URL. */
  apiUrl(serverUrl: string): string;
  /** The server URL back from an API root (the generic package registry lives under the server). */
  serverUrlOf(apiUrl: string): string;
  /** git over HTTPS with a token: `AUTHORIZATION: basic base64(<tokenUser>:<token>)`. */
  readonly git: { readonly tokenUser: string };
  /** GitHub's OIDC issuer for Azure federated credentials (only on the forge's own hosted runners, not act). */
  readonly oidc: boolean;
  readonly capabilities: ForgeCapabilities;
  /** The adapter (src/publishing/forge/index.ts ADAPTERS). */
  readonly api: ForgeApi;
  /**
   * `relforge act`: the variables that make a run look like this forge's runner (detectRuntime reads them back).
   * Only forges whose runner runs GitHub-Actions-style workflows (act's format) have it.
   */
  readonly act?: {
    readonly env: Readonly<Record<string, string>>;
    /** With --emulator: the web URL the run sees (GitHub keeps https://github.com, so actions' defaults hold); none = the emulator's URL. */
    readonly emulatorServerUrl?: string;
  };
  /** `relforge emulator` / `act --emulator` can serve this forge's API (src/emulator/forge.ts). */
  readonly emulator: boolean;
  /**
   * `relforge init`: "call" = a dispatch workflow calling relforge's reusable workflow on github.com;
   * "copy" = a copy of the reusable workflow in the repository (the forge cannot call one across servers),
   * with `absoluteActionRefs` when the forge resolves short action names elsewhere (Forgejo: data.forgejo.org).
   */
  readonly init?: { readonly workflow: 'call' | 'copy'; readonly absoluteActionRefs?: boolean };
  /** upload-packages targets that publish to this forge (`http` needs no forge and is not listed). */
  readonly packageTargets: readonly PackageTargetName[];
}

const GITHUB_CAPABILITIES: ForgeCapabilities = {
  duplicateAssetNames: false,
  assetDigest: true,
  releaseExistsStatus: 422,
  immutableReleases: true,
  rateLimitHeaders: true,
  draftCreatesTagAtPublish: true,
  makeLatest: true,
  genericPackages: false,
  renamesUnusualAssetNames: true,
  renameAssets: true,
  // docs.github.com: a release body holds at most 125,000 characters (422 above it)
  notesLimit: { max: 125_000, unit: 'chars' },
};

const GITEA_CAPABILITIES: ForgeCapabilities = {
  duplicateAssetNames: true,
  assetDigest: false,
  releaseExistsStatus: 409,
  immutableReleases: false,
  rateLimitHeaders: false,
  draftCreatesTagAtPublish: true,
  makeLatest: false,
  genericPackages: true,
  renamesUnusualAssetNames: false,
  renameAssets: true,
  // Gitea/Forgejo check nothing in the API; the note column is TEXT (65,535 bytes on MySQL/MariaDB)
  notesLimit: { max: 65_535, unit: 'bytes' },
};

const trim = (url: string) => url.replace(/\/+$/, '');
const giteaApi = (serverUrl: string) => `${trim(serverUrl)}/api/v1`;
const giteaServer = (apiUrl: string) => trim(apiUrl).replace(/\/api\/v1$/, '');

/** Every forge, in the order option choices and docs list them. */
export const FORGE_REGISTRY = [
  {
    name: 'github',
    product: 'GitHub',
    label: 'github (GitHub or GHES)',
    runner: 'GitHub Actions',
    defaultServerUrl: 'https://github.com',
    apiUrl: (serverUrl) => (trim(serverUrl) === 'https://github.com' ? 'https://api.github.com' : `${trim(serverUrl)}/api/v3`),
    serverUrlOf: (apiUrl) => (trim(apiUrl) === 'https://api.github.com' ? 'https://github.com' : trim(apiUrl).replace(/\/api\/v3$/, '')),
    git: { tokenUser: 'x-access-token' },
    oidc: true,
    capabilities: GITHUB_CAPABILITIES,
    api: 'github',
    act: { env: {}, emulatorServerUrl: 'https://github.com' },
    emulator: true,
    init: { workflow: 'call' },
    packageTargets: ['release'],
  },
  {
    name: 'gitea',
    product: 'Gitea',
    label: 'gitea',
    runner: 'Gitea Actions',
    detectEnv: 'GITEA_ACTIONS',
    detectOrder: 2,
    apiUrl: giteaApi,
    serverUrlOf: giteaServer,
    git: { tokenUser: 'x-access-token' },
    oidc: false,
    capabilities: GITEA_CAPABILITIES,
    api: 'gitea',
    act: { env: { GITEA_ACTIONS: 'true' } },
    emulator: true,
    init: { workflow: 'copy' },
    packageTargets: ['release', 'gitea-generic'],
  },
  {
    name: 'forgejo',
    product: 'Forgejo',
    label: 'forgejo',
    runner: 'Forgejo Actions',
    detectEnv: 'FORGEJO_ACTIONS',
    detectOrder: 1,
    apiUrl: giteaApi,
    serverUrlOf: giteaServer,
    git: { tokenUser: 'x-access-token' },
    oidc: false,
    capabilities: GITEA_CAPABILITIES,
    api: 'gitea',
    act: { env: { GITEA_ACTIONS: 'true', FORGEJO_ACTIONS: 'true' } },
    emulator: true,
    init: { workflow: 'copy', absoluteActionRefs: true },
    packageTargets: ['release', 'gitea-generic'],
  },
] as const satisfies readonly ForgeEntry[];

export type ForgeKind = (typeof FORGE_REGISTRY)[number]['name'];

/** The forge names, in registry order (the `forge` options' choices). */
export const FORGE_NAMES = FORGE_REGISTRY.map((f) => f.name) as unknown as readonly [ForgeKind, ...ForgeKind[]];

/** A forge `relforge act` can impersonate (its entry has `act`). */
export type ActForge = Extract<(typeof FORGE_REGISTRY)[number], { act: object }>['name'];
/** A forge `relforge init` writes workflows for (its entry has `init`). */
export type InitForge = Extract<(typeof FORGE_REGISTRY)[number], { init: object }>['name'];

/** The forges `relforge act --forge` takes. */
export const ACT_FORGES = FORGE_NAMES.filter((n) => !!forge(n).act) as unknown as readonly [ActForge, ...ActForge[]];
/** The forges `relforge init --forge` takes. */
export const INIT_FORGES = FORGE_NAMES.filter((n) => !!forge(n).init) as unknown as readonly [InitForge, ...InitForge[]];

/** The act settings of a forge that has them. */
export function actOf(name: ActForge): NonNullable<ForgeEntry['act']> {
  return forge(name).act!;
}
/** The init settings of a forge that has them. */
export function initOf(name: InitForge): NonNullable<ForgeEntry['init']> {
  return forge(name).init!;
}

/** A forge `relforge emulator` can serve (src/emulator/forge.ts has a mode for each). */
export type EmulatedForge = Extract<(typeof FORGE_REGISTRY)[number], { emulator: true }>['name'];

/** The forges `relforge emulator` can serve. */
export const EMULATED_FORGES = FORGE_NAMES.filter(isEmulatedForge) as unknown as readonly [EmulatedForge, ...EmulatedForge[]];

export function isEmulatedForge(name: ForgeKind): name is EmulatedForge {
  return forge(name).emulator;
}

/** The fallback forge (the one without detectEnv). */
export const DEFAULT_FORGE: ForgeKind = FORGE_REGISTRY.find((f) => !('detectEnv' in f))!.name;

/** The entries that detectRuntime tries, most specific first. */
export const DETECTION_ORDER: readonly ForgeEntry[] = (FORGE_REGISTRY as readonly ForgeEntry[])
  .filter((f) => f.detectEnv)
  .sort((a, b) => (a.detectOrder ?? 0) - (b.detectOrder ?? 0));

export function isForgeKind(name: string): name is ForgeKind {
  return (FORGE_NAMES as readonly string[]).includes(name);
}

/** The registry entry of a forge. */
export function forge(name: ForgeKind): ForgeEntry {
  return (FORGE_REGISTRY as readonly ForgeEntry[]).find((f) => f.name === name)!;
}

/** "a, b or c" (option descriptions and docs). */
export function orList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** How the runner is detected, for option descriptions: "FORGEJO_ACTIONS → forgejo, GITEA_ACTIONS → gitea, else github". */
export function detectionText(): string {
  return `${DETECTION_ORDER.map((f) => `${f.detectEnv} → ${f.name}`).join(', ')}, else ${DEFAULT_FORGE}`;
}

/** `preferred` when it serves package target `target`, else the first forge that does (upload-packages' default). */
export function forgeWithTarget(target: PackageTargetName, preferred: ForgeKind): ForgeKind {
  if ((forge(preferred).packageTargets as readonly string[]).includes(target)) return preferred;
  return FORGE_REGISTRY.find((f) => (f.packageTargets as readonly string[]).includes(target))!.name;
}

/** The API `relforge emulator` serves when --forge is not given. */
export const EMULATOR_DEFAULT_FORGE: EmulatedForge = 'gitea';
