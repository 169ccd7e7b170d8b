/**
 * The archive operation: for each platform, the files its patterns name plus the extra files, packed into one
 * byte-for-byte reproducible archive (.tar.gz, or .zip for Windows) in the output folder. Everything that varies
 * between machines is fixed: entry order (byte order of the names, parents first), times (the release time),
 * owners (0/0, no names), modes (0755 / 0644), compression headers. The archives are plain files: signing,
 * publishing and packages take them like any other.
 *
 * Each archive is written to a temporary name in the output folder and renamed into place when complete, so a
 * failed run leaves no half archive and a re-run converges. Every source is resolved to its real path and refused
 * when it leaves the workspace (a symbolic link out of it); links inside it are archived as the file they name.
 */
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { fieldError } from '../platform/errors.js';
import { expandFiles, sha256File } from '../platform/fs.js';
import { releaseTime } from '../git/release-time.js';
import { archiveNameProblem, entryNameProblem, hasGlob, orderEntries, patternBase, renderTemplate, templateValues } from './core/names.js';
import type { ArchivePlatform } from './core/platforms.js';
import { writeTarGz, writeZip, type SizedEntry } from './write.js';
import { minimatch } from '../platform/libraries.js';

export type ArchiveFormat = 'tar.gz' | 'zip';

export interface ArchiveSettings {
  cwd: string;
  env: NodeJS.ProcessEnv;
  files: string[];
  extraFiles: string[];
  platforms: ArchivePlatform[];
  name: string;
  version: string;
  nameTemplate: string;
  format: 'auto' | ArchiveFormat;
  outputDir: string;
  wrap: boolean;
  executables: string[];
  /** Unix seconds; default SOURCE_DATE_EPOCH, else HEAD's commit time, else the clock. */
  timestamp?: number;
  level: number;
  allowOutsideWorkspace: boolean;
  dryRun: boolean;
  log: (m: string) => void;
}

export interface ArchiveEntryInfo {
  name: string;
  type: 'file' | 'directory';
  mode: string;
  size: number;
  source?: string;
}

export interface ArchiveInfo {
  /** Path of the archive (relative to the working folder when inside it). */
  file: string;
  /** Its file name. */
  name: string;
  platform: string;
  format: ArchiveFormat;
  /** Bytes and sha256 of the written archive (absent in a dry run). */
  size?: number;
  sha256?: string;
  entries: ArchiveEntryInfo[];
}

export interface ArchiveResult {
  archives: ArchiveInfo[];
  timestamp: number;
  timestampSource: 'setting' | 'SOURCE_DATE_EPOCH' | 'commit' | 'clock';
  dryRun: boolean;
  notes: string[];
}

const TEMP_SUFFIX = '.relforge-tmp';

interface Plan {
  info: ArchiveInfo;
  path: string;
  entries: SizedEntry[];
}

