/**
 * Archives are plain release files: sign-ed25519 signs them (its platform inference reads the default archive
 * names) and the real minisign verifies the signatures; upload-packages' platform inference (the same alias
 * table, independent of the archive code) reads every default name as the platform it was made for.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createArchives } from '../../src/archives/archive.js';
import { archiveOptions, archiveSchema } from '../../src/archives/options.js';
import { parseValues } from '../../src/platform/options.js';
import { signFiles } from '../../src/signing/minisign/sign-files.js';
import { formatPlatform, inferPlatform } from '../../src/packages/core/platform.js';
import { useTempDir } from '../helpers/per-test.js';
import { requireTool } from '../helpers/tools.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'minisign');
const minisign = requireTool('minisign', 'apt-get install minisign');
const temp = useTempDir('relforge-archive-flow-');

describe('archives flow into signing and packages', () => {
  it('default names carry their platform; sign-ed25519 signs them and minisign verifies', async () => {
    const dir = temp();
    const platforms = ['linux/amd64', 'linux/arm64', 'darwin/arm64', 'windows/amd64', 'i686-unknown-linux-gnu', 'riscv64gc-unknown-linux-gnu'];
    for (const p of ['linux-amd64', 'linux-arm64', 'darwin-arm64', 'windows-amd64', 'linux-386', 'linux-riscv64']) {
      mkdirSync(join(dir, 'build', p), { recursive: true });
      writeFileSync(join(dir, 'build', p, p.startsWith('windows') ? 'tally.exe' : 'tally'), `tally for ${p}`);
    }
    const v = parseValues(archiveSchema, { files: ['build/{goos}-{goarch}/tally{exe}'], platforms, version: '1.0.0', name: 'tally', timestamp: '1767225600' }, 'cli');
    const r = await createArchives({ ...archiveOptions(v, dir, {}), log: () => {} });
    const expected = ['linux-x86_64', 'linux-aarch64', 'darwin-aarch64', 'windows-x86_64', 'linux-i686', 'linux-riscv64'];
    expect(r.archives.map((a) => formatPlatform(inferPlatform(a.name)))).toEqual(expected);
    const signed = await signFiles({ files: ['dist/*'], cwd: dir, privateKey: readFileSync(join(FIX, 'k.key'), 'utf8'), publicKey: readFileSync(join(FIX, 'k.pub'), 'utf8'), version: '1.0.0', timestamp: 1767225600, env: {} });
    expect(signed.signatures.map((s) => s.file.split('/').pop()).sort()).toEqual(r.archives.map((a) => a.name).sort());
    if (minisign) {
      for (const a of r.archives) {
        const out = execFileSync(minisign, ['-V', '-p', join(FIX, 'k.pub'), '-m', join(dir, a.file)], { encoding: 'utf8' });
        expect(out).toContain(`platform:${a.platform}`);
      }
    }
  });
});
