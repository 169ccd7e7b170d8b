/**
 * generateChangelog: this release's notes and CHANGELOG.md section, rendered by relforge's built-in renderer (the bundled template) or by git-cliff (a user cliff.toml).
 *
 * The range is the one next-version reads (release-range.ts): the commits since the last strict release tag
 * reachable from HEAD, as an explicit `base..HEAD` range — the cost follows the tail, never the history length
 * or the tag count. The commits are classified once (core/commits.ts, core/bump.ts): the notes list exactly
 * the commits that count toward the release, rendered with the bundled template (core/cliff-config.ts) by
 * core/notes-render.ts, which prints what git-cliff prints for that context (checked against git-cliff by
 * test/versioning/notes-render.test.ts), or by git-cliff itself with `renderer: 'git-cliff'`.
 * A prerelease version (0.4.0-beta.1) gets the changes since the last stable release, headed as a prerelease.
 * With a user cliff.toml, git-cliff parses the same explicit range with that configuration's own rules.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { Problems, RelforgeError, fieldError } from '../platform/errors.js';
import { Git } from '../git/repository.js';
import { excerpt } from '../platform/secrets.js';
import { workspaceOutputPath } from '../platform/fs.js';
import { classifyCommit, type ClassifiedCommit } from './core/commits.js';
import { NOTE_GROUPS, cancelledByReverts, commitBump, groupOf, type NoteGroup } from './core/bump.js';
import type { ComponentMatcher } from './core/components.js';
import { buildCliffConfig, contextClose, contextCommit, contextOpen, strictTagPattern, webUrlFromRemote, DEFAULT_CHANGELOG_HEADER, type NotesRelease } from './core/cliff-config.js';
import { insertChangelogSection, notesFromSection, sectionIsEmpty } from './core/changelog-text.js';
import { renderNotesPart } from './core/notes-render.js';
import { coreVersion, isSemver } from './core/version.js';
import { checkBundledIntegrity, cliffEnv, findGitCliff, gitCliffVersion, runProgram, startProgram, type GitCliffBinary } from './git-cliff.js';
import { readReleaseRange, streamReleaseRange, type BaseTag, type ReleaseRange } from './release-range.js';
import { componentTagPrefix, scopeSettings, type ScopeOptions } from './settings.js';

export { findGitCliff, cliffPlatform, GIT_CLIFF_VERSION, type GitCliffBinary } from './git-cliff.js';

export interface ChangelogOptions extends ScopeOptions {
  cwd: string;
  /** The release being cut, without prefix (`0.4.0`, or a prerelease `0.4.0-beta.1`). */
  version: string;
  /** With components: the component whose notes these are (its paths; its tags under independent versioning). */
  component?: string;
  /** A user cliff.toml (relative to cwd); default: relforge's bundled template. */
  config?: string;
  /** File to prepend the new section to (relative to cwd), e.g. CHANGELOG.md. Stable versions only. */
  output?: string;
  /** Repository web URL for commit links; default: derived from the `origin` remote (credentials stripped). */
  remoteUrl?: string;
  gitCliffPath?: string;
  /** Compute and return, but do not write `output`. */
  dryRun?: boolean;
  /**
   * Who renders the bundled template: relforge's built-in renderer (default; the same bytes as git-cliff, see
   * core/notes-render.ts) or git-cliff itself (the reference). A user `config` is always rendered by git-cliff.
   */
  renderer?: 'builtin' | 'git-cliff';
}

export interface ChangelogResult {
  version: string;
  tag: string;
  /** True for a prerelease version: the notes cover the changes since the last stable release. */
  prerelease: boolean;
  /** This release's section, with its `## [x.y.z]` heading. */
  section: string;
  /** This release's notes without the heading (a release body). Empty when nothing changelog-worthy happened. */
  notes: string;
  /** No entry: nothing notable since the base. Nothing is written (a warning says so). */
  empty: boolean;
  /** The base (last strict release tag reachable from HEAD), when there is one. */
  previousTag?: string;
  /** Commits in the range, and how many of them are in the notes (bundled template; a user config decides its own). */
  commits: number;
  entries?: number;
  /** Absolute path of the written file, when `output` was given (and not a dry run). */
  path?: string;
  written: boolean;
  gitCliff: { path: string; source: GitCliffBinary['source']; version: string };
  config: 'bundled' | string;
  /** Who printed the notes: relforge's built-in renderer (the bundled template, by default) or git-cliff (a user config, or `renderer: 'git-cliff'`). */
  renderedBy: 'builtin' | 'git-cliff';
  warnings: string[];
}

