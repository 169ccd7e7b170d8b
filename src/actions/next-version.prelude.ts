/**
 * The next-version entry's prelude: dist/next-version/index.js runs it before it loads the action's code
 * (scripts/build.mjs), and it starts the early walk (versioning/core/early-walk.ts) for the settings the inputs
 * most likely give, so that git walks while Node compiles relforge. A guess only: the git adapter adopts the
 * process only for exactly the arguments the action then asks for (git/process.ts), so anything this gets wrong
 * costs a killed process, never a wrong answer. It covers the usual case (unified versioning, no components, no
 * path filter, no skipped tag); the rest starts its walk later, as before.
 */
import { resolve } from 'node:path';
import { streamLogArgs } from '../git/core/log.js';
import { prefetchGit } from '../git/process.js';
import { earlyWalk } from '../versioning/core/early-walk.js';
import { prefixOption } from '../versioning/core/version.js';
import { rawInput } from './workflow-commands.js';

const input = (name: string) => rawInput(name).trim();
if (!input('components') && !input('include-paths') && ['', 'unified'].includes(input('versioning'))) {
  const { range, opts } = earlyWalk(prefixOption(input('tag-prefix') || undefined), undefined, false);
  prefetchGit(resolve(input('path') || '.'), streamLogArgs(range, opts));
}
