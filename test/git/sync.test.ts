/**
 * gitSync: the git adapter's synchronous runner, used by `relforge act` to prepare its clones (src/act/,
 * src/cli/act.ts), so that every git process relforge starts goes through src/git/.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { gitSync } from '../../src/git/repository.js';
import { clearSecrets, registerSecret } from '../../src/platform/secrets.js';
import { useRepos } from '../helpers/repo.js';

const repo = useRepos();
afterEach(() => clearSecrets());

describe('gitSync', () => {
  it('gives trimmed stdout, the same as the git CLI prints', () => {
    const r = repo();
    const sha = r.commit('feat: a', { 'a.txt': 'a' });
    expect(gitSync(r.dir, ['rev-parse', 'HEAD'])).toBe(sha);
    expect(gitSync(r.dir, ['rev-parse', '--abbrev-ref', 'HEAD'])).toBe('main');
  });

  it('allowFailure gives undefined on a non-zero exit; without it the error names the command, exit and stderr', () => {
    const r = repo();
    expect(gitSync(r.dir, ['remote', 'get-url', 'nowhere'], { allowFailure: true })).toBeUndefined();
    expect(() => gitSync(r.dir, ['remote', 'get-url', 'nowhere'])).toThrow(/^git remote get-url nowhere failed \(exit 2\): error: No such remote 'nowhere'$/);
  });

  it('keeps registered secrets out of the error', () => {
    const r = repo();
    registerSecret('hunter2-secret-value');
    let message = '';
    try {
      gitSync(r.dir, ['rev-parse', '--verify', 'hunter2-secret-value']);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/^git rev-parse --verify \S+ failed \(exit 128\)/);
    expect(message).not.toContain('hunter2-secret-value');
  });
});
