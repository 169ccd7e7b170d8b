// The composable parts of the one-button release workflow, cut from it so they cannot drift:
//   .github/workflows/relforge-plan.yml     preflight + plan        (jobs copied verbatim)
//   .github/workflows/relforge-release.yml  sign + stage + release + packages (needs.plan.outputs.X → the "plan" input)
// Your own build job sits between them (docs/workflows.md, "Composing your own build").
//   node scripts/workflow-parts.mjs          rewrites both files from .github/workflows/release.yml
//   node scripts/workflow-parts.mjs --check  exits 1 when they differ (test/workflows/parts.test.ts does the same)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PLAN_OUTPUTS = {
  release: '"true" when something is to be built and released (false: nothing to release, or already released by content).',
  version: 'The version to release (0.4.0 or 0.4.0-beta.3).',
  tag: 'The release tag (prepared, not on the origin until relforge-release.yml pushes it).',
  commit: 'The prepared release commit (stable) or the tagged commit (prerelease): build exactly this.',
  tree: 'The tree of that commit; your build checks `git rev-parse HEAD^{tree}` against it.',
  base: 'The dispatched commit (the push later requires the branch still here).',
  branch: 'The dispatched branch.',
  'major-tag': 'The major tag moved with a stable release (major-tag: true), else empty.',
  prerelease: '"true" for a prerelease channel.',
  channel: 'The channel (stable, beta, …).',
  time: 'The release time (unix seconds): SOURCE_DATE_EPOCH for the build, the signatures and the manifests.',
  'plan-artifact': 'Artifact with release.bundle (the prepared tag and commit, as a git bundle) and the notes: "relforge-plan".',
  'notes-file': 'The release notes inside the plan artifact ("notes.md"); notes travel by file, never as an output.',
  'signed-artifact': 'Artifact relforge-release.yml writes with every signed file, SHA256SUMS and the signatures: "relforge-signed".',
};

const lines = (t) => t.split('\n');

/** Blocks of a YAML mapping at `indent` spaces between lines [from, to): key → text (comments above a key belong to it). */
function blocks(ls, from, to, indent) {
  const pad = ' '.repeat(indent);
  const out = new Map();
  let key;
  let buf = [];
  let pending = [];
  for (let i = from; i < to; i++) {
    const l = ls[i];
    const m = l.startsWith(pad) && !l.startsWith(pad + ' ') ? /^([A-Za-z0-9_-]+):/.exec(l.slice(indent)) : null;
    if (m) {
      if (key) out.set(key, buf.join('\n'));
      key = m[1];
      buf = [...pending, l];
      pending = [];
    } else if (l.trim().startsWith('#') && l.startsWith(pad) && !l.startsWith(pad + ' ')) pending.push(l);
    else if (l.trim() === '' && pending.length === 0) buf.push(l);
    else {
      buf.push(...pending, l);
      pending = [];
    }
  }
  if (key) out.set(key, buf.join('\n').replace(/\n+$/, ''));
  return out;
}

function find(ls, text, from = 0) {
  const i = ls.indexOf(text, from);
  if (i < 0) throw new Error(`release.yml: "${text}" not found`);
  return i;
}

/** Splits release.yml into its sections. */
export function parseRelease(text) {
  const ls = lines(text);
  const inputsAt = find(ls, '    inputs:');
  const secretsAt = find(ls, '    secrets:', inputsAt);
  const outputsAt = find(ls, '    outputs:', secretsAt);
  const permissionsAt = find(ls, 'permissions:', outputsAt);
  const jobsAt = find(ls, 'jobs:', permissionsAt);
  return {
    inputs: blocks(ls, inputsAt + 1, secretsAt, 6),
    secrets: blocks(ls, secretsAt + 1, outputsAt, 6),
    permissions: ls.slice(permissionsAt, jobsAt).join('\n').replace(/\n+$/, ''),
    jobs: blocks(ls, jobsAt + 1, ls.length, 2),
  };
}

const used = (texts, re) => {
  const names = new Set();
  for (const t of texts) for (const m of t.matchAll(re)) names.add(m[1]);
  return names;
};

function header(title, usage) {
  return [
    `# relforge: ${title}`,
    '# GENERATED from .github/workflows/release.yml by scripts/workflow-parts.mjs — do not edit by hand: edit release.yml',
    '# (the one-button workflow is these parts with the build job between them) and run `node scripts/workflow-parts.mjs`.',
    ...usage.map((u) => `# ${u}`.trimEnd()),
  ].join('\n');
}

function assemble(head, name, inputs, secrets, outputs, permissions, jobs) {
  const out = [head, `name: ${name}`, '', 'on:', '  workflow_call:', '    inputs:', ...inputs, '    secrets:', ...secrets];
  if (outputs.length) out.push('    outputs:', ...outputs);
  out.push('', permissions, '', 'jobs:', jobs.join('\n\n'), '');
  return out.join('\n');
}

function pick(map, names) {
  return [...map].filter(([k]) => names.has(k)).map(([, v]) => v.replace(/\n+$/, ''));
}

