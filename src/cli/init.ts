/**
 * `relforge init`: writes the release workflows for a forge into .github/workflows/, fitted to the project.
 *   github:         release.yml — a workflow_dispatch that calls relforge/relforge/.github/workflows/release.yml@v1
 *   gitea, forgejo: relforge.yml — a copy of that reusable workflow (Gitea and Forgejo call reusable workflows
 *                   from your repository; relforge's other relforge-*.yml parts are copied beside it); Forgejo
 *                   gets absolute https://github.com/relforge/relforge/… action references (it resolves short
 *                   names on data.forgejo.org) — and release.yml calling it; and .github/actionlint.yaml, which
 *                   excuses the two documented exceptions (artifact actions @v3, Forgejo's absolute URLs), so
 *                   actionlint is clean in your repository.
 * The project decides the version source and the build command (src/act/core/init-project.ts): a Cargo
 * workspace or crate, package.json, go.mod, pyproject.toml, or none.
 * Ownership: every file init writes starts with a header holding the hash of the rest. A file whose body still
 * has its hash is relforge's: `--force` rewrites such files, `--refresh` only the vendored copies of relforge's
 * workflows and the actionlint config. A file without the header, or edited since init wrote it, is yours and is
 * never overwritten (init says what it kept and why).
 * Nothing is written through a symbolic link that leaves the repository (the nearest directory above DIR holding
 * `.git`) or points at nothing: such a file or DIR is refused.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { RelforgeError } from '../platform/errors.js';
import { initSchema } from '../act/options.js';
import { actionlintConfig, detectProject, fitTemplate, PROJECT_FILES, ownedText, ownership, type RootFiles } from '../act/core/init-project.js';
import { initOf, type InitForge } from '../platform/forges.js';
import { relforgePackage } from './package-root.js';
import { defineCommand } from './command.js';

/** relforge's reusable workflows a Gitea/Forgejo repository holds a copy of: release.yml (as relforge.yml) and its relforge-*.yml parts. */
function vendoredSources(root: string): Array<{ from: string; name: string }> {
  const dir = join(root, '.github', 'workflows');
  const parts = existsSync(dir) ? readdirSync(dir).filter((f) => /^relforge-.+\.ya?ml$/.test(f) && f !== 'release-relforge.yml') : [];
  return [{ from: 'release.yml', name: 'relforge.yml' }, ...parts.sort().map((f) => ({ from: f, name: f }))];
}

/**
 * A reusable workflow as Gitea (short action names) or Forgejo (absolute URLs) should hold it: calls of relforge's
 * other reusable workflows point at the copies beside it; only `uses:` lines change, never comments.
 */
