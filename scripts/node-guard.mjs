// Used by scripts/build.mjs: a Node version check that runs before any bundled module is evaluated. act, Gitea
// and Forgejo run whatever `node` the job image has (act's default "micro" image ships Node 16), and on Node 16 the bundled dependencies already crash while loading (e.g. "ReferenceError:
// ReadableStream is not defined") — before runAction's own check could print the clear message.
// The message must stay equal to nodeVersionProblem() in src/platform/runtime.ts (test/platform/portability.test.ts checks it).
export const MIN_NODE_MAJOR = 20;

/** Same text as src/platform/runtime.ts nodeVersionProblem(version) for a too-old version. */
export function guardMessage(version) {
  return (
    `relforge needs Node.js ${MIN_NODE_MAJOR} or newer, but this runner's node is ${version}. ` +
    `GitHub honours "runs.using: node24"; act, Gitea and Forgejo run the node found on PATH in the job's image: ` +
    `use an image with Node >= ${MIN_NODE_MAJOR} (e.g. act -P ubuntu-latest=catthehacker/ubuntu:act-latest, ` +
    `or a Gitea/Forgejo runner label whose image ships Node 20+), or add actions/setup-node before this step.`
  );
}

/** The guard statement for an action bundle (prints a workflow error command) or the CLI (plain stderr). */
export function guardSource(kind) {
  const msg = `(${guardMessage.toString()})(process.version)`;
  const print = kind === 'cli' ? `process.stderr.write(${msg} + '\\n')` : `process.stdout.write('::error::' + ${msg} + '\\n')`;
  return (
    `/* relforge: Node version guard (scripts/node-guard.mjs) */ ` +
    `if (Number(process.versions.node.split('.')[0]) < ${MIN_NODE_MAJOR}) { const MIN_NODE_MAJOR = ${MIN_NODE_MAJOR}; ${print}; process.exit(1); }\n`
  );
}

/**
 * dist/<name>/index.js: the guard, then the entry's code (./main.js) through a dynamic import. The entry's static
 * imports of shared chunks would be evaluated before any statement of the file that holds them, so the guard lives
 * in a file of its own that imports nothing statically: an old Node prints the message and never loads a chunk.
 * With `prelude`, ./prelude.js is loaded first (src/actions/<name>.prelude.ts).
 */
export function entrySource(kind, prelude = false) {
  // A prelude only starts work early (a prefetch): should it ever fail, the action runs without it.
  const pre = prelude ? `try { await import('./prelude.js'); } catch {}\n` : '';
  return `// relforge bundle entry (scripts/build.mjs); the code is in ./main.js and ../chunks/\n${guardSource(kind)}${pre}await import('./main.js');\n`;
}
