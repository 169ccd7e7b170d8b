/**
 * Ed25519 verification (RFC 8032 §5.1.7) finished from a caller-computed hash, so a signature over a whole
 * file (minisign legacy `Ed`, `format: raw`) can be checked in bounded memory: the adapter streams
 * k = SHA-512(R ‖ A ‖ message) over the file, this module does the curve arithmetic with BigInt.
 * Node's crypto (OpenSSL) only verifies Ed25519 one-shot, with the whole message in memory.
 *
 * Pure and public-data only (verification has no secret, so variable-time arithmetic is fine). Signing is
 * left to Node's constant-time implementation. Checked against Node's crypto.verify on RFC 8032 vectors,
 * random keys and messages, and altered signatures (test/signing/minisign/ed25519-stream.test.ts).
 *
 * The check is the cofactorless one OpenSSL makes: S < L, A decodes (canonical y), and
 * encode([S]B − [k]A) equals the signature's R bytes; like libsodium (minisign), a public key or R of small
 * order is refused. So whatever this accepts, Node's crypto.verify accepts too (tested on edge cases).
 */
const P = 2n ** 255n - 19n;
/** Order of the base point. */
export const L = 2n ** 252n + 27742317777372353535851937790883648493n;
const D = mod(-121665n * inverse(121666n));
const SQRT_M1 = pow(2n, (P - 1n) / 4n);

type Point = readonly [x: bigint, y: bigint, z: bigint, t: bigint];

function mod(a: bigint, m = P): bigint {
  const r = a % m;
  return r < 0n ? r + m : r;
}

function pow(base: bigint, exp: bigint): bigint {
  let result = 1n;
  let b = mod(base);
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % P;
    b = (b * b) % P;
    e >>= 1n;
  }
  return result;
}

function inverse(a: bigint): bigint {
  return pow(a, P - 2n);
}

/** Little-endian bytes → integer. */
export function leToBigInt(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]!);
  return n;
}

/** Extended twisted Edwards addition (a = −1), complete: also doubles. RFC 8032 §5.1.4. */
function add(p: Point, q: Point): Point {
  const a = mod((p[1] - p[0]) * (q[1] - q[0]));
  const b = mod((p[1] + p[0]) * (q[1] + q[0]));
  const c = mod(2n * D * p[3] * q[3]);
  const d = mod(2n * p[2] * q[2]);
  const e = b - a;
  const f = d - c;
  const g = d + c;
  const h = b + a;
  return [mod(e * f), mod(g * h), mod(f * g), mod(e * h)];
}

const IDENTITY: Point = [0n, 1n, 1n, 0n];

function multiply(s: bigint, p: Point): Point {
  let q = IDENTITY;
  let addend = p;
  for (let k = s; k > 0n; k >>= 1n) {
    if (k & 1n) q = add(q, addend);
    addend = add(addend, addend);
  }
  return q;
}

/** [8]P is the identity: P is one of the eight points of small order (never a real key or R). */
function hasSmallOrder(p: Point): boolean {
  const q = add(add(add(p, p), add(p, p)), add(add(p, p), add(p, p)));
  return q[0] === 0n && q[1] === q[2];
}

function negate(p: Point): Point {
  return [mod(-p[0]), p[1], p[2], mod(-p[3])];
}

/** RFC 8032 §5.1.3 point decoding; undefined for an invalid or non-canonical encoding. */
export function decodePoint(bytes: Uint8Array): Point | undefined {
  if (bytes.length !== 32) return undefined;
  const copy = Uint8Array.from(bytes);
  const sign = copy[31]! >> 7;
  copy[31]! &= 0x7f;
  const y = leToBigInt(copy);
  if (y >= P) return undefined;
  const y2 = mod(y * y);
  const x2 = mod((y2 - 1n) * inverse(D * y2 + 1n));
  if (x2 === 0n) return sign ? undefined : [0n, y, 1n, 0n];
  let x = pow(x2, (P + 3n) / 8n);
  if (mod(x * x) !== x2) x = mod(x * SQRT_M1);
  if (mod(x * x) !== x2) return undefined;
  if (Number(x & 1n) !== sign) x = P - x;
  return [x, y, 1n, mod(x * y)];
}

function encodePoint(p: Point): Buffer {
  const zi = inverse(p[2]);
  const x = mod(p[0] * zi);
  let y = mod(p[1] * zi);
  const out = Buffer.alloc(32);
  for (let i = 0; i < 32; i++) {
    out[i] = Number(y & 0xffn);
    y >>= 8n;
  }
  out[31]! |= Number(x & 1n) << 7;
  return out;
}

const BASE: Point = (() => {
  const y = mod(4n * inverse(5n));
  const enc = Buffer.alloc(32);
  let v = y;
  for (let i = 0; i < 32; i++) {
    enc[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return decodePoint(enc)!;
})();

/**
 * Verifies a 64-byte Ed25519 signature (R ‖ S) by a 32-byte public key A, given
 * `hram` = SHA-512(R ‖ A ‖ message) (64 bytes) computed by the caller over the whole message.
 */
export function verifyEd25519Hram(publicKey: Uint8Array, signature: Uint8Array, hram: Uint8Array): boolean {
  if (publicKey.length !== 32 || signature.length !== 64 || hram.length !== 64) return false;
  const s = leToBigInt(signature.subarray(32, 64));
  if (s >= L) return false;
  const a = decodePoint(publicKey);
  const r0 = decodePoint(signature.subarray(0, 32));
  if (!a || !r0 || hasSmallOrder(a) || hasSmallOrder(r0)) return false;
  const k = mod(leToBigInt(hram), L);
  const r = add(multiply(s, BASE), negate(multiply(k, a)));
  return encodePoint(r).equals(Buffer.from(signature.subarray(0, 32)));
}
