import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  actOf
} from "./chunk-ZJ4GZZ6R.js";
import {
  RelforgeError
} from "./chunk-ZSVB6QKT.js";

// src/act/run.ts
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var RELFORGE_REPOSITORY = "relforge/relforge";
var SECRET_NAMES = [
  "GITHUB_TOKEN",
  "RELEASE_TOKEN",
  "MINISIGN_PRIVATE_KEY",
  "MINISIGN_PASSWORD",
  "PACKAGE_TOKEN",
  "AZURE_TENANT_ID",
  "AZURE_CLIENT_ID",
  "AZURE_CLIENT_SECRET"
];
var VARIABLE_NAMES = ["MINISIGN_PUBLIC_KEY"];
function relforgeRefs(texts) {
  const refs = /* @__PURE__ */ new Set();
  const absolute = /* @__PURE__ */ new Set();
  for (const text of texts) {
    for (const m of text.matchAll(/uses:\s*['"]?(https?:\/\/[^\s'"]*\/)?relforge\/relforge\/[^@\s'"]*@([A-Za-z0-9._\/-]+)/g)) {
      if (m[1]) absolute.add(`${m[1]}relforge/relforge/…@${m[2]}`);
      else refs.add(m[2]);
    }
  }
  return { refs: [...refs].sort(), absolute: [...absolute].sort() };
}
function shortenAbsoluteUses(text) {
  let count = 0;
  const out = text.replace(/^([ \t]*(?:-[ \t]+)?uses:[ \t]*)(['"]?)https?:\/\/[^/\s'"]+\/([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(?:\/[^@\s'"]*)?@[^\s'"]+)\2/gm, (_m, lead, q, short) => {
    count++;
    return `${lead}${q}${short}${q}`;
  });
  return { text: out, count };
}
function workflowTexts(repoDir) {
  const dir = join(repoDir, ".github", "workflows");
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => readFileSync(join(dir, f), "utf8"));
}
function standInMappings(relforgeRoot, scratch) {
  const standIns = join(relforgeRoot, "act", "stand-ins");
  if (!existsSync(join(standIns, "upload-artifact", "action.yml"))) {
    throw new RelforgeError(`relforge's act stand-ins are missing (${standIns}): reinstall relforge.`);
  }
  const uploadV3 = join(scratch, "upload-artifact-v3");
  cpSync(join(standIns, "upload-artifact"), uploadV3, { recursive: true });
  const yml = join(uploadV3, "action.yml");
  writeFileSync(yml, readFileSync(yml, "utf8").replace(/(stand-in-merge: \{[^}]*default: )'false'/, "$1'true'"));
  return {
    "actions/upload-artifact@v4": join(standIns, "upload-artifact"),
    "actions/download-artifact@v4": join(standIns, "download-artifact"),
    "actions/upload-artifact@v3": uploadV3,
    "actions/download-artifact@v3": join(standIns, "download-artifact")
  };
}
function dotenv(values) {
  return Object.entries(values).map(([k, v]) => {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) throw new RelforgeError(`"${k}" is not a valid variable name for act.`);
    if (/[\r$`]/.test(v)) throw new RelforgeError(`The value of ${k} holds a carriage return, "$" or a backtick, which act's env files cannot carry.`);
    return `${k}="${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
  }).join("\n");
}
var DEFAULT_PLATFORMS = ["ubuntu-latest=-self-hosted", "ubuntu-24.04=-self-hosted", "ubuntu-22.04=-self-hosted"];
function platformMappings(given, defaults = DEFAULT_PLATFORMS) {
  const byLabel = /* @__PURE__ */ new Map();
  for (const m of [...defaults, ...given]) {
    const i = m.indexOf("=");
    if (i < 1) throw new RelforgeError(`-P ${m}: expected LABEL=IMAGE (e.g. windows-latest=-self-hosted or ubuntu-latest=catthehacker/ubuntu:act-latest).`, { exitCode: 2 });
    const label = m.slice(0, i).trim();
    byLabel.delete(label);
    byLabel.set(label, `${label}=${m.slice(i + 1).trim()}`);
  }
  return [...byLabel.values()];
}
function actArgv(a) {
  const args = [a.event ?? "workflow_dispatch", "-W", a.workflow];
  for (const p of a.platforms) args.push("-P", p);
  args.push("--action-offline-mode", "--action-cache-path", a.actionCache, "--no-cache-server");
  if (a.defaultBranch) args.push("--defaultbranch", a.defaultBranch);
  args.push("--env-file", a.envFile, "--secret-file", a.secretFile, "--var-file", a.varFile, "--input-file", a.inputFile);
  for (const [k, v] of Object.entries(a.inputs)) args.push("--input", `${k}=${v}`);
  for (const name of a.secretsFromEnv) args.push("-s", name);
  for (const [k, v] of Object.entries(a.localRepositories)) args.push("--local-repository", `${k}=${v}`);
  args.push(...a.extra ?? []);
  return args;
}
function relforgeMappings(relforgeRoot, version, texts) {
  const { refs } = relforgeRefs([...texts, ...workflowTexts(relforgeRoot)]);
  const all = /* @__PURE__ */ new Set([...refs, `v${version.split(".")[0]}`, `v${version}`]);
  return Object.fromEntries([...all].sort().map((ref) => [`${RELFORGE_REPOSITORY}@${ref}`, relforgeRoot]));
}
function forgeRunEnv(forge, repository, serverUrl, apiUrl) {
  return { GITHUB_REPOSITORY: repository, GITHUB_SERVER_URL: serverUrl, GITHUB_API_URL: apiUrl, ...actOf(forge).env };
}
function repositoryFromUrl(url) {
  const m = /[/:]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? `${m[1]}/${m[2]}` : void 0;
}

export {
  SECRET_NAMES,
  VARIABLE_NAMES,
  relforgeRefs,
  shortenAbsoluteUses,
  workflowTexts,
  standInMappings,
  dotenv,
  platformMappings,
  actArgv,
  relforgeMappings,
  forgeRunEnv,
  repositoryFromUrl
};
