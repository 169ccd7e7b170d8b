import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  MINISIGN_MEMLIMIT,
  MINISIGN_OPSLIMIT,
  MinisignVerificationError,
  decodeBase64Strict,
  ed25519PrivateKey,
  formatPublicKey,
  keyIdHex,
  looksLikeSecretKeyFile,
  openSecretKey,
  parsePublicKey,
  parseSecretKey,
  publicKeyBase64,
  publicKeyFromSeed,
  rawPublicKey,
  scryptParams,
  sealSecretKey
} from "./chunk-XOUA3GKF.js";
import {
  RelforgeError,
  asUserError,
  errorMessage,
  fieldError
} from "./chunk-ZSVB6QKT.js";

// src/signing/minisign/keys.ts
import { createHash, createPrivateKey, randomBytes, scrypt as scryptCb } from "node:crypto";
function makeKey(privateKey, keyId, source) {
  const publicKey = rawPublicKey(privateKey);
  return Object.freeze({
    keyId,
    keyIdHex: keyIdHex(keyId),
    publicKey,
    publicKeyText: formatPublicKey(keyId, publicKey),
    publicKeyBase64: publicKeyBase64(keyId, publicKey),
    source,
    privateKey
  });
}
function derivedKeyId(publicKey) {
  return Buffer.from(createHash("blake2b512").update(publicKey).digest().subarray(0, 8));
}
async function scryptStream(password, salt, opslimit, memlimit) {
  const { N, r, p, maxmem } = scryptParams(opslimit, memlimit);
  return await new Promise(
    (res, rej) => scryptCb(Buffer.from(password, "utf8"), salt, 104, { N, r, p, maxmem }, (err, key) => err ? rej(err) : res(key))
  );
}
async function openMinisignKey(text, password) {
  const parsed = parseSecretKey(text);
  const stream = parsed.encrypted ? await deriveStream(parsed, password) : void 0;
  let m;
  try {
    m = openSecretKey(parsed, stream);
  } catch (err) {
    stream?.fill(0);
    if (err instanceof MinisignVerificationError) throw fieldError("password", "is wrong: it does not open the minisign secret key (checksum mismatch after decryption).");
    throw err;
  }
  try {
    return makeKey(ed25519PrivateKey(m.seed), m.keyId, "minisign");
  } finally {
    m.seed.fill(0);
    stream?.fill(0);
  }
}
async function deriveStream(parsed, password) {
  let stream;
  try {
    stream = await scryptStream(password ?? "", parsed.salt, parsed.opslimit, parsed.memlimit);
  } catch (err) {
    throw new RelforgeError(`Could not derive the key from the password (scrypt with the key's limits failed: ${errorMessage(err).replace(/[^\x20-\x7e]/g, "")}).`);
  }
  if (!password) {
    try {
      openSecretKey(parsed, stream).seed.fill(0);
    } catch {
      stream.fill(0);
      throw fieldError("password", "is needed: the minisign secret key is encrypted and the empty password did not open it.");
    }
  }
  return stream;
}
function loadPem(text, password) {
  if (/ENCRYPTED PRIVATE KEY/.test(text) && !password) throw fieldError("password", "is needed: the PKCS#8 private key is encrypted.");
  let key;
  try {
    key = createPrivateKey(password ? { key: text, format: "pem", passphrase: password } : { key: text, format: "pem" });
  } catch {
    throw fieldError("private-key", 'is a PEM that could not be read: give an unencrypted (or password-protected) PKCS#8 "PRIVATE KEY" PEM of an Ed25519 key.');
  }
  if (key.asymmetricKeyType !== "ed25519") throw fieldError("private-key", `holds a ${key.asymmetricKeyType ?? "non-Ed25519"} key; an Ed25519 key is required.`);
  return makeKey(key, derivedKeyId(rawPublicKey(key)), "pkcs8");
}
function loadSeed(text) {
  let raw;
  try {
    raw = decodeBase64Strict(text.replace(/\s+/g, ""), "The private key");
  } catch {
    throw fieldError("private-key", "is not recognised: give a minisign secret key file, a PKCS#8 PEM, or base64 of a 32-byte Ed25519 seed.");
  }
  const n = raw.length;
  const seed = Buffer.from(raw.subarray(0, 32));
  const consistent = n === 32 || n === 64 && publicKeyFromSeed(seed).equals(raw.subarray(32));
  raw.fill(0);
  if (n !== 32 && n !== 64) {
    seed.fill(0);
    throw fieldError("private-key", `decodes to ${n} bytes; base64 of a 32-byte Ed25519 seed (or 64 bytes seed + public key) is expected.`);
  }
  if (!consistent) {
    seed.fill(0);
    throw fieldError("private-key", "is inconsistent: the second half of the 64 bytes is not the public key of the first half.");
  }
  const key = ed25519PrivateKey(seed);
  seed.fill(0);
  return makeKey(key, derivedKeyId(rawPublicKey(key)), "seed");
}
async function loadSigningKey(material, password) {
  const text = (material ?? "").trim();
  if (!text) throw fieldError("private-key", "is empty: give a minisign secret key, a PKCS#8 PEM or base64 of a 32-byte seed. Refusing to publish unsigned files.");
  try {
    if (looksLikeSecretKeyFile(text)) return await openMinisignKey(text, password);
    if (text.startsWith("-----BEGIN")) return loadPem(text, password);
    return loadSeed(text);
  } catch (err) {
    throw asUserError(err);
  }
}
function checkKeyPin(key, expected) {
  if (expected === void 0 || expected === "") return key;
  let pin;
  try {
    pin = typeof expected === "string" ? parsePublicKey(expected) : expected;
  } catch (err) {
    throw fieldError("public-key", `is malformed: ${errorMessage(err)}`);
  }
  if (!pin.publicKey.equals(key.publicKey)) {
    throw fieldError("public-key", `is ${pin.keyIdHex}, but the private key does not belong to the expected public key: its public key is ${key.publicKeyBase64}. Check {{private-key}} and {{public-key}}.`);
  }
  if (!pin.keyId.equals(key.keyId)) {
    if (key.source === "minisign") throw fieldError("public-key", `has key id ${pin.keyIdHex} but the minisign secret key has key id ${key.keyIdHex}.`);
    return makeKey(key.privateKey, pin.keyId, key.source);
  }
  return key;
}
async function generateKeyPair(password, opts = {}) {
  const seed = randomBytes(32);
  const keyId = opts.keyId ?? randomBytes(8);
  const publicKey = publicKeyFromSeed(seed);
  let secretKey;
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
  return { publicKey: formatPublicKey(keyId, publicKey), secretKey, keyIdHex: keyIdHex(keyId) };
}

export {
  loadSigningKey,
  checkKeyPin,
  generateKeyPair
};
