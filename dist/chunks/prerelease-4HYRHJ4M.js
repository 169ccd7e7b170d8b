import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  defineCommand,
  printResult
} from "./chunk-ODS7LYII.js";
import {
  cutPrerelease,
  prereleaseVerb
} from "./chunk-6DPEDQGK.js";
import "./chunk-OKXPVA37.js";
import "./chunk-DRTXKL47.js";
import "./chunk-UTAM4NQJ.js";
import "./chunk-3775XUDN.js";
import {
  prereleaseOptions,
  prereleaseSchema
} from "./chunk-7PDM6JOE.js";
import "./chunk-6TDZCRPI.js";
import "./chunk-NF3SDSC5.js";
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

// src/cli/prerelease.ts
var prerelease_default = defineCommand({
  schema: prereleaseSchema,
  notes: `Token for HTTPS pushes: ${TOKEN_ENV[0]} (then ${TOKEN_ENV.slice(1).join(", ")}) in the environment, or --token-file / --token-env (never an argument).
--write rewrites the manifests in the work tree to the prerelease version (not committed) so the build reports it.`,
  async run(v) {
    return printResult(v.json, await cutPrerelease(prereleaseOptions(v)), (r) => {
      const verb = prereleaseVerb(r);
      const lines = [`${verb} ${r.commit.slice(0, 12)} as ${r.tag}${r.pushed ? " (pushed)" : ""}`];
      if (r.files.length) lines.push(`${r.dryRun ? "would rewrite" : "rewrote"} ${r.files.join(", ")} to ${r.version} (work tree only)`);
      return lines;
    });
  }
});
export {
  prerelease_default as default
};
