/**
 * cutPrerelease: tag HEAD with an annotated `<prefix><base>-<channel>.<N>` and push only that tag.
 * No commit, no changelog. Re-runs on the same commit reuse the tag. With `write`, the version file /
 * changed manifests are rewritten in the work tree to the prerelease version (never committed or pushed) so
 * the build reports it.
 *
 * Refused, before anything is created: a HEAD that already is a release (it carries a strict release tag), a
 * base that is already released, and a prerelease that would sort below an existing prerelease of the same
 * version (alpha after beta.3). A concurrent run taking the same auto number between our listing and our
 * push is met with retry(): re-list, take the next number.
 */
import { resolve } from 'node:path';
import { Problems, RelforgeError, fieldError } from '../platform/errors.js';
import { retry } from '../platform/retry.js';
import { Git } from '../git/repository.js';
import { identityEnv, resolveIdentity, type Identity } from '../git/identity.js';
import { lsRemote, push, remoteAccess, remoteNameProblem, type RemoteAccess } from '../git/remote.js';
import { computeNextVersion, type NextVersionResult } from './next-version.js';
import { releaseAsProblem } from './core/bump.js';
import { applyBump, escapeGlob, isStrictVersion, parseStrictTag } from './core/version.js';
import type { Component } from './core/components.js';
import {
  PrereleaseRefused,
  baseVersionProblem,
  channelProblem,
  channelsProblem,
  parsePrereleaseScheme,
  type PrereleaseScheme,
  parsePrereleaseNumber,
  planPrerelease,
  parseFirstNumber,
  type PrereleaseNumber,
  type PrereleasePlan,
  type TagRef,
} from './core/prerelease-tags.js';
import { planManifestWrites, plannedPaths, readVersionFile, writeManifests, type WriteTarget } from './manifest-writes.js';
import { componentTagPrefix, scopeSettings, versionFileSettings, type ScopeOptions, type ScopeSettings } from './settings.js';
import { prereleaseSchema } from './options.js';
import { VOCABULARY } from '../platform/vocabulary.js';

export interface PrereleaseOptions {
  cwd: string;
  /** Prerelease identifier; default `beta`. */
  channel?: string;
  /** `next` (default): what next-version computes; `manifest`: the version in `versionFile`; or `X.Y.Z`. */
  base?: string;
  versionFile?: string;
  versionPattern?: string;
  tagPrefix?: string;
  /** `auto` (default) or an explicit integer 0 or more (string or number). */
  number?: string | number;
  /** The N of a version's first prerelease with number auto: 1 (default) or 0 (`rc.0`). */
  firstNumber?: string | number;
  /** Declared channels: when non-empty, any other channel is refused. */
  channels?: string[];
  /** `channel` (default): `<base>-<channel>.N`; `numeric`: `<base>-N` (WiX/MSI). */
  scheme?: string;
  /** With base `next`: force the version the prerelease leads to (next-version's release-as). */
  releaseAs?: string;
  force?: boolean;
  push?: boolean;
  remote?: string;
  token?: string;
  dryRun?: boolean;
  /** Rewrite the version file / changed manifests to the prerelease version (work tree only). */
  write?: boolean;
  /** Tagger identity; default: git config user.name/email, else github-actions[bot]. */
  identity?: Partial<Identity | { name: string | undefined; email: string | undefined }>;
  /** next-version's scope for `base: next` (pre1, releaseTypes, include-paths, components, versioning). */
  nextVersion?: Omit<ScopeOptions, 'tagPrefix'>;
}

export interface PrereleaseResult {
  version: string;
  tag: string;
  number: number;
  prerelease: true;
  reused: boolean;
  pushed: boolean;
  dryRun: boolean;
  commit: string;
  base: string;
  baseSource: 'next' | 'manifest' | 'explicit';
  channel: string;
  action: 'create' | 'reuse' | 'move';
  notes: string[];
  /** With `write`: the files rewritten to the prerelease version (planned ones on a dry run). */
  files: string[];
  /** For base `next`: next-version's result (base tag, deciding commits, ignored prerelease tags). */
  next?: NextVersionResult;
  /** Prerelease tags of this version that already existed (local and remote), highest number first. */
  existing: string[];
}

