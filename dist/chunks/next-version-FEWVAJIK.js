import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  plainText
} from "./chunk-HSGVGCCJ.js";
import {
  defineCommand
} from "./chunk-ODS7LYII.js";
import {
  computeNextVersion,
  renderNextVersionSummary
} from "./chunk-OKXPVA37.js";
import "./chunk-DRTXKL47.js";
import {
  nextVersionOptions,
  nextVersionSchema
} from "./chunk-7PDM6JOE.js";
import "./chunk-6TDZCRPI.js";
import "./chunk-NXKPZHBO.js";
import "./chunk-4NSJM3RA.js";
import "./chunk-BLP2XCSJ.js";
import "./chunk-E2MW5JXR.js";
import "./chunk-ZJ4GZZ6R.js";
import "./chunk-A3HMJ4J5.js";
import "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/cli/next-version.ts
var next_version_default = defineCommand({
  schema: nextVersionSchema,
  notes: `Prints the next version and why: the base tag, commits per type, the deciding commit(s), ignored prerelease tags.
--write rewrites the manifests (all-or-nothing); without it nothing changes.`,
  async run(v) {
    const r = await computeNextVersion(nextVersionOptions(v));
    console.log(v.json ? JSON.stringify(r, null, 2) : plainText(renderNextVersionSummary(r)));
    return 0;
  }
});
export {
  next_version_default as default
};
