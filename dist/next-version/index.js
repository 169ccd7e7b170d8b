// relforge bundle entry (scripts/build.mjs); the code is in ./main.js and ../chunks/
/* relforge: Node version guard (scripts/node-guard.mjs) */ if (Number(process.versions.node.split('.')[0]) < 20) { const MIN_NODE_MAJOR = 20; process.stdout.write('::error::' + (function guardMessage(version) {
  return (
    `relforge needs Node.js ${MIN_NODE_MAJOR} or newer, but this runner's node is ${version}. ` +
    `GitHub honours "runs.using: node24"; act, Gitea and Forgejo run the node found on PATH in the job's image: ` +
    `use an image with Node >= ${MIN_NODE_MAJOR} (e.g. act -P ubuntu-latest=catthehacker/ubuntu:act-latest, ` +
    `or a Gitea/Forgejo runner label whose image ships Node 20+), or add actions/setup-node before this step.`
  );
})(process.version) + '\n'); process.exit(1); }
try { await import('./prelude.js'); } catch {}
await import('./main.js');
