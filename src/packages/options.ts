/**
 * Option schemas of the package operations (src/platform/options.ts): upload-packages (action + CLI) and
 * verify-package (CLI only). Each option is declared here once; actions/upload-packages/action.yml, the CLI
 * flags and usage, and the docs tables follow from it.
 *
 * Where the action and the CLI used to disagree:
 * - `target`: the action defaulted to `release`, the CLI to `http`. Now one rule for both: `http` when
 *   `upload-url` is set (the only target that uses it), else `release`.
 * - `read-back`: both refuse a value other than auto / download (the CLI used to turn it into auto).
 * - secrets: `private-key`, `password` and `package-token` are read from `--<name>-file` / `--<name>-env` or the
 *   team's variables MINISIGN_PRIVATE_KEY, MINISIGN_PASSWORD, PACKAGE_TOKEN (the old RELFORGE_KEY_PASSWORD and
 *   RELFORGE_PACKAGE_TOKEN still work as later fallbacks). `--private-key-file` keeps working.
 * - verify-package: `--public-key` and `--signature` like the action inputs (`--pubkey` / `--sig` stay as hidden
 *   aliases); `--product` is required (a manifest of another product signed by the same key is refused).
 */
import { defineSchema, flag, requiredString } from '../platform/options.js';
import { VOCABULARY, variant } from '../platform/vocabulary.js';
import { FORGE_REGISTRY, PACKAGE_TARGETS } from '../platform/forges.js';

/** The forges a target publishes to (forge registry: packageTargets). */
const forgesOf = (target: string) => FORGE_REGISTRY.filter((f) => (f.packageTargets as readonly string[]).includes(target)).map((f) => f.product);

