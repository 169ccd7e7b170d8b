/**
 * Option schema of publish-release (the action) and `relforge publish` (the CLI), src/platform/options.ts:
 * every option is declared here once; actions/publish-release/action.yml, the CLI flags and usage, and
 * the docs tables follow from it. `publishReleaseSettings` maps the values to the library's settings for
 * both front ends, so they cannot disagree.
 */
import { Problems } from '../platform/errors.js';
import { booleanWord, defineSchema, flag, type Values } from '../platform/options.js';
import { VOCABULARY, variant } from '../platform/vocabulary.js';
import type { PublishReleaseSettings } from './publish-release.js';

export const publishReleaseSchema = defineSchema({
  name: 'publish-release',
  command: 'publish',
  summary: 'draft → upload → verify → publish a release on GitHub, Gitea or Forgejo',
  description: 'Publish a release atomically on GitHub, GHES, Gitea or Forgejo: find or create a draft, upload every file (streamed, with SHA256SUMS), verify the assets against the local files, then publish. Safe to re-run after any failure: it converges to the same release with no duplicate assets.',
  options: {
    mode: {
      type: 'string',
      default: 'all',
      choices: ['all', 'stage', 'publish'],
      description:
        'all (default): draft → upload → verify → publish in one step. stage: create or adopt the draft for "tag" (the tag need not exist yet) targeting "commit", upload and verify every file by content, leave it a draft. ' +
        'publish: the tag must exist on the remote and point at "commit"; the draft is verified again (against "files" when given, else against its own SHA256SUMS and signatures) and published. ' +
        'In stage and publish, a release already published for the tag is judged by content: complete ⇒ nothing to do; incomplete ⇒ completed by adding only (see replace-published-assets) or refused with the reason.',
    },
    commit: variant('commit', 'what each mode does with it', {
      description: 'Full commit SHA (40 hex) the release is of: the draft targets it (stage) and the tag must point at it (publish, inspect). Required for mode stage and publish; in mode all it replaces target-commitish.',
    }),
    'public-key': variant('public-key', 'the release is judged against it; read from the input only', {
      description: 'minisign public key the release is signed with (the key text, its RW… line, or the path of a .pub file). When given, every file in SHA256SUMS and SHA256SUMS itself must have a <file>.minisig on the release that verifies against this key (inspect, stage, publish).',
      env: [],
    }),
    tag: variant('tag', 'required; when the forge creates it', {
      required: true,
      description: 'Tag of the release (e.g. v1.2.3). The forge creates the tag at publish time from "target-commitish" when it does not exist yet.',
    }),
    name: { type: 'string', description: 'Release title. Default is the tag.', cli: { metavar: 'TITLE' } },
    body: { type: 'string', description: 'Release notes (markdown). Give "body" or "body-file", not both.', cli: { metavar: 'TEXT' } },
    'body-file': {
      type: 'string',
      description: 'File with the release notes (e.g. the changelog action\'s output written to a file); notes of any size travel this way, never through the environment. Notes over the forge\'s limit (GitHub 125,000 characters, Gitea/Forgejo 65,535 bytes) are cut at a heading or list item, end with a line saying so, and the full notes are attached as RELEASE-NOTES.md.',
      cli: { metavar: 'FILE' },
    },
    prerelease: {
      type: 'string',
      default: 'auto',
      description: 'auto (default): a prerelease when the tag\'s version has a prerelease part (v1.2.0-beta.1); or true / false.',
      cli: { metavar: 'auto|true|false' },
    },
    draft: flag('Leave the release as a draft after uploading and verifying (do not publish).'),
    'make-latest': {
      type: 'string',
      default: 'true',
      choices: ['true', 'false', 'legacy'],
      description: 'GitHub only, stable releases only: true (default), false or legacy. Prereleases are never marked latest.',
    },
    files: variant('files', 'files to attach; "!pattern" excludes', {
      description: 'Files to attach, one glob per line (relative to the workspace; "!pattern" excludes). Zero matches or an unreadable file fails before any API call.',
    }),
    checksums: variant('checksums', 'an asset of the release', { description: 'Add a SHA256SUMS asset listing every file (sha256sum -c format).' }),
    'target-commitish': {
      type: 'string',
      description: 'Commit SHA or branch the tag is created from at publish time. Default is the commit of this run (GITHUB_SHA).',
      cli: { metavar: 'SHA' },
    },
    token: variant('token', 'the permissions this step needs', {
      description: 'Token with write access to releases: GitHub "permissions: contents: write"; Gitea/Forgejo job token with "contents: write" (or a PAT with write:repository). It is sent only to the API origin (and GitHub\'s uploads host), never to a URL an answer names.',
    }),
    forge: VOCABULARY.forge,
    'api-url': VOCABULARY['api-url'],
    repository: VOCABULARY.repository,
    overwrite: {
      type: 'string',
      default: 'replace',
      choices: ['replace', 'skip', 'fail'],
      description: 'What to do with an asset of the same name already on the release: replace (default; identical size + SHA-256 is kept as is), skip (keep it), fail. On a published release, replacing also needs "replace-published-assets".',
    },
    'replace-published-assets': flag('Allow replacing assets of an already published release whose content differs (default false: such a run fails with the list of differences and changes nothing; missing assets are always added). The new file is uploaded before the old one is removed, so the release never lacks the asset.'),
    'dry-run': variant('dry-run', 'says what this step skips', { description: 'Report what would be created, uploaded, replaced and published; change nothing.' }),
    inspect: flag('Only judge the release and report it (outputs state, complete and problems): no local file is read, nothing is changed. A published release is complete only by content: every file SHA256SUMS lists is there with those bytes, ' +
        'SHA256SUMS and each file have a .minisig that verifies against "public-key" (when given; without it, signatures are only required when SHA256SUMS is signed), the tag points at the release\'s commit ("commit", else the release\'s target) and the prerelease flag is right.'),
    json: variant('json', 'log lines move to stderr', { description: 'Print the whole result as JSON (log lines go to stderr).' }),
  },
  outputs: {
    'release-id': 'Numeric id of the release on the forge.',
    url: 'Web URL of the release.',
    assets: 'JSON array of the release assets: [{"name","size","sha256","url"}] (url = browser download URL).',
    created: 'true when this run created the release, false when it existed (re-run or adopted draft).',
    state: 'The release as found before this run changed anything: none, draft or published (empty for a dry run without a token).',
    complete: 'true when the release is published and complete at the end of this run (with inspect: judged complete by content, see inspect); else false.',
    draft: 'true when the release is a draft at the end of this run (mode stage), else false.',
    problems: 'JSON array of what makes the release incomplete, each with the reason (inspect; empty when complete).',
    'notes-cut': 'true when the notes were over the forge\'s limit and were cut (the full notes are the RELEASE-NOTES.md asset).',
  },
});

