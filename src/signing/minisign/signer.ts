/**
 * The Ed25519 (minisign format) signer and verifier, one import for the library API and the packages code:
 *   ./keys.ts        loadSigningKey, checkKeyPin, generateKeyPair, derivedKeyId
 *   ./sign-file.ts   signFile, signBuffer, signRaw, RAW_SIZE_LIMIT (legacy `Ed` / raw signing in memory)
 *   ./verify.ts      verifyFile, verifyBuffer, verifyRawFile, legacyMessage (every algorithm in bounded memory)
 *   ./sign-files.ts  signFiles: the sign-ed25519 operation (fail-closed, reproducible, SHA256SUMS)
 *   ./options.ts     the option schemas of sign-ed25519 / verify / keygen and their mapping to settings
 *   ./core/          the formats (pure)
 */
export { loadSigningKey, checkKeyPin, generateKeyPair, derivedKeyId, type SigningKey } from './keys.js';
export { signFile, signBuffer, signRaw, RAW_SIZE_LIMIT, type FileSignOptions } from './sign-file.js';
export { verifyFile, verifyBuffer, verifyRawFile, legacyMessage } from './verify.js';
export { signFiles, resolveTimestamp, defaultTrustedComment, type SignFilesSettings, type SignFilesResult, type SignedFile } from './sign-files.js';
export {
  parsePublicKey,
  parseSignature,
  formatPublicKey,
  trustedCommentField,
  MinisignFormatError,
  MinisignVerificationError,
  type ParsedPublicKey,
  type ParsedSignature,
  type SignatureAlgorithm,
  type VerifyOptions,
  type VerifyResult,
  type LegacyMessage,
} from './core/format.js';