export const uploadPackagesSchema = defineSchema({
  name: 'upload-packages',
  summary: 'verify, sign a manifest for and upload per-platform packages (manifest last)',
  description: "Signed per-platform packages for update servers: verifies every package's minisign signature against a pinned key, writes and signs one manifest (relforge.packages/v1, optional Tauri latest.json), uploads the packages to a forge release, the Gitea/Forgejo generic package registry or an HTTP update server, reads every file back, and uploads the manifest last. Matrix-friendly: stage fragments per job, merge once.",
  options: {
    packages: {
      type: 'string',
      only: 'action',
      description:
        'The package files: glob patterns (one per line; the platform is inferred from names such as agent-linux-amd64 or agent_windows_x86_64.exe; *.minisig files are skipped), or a YAML map "platform: file" (e.g. "linux-x86_64: dist/agent"). Each file needs its signature beside it (<file>.minisig). Leave empty when "fragments" is set.',
    },
    'package-files': {
      type: 'list',
      separator: 'lines',
      only: 'cli',
      description: 'Glob patterns of the package files (repeatable; the platform is inferred from each name; *.minisig files are skipped).',
      cli: { flag: 'packages', metavar: 'GLOB' },
    },
    map: {
      type: 'string',
      only: 'cli',
      description: 'A YAML map "platform: file" instead of globs (e.g. "linux-x86_64: dist/agent"; a value may be {file, authenticode-subject}).',
      cli: { metavar: 'YAML', fileFlag: true },
    },
    fragments: {
      type: 'list',
      separator: 'lines',
      description: 'Merge job of a matrix — glob of the fragment files staged by the build jobs (e.g. "artifacts/**/fragment-*.json"). Refuses duplicate platforms and fragments that disagree.',
      cli: { metavar: 'GLOB' },
    },
    stage: flag('Build-job mode — verify this job\'s packages and write a fragment into out-dir (upload out-dir with actions/upload-artifact); nothing is published.'),
    product: VOCABULARY.product,
    version: variant('version', 'required; SemVer', { required: true, description: 'Version being published (SemVer; a leading v is dropped), e.g. next-version\'s "version" output.' }),
    channel: {
      type: 'string',
      description: 'Update channel written into the manifest and its signed trusted comment. Default the version\'s prerelease id (1.4.0-beta.2 → beta), else "stable". "stable" with a prerelease version is refused.',
      cli: { metavar: 'CHANNEL' },
    },
    commit: variant('commit', 'defaults to the run\'s commit; its time is the manifest\'s "created"', {
      description: 'Commit the packages were built from. Default GITHUB_SHA. Its commit time (or SOURCE_DATE_EPOCH) is the manifest\'s "created", so a re-run writes identical bytes.',
      env: ['GITHUB_SHA'],
    }),
    'require-platforms': {
      type: 'list',
      description: 'Platforms that must all be present (one per line or comma-separated, e.g. "linux-x86_64, windows-x86_64, darwin-aarch64"); aliases like linux-amd64 are accepted.',
      cli: { metavar: 'PLATFORMS' },
    },
    'public-key': variant('public-key', 'required; what must match it', {
      required: true,
      description: 'Pinned minisign public key (the .pub text or its RW… line). Every package signature and the manifest signing key must match it.',
    }),
    'private-key': variant('private-key', 'what it signs; not needed to stage', {
      description: 'minisign secret key (or base64 of it, Tauri style) that signs the manifest; must belong to public-key. Not needed with stage true.',
    }),
    password: VOCABULARY.password,
    'authenticode-root': {
      type: 'string',
      description:
        'PEM bundle of trusted roots for Windows packages (.exe/.msi/.dll/.sys). When set, each must carry a valid, timestamped Authenticode signature chaining to them, and the verified signer subject is recorded in the manifest.',
      cli: { pathOrValue: true, metavar: 'PEM' },
    },
    'authenticode-tsa-root': { type: 'string', description: 'PEM bundle of trusted timestamping roots (default authenticode-root).', cli: { pathOrValue: true, metavar: 'PEM' } },
    'authenticode-subject': {
      type: 'string',
      description: 'Signer subject pin for Windows packages, e.g. "CN=Contoso Ltd, O=Contoso Ltd" (every attribute must match).',
      cli: { metavar: 'SUBJECT' },
    },
    'authenticode-eku': {
      type: 'list',
      separator: 'lines',
      description: 'EKU OIDs the signer certificate must carry besides code signing (one per line; e.g. the Trusted Signing identity EKU).',
      cli: { metavar: 'OID' },
    },
    'windows-signing-required': flag(
      'Fail closed when a Windows file (.exe/.dll/.msi/.msix/.sys, or a PE/MSI by content whatever its name) has no valid, timestamped Authenticode signature chaining to authenticode-root (default Microsoft Identity Verification Root CA 2020, the Trusted Signing root). Without it, Windows files are checked only when authenticode-root is set.',
    ),
    target: {
      type: 'string',
      choices: PACKAGE_TARGETS,
      description:
        `Where to publish — "release" (assets of the forge release for the tag), "gitea-generic" (${forgesOf('gitea-generic').join('/')} generic package registry) or "http" (PUT to upload-url). Default "http" when upload-url is set, else "release".`,
    },
    'upload-url': {
      type: 'string',
      description:
        'target http — PUT URL template, e.g. https://updates.example.com/api/v1/packages/{product}/{version}/{platform}/{file}. Placeholders {product} {version} {channel} {platform} {os} {arch} {file}; must contain {version} and {file}. The manifest goes to the same template without the per-platform segment. No user:password@ (use package-token).',
      cli: { metavar: 'TEMPLATE' },
    },
    'package-token': variant('package-token', 'per target', {
      description: 'target gitea-generic — a token with write:package (the job token cannot write packages); target http — the bearer token of the update server.',
    }),
    'package-owner': { type: 'string', description: 'target gitea-generic — owner of the package (default the repository owner).', cli: { metavar: 'OWNER' } },
    'read-back': {
      type: 'string',
      default: 'auto',
      choices: ['auto', 'download'],
      description: 'target http — how uploads are verified, "auto" (the server\'s digest header, else re-download) or "download" (always re-download and hash).',
    },
    token: variant('token', 'target release only', { description: 'target release — forge token with contents write (GitHub) / write:repository (Gitea).' }),
    tag: variant('tag', 'target release only, with a default', { description: 'target release — the release tag. Default "v<version>".' }),
    forge: variant('forge', 'targets release and gitea-generic only', { description: `targets release and gitea-generic — ${VOCABULARY.forge.description}` }),
    'api-url': variant('api-url', 'targets release and gitea-generic only', { description: `targets release and gitea-generic — ${VOCABULARY['api-url'].description}` }),
    repository: variant('repository', 'targets release and gitea-generic only; the action takes the run\'s repository (not an input)', {
      only: 'cli',
      description: `targets release and gitea-generic — ${VOCABULARY.repository.description}`,
    }),
    'base-url': {
      type: 'string',
      description:
        'Public download URL template written into the manifest (same placeholders; must contain {version} so no cache serves an old build as new). Default derived from the target. No user:password@.',
      cli: { metavar: 'TEMPLATE' },
    },
    tauri: flag('Also write and upload Tauri\'s static latest.json (same platform keys; signature = base64 of the .minisig text).'),
    'expires-in': {
      type: 'string',
      description:
        'Optional validity of the manifest, e.g. 90d or 12h. Verifiers (relforge verify-package) refuse it afterwards, so a frozen mirror cannot serve an old manifest forever; re-publish before it passes. Default no expiry.',
      cli: { metavar: 'DURATION' },
    },
    'tauri-preferred-bundles': {
      type: 'string',
      description:
        'The bundle a generic <os>-<arch> key stands for, per OS, e.g. "windows=msi" (default windows=nsis, macos=app, linux=appimage, as tauri-action). latest.json gets each missing generic key beside the bundle keys, pointing at that bundle (or the OS\'s only updater bundle), for Tauri v1 and tauri-plugin-updater ≤ 2.9; a file signed for the preferred bundle may also be mapped to the generic key.',
      cli: { metavar: 'OS=BUNDLE,…' },
    },
    notes: { type: 'string', description: 'Release notes for latest.json.', cli: { metavar: 'TEXT', fileFlag: true } },
    roots: {
      type: 'string',
      description:
        'Directory of the root chain (1.root.json … N.root.json, made with relforge trust) to publish before the packages, for agents that ship a root: checked as agents would (and the signing key must be a release key of the newest root), uploaded first, never removed. http: <upload-url without the platform segment, {version} → roots>/N.root.json; release: assets; gitea-generic: files of the version.',
      cli: { metavar: 'DIR' },
    },
    'out-dir': {
      type: 'string',
      default: 'relforge-packages',
      description: 'Local directory for manifest.json, its signature, manifest.signed.json, latest.json and (stage) the fragment.',
      cli: { metavar: 'DIR' },
    },
    'dry-run': variant('dry-run', 'says what this step skips', { description: 'Verify everything and write the signed manifest locally, upload nothing.' }),
    json: variant('json', 'names what is printed', { description: 'Print the result as JSON.' }),
  },
  outputs: {
    manifest: 'Path of the local manifest.json (its signature is manifest.json.minisig beside it).',
    'manifest-url': 'Where the manifest is served.',
    'signed-manifest-url': 'Where manifest.signed.json (the manifest and its signature in one file) is served.',
    tauri: 'Path of latest.json (empty unless tauri is true).',
    packages: 'JSON array: [{"platform","file","size","sha256","url"}] (stage: without url).',
    fragment: 'stage true — path of the fragment file written into out-dir.',
  },
});

