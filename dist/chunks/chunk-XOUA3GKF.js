import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  FormatError,
  RelforgeError
} from "./chunk-ZSVB6QKT.js";

// src/signing/minisign/core/errors.ts
var MinisignFormatError = class extends FormatError {
};
var MinisignVerificationError = class extends RelforgeError {
  constructor(message) {
    super(message);
    this.name = "MinisignVerificationError";
  }
};

// src/signing/minisign/core/ed25519.ts
var P = 2n ** 255n - 19n;
var L = 2n ** 252n + 27742317777372353535851937790883648493n;
var D = mod(-121665n * inverse(121666n));
var SQRT_M1 = pow(2n, (P - 1n) / 4n);
function mod(a, m = P) {
  const r = a % m;
  return r < 0n ? r + m : r;
}
function pow(base, exp) {
  let result = 1n;
  let b = mod(base);
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = result * b % P;
    b = b * b % P;
    e >>= 1n;
  }
  return result;
}
function inverse(a) {
  return pow(a, P - 2n);
}
function leToBigInt(bytes) {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = n << 8n | BigInt(bytes[i]);
  return n;
}
function add(p, q) {
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
var IDENTITY = [0n, 1n, 1n, 0n];
function multiply(s, p) {
  let q = IDENTITY;
  let addend = p;
  for (let k = s; k > 0n; k >>= 1n) {
    if (k & 1n) q = add(q, addend);
    addend = add(addend, addend);
  }
  return q;
}
function hasSmallOrder(p) {
  const q = add(add(add(p, p), add(p, p)), add(add(p, p), add(p, p)));
  return q[0] === 0n && q[1] === q[2];
}
function negate(p) {
  return [mod(-p[0]), p[1], p[2], mod(-p[3])];
}
function decodePoint(bytes) {
  if (bytes.length !== 32) return void 0;
  const copy = Uint8Array.from(bytes);
  const sign2 = copy[31] >> 7;
  copy[31] &= 127;
  const y = leToBigInt(copy);
  if (y >= P) return void 0;
  const y2 = mod(y * y);
  const x2 = mod((y2 - 1n) * inverse(D * y2 + 1n));
  if (x2 === 0n) return sign2 ? void 0 : [0n, y, 1n, 0n];
  let x = pow(x2, (P + 3n) / 8n);
  if (mod(x * x) !== x2) x = mod(x * SQRT_M1);
  if (mod(x * x) !== x2) return void 0;
  if (Number(x & 1n) !== sign2) x = P - x;
  return [x, y, 1n, mod(x * y)];
}
function encodePoint(p) {
  const zi = inverse(p[2]);
  const x = mod(p[0] * zi);
  let y = mod(p[1] * zi);
  const out = Buffer.alloc(32);
  for (let i = 0; i < 32; i++) {
    out[i] = Number(y & 0xffn);
    y >>= 8n;
  }
  out[31] |= Number(x & 1n) << 7;
  return out;
}
var BASE = (() => {
  const y = mod(4n * inverse(5n));
  const enc = Buffer.alloc(32);
  let v = y;
  for (let i = 0; i < 32; i++) {
    enc[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return decodePoint(enc);
})();
function verifyEd25519Hram(publicKey, signature, hram) {
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

// src/signing/minisign/core/trusted-comment.ts
function commentValueProblem(value) {
  const bad = /[\x00-\x1f\x7f\u2028\u2029]/.exec(value);
  if (!bad) return void 0;
  const what = bad[0] === "	" ? "a tab" : bad[0] === "\n" || bad[0] === "\r" ? "a line break" : `the control character U+${bad[0].charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}`;
  return `contains ${what}, which would add or split fields of the signed trusted comment`;
}
function defaultTrustedComment(fields) {
  const parts = [];
  if (fields.version) parts.push(`version:${fields.version}`);
  parts.push(`file:${fields.file}`);
  if (fields.platform) parts.push(`platform:${fields.platform}`);
  parts.push(`timestamp:${fields.timestamp}`);
  return parts.join("	");
}
function renderTrustedComment(template, fields) {
  for (const [name, value] of Object.entries(fields)) {
    if (value === void 0) continue;
    const problem = commentValueProblem(String(value));
    if (problem) {
      const fix = name === "file" ? "rename the file" : `fix the ${name}`;
      throw new MinisignFormatError(`The ${name} "${String(value).replace(/[\x00-\x1f\x7f]/g, "?")}" ${problem}: ${fix}.`);
    }
  }
  if (!template) return defaultTrustedComment(fields);
  return template.replace(/\{(version|file|platform|timestamp)\}/g, (_, k) => String(fields[k] ?? ""));
}
function trustedCommentField(trustedComment, name) {
  let found;
  for (const field of trustedComment.split("	")) {
    const i = field.indexOf(":");
    if (i <= 0 || field.slice(0, i).trim() !== name) continue;
    if (found !== void 0) {
      throw new MinisignFormatError(`The trusted comment has more than one "${name}:" field (a tab in a signed value?): refusing an ambiguous signature; re-sign the file.`);
    }
    found = field.slice(i + 1).trim();
  }
  return found;
}
function commentTimestamp(trustedComment) {
  const t = trustedCommentField(trustedComment, "timestamp");
  return t !== void 0 && /^\d{1,12}$/.test(t) ? Number(t) : void 0;
}

// src/signing/minisign/core/format.ts
import { createHash, createPrivateKey, createPublicKey, sign, verify, timingSafeEqual } from "node:crypto";

// src/signing/minisign/core/blake2b.ts
var MASK = (1n << 64n) - 1n;
var IV = [
  0x6a09e667f3bcc908n,
  0xbb67ae8584caa73bn,
  0x3c6ef372fe94f82bn,
  0xa54ff53a5f1d36f1n,
  0x510e527fade682d1n,
  0x9b05688c2b3e6c1fn,
  0x1f83d9abfb41bd6bn,
  0x5be0cd19137e2179n
];
var SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0]
];
var rotr = (x, n) => (x >> n | x << 64n - n) & MASK;
function compress(h, block, t, last) {
  const v = [...h, ...IV];
  v[12] = v[12] ^ t & MASK;
  v[13] = v[13] ^ t >> 64n;
  if (last) v[14] = v[14] ^ MASK;
  const m = [];
  for (let i = 0; i < 16; i++) m.push(block.readBigUInt64LE(i * 8));
  const g = (a, b, c, d, x, y) => {
    v[a] = v[a] + v[b] + x & MASK;
    v[d] = rotr(v[d] ^ v[a], 32n);
    v[c] = v[c] + v[d] & MASK;
    v[b] = rotr(v[b] ^ v[c], 24n);
    v[a] = v[a] + v[b] + y & MASK;
    v[d] = rotr(v[d] ^ v[a], 16n);
    v[c] = v[c] + v[d] & MASK;
    v[b] = rotr(v[b] ^ v[c], 63n);
  };
  for (let r = 0; r < 12; r++) {
    const s = SIGMA[r % 10];
    g(0, 4, 8, 12, m[s[0]], m[s[1]]);
    g(1, 5, 9, 13, m[s[2]], m[s[3]]);
    g(2, 6, 10, 14, m[s[4]], m[s[5]]);
    g(3, 7, 11, 15, m[s[6]], m[s[7]]);
    g(0, 5, 10, 15, m[s[8]], m[s[9]]);
    g(1, 6, 11, 12, m[s[10]], m[s[11]]);
    g(2, 7, 8, 13, m[s[12]], m[s[13]]);
    g(3, 4, 9, 14, m[s[14]], m[s[15]]);
  }
  for (let i = 0; i < 8; i++) h[i] = h[i] ^ v[i] ^ v[i + 8];
}
function blake2b(data, outlen) {
  if (!Number.isInteger(outlen) || outlen < 1 || outlen > 64) throw new RangeError("BLAKE2b output length must be 1..64");
  const h = [...IV];
  h[0] = h[0] ^ 0x01010000n ^ BigInt(outlen);
  const blocks = Math.max(1, Math.ceil(data.length / 128));
  for (let i = 0; i < blocks; i++) {
    const chunk = Buffer.alloc(128);
    data.copy(chunk, 0, i * 128, Math.min(data.length, (i + 1) * 128));
    const last = i === blocks - 1;
    compress(h, chunk, BigInt(last ? data.length : (i + 1) * 128), last);
  }
  const out = Buffer.alloc(64);
  h.forEach((w, i) => out.writeBigUInt64LE(w, i * 8));
  return Buffer.from(out.subarray(0, outlen));
}

// src/signing/minisign/core/format.ts
var UNTRUSTED_PREFIX = "untrusted comment: ";
var TRUSTED_PREFIX = "trusted comment: ";
var UNTRUSTED_COMMENT_MAX = 1024;
var TRUSTED_COMMENT_MAX = 8192;
var MINISIGN_OPSLIMIT = 33554432;
var MINISIGN_MEMLIMIT = 1073741824;
var SCRYPT_MAX_MEMORY = 4 * 1024 * 1024 * 1024;
var PK_ALG = Buffer.from("Ed", "latin1");
var KDF_SCRYPT = Buffer.from("Sc", "latin1");
var KDF_NONE = Buffer.from([0, 0]);
var CHK_B2 = Buffer.from("B2", "latin1");
var PKCS8_ED25519 = Buffer.from("302e020100300506032b657004220420", "hex");
var SPKI_ED25519 = Buffer.from("302a300506032b6570032100", "hex");
function fail(message) {
  throw new MinisignFormatError(message);
}
function refuse(message) {
  throw new MinisignVerificationError(message);
}
function decodeBase64Strict(text, what, expectedLength) {
  const t = text.trim();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length % 4 !== 0) fail(`${what} is not valid base64.`);
  const buf = Buffer.from(t, "base64");
  if (buf.toString("base64") !== t) fail(`${what} is not canonical base64 (altered or truncated).`);
  if (expectedLength !== void 0 && buf.length !== expectedLength) {
    fail(`${what} decodes to ${buf.length} bytes; expected ${expectedLength}.`);
  }
  return buf;
}
function keyIdHex(keyId) {
  return Buffer.from(keyId).reverse().toString("hex").toUpperCase();
}
function lines(text) {
  const out = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  while (out.length && out[out.length - 1].trim() === "") out.pop();
  return out;
}
function unwrapBase64File(text) {
  const t = text.trim();
  if (t.includes("\n") || t.length < 60 || !/^[A-Za-z0-9+/=]+$/.test(t)) return void 0;
  const decoded = Buffer.from(t, "base64").toString("utf8");
  return decoded.startsWith(UNTRUSTED_PREFIX) ? decoded : void 0;
}
function parsePublicKeyBlob(b64) {
  const blob = decodeBase64Strict(b64, "The public key", 42);
  if (!blob.subarray(0, 2).equals(PK_ALG)) fail('The public key is not an Ed25519 minisign/signify key (algorithm tag is not "Ed").');
  const keyId = Buffer.from(blob.subarray(2, 10));
  return { keyId, publicKey: Buffer.from(blob.subarray(10, 42)), keyIdHex: keyIdHex(keyId), base64: b64.trim() };
}
function parsePublicKey(text) {
  if (typeof text !== "string" || text.trim() === "") fail("The public key is empty: give a minisign public key (the `.pub` file or its `RW…` line).");
  const inner = unwrapBase64File(text) ?? text;
  const ls = lines(inner).filter((l) => l.trim() !== "");
  if (ls.length === 1) return parsePublicKeyBlob(ls[0]);
  if (ls.length === 2 && ls[0].startsWith(UNTRUSTED_PREFIX)) return parsePublicKeyBlob(ls[1]);
  return fail('The public key is malformed: expected a minisign `.pub` file (an "untrusted comment:" line and a base64 line) or its base64 line.');
}
function formatPublicKey(keyId, publicKey) {
  const b64 = Buffer.concat([PK_ALG, keyId, publicKey]).toString("base64");
  return `${UNTRUSTED_PREFIX}minisign public key ${keyId.readBigUInt64LE(0).toString(16).toUpperCase()}
${b64}
`;
}
function publicKeyBase64(keyId, publicKey) {
  return Buffer.concat([PK_ALG, keyId, publicKey]).toString("base64");
}
function looksLikeSecretKeyFile(text) {
  const inner = unwrapBase64File(text) ?? text;
  return inner.trimStart().startsWith(UNTRUSTED_PREFIX);
}
function parseSecretKey(text) {
  const inner = unwrapBase64File(text) ?? text;
  const ls = lines(inner).filter((l) => l.trim() !== "");
  if (ls.length !== 2 || !ls[0].startsWith(UNTRUSTED_PREFIX)) {
    fail('The private key is not a minisign secret key file: expected an "untrusted comment:" line and one base64 line.');
  }
  const blob = decodeBase64Strict(ls[1], "The minisign secret key", 158);
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
    untrustedComment: ls[0].slice(UNTRUSTED_PREFIX.length)
  };
}
function scryptParams(opslimit, memlimit) {
  const ops = opslimit < 32768 ? 32768 : opslimit;
  const r = 8;
  let p;
  let nLog2;
  if (ops < memlimit / 32) {
    p = 1;
    const maxN = ops / (r * 4);
    for (nLog2 = 1; nLog2 < 63; nLog2++) if (2 ** nLog2 > maxN / 2) break;
  } else {
    const maxN = memlimit / (r * 128);
    for (nLog2 = 1; nLog2 < 63; nLog2++) if (2 ** nLog2 > maxN / 2) break;
    let maxrp = Math.floor(ops / 4 / 2 ** nLog2);
    if (maxrp > 1073741823) maxrp = 1073741823;
    p = Math.floor(maxrp / r);
  }
  if (nLog2 > 30 || p < 1) fail(`The minisign secret key asks for unsupported scrypt limits (opslimit ${opslimit}, memlimit ${memlimit}).`);
  const N = 2 ** nLog2;
  if (128 * r * (N + p) > SCRYPT_MAX_MEMORY) {
    fail(`The minisign secret key asks for scrypt parameters that need ${Math.round(128 * r * (N + p) / 2 ** 20)} MiB of memory; relforge allows at most ${SCRYPT_MAX_MEMORY / 2 ** 30} GiB (minisign's own keys need 1 GiB).`);
  }
  if (N * p > 2 ** 24) fail(`The minisign secret key asks for ${N * p} scrypt iterations (N·p); relforge allows at most 2^24, 16 times what minisign uses.`);
  const maxmem = 128 * r * (N + 2 + p) + 8 * 1024 * 1024;
  return { N, r, p, maxmem };
}
function secretKeyChecksum(keyId, sk64) {
  return blake2b(Buffer.concat([PK_ALG, keyId, sk64]), 32);
}
function openSecretKey(parsed, stream) {
  let payload = parsed.payload;
  if (parsed.encrypted) {
    if (!stream || stream.length !== 104) fail("The minisign secret key is encrypted: a password is needed to open it.");
    payload = Buffer.alloc(104);
    for (let i = 0; i < 104; i++) payload[i] = parsed.payload[i] ^ stream[i];
  }
  const keyId = Buffer.from(payload.subarray(0, 8));
  const sk = payload.subarray(8, 72);
  const chk = payload.subarray(72, 104);
  const expected = secretKeyChecksum(keyId, sk);
  const zero = chk.every((b) => b === 0);
  if (!timingSafeEqual(chk, expected) && !(zero && !parsed.encrypted)) {
    payload.fill(0);
    (parsed.encrypted ? refuse : fail)(
      parsed.encrypted ? "Wrong password for the minisign secret key (checksum mismatch after decryption): check the password input." : "The minisign secret key is corrupted (checksum mismatch)."
    );
  }
  const seed = Buffer.from(sk.subarray(0, 32));
  const publicKey = Buffer.from(sk.subarray(32, 64));
  if (parsed.encrypted) payload.fill(0);
  if (!publicKeyFromSeed(seed).equals(publicKey)) fail("The minisign secret key is corrupted: its public half does not match its seed.");
  return { keyId, seed, publicKey };
}
function sealSecretKey(key, encrypt, comment = encrypt ? "minisign encrypted secret key" : "minisign secret key") {
  const sk = Buffer.concat([key.seed, key.publicKey]);
  const header = Buffer.alloc(54);
  PK_ALG.copy(header, 0);
  (encrypt ? KDF_SCRYPT : KDF_NONE).copy(header, 2);
  CHK_B2.copy(header, 4);
  let payload;
  if (encrypt) {
    encrypt.salt.copy(header, 6);
    header.writeBigUInt64LE(BigInt(encrypt.opslimit), 38);
    header.writeBigUInt64LE(BigInt(encrypt.memlimit), 46);
    const plain = Buffer.concat([key.keyId, sk, secretKeyChecksum(key.keyId, sk)]);
    payload = Buffer.alloc(104);
    for (let i = 0; i < 104; i++) payload[i] = plain[i] ^ encrypt.stream[i];
    plain.fill(0);
  } else {
    payload = Buffer.concat([key.keyId, sk, Buffer.alloc(32)]);
  }
  sk.fill(0);
  return `${UNTRUSTED_PREFIX}${comment}
${Buffer.concat([header, payload]).toString("base64")}
`;
}
function ed25519PrivateKey(seed) {
  if (seed.length !== 32) fail("An Ed25519 seed must be 32 bytes.");
  return createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: "der", type: "pkcs8" });
}
function ed25519PublicKey(publicKey) {
  if (publicKey.length !== 32) fail("An Ed25519 public key must be 32 bytes.");
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519, publicKey]), format: "der", type: "spki" });
}
function rawPublicKey(key) {
  const pub = key.type === "private" ? createPublicKey(key) : key;
  const der = pub.export({ format: "der", type: "spki" });
  return Buffer.from(der.subarray(der.length - 32));
}
function publicKeyFromSeed(seed) {
  return rawPublicKey(ed25519PrivateKey(seed));
}
function sanitizeComment(text, what) {
  const max = what === "trusted" ? TRUSTED_COMMENT_MAX : UNTRUSTED_COMMENT_MAX;
  if (/[\r\n\0]/.test(text)) fail(`The ${what} comment must be one line (it contains a line break or NUL).`);
  if (Buffer.byteLength(text) > max) fail(`The ${what} comment is ${Buffer.byteLength(text)} bytes; minisign allows at most ${max}.`);
  return text;
}
function formatSignature(parts) {
  const blob = Buffer.concat([Buffer.from(parts.algorithm, "latin1"), parts.keyId, parts.signature]);
  return `${UNTRUSTED_PREFIX}${sanitizeComment(parts.untrustedComment, "untrusted")}
${blob.toString("base64")}
${TRUSTED_PREFIX}${sanitizeComment(parts.trustedComment, "trusted")}
${parts.globalSignature.toString("base64")}
`;
}
function parseSignature(text) {
  if (typeof text !== "string" || text.trim() === "") fail("The signature is empty: give the text of a `.minisig` file.");
  const ls = lines(unwrapBase64File(text) ?? text);
  if (ls.length === 2 && ls[0].startsWith(UNTRUSTED_PREFIX)) {
    fail("The signature has no trusted comment (a signify signature?): relforge and minisign require the 4-line minisign format.");
  }
  if (ls.length !== 4) fail(`The signature is malformed: expected 4 lines (untrusted comment, signature, trusted comment, global signature), got ${ls.length}.`);
  if (!ls[0].startsWith(UNTRUSTED_PREFIX)) fail('The signature is malformed: line 1 must start with "untrusted comment: ".');
  if (!ls[2].startsWith(TRUSTED_PREFIX)) fail('The signature is malformed: line 3 must start with "trusted comment: ".');
  const blob = decodeBase64Strict(ls[1], "The signature (line 2)", 74);
  const alg = blob.subarray(0, 2).toString("latin1");
  if (alg !== "ED" && alg !== "Ed") fail(`The signature uses an unsupported algorithm "${alg.replace(/[^\x20-\x7e]/g, "?")}" (expected ED or Ed).`);
  const keyId = Buffer.from(blob.subarray(2, 10));
  const untrustedComment = ls[0].slice(UNTRUSTED_PREFIX.length);
  const trustedComment = ls[2].slice(TRUSTED_PREFIX.length);
  if (Buffer.byteLength(trustedComment) > TRUSTED_COMMENT_MAX) fail("The trusted comment is longer than minisign allows (8192 bytes).");
  return {
    algorithm: alg,
    keyId,
    keyIdHex: keyIdHex(keyId),
    signature: Buffer.from(blob.subarray(10, 74)),
    untrustedComment,
    trustedComment,
    globalSignature: decodeBase64Strict(ls[3], "The global signature (line 4)", 64)
  };
}
function finish(privateKey, keyId, algorithm, signature, opts) {
  const trustedComment = sanitizeComment(opts.trustedComment, "trusted");
  const globalSignature = sign(null, Buffer.concat([signature, Buffer.from(trustedComment, "utf8")]), privateKey);
  return formatSignature({
    algorithm,
    keyId,
    signature,
    untrustedComment: opts.untrustedComment ?? "signature from relforge (minisign format)",
    trustedComment,
    globalSignature
  });
}
function signPrehashed(privateKey, keyId, digest, opts) {
  if (digest.length !== 64) fail("A prehashed (ED) signature needs the 64-byte BLAKE2b-512 digest of the file.");
  return finish(privateKey, keyId, "ED", sign(null, digest, privateKey), opts);
}
function signMessage(privateKey, keyId, data, opts) {
  const algorithm = opts.algorithm ?? "ED";
  const message = algorithm === "ED" ? createHash("blake2b512").update(data).digest() : data;
  return finish(privateKey, keyId, algorithm, sign(null, message, privateKey), opts);
}
function isLegacyMessage(m) {
  return typeof m === "object" && m !== null && m.kind === "ed25519-hram";
}
function messageVerifies(sig, pub, key, message) {
  if (sig.algorithm === "ED") {
    if (message.digest) return verify(null, message.digest, key, sig.signature);
    if (Buffer.isBuffer(message.data)) return verify(null, createHash("blake2b512").update(message.data).digest(), key, sig.signature);
    return fail('Internal: a prehashed ("ED") signature needs the BLAKE2b-512 digest of the file or its contents.');
  }
  const data = message.data ?? fail('A legacy "Ed" signature covers the whole file; verify it with the file contents (or legacyMessage), not a digest.');
  if (!isLegacyMessage(data)) return verify(null, data, key, sig.signature);
  if (!data.r.equals(sig.signature.subarray(0, 32)) || !data.publicKey.equals(pub.publicKey)) {
    return fail("Internal: the streamed legacy message was hashed for another signature or public key.");
  }
  return verifyEd25519Hram(pub.publicKey, sig.signature, data.hram);
}
function verifySignature(sig, pub, message, opts = {}) {
  if (!sig.keyId.equals(pub.keyId)) {
    refuse(`Signature key id ${sig.keyIdHex} does not match the public key's id ${pub.keyIdHex}: the file was signed with a different key.`);
  }
  if (opts.requirePrehashed && sig.algorithm !== "ED") refuse('Legacy (non-prehashed, "Ed") signature found, but a prehashed ("ED") signature is required.');
  const key = ed25519PublicKey(pub.publicKey);
  if (!messageVerifies(sig, pub, key, message)) refuse("Signature verification failed: the file does not match the signature (file altered, or wrong signature file).");
  const globalMsg = Buffer.concat([sig.signature, Buffer.from(sig.trustedComment, "utf8")]);
  if (!verify(null, globalMsg, key, sig.globalSignature)) refuse("Trusted comment verification failed: the trusted comment or global signature was altered.");
  if (opts.expectVersion !== void 0) {
    const v = trustedCommentField(sig.trustedComment, "version");
    const norm = (s) => s.trim().replace(/^v(?=\d)/, "");
    if (v === void 0) refuse(`The trusted comment has no "version:" field, but version ${opts.expectVersion} is required (rollback protection).`);
    if (norm(v) !== norm(opts.expectVersion)) {
      refuse(`The signed version is "${v}" but "${opts.expectVersion}" was expected: refusing a validly signed file of another version (rollback protection).`);
    }
  }
  return { trustedComment: sig.trustedComment, keyIdHex: sig.keyIdHex, algorithm: sig.algorithm };
}

export {
  MinisignVerificationError,
  verifyEd25519Hram,
  commentValueProblem,
  renderTrustedComment,
  trustedCommentField,
  commentTimestamp,
  MINISIGN_OPSLIMIT,
  MINISIGN_MEMLIMIT,
  decodeBase64Strict,
  keyIdHex,
  parsePublicKey,
  formatPublicKey,
  publicKeyBase64,
  looksLikeSecretKeyFile,
  parseSecretKey,
  scryptParams,
  openSecretKey,
  sealSecretKey,
  ed25519PrivateKey,
  rawPublicKey,
  publicKeyFromSeed,
  sanitizeComment,
  formatSignature,
  parseSignature,
  signPrehashed,
  signMessage,
  verifySignature
};
