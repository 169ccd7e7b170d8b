import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  forgeRunEnv,
  shortenAbsoluteUses
} from "./chunk-OC55SQCA.js";
import {
  gitSync
} from "./chunk-4NSJM3RA.js";
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
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
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
  const fresh = !existsSync(join(remote, "HEAD"));
  if (fresh) {
    mkdirSync(stateDir, { recursive: true });
    gitSync(stateDir, ["clone", "--bare", "--quiet", "--no-local", repoDir, remote]);
    notes.push(`emulator origin: ${remote} (a bare clone of your repository)`);
  }
  let diverged = false;
  if (!fresh) {
    diverged = gitSync(repoDir, ["push", "--quiet", remote, `HEAD:refs/heads/${branch}`], { allowFailure: true }) === void 0;
    gitSync(repoDir, ["push", "--quiet", remote, "--tags"], { allowFailure: true });
  }
  const workDir = join(stateDir, "work");
  rmSync(workDir, { recursive: true, force: true });
  gitSync(stateDir, ["clone", "--quiet", "--no-local", "--branch", branch, remote, workDir]);
  if (diverged) notes.push(...continueFromOrigin(repoDir, workDir, remote, branch));
  return { remote, workDir, notes };
}
function continueFromOrigin(repoDir, workDir, remote, branch) {
  const mine = gitSync(repoDir, ["rev-parse", "HEAD"]);
  gitSync(workDir, ["fetch", "--quiet", "--no-tags", repoDir, `+${mine}:refs/relforge-act/yours`]);
  const base = gitSync(workDir, ["merge-base", "HEAD", "refs/relforge-act/yours"], { allowFailure: true });
  const range = base ? `${base}..refs/relforge-act/yours` : "refs/relforge-act/yours";
  const commits = gitSync(workDir, ["rev-list", "--reverse", "--no-merges", range]).split("\n").filter(Boolean);
  const originHead = gitSync(workDir, ["rev-parse", "--short", "HEAD"]);
  if (commits.length === 0) return [`emulator origin ${remote}: "${branch}" is ahead of yours (release commits of earlier runs); the run continues from it (${originHead})`];
  const identity = gitSync(workDir, ["config", "user.email"], { allowFailure: true }) ? [] : ["-c", "user.name=relforge act", "-c", "user.email=act@relforge.invalid"];
  if (gitSync(workDir, [...identity, "cherry-pick", "--allow-empty", "--keep-redundant-commits", ...commits], { allowFailure: true }) === void 0) {
    gitSync(workDir, ["cherry-pick", "--abort"], { allowFailure: true });
    throw new RelforgeError(
      `relforge act --emulator: your ${commits.length} new commit(s) on "${branch}" do not apply on the emulator origin's "${branch}" (${originHead}, with the release commits of earlier runs). Take those release commits into your branch (git pull ${remote} ${branch}), or start the rehearsals afresh (rm -rf .relforge/act), then run again.`
    );
  }
  gitSync(workDir, ["push", "--quiet", "origin", `HEAD:refs/heads/${branch}`]);
  return [`emulator origin ${remote}: "${branch}" holds release commits of earlier runs; your ${commits.length} new commit(s) were replayed on it (${originHead}), so the run continues from the origin as a forge would`];
}
function mapAbsoluteUses(workDir) {
  const dir = join(workDir, ".github", "workflows");
  const files = [];
  let count = 0;
  if (!existsSync(dir)) return { files, count };
  for (const f of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const p = join(dir, f);
    const r = shortenAbsoluteUses(readFileSync(p, "utf8"));
    if (!r.count) continue;
    writeFileSync(p, r.text);
    const rel = `.github/workflows/${f}`;
    gitSync(workDir, ["update-index", "--skip-worktree", "--", rel], { allowFailure: true });
    files.push(rel);
    count += r.count;
  }
  return { files, count };
}
async function loadForgeEmulator(relforgeRoot) {
  const specs = join(relforgeRoot, "dist", "cli", "api-specs");
  if (!process.env.RELFORGE_API_SPECS && existsSync(join(specs, "gitea-releases.openapi.json"))) process.env.RELFORGE_API_SPECS = specs;
  return await import("./forge-HIG5H6P6.js");
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
  mapAbsoluteUses,
  prepareRepositories,
  startEmulatorSession
};