interface Settings {
  cwd: string;
  channel: string;
  prefix: string;
  baseInput: string;
  number: PrereleaseNumber;
  firstNumber: 0 | 1;
  scheme: PrereleaseScheme;
  releaseAs?: string;
  remote: string;
  doPush: boolean;
  versionFile?: string;
  versionPattern?: string;
  scope: ScopeSettings;
  /** The components YAML as given (passed on to next-version). */
  rawComponents?: string;
}

async function prereleaseSettings(opts: PrereleaseOptions): Promise<Settings> {
  const p = new Problems();
  const channel = opts.channel ?? prereleaseSchema.options.channel.default;
  const prefix = opts.tagPrefix ?? VOCABULARY['tag-prefix'].default;
  const baseInput = (opts.base ?? 'next').trim() || 'next';
  const remote = opts.remote ?? VOCABULARY.remote.default;
  const doPush = opts.push ?? true;
  const channels = (opts.channels ?? []).map((c) => c.trim()).filter(Boolean);
  const csp = channelsProblem(channels);
  if (csp) p.add('channels', csp);
  const cp = channelProblem(channel, csp ? undefined : channels);
  if (cp) p.add('channel', cp);
  const scheme = parsePrereleaseScheme(opts.scheme);
  if (typeof scheme === 'object') p.add('prerelease-scheme', scheme.problem);
  const releaseAs = opts.releaseAs?.trim() || undefined;
  if (releaseAs) {
    const rp = releaseAsProblem(releaseAs);
    if (rp) p.add('release-as', rp);
    else if (baseInput !== 'next') p.add('release-as', `forces the version base "next" computes, but base is "${baseInput}"; give one of them.`);
  }
  if (baseInput !== 'next' && baseInput !== 'manifest') {
    const bp = baseVersionProblem(baseInput.replace(/^v(?=\d)/, ''));
    if (bp) p.add('base', bp);
  }
  if (baseInput === 'manifest' && !opts.versionFile) p.add('base', 'is "manifest", which needs {{version-file}} (e.g. package.json or Cargo.toml).');
  const number = parsePrereleaseNumber(String(opts.number ?? prereleaseSchema.options.number.default));
  if (typeof number === 'object') p.add('number', number.problem);
  const firstNumber = parseFirstNumber(opts.firstNumber);
  if (typeof firstNumber === 'object') p.add('first-number', firstNumber.problem);
  const rp = remoteNameProblem(remote);
  if (doPush && rp) p.add('remote', rp);
  // scopeSettings checks tag-prefix (once, for the prerelease tag and next-version alike).
  const scope = await scopeSettings({ ...opts.nextVersion, tagPrefix: prefix }, p);
  const vf = versionFileSettings(opts.cwd, opts.versionFile, opts.versionPattern, p);
  p.throwIfAny();
  const rawComponents = opts.nextVersion?.components;
  return {
    cwd: resolve(opts.cwd),
    channel,
    prefix,
    baseInput,
    number: number as PrereleaseNumber,
    firstNumber: firstNumber as 0 | 1,
    scheme: scheme as PrereleaseScheme,
    ...(releaseAs ? { releaseAs } : {}),
    remote,
    doPush,
    ...vf,
    scope,
    ...(rawComponents ? { rawComponents } : {}),
  };
}

/** A commit that already is a release gets no prerelease: it would come after its own release. */
async function refuseReleasedHead(git: Git, prefix: string): Promise<void> {
  const onHead = (await git.text(['tag', '--points-at', 'HEAD'])).split('\n').filter((t) => t && parseStrictTag(t, prefix) !== undefined);
  if (!onHead.length) return;
  throw new RelforgeError(
    `HEAD is already the release ${onHead.join(', ')}: a prerelease of this commit would be the same code under a lower version. ` +
      `Nothing was tagged. Commit the next change first (a prerelease is what comes after ${onHead[0]}), or run the stable release for a new version.`,
  );
}

interface ResolvedBase {
  base: string;
  baseSource: PrereleaseResult['baseSource'];
  prefix: string;
  next?: NextVersionResult;
  /** Components whose manifests `write` rewrites. */
  writeComponents: Component[];
}

