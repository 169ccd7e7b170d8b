import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);

// src/platform/code-dirs.ts
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
function codeDirs() {
  const dirs = [];
  try {
    dirs.push(dirname(fileURLToPath(import.meta.url)));
  } catch {
  }
  if (process.argv[1]) dirs.push(dirname(resolve(process.argv[1])));
  return [...new Set(dirs)];
}

export {
  codeDirs
};
