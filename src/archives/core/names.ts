/**
 * Archive names and entry names, pure: the name template, the path an input file gets inside the archive,
 * the checks on both, and the one entry order (byte order of the UTF-8 names, parent directories first).
 */
import type { ArchivePlatform } from './platforms.js';

export const TEMPLATE_PLACEHOLDERS = ['name', 'version', 'os', 'arch', 'platform', 'goos', 'goarch', 'target', 'exe'] as const;
export type TemplateValues = Record<(typeof TEMPLATE_PLACEHOLDERS)[number], string>;

export function templateValues(p: ArchivePlatform, name: string, version: string): TemplateValues {
  return { name, version, os: p.os, arch: p.arch, platform: p.platform, goos: p.goos, goarch: p.goarch, target: p.target, exe: p.exe };
}

/** Unknown `{word}` placeholders in a template (brace globs such as `{a,b}` are not placeholders). */
export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z_][A-Za-z0-9_-]*)\}/g)].map((m) => m[1]!).filter((w) => !(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(w));
}

/** Replaces every known `{placeholder}`; unknown ones are left (check them first with unknownPlaceholders). */
export function renderTemplate(template: string, values: TemplateValues): string {
  return template.replace(/\{([A-Za-z_][A-Za-z0-9_-]*)\}/g, (all, w: string) => (Object.hasOwn(values, w) ? values[w as keyof TemplateValues] : all));
}

/** Why `name` cannot be an archive's file name (one path component), or undefined. */
export function archiveNameProblem(name: string): string | undefined {
  if (name === '' || name === '.' || name === '..') return 'is empty or a dot name';
  if (/[/\\]/.test(name)) return 'contains a path separator';
  if (/[\x00-\x1f\x7f]/.test(name)) return 'contains a control character';
  if (Buffer.byteLength(name) > 240) return 'is longer than 240 bytes';
  return undefined;
}

/** Why `name` cannot be a path inside an archive, or undefined ('/'-separated, relative, no `.`/`..`). */
export function entryNameProblem(name: string): string | undefined {
  if (name === '') return 'is empty';
  if (/[\x00-\x1f\x7f]/.test(name)) return 'contains a control character';
  if (name.includes('\\')) return 'contains a backslash';
  if (name.startsWith('/')) return 'is absolute';
  for (const seg of name.split('/')) {
    if (seg === '' || seg === '.' || seg === '..') return `has an empty, "." or ".." component`;
  }
  return undefined;
}

/** True when a pattern has glob syntax (after the placeholders were rendered). */
export function hasGlob(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern.replace(/^!/, ''));
}

/**
 * The folder a pattern's matches are named relative to inside the archive: the segments before the first one
 * with glob syntax (`dist/linux/**` → `dist/linux`). A pattern without glob syntax names one file, which goes in
 * under its base name.
 */
export function patternBase(pattern: string): string {
  const segs = pattern.split('/');
  const i = segs.findIndex((s) => hasGlob(s));
  return segs.slice(0, i < 0 ? segs.length - 1 : i).join('/');
}

export interface PlannedEntry {
  name: string;
  type: 'file' | 'directory';
  /** The file on disk (files only). */
  source?: string;
  mode: number;
}

const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

/**
 * The archive's entries in their one order: every file under `prefix` (e.g. `tally_1.0.0_linux_x86_64/`, or ''),
 * each parent directory as its own entry (mode 0755) before its contents, all sorted by the bytes of their names.
 */
export function orderEntries(files: { name: string; source: string; mode: number }[], prefix = ''): PlannedEntry[] {
  const dirs = new Set<string>();
  const out: PlannedEntry[] = [];
  for (const f of files) {
    const name = prefix + f.name;
    const segs = name.split('/');
    for (let i = 1; i < segs.length; i++) dirs.add(`${segs.slice(0, i).join('/')}/`);
    out.push({ name, type: 'file', source: f.source, mode: f.mode });
  }
  for (const d of dirs) out.push({ name: d, type: 'directory', mode: 0o755 });
  return out.sort((a, b) => byBytes(a.name, b.name));
}
