/**
 * Issue 19 "Done when", second project: a Node CLI on GitHub, from `relforge init --forge github` and its build
 * command only (init writes it: package.json detected → version-file package.json, npm ci + npm pack, one build).
 * It lints clean in its own repository and rehearses beta, then stable, then beta again after a new commit under
 * `relforge act --emulator --forge github`. The released package's CLI reports the version of its tag (the beta's
 * package.json is rewritten to the beta version before the build); its minisign signature verifies.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ACT, ACTIONLINT, MINISIGN, createProject, lint, rehearse, releaseLine, released, verifies, type Project } from './projects-rehearse.js';

let project: Project | undefined;
afterAll(() => project?.cleanup());

const PACKAGE = { name: 'hello-cli', version: '0.1.0', bin: { 'hello-cli': 'cli.js' }, files: ['cli.js'] };
const LOCK = { name: 'hello-cli', version: '0.1.0', lockfileVersion: 3, requires: true, packages: { '': { name: 'hello-cli', version: '0.1.0', bin: { 'hello-cli': 'cli.js' } } } };
const CLI = "#!/usr/bin/env node\nconsole.log('hello-cli', require('./package.json').version);\n";

/** `hello-cli` from a released npm tarball: what it prints. */
function runPacked(tgz: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'relforge-npm-'));
  try {
    execFileSync('tar', ['-xzf', tgz, '-C', dir]);
    return execFileSync(process.execPath, [join(dir, 'package', 'cli.js')], { encoding: 'utf8' }).trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!ACT || !MINISIGN || !ACTIONLINT)('a Node CLI on GitHub, from relforge init and its build command only', () => {
  it('lints clean; beta, stable, beta again; the packaged CLI reports its version', async () => {
    const p = await createProject('github', {
      'package.json': `${JSON.stringify(PACKAGE, null, 2)}\n`,
      'package-lock.json': `${JSON.stringify(LOCK, null, 2)}\n`,
      'cli.js': CLI,
    });
    project = p;
    expect(p.initOutput).toContain('project: node');
    expect(lint(p)).toBe('');

    // base 0.1.0 (package.json), a feat while 0.x: the next version is 0.2.0
    const beta = await rehearse(p, 'beta');
    expect(beta.code, beta.out).toBe(0);
    expect(releaseLine(beta.out, 'v0.2.0-beta.1') ?? beta.out).toMatch(/prerelease v0\.2\.0-beta\.1: .*hello-cli-0\.2\.0-beta\.1\.tgz/);
    expect(runPacked(released(p, 'v0.2.0-beta.1', 'hello-cli-0.2.0-beta.1.tgz'))).toBe('hello-cli 0.2.0-beta.1');
    expect(verifies(p, released(p, 'v0.2.0-beta.1', 'hello-cli-0.2.0-beta.1.tgz'))).toBe(true);

    const stable = await rehearse(p, 'stable');
    expect(stable.code, stable.out).toBe(0);
    expect(releaseLine(stable.out, 'v0.2.0') ?? stable.out).toMatch(/^\s+release v0\.2\.0: .*hello-cli-0\.2\.0\.tgz/);
    expect(runPacked(released(p, 'v0.2.0', 'hello-cli-0.2.0.tgz'))).toBe('hello-cli 0.2.0');
    const origin = join(p.dir, '.relforge', 'act', 'remote.git');
    expect(JSON.parse(execFileSync('git', ['-C', origin, 'show', 'v0.2.0:package.json'], { encoding: 'utf8' })).version).toBe('0.2.0');

    writeFileSync(join(p.dir, 'cli.js'), `${CLI}// faster\n`);
    p.commit('feat: greet faster');
    const again = await rehearse(p, 'beta');
    expect(again.code, again.out).toBe(0);
    expect(releaseLine(again.out, 'v0.3.0-beta.1') ?? again.out).toMatch(/prerelease v0\.3\.0-beta\.1: .*hello-cli-0\.3\.0-beta\.1\.tgz/);
    expect(runPacked(released(p, 'v0.3.0-beta.1', 'hello-cli-0.3.0-beta.1.tgz'))).toBe('hello-cli 0.3.0-beta.1');
  }, 420_000);
});
