/**
 * The composable parts of the one-button workflow: relforge-plan.yml (preflight + plan) and relforge-release.yml
 * (sign + stage + release + packages) are cut from release.yml by scripts/workflow-parts.mjs, so a user's own build
 * job can sit between them and the one-button path cannot drift from them. Also: OIDC for the sign job only, the
 * contract's outputs and artifact names, and the refusal of a file name two platforms produced (real bash, temp dirs).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
// @ts-expect-error -- a plain .mjs build script without types
import { workflowParts } from '../../scripts/workflow-parts.mjs';

interface Step { name?: string; uses?: string; if?: string; run?: string; with?: Record<string, unknown> }
interface Job { needs?: string | string[]; if?: string; permissions?: Record<string, string>; outputs?: Record<string, string>; steps: Step[] }
interface Workflow { on: { workflow_call: { inputs: Record<string, { required?: boolean; default?: unknown }>; outputs?: Record<string, { value: string }> } }; jobs: Record<string, Job> }

const dir = join(import.meta.dirname, '..', '..', '.github', 'workflows');
const text = (n: string) => readFileSync(join(dir, n), 'utf8');
const wf = (n: string) => parse(text(n)) as Workflow;
const one = wf('release.yml');
const plan = wf('relforge-plan.yml');
const rel = wf('relforge-release.yml');
const tmp = mkdtempSync(join(tmpdir(), 'relforge-parts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('relforge-plan.yml and relforge-release.yml are the one-button workflow\'s own jobs', () => {
  it('the committed parts are what scripts/workflow-parts.mjs cuts from release.yml (run it after editing release.yml)', () => {
    const parts = workflowParts(text('release.yml')) as Record<string, string>;
    expect(parts['relforge-plan.yml']).toBe(text('relforge-plan.yml'));
    expect(parts['relforge-release.yml']).toBe(text('relforge-release.yml'));
  });

  it('keeps the order: preflight → plan → build → sign → stage → release → packages', () => {
    expect(Object.keys(one.jobs)).toEqual(['preflight', 'plan', 'build', 'sign', 'stage', 'release', 'packages']);
    expect(Object.keys(plan.jobs)).toEqual(['preflight', 'plan']);
    expect(Object.keys(rel.jobs)).toEqual(['sign', 'stage', 'release', 'packages']);
    expect(rel.jobs.stage!.needs).toBe('sign');
    expect(rel.jobs.release!.needs).toBe('stage');
    expect(rel.jobs.packages!.needs).toBe('release');
  });

  it('plan: preflight and plan byte for byte', () => {
    expect(plan.jobs.preflight).toEqual(one.jobs.preflight);
    expect(plan.jobs.plan).toEqual(one.jobs.plan);
  });

  it('release: every step of sign, stage, release and packages, with the plan job\'s outputs read from the "plan" input', () => {
    for (const j of ['sign', 'stage', 'release', 'packages']) {
      const expected = JSON.stringify(one.jobs[j]!.steps)
        .replaceAll('needs.plan.outputs.major-tag', "fromJSON(inputs.plan)['major-tag']")
        .replaceAll('needs.plan.outputs.', 'fromJSON(inputs.plan).')
        .replaceAll('needs.build.outputs.tree', '(inputs.built-tree || fromJSON(inputs.plan).tree)');
      expect(JSON.stringify(rel.jobs[j]!.steps), j).toBe(expected);
    }
    expect(rel.jobs.sign!.if).toBe("fromJSON(inputs.plan).release == 'true'");
    expect(rel.on.workflow_call.inputs.plan!.required).toBe(true);
    expect(rel.on.workflow_call.inputs['built-tree']!.default).toBe('');
  });

  it('the contract: outputs and artifact names a user job needs', () => {
    const outs = plan.on.workflow_call.outputs!;
    for (const k of ['release', 'version', 'tag', 'prerelease', 'channel', 'commit', 'tree', 'time', 'plan-artifact', 'notes-file', 'signed-artifact']) expect(outs[k]?.value, k).toBe(`\${{ jobs.plan.outputs.${k} }}`);
    for (const k of ['release', 'version', 'tag', 'prerelease', 'commit', 'time', 'plan-artifact', 'notes-file', 'signed-artifact']) expect(one.on.workflow_call.outputs![k]?.value, k).toBeDefined();
    expect(one.jobs.plan!.outputs!['plan-artifact']).toBe('relforge-plan');
    expect(one.jobs.plan!.outputs!['notes-file']).toBe('notes.md');
    expect(one.jobs.plan!.outputs!['signed-artifact']).toBe('relforge-signed');
    const uploads = one.jobs.build!.steps.filter((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(uploads.map((s) => s.with!.name)).toEqual(['relforge-build-${{ steps.platform.outputs.slug }}', 'relforge-build']);
    const downloads = rel.jobs.sign!.steps.filter((s) => s.uses?.startsWith('actions/download-artifact'));
    expect(downloads.map((s) => s.with!.pattern ?? s.with!.name)).toEqual(['relforge-build-*', 'relforge-build']);
    expect(JSON.stringify(downloads)).not.toContain('merge-multiple');
  });

  it('OIDC: id-token: write for the sign job only, in every workflow', () => {
    for (const [name, w] of [['release.yml', one], ['relforge-plan.yml', plan], ['relforge-release.yml', rel]] as const)
      for (const [j, job] of Object.entries(w.jobs)) expect(job.permissions?.['id-token'], `${name} ${j}`).toBe(j === 'sign' ? 'write' : undefined);
  });

  it('actionlint finds nothing in the three workflows', () => {
    const r = spawnSync('/root/go/bin/actionlint', ['-no-color', ...['release.yml', 'relforge-plan.yml', 'relforge-release.yml'].map((n) => join(dir, n))], { encoding: 'utf8', cwd: join(dir, '..', '..') });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('matrix artifacts: namespaced per platform, a collision refused before anything is signed', () => {
  const flatten = one.jobs.sign!.steps.find((s) => s.name?.startsWith('One folder of release files'))!.run!;
  const run = (layout: Record<string, string>) => {
    const ws = mkdtempSync(join(tmp, 'ws-'));
    for (const [p, content] of Object.entries(layout)) {
      mkdirSync(join(ws, 'relforge-built', p, '..'), { recursive: true });
      writeFileSync(join(ws, 'relforge-built', p), content);
    }
    const r = spawnSync('bash', ['-eo', 'pipefail', '-c', flatten], { cwd: ws, encoding: 'utf8' });
    let files: string[] = [];
    try {
      files = readdirSync(join(ws, 'relforge-dist')).sort();
    } catch {}
    return { status: r.status, out: r.stdout + r.stderr, files, ws };
  };

  it('two macOS builds that both produce Notely.app.tar.gz: refused, naming the file and both platforms', () => {
    const r = run({ 'relforge-build-darwin-aarch64/Notely.app.tar.gz': 'arm', 'relforge-build-darwin-x86_64/Notely.app.tar.gz': 'intel', 'relforge-build-linux-x86_64/notely.AppImage': 'l' });
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/::error::Two platforms produced the file "Notely\.app\.tar\.gz" \(relforge-build-darwin-aarch64\/Notely\.app\.tar\.gz and relforge-build-darwin-x86_64\/Notely\.app\.tar\.gz\)/);
  });

  it('distinct names (v4 per-platform artifacts, or v3 <platform>/ folders) become one folder, bytes intact', () => {
    const v4 = run({ 'relforge-build-linux-x86_64/agent-linux-x86_64': 'L', 'relforge-build-windows-x86_64/agent-windows-x86_64.exe': 'W' });
    expect(v4.status, v4.out).toBe(0);
    expect(v4.files).toEqual(['agent-linux-x86_64', 'agent-windows-x86_64.exe']);
    expect(readFileSync(join(v4.ws, 'relforge-dist', 'agent-windows-x86_64.exe'), 'utf8')).toBe('W');
    const v3 = run({ 'linux-x86_64/agent-linux-x86_64': 'L', 'darwin-aarch64/agent-darwin-aarch64': 'D' });
    expect(v3.status, v3.out).toBe(0);
    expect(v3.files).toEqual(['agent-darwin-aarch64', 'agent-linux-x86_64']);
  });
});

describe('preflight refuses settings that cannot work together, before anything runs', () => {
  const step = one.jobs.preflight!.steps[0]!;
  const run = (env: Record<string, string>) => {
    const base = { RELFORGE_WINDOWS_SIGNING_REQUIRED: 'false', RELFORGE_TRUSTED_SIGNING_ACCOUNT: '', RELFORGE_PACKAGES: '', RELFORGE_PRODUCT: '', RELFORGE_PIN: '' };
    const r = spawnSync('bash', ['-eo', 'pipefail', '-c', step.run!], { env: { PATH: process.env.PATH ?? '', ...base, ...env }, encoding: 'utf8' });
    return { status: r.status, out: r.stdout + r.stderr };
  };
  it('is the first step of preflight and reads the inputs through env', () => {
    expect(step.name).toMatch(/cannot work together/);
    expect(step.run).not.toContain('${{');
  });
  it('windows-signing-required without a Trusted Signing account: refused, naming both inputs', () => {
    const r = run({ RELFORGE_WINDOWS_SIGNING_REQUIRED: 'true' });
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/::error::windows-signing-required is true but trusted-signing-account is empty/);
    expect(run({ RELFORGE_WINDOWS_SIGNING_REQUIRED: 'true', RELFORGE_TRUSTED_SIGNING_ACCOUNT: 'acme' }).status).toBe(0);
  });
  it('packages without the pin or the product: refused', () => {
    expect(run({ RELFORGE_PACKAGES: 'agent-*', RELFORGE_PRODUCT: 'agent' }).out).toMatch(/packages is set but minisign-public-key is empty/);
    expect(run({ RELFORGE_PACKAGES: 'agent-*', RELFORGE_PIN: 'RWQ…' }).out).toMatch(/packages is set but product is empty/);
    expect(run({ RELFORGE_PACKAGES: 'agent-*', RELFORGE_PIN: 'RWQ…', RELFORGE_PRODUCT: 'agent' }).status).toBe(0);
    expect(run({}).status).toBe(0);
  });
});

describe('the collision message cannot write workflow commands', () => {
  it('a file name with a newline and "::" is shown with "?" for the control characters, on one line', () => {
    const flatten = one.jobs.sign!.steps.find((s) => s.name?.startsWith('One folder of release files'))!.run!;
    const ws = mkdtempSync(join(tmp, 'nl-'));
    const evil = 'a\n::add-mask::x';
    for (const p of ['relforge-build-linux-x86_64', 'relforge-build-windows-x86_64']) {
      mkdirSync(join(ws, 'relforge-built', p), { recursive: true });
      writeFileSync(join(ws, 'relforge-built', p, evil), 'x');
    }
    const r = spawnSync('bash', ['-eo', 'pipefail', '-c', flatten], { cwd: ws, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const lines = (r.stdout + r.stderr).split('\n').filter((l) => l.startsWith('::'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('"a?::add-mask::x"');
  });
});
