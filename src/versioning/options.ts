/**
 * Option schemas of the versioning operations (src/platform/options.ts): each option is declared here
 * once and shared by every operation that takes it (same name, same flag, same text), so next-version,
 * prerelease, changelog, release-commit and plan speak one vocabulary. actions/<name>/action.yml, the CLI
 * flags and usage, and the docs tables follow from these schemas.
 */
import { choiceOption, defineSchema, flag, stringDefault, stringOption, type OptionSpec, type Values } from '../platform/options.js';
import { VOCABULARY, variant } from '../platform/vocabulary.js';
import { knownFormatsText } from './core/manifests/index.js';
import { prefixOption } from './core/version.js';
import type { ChangelogOptions } from './changelog.js';
import type { NextVersionOptions } from './next-version.js';
import type { PlanOptions } from './plan.js';
import type { PrereleaseOptions } from './prerelease.js';
import type { ReleaseCommitOptions } from './release-commit.js';

// --- options shared across the versioning operations ---

const path = stringDefault('.', 'Repository directory (check it out with fetch-depth 0 so tags and history are present).', 'DIR');

const tagPrefix = VOCABULARY['tag-prefix'];

const versionFile = stringOption(
  `${knownFormatsText()}, or any file with "version-pattern". Its version is the base when no release tag exists; rewritten when "write" is true.`,
  'FILE',
);

const versionPattern = stringOption(
  'Regular expression (multi-line) with a capture group around the version (named "version" or the first group), for a version-file of another format.',
  'REGEX',
);

const pre1 = choiceOption('minor', ['minor', 'major'], 'While the base major is 0, a breaking change bumps the minor version ("minor") or goes to 1.0.0 ("major").');

const releaseTypes = {
  type: 'list',
  default: 'feat,fix,perf',
  description: 'Commit types that release (comma or newline separated). feat bumps minor, the others patch; breaking changes always release. The release notes list exactly the commits that release.',
  cli: { metavar: 'TYPES' },
} as const satisfies OptionSpec;

const includePaths = {
  type: 'list',
  separator: 'lines',
  description: 'One package of many with unified versioning: only commits touching these paths count (one glob per line, e.g. packages/create-vite/**).',
  cli: { metavar: 'GLOB', aliases: ['include-path'] },
} as const satisfies OptionSpec;

const components = {
  type: 'string',
  description: 'Monorepo components as YAML: name: {paths: [globs], manifests: [files], tag-prefix: …} per component (tag-prefix: independent versioning; default "<name>-<tag-prefix>").',
  cli: { metavar: 'YAML', fileFlag: true },
} as const satisfies OptionSpec;

const versioning = choiceOption(
  'unified',
  ['unified', 'independent'],
  '"unified" (one version; only changed components\' manifests are rewritten) or "independent" (each component has its own tags, base and bump).',
);

const json = VOCABULARY.json;

const remote = VOCABULARY.remote;

const token = variant('token', 'git pushes with it; empty means the credentials actions/checkout persisted, so no job-token default', {
  actionDefault: undefined,
  description:
    'Token for pushing to an HTTPS remote (contents: write; e.g. secrets.RELEASE_TOKEN || github.token). Passed to git through the environment, never on the command line. Not needed when actions/checkout persisted credentials.',
});

const authorName = { type: 'string', description: 'Commit author / tagger name. Default is git config user.name, else github-actions[bot].' } as const satisfies OptionSpec;
const authorEmail = {
  type: 'string',
  description: 'Commit author / tagger email. Default is git config user.email, else the github-actions[bot] noreply address.',
} as const satisfies OptionSpec;

/** What decides a version: release tags, the version file, which commits release, paths and components. */
const scope = {
  'tag-prefix': tagPrefix,
  'version-file': versionFile,
  'version-pattern': versionPattern,
  'pre-1-0': pre1,
  'release-types': releaseTypes,
  'include-paths': includePaths,
  components,
  versioning,
} as const;

