import { afterEach, describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useRepos, type TestRepo } from '../helpers/repo.js';
import { planRelease } from '../../src/versioning/plan.js';
import planCommand from '../../src/cli/plan.js';
import { runCommand } from '../../src/cli/args.js';

const repo = useRepos();
afterEach(() => {
  vi.restoreAllMocks();
});

function project(): TestRepo {
  const r = repo();
  r.commit('feat: first', { 'package.json': '{\n  "name": "app",\n  "version": "0.3.0"\n}\n' });
  r.tag('v0.3.0', { annotated: true });
  r.commit('feat(api): widgets');
  r.tag('v0.4.0-beta.1', { annotated: true });
  r.commit('fix: crash');
  r.git('push', '-q', 'origin', 'main', '--tags');
  return r;
}

/** Everything that could change: refs (local and remote), the work tree, the index. */
function snapshot(r: TestRepo): string {
  const remoteRefs = execFileSync('git', ['for-each-ref'], { cwd: r.remote, encoding: 'utf8' });
  return [r.git('for-each-ref'), r.git('status', '--porcelain', '--untracked-files=all'), remoteRefs, readFileSync(join(r.dir, 'package.json'), 'utf8')].join('\n--\n');
}

describe('planRelease / relforge plan', () => {
  it('stable: version, tag, steps and a changelog preview; nothing written', async () => {
    const r = project();
    const before = snapshot(r);
    const plan = await planRelease({ cwd: r.dir, channel: 'stable', versionFile: 'package.json' });
    expect(plan).toMatchObject({ channel: 'stable', releasable: true, version: '0.4.0', tag: 'v0.4.0', prerelease: false });
    if (!plan.releasable || plan.prerelease) throw new Error('unreachable');
    expect(plan.steps[0]).toBe('write 0.4.0 into package.json');
    expect(plan.changelog.section).toMatch(/^## \[0\.4\.0\]/);
    expect(plan.changelog.notes).toContain('widgets');
    expect(plan.changelog.notes).toContain('crash');
    expect(snapshot(r)).toBe(before);
  });

  it('beta: the tag a dispatch would create (after existing betas), nothing written or pushed', async () => {
    const r = project();
    const before = snapshot(r);
    const plan = await planRelease({ cwd: r.dir, channel: 'beta' });
    expect(plan).toMatchObject({ channel: 'beta', version: '0.4.0-beta.2', tag: 'v0.4.0-beta.2', prerelease: true });
    expect(snapshot(r)).toBe(before);
  });

  it('stable with nothing releasable says the run would skip', async () => {
    const r = repo();
    r.commit('feat: x');
    r.tag('v1.0.0', { annotated: true });
    r.commit('docs: typo');
    const plan = await planRelease({ cwd: r.dir, channel: 'stable' });
    expect(plan).toMatchObject({ releasable: false });
    if (plan.releasable) throw new Error('unreachable');
    expect(plan.reason).toMatch(/No releasable commits since v1\.0\.0/);
  });

  it('the CLI prints version, tag and the changelog preview; rejects a bad channel', async () => {
    const r = project();
    const out: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    expect(await runCommand(planCommand, ['--channel', 'stable', '--path', r.dir])).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/^version:\s+0\.4\.0$/m);
    expect(text).toMatch(/^tag:\s+v0\.4\.0$/m);
    expect(text).toMatch(/changelog preview:\n\n## \[0\.4\.0\][\s\S]*- \*\*api:\*\* widgets/);
    out.length = 0;
    expect(await runCommand(planCommand, ['--channel', 'beta', '--path', r.dir, '--json'])).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ tag: 'v0.4.0-beta.2', prerelease: true });
    await expect(runCommand(planCommand, ['--channel', 'be ta', '--path', r.dir])).rejects.toThrow(/--channel must be a prerelease identifier of letters, digits and "-" \(e\.g\. beta, rc, nightly\), got "be ta"\. Use "stable"/);
  });
});
