/**
 * Pins that exist (issue 19): every `relforge/relforge/…@vN` (and `@vN.x.y`) that README.md, docs/**, the
 * workflows, the examples and `relforge init` output (every forge) tell users to write must name the major tag
 * relforge's own next release moves. That major is computed, not written down: relforge's next-version runs on a
 * clean clone of this repository's committed history (a dirty work tree does not matter) with the settings of
 * .github/workflows/release-relforge.yml's next-version step, whose release-commit step must move the major tag.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import semver from 'semver';
import { ROOT } from '../helpers/runtimes.js';
import { computeNextVersion } from '../../src/versioning/next-version.js';
import { runCommand } from '../../src/cli/args.js';
import initCommand from '../../src/cli/init.js';

const PIN = /relforge\/relforge\/[^\s'"`@)]*@(v\d+(?:\.\d+\.\d+)?)\b/g;

interface Pin {
  where: string;
  line: number;
  ref: string;
}

export function pinsIn(text: string, where: string): Pin[] {
  const out: Pin[] = [];
  text.split('\n').forEach((l, i) => {
    for (const m of l.matchAll(PIN)) out.push({ where, line: i + 1, ref: m[1]! });
  });
  return out;
}

const walk = (dir: string, ext: RegExp): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : []));

type Step = { uses?: string; with?: Record<string, unknown> };

/** The with: of the step of release-relforge.yml that uses ./actions/<name>. */
function stepWith(wf: { jobs: Record<string, { steps?: Step[] }> }, name: string): Record<string, unknown> {
  for (const job of Object.values(wf.jobs)) for (const s of job.steps ?? []) if (s.uses === `./actions/${name}`) return s.with ?? {};
  throw new Error(`release-relforge.yml has no step using ./actions/${name}`);
}

/** A literal input value (an expression such as ${{ inputs.release-as }} is empty at a default dispatch). */
const literal = (v: unknown): string | undefined => (typeof v === 'string' && !v.includes('${{') ? v : undefined);

let nextVersion: string;
let firstRelease: boolean;

beforeAll(async () => {
  if (execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: ROOT, encoding: 'utf8' }).trim() === 'true') {
    throw new Error('This checkout is shallow: the pin check needs the whole history (actions/checkout with fetch-depth: 0).');
  }
  const wf = parse(readFileSync(join(ROOT, '.github/workflows/release-relforge.yml'), 'utf8'));
  const nv = stepWith(wf, 'next-version');
  expect(String(stepWith(wf, 'release-commit')['major-tag'])).toBe('true');
  const tmp = mkdtempSync(join(tmpdir(), 'relforge-pins-'));
  try {
    const clone = join(tmp, 'relforge');
    execFileSync('git', ['clone', '--quiet', '--no-checkout', ROOT, clone], { stdio: ['ignore', 'ignore', 'pipe'] });
    execFileSync('git', ['checkout', '--quiet', 'HEAD'], { cwd: clone });
    const r = await computeNextVersion({
      cwd: clone,
      versionFile: literal(nv['version-file']),
      ...(literal(nv['tag-prefix']) ? { tagPrefix: literal(nv['tag-prefix']) } : {}),
      ...(literal(nv['release-as']) ? { releaseAs: literal(nv['release-as']) } : {}),
    });
    // Right after a release nothing releases yet: the pins then name the major of that release.
    nextVersion = r.released ? r.version : r.previousVersion;
    firstRelease = r.previousTag === undefined;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}, 120_000);

describe('pins in the docs and workflows name the major relforge releases next', () => {
  it('relforge\'s first release is 1.0.0 (it moves v1); later ones stay on v1 or above', () => {
    if (firstRelease) expect(nextVersion).toBe('1.0.0');
    else expect(semver.major(nextVersion)).toBeGreaterThanOrEqual(1);
  });

  it('README.md, docs/**, .github/workflows and workflows/examples', () => {
    const files = [join(ROOT, 'README.md'), ...walk(join(ROOT, 'docs'), /\.md$/), ...walk(join(ROOT, '.github', 'workflows'), /\.ya?ml$/), ...walk(join(ROOT, 'workflows'), /\.ya?ml$/)];
    const pins = files.flatMap((f) => pinsIn(readFileSync(f, 'utf8'), relative(ROOT, f)));
    expect(pins.length).toBeGreaterThan(10);
    checkPins(pins);
  });

  it.each(['github', 'gitea', 'forgejo'])('relforge init --forge %s', async (forge) => {
    const dir = mkdtempSync(join(tmpdir(), `relforge-init-${forge}-`));
    const log = console.log;
    try {
      execFileSync('git', ['init', '-q'], { cwd: dir });
      console.log = () => undefined;
      const code = await runCommand(initCommand, ['--forge', forge, '--dir', join(dir, '.github', 'workflows')]);
      console.log = log;
      expect(code).toBe(0);
      const files = walk(join(dir, '.github', 'workflows'), /\.ya?ml$/);
      const pins = files.flatMap((f) => pinsIn(readFileSync(f, 'utf8'), `init --forge ${forge}: ${relative(dir, f)}`));
      expect(pins.length).toBeGreaterThan(0);
      checkPins(pins);
    } finally {
      console.log = log;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the check itself refuses a pin that says @v2 or @v2.0.0', () => {
    const pins = pinsIn('uses: relforge/relforge/actions/sign-ed25519@v2\nuses: https://github.com/relforge/relforge/.github/workflows/release.yml@v2.0.0', 'sample');
    expect(pins.map((p) => p.ref)).toEqual(['v2', 'v2.0.0']);
    expect(() => checkPins(pins)).toThrow();
    expect(() => checkPins(pinsIn('uses: relforge/relforge/actions/prerelease@v1.4.0', 'sample'))).toThrow(/pins @v1\.4\.0/);
    expect(() => checkPins(pinsIn('uses: relforge/relforge/actions/prerelease@v1.0.0', 'sample'))).not.toThrow();
  });
});

function checkPins(pins: Pin[]): void {
  const major = `v${nextVersion.split('.')[0]}`;
  // @vN must be the major the next release moves; @vN.x.y must also not be above the next release (it would not exist).
  const wrong = pins
    .filter((p) => p.ref.split('.')[0] !== major || (p.ref.includes('.') && semver.gt(p.ref.slice(1), nextVersion)))
    .map((p) => `${p.where}:${p.line} pins @${p.ref}`);
  expect(wrong, `relforge's next release is ${nextVersion} and moves ${major}; these pins point elsewhere`).toEqual([]);
}
