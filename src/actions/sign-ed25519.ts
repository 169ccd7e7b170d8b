/** Entry for actions/sign-ed25519: inputs (signEd25519Schema) → signFiles → outputs + step summary. No logic here. */
import { runAction, readInputs, setOutputs, writeSummary, log } from './runner.js';
import { signFiles } from '../signing/minisign/sign-files.js';
import { signEd25519Schema, signFilesOptions } from '../signing/minisign/options.js';
import { renderSignSummary } from '../signing/minisign/summary.js';

void runAction(async () => {
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  const result = await signFiles({ ...signFilesOptions(readInputs(signEd25519Schema), cwd), log: log.info });
  for (const s of result.signatures) log.info(`signed and verified ${s.file} → ${s.signature} (${s.sha256 ? `sha256 ${s.sha256}, ` : ''}key ${s.keyId})`);
  if (result.checksumsFile) log.info(`wrote ${result.checksumsFile} and ${result.checksumsSignature}`);
  if (result.unchanged.length) log.info(`already signed identically by an earlier run (left untouched): ${result.unchanged.join(', ')}`);
  setOutputs(signEd25519Schema, {
    signatures: result.signatures,
    'public-key': result.publicKey,
    'key-id': result.keyId,
    'checksums-file': result.checksumsFile ?? '',
  });
  await writeSummary(renderSignSummary(result, cwd));
});
