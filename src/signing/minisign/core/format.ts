/**
 * minisign / signify formats (pure: strings and buffers in, values out; no files, no env).
 * Byte layouts: docs/reference/formats.md §1–2 (jedisct1/minisign 0.11 `src/minisign.h`).
 *
 * API (stable; the packages code and the CLI build on it):
 *   parsePublicKey(text)              → ParsedPublicKey   2-line `.pub` file, its base64 line, or base64 of the whole file (Tauri)
 *   formatPublicKey(keyId, pk)        → `.pub` text (2 lines + "\n"), byte-identical to minisign's
 *   keyIdHex(keyId)                   → 16 upper-case hex digits, keynum read as little-endian u64 (what minisign prints)
 *   parseSecretKey(text)              → ParsedSecretKey   (encrypted or not; use decryptSecretKey / scryptParams to open it)
 *   scryptParams(opslimit, memlimit)  → {N, r, p, maxmem} exactly as libsodium's crypto_pwhash_scryptsalsa208sha256 picks them
 *   openSecretKey(parsed, stream?)    → SecretKeyMaterial (XORs the 104-byte scrypt stream when encrypted, checks the BLAKE2b-256 checksum)
 *   sealSecretKey(material, opts)     → `.key` text (unencrypted like `minisign -G -W`, or encrypted with a caller-derived stream)
 *   parseSignature(text)              → ParsedSignature   4-line `.minisig` (or base64 of it, Tauri's `.sig`)
 *   formatSignature(parts)            → `.minisig` text (4 lines + "\n")
 *   ed25519PrivateKey(seed) / ed25519PublicKey(pk) / publicKeyFromSeed(seed)   Node KeyObjects from raw bytes
 *   signPrehashed(privateKey, keyId, blake2b512Digest, opts)  → `.minisig` text for algorithm `ED`
 *   signMessage(privateKey, keyId, data, opts)                → `.minisig` text for `ED` (hashes `data`) or legacy `Ed`
 *   verifySignature(sig, pub, {digest? | data?}, opts)        → {trustedComment, keyIdHex}; `data` is the file, or for legacy
 *                                     `Ed` the LegacyMessage the adapter streamed (bounded memory, ./ed25519.ts finishes the check)
 *   trustedCommentField(tc, name)     → value of `name:` in a tab-separated trusted comment (./trusted-comment.ts; a repeated field is refused)
 *   sanitizeComment(text, what)       → rejects newlines / over-long comments
 * Errors: MinisignFormatError (a FormatError: the text is not what it claims) and MinisignVerificationError (a
 * RelforgeError: a well-formed signature does not verify), both from ./errors.ts.
 */
import { createHash, createPrivateKey, createPublicKey, sign, verify, timingSafeEqual, type KeyObject } from 'node:crypto';
import { MinisignFormatError, MinisignVerificationError } from './errors.js';
import { blake2b } from './blake2b.js';
import { verifyEd25519Hram } from './ed25519.js';
import { trustedCommentField } from './trusted-comment.js';

export { trustedCommentField } from './trusted-comment.js';
export { MinisignFormatError, MinisignVerificationError } from './errors.js';

export type SignatureAlgorithm = 'ED' | 'Ed';

export const UNTRUSTED_PREFIX = 'untrusted comment: ';
export const TRUSTED_PREFIX = 'trusted comment: ';
/** minisign's COMMENTMAXBYTES and TRUSTED_COMMENT_MAX_BYTES. */
export const UNTRUSTED_COMMENT_MAX = 1024;
export const TRUSTED_COMMENT_MAX = 8192;
/** libsodium crypto_pwhash_scryptsalsa208sha256_{OPS,MEM}LIMIT_SENSITIVE: what `minisign -G` uses. */
export const MINISIGN_OPSLIMIT = 33554432;
export const MINISIGN_MEMLIMIT = 1073741824;
/** Upper bound on the memory a key file may make scrypt use (a hostile key could ask for terabytes). */
export const SCRYPT_MAX_MEMORY = 4 * 1024 * 1024 * 1024;

