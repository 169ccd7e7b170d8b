/**
 * The files a release writes (Cargo.lock included) as the next-version and prerelease bundles report them, on the
 * host's Node and Node 24 (moved from test/versioning/release-files.test.ts, which tests the same through the library).
 */
import { describe, expect, it } from 'vitest';
import { useRepos, type TestRepo } from '../helpers/repo.js';
import { bundleRuntimes } from '../helpers/runtimes.js';
import { runBundle } from '../helpers/bundle.js';

const repo = useRepos();

const TOML = '[package]\nname = "agent"\nversion = "0.3.0"\n';
const LOCK = 'version = 3\n\n[[package]]\nname = "agent"\nversion = "0.3.0"\n\n[[package]]\nname = "libc"\nversion = "0.2.0"\n';

/** A Rust agent: v0.3.0 released, then a feat and a fix (pushed), and a beta of 0.4.0. */
function agent(): { r: TestRepo; feat: string; fix: string } {
  const r = repo();
  r.commit('chore: init', { 'Cargo.toml': TOML, 'Cargo.lock': LOCK });
  r.tag('v0.3.0', { annotated: true });
  const feat = r.commit('feat(net): retry uploads');
  r.tag('v0.4.0-beta.1');
  const fix = r.commit('fix: crash on empty config');
  r.git('push', '-q', 'origin', 'main', '--tags');
  return { r, feat, fix };
}

describe.each(bundleRuntimes())('action bundles on $label ($version)', (rt) => {
  it('next-version outputs files (Cargo.lock included); prerelease write outputs the files it rewrote', async () => {
    const { r } = agent();
    const pre = await runBundle('prerelease', { runtime: rt, cwd: r.dir, inputs: { 'version-file': 'Cargo.toml', write: 'true', 'dry-run': 'true' }, env: { GITHUB_WORKSPACE: r.dir } });
    expect(pre.code, pre.all).toBe(0);
    expect(pre.outputs).toMatchObject({ version: '0.4.0-beta.2', files: '["Cargo.lock","Cargo.toml"]' });
    const next = await runBundle('next-version', { runtime: rt, cwd: r.dir, inputs: { 'version-file': 'Cargo.toml', write: 'true' }, env: { GITHUB_WORKSPACE: r.dir } });
    expect(next.code, next.all).toBe(0);
    expect(next.outputs).toMatchObject({ version: '0.4.0', files: '["Cargo.lock","Cargo.toml"]' });
  });
});
