/**
 * Issue 19 "Done when", first project: a Go CLI on Forgejo, from `relforge init --forge forgejo` and its build
 * command only (init writes it: go.mod detected, GOOS/GOARCH cross builds with -X main.version). It lints clean in
 * its own repository (Forgejo's absolute uses: excused by the actionlint.yaml init wrote), and rehearses beta, then
 * stable, then beta again after a new commit under `relforge act --emulator --forge forgejo` (absolute uses:
 * mapped; the third run continues from the emulator origin's release commit). The released binaries report the
 * version of their tag; every file's minisign signature verifies with the project's key.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ACT, ACTIONLINT, MINISIGN, createProject, lint, rehearse, releaseLine, released, verifies, type Project } from './projects-rehearse.js';

const GO = ['/usr/local/go/bin/go'].find(existsSync);
let project: Project | undefined;
afterAll(() => project?.cleanup());

const MAIN_GO = `package main

import "fmt"

var version = "dev"

func main() { fmt.Println("tally", version) }
`;

describe.skipIf(!ACT || !MINISIGN || !ACTIONLINT || !GO)('a Go CLI on Forgejo, from relforge init and its build command only', () => {
  it('lints clean; beta, stable, beta again; the binaries report their version', async () => {
    const p = await createProject('forgejo', { 'go.mod': 'module example.com/acme/tally\n\ngo 1.21\n', 'main.go': MAIN_GO }, ['/usr/local/go/bin']);
    project = p;
    expect(p.initOutput).toContain('project: go');
    expect(lint(p)).toBe('');
    const run = (file: string) => execFileSync(file, { encoding: 'utf8' }).trim();

    const beta = await rehearse(p, 'beta');
    expect(beta.code, beta.out).toBe(0);
    expect(beta.out).toMatch(/absolute uses: reference\(s\) mapped/);
    expect(releaseLine(beta.out, 'v0.1.0-beta.1') ?? beta.out).toMatch(/prerelease v0\.1\.0-beta\.1: .*tally-linux-aarch64, .*tally-linux-x86_64, .*tally-windows-x86_64\.exe/);
    expect(run(released(p, 'v0.1.0-beta.1', 'tally-linux-x86_64'))).toBe('tally 0.1.0-beta.1');
    expect(readFileSync(released(p, 'v0.1.0-beta.1', 'tally-windows-x86_64.exe')).subarray(0, 2).toString()).toBe('MZ');
    for (const f of ['tally-linux-x86_64', 'tally-linux-aarch64', 'tally-windows-x86_64.exe', 'SHA256SUMS']) expect(verifies(p, released(p, 'v0.1.0-beta.1', f)), f).toBe(true);

    const stable = await rehearse(p, 'stable');
    expect(stable.code, stable.out).toBe(0);
    expect(releaseLine(stable.out, 'v0.1.0') ?? stable.out).toMatch(/^\s+release v0\.1\.0: /);
    expect(run(released(p, 'v0.1.0', 'tally-linux-x86_64'))).toBe('tally 0.1.0');
    const origin = `${p.dir}/.relforge/act/remote.git`;
    const releaseCommit = execFileSync('git', ['-C', origin, 'rev-parse', 'refs/heads/main'], { encoding: 'utf8' }).trim();
    expect(execFileSync('git', ['-C', origin, 'log', '-1', '--format=%s', releaseCommit], { encoding: 'utf8' })).toMatch(/^chore\(release\)/);

    // a new feature, committed in the user's repository (which never got the release commit): the next beta
    writeFileSync(`${p.dir}/fast.go`, 'package main\n\nconst fast = true\n');
    p.commit('feat: count faster');
    const again = await rehearse(p, 'beta');
    expect(again.code, again.out).toBe(0);
    expect(again.out).toMatch(/your 1 new commit\(s\) were replayed on it/);
    expect(releaseLine(again.out, 'v0.2.0-beta.1') ?? again.out).toMatch(/prerelease v0\.2\.0-beta\.1: /);
    expect(run(released(p, 'v0.2.0-beta.1', 'tally-linux-x86_64'))).toBe('tally 0.2.0-beta.1');
    expect(execFileSync('git', ['-C', origin, 'rev-parse', 'refs/tags/v0.2.0-beta.1^{commit}^'], { encoding: 'utf8' }).trim()).toBe(releaseCommit);
  }, 420_000);
});
