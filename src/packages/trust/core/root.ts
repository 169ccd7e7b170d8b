/**
 * Root metadata (`N.root.json`) and the client's rules for walking a root chain — TUF's root role
 * (theupdateframework/specification, "Update the root role") for relforge's minisign keys. Pure: text and
 * `now` in, values or a refusal with a reason code out (no files, no network, no clock).
 *
 * Envelope: `{"signed": {…}, "signatures": [{"keyId": "<16 hex>", "minisig": "<whole .minisig text>"}]}`.
 * Each signature is a minisign signature over `canonicalRootBytes(signed)`: the manifest's canonical JSON
 * (keys sorted at every level, two-space indentation, one trailing newline). docs/formats.md documents it.
 *
 * Rules (each broken rule has its own reason code, see TrustReason):
 *   - a root is well-formed: type, spec version, product, version ≥ 1, expires, two roles whose key ids are
 *     all in `keys`, each key's own minisign id equal to its map key, no key in both roles;
 *   - thresholds count DISTINCT key ids of the role whose signature verifies (a key signing twice counts once);
 *     signatures by keys outside the role never count;
 *   - the shipped root is signed by a threshold of its own root keys;
 *   - root N+1 has version exactly N+1, the same product, and is signed by a threshold of root N's root keys
 *     AND a threshold of its own root keys; a key id may not name two different keys along the chain;
 *   - only the newest root's expiry is checked (intermediate roots may have expired long ago: TUF 5.3.10).
 */
import { canonicalJson, PRODUCT_RE } from '../../core/manifest.js';
import { formatSignature, parsePublicKey, parseSignature, verifySignature, type ParsedPublicKey } from '../../../signing/minisign/core/format.js';

export const ROOT_TYPE = 'relforge-root';
export const ROOT_SPEC_VERSION = '1';
/** Largest root file a client reads (an endless-data defence). */
export const ROOT_MAX_BYTES = 256 * 1024;
/** Most roots a client walks in one update (TUF leaves the bound to implementations; python-tuf uses 32). */
export const MAX_ROOT_ROTATIONS = 256;
export const ROLES = ['root', 'release'] as const;
export type RoleName = (typeof ROLES)[number];

export interface RootRole {
  /** minisign key ids (16 upper-case hex digits), sorted, no duplicates. */
  keyIds: string[];
  threshold: number;
}

export interface RootSigned {
  type: typeof ROOT_TYPE;
  specVersion: typeof ROOT_SPEC_VERSION;
  product: string;
  version: number;
  /** RFC 3339 UTC, second precision. */
  expires: string;
  roles: { root: RootRole; release: RootRole };
  /** Key id → the minisign public key's base64 line (`RW…`). */
  keys: Record<string, string>;
}

export interface RootSignature {
  keyId: string;
  minisig: string;
}

export interface RootEnvelope {
  signed: RootSigned;
  signatures: RootSignature[];
}

/** Every reason a root chain or a release signature set is refused (stable strings: conformance vectors use them). */
export type TrustReason =
  | 'invalid-root'
  | 'root-rollback'
  | 'root-gap'
  | 'root-product-mismatch'
  | 'root-bad-signature'
  | 'root-unknown-key'
  | 'root-threshold'
  | 'root-expired'
  | 'root-key-collision'
  | 'root-chain-too-long';

export class TrustError extends Error {
  readonly reason: TrustReason;
  constructor(reason: TrustReason, message: string) {
    super(message);
    this.name = 'TrustError';
    this.reason = reason;
  }
}

const KEYID_RE = /^[0-9A-F]{16}$/;
const RFC3339_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const SIGNED_FIELDS = ['type', 'specVersion', 'product', 'version', 'expires', 'roles', 'keys'];

/** The bytes every root signature covers: the canonical JSON of `signed`. */
export function canonicalRootBytes(signed: RootSigned): Buffer {
  return Buffer.from(canonicalJson(signed), 'utf8');
}

