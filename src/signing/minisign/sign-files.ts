/**
 * signFiles: the sign-ed25519 action's (and `relforge sign`'s) operation, fail-closed. Shape (docs/architecture.md
 * "Signers"): prepare (load + pin-check the key, before any file is read) → sign into temporary files →
 * verify each signature independently against the file on disk → commit (../staged-write.ts). Any failure
 * leaves every signature and checksum file as it was before the run.
 *
 * Re-runs change nothing: the trusted comment's timestamp comes from SOURCE_DATE_EPOCH, else the commit time of
 * HEAD, not the clock; and an existing signature that verifies the same bytes with the pinned key and carries the
 * same comment (version, file, platform) keeps its timestamp. Ed25519 is deterministic, so a re-run writes
 * byte-identical `.minisig` files and SHA256SUMS (and leaves them untouched on disk).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { RelforgeError, errorMessage, fieldError } from '../../platform/errors.js';
import { expandFiles } from '../../platform/fs.js';
import { releaseTime } from '../../git/release-time.js';
import { formatChecksums } from '../../publishing/core/checksums.js';
import { formatPlatform, inferPlatform } from '../../packages/core/platform.js';
import {
  parsePublicKey,
  parseSignature,
  sanitizeComment,
  signMessage,
  signPrehashed,
  verifySignature,
  type ParsedPublicKey,
  type SignatureAlgorithm,
} from './core/format.js';
import { commentTimestamp, defaultTrustedComment, renderTrustedComment, type CommentFields } from './core/trusted-comment.js';
import { HashPool, hashOnMainThread, type Digests } from './hash-pool.js';
import { checkKeyPin, loadSigningKey, type SigningKey } from './keys.js';
import { readBounded, signRaw } from './sign-file.js';
import { verifyBuffer, verifyFile, verifyRawFile } from './verify.js';
import { STAGED_NAME, stagedWrite, type Stage } from '../staged-write.js';

export { defaultTrustedComment };

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
  /** Accept files whose real path is outside the workspace (cwd, GITHUB_WORKSPACE, RUNNER_TEMP). Default false. */
  allowOutsideWorkspace?: boolean;
  /** Unix seconds for {timestamp}. Default: SOURCE_DATE_EPOCH, else the commit time of HEAD in `cwd`, else the clock. */
  timestamp?: number;
  /** Old name of `timestamp`. */
  now?: number;
  /** SOURCE_DATE_EPOCH, GITHUB_WORKSPACE and RUNNER_TEMP come from here (default process.env). */
  env?: Record<string, string | undefined>;
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
  /** The {timestamp} used and where it came from. */
  timestamp: number;
  timestampSource: 'setting' | 'SOURCE_DATE_EPOCH' | 'commit' | 'clock';
  /** Outputs an earlier run had already written identically (left untouched). */
  unchanged: string[];
}

/** Everything fixed before the first file is read. */
interface Prepared {
  s: SignFilesSettings;
  log: (m: string) => void;
  format: 'minisign' | 'raw';
  algorithm: SignatureAlgorithm;
  ext: string;
  key: SigningKey;
  pinned: ParsedPublicKey;
  timestamp: number;
  timestampSource: SignFilesResult['timestampSource'];
  checksums: boolean;
}

interface Planned {
  file: string;
  name: string;
  target: string;
}

interface Signed extends Planned {
  text: string;
  sha256: string | null;
  size: number;
  /** BLAKE2b-512 of the single read (ED), for verify-after-sign without a second read. */
  digest?: Buffer;
  before: Fingerprint;
}

interface Written {
  signed: Signed[];
  sums?: { path: string; sigPath: string; data: Buffer; sigText: string };
}

/**
 * Signs every file fail-closed. Returns only when every signature (and SHA256SUMS with its signature)
 * is written and verified; otherwise throws, leaving every signature and checksum file as it was.
 */
