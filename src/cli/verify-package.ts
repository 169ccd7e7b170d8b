/**
 * `relforge verify-package`: the decision an update server or agent makes before installing.
 * Exit codes: 0 update available (install), 10 up to date, 20 refused (the reason is printed), 2 usage, 1 other errors.
 */
import { readFileSync } from 'node:fs';
import { RelforgeError, errorMessage } from '../platform/errors.js';
import { verifyPackageSchema } from '../packages/options.js';
import { verifyPackage } from '../packages/verify-package.js';
import { parseSignedManifest } from '../packages/core/manifest.js';
import { defineCommand } from './command.js';

function read(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new RelforgeError(`Cannot read ${what} ${path}: ${errorMessage(err)}`, { exitCode: 2 });
  }
}

export default defineCommand({
  schema: verifyPackageSchema,
  notes: `Checks the manifest's minisign signature against the pinned key, that the signed trusted comment binds its product,
version and channel, that it is the --product you install, that the platform's package is signed by the same key,
the channel, and that the version is newer than --installed (SemVer, prereleases included). With --file, also the
downloaded package's size, sha256 and signature. --manifest may be manifest.signed.json (manifest and signature in
one file: one download, never a manifest beside another manifest's signature).
Default channels: stable, plus the installed version's prerelease channel (1.3.0-beta.2 → beta).
Exit codes: 0 update available · 10 up to date · 20 refused · 2 usage error · 1 other error.`,
  async run(v) {
    const manifest = read(v.manifest, 'the manifest');
    // manifest.signed.json carries its signature; a plain manifest.json needs --signature (default <manifest>.minisig).
    let oneFile = false;
    try {
      oneFile = parseSignedManifest(manifest.toString('utf8')) !== undefined;
    } catch {
      oneFile = true; // a malformed manifest.signed.json: verifyPackage refuses it with the reason
    }
    const signature = oneFile ? undefined : read(v.signature ?? `${v.manifest}.minisig`, 'the manifest signature').toString('utf8');
    const r = await verifyPackage({
      manifest,
      signature,
      publicKey: v['public-key'],
      product: v.product,
      platform: v.platform,
      installed: v.installed,
      channels: v.channels.length ? v.channels : undefined,
      allowDowngrade: v['allow-downgrade'],
      file: v.file,
    });
    if (v.json) {
      const out = { action: r.action, reason: r.reason ?? null, message: r.message, exitCode: r.exitCode, version: r.version ?? null, channel: r.channel ?? null, fileVerified: !!r.fileVerified, package: r.package ?? null };
      console.log(JSON.stringify(out, null, 2));
    } else if (r.action === 'refuse') {
      console.error(`refused (${r.reason}): ${r.message}`);
    } else {
      console.log(`${r.action}: ${r.message}`);
      if (r.action === 'install' && r.package) console.log(`url: ${r.package.url}\nsha256: ${r.package.sha256}\nsize: ${r.package.size}${r.fileVerified ? '\nfile: verified' : ''}`);
    }
    return r.exitCode;
  },
});
