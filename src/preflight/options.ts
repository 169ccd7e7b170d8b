/**
 * Option schema of `preflight` (src/platform/options.ts): every secret the later jobs of a release need,
 * checked in the first job. actions/preflight/action.yml, `relforge preflight` and the docs table follow
 * from it. The descriptions name the secrets as relforge's workflows and docs do.
 */
import { defineSchema, flag, type Values } from '../platform/options.js';
import { VOCABULARY, variant } from '../platform/vocabulary.js';
import type { PreflightSettings } from './preflight.js';
import { detectRuntime } from '../platform/runtime.js';

/** The things a release may need, in the order they are checked and reported. */
export const PREFLIGHT_CHECKS = ['minisign', 'trusted-signing', 'token', 'package-token'] as const;
export type PreflightCheck = (typeof PREFLIGHT_CHECKS)[number];

export const preflightSchema = defineSchema({
  name: 'preflight',
  summary: 'check every secret a release needs (present, key opens, matches its pin) before anything is tagged',
  description: 'Checks every secret the later jobs of a release need (present, minisign key opens and matches its pin, tokens present) before anything is tagged or pushed.',
  options: {
    require: {
      type: 'list',
      default: 'minisign,token',
      choices: PREFLIGHT_CHECKS,
      description:
        'What the later jobs need (comma or newline separated; blank items are ignored): "minisign" (private-key opens with password and belongs to public-key), "trusted-signing" (Azure credentials and account settings), "token" (forge token), "package-token" (update server or package registry token).',
      cli: { metavar: 'CHECKS' },
    },
    'private-key': variant('private-key', 'names the job that uses it', {
      description: 'The minisign secret key the sign job uses (secret MINISIGN_PRIVATE_KEY): the key file text, a PKCS#8 PEM or base64 of a 32-byte seed.',
    }),
    password: VOCABULARY.password,
    'public-key': variant('public-key', 'what the pin is checked against', {
      description: 'The pin (variable MINISIGN_PUBLIC_KEY): minisign public key text or its base64 "RW…" line. With "minisign" the private key must belong to it.',
    }),
    token: variant('token', 'names the jobs that use it', { description: 'Forge token the stage and release jobs draft, push and publish with (secret RELEASE_TOKEN, else the job token).' }),
    'package-token': VOCABULARY['package-token'],
    'azure-tenant-id': VOCABULARY['azure-tenant-id'],
    'azure-client-id': VOCABULARY['azure-client-id'],
    'azure-client-secret': VOCABULARY['azure-client-secret'],
    'azure-authority-host': { type: 'string', description: 'Entra ID authority host for the online check (sovereign clouds, emulators); default https://login.microsoftonline.com.', cli: { metavar: 'URL' } },
    'trusted-signing-endpoint': { type: 'string', description: 'Trusted Signing endpoint of the account (e.g. https://eus.codesigning.azure.net).', cli: { metavar: 'URL' } },
    'trusted-signing-account': { type: 'string', description: 'Trusted Signing account name.', cli: { metavar: 'NAME' } },
    'trusted-signing-profile': { type: 'string', description: 'Certificate profile name.', cli: { metavar: 'NAME' } },
    online: flag(
      'With "trusted-signing": also obtain an Entra ID token and read the account\'s certificate profile once (signs nothing), proving the credentials, the account, the profile and the signer role. The release workflow turns it on unless its "offline" input is true.',
    ),
    json: variant('json', 'names what is printed', { description: 'Print the report as JSON.' }),
  },
  outputs: {
    checked: 'JSON list of the checks that passed (the "require" items).',
    'key-id': 'Key id (16 hex digits) of the minisign key that was checked; empty without "minisign".',
  },
});

/** preflight's library settings from its option values (the action and the CLI both call this). */
export function preflightSettings(v: Values<typeof preflightSchema.options>, env: NodeJS.ProcessEnv = process.env): PreflightSettings {
  return {
    require: v.require as PreflightCheck[],
    privateKey: v['private-key'],
    password: v.password,
    publicKey: v['public-key'],
    token: v.token,
    packageToken: v['package-token'],
    azure: { tenantId: v['azure-tenant-id'], clientId: v['azure-client-id'], clientSecret: v['azure-client-secret'], authorityHost: v['azure-authority-host'] },
    trustedSigning: { endpoint: v['trusted-signing-endpoint'], account: v['trusted-signing-account'], profile: v['trusted-signing-profile'] },
    online: v.online,
    runtime: detectRuntime(env),
    env,
  };
}