/** Who tags or commits, and the credentials of the push (prerelease and release-commit). */
const writer = { token, 'author-name': authorName, 'author-email': authorEmail } as const;

/** The last options of every versioning command: where the repository is, a dry run that says what it skips, --json. */
const local = (dryRunWhat: string) => ({ path, 'dry-run': variant('dry-run', 'says what this step skips', { description: dryRunWhat }), json }) as const;

const channel = stringDefault('beta', 'Prerelease identifier (letters, digits, "-"), e.g. beta, rc, nightly.', 'ID');

const base = stringDefault(
  'next',
  'Version the prerelease leads to. "next" = what next-version computes from the commits since the last stable tag (next patch when nothing is releasable); "manifest" = the version in version-file; or an explicit X.Y.Z.',
  'next|manifest|X.Y.Z',
);

const number = stringDefault(
  'auto',
  '"auto" = 1 + the highest existing <base>-<channel>.N (local and remote tags; the first one is "first-number"), or an explicit integer 0 or more (e.g. the run number of the workflow; note Gitea run numbers are repository-wide and act always gives 1).',
  'auto|N',
);

const firstNumber = choiceOption(
  '1',
  ['1', '0'],
  'The N of the first prerelease of a version with number "auto": 1 (beta.1) or 0 (rc.0, as nuxt and angular-cli tag). Later ones continue from the highest existing N (rc.0 → rc.1).',
);

const releaseAs = stringOption(
  'Force the next version: X.Y.Z (a leading "v" is dropped), above the base, instead of what the commits give. Wins over "Release-As: X.Y.Z" commit footers, which force it too (the highest footer since the base). Unified versioning only. Empty: the commits (and footers) decide.',
  'X.Y.Z',
);

const channels = {
  type: 'list',
  description:
    'The prerelease channels allowed (comma or newline separated, e.g. alpha,beta,rc); any other channel is refused with this list. Empty: any prerelease identifier except "stable" and names one edit away from it (stabel, sable, stable1: refused with "did you mean").',
  cli: { metavar: 'IDS' },
} as const satisfies OptionSpec;

const prereleaseScheme = choiceOption(
  'channel',
  ['channel', 'numeric'],
  '"channel": X.Y.Z-<channel>.N (e.g. 1.2.0-beta.3). "numeric": X.Y.Z-N (e.g. 1.2.0-3), what WiX/MSI accepts; all channels of a version share one counter (beta 1, 2, then rc 3), the channel only labels the tag. SemVer sorts 1.2.0-3 below 1.2.0 and below 1.2.0-beta.1.',
);

const config = stringOption(
  'Your own cliff.toml (path in the repository): git-cliff then parses the same commit range with its rules. Default: relforge renders exactly the commits that release.',
  'FILE',
);

const nextOutputs = {
  version: 'The next version (the current one when nothing releases). Independent versioning with several releasing components leaves it empty; read "components".',
  tag: 'The release tag for "version" (e.g. v1.4.0).',
  'previous-version': 'The base version (from the highest reachable release tag, else the version-file, else 0.0.0).',
  'previous-tag': 'The base release tag (empty when there is none).',
  bump: 'major, minor, patch or none.',
  released: '"true" when bump is not none.',
  commits: 'Number of commits considered (since the base).',
  'changed-components': 'JSON list of the components whose paths changed since their base.',
  components: 'JSON list, one object per component: name, previous, version, bump, tag.',
  files: 'JSON list of the files written (relative to "path"), lock files included (e.g. ["Cargo.lock","Cargo.toml"]); pass it to release-commit\'s "files".',
} as const;

// --- schemas ---

