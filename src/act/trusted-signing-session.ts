/**
 * `relforge act --emulator`'s Trusted Signing rehearsal: the shipped emulators (src/emulator/: the Trusted Signing
 * service with a test PKI, Entra ID, an RFC 3161 timestamp server) on 127.0.0.1 for the run, and what the run's
 * sign-trusted step needs to use them: RELFORGE_REHEARSAL_TRUSTED_SIGNING in the environment (the URLs, names and
 * the emulator's TEST root; src/signing/authenticode/rehearsal.ts) and the emulator's credentials as the secrets
 * AZURE_TENANT_ID / AZURE_CLIENT_ID / AZURE_CLIENT_SECRET, which replace any real ones for the run, so real
 * credentials never reach an emulator and emulator credentials never reach Azure.
 */
import { registerSecret } from '../platform/secrets.js';
import { REHEARSAL_ENV, type TrustedSigningRehearsal } from '../signing/authenticode/rehearsal.js';

export interface TrustedSigningSession {
  /** For act's environment file. */
  env: Record<string, string>;
  /** For act's secrets (by name, never on the command line). */
  secrets: Record<string, string>;
  notes: string[];
  /** What the run asked of the emulators (lines for the report), and API-document violations. */
  report(): string[];
  violations(): string[];
  close(): Promise<void>;
}

export async function startTrustedSigningSession(): Promise<TrustedSigningSession> {
  const [{ createTestPki }, { startTsa }, { startTrustedSigning }, { startEntra }] = await Promise.all([
    import('../emulator/pki.js'),
    import('../emulator/tsa.js'),
    import('../emulator/trusted-signing.js'),
    import('../emulator/entra.js'),
  ]);
  const pki = createTestPki();
  const tsa = await startTsa({ tsa: pki.tsa });
  const ts = await startTrustedSigning({ pki });
  const entra = await startEntra({ onIssue: (t) => ts.acceptToken(t) });
  registerSecret(entra.clientSecret);
  const rehearsal: TrustedSigningRehearsal = {
    endpoint: ts.url,
    account: ts.account,
    profile: ts.profile,
    authorityHost: entra.url,
    timestampUrl: tsa.url,
    trustedRoot: pki.root.certPem,
    tsaRoot: pki.tsaRoot.certPem,
    subject: pki.subjectPin,
    eku: pki.identityEku,
  };
  return {
    env: { [REHEARSAL_ENV]: JSON.stringify(rehearsal) },
    secrets: { AZURE_TENANT_ID: entra.tenant, AZURE_CLIENT_ID: entra.clientId, AZURE_CLIENT_SECRET: entra.clientSecret },
    notes: [
      `Trusted Signing emulators: signing service ${ts.url}, Entra ID ${entra.url}, timestamps ${tsa.url}; the emulator's credentials go to the run as the secrets AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (by name, over your environment's)`,
      "REHEARSAL: sign-trusted trusts only the emulator's TEST root in this run (not Microsoft's root, not your subject/EKU pins); a real run never does",
    ],
    report: () => (ts.signOperations ? [`Trusted Signing emulator: ${ts.signOperations} sign operation(s), tokens issued ${entra.issued.length}; verified against the emulator's TEST root only`] : []),
    violations: () => [...ts.violations, ...entra.violations].map((v) => `Trusted Signing emulator: ${v}`),
    async close() {
      await Promise.allSettled([ts.close(), entra.close(), tsa.close()]);
      pki.cleanup();
    },
  };
}