/** A root envelope as written to `N.root.json` (canonical JSON, signatures sorted by key id). */
export function serializeRoot(env: RootEnvelope): string {
  const problems = rootProblems(env.signed);
  if (problems.length) throw new TrustError('invalid-root', problems.join('; '));
  const signatures = [...env.signatures].sort((a, b) => (a.keyId < b.keyId ? -1 : a.keyId > b.keyId ? 1 : 0));
  return canonicalJson({ signed: env.signed, signatures });
}

/** Every problem with a root's `signed` part (empty when it is well-formed). */
export function rootProblems(s: RootSigned): string[] {
  const p: string[] = [];
  if (typeof s !== 'object' || s === null || Array.isArray(s)) return ['"signed" is not a JSON object'];
  for (const k of Object.keys(s)) if (!SIGNED_FIELDS.includes(k)) p.push(`"signed" has an unknown field "${k}" (spec version ${ROOT_SPEC_VERSION} knows ${SIGNED_FIELDS.join(', ')})`);
  if (s.type !== ROOT_TYPE) p.push(`type is "${String(s.type)}", expected "${ROOT_TYPE}"`);
  if (s.specVersion !== ROOT_SPEC_VERSION) p.push(`specVersion is "${String(s.specVersion)}", this client knows "${ROOT_SPEC_VERSION}"`);
  if (typeof s.product !== 'string' || !PRODUCT_RE.test(s.product)) p.push(`product "${String(s.product)}" must match ${PRODUCT_RE}`);
  if (!Number.isSafeInteger(s.version) || s.version < 1) p.push(`version must be a whole number ≥ 1, got ${JSON.stringify(s.version)}`);
  if (typeof s.expires !== 'string' || !RFC3339_RE.test(s.expires) || Number.isNaN(Date.parse(s.expires))) p.push(`expires "${String(s.expires)}" must be an RFC 3339 UTC time with second precision (2027-01-31T00:00:00Z)`);
  const keys = s.keys;
  if (typeof keys !== 'object' || keys === null || Array.isArray(keys)) {
    p.push('keys must be an object of key id → minisign public key (RW… line)');
    return p;
  }
  for (const [id, b64] of Object.entries(keys)) {
    if (!KEYID_RE.test(id)) p.push(`keys: "${id}" is not a minisign key id (16 upper-case hex digits)`);
    let pk: ParsedPublicKey;
    try {
      if (typeof b64 !== 'string' || b64.includes('\n')) throw new Error('not a single RW… line');
      pk = parsePublicKey(b64);
    } catch (err) {
      p.push(`keys.${id} is not a minisign public key line: ${(err as Error).message}`);
      continue;
    }
    if (pk.keyIdHex !== id) p.push(`keys.${id} holds a key whose own id is ${pk.keyIdHex}: a key is listed under its minisign key id`);
    if (pk.base64 !== b64) p.push(`keys.${id} must be the bare RW… line`);
  }
  const roles = s.roles;
  if (typeof roles !== 'object' || roles === null || Array.isArray(roles)) {
    p.push('roles must be {"root": {…}, "release": {…}}');
    return p;
  }
  for (const k of Object.keys(roles)) if (!(ROLES as readonly string[]).includes(k)) p.push(`roles has an unknown role "${k}" (known: ${ROLES.join(', ')})`);
  const used = new Map<string, RoleName>();
  for (const name of ROLES) {
    const r = roles[name];
    if (typeof r !== 'object' || r === null) {
      p.push(`roles.${name} is missing`);
      continue;
    }
    for (const k of Object.keys(r)) if (k !== 'keyIds' && k !== 'threshold') p.push(`roles.${name} has an unknown field "${k}"`);
    if (!Array.isArray(r.keyIds) || r.keyIds.length === 0) {
      p.push(`roles.${name}.keyIds must list at least one key id`);
      continue;
    }
    const seen = new Set<string>();
    for (const id of r.keyIds) {
      if (typeof id !== 'string' || !(id in keys)) p.push(`roles.${name}.keyIds names ${String(id)}, which is not in keys`);
      if (seen.has(id)) p.push(`roles.${name}.keyIds names ${id} twice`);
      seen.add(id);
      const other = used.get(id);
      if (other && other !== name) p.push(`key ${id} is in both the ${other} and the ${name} role: root keys stay offline, release keys live in CI — use separate keys`);
      used.set(id, name);
    }
    if ([...r.keyIds].sort().join() !== r.keyIds.join()) p.push(`roles.${name}.keyIds must be sorted`);
    if (!Number.isSafeInteger(r.threshold) || r.threshold < 1 || r.threshold > r.keyIds.length) {
      p.push(`roles.${name}.threshold must be a whole number from 1 to ${r.keyIds.length} (the number of its keys), got ${JSON.stringify(r.threshold)}`);
    }
  }
  for (const id of Object.keys(keys)) if (!used.has(id)) p.push(`keys.${id} is in no role (remove it)`);
  return p;
}

