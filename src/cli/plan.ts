/** `relforge plan --channel stable|beta`: what a release dispatch would do, and why. Writes nothing. */
import { planRelease, renderPlan } from '../versioning/plan.js';
import { planOptions, planSchema } from '../versioning/options.js';
import { defineCommand } from './command.js';

export default defineCommand({
  schema: planSchema,
  notes: `Prints what a dispatch of the release workflow would do: stable → next version, tag, base tag, deciding commits, ignored
prerelease tags, the files the release commit would contain and a changelog preview ("nothing releasable" also exits 0);
a prerelease channel → the tag it would create or reuse and why. Nothing is written.`,
  async run(v) {
    const plan = await planRelease(planOptions(v));
    console.log(v.json ? JSON.stringify(plan, null, 2) : renderPlan(plan));
    return 0;
  },
});