export async function signFiles(settings: SignFilesSettings): Promise<SignFilesResult> {
  const p = await prepare(settings);
  const cwd = resolve(settings.cwd ?? process.cwd());
  const { plan, sumsPath } = await planOutputs(p, cwd);
  const workers = p.format === 'minisign' && p.algorithm === 'ED' ? Math.min(settings.workers ?? Math.min(2, availableParallelism()), plan.length) : 0;
  const pool = workers > 0 ? new HashPool(workers) : undefined;
  const unchanged: string[] = [];
  try {
    const written = await stagedWrite<Written>(
      {
        write: async (stage) => {
          const signed = await signAll(p, plan, stage, pool, unchanged);
          return { signed, sums: sumsPath ? await writeChecksums(p, signed, sumsPath, stage, unchanged) : undefined };
        },
        verify: async (w, stage) => verifyWritten(p, w, stage),
      },
      { log: p.log },
    );
    return {
      signatures: written.signed.map((x) => ({ file: x.file, signature: x.target, sha256: x.sha256, size: x.size, keyId: p.key.keyIdHex })),
      publicKey: p.key.publicKeyText,
      keyId: p.key.keyIdHex,
      checksumsFile: written.sums?.path,
      checksumsSignature: written.sums?.sigPath,
      format: p.format,
      algorithm: p.algorithm,
      timestamp: p.timestamp,
      timestampSource: p.timestampSource,
      unchanged,
    };
  } catch (err) {
    throw err instanceof RelforgeError ? err : new RelforgeError(`Signing failed: ${errorMessage(err)}`, { cause: err });
  } finally {
    await pool?.close();
  }
}

async function prepare(s: SignFilesSettings): Promise<Prepared> {
  const log = s.log ?? (() => {});
  const format = s.format ?? 'minisign';
  const algorithm: SignatureAlgorithm = s.algorithm ?? 'ED';
  if (format !== 'minisign' && format !== 'raw') throw fieldError('format', `must be minisign or raw, got "${String(format)}".`);
  if (algorithm !== 'ED' && algorithm !== 'Ed') throw fieldError('algorithm', `must be ED (prehashed, default) or Ed (legacy), got "${String(algorithm)}".`);
  // Key first, before any file is read.
  const key = checkKeyPin(s.key ?? (await loadSigningKey(s.privateKey ?? '', s.password)), s.publicKey);
  const pinned = parsePublicKey(s.publicKey || key.publicKeyText);
  const { timestamp, source } = await resolveTimestamp(s, log);
  // Template check once, so a bad comment or value fails before reading files.
  renderComment(s.trustedComment, { version: s.version, file: 'x', platform: s.platform === 'none' ? undefined : s.platform, timestamp });
  if (s.trustedComment && s.version && !/version:/.test(s.trustedComment)) {
    log(`warning: the trusted-comment has no "version:" field, so verifiers cannot bind signatures to version ${s.version}.`);
  }
  return { s, log, format, algorithm, ext: format === 'raw' ? '.sig' : '.minisig', key, pinned, timestamp, timestampSource: source, checksums: s.checksums ?? true };
}

/**
 * The {timestamp}: the setting, else SOURCE_DATE_EPOCH, else the commit time of HEAD (so a re-run of the same
 * commit signs identically), else the clock (with a note: re-runs will then differ).
 */
export async function resolveTimestamp(
  s: Pick<SignFilesSettings, 'timestamp' | 'now' | 'env' | 'cwd'>,
  log: (m: string) => void = () => {},
): Promise<{ timestamp: number; source: SignFilesResult['timestampSource'] }> {
  const given = s.timestamp ?? s.now;
  if (given !== undefined) return { timestamp: given, source: 'setting' };
  const t = await releaseTime({ env: s.env, cwd: s.cwd, rev: 'HEAD' });
  if (t) return { timestamp: t.seconds, source: t.source };
  log('note: no SOURCE_DATE_EPOCH and no git commit here: the trusted comments take their timestamp from the clock, so a re-run signs differently.');
  return { timestamp: Math.floor(Date.now() / 1000), source: 'clock' };
}

async function planOutputs(p: Prepared, cwd: string): Promise<{ plan: Planned[]; sumsPath?: string }> {
  const { s, ext } = p;
  const files = await expandFiles(s.files, { cwd, inputName: 'files', allowOutsideWorkspace: s.allowOutsideWorkspace, allowOption: 'allow-outside-workspace', env: s.env });
  const outDir = s.outputDir ? resolve(cwd, s.outputDir) : undefined;
  if (outDir) await mkdir(outDir, { recursive: true });
  const sumsPath = p.checksums ? join(outDir ?? dirname(files[0]!), 'SHA256SUMS') : undefined;
  // Re-runs over a glob like dist/* must not sign our own outputs.
  const set = new Set(files);
  const inputs = files.filter((f) => {
    const own =
      STAGED_NAME.test(f) ||
      f === sumsPath ||
      (sumsPath !== undefined && f === sumsPath + ext) ||
      (f.endsWith(ext) && set.has(f.slice(0, -ext.length))) ||
      (outDir !== undefined && f.endsWith(ext) && dirname(f) === outDir);
    if (own) p.log(`skipping ${f}: it is an output of this action (signature, checksum or temporary file)`);
    return !own;
  });
  if (inputs.length === 0) throw fieldError('files', 'matched only signature or checksum files from an earlier run; nothing to sign.');
  const targets = new Set<string>();
  const plan = inputs.map((file) => {
    const name = basename(file);
    const target = join(outDir ?? dirname(file), name + ext);
    if (targets.has(target)) throw fieldError('files', `has two files that would write the same signature ${target}: give files with distinct names or drop {{output-dir}}.`);
    targets.add(target);
    return { file, name, target };
  });
  return { plan, sumsPath };
}

