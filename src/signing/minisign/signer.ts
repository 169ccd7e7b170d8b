/**
 * Ed25519 signer and verifier (minisign format) — the adapter around ./core/format.ts that touches
 * files, worker threads and scrypt. Shape (design.md "Signers"): prepare (load + pin-check the key before
 * any file is read) → sign into temp files → verify each signature independently against the file on
 * disk → commit (rename into place). Any failure deletes every signature written in this run.
 *
 * Library API (exported from src/index.ts):
 *   loadSigningKey(material, password?)          → SigningKey   minisign `.key` text (or base64 of it, Tauri style),
 *                                                                 PKCS#8 PEM, or base64 of a 32-byte seed (or 64-byte seed‖pk)
 *   checkKeyPin(key, expectedPublicKey)          → SigningKey   throws unless the derived public key equals the pin
 *   generateKeyPair(password?)                   → {publicKey, secretKey, keyIdHex}   minisign-compatible texts
 *   signFile(path, key, {trustedComment, algorithm?}) → {signature, sha256, size, blake2b512}
 *   signBuffer(data, key, {trustedComment, algorithm?}) → `.minisig` text
 *   signFiles(settings)                          → SignFilesResult   the action's operation (checksums, workers, fail-closed)
 *   verifyFile(path, sigText, publicKey, {expectVersion?, requirePrehashed?}) → {trustedComment, keyIdHex, algorithm}
 *   verifyBuffer(data, sigText, publicKey, opts?) → same, for in-memory data (e.g. a manifest)
 *   signRaw / verifyRawFile                      `format: raw` (base64 of the 64-byte signature over the file bytes)
 *   RAW_SIZE_LIMIT                               raw/legacy `Ed` need the whole file in memory: larger files are refused
 */
import { createPrivateKey, randomBytes, scrypt as scryptCb, sign, verify, createHash, type KeyObject } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Problems, RelforgeError, errorMessage } from '../../platform/errors.js';
import { expandFiles, hashFile, READ_CHUNK } from '../../platform/fs.js';
import {
  MINISIGN_MEMLIMIT,
  MINISIGN_OPSLIMIT,
  decodeBase64Strict,
  ed25519PrivateKey,
  ed25519PublicKey,
  formatPublicKey,
  keyIdHex as toKeyIdHex,
  looksLikeSecretKeyFile,
  openSecretKey,
  parsePublicKey,
  parseSecretKey,
  parseSignature,
  publicKeyBase64,
  publicKeyFromSeed,
  rawPublicKey,
  sanitizeComment,
  scryptParams,
  sealSecretKey,
  signMessage,
  signPrehashed,
  verifySignature,
  type ParsedPublicKey,
  type SignatureAlgorithm,
  type VerifyOptions,
  type VerifyResult,
} from './core/format.js';
import { formatChecksums } from '../../publishing/core/checksums.js';
import { formatPlatform, inferPlatform } from '../../packages/core/platform.js';

export { parsePublicKey, parseSignature, formatPublicKey, trustedCommentField, type ParsedPublicKey, type ParsedSignature, type SignatureAlgorithm, type VerifyOptions, type VerifyResult } from './core/format.js';

/** Largest file signed or verified in `raw` format or legacy `Ed` (Node's Ed25519 is one-shot: the file must be in memory). */
export const RAW_SIZE_LIMIT = 512 * 1024 * 1024;

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

const fail = (message: string): never => {
  throw new RelforgeError(message);
};

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

/**
 * Loads a signing key. Accepted material (never echoed in errors):
 * - a minisign secret key file's text (unencrypted, or scrypt-encrypted: give `password`), or base64 of that text (Tauri);
 * - a PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`) holding an Ed25519 key;
 * - base64 of a raw 32-byte Ed25519 seed (or of 64 bytes seed ‖ public key, Go's `ed25519.PrivateKey`).
 * An encrypted minisign key without a password is tried with the empty password (Tauri's default) first.
 */
