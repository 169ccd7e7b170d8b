import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  defineCommand,
  printResult
} from "./chunk-ODS7LYII.js";
import {
  pushRelease,
  pushReleaseOptions,
  pushReleaseSchema
} from "./chunk-TOL5ED2G.js";
import "./chunk-NF3SDSC5.js";
import "./chunk-4NSJM3RA.js";
import "./chunk-NSBA6LUF.js";
import "./chunk-BLP2XCSJ.js";
import "./chunk-E2MW5JXR.js";
import "./chunk-6DPT4XSZ.js";
import "./chunk-ZJ4GZZ6R.js";
import "./chunk-A3HMJ4J5.js";
import "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/cli/push-release.ts
var push_release_default = defineCommand({
  schema: pushReleaseSchema,
  notes: "Token for HTTPS pushes: RELFORGE_TOKEN (then GITHUB_TOKEN, GITEA_TOKEN, FORGEJO_TOKEN) in the environment, or --token-file / --token-env (never an argument).",
  async run(v) {
    return printResult(v.json, await pushRelease(pushReleaseOptions(v)), (r) => {
      const what = `${r.branch ? `${r.branch} + ` : ""}${r.tag}${r.majorTag ? ` + ${r.majorTag}` : ""}`;
      if (r.dryRun) return [...r.notes, `dry run: every check passed; would push ${what} (${r.commit.slice(0, 12)}, tree ${r.tree.slice(0, 12)}) atomically`];
      if (r.reused) return [...r.notes, `${r.tag} already pushed (commit ${r.commit})`];
      return [`${r.commit.slice(0, 12)} ${what} pushed atomically (tree ${r.tree.slice(0, 12)} = the built tree)`];
    });
  }
});
export {
  push_release_default as default
};
