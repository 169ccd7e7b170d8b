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
