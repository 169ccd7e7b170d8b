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
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RelforgeError } from '../platform/errors.js';
import { actOf, forge as forgeEntry, isEmulatedForge } from '../platform/forges.js';
import { registerSecret } from '../platform/secrets.js';
import { gitSync } from '../git/repository.js';
import type { ForgeFlavour } from './options.js';
import { forgeRunEnv, shortenAbsoluteUses } from './run.js';

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
  const fresh = !existsSync(join(remote, 'HEAD'));
  if (fresh) {
    mkdirSync(stateDir, { recursive: true });
    gitSync(stateDir, ['clone', '--bare', '--quiet', '--no-local', repoDir, remote]);
    notes.push(`emulator origin: ${remote} (a bare clone of your repository)`);
  }
  let diverged = false;
  if (!fresh) {
    diverged = gitSync(repoDir, ['push', '--quiet', remote, `HEAD:refs/heads/${branch}`], { allowFailure: true }) === undefined;
    gitSync(repoDir, ['push', '--quiet', remote, '--tags'], { allowFailure: true });
  }
  const workDir = join(stateDir, 'work');
  rmSync(workDir, { recursive: true, force: true });
  gitSync(stateDir, ['clone', '--quiet', '--no-local', '--branch', branch, remote, workDir]);
  if (diverged) notes.push(...continueFromOrigin(repoDir, workDir, remote, branch));
  return { remote, workDir, notes };
}

/**
 * A repeated rehearsal: the emulator origin's branch holds release commits of earlier runs that your branch lacks
 * (a stable run pushed its release commit there). The run continues from the origin, as a real forge would: the
 * origin's branch is the base and your commits since the two diverged are replayed on it (cherry-picked in the
 * work clone, then pushed to the emulator origin). Your repository is not changed. A commit that does not apply
 * (it touches what a release commit changed) stops the run with the fix.
 */
function continueFromOrigin(repoDir: string, workDir: string, remote: string, branch: string): string[] {
  const mine = gitSync(repoDir, ['rev-parse', 'HEAD']);
  gitSync(workDir, ['fetch', '--quiet', '--no-tags', repoDir, `+${mine}:refs/relforge-act/yours`]);
  const base = gitSync(workDir, ['merge-base', 'HEAD', 'refs/relforge-act/yours'], { allowFailure: true });
  const range = base ? `${base}..refs/relforge-act/yours` : 'refs/relforge-act/yours';
  const commits = gitSync(workDir, ['rev-list', '--reverse', '--no-merges', range]).split('\n').filter(Boolean);
  const originHead = gitSync(workDir, ['rev-parse', '--short', 'HEAD']);
  if (commits.length === 0) return [`emulator origin ${remote}: "${branch}" is ahead of yours (release commits of earlier runs); the run continues from it (${originHead})`];
  const identity = gitSync(workDir, ['config', 'user.email'], { allowFailure: true }) ? [] : ['-c', 'user.name=relforge act', '-c', 'user.email=act@relforge.invalid'];
  if (gitSync(workDir, [...identity, 'cherry-pick', '--allow-empty', '--keep-redundant-commits', ...commits], { allowFailure: true }) === undefined) {
    gitSync(workDir, ['cherry-pick', '--abort'], { allowFailure: true });
    throw new RelforgeError(
      `relforge act --emulator: your ${commits.length} new commit(s) on "${branch}" do not apply on the emulator origin's "${branch}" (${originHead}, with the release commits of earlier runs). ` +
        `Take those release commits into your branch (git pull ${remote} ${branch}), or start the rehearsals afresh (rm -rf .relforge/act), then run again.`,
    );
  }
  gitSync(workDir, ['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`]);
  return [`emulator origin ${remote}: "${branch}" holds release commits of earlier runs; your ${commits.length} new commit(s) were replayed on it (${originHead}), so the run continues from the origin as a forge would`];
}

/**
 * Forgejo's absolute `uses: https://…` references, in the rehearsal's work clone only: each workflow file holding
 * them is rewritten to the short form act resolves (src/act/run.ts shortenAbsoluteUses) and marked
 * skip-worktree, so the clone still reads as clean and nothing of it is committed. Your repository is untouched.
 * Returns the files rewritten (relative to the clone) and how many references.
 */
export function mapAbsoluteUses(workDir: string): { files: string[]; count: number } {
  const dir = join(workDir, '.github', 'workflows');
  const files: string[] = [];
  let count = 0;
  if (!existsSync(dir)) return { files, count };
  for (const f of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const p = join(dir, f);
    const r = shortenAbsoluteUses(readFileSync(p, 'utf8'));
    if (!r.count) continue;
    writeFileSync(p, r.text);
    const rel = `.github/workflows/${f}`;
    gitSync(workDir, ['update-index', '--skip-worktree', '--', rel], { allowFailure: true });
    files.push(rel);
    count += r.count;
  }
  return { files, count };
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