export async function loadSigningKey(material: string, password?: string): Promise<SigningKey> {
  const text = (material ?? '').trim();
  if (!text) fail('The private key is empty: set the private-key input to a minisign secret key, a PKCS#8 PEM or base64 of a 32-byte seed.');
  if (looksLikeSecretKeyFile(text)) {
    const parsed = parseSecretKey(text);
    let stream: Buffer | undefined;
    if (parsed.encrypted) {
      try {
        stream = await scryptStream(password ?? '', parsed.salt, parsed.opslimit, parsed.memlimit);
      } catch (err) {
        fail(`Could not derive the key from the password (scrypt with the key's limits failed: ${errorMessage(err).replace(/[^\x20-\x7e]/g, '')}).`);
      }
      if (!password) {
        try {
          openSecretKey(parsed, stream).seed.fill(0);
        } catch {
          stream?.fill(0);
          fail('The minisign secret key is encrypted: set the password input (CLI: --password-env VAR); the empty password did not open it.');
        }
      }
    }
    // (A password given for an unencrypted key is ignored.)
    const m = openSecretKey(parsed, stream);
    try {
      return makeKey(ed25519PrivateKey(m.seed), m.keyId, 'minisign');
    } finally {
      m.seed.fill(0);
      stream?.fill(0);
    }
  }
  if (text.startsWith('-----BEGIN')) {
    if (/ENCRYPTED PRIVATE KEY/.test(text) && !password) fail('The PKCS#8 private key is encrypted: set the password input.');
    let key: KeyObject;
    try {
      key = createPrivateKey(password ? { key: text, format: 'pem', passphrase: password } : { key: text, format: 'pem' });
    } catch {
      return fail('The private key PEM could not be read: give an unencrypted (or password-protected) PKCS#8 "PRIVATE KEY" PEM of an Ed25519 key.');
    }
    if (key.asymmetricKeyType !== 'ed25519') fail(`The private key PEM holds a ${key.asymmetricKeyType ?? 'non-Ed25519'} key; an Ed25519 key is required.`);
    return makeKey(key, derivedKeyId(rawPublicKey(key)), 'pkcs8');
  }
  let raw: Buffer;
  try {
    raw = decodeBase64Strict(text.replace(/\s+/g, ''), 'The private key');
  } catch {
    return fail('The private key is not recognised: give a minisign secret key file, a PKCS#8 PEM, or base64 of a 32-byte Ed25519 seed.');
  }
  if (raw.length !== 32 && raw.length !== 64) {
    raw.fill(0);
    fail(`The private key decodes to ${raw.length} bytes; base64 of a 32-byte Ed25519 seed (or 64 bytes seed + public key) is expected.`);
  }
  const seed = Buffer.from(raw.subarray(0, 32));
  if (raw.length === 64 && !publicKeyFromSeed(seed).equals(raw.subarray(32))) {
    raw.fill(0);
    seed.fill(0);
    fail('The 64-byte private key is inconsistent: its second half is not the public key of its first half.');
  }
  raw.fill(0);
  const key = ed25519PrivateKey(seed);
  seed.fill(0);
  return makeKey(key, derivedKeyId(rawPublicKey(key)), 'seed');
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
    return fail(`The public-key input is malformed: ${errorMessage(err)}`);
  }
  if (!pin.publicKey.equals(key.publicKey)) {
    fail(`The private key does not belong to the expected public key ${pin.keyIdHex}: its public key is ${key.publicKeyBase64}. Check the private-key and public-key inputs.`);
  }
  if (!pin.keyId.equals(key.keyId)) {
    if (key.source === 'minisign') fail(`The minisign secret key has key id ${key.keyIdHex} but the expected public key has id ${pin.keyIdHex}.`);
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

// ---------------------------------------------------------------- hashing (main thread or workers)

interface Digests {
  size: number;
  blake2b512: string;
  /** Only when asked for (checksums on): SHA-256 alongside BLAKE2b costs ~50 % more CPU per byte. */
  sha256?: string;
}

/**
 * Self-contained worker body (eval'd, so it survives bundling): the same single read as fs.ts hashFile
 * (1 MiB reads into reused buffers, every requested hash fed from the same bytes), double-buffered so the
 * next read runs while this chunk is hashed. No per-chunk allocation: memory does not grow with file size.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { open } = require('node:fs/promises');
const { createHash } = require('node:crypto');
parentPort.on('message', async ({ id, path, algos, chunk }) => {
  let fh;
  try {
    const hs = algos.map((a) => createHash(a));
    let size = 0;
    fh = await open(path, 'r');
    let cur = Buffer.allocUnsafe(chunk);
    let next = Buffer.allocUnsafe(chunk);
    let pending = fh.read(cur, 0, chunk, null);
    for (;;) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) break;
      const data = bytesRead === chunk ? cur : cur.subarray(0, bytesRead);
      [cur, next] = [next, cur];
      pending = fh.read(cur, 0, chunk, null);
      size += bytesRead;
      for (const h of hs) h.update(data);
    }
    const out = { id, size };
    algos.forEach((a, i) => { out[a] = hs[i].digest('hex'); });
    parentPort.postMessage(out);
  } catch (e) {
    parentPort.postMessage({ id, error: String((e && e.message) || e) });
  } finally {
    if (fh) await fh.close().catch(() => {});
  }
});
`;

class HashPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Array<() => void> = [];
  private seq = 0;
  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(WORKER_SOURCE, { eval: true });
      this.workers.push(w);
      this.idle.push(w);
    }
  }
  private async acquire(): Promise<Worker> {
    const w = this.idle.pop();
    if (w) return w;
    await new Promise<void>((res) => this.queue.push(res));
    return this.acquire();
  }
  private release(w: Worker): void {
    this.idle.push(w);
    this.queue.shift()?.();
  }
  async hash(path: string, withSha256: boolean): Promise<Digests> {
    const w = await this.acquire();
    const id = ++this.seq;
    try {
      return await new Promise<Digests>((res, rej) => {
        const onMessage = (m: Digests & { id: number; error?: string }) => {
          if (m.id !== id) return;
          cleanup();
          if (m.error) rej(new Error(m.error));
          else res({ size: m.size, blake2b512: m.blake2b512, sha256: m.sha256 });
        };
        const onError = (e: Error) => (cleanup(), rej(e));
        const cleanup = () => {
          w.off('message', onMessage);
          w.off('error', onError);
        };
        w.on('message', onMessage);
        w.on('error', onError);
        w.postMessage({ id, path, algos: withSha256 ? ['blake2b512', 'sha256'] : ['blake2b512'], chunk: READ_CHUNK });
      });
    } finally {
      this.release(w);
    }
  }
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

async function hashOnMainThread(path: string, withSha256: boolean): Promise<Digests> {
  return withSha256 ? await hashFile(path, ['blake2b512', 'sha256']) : await hashFile(path, ['blake2b512']);
}

interface Fingerprint {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
}

async function fingerprint(path: string): Promise<Fingerprint> {
  const s = await stat(path, { bigint: true });
  if (!s.isFile()) fail(`${path} is not a regular file.`);
  return { dev: s.dev, ino: s.ino, size: s.size, mtimeNs: s.mtimeNs, ctimeNs: s.ctimeNs };
}

const sameFingerprint = (a: Fingerprint, b: Fingerprint) =>
  a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;

async function readBounded(path: string, what: string): Promise<Buffer> {
  const s = await stat(path).catch((err: unknown) => fail(`Could not read ${path}: ${errorMessage(err)}`));
  if (s.size > RAW_SIZE_LIMIT) {
    fail(
      `${path} is ${s.size} bytes, above the ${RAW_SIZE_LIMIT / 1024 / 1024} MiB limit for ${what}: Ed25519 over raw bytes needs the whole file in memory. ` +
        'Use the default minisign format (prehashed "ED", streamed) for large files.',
    );
  }
  return await readFile(path).catch((err: unknown) => fail(`Could not read ${path}: ${errorMessage(err)}`));
}

// ---------------------------------------------------------------- single files and buffers

export interface FileSignOptions {
  trustedComment: string;
  untrustedComment?: string;
  /** `ED` (default, prehashed, streamed) or legacy `Ed` (signify-compatible; whole file in memory, ≤ RAW_SIZE_LIMIT). */
  algorithm?: SignatureAlgorithm;
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

function asPublicKey(publicKey: string | ParsedPublicKey): ParsedPublicKey {
  return typeof publicKey === 'string' ? parsePublicKey(publicKey) : publicKey;
}

/**
 * Verifies `path` against minisign signature text and a public key (`.pub` text, its `RW…` line, or parsed).
 * Order: parse → key id → file signature → trusted comment → `expectVersion` (rollback binding).
 * Throws RelforgeError naming the failed check.
 */
export async function verifyFile(
  path: string,
  sigText: string,
  publicKey: string | ParsedPublicKey,
  opts: VerifyOptions = {},
): Promise<VerifyResult> {
  const sig = parseSignature(sigText);
  const pub = asPublicKey(publicKey);
  if (!sig.keyId.equals(pub.keyId)) {
    fail(`Signature key id ${sig.keyIdHex} does not match the public key's id ${pub.keyIdHex}: the file was signed with a different key.`);
  }
  if (opts.requirePrehashed && sig.algorithm !== 'ED') fail('Legacy (non-prehashed, "Ed") signature found, but a prehashed ("ED") signature is required.');
  if (sig.algorithm === 'Ed') {
    return verifySignature(sig, pub, { data: await readBounded(path, 'legacy "Ed" signatures') }, opts);
  }
  let digest: Buffer;
  try {
    digest = Buffer.from((await hashFile(path, ['blake2b512'])).blake2b512, 'hex');
  } catch (err) {
    return fail(`Could not read ${path}: ${errorMessage(err)}`);
  }
  return verifySignature(sig, pub, { digest }, opts);
}

export function verifyBuffer(data: Buffer, sigText: string, publicKey: string | ParsedPublicKey, opts: VerifyOptions = {}): VerifyResult {
  return verifySignature(parseSignature(sigText), asPublicKey(publicKey), { data }, opts);
}

/** `format: raw`: base64 of the 64-byte Ed25519 signature over the raw bytes (Go's `ed25519.Verify`, Sparkle). */
export function signRaw(data: Buffer, key: SigningKey): string {
  return sign(null, data, key.privateKey).toString('base64');
}

export async function verifyRawFile(path: string, signatureBase64: string, publicKey: string | ParsedPublicKey | Buffer): Promise<void> {
  const pk = Buffer.isBuffer(publicKey) ? publicKey : asPublicKey(publicKey).publicKey;
  const sig = decodeBase64Strict(signatureBase64, 'The raw signature', 64);
  const data = await readBounded(path, 'raw signatures');
  if (!verify(null, data, ed25519PublicKey(pk), sig)) fail(`Raw Ed25519 signature verification failed for ${path}: the file or signature was altered, or another key signed it.`);
}

// ---------------------------------------------------------------- the action's operation

export interface SignFilesSettings {
  /** Glob patterns or paths (relative to `cwd`); expanded with fs.ts expandFiles after the key is loaded. Zero matches is an error. */
  files: string[];
  cwd?: string;
  /** A loaded key, or the material + password to load (the key is loaded and pin-checked before any file is read). */
  key?: SigningKey;
  privateKey?: string;
  password?: string;
  /** Expected public key (pin). */
  publicKey?: string;
  /** `minisign` (default) or `raw`. */
  format?: 'minisign' | 'raw';
  algorithm?: SignatureAlgorithm;
  /** Trusted comment template; placeholders {version} {file} {platform} {timestamp}. Default: see defaultTrustedComment. */
  trustedComment?: string;
  untrustedComment?: string;
  version?: string;
  platform?: string;
  /** Write and sign SHA256SUMS (default true). */
  checksums?: boolean;
  /** Where signatures (and SHA256SUMS) go; default: next to each file / the first file's folder. */
  outputDir?: string;
  /** Hashing worker threads for `ED` (default min(2, cores, files); 0 = hash on the main thread). */
  workers?: number;
  /** After signing, re-read every file and verify from scratch (doubles the reading); default: verify against the single read's digest plus an unchanged-file check. */
  reread?: boolean;
  /** Unix seconds for {timestamp} (tests). */
  now?: number;
  log?: (message: string) => void;
}

export interface SignedFile {
  file: string;
  signature: string;
  /** SHA-256 hex of the file; null when checksums are off (the single read then feeds BLAKE2b only). */
  sha256: string | null;
  size: number;
  keyId: string;
}

export interface SignFilesResult {
  signatures: SignedFile[];
  publicKey: string;
  keyId: string;
  checksumsFile?: string;
  checksumsSignature?: string;
  format: 'minisign' | 'raw';
  algorithm: SignatureAlgorithm;
}

export function defaultTrustedComment(fields: { version?: string; file: string; platform?: string; timestamp: number }): string {
  const parts: string[] = [];
  if (fields.version) parts.push(`version:${fields.version}`);
  parts.push(`file:${fields.file}`);
  if (fields.platform) parts.push(`platform:${fields.platform}`);
  parts.push(`timestamp:${fields.timestamp}`);
  return parts.join('\t');
}

/**
 * The `platform:` of a file: the `platform` setting when given (`none` leaves the field out), else inferred from
 * the file name with the packages alias table (`agent-linux-amd64` → `linux-x86_64`); unknown → left out.
 */
function platformOf(name: string, setting: string | undefined): string | undefined {
  if (setting === 'none') return undefined;
  if (setting) return setting;
  try {
    return formatPlatform(inferPlatform(name));
  } catch {
    return undefined;
  }
}

function renderComment(template: string | undefined, fields: { version?: string; file: string; platform?: string; timestamp: number }): string {
  if (!template) return sanitizeComment(defaultTrustedComment(fields), 'trusted');
  const out = template.replace(/\{(version|file|platform|timestamp)\}/g, (_, k: string) => String((fields as Record<string, unknown>)[k] ?? ''));
  return sanitizeComment(out, 'trusted');
}

interface Planned {
  file: string;
  name: string;
  target: string;
  temp: string;
}

/**
 * Signs every file fail-closed. Returns only when every signature (and SHA256SUMS with its signature)
 * is written and verified; otherwise throws after deleting every signature/checksum file this run wrote.
 */
export async function signFiles(settings: SignFilesSettings): Promise<SignFilesResult> {
  const log = settings.log ?? (() => {});
  const format = settings.format ?? 'minisign';
  const algorithm: SignatureAlgorithm = settings.algorithm ?? 'ED';
  if (format !== 'minisign' && format !== 'raw') fail(`Input "format" must be minisign or raw, got "${String(format)}".`);
  if (algorithm !== 'ED' && algorithm !== 'Ed') fail(`Input "algorithm" must be ED (prehashed, default) or Ed (legacy), got "${String(algorithm)}".`);
  // 1. prepare: key first, before any file is read.
  let key = settings.key ?? (await loadSigningKey(settings.privateKey ?? '', settings.password));
  key = checkKeyPin(key, settings.publicKey);
  const pinned = settings.publicKey ? parsePublicKey(settings.publicKey) : parsePublicKey(key.publicKeyText);
  const timestamp = settings.now ?? Math.floor(Date.now() / 1000);
  // Template check once, so a bad comment fails before reading files.
  renderComment(settings.trustedComment, { version: settings.version, file: 'x', platform: settings.platform, timestamp });
  if (settings.trustedComment && settings.version && !/version:/.test(settings.trustedComment)) {
    log(`warning: the trusted-comment has no "version:" field, so verifiers cannot bind signatures to version ${settings.version}.`);
  }

  const ext = format === 'raw' ? '.sig' : '.minisig';
  const cwd = resolve(settings.cwd ?? process.cwd());
  const files = await expandFiles(settings.files, { cwd, inputName: 'files' });
  const outDir = settings.outputDir ? resolve(cwd, settings.outputDir) : undefined;
  if (outDir) await mkdir(outDir, { recursive: true });
  const checksums = settings.checksums ?? true;
  const sumsPath = checksums ? join(outDir ?? dirname(files[0]!), 'SHA256SUMS') : undefined;
  // Re-runs over a glob like dist/* must not sign our own outputs.
  const set = new Set(files);
  const inputs = files.filter((f) => {
    const own =
      f === sumsPath ||
      (sumsPath !== undefined && f === sumsPath + ext) ||
      (f.endsWith(ext) && set.has(f.slice(0, -ext.length))) ||
      (outDir !== undefined && f.endsWith(ext) && dirname(f) === outDir);
    if (own) log(`skipping ${f}: it is an output of this action (signature or checksum file)`);
    return !own;
  });
  if (inputs.length === 0) fail('Every matched file is a signature or checksum file from an earlier run; nothing to sign.');

  const plan: Planned[] = [];
  const targets = new Set<string>();
  const tag = `.relforge-tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  for (const file of inputs) {
    const name = basename(file);
    const target = join(outDir ?? dirname(file), name + ext);
    if (targets.has(target)) fail(`Two files would write the same signature ${target}: give files with distinct names or drop output-dir.`);
    targets.add(target);
    plan.push({ file, name, target, temp: target + tag });
  }

  const written: string[] = [];
  const committed: string[] = [];
  const pool =
    format === 'minisign' && algorithm === 'ED'
      ? (() => {
          const n = Math.min(settings.workers ?? Math.min(2, availableParallelism()), plan.length);
          return n > 0 ? new HashPool(n) : undefined;
        })()
      : undefined;
  try {
    // 2. sign into temp files.
    const results = new Map<string, { sha256: string | null; size: number; digest?: Buffer; before: Fingerprint }>();
    const signOne = async (p: Planned) => {
      const before = await fingerprint(p.file).catch((err: unknown) => fail(`Could not read ${p.file}: ${errorMessage(err)}`));
      const fields = { version: settings.version, file: p.name, platform: platformOf(p.name, settings.platform), timestamp };
      let text: string;
      if (format === 'raw' || algorithm === 'Ed') {
        const data = await readBounded(p.file, format === 'raw' ? 'format: raw' : 'legacy "Ed" signatures');
        text =
          format === 'raw'
            ? signRaw(data, key) + '\n'
            : signMessage(key.privateKey, key.keyId, data, {
                algorithm: 'Ed',
                trustedComment: renderComment(settings.trustedComment, fields),
                untrustedComment: settings.untrustedComment,
              });
        results.set(p.file, { sha256: checksums ? createHash('sha256').update(data).digest('hex') : null, size: data.length, before });
      } else {
        let d: Digests;
        try {
          d = pool ? await pool.hash(p.file, checksums) : await hashOnMainThread(p.file, checksums);
        } catch (err) {
          return fail(`Could not read ${p.file}: ${errorMessage(err)}`);
        }
        const digest = Buffer.from(d.blake2b512, 'hex');
        text = signPrehashed(key.privateKey, key.keyId, digest, {
          trustedComment: renderComment(settings.trustedComment, fields),
          untrustedComment: settings.untrustedComment,
        });
        results.set(p.file, { sha256: d.sha256 ?? null, size: d.size, digest, before });
      }
      written.push(p.temp);
      await writeFile(p.temp, text, { flag: 'wx' });
    };
    // Largest first, so two workers finish together.
    const order = [...plan];
    if (pool) {
      const sizes = new Map<string, number>();
      for (const p of plan) sizes.set(p.file, Number((await fingerprint(p.file).catch(() => ({ size: 0n }))).size));
      order.sort((a, b) => sizes.get(b.file)! - sizes.get(a.file)!);
    }
    if (pool) {
      // The pool bounds the work in flight; wait for every job (even after a failure) so that no job writes a
      // temp file after the cleanup below has run.
      const outcomes = await Promise.allSettled(order.map(signOne));
      const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
      if (failed) throw failed.reason;
    } else {
      // One file at a time: raw/Ed hold a whole file in memory, and main-thread hashing gains nothing from overlap.
      for (const p of order) await signOne(p);
    }

    // 3. verify each signature independently: read it back, parse, check with the pinned public key.
    for (const p of plan) {
      const r = results.get(p.file)!;
      const text = await readFile(p.temp, 'utf8');
      const after = await fingerprint(p.file);
      if (!sameFingerprint(r.before, after) || Number(after.size) !== r.size) {
        fail(`${p.file} changed while it was being signed (size, mtime or inode differ): nothing was published; re-run the step.`);
      }
      try {
        if (format === 'raw') {
          await verifyRawFile(p.file, text.trim(), pinned.publicKey);
        } else if (settings.reread || algorithm === 'Ed') {
          await verifyFile(p.file, text, pinned);
        } else {
          verifySignature(parseSignature(text), pinned, { digest: r.digest! });
        }
      } catch (err) {
        fail(`Verify-after-sign failed for ${p.file}: ${errorMessage(err)} Nothing was published.`);
      }
    }

    // 4. SHA256SUMS (names relative to its folder) and its signature.
    let sumsSig: string | undefined;
    let sumsTemp: string | undefined;
    if (sumsPath) {
      const sumsDir = dirname(sumsPath);
      const body = formatChecksums(
        plan.map((p) => ({ name: relative(sumsDir, p.file).split(sep).join('/'), sha256: results.get(p.file)!.sha256! })),
      );
      const data = Buffer.from(body, 'utf8');
      sumsTemp = sumsPath + tag;
      written.push(sumsTemp);
      await writeFile(sumsTemp, data, { flag: 'wx' });
      const sigText =
        format === 'raw'
          ? signRaw(data, key) + '\n'
          : signMessage(key.privateKey, key.keyId, data, {
              algorithm,
              trustedComment: renderComment(settings.trustedComment, { version: settings.version, file: 'SHA256SUMS', platform: settings.platform === 'none' ? undefined : settings.platform, timestamp }),
              untrustedComment: settings.untrustedComment,
            });
      sumsSig = sumsPath + ext;
      written.push(sumsSig + tag);
      await writeFile(sumsSig + tag, sigText, { flag: 'wx' });
      const onDisk = await readFile(sumsTemp);
      try {
        if (format === 'raw') await verifyRawFile(sumsTemp, sigText.trim(), pinned.publicKey);
        else verifyBuffer(onDisk, await readFile(sumsSig + tag, 'utf8'), pinned);
      } catch (err) {
        fail(`Verify-after-sign failed for SHA256SUMS: ${errorMessage(err)}`);
      }
    }

    // 5. commit: move everything into place.
    for (const p of plan) {
      await rename(p.temp, p.target);
      committed.push(p.target);
    }
    if (sumsPath && sumsTemp && sumsSig) {
      await rename(sumsTemp, sumsPath);
      committed.push(sumsPath);
      await rename(sumsSig + tag, sumsSig);
      committed.push(sumsSig);
    }
    return {
      signatures: plan.map((p) => {
        const r = results.get(p.file)!;
        return { file: p.file, signature: p.target, sha256: r.sha256, size: r.size, keyId: key.keyIdHex };
      }),
      publicKey: key.publicKeyText,
      keyId: key.keyIdHex,
      checksumsFile: sumsPath,
      checksumsSignature: sumsSig,
      format,
      algorithm,
    };
  } catch (err) {
    for (const f of [...written, ...committed]) await rm(f, { force: true }).catch(() => {});
    if (committed.length) log(`removed the ${committed.length} signature/checksum file(s) this run had written`);
    throw err instanceof RelforgeError ? err : new RelforgeError(`Signing failed: ${errorMessage(err)}`, { cause: err });
  } finally {
    await pool?.close();
  }
}

/** Raw action inputs (strings as the runner gives them). */
export interface SignInputs {
  files: string[];
  privateKey: string;
  password: string;
  publicKey: string;
  trustedComment: string;
  untrustedComment: string;
  version: string;
  platform: string;
  format: string;
  algorithm: string;
  checksums: string;
  outputDir: string;
  workers: string;
  verify: string;
}

/** Turns raw inputs into settings, collecting every problem (each names its input and the fix). */
export function signSettingsFromInputs(raw: SignInputs, cwd: string): SignFilesSettings {
  const problems = new Problems();
  if (raw.files.length === 0) problems.add('Input "files" is empty: give at least one file or glob pattern, one per line.');
  if (!raw.privateKey.trim()) {
    problems.add('Input "private-key" is empty: pass a minisign secret key (e.g. ${{ secrets.MINISIGN_KEY }}), a PKCS#8 PEM or base64 of a 32-byte seed. Refusing to publish unsigned files.');
  }
  const format = (raw.format.trim() || 'minisign').toLowerCase();
  if (format !== 'minisign' && format !== 'raw') problems.add(`Input "format" must be "minisign" or "raw", got "${raw.format}".`);
  const algorithm = raw.algorithm.trim() || 'ED';
  if (algorithm !== 'ED' && algorithm !== 'Ed') problems.add(`Input "algorithm" must be "ED" (prehashed, default) or "Ed" (legacy, signify-compatible), got "${raw.algorithm}".`);
  // (algorithm is ignored for format raw: the runner passes its default "ED" anyway.)
  let checksums = true;
  const c = raw.checksums.trim().toLowerCase();
  if (c) {
    if (['true', 'yes', '1', 'on'].includes(c)) checksums = true;
    else if (['false', 'no', '0', 'off'].includes(c)) checksums = false;
    else problems.add(`Input "checksums" must be true or false, got "${raw.checksums}".`);
  }
  let workers: number | undefined;
  if (raw.workers.trim()) {
    workers = Number(raw.workers.trim());
    if (!Number.isInteger(workers) || workers < 0 || workers > 64) problems.add(`Input "workers" must be a whole number from 0 (hash on the main thread) to 64, got "${raw.workers}".`);
  }
  const verifyMode = (raw.verify.trim() || 'digest').toLowerCase();
  if (verifyMode !== 'digest' && verifyMode !== 'reread') problems.add(`Input "verify" must be "digest" (default) or "reread", got "${raw.verify}".`);
  for (const [name, v] of [['version', raw.version], ['platform', raw.platform]] as const) {
    if (/[\t\r\n]/.test(v)) problems.add(`Input "${name}" must not contain tabs or line breaks (it goes into the tab-separated trusted comment).`);
  }
  if (/[\r\n]/.test(raw.trustedComment.trim())) problems.add('Input "trusted-comment" must be one line.');
  if (raw.publicKey.trim()) {
    try {
      parsePublicKey(raw.publicKey);
    } catch (err) {
      problems.add(`Input "public-key": ${errorMessage(err)}`);
    }
  }
  problems.throwIfAny();
  return {
    files: raw.files,
    cwd,
    privateKey: raw.privateKey,
    password: raw.password || undefined,
    publicKey: raw.publicKey.trim() || undefined,
    trustedComment: raw.trustedComment.trim() || undefined,
    untrustedComment: raw.untrustedComment.trim() || undefined,
    version: raw.version.trim() || undefined,
    platform: raw.platform.trim() || undefined,
    format: format as 'minisign' | 'raw',
    algorithm: algorithm as SignatureAlgorithm,
    checksums,
    outputDir: raw.outputDir.trim() || undefined,
    workers,
    reread: verifyMode === 'reread',
  };
}