const PK_ALG = Buffer.from('Ed', 'latin1');
const KDF_SCRYPT = Buffer.from('Sc', 'latin1');
const KDF_NONE = Buffer.from([0, 0]);
const CHK_B2 = Buffer.from('B2', 'latin1');
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');

export interface ParsedPublicKey {
  /** keynum, 8 bytes as stored. */
  keyId: Buffer;
  /** 32-byte Ed25519 public key. */
  publicKey: Buffer;
  /** minisign's printed key id (little-endian u64 in upper-case hex). */
  keyIdHex: string;
  /** The base64 line (`RW…`), as `minisign -P` takes it. */
  base64: string;
}

export interface ParsedSignature {
  algorithm: SignatureAlgorithm;
  keyId: Buffer;
  keyIdHex: string;
  /** 64-byte signature over the file (Ed) or its BLAKE2b-512 (ED). */
  signature: Buffer;
  untrustedComment: string;
  trustedComment: string;
  /** 64-byte signature over signature ‖ trusted comment bytes. */
  globalSignature: Buffer;
}

export interface ParsedSecretKey {
  encrypted: boolean;
  salt: Buffer;
  opslimit: number;
  memlimit: number;
  /** keynum ‖ sk ‖ chk, still encrypted when `encrypted`. */
  payload: Buffer;
  untrustedComment: string;
}

export interface SecretKeyMaterial {
  keyId: Buffer;
  /** RFC 8032 seed (first half of minisign's 64-byte sk). */
  seed: Buffer;
  /** 32-byte public key (second half of minisign's sk). */
  publicKey: Buffer;
}

function fail(message: string): never {
  throw new MinisignFormatError(message);
}

function refuse(message: string): never {
  throw new MinisignVerificationError(message);
}

/** Strict standard base64 (padding required, no stray characters, canonical trailing bits), like libsodium. */
export function decodeBase64Strict(text: string, what: string, expectedLength?: number): Buffer {
  const t = text.trim();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length % 4 !== 0) fail(`${what} is not valid base64.`);
  const buf = Buffer.from(t, 'base64');
  if (buf.toString('base64') !== t) fail(`${what} is not canonical base64 (altered or truncated).`);
  if (expectedLength !== undefined && buf.length !== expectedLength) {
    fail(`${what} decodes to ${buf.length} bytes; expected ${expectedLength}.`);
  }
  return buf;
}

export function keyIdHex(keyId: Buffer): string {
  return Buffer.from(keyId).reverse().toString('hex').toUpperCase();
}

/** Splits text into lines, accepting LF or CRLF and dropping trailing empty lines. */
function lines(text: string): string[] {
  const out = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (out.length && out[out.length - 1]!.trim() === '') out.pop();
  return out;
}

/** If `text` is base64 of a whole minisign file (Tauri's `pubkey`/`TAURI_SIGNING_PRIVATE_KEY` style), returns the decoded text. */
function unwrapBase64File(text: string): string | undefined {
  const t = text.trim();
  if (t.includes('\n') || t.length < 60 || !/^[A-Za-z0-9+/=]+$/.test(t)) return undefined;
  const decoded = Buffer.from(t, 'base64').toString('utf8');
  return decoded.startsWith(UNTRUSTED_PREFIX) ? decoded : undefined;
}

function parsePublicKeyBlob(b64: string): ParsedPublicKey {
  const blob = decodeBase64Strict(b64, 'The public key', 42);
  if (!blob.subarray(0, 2).equals(PK_ALG)) fail('The public key is not an Ed25519 minisign/signify key (algorithm tag is not "Ed").');
  const keyId = Buffer.from(blob.subarray(2, 10));
  return { keyId, publicKey: Buffer.from(blob.subarray(10, 42)), keyIdHex: keyIdHex(keyId), base64: b64.trim() };
}