async function signAll(p: Prepared, plan: Planned[], stage: Stage, pool: HashPool | undefined, unchanged: string[]): Promise<Signed[]> {
  const signed = new Map<string, Signed>();
  const one = async (x: Planned) => {
    const existing = await readSmall(x.target);
    const r = await signOne(p, x, existing, pool);
    signed.set(x.file, r);
    if (r.text === existing) {
      stage.keep(x.target);
      unchanged.push(x.target);
    } else {
      await writeFile(stage.temp(x.target), r.text, { flag: 'wx' });
    }
  };
  if (pool) {
    // Largest first, so two workers finish together. Wait for every job (even after a failure) so that no job
    // writes a temp file after the rollback has run.
    const sizes = new Map<string, number>();
    for (const x of plan) sizes.set(x.file, Number((await fingerprint(x.file).catch(() => ({ size: 0n }))).size));
    const order = [...plan].sort((a, b) => sizes.get(b.file)! - sizes.get(a.file)!);
    const outcomes = await Promise.allSettled(order.map(one));
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed) throw failed.reason;
  } else {
    // One file at a time: raw/Ed hold a whole file in memory, and main-thread hashing gains nothing from overlap.
    for (const x of plan) await one(x);
  }
  return plan.map((x) => signed.get(x.file)!);
}

/** Signs one file; `existing` is the target's current text (an earlier run's signature), if any. */
async function signOne(p: Prepared, x: Planned, existing: string | undefined, pool: HashPool | undefined): Promise<Signed> {
  const before = await fingerprint(x.file).catch((err: unknown) => {
    throw new RelforgeError(`Could not read ${x.file}: ${errorMessage(err)}`);
  });
  const fields = { version: p.s.version, file: x.name, platform: platformOf(x.name, p.s.platform), timestamp: p.timestamp };
  if (p.format === 'raw' || p.algorithm === 'Ed') {
    const data = await readBounded(x.file, p.format === 'raw' ? 'format: raw' : 'legacy "Ed" signatures');
    const sha256 = p.checksums ? createHash('sha256').update(data).digest('hex') : null;
    if (p.format === 'raw') return { ...x, text: signRaw(data, p.key) + '\n', sha256, size: data.length, before };
    const comment = reusableComment(p, existing, fields, { data });
    const text = signMessage(p.key.privateKey, p.key.keyId, data, { algorithm: 'Ed', trustedComment: comment, untrustedComment: p.s.untrustedComment });
    return { ...x, text, sha256, size: data.length, before };
  }
  let d: Digests;
  try {
    d = pool ? await pool.hash(x.file, p.checksums) : await hashOnMainThread(x.file, p.checksums);
  } catch (err) {
    throw new RelforgeError(`Could not read ${x.file}: ${errorMessage(err)}`);
  }
  const digest = Buffer.from(d.blake2b512, 'hex');
  const comment = reusableComment(p, existing, fields, { digest });
  const text = signPrehashed(p.key.privateKey, p.key.keyId, digest, { trustedComment: comment, untrustedComment: p.s.untrustedComment });
  return { ...x, text, sha256: d.sha256 ?? null, size: d.size, digest, before };
}

/**
 * The trusted comment for a target. When the target already holds a signature (`existing`, its text) that verifies
 * these bytes with the pinned key and says the same thing except possibly the timestamp, its timestamp is kept:
 * re-running a successful signing step then produces the same bytes.
 */
