/**
 * `relforge init`: writes the release workflows for a forge into .github/workflows/.
 *   github:         release.yml — a workflow_dispatch that calls relforge/relforge/.github/workflows/release.yml@v1
 *   gitea, forgejo: relforge.yml — a copy of that reusable workflow (Gitea and Forgejo call reusable workflows
 *                   from your repository); Forgejo gets absolute https://github.com/relforge/relforge/… action
 *                   references (it resolves short names on data.forgejo.org) — and release.yml calling it.
 * Existing files are kept unless --force.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
    mkdirSync(v.dir, { recursive: true });
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
