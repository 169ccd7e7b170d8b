/**
 * Issue 22: one manifest-format registry. Every name it claims is picked by updaterFor, the version-file option
 * and the "unknown format" messages list them, and no code outside the registry keeps its own list of formats
 * (no `instanceof CargoToml`, no `case 'Cargo.toml':`, no array of manifest names).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MANIFEST_FORMATS, formatFor, knownFileNames, updaterFor } from '../../../src/versioning/core/manifests/index.js';
import { nextVersionSchema } from '../../../src/versioning/options.js';
import { versionFileSettings } from '../../../src/versioning/settings.js';
import { Problems, SettingsError } from '../../../src/platform/errors.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SRC = join(ROOT, 'src');
const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('the manifest-format registry', () => {
  it('claims each name once, and updaterFor picks the claiming format for every one', () => {
    const names = MANIFEST_FORMATS.flatMap((f) => f.names);
    expect(new Set(names).size).toBe(names.length);
    for (const f of MANIFEST_FORMATS) for (const n of f.names) expect(formatFor(`some/dir/${n}`)).toBe(f);
    for (const n of names) expect(typeof updaterFor(n).readVersion).toBe('function');
    // the names relforge always supported stay supported
    expect(names).toEqual(expect.arrayContaining(['Cargo.toml', 'package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'pyproject.toml']));
    expect(knownFileNames({ locks: true })).toEqual(expect.arrayContaining(['Cargo.lock']));
  });

  it('the version-file option, its validation message and the docs list every claimed name', () => {
    const description = (nextVersionSchema.options as unknown as Record<string, { description: string }>)['version-file']!.description;
    const p = new Problems();
    versionFileSettings(ROOT, 'build.gradle', undefined, p);
    let message = '';
    try {
      p.throwIfAny();
    } catch (err) {
      message = (err as SettingsError).message;
    }
    const docs = readFileSync(join(ROOT, 'docs', 'actions', 'next-version.md'), 'utf8');
    for (const f of MANIFEST_FORMATS) {
      for (const n of f.names) {
        expect(description).toContain(n);
        expect(message).toContain(n);
      }
      expect(docs).toContain(f.docs);
    }
  });

  it('no code outside the registry keeps its own list of formats', () => {
    const names = knownFileNames({ locks: true }).map((n) => n.replace(/\./g, '\\.')).join('|');
    const handList = new RegExp(`\\[\\s*'(?:${names})'\\s*,\\s*'(?:${names})'|case '(?:${names})':|instanceof (?:CargoToml|CargoLock|PackageJson|PackageLock|PyProject|RegexFile)\\b`);
    const offenders = walk(SRC)
      .filter((f) => !relative(SRC, f).startsWith(join('versioning', 'core', 'manifests')))
      // init's project detection lists the files that tell a Go, Node, Rust or Tauri project apart (go.mod and
      // tauri.conf.json included): which project it is, not which version format relforge edits
      .filter((f) => relative(SRC, f) !== join('act', 'core', 'init-project.ts'))
      .flatMap((f) => readFileSync(f, 'utf8').split('\n').map((line, i) => [`${relative(ROOT, f)}:${i + 1}`, line] as const))
      .filter(([, line]) => handList.test(line))
      .map(([where]) => where);
    expect(offenders).toEqual([]);
  });
});
