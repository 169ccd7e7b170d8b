/**
 * `relforge keygen --out DIR [--password-env VAR] [--name NAME] [--force]`: writes a minisign key pair
 * (NAME.key, mode 0600, scrypt-encrypted when a password is given; NAME.pub). The password is read from a file
 * or an environment variable (MINISIGN_PASSWORD), never from argv.
 *
 * Each file is written to a new temporary file in DIR (created exclusively, the secret key with mode 0600 from
 * its first byte) and renamed into place, so `--force` over an old key never keeps the old file's mode and never
 * leaves half a key. A symbolic link at NAME.key or NAME.pub is refused (with or without --force): relforge neither
 * writes through it (to wherever it points) nor silently replaces it.
 */
import { existsSync, lstatSync, mkdirSync, readlinkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { RelforgeError, fieldError } from '../platform/errors.js';
import { generateKeyPair } from '../signing/minisign/keys.js';
import { keygenSchema } from '../signing/minisign/options.js';
import { defineCommand } from './command.js';

export default defineCommand({
  schema: keygenSchema,
  notes: `Writes DIR/NAME.key (minisign secret key, mode 0600) and DIR/NAME.pub. Store the .key (and the password)
as CI secrets (MINISIGN_PRIVATE_KEY, MINISIGN_PASSWORD); publish or pin the .pub (variable MINISIGN_PUBLIC_KEY).
Existing files are kept unless --force, which replaces them by rename (never through a symbolic link: a link at
either path is refused).`,
  async run(v) {
    if (!/^[A-Za-z0-9._-]+$/.test(v.name) || v.name.startsWith('.')) throw fieldError('name', 'must be a plain file name (letters, digits, . _ -).');
    const password = v.password || undefined;
    const dir = resolve(v.out);
    const keyPath = join(dir, `${v.name}.key`);
    const pubPath = join(dir, `${v.name}.pub`);
    for (const p of [keyPath, pubPath]) {
      const link = symlinkAt(p);
      if (link !== undefined) throw new RelforgeError(`${p} is a symbolic link (to ${link}): keygen neither writes through it nor replaces it. Remove the link, or choose another --out or --name.`);
      if (!v.force && existsSync(p)) throw new RelforgeError(`${p} already exists: keeping it (use --force to overwrite).`);
    }
    mkdirSync(dir, { recursive: true });
    const pair = await generateKeyPair(password);
    writeReplacing(keyPath, pair.secretKey, 0o600, !!v.force);
    writeReplacing(pubPath, pair.publicKey, 0o644, !!v.force);
    console.log(`Wrote ${keyPath} (${password ? 'encrypted' : 'NOT encrypted'}; keep it secret) and ${pubPath}.`);
    console.log(`Key id ${pair.keyIdHex}; public key: ${pair.publicKey.split('\n')[1]}`);
    console.log(`Verify with: minisign -Vm FILE -P ${pair.publicKey.split('\n')[1]}   or   relforge verify FILE --public-key ${pubPath}`);
    return 0;
  },
});

/** The target of the symbolic link at `p`, or undefined when `p` is not one (or does not exist). */
function symlinkAt(p: string): string | undefined {
  try {
    return lstatSync(p).isSymbolicLink() ? readlinkSync(p) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes `text` with `mode` from the first byte. Without `replace`, `p` is created exclusively (an existing file or
 * link there fails). With it, a new temporary file beside `p` is created exclusively and renamed onto `p`, so the
 * old file's mode is not kept and no half-written key is ever at `p`.
 */
function writeReplacing(p: string, text: string, mode: number, replace: boolean): void {
  if (!replace) {
    writeFileSync(p, text, { mode, flag: 'wx' });
    return;
  }
  const tmp = `${p}.relforge-${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, text, { mode, flag: 'wx' });
    renameSync(tmp, p);
  } finally {
    rmSync(tmp, { force: true });
  }
}
