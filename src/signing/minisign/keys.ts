/**
 * Signing keys: load (minisign `.key`, Tauri base64, PKCS#8 PEM, raw seed), pin against the expected public key,
 * generate minisign-compatible pairs. Adapter around ./core/format.ts that runs scrypt. Key material is never
 * echoed in errors; seeds and scrypt streams are zeroed after use.
 */
import { createHash, createPrivateKey, randomBytes, scrypt as scryptCb, type KeyObject } from 'node:crypto';
import { RelforgeError, asUserError, errorMessage, fieldError } from '../../platform/errors.js';
import {
  MINISIGN_MEMLIMIT,
  MINISIGN_OPSLIMIT,
  MinisignVerificationError,
  decodeBase64Strict,
  ed25519PrivateKey,
  formatPublicKey,
  keyIdHex as toKeyIdHex,
  looksLikeSecretKeyFile,
  openSecretKey,
  parsePublicKey,
  parseSecretKey,
  publicKeyBase64,
  publicKeyFromSeed,
  rawPublicKey,
  scryptParams,
  sealSecretKey,
  type ParsedPublicKey,
  type ParsedSecretKey,
} from './core/format.js';

export interface SigningKey {
  /** minisign keynum (8 bytes). */
  readonly keyId: Buffer;
  readonly keyIdHex: string;
  /** 32-byte Ed25519 public key. */
  readonly publicKey: Buffer;
  /** minisign `.pub` text (2 lines). */
  readonly publicKeyText: string;
  /** The `.pub` base64 line (`RW…`). */
  readonly publicKeyBase64: string;
  readonly source: 'minisign' | 'pkcs8' | 'seed';
  /** Node key object; never serialised (Node prints KeyObjects without key material). */
  readonly privateKey: KeyObject;
}

function makeKey(privateKey: KeyObject, keyId: Buffer, source: SigningKey['source']): SigningKey {
  const publicKey = rawPublicKey(privateKey);
  return Object.freeze({
    keyId,
    keyIdHex: toKeyIdHex(keyId),
    publicKey,
    publicKeyText: formatPublicKey(keyId, publicKey),
    publicKeyBase64: publicKeyBase64(keyId, publicKey),
    source,
    privateKey,
  });
}

/** Key id for keys that carry none (PEM, raw seed): first 8 bytes of BLAKE2b-512(public key), so a seed always gets the same id. */
export function derivedKeyId(publicKey: Buffer): Buffer {
  return Buffer.from(createHash('blake2b512').update(publicKey).digest().subarray(0, 8));
}

async function scryptStream(password: string, salt: Buffer, opslimit: number, memlimit: number): Promise<Buffer> {
  const { N, r, p, maxmem } = scryptParams(opslimit, memlimit);
  return await new Promise<Buffer>((res, rej) =>
    scryptCb(Buffer.from(password, 'utf8'), salt, 104, { N, r, p, maxmem }, (err, key) => (err ? rej(err) : res(key))),
  );
}

async function openMinisignKey(text: string, password: string | undefined): Promise<SigningKey> {
  const parsed = parseSecretKey(text);
  const stream = parsed.encrypted ? await deriveStream(parsed, password) : undefined;
  let m;
  try {
    m = openSecretKey(parsed, stream);
  } catch (err) {
    stream?.fill(0);
    if (err instanceof MinisignVerificationError) throw fieldError('password', 'is wrong: it does not open the minisign secret key (checksum mismatch after decryption).');
    throw err;
  }
  try {
    return makeKey(ed25519PrivateKey(m.seed), m.keyId, 'minisign');
  } finally {
    m.seed.fill(0);
    stream?.fill(0);
  }
}

/** The scrypt stream for an encrypted key; without a password, the empty one (Tauri's default) must open it. */
async function deriveStream(parsed: ParsedSecretKey, password: string | undefined): Promise<Buffer> {
  let stream: Buffer;
  try {
    stream = await scryptStream(password ?? '', parsed.salt, parsed.opslimit, parsed.memlimit);
  } catch (err) {
    throw new RelforgeError(`Could not derive the key from the password (scrypt with the key's limits failed: ${errorMessage(err).replace(/[^\x20-\x7e]/g, '')}).`);
  }
  if (!password) {
    try {
      openSecretKey(parsed, stream).seed.fill(0);
    } catch {
      stream.fill(0);
      throw fieldError('password', 'is needed: the minisign secret key is encrypted and the empty password did not open it.');
    }
  }
  return stream;
}

