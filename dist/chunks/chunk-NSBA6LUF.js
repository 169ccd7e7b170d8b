import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  DEFAULT_FORGE,
  DETECTION_ORDER,
  forge
} from "./chunk-ZJ4GZZ6R.js";

// src/platform/runtime.ts
function apiUrlFor(serverUrl, forge2) {
  return forge(forge2).apiUrl(serverUrl.replace(/\/+$/, ""));
}
function detectRuntime(env) {
  const truthy = (v) => v !== void 0 && v !== "" && v !== "false" && v !== "0";
  const detected = DETECTION_ORDER.find((f) => truthy(env[f.detectEnv]));
  const forge2 = detected?.name ?? DEFAULT_FORGE;
  const act = truthy(env.ACT);
  const runner = detected ? detected.runner : act ? "act" : forge(forge2).runner;
  const serverUrl = (env.GITHUB_SERVER_URL || forge(DEFAULT_FORGE).defaultServerUrl).replace(/\/+$/, "");
  const apiUrl = (env.GITHUB_API_URL || apiUrlFor(serverUrl, forge2)).replace(/\/+$/, "");
  const oidcAvailable = forge(forge2).oidc && !act && !!env.ACTIONS_ID_TOKEN_REQUEST_URL && !!env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  return { forge: forge2, act, runner, serverUrl, apiUrl, oidcAvailable, summaryFile: env.GITHUB_STEP_SUMMARY || void 0 };
}

export {
  apiUrlFor,
  detectRuntime
};
