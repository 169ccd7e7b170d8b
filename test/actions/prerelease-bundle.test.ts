/**
 * The prerelease action's bundle (dist/prerelease) under the runner contract, on the host's Node and Node 24
 * (moved from test/versioning/prerelease.test.ts, which tests the same through the library: cutPrerelease).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { useRepos, gitEnv, type TestRepo } from '../helpers/repo.js';
import { bundleRuntimes } from '../helpers/runtimes.js';
import { runBundle } from '../helpers/bundle.js';

const repo = useRepos();

/** Tags on the bare remote: name → peeled commit. */
function remoteTags(r: TestRepo): Record<string, string> {
  const out = execFileSync('git', ['for-each-ref', '--format=%(refname:strip=2) %(*objectname)%(objectname)', 'refs/tags'], { cwd: r.remote, encoding: 'utf8' });
  const map: Record<string, string> = {};
  for (const line of out.trim().split('\n').filter(Boolean)) {
    const [name, ids] = line.split(' ');
    map[name!] = ids!.slice(0, 40);
  }
  return map;
}

/** A released v0.3.0 pushed to the bare remote, then a feat (next = 0.4.0). */
function released(): TestRepo {
  const r = repo();
  r.commit('feat: first');
  r.tag('v0.3.0', { annotated: true });
  r.commit('feat: widgets');
  r.git('push', '-q', 'origin', 'main', '--tags');
  return r;
}

describe.each(bundleRuntimes())('prerelease bundle on $label ($version)', (rt) => {
  it('tags, pushes and sets outputs under the runner contract', async () => {
    const r = released();
    const run = await runBundle('prerelease', { runtime: rt, cwd: r.dir, inputs: { channel: 'beta' }, env: { GITHUB_WORKSPACE: r.dir, ...gitEnv() } });
    expect(run.code, run.all).toBe(0);
    expect(run.outputs).toMatchObject({ version: '0.4.0-beta.1', tag: 'v0.4.0-beta.1', number: '1', prerelease: 'true', reused: 'false' });
    expect(remoteTags(r)['v0.4.0-beta.1']).toBe(r.head());
    expect(run.summary).toContain('v0.4.0-beta.1');
    const rerun = await runBundle('prerelease', { runtime: rt, cwd: r.dir, inputs: {}, env: { GITHUB_WORKSPACE: r.dir, GITHUB_RUN_NUMBER: '42' } });
    expect(rerun.outputs).toMatchObject({ tag: 'v0.4.0-beta.1', reused: 'true' });
  });

  it('fails on an invalid channel and masks the token', async () => {
    const r = released();
    const token = 'ghp_bundle_secret_value_987';
    const run = await runBundle('prerelease', { runtime: rt, cwd: r.dir, inputs: { channel: 'beta!', token }, env: { GITHUB_WORKSPACE: r.dir } });
    expect(run.code).toBe(1);
    expect(run.all).toContain('Input "channel"');
    // the ::add-mask:: command is how the runner learns the secret; nothing else may show it
    const visible = run.all.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    expect(run.all).toContain(`::add-mask::${token}`);
    expect(visible).not.toContain(token);
    expect(Object.keys(remoteTags(r))).toEqual(['v0.3.0']);
  });
});