async function resolveBase(s: Settings, notes: string[]): Promise<ResolvedBase> {
  const all = s.scope.components;
  if (s.baseInput === 'manifest') {
    const base = readVersionFile(s.cwd, s.versionFile!, s.versionPattern);
    if (!isStrictVersion(base)) throw fieldError('version-file', `("${s.versionFile}") declares ${base}; base: manifest needs a plain MAJOR.MINOR.PATCH version there.`);
    return { base, baseSource: 'manifest', prefix: s.prefix, writeComponents: all };
  }
  if (s.baseInput !== 'next') return { base: s.baseInput.replace(/^v(?=\d)/, ''), baseSource: 'explicit', prefix: s.prefix, writeComponents: all };
  const { versioning, releaseTypes, pre1, includePaths } = s.scope;
  const nv = await computeNextVersion({
    cwd: s.cwd,
    tagPrefix: s.prefix,
    versionFile: s.versionFile,
    versionPattern: s.versionPattern,
    versioning,
    releaseTypes,
    pre1,
    includePaths,
    ...(s.rawComponents ? { components: s.rawComponents } : {}),
    prefixMismatch: 'warn',
    forPrerelease: true,
    ...(s.releaseAs ? { releaseAs: s.releaseAs } : {}),
  });
  for (const w of nv.warnings ?? []) notes.push(w);
  let base = nv.version;
  let prefix = s.prefix;
  let writeComponents = all.filter((c) => nv.changedComponents.includes(c.name));
  if (versioning === 'independent') {
    const releasing = nv.components.filter((c) => c.bump !== 'none');
    if (releasing.length !== 1) {
      throw new RelforgeError(
        `With versioning: independent a prerelease is cut for one component, but ${releasing.length} release (${releasing.map((c) => c.name).join(', ') || 'none'}). ` +
          'Give base: X.Y.Z and the component\'s own tag-prefix, or release the components one at a time.',
      );
    }
    const c = all.find((x) => x.name === releasing[0]!.name)!;
    prefix = componentTagPrefix(c, s.prefix);
    writeComponents = [c];
  }
  if (!nv.released || !isStrictVersion(base)) {
    // Nothing releasable since the last release: a beta of that same version would sort BELOW it.
    const from = isStrictVersion(nv.previousVersion) ? nv.previousVersion : base.replace(/-.*$/, '');
    base = applyBump(from, 'patch');
    notes.push(`No releasable commits since ${nv.previousTag ?? 'the start'}; the prerelease leads to the next patch, ${base}.`);
  }
  return { base, baseSource: 'next', prefix, next: nv, writeComponents };
}

/** Tags of this base (any prerelease channel, plus the stable tag), local and remote, by full ref. */
async function baseTags(git: Git, s: Settings, prefix: string, base: string, access: RemoteAccess | undefined, notes: string[]) {
  const patterns = [`refs/tags/${escapeGlob(`${prefix}${base}-`)}*`, `refs/tags/${escapeGlob(`${prefix}${base}`)}`];
  const local = await git.localTags(patterns);
  let remote = new Map<string, string>();
  if (access) remote = await lsRemote(git, access, patterns);
  else if ((await git.run(['remote', 'get-url', s.remote], { allowFailure: true })).code === 0) {
    try {
      remote = await lsRemote(git, await remoteAccess(git, s.remote, undefined, { needPush: false }), patterns);
    } catch (err) {
      notes.push(`Remote tags not checked (${(err as Error).message.split('\n')[0]}); numbering uses local tags only.`);
    }
  }
  return { patterns, local, remote };
}

/** Local and remote tags of this base as TagRefs (the remote's commit wins), the stable tag left out. */
function mergedTags(local: Map<string, string>, remote: Map<string, string>, stableRef: string): TagRef[] {
  const merged = new Map([...local, ...remote]);
  return [...merged].filter(([ref]) => ref !== stableRef).map(([ref, commit]) => ({ name: ref.slice('refs/tags/'.length), commit }));
}

