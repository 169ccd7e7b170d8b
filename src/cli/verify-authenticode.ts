/**
 * `relforge verify-authenticode FILE… --trusted-root root.pem [--tsa-root tsa.pem] [--expected-subject "CN=…"]
 * [--expected-eku OID]`: the same independent verifier sign-trusted runs after signing. Exit 0 only when every
 * check holds for every file; otherwise prints the failing check per file and exits 1 (2 for usage errors).
 */
import { readFileSync } from 'node:fs';
import { Problems, RelforgeError, SettingsError } from '../platform/errors.js';
import { AuthenticodeVerificationError, PIN_FIELDS, checkAuthenticodePins, verifyAuthenticodeFile, type AuthenticodePins } from '../signing/authenticode/verify.js';
import { verifyAuthenticodeSchema } from '../signing/authenticode/options.js';
import { defineCommand } from './command.js';

function readPem(paths: string[], field: string, problems: Problems): string {
  return paths
    .map((p) => {
      try {
        return readFileSync(p, 'utf8');
      } catch (e) {
        problems.add(field, `names ${p}, which cannot be read: ${(e as Error).message}`);
        return '';
      }
    })
    .join('\n');
}

export default defineCommand({
  schema: verifyAuthenticodeSchema,
  notes: `Verifies Authenticode signatures of PE and MSI files independently, fail-closed: certificate table layout
(one WIN_CERTIFICATE, nothing appended), exactly one signature (no nested ones), the recomputed file digest, the
CMS signature, the chain to a pinned root at the timestamp time, the codeSigning EKU plus every --expected-eku,
the --expected-subject attributes, and the RFC 3161 timestamp (signature, chain to --tsa-root, message imprint).
PE and MSI files are parsed in-process (no external tool). Old spellings still accepted: --root, --subject, --eku.`,
  async run(v) {
    const problems = new Problems();
    const pins: AuthenticodePins = { roots: readPem(v['trusted-root'], 'trusted-root', problems) };
    if (v['tsa-root'].length) pins.tsaRoots = readPem(v['tsa-root'], 'tsa-root', problems);
    if (v['expected-subject'] !== undefined) pins.subject = v['expected-subject'];
    if (v['expected-eku'].length) pins.ekus = v['expected-eku'];
    problems.throwIfAny({ exitCode: 2 });
    try {
      checkAuthenticodePins(pins, PIN_FIELDS);
    } catch (e) {
      throw e instanceof SettingsError ? new SettingsError(e.problems, { exitCode: 2 }) : e;
    }
    let failed = 0;
    const results = [];
    for (const file of v.files) {
      try {
        const r = await verifyAuthenticodeFile(file, pins, { requireTimestamp: !v['allow-no-timestamp'] });
        results.push({ ok: true, ...r, timestamp: r.timestamp?.toISOString() });
        if (!v.json) console.log(`OK ${file}: ${r.kind.toUpperCase()} signed by "${r.signerSubject}" (${r.digestAlgorithm}, timestamp ${r.timestamp?.toISOString() ?? 'none'}, leaf sha256 ${r.leafSha256})`);
      } catch (e) {
        if (!(e instanceof RelforgeError)) throw e;
        failed++;
        const check = e instanceof AuthenticodeVerificationError ? e.check : 'input';
        results.push({ ok: false, file, check, error: e.message });
        if (!v.json) console.error(`FAILED ${file} [${check}]: ${e instanceof AuthenticodeVerificationError ? e.message.replace(/^.*? failed \[[^\]]+\]: /, '') : e.message}`);
      }
    }
    if (v.json) console.log(JSON.stringify(results, null, 2));
    return failed ? 1 : 0;
  },
});