export type PublishReleaseValues = Values<typeof publishReleaseSchema.options>;

/** `prerelease`: auto, or a boolean word (true/false, yes/no, 1/0, on/off; any case). */
export function prereleaseValue(raw: string, problems: Problems): boolean | 'auto' {
  const v = raw.trim().toLowerCase();
  if (v === '' || v === 'auto') return 'auto';
  const word = booleanWord(v);
  if (word !== undefined) return word;
  problems.add('prerelease', `must be auto, true or false, got "${raw.trim()}".`);
  return 'auto';
}

/**
 * publishRelease's settings from the option values (the action and the CLI both call this). `env` gives
 * the run's defaults: GITHUB_SHA (target-commitish) and GITHUB_WORKSPACE (where the globs are resolved).
 */
export function publishReleaseSettings(
  v: PublishReleaseValues,
  ctx: { env: Record<string, string | undefined>; cwd?: string; log?: (line: string) => void },
): PublishReleaseSettings {
  const problems = new Problems();
  const prerelease = prereleaseValue(v.prerelease, problems);
  const commit = (v.commit ?? '').trim().toLowerCase();
  if (commit && !/^[0-9a-f]{40}$/.test(commit)) problems.add('commit', `must be a full commit SHA (40 hex digits), got "${v.commit}".`);
  if (!commit && (v.mode === 'stage' || v.mode === 'publish')) problems.add('commit', `is required with {{mode}} ${v.mode}: give the full SHA of the release commit (the one the tag will point at).`);
  problems.throwIfAny();
  return {
    tag: v.tag,
    name: v.name || undefined,
    body: v.body || undefined,
    bodyFile: v['body-file'] || undefined,
    prerelease,
    draft: v.draft,
    makeLatest: v['make-latest'],
    files: v.files,
    checksums: v.checksums,
    mode: v.mode,
    commit: commit || undefined,
    publicKey: v['public-key'] || undefined,
    targetCommitish: commit || v['target-commitish'] || ctx.env.GITHUB_SHA || undefined,
    overwrite: v.overwrite,
    replacePublishedAssets: v['replace-published-assets'],
    dryRun: v['dry-run'],
    inspect: v.inspect,
    cwd: ctx.cwd ?? (ctx.env.GITHUB_WORKSPACE || process.cwd()),
    forge: { forge: v.forge, apiUrl: v['api-url'], token: v.token ?? '', repository: v.repository, env: ctx.env },
    log: ctx.log,
  };
}