export async function createArchives(s: ArchiveSettings): Promise<ArchiveResult> {
  const notes: string[] = [];
  const { timestamp, source } = await resolveTime(s);
  if (source === 'clock') notes.push('no timestamp, SOURCE_DATE_EPOCH or git commit here: the entries take the current time, so a re-run writes different bytes.');
  const outDir = resolve(s.cwd, s.outputDir);
  const named = new Map<string, string>();
  const plans: Plan[] = [];
  for (const p of s.platforms) {
    const values = templateValues(p, s.name, s.version);
    const base = renderTemplate(s.nameTemplate, values);
    const format: ArchiveFormat = s.format === 'auto' ? (p.os === 'windows' ? 'zip' : 'tar.gz') : s.format;
    const fileName = `${base}.${format}`;
    const why = archiveNameProblem(fileName);
    if (why) throw fieldError('name-template', `gives the archive name "${fileName.replace(/[\x00-\x1f\x7f]/g, '?')}" for ${p.given}, which ${why}.`);
    const clash = named.get(fileName);
    if (clash) throw fieldError('name-template', `gives the same archive name "${fileName}" for ${clash} and ${p.given}: add {os} and {arch} (or {platform}, {target}).`);
    named.set(fileName, p.given);
    plans.push({ info: { file: '', name: fileName, platform: p.platform, format, entries: [] }, path: join(outDir, fileName), entries: [] });
  }
  const outputs = new Set(plans.flatMap((pl) => [pl.path, tempPath(pl.path)]));
  for (const [i, p] of s.platforms.entries()) {
    const plan = plans[i]!;
    const values = templateValues(p, s.name, s.version);
    const sources = new Map<string, string>();
    const files: { name: string; source: string; mode: number; size: number }[] = [];
    for (const [field, patterns] of [['files', s.files], ['extra-files', s.extraFiles]] as const) {
      const rendered = patterns.map((t) => renderTemplate(t, values));
      const negations = rendered.filter((r) => r.startsWith('!'));
      for (const pattern of rendered.filter((r) => !r.startsWith('!'))) {
        const matches = await expandFiles([pattern, ...negations], {
          cwd: s.cwd,
          inputName: field,
          allowOutsideWorkspace: s.allowOutsideWorkspace,
          allowOption: 'allow-outside-workspace',
          env: s.env,
        });
        const baseDir = resolve(s.cwd, patternBase(pattern));
        for (const m of matches) {
          if (outputs.has(resolve(m)) || m.endsWith(TEMP_SUFFIX)) {
            s.log(`skipping ${m}: it is an archive this step writes`);
            continue;
          }
          const name = hasGlob(pattern) ? relative(baseDir, m).split('\\').join('/') : basename(m);
          const why = entryNameProblem(name);
          if (why) throw fieldError(field, `gives ${m} the archive path "${name.replace(/[\x00-\x1f\x7f]/g, '?')}", which ${why}: name files inside the pattern's folder.`);
          const earlier = sources.get(name);
          if (earlier !== undefined && earlier !== resolve(m)) {
            throw fieldError(field, `puts two files at "${name}" in ${plan.info.name}: ${earlier} and ${m}. Rename one or use a glob that keeps their folders.`);
          }
          if (earlier !== undefined) continue;
          sources.set(name, resolve(m));
          const st = await stat(m);
          const exec = (st.mode & 0o111) !== 0 || s.executables.some((g) => minimatch(name, g, { dot: true }));
          files.push({ name, source: resolve(m), mode: exec ? 0o755 : 0o644, size: st.size });
        }
      }
    }
    if (!files.length) throw fieldError('files', `left no file to archive for ${p.given} (every match was an archive this step writes).`);
    // A path cannot be both a file and a folder (LICENSE from extra-files and LICENSE/… from a glob).
    const names = new Set(files.map((f) => f.name));
    for (const f of files) {
      const segs = f.name.split('/');
      for (let i = 1; i < segs.length; i++) {
        const parent = segs.slice(0, i).join('/');
        if (names.has(parent)) throw fieldError('files', `puts "${f.name}" in ${plan.info.name} below the file "${parent}": a path cannot be a file and a folder. Rename one of them.`);
      }
    }
    const prefix = s.wrap ? `${plan.info.name.slice(0, -(plan.info.format.length + 1))}/` : '';
    const sizes = new Map(files.map((f) => [prefix + f.name, f.size]));
    plan.entries = orderEntries(files, prefix).map((e) => ({ ...e, size: sizes.get(e.name) ?? 0 }));
    plan.info.file = display(s.cwd, plan.path);
    plan.info.entries = plan.entries.map((e) => ({ name: e.name, type: e.type, mode: e.mode.toString(8).padStart(4, '0'), size: e.size, ...(e.source ? { source: display(s.cwd, e.source) } : {}) }));
  }
  if (!s.dryRun) {
    await mkdir(outDir, { recursive: true });
    for (const plan of plans) {
      const tmp = tempPath(plan.path);
      await rm(tmp, { force: true });
      try {
        const write = plan.info.format === 'zip' ? writeZip : writeTarGz;
        await write(plan.entries, tmp, { mtime: timestamp, level: s.level });
        await rename(tmp, plan.path);
      } catch (err) {
        await rm(tmp, { force: true });
        throw err;
      }
      plan.info.size = (await stat(plan.path)).size;
      plan.info.sha256 = await sha256File(plan.path);
      s.log(`wrote ${plan.info.file} (${plan.info.platform}, ${plan.entries.length} entries, ${plan.info.size} bytes, sha256 ${plan.info.sha256})`);
    }
  }
  return { archives: plans.map((p) => p.info), timestamp, timestampSource: source, dryRun: s.dryRun, notes };
}

function tempPath(path: string): string {
  return join(resolve(path, '..'), `.${basename(path)}${TEMP_SUFFIX}`);
}

function display(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : path;
}

async function resolveTime(s: ArchiveSettings): Promise<{ timestamp: number; source: ArchiveResult['timestampSource'] }> {
  if (s.timestamp !== undefined) return { timestamp: s.timestamp, source: 'setting' };
  const t = await releaseTime({ env: s.env, cwd: s.cwd, rev: 'HEAD' });
  if (t) return { timestamp: t.seconds, source: t.source };
  return { timestamp: Math.floor(Date.now() / 1000), source: 'clock' };
}

/** The step summary: one row per archive. */
export function renderArchiveSummary(r: ArchiveResult): string {
  const lines = [`### relforge archive${r.dryRun ? ' (dry run)' : ''}`, '', `Entry times: ${new Date(r.timestamp * 1000).toISOString()} (${r.timestampSource}).`, ''];
  lines.push('| archive | platform | entries | size | sha256 |', '|---|---|---|---|---|');
  for (const a of r.archives) lines.push(`| \`${a.file}\` | ${a.platform} | ${a.entries.filter((e) => e.type === 'file').length} files | ${a.size ?? '–'} | ${a.sha256 ? `\`${a.sha256}\`` : '–'} |`);
  for (const n of r.notes) lines.push('', `> ${n}`);
  return lines.join('\n');
}
