/**
 * Monorepo components (no I/O): the `components` YAML input, its validation, and path matching.
 *
 * ```yaml
 * api:
 *   paths: [packages/api/**]
 *   manifests: [packages/api/package.json]
 * cli:
 *   paths: [crates/cli/**, crates/shared/**]
 *   manifests:
 *     - crates/cli/Cargo.toml
 *     - { path: crates/cli/VERSION, version-pattern: '^(\d+\.\d+\.\d+)$' }
 * ```
 * Paths are minimatch globs relative to the repository root (dot files included); a path without glob
 * characters also matches everything below it (`packages/api` = `packages/api/**`).
 */
import { Minimatch } from 'minimatch';
import { parse as parseYaml } from 'yaml';
import { SettingsError } from '../../platform/errors.js';

export interface ComponentManifest {
  path: string;
  /** Regex with a capture group (named `version`, or the first group) for files of no known format. */
  versionPattern?: string;
}

export interface Component {
  name: string;
  paths: string[];
  manifests: ComponentManifest[];
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** A repository-relative path: no absolute paths, no `..`, no backslashes, no empty segments. */
export function relativePathProblem(p: string): string | undefined {
  if (p === '') return 'is empty';
  if (p.startsWith('/') || /^[A-Za-z]:/.test(p)) return 'must be relative to the repository root';
  if (p.includes('\\')) return 'must use "/" separators';
  if (p.includes('\0')) return 'contains a NUL byte';
  const segs = p.split('/');
  if (segs.some((s) => s === '..')) return 'must not contain ".." (stay inside the repository)';
  if (segs.some((s, i) => s === '' && i !== segs.length - 1)) return 'contains an empty path segment';
  return undefined;
}

/** Normalises `./a/b` → `a/b`. */
function normalise(p: string): string {
  return p.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
}

/**
 * Parses and validates the `components` input. Every problem is reported at once (SettingsError), each naming
 * the component and what to change.
 */
export function parseComponents(text: string, inputName = 'components'): Component[] {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    throw new SettingsError([`Input "${inputName}" is not valid YAML: ${(err as Error).message.split('\n')[0]}`]);
  }
  if (doc === null || doc === undefined) return [];
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    throw new SettingsError([
      `Input "${inputName}" must be a YAML mapping of component name → {paths: [globs], manifests: [files]}, got ${Array.isArray(doc) ? 'a list' : typeof doc}.`,
    ]);
  }
  const problems: string[] = [];
  const components: Component[] = [];
  const manifestOwner = new Map<string, string>();
  for (const [name, raw] of Object.entries(doc as Record<string, unknown>)) {
    const where = `${inputName}: component "${name}"`;
    if (!NAME.test(name)) problems.push(`${where}: the name must match [A-Za-z0-9][A-Za-z0-9._-]* (it becomes the tag prefix "${name}-v…")`);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push(`${where} must be a mapping with "paths" (list of globs) and optional "manifests" (list of files).`);
      continue;
    }
    const obj = raw as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      if (key !== 'paths' && key !== 'manifests') problems.push(`${where}: unknown key "${key}" (expected "paths" and "manifests").`);
    }
    const paths: string[] = [];
    const rawPaths = typeof obj.paths === 'string' ? [obj.paths] : obj.paths;
    if (!Array.isArray(rawPaths) || rawPaths.length === 0) {
      problems.push(`${where}: "paths" must be a non-empty list of globs, e.g. paths: [packages/${name}/**].`);
    } else {
      for (const p of rawPaths) {
        if (typeof p !== 'string') {
          problems.push(`${where}: every entry of "paths" must be a string, got ${JSON.stringify(p)}.`);
          continue;
        }
        const n = normalise(p);
        if (n === '' || n === '.') {
          paths.push('**');
          continue;
        }
        const problem = relativePathProblem(n);
        if (problem) problems.push(`${where}: path "${p}" ${problem}.`);
        else paths.push(n);
      }
    }
    const manifests: ComponentManifest[] = [];
    const rawManifests = obj.manifests === undefined ? [] : typeof obj.manifests === 'string' ? [obj.manifests] : obj.manifests;
    if (!Array.isArray(rawManifests)) {
      problems.push(`${where}: "manifests" must be a list of files.`);
    } else {
      for (const m of rawManifests) {
        let entry: ComponentManifest | undefined;
        if (typeof m === 'string') entry = { path: m };
        else if (m && typeof m === 'object' && !Array.isArray(m) && typeof (m as Record<string, unknown>).path === 'string') {
          const mo = m as Record<string, unknown>;
          const pattern = mo['version-pattern'];
          if (pattern !== undefined && typeof pattern !== 'string') {
            problems.push(`${where}: "version-pattern" of manifest "${String(mo.path)}" must be a string.`);
            continue;
          }
          entry = { path: mo.path as string, ...(pattern !== undefined ? { versionPattern: pattern } : {}) };
        }
        if (!entry) {
          problems.push(`${where}: each manifest is a file path or {path: file, version-pattern: regex}, got ${JSON.stringify(m)}.`);
          continue;
        }
        entry.path = normalise(entry.path);
        const problem = relativePathProblem(entry.path);
        if (problem) {
          problems.push(`${where}: manifest "${entry.path}" ${problem}.`);
          continue;
        }
        const owner = manifestOwner.get(entry.path);
        if (owner !== undefined) {
          problems.push(
            owner === name
              ? `${where} lists manifest "${entry.path}" twice; list it once.`
              : `manifest "${entry.path}" is named by two components ("${owner}" and "${name}"); a manifest belongs to exactly one component.`,
          );
          continue;
        }
        manifestOwner.set(entry.path, name);
        manifests.push(entry);
      }
    }
    components.push({ name, paths, manifests });
  }
  if (problems.length) throw new SettingsError(problems);
  return components;
}

/** Compiled path matchers of one component. */
export class ComponentMatcher {
  private readonly globs: Minimatch[];
  private readonly prefixes: string[];
  constructor(readonly component: Component) {
    this.globs = component.paths.map((p) => new Minimatch(p, { dot: true }));
    this.prefixes = component.paths.filter((p) => !/[*?[\]{}()!+@]/.test(p)).map((p) => `${p}/`);
  }
  matches(file: string): boolean {
    for (const prefix of this.prefixes) if (file.startsWith(prefix)) return true;
    for (const g of this.globs) if (g.match(file)) return true;
    return false;
  }
  matchesAny(files: readonly string[]): boolean {
    return files.some((f) => this.matches(f));
  }
}
