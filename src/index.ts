/**
 * relforge library API: the operations the actions and the CLI call (design.md, "library API").
 * Each line re-exports one module; keep @actions/core out of everything exported here.
 */
export { RelforgeError, SettingsError } from './errors.js';
export { detectRuntime, type RuntimeInfo, type ForgeKind } from './runtime.js';
// --- library exports (one line per module) ---
export { signTrusted, validateSettings as validateSignTrustedSettings, DEFAULT_TIMESTAMP_URL, type SignTrustedSettings, type SignTrustedResult, type SignedFile as TrustedSignedFile } from './sign-trusted.js';
export { getAccessToken, preflight as trustedSigningPreflight, chooseTokenMethod, CODESIGNING_SCOPE, type AccessToken, type TokenSettings } from './trusted-signing.js';
export { acquireJsign, runJsign, findJava, parseJsignVersion, JSIGN_PINS, DEFAULT_JSIGN_VERSION } from './jsign.js';
export { MICROSOFT_ID_VERIFICATION_ROOT_2020_PEM, MICROSOFT_ID_VERIFICATION_ROOT_2020_SHA256 } from './trusted-signing-root.js';
export { cutPrerelease, type PrereleaseOptions, type PrereleaseResult } from './prerelease.js';
export { generateChangelog, findGitCliff, type ChangelogOptions, type ChangelogResult } from './changelog.js';
export { releaseCommit, type ReleaseCommitOptions, type ReleaseCommitResult } from './release-commit.js';
export { planRelease, type PlanOptions, type PlanResult } from './plan.js';
export { buildCliffConfig, strictTagPattern } from './core/cliff-config.js';
export { publishRelease, CHECKSUMS_NAME, type PublishReleaseSettings, type PublishReleaseResult, type PublishedAsset } from './publish.js';
export { createForge, GitHubForge, GiteaForge, type Forge, type ForgeAsset, type ForgeRelease, type ForgeCapabilities, type CreateForgeOptions } from './forge/index.js';
export { verifyAuthenticodeFile, checkAuthenticodePins, parsePemCertificates, AuthenticodeVerificationError, type AuthenticodePins, type AuthenticodeResult, type VerifyAuthenticodeOptions } from './authenticode.js';
export { computeNextVersion, findBaseTag, readVersionFile, renderNextVersionSummary, type NextVersionOptions, type NextVersionResult } from './next-version.js';
export { loadSigningKey, checkKeyPin, generateKeyPair, signFile, signBuffer, signFiles, signSettingsFromInputs, verifyFile, verifyBuffer, signRaw, verifyRawFile, defaultTrustedComment, derivedKeyId, RAW_SIZE_LIMIT, parsePublicKey, parseSignature, formatPublicKey, trustedCommentField, type SigningKey, type FileSignOptions, type SignFilesSettings, type SignFilesResult, type SignedFile, type SignInputs, type ParsedPublicKey, type ParsedSignature, type SignatureAlgorithm, type VerifyOptions, type VerifyResult } from './ed25519.js';
export * as minisign from './core/minisign.js';
export { formatChecksums, parseChecksums, type ChecksumEntry } from './core/checksums.js';
export { stagePackages, mergeFragments, uploadPackages, resolvePackagesInput, verifyLocalPackages, packagesOutput, type UploadSettings, type UploadResult, type StageSettings, type StageResult, type PackageSource } from './packages.js';
export { verifyPackage, type VerifyPackageOptions, type VerifyPackageResult } from './verify-package.js';
export { parseManifest, serializeManifest, toTauriLatest, mergeFragmentSet, MANIFEST_SCHEMA, type PackagesManifest, type PackageEntry, type TauriLatest } from './core/packages-manifest.js';
export { decideUpdate, EXIT_UPDATE_AVAILABLE, EXIT_UP_TO_DATE, EXIT_REFUSED, type UpdateDecision, type RefuseReason } from './core/update-decision.js';
export { inferPlatform, normalizePlatformKey, parsePlatformKey, formatPlatform, OS_ALIASES, ARCH_ALIASES, type Platform } from './core/platform.js';
