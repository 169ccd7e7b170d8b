/**
 * `relforge verify FILE [--sig FILE.minisig] --public-key KEY [--version X] [--require-prehashed] [--format raw]`:
 * the minisign verifier (library: verifyFile), in bounded memory for every algorithm. Exit 0 only when the key
 * id, file signature, trusted comment and (with --version) the signed version all check out; 1 on a failed
 * check, 2 on usage errors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { RelforgeError, errorMessage, fieldError } from '../platform/errors.js';
import { verifyFile, verifyRawFile } from '../signing/minisign/verify.js';
import { verifySchema } from '../signing/minisign/options.js';
import { defineCommand } from './command.js';

export default defineCommand({
  schema: verifySchema,
  notes: `Checks in minisign's order: key id, file signature (prehashed ED or legacy Ed, both streamed), trusted
comment (global signature), then --version. Prints the trusted comment on success. The old spelling --pubkey
is still accepted.`,
  async run(v) {
    if (v.file.length !== 1) throw fieldError('file', `must be exactly one FILE to verify, got ${v.file.length}.`);
    const file = v.file[0]!;
    const sigPath = v.sig ?? `${file}${v.format === 'raw' ? '.sig' : '.minisig'}`;
    let sigText: string;
    try {
      sigText = readFileSync(sigPath, 'utf8');
    } catch (err) {
      throw new RelforgeError(`Cannot read the signature ${sigPath}: ${errorMessage(err)} (give it with --sig).`, { exitCode: 2 });
    }
    if (!existsSync(file)) throw new RelforgeError(`${file} does not exist.`, { exitCode: 2 });
    if (v.format === 'raw') {
      await verifyRawFile(file, sigText.trim(), v['public-key']);
      if (!v.quiet) console.log(`Raw Ed25519 signature verified: ${file}`);
      return 0;
    }
    const r = await verifyFile(file, sigText, v['public-key'], { expectVersion: v.version, requirePrehashed: v['require-prehashed'] });
    if (!v.quiet) {
      console.log(`Signature and comment signature verified (${r.algorithm}, key ${r.keyIdHex}): ${file}`);
      console.log(`Trusted comment: ${r.trustedComment}`);
    }
    return 0;
  },
});
