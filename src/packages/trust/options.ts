/**
 * Option schema of `relforge trust <init|rotate|sign|canonical|verify>` (CLI only: roots are made and signed
 * offline, never in CI). One schema for the sub-commands; each sub-command says which options it uses.
 */
import { defineSchema } from '../../platform/options.js';
import { variant } from '../../platform/vocabulary.js';

export const TRUST_SUBCOMMANDS = ['init', 'rotate', 'sign', 'canonical', 'verify'] as const;
export type TrustSubcommand = (typeof TRUST_SUBCOMMANDS)[number];

export const trustSchema = defineSchema({
  name: 'trust',
  summary: 'make, sign and verify the root chain (N.root.json) that lets agents rotate and revoke update keys',
  options: {
    args: {
      type: 'list',
      required: true,
      description: 'The sub-command (init, rotate, sign, canonical, verify), then FILE for sign and canonical.',
      cli: { positional: true, metavar: 'SUBCOMMAND [FILE]' },
    },
    product: variant('product', 'init only; rotate takes the previous root\'s', { required: false, description: 'init: the product the chain belongs to (rotate: must equal the previous root\'s).' }),
    'root-keys': { type: 'list', description: 'init/rotate: the root role\'s public keys (.pub files or RW… lines, comma-separated). rotate: default the previous root\'s.', cli: { metavar: 'PUB,…' } },
    'root-threshold': { type: 'integer', min: 1, max: 255, description: 'init/rotate: how many root keys must sign a root (rotate: default the previous root\'s).' },
    'release-keys': { type: 'list', description: 'init/rotate: the release role\'s public keys (the key(s) CI signs manifests and packages with). rotate: default the previous root\'s.', cli: { metavar: 'PUB,…' } },
    'release-threshold': { type: 'integer', min: 1, max: 255, description: 'init/rotate: how many release keys must sign a manifest and each package (default 1; rotate: the previous root\'s).' },
    'expires-in': { type: 'string', description: 'init/rotate: validity from now, e.g. 365d, 52w, 12h (agents refuse an expired newest root).', cli: { metavar: 'DURATION' } },
    out: { type: 'string', description: 'init/rotate: the file to write (rotate: default <N+1>.root.json beside --from); canonical: write the bytes here instead of stdout.', cli: { metavar: 'FILE' } },
    from: { type: 'string', description: 'rotate: the current root N.root.json. sign: the previous root, when a key of the previous root signs root N+1.', cli: { metavar: 'FILE' } },
    'private-key': variant('private-key', 'an offline root key: never read from MINISIGN_PRIVATE_KEY (the CI release key)', {
      env: undefined,
      description: 'sign: a root key\'s minisign secret key (offline; never a CI secret).',
    }),
    password: variant('password', 'of an offline root key: never read from the CI key\'s MINISIGN_PASSWORD', { env: undefined, description: 'sign: the password of an encrypted secret key.' }),
    signature: { type: 'string', description: 'sign: add this .minisig (made with `minisign -S` over `relforge trust canonical FILE`) instead of signing with --private-key-file.', cli: { metavar: 'FILE' } },
    'trust-root': { type: 'string', description: 'verify: the root the agent ships (N.root.json).', cli: { metavar: 'FILE' } },
    roots: { type: 'string', description: 'verify: a directory of N.root.json files, or a URL template with {version}.', cli: { metavar: 'DIR|URL' } },
    now: { type: 'string', description: 'verify: the time to check expiry against (RFC 3339; default the clock): for conformance runs and tests.', cli: { metavar: 'TIME' } },
    json: variant('json', 'verify only', { description: 'verify: print the result as JSON.' }),
  },
});
