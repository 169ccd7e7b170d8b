/**
 * The reusable workflow (.github/workflows/release.yml) declares its `workflow_call` inputs by hand. Where an
 * input is passed straight to a relforge action input (`with: x: ${{ inputs.y }}`), both must mean the same:
 * the same default, a boolean for a boolean, a non-empty default for a required input unless the step is
 * guarded, and the action's allowed values named in the workflow's description. A secret passed straight to an
 * input must be one of the names the option reads from the environment (one name per secret).
 * A step guarded by `if: inputs.x != '<the workflow's default>'` never sees that default, so there the defaults may
 * differ (the dispatch channel "stable" never reaches prerelease's channel). No known-mismatch list: every
 * reusable workflow (the one-button release.yml and its parts relforge-plan.yml / relforge-release.yml) is clean.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_SCHEMAS } from '../../src/schemas.js';
import { actionDefault, type OperationSchema } from '../../src/platform/options.js';

interface WorkflowInput {
  type?: string;
  default?: string | boolean | number;
  required?: boolean;
  description?: string;
}
interface Step {
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}

const root = join(import.meta.dirname, '..', '..');
const WORKFLOWS = ['release.yml', 'relforge-plan.yml', 'relforge-release.yml'];
const read = (name: string) => readFileSync(join(root, '.github', 'workflows', name), 'utf8');
const workflowText = read('release.yml');

/** True when the step's (or its job's) condition excludes the input's value `value`. */
function guardExcludes(cond: string | undefined, name: string, value: string): boolean {
  if (!cond) return false;
  const v = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`inputs\\.${name}\\s*!=\\s*'${v}'`).test(cond) && !/\|\|/.test(cond);
}

/** Every problem, keyed "job.step-action.option ← inputs.x" (or "← secrets.X"). */
function workflowInputProblems(text: string, schemas: Record<string, OperationSchema>): Map<string, string> {
  const wf = parse(text) as { on: { workflow_call: { inputs: Record<string, WorkflowInput> } }; jobs: Record<string, { if?: string; steps?: Step[] }> };
  const inputs = wf.on.workflow_call.inputs;
  const problems = new Map<string, string>();
  const norm = (v: unknown) => (v === undefined || v === '' ? undefined : String(v));
  for (const [job, { if: jobIf, steps = [] }] of Object.entries(wf.jobs)) {
    for (const step of steps) {
      const action = /^(?:\.\/|relforge\/relforge\/|https:\/\/github\.com\/relforge\/relforge\/)actions\/([a-z0-9-]+)@/.exec(step.uses ?? '')?.[1];
      if (!action) continue;
      const schema = schemas[action];
      if (!schema) {
        problems.set(`${job}.${action}`, `no schema for action ${action}`);
        continue;
      }
      for (const [option, raw] of Object.entries(step.with ?? {})) {
        const spec = schema.options[option];
        const value = String(raw).trim();
        if (!spec || spec.only === 'cli') {
          problems.set(`${job}.${action}.${option}`, `${action} has no input "${option}"`);
          continue;
        }
        const secret = /^\$\{\{\s*secrets\.([A-Z0-9_]+)\s*\}\}$/.exec(value)?.[1];
        if (secret) {
          if (!spec.env?.includes(secret)) problems.set(`${job}.${action}.${option} ← secrets.${secret}`, `secret ${secret} is not among the names ${action}'s "${option}" reads (${(spec.env ?? []).join(', ') || 'none'})`);
          continue;
        }
        const name = /^\$\{\{\s*inputs\.([a-z0-9-]+)\s*\}\}$/.exec(value)?.[1];
        if (!name) continue; // an expression or a constant: not a pass-through
        const input = inputs[name];
        const key = `${job}.${action}.${option} ← inputs.${name}`;
        if (!input) {
          problems.set(key, `the workflow has no input "${name}"`);
          continue;
        }
        const why: string[] = [];
        if ((spec.type === 'boolean') !== (input.type === 'boolean')) why.push(`type ${input.type} vs ${spec.type}`);
        const wfDefault = norm(input.default);
        const acDefault = norm(actionDefault(spec));
        const defaultNeverReaches = wfDefault !== undefined && (guardExcludes(step.if, name, wfDefault) || guardExcludes(jobIf, name, wfDefault));
        if (wfDefault !== acDefault && !defaultNeverReaches) why.push(`default ${JSON.stringify(wfDefault ?? '')} vs the action's ${JSON.stringify(acDefault ?? '')}`);
        if (spec.required && !input.required && wfDefault === undefined && !step.if) why.push('required by the action, optional and empty in the workflow, and the step is not guarded');
        for (const c of spec.choices ?? []) if (!(input.description ?? '').includes(c)) why.push(`the description does not name the allowed value "${c}"`);
        if (why.length) problems.set(key, why.join('; '));
      }
    }
  }
  return problems;
}

describe.each(WORKFLOWS)('reusable workflow inputs ↔ action schemas: %s', (name) => {
  const text = read(name);
  const problems = workflowInputProblems(text, ACTION_SCHEMAS);

  it('finds the pass-throughs (the check looks at something)', () => {
    const passes = [...text.matchAll(/^\s+[a-z0-9-]+: \$\{\{ inputs\.[a-z0-9-]+ \}\}$/gm)].length;
    expect(passes).toBeGreaterThan(name === 'release.yml' ? 40 : 15);
  });

  it('every input passed straight to an action input means the same there', () => {
    expect([...problems].map(([k, v]) => `${k}: ${v}`)).toEqual([]);
  });
});

describe('the workflow-inputs check itself', () => {
  it('passes through the inputs the schemas offer (upload-packages, sign-trusted, versioning)', () => {
    const problems = workflowInputProblems(workflowText, ACTION_SCHEMAS);
    expect(problems.size).toBe(0);
    for (const key of ['base-url', 'expires-in', 'tauri', 'tauri-preferred-bundles', 'roots', 'windows-signing-required', 'expected-eku', 'release-as', 'channels', 'prerelease-scheme', 'first-number'])
      expect(workflowText, key).toMatch(new RegExp(`^\\s+${key}: \\$\\{\\{ inputs\\.${key}[ }]`, 'm'));
  });

  it('a guard on another input, or an "or", does not excuse a default', () => {
    expect(guardExcludes("inputs.channel != 'stable'", 'channel', 'stable')).toBe(true);
    expect(guardExcludes("inputs.channel != 'stable' || inputs.x", 'channel', 'stable')).toBe(false);
    expect(guardExcludes("inputs.tag-prefix != 'stable'", 'channel', 'stable')).toBe(false);
  });

  it('catches a changed default, a lost choice and a secret under another name', () => {
    const broken = workflowText
      .replace(/(tag-prefix:\n\s+description: .*\n\s+type: string\n\s+default: )v/, '$1release-')
      .replace(/(pre-1-0:\n\s+description: )While the major version is 0, a breaking change bumps "minor" \(default\) or "major"\./, '$1Bump rule for 0.x.')
      .replace('password: ${{ secrets.MINISIGN_PASSWORD }}', 'password: ${{ secrets.KEY_PASSWORD }}');
    expect(broken).not.toBe(workflowText);
    const found = workflowInputProblems(broken, ACTION_SCHEMAS);
    expect(found.get('plan.next-version.tag-prefix ← inputs.tag-prefix')).toMatch(/default "release-" vs the action's "v"/);
    expect(found.get('plan.next-version.pre-1-0 ← inputs.pre-1-0')).toMatch(/allowed value "major"/);
    expect([...found.keys()].some((k) => k.endsWith('password ← secrets.KEY_PASSWORD'))).toBe(true);
  });
});
