export const id = 888;
export const ids = [888];
export const modules = {

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ defineCommand),
/* harmony export */   R: () => (/* binding */ printResult)
/* harmony export */ });
function defineCommand(command) {
    return command;
}
/** Prints `result` as JSON (--json), else its notes (`note: …`) and then `lines`. Returns exit code 0. */
function printResult(json, result, lines) {
    if (json) {
        console.log(JSON.stringify(result, null, 2));
        return 0;
    }
    for (const n of result.notes ?? [])
        console.log(`note: ${n}`);
    for (const line of lines(result))
        console.log(line);
    return 0;
}


/***/ }),

/***/ 1933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ optionsFor),
/* harmony export */   Dk: () => (/* binding */ booleanWord),
/* harmony export */   F: () => (/* binding */ stringDefault),
/* harmony export */   Fk: () => (/* binding */ requiredString),
/* harmony export */   Jo: () => (/* binding */ defineSchema),
/* harmony export */   Jt: () => (/* binding */ flag),
/* harmony export */   Pp: () => (/* binding */ stringOption),
/* harmony export */   Qc: () => (/* binding */ parseValues),
/* harmony export */   hG: () => (/* binding */ jsonFlag),
/* harmony export */   vM: () => (/* binding */ cliFlag),
/* harmony export */   zu: () => (/* binding */ choiceOption)
/* harmony export */ });
/* unused harmony exports splitList, actionDefault */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6316);
/**
 * Option schemas: every option of an operation is declared once (name, type, allowed values, default,
 * environment variable, secret or not, description). Pure data and pure functions, no I/O:
 *   - src/actions/runner.ts reads `INPUT_*` through a schema (readInputs),
 *   - src/cli/args.ts builds node:util parseArgs' config and the usage text from it,
 *   - test/options.test.ts checks every actions/<name>/action.yml against its schema,
 *   - scripts/gen-docs.mjs writes the docs tables from it.
 *
 * Problems are reported by field (`SettingsError` with `FieldProblem`s); each front end words the field
 * (`Input "tag-prefix"` in an action, `--tag-prefix` on the command line). A problem's text may name other
 * options as `{{name}}`; the front end words those too.
 */

/** Declares a schema with its literal types kept (so `Values<S>` knows each option's type). */
function defineSchema(schema) {
    return schema;
}
const TRUE = ['true', 'yes', '1', 'on'];
const FALSE = ['false', 'no', '0', 'off'];
/** A boolean word (true/false, yes/no, 1/0, on/off; trimmed, any case), or undefined for anything else. */
function booleanWord(text) {
    const t = text.trim().toLowerCase();
    return TRUE.includes(t) ? true : FALSE.includes(t) ? false : undefined;
}
/** Splits a list input: one item per line (and per comma unless separator is 'lines'); blanks and `#` lines dropped. */
function splitList(text, separator = 'comma') {
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'))
        .flatMap((l) => (separator === 'comma' ? l.split(',') : [l]))
        .map((s) => s.trim())
        .filter(Boolean);
}
/**
 * Types and checks raw values against a schema. Every problem is collected (by field) and thrown together
 * as one SettingsError; the caller's front end words the field names.
 */
