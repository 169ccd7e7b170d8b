/** Which Node relforge runs on (no forge knowledge: `relforge --help` loads only this). */

/** The minimum Node major relforge bundles run on (act, Gitea and Forgejo run whatever `node` the host has). */
export const MIN_NODE_MAJOR = 20;

/** Returns an error message when the running Node is too old, else undefined. */
export function nodeVersionProblem(version: string): string | undefined {
  const major = Number(/^v?(\d+)/.exec(version)?.[1] ?? 0);
  if (major >= MIN_NODE_MAJOR) return undefined;
  return (
    `relforge needs Node.js ${MIN_NODE_MAJOR} or newer, but this runner's node is ${version}. ` +
    `GitHub honours "runs.using: node24"; act, Gitea and Forgejo run the node found on PATH in the job's image: ` +
    `use an image with Node >= ${MIN_NODE_MAJOR} (e.g. act -P ubuntu-latest=catthehacker/ubuntu:act-latest, ` +
    `or a Gitea/Forgejo runner label whose image ships Node 20+), or add actions/setup-node before this step.`
  );
}
