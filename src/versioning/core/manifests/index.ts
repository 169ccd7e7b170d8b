/** Version-file formats: the registry (formats.ts) and the updaters it hands out. */
export { CargoLock, CargoToml, cargoLockPackages } from './cargo.js';
export { PackageJson, PackageLock } from './npm.js';
export { PyProject } from './pyproject.js';
export { RegexFile, compileVersionPattern } from './regex-file.js';
export { MANIFEST_FORMATS, PATTERN_FORMAT, formatFor, knownFileNames, knownFormatsText, manifestFormatsMarkdown, updaterFor } from './formats.js';
export {
  VersionFileError,
  type LockContext,
  type LockFileRule,
  type ManifestFormat,
  type ManifestSurroundings,
  type ManifestUpdater,
  type UpdaterOptions,
} from './types.js';