export const nextVersionSchema = defineSchema({
  name: 'next-version',
  summary: 'next version from Conventional Commits since the last strict release tag',
  description: 'The next version from Conventional Commits since the highest strict release tag reachable from HEAD (prerelease tags are never a base), with the decision explained in the step summary. Optionally rewrites manifests (Cargo.toml + Cargo.lock, package.json + package-lock.json, pyproject.toml, any file with a regex).',
  options: {
    path,
    ...scope,
    'release-as': releaseAs,
    write: variant('write', 'says how', { description: 'Rewrite the manifests of changed components (or the version-file) and their lock files to the new version, all-or-nothing, preserving formatting.' }),
    json,
  },
  outputs: nextOutputs,
});

/** The scope options every versioning operation shares, from their values. */
function scopeOptions(v: {
  'tag-prefix': string;
  'include-paths': string[];
  components: string | undefined;
  versioning: 'unified' | 'independent';
  'release-types': string[];
  'pre-1-0'?: 'minor' | 'major';
}) {
  return {
    tagPrefix: prefixOption(v['tag-prefix']),
    includePaths: v['include-paths'],
    components: v.components,
    versioning: v.versioning,
    releaseTypes: v['release-types'],
    ...(v['pre-1-0'] ? { pre1: v['pre-1-0'] } : {}),
  };
}

/** next-version's library options from its option values (the action and the CLI both call this). */
export function nextVersionOptions(v: Values<typeof nextVersionSchema.options>): NextVersionOptions {
  return { cwd: v.path, ...scopeOptions(v), versionFile: v['version-file'], versionPattern: v['version-pattern'], write: v.write, releaseAs: v['release-as'] };
}

export const prereleaseSchema = defineSchema({
  name: 'prerelease',
  summary: 'tag HEAD as the next <version>-<channel>.N prerelease (tag only, no commit)',
  description: 'Tag-only prerelease from the current commit: annotated tag v<base>-<channel>.<N> on HEAD, push only that tag. No commit, no changelog (with "write", manifests change in the work tree only, for the build). N = 1 + the highest existing N; re-runs on the same commit reuse the tag. Refused on a commit that already is a release, and when it would sort below an existing prerelease of the same version.',
  options: {
    channel,
    base,
    'version-file': versionFile,
    'version-pattern': versionPattern,
    'tag-prefix': tagPrefix,
    number,
    'first-number': firstNumber,
    'prerelease-scheme': prereleaseScheme,
    channels,
    'release-as': { ...releaseAs, description: 'With base "next": force the version the prerelease leads to (X.Y.Z above the last release), as next-version\'s release-as does; "Release-As:" footers are honoured either way.' },
    force: variant('force', 'what is overwritten: a tag', { description: 'With an explicit number that already exists on another commit, move the tag to HEAD (force-push the tag).' }),
    push: variant('push', 'what is pushed', { description: 'Push the tag (only that tag) to the remote.' }),
    remote,
    ...writer,
    'pre-1-0': pre1,
    'release-types': releaseTypes,
    'include-paths': includePaths,
    components,
    versioning,
    write: variant('write', 'the prerelease version, never committed', { description: 'Rewrite the version-file / changed components\' manifests (and lock files) in the work tree to the prerelease version, so the build reports it (e.g. 0.4.0-beta.1). Never committed, never pushed.' }),
    ...local('Compute the tag without creating or pushing it (and without writing files).'),
  },
  outputs: {
    version: 'The prerelease version, e.g. 0.4.0-beta.3.',
    tag: 'The tag, e.g. v0.4.0-beta.3.',
    number: 'N.',
    prerelease: 'Always "true".',
    reused: '"true" when HEAD already carried a tag for this base and channel (a re-run).',
    commit: 'The tagged commit.',
    base: 'The base version (X.Y.Z).',
    files: 'With "write": JSON list of the files rewritten to the prerelease version (relative to "path"); else [].',
  },
});