/** Says who rendered the notes, for the log: the built-in renderer runs no git-cliff, so it names none. */
export function describeRenderer(res: Pick<ChangelogResult, 'renderedBy' | 'gitCliff' | 'config'>): string {
  if (res.renderedBy === 'builtin') return "notes rendered by relforge's built-in renderer (the bundled template)";
  const template = res.config === 'bundled' ? 'the bundled template' : `config ${res.config}`;
  return `notes rendered by git-cliff ${res.gitCliff.version} at ${res.gitCliff.path} (${res.gitCliff.source}), ${template}`;
}

interface Scope {
  prefix: string;
  paths?: ComponentMatcher;
  releaseTypes: string[];
  pre1: 'minor' | 'major';
}

/** Validates the options by field and resolves the tag line and the path filter. */
async function changelogScope(opts: ChangelogOptions): Promise<Scope> {
  const p = new Problems();
  if (!opts.version) p.add('version', 'is required: the version being released, e.g. 0.4.0.');
  else if (!isSemver(opts.version)) p.add('version', `must be a SemVer version without prefix (e.g. 0.4.0 or 0.4.0-beta.1), got "${opts.version}".`);
  const s = await scopeSettings(opts, p);
  let prefix = s.tagPrefix;
  let paths = s.pathFilter;
  const names = s.components.map((c) => c.name);
  if (opts.component) {
    const c = s.components.find((x) => x.name === opts.component);
    if (!c) p.add('component', `"${opts.component}" is not one of the {{components}}${names.length ? ` (${names.join(', ')})` : ' (none configured)'}.`);
    else {
      paths = s.matchers.get(c);
      if (s.versioning === 'independent') prefix = componentTagPrefix(c, s.tagPrefix);
    }
  } else if (s.versioning === 'independent' && names.length) {
    p.add('component', `is required with versioning: independent: name the component whose notes to write (${names.join(', ')}).`);
  }
  for (const [field, value] of [['output', opts.output], ['config', opts.config]] as const) {
    if (!value) continue;
    const rel = relative(resolve(opts.cwd), resolve(opts.cwd, value));
    if (rel.startsWith('..') || isAbsolute(rel)) p.add(field, `("${value}") must be a file inside the repository.`);
    else if (field === 'output') {
      // a CHANGELOG.md that is a symbolic link out of the workspace is not written through (as notes-file)
      try {
        workspaceOutputPath(opts.cwd, value, { inputName: field });
      } catch (err) {
        p.include(err);
      }
    }
  }
  p.throwIfAny();
  return { prefix, ...(paths ? { paths } : {}), releaseTypes: s.releaseTypes, pre1: s.pre1 };
}

/** Is the release tag already there? At HEAD: regenerate that release (it is not its own base); further back: refuse. */
async function existingRelease(git: Git, tag: string, version: string, head: string | undefined): Promise<{ atHead: boolean }> {
  const tagged = await git.run(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], { allowFailure: true });
  if (tagged.code !== 0) return { atHead: false };
  if (tagged.stdout.trim() === head) return { atHead: true };
  if (await git.isAncestor(`refs/tags/${tag}`, 'HEAD')) {
    throw fieldError('version', `(${version}) is already released: ${tag} is an ancestor of HEAD, so there is no new section to write. Pass the version being released now (next-version's "version" output).`);
  }
  return { atHead: false };
}

