import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  defineCommand
} from "./chunk-ODS7LYII.js";
import {
  inspectRelease,
  publishRelease,
  publishReleaseSchema,
  publishReleaseSettings
} from "./chunk-OJJS2R76.js";
import "./chunk-QDGQJLQ4.js";
import "./chunk-YF5KYWNU.js";
import "./chunk-QMOW4FBF.js";
import "./chunk-UTAM4NQJ.js";
import "./chunk-RXAWHCPD.js";
import "./chunk-H3MUK3LW.js";
import "./chunk-XOUA3GKF.js";
import "./chunk-Y7UKLQWK.js";
import "./chunk-NXKPZHBO.js";
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

// src/cli/publish.ts
var publish_default = defineCommand({
  schema: publishReleaseSchema,
  notes: `The token is read from ${TOKEN_ENV[0]} (else ${TOKEN_ENV.slice(1).join(", ")}), --token-file or --token-env;
never pass a token as an argument. --api-url defaults to GITHUB_API_URL (https://api.github.com), --repository to
GITHUB_REPOSITORY. Without a token, --dry-run plans from the local files only. Globs are relative to the current directory.
--inspect only judges the release for --tag by content (none, draft, published; complete, or each problem with its reason)
and changes nothing. --mode stage leaves a verified draft (the tag may not exist yet); --mode publish publishes it once the
tag exists at --commit. Notes go in a file (--body-file); notes over the forge's limit are cut and attached in full.`,
  async run(v) {
    const log = v.json ? (l) => console.error(l) : (l) => console.log(l);
    const settings = publishReleaseSettings(v, { env: process.env, cwd: process.cwd(), log });
    if (settings.inspect) {
      const r = await inspectRelease(settings);
      if (v.json) console.log(JSON.stringify(r, null, 2));
      return 0;
    }
    const res = await publishRelease(settings);
    if (v.json) console.log(JSON.stringify(res, null, 2));
    else {
      console.log(`${res.dryRun ? "dry run: " : ""}${res.tag} ${res.dryRun ? "planned" : res.published ? "published" : "left as draft"}${res.url ? ` — ${res.url}` : ""}`);
      for (const a of res.assets) console.log(`  ${a.sha256}  ${a.name} (${a.size} bytes)`);
      if (res.notesCut) console.log("  notes: cut to the forge's limit; the full notes are the RELEASE-NOTES.md asset");
    }
    return 0;
  }
});
export {
  publish_default as default
};
