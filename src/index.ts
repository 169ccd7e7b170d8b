/**
 * relforge library API: the operations the actions and the CLI call (design.md, "library API").
 * Each line re-exports one module; keep @actions/core out of everything exported here.
 */
export { RelforgeError, SettingsError } from './errors.js';
export { detectRuntime, type RuntimeInfo, type ForgeKind } from './runtime.js';
// --- library exports (one line per module) ---
export { verifyAuthenticodeFile, parsePemCertificates, AuthenticodeVerificationError, type AuthenticodePins, type AuthenticodeResult, type VerifyAuthenticodeOptions } from './authenticode.js';
export { computeNextVersion, findBaseTag, readVersionFile, renderNextVersionSummary, type NextVersionOptions, type NextVersionResult } from './next-version.js';
export * from './ed25519.js';
export * as minisign from './core/minisign.js';
export { formatChecksums, parseChecksums, type ChecksumEntry } from './core/checksums.js';