function parseValues(schema, raw, frontEnd) {
    const problems = [];
    const out = {};
    for (const [name, spec] of Object.entries(schema.options)) {
        if (spec.only && spec.only !== frontEnd) {
            out[name] = emptyValue(spec);
            continue;
        }
        const given = raw[name];
        const value = typed(name, spec, given, problems);
        out[name] = value;
    }
    if (problems.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SettingsError */ .GN(problems);
    return out;
}
function emptyValue(spec) {
    if (spec.type === 'boolean')
        return spec.default === true;
    if (spec.type === 'list')
        return typeof spec.default === 'string' ? splitList(spec.default, spec.separator) : [];
    return spec.default;
}
function typed(name, spec, given, problems) {
    if (spec.type === 'boolean') {
        if (typeof given === 'boolean')
            return given;
        const text = typeof given === 'string' ? given.trim().toLowerCase() : '';
        if (text === '')
            return spec.default === true;
        const word = booleanWord(text);
        if (word !== undefined)
            return word;
        problems.push({ field: name, message: `must be true or false, got "${String(given).trim()}".` });
        return spec.default === true;
    }
    if (spec.type === 'list') {
        const items = Array.isArray(given)
            ? given.flatMap((g) => splitList(g, spec.separator))
            : typeof given === 'string'
                ? splitList(given, spec.separator)
                : [];
        const list = items.length ? items : emptyValue(spec);
        if (spec.required && list.length === 0)
            problems.push({ field: name, message: 'is required but was empty or not set.' });
        if (spec.choices)
            for (const item of list)
                checkChoice(name, spec.choices, item, problems);
        return list;
    }
    const text = (Array.isArray(given) ? given.at(-1) : typeof given === 'string' ? given : undefined)?.trim() ?? '';
    const value = text === '' ? (spec.default === undefined ? undefined : String(spec.default)) : text;
    if (value === undefined) {
        if (spec.required)
            problems.push({ field: name, message: 'is required but was empty or not set.' });
        return undefined;
    }
    if (spec.choices && !checkChoice(name, spec.choices, value, problems))
        return spec.default;
    if (spec.type === 'integer') {
        const n = Number(value);
        const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = spec;
        if (!/^-?\d+$/.test(value) || n < min || n > max) {
            const range = spec.min !== undefined && spec.max !== undefined ? ` from ${spec.min} to ${spec.max}` : '';
            problems.push({ field: name, message: `must be a whole number${range}, got "${value}".` });
            return spec.default;
        }
        return n;
    }
    return value;
}
function checkChoice(name, choices, value, problems) {
    if (choices.includes(value))
        return true;
    problems.push({ field: name, message: `must be ${choices.length === 2 ? `${choices[0]} or ${choices[1]}` : `one of ${choices.join(', ')}`}, got "${value}".` });
    return false;
}
/** A plain string option without a default (`FILE`, `URL`… as its CLI placeholder). */
function stringOption(description, metavar) {
    return { type: 'string', description, cli: metavar ? { metavar } : {} };
}
/** A boolean option that is off unless given (`--x` on the CLI, `x: true` in a workflow). */
function flag(description) {
    return { type: 'boolean', default: false, description };
}
/** The CLI's `--json`: print the result as JSON (`what` says which result). Not an action input. */
function jsonFlag(description) {
    return { type: 'boolean', default: false, only: 'cli', description };
}
/** A string option that takes one of `choices` (checked in both front ends; the CLI usage lists them). */
function choiceOption(defaultValue, choices, description) {
    return { type: 'string', default: defaultValue, choices, description };
}
/** A string option that must be given (`NAME`, `X.Y.Z`… as its CLI placeholder). */
function requiredString(description, metavar) {
    return { type: 'string', required: true, description, cli: { metavar } };
}
/** A string option with a default (`DIR`, `ID`… as its CLI placeholder). */
function stringDefault(defaultValue, description, metavar) {
    return { type: 'string', default: defaultValue, description, cli: { metavar } };
}
/** The action.yml `default:` text of an option (undefined = no default line). */
function actionDefault(spec) {
    if (spec.actionDefault !== undefined)
        return spec.actionDefault;
    if (spec.default === undefined)
        return undefined;
    return String(spec.default);
}
/** The CLI flag of an option (without dashes). */
function cliFlag(name, spec) {
    return spec?.cli?.flag ?? name;
}
/** Options a front end offers, in declaration order. */
function optionsFor(schema, frontEnd) {
    return Object.entries(schema.options).filter(([, s]) => !s.only || s.only === frontEnd);
}


/***/ }),

/***/ 7961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bt: () => (/* binding */ verifyEd25519Hram)
/* harmony export */ });
/* unused harmony exports L, leToBigInt, decodePoint */
/**
 * Ed25519 verification (RFC 8032 §5.1.7) finished from a caller-computed hash, so a signature over a whole
 * file (minisign legacy `Ed`, `format: raw`) can be checked in bounded memory: the adapter streams
 * k = SHA-512(R ‖ A ‖ message) over the file, this module does the curve arithmetic with BigInt.
 * Node's crypto (OpenSSL) only verifies Ed25519 one-shot, with the whole message in memory.
 *
 * Pure and public-data only (verification has no secret, so variable-time arithmetic is fine). Signing is
 * left to Node's constant-time implementation. Checked against Node's crypto.verify on RFC 8032 vectors,
 * random keys and messages, and altered signatures (test/signing/ed25519-stream.test.ts).
 *
 * The check is the cofactorless one OpenSSL makes: S < L, A decodes (canonical y), and
 * encode([S]B − [k]A) equals the signature's R bytes; like libsodium (minisign), a public key or R of small
 * order is refused. So whatever this accepts, Node's crypto.verify accepts too (tested on edge cases).
 */
