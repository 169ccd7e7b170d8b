/**
 * A package's minisign signature checked over the file on disk — the one place both upload-packages and
 * verify-package do it. Prehashed (`ED`) signatures use the BLAKE2b-512 taken in the caller's streamed read;
 * legacy `Ed` signatures sign the whole file, read here into memory (issue 13 case 9: this line is to be replaced by
 * the bounded-memory verifier from src/signing/minisign).
 */
import { readFile } from 'node:fs/promises';
import { verifySignature, type ParsedPublicKey, type ParsedSignature, type VerifyResult } from '../signing/minisign/core/format.js';

export async function verifyPackageSignature(sig: ParsedSignature, pin: ParsedPublicKey, path: string, blake2b512Hex: string): Promise<VerifyResult> {
  const data = sig.algorithm === 'Ed' ? await readFile(path) : undefined;
  return verifySignature(sig, pin, { digest: Buffer.from(blake2b512Hex, 'hex'), data });
}
