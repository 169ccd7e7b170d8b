/**
 * Code blocks of README.md and docs/: YAML snippets (linted as workflows by actionlint) and the README's
 * quick-start commands (run as written by test/firsthour/readme.test.ts). Plain text parsing, no relforge code.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

export interface Block {
  file: string;
  line: number;
  lang: string;
  text: string;
  /** The HTML comment right before the block, if any (e.g. `<!-- not-a-workflow: … -->`). */
  note?: string;
}

export { markdownFiles } from '../../scripts/options-docs.js';

export function codeBlocks(file: string, root: string): Block[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```([A-Za-z0-9_-]*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]!); j++) body.push(lines[j]!.slice(indent));
    let k = i - 1;
    while (k >= 0 && lines[k]!.trim() === '') k--;
    const note = k >= 0 && /^<!--.*-->$/.test(lines[k]!.trim()) ? lines[k]!.trim() : undefined;
    out.push({ file: relative(root, file), line: i + 1, lang: open[2]!.toLowerCase(), text: body.join('\n') + '\n', note });
    i = j;
  }
  return out;
}

/** A YAML snippet as a whole workflow file (fragments wrapped), or undefined when it is not one (marked in the docs). */
export function asWorkflow(text: string): string | undefined {
  if (/^on:/m.test(text) && /^jobs:/m.test(text)) return text;
  if (/^jobs:/m.test(text)) {
    // jobs the snippet needs but does not show (`needs: plan`, "the job that computed the version") get a stub
    const defined = new Set([...text.matchAll(/^  ([A-Za-z0-9_-]+):\s*$/gm)].map((m) => m[1]!));
    return `on: workflow_dispatch\n${text.replace(/^jobs:\n/m, `jobs:\n${stubJobs(neededOutputs(text, defined))}`)}`;
  }
  // Steps of a job: wrapped in a job that needs the jobs they read (`needs.plan.outputs.version` → a `plan`
  // job with that output), as the surrounding text says they run. Whole-workflow snippets get no such help.
  const needed = neededOutputs(text);
  const head = `on: workflow_dispatch\njobs:\n${stubJobs(needed)}  snippet:\n    runs-on: ubuntu-latest\n${needed.size ? `    needs: [${[...needed.keys()].join(', ')}]\n` : ''}`;
  if (/^steps:/m.test(text)) return `${head}${text.replace(/^/gm, '    ')}`;
  if (/^- /m.test(text.trimStart())) return `${head}    steps:\n${text.replace(/^/gm, '      ')}`;
  return undefined;
}

/** The outputs a snippet reads as `needs.<job>.outputs.<name>`, by job (jobs in `defined` left out). */
function neededOutputs(text: string, defined = new Set<string>()): Map<string, Set<string>> {
  const needed = new Map<string, Set<string>>();
  for (const [, job, out] of text.matchAll(/needs\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) if (!defined.has(job!)) needed.set(job!, (needed.get(job!) ?? new Set()).add(out!));
  return needed;
}

/** A stub job per needed job, setting the outputs read from it. */
function stubJobs(needed: Map<string, Set<string>>): string {
  return [...needed].map(([job, outs]) => `  ${job}:\n    runs-on: ubuntu-latest\n    outputs:\n${[...outs].map((o) => `      ${o}: x\n`).join('')}    steps:\n      - run: 'true'\n`).join('');
}

/** Whole workflows or jobs (not step fragments): these must declare the needs they read. */
export const isJobsSnippet = (text: string) => /^jobs:/m.test(text);

/** relforge's pinned references rewritten to this checkout, so actionlint checks inputs against action.yml. */
export function localised(text: string): string {
  return text
    .replace(/uses: (?:https:\/\/github\.com\/)?relforge\/relforge\/\.github\/workflows\/release\.yml@[\w.-]+/g, 'uses: ./.github/workflows/relforge.yml')
    .replace(/uses: (?:https:\/\/github\.com\/)?relforge\/relforge\/actions\/([a-z0-9-]+)@[\w.-]+/g, 'uses: ./actions/$1');
}