const P = 2n ** 255n - 19n;
/** Order of the base point. */
const L = 2n ** 252n + 27742317777372353535851937790883648493n;
const D = mod(-121665n * inverse(121666n));
const SQRT_M1 = pow(2n, (P - 1n) / 4n);
function mod(a, m = P) {
    const r = a % m;
    return r < 0n ? r + m : r;
}
function pow(base, exp) {
    let result = 1n;
    let b = mod(base);
    let e = exp;
    while (e > 0n) {
        if (e & 1n)
            result = (result * b) % P;
        b = (b * b) % P;
        e >>= 1n;
    }
    return result;
}
function inverse(a) {
    return pow(a, P - 2n);
}
/** Little-endian bytes → integer. */
function leToBigInt(bytes) {
    let n = 0n;
    for (let i = bytes.length - 1; i >= 0; i--)
        n = (n << 8n) | BigInt(bytes[i]);
    return n;
}
/** Extended twisted Edwards addition (a = −1), complete: also doubles. RFC 8032 §5.1.4. */
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
const IDENTITY = [0n, 1n, 1n, 0n];
function multiply(s, p) {
    let q = IDENTITY;
    let addend = p;
    for (let k = s; k > 0n; k >>= 1n) {
        if (k & 1n)
            q = add(q, addend);
        addend = add(addend, addend);
    }
    return q;
}
/** [8]P is the identity: P is one of the eight points of small order (never a real key or R). */
function hasSmallOrder(p) {
    const q = add(add(add(p, p), add(p, p)), add(add(p, p), add(p, p)));
    return q[0] === 0n && q[1] === q[2];
}
function negate(p) {
    return [mod(-p[0]), p[1], p[2], mod(-p[3])];
}
/** RFC 8032 §5.1.3 point decoding; undefined for an invalid or non-canonical encoding. */
function decodePoint(bytes) {
    if (bytes.length !== 32)
        return undefined;
    const copy = Uint8Array.from(bytes);
    const sign = copy[31] >> 7;
    copy[31] &= 0x7f;
    const y = leToBigInt(copy);
    if (y >= P)
        return undefined;
    const y2 = mod(y * y);
    const x2 = mod((y2 - 1n) * inverse(D * y2 + 1n));
    if (x2 === 0n)
        return sign ? undefined : [0n, y, 1n, 0n];
    let x = pow(x2, (P + 3n) / 8n);
    if (mod(x * x) !== x2)
        x = mod(x * SQRT_M1);
    if (mod(x * x) !== x2)
        return undefined;
    if (Number(x & 1n) !== sign)
        x = P - x;
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
const BASE = (() => {
    const y = mod(4n * inverse(5n));
    const enc = Buffer.alloc(32);
    let v = y;
    for (let i = 0; i < 32; i++) {
        enc[i] = Number(v & 0xffn);
        v >>= 8n;
    }
    return decodePoint(enc);
})();
/**
 * Verifies a 64-byte Ed25519 signature (R ‖ S) by a 32-byte public key A, given
 * `hram` = SHA-512(R ‖ A ‖ message) (64 bytes) computed by the caller over the whole message.
 */
function verifyEd25519Hram(publicKey, signature, hram) {
    if (publicKey.length !== 32 || signature.length !== 64 || hram.length !== 64)
        return false;
    const s = leToBigInt(signature.subarray(32, 64));
    if (s >= L)
        return false;
    const a = decodePoint(publicKey);
    const r0 = decodePoint(signature.subarray(0, 32));
    if (!a || !r0 || hasSmallOrder(a) || hasSmallOrder(r0))
        return false;
    const k = mod(leToBigInt(hram), L);
    const r = add(multiply(s, BASE), negate(multiply(k, a)));
    return encodePoint(r).equals(Buffer.from(signature.subarray(0, 32)));
}


/***/ }),

/***/ 7917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ MinisignFormatError),
/* harmony export */   s: () => (/* binding */ MinisignVerificationError)
/* harmony export */ });
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6316);
/** The minisign core's two refusals: a text that is not what it claims, and a signature that does not verify. */

/** A key, signature or comment text is not in the minisign format it claims (or asks for unsupported parameters). */
class MinisignFormatError extends _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF {
}
/** A well-formed signature does not verify: other key, altered file or comment, wrong password, or another version than required. */
class MinisignVerificationError extends _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY {
    constructor(message) {
        super(message);
        this.name = 'MinisignVerificationError';
    }
}


/***/ }),

/***/ 1310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a8: () => (/* binding */ MINISIGN_MEMLIMIT),
  $W: () => (/* binding */ MINISIGN_OPSLIMIT),
  sG: () => (/* reexport */ errors/* MinisignVerificationError */.s),
  Fm: () => (/* binding */ decodeBase64Strict),
  or: () => (/* binding */ ed25519PrivateKey),
  et: () => (/* binding */ formatPublicKey),
  wQ: () => (/* binding */ keyIdHex),
  DH: () => (/* binding */ looksLikeSecretKeyFile),
  At: () => (/* binding */ openSecretKey),
  ee: () => (/* binding */ parsePublicKey),
  NP: () => (/* binding */ parseSecretKey),
  uT: () => (/* binding */ parseSignature),
  IX: () => (/* binding */ publicKeyBase64),
  wE: () => (/* binding */ publicKeyFromSeed),
  F7: () => (/* binding */ rawPublicKey),
  pT: () => (/* binding */ sanitizeComment),
  mA: () => (/* binding */ scryptParams),
  PS: () => (/* binding */ sealSecretKey),
  lT: () => (/* binding */ signMessage),
  Qj: () => (/* binding */ signPrehashed),
  Dk: () => (/* reexport */ trusted_comment/* trustedCommentField */.Dk),
  Od: () => (/* binding */ verifySignature)
});

// UNUSED EXPORTS: MinisignFormatError, SCRYPT_MAX_MEMORY, TRUSTED_COMMENT_MAX, TRUSTED_PREFIX, UNTRUSTED_COMMENT_MAX, UNTRUSTED_PREFIX, ed25519PublicKey, formatSignature, secretKeyChecksum

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/signing/minisign/core/errors.ts
var errors = __webpack_require__(7917);
;// CONCATENATED MODULE: ./src/signing/minisign/core/blake2b.ts
/**
 * BLAKE2b (RFC 7693) with any output length 1..64, unkeyed. Node's crypto only offers the fixed
 * 64-byte `blake2b512` (and BLAKE2b-256 is not a truncation of it: the length is in the parameter
 * block), but minisign's secret-key checksum is BLAKE2b-256. Small inputs only (key files):
 * BigInt arithmetic, not fast. Streamed file hashing uses Node's `blake2b512`.
 */