/**
 * Parses a minisign (or signify) public key: the 2-line `.pub` file, just its base64 line (`RW…`),
 * or base64 of the whole file (Tauri's `pubkey`).
 */
export function parsePublicKey(text: string): ParsedPublicKey {
  if (typeof text !== 'string' || text.trim() === '') fail('The public key is empty: give a minisign public key (the `.pub` file or its `RW…` line).');
  const inner = unwrapBase64File(text) ?? text;
  const ls = lines(inner).filter((l) => l.trim() !== '');
  if (ls.length === 1) return parsePublicKeyBlob(ls[0]!);
  if (ls.length === 2 && ls[0]!.startsWith(UNTRUSTED_PREFIX)) return parsePublicKeyBlob(ls[1]!);
  return fail('The public key is malformed: expected a minisign `.pub` file (an "untrusted comment:" line and a base64 line) or its base64 line.');
}

/**
 * The `.pub` text exactly as minisign writes it. Note: minisign prints the key id in this comment WITHOUT zero
 * padding (`%PRIX64`), so 1 key in 16 shows 15 digits there; `keyIdHex` (our outputs, manifests) is always 16.
 */
export function formatPublicKey(keyId: Buffer, publicKey: Buffer): string {
  const b64 = Buffer.concat([PK_ALG, keyId, publicKey]).toString('base64');
  return `${UNTRUSTED_PREFIX}minisign public key ${keyId.readBigUInt64LE(0).toString(16).toUpperCase()}\n${b64}\n`;
}

export function publicKeyBase64(keyId: Buffer, publicKey: Buffer): string {
  return Buffer.concat([PK_ALG, keyId, publicKey]).toString('base64');
}

// ---------------------------------------------------------------- secret keys

/** True when the text looks like a minisign secret key file (or base64 of one). */
export function looksLikeSecretKeyFile(text: string): boolean {
  const inner = unwrapBase64File(text) ?? text;
  return inner.trimStart().startsWith(UNTRUSTED_PREFIX);
}

export function parseSecretKey(text: string): ParsedSecretKey {
  const inner = unwrapBase64File(text) ?? text;
  const ls = lines(inner).filter((l) => l.trim() !== '');
  if (ls.length !== 2 || !ls[0]!.startsWith(UNTRUSTED_PREFIX)) {
    fail('The private key is not a minisign secret key file: expected an "untrusted comment:" line and one base64 line.');
  }
  const blob = decodeBase64Strict(ls[1]!, 'The minisign secret key', 158);
  if (!blob.subarray(0, 2).equals(PK_ALG)) fail('The minisign secret key uses an unsupported signature algorithm (expected "Ed").');
  const kdf = blob.subarray(2, 4);
  const encrypted = kdf.equals(KDF_SCRYPT);
  if (!encrypted && !kdf.equals(KDF_NONE)) fail('The minisign secret key uses an unsupported key-derivation algorithm (expected scrypt "Sc" or none).');
  if (!blob.subarray(4, 6).equals(CHK_B2)) fail('The minisign secret key uses an unsupported checksum algorithm (expected "B2").');
  const opslimit = Number(blob.readBigUInt64LE(38));
  const memlimit = Number(blob.readBigUInt64LE(46));
  return {
    encrypted,
    salt: Buffer.from(blob.subarray(6, 38)),
    opslimit,
    memlimit,
    payload: Buffer.from(blob.subarray(54, 158)),
    untrustedComment: ls[0]!.slice(UNTRUSTED_PREFIX.length),
  };
}

