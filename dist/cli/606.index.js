export const id = 606;
export const ids = [606];
export const modules = {

/***/ 3913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ formatChecksums)
/* harmony export */ });
/* unused harmony export parseChecksums */
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6316);
/**
 * SHA256SUMS in the format GNU `sha256sum -c` reads: `<64 hex>  <name>` (two spaces = text mode, which is
 * binary-identical on POSIX). Names are relative to the SHA256SUMS folder with `/` separators. Names with a
 * backslash or a line break use coreutils' escaping: the line starts with `\`, and `\\` / `\n` / `\r` stand
 * for the characters.
 */

function escapeName(name) {
    if (!/[\\\n\r]/.test(name))
        return { escaped: false, text: name };
    return { escaped: true, text: name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r') };
}
function formatChecksums(entries) {
    return entries
        .map(({ name, sha256 }) => {
        if (!/^[0-9a-f]{64}$/.test(sha256))
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Internal: "${sha256}" is not a SHA-256 hex digest.`);
        if (name === '')
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY('Internal: empty name in SHA256SUMS.');
        const e = escapeName(name);
        return `${e.escaped ? '\\' : ''}${sha256}  ${e.text}\n`;
    })
        .join('');
}
/** Parses `sha256sum` output (text `  ` or binary ` *` mode, escaped names). */
function parseChecksums(text) {
    const out = [];
    for (const raw of text.split('\n')) {
        if (raw.trim() === '')
            continue;
        const line = raw.replace(/\r$/, '');
        const m = /^(\\?)([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
        if (!m)
            throw new RelforgeError(`Malformed SHA256SUMS line: "${line.slice(0, 120)}"`);
        let name = m[3];
        if (m[1])
            name = name.replace(/\\(\\|n|r)/g, (_, c) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
        out.push({ name, sha256: m[2].toLowerCase() });
    }
    return out;
}


/***/ }),

/***/ 9606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ verifyFile),
/* harmony export */   JX: () => (/* binding */ signFiles),
/* harmony export */   Os: () => (/* binding */ verifyRawFile),
/* harmony export */   Qp: () => (/* binding */ signSettingsFromInputs),
/* harmony export */   TR: () => (/* binding */ checkKeyPin),
/* harmony export */   TZ: () => (/* binding */ generateKeyPair),
/* harmony export */   Wx: () => (/* binding */ verifyBuffer),
/* harmony export */   aF: () => (/* binding */ signBuffer),
/* harmony export */   fm: () => (/* binding */ loadSigningKey)
/* harmony export */ });
/* unused harmony exports RAW_SIZE_LIMIT, derivedKeyId, signFile, signRaw, defaultTrustedComment */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6316);
/* harmony import */ var _platform_fs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5732);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1310);
/* harmony import */ var _publishing_core_checksums_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3913);
/* harmony import */ var _packages_core_platform_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4646);
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











/** Largest file signed or verified in `raw` format or legacy `Ed` (Node's Ed25519 is one-shot: the file must be in memory). */
const RAW_SIZE_LIMIT = 512 * 1024 * 1024;
const fail = (message) => {
    throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY(message);
};
function makeKey(privateKey, keyId, source) {
    const publicKey = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .rawPublicKey */ .F7)(privateKey);
    return Object.freeze({
        keyId,
        keyIdHex: (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .keyIdHex */ .wQ)(keyId),
        publicKey,
        publicKeyText: (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .formatPublicKey */ .et)(keyId, publicKey),
        publicKeyBase64: (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .publicKeyBase64 */ .IX)(keyId, publicKey),
        source,
        privateKey,
    });
}
/** Key id for keys that carry none (PEM, raw seed): first 8 bytes of BLAKE2b-512(public key), so a seed always gets the same id. */
function derivedKeyId(publicKey) {
    return Buffer.from((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('blake2b512').update(publicKey).digest().subarray(0, 8));
}
async function scryptStream(password, salt, opslimit, memlimit) {
    const { N, r, p, maxmem } = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .scryptParams */ .mA)(opslimit, memlimit);
    return await new Promise((res, rej) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.scrypt)(Buffer.from(password, 'utf8'), salt, 104, { N, r, p, maxmem }, (err, key) => (err ? rej(err) : res(key))));
}
/**
 * Loads a signing key. Accepted material (never echoed in errors):
 * - a minisign secret key file's text (unencrypted, or scrypt-encrypted: give `password`), or base64 of that text (Tauri);
 * - a PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`) holding an Ed25519 key;
 * - base64 of a raw 32-byte Ed25519 seed (or of 64 bytes seed ‖ public key, Go's `ed25519.PrivateKey`).
 * An encrypted minisign key without a password is tried with the empty password (Tauri's default) first.
 */
async function loadSigningKey(material, password) {
    const text = (material ?? '').trim();
    if (!text)
        fail('The private key is empty: set the private-key input to a minisign secret key, a PKCS#8 PEM or base64 of a 32-byte seed.');
    if ((0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .looksLikeSecretKeyFile */ .DH)(text)) {
        const parsed = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .parseSecretKey */ .NP)(text);
        let stream;
        if (parsed.encrypted) {
            try {
                stream = await scryptStream(password ?? '', parsed.salt, parsed.opslimit, parsed.memlimit);
            }
            catch (err) {
                fail(`Could not derive the key from the password (scrypt with the key's limits failed: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err).replace(/[^\x20-\x7e]/g, '')}).`);
            }
            if (!password) {
                try {
                    (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .openSecretKey */ .At)(parsed, stream).seed.fill(0);
                }
                catch {
                    stream?.fill(0);
                    fail('The minisign secret key is encrypted: set the password input (CLI: --password-env VAR); the empty password did not open it.');
                }
            }
        }
        // (A password given for an unencrypted key is ignored.)
        const m = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .openSecretKey */ .At)(parsed, stream);
        try {
            return makeKey((0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .ed25519PrivateKey */ .or)(m.seed), m.keyId, 'minisign');
        }
        finally {
            m.seed.fill(0);
            stream?.fill(0);
        }
    }
    if (text.startsWith('-----BEGIN')) {
        if (/ENCRYPTED PRIVATE KEY/.test(text) && !password)
            fail('The PKCS#8 private key is encrypted: set the password input.');
        let key;
        try {
            key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(password ? { key: text, format: 'pem', passphrase: password } : { key: text, format: 'pem' });
        }
        catch {
            return fail('The private key PEM could not be read: give an unencrypted (or password-protected) PKCS#8 "PRIVATE KEY" PEM of an Ed25519 key.');
        }
        if (key.asymmetricKeyType !== 'ed25519')
            fail(`The private key PEM holds a ${key.asymmetricKeyType ?? 'non-Ed25519'} key; an Ed25519 key is required.`);
        return makeKey(key, derivedKeyId((0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .rawPublicKey */ .F7)(key)), 'pkcs8');
    }
    let raw;
    try {
        raw = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .decodeBase64Strict */ .Fm)(text.replace(/\s+/g, ''), 'The private key');
    }
    catch {
        return fail('The private key is not recognised: give a minisign secret key file, a PKCS#8 PEM, or base64 of a 32-byte Ed25519 seed.');
    }
    if (raw.length !== 32 && raw.length !== 64) {
        raw.fill(0);
        fail(`The private key decodes to ${raw.length} bytes; base64 of a 32-byte Ed25519 seed (or 64 bytes seed + public key) is expected.`);
    }
    const seed = Buffer.from(raw.subarray(0, 32));
    if (raw.length === 64 && !(0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .publicKeyFromSeed */ .wE)(seed).equals(raw.subarray(32))) {
        raw.fill(0);
        seed.fill(0);
        fail('The 64-byte private key is inconsistent: its second half is not the public key of its first half.');
    }
    raw.fill(0);
    const key = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .ed25519PrivateKey */ .or)(seed);
    seed.fill(0);
    return makeKey(key, derivedKeyId((0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .rawPublicKey */ .F7)(key)), 'seed');
}
/**
 * Key pinning: the key must match `expected` (minisign public key text or its base64 line). Keys without
 * their own id (PEM/seed) take the pinned key id, so signatures name the id users have in their `.pub`.
 */
function checkKeyPin(key, expected) {
    if (expected === undefined || expected === '')
        return key;
    let pin;
    try {
        pin = typeof expected === 'string' ? (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePublicKey */ .ee)(expected) : expected;
    }
    catch (err) {
        return fail(`The public-key input is malformed: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
    }
    if (!pin.publicKey.equals(key.publicKey)) {
        fail(`The private key does not belong to the expected public key ${pin.keyIdHex}: its public key is ${key.publicKeyBase64}. Check the private-key and public-key inputs.`);
    }
    if (!pin.keyId.equals(key.keyId)) {
        if (key.source === 'minisign')
            fail(`The minisign secret key has key id ${key.keyIdHex} but the expected public key has id ${pin.keyIdHex}.`);
        return makeKey(key.privateKey, pin.keyId, key.source);
    }
    return key;
}
/** Generates a minisign key pair; with a password the secret key is scrypt-encrypted (minisign's default limits unless given). */
async function generateKeyPair(password, opts = {}) {
    const seed = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32);
    const keyId = opts.keyId ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8);
    const publicKey = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .publicKeyFromSeed */ .wE)(seed);
    let secretKey;
    if (password) {
        const salt = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32);
        const opslimit = opts.opslimit ?? _core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .MINISIGN_OPSLIMIT */ .$W;
        const memlimit = opts.memlimit ?? _core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .MINISIGN_MEMLIMIT */ .a8;
        const stream = await scryptStream(password, salt, opslimit, memlimit);
        secretKey = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .sealSecretKey */ .PS)({ keyId, seed, publicKey }, { salt, opslimit, memlimit, stream });
        stream.fill(0);
    }
    else {
        secretKey = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .sealSecretKey */ .PS)({ keyId, seed, publicKey });
    }
    seed.fill(0);
    return { publicKey: (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .formatPublicKey */ .et)(keyId, publicKey), secretKey, keyIdHex: (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .keyIdHex */ .wQ)(keyId) };
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
    workers = [];
    idle = [];
    queue = [];
    seq = 0;
    constructor(size) {
        for (let i = 0; i < size; i++) {
            const w = new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(WORKER_SOURCE, { eval: true });
            this.workers.push(w);
            this.idle.push(w);
        }
    }
    async acquire() {
        const w = this.idle.pop();
        if (w)
            return w;
        await new Promise((res) => this.queue.push(res));
        return this.acquire();
    }
    release(w) {
        this.idle.push(w);
        this.queue.shift()?.();
    }
    async hash(path, withSha256) {
        const w = await this.acquire();
        const id = ++this.seq;
        try {
            return await new Promise((res, rej) => {
                const onMessage = (m) => {
                    if (m.id !== id)
                        return;
                    cleanup();
                    if (m.error)
                        rej(new Error(m.error));
                    else
                        res({ size: m.size, blake2b512: m.blake2b512, sha256: m.sha256 });
                };
                const onError = (e) => (cleanup(), rej(e));
                const cleanup = () => {
                    w.off('message', onMessage);
                    w.off('error', onError);
                };
                w.on('message', onMessage);
                w.on('error', onError);
                w.postMessage({ id, path, algos: withSha256 ? ['blake2b512', 'sha256'] : ['blake2b512'], chunk: _platform_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .READ_CHUNK */ .vA });
            });
        }
        finally {
            this.release(w);
        }
    }
    async close() {
        await Promise.all(this.workers.map((w) => w.terminate()));
    }
}
async function hashOnMainThread(path, withSha256) {
    return withSha256 ? await (0,_platform_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .hashFile */ .DC)(path, ['blake2b512', 'sha256']) : await (0,_platform_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .hashFile */ .DC)(path, ['blake2b512']);
}
async function fingerprint(path) {
    const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path, { bigint: true });
    if (!s.isFile())
        fail(`${path} is not a regular file.`);
    return { dev: s.dev, ino: s.ino, size: s.size, mtimeNs: s.mtimeNs, ctimeNs: s.ctimeNs };
}
const sameFingerprint = (a, b) => a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
async function readBounded(path, what) {
    const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch((err) => fail(`Could not read ${path}: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`));
    if (s.size > RAW_SIZE_LIMIT) {
        fail(`${path} is ${s.size} bytes, above the ${RAW_SIZE_LIMIT / 1024 / 1024} MiB limit for ${what}: Ed25519 over raw bytes needs the whole file in memory. ` +
            'Use the default minisign format (prehashed "ED", streamed) for large files.');
    }
    return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path).catch((err) => fail(`Could not read ${path}: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`));
}
/** Signs one file; returns the `.minisig` text and the file's digests (one streamed read for `ED`). */
async function signFile(path, key, opts) {
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
    return { signature, sha256: d.sha256, size: d.size, blake2b512: d.blake2b512 };
}
function signBuffer(data, key, opts) {
    return (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .signMessage */ .lT)(key.privateKey, key.keyId, data, { ...opts, algorithm: opts.algorithm ?? 'ED' });
}
function asPublicKey(publicKey) {
    return typeof publicKey === 'string' ? (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePublicKey */ .ee)(publicKey) : publicKey;
}
/**
 * Verifies `path` against minisign signature text and a public key (`.pub` text, its `RW…` line, or parsed).
 * Order: parse → key id → file signature → trusted comment → `expectVersion` (rollback binding).
 * Throws RelforgeError naming the failed check.
 */
async function verifyFile(path, sigText, publicKey, opts = {}) {
    const sig = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .parseSignature */ .uT)(sigText);
    const pub = asPublicKey(publicKey);
    if (!sig.keyId.equals(pub.keyId)) {
        fail(`Signature key id ${sig.keyIdHex} does not match the public key's id ${pub.keyIdHex}: the file was signed with a different key.`);
    }
    if (opts.requirePrehashed && sig.algorithm !== 'ED')
        fail('Legacy (non-prehashed, "Ed") signature found, but a prehashed ("ED") signature is required.');
    if (sig.algorithm === 'Ed') {
        return (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .verifySignature */ .Od)(sig, pub, { data: await readBounded(path, 'legacy "Ed" signatures') }, opts);
    }
    let digest;
    try {
        digest = Buffer.from((await (0,_platform_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .hashFile */ .DC)(path, ['blake2b512'])).blake2b512, 'hex');
    }
    catch (err) {
        return fail(`Could not read ${path}: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
    }
    return (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .verifySignature */ .Od)(sig, pub, { digest }, opts);
}
function verifyBuffer(data, sigText, publicKey, opts = {}) {
    return (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .verifySignature */ .Od)((0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .parseSignature */ .uT)(sigText), asPublicKey(publicKey), { data }, opts);
}
/** `format: raw`: base64 of the 64-byte Ed25519 signature over the raw bytes (Go's `ed25519.Verify`, Sparkle). */
function signRaw(data, key) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(null, data, key.privateKey).toString('base64');
}
async function verifyRawFile(path, signatureBase64, publicKey) {
    const pk = Buffer.isBuffer(publicKey) ? publicKey : asPublicKey(publicKey).publicKey;
    const sig = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .decodeBase64Strict */ .Fm)(signatureBase64, 'The raw signature', 64);
    const data = await readBounded(path, 'raw signatures');
    if (!(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, data, (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .ed25519PublicKey */ .qR)(pk), sig))
        fail(`Raw Ed25519 signature verification failed for ${path}: the file or signature was altered, or another key signed it.`);
}
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
 * The `platform:` of a file: the `platform` setting when given (`none` leaves the field out), else inferred from
 * the file name with the packages alias table (`agent-linux-amd64` → `linux-x86_64`); unknown → left out.
 */
function platformOf(name, setting) {
    if (setting === 'none')
        return undefined;
    if (setting)
        return setting;
    try {
        return (0,_packages_core_platform_js__WEBPACK_IMPORTED_MODULE_9__/* .formatPlatform */ .Bq)((0,_packages_core_platform_js__WEBPACK_IMPORTED_MODULE_9__/* .inferPlatform */ .qW)(name));
    }
    catch {
        return undefined;
    }
}
function renderComment(template, fields) {
    if (!template)
        return (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .sanitizeComment */ .pT)(defaultTrustedComment(fields), 'trusted');
    const out = template.replace(/\{(version|file|platform|timestamp)\}/g, (_, k) => String(fields[k] ?? ''));
    return (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .sanitizeComment */ .pT)(out, 'trusted');
}
/**
 * Signs every file fail-closed. Returns only when every signature (and SHA256SUMS with its signature)
 * is written and verified; otherwise throws after deleting every signature/checksum file this run wrote.
 */
async function signFiles(settings) {
    const log = settings.log ?? (() => { });
    const format = settings.format ?? 'minisign';
    const algorithm = settings.algorithm ?? 'ED';
    if (format !== 'minisign' && format !== 'raw')
        fail(`Input "format" must be minisign or raw, got "${String(format)}".`);
    if (algorithm !== 'ED' && algorithm !== 'Ed')
        fail(`Input "algorithm" must be ED (prehashed, default) or Ed (legacy), got "${String(algorithm)}".`);
    // 1. prepare: key first, before any file is read.
    let key = settings.key ?? (await loadSigningKey(settings.privateKey ?? '', settings.password));
    key = checkKeyPin(key, settings.publicKey);
    const pinned = settings.publicKey ? (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePublicKey */ .ee)(settings.publicKey) : (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePublicKey */ .ee)(key.publicKeyText);
    const timestamp = settings.now ?? Math.floor(Date.now() / 1000);
    // Template check once, so a bad comment fails before reading files.
    renderComment(settings.trustedComment, { version: settings.version, file: 'x', platform: settings.platform, timestamp });
    if (settings.trustedComment && settings.version && !/version:/.test(settings.trustedComment)) {
        log(`warning: the trusted-comment has no "version:" field, so verifiers cannot bind signatures to version ${settings.version}.`);
    }
    const ext = format === 'raw' ? '.sig' : '.minisig';
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(settings.cwd ?? process.cwd());
    const files = await (0,_platform_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .expandFiles */ .CC)(settings.files, { cwd, inputName: 'files' });
    const outDir = settings.outputDir ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, settings.outputDir) : undefined;
    if (outDir)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(outDir, { recursive: true });
    const checksums = settings.checksums ?? true;
    const sumsPath = checksums ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(outDir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(files[0]), 'SHA256SUMS') : undefined;
    // Re-runs over a glob like dist/* must not sign our own outputs.
    const set = new Set(files);
    const inputs = files.filter((f) => {
        const own = f === sumsPath ||
            (sumsPath !== undefined && f === sumsPath + ext) ||
            (f.endsWith(ext) && set.has(f.slice(0, -ext.length))) ||
            (outDir !== undefined && f.endsWith(ext) && (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(f) === outDir);
        if (own)
            log(`skipping ${f}: it is an output of this action (signature or checksum file)`);
        return !own;
    });
    if (inputs.length === 0)
        fail('Every matched file is a signature or checksum file from an earlier run; nothing to sign.');
    const plan = [];
    const targets = new Set();
    const tag = `.relforge-tmp-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
    for (const file of inputs) {
        const name = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(file);
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(outDir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(file), name + ext);
        if (targets.has(target))
            fail(`Two files would write the same signature ${target}: give files with distinct names or drop output-dir.`);
        targets.add(target);
        plan.push({ file, name, target, temp: target + tag });
    }
    const written = [];
    const committed = [];
    const pool = format === 'minisign' && algorithm === 'ED'
        ? (() => {
            const n = Math.min(settings.workers ?? Math.min(2, (0,node_os__WEBPACK_IMPORTED_MODULE_2__.availableParallelism)()), plan.length);
            return n > 0 ? new HashPool(n) : undefined;
        })()
        : undefined;
    try {
        // 2. sign into temp files.
        const results = new Map();
        const signOne = async (p) => {
            const before = await fingerprint(p.file).catch((err) => fail(`Could not read ${p.file}: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`));
            const fields = { version: settings.version, file: p.name, platform: platformOf(p.name, settings.platform), timestamp };
            let text;
            if (format === 'raw' || algorithm === 'Ed') {
                const data = await readBounded(p.file, format === 'raw' ? 'format: raw' : 'legacy "Ed" signatures');
                text =
                    format === 'raw'
                        ? signRaw(data, key) + '\n'
                        : (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .signMessage */ .lT)(key.privateKey, key.keyId, data, {
                            algorithm: 'Ed',
                            trustedComment: renderComment(settings.trustedComment, fields),
                            untrustedComment: settings.untrustedComment,
                        });
                results.set(p.file, { sha256: checksums ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex') : null, size: data.length, before });
            }
            else {
                let d;
                try {
                    d = pool ? await pool.hash(p.file, checksums) : await hashOnMainThread(p.file, checksums);
                }
                catch (err) {
                    return fail(`Could not read ${p.file}: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
                }
                const digest = Buffer.from(d.blake2b512, 'hex');
                text = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .signPrehashed */ .Qj)(key.privateKey, key.keyId, digest, {
                    trustedComment: renderComment(settings.trustedComment, fields),
                    untrustedComment: settings.untrustedComment,
                });
                results.set(p.file, { sha256: d.sha256 ?? null, size: d.size, digest, before });
            }
            written.push(p.temp);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(p.temp, text, { flag: 'wx' });
        };
        // Largest first, so two workers finish together.
        const order = [...plan];
        if (pool) {
            const sizes = new Map();
            for (const p of plan)
                sizes.set(p.file, Number((await fingerprint(p.file).catch(() => ({ size: 0n }))).size));
            order.sort((a, b) => sizes.get(b.file) - sizes.get(a.file));
        }
        if (pool) {
            // The pool bounds the work in flight; wait for every job (even after a failure) so that no job writes a
            // temp file after the cleanup below has run.
            const outcomes = await Promise.allSettled(order.map(signOne));
            const failed = outcomes.find((o) => o.status === 'rejected');
            if (failed)
                throw failed.reason;
        }
        else {
            // One file at a time: raw/Ed hold a whole file in memory, and main-thread hashing gains nothing from overlap.
            for (const p of order)
                await signOne(p);
        }
        // 3. verify each signature independently: read it back, parse, check with the pinned public key.
        for (const p of plan) {
            const r = results.get(p.file);
            const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(p.temp, 'utf8');
            const after = await fingerprint(p.file);
            if (!sameFingerprint(r.before, after) || Number(after.size) !== r.size) {
                fail(`${p.file} changed while it was being signed (size, mtime or inode differ): nothing was published; re-run the step.`);
            }
            try {
                if (format === 'raw') {
                    await verifyRawFile(p.file, text.trim(), pinned.publicKey);
                }
                else if (settings.reread || algorithm === 'Ed') {
                    await verifyFile(p.file, text, pinned);
                }
                else {
                    (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .verifySignature */ .Od)((0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .parseSignature */ .uT)(text), pinned, { digest: r.digest });
                }
            }
            catch (err) {
                fail(`Verify-after-sign failed for ${p.file}: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)} Nothing was published.`);
            }
        }
        // 4. SHA256SUMS (names relative to its folder) and its signature.
        let sumsSig;
        let sumsTemp;
        if (sumsPath) {
            const sumsDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(sumsPath);
            const body = (0,_publishing_core_checksums_js__WEBPACK_IMPORTED_MODULE_8__/* .formatChecksums */ .s)(plan.map((p) => ({ name: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(sumsDir, p.file).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/'), sha256: results.get(p.file).sha256 })));
            const data = Buffer.from(body, 'utf8');
            sumsTemp = sumsPath + tag;
            written.push(sumsTemp);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(sumsTemp, data, { flag: 'wx' });
            const sigText = format === 'raw'
                ? signRaw(data, key) + '\n'
                : (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .signMessage */ .lT)(key.privateKey, key.keyId, data, {
                    algorithm,
                    trustedComment: renderComment(settings.trustedComment, { version: settings.version, file: 'SHA256SUMS', platform: settings.platform === 'none' ? undefined : settings.platform, timestamp }),
                    untrustedComment: settings.untrustedComment,
                });
            sumsSig = sumsPath + ext;
            written.push(sumsSig + tag);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(sumsSig + tag, sigText, { flag: 'wx' });
            const onDisk = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(sumsTemp);
            try {
                if (format === 'raw')
                    await verifyRawFile(sumsTemp, sigText.trim(), pinned.publicKey);
                else
                    verifyBuffer(onDisk, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(sumsSig + tag, 'utf8'), pinned);
            }
            catch (err) {
                fail(`Verify-after-sign failed for SHA256SUMS: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
            }
        }
        // 5. commit: move everything into place.
        for (const p of plan) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(p.temp, p.target);
            committed.push(p.target);
        }
        if (sumsPath && sumsTemp && sumsSig) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(sumsTemp, sumsPath);
            committed.push(sumsPath);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(sumsSig + tag, sumsSig);
            committed.push(sumsSig);
        }
        return {
            signatures: plan.map((p) => {
                const r = results.get(p.file);
                return { file: p.file, signature: p.target, sha256: r.sha256, size: r.size, keyId: key.keyIdHex };
            }),
            publicKey: key.publicKeyText,
            keyId: key.keyIdHex,
            checksumsFile: sumsPath,
            checksumsSignature: sumsSig,
            format,
            algorithm,
        };
    }
    catch (err) {
        for (const f of [...written, ...committed])
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(f, { force: true }).catch(() => { });
        if (committed.length)
            log(`removed the ${committed.length} signature/checksum file(s) this run had written`);
        throw err instanceof _platform_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY ? err : new _platform_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY(`Signing failed: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
    finally {
        await pool?.close();
    }
}
/** Turns raw inputs into settings, collecting every problem (each names its input and the fix). */
function signSettingsFromInputs(raw, cwd) {
    const problems = new _platform_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .Problems */ .Zw();
    if (raw.files.length === 0)
        problems.add('Input "files" is empty: give at least one file or glob pattern, one per line.');
    if (!raw.privateKey.trim()) {
        problems.add('Input "private-key" is empty: pass a minisign secret key (e.g. ${{ secrets.MINISIGN_KEY }}), a PKCS#8 PEM or base64 of a 32-byte seed. Refusing to publish unsigned files.');
    }
    const format = (raw.format.trim() || 'minisign').toLowerCase();
    if (format !== 'minisign' && format !== 'raw')
        problems.add(`Input "format" must be "minisign" or "raw", got "${raw.format}".`);
    const algorithm = raw.algorithm.trim() || 'ED';
    if (algorithm !== 'ED' && algorithm !== 'Ed')
        problems.add(`Input "algorithm" must be "ED" (prehashed, default) or "Ed" (legacy, signify-compatible), got "${raw.algorithm}".`);
    // (algorithm is ignored for format raw: the runner passes its default "ED" anyway.)
    let checksums = true;
    const c = raw.checksums.trim().toLowerCase();
    if (c) {
        if (['true', 'yes', '1', 'on'].includes(c))
            checksums = true;
        else if (['false', 'no', '0', 'off'].includes(c))
            checksums = false;
        else
            problems.add(`Input "checksums" must be true or false, got "${raw.checksums}".`);
    }
    let workers;
    if (raw.workers.trim()) {
        workers = Number(raw.workers.trim());
        if (!Number.isInteger(workers) || workers < 0 || workers > 64)
            problems.add(`Input "workers" must be a whole number from 0 (hash on the main thread) to 64, got "${raw.workers}".`);
    }
    const verifyMode = (raw.verify.trim() || 'digest').toLowerCase();
    if (verifyMode !== 'digest' && verifyMode !== 'reread')
        problems.add(`Input "verify" must be "digest" (default) or "reread", got "${raw.verify}".`);
    for (const [name, v] of [['version', raw.version], ['platform', raw.platform]]) {
        if (/[\t\r\n]/.test(v))
            problems.add(`Input "${name}" must not contain tabs or line breaks (it goes into the tab-separated trusted comment).`);
    }
    if (/[\r\n]/.test(raw.trustedComment.trim()))
        problems.add('Input "trusted-comment" must be one line.');
    if (raw.publicKey.trim()) {
        try {
            (0,_core_format_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePublicKey */ .ee)(raw.publicKey);
        }
        catch (err) {
            problems.add(`Input "public-key": ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
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
        format: format,
        algorithm: algorithm,
        checksums,
        outputDir: raw.outputDir.trim() || undefined,
        workers,
        reread: verifyMode === 'reread',
    };
}


/***/ })

};
