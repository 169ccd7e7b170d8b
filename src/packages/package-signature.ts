/**
 * A package's minisign signature checked over the file on disk — the one place both upload-packages and
 * verify-package do it. Prehashed (`ED`) signatures use the BLAKE2b-512 taken in the caller's streamed read;
 * legacy `Ed` signatures are checked over a streamed hash of the file (src/signing/minisign/verify.ts), so memory
 * does not grow with the package's size (issue 13 case 9).
 */
import { verifySignature, type ParsedPublicKey, type ParsedSignature, type VerifyResult } from '../signing/minisign/core/format.js';
import { legacyMessage } from '../signing/minisign/verify.js';

export async function verifyPackageSignature(sig: ParsedSignature, pin: ParsedPublicKey, path: string, blake2b512Hex: string): Promise<VerifyResult> {
  const data = sig.algorithm === 'Ed' ? await legacyMessage(path, sig, pin) : undefined;
  return verifySignature(sig, pin, { digest: Buffer.from(blake2b512Hex, 'hex'), data });
}
