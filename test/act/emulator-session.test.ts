/**
 * `relforge act --emulator` prepares a bare clone of the user's repository as the run's origin, and a fresh work
 * clone at the branch (src/act/emulator-session.ts). Real git, temp repositories; the expected commits are read
 * from the test repository, not from relforge.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { prepareRepositories } from '../../src/act/emulator-session.js';
import { gitEnv, useRepos } from '../helpers/repo.js';

const repo = useRepos();
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...gitEnv() } }).trim();

describe('prepareRepositories', () => {
  it('first run: a bare clone as origin and a work clone at the branch; later runs fast-forward the origin', () => {
    const r = repo();
    const first = r.commit('feat: a', { 'a.txt': 'a' });
    r.tag('v0.1.0');
    const state = join(r.dir, '.relforge', 'act');
    const one = prepareRepositories(r.dir, state, 'main');
    expect(one.remote).toBe(join(state, 'remote.git'));
    expect(git(one.remote, 'rev-parse', 'refs/heads/main')).toBe(first);
    expect(git(one.workDir, 'rev-parse', 'HEAD')).toBe(first);
    expect(git(one.workDir, 'tag', '--list')).toBe('v0.1.0');
    expect(one.notes.join('\n')).toMatch(/a bare clone of your repository/);

    const second = r.commit('fix: b', { 'b.txt': 'b' });
    r.tag('v0.1.1');
    const two = prepareRepositories(r.dir, state, 'main');
    expect(git(two.remote, 'rev-parse', 'refs/heads/main')).toBe(second);
    expect(git(two.workDir, 'rev-parse', 'HEAD')).toBe(second);
    expect(git(two.remote, 'tag', '--list').split('\n')).toEqual(['v0.1.0', 'v0.1.1']);
    expect(two.notes).toEqual([]);
  });

  it('keeps the origin as it is when it has commits the repository lacks (a release commit of an earlier run)', () => {
    const r = repo();
    r.commit('feat: a', { 'a.txt': 'a' });
    const state = join(r.dir, '.relforge', 'act');
    const { workDir, remote } = prepareRepositories(r.dir, state, 'main');
    git(workDir, 'commit', '-q', '--allow-empty', '-m', 'chore(release): 0.2.0');
    git(workDir, 'push', '-q', 'origin', 'main');
    const released = git(remote, 'rev-parse', 'refs/heads/main');
    r.commit('feat: c', { 'c.txt': 'c' });
    const again = prepareRepositories(r.dir, state, 'main');
    expect(git(remote, 'rev-parse', 'refs/heads/main')).toBe(released);
    expect(git(again.workDir, 'rev-parse', 'HEAD')).toBe(released);
    expect(again.notes.join('\n')).toMatch(/"main" has commits yours lacks/);
  });

  it('a branch the repository does not have: the git adapter\'s error, naming the command', () => {
    const r = repo();
    r.commit('feat: a', { 'a.txt': 'a' });
    expect(() => prepareRepositories(r.dir, join(r.dir, '.relforge', 'act'), 'no-such-branch')).toThrow(/^git clone --quiet --no-local --branch no-such-branch .* failed \(exit 128\): .*no-such-branch/s);
  });
});
