/**
 * What the versioning commands say: a bare repository is called bare; the text output words the tag action as the
 * JSON does; a base far back is warned about (never a failure); a commit touching two independent components
 * counts once in "By type"; plan says "nothing to release" and its reason once. Real git; expectations by hand.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { gitEnv, useRepos, type TestRepo } from '../helpers/repo.js';
import { computeNextVersion, renderNextVersionSummary } from '../../src/versioning/next-version.js';
import { generateChangelog } from '../../src/versioning/changelog.js';
import { cutPrerelease } from '../../src/versioning/prerelease.js';
import { planRelease, renderPlan } from '../../src/versioning/plan.js';
import { runCommand } from '../../src/cli/args.js';
import nextCommand from '../../src/cli/next-version.js';
import prereleaseCommand from '../../src/cli/prerelease.js';

const repo = useRepos();

/** Runs a CLI command, capturing console.log lines. */
async function cli(cmd: Parameters<typeof runCommand>[0], argv: string[]): Promise<{ code: number | Error; out: string }> {
  const out: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  try {
    const code = await runCommand(cmd, argv).catch((e: Error) => e);
    return { code, out: out.join('\n') };
  } finally {
    spy.mockRestore();
  }
}

/** `count` empty commits on top of HEAD in one git fast-import (a long history in well under a second). */
function manyCommits(r: TestRepo, count: number): void {
  const head = r.head();
  const chunks: string[] = [];
  for (let i = 1; i <= count; i++) {
    const msg = `chore: step ${i}\n`;
    chunks.push(`commit refs/heads/main\nmark :${i}\ncommitter C <c@example.test> ${1_800_000_000 + i} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}${i === 1 ? `from ${head}\n` : ''}\n`);
  }
  execFileSync('git', ['fast-import', '--quiet', '--force'], { cwd: r.dir, input: chunks.join(''), env: { ...process.env, ...gitEnv() } });
  r.git('reset', '-q', '--hard', 'main');
}

describe('a bare repository is reported as bare', () => {
  it('next-version, changelog, plan and prerelease name it bare and say to run in a clone (CLI: --path)', async () => {
    const r = repo();
    r.history(['feat: a', 'v1.0.0'], 'fix: b');
    r.git('push', '-q', 'origin', 'main', '--tags');
    const bare = r.remote;
    for (const run of [
      () => computeNextVersion({ cwd: bare }),
      () => generateChangelog({ cwd: bare, version: '1.0.1' }),
      () => planRelease({ cwd: bare, channel: 'stable' }),
      () => cutPrerelease({ cwd: bare, push: false }),
    ]) {
      const err = (await run().catch((e: Error) => e)) as Error;
      expect(err.message).toMatch(/is a bare git repository \(no work tree\)\. relforge reads a checkout: clone it/);
      expect(err.message).not.toMatch(/not a git repository/);
    }
    const { code } = await cli(nextCommand, ['--path', bare]);
    expect(String((code as Error).message)).toMatch(/bare git repository .* or set --path to a work tree/);
  });
});

describe('text and JSON agree', () => {
  it('a dry-run prerelease on a commit that already carries its tag: JSON says reuse, the text says "would reuse"', async () => {
    const r = repo();
    r.history(['feat: a', 'v1.0.0'], 'feat: b');
    await cutPrerelease({ cwd: r.dir, push: false });
    const json = await cli(prereleaseCommand, ['--path', r.dir, '--dry-run', '--json']);
    expect(JSON.parse(json.out)).toMatchObject({ action: 'reuse', reused: true, dryRun: true, tag: 'v1.1.0-beta.1' });
    const text = await cli(prereleaseCommand, ['--path', r.dir, '--dry-run']);
    expect(text.out).toMatch(/^would reuse [0-9a-f]{12} as v1\.1\.0-beta\.1$/m);
    expect(text.out).not.toMatch(/would tag/);
    // a new tag on a dry run is still "would tag"
    r.commit('fix: c');
    expect((await cli(prereleaseCommand, ['--path', r.dir, '--dry-run'])).out).toMatch(/^would tag [0-9a-f]{12} as v1\.1\.0-beta\.2$/m);
  });
});

