/**
 * Signing one file or buffer: `.minisig` text (prehashed `ED`, streamed; or legacy `Ed`) and `format: raw`.
 * Legacy `Ed` and raw signing need the whole file in memory (Node's Ed25519 signs one-shot, in constant
 * time): files above RAW_SIZE_LIMIT are refused with the fix. Verification has no such limit (./verify.ts).
 */
import { createHash, sign } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { RelforgeError, errorMessage } from '../../platform/errors.js';
import { signMessage, signPrehashed, type SignatureAlgorithm } from './core/format.js';
import { hashOnMainThread } from './hash-pool.js';
import type { SigningKey } from './keys.js';

/** Largest file signed in `raw` format or legacy `Ed` (Node's Ed25519 signs one-shot: the file must be in memory). */
export const RAW_SIZE_LIMIT = 512 * 1024 * 1024;

export interface FileSignOptions {
  trustedComment: string;
  untrustedComment?: string;
  /** `ED` (default, prehashed, streamed) or legacy `Ed` (signify-compatible; whole file in memory, ≤ RAW_SIZE_LIMIT). */
  algorithm?: SignatureAlgorithm;
}

/** The whole file, refused above RAW_SIZE_LIMIT with the fix. */
export async function readBounded(path: string, what: string): Promise<Buffer> {
  const s = await stat(path).catch((err: unknown) => {
    throw new RelforgeError(`Could not read ${path}: ${errorMessage(err)}`);
  });
  if (s.size > RAW_SIZE_LIMIT) {
    throw new RelforgeError(
      `${path} is ${s.size} bytes, above the ${RAW_SIZE_LIMIT / 1024 / 1024} MiB limit for ${what}: Ed25519 signing over raw bytes needs the whole file in memory. ` +
        'Use the default minisign format (prehashed "ED", streamed; minisign -S) for large files.',
    );
  }
  return await readFile(path).catch((err: unknown) => {
    throw new RelforgeError(`Could not read ${path}: ${errorMessage(err)}`);
  });
}

/** Signs one file; returns the `.minisig` text and the file's digests (one streamed read for `ED`). */
export async function signFile(
  path: string,
  key: SigningKey,
  opts: FileSignOptions,
): Promise<{ signature: string; sha256: string; size: number; blake2b512: string }> {
  if ((opts.algorithm ?? 'ED') === 'Ed') {
    const data = await readBounded(path, 'legacy "Ed" signatures');
    const signature = signMessage(key.privateKey, key.keyId, data, { ...opts, algorithm: 'Ed' });
    return {
      signature,
      size: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
      blake2b512: createHash('blake2b512').update(data).digest('hex'),
    };
  }
  const d = await hashOnMainThread(path, true);
  const signature = signPrehashed(key.privateKey, key.keyId, Buffer.from(d.blake2b512, 'hex'), opts);
  return { signature, sha256: d.sha256!, size: d.size, blake2b512: d.blake2b512 };
}

export function signBuffer(data: Buffer, key: SigningKey, opts: FileSignOptions): string {
  return signMessage(key.privateKey, key.keyId, data, { ...opts, algorithm: opts.algorithm ?? 'ED' });
}

/** `format: raw`: base64 of the 64-byte Ed25519 signature over the raw bytes (Go's `ed25519.Verify`, Sparkle). */
export function signRaw(data: Buffer, key: SigningKey): string {
  return sign(null, data, key.privateKey).toString('base64');
}