export function reusableFor(text: string, forge: InitForge, copies: Record<string, string> = { 'release.yml': 'relforge.yml' }): string {
  const header = `# Copied by relforge init --forge ${forge} from relforge/relforge/.github/workflows/; call it from your release.yml with uses: ./.github/workflows/<this file>.\n`;
  let body = text.replace(/^([ \t]*(?:-[ \t]+)?uses:[ \t]*)relforge\/relforge\/\.github\/workflows\/([^@\s]+)@\S+/gm, (m, lead: string, file: string) => (copies[file] ? `${lead}./.github/workflows/${copies[file]}` : m));
  if (initOf(forge).absoluteActionRefs) body = body.replace(/^([ \t]*(?:-[ \t]+)?uses:[ \t]*)relforge\/relforge\//gm, '$1https://github.com/relforge/relforge/');
  return header + body;
}

function readRootFiles(repo: string): RootFiles {
  const files: RootFiles = {};
  for (const name of PROJECT_FILES) {
    const p = join(repo, name);
    try {
      if (lstatSync(p).isFile()) files[name] = readFileSync(p, 'utf8');
    } catch {
      /* absent */
    }
  }
  return files;
}

interface Planned {
  path: string;
  text: string;
  /** relforge's own file (a copy of its workflows, the actionlint config): what --refresh rewrites. */
  vendored: boolean;
}

export default defineCommand({
  schema: initSchema,
  notes:
    'Then check build-matrix and build-command in release.yml, set the secrets (docs/secrets.md), commit, and try it: relforge act --emulator.\n' +
    'Files init wrote carry a header with their hash: edit them freely — once edited, init never overwrites them. --force rewrites relforge\'s unchanged files; --refresh only the vendored copies of relforge\'s workflows and .github/actionlint.yaml.',
  async run(v) {
    const root = relforgePackage().root;
    const dir = resolve(v.dir);
    const repo = repositoryOf(dir);
    const project = detectProject(readRootFiles(repo), basename(repo));
    const version = relforgePackage().version;
    const planned: Planned[] = [];
    const by = `written by relforge ${version} init --forge ${v.forge}`;
    if (initOf(v.forge).workflow === 'call') {
      const template = readFileSync(join(root, 'workflows', 'examples', 'release-dispatch.yml'), 'utf8');
      planned.push({ path: join(dir, 'release.yml'), text: ownedText(fitTemplate(template, project), `${by} for a ${project.kind} project`), vendored: false });
    } else {
      const sources = vendoredSources(root);
      const copies = Object.fromEntries(sources.map((s) => [s.from, s.name]));
      for (const s of sources) {
        const text = reusableFor(readFileSync(join(root, '.github', 'workflows', s.from), 'utf8'), v.forge, copies);
        planned.push({ path: join(dir, s.name), text: ownedText(text, `${by}; relforge's file: refresh it with relforge init --refresh`), vendored: true });
      }
      const template = readFileSync(join(root, 'workflows', 'examples', 'gitea-release-dispatch.yml'), 'utf8');
      planned.push({ path: join(dir, 'release.yml'), text: ownedText(fitTemplate(template, project), `${by} for a ${project.kind} project`), vendored: false });
      planned.push({ path: join(repo, '.github', 'actionlint.yaml'), text: ownedText(actionlintConfig(!!initOf(v.forge).absoluteActionRefs), `${by}; relforge's file: refresh it with relforge init --refresh`), vendored: true });
    }
    const problem = leavesRepository(repo, dir);
    if (problem) throw new RelforgeError(`${v.dir} ${problem}: relforge init writes nothing there. Use a directory inside the repository (--dir), or remove the link.`);
    for (const f of planned) {
      const bad = leavesRepository(repo, f.path);
      if (bad) throw new RelforgeError(`${f.path} ${bad}: relforge init does not write through it. Remove the link (or replace it with a file), then run init again.`);
    }
    if (!v.refresh) console.log(`project: ${project.kind} — ${project.reason}`);
    const refused: string[] = [];
    for (const f of planned) {
      const shown = relative(process.cwd(), f.path) || f.path;
      if (v.refresh && !f.vendored) continue;
      if (!existsSync(f.path)) {
        mkdirSync(dirname(f.path), { recursive: true });
        writeFileSync(f.path, f.text);
        console.log(`wrote ${shown}`);
        continue;
      }
      const old = readFileSync(f.path, 'utf8');
      if (old === f.text) {
        console.log(`up to date ${shown}`);
        continue;
      }
      const owner = ownership(old);
      if (owner === 'relforge' && (v.force || v.refresh)) {
        writeFileSync(f.path, f.text);
        console.log(`rewrote ${shown} (relforge's, unchanged since written)`);
        continue;
      }
      if (owner === 'relforge') console.log(`kept ${shown} (exists, unchanged since relforge wrote it: ${f.vendored ? '--refresh or ' : ''}--force rewrites it)`);
      else {
        const why = owner === 'edited' ? 'edited since relforge wrote it' : 'not written by relforge init';
        console.log(`kept ${shown} (${why}: init never overwrites your file${f.vendored ? '; to get relforge\'s version, move your changes elsewhere, delete it and run init --refresh' : '; delete it to get a fresh one'})`);
        if (f.vendored && (v.force || v.refresh)) refused.push(shown);
      }
    }
    if (refused.length) {
      throw new RelforgeError(`relforge init ${v.refresh ? '--refresh' : '--force'}: ${refused.join(', ')} ${refused.length > 1 ? 'were' : 'was'} edited (or not written by init) and ${refused.length > 1 ? 'were' : 'was'} kept. Move your changes into your release.yml (or delete the file) and run relforge init --refresh again.`);
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
