/**
 * The range of a release: its base tag and the commits since. next-version, changelog and plan all read
 * a release through `readReleaseRange`, so they agree on the base and on the commits.
 *
 * Base = the highest strict release tag (`<prefix>MAJOR.MINOR.PATCH`) reachable from HEAD, by SemVer precedence.
 * Found in O(tail): `git describe` gives the nearest strict candidate, and ancestry is checked only for strict tags
 * with a HIGHER version (usually none). Prerelease tags are never a base. The commits since the base are read in
 * one `git log` (explicit `base..HEAD` range: the cost follows the tail, not the history or the tag count).
 *
 * A commit contained in ANY strict release tag reachable from HEAD never counts again, not only those the base
 * contains: a merged unrelated history (nuxt merged its 1.x/2.x history with `git merge -s ours
 * --allow-unrelated-histories`) brings old released commits into `base..HEAD`. Such a history shows itself in
 * the `base..HEAD` log: a commit there carries a strict release tag of the prefix (a reachable tag the base does
 * not contain). Only then is the range read again as `git log HEAD --not <every reachable strict release tag>`.
 *
 * next-version starts its walk before the tag list is read, as `HEAD --not <every strict tag of the line>` named by
 * glob (git lists the tags while relforge reads them too), and keeps it only when it provably is `base..HEAD`
 * (streamReleaseRange, `speculate`).
 */
import { Git } from '../git/repository.js';
import type { RawCommit } from '../git/core/log.js';
import type { ComponentMatcher } from './core/components.js';
import { earlyWalk, strictTagGlobs } from './core/early-walk.js';
import { compareStrictVersions, compareTriples, compareVersions, escapeGlob, parsePrereleaseTag, parseStrictTag, readStrictVersion } from './core/version.js';

export interface BaseTag {
  tag?: string;
  version?: string;
  /** The object the base tag names (its commit, or for an annotated tag the tag object; use commitOf to peel). */
  sha?: string;
  /** Higher strict versions that exist but are not reachable from HEAD. */
  unreachableHigher: string[];
}

type TagList = string[] | Map<string, string>;

/** The nearest strict candidate from `git describe`, skipping near-miss names (v1.2, v01.2.3) by name. */
async function describeCandidate(git: Git, match: string, strict: Map<string, string>, first: Promise<string | undefined>, exclude: string[]) {
  for (let i = 0; i < 20; i++) {
    const found = await (i === 0 ? first : git.describeNearestTag(match, exclude));
    if (found === undefined || strict.has(found)) return { candidate: found, resolved: true };
    exclude.push(escapeGlob(found));
  }
  return { candidate: undefined, resolved: false };
}

/**
 * The highest strict release tag reachable from HEAD for `prefix`. O(tail): `git describe` finds the nearest
 * strict candidate; only strict tags with a HIGHER version get an ancestry check (one query, or a few
 * `merge-base --is-ancestor`). `tagNames` is the full tag list (cheap: refs only). `skip` names tags that are
 * not a base (the release being regenerated).
 */
