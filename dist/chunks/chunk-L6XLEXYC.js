import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  codeDirs
} from "./chunk-QMIP2YKH.js";
import {
  RelforgeError
} from "./chunk-ZSVB6QKT.js";

// src/cli/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
var cached;
function relforgePackage() {
  if (cached) return cached;
  for (const start of codeDirs()) {
    for (let d = start; ; d = dirname(d)) {
      const p = join(d, "package.json");
      if (existsSync(p)) {
        try {
          const pkg = JSON.parse(readFileSync(p, "utf8"));
          if (pkg.name === "relforge" && typeof pkg.version === "string") return cached = { root: d, version: pkg.version };
        } catch {
        }
      }
      if (dirname(d) === d) break;
    }
  }
  throw new RelforgeError("relforge cannot find its own package.json (installation damaged?): reinstall relforge (npm install -g relforge).");
}

export {
  relforgePackage
};
