/**
 * Outputs are typed from the schema: `setOutputs(schema, {...})` must name every output the schema declares
 * and nothing else. The `@ts-expect-error` lines below are compile errors that `tsc -p tsconfig.test.json`
 * checks (if the typing ever lets them through, tsc fails on an unused @ts-expect-error).
 */
import { describe, expect, it } from 'vitest';
import type { OutputValues } from '../../src/platform/options.js';
import { releaseCommitSchema } from '../../src/versioning/options.js';
import { setOutputs } from '../../src/actions/runner.js';
import { ACTION_SCHEMAS } from '../../src/schemas.js';

type ReleaseCommitOutputs = OutputValues<typeof releaseCommitSchema>;

describe('outputs typed from the schema', () => {
  it('a complete set compiles; a misspelt or missing output does not', () => {
    const ok: ReleaseCommitOutputs = { commit: 'c', tag: 'v1.0.0', version: '1.0.0', branch: 'main', pushed: true, reused: false, 'major-tag': '' };
    // @ts-expect-error "majortag" is not an output of release-commit (misspelt)
    const misspelt: ReleaseCommitOutputs = { commit: 'c', tag: 'v1.0.0', version: '1.0.0', branch: 'main', pushed: true, reused: false, majortag: '' };
    // @ts-expect-error "major-tag" (and others) missing
    const missing: ReleaseCommitOutputs = { commit: 'c', tag: 'v1.0.0' };
    // Never run (it would write GITHUB_OUTPUT): only its type matters.
    const write = () => {
      // @ts-expect-error "pushd" is misspelt
      setOutputs(releaseCommitSchema, { commit: 'c', tag: 't', version: 'v', branch: 'b', pushd: true, reused: false, 'major-tag': '' });
    };
    expect(Object.keys(ok).sort()).toEqual(Object.keys(releaseCommitSchema.outputs!).sort());
    expect([misspelt, missing, write].length).toBe(3);
  });

  it('every action declares outputs (action.yml outputs: and the typed setOutputs come from them)', () => {
    for (const [name, schema] of Object.entries(ACTION_SCHEMAS)) expect(Object.keys(schema.outputs ?? {}).length, name).toBeGreaterThan(0);
  });
});