const MASK = (1n << 64n) - 1n;
const IV = [
    0x6a09e667f3bcc908n, 0xbb67ae8584caa73bn, 0x3c6ef372fe94f82bn, 0xa54ff53a5f1d36f1n,
    0x510e527fade682d1n, 0x9b05688c2b3e6c1fn, 0x1f83d9abfb41bd6bn, 0x5be0cd19137e2179n,
];
const SIGMA = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];
const rotr = (x, n) => ((x >> n) | (x << (64n - n))) & MASK;
function compress(h, block, t, last) {
    const v = [...h, ...IV];
    v[12] = v[12] ^ (t & MASK);
    v[13] = v[13] ^ (t >> 64n);
    if (last)
        v[14] = v[14] ^ MASK;
    const m = [];
    for (let i = 0; i < 16; i++)
        m.push(block.readBigUInt64LE(i * 8));
    const g = (a, b, c, d, x, y) => {
        v[a] = (v[a] + v[b] + x) & MASK;
        v[d] = rotr(v[d] ^ v[a], 32n);
        v[c] = (v[c] + v[d]) & MASK;
        v[b] = rotr(v[b] ^ v[c], 24n);
        v[a] = (v[a] + v[b] + y) & MASK;
        v[d] = rotr(v[d] ^ v[a], 16n);
        v[c] = (v[c] + v[d]) & MASK;
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
    for (let i = 0; i < 8; i++)
        h[i] = h[i] ^ v[i] ^ v[i + 8];
}
/** Unkeyed BLAKE2b of `data` with an `outlen`-byte digest. */
function blake2b(data, outlen) {
    if (!Number.isInteger(outlen) || outlen < 1 || outlen > 64)
        throw new RangeError('BLAKE2b output length must be 1..64');
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

// EXTERNAL MODULE: ./src/signing/minisign/core/ed25519.ts
var ed25519 = __webpack_require__(7961);
// EXTERNAL MODULE: ./src/signing/minisign/core/trusted-comment.ts
var trusted_comment = __webpack_require__(2983);
;// CONCATENATED MODULE: ./src/signing/minisign/core/format.ts
/**
 * minisign / signify formats (pure: strings and buffers in, values out; no files, no env).
 * Byte layouts: /work/shared/reference/formats.md §1–2 (jedisct1/minisign 0.11 `src/minisign.h`).
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







const UNTRUSTED_PREFIX = 'untrusted comment: ';
const TRUSTED_PREFIX = 'trusted comment: ';
/** minisign's COMMENTMAXBYTES and TRUSTED_COMMENT_MAX_BYTES. */
const UNTRUSTED_COMMENT_MAX = 1024;
const TRUSTED_COMMENT_MAX = 8192;
/** libsodium crypto_pwhash_scryptsalsa208sha256_{OPS,MEM}LIMIT_SENSITIVE: what `minisign -G` uses. */
const MINISIGN_OPSLIMIT = 33554432;
const MINISIGN_MEMLIMIT = 1073741824;
/** Upper bound on the memory a key file may make scrypt use (a hostile key could ask for terabytes). */
const SCRYPT_MAX_MEMORY = 4 * 1024 * 1024 * 1024;
const PK_ALG = Buffer.from('Ed', 'latin1');
const KDF_SCRYPT = Buffer.from('Sc', 'latin1');
const KDF_NONE = Buffer.from([0, 0]);
const CHK_B2 = Buffer.from('B2', 'latin1');
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');
function fail(message) {
    throw new errors/* MinisignFormatError */.M(message);
}
function refuse(message) {
    throw new errors/* MinisignVerificationError */.s(message);
}
/** Strict standard base64 (padding required, no stray characters, canonical trailing bits), like libsodium. */
function decodeBase64Strict(text, what, expectedLength) {
    const t = text.trim();
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length % 4 !== 0)
        fail(`${what} is not valid base64.`);
    const buf = Buffer.from(t, 'base64');
    if (buf.toString('base64') !== t)
        fail(`${what} is not canonical base64 (altered or truncated).`);
    if (expectedLength !== undefined && buf.length !== expectedLength) {
        fail(`${what} decodes to ${buf.length} bytes; expected ${expectedLength}.`);
    }
    return buf;
}
function keyIdHex(keyId) {
    return Buffer.from(keyId).reverse().toString('hex').toUpperCase();
}
/** Splits text into lines, accepting LF or CRLF and dropping trailing empty lines. */
function lines(text) {
    const out = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    while (out.length && out[out.length - 1].trim() === '')
        out.pop();
    return out;
}
/** If `text` is base64 of a whole minisign file (Tauri's `pubkey`/`TAURI_SIGNING_PRIVATE_KEY` style), returns the decoded text. */
function unwrapBase64File(text) {
    const t = text.trim();
    if (t.includes('\n') || t.length < 60 || !/^[A-Za-z0-9+/=]+$/.test(t))
        return undefined;
    const decoded = Buffer.from(t, 'base64').toString('utf8');
    return decoded.startsWith(UNTRUSTED_PREFIX) ? decoded : undefined;
}
function parsePublicKeyBlob(b64) {
    const blob = decodeBase64Strict(b64, 'The public key', 42);
    if (!blob.subarray(0, 2).equals(PK_ALG))
        fail('The public key is not an Ed25519 minisign/signify key (algorithm tag is not "Ed").');
    const keyId = Buffer.from(blob.subarray(2, 10));
    return { keyId, publicKey: Buffer.from(blob.subarray(10, 42)), keyIdHex: keyIdHex(keyId), base64: b64.trim() };
}
/**
 * Parses a minisign (or signify) public key: the 2-line `.pub` file, just its base64 line (`RW…`),
 * or base64 of the whole file (Tauri's `pubkey`).
 */
function parsePublicKey(text) {
    if (typeof text !== 'string' || text.trim() === '')
        fail('The public key is empty: give a minisign public key (the `.pub` file or its `RW…` line).');
    const inner = unwrapBase64File(text) ?? text;
    const ls = lines(inner).filter((l) => l.trim() !== '');
    if (ls.length === 1)
        return parsePublicKeyBlob(ls[0]);
    if (ls.length === 2 && ls[0].startsWith(UNTRUSTED_PREFIX))
        return parsePublicKeyBlob(ls[1]);
    return fail('The public key is malformed: expected a minisign `.pub` file (an "untrusted comment:" line and a base64 line) or its base64 line.');
}
/**
 * The `.pub` text exactly as minisign writes it. Note: minisign prints the key id in this comment WITHOUT zero
 * padding (`%PRIX64`), so 1 key in 16 shows 15 digits there; `keyIdHex` (our outputs, manifests) is always 16.
 */
function formatPublicKey(keyId, publicKey) {
    const b64 = Buffer.concat([PK_ALG, keyId, publicKey]).toString('base64');
    return `${UNTRUSTED_PREFIX}minisign public key ${keyId.readBigUInt64LE(0).toString(16).toUpperCase()}\n${b64}\n`;
}
function publicKeyBase64(keyId, publicKey) {
    return Buffer.concat([PK_ALG, keyId, publicKey]).toString('base64');
}
// ---------------------------------------------------------------- secret keys
/** True when the text looks like a minisign secret key file (or base64 of one). */
function looksLikeSecretKeyFile(text) {
    const inner = unwrapBase64File(text) ?? text;
    return inner.trimStart().startsWith(UNTRUSTED_PREFIX);
}
function parseSecretKey(text) {
    const inner = unwrapBase64File(text) ?? text;
    const ls = lines(inner).filter((l) => l.trim() !== '');
    if (ls.length !== 2 || !ls[0].startsWith(UNTRUSTED_PREFIX)) {
        fail('The private key is not a minisign secret key file: expected an "untrusted comment:" line and one base64 line.');
    }
    const blob = decodeBase64Strict(ls[1], 'The minisign secret key', 158);
    if (!blob.subarray(0, 2).equals(PK_ALG))
        fail('The minisign secret key uses an unsupported signature algorithm (expected "Ed").');
    const kdf = blob.subarray(2, 4);
    const encrypted = kdf.equals(KDF_SCRYPT);
    if (!encrypted && !kdf.equals(KDF_NONE))
        fail('The minisign secret key uses an unsupported key-derivation algorithm (expected scrypt "Sc" or none).');
    if (!blob.subarray(4, 6).equals(CHK_B2))
        fail('The minisign secret key uses an unsupported checksum algorithm (expected "B2").');
    const opslimit = Number(blob.readBigUInt64LE(38));
    const memlimit = Number(blob.readBigUInt64LE(46));
    return {
        encrypted,
        salt: Buffer.from(blob.subarray(6, 38)),
        opslimit,
        memlimit,
        payload: Buffer.from(blob.subarray(54, 158)),
        untrustedComment: ls[0].slice(UNTRUSTED_PREFIX.length),
    };
}
/** libsodium `pickparams` (crypto_pwhash/scryptsalsa208sha256/pwhash_scryptsalsa208sha256.c). */
function scryptParams(opslimit, memlimit) {
    const ops = opslimit < 32768 ? 32768 : opslimit;
    const r = 8;
    let p;
    let nLog2;
    if (ops < memlimit / 32) {
        p = 1;
        const maxN = ops / (r * 4);
        for (nLog2 = 1; nLog2 < 63; nLog2++)
            if (2 ** nLog2 > maxN / 2)
                break;
    }
    else {
        const maxN = memlimit / (r * 128);
        for (nLog2 = 1; nLog2 < 63; nLog2++)
            if (2 ** nLog2 > maxN / 2)
                break;
        let maxrp = Math.floor(ops / 4 / 2 ** nLog2);
        if (maxrp > 0x3fffffff)
            maxrp = 0x3fffffff;
        p = Math.floor(maxrp / r);
    }
    if (nLog2 > 30 || p < 1)
        fail(`The minisign secret key asks for unsupported scrypt limits (opslimit ${opslimit}, memlimit ${memlimit}).`);
    const N = 2 ** nLog2;
    if (128 * r * (N + p) > SCRYPT_MAX_MEMORY) {
        fail(`The minisign secret key asks for scrypt parameters that need ${Math.round((128 * r * (N + p)) / 2 ** 20)} MiB of memory; relforge allows at most ${SCRYPT_MAX_MEMORY / 2 ** 30} GiB (minisign's own keys need 1 GiB).`);
    }
    if (N * p > 2 ** 24)
        fail(`The minisign secret key asks for ${N * p} scrypt iterations (N·p); relforge allows at most 2^24, 16 times what minisign uses.`);
    // OpenSSL needs 128·r·(N+2) bytes for V plus 128·r·p for B; leave headroom.
    const maxmem = 128 * r * (N + 2 + p) + 8 * 1024 * 1024;
    return { N, r, p, maxmem };
}
/** BLAKE2b-256 over sig_alg ‖ keynum ‖ sk (minisign's key checksum; Node has only BLAKE2b-512, see ./blake2b.ts). */
function secretKeyChecksum(keyId, sk64) {
    return blake2b(Buffer.concat([PK_ALG, keyId, sk64]), 32);
}
/**
 * Opens a parsed secret key. For encrypted keys pass the 104-byte scrypt stream
 * (scrypt(password, salt, 104, scryptParams(opslimit, memlimit))). Checks the checksum and that the
 * embedded public key matches the seed.
 */
function openSecretKey(parsed, stream) {
    let payload = parsed.payload;
    if (parsed.encrypted) {
        if (!stream || stream.length !== 104)
            fail('The minisign secret key is encrypted: a password is needed to open it.');
        payload = Buffer.alloc(104);
        for (let i = 0; i < 104; i++)
            payload[i] = parsed.payload[i] ^ stream[i];
    }
    const keyId = Buffer.from(payload.subarray(0, 8));
    const sk = payload.subarray(8, 72);
    const chk = payload.subarray(72, 104);
    const expected = secretKeyChecksum(keyId, sk);
    const zero = chk.every((b) => b === 0);
    if (!(0,external_node_crypto_.timingSafeEqual)(chk, expected) && !(zero && !parsed.encrypted)) {
        payload.fill(0);
        (parsed.encrypted ? refuse : fail)(parsed.encrypted
            ? 'Wrong password for the minisign secret key (checksum mismatch after decryption): check the password input.'
            : 'The minisign secret key is corrupted (checksum mismatch).');
    }
    const seed = Buffer.from(sk.subarray(0, 32));
    const publicKey = Buffer.from(sk.subarray(32, 64));
    if (parsed.encrypted)
        payload.fill(0);
    if (!publicKeyFromSeed(seed).equals(publicKey))
        fail('The minisign secret key is corrupted: its public half does not match its seed.');
    return { keyId, seed, publicKey };
}
/**
 * Writes a minisign secret key file. Without `encrypt`, like `minisign -G -W` (kdf none, zero salt/limits,
 * zero checksum). With `encrypt`, the caller derives `stream` = scrypt(password, salt, 104, scryptParams(opslimit, memlimit)).
 */
function sealSecretKey(key, encrypt, comment = encrypt ? 'minisign encrypted secret key' : 'minisign secret key') {
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
        for (let i = 0; i < 104; i++)
            payload[i] = plain[i] ^ encrypt.stream[i];
        plain.fill(0);
    }
    else {
        payload = Buffer.concat([key.keyId, sk, Buffer.alloc(32)]);
    }
    sk.fill(0);
    return `${UNTRUSTED_PREFIX}${comment}\n${Buffer.concat([header, payload]).toString('base64')}\n`;
}
// ---------------------------------------------------------------- Ed25519 key objects
function ed25519PrivateKey(seed) {
    if (seed.length !== 32)
        fail('An Ed25519 seed must be 32 bytes.');
    return (0,external_node_crypto_.createPrivateKey)({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' });
}
function ed25519PublicKey(publicKey) {
    if (publicKey.length !== 32)
        fail('An Ed25519 public key must be 32 bytes.');
    return (0,external_node_crypto_.createPublicKey)({ key: Buffer.concat([SPKI_ED25519, publicKey]), format: 'der', type: 'spki' });
}
/** Raw 32-byte public key of a Node Ed25519 key object (private or public). */
function rawPublicKey(key) {
    const pub = key.type === 'private' ? (0,external_node_crypto_.createPublicKey)(key) : key;
    const der = pub.export({ format: 'der', type: 'spki' });
    return Buffer.from(der.subarray(der.length - 32));
}
function publicKeyFromSeed(seed) {
    return rawPublicKey(ed25519PrivateKey(seed));
}
// ---------------------------------------------------------------- signatures
function sanitizeComment(text, what) {
    const max = what === 'trusted' ? TRUSTED_COMMENT_MAX : UNTRUSTED_COMMENT_MAX;
    if (/[\r\n\0]/.test(text))
        fail(`The ${what} comment must be one line (it contains a line break or NUL).`);
    if (Buffer.byteLength(text) > max)
        fail(`The ${what} comment is ${Buffer.byteLength(text)} bytes; minisign allows at most ${max}.`);
    return text;
}
function formatSignature(parts) {
    const blob = Buffer.concat([Buffer.from(parts.algorithm, 'latin1'), parts.keyId, parts.signature]);
    return (`${UNTRUSTED_PREFIX}${sanitizeComment(parts.untrustedComment, 'untrusted')}\n${blob.toString('base64')}\n` +
        `${TRUSTED_PREFIX}${sanitizeComment(parts.trustedComment, 'trusted')}\n${parts.globalSignature.toString('base64')}\n`);
}
function parseSignature(text) {
    if (typeof text !== 'string' || text.trim() === '')
        fail('The signature is empty: give the text of a `.minisig` file.');
    // Tauri's `.sig` files and latest.json `signature` values are base64 of the whole `.minisig` text.
    const ls = lines(unwrapBase64File(text) ?? text);
    if (ls.length === 2 && ls[0].startsWith(UNTRUSTED_PREFIX)) {
        fail('The signature has no trusted comment (a signify signature?): relforge and minisign require the 4-line minisign format.');
    }
    if (ls.length !== 4)
        fail(`The signature is malformed: expected 4 lines (untrusted comment, signature, trusted comment, global signature), got ${ls.length}.`);
    if (!ls[0].startsWith(UNTRUSTED_PREFIX))
        fail('The signature is malformed: line 1 must start with "untrusted comment: ".');
    if (!ls[2].startsWith(TRUSTED_PREFIX))
        fail('The signature is malformed: line 3 must start with "trusted comment: ".');
    const blob = decodeBase64Strict(ls[1], 'The signature (line 2)', 74);
    const alg = blob.subarray(0, 2).toString('latin1');
    if (alg !== 'ED' && alg !== 'Ed')
        fail(`The signature uses an unsupported algorithm "${alg.replace(/[^\x20-\x7e]/g, '?')}" (expected ED or Ed).`);
    const keyId = Buffer.from(blob.subarray(2, 10));
    const untrustedComment = ls[0].slice(UNTRUSTED_PREFIX.length);
    const trustedComment = ls[2].slice(TRUSTED_PREFIX.length);
    if (Buffer.byteLength(trustedComment) > TRUSTED_COMMENT_MAX)
        fail('The trusted comment is longer than minisign allows (8192 bytes).');
    return {
        algorithm: alg,
        keyId,
        keyIdHex: keyIdHex(keyId),
        signature: Buffer.from(blob.subarray(10, 74)),
        untrustedComment,
        trustedComment,
        globalSignature: decodeBase64Strict(ls[3], 'The global signature (line 4)', 64),
    };
}
/** Builds the `.minisig` text from the message signature (over the file or its prehash). */
function finish(privateKey, keyId, algorithm, signature, opts) {
    const trustedComment = sanitizeComment(opts.trustedComment, 'trusted');
    const globalSignature = (0,external_node_crypto_.sign)(null, Buffer.concat([signature, Buffer.from(trustedComment, 'utf8')]), privateKey);
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
function signPrehashed(privateKey, keyId, digest, opts) {
    if (digest.length !== 64)
        fail('A prehashed (ED) signature needs the 64-byte BLAKE2b-512 digest of the file.');
    return finish(privateKey, keyId, 'ED', (0,external_node_crypto_.sign)(null, digest, privateKey), opts);
}
/** Signs an in-memory message: `ED` (default; hashes `data` with BLAKE2b-512) or legacy `Ed` (over `data` itself). */
function signMessage(privateKey, keyId, data, opts) {
    const algorithm = opts.algorithm ?? 'ED';
    const message = algorithm === 'ED' ? (0,external_node_crypto_.createHash)('blake2b512').update(data).digest() : data;
    return finish(privateKey, keyId, algorithm, (0,external_node_crypto_.sign)(null, message, privateKey), opts);
}
function isLegacyMessage(m) {
    return typeof m === 'object' && m !== null && m.kind === 'ed25519-hram';
}
/** The file signature (`sig`, over the file or its BLAKE2b-512) holds for this message? */
function messageVerifies(sig, pub, key, message) {
    if (sig.algorithm === 'ED') {
        if (message.digest)
            return (0,external_node_crypto_.verify)(null, message.digest, key, sig.signature);
        if (Buffer.isBuffer(message.data))
            return (0,external_node_crypto_.verify)(null, (0,external_node_crypto_.createHash)('blake2b512').update(message.data).digest(), key, sig.signature);
        return fail('Internal: a prehashed ("ED") signature needs the BLAKE2b-512 digest of the file or its contents.');
    }
    const data = message.data ?? fail('A legacy "Ed" signature covers the whole file; verify it with the file contents (or legacyMessage), not a digest.');
    if (!isLegacyMessage(data))
        return (0,external_node_crypto_.verify)(null, data, key, sig.signature);
    if (!data.r.equals(sig.signature.subarray(0, 32)) || !data.publicKey.equals(pub.publicKey)) {
        return fail('Internal: the streamed legacy message was hashed for another signature or public key.');
    }
    return (0,ed25519/* verifyEd25519Hram */.bt)(pub.publicKey, sig.signature, data.hram);
}
/**
 * Verifies a parsed signature in minisign's order: key id → file signature → global signature
 * (→ rollback binding). `message.digest` is the BLAKE2b-512 of the file (enough for `ED`); `message.data`
 * is the file itself or, for legacy `Ed` in bounded memory, the LegacyMessage streamed by the adapter.
 * Throws MinisignVerificationError naming the failed check (MinisignFormatError for an ambiguous comment).
 */
function verifySignature(sig, pub, message, opts = {}) {
    if (!sig.keyId.equals(pub.keyId)) {
        refuse(`Signature key id ${sig.keyIdHex} does not match the public key's id ${pub.keyIdHex}: the file was signed with a different key.`);
    }
    if (opts.requirePrehashed && sig.algorithm !== 'ED')
        refuse('Legacy (non-prehashed, "Ed") signature found, but a prehashed ("ED") signature is required.');
    const key = ed25519PublicKey(pub.publicKey);
    if (!messageVerifies(sig, pub, key, message))
        refuse('Signature verification failed: the file does not match the signature (file altered, or wrong signature file).');
    const globalMsg = Buffer.concat([sig.signature, Buffer.from(sig.trustedComment, 'utf8')]);
    if (!(0,external_node_crypto_.verify)(null, globalMsg, key, sig.globalSignature))
        refuse('Trusted comment verification failed: the trusted comment or global signature was altered.');
    if (opts.expectVersion !== undefined) {
        const v = (0,trusted_comment/* trustedCommentField */.Dk)(sig.trustedComment, 'version');
        const norm = (s) => s.trim().replace(/^v(?=\d)/, '');
        if (v === undefined)
            refuse(`The trusted comment has no "version:" field, but version ${opts.expectVersion} is required (rollback protection).`);
        if (norm(v) !== norm(opts.expectVersion)) {
            refuse(`The signed version is "${v}" but "${opts.expectVersion}" was expected: refusing a validly signed file of another version (rollback protection).`);
        }
    }
    return { trustedComment: sig.trustedComment, keyIdHex: sig.keyIdHex, algorithm: sig.algorithm };
}


/***/ }),

/***/ 2983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ trustedCommentField),
/* harmony export */   Sr: () => (/* binding */ commentValueProblem),
/* harmony export */   sO: () => (/* binding */ commentTimestamp),
/* harmony export */   tO: () => (/* binding */ renderTrustedComment)
/* harmony export */ });
/* unused harmony export defaultTrustedComment */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7917);
/**
 * The signed trusted comment as relforge writes and reads it: tab-separated `name:value` fields
 * (`version:1.4.0<TAB>file:app-linux-x86_64<TAB>platform:linux-x86_64<TAB>timestamp:1700000000`).
 * Pure.
 *
 * Fields must not be forgeable through their values: a file named `evil<TAB>version:9.9.9` would otherwise add
 * a `version:` field to a validly signed comment. So every value that goes in is checked (no tab, line break or
 * other control character), and a reader refuses a comment that names the field it asks for twice.
 */

