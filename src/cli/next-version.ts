/** `relforge next-version`: the same decision as actions/next-version, printed (or as JSON). */
import { computeNextVersion, renderNextVersionSummary } from '../versioning/next-version.js';
import { nextVersionOptions, nextVersionSchema } from '../versioning/options.js';
import { defineCommand } from './command.js';
import { plainText } from './text.js';

export default defineCommand({
  schema: nextVersionSchema,
  notes: `Prints the next version and why: the base tag, commits per type, the deciding commit(s), ignored prerelease tags.
--write rewrites the manifests (all-or-nothing); without it nothing changes.`,
  async run(v) {
    const r = await computeNextVersion(nextVersionOptions(v));
    console.log(v.json ? JSON.stringify(r, null, 2) : plainText(renderNextVersionSummary(r)));
    return 0;
  },
});
