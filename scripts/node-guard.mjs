// Post-build hook (scripts/build.mjs): puts a Node version check at the very top of a bundle, before any bundled
// module is evaluated. act, Gitea and Forgejo run whatever `node` the job image has (act's default "micro" image
// ships Node 16), and on Node 16 the bundled dependencies already crash while loading (e.g. "ReferenceError:
// ReadableStream is not defined") — before runAction's own check could print the clear message.
// The message must stay equal to nodeVersionProblem() in src/platform/runtime.ts (test/platform/portability.test.ts checks it).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

/** Inserts the guard after the bundle's leading import declarations (which only load Node built-ins). */
export function addNodeGuard(outDir, name) {
  const file = join(outDir, 'index.js');
  const text = readFileSync(file, 'utf8');
  if (text.includes('relforge: Node version guard')) return;
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && /^import .* from "[^"]+";$/.test(lines[i])) i++;
  lines.splice(i, 0, guardSource(name === 'cli' ? 'cli' : 'action').trimEnd());
  writeFileSync(file, lines.join('\n'));
}