function loadPem(text: string, password: string | undefined): SigningKey {
  if (/ENCRYPTED PRIVATE KEY/.test(text) && !password) throw fieldError('password', 'is needed: the PKCS#8 private key is encrypted.');
  let key: KeyObject;
  try {
    key = createPrivateKey(password ? { key: text, format: 'pem', passphrase: password } : { key: text, format: 'pem' });
  } catch {
    throw fieldError('private-key', 'is a PEM that could not be read: give an unencrypted (or password-protected) PKCS#8 "PRIVATE KEY" PEM of an Ed25519 key.');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw fieldError('private-key', `holds a ${key.asymmetricKeyType ?? 'non-Ed25519'} key; an Ed25519 key is required.`);
  return makeKey(key, derivedKeyId(rawPublicKey(key)), 'pkcs8');
}

function loadSeed(text: string): SigningKey {
  let raw: Buffer;
  try {
    raw = decodeBase64Strict(text.replace(/\s+/g, ''), 'The private key');
  } catch {
    throw fieldError('private-key', 'is not recognised: give a minisign secret key file, a PKCS#8 PEM, or base64 of a 32-byte Ed25519 seed.');
  }
  const n = raw.length;
  const seed = Buffer.from(raw.subarray(0, 32));
  const consistent = n === 32 || (n === 64 && publicKeyFromSeed(seed).equals(raw.subarray(32)));
  raw.fill(0);
  if (n !== 32 && n !== 64) {
    seed.fill(0);
    throw fieldError('private-key', `decodes to ${n} bytes; base64 of a 32-byte Ed25519 seed (or 64 bytes seed + public key) is expected.`);
  }
  if (!consistent) {
    seed.fill(0);
    throw fieldError('private-key', 'is inconsistent: the second half of the 64 bytes is not the public key of the first half.');
  }
  const key = ed25519PrivateKey(seed);
  seed.fill(0);
  return makeKey(key, derivedKeyId(rawPublicKey(key)), 'seed');
}

/**
 * Loads a signing key. Accepted material (never echoed in errors):
 * - a minisign secret key file's text (unencrypted, or scrypt-encrypted: give `password`), or base64 of that text (Tauri);
 * - a PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`) holding an Ed25519 key;
 * - base64 of a raw 32-byte Ed25519 seed (or of 64 bytes seed ‖ public key, Go's `ed25519.PrivateKey`).
 * An encrypted minisign key without a password is tried with the empty password (Tauri's default) first.
 * (A password given for an unencrypted key is ignored.)
 */
export async function loadSigningKey(material: string, password?: string): Promise<SigningKey> {
  const text = (material ?? '').trim();
  if (!text) throw fieldError('private-key', 'is empty: give a minisign secret key, a PKCS#8 PEM or base64 of a 32-byte seed. Refusing to publish unsigned files.');
  try {
    if (looksLikeSecretKeyFile(text)) return await openMinisignKey(text, password);
    if (text.startsWith('-----BEGIN')) return loadPem(text, password);
    return loadSeed(text);
  } catch (err) {
    throw asUserError(err);
  }
}

/**
 * Key pinning: the key must match `expected` (minisign public key text or its base64 line). Keys without
 * their own id (PEM/seed) take the pinned key id, so signatures name the id users have in their `.pub`.
 */
export function checkKeyPin(key: SigningKey, expected: string | ParsedPublicKey | undefined): SigningKey {
  if (expected === undefined || expected === '') return key;
  let pin: ParsedPublicKey;
  try {
    pin = typeof expected === 'string' ? parsePublicKey(expected) : expected;
  } catch (err) {
    throw fieldError('public-key', `is malformed: ${errorMessage(err)}`);
  }
  if (!pin.publicKey.equals(key.publicKey)) {
    throw fieldError('public-key', `is ${pin.keyIdHex}, but the private key does not belong to the expected public key: its public key is ${key.publicKeyBase64}. Check {{private-key}} and {{public-key}}.`);
  }
  if (!pin.keyId.equals(key.keyId)) {
    if (key.source === 'minisign') throw fieldError('public-key', `has key id ${pin.keyIdHex} but the minisign secret key has key id ${key.keyIdHex}.`);
    return makeKey(key.privateKey, pin.keyId, key.source);
  }
  return key;
}

/** Generates a minisign key pair; with a password the secret key is scrypt-encrypted (minisign's default limits unless given). */
export async function generateKeyPair(
  password?: string,
  opts: { opslimit?: number; memlimit?: number; keyId?: Buffer } = {},
): Promise<{ publicKey: string; secretKey: string; keyIdHex: string }> {
  const seed = randomBytes(32);
  const keyId = opts.keyId ?? randomBytes(8);
  const publicKey = publicKeyFromSeed(seed);
  let secretKey: string;
  if (password) {
    const salt = randomBytes(32);
    const opslimit = opts.opslimit ?? MINISIGN_OPSLIMIT;
    const memlimit = opts.memlimit ?? MINISIGN_MEMLIMIT;
    const stream = await scryptStream(password, salt, opslimit, memlimit);
    secretKey = sealSecretKey({ keyId, seed, publicKey }, { salt, opslimit, memlimit, stream });
    stream.fill(0);
  } else {
    secretKey = sealSecretKey({ keyId, seed, publicKey });
  }
  seed.fill(0);
  return { publicKey: formatPublicKey(keyId, publicKey), secretKey, keyIdHex: toKeyIdHex(keyId) };
}
