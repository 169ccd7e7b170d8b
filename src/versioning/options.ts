/**
 * Option schemas of the versioning operations (src/platform/options.ts): each option is declared here
 * once; actions/<name>/action.yml, the CLI flags and usage, and the docs tables follow from it.
 */
import { defineSchema, type Values } from '../platform/options.js';
import type { NextVersionOptions } from './next-version.js';

export const nextVersionSchema = defineSchema({
  name: 'next-version',
  summary: 'next version from Conventional Commits since the last strict release tag',
  options: {
    path: { type: 'string', default: '.', description: 'Repository directory (check it out with fetch-depth 0 so tags and history are present).', cli: { metavar: 'DIR' } },
    'tag-prefix': {
      type: 'string',
      default: 'v',
      description: 'Release tags are exactly "<prefix>MAJOR.MINOR.PATCH" (no leading zeros, prerelease or build metadata); every other tag is ignored.',
      cli: { metavar: 'PREFIX' },
    },
    'version-file': {
      type: 'string',
      description: 'Cargo.toml, package.json, pyproject.toml, or any file with "version-pattern". Its version is the base when no release tag exists; rewritten when "write" is true.',
      cli: { metavar: 'FILE' },
    },
    'version-pattern': {
      type: 'string',
      description: 'Regular expression (multi-line) with a capture group around the version (named "version" or the first group), for a version-file of another format.',
      cli: { metavar: 'REGEX' },
    },
    'pre-1-0': {
      type: 'string',
      default: 'minor',
      choices: ['minor', 'major'],
      description: 'While the base major is 0, a breaking change bumps the minor version ("minor") or goes to 1.0.0 ("major").',
    },
    'release-types': {
      type: 'list',
      default: 'feat,fix,perf',
      description: 'Commit types that release (comma or newline separated). feat bumps minor, the others patch; breaking changes always release.',
      cli: { metavar: 'TYPES' },
    },
    components: {
      type: 'string',
      description: 'Monorepo components as YAML: name: {paths: [globs], manifests: [files]} per component.',
      cli: { metavar: 'YAML', fileFlag: true },
    },
    versioning: {
      type: 'string',
      default: 'unified',
      choices: ['unified', 'independent'],
      description: '"unified" (one version; only changed components\' manifests are rewritten) or "independent" (tags <name>-v1.2.3, own base and bump per component).',
    },
    write: {
      type: 'boolean',
      default: false,
      description: 'Rewrite the manifests of changed components (or the version-file) to the new version, all-or-nothing, preserving formatting.',
    },
    json: { type: 'boolean', default: false, only: 'cli', description: 'Print the whole result as JSON.' },
  },
  outputs: {
    version: { description: 'The next version (the current one when nothing releases). Independent versioning with several releasing components leaves it empty; read "components".' },
    tag: { description: 'The release tag for "version" (e.g. v1.4.0).' },
    'previous-version': { description: 'The base version (from the highest reachable release tag, else the version-file, else 0.0.0).' },
    'previous-tag': { description: 'The base release tag (empty when there is none).' },
    bump: { description: 'major, minor, patch or none.' },
    released: { description: '"true" when bump is not none.' },
    commits: { description: 'Number of commits considered (since the base).' },
    'changed-components': { description: 'JSON list of the components whose paths changed since their base.' },
    components: { description: 'JSON list, one object per component: name, previous, version, bump, tag.' },
  },
});

/** next-version's library options from its option values (the action and the CLI both call this). */
export function nextVersionOptions(v: Values<typeof nextVersionSchema.options>): NextVersionOptions {
  return {
    cwd: v.path,
    tagPrefix: v['tag-prefix'],
    versionFile: v['version-file'],
    versionPattern: v['version-pattern'],
    pre1: v['pre-1-0'],
    releaseTypes: v['release-types'],
    components: v.components,
    versioning: v.versioning,
    write: v.write,
  };
}