export async function generateChangelog(opts: ChangelogOptions): Promise<ChangelogResult> {
  const scope = await changelogScope(opts);
  const cwd = resolve(opts.cwd);
  const git = new Git(cwd);
  const version = opts.version;
  const prerelease = version !== coreVersion(version);
  const tag = `${scope.prefix}${version}`;
  const bin = findGitCliff({ explicit: opts.gitCliffPath });
  const env = cliffEnv();
  // Everything independent runs at once: repository facts, the release tag's state, the range (the release tag
  // itself is never its own base) and the remote for links.
  const probe = git.state(); // first (one quick rev-parse): the range's git log waits for the tag list
  const existingP = existingRelease(git, tag, version, probe.head);
  const remoteP = opts.remoteUrl ? Promise.resolve(opts.remoteUrl) : git.run(['remote', 'get-url', 'origin'], { allowFailure: true }).then((r) => (r.code === 0 ? r.stdout.trim() : undefined));
  // The bundled binary's integrity is checked (a 16 MB hash) only when it is run: a user config, or the
  // git-cliff renderer; the built-in renderer of the bundled template does not run it.
  let integrityP: Promise<void> | undefined;
  const integrity = () => (integrityP ??= checkBundledIntegrity(bin));
  const versionP = gitCliffVersion(bin, env);
  for (const p of [existingP, remoteP, versionP]) p.catch(() => undefined);
  if (probe.shallow) throw new RelforgeError('The repository is a shallow clone, so the changelog would miss commits. Check out with fetch-depth: 0 (actions/checkout).');
  if (!probe.head) throw new RelforgeError(`${cwd}: the current branch has no commits yet.`);
  const { atHead } = await existingP;
  const timestamp = atHead ? Number(await git.text(['log', '-1', '--format=%ct', 'HEAD'])) : Math.floor(Date.now() / 1000);
  const warnings: string[] = [];
  let range: ReleaseRange | undefined;
  let rendered: { section: string; entries?: number; commits: number; base: BaseTag };
  if (opts.config) {
    await integrity();
    range = await readReleaseRange(git, { prefix: scope.prefix, tags: probe.tags, files: !!scope.paths, ...(scope.paths ? { paths: scope.paths } : {}), skip: [tag] });
    rendered = { ...(await renderWithUserConfig({ cwd, bin, env, config: opts.config, tag, range, scope, atHead })), commits: range.raw.length, base: range.base };
  } else {
    const rel = { tag, version, date: new Date(timestamp * 1000).toISOString().slice(0, 10), timestamp, ...withRemote(webUrlFromRemote(await remoteP)) };
    rendered = await renderBundled({ git, bin, env, rel, prerelease, tags: probe.tags, scope, integrity, renderer: opts.renderer ?? 'builtin' });
  }
  const base = rendered.base;
  const section = rendered.section.trim() + '\n';
  // No entry: nothing to write. A bare heading is never prepended; the run says so and succeeds (a release with
  // only chores is legitimate; its notes are empty).
  const empty = sectionIsEmpty(section);
  if (empty) {
    const since = base.tag ?? 'the start of the history';
    warnings.push(
      `No notable changes since ${since}: ${rendered.commits} commit(s), none that release (only non-releasing types or non-conventional messages), so there is nothing to write` +
        `${opts.output && !prerelease ? `; ${opts.output} was not written` : ''}.`,
    );
  }
  let path: string | undefined;
  let written = false;
  if (empty) {
    // nothing to write (said above)
  } else if (opts.output && prerelease) {
    warnings.push(`${opts.output} was not written: a prerelease's notes go to its release body (the "notes" output); the stable release writes the changelog section.`);
  } else if (opts.output) {
    path = resolve(cwd, opts.output);
    // A user config may have its own header: taken from a full render.
    const header = async () => {
      if (!opts.config) return DEFAULT_CHANGELOG_HEADER;
      const full = await runCliff(bin, userConfigArgs(resolve(cwd, opts.config), cwd, tag, range!, scope, atHead, ['--strip', 'footer']), cwd, env);
      const at = full.indexOf(section.trim());
      return at > 0 ? full.slice(0, at) : '';
    };
    written = await writeSection(path, section, version, !!opts.dryRun, header);
  }
  return {
    version,
    tag,
    prerelease,
    section,
    notes: empty ? '' : notesFromSection(section),
    empty,
    ...(base.tag ? { previousTag: base.tag } : {}),
    commits: rendered.commits,
    ...(rendered.entries !== undefined ? { entries: rendered.entries } : {}),
    ...(path ? { path } : {}),
    written,
    gitCliff: { path: bin.path, source: bin.source, version: await versionP },
    config: opts.config ? resolve(cwd, opts.config) : 'bundled',
    renderedBy: opts.config || opts.renderer === 'git-cliff' ? 'git-cliff' : 'builtin',
    warnings,
  };
}