export function prereleaseOptions(v: Values<typeof prereleaseSchema.options>): PrereleaseOptions {
  const { tagPrefix: prefix, ...scope } = scopeOptions(v);
  return {
    cwd: v.path,
    channel: v.channel,
    base: v.base,
    versionFile: v['version-file'],
    versionPattern: v['version-pattern'],
    tagPrefix: prefix,
    number: v.number,
    firstNumber: v['first-number'],
    scheme: v['prerelease-scheme'],
    channels: v.channels,
    releaseAs: v['release-as'],
    force: v.force,
    push: v.push,
    remote: v.remote,
    token: v.token,
    dryRun: v['dry-run'],
    write: v.write,
    identity: { name: v['author-name'], email: v['author-email'] },
    nextVersion: scope,
  };
}

export const changelogSchema = defineSchema({
  name: 'changelog',
  summary: "this release's notes and CHANGELOG.md section (the commits that release, in git-cliff's format)",
  description: 'Release notes and CHANGELOG.md from Conventional Commits in the git-cliff format (the bundled template rendered by relforge itself, byte-identical to git-cliff; your own cliff.toml by git-cliff, shipped for Linux x64, nothing downloaded at run time). Lists exactly the commits that count toward the release (the same classification as next-version), since the last strict release tag, so beta tags never split or duplicate entries.',
  options: {
    version: variant('version', 'required here; a prerelease version changes the range', {
      required: true,
      description: 'The version being released, without prefix (e.g. 0.4.0; a leading "v" is dropped). Usually next-version\'s "version" output. A prerelease version (0.4.0-beta.1) gives the changes since the last stable release, headed as a prerelease.',
    }),
    'tag-prefix': tagPrefix,
    'release-types': releaseTypes,
    'include-paths': includePaths,
    components,
    versioning,
    'pre-1-0': {
      ...pre1,
      description: 'Accepted for workflows that pass next-version\'s 0.x rule along; the notes do not depend on it (breaking changes are listed either way).',
    },
    component: { type: 'string', description: 'With components: the component whose notes these are (its paths, and its tags under independent versioning).', cli: { metavar: 'NAME' } },
    config,
    output: {
      type: 'string',
      description: 'File to prepend the new section to (e.g. CHANGELOG.md); created with a header when missing, a section for the same version is replaced. Not written for a prerelease version.',
      cli: { metavar: 'FILE' },
    },
    'notes-file': {
      type: 'string',
      description: 'Also write this release\'s notes (the "notes" output) to this file, for a release body by file (publish-release "body-file"): notes of thousands of commits do not fit into an environment variable or argument. It must be inside the workspace or RUNNER_TEMP, not reached through a symbolic link out of them.',
      cli: { metavar: 'FILE' },
    },
    'remote-url': { type: 'string', description: 'Repository web URL for commit links. Default is the server URL + repository of the run, else the "origin" remote.', cli: { metavar: 'URL' } },
    'git-cliff-path': {
      type: 'string',
      env: ['RELFORGE_GIT_CLIFF'],
      description: 'Path of a git-cliff binary to use instead of the bundled one (needed on runners other than Linux x64 unless git-cliff is on PATH).',
      cli: { metavar: 'FILE' },
    },
    ...local('Compute the notes but do not write "output".'),
  },
  outputs: {
    notes: 'Markdown of this release only (no version heading); usable as a release body.',
    path: 'Absolute path of the changelog file written (empty without "output").',
    tag: 'The release tag the section is for (e.g. v0.4.0).',
    version: 'The version the section is for.',
    'previous-tag': 'The base: the last strict release tag reachable from HEAD (empty when there is none).',
    'notes-file': 'Absolute path of the notes file written (empty without "notes-file").',
  },
});

export function changelogOptions(v: Values<typeof changelogSchema.options>, remoteUrl?: string): ChangelogOptions {
  return {
    cwd: v.path,
    version: v.version.replace(/^v(?=\d)/, ''),
    ...scopeOptions(v),
    component: v.component,
    config: v.config,
    output: v.output,
    remoteUrl: v['remote-url'] ?? remoteUrl,
    gitCliffPath: v['git-cliff-path'],
    dryRun: v['dry-run'],
  };
}