/** libsodium `pickparams` (crypto_pwhash/scryptsalsa208sha256/pwhash_scryptsalsa208sha256.c). */
export function scryptParams(opslimit: number, memlimit: number): { N: number; r: number; p: number; maxmem: number } {
  const ops = opslimit < 32768 ? 32768 : opslimit;
  const r = 8;
  let p: number;
  let nLog2: number;
  if (ops < memlimit / 32) {
    p = 1;
    const maxN = ops / (r * 4);
    for (nLog2 = 1; nLog2 < 63; nLog2++) if (2 ** nLog2 > maxN / 2) break;
  } else {
    const maxN = memlimit / (r * 128);
    for (nLog2 = 1; nLog2 < 63; nLog2++) if (2 ** nLog2 > maxN / 2) break;
    let maxrp = Math.floor(ops / 4 / 2 ** nLog2);
    if (maxrp > 0x3fffffff) maxrp = 0x3fffffff;
    p = Math.floor(maxrp / r);
  }
  if (nLog2 > 30 || p < 1) fail(`The minisign secret key asks for unsupported scrypt limits (opslimit ${opslimit}, memlimit ${memlimit}).`);
  const N = 2 ** nLog2;
  if (128 * r * (N + p) > SCRYPT_MAX_MEMORY) {
    fail(`The minisign secret key asks for scrypt parameters that need ${Math.round((128 * r * (N + p)) / 2 ** 20)} MiB of memory; relforge allows at most ${SCRYPT_MAX_MEMORY / 2 ** 30} GiB (minisign's own keys need 1 GiB).`);
  }
  if (N * p > 2 ** 24) fail(`The minisign secret key asks for ${N * p} scrypt iterations (N·p); relforge allows at most 2^24, 16 times what minisign uses.`);
  // OpenSSL needs 128·r·(N+2) bytes for V plus 128·r·p for B; leave headroom.
  const maxmem = 128 * r * (N + 2 + p) + 8 * 1024 * 1024;
  return { N, r, p, maxmem };
}

/** BLAKE2b-256 over sig_alg ‖ keynum ‖ sk (minisign's key checksum; Node has only BLAKE2b-512, see ./blake2b.ts). */
export function secretKeyChecksum(keyId: Buffer, sk64: Buffer): Buffer {
  return blake2b(Buffer.concat([PK_ALG, keyId, sk64]), 32);
}

/**
 * Opens a parsed secret key. For encrypted keys pass the 104-byte scrypt stream
 * (scrypt(password, salt, 104, scryptParams(opslimit, memlimit))). Checks the checksum and that the
 * embedded public key matches the seed.
 */
export function openSecretKey(parsed: ParsedSecretKey, stream?: Buffer): SecretKeyMaterial {
  let payload = parsed.payload;
  if (parsed.encrypted) {
    if (!stream || stream.length !== 104) fail('The minisign secret key is encrypted: a password is needed to open it.');
    payload = Buffer.alloc(104);
    for (let i = 0; i < 104; i++) payload[i] = parsed.payload[i]! ^ stream[i]!;
  }
  const keyId = Buffer.from(payload.subarray(0, 8));
  const sk = payload.subarray(8, 72);
  const chk = payload.subarray(72, 104);
  const expected = secretKeyChecksum(keyId, sk);
  const zero = chk.every((b) => b === 0);
  if (!timingSafeEqual(chk, expected) && !(zero && !parsed.encrypted)) {
    payload.fill(0);
    (parsed.encrypted ? refuse : fail)(
      parsed.encrypted
        ? 'Wrong password for the minisign secret key (checksum mismatch after decryption): check the password input.'
        : 'The minisign secret key is corrupted (checksum mismatch).',
    );
  }
  const seed = Buffer.from(sk.subarray(0, 32));
  const publicKey = Buffer.from(sk.subarray(32, 64));
  if (parsed.encrypted) payload.fill(0);
  if (!publicKeyFromSeed(seed).equals(publicKey)) fail('The minisign secret key is corrupted: its public half does not match its seed.');
  return { keyId, seed, publicKey };
}

/**
 * Writes a minisign secret key file. Without `encrypt`, like `minisign -G -W` (kdf none, zero salt/limits,
 * zero checksum). With `encrypt`, the caller derives `stream` = scrypt(password, salt, 104, scryptParams(opslimit, memlimit)).
 */