function withRemote(remote: string | undefined): { remote?: string } {
  return remote ? { remote } : {};
}

/** git-cliff's failure as a message: its own words, redacted, then cut. */
function cliffFailure(r: { code: number; stdout: string; stderr: string }): RelforgeError {
  return new RelforgeError(`git-cliff failed (exit ${r.code}): ${excerpt(r.stderr.trim() || r.stdout.trim(), 2000)}`);
}

async function runCliff(bin: GitCliffBinary, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  const r = await runProgram(bin.path, args, cwd, env);
  if (r.code !== 0) throw cliffFailure(r);
  return r.stdout;
}

/**
 * The bundled path, streamed: git log (newest first) → classify each commit → the ones that count are kept, as
 * they come, in their notes group. Reverts are known only at the end: the cancelled ids are left out. The
 * selection is core/bump.ts's (commitBump + cancelledByReverts), so the notes list exactly the commits that
 * count. The parts are joined in group order; the first part carries the release heading.
 *
 * Rendering: by default core/notes-render.ts, which prints the bundled template exactly as git-cliff does
 * (test/versioning/notes-render.test.ts compares both on generated histories) in milliseconds instead of
 * git-cliff's ~1 s for 20,000 commits. `renderer: 'git-cliff'` hands the same contexts to git-cliff (one
 * process per group, in parallel): the reference the built-in renderer is checked against.
 */
async function renderBundled(x: {
  git: Git;
  bin: GitCliffBinary;
  env: NodeJS.ProcessEnv;
  rel: Omit<NotesRelease, 'previousTag' | 'intro'>;
  prerelease: boolean;
  tags: Map<string, string>;
  scope: Scope;
  integrity: () => Promise<void>;
  renderer: 'builtin' | 'git-cliff';
}): Promise<{ section: string; entries: number; commits: number; base: BaseTag }> {
  const parts = new Map<NoteGroup, ClassifiedCommit[]>();
  const seen: Pick<ClassifiedCommit, 'sha' | 'revert'>[] = [];
  // The level of a breaking change depends on the base (0.x rule), membership does not: any base version will do.
  const { base } = await streamReleaseRange(x.git, { prefix: x.scope.prefix, tags: x.tags, files: !!x.scope.paths, skip: [x.rel.tag] }, (raw) => {
    if (x.scope.paths && !(raw.files && x.scope.paths.matchesAny(raw.files))) return;
    const c = classifyCommit(raw);
    seen.push(c.revert ? { sha: c.sha, revert: c.revert } : { sha: c.sha });
    if (commitBump(c, '1.0.0', x.scope) === 'none') return;
    const g = groupOf(c);
    const list = parts.get(g);
    if (list) list.push(c);
    else parts.set(g, [c]);
  }, () => {
    // The range held commits released under another reachable tag (a merged history): start over without them.
    parts.clear();
    seen.length = 0;
  });
  // The range came newest first: the notes list each group oldest first.
  const { inactive } = cancelledByReverts(seen);
  for (const list of parts.values()) list.reverse();
  if (!parts.size) parts.set('Other Changes', []); // no entries: one part for the heading
  const since = base.tag ?? 'the start of the history';
  const rel: NotesRelease = {
    ...x.rel,
    ...(base.tag ? { previousTag: base.tag } : {}),
    ...(x.prerelease ? { intro: `Prerelease of ${coreVersion(x.rel.version)}: the changes since ${since}.` } : {}),
  };
  const order = NOTE_GROUPS.filter((g) => parts.has(g));
  let entries = 0;
  for (const g of order) for (const c of parts.get(g)!) if (!inactive.has(c.sha)) entries++;
  const texts =
    x.renderer === 'git-cliff'
      ? await renderWithGitCliff(x, rel, order, parts, inactive)
      : order.map((g, i) => renderNotesPart(rel, g, parts.get(g)!, inactive, i === 0));
  return { section: texts.map((t) => t.trim()).join('\n\n').replace(/\n{3,}/g, '\n\n'), entries, commits: seen.length, base };
}

