/**
 * `relforge verify-authenticode FILE… --root root.pem [--tsa-root tsa.pem] [--subject "CN=…"] [--eku OID]`:
 * the same independent verifier sign-trusted runs after signing. Exit 0 only when every check holds for every
 * file; otherwise prints the failing check per file and exits 1 (2 for usage errors).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { RelforgeError, errorMessage } from '../platform/errors.js';
import { AuthenticodeVerificationError, checkAuthenticodePins, verifyAuthenticodeFile, type AuthenticodePins } from '../signing/authenticode/verify.js';
import type { LegacyCliCommand } from './command.js';

export const usage = `relforge verify-authenticode FILE [FILE…] --root ROOT.pem [--tsa-root TSA-ROOT.pem] [--subject "CN=…, O=…"]
       [--eku OID]… [--allow-no-timestamp] [--json]

Verifies Authenticode signatures of PE (.exe/.dll/.sys…) and MSI files independently, fail-closed:
certificate table layout (one WIN_CERTIFICATE, nothing appended), exactly one signature (no nested ones),
the recomputed file digest, the CMS signature, the chain to a pinned root at the timestamp time, the
codeSigning EKU plus every --eku, the --subject attributes, and the RFC 3161 timestamp (signature, chain to
--tsa-root, which defaults to --root, message imprint).
--root/--tsa-root take PEM files (bundles allowed; repeatable). PE and MSI files are parsed in-process (no
external tool). Exit 0 only when every check holds.`;

function readPem(paths: string[], option: string): string {
  return paths
    .map((p) => {
      try {
        return readFileSync(p, 'utf8');
      } catch (e) {
        throw new RelforgeError(`${option} ${p}: ${(e as Error).message}`, { exitCode: 2 });
      }
    })
    .join('\n');
}

export default {
  summary: 'verify Authenticode signatures (PE, MSI) against pinned roots, subject and EKUs',
  usage,
  async run(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        root: { type: 'string', multiple: true },
        'tsa-root': { type: 'string', multiple: true },
        subject: { type: 'string' },
        eku: { type: 'string', multiple: true },
        'allow-no-timestamp': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
    if (!positionals.length) throw new RelforgeError(`verify-authenticode: give at least one FILE.\n\nusage: ${usage}`, { exitCode: 2 });
    if (!values.root?.length) throw new RelforgeError('verify-authenticode: --root ROOT.pem is required (the trusted root the chain must end in).', { exitCode: 2 });
    const pins: AuthenticodePins = { roots: readPem(values.root, '--root') };
    if (values['tsa-root']?.length) pins.tsaRoots = readPem(values['tsa-root'], '--tsa-root');
    if (values.subject !== undefined) pins.subject = values.subject;
    if (values.eku?.length) pins.ekus = values.eku;
    try {
      checkAuthenticodePins(pins);
    } catch (e) {
      throw new RelforgeError(errorMessage(e), { exitCode: 2 });
    }
    let failed = 0;
    const results = [];
    for (const file of positionals) {
      try {
        const r = await verifyAuthenticodeFile(file, pins, { requireTimestamp: !values['allow-no-timestamp'] });
        results.push({ ok: true, ...r, timestamp: r.timestamp?.toISOString() });
        if (!values.json)
          console.log(`OK ${file}: ${r.kind.toUpperCase()} signed by "${r.signerSubject}" (${r.digestAlgorithm}, timestamp ${r.timestamp?.toISOString() ?? 'none'}, leaf sha256 ${r.leafSha256})`);
      } catch (e) {
        if (!(e instanceof RelforgeError)) throw e;
        failed++;
        const check = e instanceof AuthenticodeVerificationError ? e.check : 'input';
        results.push({ ok: false, file, check, error: e.message });
        if (!values.json) console.error(`FAILED ${file} [${check}]: ${e instanceof AuthenticodeVerificationError ? e.message.replace(/^.*? failed \[[^\]]+\]: /, '') : e.message}`);
      }
    }
    if (values.json) console.log(JSON.stringify(results, null, 2));
    return failed ? 1 : 0;
  },
} satisfies LegacyCliCommand;
