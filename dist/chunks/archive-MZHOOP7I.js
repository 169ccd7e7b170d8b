import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  defineCommand,
  printResult
} from "./chunk-ODS7LYII.js";
import {
  archiveOptions,
  archiveSchema,
  createArchives
} from "./chunk-4TDLMZR2.js";
import "./chunk-PUJDSSOW.js";
import "./chunk-QDGQJLQ4.js";
import "./chunk-QMOW4FBF.js";
import "./chunk-EMFWNUUK.js";
import "./chunk-PYADJEUB.js";
import "./chunk-Y7UKLQWK.js";
import "./chunk-NXKPZHBO.js";
import "./chunk-4NSJM3RA.js";
import "./chunk-BLP2XCSJ.js";
import "./chunk-E2MW5JXR.js";
import "./chunk-ZJ4GZZ6R.js";
import "./chunk-A3HMJ4J5.js";
import "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/cli/archive.ts
var archive_default = defineCommand({
  schema: archiveSchema,
  notes: `Placeholders in FILE|GLOB, --extra-files and --name-template: {name} {version} {os} {arch} {platform} {goos}
{goarch} {target} {exe}. Entry times come from --timestamp, else SOURCE_DATE_EPOCH, else the commit time of HEAD,
so two runs over the same files write identical bytes. Example:
  relforge archive 'dist/{goos}-{goarch}/tally{exe}' --extra-files LICENSE --extra-files README.md \\
    --platform linux/amd64 --platform windows/amd64 --version 1.2.0 --name tally`,
  async run(v) {
    const result = await createArchives({ ...archiveOptions(v, process.cwd()), log: (m) => console.error(m) });
    return printResult(
      v.json,
      result,
      (r) => r.archives.flatMap((a) => [
        `${r.dryRun ? "would write" : "wrote"} ${a.file} (${a.platform}${a.sha256 ? `, sha256 ${a.sha256}` : ""})`,
        ...a.entries.map((e) => `  ${e.mode} ${e.name}`)
      ])
    );
  }
});
export {
  archive_default as default
};
