/**
 * `relforge act --emulator` prepares a bare clone of the user's repository as the run's origin, and a fresh work
 * clone at the branch (src/act/emulator-session.ts). Real git, temp repositories; the expected commits are read
 * from the test repository, not from relforge.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
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

  it('a repeated rehearsal continues from the origin: the release commit of an earlier run is the base, your new commits are replayed on it', () => {
    const r = repo();
    r.commit('feat: a', { 'a.txt': 'a' });
    const state = join(r.dir, '.relforge', 'act');
    const { workDir, remote } = prepareRepositories(r.dir, state, 'main');
    // a stable run: its release commit (the version file rewritten) pushed to the emulator origin
    writeFileSync(join(workDir, 'VERSION'), '0.2.0\n');
    git(workDir, 'add', 'VERSION');
    git(workDir, 'commit', '-q', '-m', 'chore(release): 0.2.0');
    git(workDir, 'push', '-q', 'origin', 'main');
    const released = git(remote, 'rev-parse', 'refs/heads/main');
    const yoursBefore = git(r.dir, 'rev-parse', 'HEAD');
    // no new commit: the next run starts at the release commit
    const same = prepareRepositories(r.dir, state, 'main');
    expect(git(same.workDir, 'rev-parse', 'HEAD')).toBe(released);
    expect(same.notes.join('\n')).toMatch(/ahead of yours .*continues from it/);
    // a new commit of yours: replayed on the release commit, and the origin's branch moves to it (a fast-forward)
    r.commit('feat: c', { 'c.txt': 'c' });
    const again = prepareRepositories(r.dir, state, 'main');
    expect(git(again.workDir, 'rev-parse', 'HEAD^')).toBe(released);
    expect(git(again.workDir, 'log', '-1', '--format=%s')).toBe('feat: c');
    expect(readFileSync(join(again.workDir, 'VERSION'), 'utf8')).toBe('0.2.0\n');
    expect(readFileSync(join(again.workDir, 'c.txt'), 'utf8')).toBe('c');
    expect(git(remote, 'rev-parse', 'refs/heads/main')).toBe(git(again.workDir, 'rev-parse', 'HEAD'));
    expect(again.notes.join('\n')).toMatch(/your 1 new commit\(s\) were replayed on it/);
    // your repository is not changed
    expect(git(r.dir, 'rev-parse', 'HEAD^')).toBe(yoursBefore);
    expect(git(r.dir, 'status', '--porcelain', '--', '.', ':!.relforge')).toBe('');
  });

  it('a new commit that does not apply on the origin\'s release commit stops with the fix', () => {
    const r = repo();
    r.commit('feat: a', { 'VERSION': '0.1.0\n' });
    const state = join(r.dir, '.relforge', 'act');
    const { workDir } = prepareRepositories(r.dir, state, 'main');
    writeFileSync(join(workDir, 'VERSION'), '0.2.0\n');
    git(workDir, 'commit', '-q', '-am', 'chore(release): 0.2.0');
    git(workDir, 'push', '-q', 'origin', 'main');
    r.commit('fix: conflicting', { 'VERSION': '9.9.9\n' });
    expect(() => prepareRepositories(r.dir, state, 'main')).toThrow(/1 new commit\(s\) on "main" do not apply .*git pull .*remote\.git main.*rm -rf \.relforge\/act/);
  });

  it('a branch the repository does not have: the git adapter\'s error, naming the command', () => {
    const r = repo();
    r.commit('feat: a', { 'a.txt': 'a' });
    expect(() => prepareRepositories(r.dir, join(r.dir, '.relforge', 'act'), 'no-such-branch')).toThrow(/^git clone --quiet --no-local --branch no-such-branch .* failed \(exit 128\): .*no-such-branch/s);
  });
});
