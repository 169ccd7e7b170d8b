import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  defineCommand,
  printResult
} from "./chunk-ODS7LYII.js";
import {
  releaseCommit
} from "./chunk-Q77GVK7N.js";
import "./chunk-3775XUDN.js";
import {
  releaseCommitOptions,
  releaseCommitSchema
} from "./chunk-7PDM6JOE.js";
import "./chunk-6TDZCRPI.js";
import "./chunk-NF3SDSC5.js";
import "./chunk-Y7UKLQWK.js";
import "./chunk-NXKPZHBO.js";
import "./chunk-4NSJM3RA.js";
import "./chunk-NSBA6LUF.js";
import {
  TOKEN_ENV
} from "./chunk-BLP2XCSJ.js";
import "./chunk-E2MW5JXR.js";
import "./chunk-6DPT4XSZ.js";
import "./chunk-ZJ4GZZ6R.js";
import "./chunk-A3HMJ4J5.js";
import "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/cli/release-commit.ts
var release_commit_default = defineCommand({
  schema: releaseCommitSchema,
  notes: `Token for HTTPS pushes: ${TOKEN_ENV[0]} (then ${TOKEN_ENV.slice(1).join(", ")}) in the environment, or --token-file / --token-env (never an argument).`,
  async run(v) {
    return printResult(v.json, await releaseCommit(releaseCommitOptions(v)), (r) => {
      const major = r.majorTag ? ` + ${r.majorTag}` : "";
      if (r.dryRun) return [`dry run: would commit ${r.files.join(", ")} on ${r.branch} and tag ${r.tag}${major}`];
      if (r.reused) return [`${r.tag} already pushed (commit ${r.commit})`];
      return [`${r.commit.slice(0, 12)} ${r.tag}${major} on ${r.branch}${r.pushed ? " (pushed atomically)" : " (not pushed)"}`];
    });
  }
});
export {
  release_commit_default as default
};
