import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);

// src/platform/runtime.ts
function apiUrlFor(serverUrl, forge) {
  const s = serverUrl.replace(/\/+$/, "");
  if (forge !== "github") return `${s}/api/v1`;
  return s === "https://github.com" ? "https://api.github.com" : `${s}/api/v3`;
}
function detectRuntime(env) {
  const truthy = (v) => v !== void 0 && v !== "" && v !== "false" && v !== "0";
  let forge = "github";
  let runner = "GitHub Actions";
  if (truthy(env.FORGEJO_ACTIONS)) {
    forge = "forgejo";
    runner = "Forgejo Actions";
  } else if (truthy(env.GITEA_ACTIONS)) {
    forge = "gitea";
    runner = "Gitea Actions";
  } else if (truthy(env.ACT)) {
    runner = "act";
  }
  const act = truthy(env.ACT);
  const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const apiUrl = (env.GITHUB_API_URL || apiUrlFor(serverUrl, forge)).replace(/\/+$/, "");
  const oidcAvailable = forge === "github" && !act && !!env.ACTIONS_ID_TOKEN_REQUEST_URL && !!env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  return { forge, act, runner, serverUrl, apiUrl, oidcAvailable, summaryFile: env.GITHUB_STEP_SUMMARY || void 0 };
}
var MIN_NODE_MAJOR = 20;
function nodeVersionProblem(version) {
  const major = Number(/^v?(\d+)/.exec(version)?.[1] ?? 0);
  if (major >= MIN_NODE_MAJOR) return void 0;
  return `relforge needs Node.js ${MIN_NODE_MAJOR} or newer, but this runner's node is ${version}. GitHub honours "runs.using: node24"; act, Gitea and Forgejo run the node found on PATH in the job's image: use an image with Node >= ${MIN_NODE_MAJOR} (e.g. act -P ubuntu-latest=catthehacker/ubuntu:act-latest, or a Gitea/Forgejo runner label whose image ships Node 20+), or add actions/setup-node before this step.`;
}

export {
  apiUrlFor,
  detectRuntime,
  nodeVersionProblem
};
