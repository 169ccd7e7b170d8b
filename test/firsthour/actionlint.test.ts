/**
 * actionlint (the real tool, installed by .ci/run from the Go module proxy) over every workflow and every
 * YAML snippet of README.md and docs/. relforge's pinned references (relforge/relforge/actions/<name>@v1,
 * the reusable workflow @v1) are pointed at this checkout first, so actionlint also checks every `with:`
 * against the action's action.yml and every call against the reusable workflow's inputs. The one deliberate
 * exception is in .github/actionlint.yaml (documented there and in docs/workflows.md).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/runtimes.js';
import { requireTool } from '../helpers/tools.js';
import { asWorkflow, codeBlocks, isJobsSnippet, localised, markdownFiles } from './snippets.js';

const ACTIONLINT = requireTool('actionlint', 'go install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12 (.ci/run does)');

function lint(cwd: string, files: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(ACTIONLINT!, ['-no-color', '-oneline', ...files], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, out };
  } catch (err) {
    const e = err as { status?: number; stdout?: string; stderr?: string };
    return { code: e.status ?? 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

const blocks = markdownFiles(ROOT).flatMap((f) => codeBlocks(f, ROOT)).filter((b) => b.lang === 'yaml' || b.lang === 'yml');

describe('YAML in README.md and docs/', () => {
  it('every YAML block is a workflow (or a workflow fragment), unless marked <!-- not-a-workflow: reason -->', () => {
    for (const b of blocks) {
      if (b.note?.startsWith('<!-- not-a-workflow:')) continue;
      expect(asWorkflow(b.text), `${b.file}:${b.line} is not a workflow, jobs or steps snippet`).toBeDefined();
    }
  });
  it('no jobs snippet reads needs.<job> without needing that job', () => {
    for (const b of blocks) {
      if (!isJobsSnippet(b.text)) continue;
      const wf = asWorkflow(b.text)!;
      for (const [, job] of wf.matchAll(/needs\.([A-Za-z0-9_-]+)\./g)) {
        expect(new RegExp(`needs:\\s*(\\[[^\\]]*\\b${job}\\b|${job}\\b|\\n(\\s*- .*\\n)*?\\s*- ${job}\\b)`).test(wf), `${b.file}:${b.line} uses needs.${job} without "needs: ${job}"`).toBe(true);
      }
    }
  });
});

describe.skipIf(!ACTIONLINT)('actionlint', () => {
  let repo: string;
  beforeAll(() => {
    // a repository laid out like a user's: the reusable workflow as .github/workflows/relforge.yml, relforge's actions
    repo = mkdtempSync(join(tmpdir(), 'relforge-actionlint-'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    mkdirSync(join(repo, '.github', 'workflows'), { recursive: true });
    cpSync(join(ROOT, 'actions'), join(repo, 'actions'), { recursive: true });
    // actionlint checks that runs.main exists; the bundles themselves are not needed (and not committed on branches)
    for (const name of readdirSync(join(ROOT, 'actions'))) {
      mkdirSync(join(repo, 'dist', name), { recursive: true });
      writeFileSync(join(repo, 'dist', name, 'index.js'), '');
    }
    cpSync(join(ROOT, '.github', 'actionlint.yaml'), join(repo, '.github', 'actionlint.yaml'));
    writeFileSync(join(repo, '.github', 'workflows', 'relforge.yml'), localised(readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8')));
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('relforge\'s own workflows are clean (with .github/actionlint.yaml)', () => {
    const files = readdirSync(join(ROOT, '.github', 'workflows')).filter((f) => /\.ya?ml$/.test(f)).map((f) => join('.github', 'workflows', f));
    const r = lint(ROOT, files);
    expect(r.out, r.out).toBe('');
    expect(r.code).toBe(0);
  });

  it('the reusable workflow, checked against this checkout\'s action.yml files, and the dispatch examples', () => {
    for (const f of readdirSync(join(ROOT, 'workflows', 'examples'))) writeFileSync(join(repo, '.github', 'workflows', `example-${f}`), localised(readFileSync(join(ROOT, 'workflows', 'examples', f), 'utf8')));
    const files = readdirSync(join(repo, '.github', 'workflows')).map((f) => join('.github', 'workflows', f));
    const r = lint(repo, files);
    expect(r.out, r.out).toBe('');
  });

  it.each(blocks.filter((b) => asWorkflow(b.text) && !b.note?.startsWith('<!-- not-a-workflow:')).map((b) => [`${b.file}:${b.line}`, b] as const))('%s', (_name, b) => {
    const file = join('.github', 'workflows', `snippet-${b.file.replace(/[^A-Za-z0-9]+/g, '-')}-${b.line}.yml`);
    writeFileSync(join(repo, file), localised(asWorkflow(b.text)!));
    const r = lint(repo, [file]);
    expect(r.out, `${b.file}:${b.line}\n${r.out}`).toBe('');
  });
});
