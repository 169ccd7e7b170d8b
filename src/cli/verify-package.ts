/**
 * `relforge verify-package`: the decision an update server or agent makes before installing.
 * Exit codes: 0 update available (install), 10 up to date, 20 refused (the reason is printed), 2 usage, 1 other errors.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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
With --trust-root (the root the agent ships) and --roots (a directory or a URL template with {version}) instead of
--public-key, the root chain is walked first (refusals root-rollback, root-gap, root-threshold, root-expired…), then
the manifest and the package must be signed by a threshold of the newest root's release keys: further manifest
signatures are read from <manifest>.<KEYID>.minisig beside the manifest (see docs/formats.md, "Root metadata").
Exit codes: 0 update available · 10 up to date · 20 refused · 2 usage error · 1 other error.`,
  async run(v, { given }) {
    const manifest = read(v.manifest, 'the manifest');
    // manifest.signed.json carries its signature; a plain manifest.json needs --signature (default <manifest>.minisig).
    let oneFile = false;
    try {
      oneFile = parseSignedManifest(manifest.toString('utf8')) !== undefined;
    } catch {
      oneFile = true; // a malformed manifest.signed.json: verifyPackage refuses it with the reason
    }
    const signature = oneFile ? undefined : read(v.signature ?? `${v.manifest}.minisig`, 'the manifest signature').toString('utf8');
    const trustRoot = v['trust-root'] === undefined ? undefined : read(v['trust-root'], 'the shipped root (--trust-root)').toString('utf8');
    if (v.roots !== undefined && trustRoot === undefined) throw new RelforgeError('--roots needs --trust-root (the root the agent ships): the chain starts there.', { exitCode: 2 });
    if (trustRoot !== undefined && v['public-key'] !== undefined && given.has('public-key')) {
      throw new RelforgeError('--public-key and --trust-root were both given: an agent trusts one pinned key or one root chain, never both.', { exitCode: 2 });
    }
    if (trustRoot === undefined && v['public-key'] === undefined) throw new RelforgeError('--public-key or --trust-root is required: the pinned key, or the root the agent ships.', { exitCode: 2 });
    const now = parseNow(v.now);
    const r = await verifyPackage({
      now,
      manifest,
      signature,
      ...(trustRoot !== undefined ? { trustRoot, roots: v.roots, extraSignatures: oneFile ? [] : coSignatures(v.manifest) } : { publicKey: v['public-key'] }),
      product: v.product,
      platform: v.platform,
      installed: v.installed,
      channels: v.channels.length ? v.channels : undefined,
      allowDowngrade: v['allow-downgrade'],
      file: v.file,
    });
    if (v.json) {
      const out = {
        action: r.action,
        reason: r.reason ?? null,
        message: r.message,
        exitCode: r.exitCode,
        version: r.version ?? null,
        channel: r.channel ?? null,
        fileVerified: !!r.fileVerified,
        package: r.package ?? null,
        ...(r.root ? { root: { version: r.root.version, expires: r.root.expires, releaseKeyIds: r.root.roles.release.keyIds, releaseThreshold: r.root.roles.release.threshold } } : {}),
      };
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

/** `--now TIME` (RFC 3339), or undefined for the clock. */
export function parseNow(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/.test(text.trim()) ? Date.parse(text.trim()) : NaN;
  if (Number.isNaN(ms)) throw new RelforgeError(`--now "${text}" is not an RFC 3339 UTC time (e.g. 2026-06-01T00:00:00Z).`, { exitCode: 2 });
  return new Date(ms);
}

/** The co-signatures published beside the manifest: `<manifest>.<KEYID>.minisig` (release threshold > 1). */
function coSignatures(manifestPath: string): string[] {
  const dir = dirname(manifestPath);
  const prefix = `${basename(manifestPath)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.startsWith(prefix) && /^[0-9A-F]{16}\.minisig$/.test(n.slice(prefix.length)))
    .sort()
    .map((n) => read(join(dir, n), 'a manifest co-signature').toString('utf8'));
}
