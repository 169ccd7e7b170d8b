/**
 * Issue 19, archives: byte-for-byte reproducible .tar.gz/.zip per platform. Two independent runs over two
 * separately created trees (other file times, other creation order, other umask-given modes) give the same
 * sha256; what the real GNU tar, gzip, zipinfo and unzip report is compared with what the formats promise (sorted
 * entries, 0/0 without names, 0755/0644, the release time); real tar/unzip extract the same bytes; long names,
 * the executable bit, symbolic links out of the workspace and Windows → zip.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createArchives, type ArchiveResult } from '../../src/archives/archive.js';
import { archiveOptions, archiveSchema } from '../../src/archives/options.js';
import { parseValues, type RawValues } from '../../src/platform/options.js';
import { SettingsError } from '../../src/platform/errors.js';
import { useTempDir } from '../helpers/per-test.js';
import { useRepos } from '../helpers/repo.js';
import { requireTool } from '../helpers/tools.js';

const tar = requireTool('tar', 'apt-get install tar');
const unzip = requireTool('unzip', 'apt-get install unzip');
const zipinfo = requireTool('zipinfo', 'apt-get install unzip');
const gzip = requireTool('gzip', 'apt-get install gzip');
const temp = useTempDir('relforge-archives-');
const repo = useRepos({ withRemote: false });

const T = 1767225600; // 2026-01-01T00:00:00Z
const BIN = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 251));

/** A Go-like project: per-platform binaries, LICENSE and README; `reverse` creates files in the other order with other times. */
function project(root: string, reverse = false): void {
  const files: [string, string | Buffer, number][] = [
    ['dist/linux-amd64/tally', BIN, 0o755],
    ['dist/linux-amd64/completions/tally.bash', 'complete -F _tally tally\n', 0o644],
    ['dist/windows-amd64/tally.exe', Buffer.concat([Buffer.from('MZ'), BIN]), 0o644],
    ['LICENSE', 'MIT License\n', 0o644],
    ['README.md', '# tally\n', 0o664],
  ];
  for (const [path, content, mode] of reverse ? files.reverse() : files) {
    const p = join(root, path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
    chmodSync(p, reverse ? mode | 0o060 : mode); // other permission bits, same executability
    const when = reverse ? 1_600_000_000 : 1_700_000_000;
    utimesSync(p, when, when);
  }
}

async function run(cwd: string, raw: RawValues, env: NodeJS.ProcessEnv = {}): Promise<ArchiveResult> {
  const v = parseValues(archiveSchema, raw, 'cli');
  return createArchives({ ...archiveOptions(v, cwd, env), log: () => {} });
}

const base = { files: ['dist/{goos}-{goarch}/**'], 'extra-files': ['LICENSE', 'README.md'], platforms: ['linux/amd64', 'windows/amd64'], name: 'tally', version: '1.2.0', timestamp: String(T) };
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const sh = (cmd: string, args: string[], cwd?: string) => execFileSync(cmd, args, { encoding: 'utf8', cwd, env: { ...process.env, TZ: 'UTC', LC_ALL: 'C' } });

describe('reproducible archives', () => {
  it('two independent runs over separately made trees give identical bytes; Windows gets a zip, the others a tar.gz', async () => {
    const a = join(temp(), 'a');
    const b = join(temp(), 'b');
    project(a);
    project(b, true);
    const ra = await run(a, base);
    const rb = await run(b, base);
    expect(ra.archives.map((x) => x.file)).toEqual(['dist/tally_1.2.0_linux_x86_64.tar.gz', 'dist/tally_1.2.0_windows_x86_64.zip']);
    for (const f of ra.archives.map((x) => x.file)) expect(sha(join(a, f))).toBe(sha(join(b, f)));
    expect(ra.archives.map((x) => x.sha256)).toEqual(ra.archives.map((x) => sha(join(a, x.file))));
    // A re-run over the same tree (the archives now sit in dist/, which the glob covers) converges to the same bytes.
    const again = await run(a, base);
    expect(again.archives.map((x) => x.sha256)).toEqual(ra.archives.map((x) => x.sha256));
    expect(again.archives[0]!.entries.map((e) => e.name)).toEqual(ra.archives[0]!.entries.map((e) => e.name));
  });

  it('tar and gzip report sorted entries, 0/0 without names, 0755/0644 and the release time; no gzip name or mtime', async () => {
    if (!tar || !gzip) return;
    const dir = temp();
    project(dir, true);
    await run(dir, { ...base, platforms: ['linux-amd64'] });
    const file = join(dir, 'dist/tally_1.2.0_linux_x86_64.tar.gz');
    const listing = sh(tar, ['--utc', '--full-time', '-tvzf', file]).trim().split('\n').map((l) => l.replace(/ +/g, ' '));
    expect(listing).toEqual([
      '-rw-r--r-- 0/0 12 2026-01-01 00:00:00 LICENSE',
      '-rw-r--r-- 0/0 8 2026-01-01 00:00:00 README.md',
      'drwxr-xr-x 0/0 0 2026-01-01 00:00:00 completions/',
      '-rw-r--r-- 0/0 25 2026-01-01 00:00:00 completions/tally.bash',
      `-rwxr-xr-x 0/0 ${BIN.length} 2026-01-01 00:00:00 tally`,
    ]);
    const raw = readFileSync(file);
    expect([...raw.subarray(0, 10)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255]); // RFC 1952: FLG 0 (no name), MTIME 0, XFL 2 (level 9)
    sh(gzip, ['-t', file]);
    const l = sh(gzip, ['-l', file]).trim().split('\n')[1]!.trim().split(/\s+/);
    expect(Number(l[0])).toBe(raw.length);
    // Uncompressed tar: 5 headers + bodies padded to 512 + 1024 end.
    const pad = (n: number) => Math.ceil(n / 512) * 512;
    expect(Number(l[1])).toBe(5 * 512 + pad(12) + pad(8) + pad(25) + pad(BIN.length) + 1024);
  });

  it('zipinfo shows sorted entries, Unix modes, the release time (DOS) and no extra fields; unzip tests it', async () => {
    if (!zipinfo || !unzip) return;
    const dir = temp();
    project(dir);
    await run(dir, { ...base, platforms: ['x86_64-pc-windows-msvc'], executables: ['*.exe'] });
    const file = join(dir, 'dist/tally_1.2.0_windows_x86_64.zip');
    const lines = sh(zipinfo, [file]).trim().split('\n').slice(2, -1).map((l) => l.replace(/ +/g, ' '));
    expect(lines).toEqual([
      '-rw-r--r-- 2.0 unx 12 b- defN 26-Jan-01 00:00 LICENSE',
      '-rw-r--r-- 2.0 unx 8 b- defN 26-Jan-01 00:00 README.md',
      `-rwxr-xr-x 2.0 unx ${BIN.length + 2} b- defN 26-Jan-01 00:00 tally.exe`,
    ]);
    const verbose = sh(zipinfo, ['-v', file]);
    expect(verbose.match(/length of extra field:\s+0 bytes/g)?.length).toBe(3);
    expect(verbose).not.toMatch(/extended local header:\s+yes/);
    // APPNOTE sizes: local header 30 + name + data, central record 46 + name, end record 22 — nothing else
    // (no extra fields, no data descriptors, no comments).
    const compressed = [...verbose.matchAll(/^\s+compressed size:\s+(\d+) bytes/gm)].map((m) => Number(m[1]));
    const names = ['LICENSE', 'README.md', 'tally.exe'];
    const expected = names.reduce((n, name, i) => n + 30 + name.length + compressed[i]! + 46 + name.length, 22);
    expect(statSync(file).size).toBe(expected);
    expect(sh(unzip, ['-t', file])).toMatch(/No errors detected/);
  });

  it('real tar and unzip extract exactly the source bytes, with the executable bit and the release time', async () => {
    if (!tar || !unzip) return;
    const dir = temp();
    project(dir);
    await run(dir, { ...base, 'wrap-in-directory': 'true' });
    const out = join(dir, 'x');
    mkdirSync(out);
    sh(tar, ['-xzf', join(dir, 'dist/tally_1.2.0_linux_x86_64.tar.gz'), '-C', out]);
    sh(unzip, ['-q', join(dir, 'dist/tally_1.2.0_windows_x86_64.zip'), '-d', out]);
    const lx = join(out, 'tally_1.2.0_linux_x86_64');
    const wx = join(out, 'tally_1.2.0_windows_x86_64');
    expect(readFileSync(join(lx, 'tally')).equals(BIN)).toBe(true);
    expect(readFileSync(join(lx, 'completions/tally.bash'), 'utf8')).toBe('complete -F _tally tally\n');
    expect(readFileSync(join(wx, 'tally.exe')).equals(Buffer.concat([Buffer.from('MZ'), BIN]))).toBe(true);
    for (const d of [lx, wx]) expect(readFileSync(join(d, 'LICENSE'), 'utf8')).toBe('MIT License\n');
    expect(statSync(join(lx, 'tally')).mode & 0o777).toBe(0o755);
    expect(statSync(join(lx, 'README.md')).mode & 0o777).toBe(0o644 & ~process.umask());
    expect(statSync(join(lx, 'tally')).mtimeMs / 1000).toBe(T);
    expect(statSync(join(wx, 'tally.exe')).mode & 0o777).toBe(0o644);
  });

  it('a name longer than 100 bytes, or not ASCII, survives tar (pax) and zip', async () => {
    if (!tar || !unzip) return;
    const dir = temp();
    const long = `${'deep-folder-name/'.repeat(5)}${'a-really-long-file-name-'.repeat(3)}.txt`;
    expect(Buffer.byteLength(long)).toBeGreaterThan(100);
    mkdirSync(join(dir, 'dist/linux-amd64', dirname(long)), { recursive: true });
    writeFileSync(join(dir, 'dist/linux-amd64', long), 'long\n');
    mkdirSync(join(dir, 'dist/windows-amd64', dirname(long)), { recursive: true });
    writeFileSync(join(dir, 'dist/windows-amd64', long), 'long\n');
    const utf8 = 'café-ü.txt';
    writeFileSync(join(dir, 'dist/linux-amd64', utf8), 'utf8\n');
    writeFileSync(join(dir, 'dist/windows-amd64', utf8), 'utf8\n');
    await run(dir, { ...base, 'extra-files': [] });
    const listed = execFileSync(tar, ['-tzf', join(dir, 'dist/tally_1.2.0_linux_x86_64.tar.gz')], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } }).trim().split('\n');
    expect(listed).toContain(long);
    expect(listed).toContain(utf8);
    expect(listed.every((n) => !n.startsWith('PaxHeaders'))).toBe(true);
    const out = join(dir, 'x');
    mkdirSync(out);
    sh(tar, ['-xzf', join(dir, 'dist/tally_1.2.0_linux_x86_64.tar.gz'), '-C', out]);
    expect(readFileSync(join(out, long), 'utf8')).toBe('long\n');
    expect(readFileSync(join(out, utf8), 'utf8')).toBe('utf8\n');
    const zout = join(dir, 'z');
    sh(unzip, ['-q', join(dir, 'dist/tally_1.2.0_windows_x86_64.zip'), '-d', zout]);
    expect(readFileSync(join(zout, utf8), 'utf8')).toBe('utf8\n');
    expect(readFileSync(join(zout, long), 'utf8')).toBe('long\n');
    expect(sh(unzip, ['-Z1', join(dir, 'dist/tally_1.2.0_windows_x86_64.zip')]).trim().split('\n')).toContain(long);
  });

  it('refuses a symbolic link that leaves the workspace (naming the file and the way out); archives one inside it as a file', async () => {
    const dir = temp();
    project(dir);
    const outside = join(temp(), '..', `relforge-outside-${process.pid}`);
    writeFileSync(outside, 'secret\n');
    symlinkSync(outside, join(dir, 'dist/linux-amd64/leak'));
    const err = await run(dir, { ...base, platforms: ['linux/amd64'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SettingsError);
    expect(String((err as Error).message)).toMatch(/leak.*outside the workspace.*allow-outside-workspace/s);
    expect(existsSync(join(dir, 'dist/tally_1.2.0_linux_x86_64.tar.gz'))).toBe(false);
    expect(readdirSync(join(dir, 'dist')).filter((f) => f.includes('relforge-tmp'))).toEqual([]);
    // A link inside the workspace is archived as the file it names.
    execFileSync('rm', [join(dir, 'dist/linux-amd64/leak'), outside]);
    symlinkSync('../../LICENSE', join(dir, 'dist/linux-amd64/LICENSE.txt'));
    const r = await run(dir, { ...base, platforms: ['linux/amd64'] });
    expect(r.archives[0]!.entries.find((e) => e.name === 'LICENSE.txt')).toMatchObject({ type: 'file', size: 12 });
    if (tar) expect(sh(tar, ['-tvzf', join(dir, r.archives[0]!.file)])).toMatch(/^-rw-r--r-- 0\/0 +12 .* LICENSE\.txt$/m);
  });

  it('takes the time from SOURCE_DATE_EPOCH, else the commit time of HEAD', async () => {
    const r = repo();
    r.commit('feat: tally', { 'dist/linux-amd64/tally': 'bin', LICENSE: 'MIT\n', 'README.md': '# t\n' });
    const committed = Number(r.git('log', '-1', '--format=%ct'));
    const { timestamp: _t, ...noTime } = base;
    const fromCommit = await run(r.dir, { ...noTime, platforms: ['linux-amd64'] });
    expect(fromCommit).toMatchObject({ timestamp: committed, timestampSource: 'commit' });
    const fromEpoch = await run(r.dir, { ...noTime, platforms: ['linux-amd64'] }, { SOURCE_DATE_EPOCH: String(T) });
    expect(fromEpoch).toMatchObject({ timestamp: T, timestampSource: 'SOURCE_DATE_EPOCH' });
    if (tar) expect(sh(tar, ['--utc', '-tvzf', join(r.dir, fromEpoch.archives[0]!.file)])).toMatch(/2026-01-01 00:00 tally/);
  });

  it('names every problem by field: platform, version, placeholders, clashing archive names, duplicate entries', async () => {
    const dir = temp();
    project(dir);
    const err = (raw: RawValues, env: NodeJS.ProcessEnv = {}) => run(dir, raw, env).then(() => undefined, (e: Error) => e.message);
    expect(await err({ ...base, platforms: ['linux-arm'], version: 'one', 'name-template': '{name}-{ver}' })).toMatch(
      /platforms.*not a platform[\s\S]*version.*SemVer[\s\S]*name-template.*unknown placeholder\(s\) \{ver\}/,
    );
    expect(await err({ ...base, platforms: [], version: undefined }, { RELFORGE_PLATFORM: 'linux-amd64', RELFORGE_VERSION: 'v1.2.0' })).toBeUndefined();
    expect(await err({ ...base, 'name-template': '{name}_{version}' , format: 'zip' })).toMatch(/same archive name "tally_1.2.0.zip" for linux\/amd64 and windows\/amd64/);
    mkdirSync(join(dir, 'other'));
    writeFileSync(join(dir, 'other/tally'), 'another');
    expect(await err({ ...base, platforms: ['linux/amd64'], 'extra-files': ['LICENSE', 'other/tally'] })).toMatch(/extra-files.*two files at "tally"/);
    mkdirSync(join(dir, 'dist/linux-amd64/LICENSE'));
    writeFileSync(join(dir, 'dist/linux-amd64/LICENSE/NOTICE'), 'n');
    expect(await err({ ...base, platforms: ['linux/amd64'] })).toMatch(/"LICENSE\/NOTICE" .* below the file "LICENSE"/);
    execFileSync('rm', ['-r', join(dir, 'dist/linux-amd64/LICENSE')]);
    // The same file named twice goes in once.
    expect(await err({ ...base, platforms: ['linux/amd64'], 'extra-files': ['LICENSE', 'dist/linux-amd64/tally'] })).toBeUndefined();
    expect(await err({ ...base, 'name-template': '{name}\u0001{os}{arch}' })).toMatch(/control character/);
  });

  it('a dry run lists the archives and entries without writing', async () => {
    const dir = temp();
    project(dir);
    const r = await run(dir, { ...base, 'dry-run': 'true' });
    expect(r.archives[1]!.entries.map((e) => `${e.mode} ${e.name}`)).toEqual(['0644 LICENSE', '0644 README.md', '0644 tally.exe']);
    expect(readdirSync(join(dir, 'dist'))).toEqual(['linux-amd64', 'windows-amd64']);
  });
});
