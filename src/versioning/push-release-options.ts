/**
 * Option schema of push-release (src/platform/options.ts): the push of a prepared release commit and tag, after
 * the build, the signatures and the draft release. actions/push-release/action.yml and its docs table follow
 * from it. (Its own module, so the versioning schemas in options.ts stay as they are.)
 */
import { defineSchema, stringDefault, type Values } from '../platform/options.js';
import { VOCABULARY, variant } from '../platform/vocabulary.js';
import type { PushReleaseOptions } from './push-release.js';

export const pushReleaseSchema = defineSchema({
  name: 'push-release',
  summary: 'push a prepared release commit and tag atomically, only when the tagged tree is the tree that was built',
  description: "Push a prepared release commit and tag (from the plan job's git bundle) in one atomic push, only when the tagged commit's tree is the tree the build job built and the branch has not moved since the plan; a tag already there at the same commit is left as it is.",
  options: {
    tag: variant('tag', 'required; the plan job prepared it', { required: true, description: 'The release tag the plan job prepared (e.g. v0.4.0 or v0.4.0-beta.1).' }),
    tree: {
      type: 'string',
      required: true,
      description: 'The tree the build job built (git rev-parse HEAD^{tree}): the tagged commit must have exactly this tree, or nothing is pushed.',
      cli: { metavar: 'SHA' },
    },
    bundle: { type: 'string', description: 'A git bundle holding the prepared tag (and release commit), e.g. the plan job\'s release.bundle; its refs are fetched into this checkout first.', cli: { metavar: 'FILE' } },
    commit: variant('commit', 'the tag must point there', { description: 'The commit the plan job tagged: the tag must point there.' }),
    branch: {
      type: 'string',
      description: 'Stable releases: the branch the release commit goes to, in the same atomic push as the tag. Empty for a prerelease (the tag alone is pushed).',
      cli: { metavar: 'BRANCH' },
    },
    base: {
      type: 'string',
      description: 'With "branch": the commit the branch was at when the release commit was prepared. If the remote branch moved since, nothing is pushed (no history is rewritten).',
      cli: { metavar: 'SHA' },
    },
    'major-tag': { type: 'string', description: 'A major tag (e.g. v1) prepared with the release (release-commit "major-tag"), moved in the same atomic push (with a lease).', cli: { metavar: 'TAG' } },
    remote: VOCABULARY.remote,
    token: variant('token', 'git pushes with it; empty means the credentials actions/checkout persisted, so no job-token default', {
      actionDefault: undefined,
      description: 'Token for pushing to an HTTPS remote (contents: write). Passed to git through the environment, never on the command line.',
    }),
    path: stringDefault('.', 'Repository directory (checked out with fetch-depth 0).', 'DIR'),
    'dry-run': variant('dry-run', 'names the checks it runs', { description: 'Run every check (bundle, tag, tree, branch lease, remote tag) and push nothing.' }),
    json: VOCABULARY.json,
  },
  outputs: {
    commit: 'The tagged commit.',
    tree: 'Its tree (= the built tree).',
    pushed: '"true" when this run pushed.',
    reused: '"true" when the tag was already on the remote at the prepared commit (a re-run after the push).',
  },
});

export function pushReleaseOptions(v: Values<typeof pushReleaseSchema.options>): PushReleaseOptions {
  return {
    cwd: v.path,
    tag: v.tag,
    tree: v.tree,
    bundle: v.bundle,
    commit: v.commit,
    branch: v.branch,
    base: v.base,
    majorTag: v['major-tag'],
    remote: v.remote,
    token: v.token,
    dryRun: v['dry-run'],
  };
}