/** The files `write` rewrites: the version file and the manifests of the components that change. */
function prereleaseTargets(s: Settings, r: ResolvedBase, version: string): WriteTarget[] {
  const targets: WriteTarget[] = [];
  if (s.versionFile && s.scope.versioning === 'unified') targets.push({ path: s.versionFile, versionPattern: s.versionPattern, version });
  for (const c of r.writeComponents) for (const m of c.manifests) targets.push({ path: m.path, versionPattern: m.versionPattern, version });
  return targets;
}

export async function cutPrerelease(opts: PrereleaseOptions): Promise<PrereleaseResult> {
  const s = await prereleaseSettings(opts);
  const git = new Git(s.cwd);
  await git.assertRepository();
  const head = await git.headCommit();
  if (!head) throw new RelforgeError(`${s.cwd}: the current branch has no commits yet; commit something before cutting a prerelease.`);
  await refuseReleasedHead(git, s.prefix);
  // Credentials are checked before anything is created.
  const access = s.doPush ? await remoteAccess(git, s.remote, opts.token, { needPush: true }) : undefined;
  const notes: string[] = [];
  const r = await resolveBase(s, notes);
  if (r.prefix !== s.prefix) await refuseReleasedHead(git, r.prefix);
  const { base, prefix } = r;
  const tags = await baseTags(git, s, prefix, base, access, notes);
  const stableRef = `refs/tags/${prefix}${base}`;
  if (tags.local.has(stableRef) || tags.remote.has(stableRef)) {
    throw fieldError(
      'base',
      `gives ${base}, but ${prefix}${base} is already released, so ${s.scheme === 'numeric' ? `${base}-N` : `${base}-${s.channel}.N`} would sort below it. Use base: next (the version after the last release) or an explicit higher base.`,
    );
  }
  const existing = mergedTags(tags.local, tags.remote, stableRef).map((t) => t.name).sort((a, b) => (a < b ? 1 : -1));
  // The files `write` would change are read and checked before anything is tagged.
  const targets = opts.write ? prereleaseTargets(s, r, s.scheme === 'numeric' ? `${base}-0` : `${base}-${s.channel}.0`) : [];
  if (targets.length) planManifestWrites(s.cwd, targets);
  const id = opts.dryRun ? undefined : await resolveIdentity(git, opts.identity);
  const result = await tagAndPush({ git, s, head, prefix, base, tags, stableRef, access, id, dryRun: !!opts.dryRun, force: !!opts.force, notes });
  const finalTargets = targets.map((t) => ({ ...t, version: result.version }));
  const files = !finalTargets.length ? [] : opts.dryRun ? plannedFiles(s.cwd, finalTargets) : writeManifests(s.cwd, finalTargets);
  return { ...result, base, baseSource: r.baseSource, channel: s.channel, notes, files, existing, ...(r.next ? { next: r.next } : {}) };
}

function plannedFiles(cwd: string, targets: WriteTarget[]): string[] {
  return plannedPaths(cwd, planManifestWrites(cwd, targets));
}

type TagOutcome = Pick<PrereleaseResult, 'version' | 'tag' | 'number' | 'prerelease' | 'reused' | 'pushed' | 'dryRun' | 'commit' | 'action'>;

/**
 * Plans the number, creates the annotated tag and pushes only it. A concurrent dispatch may push the same
 * auto-numbered tag between our listing and our push: then retry() re-reads the remote and takes the next
 * number, instead of failing or overwriting theirs.
 */
