/**
 * What stage and upload share: the settings every package set has (product, version, channel, commit, pinned
 * key), checked by field, and the reproducible `created` time of a manifest.
 */
import { Problems, errorMessage, fieldError } from '../platform/errors.js';
import { parsePublicKey, type ParsedPublicKey } from '../signing/minisign/core/format.js';
import { CHANNEL_RE, PRODUCT_RE, channelVersionProblem, defaultChannel, normalizeVersion } from './core/manifest.js';
import type { PreferredBundles } from './core/platform.js';
import type { AuthenticodePins } from '../signing/authenticode/verify.js';

export type Logger = (message: string) => void;

export interface CommonSettings {
  /** Authenticode trust for Windows packages (see VerifyPackagesOptions.authenticode). */
  authenticode?: AuthenticodePins & { requireTimestamp?: boolean };
  product: string;
  version: string;
  /** Default: the version's prerelease id, else `stable`. `stable` with a prerelease version is refused. */
  channel?: string;
  commit?: string;
  /** Pinned minisign public key (`.pub` text or its `RW…` line). */
  publicKey: string;
  requirePlatforms?: string[];
  /** Tauri: the bundle a generic `<os>-<arch>` key stands for, per OS (default windows=nsis, macos=app, linux=appimage). */
  preferredBundles?: PreferredBundles;
  /** Every Windows file (by name or PE/MSI content) must verify under `authenticode` (see VerifyPackagesOptions). */
  windowsSigningRequired?: boolean;
  /** Where the manifest, latest.json and fragments are written. */
  outDir: string;
  log?: Logger;
}

export interface ResolvedCommon {
  product: string;
  version: string;
  channel: string;
  commit: string;
  pin: ParsedPublicKey;
}

/** Checks the common settings; every problem by field, thrown together. */
export function resolveCommon(s: CommonSettings, problems = new Problems()): ResolvedCommon {
  if (!PRODUCT_RE.test(s.product ?? '')) problems.add('product', `must be a package name (letters, digits, . _ + -; starting with a letter or digit), got "${s.product ?? ''}".`);
  const version = normalizeVersion(s.version ?? '');
  if (!version) problems.add('version', `must be a SemVer version such as 1.4.0 or 1.4.0-beta.2 (a leading v is fine), got "${s.version ?? ''}".`);
  const channel = (s.channel ?? '').trim() || (version ? defaultChannel(version) : 'stable');
  if (!CHANNEL_RE.test(channel)) problems.add('channel', `must be lower-case letters, digits and -, starting with a letter (e.g. stable, beta), got "${channel}".`);
  else if (version) {
    const p = channelVersionProblem(version, channel);
    if (p) problems.add('channel', p);
  }
  const commit = (s.commit ?? '').trim().toLowerCase();
  if (commit && !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(commit)) problems.add('commit', `must be a full git SHA, got "${s.commit}".`);
  let pin: ParsedPublicKey | undefined;
  if (!s.publicKey?.trim()) problems.add('public-key', 'is required: every package signature and the manifest key are checked against this pinned minisign public key.');
  else {
    try {
      pin = parsePublicKey(s.publicKey.trim());
    } catch (err) {
      problems.add('public-key', `is not a minisign public key: ${errorMessage(err)}`);
    }
  }
  problems.throwIfAny();
  return { product: s.product, version: version!, channel, commit, pin: pin! };
}

const RFC3339_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/**
 * The manifest's `created`, never the clock when avoidable, so a re-run over the same inputs writes the same
 * bytes (and the same signature): the explicit value, else SOURCE_DATE_EPOCH, else the commit's committer
 * time (read from the repository at `cwd`), else the clock (with a note: re-runs will differ).
 */
export async function manifestCreated(o: { created?: string; commit?: string; cwd?: string; env?: NodeJS.ProcessEnv; log?: Logger }): Promise<string> {
  if (o.created) {
    if (!RFC3339_SECONDS.test(o.created) || Number.isNaN(Date.parse(o.created))) throw fieldError('created', `must be an RFC 3339 UTC timestamp like 2026-01-31T12:00:00Z, got "${o.created}".`);
    return o.created;
  }
  // Loaded only here: the git adapter is not needed when "created" is given.
  const { releaseTime } = await import('../git/release-time.js');
  const t = await releaseTime({ env: o.env, cwd: o.cwd, rev: o.commit || undefined });
  if (t) return iso(t.seconds * 1000);
  o.log?.(
    `note: "created" is the current time (no SOURCE_DATE_EPOCH, and commit ${o.commit || '(none)'} is not in a repository here): a re-run will sign a new manifest. Check out the repository or set SOURCE_DATE_EPOCH for identical re-runs.`,
  );
  return iso(Date.now());
}

const DURATION = /^\s*(\d+)\s*([dhm])\s*$/;

/** Why `duration` is not a valid `expires-in` (continues after the option's name), or undefined. */
export function expiresInProblem(duration: string): string | undefined {
  const m = DURATION.exec(duration);
  return !m || Number(m[1]) === 0 ? `must be a positive duration like 90d, 12h or 30m, got "${duration}".` : undefined;
}

/** `created` + a duration such as `90d`, `12h`, `30m` (input `expires-in`). */
export function expiryFrom(created: string, duration: string): string {
  const problem = expiresInProblem(duration);
  if (problem) throw fieldError('expires-in', problem);
  const m = DURATION.exec(duration)!;
  const ms = Number(m[1]) * { d: 86_400_000, h: 3_600_000, m: 60_000 }[m[2] as 'd' | 'h' | 'm'];
  return iso(Date.parse(created) + ms);
}
