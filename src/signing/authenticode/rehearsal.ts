/**
 * Trusted Signing in a rehearsal (`relforge act --emulator`): the run's sign-trusted step signs against the shipped
 * signing-service, Entra ID and RFC 3161 emulators (src/emulator/) and trusts ONLY the emulator's test root.
 *
 * `relforge act --emulator` hands the emulators' coordinates to the step in RELFORGE_REHEARSAL_TRUSTED_SIGNING (JSON).
 * It is honoured only where it cannot weaken a real run: under act (ACT=true) and with every service on a loopback
 * address; anywhere else its presence is an error (fail-closed), never a silent change of trust. When it applies, the
 * step says so in its log and summary.
 */
import { RelforgeError } from '../../platform/errors.js';
import type { SignTrustedSettings } from './sign-trusted.js';

export const REHEARSAL_ENV = 'RELFORGE_REHEARSAL_TRUSTED_SIGNING';

/** What `relforge act --emulator` passes: the emulators' URLs, names and test trust anchors (no secret: the client secret travels as the AZURE_CLIENT_SECRET secret). */
export interface TrustedSigningRehearsal {
  endpoint: string;
  account: string;
  profile: string;
  authorityHost: string;
  timestampUrl: string;
  /** PEM of the emulator's test root (code signing) and of its timestamping root. */
  trustedRoot: string;
  tsaRoot: string;
  subject: string;
  eku: string;
}

export const REHEARSAL_NOTICE =
  "REHEARSAL: Trusted Signing went to relforge's local emulators (signing service, Entra ID, timestamp server), and the signatures were verified against the emulator's TEST root only, not Microsoft's root and not your subject/EKU pins. This proves the flow, not your certificate profile.";

function loopback(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
  } catch {
    return false;
  }
}

/** The rehearsal settings in `env`, or undefined when none are set; throws when they are set outside a rehearsal. */
export function trustedSigningRehearsal(env: Record<string, string | undefined>): TrustedSigningRehearsal | undefined {
  const raw = env[REHEARSAL_ENV];
  if (raw === undefined || raw === '') return undefined;
  const refuse = (why: string) =>
    new RelforgeError(`${REHEARSAL_ENV} is set but ${why}: refusing to sign (it swaps the trust anchor for an emulator's test root and is only for "relforge act --emulator"). Remove it from the job's environment.`);
  if (env.ACT !== 'true') throw refuse('this is not a run under act');
  let r: TrustedSigningRehearsal;
  try {
    r = JSON.parse(raw) as TrustedSigningRehearsal;
  } catch {
    throw refuse('it is not JSON');
  }
  for (const k of ['endpoint', 'account', 'profile', 'authorityHost', 'timestampUrl', 'trustedRoot', 'tsaRoot', 'subject', 'eku'] as const) {
    if (typeof r[k] !== 'string' || r[k] === '') throw refuse(`it has no ${k}`);
  }
  for (const k of ['endpoint', 'authorityHost', 'timestampUrl'] as const) if (!loopback(r[k])) throw refuse(`its ${k} ${r[k]} is not a loopback address`);
  return r;
}

/** sign-trusted settings pointed at the rehearsal's emulators and test anchors (the user's service and pins are replaced, and the notice says so). */
export function applyRehearsal(s: SignTrustedSettings, r: TrustedSigningRehearsal): SignTrustedSettings {
  return {
    ...s,
    endpoint: r.endpoint,
    account: r.account,
    profile: r.profile,
    auth: { ...s.auth, authorityHost: r.authorityHost, accessToken: undefined },
    timestampUrl: r.timestampUrl,
    trustedRoot: r.trustedRoot,
    tsaRoot: r.tsaRoot,
    expectedSubject: r.subject,
    expectedEku: [r.eku],
    rehearsal: REHEARSAL_NOTICE,
  };
}