async function tagAndPush(x: {
  git: Git;
  s: Settings;
  head: string;
  prefix: string;
  base: string;
  tags: { patterns: string[]; local: Map<string, string>; remote: Map<string, string> };
  stableRef: string;
  access: RemoteAccess | undefined;
  id: Identity | undefined;
  dryRun: boolean;
  force: boolean;
  notes: string[];
}): Promise<TagOutcome> {
  const { git, s, head, tags } = x;
  return retry<TagOutcome>(
    async () => {
      let plan: PrereleasePlan;
      try {
        plan = planPrerelease({ prefix: x.prefix, base: x.base, channel: s.channel, number: s.number, first: s.firstNumber, scheme: s.scheme, head, tags: mergedTags(tags.local, tags.remote, x.stableRef), force: x.force });
      } catch (err) {
        if (err instanceof PrereleaseRefused) throw new RelforgeError(err.message);
        throw err;
      }
      const result: TagOutcome = { version: plan.version, tag: plan.tag, number: plan.number, prerelease: true, reused: plan.action === 'reuse', pushed: false, dryRun: x.dryRun, commit: head, action: plan.action };
      if (x.dryRun) return { done: result };
      const ref = `refs/tags/${plan.tag}`;
      const localCommit = tags.local.get(ref);
      const remoteCommit = tags.remote.get(ref);
      if (plan.action === 'reuse' && localCommit === undefined && x.access) {
        // Made by an earlier run and pushed: fetch it so later steps see it locally.
        await git.run(['fetch', '--no-tags', '--', s.remote, `+${ref}:${ref}`], { env: x.access.env });
      } else if (plan.action !== 'reuse' || localCommit !== head) {
        const args = ['tag', '--annotate', '--no-sign', '--message', s.scheme === 'numeric' ? `Prerelease ${plan.version} (${s.channel})` : `Prerelease ${plan.version}`];
        if (plan.action === 'move' || localCommit !== undefined) args.push('--force');
        await git.run([...args, '--', plan.tag, head], { env: identityEnv(x.id!) });
      }
      if (!x.access || remoteCommit === head) return { done: result };
      const spec = plan.action === 'move' || remoteCommit !== undefined ? `+${ref}:${ref}` : `${ref}:${ref}`;
      try {
        await push(git, x.access, [spec], { what: `tag ${plan.tag}` });
      } catch (err) {
        const now = s.number === 'auto' && plan.action === 'create' ? await lsRemote(git, x.access, tags.patterns) : undefined;
        const taken = now?.get(ref);
        // Any other failure keeps the local tag: a re-run on this commit reuses it and pushes again.
        if (taken === undefined || taken === head) throw err;
        await git.run(['tag', '--delete', plan.tag], { allowFailure: true });
        tags.local.delete(ref);
        tags.remote = now!;
        x.notes.push(`${plan.tag} was pushed by a concurrent run (commit ${taken.slice(0, 12)}) meanwhile; took the next number.`);
        return { retry: `${plan.tag} taken by a concurrent run`, delayMs: 0, exhausted: () => { throw err; } };
      }
      return { done: { ...result, pushed: true } };
    },
    { attempts: 3, baseDelayMs: 0 },
  );
}

/** What the run did to the tag, worded as the JSON says it (`action`, `dryRun`): "would reuse", "tagged"… */
export function prereleaseVerb(res: Pick<PrereleaseResult, 'action' | 'dryRun'>): string {
  const [would, did] = res.action === 'reuse' ? ['reuse', 'reused'] : res.action === 'move' ? ['move', 'moved'] : ['tag', 'tagged'];
  return res.dryRun ? `would ${would}` : did!;
}

/** Markdown for the step summary: the tag, its base and why. */
export function renderPrereleaseSummary(res: PrereleaseResult): string {
  const rows = [
    ['version', `\`${res.version}\``],
    ['commit', `\`${res.commit}\``],
    ['leads to', `${res.base} (${res.baseSource})`],
    ['number', `${res.number}${res.existing.length ? ` (existing: ${res.existing.slice(0, 5).join(', ')})` : ''}`],
    ['reused', String(res.reused)],
    ['pushed', String(res.pushed)],
  ];
  if (res.next) {
    rows.push(['base tag', res.next.previousTag ?? '(none)'], ['why', res.next.reason]);
    if (res.next.ignoredPrereleaseTags.length) rows.push(['ignored prerelease tags', res.next.ignoredPrereleaseTags.slice(0, 10).join(', ')]);
  }
  if (res.files.length) rows.push(['rewritten (not committed)', res.files.map((f) => `\`${f}\``).join(', ')]);
  const table = rows.map(([k, v]) => `| ${k} | ${v!.replace(/\|/g, '\\|')} |`).join('\n');
  return `## Prerelease ${res.tag}${res.dryRun ? ' (dry run)' : ''}\n\n| | |\n|---|---|\n${table}\n${res.notes.length ? `\n${res.notes.map((n) => `- ${n}`).join('\n')}\n` : ''}`;
}