export const verifyPackageSchema = defineSchema({
  name: 'verify-package',
  summary: 'decide install / up to date / refused for a signed package manifest (exit 0 / 10 / 20)',
  options: {
    manifest: requiredString('manifest.json as downloaded, or manifest.signed.json (manifest and signature in one file; then no --signature is needed).', 'FILE'),
    signature: { type: 'string', description: 'manifest.json.minisig (default: <manifest>.minisig; not used with manifest.signed.json).', cli: { metavar: 'FILE', aliases: ['sig'] } },
    'public-key': variant('public-key', 'single-key agents; or --trust-root', { description: 'Pinned minisign public key: a .pub file or its RW… line (single-key agents). Give this or --trust-root.' }),
    'trust-root': {
      type: 'string',
      description: 'The root the agent ships (N.root.json): keys come from its root chain (rotation, revocation, thresholds, expiry). Give this or --public-key.',
      cli: { metavar: 'FILE' },
    },
    roots: {
      type: 'string',
      description: 'Where newer roots are (with --trust-root): a directory of N.root.json files, or a URL template with {version} (https://…/roots/{version}.root.json). None: the shipped root only.',
      cli: { metavar: 'DIR|URL' },
    },
    product: variant('product', 'what installs it', { description: 'The product this agent or server installs: a manifest of another product signed by the same key is refused.' }),
    platform: requiredString(
      'This machine\'s platform key, e.g. linux-x86_64 or windows-x86_64-msi (aliases such as linux-amd64 accepted). A generic key missing from the manifest falls back to the preferred bundle, as latest.json does.',
      'PLATFORM',
    ),
    'preferred-bundles': {
      type: 'string',
      description: 'The bundle a generic <os>-<arch> platform falls back to, per OS (default windows=nsis, macos=app, linux=appimage; the publisher\'s tauri-preferred-bundles).',
      cli: { metavar: 'OS=BUNDLE,…' },
    },
    installed: requiredString('The installed version, or "none" for a fresh install.', 'VERSION|none'),
    channels: {
      type: 'list',
      description: 'Channels to accept (comma-separated). Default stable plus the installed version\'s prerelease channel (1.3.0-beta.2 → beta).',
      cli: { metavar: 'CHANNELS' },
    },
    'allow-downgrade': flag('Accept a version older than the installed one (an operator-initiated rollback).'),
    file: { type: 'string', description: 'A downloaded package to check against the manifest: size, SHA-256 and its minisign signature.', cli: { metavar: 'FILE' } },
    now: { type: 'string', description: 'The time to check expiry against (RFC 3339, e.g. 2026-06-01T00:00:00Z; default the clock): for conformance runs and tests.', cli: { metavar: 'TIME' } },
    json: variant('json', 'names what is printed', { description: 'Print the decision as JSON.' }),
  },
});
