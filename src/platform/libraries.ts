/**
 * npm libraries loaded on first use rather than at start-up.
 *
 * An ES `import` of a library is evaluated before the importing module runs: semver's parser compiles ~40
 * regular expressions and minimatch (with brace-expansion and its glob engine) is ~80 KB of code, and a
 * next-version run in the usual case needs neither (versions are compared by core/version.ts itself; globs
 * are matched only when components, path filters or manifest writes are configured). `require()` here is
 * turned by the bundler (esbuild) into a call of the bundled module's lazy initialiser, evaluated on the first
 * call only; under vitest it is Node's require. Type-only imports below cost nothing at run time.
 * (docs/performance.md, "next-version": the start-up goal of issue 22.)
 */
import type * as MinimatchModule from 'minimatch';
import type SemverCompare from 'semver/functions/compare.js';
import type SemverInc from 'semver/functions/inc.js';
import type SemverValid from 'semver/functions/valid.js';
import type SemverDiff from 'semver/functions/diff.js';
import type SemverMajor from 'semver/functions/major.js';

/** minimatch (`minimatch()`, `Minimatch`), loaded on the first call. */
export function minimatchLibrary(): typeof MinimatchModule {
  return require('minimatch') as typeof MinimatchModule;
}

/** `minimatch(path, pattern, options)`, loading the library on first use. */
export function minimatch(path: string, pattern: string, options?: MinimatchModule.MinimatchOptions): boolean {
  return minimatchLibrary().minimatch(path, pattern, options);
}

/**
 * The semver functions relforge's versioning uses (deep modules: the package index would also load ranges,
 * comparators and the LRU cache), each loaded on its first call.
 */
export const semverLibrary = {
  compare: (a: string, b: string): ReturnType<typeof SemverCompare> => (require('semver/functions/compare.js') as typeof SemverCompare)(a, b),
  inc: (version: string, release: 'major' | 'minor' | 'patch'): string | null => (require('semver/functions/inc.js') as typeof SemverInc)(version, release),
  valid: (version: string): string | null => (require('semver/functions/valid.js') as typeof SemverValid)(version),
  diff: (a: string, b: string): ReturnType<typeof SemverDiff> => (require('semver/functions/diff.js') as typeof SemverDiff)(a, b),
  major: (version: string): number => (require('semver/functions/major.js') as typeof SemverMajor)(version),
};
