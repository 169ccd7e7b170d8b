import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useRepos, type TestRepo } from '../helpers/repo.js';
import { generateChangelog } from '../../src/versioning/changelog.js';
import { buildCliffConfig, strictTagPattern, webUrlFromRemote } from '../../src/versioning/core/cliff-config.js';
import { insertChangelogSection, notesFromSection } from '../../src/versioning/core/changelog-text.js';

const repo = useRepos();

/** Lines of the notes that are list entries. */
const entries = (notes: string) => notes.split('\n').filter((l) => l.startsWith('- '));

describe('bundled cliff.toml', () => {
  it('anchors the tag pattern to strict release tags', () => {
    const re = new RegExp(strictTagPattern('v'));
    expect(['v0.3.0', 'v10.20.30'].every((t) => re.test(t))).toBe(true);
    expect(['v0.4.0-beta.1', 'v0.3.0+b', 'v01.2.3', 'xv0.3.0', 'v0.3', '0.3.0'].some((t) => re.test(t))).toBe(false);
    const comp = new RegExp(strictTagPattern('api.v'));
    expect(comp.test('api.v1.2.3')).toBe(true);
    expect(comp.test('apixv1.2.3')).toBe(false);
  });

  it('the bundled template only renders (the context is classified by relforge): no tag pattern, no parsers', () => {
    const toml = buildCliffConfig();
    expect(toml).toContain('{{ extra.heading }}');
    expect(toml).not.toMatch(/tag_pattern|commit_parsers|upper_first/);
  });

  it('derives a credential-free web URL from remotes', () => {
    expect(webUrlFromRemote('git@github.com:octo/app.git')).toBe('https://github.com/octo/app');
    expect(webUrlFromRemote('https://x-access-token:ghs_secret@github.com/octo/app.git')).toBe('https://github.com/octo/app');
    expect(webUrlFromRemote('ssh://git@codeberg.org/o/r.git')).toBe('https://codeberg.org/o/r');
    expect(webUrlFromRemote('/tmp/remote.git')).toBeUndefined();
    // quotes/braces cannot break out of the TOML string or the template: they come back percent-encoded
    expect(webUrlFromRemote('https://evil.example/o/r"""{{x}}')).toBe('https://evil.example/o/r%22%22%22%7B%7Bx%7D%7D');
  });
});

