/**
 * The update decision an agent or update server makes once a manifest's signature checks out:
 * install, up to date, or refuse (with a machine-readable reason). Pure.
 *
 * Downgrade protection: a candidate that is not newer than the installed version (SemVer 2.0.0
 * precedence: `1.0.0-beta.9 < 1.0.0-beta.10 < 1.0.0-rc.1 < 1.0.0`; build metadata ignored) is never
 * installed unless the caller explicitly allows downgrades. A validly signed old manifest re-served as
 * current (a rollback / freeze attack) is therefore refused.
 */
import { compare as semverCompare } from 'semver';
import { defaultChannel, normalizeVersion } from './manifest.js';
import type { TrustReason } from '../trust/core/root.js';

export type UpdateAction = 'install' | 'up-to-date' | 'refuse';

export type RefuseReason =
  | 'bad-manifest-signature'
  | 'wrong-key'
  | 'trusted-comment-mismatch'
  | 'invalid-manifest'
  | 'product-mismatch'
  | 'platform-missing'
  | 'package-signature-mismatch'
  | 'package-hash-mismatch'
  | 'channel-not-allowed'
  | 'downgrade'
  | 'expired'
  | 'invalid-version'
  /** Root chain refusals (src/packages/trust/core/root.ts), and too few release-key signatures on the manifest or a package. */
  | TrustReason
  | 'release-threshold';

export interface UpdateDecision {
  action: UpdateAction;
  /** Set when action is `refuse`. */
  reason?: RefuseReason;
  /** One sentence for logs and the CLI. */
  message: string;
}

/** CLI exit codes of `relforge verify-package` (documented in the README). */
export const EXIT_UPDATE_AVAILABLE = 0;
export const EXIT_UP_TO_DATE = 10;
export const EXIT_REFUSED = 20;

export function exitCodeFor(action: UpdateAction): number {
  return action === 'install' ? EXIT_UPDATE_AVAILABLE : action === 'up-to-date' ? EXIT_UP_TO_DATE : EXIT_REFUSED;
}

export function refuse(reason: RefuseReason, message: string): UpdateDecision {
  return { action: 'refuse', reason, message };
}

export interface DecideInput {
  /** Version offered by the (already verified) manifest. */
  candidate: string;
  /** Channel of the manifest. */
  channel: string;
  /** Installed version; empty/undefined/`none` for a fresh install. A leading `v` is accepted. */
  installed?: string;
  /**
   * Channels this client accepts. Default: `stable` plus the channel of the installed version
   * (an agent on 1.3.0-beta.2 follows beta and stable; an agent on 1.2.0 follows stable only).
   */
  allowedChannels?: string[];
  /** Explicit opt-in to install a version older than the installed one (rollback by an operator). */
  allowDowngrade?: boolean;
}

/** The channels accepted when the caller does not list them. */
export function defaultAllowedChannels(installed: string | undefined): string[] {
  const v = installed ? normalizeVersion(installed) : undefined;
  const own = v ? defaultChannel(v) : 'stable';
  return own === 'stable' ? ['stable'] : ['stable', own];
}

export function decideUpdate(input: DecideInput): UpdateDecision {
  const candidate = normalizeVersion(input.candidate);
  if (!candidate) return refuse('invalid-version', `the manifest version "${input.candidate}" is not a SemVer version`);
  const rawInstalled = (input.installed ?? '').trim();
  const fresh = rawInstalled === '' || rawInstalled.toLowerCase() === 'none';
  const installed = fresh ? undefined : normalizeVersion(rawInstalled);
  if (!fresh && !installed) {
    return refuse('invalid-version', `the installed version "${rawInstalled}" is not a SemVer version: pass it as X.Y.Z[-pre] (or "none" for a fresh install)`);
  }
  const allowed = input.allowedChannels && input.allowedChannels.length ? input.allowedChannels : defaultAllowedChannels(installed);
  if (!allowed.includes(input.channel)) {
    return refuse('channel-not-allowed', `channel "${input.channel}" is not allowed here (allowed: ${allowed.join(', ')}); pass --channels to follow it`);
  }
  if (!installed) return { action: 'install', message: `install ${candidate} (${input.channel}): nothing installed yet` };
  const cmp = semverCompare(candidate, installed);
  if (cmp > 0) return { action: 'install', message: `update ${installed} → ${candidate} (${input.channel})` };
  if (cmp === 0) return { action: 'up-to-date', message: `${installed} is installed, the manifest offers the same version` };
  if (input.allowDowngrade) {
    return { action: 'install', message: `downgrade ${installed} → ${candidate} (${input.channel}), explicitly allowed` };
  }
  return refuse(
    'downgrade',
    `the manifest offers ${candidate}, older than the installed ${installed}: refusing a downgrade (a replayed old manifest looks exactly like this); allow it explicitly only for an intended rollback`,
  );
}
