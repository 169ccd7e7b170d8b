/**
 * `relforge act --emulator`: a release rehearsal that cannot reach your real origin or forge.
 *
 *   .relforge/act/remote.git   a bare clone of your repository (branches and tags); the run's `origin`
 *   .relforge/act/work         a fresh clone of it, checked out at your branch: what act runs (like a dispatch,
 *                              it runs what is committed)
 *   forge emulator             the GitHub or Gitea/Forgejo releases API on 127.0.0.1 (relforge's test emulator,
 *                              every request checked against the forge's API document), for this run
 *   .relforge/act/releases/<tag>/   every released file, downloaded after the run
 *
 * Before each run your current branch and tags are pushed to remote.git when that is a fast-forward; the
 * release commits and tags a run pushes stay in remote.git (look with `git -C .relforge/act/remote.git log`).
 * `.relforge/` is added to .git/info/exclude.
 */
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RelforgeError } from '../platform/errors.js';
import { actOf, forge as forgeEntry, isEmulatedForge } from '../platform/forges.js';
import { registerSecret } from '../platform/secrets.js';
import { gitSync } from '../git/repository.js';
import type { ForgeFlavour } from './options.js';
import { forgeRunEnv } from './run.js';

export interface EmulatorSession {
  serverUrl: string;
  apiUrl: string;
  token: string;
  repository: string;
  /** The clone act runs in. */
  workDir: string;
  remote: string;
  stateDir: string;
  /** Environment for act (forge detection and URLs). */
  env: Record<string, string>;
  notes: string[];
  /** Lists the releases the run left, saves their files; lines for the report. */
  report(): string[];
  violations(): string[];
  close(): Promise<void>;
}

function excludeStateDir(repoDir: string): void {
  const gitDir = gitSync(repoDir, ['rev-parse', '--git-common-dir']);
  const file = join(repoDir, gitDir, 'info', 'exclude');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (!text.split('\n').includes('/.relforge/')) {
    mkdirSync(join(repoDir, gitDir, 'info'), { recursive: true });
    appendFileSync(file, `${text && !text.endsWith('\n') ? '\n' : ''}/.relforge/\n`);
  }
}

/** remote.git up to date with the repository (fast-forward only), and a fresh work clone at `branch`. */
export function prepareRepositories(repoDir: string, stateDir: string, branch: string): { remote: string; workDir: string; notes: string[] } {
  const notes: string[] = [];
  const remote = join(stateDir, 'remote.git');
  if (!existsSync(join(remote, 'HEAD'))) {
    mkdirSync(stateDir, { recursive: true });
    gitSync(stateDir, ['clone', '--bare', '--quiet', '--no-local', repoDir, remote]);
    notes.push(`emulator origin: ${remote} (a bare clone of your repository)`);
  } else {
    const pushed = gitSync(repoDir, ['push', '--quiet', remote, `HEAD:refs/heads/${branch}`], { allowFailure: true });
    if (pushed === undefined) notes.push(`emulator origin ${remote}: "${branch}" has commits yours lacks (release commits of earlier runs); kept as it is`);
    gitSync(repoDir, ['push', '--quiet', remote, '--tags'], { allowFailure: true });
  }
  const workDir = join(stateDir, 'work');
  rmSync(workDir, { recursive: true, force: true });
  gitSync(stateDir, ['clone', '--quiet', '--no-local', '--branch', branch, remote, workDir]);
  return { remote, workDir, notes };
}

/**
 * relforge's forge emulator (src/emulator/forge.ts). The bundled CLI ships the forges' API documents beside it
 * (scripts/build.mjs); a checkout finds its own.
 */
export async function loadForgeEmulator(relforgeRoot: string): Promise<typeof import('../emulator/forge.js')> {
  const specs = join(relforgeRoot, 'dist', 'cli', 'api-specs');
  if (!process.env.RELFORGE_API_SPECS && existsSync(join(specs, 'gitea-releases.openapi.json'))) process.env.RELFORGE_API_SPECS = specs;
  return await import('../emulator/forge.js');
}

export async function startEmulatorSession(o: { repoDir: string; forge: ForgeFlavour; repository: string; branch: string; relforgeRoot: string }): Promise<EmulatorSession> {
  if (!isEmulatedForge(o.forge)) throw new RelforgeError(`--emulator: relforge has no ${forgeEntry(o.forge).product} emulator; rehearse against a real ${o.forge} with --server-url instead.`, { exitCode: 2 });
  excludeStateDir(o.repoDir);
  const stateDir = join(o.repoDir, '.relforge', 'act');
  const { remote, workDir, notes } = prepareRepositories(o.repoDir, stateDir, o.branch);
  const { startForgeEmulator } = await loadForgeEmulator(o.relforgeRoot);
  const [owner, name] = o.repository.split('/') as [string, string];
  const token = `relforge-emulator-${randomBytes(12).toString('hex')}`;
  registerSecret(token);
  // the emulator's tags are remote.git's: publish-release's publish mode requires the pushed tag there, as on a real forge
  const forge = await startForgeEmulator({ mode: o.forge, owner, repo: name, token, git: remote });
  // The registry says which server URL the run sees (GitHub flavour: github.com, the workflows pick artifact actions by it); the API is local
  const env = forgeRunEnv(o.forge, o.repository, actOf(o.forge).emulatorServerUrl ?? forge.url, forge.apiUrl);
  notes.push(`forge emulator (${o.forge} API): ${forge.apiUrl}`);
  return {
    serverUrl: env.GITHUB_SERVER_URL!,
    apiUrl: forge.apiUrl,
    token,
    repository: o.repository,
    workDir,
    remote,
    stateDir,
    env,
    notes,
    report() {
      const lines: string[] = [];
      for (const r of forge.state.releases) {
        const dir = join(stateDir, 'releases', r.tagName);
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        for (const a of r.assets) if (a.data) writeFileSync(join(dir, a.name), a.data, { mode: /\.(minisig|json|txt)$|SHA256SUMS/.test(a.name) ? 0o644 : 0o755 });
        const kind = r.draft ? 'draft' : r.prerelease ? 'prerelease' : 'release';
        lines.push(`${kind} ${r.tagName}: ${r.assets.map((a) => a.name).join(', ') || 'no assets'}`);
        lines.push(`  saved in ${dir}`);
      }
      const tags = gitSync(remote, ['tag', '--list', '--sort=-creatordate']).split('\n').filter(Boolean);
      lines.push(`tags in the emulator origin: ${tags.slice(0, 8).join(', ') || 'none'}${tags.length > 8 ? ', …' : ''}`);
      return lines;
    },
    violations: () => forge.violations.map((v) => `${v.kind} ${v.method} ${v.path}: ${v.message}`),
    close: () => forge.close(),
  };
}
