import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);

// src/platform/node-version.ts
var MIN_NODE_MAJOR = 20;
function nodeVersionProblem(version) {
  const major = Number(/^v?(\d+)/.exec(version)?.[1] ?? 0);
  if (major >= MIN_NODE_MAJOR) return void 0;
  return `relforge needs Node.js ${MIN_NODE_MAJOR} or newer, but this runner's node is ${version}. GitHub honours "runs.using: node24"; act, Gitea and Forgejo run the node found on PATH in the job's image: use an image with Node >= ${MIN_NODE_MAJOR} (e.g. act -P ubuntu-latest=catthehacker/ubuntu:act-latest, or a Gitea/Forgejo runner label whose image ships Node 20+), or add actions/setup-node before this step.`;
}

export {
  nodeVersionProblem
};
