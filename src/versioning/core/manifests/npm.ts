/** package.json (`version`) and package-lock.json / npm-shrinkwrap.json (root `version` and `packages[""]`). */
import { findJsonValues, replaceSpans } from './json-edit.js';
import { VersionFileError, fileLabel, targetVersion, type ManifestFormat, type ManifestUpdater, type UpdaterOptions } from './types.js';

function scan(text: string, file: string, paths: string[][]) {
  try {
    return findJsonValues(text, paths);
  } catch (err) {
    throw new VersionFileError(`${file} is not valid JSON: ${(err as Error).message}.`);
  }
}

export class PackageJson implements ManifestUpdater {
  readonly kind = 'package.json';
  constructor(private readonly opts: UpdaterOptions = {}) {}

  private span(text: string) {
    const file = fileLabel(this.opts, 'package.json');
    const path = ['version'];
    const span = scan(text, file, [path]).get(path);
    if (!span || typeof span.value !== 'string') throw new VersionFileError(`${file}: no top-level "version" string; add "version": "0.0.0" or use another version file.`);
    return span;
  }

  readVersion(text: string): string {
    return this.span(text).value as string;
  }

  /** The `name` field (for workspace lock entries). */
  readName(text: string): string | undefined {
    const path = ['name'];
    const v = scan(text, fileLabel(this.opts, 'package.json'), [path]).get(path)?.value;
    return typeof v === 'string' ? v : undefined;
  }

  updateContent(text: string): string {
    const s = this.span(text);
    return replaceSpans(text, [{ start: s.start, end: s.end, value: JSON.stringify(targetVersion(this.opts, this.kind)) }]);
  }
}

/**
 * package-lock.json: the root `version` and `packages[""].version` (lockfile v2/v3), or — for a workspace member —
 * `packages["<member dir>"].version`. `entries` lists the `packages` keys to update ('' = the root package).
 */
export class PackageLock implements ManifestUpdater {
  readonly kind = 'package-lock.json';
  private readonly entries: string[];
  constructor(private readonly opts: UpdaterOptions & { entries?: string[] } = {}) {
    this.entries = opts.entries ?? [''];
  }

  private spans(text: string) {
    const file = fileLabel(this.opts, 'package-lock.json');
    const paths: string[][] = this.entries.map((e) => ['packages', e, 'version']);
    const root = ['version'];
    if (this.entries.includes('')) paths.push(root);
    const found = scan(text, file, paths);
    return [...found.values()].filter((s): s is NonNullable<typeof s> => s !== undefined && typeof s.value === 'string');
  }

  readVersion(text: string): string {
    const s = this.spans(text);
    if (!s.length) throw new VersionFileError(`${fileLabel(this.opts, 'package-lock.json')}: no root "version" entry.`);
    return s[0]!.value as string;
  }

  updateContent(text: string): string {
    const v = JSON.stringify(targetVersion(this.opts, this.kind));
    return replaceSpans(
      text,
      this.spans(text).map((s) => ({ start: s.start, end: s.end, value: v })),
    );
  }
}

const NPM_LOCKS = ['npm-shrinkwrap.json', 'package-lock.json'] as const;

export const npmFormat: ManifestFormat = {
  id: 'npm',
  names: ['package.json'],
  docs:
    '`package.json` `version`, plus `package-lock.json` / `npm-shrinkwrap.json`: the root `version` and `packages[""]`, ' +
    'or the `packages["<member dir>"]` entry of a workspace member',
  create: (opts) => new PackageJson(opts),
  locks: [{ names: NPM_LOCKS, updater: (ctx) => new PackageLock({ version: ctx.version, entries: [ctx.member], file: ctx.file }) }],
};

export const npmLockFormat: ManifestFormat = {
  id: 'npm-lock',
  names: NPM_LOCKS,
  docs: '`package-lock.json` / `npm-shrinkwrap.json` named on its own: the root `version` and `packages[""]`',
  create: (opts) => new PackageLock(opts),
};