describe('insertChangelogSection', () => {
  const header = '# Changelog\n\n';
  const s040 = '## [0.4.0] - 2026-01-02\n\n### Features\n\n- New\n';
  it('creates the file with the header', () => {
    expect(insertChangelogSection(undefined, s040, '0.4.0', header)).toBe(`# Changelog\n\n${s040}`);
  });
  it('puts the section above older releases but below Unreleased', () => {
    const old = '# Changelog\n\nIntro.\n\n## [Unreleased]\n\n## [0.3.0] - 2025-01-01\n\n- Old\n';
    const out = insertChangelogSection(old, s040, '0.4.0', header);
    expect(out).toBe('# Changelog\n\nIntro.\n\n## [Unreleased]\n\n## [0.4.0] - 2026-01-02\n\n### Features\n\n- New\n\n## [0.3.0] - 2025-01-01\n\n- Old\n');
  });
  it('replaces a section for the same version (re-runs do not duplicate)', () => {
    const old = '# Changelog\n\n## [0.4.0] - 2026-01-01\n\n- Stale\n\n## [0.3.0] - 2025-01-01\n\n- Old\n';
    const out = insertChangelogSection(old, s040, '0.4.0', header);
    expect(out.match(/## \[0\.4\.0\]/g)).toHaveLength(1);
    expect(out).not.toContain('Stale');
    expect(out).toContain('- Old');
    expect(out.indexOf('0.4.0')).toBeLessThan(out.indexOf('0.3.0'));
  });
  it('notes drop the version heading', () => {
    expect(notesFromSection(s040)).toBe('### Features\n\n- New\n');
    expect(notesFromSection('## [0.4.0] - 2026-01-02\n')).toBe('');
  });
});

describe('generateChangelog (real git + git-cliff)', () => {
  it('covers every commit since the last stable tag exactly once, across beta tags', async () => {
    const r = repo();
    r.commit('feat: before the last release');
    r.tag('v0.3.0', { annotated: true });
    const subjects = ['feat(api): add widgets', 'fix: null crash on empty input', 'perf: cache parsed commits'];
    r.commit(subjects[0]!);
    r.commit('chore: bump deps');
    r.tag('v0.4.0-beta.1', { annotated: true });
    r.commit(subjects[1]!);
    r.tag('v0.4.0-beta.2');
    r.commit(subjects[2]!);
    r.commit('feat!: drop the legacy config format');
    r.tag('v0.4.0-beta.3', { annotated: true });
    const res = await generateChangelog({ cwd: r.dir, version: '0.4.0' });
    expect(res.tag).toBe('v0.4.0');
    expect(res.section.split('\n')[0]).toMatch(/^## \[0\.4\.0\] - \d{4}-\d{2}-\d{2}$/);
    const lines = entries(res.notes);
    expect(lines).toHaveLength(4);
    for (const s of ['add widgets', 'null crash on empty input', 'cache parsed commits', 'drop the legacy config format']) {
      expect(lines.filter((l) => l.includes(s))).toHaveLength(1);
    }
    expect(res.notes).not.toMatch(/before the last release|bump deps/i);
    expect(res.notes).not.toMatch(/beta/);
    // Breaking Changes come first, then Features, Bug Fixes, Performance.
    const order = ['### Breaking Changes', '### Features', '### Bug Fixes', '### Performance'].map((h) => res.notes.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('links commits to the remote and never leaks credentials from the remote URL', async () => {
    const r = repo();
    r.git('remote', 'set-url', 'origin', 'https://x-access-token:s3cr3t-token@git.example.org/team/app.git');
    r.commit('feat: first');
    const sha = r.head();
    const res = await generateChangelog({ cwd: r.dir, version: '0.1.0' });
    expect(res.notes).toContain(`([${sha.slice(0, 7)}](https://git.example.org/team/app/commit/${sha}))`);
    expect(res.notes).not.toContain('s3cr3t-token');
  });

  it('limits a monorepo component to its paths and its own tags', async () => {
    const r = repo();
    r.commit('feat(api): api v1', { 'packages/api/a.txt': '1' });
    r.tag('api-v1.0.0', { annotated: true });
    r.commit('feat(web): web only change', { 'packages/web/w.txt': '1' });
    r.commit('fix(api): api fix', { 'packages/api/a.txt': '2' });
    r.tag('web-v2.0.0', { annotated: true }); // another component's tag must not cut the range
    r.commit('feat(api): api feature', { 'packages/api/b.txt': '1' });
    const res = await generateChangelog({ cwd: r.dir, version: '1.1.0', tagPrefix: 'api-v', includePaths: ['packages/api/**'] });
    expect(res.tag).toBe('api-v1.1.0');
    expect(res.section.split('\n')[0]).toMatch(/^## \[1\.1\.0\]/);
    const lines = entries(res.notes);
    expect(lines).toHaveLength(2);
    expect(res.notes).toContain('api fix');
    expect(res.notes).toContain('api feature');
    expect(res.notes).not.toMatch(/web only|api v1/i);
  });

  it('prepends to CHANGELOG.md; a re-run does not duplicate; dry-run writes nothing', async () => {
    const r = repo();
    r.commit('feat: one');
    r.tag('v0.1.0', { annotated: true });
    writeFileSync(join(r.dir, 'CHANGELOG.md'), '# Changelog\n\n## [0.1.0] - 2025-01-01\n\n- One\n');
    r.commit('fix: two');
    const dry = await generateChangelog({ cwd: r.dir, version: '0.1.1', output: 'CHANGELOG.md', dryRun: true });
    expect(dry.written).toBe(false);
    expect(readFileSync(join(r.dir, 'CHANGELOG.md'), 'utf8')).not.toContain('0.1.1');
    await generateChangelog({ cwd: r.dir, version: '0.1.1', output: 'CHANGELOG.md' });
    const res = await generateChangelog({ cwd: r.dir, version: '0.1.1', output: 'CHANGELOG.md' });
    const text = readFileSync(res.path!, 'utf8');
    expect(text.match(/## \[0\.1\.1\]/g)).toHaveLength(1);
    expect(text.indexOf('## [0.1.1]')).toBeLessThan(text.indexOf('## [0.1.0]'));
    expect(text.startsWith('# Changelog\n')).toBe(true);
    expect(text).toContain('- two');
  });

  it('creates CHANGELOG.md with a header when missing', async () => {
    const r = repo();
    r.commit('feat: first feature');
    const res = await generateChangelog({ cwd: r.dir, version: '0.1.0', output: 'docs/CHANGELOG.md' });
    expect(existsSync(res.path!)).toBe(true);
    const text = readFileSync(res.path!, 'utf8');
    expect(text).toMatch(/^# Changelog\n[\s\S]*## \[0\.1\.0\][\s\S]*- first feature/);
  });

  it('enforces the strict tag pattern even with a user config whose pattern matches betas', async () => {
    const r = repo();
    r.commit('feat: base');
    r.tag('v1.0.0', { annotated: true });
    r.commit('feat: alpha');
    r.tag('v1.1.0-beta.1', { annotated: true });
    r.commit('fix: beta');
    // A user configuration whose own pattern would let the beta tag split the range.
    const cfg = [
      '[changelog]',
      'body = """',
      '{% for commit in commits %}- {{ commit.message }}',
      '{% endfor %}"""',
      '[git]',
      'conventional_commits = true',
      'filter_unconventional = true',
      "tag_pattern = 'v[0-9].*'",
      '',
    ].join('\n');
    writeFileSync(join(r.dir, 'my-cliff.toml'), cfg);
    const res = await generateChangelog({ cwd: r.dir, version: '1.1.0', config: 'my-cliff.toml' });
    expect(entries(res.notes)).toHaveLength(2);
    expect(res.config).toContain('my-cliff.toml');
  });

  it('a version already tagged at HEAD regenerates exactly its section; an older released version is refused', async () => {
    const r = repo();
    r.commit('feat: base');
    r.tag('v1.0.0', { annotated: true });
    r.commit('feat: widgets');
    r.tag('v1.1.0-beta.1', { annotated: true });
    r.commit('fix: crash');
    r.commit('chore(release): v1.1.0');
    r.tag('v1.1.0', { annotated: true });
    const again = await generateChangelog({ cwd: r.dir, version: '1.1.0' });
    expect(again.section.split('\n')[0]).toMatch(/^## \[1\.1\.0\]/);
    expect(entries(again.notes).map((l) => l.split(' (')[0])).toEqual(['- widgets', '- crash']);
    r.commit('fix: later');
    await expect(generateChangelog({ cwd: r.dir, version: '1.1.0' })).rejects.toThrow(/Input "version" \(1\.1\.0\) is already released: v1\.1\.0 is an ancestor of HEAD/);
  });

  it('rejects bad input with messages naming the input', async () => {
    const r = repo();
    r.commit('feat: x');
    await expect(generateChangelog({ cwd: r.dir, version: 'v1.x' })).rejects.toThrow(/Input "version" must be a SemVer version/);
    await expect(generateChangelog({ cwd: r.dir, version: '1.0.0', output: '../outside.md' })).rejects.toThrow(/Input "output"/);
    await expect(generateChangelog({ cwd: r.dir, version: '1.0.0', includePaths: ['../x/**'] })).rejects.toThrow(/include-paths/);
    await expect(generateChangelog({ cwd: r.dir, version: '1.0.0', config: 'missing.toml' })).rejects.toThrow(/Input "config"/);
    await expect(generateChangelog({ cwd: r.dir, version: '1.0.0', pre1: 'patch' as 'minor' })).rejects.toThrow(/Input "pre-1-0" must be minor or major/);
  });
});