/** Parses `N.root.json` text (shape only, no signature checked). Throws TrustError('invalid-root'). */
export function parseRoot(text: string, where = 'the root'): RootEnvelope {
  if (Buffer.byteLength(text) > ROOT_MAX_BYTES) throw new TrustError('invalid-root', `${where} is larger than ${ROOT_MAX_BYTES} bytes`);
  let v: RootEnvelope;
  try {
    v = JSON.parse(text) as RootEnvelope;
  } catch (err) {
    throw new TrustError('invalid-root', `${where} is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new TrustError('invalid-root', `${where} is not a JSON object`);
  const extra = Object.keys(v).filter((k) => k !== 'signed' && k !== 'signatures');
  const problems = extra.map((k) => `unknown top-level field "${k}" (an envelope has "signed" and "signatures")`);
  problems.push(...rootProblems(v.signed));
  if (!Array.isArray(v.signatures)) problems.push('signatures must be an array');
  else
    v.signatures.forEach((s, i) => {
      if (typeof s !== 'object' || s === null || typeof s.keyId !== 'string' || typeof s.minisig !== 'string') problems.push(`signatures[${i}] must be {"keyId": "<16 hex>", "minisig": "<.minisig text>"}`);
      else if (Object.keys(s).some((k) => k !== 'keyId' && k !== 'minisig')) problems.push(`signatures[${i}] has unknown fields`);
    });
  if (problems.length) throw new TrustError('invalid-root', `${where} is not a valid ${ROOT_TYPE} document: ${problems.join('; ')}`);
  return v;
}

export function publicKeyOf(root: RootSigned, keyId: string): ParsedPublicKey {
  return parsePublicKey(root.keys[keyId]!);
}

export interface ThresholdCount {
  /** Distinct key ids of the role whose signature verifies. */
  valid: string[];
  /** Key ids of the role whose signature is present but does not verify (altered content, or a broken signature). */
  invalid: string[];
  /** Key ids outside the role that signed (never counted). */
  strangers: string[];
  threshold: number;
  met: boolean;
}

/**
 * Counts the signatures over `bytes` by the keys of `role` (taken from `keysOf`). A signature is attributed to
 * the key id inside its minisign blob (the declared `keyId` must agree, else it is broken). Each key counts once.
 * `accept` may reject a verified signature (e.g. its trusted comment does not bind the manifest): it then counts as invalid.
 */
export function countSignatures(
  bytes: Buffer,
  minisigs: string[],
  role: RootRole,
  keysOf: RootSigned,
  accept?: (trustedComment: string, keyId: string) => string | undefined,
): ThresholdCount & { rejections: string[] } {
  const valid = new Set<string>();
  const invalid = new Set<string>();
  const strangers = new Set<string>();
  const rejections: string[] = [];
  for (const text of minisigs) {
    let sig;
    try {
      sig = parseSignature(text);
    } catch {
      invalid.add('(malformed)');
      continue;
    }
    const id = sig.keyIdHex;
    if (!role.keyIds.includes(id)) {
      strangers.add(id);
      continue;
    }
    try {
      const r = verifySignature(sig, publicKeyOf(keysOf, id), { data: bytes });
      const no = accept?.(r.trustedComment, id);
      if (no) {
        rejections.push(no);
        invalid.add(id);
      } else valid.add(id);
    } catch {
      invalid.add(id);
    }
  }
  for (const id of valid) invalid.delete(id);
  return { valid: [...valid].sort(), invalid: [...invalid].sort(), strangers: [...strangers].sort(), threshold: role.threshold, met: valid.size >= role.threshold, rejections };
}

/** The signatures of an envelope as minisig texts; a declared keyId that disagrees with its blob makes it broken. */
function envelopeMinisigs(env: RootEnvelope): string[] {
  return env.signatures.map((s) => {
    try {
      return parseSignature(s.minisig).keyIdHex === s.keyId ? s.minisig : '';
    } catch {
      return '';
    }
  });
}

/** Throws the reason a threshold was not met: an altered root first, then strangers, then too few signatures. */
function requireThreshold(c: ThresholdCount, what: string, roleDesc: string, bad: TrustReason, unknown: TrustReason, few: TrustReason, alsoKnown: string[] = []): void {
  if (c.met) return;
  c = { ...c, strangers: c.strangers.filter((id) => !alsoKnown.includes(id)) };
  const got = `${c.valid.length} valid signature(s)${c.valid.length ? ` (${c.valid.join(', ')})` : ''}, ${c.threshold} needed`;
  if (c.invalid.length) throw new TrustError(bad, `${what}: the signature(s) by ${c.invalid.join(', ')} do not verify — altered after signing, or a broken signature; ${got} by ${roleDesc}`);
  if (c.strangers.length) throw new TrustError(unknown, `${what} is signed by ${c.strangers.join(', ')}, not key(s) of ${roleDesc}; ${got}`);
  throw new TrustError(few, `${what}: threshold not met — ${got} by ${roleDesc}`);
}

/** Refuses a key id that names different keys in two roots (minisign ids are 8 bytes: never trust a silent collision). */
function requireNoCollision(prev: RootSigned, next: RootSigned): void {
  for (const [id, b64] of Object.entries(next.keys)) {
    const old = prev.keys[id];
    if (old !== undefined && old !== b64) {
      throw new TrustError('root-key-collision', `root ${next.version} lists key id ${id} with a different public key than root ${prev.version}: two keys share one minisign key id; generate a new key`);
    }
  }
}

/** The root an agent ships: well-formed, of `product` when given, signed by a threshold of its own root keys. */
export function trustShippedRoot(text: string, product?: string): RootSigned {
  const env = parseRoot(text, 'the shipped root');
  if (product !== undefined && env.signed.product !== product) {
    throw new TrustError('root-product-mismatch', `the shipped root is for product "${env.signed.product}", expected "${product}"`);
  }
  const c = countSignatures(canonicalRootBytes(env.signed), envelopeMinisigs(env), env.signed.roles.root, env.signed);
  requireThreshold(c, `the shipped root (version ${env.signed.version})`, 'its own root role', 'root-bad-signature', 'root-unknown-key', 'root-threshold');
  return env.signed;
}

/**
 * One step of the walk: `text` was served as version `trusted.version + 1`. Returns the new trusted root or
 * throws TrustError with the reason.
 */
export function nextRoot(trusted: RootSigned, text: string): RootSigned {
  const want = trusted.version + 1;
  const env = parseRoot(text, `root ${want}`);
  const next = env.signed;
  // TUF's order: signatures (by the trusted root, then by the new one), then the version, then (ours) the product.
  requireNoCollision(trusted, next);
  const bytes = canonicalRootBytes(next);
  const sigs = envelopeMinisigs(env);
  const byPrev = countSignatures(bytes, sigs, trusted.roles.root, trusted);
  // A signature by a key of the other root role is legitimate (it counts there), never a stranger's.
  requireThreshold(byPrev, `${want}.root.json`, `the root role of root ${trusted.version} (the previous root)`, 'root-bad-signature', 'root-unknown-key', 'root-threshold', next.roles.root.keyIds);
  const byOwn = countSignatures(bytes, sigs, next.roles.root, next);
  requireThreshold(byOwn, `${want}.root.json`, `its own root role`, 'root-bad-signature', 'root-unknown-key', 'root-threshold', trusted.roles.root.keyIds);
  if (next.version < want) throw new TrustError('root-rollback', `${want}.root.json holds version ${next.version}, but version ${trusted.version} is already trusted: a rollback to an older root is refused`);
  if (next.version > want) throw new TrustError('root-gap', `${want}.root.json holds version ${next.version}: versions must follow each other exactly (N+1), a gap in the chain is refused`);
  if (next.product !== trusted.product) throw new TrustError('root-product-mismatch', `root ${want} is for product "${next.product}", the trusted root for "${trusted.product}": another product's root is refused`);
  return next;
}

/** The freeze check on the newest root (TUF: against the time the update started). */
export function requireUnexpired(root: RootSigned, now: Date): void {
  if (now.getTime() >= Date.parse(root.expires)) {
    throw new TrustError('root-expired', `the newest root (version ${root.version}) expired at ${root.expires}: a mirror may be freezing the chain, or the root holders must publish root ${root.version + 1}`);
  }
}

export interface ChainResult {
  /** The newest trusted root. */
  root: RootSigned;
  /** Versions walked after the shipped one. */
  walked: number[];
}

/**
 * The whole walk over texts already in hand: `next(v)` gives the text served as `v.root.json`, or undefined when
 * there is none (404, no file). Throws TrustError.
 */
export function verifyChain(shippedText: string, next: (version: number) => string | undefined, now: Date, product?: string): ChainResult {
  let root = trustShippedRoot(shippedText, product);
  const walked: number[] = [];
  for (;;) {
    const text = next(root.version + 1);
    if (text === undefined) break;
    if (walked.length >= MAX_ROOT_ROTATIONS) throw new TrustError('root-chain-too-long', `more than ${MAX_ROOT_ROTATIONS} root versions after the shipped root: refusing to walk further (ship a newer root with the agent)`);
    root = nextRoot(root, text);
    walked.push(root.version);
  }
  requireUnexpired(root, now);
  return { root, walked };
}

/** Checks a manifest or package signature set against the newest root's release role. */
export function releaseThreshold(
  root: RootSigned,
  bytes: Buffer,
  minisigs: string[],
  accept?: (trustedComment: string, keyId: string) => string | undefined,
): ThresholdCount & { rejections: string[] } {
  return countSignatures(bytes, minisigs, root.roles.release, root, accept);
}

// ---------- building roots (trust init / rotate / sign) ----------

export interface RootSpec {
  product: string;
  version: number;
  expires: string;
  rootKeys: string[];
  rootThreshold: number;
  releaseKeys: string[];
  releaseThreshold: number;
}

/** An unsigned root from public keys (`.pub` texts or RW… lines). Refuses two different keys with one key id. */
export function buildRoot(spec: RootSpec): RootEnvelope {
  const keys: Record<string, string> = {};
  const ids = (list: string[], role: RoleName): string[] => {
    const out = new Set<string>();
    for (const text of list) {
      const k = parsePublicKey(text);
      const have = keys[k.keyIdHex];
      if (have !== undefined && have !== k.base64) throw new TrustError('root-key-collision', `two different ${role}/other keys share the minisign key id ${k.keyIdHex}: generate a new key (ids must name one key)`);
      keys[k.keyIdHex] = k.base64;
      out.add(k.keyIdHex);
    }
    return [...out].sort();
  };
  const signed: RootSigned = {
    type: ROOT_TYPE,
    specVersion: ROOT_SPEC_VERSION,
    product: spec.product,
    version: spec.version,
    expires: spec.expires,
    roles: { root: { keyIds: ids(spec.rootKeys, 'root'), threshold: spec.rootThreshold }, release: { keyIds: ids(spec.releaseKeys, 'release'), threshold: spec.releaseThreshold } },
    keys,
  };
  const problems = rootProblems(signed);
  if (problems.length) throw new TrustError('invalid-root', problems.join('; '));
  return { signed, signatures: [] };
}

/** The next root: version + 1, same product; a key id reused with another key is refused. */
export function rotateRoot(prev: RootSigned, spec: Omit<RootSpec, 'product' | 'version'> & { product?: string }): RootEnvelope {
  if (spec.product !== undefined && spec.product !== prev.product) {
    throw new TrustError('root-product-mismatch', `--product ${spec.product} differs from the previous root's product "${prev.product}": a chain belongs to one product`);
  }
  const env = buildRoot({ ...spec, product: prev.product, version: prev.version + 1 });
  requireNoCollision(prev, env.signed);
  return env;
}

/**
 * The keys that may sign `root`: its own root keys, plus the previous root's root keys for a rotation (root N+1
 * needs a threshold of both). Key id → RW… line.
 */
export function rootSigners(root: RootSigned, previous?: RootSigned): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of [previous, root]) if (r) for (const id of r.roles.root.keyIds) out[id] = r.keys[id]!;
  return out;
}

