/** Outputs and step summaries of upload-packages (markdown, pure). */
import type { PackagesManifest } from './core/manifest.js';
import type { StageResult } from './stage.js';
import type { UploadResult } from './upload-packages.js';

/** The `packages` output: one object per package. */
export function packagesOutput(m: PackagesManifest): { platform: string; file: string; size: number; sha256: string; url: string }[] {
  return m.packages.map((p) => ({ platform: p.platform, file: p.file, size: p.size, sha256: p.sha256, url: p.url }));
}

const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderUploadSummary(res: UploadResult, target: string): string {
  const m = res.manifest;
  const lines = [
    `## ${res.dryRun ? 'Dry run: ' : ''}${mdCell(m.product)} ${m.version} (${m.channel}) → ${target}`,
    '',
    `Manifest: ${res.dryRun ? `\`${res.manifestPath}\` (not uploaded)` : `${res.manifestUrl} (signed, in one file: ${res.signedManifestUrl})`} · key \`${m.keyId}\` · created ${m.created} · ${m.packages.length} package(s)`,
    '',
    '| platform | file | size | sha256 | url |',
    '|---|---|---:|---|---|',
    ...m.packages.map((p) => `| ${p.platform} | ${mdCell(p.file)} | ${p.size} | \`${p.sha256.slice(0, 16)}…\` | ${mdCell(p.url)} |`),
    '',
    '| file | outcome | verified by |',
    '|---|---|---|',
    ...res.files.map((f) => `| ${mdCell(f.name)} | ${f.outcome} | ${f.verifiedBy ?? '—'} |`),
    '',
  ];
  return lines.join('\n');
}

export function renderStageSummary(product: string, version: string, r: StageResult): string {
  return [
    `## Staged ${mdCell(product)} ${version}: ${r.packages.map((p) => p.platform).join(', ')}`,
    '',
    `Fragment \`${r.fragmentPath}\` — upload \`${r.dir}\` as an artifact; the merge job publishes every fragment at once.`,
    '',
    '| platform | file | size | sha256 |',
    '|---|---|---:|---|',
    ...r.packages.map((p) => `| ${p.platform} | ${mdCell(p.file)} | ${p.size} | \`${p.sha256}\` |`),
    '',
  ].join('\n');
}
