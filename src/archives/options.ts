/**
 * The option schema of the archive operation (actions/archive, `relforge archive`) and its conversion into
 * settings. Environment fallbacks shared by both front ends: RELFORGE_VERSION and RELFORGE_PLATFORM (what the
 * reusable workflow's build step exports), GITHUB_REPOSITORY for the name.
 */
import { basename } from 'node:path';
import { Problems } from '../platform/errors.js';
import { defineSchema, flag, type Values } from '../platform/options.js';
import { parseTimestamp, variant } from '../platform/vocabulary.js';
import { normalizeVersion } from '../packages/core/manifest.js';
import { TEMPLATE_PLACEHOLDERS, unknownPlaceholders } from './core/names.js';
import { parseArchivePlatform } from './core/platforms.js';
import type { ArchiveSettings } from './archive.js';

const PLACEHOLDERS = TEMPLATE_PLACEHOLDERS.map((p) => `{${p}}`).join(' ');

export const archiveSchema = defineSchema({
  name: 'archive',
  summary: 'pack each platform\'s files into a reproducible .tar.gz (.zip for Windows) with LICENSE, README…',
  description: "Pack each platform's built files, with LICENSE, README and other extra files, into a byte-for-byte reproducible .tar.gz (.zip for Windows) named from a template such as {name}_{version}_{os}_{arch}: sorted entries, the release time on every entry, owner 0/0 without names, modes 0755/0644, fixed compression headers. Sources that leave the workspace through a symbolic link are refused.",
  options: {
    files: variant('files', 'each platform\'s files: required, positional, with placeholders', {
      required: true,
      description:
        `Each platform's files, one path or glob per line (relative to the workspace), with placeholders ${PLACEHOLDERS} ` +
        '(e.g. "target/{target}/release/tally{exe}" or "dist/{goos}-{goarch}/**"). A plain path goes into the archive under its base name; ' +
        'a glob\'s matches keep their path below the glob\'s fixed folder. "!pattern" excludes. Each line must match at least one file.',
      cli: { positional: true, metavar: 'FILE|GLOB' },
    }),
    'extra-files': {
      type: 'list',
      separator: 'lines',
      description: 'Files every archive also gets (LICENSE, README.md, CHANGELOG.md…), same rules and placeholders as files.',
      cli: { metavar: 'FILE|GLOB' },
    },
    platforms: {
      type: 'list',
      description:
        'The platforms to pack, one archive each: <os>-<arch> (linux-x86_64, linux-amd64, darwin-arm64), GOOS/GOARCH (windows/amd64) or a Rust ' +
        'target triple (x86_64-unknown-linux-musl). Default: RELFORGE_PLATFORM (set by the reusable workflow\'s build step).',
      cli: { flag: 'platform', metavar: 'PLATFORM' },
    },
    name: {
      type: 'string',
      description: 'The {name} of the templates (e.g. tally). Default: the repository name (GITHUB_REPOSITORY), else the name of the working folder.',
      cli: { metavar: 'NAME' },
    },
    version: variant('version', 'the {version} of the templates, from RELFORGE_VERSION by default', { description: 'The {version} of the templates (SemVer; a leading v is dropped). Default: RELFORGE_VERSION.' }),
    'name-template': {
      type: 'string',
      default: '{name}_{version}_{os}_{arch}',
      description:
        `Archive file name without its extension, with placeholders ${PLACEHOLDERS}. {os}/{arch} are relforge's (linux, x86_64: the names ` +
        'upload-packages infers platforms from); {goos}/{goarch} Go\'s (linux, amd64); {target} the Rust triple.',
      cli: { metavar: 'TEMPLATE' },
    },
    format: {
      type: 'string',
      default: 'auto',
      choices: ['auto', 'tar.gz', 'zip'],
      description: '"auto": .zip for Windows platforms, .tar.gz for the others; or one format for all.',
    },
    'output-dir': variant('output-dir', 'archives go to one folder, dist by default', { default: 'dist', description: 'Folder the archives are written to (created when missing).' }),
    'wrap-in-directory': flag('Put the files inside a top folder named like the archive (tally_1.2.0_linux_x86_64/…) instead of at the top level.'),
    executables: {
      type: 'list',
      separator: 'lines',
      description:
        'Globs of paths in the archive (below the wrap-in-directory folder, e.g. tally or bin/*) that get mode 0755 even when the file on disk has no executable bit (artifacts downloaded between jobs lose it). ' +
        'Otherwise a file is 0755 when any executable bit is set on disk, else 0644.',
      cli: { metavar: 'GLOB' },
    },
    timestamp: variant('timestamp', 'what it stamps: every entry', {
      description:
        'The modification time of every entry: unix seconds or an RFC 3339 date (e.g. the release commit\'s time). Default: SOURCE_DATE_EPOCH, else the commit ' +
        'time of HEAD in the workspace, else the clock (then a re-run differs).',
    }),
    'compression-level': { type: 'integer', default: 9, min: 1, max: 9, description: 'Deflate level (gzip and zip), 1 (fastest) to 9 (smallest).' },
    'allow-outside-workspace': variant('allow-outside-workspace', 'what is read: files to archive', { description: 'Archive files whose real path is outside the workspace and RUNNER_TEMP (refused by default: a symbolic link could point anywhere).' }),
    'dry-run': variant('dry-run', 'says what this step skips', { description: 'Print the archives and their entries without writing anything.' }),
    json: variant('json', 'names what is printed', { description: 'Print the result as JSON.' }),
  },
  outputs: {
    archives: 'JSON array, one object per archive: file (path), name, platform, format, size, sha256, entries (count).',
    files: 'The archive paths, one per line (for the files input of sign-ed25519 or publish-release).',
  },
});

