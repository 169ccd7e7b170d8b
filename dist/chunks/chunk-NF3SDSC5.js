import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  detectRuntime
} from "./chunk-NSBA6LUF.js";
import {
  forge
} from "./chunk-ZJ4GZZ6R.js";
import {
  redact,
  registerSecret
} from "./chunk-A3HMJ4J5.js";
import {
  RelforgeError,
  SettingsError,
  fieldError
} from "./chunk-ZSVB6QKT.js";

// src/git/remote.ts
function remoteNameProblem(remote) {
  if (!remote) return "is empty; use the name of a configured remote, e.g. origin.";
  if (remote.startsWith("-") || /[\s\x00-\x1f]/.test(remote)) return `("${remote}") is not a valid remote name.`;
  return void 0;
}
function stripUserinfo(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, "$1");
}
function tokenConfigEnv(remoteUrl, token, baseEnv = process.env) {
  const u = new URL(remoteUrl);
  const origin = `${u.protocol}//${u.host}/`;
  const user = forge(detectRuntime(baseEnv).forge).git.tokenUser;
  const basic = Buffer.from(`${user}:${token}`, "utf8").toString("base64");
  registerSecret(basic);
  const start = Number.parseInt(baseEnv.GIT_CONFIG_COUNT ?? "0", 10) || 0;
  const key = `http.${origin}.extraheader`;
  return {
    GIT_CONFIG_COUNT: String(start + 2),
    [`GIT_CONFIG_KEY_${start}`]: key,
    [`GIT_CONFIG_VALUE_${start}`]: "",
    [`GIT_CONFIG_KEY_${start + 1}`]: key,
    [`GIT_CONFIG_VALUE_${start + 1}`]: `AUTHORIZATION: basic ${basic}`
  };
}
async function remoteAccess(git, remote, token, opts) {
  const problem = remoteNameProblem(remote);
  if (problem) throw fieldError("remote", problem);
  const r = await git.run(["remote", "get-url", "--push", remote], { allowFailure: true });
  if (r.code !== 0) {
    throw fieldError("remote", `("${remote}") is not a configured git remote in ${git.cwd} (git remote -v lists them); name one, or do not push ({{push}}: false).`);
  }
  const url = r.stdout.trim();
  const displayUrl = stripUserinfo(url);
  if (!/^https?:\/\//i.test(url)) return { remote, displayUrl, env: {}, auth: "ssh-or-local" };
  if (token) {
    registerSecret(token);
    return { remote, displayUrl, env: tokenConfigEnv(url, token), auth: "token" };
  }
  if (!opts.needPush) return { remote, displayUrl, env: {}, auth: "existing" };
  const hasUserinfo = /^https?:\/\/[^/@]+@/i.test(url);
  const headers = await git.run(["config", "--get-urlmatch", "http.extraheader", url], { allowFailure: true });
  const helpers = await git.run(["config", "--get-urlmatch", "credential.helper", url], { allowFailure: true });
  const hasHeader = headers.code === 0 && headers.stdout.trim() !== "";
  const hasHelper = helpers.code === 0 && helpers.stdout.trim() !== "";
  if (!hasUserinfo && !hasHeader && !hasHelper) {
    throw new SettingsError([
      {
        message: `No credentials to push to ${displayUrl}: give a token with {{token}} (e.g. token: \${{ secrets.GITHUB_TOKEN }} with "permissions: contents: write"; RELFORGE_TOKEN on the command line), or check out with actions/checkout "persist-credentials: true", or do not push ({{push}}: false). Nothing was created or pushed.`
      }
    ]);
  }
  return { remote, displayUrl, env: {}, auth: "existing" };
}
async function lsRemoteRefs(git, access, patterns) {
  const all = [...patterns, ...patterns.filter((p) => !p.endsWith("*")).map((p) => `${p}^{}`)];
  const r = await git.run(["ls-remote", "--", access.remote, ...all], { env: access.env, allowFailure: true });
  if (r.code !== 0) {
    throw new RelforgeError(
      `Could not list refs of the remote "${access.remote}" (${access.displayUrl}): ${redact(r.stderr.trim()) || `exit ${r.code}`}. Check the token (and network access), or do not push.`
    );
  }
  const refs = /* @__PURE__ */ new Map();
  const peeled = /* @__PURE__ */ new Map();
  for (const line of r.stdout.split("\n")) {
    const [sha, ref] = line.split("	");
    if (!sha || !ref) continue;
    if (ref.endsWith("^{}")) peeled.set(ref.slice(0, -3), sha);
    else refs.set(ref, { object: sha });
  }
  for (const [ref, sha] of peeled) {
    const v = refs.get(ref);
    if (v) v.peeled = sha;
  }
  return refs;
}
async function lsRemote(git, access, patterns) {
  const out = /* @__PURE__ */ new Map();
  for (const [ref, v] of await lsRemoteRefs(git, access, patterns)) out.set(ref, v.peeled ?? v.object);
  return out;
}
async function push(git, access, refspecs, opts) {
  const args = ["push", "--porcelain"];
  if (opts.atomic) args.push("--atomic");
  for (const l of opts.leases ?? []) args.push(`--force-with-lease=${l}`);
  args.push("--", access.remote, ...refspecs);
  const r = await git.run(args, { env: access.env, allowFailure: true });
  if (r.code !== 0) {
    const detail = redact(`${r.stderr}
${r.stdout}`.trim());
    let hint = "";
    if (/protected branch|GH006|GH013|not allowed to push|pre-receive hook declined|push declined/i.test(detail)) {
      hint = " The server refused it (branch protection or a server hook): let this identity push (e.g. a RELEASE_TOKEN of a bot allowed to bypass protection) or release from an unprotected branch. Nothing was pushed.";
    } else if (/stale info|fetch first|non-fast-forward|cannot lock ref|but expected/i.test(detail)) {
      hint = " The remote changed since this checkout (someone pushed): nothing was pushed. Re-run on the new head.";
    } else if (/already exists/i.test(detail)) {
      hint = " The tag already exists on the remote (pushed by another run?). Nothing was overwritten.";
    } else if (/authentication|could not read username|403|401|permission|denied/i.test(detail)) {
      hint = " The credentials were refused: check the token and that it may push (permissions: contents: write).";
    }
    throw new RelforgeError(`Pushing ${opts.what} to "${access.remote}" (${access.displayUrl}) failed.${hint}
${detail}`);
  }
}

export {
  remoteNameProblem,
  remoteAccess,
  lsRemoteRefs,
  lsRemote,
  push
};
