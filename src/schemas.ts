/**
 * Every operation's option schema by name (pure data): the actions' action.yml are checked against
 * ACTION_SCHEMAS, the docs tables and command lists are generated from them, and `npm run gen` writes the CLI's
 * command table (src/cli/commands.ts: each command's summary and lazy loader) from COMMAND_SCHEMAS, so
 * `relforge --help` loads no schema and keeps no hand copy.
 */
import { commandOf, type OperationSchema } from './platform/options.js';
import { publishReleaseSchema } from './publishing/options.js';
import { archiveSchema } from './archives/options.js';
import { preflightSchema } from './preflight/options.js';
import { actSchema, emulatorSchema, initSchema } from './act/options.js';
import { uploadPackagesSchema, verifyPackageSchema } from './packages/options.js';
import { trustSchema } from './packages/trust/options.js';
import { keygenSchema, signEd25519Schema, verifySchema } from './signing/minisign/options.js';
import { signTrustedSchema, verifyAuthenticodeSchema } from './signing/authenticode/options.js';
import { changelogSchema, nextVersionSchema, planSchema, prereleaseSchema, releaseCommitSchema } from './versioning/options.js';
import { pushReleaseSchema } from './versioning/push-release-options.js';

/** actions/<name>/action.yml ↔ schema, in the order a release runs them (the README lists them so). */
export const ACTION_SCHEMAS: Record<string, OperationSchema> = {
  preflight: preflightSchema,
  'next-version': nextVersionSchema,
  prerelease: prereleaseSchema,
  changelog: changelogSchema,
  'release-commit': releaseCommitSchema,
  archive: archiveSchema,
  'sign-ed25519': signEd25519Schema,
  'sign-trusted': signTrustedSchema,
  'publish-release': publishReleaseSchema,
  'push-release': pushReleaseSchema,
  'upload-packages': uploadPackagesSchema,
};

/** CLI-only commands' schemas (`relforge verify`, `keygen`, …). */
export const CLI_SCHEMAS: Record<string, OperationSchema> = {
  plan: planSchema,
  trust: trustSchema,
  verify: verifySchema,
  keygen: keygenSchema,
  'verify-authenticode': verifyAuthenticodeSchema,
  'verify-package': verifyPackageSchema,
  init: initSchema,
  act: actSchema,
  emulator: emulatorSchema,
};

/** `relforge <command>` ↔ schema (every action is also a command; sign-ed25519 is `sign`, publish-release `publish`). */
export const COMMAND_SCHEMAS: Record<string, OperationSchema> = Object.fromEntries(
  Object.values({ ...ACTION_SCHEMAS, ...CLI_SCHEMAS }).map((s) => [commandOf(s), s]),
);
