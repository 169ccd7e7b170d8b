/**
 * Every operation's option schema by name (pure data): the actions' action.yml are checked against
 * ACTION_SCHEMAS, the docs tables are generated from them, and `relforge --help` reads the summaries.
 */
import type { OperationSchema } from './platform/options.js';
import { changelogSchema, nextVersionSchema, planSchema, prereleaseSchema, releaseCommitSchema } from './versioning/options.js';

/** actions/<name>/action.yml ↔ schema. */
export const ACTION_SCHEMAS: Record<string, OperationSchema> = {
  'next-version': nextVersionSchema,
  prerelease: prereleaseSchema,
  changelog: changelogSchema,
  'release-commit': releaseCommitSchema,
};

/** CLI-only commands' schemas (`relforge verify`, `keygen`, …). */
export const CLI_SCHEMAS: Record<string, OperationSchema> = {
  plan: planSchema,
};
