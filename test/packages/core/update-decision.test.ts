import { describe, expect, it } from 'vitest';
import { decideUpdate, defaultAllowedChannels, exitCodeFor } from '../../../src/packages/core/update-decision.js';

describe('decideUpdate', () => {
  it('installs a newer stable version', () => {
    expect(decideUpdate({ candidate: '1.3.0', channel: 'stable', installed: '1.2.9' })).toMatchObject({ action: 'install' });
  });
  it('reports up to date for the same version (build metadata ignored, leading v accepted)', () => {
    expect(decideUpdate({ candidate: '1.3.0', channel: 'stable', installed: 'v1.3.0' }).action).toBe('up-to-date');
    expect(decideUpdate({ candidate: '1.3.0+build.7', channel: 'stable', installed: '1.3.0+build.6' }).action).toBe('up-to-date');
  });
  it('installs on a fresh machine', () => {
    expect(decideUpdate({ candidate: '1.0.0', channel: 'stable' }).action).toBe('install');
    expect(decideUpdate({ candidate: '1.0.0', channel: 'stable', installed: 'none' }).action).toBe('install');
  });
  it('refuses downgrades and rollbacks unless explicitly allowed', () => {
    const d = decideUpdate({ candidate: '1.2.0', channel: 'stable', installed: '1.3.0' });
    expect(d).toMatchObject({ action: 'refuse', reason: 'downgrade' });
    expect(d.message).toMatch(/older than the installed 1\.3\.0/);
    expect(decideUpdate({ candidate: '1.2.0', channel: 'stable', installed: '1.3.0', allowDowngrade: true }).action).toBe('install');
  });
  it.each([
    // [candidate, installed, expected action] — SemVer 2.0.0 §11 precedence, written out independently
    ['1.0.0-beta.10', '1.0.0-beta.9', 'install'],
    ['1.0.0-beta.9', '1.0.0-beta.10', 'refuse'],
    ['1.0.0-rc.1', '1.0.0-beta.11', 'install'],
    ['1.0.0', '1.0.0-rc.1', 'install'],
    ['1.0.0-rc.1', '1.0.0', 'refuse'],
    ['1.0.0-beta', '1.0.0-alpha.1', 'install'],
    ['1.0.0-alpha.beta', '1.0.0-alpha.1', 'install'],
    ['1.0.0-alpha.1', '1.0.0-alpha', 'install'],
    ['1.0.0-beta.2', '1.0.0-beta.11', 'refuse'],
    ['1.10.0', '1.9.0', 'install'],
  ])('prerelease ordering: %s over installed %s → %s', (candidate, installed, action) => {
    const channels = ['stable', 'beta', 'rc', 'alpha'];
    expect(decideUpdate({ candidate, channel: 'stable', installed, allowedChannels: channels }).action).toBe(action);
  });
  it('refuses channels that are not allowed; defaults follow the installed version', () => {
    expect(defaultAllowedChannels('1.2.0')).toEqual(['stable']);
    expect(defaultAllowedChannels('1.3.0-beta.2')).toEqual(['stable', 'beta']);
    expect(defaultAllowedChannels(undefined)).toEqual(['stable']);
    const d = decideUpdate({ candidate: '1.3.0-beta.1', channel: 'beta', installed: '1.2.0' });
    expect(d).toMatchObject({ action: 'refuse', reason: 'channel-not-allowed' });
    expect(decideUpdate({ candidate: '1.3.0-beta.1', channel: 'beta', installed: '1.2.0', allowedChannels: ['beta', 'stable'] }).action).toBe('install');
    expect(decideUpdate({ candidate: '1.3.0-beta.3', channel: 'beta', installed: '1.3.0-beta.2' }).action).toBe('install');
  });
  it('refuses unparseable versions', () => {
    expect(decideUpdate({ candidate: '1.2', channel: 'stable', installed: '1.0.0' })).toMatchObject({ action: 'refuse', reason: 'invalid-version' });
    expect(decideUpdate({ candidate: '1.2.0', channel: 'stable', installed: 'latest' })).toMatchObject({ action: 'refuse', reason: 'invalid-version' });
  });
  it('maps actions to the documented exit codes', () => {
    expect([exitCodeFor('install'), exitCodeFor('up-to-date'), exitCodeFor('refuse')]).toEqual([0, 10, 20]);
  });
});
