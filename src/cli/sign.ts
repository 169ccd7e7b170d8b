/**
 * `relforge sign FILE|GLOB… [--private-key-file FILE | --private-key-env VAR] [--public-key KEY] …`: the same
 * operation as actions/sign-ed25519 (signFiles, signEd25519Schema), fail-closed. Secrets come from a file or
 * environment variables (MINISIGN_PRIVATE_KEY, MINISIGN_PASSWORD), never from argv.
 */
import { signFiles } from '../signing/minisign/sign-files.js';
import { signEd25519Schema, signFilesOptions } from '../signing/minisign/options.js';
import { defineCommand } from './command.js';

export default defineCommand({
  schema: signEd25519Schema,
  notes: `Signs like actions/sign-ed25519: FILE.minisig next to each file (or in --output-dir), SHA256SUMS + its
signature, each signature verified before anything is moved into place; on any failure nothing changes.
The trusted comment's timestamp is SOURCE_DATE_EPOCH, else the commit time of HEAD, so signing the same files
of the same commit again writes identical bytes. Old spellings still accepted: --key FILE, --key-env VAR, --pubkey.`,
  async run(v) {
    const result = await signFiles({ ...signFilesOptions(v, process.cwd()), log: (m) => console.error(m) });
    if (v.json) {
      console.log(JSON.stringify(result, null, 2));
      return 0;
    }
    for (const s of result.signatures) console.log(`signed and verified ${s.file} -> ${s.signature}`);
    if (result.checksumsFile) console.log(`checksums: ${result.checksumsFile} (+ ${result.checksumsSignature})`);
    if (result.unchanged.length) console.log(`unchanged (already signed identically): ${result.unchanged.join(', ')}`);
    console.log(`key id ${result.keyId}`);
    return 0;
  },
});