describe('a base far back is warned about, never refused', () => {
  it('9 majors below the highest version tag of the repository', async () => {
    const r = repo();
    r.history(['feat: a', 'v2.0.0']);
    r.onBranch('next', () => r.history(['feat!: far ahead', 'v11.0.0']));
    r.commit('fix: b');
    const res = await computeNextVersion({ cwd: r.dir });
    expect(res).toMatchObject({ previousTag: 'v2.0.0', version: '2.0.1' });
    expect(res.warnings).toContainEqual(expect.stringMatching(/^The base v2\.0\.0 is 9 majors below v11\.0\.0, the highest version tag of the repository: is it the one meant\?/));
    expect(renderNextVersionSummary(res)).toMatch(/⚠️ The base v2\.0\.0 is 9 majors below v11\.0\.0/);
    // 8 majors: no warning
    const near = repo();
    near.history(['feat: a', 'v3.0.0']);
    near.onBranch('next', () => near.history(['feat!: ahead', 'v11.0.0']));
    near.commit('fix: b');
    expect((await computeNextVersion({ cwd: near.dir })).warnings).toEqual([]);
  });

  it('10,000 commits back (9,999: no warning)', async () => {
    const r = repo();
    r.history(['feat: a', 'v1.0.0']);
    manyCommits(r, 9_999);
    expect((await computeNextVersion({ cwd: r.dir })).warnings).toEqual([]);
    r.commit('fix: one more');
    const res = await computeNextVersion({ cwd: r.dir });
    expect(res).toMatchObject({ previousTag: 'v1.0.0', version: '1.0.1', commits: 10_000 });
    expect(res.warnings).toEqual([expect.stringMatching(/^The base v1\.0\.0 is 10000 commits back: is it the one meant\?/)]);
  });
});

describe('independent components: one commit counts once in "By type"', () => {
  it('a fix touching two components is one fix in the repository-wide figures', async () => {
    const r = repo();
    r.commit('chore: init', { 'packages/a/x': '0', 'packages/b/x': '0' });
    r.tag('a-v1.0.0');
    r.tag('b-v1.0.0');
    r.commit('fix: shared', { 'packages/a/x': '1', 'packages/b/x': '1' });
    r.commit('feat!: only a', { 'packages/a/y': '1' });
    const components = 'a:\n  paths: [packages/a]\nb:\n  paths: [packages/b]\n';
    const res = await computeNextVersion({ cwd: r.dir, components, versioning: 'independent' });
    expect(res.components.map((c) => [c.name, c.version, c.commits])).toEqual([
      ['a', '2.0.0', 2],
      ['b', '1.0.1', 1],
    ]);
    expect(res).toMatchObject({ commits: 2, countsByType: { fix: 1, feat: 1 }, breakingCount: 1 });
    expect(renderNextVersionSummary(res)).toMatch(/^- By type: (fix 1, feat 1|feat 1, fix 1) \(breaking: 1\)$/m);
  });
});

describe('plan: nothing to release', () => {
  it('says the reason once', async () => {
    const r = repo();
    r.history(['feat: a', 'v1.0.0'], 'chore(deps): bump');
    const plan = await planRelease({ cwd: r.dir, channel: 'stable' });
    if (plan.releasable) throw new Error('expected nothing to release');
    const text = renderPlan(plan);
    const reason = plan.next.reason;
    expect(reason).toMatch(/no commit since v1\.0\.0 releases/);
    expect(text.split(reason).length - 1).toBe(1);
    expect(text).toMatch(/^nothing to release: No releasable commits since v1\.0\.0/m);
  });
});