export function sealSecretKey(
  key: SecretKeyMaterial,
  encrypt?: { salt: Buffer; opslimit: number; memlimit: number; stream: Buffer },
  comment = encrypt ? 'minisign encrypted secret key' : 'minisign secret key',
): string {
  const sk = Buffer.concat([key.seed, key.publicKey]);
  const header = Buffer.alloc(54);
  PK_ALG.copy(header, 0);
  (encrypt ? KDF_SCRYPT : KDF_NONE).copy(header, 2);
  CHK_B2.copy(header, 4);
  let payload: Buffer;
  if (encrypt) {
    encrypt.salt.copy(header, 6);
    header.writeBigUInt64LE(BigInt(encrypt.opslimit), 38);
    header.writeBigUInt64LE(BigInt(encrypt.memlimit), 46);
    const plain = Buffer.concat([key.keyId, sk, secretKeyChecksum(key.keyId, sk)]);
    payload = Buffer.alloc(104);
    for (let i = 0; i < 104; i++) payload[i] = plain[i]! ^ encrypt.stream[i]!;
    plain.fill(0);
  } else {
    payload = Buffer.concat([key.keyId, sk, Buffer.alloc(32)]);
  }
  sk.fill(0);
  return `${UNTRUSTED_PREFIX}${comment}\n${Buffer.concat([header, payload]).toString('base64')}\n`;
}

// ---------------------------------------------------------------- Ed25519 key objects

export function ed25519PrivateKey(seed: Buffer): KeyObject {
  if (seed.length !== 32) fail('An Ed25519 seed must be 32 bytes.');
  return createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' });
}

export function ed25519PublicKey(publicKey: Buffer): KeyObject {
  if (publicKey.length !== 32) fail('An Ed25519 public key must be 32 bytes.');
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519, publicKey]), format: 'der', type: 'spki' });
}

/** Raw 32-byte public key of a Node Ed25519 key object (private or public). */
export function rawPublicKey(key: KeyObject): Buffer {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  const der = pub.export({ format: 'der', type: 'spki' });
  return Buffer.from(der.subarray(der.length - 32));
}

export function publicKeyFromSeed(seed: Buffer): Buffer {
  return rawPublicKey(ed25519PrivateKey(seed));
}

// ---------------------------------------------------------------- signatures

export function sanitizeComment(text: string, what: 'trusted' | 'untrusted'): string {
  const max = what === 'trusted' ? TRUSTED_COMMENT_MAX : UNTRUSTED_COMMENT_MAX;
  if (/[\r\n\0]/.test(text)) fail(`The ${what} comment must be one line (it contains a line break or NUL).`);
  if (Buffer.byteLength(text) > max) fail(`The ${what} comment is ${Buffer.byteLength(text)} bytes; minisign allows at most ${max}.`);
  return text;
}

export function formatSignature(parts: {
  algorithm: SignatureAlgorithm;
  keyId: Buffer;
  signature: Buffer;
  untrustedComment: string;
  trustedComment: string;
  globalSignature: Buffer;
}): string {
  const blob = Buffer.concat([Buffer.from(parts.algorithm, 'latin1'), parts.keyId, parts.signature]);
  return (
    `${UNTRUSTED_PREFIX}${sanitizeComment(parts.untrustedComment, 'untrusted')}\n${blob.toString('base64')}\n` +
    `${TRUSTED_PREFIX}${sanitizeComment(parts.trustedComment, 'trusted')}\n${parts.globalSignature.toString('base64')}\n`
  );
}

