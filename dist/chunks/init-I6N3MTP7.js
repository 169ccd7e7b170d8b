import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  initSchema
} from "./chunk-RWYXWK6D.js";
import {
  defineCommand
} from "./chunk-ODS7LYII.js";
import {
  relforgePackage
} from "./chunk-L6XLEXYC.js";
import "./chunk-QMIP2YKH.js";
import "./chunk-BLP2XCSJ.js";
import "./chunk-E2MW5JXR.js";
import {
  initOf
} from "./chunk-ZJ4GZZ6R.js";
import {
  RelforgeError
} from "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/cli/init.ts
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, realpathSync, writeFileSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
function reusableFor(text, forge) {
  const header = `# Copied by relforge init --forge ${forge} from relforge/relforge/.github/workflows/release.yml.
`;
  const body = initOf(forge).absoluteActionRefs ? text.replace(/uses: relforge\/relforge\//g, "uses: https://github.com/relforge/relforge/") : text;
  return header + body;
}
var init_default = defineCommand({
  schema: initSchema,
  notes: "Then edit build-matrix and build-command in release.yml, set the secrets (docs/secrets.md), commit, and try it: relforge act --emulator.",
  async run(v) {
    const root = relforgePackage().root;
    const files = {};
    if (initOf(v.forge).workflow === "call") {
      files["release.yml"] = readFileSync(join(root, "workflows", "examples", "release-dispatch.yml"), "utf8");
    } else {
      files["relforge.yml"] = reusableFor(readFileSync(join(root, ".github", "workflows", "release.yml"), "utf8"), v.forge);
      files["release.yml"] = readFileSync(join(root, "workflows", "examples", "gitea-release-dispatch.yml"), "utf8");
    }
    const repo = repositoryOf(resolve(v.dir));
    const problem = leavesRepository(repo, resolve(v.dir));
    if (problem) throw new RelforgeError(`${v.dir} ${problem}: relforge init writes nothing there. Use a directory inside the repository (--dir), or remove the link.`);
    mkdirSync(v.dir, { recursive: true });
    for (const name of Object.keys(files)) {
      const p = join(v.dir, name);
      const bad = leavesRepository(repo, p);
      if (bad) throw new RelforgeError(`${p} ${bad}: relforge init does not write through it. Remove the link (or replace it with a file), then run init again.`);
    }
    for (const [name, text] of Object.entries(files)) {
      const p = join(v.dir, name);
      if (existsSync(p) && !v.force) {
        console.log(`kept ${p} (exists; --force overwrites)`);
        continue;
      }
      writeFileSync(p, text);
      console.log(`wrote ${p}`);
    }
    return 0;
  }
});
function repositoryOf(dir) {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return d;
    if (dirname(d) === d) return dir;
  }
}
function leavesRepository(repo, p) {
  let realRepo;
  try {
    realRepo = realpathSync(repo);
  } catch {
    return void 0;
  }
  const inside = (real) => real === realRepo || real.startsWith(realRepo + sep);
  for (let d = p; d.length >= repo.length; d = dirname(d)) {
    let link = false;
    try {
      link = lstatSync(d).isSymbolicLink();
    } catch {
    }
    if (link) {
      let real;
      try {
        real = realpathSync(d);
      } catch {
        return `is a symbolic link to ${readlinkSync(d)}, which does not exist`;
      }
      if (!inside(real)) return `is a symbolic link to ${real}, outside the repository ${repo}`;
    }
    if (dirname(d) === d) break;
  }
  return void 0;
}
export {
  init_default as default,
  reusableFor
};
