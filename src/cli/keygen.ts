/**
 * `relforge keygen --out DIR [--password-env VAR] [--name NAME] [--force]`: writes a minisign key pair
 * (NAME.key, mode 0600, scrypt-encrypted when a password is given; NAME.pub). The password is read from a file
 * or an environment variable (MINISIGN_PASSWORD), never from argv.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RelforgeError, fieldError } from '../platform/errors.js';
import { generateKeyPair } from '../signing/minisign/keys.js';
import { keygenSchema } from '../signing/minisign/options.js';
import { defineCommand } from './command.js';

export default defineCommand({
  schema: keygenSchema,
  notes: `Writes DIR/NAME.key (minisign secret key, mode 0600) and DIR/NAME.pub. Store the .key (and the password)
as CI secrets (MINISIGN_PRIVATE_KEY, MINISIGN_PASSWORD); publish or pin the .pub (variable MINISIGN_PUBLIC_KEY).`,
  async run(v) {
    if (!/^[A-Za-z0-9._-]+$/.test(v.name) || v.name.startsWith('.')) throw fieldError('name', 'must be a plain file name (letters, digits, . _ -).');
    const password = v.password || undefined;
    const dir = resolve(v.out);
    const keyPath = join(dir, `${v.name}.key`);
    const pubPath = join(dir, `${v.name}.pub`);
    if (!v.force) for (const p of [keyPath, pubPath]) if (existsSync(p)) throw new RelforgeError(`${p} already exists: keeping it (use --force to overwrite).`);
    mkdirSync(dir, { recursive: true });
    const pair = await generateKeyPair(password);
    writeFileSync(keyPath, pair.secretKey, { mode: 0o600, flag: v.force ? 'w' : 'wx' });
    writeFileSync(pubPath, pair.publicKey, { flag: v.force ? 'w' : 'wx' });
    console.log(`Wrote ${keyPath} (${password ? 'encrypted' : 'NOT encrypted'}; keep it secret) and ${pubPath}.`);
    console.log(`Key id ${pair.keyIdHex}; public key: ${pair.publicKey.split('\n')[1]}`);
    console.log(`Verify with: minisign -Vm FILE -P ${pair.publicKey.split('\n')[1]}   or   relforge verify FILE --public-key ${pubPath}`);
    return 0;
  },
});
