/**
 * Issue 19 "Done when", third project: a Rust workspace on Gitea (two binaries and a library, the version in
 * [workspace.package], members inheriting it), from `relforge init --forge gitea` (Cargo workspace detected →
 * version-file Cargo.toml, cargo build --workspace) and the user's build command (both binaries). It lints clean in
 * its own repository and rehearses beta, then stable, then beta again under `relforge act --emulator --forge gitea`
 * with the real cargo; each released binary reports the version of its tag (env!("CARGO_PKG_VERSION")).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ACT, ACTIONLINT, MINISIGN, createProject, lint, rehearse, releaseLine, released, setBuildCommand, verifies, type Project } from './projects-rehearse.js';

const CARGO = ['/root/.cargo/bin/cargo'].find(existsSync);
let project: Project | undefined;
afterAll(() => project?.cleanup());

const member = (name: string, bin: boolean) => ({
  [`crates/${name}/Cargo.toml`]: `[package]\nname = "${name}"\nversion.workspace = true\nedition.workspace = true\n${bin ? '\n[dependencies]\nledger-core = { path = "../ledger-core" }\n' : ''}`,
  [`crates/${name}/src/${bin ? 'main' : 'lib'}.rs`]: bin ? `fn main() {\n    println!("${name} {}", ledger_core::VERSION);\n}\n` : 'pub const VERSION: &str = env!("CARGO_PKG_VERSION");\n',
});

describe.skipIf(!ACT || !MINISIGN || !ACTIONLINT || !CARGO)('a Rust workspace on Gitea, from relforge init and its build command only', () => {
  it('lints clean; beta, stable, beta again; both binaries report their version', async () => {
    const p = await createProject(
      'gitea',
      {
        'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\nresolver = "2"\n\n[workspace.package]\nversion = "0.4.0"\nedition = "2021"\n',
        ...member('ledger-core', false),
        ...member('ledger', true),
        ...member('ledger-admin', true),
        '.gitignore': '/target\n',
      },
      [join(CARGO!, '..')],
    );
    project = p;
    expect(p.initOutput).toContain('project: cargo-workspace');
    execFileSync(CARGO!, ['generate-lockfile', '--offline'], { cwd: p.dir, stdio: 'ignore' });
    setBuildCommand(p, ['cargo build --release --locked --workspace', 'for b in ledger ledger-admin; do cp "target/release/$b" "$RELFORGE_OUT/$b-$RELFORGE_PLATFORM"; done']);
    p.commit('build: Cargo.lock and the build command');
    expect(lint(p)).toBe('');
    const run = (file: string) => execFileSync(file, { encoding: 'utf8' }).trim();

    // base 0.4.0 ([workspace.package] version), a feat while 0.x: 0.5.0
    const beta = await rehearse(p, 'beta');
    expect(beta.code, beta.out).toBe(0);
    expect(releaseLine(beta.out, 'v0.5.0-beta.1') ?? beta.out).toMatch(/prerelease v0\.5\.0-beta\.1: .*ledger-admin-linux-x86_64, .*ledger-linux-x86_64/);
    expect(run(released(p, 'v0.5.0-beta.1', 'ledger-linux-x86_64'))).toBe('ledger 0.5.0-beta.1');
    expect(run(released(p, 'v0.5.0-beta.1', 'ledger-admin-linux-x86_64'))).toBe('ledger-admin 0.5.0-beta.1');
    expect(verifies(p, released(p, 'v0.5.0-beta.1', 'ledger-linux-x86_64'))).toBe(true);

    const stable = await rehearse(p, 'stable');
    expect(stable.code, stable.out).toBe(0);
    expect(releaseLine(stable.out, 'v0.5.0') ?? stable.out).toMatch(/^\s+release v0\.5\.0: /);
    expect(run(released(p, 'v0.5.0', 'ledger-linux-x86_64'))).toBe('ledger 0.5.0');
    expect(run(released(p, 'v0.5.0', 'ledger-admin-linux-x86_64'))).toBe('ledger-admin 0.5.0');
    const origin = join(p.dir, '.relforge', 'act', 'remote.git');
    expect(execFileSync('git', ['-C', origin, 'show', 'v0.5.0:Cargo.toml'], { encoding: 'utf8' })).toContain('version = "0.5.0"');

    writeFileSync(join(p.dir, 'crates', 'ledger', 'src', 'extra.rs'), '// more\n');
    p.commit('feat(ledger): more');
    const again = await rehearse(p, 'beta');
    expect(again.code, again.out).toBe(0);
    expect(releaseLine(again.out, 'v0.6.0-beta.1') ?? again.out).toMatch(/prerelease v0\.6\.0-beta\.1: /);
    expect(run(released(p, 'v0.6.0-beta.1', 'ledger-linux-x86_64'))).toBe('ledger 0.6.0-beta.1');
  }, 420_000);
});
