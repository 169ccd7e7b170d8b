/**
 * `relforge upload-packages`: the same operation as actions/upload-packages. Secrets never come from argv:
 * the private key from --private-key-file, its password from RELFORGE_KEY_PASSWORD, the upload token from
 * RELFORGE_PACKAGE_TOKEN (forge token for target release: GITHUB_TOKEN).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { RelforgeError } from '../platform/errors.js';
import { registerSecret } from '../platform/secrets.js';
import { createForge } from '../publishing/forge/index.js';
import { detectRuntime } from '../platform/runtime.js';
import { mergeFragments, resolvePackagesInput, releaseTarget, stagePackages, uploadPackages, packagesOutput, type PackageSource, type UploadSettings } from '../packages/upload-packages.js';
import type { LegacyCliCommand } from './command.js';

export const usage = `relforge upload-packages (--packages GLOB … | --map "platform: file" | --fragments GLOB …) --product NAME --version X.Y.Z
       --public-key FILE|RW… [--private-key-file FILE] [--stage] [--channel C] [--commit SHA]
       [--require-platforms linux-x86_64,windows-x86_64] [--target http|gitea-generic|release]
       [--upload-url TEMPLATE] [--base-url TEMPLATE] [--read-back auto|download] [--tauri] [--notes TEXT] [--expires-in 90d]
       [--api-url URL --repository owner/repo --package-owner OWNER] [--tag TAG] [--out-dir DIR] [--dry-run] [--json]
       [--authenticode-root ROOTS.pem [--authenticode-tsa-root TSA.pem] [--authenticode-subject "CN=…"]]

Environment: RELFORGE_KEY_PASSWORD (private key password), RELFORGE_PACKAGE_TOKEN (http bearer token /
Gitea write:package token), GITHUB_TOKEN (target release).`;

export default {
  summary: 'verify, sign a manifest for and upload per-platform packages (manifest last)',
  usage,
  async run(argv: string[]): Promise<number> {
    const { values } = parseArgs({
      args: argv,
      options: {
        packages: { type: 'string', multiple: true },
        map: { type: 'string' },
        fragments: { type: 'string', multiple: true },
        stage: { type: 'boolean', default: false },
        product: { type: 'string' },
        version: { type: 'string' },
        channel: { type: 'string' },
        commit: { type: 'string' },
        'require-platforms': { type: 'string' },
        'public-key': { type: 'string' },
        'private-key-file': { type: 'string' },
        target: { type: 'string', default: 'http' },
        'upload-url': { type: 'string' },
        'base-url': { type: 'string' },
        'read-back': { type: 'string', default: 'auto' },
        tauri: { type: 'boolean', default: false },
        notes: { type: 'string' },
        'expires-in': { type: 'string' },
        'api-url': { type: 'string' },
        forge: { type: 'string' },
        repository: { type: 'string' },
        'package-owner': { type: 'string' },
        tag: { type: 'string' },
        'out-dir': { type: 'string', default: 'relforge-packages' },
        'authenticode-root': { type: 'string' },
        'authenticode-tsa-root': { type: 'string' },
        'authenticode-subject': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: false,
      strict: true,
    });
    const given = [values.packages?.length, values.map, values.fragments?.length].filter(Boolean).length;
    if (given !== 1 || !values.product || !values.version || !values['public-key']) {
      throw new RelforgeError(`Give exactly one of --packages, --map or --fragments, and --product, --version and --public-key.\n\nusage: ${usage}`, { exitCode: 2 });
    }
    const cwd = process.cwd();
    const pk = values['public-key'].trim();
    const publicKey = /^RW[A-Za-z0-9+/=]{54,}$/.test(pk) ? pk : readFileSync(pk, 'utf8');
    const common = {
      product: values.product,
      version: values.version,
      channel: values.channel,
      commit: values.commit ?? '',
      publicKey,
      requirePlatforms: (values['require-platforms'] ?? '').split(',').map((s) => s.trim()).filter(Boolean),
      outDir: values['out-dir']!,
      authenticode: values['authenticode-root']
        ? {
            roots: readFileSync(values['authenticode-root'], 'utf8'),
            tsaRoots: values['authenticode-tsa-root'] ? readFileSync(values['authenticode-tsa-root'], 'utf8') : undefined,
            subject: values['authenticode-subject'],
          }
        : undefined,
      log: (m: string) => console.error(m),
    };
    let sources: PackageSource[];
    if (values.fragments?.length) {
      const merged = await mergeFragments(values.fragments, { cwd, inputName: '--fragments', product: values.product, version: values.version, channel: values.channel });
      sources = merged.packages;
      common.channel ??= merged.channel;
      common.commit ||= merged.commit;
    } else {
      sources = await resolvePackagesInput(values.map ?? values.packages!.join('\n'), cwd, values.map ? '--map' : '--packages');
    }
    if (values.stage) {
      const r = await stagePackages({ ...common, packages: sources });
      console.log(values.json ? JSON.stringify({ fragment: r.fragmentPath, packages: r.packages.map(({ signature: _s, ...p }) => p) }, null, 2) : `fragment: ${r.fragmentPath}`);
      return 0;
    }
    const password = process.env.RELFORGE_KEY_PASSWORD;
    const token = process.env.RELFORGE_PACKAGE_TOKEN ?? '';
    registerSecret(password);
    registerSecret(token);
    const privateKey = values['private-key-file'] ? readFileSync(values['private-key-file'], 'utf8') : undefined;
    registerSecret(privateKey);
    const target = values.target as UploadSettings['target'];
    const settings: UploadSettings = {
      ...common,
      packages: sources,
      privateKey,
      password,
      target,
      baseUrl: values['base-url'],
      tauri: values.tauri,
      notes: values.notes,
      expiresIn: values['expires-in'],
      dryRun: values['dry-run'],
    };
    const runtime = detectRuntime(process.env);
    if (target === 'http') settings.http = { uploadUrl: values['upload-url'] ?? '', token, readBack: values['read-back'] === 'download' ? 'download' : 'auto' };
    else if (target === 'gitea-generic') {
      settings.gitea = {
        forge: createForge({ token: token || 'dry-run', forge: values.forge ?? 'gitea', apiUrl: values['api-url'], repository: values.repository }),
        owner: values['package-owner'],
      };
    } else if (target === 'release') {
      const ghToken = process.env.GITHUB_TOKEN ?? '';
      registerSecret(ghToken);
      settings.release = releaseTarget({ token: ghToken, tag: values.tag ?? `v${values.version.replace(/^v(?=\d)/, '')}`, serverUrl: runtime.serverUrl, forge: values.forge, apiUrl: values['api-url'], repository: values.repository });
    }
    const res = await uploadPackages(settings);
    if (values.json) console.log(JSON.stringify({ manifest: res.manifestPath, manifestUrl: res.manifestUrl, tauri: res.tauriPath ?? null, packages: packagesOutput(res.manifest), files: res.files }, null, 2));
    else console.log(`${res.dryRun ? 'dry run: ' : ''}manifest ${res.manifestUrl} (${res.manifest.packages.length} packages)`);
    return 0;
  },
} satisfies LegacyCliCommand;
