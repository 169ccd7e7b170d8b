/**
 * Prerelease channels (issue 19): a channel one edit away from "stable" is a typo, refused with "did you mean";
 * declared channels (`channels`) refuse any other. Expectations written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { useRepos } from '../helpers/repo.js';
import { channelProblem, channelsProblem, editDistance } from '../../src/versioning/core/prerelease-tags.js';
import { planRelease } from '../../src/versioning/plan.js';
import { cutPrerelease } from '../../src/versioning/prerelease.js';

const repo = useRepos();

describe('channel typos of stable', () => {
  it.each(['stabel', 'stable1', 'sable', 'stabe', 'Stabel', 'stabl', 'xstable', 'ztable'])('%s is refused with did you mean "stable"', (c) => {
    expect(channelProblem(c)).toMatch(/did you mean "stable"\?/);
  });
  it.each(['beta', 'rc', 'alpha', 'nightly', 'staging', 'stab', 'canary', 'stablex2'])('%s is a channel', (c) => {
    expect(channelProblem(c)).toBeUndefined();
  });
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('stabel', 'stable')).toBe(1);
    expect(editDistance('stab', 'stable')).toBe(2);
    expect(editDistance('', 'ab')).toBe(2);
  });
  it('relforge plan --channel stabel is refused (it planned v0.3.0-stabel.1) and prerelease too', async () => {
    const r = repo();
    r.history(['feat: one', 'v0.2.0'], 'feat: two');
    await expect(planRelease({ cwd: r.dir, channel: 'stabel' })).rejects.toThrow(/channel.*did you mean "stable"\?/);
    await expect(cutPrerelease({ cwd: r.dir, channel: 'stabel', push: false, dryRun: true })).rejects.toThrow(/did you mean "stable"\?/);
  });
});

describe('declared channels', () => {
  it('refuses a channel outside the list, naming the list (and the near one)', () => {
    expect(channelProblem('nightly', ['alpha', 'beta', 'rc'])).toMatch(/not one of the declared channels \(alpha, beta, rc\)/);
    expect(channelProblem('bta', ['alpha', 'beta', 'rc'])).toMatch(/did you mean "beta"\?/);
    expect(channelProblem('rc', ['alpha', 'beta', 'rc'])).toBeUndefined();
  });
  it('a declared list holding stable or its typo is itself refused', () => {
    expect(channelsProblem(['beta', 'stable'])).toMatch(/"stable"/);
    expect(channelsProblem(['beta', 'stabel'])).toMatch(/did you mean/);
    expect(channelsProblem(['beta', 'rc'])).toBeUndefined();
  });
  it('plan and prerelease honour the list', async () => {
    const r = repo();
    r.history(['feat: one', 'v0.2.0'], 'feat: two');
    await expect(planRelease({ cwd: r.dir, channel: 'nightly', channels: ['beta', 'rc'] })).rejects.toThrow(/channel.*declared channels \(beta, rc\)/);
    await expect(cutPrerelease({ cwd: r.dir, channel: 'nightly', channels: ['beta', 'rc'], push: false, dryRun: true })).rejects.toThrow(/declared channels \(beta, rc\)/);
    await expect(cutPrerelease({ cwd: r.dir, channel: 'beta', channels: ['beta', 'stable'], push: false, dryRun: true })).rejects.toThrow(/channels/);
    const ok = await planRelease({ cwd: r.dir, channel: 'rc', channels: ['beta', 'rc'] });
    expect(ok.releasable && ok.tag).toBe('v0.3.0-rc.1');
  });
});