/** Why `value` cannot go into a trusted comment field (continues after the value's name), or undefined. */
function commentValueProblem(value) {
    // C0 controls (tab, CR, LF, NUL…), DEL and the Unicode line/paragraph separators.
    const bad = /[\x00-\x1f\x7f\u2028\u2029]/.exec(value);
    if (!bad)
        return undefined;
    const what = bad[0] === '\t' ? 'a tab' : bad[0] === '\n' || bad[0] === '\r' ? 'a line break' : `the control character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;
    return `contains ${what}, which would add or split fields of the signed trusted comment`;
}
/** `version:…<TAB>file:…<TAB>platform:…<TAB>timestamp:…`, fields without a value left out. */
function defaultTrustedComment(fields) {
    const parts = [];
    if (fields.version)
        parts.push(`version:${fields.version}`);
    parts.push(`file:${fields.file}`);
    if (fields.platform)
        parts.push(`platform:${fields.platform}`);
    parts.push(`timestamp:${fields.timestamp}`);
    return parts.join('\t');
}
/**
 * The trusted comment for one file: `template` with {version} {file} {platform} {timestamp} filled in, or the
 * default. Every value is checked first (MinisignFormatError naming the value and the fix).
 */
function renderTrustedComment(template, fields) {
    for (const [name, value] of Object.entries(fields)) {
        if (value === undefined)
            continue;
        const problem = commentValueProblem(String(value));
        if (problem) {
            const fix = name === 'file' ? 'rename the file' : `fix the ${name}`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MinisignFormatError */ .M(`The ${name} "${String(value).replace(/[\x00-\x1f\x7f]/g, '?')}" ${problem}: ${fix}.`);
        }
    }
    if (!template)
        return defaultTrustedComment(fields);
    return template.replace(/\{(version|file|platform|timestamp)\}/g, (_, k) => String(fields[k] ?? ''));
}
/**
 * Value of `name:` in a tab-separated trusted comment, or undefined. A comment naming the field twice is
 * ambiguous (which one did the signer mean?) and refused with MinisignFormatError.
 */
function trustedCommentField(trustedComment, name) {
    let found;
    for (const field of trustedComment.split('\t')) {
        const i = field.indexOf(':');
        if (i <= 0 || field.slice(0, i).trim() !== name)
            continue;
        if (found !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MinisignFormatError */ .M(`The trusted comment has more than one "${name}:" field (a tab in a signed value?): refusing an ambiguous signature; re-sign the file.`);
        }
        found = field.slice(i + 1).trim();
    }
    return found;
}
/** The `timestamp:` of a trusted comment as unix seconds, or undefined. */
function commentTimestamp(trustedComment) {
    const t = trustedCommentField(trustedComment, 'timestamp');
    return t !== undefined && /^\d{1,12}$/.test(t) ? Number(t) : undefined;
}


/***/ })

};
