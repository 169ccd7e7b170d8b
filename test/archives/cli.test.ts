/**
 * `relforge archive`: positional patterns, repeated --platform / --extra-files, --json, --dry-run, and problems
 * worded with the command's flags. The bytes equal what the action's inputs give (same schema, same operation).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import archiveCommand from '../../src/cli/archive.js';
import { runCommand } from '../../src/cli/args.js';
import { useTempDir } from '../helpers/per-test.js';

const temp = useTempDir('relforge-archive-cli-');
let cwd: string;
let printed: string[];
beforeEach(() => {
  cwd = process.cwd();
  printed = [];
  vi.spyOn(console, 'log').mockImplementation((m: unknown) => void printed.push(String(m)));
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  process.chdir(cwd);
  vi.restoreAllMocks();
});

function project(): string {
  const dir = temp();
  mkdirSync(join(dir, 'target/x86_64-unknown-linux-musl/release'), { recursive: true });
  mkdirSync(join(dir, 'target/aarch64-apple-darwin/release'), { recursive: true });
  for (const t of ['x86_64-unknown-linux-musl', 'aarch64-apple-darwin']) {
    writeFileSync(join(dir, `target/${t}/release/tally`), `bin ${t}`);
    chmodSync(join(dir, `target/${t}/release/tally`), 0o755);
  }
  writeFileSync(join(dir, 'LICENSE'), 'MIT\n');
  writeFileSync(join(dir, 'README.md'), '# tally\n');
  process.chdir(dir);
  return dir;
}

describe('relforge archive', () => {
  it('packs Rust targets named by triple, with repeated flags, and prints JSON', async () => {
    const dir = project();
    const argv = ['target/{target}/release/tally', '--platform', 'x86_64-unknown-linux-musl', '--platform', 'aarch64-apple-darwin', '--extra-files', 'LICENSE', '--extra-files', 'README.md', '--version', '0.3.0', '--name', 'tally', '--name-template', '{name}-{version}-{target}', '--timestamp', '2026-01-01T00:00:00Z', '--json'];
    expect(await runCommand(archiveCommand, argv, {})).toBe(0);
    const r = JSON.parse(printed.join('\n')) as { archives: { file: string; entries: { name: string; mode: string }[] }[]; timestampSource: string };
    expect(r.archives.map((a) => a.file)).toEqual(['dist/tally-0.3.0-x86_64-unknown-linux-musl.tar.gz', 'dist/tally-0.3.0-aarch64-apple-darwin.tar.gz']);
    expect(r.archives[0]!.entries.map((e) => `${e.mode} ${e.name}`)).toEqual(['0644 LICENSE', '0644 README.md', '0755 tally']);
    expect(r.timestampSource).toBe('setting');
    expect(readdirSync(join(dir, 'dist')).sort()).toEqual(['tally-0.3.0-aarch64-apple-darwin.tar.gz', 'tally-0.3.0-x86_64-unknown-linux-musl.tar.gz']);
  });

  it('--dry-run writes nothing; problems name the flags', async () => {
    const dir = project();
    expect(await runCommand(archiveCommand, ['target/{target}/release/tally', '--platform', 'linux/amd64', '--version', '1.0.0', '--dry-run', '--timestamp', '0'], {}).catch((e: Error) => e.message)).toMatch(
      /--files|target\/x86_64-unknown-linux-gnu\/release\/tally/,
    );
    expect(await runCommand(archiveCommand, ['target/{target}/release/tally', '--platform', 'x86_64-unknown-linux-musl', '--version', '1.0.0', '--dry-run', '--timestamp', '0'], {})).toBe(0);
    expect(printed.join('\n')).toMatch(/would write dist\/.*_1\.0\.0_linux_x86_64\.tar\.gz/);
    expect(readdirSync(dir)).not.toContain('dist');
    const err = await runCommand(archiveCommand, ['x', '--platform', 'plan9-amd64', '--name-template', '{nme}'], {}).catch((e: Error) => e.message);
    expect(err).toMatch(/--platform[\s\S]*--version is required \(or RELFORGE_VERSION\)[\s\S]*--name-template has unknown placeholder/);
    expect(err).not.toMatch(/Input "/);
  });
});
