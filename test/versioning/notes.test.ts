/**
 * One classification drives the bump, the deciding commits and the notes (docs/architecture.md invariant 8), on odd
 * real-world headers, with real git and the real git-cliff. Expectations are written by hand per message.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useRepos, type TestRepo } from '../helpers/repo.js';
import { computeNextVersion } from '../../src/versioning/next-version.js';
import { generateChangelog } from '../../src/versioning/changelog.js';

const repo = useRepos({ withRemote: false });
const REMOTE = 'https://git.example.test/o/r';

/** The commit ids the notes link to (every entry links to its commit). */
const notedShas = (notes: string) => new Set([...notes.matchAll(/\/commit\/([0-9a-f]{40})\)/g)].map((m) => m[1]!));

/** Commits and, by hand, whether each one counts toward the release (and so is in the notes). */
function oddHistory(r: TestRepo) {
  r.commit('feat: before the release');
  r.tag('v1.0.0', { annotated: true });
  const counted = new Map<string, string>();
  const ignored = new Map<string, string>();
  const add = (message: string, counts: boolean) => {
    const sha = r.commit(message);
    (counts ? counted : ignored).set(sha, message);
    return sha;
  };
  add(' fix: revert #6251', true); // leading space (vite 83ad7bf0fc)
  add('Feat: capitalised type keeps useId() as written', true);
  add('FIX(SSR): shouting type', true);
  add('fix:spell checker', true); // no space after the colon
  add('fix(hmr): a subject wrapped\nonto a second line', true);
  add('refactor: cleanup\n\n- drop old flags\n- BREAKING CHANGE: --legacy is removed,\n  use --modern\n- tidy', true); // bullet breaking
  add('feat(config): new format\n\nBREAKING CHANGE: the config moved\nto relforge.yml; run the migration\n\nRefs: #12', true);
  const doomed = add('feat: a feature that is reverted below', false);
  add(`Revert "feat: a feature that is reverted below"\n\nThis reverts commit ${doomed}.`, false);
  const back = add('perf: reverted, then restored', true);
  const r1 = add(`Revert "perf: reverted, then restored"\n\nThis reverts commit ${back}.`, false);
  add(`Revert "Revert "perf: reverted, then restored""\n\nThis reverts commit ${r1}.`, false);
  add('Merge pull request #12 from someone/branch\n\nfeat: merged work', false);
  add('docs: readme', false);
  add('chore(deps): bump', false);
  add('WIP\n\nBREAKING CHANGE: not a conventional commit', false);
  add('feat : space before the colon', false);
  return { counted, ignored };
}

