import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);

// src/platform/forges.ts
var PACKAGE_TARGETS = ["release", "gitea-generic", "http"];
var GITHUB_CAPABILITIES = {
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
  notesLimit: { max: 125e3, unit: "chars" }
};
var GITEA_CAPABILITIES = {
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
  notesLimit: { max: 65535, unit: "bytes" }
};
var trim = (url) => url.replace(/\/+$/, "");
var giteaApi = (serverUrl) => `${trim(serverUrl)}/api/v1`;
var giteaServer = (apiUrl) => trim(apiUrl).replace(/\/api\/v1$/, "");
var FORGE_REGISTRY = [
  {
    name: "github",
    product: "GitHub",
    label: "github (GitHub or GHES)",
    runner: "GitHub Actions",
    defaultServerUrl: "https://github.com",
    apiUrl: (serverUrl) => trim(serverUrl) === "https://github.com" ? "https://api.github.com" : `${trim(serverUrl)}/api/v3`,
    serverUrlOf: (apiUrl) => trim(apiUrl) === "https://api.github.com" ? "https://github.com" : trim(apiUrl).replace(/\/api\/v3$/, ""),
    git: { tokenUser: "x-access-token" },
    oidc: true,
    capabilities: GITHUB_CAPABILITIES,
    api: "github",
    act: { env: {}, emulatorServerUrl: "https://github.com" },
    emulator: true,
    init: { workflow: "call" },
    packageTargets: ["release"]
  },
  {
    name: "gitea",
    product: "Gitea",
    label: "gitea",
    runner: "Gitea Actions",
    detectEnv: "GITEA_ACTIONS",
    detectOrder: 2,
    apiUrl: giteaApi,
    serverUrlOf: giteaServer,
    git: { tokenUser: "x-access-token" },
    oidc: false,
    capabilities: GITEA_CAPABILITIES,
    api: "gitea",
    act: { env: { GITEA_ACTIONS: "true" } },
    emulator: true,
    init: { workflow: "copy" },
    packageTargets: ["release", "gitea-generic"]
  },
  {
    name: "forgejo",
    product: "Forgejo",
    label: "forgejo",
    runner: "Forgejo Actions",
    detectEnv: "FORGEJO_ACTIONS",
    detectOrder: 1,
    apiUrl: giteaApi,
    serverUrlOf: giteaServer,
    git: { tokenUser: "x-access-token" },
    oidc: false,
    capabilities: GITEA_CAPABILITIES,
    api: "gitea",
    act: { env: { GITEA_ACTIONS: "true", FORGEJO_ACTIONS: "true" } },
    emulator: true,
    init: { workflow: "copy", absoluteActionRefs: true },
    packageTargets: ["release", "gitea-generic"]
  }
];
var FORGE_NAMES = FORGE_REGISTRY.map((f) => f.name);
var ACT_FORGES = FORGE_NAMES.filter((n) => !!forge(n).act);
var INIT_FORGES = FORGE_NAMES.filter((n) => !!forge(n).init);
function actOf(name) {
  return forge(name).act;
}
function initOf(name) {
  return forge(name).init;
}
var EMULATED_FORGES = FORGE_NAMES.filter(isEmulatedForge);
function isEmulatedForge(name) {
  return forge(name).emulator;
}
var DEFAULT_FORGE = FORGE_REGISTRY.find((f) => !("detectEnv" in f)).name;
var DETECTION_ORDER = FORGE_REGISTRY.filter((f) => f.detectEnv).sort((a, b) => (a.detectOrder ?? 0) - (b.detectOrder ?? 0));
function isForgeKind(name) {
  return FORGE_NAMES.includes(name);
}
function forge(name) {
  return FORGE_REGISTRY.find((f) => f.name === name);
}
function orList(items) {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}
function detectionText() {
  return `${DETECTION_ORDER.map((f) => `${f.detectEnv} → ${f.name}`).join(", ")}, else ${DEFAULT_FORGE}`;
}
function forgeWithTarget(target, preferred) {
  if (forge(preferred).packageTargets.includes(target)) return preferred;
  return FORGE_REGISTRY.find((f) => f.packageTargets.includes(target)).name;
}
var EMULATOR_DEFAULT_FORGE = "gitea";

export {
  PACKAGE_TARGETS,
  FORGE_REGISTRY,
  FORGE_NAMES,
  ACT_FORGES,
  INIT_FORGES,
  actOf,
  initOf,
  EMULATED_FORGES,
  isEmulatedForge,
  DEFAULT_FORGE,
  DETECTION_ORDER,
  isForgeKind,
  forge,
  orList,
  detectionText,
  forgeWithTarget,
  EMULATOR_DEFAULT_FORGE
};
