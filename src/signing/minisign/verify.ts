/**
 * minisign verification of files and buffers, in bounded memory for every algorithm: prehashed `ED` streams
 * BLAKE2b-512; legacy `Ed` and `format: raw` stream SHA-512(R ‖ A ‖ file) and finish the Ed25519 check with
 * ./core/ed25519.ts (Node's crypto would need the whole file in memory: a 2 GiB package peaked at 2.1 GB).
 */
import { RelforgeError, errorMessage } from '../../platform/errors.js';
import { hashFile } from '../../platform/fs.js';
import { verifyEd25519Hram } from './core/ed25519.js';
import {
  decodeBase64Strict,
  parsePublicKey,
  parseSignature,
  verifySignature,
  type LegacyMessage,
  type ParsedPublicKey,
  type ParsedSignature,
  type VerifyOptions,
  type VerifyResult,
} from './core/format.js';

function asPublicKey(publicKey: string | ParsedPublicKey): ParsedPublicKey {
  return typeof publicKey === 'string' ? parsePublicKey(publicKey) : publicKey;
}

/** One streamed hash of the file (after `prefix`), as bytes; an unreadable file is a RelforgeError. */
async function fileHash(path: string, algo: 'sha512' | 'blake2b512', prefix?: Buffer): Promise<Buffer> {
  try {
    return Buffer.from((await hashFile(path, [algo], { prefix }))[algo], 'hex');
  } catch (err) {
    throw new RelforgeError(`Could not read ${path}: ${errorMessage(err)}`);
  }
}

const streamHram = (path: string, r: Buffer, publicKey: Buffer) => fileHash(path, 'sha512', Buffer.concat([r, publicKey]));

/**
 * The message of a legacy `Ed` signature, streamed: pass it as `data` to verifySignature instead of the
 * file's bytes (`const data = sig.algorithm === 'Ed' ? await legacyMessage(path, sig, pub) : undefined`).
 * Memory stays at one 1 MiB read buffer whatever the file size.
 */
export async function legacyMessage(path: string, sig: ParsedSignature, publicKey: ParsedPublicKey): Promise<LegacyMessage> {
  const r = Buffer.from(sig.signature.subarray(0, 32));
  return { kind: 'ed25519-hram', r, publicKey: publicKey.publicKey, hram: await streamHram(path, r, publicKey.publicKey) };
}

/**
 * Verifies `path` against minisign signature text and a public key (`.pub` text, its `RW…` line, or parsed).
 * Order: parse → key id → file signature → trusted comment → `expectVersion` (rollback binding).
 * Throws MinisignVerificationError (a RelforgeError) naming the failed check.
 */
export async function verifyFile(path: string, sigText: string, publicKey: string | ParsedPublicKey, opts: VerifyOptions = {}): Promise<VerifyResult> {
  const sig = parseSignature(sigText);
  const pub = asPublicKey(publicKey);
  if (!sig.keyId.equals(pub.keyId) || (opts.requirePrehashed && sig.algorithm !== 'ED')) return verifySignature(sig, pub, {}, opts);
  if (sig.algorithm === 'Ed') return verifySignature(sig, pub, { data: await legacyMessage(path, sig, pub) }, opts);
  return verifySignature(sig, pub, { digest: await fileHash(path, 'blake2b512') }, opts);
}

export function verifyBuffer(data: Buffer, sigText: string, publicKey: string | ParsedPublicKey, opts: VerifyOptions = {}): VerifyResult {
  return verifySignature(parseSignature(sigText), asPublicKey(publicKey), { data }, opts);
}

/** `format: raw`: base64 of a 64-byte Ed25519 signature over the file bytes, verified streamed. */
export async function verifyRawFile(path: string, signatureBase64: string, publicKey: string | ParsedPublicKey | Buffer): Promise<void> {
  const pk = Buffer.isBuffer(publicKey) ? publicKey : asPublicKey(publicKey).publicKey;
  const sig = decodeBase64Strict(signatureBase64, 'The raw signature', 64);
  const hram = await streamHram(path, sig.subarray(0, 32), pk);
  if (!verifyEd25519Hram(pk, sig, hram)) throw new RelforgeError(`Raw Ed25519 signature verification failed for ${path}: the file or signature was altered, or another key signed it.`);
}