export async function findBaseTag(git: Git, prefix: string, tagNames: TagList | Promise<TagList>, skip: string[] = []): Promise<BaseTag> {
  // Candidates start with <prefix><digit>; prerelease (`-`) and build (`+`) tags are excluded by git already.
  const { match, exclude } = strictTagGlobs(prefix, skip);
  // The first describe runs while the tag list is read.
  const firstDescribe = git.describeNearestTag(match, exclude);
  firstDescribe.catch(() => undefined);
  const strict = new Map<string, string>();
  const tags = await tagNames;
  const targets = tags instanceof Map ? tags : undefined;
  for (const t of tags instanceof Map ? tags.keys() : tags) {
    const v = parseStrictTag(t, prefix);
    if (v !== undefined && !skip.includes(t)) strict.set(t, v);
  }
  if (strict.size === 0) return { unreachableHigher: [] };
  let { candidate, resolved } = await describeCandidate(git, match, strict, firstDescribe, exclude);
  if (!resolved) {
    // Many near-miss tags in the way: fall back to one reachability query over every strict tag.
    const merged = await git.tagsMergedInto([...strict.keys()]);
    candidate = [...merged].filter((t) => strict.has(t)).sort((a, b) => compareVersions(strict.get(b)!, strict.get(a)!))[0];
  }
  const candidateVersion = candidate !== undefined ? strict.get(candidate) : undefined;
  // Every strict tag is compared with the candidate (strict comparison: no semver objects for thousands of
  // tags); the few higher ones are ordered by the semver library.
  const higher = [...strict.entries()]
    .filter(([, v]) => candidateVersion === undefined || compareStrictVersions(v, candidateVersion) > 0)
    .sort((a, b) => compareVersions(b[1], a[1]) || (a[0] < b[0] ? -1 : 1));
  const { best, unreachable } = await highestReachable(git, candidate !== undefined ? [candidate, candidateVersion!] : undefined, higher);
  if (!best) return { unreachableHigher: unreachable };
  const sha = targets?.get(best[0]);
  return { tag: best[0], version: best[1], ...(sha ? { sha } : {}), unreachableHigher: unreachable };
}

/** The first reachable tag of `higher` (sorted highest first), else the candidate; and the unreachable ones. */
async function highestReachable(git: Git, candidate: [string, string] | undefined, higher: [string, string][]) {
  const unreachable: string[] = [];
  if (candidate === undefined) {
    // describe found no strict tag at all from HEAD: none is reachable.
    return { best: undefined, unreachable: higher.map(([t]) => t) };
  }
  if (higher.length === 0) return { best: candidate, unreachable };
  if (higher.length <= 4) {
    for (const h of higher) {
      if (await git.isAncestor(`refs/tags/${h[0]}`, 'HEAD')) return { best: h, unreachable };
      unreachable.push(h[0]);
    }
    return { best: candidate, unreachable };
  }
  const merged = await git.tagsMergedInto(higher.map(([t]) => t));
  for (const h of higher) {
    if (merged.has(h[0])) return { best: h, unreachable };
    unreachable.push(h[0]);
  }
  return { best: candidate, unreachable };
}

/** The highest strict release tag of the whole repository (no reachability check) and its commit. */
export function highestStrictTag(tags: Map<string, string>, prefix: string, skip: string[] = []): { tag: string; sha: string } | undefined {
  // This scan runs over every tag on every start-up: names only (no [name, sha] pair per entry), numbers read in
  // place (readStrictVersion).
  let best: string | undefined;
  const top = [0, 0, 0];
  const v = [0, 0, 0];
  for (const tag of tags.keys()) {
    // indexOf first: most tags of a long history are prereleases, and the native search rejects them quickest.
    if (!tag.startsWith(prefix) || tag.indexOf('-', prefix.length) >= 0 || !readStrictVersion(tag, prefix.length, tag.length, v)) continue;
    if (skip.length && skip.includes(tag)) continue;
    if (best === undefined || compareTriples(v, top) > 0) {
      best = tag;
      top[0] = v[0]!;
      top[1] = v[1]!;
      top[2] = v[2]!;
    }
  }
  return best === undefined ? undefined : { tag: best, sha: tags.get(best)! };
}

/** Logs already read, by base tag ('' = none): components with the same base share one `git log`. */
export type LogCache = Map<string, Promise<{ raw: RawCommit[]; sha?: string }>>;

/** The strict release tags of a tag line, minus the ones that are not a base (`skip`). */
function strictTagNames(tags: Iterable<string>, prefix: string, skip: string[] = []): string[] {
  const out: string[] = [];
  for (const t of tags) if (parseStrictTag(t, prefix) !== undefined && !skip.includes(t)) out.push(t);
  return out;
}

