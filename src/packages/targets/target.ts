/**
 * Where a package set goes: one strategy per destination (docs/architecture.md "Package targets … are strategies behind
 * one PackageTarget"). The order of a publish is decided once, above this interface (upload-packages.ts):
 *   inspect the live manifest → (replacement: take the live set files down, manifest first) → put the packages
 *   (uploaded and read back) → put latest.json, manifest.json.minisig, manifest.signed.json, manifest.json, one at
 *   a time, each read back before the next → finish.
 * A target only moves and checks bytes; it never decides what goes first.
 */
import type { FieldProblem } from '../../platform/errors.js';
import type { Logger } from '../common.js';

export type TargetKind = 'http' | 'gitea-generic' | 'release';

/** A file of the set, planned before anything is sent. */
export interface PlannedFile {
  /** File name at the destination (one path component). */
  name: string;
  /** Local path (streamed). */
  path: string;
  size: number;
  sha256: string;
  /** Where clients download it (the URL written into the manifest). */
  publicUrl: string;
  /** Undefined for the set-level files (manifest, its signature, latest.json). */
  platform?: string;
  /** URL template values for this file ({product}, {version}, {channel}, {platform}, {os}, {arch}, {file}). */
  values: Record<string, string>;
}

export type FileOutcome = 'uploaded' | 'replaced' | 'unchanged' | 'planned';

export interface FileResult {
  name: string;
  url: string;
  outcome: FileOutcome;
  verifiedBy?: string;
}

/** What clients can fetch under a file's name right now: nothing, these bytes, or other bytes. */
export type RemoteState = 'absent' | 'same' | 'different';

export interface TargetContext {
  product: string;
  version: string;
  dryRun: boolean;
  log: Logger;
}

export interface PackageTarget {
  readonly kind: TargetKind;
  /** Release assets and registry versions are flat namespaces: two files may not share a name. */
  readonly flatNamespace: boolean;
  /**
   * Whether a package that clients can already fetch may be replaced by other bytes. False for a published
   * release (add-only, like publish-release): a changed package of a live version is refused before anything moves.
   */
  readonly replacesLivePackages: boolean;
  /**
   * Binds the publish (product, version…) and returns the problems with this target's settings, by field, before
   * any file is read, plus the default public download template (`{file}` etc.).
   */
  bind(ctx: TargetContext): { problems: FieldProblem[]; downloadTemplate: string };
  /** Where the file is sent (for logs and results). */
  destination(f: PlannedFile): string;
  /** What clients can fetch under this file's name now. */
  inspect(f: PlannedFile): Promise<RemoteState>;
  /** Takes files down (absent ones are fine), in the order given. */
  remove(files: PlannedFile[]): Promise<void>;
  /**
   * Uploads the files the destination does not hold with these bytes, then reads every one back; throws before
   * returning when any differs. May defer to `finish` while nothing is visible to clients (a draft release).
   */
  put(files: PlannedFile[]): Promise<FileResult[]>;
  /** After the last put: e.g. publishes a draft release once every file is verified. Returns deferred results. */
  finish(all: PlannedFile[]): Promise<FileResult[]>;
}

/** What every target keeps: its options, and the publish's logger (set again by each `bind`). */
export abstract class TargetBase<O> {
  protected log: Logger = () => {};
  constructor(protected readonly o: O) {}
}
