/**
 * relforge library API: the operations the actions and the CLI call (docs/architecture.md, "library API").
 * Each line re-exports one module; keep @actions/core out of everything exported here.
 */
export { RelforgeError, SettingsError } from './platform/errors.js';
export { detectRuntime, type RuntimeInfo, type ForgeKind } from './platform/runtime.js';
// --- library exports (one line per module) ---
export { signTrusted, validateSettings as validateSignTrustedSettings, DEFAULT_TIMESTAMP_URL, type SignTrustedSettings, type SignTrustedResult, type SignedFile as TrustedSignedFile } from './signing/authenticode/sign-trusted.js';
export { getAccessToken, preflight as trustedSigningPreflight, chooseTokenMethod, CODESIGNING_SCOPE, type AccessToken, type TokenSettings } from './signing/authenticode/trusted-signing-service.js';
export { acquireJsign, runJsign, findJava, parseJsignVersion, JSIGN_PINS, DEFAULT_JSIGN_VERSION } from './signing/authenticode/jsign.js';
export { MICROSOFT_ID_VERIFICATION_ROOT_2020_PEM, MICROSOFT_ID_VERIFICATION_ROOT_2020_SHA256 } from './signing/authenticode/microsoft-root.js';
export { cutPrerelease, type PrereleaseOptions, type PrereleaseResult } from './versioning/prerelease.js';
export { generateChangelog, findGitCliff, type ChangelogOptions, type ChangelogResult } from './versioning/changelog.js';
export { releaseCommit, type ReleaseCommitOptions, type ReleaseCommitResult } from './versioning/release-commit.js';
export { planRelease, type PlanOptions, type PlanResult } from './versioning/plan.js';
export { buildCliffConfig, strictTagPattern } from './versioning/core/cliff-config.js';
export { publishRelease, CHECKSUMS_NAME, type PublishReleaseSettings, type PublishReleaseResult, type PublishedAsset } from './publishing/publish-release.js';
export { createForge, GitHubForge, GiteaForge, type Forge, type ForgeAsset, type ForgeRelease, type ForgeCapabilities, type CreateForgeOptions } from './publishing/forge/index.js';
export { verifyAuthenticodeFile, checkAuthenticodePins, parsePemCertificates, AuthenticodeVerificationError, type AuthenticodePins, type AuthenticodeResult, type VerifyAuthenticodeOptions } from './signing/authenticode/verify.js';
export { computeNextVersion, findBaseTag, readVersionFile, renderNextVersionSummary, type NextVersionOptions, type NextVersionResult } from './versioning/next-version.js';
export { loadSigningKey, checkKeyPin, generateKeyPair, signFile, signBuffer, signFiles, resolveTimestamp, verifyFile, verifyBuffer, legacyMessage, signRaw, verifyRawFile, MinisignFormatError, MinisignVerificationError, defaultTrustedComment, derivedKeyId, RAW_SIZE_LIMIT, parsePublicKey, parseSignature, formatPublicKey, trustedCommentField, type SigningKey, type FileSignOptions, type SignFilesSettings, type SignFilesResult, type SignedFile, type ParsedPublicKey, type ParsedSignature, type SignatureAlgorithm, type VerifyOptions, type VerifyResult } from './signing/minisign/signer.js';
export * as minisign from './signing/minisign/core/format.js';
export { formatChecksums, parseChecksums, type ChecksumEntry } from './publishing/core/checksums.js';
export { stagePackages, mergeFragments, uploadPackages, resolvePackagesInput, verifyLocalPackages, packagesOutput, httpTarget, giteaGenericTarget, releaseTarget, type PackageTarget, type UploadSettings, type UploadResult, type StageSettings, type StageResult, type PackageSource } from './packages/upload-packages.js';
export { verifyPackage, type VerifyPackageOptions, type VerifyPackageResult } from './packages/verify-package.js';
export { parseManifest, serializeManifest, parseSignedManifest, toTauriLatest, mergeFragmentSet, MANIFEST_SCHEMA, PackagesManifestError, type PackagesManifest, type PackageEntry, type TauriLatest } from './packages/core/manifest.js';
export { decideUpdate, EXIT_UPDATE_AVAILABLE, EXIT_UP_TO_DATE, EXIT_REFUSED, type UpdateDecision, type RefuseReason } from './packages/core/update-decision.js';
export { inferPlatform, normalizePlatformKey, parsePlatformKey, formatPlatform, OS_ALIASES, ARCH_ALIASES, type Platform } from './packages/core/platform.js';
export { parseRoot, serializeRoot, canonicalRootBytes, trustShippedRoot, nextRoot, verifyChain, requireUnexpired, buildRoot, rotateRoot, addSignature, rootSigners, TrustError, ROOT_TYPE, MAX_ROOT_ROTATIONS, type RootEnvelope, type RootSigned, type RootRole, type RootSignature, type TrustReason, type ChainResult } from './packages/trust/core/root.js';
export { walkRootChain, rootSource, directorySource, urlTemplateSource, type RootSource } from './packages/trust/roots.js';