function reusableComment(p: Prepared, existing: string | undefined, fields: CommentFields, message: { digest?: Buffer; data?: Buffer }): string {
  const fresh = renderComment(p.s.trustedComment, fields);
  if (existing === undefined) return fresh;
  try {
    const sig = parseSignature(existing);
    if (sig.algorithm !== p.algorithm) return fresh;
    verifySignature(sig, p.pinned, message);
    const ts = commentTimestamp(sig.trustedComment);
    if (ts === undefined || ts === fields.timestamp) return fresh;
    const same = renderComment(p.s.trustedComment, { ...fields, timestamp: ts });
    return same === sig.trustedComment ? same : fresh;
  } catch {
    return fresh; // not a valid signature of these bytes by this key: replaced
  }
}

async function writeChecksums(p: Prepared, signed: Signed[], sumsPath: string, stage: Stage, unchanged: string[]): Promise<Written['sums']> {
  const sumsDir = dirname(sumsPath);
  const data = Buffer.from(formatChecksums(signed.map((x) => ({ name: relative(sumsDir, x.file).split(sep).join('/'), sha256: x.sha256! }))), 'utf8');
  const sigPath = sumsPath + p.ext;
  const fields = { version: p.s.version, file: 'SHA256SUMS', platform: p.s.platform === 'none' ? undefined : p.s.platform, timestamp: p.timestamp };
  const oldSig = await readSmall(sigPath);
  const sigText =
    p.format === 'raw'
      ? signRaw(data, p.key) + '\n'
      : signMessage(p.key.privateKey, p.key.keyId, data, {
          algorithm: p.algorithm,
          trustedComment: reusableComment(p, oldSig, fields, { data }),
          untrustedComment: p.s.untrustedComment,
        });
  const outputs = [
    [sumsPath, data, await readSmall(sumsPath, 64 * 1024 * 1024)],
    [sigPath, Buffer.from(sigText), oldSig],
  ] as const;
  for (const [path, content, old] of outputs) {
    if (old !== undefined && Buffer.from(old).equals(content)) {
      stage.keep(path);
      unchanged.push(path);
    } else {
      await writeFile(stage.temp(path), content, { flag: 'wx' });
    }
  }
  return { path: sumsPath, sigPath, data, sigText };
}

/** Verify-after-sign: each written signature read back and checked with the pinned key; inputs unchanged. */
async function verifyWritten(p: Prepared, w: Written, stage: Stage): Promise<void> {
  const read = (target: string) => readFile(stage.current(target), 'utf8');
  for (const x of w.signed) {
    const text = await read(x.target);
    const after = await fingerprint(x.file);
    if (!sameFingerprint(x.before, after) || Number(after.size) !== x.size) {
      throw new RelforgeError(`${x.file} changed while it was being signed (size, mtime or inode differ): nothing was published; re-run the step.`);
    }
    try {
      if (p.format === 'raw') await verifyRawFile(x.file, text.trim(), p.pinned.publicKey);
      else if (p.s.reread || p.algorithm === 'Ed') await verifyFile(x.file, text, p.pinned);
      else verifySignature(parseSignature(text), p.pinned, { digest: x.digest! });
    } catch (err) {
      throw new RelforgeError(`Verify-after-sign failed for ${x.file}: ${errorMessage(err)} Nothing was published.`, { cause: err });
    }
  }
  if (!w.sums) return;
  const onDisk = Buffer.from(await read(w.sums.path));
  const sigText = await read(w.sums.sigPath);
  try {
    if (!onDisk.equals(w.sums.data)) throw new RelforgeError('the file on disk differs from what was written.');
    if (p.format === 'raw') await verifyRawFile(stage.current(w.sums.path), sigText.trim(), p.pinned.publicKey);
    else verifyBuffer(onDisk, sigText, p.pinned);
  } catch (err) {
    throw new RelforgeError(`Verify-after-sign failed for SHA256SUMS: ${errorMessage(err)}`, { cause: err });
  }
}

/** A small existing output's text, or undefined when there is none (or it is too large to be one of ours). */
async function readSmall(path: string, max = 64 * 1024): Promise<string | undefined> {
  try {
    const s = await stat(path);
    if (!s.isFile() || s.size > max) return undefined;
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
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

function renderComment(template: string | undefined, fields: CommentFields): string {
  try {
    return sanitizeComment(renderTrustedComment(template, fields), 'trusted');
  } catch (err) {
    throw new RelforgeError(errorMessage(err), { cause: err });
  }
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
  if (!s.isFile()) throw new RelforgeError(`${path} is not a regular file.`);
  return { dev: s.dev, ino: s.ino, size: s.size, mtimeNs: s.mtimeNs, ctimeNs: s.ctimeNs };
}

const sameFingerprint = (a: Fingerprint, b: Fingerprint) =>
  a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
