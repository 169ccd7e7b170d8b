import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  defineCommand,
  printResult
} from "./chunk-ODS7LYII.js";
import {
  cutPrerelease,
  prereleaseVerb
} from "./chunk-K54UO647.js";
import "./chunk-DWAFOCTC.js";
import "./chunk-4K34FE5P.js";
import "./chunk-UTAM4NQJ.js";
import "./chunk-YGTYKA7D.js";
import {
  prereleaseOptions,
  prereleaseSchema
} from "./chunk-JD3IDPRS.js";
import "./chunk-YDGFTSND.js";
import "./chunk-ZXSXFME2.js";
import "./chunk-B6IPC3SL.js";
import "./chunk-H2CS4N5L.js";
import "./chunk-XTSTDGMA.js";
import "./chunk-A3HMJ4J5.js";
import "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/cli/prerelease.ts
var prerelease_default = defineCommand({
  schema: prereleaseSchema,
  notes: `Token for HTTPS pushes: RELFORGE_TOKEN (then GITHUB_TOKEN, GITEA_TOKEN, FORGEJO_TOKEN) in the environment, or --token-file / --token-env (never an argument).
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
