import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where relforge's own code runs from: this module's folder (in a bundle, the bundle's folder) and the
 * entry script's. Shipped files (the git-cliff binary, package.json) are found from here.
 */
export function codeDirs(): string[] {
  const dirs: string[] = [];
  try {
    dirs.push(dirname(fileURLToPath(import.meta.url)));
  } catch {
    /* not a file URL */
  }
  if (process.argv[1]) dirs.push(dirname(resolve(process.argv[1])));
  return [...new Set(dirs)];
}