/** The reference rendering: one git-cliff per notes group, each given its context on stdin, run in parallel. */
async function renderWithGitCliff(
  x: { bin: GitCliffBinary; env: NodeJS.ProcessEnv; integrity: () => Promise<void> },
  rel: NotesRelease,
  order: NoteGroup[],
  parts: Map<NoteGroup, ClassifiedCommit[]>,
  inactive: Set<string>,
): Promise<string[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'relforge-cliff-'));
  const running: ReturnType<typeof startProgram>[] = [];
  try {
    const configPath = join(tmp, 'cliff.toml');
    writeFileSync(configPath, buildCliffConfig());
    const integrity = x.integrity();
    for (const [i, g] of order.entries()) {
      // The contexts go through stdin (git-cliff reads a --from-context file one byte per read(2): seconds for MBs).
      const p = startProgram(x.bin.path, ['--config', configPath, '--from-context', '-', '--strip', 'all', '--no-exec', '--offline'], tmp, x.env, integrity);
      running.push(p);
      const commits = parts.get(g)!;
      p.write(contextOpen(rel));
      for (const [k, c] of commits.entries()) p.write(`${k ? ',' : ''}${contextCommit(c, g)}`);
      p.write(contextClose(rel, g, commits.filter((c) => inactive.has(c.sha)).map((c) => c.sha), i === 0));
    }
    const outputs = await Promise.all(running.map((p) => p.done()));
    const failed = outputs.find((r) => r.code !== 0);
    if (failed) throw cliffFailure(failed);
    return outputs.map((r) => r.stdout);
  } finally {
    for (const p of running) p.kill();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** A user cliff.toml: git-cliff parses the same explicit range with that configuration's rules. */
async function renderWithUserConfig(x: {
  cwd: string;
  bin: GitCliffBinary;
  env: NodeJS.ProcessEnv;
  config: string;
  tag: string;
  range: ReleaseRange;
  scope: Scope;
  atHead: boolean;
}): Promise<{ section: string; entries?: number }> {
  const configPath = resolve(x.cwd, x.config);
  if (!existsSync(configPath)) throw fieldError('config', `("${x.config}") does not exist (looked in ${x.cwd}).`);
  const out = await runCliff(x.bin, userConfigArgs(configPath, x.cwd, x.tag, x.range, x.scope, x.atHead, ['--strip', 'all']), x.cwd, x.env);
  return { section: out };
}

function userConfigArgs(configPath: string, cwd: string, tag: string, range: ReleaseRange, scope: Scope, atHead: boolean, extra: string[]): string[] {
  const args = ['--config', configPath, '--workdir', cwd, '--repository', cwd, '--tag-pattern', strictTagPattern(scope.prefix), '--offline'];
  args.push(...(atHead ? ['--current'] : ['--unreleased', '--tag', tag]));
  for (const glob of scope.paths?.component.paths ?? []) args.push('--include-path', glob);
  args.push(...extra);
  if (range.baseSha) args.push(`${range.baseSha}..HEAD`);
  return args;
}

/** Prepends (or replaces) the section in the changelog file; returns whether it was written. */
async function writeSection(path: string, section: string, version: string, dryRun: boolean, header: () => Promise<string>): Promise<boolean> {
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const next = insertChangelogSection(existing, section, version, existing === undefined ? await header() : '');
  if (dryRun) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, next);
  return true;
}

/**
 * Where `notes-file` (relative to the repository `path`) will be written, or '' when none was asked for. Like every
 * output, it must be inside the workspace (the repository, cwd, GITHUB_WORKSPACE, RUNNER_TEMP) and not reached
 * through a symbolic link out of it (workspaceOutputPath): refused by field otherwise. The entries call it before
 * generating, so a refused file leaves nothing written.
 */
export function notesFilePath(path: string, notesFile: string | undefined, env: Record<string, string | undefined> = process.env): string {
  return notesFile ? workspaceOutputPath(path, notesFile, { inputName: 'notes-file', env }) : '';
}

/**
 * Writes the notes to `notesFile` (checked by notesFilePath) for the next job: notes of thousands of
 * commits travel by file, never through the environment, argv or a job output. Returns the absolute path, or ''
 * when no file was asked for. The action and `relforge changelog --notes-file` both call it.
 */
export function writeNotesFile(path: string, notesFile: string | undefined, notes: string, env: Record<string, string | undefined> = process.env): string {
  const file = notesFilePath(path, notesFile, env);
  if (!file) return '';
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, notes);
  return file;
}
