/**
 * The built bundle (dist/next-version/index.js) run the way a runner runs it — INPUT_* variables, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY — under both Node runtimes, checked against answers derived by hand from the history.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundle } from '../helpers/bundle.js';
import { bundleRuntimes } from '../helpers/runtimes.js';
import { createRepo, type TestRepo } from '../helpers/repo.js';

let repo: TestRepo;
let mono: TestRepo;

beforeAll(() => {
  // 0.x project: v0.2.0 stable, then betas of 0.3.0 and a leftover 0.2.1 beta, breaking change first in the tail.
  repo = createRepo({ withRemote: false });
  repo.commit('chore: init', { 'package.json': '{\n    "name": "demo",\n    "version": "0.2.0"\n}\n' });
  repo.commit('feat: first');
  repo.tag('v0.2.0', { annotated: true });
  repo.commit('feat(core)!: new config format');
  repo.tag('v0.3.0-beta.1');
  repo.commit('fix: typo');
  repo.tag('v0.2.1-beta.4');
  repo.commit('docs: guide');
  repo.commit('Merge branch x');

  mono = createRepo({ withRemote: false });
  mono.commit('chore: init', { 'a/package.json': '{"version": "1.0.0"}\n', 'b/package.json': '{"version": "2.0.0"}\n' });
  mono.tag('a-v1.0.0');
  mono.tag('b-v2.0.0');
  mono.commit('fix(a): x', { 'a/x': '1' });
});
afterAll(() => {
  repo?.cleanup();
  mono?.cleanup();
});

describe.each(bundleRuntimes())('next-version bundle on $label ($version)', (runtime) => {
  it('computes the plan and writes outputs and a step summary', async () => {
    const run = await runBundle('next-version', { runtime, inputs: { path: repo.dir }, cwd: repo.dir });
    expect(run.code, run.all).toBe(0);
    expect(run.outputs).toEqual({
      version: '0.3.0',
      tag: 'v0.3.0',
      'previous-version': '0.2.0',
      'previous-tag': 'v0.2.0',
      bump: 'minor',
      released: 'true',
      commits: '4',
      'changed-components': '[]',
      components: '[]',
      files: '[]',
    });
    expect(run.summary).toContain('`v0.2.0`');
    expect(run.summary).toContain('feat(core)!: new config format');
    expect(run.summary).toMatch(/Prerelease tags ignored.*v0\.3\.0-beta\.1.*v0\.2\.1-beta\.4/);
    expect(run.summary).toMatch(/feat 1, fix 1, docs 1, non-conventional 1|By type: .*feat 1/);
  });

  it('pre-1-0: major, path relative to the workspace, and write', async () => {
    const run = await runBundle('next-version', {
      runtime,
      cwd: join(repo.dir, '..'),
      inputs: { path: 'work', 'pre-1-0': 'major', 'version-file': 'package.json', 'tag-prefix': 'v', write: 'false' },
    });
    expect(run.code, run.all).toBe(0);
    expect(run.outputs).toMatchObject({ version: '1.0.0', tag: 'v1.0.0', bump: 'major' });
    expect(readFileSync(join(repo.dir, 'package.json'), 'utf8')).toContain('"version": "0.2.0"');
  });

  it('independent components', async () => {
    const components = 'a:\n  paths: [a]\n  manifests: [a/package.json]\nb:\n  paths: [b]\n  manifests: [b/package.json]\n';
    const run = await runBundle('next-version', { runtime, cwd: mono.dir, inputs: { path: '.', components, versioning: 'independent' } });
    expect(run.code, run.all).toBe(0);
    expect(run.outputs).toMatchObject({ version: '1.0.1', tag: 'a-v1.0.1', 'previous-tag': 'a-v1.0.0', bump: 'patch', released: 'true', commits: '1' });
    expect(JSON.parse(run.outputs['changed-components']!)).toEqual(['a']);
    expect(JSON.parse(run.outputs.components!)).toEqual([
      { name: 'a', previous: '1.0.0', version: '1.0.1', bump: 'patch', tag: 'a-v1.0.1' },
      { name: 'b', previous: '2.0.0', version: '2.0.0', bump: 'none', tag: 'b-v2.0.0' },
    ]);
  });

  it("with the walk its entry's prelude started (test/versioning/prefetch.test.ts): one git log, the same answer as without", async () => {
    const traced = async (env: Record<string, string>) => {
      const trace = join(mkdtempSync(join(tmpdir(), 'relforge-trace-')), 'trace');
      const run = await runBundle('next-version', { runtime, cwd: repo.dir, inputs: { path: '.' }, env: { GIT_TRACE: trace, ...env } });
      expect(run.code, run.all).toBe(0);
      const commands = [...readFileSync(trace, 'utf8').matchAll(/trace: built-in: git (\S+)/g)].map((m) => m[1]!);
      rmSync(dirname(trace), { recursive: true, force: true });
      return { run, commands };
    };
    const on = await traced({});
    const off = await traced({ RELFORGE_NO_PREFETCH: '1' });
    // One walk (the prefetched one adopted, not a second), the same git commands and the same answer.
    expect(on.commands.filter((c) => c === 'log')).toHaveLength(1);
    expect(on.commands).toEqual(off.commands);
    expect(on.run.outputs).toEqual(off.run.outputs);
    expect(on.run.summary).toBe(off.run.summary);
    expect(on.run.stdout).toBe(off.run.stdout);
  });

  it('fails the step with a clear message on bad input (the walk its prelude started does not hold it)', async () => {
    const run = await runBundle('next-version', { runtime, cwd: repo.dir, inputs: { path: '.', 'pre-1-0': 'sometimes', write: 'maybe' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::2 problems with the inputs:%0A- Input "pre-1-0" must be minor or major, got "sometimes"\.%0A- Input "write" must be true or false, got "maybe"/);
    expect(run.outputs).toEqual({});
  });
});