/** True when a commit of a range carries a strict release tag of `prefix` (a release the base does not contain). */
function carriesReleaseTag(c: RawCommit, prefix: string, skip: string[] = []): boolean {
  return !c.boundary && !!c.tags?.length && strictTagNames(c.tags, prefix, skip).length > 0;
}

/**
 * The revisions of "HEAD minus every reachable strict release tag": `HEAD --not <tags>` (one reachability query
 * over the line's strict tags; run only when the range showed a release tag the base does not contain).
 */
async function excludingReleased(git: Git, tags: Iterable<string>, prefix: string, skip?: string[]): Promise<string[]> {
  const reachable = await git.tagsMergedInto(strictTagNames(tags, prefix, skip));
  return ['HEAD', '--not', ...[...reachable].sort().map((t) => `refs/tags/${t}`)];
}

/**
 * Reads the commits since `base` (all of HEAD's history without one) and the base commit id, concurrently.
 * Commits contained in another reachable strict release tag of `prefix` are left out (see the module comment).
 */
export function commitsSince(
  git: Git,
  base: BaseTag,
  files: boolean,
  cache?: LogCache,
  line?: { prefix: string; tags: Iterable<string>; skip?: string[] },
): Promise<{ raw: RawCommit[]; sha?: string }> {
  const key = `${base.tag ?? ''}\0${files}`;
  const hit = cache?.get(key);
  if (hit) return hit;
  const read = async () => {
    const ref = base.tag ? (base.sha ?? `refs/tags/${base.tag}`) : undefined;
    // base.sha may name an annotated tag object: the range peels it, commitOf gives the commit.
    const [first, sha] = await Promise.all([git.logCommits(ref ? [`${ref}..HEAD`] : ['HEAD'], { files }), ref ? git.commitOf(ref) : undefined]);
    let raw = first;
    if (line && raw.some((c) => carriesReleaseTag(c, line.prefix, line.skip))) {
      raw = await git.logCommits(await excludingReleased(git, line.tags, line.prefix, line.skip), { files });
    }
    return { raw, ...(sha ? { sha } : {}) };
  };
  const p = read();
  cache?.set(key, p);
  return p;
}

export interface ReleaseRange {
  base: BaseTag;
  /** The base commit (peeled), when there is a base tag. */
  baseSha?: string;
  /** Commits since the base, newest first (only those touching `paths` when a path filter was given). */
  raw: RawCommit[];
  /** Every commit since the base (before the path filter). */
  all: RawCommit[];
}

export interface RangeQuery {
  prefix: string;
  /** Full tag list (name → object id) of the repository. */
  tags: Map<string, string> | Promise<Map<string, string>>;
  /** Read changed paths (components, path filters). */
  files: boolean;
  /** Only commits touching these paths count (include-paths, or a component's paths). */
  paths?: ComponentMatcher;
  /** Tags that are not a base (a release tag being regenerated at HEAD). */
  skip?: string[];
  /** Share logs between ranges with the same base (components of independent versioning). */
  cache?: LogCache;
  /**
   * Start the walk before the tag list is known (streamReleaseRange's speculative walk), for a caller that reads
   * the tag list only after this call, so git walks while relforge reads the list.
   */
  speculate?: boolean;
}

/** Thrown from a stream callback when the range holds a release tag the base does not contain. */
class HoldsReleased extends Error {}

/**
 * Streams the release range newest first, each commit (before the path filter) to `onCommit`, in ONE walk in
 * the usual case: the repository's highest strict tag H is the base exactly when it is reachable from HEAD, and
 * `git log --boundary H..HEAD` says so in its last records (H's commit, decorated with H, is a boundary commit
 * exactly when H is an ancestor of HEAD and the range is not empty); the same records give H's commit, so no
 * other git process runs before or after the walk, and git's output is parsed while git still walks (no
 * `--reverse`, which holds every record until the walk ends). Otherwise (H on another branch, HEAD at or below
 * H) `onRestart` forgets what was handed over, the base is searched with findBaseTag and the range read again.
 * With `speculate`, that walk starts before the tag list is read (see speculateTail) and is used when it is
 * provably the same walk. Resolves with the base.
 */
