/** Parsing of ref listings (no I/O). */

/**
 * The output of `git for-each-ref --format=%(refname:strip=2)%00%(objectname)` as name → object id. Scanned
 * with indexOf rather than split into lines: no array of thousands of intermediate strings (half the time on a
 * 2,500-tag repository, where this runs on every next-version start-up). Lines without a NUL are skipped.
 */
export function parseRefTargets(out: string): Map<string, string> {
  const map = new Map<string, string>();
  let start = 0;
  while (start < out.length) {
    let end = out.indexOf('\n', start);
    if (end < 0) end = out.length;
    const nul = out.indexOf('\0', start);
    if (nul > start && nul < end) map.set(out.slice(start, nul), out.slice(nul + 1, end));
    start = end + 1;
  }
  return map;
}

/** What REPOSITORY_STATE_ARGS' one `rev-parse` says (see parseRepositoryState). */
export interface RepositoryFacts {
  bare: boolean;
  insideWorkTree: boolean;
  shallow: boolean;
  /** HEAD's commit; undefined on an unborn branch (git stops there, so no tags either). */
  head?: string;
  /** Every tag → the object its ref names; undefined when the two listings do not pair up (then ask for-each-ref). */
  tags?: Map<string, string>;
}

/**
 * One `git rev-parse` for the repository facts and the whole tag list: the three facts, HEAD's commit, then every
 * tag's object id (`--tags`) and, after `--symbolic`, every tag's name (`--tags` again), both in git's ref order.
 * rev-parse has no way back from `--symbolic`, so the ids come first. It costs git about half of for-each-ref's
 * formatting on 2,500 tags and saves a process (bench/next-version.mjs).
 */
export const REPOSITORY_STATE_ARGS = ['rev-parse', '--is-bare-repository', '--is-inside-work-tree', '--is-shallow-repository', 'HEAD^{commit}', '--tags', '--symbolic', '--tags'];

const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * Reads REPOSITORY_STATE_ARGS' output (`ok`: git exited 0). The two listings pair up by position: git walks the
 * same ref cache twice in one process. That is checked, not trusted: the ids must end exactly at the middle of
 * what follows HEAD (the line before it an object id, the line after it not). Two listings of different lengths
 * (refs rewritten between the walks: packed-refs replaced in that millisecond) fail it, and so may a tag named
 * like an object id: then `tags` is undefined and the caller asks for-each-ref.
 */
export function parseRepositoryState(out: string, ok: boolean): RepositoryFacts {
  const lines = out.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const facts: RepositoryFacts = { bare: lines[0] === 'true', insideWorkTree: lines[1] === 'true', shallow: lines[2] === 'true' };
  if (!ok || !OBJECT_ID.test(lines[3] ?? '')) return facts;
  facts.head = lines[3];
  const rest = lines.length - 4;
  const ids = rest / 2;
  if (rest % 2 !== 0 || (ids > 0 && (!OBJECT_ID.test(lines[3 + ids]!) || OBJECT_ID.test(lines[4 + ids]!)))) return facts;
  const tags = new Map<string, string>();
  for (let i = 4; i < 4 + ids; i++) tags.set(lines[i + ids]!, lines[i]!);
  facts.tags = tags;
  return facts;
}
