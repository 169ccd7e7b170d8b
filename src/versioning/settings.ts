/**
 * Settings shared by next-version, prerelease, changelog and plan: which tags and which commits make a
 * release (tag prefix, include-paths, components, versioning, release types, 0.x rule) and the version
 * file. Validated once, every problem reported by field (`Problems.add(field, …)`).
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { Problems, SettingsError } from '../platform/errors.js';
import { DEFAULT_RELEASE_TYPES, releaseTypesProblems, type Pre1Policy } from './core/bump.js';
import type { Component, ComponentMatcher } from './core/components.js';
import { compileVersionPattern, knownFormatsText, updaterFor } from './core/manifests/index.js';
import { tagPrefixProblem } from './core/version.js';
import { VOCABULARY } from '../platform/vocabulary.js';

/** The options that say which tags and which commits make a release. */
export interface ScopeOptions {
  /** Release tag prefix; default `v`. `none` (or an empty string from the library) means no prefix. */
  tagPrefix?: string;
  /** Unified versioning of one package of many: only commits touching these paths count. */
  includePaths?: string[];
  /** Components YAML (`name: {paths: [globs], manifests: [files], tag-prefix: …}`). */
  components?: string;
  /** `unified` (default): one version; `independent`: each component has its own tags. */
  versioning?: 'unified' | 'independent';
  /** Commit types that release; default feat, fix, perf. */
  releaseTypes?: string[];
  /** While the base major is 0: breaking → minor (default) or → 1.0.0. */
  pre1?: 'minor' | 'major';
}

export interface ScopeSettings {
  tagPrefix: string;
  includePaths: string[];
  /** Matcher for includePaths (undefined without). */
  pathFilter?: ComponentMatcher;
  components: Component[];
  /** Path matcher of each component (components and minimatch are loaded only when components are set). */
  matchers: Map<Component, ComponentMatcher>;
  versioning: 'unified' | 'independent';
  releaseTypes: string[];
  pre1: Pre1Policy;
}

/** The tag prefix of a component under independent versioning: its own, else `<name>-<tag-prefix>`. */
export function componentTagPrefix(c: Component, tagPrefix: string): string {
  return c.tagPrefix ?? `${c.name}-${tagPrefix}`;
}

/** A repository-relative path or glob: no absolute path, no `..`. */
export function relativeGlobProblem(p: string): string | undefined {
  if (isAbsolute(p) || /^[A-Za-z]:/.test(p)) return `"${p}" must be relative to the repository root.`;
  if (p.split(/[\\/]/).includes('..')) return `"${p}" must stay inside the repository (no "..").`;
  return undefined;
}

/** Validates the scope options (problems go to `p`; the caller throws them together). */
export async function scopeSettings(opts: ScopeOptions, p: Problems): Promise<ScopeSettings> {
  const tagPrefix = opts.tagPrefix ?? VOCABULARY['tag-prefix'].default;
  const prefixProblem = tagPrefixProblem(tagPrefix);
  if (prefixProblem) p.add('tag-prefix', prefixProblem.replace(/^"[^"]*" /, `("${tagPrefix}") `));
  const pre1 = opts.pre1 ?? 'minor';
  if (pre1 !== 'minor' && pre1 !== 'major') p.add('pre-1-0', `must be minor or major, got "${String(pre1)}".`);
  const versioning = opts.versioning ?? 'unified';
  if (versioning !== 'unified' && versioning !== 'independent') p.add('versioning', `must be unified or independent, got "${String(versioning)}".`);
  const releaseTypes = (opts.releaseTypes?.length ? opts.releaseTypes : [...DEFAULT_RELEASE_TYPES]).map((t) => t.trim().toLowerCase()).filter(Boolean);
  for (const x of releaseTypesProblems(releaseTypes)) p.add('release-types', `has ${x}; use a comma-separated list such as feat,fix,perf.`);
  const includePaths = (opts.includePaths ?? []).map((x) => x.trim().replace(/^(\.\/)+/, '')).filter(Boolean);
  for (const ip of includePaths) {
    const problem = relativeGlobProblem(ip);
    if (problem) p.add('include-paths', `has ${problem}`);
  }
  let components: Component[] = [];
  let pathFilter: ComponentMatcher | undefined;
  const matchers = new Map<Component, ComponentMatcher>();
  if ((opts.components && opts.components.trim() !== '') || includePaths.length) {
    const { parseComponents, ComponentMatcher } = await import('./core/components.js');
    if (opts.components?.trim()) {
      try {
        components = parseComponents(opts.components);
      } catch (err) {
        if (!(err instanceof SettingsError)) throw err;
        p.include(err);
      }
    }
    for (const c of components) {
      manifestProblems(c, p);
      matchers.set(c, new ComponentMatcher(c));
    }
    if (includePaths.length) pathFilter = new ComponentMatcher({ name: 'include-paths', paths: includePaths, manifests: [] });
  }
  if (versioning === 'independent' && !opts.components?.trim()) {
    p.add('versioning', 'is independent but no {{components}} are configured; add components or use versioning: unified.');
  }
  if (versioning === 'independent' && includePaths.length) {
    p.add('include-paths', "applies to unified versioning; with versioning: independent each component's paths select its commits.");
  }
  return { tagPrefix, includePaths, ...(pathFilter ? { pathFilter } : {}), components, matchers, versioning, releaseTypes, pre1 };
}

function manifestProblems(c: Component, p: Problems): void {
  for (const m of c.manifests) {
    if (!m.versionPattern) {
      try {
        updaterFor(m.path);
      } catch {
        p.add(
          'components',
          `(component "${c.name}"): manifest "${m.path}" has no known format (${knownFormatsText()}); give it as {path: ${m.path}, version-pattern: <regex with a capture group>}.`,
        );
      }
      continue;
    }
    try {
      compileVersionPattern(m.versionPattern);
    } catch (err) {
      p.add('components', `(component "${c.name}"): the version-pattern of ${m.path} ${(err as Error).message}`);
    }
  }
}

export interface VersionFileSettings {
  versionFile?: string;
  versionPattern?: string;
}

/** Validates version-file / version-pattern (problems go to `p`). */
export function versionFileSettings(cwd: string, file: string | undefined, pattern: string | undefined, p: Problems): VersionFileSettings {
  let versionFile: string | undefined;
  if (file) {
    versionFile = file.replace(/^(\.\/)+/, '');
    const rel = relative(resolve(cwd), resolve(cwd, versionFile));
    if (isAbsolute(versionFile) || rel === '' || rel.split(sep)[0] === '..') p.add('version-file', `("${file}") must be a file inside the repository (a path relative to {{path}}).`);
  }
  if (pattern) {
    try {
      compileVersionPattern(pattern);
    } catch (err) {
      p.add('version-pattern', (err as Error).message);
    }
    if (!versionFile) p.add('version-pattern', 'is set but {{version-file}} is not; set version-file to the file the pattern applies to.');
  } else if (versionFile) {
    try {
      updaterFor(versionFile);
    } catch (err) {
      p.add('version-file', `is of an ${(err as Error).message.replace(/^[^:]*: unknown/, 'unknown')}`);
    }
  }
  return { ...(versionFile ? { versionFile } : {}), ...(pattern ? { versionPattern: pattern } : {}) };
}
