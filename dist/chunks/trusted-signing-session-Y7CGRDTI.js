import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  REHEARSAL_ENV
} from "./chunk-7A35VKIN.js";
import {
  registerSecret
} from "./chunk-A3HMJ4J5.js";
import "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/act/trusted-signing-session.ts
async function startTrustedSigningSession() {
  const [{ createTestPki }, { startTsa }, { startTrustedSigning }, { startEntra }] = await Promise.all([
    import("./pki-5HY5E5KF.js"),
    import("./tsa-XM6NCNJG.js"),
    import("./trusted-signing-BMJK4DP6.js"),
    import("./entra-3JKHZZUY.js")
  ]);
  const pki = createTestPki();
  const tsa = await startTsa({ tsa: pki.tsa });
  const ts = await startTrustedSigning({ pki });
  const entra = await startEntra({ onIssue: (t) => ts.acceptToken(t) });
  registerSecret(entra.clientSecret);
  const rehearsal = {
    endpoint: ts.url,
    account: ts.account,
    profile: ts.profile,
    authorityHost: entra.url,
    timestampUrl: tsa.url,
    trustedRoot: pki.root.certPem,
    tsaRoot: pki.tsaRoot.certPem,
    subject: pki.subjectPin,
    eku: pki.identityEku
  };
  return {
    env: { [REHEARSAL_ENV]: JSON.stringify(rehearsal) },
    secrets: { AZURE_TENANT_ID: entra.tenant, AZURE_CLIENT_ID: entra.clientId, AZURE_CLIENT_SECRET: entra.clientSecret },
    notes: [
      `Trusted Signing emulators: signing service ${ts.url}, Entra ID ${entra.url}, timestamps ${tsa.url}; the emulator's credentials go to the run as the secrets AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (by name, over your environment's)`,
      "REHEARSAL: sign-trusted trusts only the emulator's TEST root in this run (not Microsoft's root, not your subject/EKU pins); a real run never does"
    ],
    report: () => ts.signOperations ? [`Trusted Signing emulator: ${ts.signOperations} sign operation(s), tokens issued ${entra.issued.length}; verified against the emulator's TEST root only`] : [],
    violations: () => [...ts.violations, ...entra.violations].map((v) => `Trusted Signing emulator: ${v}`),
    async close() {
      await Promise.allSettled([ts.close(), entra.close(), tsa.close()]);
      pki.cleanup();
    }
  };
}
export {
  startTrustedSigningSession
};