export type ArchiveValues = Values<typeof archiveSchema.options>;

/** Settings from parsed values; every problem at once, by field. */
export function archiveOptions(v: ArchiveValues, cwd: string, env: NodeJS.ProcessEnv = process.env): Omit<ArchiveSettings, 'log'> {
  const problems = new Problems();
  const platformTexts = v.platforms.length ? v.platforms : (env.RELFORGE_PLATFORM ?? '').split(/[\s,]+/).filter(Boolean);
  if (!platformTexts.length) problems.add('platforms', 'is required (or RELFORGE_PLATFORM): name the platform(s) to pack, e.g. linux-amd64.');
  const platforms = [];
  for (const t of platformTexts) {
    try {
      platforms.push(parseArchivePlatform(t));
    } catch (err) {
      problems.add('platforms', `${(err as Error).message}.`);
    }
  }
  const rawVersion = (v.version ?? env.RELFORGE_VERSION ?? '').trim();
  const version = rawVersion ? normalizeVersion(rawVersion) : undefined;
  if (!rawVersion) problems.add('version', 'is required (or RELFORGE_VERSION): the release version, e.g. 1.2.0.');
  else if (!version) problems.add('version', `must be a SemVer version such as 1.2.0 or 1.3.0-beta.1, got "${rawVersion.slice(0, 60).replace(/[\x00-\x1f\x7f]/g, '?')}".`);
  const name = (v.name ?? (env.GITHUB_REPOSITORY ? env.GITHUB_REPOSITORY.split('/').pop() : basename(cwd)) ?? '').trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/.test(name)) problems.add('name', `must be a plain name (letters, digits, . _ + -), got "${name.slice(0, 60).replace(/[\x00-\x1f\x7f]/g, '?')}".`);
  for (const [field, texts] of [['name-template', [v['name-template']]], ['files', v.files], ['extra-files', v['extra-files']]] as const) {
    const unknown = [...new Set(texts.flatMap((t) => unknownPlaceholders(t)))];
    if (unknown.length) problems.add(field, `has unknown placeholder(s) ${unknown.map((u) => `{${u}}`).join(', ')}; known: ${PLACEHOLDERS}.`);
  }
  let timestamp: number | undefined;
  if (v.timestamp !== undefined) {
    const t = parseTimestamp(v.timestamp);
    if (t === null) problems.add('timestamp', `must be unix seconds or an RFC 3339 date (2026-01-31T12:00:00Z), got "${v.timestamp.slice(0, 40)}".`);
    else timestamp = t;
  }
  problems.throwIfAny();
  return {
    cwd,
    env,
    files: v.files,
    extraFiles: v['extra-files'],
    platforms,
    name,
    version: version!,
    nameTemplate: v['name-template'],
    format: v.format,
    outputDir: v['output-dir'],
    wrap: v['wrap-in-directory'],
    executables: v.executables,
    timestamp,
    level: v['compression-level'],
    allowOutsideWorkspace: v['allow-outside-workspace'],
    dryRun: v['dry-run'],
  };
}
