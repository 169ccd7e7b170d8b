/**
 * `relforge sign FILE|GLOB… (--key FILE | --key-env VAR) [--password-env VAR] [--pubkey KEY] …`: the same
 * operation as actions/sign-ed25519 (signFiles), fail-closed. Secrets come from a file or environment
 * variables, never from argv.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { RelforgeError, errorMessage } from '../platform/errors.js';
import { registerSecret } from '../platform/secrets.js';
import { signFiles, signSettingsFromInputs } from '../signing/minisign/signer.js';
import type { LegacyCliCommand } from './command.js';

export const usage = `relforge sign FILE|GLOB… (--key KEYFILE | --key-env VAR) [--password-env VAR] [--pubkey KEY]
       [--version X] [--platform P] [--trusted-comment T] [--format minisign|raw] [--algorithm ED|Ed]
       [--no-checksums] [--output-dir DIR] [--workers N] [--verify digest|reread] [--json]

Signs files like actions/sign-ed25519: FILE.minisig next to each file (or in --output-dir), SHA256SUMS +
its signature, each signature verified before anything is moved into place; on any failure nothing is left.
The key is a minisign secret key, a PKCS#8 PEM or base64 of a 32-byte seed, read from KEYFILE or $VAR; the
password of an encrypted key from $VAR given by --password-env. --pubkey (file, or RW… line) pins the key.
Trusted comment placeholders: {version} {file} {platform} {timestamp}.`;

const usageError = (m: string) => new RelforgeError(`${m}\n\nusage: ${usage.split('\n')[0]}`, { exitCode: 2 });

export default {
  summary: 'sign files with Ed25519 in minisign format (fail-closed, verified, SHA256SUMS)',
  usage,
  async run(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        key: { type: 'string' },
        'key-env': { type: 'string' },
        'password-env': { type: 'string' },
        pubkey: { type: 'string' },
        version: { type: 'string', default: '' },
        platform: { type: 'string', default: '' },
        'trusted-comment': { type: 'string', default: '' },
        'untrusted-comment': { type: 'string', default: '' },
        format: { type: 'string', default: '' },
        algorithm: { type: 'string', default: '' },
        'no-checksums': { type: 'boolean', default: false },
        'output-dir': { type: 'string', default: '' },
        workers: { type: 'string', default: '' },
        verify: { type: 'string', default: '' },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    });
    if (positionals.length === 0) throw usageError('Give at least one FILE or GLOB to sign.');
    if (!!values.key === !!values['key-env']) throw usageError('Give the private key with exactly one of --key KEYFILE or --key-env VAR.');
    let privateKey: string;
    if (values.key) {
      try {
        privateKey = readFileSync(values.key, 'utf8');
      } catch (err) {
        throw new RelforgeError(`Cannot read --key ${values.key}: ${errorMessage(err)}`, { exitCode: 2 });
      }
    } else {
      privateKey = process.env[values['key-env']!] ?? '';
      if (!privateKey.trim()) throw usageError(`--key-env ${values['key-env']}: that environment variable is empty or not set.`);
    }
    registerSecret(privateKey);
    let password = '';
    if (values['password-env']) {
      password = process.env[values['password-env']] ?? '';
      if (!password) throw usageError(`--password-env ${values['password-env']}: that environment variable is empty or not set.`);
      registerSecret(password);
    }
    const pubkey = values.pubkey ? (existsSync(values.pubkey) ? readFileSync(values.pubkey, 'utf8') : values.pubkey) : '';
    const settings = signSettingsFromInputs(
      {
        files: positionals,
        privateKey,
        password,
        publicKey: pubkey,
        trustedComment: values['trusted-comment'],
        untrustedComment: values['untrusted-comment'],
        version: values.version,
        platform: values.platform,
        format: values.format,
        algorithm: values.algorithm,
        checksums: values['no-checksums'] ? 'false' : 'true',
        outputDir: values['output-dir'],
        workers: values.workers,
        verify: values.verify,
      },
      process.cwd(),
    );
    const result = await signFiles({ ...settings, log: (m) => console.error(m) });
    if (values.json) {
      console.log(JSON.stringify(result, null, 2));
    } else {
      for (const s of result.signatures) console.log(`signed and verified ${s.file} -> ${s.signature}`);
      if (result.checksumsFile) console.log(`checksums: ${result.checksumsFile} (+ ${result.checksumsSignature})`);
      console.log(`key id ${result.keyId}`);
    }
    return 0;
  },
} satisfies LegacyCliCommand;
