import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);

// src/git/identity.ts
var BOT_IDENTITY = { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" };
async function resolveIdentity(git, id = {}) {
  const cfg = async (key) => {
    const r = await git.run(["config", "--get", key], { allowFailure: true });
    return r.code === 0 ? r.stdout.trim() : "";
  };
  return {
    name: id.name || await cfg("user.name") || BOT_IDENTITY.name,
    email: id.email || await cfg("user.email") || BOT_IDENTITY.email
  };
}
function identityEnv(id) {
  return { GIT_AUTHOR_NAME: id.name, GIT_AUTHOR_EMAIL: id.email, GIT_COMMITTER_NAME: id.name, GIT_COMMITTER_EMAIL: id.email };
}

export {
  resolveIdentity,
  identityEnv
};