describe('a commit is in the notes exactly when it counts toward the release', () => {
  it('odd real-world headers, reverts, bullet and multi-line breaking changes', async () => {
    const r = repo();
    const { counted, ignored } = oddHistory(r);
    const next = await computeNextVersion({ cwd: r.dir });
    const notes = await generateChangelog({ cwd: r.dir, version: next.version, remoteUrl: REMOTE });
    // bump: breaking changes (bullet + footer) → 2.0.0; deciding = exactly the two breaking commits
    expect(next).toMatchObject({ version: '2.0.0', bump: 'major', previousTag: 'v1.0.0' });
    expect(new Set(next.deciding.map((d) => d.sha))).toEqual(new Set([...counted].filter(([, m]) => m.includes('BREAKING')).map(([s]) => s)));
    // notes = the hand-written set, and nothing else
    expect(notedShas(notes.notes)).toEqual(new Set(counted.keys()));
    for (const sha of ignored.keys()) expect(notes.notes).not.toContain(sha);
    expect(notes.entries).toBe(counted.size);
    // content: identifiers keep their case, wrapped subjects stay whole, footers stay whole
    expect(notes.notes).toContain('- capitalised type keeps useId() as written');
    expect(notes.notes).toContain('- **SSR:** shouting type');
    expect(notes.notes).toContain('- spell checker');
    expect(notes.notes).toContain('- **hmr:** a subject wrapped onto a second line');
    expect(notes.notes).toMatch(/^### Breaking Changes\n\n- cleanup \(.*\)\n {2}- BREAKING: --legacy is removed,\n {4}use --modern\n- \*\*config:\*\* new format \(.*\)\n/);
    expect(notes.notes).toContain('  - BREAKING: the config moved\n    to relforge.yml; run the migration');
    expect(notes.notes).not.toContain('Refs: #12');
    expect(notes.notes).toMatch(/### Bug Fixes\n\n- revert #6251/);
  });

  it('a revert of an already released change counts (patch) and is listed under Reverts', async () => {
    const r = repo();
    const released = r.commit('feat: shipped in 1.0.0');
    r.tag('v1.0.0');
    const revert = r.commit(`Revert "feat: shipped in 1.0.0"\n\nThis reverts commit ${released}.`);
    r.commit('docs: note the revert');
    const next = await computeNextVersion({ cwd: r.dir });
    expect(next).toMatchObject({ version: '1.0.1', bump: 'patch', deciding: [{ sha: revert }] });
    const notes = await generateChangelog({ cwd: r.dir, version: next.version, remoteUrl: REMOTE });
    expect(notes.notes).toMatch(/^### Reverts\n\n- Revert "feat: shipped in 1\.0\.0"/);
    expect(notedShas(notes.notes)).toEqual(new Set([revert]));
  });

  it('a reverted feat inside the range neither bumps nor appears', async () => {
    const r = repo();
    r.commit('fix: base');
    r.tag('v1.4.2');
    const feat = r.commit('feat: experiment');
    r.commit(`Revert "feat: experiment"\n\nThis reverts commit ${feat.slice(0, 10)}.`);
    const fix = r.commit('fix: real fix');
    const next = await computeNextVersion({ cwd: r.dir });
    expect(next).toMatchObject({ version: '1.4.3', bump: 'patch' });
    expect(next.cancelledReverts).toHaveLength(1);
    const notes = await generateChangelog({ cwd: r.dir, version: next.version, remoteUrl: REMOTE });
    expect(notedShas(notes.notes)).toEqual(new Set([fix]));
    expect(notes.notes).not.toMatch(/Features|experiment/);
  });
});

describe('prerelease notes', () => {
  it('a prerelease version gets the changes since the last stable release, headed as a prerelease; no file written', async () => {
    const r = repo();
    r.history(['feat: old', 'v0.3.0', { annotated: true }], ['feat: widgets', 'v0.4.0-beta.1'], 'fix: crash');
    writeFileSync(join(r.dir, 'CHANGELOG.md'), '# Changelog\n');
    const res = await generateChangelog({ cwd: r.dir, version: '0.4.0-beta.2', output: 'CHANGELOG.md' });
    expect(res).toMatchObject({ prerelease: true, tag: 'v0.4.0-beta.2', previousTag: 'v0.3.0', written: false });
    expect(res.section).toMatch(/^## \[0\.4\.0-beta\.2\] - \d{4}-\d{2}-\d{2}\n\nPrerelease of 0\.4\.0: the changes since v0\.3\.0\.\n/);
    expect(res.notes).toContain('- widgets');
    expect(res.notes).toContain('- crash');
    expect(res.notes).not.toContain('old');
    expect(res.warnings.join(' ')).toMatch(/CHANGELOG\.md was not written: a prerelease's notes go to its release body/);
    expect(readFileSync(join(r.dir, 'CHANGELOG.md'), 'utf8')).toBe('# Changelog\n');
  });
});

describe('the changelog reads only the tail', () => {
  it('one git log over <base>..HEAD; the bundled template needs no git-cliff run, the git-cliff renderer gets a context (no history walk, no --use-branch-tags)', async () => {
    const r = repo();
    for (let i = 0; i < 30; i++) r.commit(`feat: old ${i}`);
    r.tag('v1.0.0', { annotated: true });
    for (let i = 0; i < 5; i++) r.tag(`v0.${i}.0`, { ref: `HEAD~${i + 1}` });
    r.commit('fix: new');
    const dir = mkdtempSync(join(tmpdir(), 'relforge-trace-'));
    const trace = join(dir, 'trace');
    const args = join(dir, 'cliff-args');
    const wrapper = join(dir, 'git-cliff');
    const real = join(process.cwd(), 'node_modules', 'git-cliff-linux-x64', 'bin', 'git-cliff');
    writeFileSync(wrapper, `#!/bin/sh\necho "$@" >> "${args}"\nexec "${real}" "$@"\n`);
    chmodSync(wrapper, 0o755);
    process.env.GIT_TRACE = trace;
    try {
      const res = await generateChangelog({ cwd: r.dir, version: '1.0.1', gitCliffPath: wrapper });
      expect(res.notes).toMatch(/^### Bug Fixes\n\n- new$/m);
      expect(res.commits).toBe(1);
      // The built-in renderer of the bundled template ran, not git-cliff (asked only for its --version).
      expect(existsSync(args) ? readFileSync(args, 'utf8') : '').not.toContain('--from-context');
      const viaCliff = await generateChangelog({ cwd: r.dir, version: '1.0.1', gitCliffPath: wrapper, renderer: 'git-cliff' });
      expect(viaCliff.section).toBe(res.section);
    } finally {
      delete process.env.GIT_TRACE;
    }
    const gitCommands = readFileSync(trace, 'utf8').split('\n').filter((l) => l.includes('trace: built-in: git'));
    const logs = gitCommands.filter((l) => / git log /.test(l));
    expect(logs).toHaveLength(2); // one per run
    expect(logs[0]).toMatch(/\.\.HEAD/);
    expect(gitCommands.join('\n')).not.toMatch(/describe/);
    const cliff = readFileSync(args, 'utf8');
    expect(cliff).toContain('--from-context -');
    expect(cliff).not.toContain('--use-branch-tags');
    expect(existsSync(args)).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('a typed commit that reverts an already released one (vite 83ad7bf0fc)', () => {
  it('" fix: revert #6251" with "This reverts commit <released>" is a fix: patch, under Bug Fixes', async () => {
    const r = repo();
    const old = r.commit('fix: change from #6251');
    r.tag('v2.7.8');
    const fix = r.commit(` fix: revert #6251 (#6290)\n\nThis reverts commit ${old}.\n`);
    r.commit('test: fix test typo (#6285)');
    const next = await computeNextVersion({ cwd: r.dir });
    expect(next).toMatchObject({ version: '2.7.9', bump: 'patch', deciding: [{ sha: fix }] });
    const notes = await generateChangelog({ cwd: r.dir, version: '2.7.9', remoteUrl: REMOTE });
    expect(notes.notes).toMatch(/^### Bug Fixes\n\n- revert #6251 \(#6290\) \(/);
    expect(notedShas(notes.notes)).toEqual(new Set([fix]));
  });
});
