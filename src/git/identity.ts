/** Who commits and tags (prerelease, release-commit): the identity and the environment that gives it to git. */
import type { Git } from './repository.js';

export interface Identity {
  name: string;
  email: string;
}

export const BOT_IDENTITY: Identity = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

/** Resolves the committer identity: explicit, else git config, else the Actions bot. */
export async function resolveIdentity(git: Git, id: Partial<{ name: string | undefined; email: string | undefined }> = {}): Promise<Identity> {
  const cfg = async (key: string) => {
    const r = await git.run(['config', '--get', key], { allowFailure: true });
    return r.code === 0 ? r.stdout.trim() : '';
  };
  return {
    name: id.name || (await cfg('user.name')) || BOT_IDENTITY.name,
    email: id.email || (await cfg('user.email')) || BOT_IDENTITY.email,
  };
}

export function identityEnv(id: Identity): Record<string, string> {
  return { GIT_AUTHOR_NAME: id.name, GIT_AUTHOR_EMAIL: id.email, GIT_COMMITTER_NAME: id.name, GIT_COMMITTER_EMAIL: id.email };
}