export const releaseCommitSchema = defineSchema({
  name: 'release-commit',
  summary: 'commit the release files, tag and push atomically (stable releases)',
  description: 'Stable releases: commit the release files (manifests, lock files, CHANGELOG.md) as "chore(release): v<version>", create an annotated tag, and push branch and tag (and, with "major-tag", the moved v<major>) in one atomic push that is refused if the branch moved since checkout.',
  options: {
    version: variant('version', 'required here', { required: true }),
    files: variant('files', 'required; relative to the repository; takes next-version\'s JSON list', {
      required: true,
      description:
        'Files to commit, one path or glob per line (relative to the repository), or a JSON list such as next-version\'s "files" output (Cargo.lock included). The work tree may not have other changes.',
      cli: { metavar: 'FILE', aliases: ['file'] },
    }),
    message: { type: 'string', default: 'chore(release): {tag}', description: 'Commit (and tag) message; {version} and {tag} are replaced.', cli: { metavar: 'TEXT' } },
    'tag-prefix': tagPrefix,
    'major-tag': flag('Also move "<prefix><major>" (e.g. v1) to the release commit, in the same atomic push (force-with-lease). Never moved backwards: skipped when a higher release of that major exists.'),
    remote: variant('remote', 'release-commit reads no tags from it', { description: 'Git remote to push to.' }),
    ...writer,
    push: variant('push', 'what is pushed', { description: 'Push branch and tag (atomically). With false, commit and tag locally only.' }),
    ...local('Check everything (branch, clean tree, credentials, remote state) without committing or pushing.'),
  },
  outputs: {
    commit: 'The release commit (empty on a dry run).',
    tag: 'The release tag, e.g. v0.4.0.',
    version: 'The version.',
    branch: 'The branch pushed.',
    pushed: '"true" when this run pushed.',
    reused: '"true" when an earlier run had already pushed this exact release (re-run).',
    'major-tag': 'The major tag moved with the release (e.g. v1); empty when none was moved.',
  },
});

/** Items of a list option that are JSON lists (next-version's "files" output) are expanded. */
export function expandJsonLists(items: string[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    if (!item.startsWith('[')) {
      out.push(item);
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(item);
    } catch {
      out.push(item);
      continue;
    }
    if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string')) out.push(...parsed);
    else out.push(item);
  }
  return out;
}

export function releaseCommitOptions(v: Values<typeof releaseCommitSchema.options>): ReleaseCommitOptions {
  return {
    cwd: v.path,
    version: v.version,
    files: expandJsonLists(v.files),
    message: v.message,
    tagPrefix: prefixOption(v['tag-prefix']),
    majorTag: v['major-tag'],
    remote: v.remote,
    token: v.token,
    identity: { name: v['author-name'], email: v['author-email'] },
    push: v.push,
    dryRun: v['dry-run'],
  };
}

export const planSchema = defineSchema({
  name: 'plan',
  summary: 'what a release dispatch would do (version, tag, files, notes and why), without writing anything',
  options: {
    channel: { ...channel, default: 'stable', description: '"stable", or a prerelease channel (beta, rc…) for the tag a prerelease would create.' },
    path,
    ...scope,
    'release-as': releaseAs,
    base,
    number,
    'first-number': firstNumber,
    'prerelease-scheme': prereleaseScheme,
    channels,
    remote,
    config,
    'changelog-file': { type: 'string', default: 'CHANGELOG.md', description: 'The changelog file a stable release prepends to (named in the steps).', cli: { metavar: 'FILE' } },
    json,
  },
});

export function planOptions(v: Values<typeof planSchema.options>): PlanOptions {
  return {
    cwd: v.path,
    channel: v.channel,
    ...scopeOptions(v),
    versionFile: v['version-file'],
    versionPattern: v['version-pattern'],
    base: v.base,
    number: v.number,
    firstNumber: v['first-number'],
    scheme: v['prerelease-scheme'],
    channels: v.channels,
    releaseAs: v['release-as'],
    remote: v.remote,
    config: v.config,
    changelogFile: v['changelog-file'],
  };
}
