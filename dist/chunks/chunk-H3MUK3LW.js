import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  decodeBase64Strict,
  parsePublicKey,
  parseSignature,
  verifyEd25519Hram,
  verifySignature
} from "./chunk-XOUA3GKF.js";
import {
  hashFile
} from "./chunk-Y7UKLQWK.js";
import {
  RelforgeError,
  errorMessage
} from "./chunk-ZSVB6QKT.js";

// src/signing/minisign/verify.ts
function asPublicKey(publicKey) {
  return typeof publicKey === "string" ? parsePublicKey(publicKey) : publicKey;
}
async function fileHash(path, algo, prefix) {
  try {
    return Buffer.from((await hashFile(path, [algo], { prefix }))[algo], "hex");
  } catch (err) {
    throw new RelforgeError(`Could not read ${path}: ${errorMessage(err)}`);
  }
}
var streamHram = (path, r, publicKey) => fileHash(path, "sha512", Buffer.concat([r, publicKey]));
async function legacyMessage(path, sig, publicKey) {
  const r = Buffer.from(sig.signature.subarray(0, 32));
  return { kind: "ed25519-hram", r, publicKey: publicKey.publicKey, hram: await streamHram(path, r, publicKey.publicKey) };
}
async function verifyFile(path, sigText, publicKey, opts = {}) {
  const sig = parseSignature(sigText);
  const pub = asPublicKey(publicKey);
  if (!sig.keyId.equals(pub.keyId) || opts.requirePrehashed && sig.algorithm !== "ED") return verifySignature(sig, pub, {}, opts);
  if (sig.algorithm === "Ed") return verifySignature(sig, pub, { data: await legacyMessage(path, sig, pub) }, opts);
  return verifySignature(sig, pub, { digest: await fileHash(path, "blake2b512") }, opts);
}
function verifyBuffer(data, sigText, publicKey, opts = {}) {
  return verifySignature(parseSignature(sigText), asPublicKey(publicKey), { data }, opts);
}
async function verifyRawFile(path, signatureBase64, publicKey) {
  const pk = Buffer.isBuffer(publicKey) ? publicKey : asPublicKey(publicKey).publicKey;
  const sig = decodeBase64Strict(signatureBase64, "The raw signature", 64);
  const hram = await streamHram(path, sig.subarray(0, 32), pk);
  if (!verifyEd25519Hram(pk, sig, hram)) throw new RelforgeError(`Raw Ed25519 signature verification failed for ${path}: the file or signature was altered, or another key signed it.`);
}

export {
  legacyMessage,
  verifyFile,
  verifyBuffer,
  verifyRawFile
};
