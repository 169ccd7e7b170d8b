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