/** Rewrites a sign/stage/release/packages job for relforge-release.yml. */
function releaseJob(name, text) {
  let t = text
    .replace(/needs\.plan\.outputs\.([a-z0-9]+(?:-[a-z0-9-]+)?)/g, (_, k) => (k.includes('-') ? `fromJSON(inputs.plan)['${k}']` : `fromJSON(inputs.plan).${k}`))
    .replace(/needs\.build\.outputs\.tree/g, "(inputs.built-tree || fromJSON(inputs.plan).tree)");
  t = t.replace(/^( {4})needs: (\[[^\]]*\]|[a-z-]+)\n/m, (_, pad, list) => {
    const rest = list.replace(/[[\]\s]/g, '').split(',').filter((n) => n && n !== 'plan' && n !== 'build');
    return rest.length === 0 ? '' : `${pad}needs: ${rest.length === 1 ? rest[0] : `[${rest.join(', ')}]`}\n`;
  });
  if (name === 'sign') t = t.replace(/^( {2}sign:\n)/m, "$1    if: fromJSON(inputs.plan).release == 'true'\n");
  return t;
}

export function workflowParts(text) {
  const r = parseRelease(text);
  for (const j of ['preflight', 'plan', 'build', 'sign', 'stage', 'release', 'packages'])
    if (!r.jobs.has(j)) throw new Error(`release.yml has no job "${j}"`);
  const jobOrder = [...r.jobs.keys()].join(' → ');
  if (jobOrder !== 'preflight → plan → build → sign → stage → release → packages') throw new Error(`release.yml's jobs are ${jobOrder}`);

  // ---- relforge-plan.yml ----
  const planJobs = ['preflight', 'plan'].map((j) => r.jobs.get(j));
  const planInputs = pick(r.inputs, used(planJobs, /inputs\.([a-z0-9-]+)/g));
  const planSecrets = pick(r.secrets, used(planJobs, /secrets\.([A-Z0-9_]+)/g));
  const planOutputNames = [...r.jobs.get('plan').matchAll(/^ {6}([a-z0-9-]+): /gm)].map((m) => m[1]).filter((k) => k in PLAN_OUTPUTS);
  const missing = Object.keys(PLAN_OUTPUTS).filter((k) => !planOutputNames.includes(k));
  if (missing.length) throw new Error(`the plan job lacks the outputs ${missing.join(', ')}`);
  const planOutputs = planOutputNames.flatMap((k) => [`      ${k}:`, `        description: '${PLAN_OUTPUTS[k].replace(/'/g, "''")}'`, `        value: \${{ jobs.plan.outputs.${k} }}`]);
  const plan = assemble(
    header('plan — preflight, then the version, the notes (a file) and the release commit and tag PREPARED, nothing pushed', [
      '',
      '  jobs:',
      '    plan:',
      '      uses: relforge/relforge/.github/workflows/relforge-plan.yml@v1',
      '      with: { channel: ${{ inputs.channel }}, version-file: go.mod, minisign-public-key: ${{ vars.MINISIGN_PUBLIC_KEY }} }',
      '      secrets: inherit',
      '    build:        # yours: needs plan; builds needs.plan.outputs.tag from the relforge-plan artifact\'s bundle',
      '    release:',
      '      needs: [plan, build]',
      '      uses: relforge/relforge/.github/workflows/relforge-release.yml@v1',
      '      with: { plan: ${{ toJSON(needs.plan.outputs) }}, minisign-public-key: ${{ vars.MINISIGN_PUBLIC_KEY }} }',
      '      secrets: inherit',
    ]),
    'relforge plan',
    planInputs,
    planSecrets,
    planOutputs,
    r.permissions,
    planJobs,
  );

  // ---- relforge-release.yml ----
  const relJobs = ['sign', 'stage', 'release', 'packages'].map((j) => releaseJob(j, r.jobs.get(j)));
  const relInputNames = used(relJobs, /inputs\.([a-z0-9-]+)/g);
  const relInputs = [
    '      plan:',
    "        description: 'The outputs of your job that calls relforge-plan.yml, as JSON: toJSON(needs.plan.outputs) in an expression.'",
    '        type: string',
    '        required: true',
    '      built-tree:',
    "        description: 'The tree your build checked out (git rev-parse HEAD^{tree}); push-release refuses a tag with another tree. Default: the plan''s tree.'",
    '        type: string',
    "        default: ''",
    ...pick(r.inputs, relInputNames),
  ];
  for (const n of relInputNames) if (n !== 'plan' && n !== 'built-tree' && !r.inputs.has(n)) throw new Error(`release.yml has no input "${n}"`);
  const relSecrets = pick(r.secrets, used(relJobs, /secrets\.([A-Z0-9_]+)/g));
  const release = assemble(
    header('release — sign, stage a verified draft, push (atomic) + publish, packages; after YOUR build job', [
      '',
      'Takes the build artifacts relforge-build-<platform> (actions/upload-artifact@v4, one per platform) or, on',
      'Gitea/Forgejo (@v3), one artifact relforge-build with a <platform>/ folder per platform; a file name two',
      'platforms produced is refused before anything is public. The caller grants contents: write and (for the sign',
      'job\'s OIDC) id-token: write.',
    ]),
    'relforge release',
    relInputs,
    relSecrets,
    [],
    r.permissions,
    relJobs,
  );
  return { 'relforge-plan.yml': plan, 'relforge-release.yml': release };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '.github', 'workflows');
  const parts = workflowParts(readFileSync(join(dir, 'release.yml'), 'utf8'));
  let stale = 0;
  for (const [name, text] of Object.entries(parts)) {
    const path = join(dir, name);
    let old = '';
    try {
      old = readFileSync(path, 'utf8');
    } catch {}
    if (old === text) continue;
    stale++;
    if (process.argv.includes('--check')) console.error(`${name} is not what release.yml gives: run node scripts/workflow-parts.mjs`);
    else writeFileSync(path, text), console.log(`wrote ${path}`);
  }
  if (stale && process.argv.includes('--check')) process.exit(1);
}