/**
 * Adds one signature (`.minisig` text over canonicalRootBytes) to an envelope, after verifying it with the signer's
 * key from `signers` (see rootSigners). Idempotent per key: a valid signature by the same key is kept as it is;
 * a broken one by that key is replaced. Throws TrustError when the key may not sign this root or the signature
 * does not verify.
 */
export function addSignature(env: RootEnvelope, minisig: string, signers: Record<string, string>): { envelope: RootEnvelope; added: boolean; keyId: string } {
  const sig = parseSignature(minisig);
  const id = sig.keyIdHex;
  const key = signers[id];
  if (key === undefined) {
    throw new TrustError('root-unknown-key', `key ${id} is not a root key of root ${env.signed.version} (nor of the previous root, when given): only root keys sign roots; release keys sign manifests`);
  }
  const pk = parsePublicKey(key);
  const bytes = canonicalRootBytes(env.signed);
  try {
    verifySignature(sig, pk, { data: bytes });
  } catch (err) {
    throw new TrustError('root-bad-signature', `the signature by ${id} does not verify over root ${env.signed.version}'s canonical bytes (was it made over another file?): ${(err as Error).message}`);
  }
  const existing = env.signatures.find((s) => s.keyId === id);
  if (existing) {
    try {
      verifySignature(parseSignature(existing.minisig), pk, { data: bytes });
      return { envelope: env, added: false, keyId: id };
    } catch {
      /* a broken signature by this key: replaced below */
    }
  }
  const signatures = [...env.signatures.filter((s) => s.keyId !== id), { keyId: id, minisig: formatSignature(sig) }];
  return { envelope: { signed: env.signed, signatures }, added: true, keyId: id };
}

/** `365d`, `12h`, `90m`, `3600s`, `52w` → milliseconds. */
export function parseDuration(text: string): number | undefined {
  const m = /^(\d{1,6})([smhdw])$/.exec(text.trim());
  if (!m) return undefined;
  const unit = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 7 * 86400e3 }[m[2] as 's' | 'm' | 'h' | 'd' | 'w'];
  const ms = Number(m[1]) * unit;
  return ms > 0 ? ms : undefined;
}

/** RFC 3339 UTC with second precision. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
