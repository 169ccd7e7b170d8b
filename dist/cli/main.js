import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  nodeVersionProblem
} from "../chunks/chunk-6DPT4XSZ.js";
import {
  redact
} from "../chunks/chunk-A3HMJ4J5.js";
import {
  RelforgeError,
  errorMessage
} from "../chunks/chunk-ZSVB6QKT.js";
import "../chunks/chunk-YAGOLX6F.js";

// src/cli/commands.ts
var COMMANDS = {
  act: ["run your release workflow locally with act (relforge actions mapped to this installation)", () => import("../chunks/act-6E463JA5.js")],
  archive: ["pack each platform's files into a reproducible .tar.gz (.zip for Windows) with LICENSE, README…", () => import("../chunks/archive-MZHOOP7I.js")],
  changelog: ["this release's notes and CHANGELOG.md section (the commits that release, in git-cliff's format)", () => import("../chunks/changelog-G5JOL4ES.js")],
  emulator: ["serve a local forge (GitHub or Gitea API) to release against", () => import("../chunks/emulator-NLNPMQV5.js")],
  init: ["write the release workflows into .github/workflows/ (GitHub, Gitea or Forgejo flavour)", () => import("../chunks/init-GJVU2MPU.js")],
  keygen: ["create a minisign-compatible Ed25519 key pair (optionally password-encrypted)", () => import("../chunks/keygen-2EB2SE5E.js")],
  "next-version": ["next version from Conventional Commits since the last strict release tag", () => import("../chunks/next-version-FEWVAJIK.js")],
  plan: ["what a release dispatch would do (version, tag, files, notes and why), without writing anything", () => import("../chunks/plan-T6BTRYJR.js")],
  preflight: ["check every secret a release needs (present, key opens, matches its pin) before anything is tagged", () => import("../chunks/preflight-LY4HOVXJ.js")],
  prerelease: ["tag HEAD as the next <version>-<channel>.N prerelease (tag only, no commit)", () => import("../chunks/prerelease-4HYRHJ4M.js")],
  publish: ["draft → upload → verify → publish a release on GitHub, Gitea or Forgejo", () => import("../chunks/publish-WMFPAPFF.js")],
  "push-release": ["push a prepared release commit and tag atomically, only when the tagged tree is the tree that was built", () => import("../chunks/push-release-IN23U3JG.js")],
  "release-commit": ["commit the release files, tag and push atomically (stable releases)", () => import("../chunks/release-commit-HXDFXMJX.js")],
  sign: ["sign files with Ed25519 in minisign format (fail-closed, verified, SHA256SUMS)", () => import("../chunks/sign-O5KH6B5W.js")],
  "sign-trusted": ["sign PE/MSI files with Azure Trusted Signing (jsign), verify them, then replace the originals", () => import("../chunks/sign-trusted-VDXHSM3L.js")],
  trust: ["make, sign and verify the root chain (N.root.json) that lets agents rotate and revoke update keys", () => import("../chunks/trust-NGH5K4AX.js")],
  "upload-packages": ["verify, sign a manifest for and upload per-platform packages (manifest last)", () => import("../chunks/upload-packages-YTIJJSB4.js")],
  verify: ["verify a file against a minisign signature and public key (optionally binding the version)", () => import("../chunks/verify-DKEYX7JJ.js")],
  "verify-authenticode": ["verify Authenticode signatures (PE, MSI) against pinned roots, subject and EKUs", () => import("../chunks/verify-authenticode-5KIHFPIT.js")],
  "verify-package": ["decide install / up to date / refused for a signed package manifest (exit 0 / 10 / 20)", () => import("../chunks/verify-package-T7KZEW4X.js")]
};

// src/cli/main.ts
function help() {
  const lines = ["usage: relforge <command> [options]", "", "commands:"];
  for (const name of Object.keys(COMMANDS).sort()) lines.push(`  ${name.padEnd(20)} ${COMMANDS[name][0]}`);
  lines.push("", "relforge <command> --help shows the options of one command; relforge --version the version.");
  return lines.join("\n");
}
async function main(argv) {
  const problem = nodeVersionProblem(process.version);
  if (problem) {
    console.error(problem);
    return 1;
  }
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-V" || name === "version") {
    const { relforgePackage } = await import("../chunks/package-root-6SI4G3XX.js");
    console.log(relforgePackage().version);
    return 0;
  }
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(help());
    return name ? 0 : 2;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    console.error(`relforge: unknown command "${name}"

${help()}`);
    return 2;
  }
  const [{ default: cmd }, { runCommand, usageText }] = await Promise.all([entry[1](), import("../chunks/args-HWEE2ZK7.js")]);
  if (rest.includes("--help") || rest.includes("-h")) {
    console.log(usageText(cmd.schema, cmd.notes));
    return 0;
  }
  return runCommand(cmd, rest);
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`relforge: ${redact(errorMessage(err))}`);
    process.exitCode = err instanceof RelforgeError ? err.exitCode : 1;
  }
);