export async function streamReleaseRange(
  git: Git,
  q: Omit<RangeQuery, 'cache' | 'paths'>,
  onCommit: (c: RawCommit) => void,
  onRestart: () => void = () => undefined,
): Promise<{ base: BaseTag; baseSha?: string }> {
  const early = q.speculate ? speculateTail(git, q) : undefined;
  const tags = await q.tags;
  try {
    return await streamTail(
      git,
      q,
      tags,
      early,
      (c) => {
        if (carriesReleaseTag(c, q.prefix, q.skip)) throw new HoldsReleased();
        onCommit(c);
      },
      onRestart,
    );
  } catch (err) {
    if (!(err instanceof HoldsReleased)) throw err;
  }
  // A merged history: commits already released under another reachable tag were in the range. Read it again
  // without them (the caller forgets what it was handed so far).
  onRestart();
  const [base, revs] = await Promise.all([findBaseTag(git, q.prefix, tags, q.skip), excludingReleased(git, tags.keys(), q.prefix, q.skip)]);
  const ref = base.tag ? (base.sha ?? `refs/tags/${base.tag}`) : undefined;
  const [, sha] = await Promise.all([git.streamCommits(revs, { files: q.files }, onCommit), ref ? git.commitOf(ref) : undefined]);
  return { base, ...(sha ? { baseSha: sha } : {}) };
}

/** A walk started before the tag list is known: its commits and boundary records, or undefined when git failed. */
interface SpeculativeWalk {
  walk: Promise<{ commits: RawCommit[]; boundary: RawCommit[] } | undefined>;
  /** Stops the walk (no strict tag at all: it would read the whole history for nothing). */
  cancel(): void;
}

/**
 * `git log --boundary HEAD --not <every strict tag of the line>` (S), started before the tag list is read: git
 * lists the tags itself, by glob (strictTagGlobs), so it walks while relforge reads the list. Other names the glob
 * holds only make S smaller, which streamTail's boundary check catches. Commits are held until streamTail decides: S is
 * used only when it provably equals H..HEAD; otherwise it is dropped and the usual walk runs.
 */
function speculateTail(git: Git, q: Omit<RangeQuery, 'cache' | 'paths'>): SpeculativeWalk {
  const { range, opts } = earlyWalk(q.prefix, q.skip, !!q.files);
  const commits: RawCommit[] = [];
  const boundary: RawCommit[] = [];
  let cancelled = false;
  const walk = git
    .streamCommits(range, opts, (c) => {
      if (cancelled) throw new Error('cancelled'); // streamCommits stops git at its next output
      (c.boundary ? boundary : commits).push(c);
    })
    .then(
      () => (cancelled ? undefined : { commits, boundary }),
      () => undefined,
    );
  return { walk, cancel: () => (cancelled = true) };
}

/** The base a strict tag of the line makes (the highest strict tag H, once the walk says it is reachable). */
function tagBase(h: { tag: string; sha: string }, prefix: string): BaseTag {
  return { tag: h.tag, version: parseStrictTag(h.tag, prefix)!, sha: h.sha, unreachableHigher: [] };
}

