/**
 * `relforge verify-package`: the decision an update server or agent makes before installing.
 * Exit codes: 0 update available (install), 10 up to date, 20 refused (the reason is printed), 2 usage, 1 other errors.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { RelforgeError } from '../platform/errors.js';
import { verifyPackage } from '../packages/verify-package.js';
import type { LegacyCliCommand } from './command.js';

export const usage = `relforge verify-package --manifest manifest.json [--sig manifest.json.minisig] --pubkey KEY
       --platform linux-x86_64 --installed 1.2.3|none [--channels stable,beta] [--allow-downgrade]
       [--file downloaded-package] [--product NAME] [--json]

Checks the manifest's minisign signature against the pinned key (--pubkey: a .pub file or its RW… line),
that the signed trusted comment binds its product, version and channel, that the platform's package is
signed by the same key, the channel, and that the version is newer than --installed (SemVer, prereleases
included). With --file, also the downloaded package's size, sha256 and signature.
Default channels: stable, plus the installed version's prerelease channel (1.3.0-beta.2 → beta).
Exit codes: 0 update available · 10 up to date · 20 refused · 2 usage error · 1 other error.`;

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new RelforgeError(`${what} ${path}: ${(err as Error).message}`, { exitCode: 2 });
  }
}

export default {
  summary: 'decide install / up to date / refused for a signed package manifest (exit 0 / 10 / 20)',
  usage,
  async run(argv: string[]): Promise<number> {
    const { values } = parseArgs({
      args: argv,
      options: {
        manifest: { type: 'string' },
        sig: { type: 'string' },
        pubkey: { type: 'string' },
        platform: { type: 'string' },
        installed: { type: 'string' },
        channels: { type: 'string' },
        'allow-downgrade': { type: 'boolean', default: false },
        file: { type: 'string' },
        product: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: false,
      strict: true,
    });
    const missing = (['manifest', 'pubkey', 'platform', 'installed'] as const).filter((k) => !values[k]);
    if (missing.length) throw new RelforgeError(`Missing ${missing.map((m) => `--${m}`).join(', ')} (use --installed none for a fresh install).\n\nusage: ${usage}`, { exitCode: 2 });
    const manifest = readFileSync(values.manifest!);
    const signature = readText(values.sig ?? `${values.manifest}.minisig`, 'Cannot read the manifest signature');
    const pk = values.pubkey!.trim();
    const publicKey = /^RW[A-Za-z0-9+/=]{54,}$/.test(pk) || pk.includes('\n') ? pk : readText(pk, 'Cannot read the public key');
    const r = await verifyPackage({
      manifest,
      signature,
      publicKey,
      platform: values.platform!,
      installed: values.installed,
      channels: values.channels ? values.channels.split(',').map((c) => c.trim()).filter(Boolean) : undefined,
      allowDowngrade: values['allow-downgrade'],
      file: values.file,
      product: values.product,
    });
    if (values.json) {
      console.log(
        JSON.stringify(
          { action: r.action, reason: r.reason ?? null, message: r.message, exitCode: r.exitCode, version: r.version ?? null, channel: r.channel ?? null, fileVerified: !!r.fileVerified, package: r.package ?? null },
          null,
          2,
        ),
      );
    } else if (r.action === 'refuse') {
      console.error(`refused (${r.reason}): ${r.message}`);
    } else {
      console.log(`${r.action}: ${r.message}`);
      if (r.action === 'install' && r.package) console.log(`url: ${r.package.url}\nsha256: ${r.package.sha256}\nsize: ${r.package.size}${r.fileVerified ? '\nfile: verified' : ''}`);
    }
    return r.exitCode;
  },
} satisfies LegacyCliCommand;