export function parseSignature(text: string): ParsedSignature {
  if (typeof text !== 'string' || text.trim() === '') fail('The signature is empty: give the text of a `.minisig` file.');
  // Tauri's `.sig` files and latest.json `signature` values are base64 of the whole `.minisig` text.
  const ls = lines(unwrapBase64File(text) ?? text);
  if (ls.length === 2 && ls[0]!.startsWith(UNTRUSTED_PREFIX)) {
    fail('The signature has no trusted comment (a signify signature?): relforge and minisign require the 4-line minisign format.');
  }
  if (ls.length !== 4) fail(`The signature is malformed: expected 4 lines (untrusted comment, signature, trusted comment, global signature), got ${ls.length}.`);
  if (!ls[0]!.startsWith(UNTRUSTED_PREFIX)) fail('The signature is malformed: line 1 must start with "untrusted comment: ".');
  if (!ls[2]!.startsWith(TRUSTED_PREFIX)) fail('The signature is malformed: line 3 must start with "trusted comment: ".');
  const blob = decodeBase64Strict(ls[1]!, 'The signature (line 2)', 74);
  const alg = blob.subarray(0, 2).toString('latin1');
  if (alg !== 'ED' && alg !== 'Ed') fail(`The signature uses an unsupported algorithm "${alg.replace(/[^\x20-\x7e]/g, '?')}" (expected ED or Ed).`);
  const keyId = Buffer.from(blob.subarray(2, 10));
  const untrustedComment = ls[0]!.slice(UNTRUSTED_PREFIX.length);
  const trustedComment = ls[2]!.slice(TRUSTED_PREFIX.length);
  if (Buffer.byteLength(trustedComment) > TRUSTED_COMMENT_MAX) fail('The trusted comment is longer than minisign allows (8192 bytes).');
  return {
    algorithm: alg as SignatureAlgorithm,
    keyId,
    keyIdHex: keyIdHex(keyId),
    signature: Buffer.from(blob.subarray(10, 74)),
    untrustedComment,
    trustedComment,
    globalSignature: decodeBase64Strict(ls[3]!, 'The global signature (line 4)', 64),
  };
}

export interface SignOptions {
  trustedComment: string;
  untrustedComment?: string;
}

/** Builds the `.minisig` text from the message signature (over the file or its prehash). */
function finish(privateKey: KeyObject, keyId: Buffer, algorithm: SignatureAlgorithm, signature: Buffer, opts: SignOptions): string {
  const trustedComment = sanitizeComment(opts.trustedComment, 'trusted');
  const globalSignature = sign(null, Buffer.concat([signature, Buffer.from(trustedComment, 'utf8')]), privateKey);
  return formatSignature({
    algorithm,
    keyId,
    signature,
    untrustedComment: opts.untrustedComment ?? 'signature from relforge (minisign format)',
    trustedComment,
    globalSignature,
  });
}

/** `ED` signature from a BLAKE2b-512 digest computed by the caller (streamed). */
export function signPrehashed(privateKey: KeyObject, keyId: Buffer, digest: Buffer, opts: SignOptions): string {
  if (digest.length !== 64) fail('A prehashed (ED) signature needs the 64-byte BLAKE2b-512 digest of the file.');
  return finish(privateKey, keyId, 'ED', sign(null, digest, privateKey), opts);
}

/** Signs an in-memory message: `ED` (default; hashes `data` with BLAKE2b-512) or legacy `Ed` (over `data` itself). */
export function signMessage(
  privateKey: KeyObject,
  keyId: Buffer,
  data: Buffer,
  opts: SignOptions & { algorithm?: SignatureAlgorithm },
): string {
  const algorithm = opts.algorithm ?? 'ED';
  const message = algorithm === 'ED' ? createHash('blake2b512').update(data).digest() : data;
  return finish(privateKey, keyId, algorithm, sign(null, message, privateKey), opts);
}

export interface VerifyResult {
  trustedComment: string;
  keyIdHex: string;
  algorithm: SignatureAlgorithm;
}

export interface VerifyOptions {
  /** Require the trusted comment's `version:` field to equal this (a leading `v` is ignored on both sides). */
  expectVersion?: string;
  /** Refuse legacy `Ed` signatures (like `minisign -V -H`). */
  requirePrehashed?: boolean;
}

