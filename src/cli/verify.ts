/**
 * `relforge verify FILE [--sig FILE.minisig] --pubkey KEY [--version X] [--require-prehashed] [--format raw]`:
 * the minisign verifier (library: verifyFile). Exit 0 only when the key id, file signature, trusted comment
 * and (with --version) the signed version all check out; 1 on a failed check, 2 on usage errors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { RelforgeError, errorMessage } from '../platform/errors.js';
import { verifyFile, verifyRawFile } from '../signing/minisign/signer.js';
import type { LegacyCliCommand } from './command.js';

export const usage = `relforge verify FILE [--sig FILE.minisig] --pubkey KEY [--version X] [--require-prehashed] [--format minisign|raw] [--quiet]

Verifies FILE against a minisign signature (prehashed ED or legacy Ed) and a public key, in minisign's order:
key id, file signature, trusted comment (global signature). --pubkey is a minisign .pub file, its RW… base64
line, or a path to either. --version X also requires the trusted comment's "version:" to equal X (rollback
protection; a leading v is ignored). --require-prehashed refuses legacy Ed signatures (minisign -H).
--format raw verifies FILE.sig holding base64 of a 64-byte Ed25519 signature over the file bytes.
Prints the trusted comment on success.`;

const usageError = (m: string) => new RelforgeError(`${m}\n\nusage: ${usage.split('\n')[0]}`, { exitCode: 2 });

export default {
  summary: 'verify a file against a minisign signature and public key (optionally binding the version)',
  usage,
  async run(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        sig: { type: 'string', short: 'x' },
        pubkey: { type: 'string', short: 'p' },
        version: { type: 'string' },
        'require-prehashed': { type: 'boolean', default: false },
        format: { type: 'string', default: 'minisign' },
        quiet: { type: 'boolean', short: 'q', default: false },
      },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw usageError('Give exactly one FILE to verify.');
    if (!values.pubkey) throw usageError('--pubkey is required (a minisign .pub file, its RW… line, or a path to either).');
    if (values.format !== 'minisign' && values.format !== 'raw') throw usageError('--format must be minisign or raw.');
    const file = positionals[0]!;
    const pubText = existsSync(values.pubkey) ? readFileSync(values.pubkey, 'utf8') : values.pubkey;
    const sigPath = values.sig ?? `${file}${values.format === 'raw' ? '.sig' : '.minisig'}`;
    let sigText: string;
    try {
      sigText = readFileSync(sigPath, 'utf8');
    } catch (err) {
      throw new RelforgeError(`Cannot read the signature ${sigPath}: ${errorMessage(err)} (give it with --sig).`, { exitCode: 2 });
    }
    if (!existsSync(file)) throw new RelforgeError(`${file} does not exist.`, { exitCode: 2 });
    if (values.format === 'raw') {
      await verifyRawFile(file, sigText.trim(), pubText);
      if (!values.quiet) console.log(`Raw Ed25519 signature verified: ${file}`);
      return 0;
    }
    const r = await verifyFile(file, sigText, pubText, { expectVersion: values.version, requirePrehashed: values['require-prehashed'] });
    if (!values.quiet) {
      console.log(`Signature and comment signature verified (${r.algorithm}, key ${r.keyIdHex}): ${file}`);
      console.log(`Trusted comment: ${r.trustedComment}`);
    }
    return 0;
  },
} satisfies LegacyCliCommand;
