/**
 * The strict-tag globs of a tag line, and the early walk built on them (no I/O): next-version's first `git log`,
 * started before the tag list is read (release-range.ts, speculateTail), and even before relforge's code is
 * loaded (the next-version entry's prelude, src/actions/next-version.prelude.ts).
 */
import { escapeGlob } from './version.js';

/**
 * git globs for the strict release tags of a line: `match` holds every one of them (strict versions are digits and
 * dots) and `exclude` drops prerelease (`-`) and build (`+`) tags and `skip`. A few other names still match
 * (`v1.2`, `v01.2.3`): callers check what git finds.
 */
export function strictTagGlobs(prefix: string, skip: string[] = []): { match: string; exclude: string[] } {
  const p = escapeGlob(prefix);
  return { match: `${p}[0-9]*`, exclude: [`${p}*-*`, `${p}*+*`, ...skip.map(escapeGlob)] };
}

/**
 * The early walk S: `git log --boundary HEAD --not <every strict tag of the line>`, git listing the tags itself by
 * glob; with the tags on each commit (H's commit is recognised among the boundary commits by its decoration).
 * Its revisions and its Git.streamCommits options, one definition for both callers.
 */
export function earlyWalk(prefix: string, skip: string[] | undefined, files: boolean): { range: string[]; opts: { files: boolean; tags: true; boundary: true } } {
  const { match, exclude } = strictTagGlobs(prefix, skip);
  return { range: ['HEAD', '--not', ...exclude.map((e) => `--exclude=${e}`), `--tags=${match}`], opts: { files, tags: true, boundary: true } };
}
