/**
 * Version-file updaters in the style of release-please: one small class per format, text in → text out,
 * touching only the version characters so formatting and comments survive.
 */
import { FormatError } from '../../../platform/errors.js';

export interface ManifestUpdater {
  /** Short format name for messages (`Cargo.toml`, `package.json`, …). */
  readonly kind: string;
  /** The version the file declares; throws a VersionFileError naming the file when there is none. */
  readVersion(text: string): string;
  /** The same text with the version(s) replaced by the updater's target version. */
  updateContent(text: string): string;
}

export interface UpdaterOptions {
  /** Target version for updateContent. */
  version?: string;
  /** File name used in error messages. */
  file?: string;
  /** The version-pattern (formats chosen by one). */
  pattern?: string;
}

/** A version file (manifest, lock file, regex-matched file) is not what its format requires. */
export class VersionFileError extends FormatError {}

export function targetVersion(opts: UpdaterOptions, kind: string): string {
  if (!opts.version) throw new Error(`${kind} updater: no target version given`);
  return opts.version;
}

export function fileLabel(opts: UpdaterOptions, fallback: string): string {
  return opts.file ?? fallback;
}

/** Replaces text[start,end) with `value`. */
export function splice(text: string, start: number, end: number, value: string): string {
  return text.slice(0, start) + value + text.slice(end);
}

// ---------- the manifest-format registry's shapes (formats.ts holds the registry) ----------

/**
 * What a lock-file rule may read around a manifest. The caller (src/versioning/manifest-writes.ts) gives it, so
 * the formats stay pure: paths are relative to the manifest's directory, with `/` separators.
 */
export interface ManifestSurroundings {
  /** A file's text, or undefined when there is none. */
  read(path: string): string | undefined;
  /** The directories matching a glob (`crates/*`), sorted; never outside the repository. */
  dirs(glob: string): string[];
}

/** Where a lock file that follows a manifest sits, and what in it follows the manifest's version. */
export interface LockContext {
  /** The manifest's text before and after its version was rewritten. */
  previous: string;
  manifest: string;
  version: string;
  /** The manifest's directory relative to the lock file's ('' when they share one), `/` separators. */
  member: string;
  /** The lock file's repository-relative path (for messages). */
  file: string;
  around: ManifestSurroundings;
}

export interface LockFileRule {
  /** Names looked for from the manifest's directory upwards: the nearest directory wins, in it the first name. */
  readonly names: readonly string[];
  /** The updater of the lock's entries that follow this manifest (undefined: none do). */
  updater(ctx: LockContext): ManifestUpdater | undefined;
}

/** One manifest format of the registry (formats.ts): what it claims, how it is edited, what lock files follow it. */
export interface ManifestFormat {
  /** Short id (`cargo`, `npm`…). */
  readonly id: string;
  /** File names it claims (exact base names). */
  readonly names: readonly string[];
  /** One markdown line for the docs: what is read and rewritten. */
  readonly docs: string;
  create(opts: UpdaterOptions): ManifestUpdater;
  /** Lock files kept in step when this manifest is rewritten. */
  readonly locks?: readonly LockFileRule[];
}