/** The usual case of streamReleaseRange: `base..HEAD`, base speculated (the highest strict tag) or searched. */
async function streamTail(
  git: Git,
  q: Omit<RangeQuery, 'cache' | 'paths'>,
  tags: Map<string, string>,
  early: SpeculativeWalk | undefined,
  onCommit: (c: RawCommit) => void,
  onRestart: () => void,
): Promise<{ base: BaseTag; baseSha?: string }> {
  const h = highestStrictTag(tags, q.prefix, q.skip);
  if (early) {
    // S (HEAD minus the history of every strict tag of the line) is contained in H..HEAD, H being one of those
    // tags, and equals it when every boundary commit of S is H's commit or an ancestor of it: a commit of H..HEAD
    // outside S would be reached from HEAD through a boundary commit of S (the first excluded commit on the way),
    // and so from H. Then no strict tag is on a commit of S either (its history is excluded): nothing to read
    // again. H's commit among the boundary commits (decorated with H) says H is reachable, as the usual walk needs.
    if (!h) early.cancel();
    const walked = h ? await early.walk : undefined;
    const at = walked?.boundary.find((c) => c.tags?.includes(h!.tag));
    if (h && walked && at && walked.commits.length > 0) {
      // Usually H's commit is the only one; a branch forked before H and merged after it adds its fork point.
      const others = walked.boundary.filter((c) => c !== at).map((c) => c.sha);
      if (await git.allReachableFrom(others, at.sha)) {
        for (const c of walked.commits) onCommit(c);
        return { base: tagBase(h, q.prefix), baseSha: at.sha };
      }
    }
  }
  // Tag decorations always: they show a release tag inside the range (a merged history), and H's commit.
  const opts = { files: q.files, tags: true };
  if (h) {
    let commit: string | undefined;
    let handed = false;
    await git.streamCommits([`${h.sha}..HEAD`], { ...opts, boundary: true }, (c) => {
      if (c.boundary) {
        if (c.tags?.includes(h.tag)) commit = c.sha;
        return;
      }
      handed = true;
      onCommit(c);
    });
    const base = tagBase(h, q.prefix);
    if (commit) return { base, baseSha: commit };
    if (!handed) {
      // An empty range: HEAD is H's commit (H is the base), or an ancestor of it (H is not reachable).
      const [peeled, head] = (await git.text(['rev-parse', `${h.sha}^{commit}`, 'HEAD'])).split('\n');
      if (peeled === head) return { base, baseSha: peeled! };
    } else {
      onRestart();
    }
  }
  const base = await findBaseTag(git, q.prefix, tags, q.skip);
  const ref = base.tag ? (base.sha ?? `refs/tags/${base.tag}`) : undefined;
  const [, sha] = await Promise.all([git.streamCommits(ref ? [`${ref}..HEAD`] : ['HEAD'], opts, onCommit), ref ? git.commitOf(ref) : undefined]);
  return { base, ...(sha ? { baseSha: sha } : {}) };
}

/**
 * The release range for one tag line: base tag + commits since, newest first (see streamReleaseRange). With a
 * cache (many components), the base is searched first so components with the same base share one log.
 */
export async function readReleaseRange(git: Git, q: RangeQuery): Promise<ReleaseRange> {
  let range: { base: BaseTag; baseSha?: string; all: RawCommit[] };
  if (q.cache) {
    const [base, tags] = await Promise.all([findBaseTag(git, q.prefix, q.tags, q.skip), q.tags]);
    const { raw, sha } = await commitsSince(git, base, q.files, q.cache, { prefix: q.prefix, tags: [...tags.keys()], ...(q.skip ? { skip: q.skip } : {}) });
    range = { base, ...(sha ? { baseSha: sha } : {}), all: raw };
  } else {
    const all: RawCommit[] = [];
    const { base, baseSha } = await streamReleaseRange(git, q, (c) => all.push(c), () => (all.length = 0));
    range = { base, ...(baseSha ? { baseSha } : {}), all };
  }
  const raw = q.paths ? range.all.filter((r) => r.files && q.paths!.matchesAny(r.files)) : range.all;
  return { ...range, raw };
}

/** Prerelease tags of `prefix` on the commits of a range, highest first (ignored: never a base). */
export function prereleaseTagsIn(commits: RawCommit[], prefix: string): string[] {
  const out: string[] = [];
  for (const c of commits) for (const t of c.tags ?? []) if (parsePrereleaseTag(t, prefix) !== undefined) out.push(t);
  return out.sort((a, b) => compareVersions(parsePrereleaseTag(b, prefix)!, parsePrereleaseTag(a, prefix)!));
}
