/**
 * Every operation's option schema by name (pure data): the actions' action.yml are checked against
 * ACTION_SCHEMAS and the docs tables are generated from them. `relforge --help` keeps its own copy of each
 * command's summary (src/cli/main.ts, so it loads no schema); test/cli-usage.test.ts checks that they agree.
 */
import type { OperationSchema } from './platform/options.js';
import { publishReleaseSchema } from './publishing/options.js';
import { preflightSchema } from './preflight/options.js';
import { actSchema, emulatorSchema, initSchema } from './act/options.js';
import { uploadPackagesSchema, verifyPackageSchema } from './packages/options.js';
import { keygenSchema, signEd25519Schema, verifySchema } from './signing/minisign/options.js';
import { signTrustedSchema, verifyAuthenticodeSchema } from './signing/authenticode/options.js';
import { changelogSchema, nextVersionSchema, planSchema, prereleaseSchema, releaseCommitSchema } from './versioning/options.js';
import { pushReleaseSchema } from './versioning/push-release-options.js';

/** actions/<name>/action.yml ↔ schema. */
export const ACTION_SCHEMAS: Record<string, OperationSchema> = {
  'next-version': nextVersionSchema,
  'publish-release': publishReleaseSchema,
  preflight: preflightSchema,
  'upload-packages': uploadPackagesSchema,
  'sign-ed25519': signEd25519Schema,
  'sign-trusted': signTrustedSchema,
  prerelease: prereleaseSchema,
  changelog: changelogSchema,
  'release-commit': releaseCommitSchema,
  'push-release': pushReleaseSchema,
};

/** CLI-only commands' schemas (`relforge verify`, `keygen`, …). */
export const CLI_SCHEMAS: Record<string, OperationSchema> = {
  act: actSchema,
  emulator: emulatorSchema,
  init: initSchema,
  'verify-package': verifyPackageSchema,
  verify: verifySchema,
  keygen: keygenSchema,
  'verify-authenticode': verifyAuthenticodeSchema,
  plan: planSchema,
};
