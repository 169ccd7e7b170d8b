/**
 * next-version: the release plan from Conventional Commits and release tags.
 *
 * Base = the highest strict release tag (`<prefix>MAJOR.MINOR.PATCH`) reachable from HEAD, by SemVer precedence.
 * Found in O(tail): `git describe` gives the nearest strict candidate, and ancestry is checked only for strict tags
 * with a HIGHER version (usually none). Prerelease tags are never a base. The commits since the base are read in one
 * `git log`, classified, and the highest bump wins. With `write`, manifests are rewritten all-or-nothing.
 */
import { statSync, readFileSync, renameSync, unlinkSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { RelforgeError, SettingsError, type FieldProblem } from '../platform/errors.js';
import { Git } from '../git/repository.js';
import { classifyCommits, type ClassifiedCommit, type RawCommit } from './core/commits.js';
import { DEFAULT_RELEASE_TYPES, decideBump, releaseTypesProblems, type BumpDecision, type Pre1Policy } from './core/bump.js';
import {
  compareStrictVersions,
  compareVersions,
  escapeGlob,
  formatTag,
  isSemver,
  maxBump,
  parsePrereleaseTag,
  parseStrictTag,
  tagPrefixProblem,
  type Bump,
} from './core/version.js';
import type { Component } from './core/components.js';
import { CargoLock, CargoToml, ManifestError, PackageJson, PackageLock, compileVersionPattern, updaterFor } from './core/manifests/index.js';

export interface NextVersionOptions {
  /** Repository work tree (the `path` input). */
  cwd: string;
  /** Release tag prefix; default `v`. */
  tagPrefix?: string;
  /** Version file read when no release tag exists (and rewritten with `write`). Relative to cwd. */
  versionFile?: string;
  /** Regex with a capture group around the version, for version files of no known format. */
  versionPattern?: string;
  /** While the base major is 0: breaking → minor (default) or → 1.0.0. */
  pre1?: 'minor' | 'major';
  /** Commit types that release; default feat, fix, perf. */
  releaseTypes?: string[];
  /** Components YAML (`name: {paths: [globs], manifests: [files]}`). */
  components?: string;
  /** `unified` (default): one version; `independent`: each component has its own `<name>-v…` tags. */
  versioning?: 'unified' | 'independent';
  /** Rewrite the manifests of changed components (or the version file) to the new version. */
  write?: boolean;
}

export interface NextVersionComponent {
  name: string;
  previous: string;
  version: string;
  bump: string;
  tag?: string;
  manifests: string[];
  /** Independent versioning: the component's base tag and commit count. */
  previousTag?: string;
  commits?: number;
}

export interface NextVersionResult {
  version: string;
  tag: string;
  previousVersion: string;
  previousTag?: string;
  bump: 'major' | 'minor' | 'patch' | 'none';
  released: boolean;
  commits: number;
  changedComponents: string[];
  components: NextVersionComponent[];
  ignoredPrereleaseTags: string[];
  deciding: { sha: string; subject: string; type: string; breaking: boolean }[];
  countsByType: Record<string, number>;
  written: string[];
  baseSha?: string;
  /** How many commits have the deciding level (deciding lists at most 10). */
  decidingTotal?: number;
  /** Breaking changes among the commits considered. */
  breakingCount?: number;
  /** Where the base came from: a tag, the version file, or nothing (0.0.0). */
  baseSource?: 'tag' | 'version-file' | 'none';
  /** Strict release tags with a higher version that are NOT reachable from HEAD (e.g. on an unmerged branch). */
  unreachableHigherTags?: string[];
  versioning?: 'unified' | 'independent';
  tagPrefix?: string;
  headSha?: string;
  warnings?: string[];
}

interface Settings {
  cwd: string;
  tagPrefix: string;
  versionFile?: string;
  versionPattern?: string;
  pre1: Pre1Policy;
  releaseTypes: string[];
  components: Component[];
  versioning: 'unified' | 'independent';
  write: boolean;
}

/** Validates options into settings, reporting every problem at once (each names the input and the fix). */
export async function nextVersionSettings(opts: NextVersionOptions): Promise<Settings> {
  const problems: (string | FieldProblem)[] = [];
  const tagPrefix = opts.tagPrefix ?? 'v';
  const prefixProblem = tagPrefixProblem(tagPrefix);
  if (prefixProblem) problems.push(`Input "tag-prefix": ${prefixProblem}.`);
  const pre1 = opts.pre1 ?? 'minor';
  if (pre1 !== 'minor' && pre1 !== 'major') problems.push(`Input "pre-1-0" must be "minor" or "major", got "${String(pre1)}".`);
  const versioning = opts.versioning ?? 'unified';
  if (versioning !== 'unified' && versioning !== 'independent') {
    problems.push(`Input "versioning" must be "unified" or "independent", got "${String(versioning)}".`);
  }
  const releaseTypes = (opts.releaseTypes?.length ? opts.releaseTypes : [...DEFAULT_RELEASE_TYPES]).map((t) => t.trim().toLowerCase()).filter(Boolean);
  for (const p of releaseTypesProblems(releaseTypes)) problems.push(`Input "release-types": ${p}; use a comma-separated list such as feat,fix,perf.`);
  let versionFile: string | undefined;
  if (opts.versionFile) {
    versionFile = opts.versionFile.replace(/^(\.\/)+/, '');
    const rel = relative(resolve(opts.cwd), resolve(opts.cwd, versionFile));
    if (isAbsolute(versionFile) || rel === '' || rel.split(sep)[0] === '..') problems.push(`Input "version-file": "${opts.versionFile}" must be a file inside the repository (path relative to "path").`);
  }
  if (opts.versionPattern) {
    try {
      compileVersionPattern(opts.versionPattern);
    } catch (err) {
      problems.push((err as Error).message);
    }
    if (!versionFile) problems.push('Input "version-pattern" is set but "version-file" is not; set version-file to the file the pattern applies to.');
  } else if (versionFile) {
    try {
      updaterFor(versionFile);
    } catch (err) {
      problems.push(`Input "version-file": ${(err as Error).message}`);
    }
  }
  let components: Component[] = [];
  if (opts.components && opts.components.trim() !== '') {
    const { parseComponents } = await import('./core/components.js');
    try {
      components = parseComponents(opts.components);
    } catch (err) {
      if (err instanceof SettingsError) problems.push(...err.problems);
      else throw err;
    }
    for (const c of components) {
      for (const m of c.manifests) {
        if (!m.versionPattern) {
          try {
            updaterFor(m.path);
          } catch {
            problems.push(
              `components: component "${c.name}": manifest "${m.path}" has no known format (Cargo.toml, package.json, package-lock.json, pyproject.toml); give it as {path: ${m.path}, version-pattern: <regex with a capture group>}.`,
            );
          }
        } else {
          try {
            compileVersionPattern(m.versionPattern, `components: ${c.name}: ${m.path}: version-pattern`);
          } catch (err) {
            problems.push((err as Error).message);
          }
        }
      }
    }
  }
  if (versioning === 'independent' && components.length === 0 && !problems.some((p) => typeof p === 'string' && p.startsWith('components'))) {
    problems.push('Input "versioning" is "independent" but no "components" are configured; add components or use versioning: unified.');
  }
  if (problems.length) throw new SettingsError(problems);
  return {
    cwd: resolve(opts.cwd),
    tagPrefix,
    ...(versionFile ? { versionFile } : {}),
    ...(opts.versionPattern ? { versionPattern: opts.versionPattern } : {}),
    pre1,
    releaseTypes,
    components,
    versioning,
    write: !!opts.write,
  };
}

export interface BaseTag {
  tag?: string;
  version?: string;
  /** The object the base tag names (its commit, or for an annotated tag the tag object; use commitOf to peel). */
  sha?: string;
  /** Higher strict versions that exist but are not reachable from HEAD. */
  unreachableHigher: string[];
}

/**
 * The highest strict release tag reachable from HEAD for `prefix`. O(tail): `git describe` finds the nearest
 * strict candidate; only strict tags with a HIGHER version get an ancestry check (one query, or a few
 * `merge-base --is-ancestor`). `tagNames` is the full tag list (cheap: refs only).
 */
export async function findBaseTag(
  git: Git,
  prefix: string,
  tagNames: string[] | Map<string, string> | Promise<string[] | Map<string, string>>,
): Promise<BaseTag> {
  const p = escapeGlob(prefix);
  // Candidates start with <prefix><digit>; prerelease (`-`) and build (`+`) tags are excluded by git already.
  const exclude = [`${p}*-*`, `${p}*+*`];
  // The first describe runs while the tag list is read.
  const firstDescribe = git.describeNearestTag(`${p}[0-9]*`, exclude);
  firstDescribe.catch(() => undefined);
  const strict = new Map<string, string>();
  const tags = await tagNames;
  const targets = tags instanceof Map ? tags : undefined;
  for (const t of tags instanceof Map ? tags.keys() : tags) {
    const v = parseStrictTag(t, prefix);
    if (v !== undefined) strict.set(t, v);
  }
  if (strict.size === 0) return { unreachableHigher: [] };
  let candidate: string | undefined;
  let resolved = false;
  for (let i = 0; i < 20; i++) {
    const found = await (i === 0 ? firstDescribe : git.describeNearestTag(`${p}[0-9]*`, exclude));
    if (found === undefined || strict.has(found)) {
      candidate = found;
      resolved = true;
      break;
    }
    // A near-miss such as v1.2 or v01.2.3: exclude it by name and ask again.
    exclude.push(escapeGlob(found));
  }
  if (!resolved) {
    // Many near-miss tags in the way: fall back to one reachability query over every strict tag.
    const merged = await git.tagsMergedInto([...strict.keys()]);
    const best = [...merged].filter((t) => strict.has(t)).sort((a, b) => compareVersions(strict.get(b)!, strict.get(a)!))[0];
    candidate = best;
  }
  const candidateVersion = candidate !== undefined ? strict.get(candidate) : undefined;
  // Every strict tag is compared with the candidate (strict comparison: no semver objects for thousands of
  // tags); the few higher ones are ordered by the semver library.
  const higher = [...strict.entries()]
    .filter(([, v]) => candidateVersion === undefined || compareStrictVersions(v, candidateVersion) > 0)
    .sort((a, b) => compareVersions(b[1], a[1]) || (a[0] < b[0] ? -1 : 1));
  let best: [string, string] | undefined = candidate !== undefined ? [candidate, candidateVersion!] : undefined;
  const unreachable: string[] = [];
  if (higher.length > 0 && candidate !== undefined) {
    let reachable: (t: string) => boolean;
    if (higher.length <= 4) {
      const set = new Set<string>();
      for (const [t] of higher) {
        if (await git.isAncestor(`refs/tags/${t}`, 'HEAD')) {
          set.add(t);
          break; // sorted highest first: the first reachable one wins
        }
        unreachable.push(t);
      }
      reachable = (t) => set.has(t);
    } else {
      const set = await git.tagsMergedInto(higher.map(([t]) => t));
      reachable = (t) => set.has(t);
    }
    for (const [t, v] of higher) {
      if (reachable(t)) {
        best = [t, v];
        break;
      }
      if (higher.length > 4) unreachable.push(t);
    }
  } else if (candidate === undefined) {
    // describe found no strict tag at all from HEAD: none is reachable.
    unreachable.push(...higher.map(([t]) => t));
  }
  if (!best) return { unreachableHigher: unreachable };
  const sha = targets?.get(best[0]);
  return { tag: best[0], version: best[1], ...(sha ? { sha } : {}), unreachableHigher: unreachable };
}

/** The highest strict release tag of the whole repository (no reachability check) and its commit. */
function highestStrictTag(tags: Map<string, string>, prefix: string): { tag: string; sha: string } | undefined {
  let best: { tag: string; sha: string; version: string } | undefined;
  for (const [tag, sha] of tags) {
    const v = parseStrictTag(tag, prefix);
    if (v !== undefined && (!best || compareStrictVersions(v, best.version) > 0)) best = { tag, sha, version: v };
  }
  return best && { tag: best.tag, sha: best.sha };
}

/** Reads the commits since `base` (all of HEAD's history without one) and the base commit id, concurrently. */
async function commitsSince(git: Git, base: BaseTag, files: boolean): Promise<{ raw: RawCommit[]; sha?: string }> {
  if (!base.tag) return { raw: await git.logCommits(['HEAD'], { files }) };
  if (base.sha) {
    // base.sha may name an annotated tag object: the range peels it, commitOf gives the commit.
    const [raw, sha] = await Promise.all([git.logCommits([`${base.sha}..HEAD`], { files }), git.commitOf(base.sha)]);
    return { raw, sha };
  }
  const ref = `refs/tags/${base.tag}`;
  const [raw, sha] = await Promise.all([git.logCommits([`${ref}..HEAD`], { files }), git.commitOf(ref)]);
  return { raw, sha };
}

function readText(cwd: string, file: string, what: string): string {
  const full = resolve(cwd, file);
  try {
    return readFileSync(full, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new RelforgeError(
      code === 'ENOENT'
        ? `${what} "${file}" does not exist in ${cwd}; fix the path (it is relative to the "path" input) or remove the input.`
        : `${what} "${file}" cannot be read: ${(err as Error).message}`,
    );
  }
}

/** Reads a version file's version with the right updater; unparsable files fail with the file named. */
export function readVersionFile(cwd: string, file: string, versionPattern?: string, what = 'version-file'): string {
  const text = readText(cwd, file, what);
  let version: string;
  try {
    version = updaterFor(file, versionPattern ? { versionPattern } : {}).readVersion(text);
  } catch (err) {
    if (err instanceof ManifestError) throw new RelforgeError(`${what} ${err.message}`);
    throw err;
  }
  version = version.trim().replace(/^v(?=\d)/, '');
  if (!isSemver(version)) {
    throw new RelforgeError(`${what} "${file}" declares version "${version}", which is not a SemVer version (MAJOR.MINOR.PATCH); fix the file or the version-pattern.`);
  }
  return version;
}

function tailTags(commits: RawCommit[]): string[] {
  const out: string[] = [];
  for (const c of commits) if (c.tags) out.push(...c.tags);
  return out;
}

function ignoredPrereleases(commits: RawCommit[], prefix: string): string[] {
  return tailTags(commits)
    .filter((t) => parsePrereleaseTag(t, prefix) !== undefined)
    .sort((a, b) => compareVersions(parsePrereleaseTag(b, prefix)!, parsePrereleaseTag(a, prefix)!));
}

function policyOf(s: Settings) {
  return { pre1: s.pre1, releaseTypes: s.releaseTypes };
}

/** Computes the next version (and, with `write`, rewrites manifests all-or-nothing). */
export async function computeNextVersion(opts: NextVersionOptions): Promise<NextVersionResult> {
  const s = await nextVersionSettings(opts);
  if (!existsSync(s.cwd)) throw new RelforgeError(`Input "path": ${s.cwd} does not exist.`);
  const git = new Git(s.cwd);
  // Round one, concurrently: repository facts, the tag list (refs only) and, for unified versioning, the base
  // search (its first `git describe` does not need the tag list). Errors surface in that order.
  const probeP = git.probe();
  const tagNamesP = git.tagTargets();
  const unifiedBaseP = s.versioning === 'unified' ? findBaseTag(git, s.tagPrefix, tagNamesP) : undefined;
  tagNamesP.catch(() => undefined);
  unifiedBaseP?.catch(() => undefined);
  // Speculation: the highest strict tag of the whole repository is usually the base (releases are cut from the
  // branch being built). Its `git log` starts as soon as the tag list is in, concurrently with `git describe`,
  // and is used only when the base search confirms that tag; otherwise it is discarded.
  const speculativeP =
    s.versioning === 'unified'
      ? tagNamesP.then((tags) => {
          const guess = highestStrictTag(tags, s.tagPrefix);
          if (!guess) return undefined;
          const log = git.logCommits([`${guess.sha}..HEAD`], { files: s.components.length > 0 });
          const commit = git.commitOf(guess.sha);
          log.catch(() => undefined);
          commit.catch(() => undefined);
          return { ...guess, log, commit };
        })
      : undefined;
  speculativeP?.catch(() => undefined);
  const { shallow, head } = await probeP;
  if (!head) throw new RelforgeError(`${s.cwd}: the current branch has no commits yet; commit something before computing a version.`);
  const tagNames = await tagNamesP;
  const warnings: string[] = [];
  const shallowError = () =>
    new RelforgeError(
      `${s.cwd} is a shallow clone and no release tag is reachable from HEAD, so the commits since the last release cannot be read. ` +
        'Fetch the full history and tags: actions/checkout with "fetch-depth: 0" (or run "git fetch --unshallow --tags").',
    );
  if (shallow) warnings.push('This is a shallow clone: release tags beyond the fetched history are invisible. Use fetch-depth: 0.');

  const { matcherFor } = s.components.length ? await loadMatchers() : { matcherFor: undefined };

  if (s.versioning === 'unified') {
    const base = await unifiedBaseP!;
    if (!base.tag && shallow) throw shallowError();
    let baseVersion = base.version ?? '0.0.0';
    let baseSource: NextVersionResult['baseSource'] = base.tag ? 'tag' : 'none';
    if (!base.tag && s.versionFile) {
      baseVersion = readVersionFile(s.cwd, s.versionFile, s.versionPattern);
      baseSource = 'version-file';
    }
    const spec = await speculativeP!.catch(() => undefined);
    const speculated = spec && base.tag === spec.tag ? await spec.log.catch(() => undefined) : undefined;
    const { raw, sha: baseSha } = speculated ? { raw: speculated, sha: await spec!.commit } : await commitsSince(git, base, s.components.length > 0);
    const classified = classifyCommits(raw);
    const decision = decideBump(classified, baseVersion, policyOf(s));
    const released = decision.bump !== 'none';
    const version = decision.version;
    const changed: string[] = [];
    const components: NextVersionComponent[] = [];
    for (const c of s.components) {
      const m = matcherFor!(c);
      const touched = raw.some((r) => r.files && m.matchesAny(r.files));
      if (touched) changed.push(c.name);
      const bump = touched && released ? decision.bump : 'none';
      components.push({
        name: c.name,
        previous: baseVersion,
        version: bump === 'none' ? baseVersion : version,
        bump,
        tag: formatTag(s.tagPrefix, bump === 'none' ? baseVersion : version),
        manifests: c.manifests.map((x) => x.path),
      });
    }
    let written: string[] = [];
    if (s.write && released) {
      const targets: WriteTarget[] = [];
      if (s.versionFile) targets.push({ path: s.versionFile, versionPattern: s.versionPattern, version });
      for (const c of s.components) {
        if (!changed.includes(c.name)) continue;
        for (const m of c.manifests) targets.push({ path: m.path, versionPattern: m.versionPattern, version });
      }
      written = writeManifests(s.cwd, targets);
    }
    return {
      version,
      tag: formatTag(s.tagPrefix, version),
      previousVersion: baseVersion,
      ...(base.tag ? { previousTag: base.tag, baseSha } : {}),
      bump: decision.bump,
      released,
      commits: decision.commits,
      changedComponents: changed,
      components,
      ignoredPrereleaseTags: ignoredPrereleases(raw, s.tagPrefix),
      deciding: decision.deciding,
      decidingTotal: decision.decidingTotal,
      countsByType: decision.countsByType,
      breakingCount: decision.breakingCount,
      written,
      baseSource,
      unreachableHigherTags: base.unreachableHigher,
      versioning: 'unified',
      tagPrefix: s.tagPrefix,
      headSha: head,
      warnings,
    };
  }

  // Independent versioning: each component has its own `<name>-<prefix>` tags, base and bump.
  const components: NextVersionComponent[] = [];
  const changed: string[] = [];
  const ignored = new Set<string>();
  const unreachable: string[] = [];
  const counts: Record<string, number> = {};
  const deciding: NextVersionResult['deciding'] = [];
  const seen = new Set<string>();
  const targets: WriteTarget[] = [];
  let overall: Bump = 'none';
  let breakingCount = 0;
  // Components with the same base share one git log.
  const logs = new Map<string, Promise<{ raw: RawCommit[]; sha?: string }>>();
  // Every component's base search runs concurrently (each is a describe plus, rarely, an ancestry check).
  const bases = await Promise.all(s.components.map((c) => findBaseTag(git, `${c.name}-${s.tagPrefix}`, tagNames)));
  for (const [i, c] of s.components.entries()) {
    const prefix = `${c.name}-${s.tagPrefix}`;
    const base = bases[i]!;
    if (!base.tag && shallow) throw shallowError();
    unreachable.push(...base.unreachableHigher);
    let baseVersion = base.version ?? '0.0.0';
    if (!base.tag) {
      const first = c.manifests[0];
      if (first) baseVersion = readVersionFile(s.cwd, first.path, first.versionPattern, `components: "${c.name}" manifest`);
    }
    const key = base.tag ?? '';
    let logP = logs.get(key);
    if (!logP) logs.set(key, (logP = commitsSince(git, base, true)));
    const { raw } = await logP;
    const m = matcherFor!(c);
    const mine = raw.filter((r) => r.files && m.matchesAny(r.files));
    for (const t of ignoredPrereleases(raw, prefix)) ignored.add(t);
    const classified: ClassifiedCommit[] = classifyCommits(mine);
    const decision: BumpDecision = decideBump(classified, baseVersion, policyOf(s));
    for (const cc of classified) seen.add(cc.sha);
    for (const [k, v] of Object.entries(decision.countsByType)) counts[k] = (counts[k] ?? 0) + v;
    breakingCount += decision.breakingCount;
    if (mine.length) changed.push(c.name);
    overall = maxBump(overall, decision.bump);
    for (const d of decision.deciding) if (!deciding.some((x) => x.sha === d.sha)) deciding.push(d);
    components.push({
      name: c.name,
      previous: baseVersion,
      version: decision.version,
      bump: decision.bump,
      tag: formatTag(prefix, decision.version),
      manifests: c.manifests.map((x) => x.path),
      ...(base.tag ? { previousTag: base.tag } : {}),
      commits: mine.length,
    });
    if (s.write && decision.bump !== 'none') {
      for (const mf of c.manifests) targets.push({ path: mf.path, versionPattern: mf.versionPattern, version: decision.version });
    }
  }
  const released = overall !== 'none';
  const only = components.filter((c) => c.bump !== 'none');
  const single = only.length === 1 ? only[0]! : undefined;
  const written = targets.length ? writeManifests(s.cwd, targets) : [];
  return {
    // One repository-wide version does not exist here; when exactly one component releases, it is that one.
    version: single?.version ?? '',
    tag: single?.tag ?? '',
    previousVersion: single?.previous ?? '',
    ...(single?.previousTag ? { previousTag: single.previousTag } : {}),
    bump: overall,
    released,
    commits: seen.size,
    changedComponents: changed,
    components,
    ignoredPrereleaseTags: [...ignored],
    deciding: deciding.slice(0, 10),
    countsByType: counts,
    breakingCount,
    written,
    unreachableHigherTags: unreachable,
    versioning: 'independent',
    tagPrefix: s.tagPrefix,
    headSha: head,
    warnings,
  };
}

async function loadMatchers() {
  const { ComponentMatcher } = await import('./core/components.js');
  const cache = new Map<Component, InstanceType<typeof ComponentMatcher>>();
  return {
    matcherFor: (c: Component) => {
      let m = cache.get(c);
      if (!m) cache.set(c, (m = new ComponentMatcher(c)));
      return m;
    },
  };
}

interface WriteTarget {
  path: string;
  versionPattern?: string | undefined;
  version: string;
}

/** The nearest file named one of `names` in `dir` or its parents, not above `root`. */
function findUp(root: string, dir: string, names: string[]): string | undefined {
  let d = dir;
  for (;;) {
    for (const n of names) {
      const p = join(d, n);
      if (existsSync(p)) return p;
    }
    if (d === root || !(d + sep).startsWith(root + sep)) return undefined;
    const parent = dirname(d);
    if (parent === d) return undefined;
    d = parent;
  }
}

/**
 * Computes every new text first (manifests plus their lock files: Cargo.lock entries of workspace members,
 * package-lock.json root / workspace entries), then writes them all-or-nothing: each to a temp file beside it,
 * then renames; if any step fails, the files already replaced are restored and the temp files removed.
 * Returns the repository-relative paths that changed.
 */
export function writeManifests(cwd: string, targets: WriteTarget[]): string[] {
  const root = resolve(cwd);
  const texts = new Map<string, { original: string; text: string }>();
  const load = (full: string, what: string) => {
    let e = texts.get(full);
    if (!e) {
      const original = readText(root, relative(root, full), what);
      e = { original, text: original };
      texts.set(full, e);
    }
    return e;
  };
  const wrap = (file: string, fn: () => string) => {
    try {
      return fn();
    } catch (err) {
      if (err instanceof ManifestError) throw new RelforgeError(`Cannot rewrite ${file}: ${err.message} Nothing was written.`);
      throw err;
    }
  };
  for (const t of targets) {
    const full = resolve(root, t.path);
    const e = load(full, 'manifest');
    const updater = updaterFor(t.path, { version: t.version, ...(t.versionPattern ? { versionPattern: t.versionPattern } : {}) });
    e.text = wrap(t.path, () => updater.updateContent(e.text));
    if (updater instanceof CargoToml) {
      const name = updater.readName(e.text);
      const lock = findUp(root, dirname(full), ['Cargo.lock']);
      if (name && lock) {
        const le = load(lock, 'Cargo.lock');
        le.text = wrap(relative(root, lock), () => new CargoLock({ version: t.version, packages: [name], file: relative(root, lock) }).updateContent(le.text));
      }
    } else if (updater instanceof PackageJson) {
      const lock = findUp(root, dirname(full), ['npm-shrinkwrap.json', 'package-lock.json']);
      if (lock) {
        const member = relative(dirname(lock), dirname(full)).split(sep).join(posix.sep);
        const le = load(lock, 'package-lock.json');
        le.text = wrap(relative(root, lock), () =>
          new PackageLock({ version: t.version, entries: [member], file: relative(root, lock) }).updateContent(le.text),
        );
      }
    }
  }
  const changed = [...texts.entries()].filter(([, e]) => e.text !== e.original);
  const suffix = `.relforge-${process.pid}-${process.hrtime.bigint().toString(36)}.tmp`;
  const temps: string[] = [];
  const replaced: [string, string][] = [];
  try {
    for (const [full, e] of changed) {
      const mode = statSync(full).mode & 0o7777;
      writeFileSync(full + suffix, e.text, { mode });
      temps.push(full + suffix);
    }
    for (const [full, e] of changed) {
      renameSync(full + suffix, full);
      replaced.push([full, e.original]);
    }
  } catch (err) {
    for (const [full, original] of replaced) {
      try {
        writeFileSync(full, original);
      } catch {
        /* best effort: reported below */
      }
    }
    for (const t of temps) {
      try {
        unlinkSync(t);
      } catch {
        /* already renamed or never written */
      }
    }
    throw new RelforgeError(`Could not rewrite the manifests (${(err as Error).message}); the original files were restored, nothing was changed.`);
  }
  return changed.map(([full]) => relative(root, full).split(sep).join(posix.sep)).sort();
}

/** Markdown for the step summary: the decision and why. */
export function renderNextVersionSummary(r: NextVersionResult): string {
  const lines: string[] = [];
  const short = (sha: string) => sha.slice(0, 7);
  if (r.versioning === 'independent') {
    lines.push(`## next-version: ${r.released ? `${r.components.filter((c) => c.bump !== 'none').length} component(s) release` : 'no release'}`, '');
    lines.push('| component | previous | next | bump | tag | commits |', '|---|---|---|---|---|---|');
    for (const c of r.components) {
      lines.push(`| ${c.name} | ${c.previousTag ?? c.previous} | ${c.version} | ${c.bump} | ${c.bump !== 'none' ? `\`${c.tag}\`` : '–'} | ${c.commits ?? 0} |`);
    }
  } else {
    lines.push(`## next-version: ${r.released ? `\`${r.tag}\` (${r.bump})` : `no release (stays ${r.previousVersion})`}`, '');
    const base =
      r.previousTag !== undefined
        ? `\`${r.previousTag}\` (${short(r.baseSha ?? '')})`
        : r.baseSource === 'version-file'
          ? `no release tag; version file says ${r.previousVersion}`
          : 'no release tag; starting from 0.0.0';
    lines.push(`- Base: ${base}`);
    lines.push(`- Commits since base: ${r.commits}`);
  }
  const counts = Object.entries(r.countsByType).sort((a, b) => b[1] - a[1]);
  if (counts.length) lines.push(`- By type: ${counts.map(([t, n]) => `${t} ${n}`).join(', ')}${r.breakingCount ? ` (breaking: ${r.breakingCount})` : ''}`);
  if (r.deciding.length) {
    const more = (r.decidingTotal ?? r.deciding.length) - r.deciding.length;
    lines.push(`- Decided by${more > 0 ? ` (first ${r.deciding.length} of ${r.decidingTotal})` : ''}:`);
    for (const d of r.deciding) lines.push(`  - \`${short(d.sha)}\` ${escapeMd(d.subject)}${d.breaking ? ' **(breaking)**' : ''}`);
  } else {
    lines.push('- No commit asks for a release (only non-releasing types or non-conventional messages).');
  }
  if (r.ignoredPrereleaseTags.length) {
    const list = r.ignoredPrereleaseTags.slice(0, 20).map((t) => `\`${t}\``).join(', ');
    lines.push(`- Prerelease tags ignored (never a base): ${list}${r.ignoredPrereleaseTags.length > 20 ? `, … (${r.ignoredPrereleaseTags.length} in all)` : ''}`);
  }
  if (r.unreachableHigherTags?.length) {
    lines.push(`- Higher release tags not reachable from HEAD (ignored): ${r.unreachableHigherTags.slice(0, 10).map((t) => `\`${t}\``).join(', ')}`);
  }
  if (r.versioning !== 'independent' && r.components.length) lines.push(`- Changed components: ${r.changedComponents.length ? r.changedComponents.join(', ') : 'none'}`);
  if (r.written.length) lines.push(`- Rewritten: ${r.written.map((w) => `\`${w}\``).join(', ')}`);
  for (const w of r.warnings ?? []) lines.push(`- ⚠️ ${w}`);
  return lines.join('\n') + '\n';
}

function escapeMd(text: string): string {
  return text.replace(/[<>|`*_[\]\\]/g, '\\$&');
}