/**
 * A legacy `Ed` message the adapter streamed instead of holding it in memory: SHA-512(R ‖ A ‖ file) for this
 * signature's R and this public key A (src/signing/minisign/verify.ts legacyMessage). ./ed25519.ts finishes the check.
 */
export interface LegacyMessage {
  readonly kind: 'ed25519-hram';
  /** The R half of the signature the hash was computed for. */
  readonly r: Buffer;
  /** The public key it was computed for. */
  readonly publicKey: Buffer;
  readonly hram: Buffer;
}

function isLegacyMessage(m: unknown): m is LegacyMessage {
  return typeof m === 'object' && m !== null && (m as LegacyMessage).kind === 'ed25519-hram';
}

/** The file signature (`sig`, over the file or its BLAKE2b-512) holds for this message? */
function messageVerifies(sig: ParsedSignature, pub: ParsedPublicKey, key: KeyObject, message: { digest?: Buffer; data?: Buffer | LegacyMessage }): boolean {
  if (sig.algorithm === 'ED') {
    if (message.digest) return verify(null, message.digest, key, sig.signature);
    if (Buffer.isBuffer(message.data)) return verify(null, createHash('blake2b512').update(message.data).digest(), key, sig.signature);
    return fail('Internal: a prehashed ("ED") signature needs the BLAKE2b-512 digest of the file or its contents.');
  }
  const data = message.data ?? fail('A legacy "Ed" signature covers the whole file; verify it with the file contents (or legacyMessage), not a digest.');
  if (!isLegacyMessage(data)) return verify(null, data, key, sig.signature);
  if (!data.r.equals(sig.signature.subarray(0, 32)) || !data.publicKey.equals(pub.publicKey)) {
    return fail('Internal: the streamed legacy message was hashed for another signature or public key.');
  }
  return verifyEd25519Hram(pub.publicKey, sig.signature, data.hram);
}

/**
 * Verifies a parsed signature in minisign's order: key id → file signature → global signature
 * (→ rollback binding). `message.digest` is the BLAKE2b-512 of the file (enough for `ED`); `message.data`
 * is the file itself or, for legacy `Ed` in bounded memory, the LegacyMessage streamed by the adapter.
 * Throws MinisignVerificationError naming the failed check (MinisignFormatError for an ambiguous comment).
 */
export function verifySignature(
  sig: ParsedSignature,
  pub: ParsedPublicKey,
  message: { digest?: Buffer; data?: Buffer | LegacyMessage },
  opts: VerifyOptions = {},
): VerifyResult {
  if (!sig.keyId.equals(pub.keyId)) {
    refuse(`Signature key id ${sig.keyIdHex} does not match the public key's id ${pub.keyIdHex}: the file was signed with a different key.`);
  }
  if (opts.requirePrehashed && sig.algorithm !== 'ED') refuse('Legacy (non-prehashed, "Ed") signature found, but a prehashed ("ED") signature is required.');
  const key = ed25519PublicKey(pub.publicKey);
  if (!messageVerifies(sig, pub, key, message)) refuse('Signature verification failed: the file does not match the signature (file altered, or wrong signature file).');
  const globalMsg = Buffer.concat([sig.signature, Buffer.from(sig.trustedComment, 'utf8')]);
  if (!verify(null, globalMsg, key, sig.globalSignature)) refuse('Trusted comment verification failed: the trusted comment or global signature was altered.');
  if (opts.expectVersion !== undefined) {
    const v = trustedCommentField(sig.trustedComment, 'version');
    const norm = (s: string) => s.trim().replace(/^v(?=\d)/, '');
    if (v === undefined) refuse(`The trusted comment has no "version:" field, but version ${opts.expectVersion} is required (rollback protection).`);
    if (norm(v) !== norm(opts.expectVersion)) {
      refuse(`The signed version is "${v}" but "${opts.expectVersion}" was expected: refusing a validly signed file of another version (rollback protection).`);
    }
  }
  return { trustedComment: sig.trustedComment, keyIdHex: sig.keyIdHex, algorithm: sig.algorithm };
}
