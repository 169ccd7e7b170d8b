/**
 * `relforge keygen --out DIR [--password-env VAR] [--name NAME] [--force]`: writes a minisign key pair
 * (NAME.key, mode 0600, scrypt-encrypted when a password is given; NAME.pub). The password is read from an
 * environment variable, never from argv.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RelforgeError } from '../platform/errors.js';
import { registerSecret } from '../platform/secrets.js';
import { generateKeyPair } from '../signing/minisign/signer.js';
import type { LegacyCliCommand } from './command.js';

export const usage = `relforge keygen --out DIR [--password-env VAR] [--name NAME] [--force]

Writes DIR/NAME.key (minisign secret key, mode 0600) and DIR/NAME.pub (default NAME: minisign). With
--password-env VAR the secret key is encrypted with the password in $VAR (scrypt with minisign's limits:
opening it takes about 1 GiB of memory and a few seconds, like minisign). Without it the key is unencrypted,
like minisign -G -W. Existing files are kept unless --force. Store the .key (and the password) as CI secrets;
publish or pin the .pub.`;

const usageError = (m: string) => new RelforgeError(`${m}\n\nusage: ${usage.split('\n')[0]}`, { exitCode: 2 });

export default {
  summary: 'generate a minisign Ed25519 key pair (optionally password-encrypted)',
  usage,
  async run(argv: string[]): Promise<number> {
    const { values } = parseArgs({
      args: argv,
      options: {
        out: { type: 'string', short: 'o' },
        'password-env': { type: 'string' },
        name: { type: 'string', default: 'minisign' },
        force: { type: 'boolean', short: 'f', default: false },
      },
      allowPositionals: false,
    });
    if (!values.out) throw usageError('--out DIR is required.');
    if (!/^[A-Za-z0-9._-]+$/.test(values.name) || values.name.startsWith('.')) throw usageError('--name must be a plain file name (letters, digits, . _ -).');
    let password: string | undefined;
    if (values['password-env']) {
      password = process.env[values['password-env']];
      if (!password) throw usageError(`--password-env ${values['password-env']}: that environment variable is empty or not set.`);
      registerSecret(password);
    }
    const dir = resolve(values.out);
    const keyPath = join(dir, `${values.name}.key`);
    const pubPath = join(dir, `${values.name}.pub`);
    if (!values.force) for (const p of [keyPath, pubPath]) if (existsSync(p)) throw new RelforgeError(`${p} already exists: keeping it (use --force to overwrite).`);
    mkdirSync(dir, { recursive: true });
    const pair = await generateKeyPair(password);
    writeFileSync(keyPath, pair.secretKey, { mode: 0o600, flag: values.force ? 'w' : 'wx' });
    writeFileSync(pubPath, pair.publicKey, { flag: values.force ? 'w' : 'wx' });
    console.log(`Wrote ${keyPath} (${password ? 'encrypted' : 'NOT encrypted'}; keep it secret) and ${pubPath}.`);
    console.log(`Key id ${pair.keyIdHex}; public key: ${pair.publicKey.split('\n')[1]}`);
    console.log(`Verify with: minisign -Vm FILE -P ${pair.publicKey.split('\n')[1]}   or   relforge verify FILE --pubkey ${pubPath}`);
    return 0;
  },
} satisfies LegacyCliCommand;
