/**
 * The root holder's operations behind `relforge trust`: make root 1 (init), make root N+1 (rotate), add one
 * signature (sign: with a secret key, or a `.minisig` made by plain `minisign -S`), print the signed bytes
 * (canonical) and walk a chain (verify). Files in, files out; the rules live in ./core/root.ts.
 *
 * Secret keys are opened here only to sign the canonical bytes; nothing about them is printed except the key id.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { RelforgeError, errorMessage, fieldError } from '../../platform/errors.js';
import { loadSigningKey } from '../../signing/minisign/keys.js';
import { signMessage } from '../../signing/minisign/core/format.js';
import {
  addSignature,
  buildRoot,
  canonicalRootBytes,
  parseDuration,
  parseRoot,
  rfc3339,
  rootSigners,
  rotateRoot,
  serializeRoot,
  type RootEnvelope,
  type RootSigned,
} from './core/root.js';
import { rootFileName } from './roots.js';

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new RelforgeError(`Cannot read ${what} ${path}: ${errorMessage(err)}`);
  }
}

/** A `.pub` file path or the key text itself. */
export function readPublicKeyArg(item: string): string {
  const t = item.trim();
  return /^RW[A-Za-z0-9+/=]+$/.test(t) || t.includes('\n') ? t : readText(t, 'the public key');
}

export function loadRootFile(path: string): RootEnvelope {
  return parseRoot(readText(path, 'the root'), path);
}

/** Writes through a temporary file and a rename: a root file is never half-written. */
function writeAtomic(path: string, text: string, overwrite: boolean): void {
  if (!overwrite && existsSync(path)) throw new RelforgeError(`${path} already exists: keeping it (choose another --out, or remove it first).`);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temp, text, { flag: 'wx' });
  renameSync(temp, path);
}

function expiresFrom(expiresIn: string | undefined, now: Date): string {
  if (!expiresIn) throw fieldError('expires-in', 'is required: how long the root stays valid (e.g. 365d). Agents refuse an expired newest root.');
  const ms = parseDuration(expiresIn);
  if (ms === undefined) throw fieldError('expires-in', `"${expiresIn}" is not a duration: a number followed by s, m, h, d or w (e.g. 365d).`);
  return rfc3339(new Date(Math.floor(now.getTime() / 1000) * 1000 + ms));
}

export interface RootKeyOptions {
  rootKeys: string[];
  rootThreshold?: number;
  releaseKeys: string[];
  releaseThreshold?: number;
  expiresIn?: string;
  now?: Date;
}

export function initRootFile(opts: RootKeyOptions & { product?: string; out?: string }): { path: string; root: RootSigned } {
  if (!opts.product) throw fieldError('product', 'is required for init: the product this chain belongs to.');
  if (!opts.rootKeys.length) throw fieldError('root-keys', 'is required for init: the root role\'s public keys.');
  if (!opts.releaseKeys.length) throw fieldError('release-keys', 'is required for init: the release role\'s public keys.');
  if (opts.rootThreshold === undefined) throw fieldError('root-threshold', 'is required for init: how many root keys must sign.');
  const out = opts.out ?? rootFileName(1);
  const env = buildRoot({
    product: opts.product,
    version: 1,
    expires: expiresFrom(opts.expiresIn, opts.now ?? new Date()),
    rootKeys: opts.rootKeys.map(readPublicKeyArg),
    rootThreshold: opts.rootThreshold,
    releaseKeys: opts.releaseKeys.map(readPublicKeyArg),
    releaseThreshold: opts.releaseThreshold ?? 1,
  });
  writeAtomic(out, serializeRoot(env), false);
  return { path: out, root: env.signed };
}

export function rotateRootFile(opts: Partial<RootKeyOptions> & { from?: string; product?: string; out?: string }): { path: string; root: RootSigned } {
  if (!opts.from) throw fieldError('from', 'is required for rotate: the current root (N.root.json).');
  const prev = loadRootFile(opts.from).signed;
  const keysOf = (role: 'root' | 'release') => prev.roles[role].keyIds.map((id) => prev.keys[id]!);
  const env = rotateRoot(prev, {
    product: opts.product,
    expires: expiresFrom(opts.expiresIn, opts.now ?? new Date()),
    rootKeys: opts.rootKeys?.length ? opts.rootKeys.map(readPublicKeyArg) : keysOf('root'),
    rootThreshold: opts.rootThreshold ?? prev.roles.root.threshold,
    releaseKeys: opts.releaseKeys?.length ? opts.releaseKeys.map(readPublicKeyArg) : keysOf('release'),
    releaseThreshold: opts.releaseThreshold ?? prev.roles.release.threshold,
  });
  const out = opts.out ?? join(dirname(opts.from), rootFileName(env.signed.version));
  writeAtomic(out, serializeRoot(env), false);
  return { path: out, root: env.signed };
}

/** The trusted comment relforge writes on a root signature (no timestamp: signing twice gives the same bytes). */
export function rootTrustedComment(root: RootSigned): string {
  return `file:${rootFileName(root.version)}\tproduct:${root.product}\troot-version:${root.version}`;
}

/**
 * Adds one signature to FILE, in place: made here with a secret key, or read from a `.minisig` (plain minisign).
 * `from` is the previous root, when one of its root keys signs this root (a rotation).
 */
export async function signRootFile(opts: { file: string; privateKey?: string; password?: string; signature?: string; from?: string }): Promise<{ keyId: string; added: boolean; count: number }> {
  if (!!opts.privateKey === !!opts.signature) {
    throw fieldError('private-key', opts.signature ? 'and {{signature}} were both given: sign with one of them.' : 'or {{signature}} is required: a root key\'s secret key, or a .minisig made with minisign -S.');
  }
  const env = loadRootFile(opts.file);
  const previous = opts.from ? loadRootFile(opts.from).signed : undefined;
  if (previous && previous.version + 1 !== env.signed.version) {
    throw fieldError('from', `is root ${previous.version}, but ${opts.file} is root ${env.signed.version}: give the root just before it.`);
  }
  let minisig: string;
  if (opts.privateKey) {
    const key = await loadSigningKey(opts.privateKey, opts.password);
    minisig = signMessage(key.privateKey, key.keyId, canonicalRootBytes(env.signed), {
      trustedComment: rootTrustedComment(env.signed),
      untrustedComment: `signature of ${rootFileName(env.signed.version)} by root key ${key.keyIdHex}`,
    });
  } else {
    minisig = readText(opts.signature!, 'the signature');
  }
  const r = addSignature(env, minisig, rootSigners(env.signed, previous));
  if (r.added) writeAtomic(opts.file, serializeRoot(r.envelope), true);
  return { keyId: r.keyId, added: r.added, count: r.envelope.signatures.length };
}
