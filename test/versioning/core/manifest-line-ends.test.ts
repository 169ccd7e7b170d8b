/**
 * Issue 18: manifests with CRLF line ends (Windows checkouts, core.autocrlf) are read and rewritten like LF ones,
 * and every byte but the version's survives — for every format of the registry and the lock files they keep.
 * Expectations are the input with the version characters replaced (str.replace), never the editor's own output.
 */
import { describe, expect, it } from 'vitest';
import { CargoLock, CargoToml, PackageJson, PackageLock, PyProject, RegexFile, MANIFEST_FORMATS, updaterFor } from '../../../src/versioning/core/manifests/index.js';

const crlf = (lf: string) => lf.replace(/\n/g, '\r\n');

/** One LF sample per claimed file name: its text, the version in it, and the text after a rewrite to 2.0.0. */
const SAMPLES: Record<string, { text: string; version: string; expected: string }> = {
  'Cargo.toml': {
    text: '[package]\nname = "demo" # the crate\nversion = "1.4.0"\nedition = "2021"\n\n[dependencies]\nserde = { version = "1.0.0" }\n',
    version: '1.4.0',
    expected: '[package]\nname = "demo" # the crate\nversion = "2.0.0"\nedition = "2021"\n\n[dependencies]\nserde = { version = "1.0.0" }\n',
  },
  'package.json': {
    text: '{\n  "name": "demo",\n  "version": "1.4.0",\n  "dependencies": { "x": "1.4.0" }\n}\n',
    version: '1.4.0',
    expected: '{\n  "name": "demo",\n  "version": "2.0.0",\n  "dependencies": { "x": "1.4.0" }\n}\n',
  },
  'package-lock.json': {
    text: '{\n  "name": "demo",\n  "version": "1.4.0",\n  "lockfileVersion": 3,\n  "packages": {\n    "": { "name": "demo", "version": "1.4.0" },\n    "node_modules/x": { "version": "1.4.0" }\n  }\n}\n',
    version: '1.4.0',
    expected: '{\n  "name": "demo",\n  "version": "2.0.0",\n  "lockfileVersion": 3,\n  "packages": {\n    "": { "name": "demo", "version": "2.0.0" },\n    "node_modules/x": { "version": "1.4.0" }\n  }\n}\n',
  },
  'pyproject.toml': {
    text: '[project]\nname = "demo"\nversion = "1.4.0"\n\n[tool.poetry]\nversion = "1.4.0"\n\n[tool.other]\nversion = "1.4.0"\n',
    version: '1.4.0',
    expected: '[project]\nname = "demo"\nversion = "2.0.0"\n\n[tool.poetry]\nversion = "2.0.0"\n\n[tool.other]\nversion = "1.4.0"\n',
  },
};
SAMPLES['npm-shrinkwrap.json'] = SAMPLES['package-lock.json']!;
SAMPLES.VERSION = { text: '1.4.0\n', version: '1.4.0', expected: '2.0.0\n' };
SAMPLES['version.txt'] = { text: 'v1.4.0\n\n# released by relforge\n', version: '1.4.0', expected: 'v2.0.0\n\n# released by relforge\n' };

describe('CRLF manifests: read, and rewritten byte for byte but the version', () => {
  it('there is a CRLF sample for every file name the registry claims (a new format needs one here)', () => {
    const names = MANIFEST_FORMATS.flatMap((f) => f.names);
    expect(names.filter((n) => !(n in SAMPLES))).toEqual([]);
  });
  for (const [name, s] of Object.entries(SAMPLES)) {
    it(`${name} with CRLF`, () => {
      const text = crlf(s.text);
      expect(updaterFor(name).readVersion(text)).toBe(s.version);
      const out = updaterFor(name, { version: '2.0.0' }).updateContent(text);
      expect(out).toBe(crlf(s.expected));
      expect(out.split('\r\n').length).toBe(text.split('\r\n').length);
      // LF stays LF
      expect(updaterFor(name, { version: '2.0.0' }).updateContent(s.text)).toBe(s.expected);
    });
  }

  it('Cargo.toml: a CRLF workspace root with [workspace.package] version and a CRLF header comment', () => {
    const text = crlf('[workspace] # the root\nmembers = [\n  "crates/*",\n]\n\n[workspace.package]\nversion = "0.3.0"\n');
    expect(new CargoToml().readVersion(text)).toBe('0.3.0');
    expect(new CargoToml({ version: '0.4.0' }).updateContent(text)).toBe(text.replace('"0.3.0"', '"0.4.0"'));
  });

  it('Cargo.lock with CRLF: the member entry only', () => {
    const lock = crlf('version = 3\n\n[[package]]\nname = "demo"\nversion = "1.4.0"\n\n[[package]]\nname = "serde"\nversion = "1.4.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n');
    expect(new CargoLock({ version: '2.0.0', packages: ['demo', 'serde'] }).updateContent(lock)).toBe(lock.replace('name = "demo"\r\nversion = "1.4.0"', 'name = "demo"\r\nversion = "2.0.0"'));
  });

  it('a workspace member entry of package-lock.json with CRLF', () => {
    const lock = crlf('{\n  "packages": {\n    "": { "version": "0.0.0" },\n    "packages/api": { "version": "1.4.0" }\n  }\n}\n');
    expect(new PackageLock({ version: '2.0.0', entries: ['packages/api'] }).updateContent(lock)).toBe(lock.replace('"1.4.0"', '"2.0.0"'));
  });

  it('mixed line ends are kept as they are', () => {
    const text = '[package]\r\nname = "demo"\nversion = "1.4.0"\r\n';
    expect(new CargoToml({ version: '2.0.0' }).updateContent(text)).toBe('[package]\r\nname = "demo"\nversion = "2.0.0"\r\n');
    expect(new PyProject({ version: '2.0.0' }).updateContent('[project]\r\nversion = "1.4.0"\n')).toBe('[project]\r\nversion = "2.0.0"\n');
    expect(new PackageJson({ version: '2.0.0' }).updateContent('{\r\n"version": "1.4.0"\n}')).toBe('{\r\n"version": "2.0.0"\n}');
  });

  it('a version-pattern anchored with $ works on CRLF lines, and the CR survives', () => {
    const text = 'name: demo\r\nversion: 1.4.0\r\n';
    const u = new RegexFile({ version: '2.0.0', pattern: '^version: (\\S+)$' });
    expect(u.readVersion(text)).toBe('1.4.0');
    expect(u.updateContent(text)).toBe('name: demo\r\nversion: 2.0.0\r\n');
  });
});
