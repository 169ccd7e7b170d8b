/**
 * `relforge init`: writes the release workflows for a forge into .github/workflows/.
 *   github:         release.yml — a workflow_dispatch that calls relforge/relforge/.github/workflows/release.yml@v1
 *   gitea, forgejo: relforge.yml — a copy of that reusable workflow (Gitea and Forgejo call reusable workflows
 *                   from your repository); Forgejo gets absolute https://github.com/relforge/relforge/… action
 *                   references (it resolves short names on data.forgejo.org) — and release.yml calling it.
 * Existing files are kept unless --force. Nothing is written through a symbolic link that leaves the repository
 * (the nearest directory above DIR holding `.git`) or points at nothing: such a file or DIR is refused.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { RelforgeError } from '../platform/errors.js';
import { initSchema } from '../act/options.js';
import { initOf, type InitForge } from '../platform/forges.js';
import { relforgePackage } from './package-root.js';
import { defineCommand } from './command.js';

/** The reusable workflow as Gitea (short action names) or Forgejo (absolute URLs) should hold it. */
export function reusableFor(text: string, forge: InitForge): string {
  const header = `# Copied by relforge init --forge ${forge} from relforge/relforge/.github/workflows/release.yml.\n`;
  const body = initOf(forge).absoluteActionRefs ? text.replace(/uses: relforge\/relforge\//g, 'uses: https://github.com/relforge/relforge/') : text;
  return header + body;
}

export default defineCommand({
  schema: initSchema,
  notes: 'Then edit build-matrix and build-command in release.yml, set the secrets (docs/secrets.md), commit, and try it: relforge act --emulator.',
  async run(v) {
    const root = relforgePackage().root;
    const files: Record<string, string> = {};
    if (initOf(v.forge).workflow === 'call') {
      files['release.yml'] = readFileSync(join(root, 'workflows', 'examples', 'release-dispatch.yml'), 'utf8');
    } else {
      files['relforge.yml'] = reusableFor(readFileSync(join(root, '.github', 'workflows', 'release.yml'), 'utf8'), v.forge);
      files['release.yml'] = readFileSync(join(root, 'workflows', 'examples', 'gitea-release-dispatch.yml'), 'utf8');
    }
    const repo = repositoryOf(resolve(v.dir));
    const problem = leavesRepository(repo, resolve(v.dir));
    if (problem) throw new RelforgeError(`${v.dir} ${problem}: relforge init writes nothing there. Use a directory inside the repository (--dir), or remove the link.`);
    mkdirSync(v.dir, { recursive: true });
    for (const name of Object.keys(files)) {
      const p = join(v.dir, name);
      const bad = leavesRepository(repo, p);
      if (bad) throw new RelforgeError(`${p} ${bad}: relforge init does not write through it. Remove the link (or replace it with a file), then run init again.`);
    }
    for (const [name, text] of Object.entries(files)) {
      const p = join(v.dir, name);
      if (existsSync(p) && !v.force) {
        console.log(`kept ${p} (exists; --force overwrites)`);
        continue;
      }
      writeFileSync(p, text);
      console.log(`wrote ${p}`);
    }
    return 0;
  },
});

/** The nearest directory at or above `dir` holding `.git` (the repository), else `dir` itself. */
function repositoryOf(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return dir;
  }
}

/**
 * Why writing at `p` would leave `repo`: the first existing path component (from `p` up) that is a symbolic link
 * pointing at nothing, or resolving outside the repository. Undefined when writing there stays inside.
 */
function leavesRepository(repo: string, p: string): string | undefined {
  let realRepo: string;
  try {
    realRepo = realpathSync(repo);
  } catch {
    return undefined; // the repository directory does not exist yet: nothing there can be a link
  }
  const inside = (real: string) => real === realRepo || real.startsWith(realRepo + sep);
  for (let d = p; d.length >= repo.length; d = dirname(d)) {
    let link = false;
    try {
      link = lstatSync(d).isSymbolicLink();
    } catch {
      /* absent: look at its parent */
    }
    if (link) {
      let real: string;
      try {
        real = realpathSync(d);
      } catch {
        return `is a symbolic link to ${readlinkSync(d)}, which does not exist`;
      }
      if (!inside(real)) return `is a symbolic link to ${real}, outside the repository ${repo}`;
    }
    if (dirname(d) === d) break;
  }
  return undefined;
}
