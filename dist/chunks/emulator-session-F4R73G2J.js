import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  forgeRunEnv
} from "./chunk-5KC3UD4J.js";
import {
  gitSync
} from "./chunk-B6IPC3SL.js";
import {
  actOf,
  forge,
  isEmulatedForge
} from "./chunk-ZJ4GZZ6R.js";
import {
  registerSecret
} from "./chunk-A3HMJ4J5.js";
import {
  RelforgeError
} from "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/act/emulator-session.ts
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
function excludeStateDir(repoDir) {
  const gitDir = gitSync(repoDir, ["rev-parse", "--git-common-dir"]);
  const file = join(repoDir, gitDir, "info", "exclude");
  const text = existsSync(file) ? readFileSync(file, "utf8") : "";
  if (!text.split("\n").includes("/.relforge/")) {
    mkdirSync(join(repoDir, gitDir, "info"), { recursive: true });
    appendFileSync(file, `${text && !text.endsWith("\n") ? "\n" : ""}/.relforge/
`);
  }
}
function prepareRepositories(repoDir, stateDir, branch) {
  const notes = [];
  const remote = join(stateDir, "remote.git");
  if (!existsSync(join(remote, "HEAD"))) {
    mkdirSync(stateDir, { recursive: true });
    gitSync(stateDir, ["clone", "--bare", "--quiet", "--no-local", repoDir, remote]);
    notes.push(`emulator origin: ${remote} (a bare clone of your repository)`);
  } else {
    const pushed = gitSync(repoDir, ["push", "--quiet", remote, `HEAD:refs/heads/${branch}`], { allowFailure: true });
    if (pushed === void 0) notes.push(`emulator origin ${remote}: "${branch}" has commits yours lacks (release commits of earlier runs); kept as it is`);
    gitSync(repoDir, ["push", "--quiet", remote, "--tags"], { allowFailure: true });
  }
  const workDir = join(stateDir, "work");
  rmSync(workDir, { recursive: true, force: true });
  gitSync(stateDir, ["clone", "--quiet", "--no-local", "--branch", branch, remote, workDir]);
  return { remote, workDir, notes };
}
async function loadForgeEmulator(relforgeRoot) {
  const specs = join(relforgeRoot, "dist", "cli", "api-specs");
  if (!process.env.RELFORGE_API_SPECS && existsSync(join(specs, "gitea-releases.openapi.json"))) process.env.RELFORGE_API_SPECS = specs;
  return await import("./forge-H7XHUFIV.js");
}
async function startEmulatorSession(o) {
  if (!isEmulatedForge(o.forge)) throw new RelforgeError(`--emulator: relforge has no ${forge(o.forge).product} emulator; rehearse against a real ${o.forge} with --server-url instead.`, { exitCode: 2 });
  excludeStateDir(o.repoDir);
  const stateDir = join(o.repoDir, ".relforge", "act");
  const { remote, workDir, notes } = prepareRepositories(o.repoDir, stateDir, o.branch);
  const { startForgeEmulator } = await loadForgeEmulator(o.relforgeRoot);
  const [owner, name] = o.repository.split("/");
  const token = `relforge-emulator-${randomBytes(12).toString("hex")}`;
  registerSecret(token);
  const forge2 = await startForgeEmulator({ mode: o.forge, owner, repo: name, token, git: remote });
  const env = forgeRunEnv(o.forge, o.repository, actOf(o.forge).emulatorServerUrl ?? forge2.url, forge2.apiUrl);
  notes.push(`forge emulator (${o.forge} API): ${forge2.apiUrl}`);
  return {
    serverUrl: env.GITHUB_SERVER_URL,
    apiUrl: forge2.apiUrl,
    token,
    repository: o.repository,
    workDir,
    remote,
    stateDir,
    env,
    notes,
    report() {
      const lines = [];
      for (const r of forge2.state.releases) {
        const dir = join(stateDir, "releases", r.tagName);
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        for (const a of r.assets) if (a.data) writeFileSync(join(dir, a.name), a.data, { mode: /\.(minisig|json|txt)$|SHA256SUMS/.test(a.name) ? 420 : 493 });
        const kind = r.draft ? "draft" : r.prerelease ? "prerelease" : "release";
        lines.push(`${kind} ${r.tagName}: ${r.assets.map((a) => a.name).join(", ") || "no assets"}`);
        lines.push(`  saved in ${dir}`);
      }
      const tags = gitSync(remote, ["tag", "--list", "--sort=-creatordate"]).split("\n").filter(Boolean);
      lines.push(`tags in the emulator origin: ${tags.slice(0, 8).join(", ") || "none"}${tags.length > 8 ? ", …" : ""}`);
      return lines;
    },
    violations: () => forge2.violations.map((v) => `${v.kind} ${v.method} ${v.path}: ${v.message}`),
    close: () => forge2.close()
  };
}
export {
  loadForgeEmulator,
  prepareRepositories,
  startEmulatorSession
};
