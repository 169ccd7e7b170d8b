/**
 * Monorepo components (no I/O): the `components` YAML input, its validation, and path matching.
 *
 * ```yaml
 * api:
 *   paths: [packages/api/**]
 *   manifests: [packages/api/package.json]
 * cli:
 *   tag-prefix: cli@          # independent versioning: tags cli@1.2.3 (default "<name>-<tag-prefix>", e.g. cli-v1.2.3)
 *   paths: [crates/cli/**, crates/shared/**]
 *   manifests:
 *     - crates/cli/Cargo.toml
 *     - { path: crates/cli/VERSION, version-pattern: '^(\d+\.\d+\.\d+)$' }
 * ```
 * Paths are minimatch globs relative to the repository root (dot files included); a path without glob
 * characters also matches everything below it (`packages/api` = `packages/api/**`).
 */
import type { Minimatch } from 'minimatch';
import { parse as parseYaml } from 'yaml';
import { SettingsError, type FieldProblem } from '../../platform/errors.js';
import { minimatchLibrary } from '../../platform/libraries.js';
import { tagPrefixProblem } from './version.js';

export interface ComponentManifest {
  path: string;
  /** Regex with a capture group (named `version`, or the first group) for files of no known format. */
  versionPattern?: string;
}

export interface Component {
  name: string;
  paths: string[];
  manifests: ComponentManifest[];
  /** Its own tag prefix (independent versioning); default `<name>-<tag-prefix>`. */
  tagPrefix?: string;
}

const NAME = /^[A-Za-z0-9@][A-Za-z0-9._@/-]*$/;


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
 * Parses and validates the `components` input. Every problem is reported at once (SettingsError, by field
 * `components`), each naming the component and what to change.
 */
export function parseComponents(text: string, field = 'components'): Component[] {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    throw new SettingsError([{ field, message: `is not valid YAML: ${(err as Error).message.split('\n')[0]}` }]);
  }
  if (doc === null || doc === undefined) return [];
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    const got = Array.isArray(doc) ? 'a list' : typeof doc;
    throw new SettingsError([{ field, message: `must be a YAML mapping of component name → {paths: [globs], manifests: [files]}, got ${got}.` }]);
  }
  const problems: FieldProblem[] = [];
  const components: Component[] = [];
  const manifestOwner = new Map<string, string>();
  for (const [name, raw] of Object.entries(doc as Record<string, unknown>)) {
    const add = (message: string) => problems.push({ field, message: `(component "${name}"): ${message}` });
    if (!NAME.test(name)) add('the name must match [A-Za-z0-9@][A-Za-z0-9._@/-]*.');
    // The name goes into tags (`<name>-<tag-prefix>X.Y.Z` under independent versioning): git's ref-name rules hold
    // for it here, before git runs (`a..b`, `a//b`, `a/.b`, `a.lock/b` would fail only at `git tag`).
    else if (tagPrefixProblem(`${name}-`)) {
      add('the name cannot be part of a git tag name ("<name>-<tag-prefix>X.Y.Z"): no "..", no "//", no path part starting with "." or ending in ".lock". Rename the component.');
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      add('must be a mapping with "paths" (list of globs) and optional "manifests" (list of files) and "tag-prefix".');
      continue;
    }
    const obj = raw as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      if (key !== 'paths' && key !== 'manifests' && key !== 'tag-prefix') add(`unknown key "${key}" (expected "paths", "manifests" and "tag-prefix").`);
    }
    const tagPrefix = componentPrefix(obj['tag-prefix'], add);
    const paths = componentPaths(name, obj.paths, add);
    const manifests = componentManifests(name, obj.manifests, manifestOwner, add, (m) => problems.push({ field, message: m }));
    components.push({ name, paths, manifests, ...(tagPrefix !== undefined ? { tagPrefix } : {}) });
  }
  if (problems.length) throw new SettingsError(problems);
  return components;
}

function componentPrefix(raw: unknown, add: (m: string) => void): string | undefined {
  if (raw === undefined) return undefined;
  if (raw === null) return '';
  if (typeof raw !== 'string') {
    add('"tag-prefix" must be a string (quote it in YAML when it starts with "@").');
    return undefined;
  }
  const p = tagPrefixProblem(raw);
  if (p) add(`tag-prefix ${p}`);
  return raw;
}

function componentPaths(name: string, raw: unknown, add: (m: string) => void): string[] {
  const paths: string[] = [];
  const list = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(list) || list.length === 0) {
    add(`"paths" must be a non-empty list of globs, e.g. paths: [packages/${name}/**].`);
    return paths;
  }
  for (const p of list) {
    if (typeof p !== 'string') {
      add(`every entry of "paths" must be a string, got ${JSON.stringify(p)}.`);
      continue;
    }
    const n = normalise(p);
    if (n === '' || n === '.') {
      paths.push('**');
      continue;
    }
    const problem = relativePathProblem(n);
    if (problem) add(`path "${p}" ${problem}.`);
    else paths.push(n);
  }
  return paths;
}

function componentManifests(
  name: string,
  raw: unknown,
  owners: Map<string, string>,
  add: (m: string) => void,
  addWhole: (m: string) => void,
): ComponentManifest[] {
  const manifests: ComponentManifest[] = [];
  const list = raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(list)) {
    add('"manifests" must be a list of files.');
    return manifests;
  }
  for (const m of list) {
    let entry: ComponentManifest | undefined;
    if (typeof m === 'string') entry = { path: m };
    else if (m && typeof m === 'object' && !Array.isArray(m) && typeof (m as Record<string, unknown>).path === 'string') {
      const mo = m as Record<string, unknown>;
      const pattern = mo['version-pattern'];
      if (pattern !== undefined && typeof pattern !== 'string') {
        add(`"version-pattern" of manifest "${String(mo.path)}" must be a string.`);
        continue;
      }
      entry = { path: mo.path as string, ...(pattern !== undefined ? { versionPattern: pattern } : {}) };
    }
    if (!entry) {
      add(`each manifest is a file path or {path: file, version-pattern: regex}, got ${JSON.stringify(m)}.`);
      continue;
    }
    entry.path = normalise(entry.path);
    const problem = relativePathProblem(entry.path);
    if (problem) {
      add(`manifest "${entry.path}" ${problem}.`);
      continue;
    }
    const owner = owners.get(entry.path);
    if (owner !== undefined) {
      if (owner === name) add(`lists manifest "${entry.path}" twice; list it once.`);
      else addWhole(`has manifest "${entry.path}" named by two components ("${owner}" and "${name}"); a manifest belongs to exactly one component.`);
      continue;
    }
    owners.set(entry.path, name);
    manifests.push(entry);
  }
  return manifests;
}

/** Compiled path matchers of one component. */
export class ComponentMatcher {
  private readonly globs: Minimatch[];
  private readonly prefixes: string[];
  constructor(readonly component: Component) {
    const { Minimatch: Glob } = minimatchLibrary();
    this.globs = component.paths.map((p) => new Glob(p, { dot: true }));
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
