/**
 * The release-commit action's bundle (dist/release-commit) under the runner contract, on the host's Node and Node 24
 * (moved from test/versioning/release-commit.test.ts, which tests the same through the library: releaseCommit).
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useRepos, type TestRepo } from '../helpers/repo.js';
import { bundleRuntimes } from '../helpers/runtimes.js';
import { runBundle } from '../helpers/bundle.js';

const repo = useRepos();

/** v0.3.0 released and pushed, a feat on top (pushed), package.json at 0.3.0. */
function project(): TestRepo {
  const r = repo();
  r.commit('feat: first', { 'package.json': '{\n  "name": "app",\n  "version": "0.3.0"\n}\n' });
  r.tag('v0.3.0', { annotated: true });
  r.commit('feat: widgets');
  r.commit('fix: crash');
  r.git('push', '-q', 'origin', 'main', '--tags');
  return r;
}
const bumpManifest = (r: TestRepo, v: string) => writeFileSync(join(r.dir, 'package.json'), `{\n  "name": "app",\n  "version": "${v}"\n}\n`);

describe.each(bundleRuntimes())('release-commit bundle on $label ($version)', (rt) => {
  it('commits, tags and pushes under the runner contract', async () => {
    const r = project();
    bumpManifest(r, '0.4.0');
    const run = await runBundle('release-commit', {
      runtime: rt,
      cwd: r.dir,
      inputs: { version: '0.4.0', files: 'package.json\n' },
      env: { GITHUB_WORKSPACE: r.dir },
    });
    expect(run.code, run.all).toBe(0);
    expect(run.outputs.tag).toBe('v0.4.0');
    expect(run.outputs.commit).toBe(r.remoteCommit('refs/heads/main'));
    expect(r.remoteCommit('refs/tags/v0.4.0')).toBe(run.outputs.commit);
    expect(run.summary).toContain('v0.4.0');
  });

  it('fails on a detached HEAD with a clear message', async () => {
    const r = project();
    r.git('checkout', '-q', '--detach');
    bumpManifest(r, '0.4.0');
    const run = await runBundle('release-commit', { runtime: rt, cwd: r.dir, inputs: { version: '0.4.0', files: 'package.json' }, env: { GITHUB_WORKSPACE: r.dir } });
    expect(run.code).toBe(1);
    expect(run.all).toContain('HEAD is detached');
  });
});
