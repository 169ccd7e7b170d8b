/** The next-version step summary (markdown): the decision and why. The CLI prints it as plain text. */
import type { NextVersionResult } from './next-version.js';

const short = (sha: string) => sha.slice(0, 7);

function header(r: NextVersionResult, lines: string[]): void {
  if (r.versioning === 'independent') {
    lines.push(`## next-version: ${r.released ? `${r.components.filter((c) => c.bump !== 'none').length} component(s) release` : 'no release'}`, '');
    lines.push('| component | previous | next | bump | tag | commits |', '|---|---|---|---|---|---|');
    for (const c of r.components) {
      lines.push(`| ${c.name} | ${c.previousTag ?? c.previous} | ${c.version} | ${c.bump} | ${c.bump !== 'none' ? `\`${c.tag}\`` : '–'} | ${c.commits ?? 0} |`);
    }
    lines.push('');
    for (const c of r.components) if (c.reason && c.bump !== 'none') lines.push(`- ${c.name}: ${escapeMd(c.reason)}`);
    return;
  }
  lines.push(`## next-version: ${r.released ? `\`${r.tag}\` (${r.bump})` : `no release (stays ${r.previousVersion})`}`, '');
  const base =
    r.previousTag !== undefined
      ? `\`${r.previousTag}\` (${short(r.baseSha ?? '')})`
      : r.baseSource === 'version-file'
        ? `no release tag; version file says ${r.previousVersion}`
        : 'no release tag; starting from 0.0.0';
  lines.push(`- Base: ${base}`);
  lines.push(`- Commits since base: ${r.commits}${r.includePaths?.length ? ` (only those touching ${r.includePaths.map((p) => escapeMd(p)).join(', ')})` : ''}`);
  lines.push(`- Why: ${escapeMd(r.reason)}`);
}

/** Markdown for the step summary: the decision and why. */
export function renderNextVersionSummary(r: NextVersionResult): string {
  const lines: string[] = [];
  header(r, lines);
  const counts = Object.entries(r.countsByType).sort((a, b) => b[1] - a[1]);
  if (counts.length) lines.push(`- By type: ${counts.map(([t, n]) => `${t} ${n}`).join(', ')}${r.breakingCount ? ` (breaking: ${r.breakingCount})` : ''}`);
  if (r.deciding.length) {
    const more = (r.decidingTotal ?? r.deciding.length) - r.deciding.length;
    lines.push(`- Decided by${more > 0 ? ` (first ${r.deciding.length} of ${r.decidingTotal})` : ''}:`);
    for (const d of r.deciding) lines.push(`  - \`${short(d.sha)}\` ${escapeMd(d.subject)}${d.breaking ? ' **(breaking)**' : ''}`);
  } else {
    lines.push('- No commit asks for a release (only non-releasing types or non-conventional messages).');
  }
  if (r.cancelledReverts?.length) {
    lines.push(`- Reverted within the range (neither counts): ${r.cancelledReverts.map((c) => `\`${short(c.reverted)}\` by \`${short(c.revert)}\``).join(', ')}`);
  }
  if (r.ignoredPrereleaseTags.length) {
    const list = r.ignoredPrereleaseTags.slice(0, 20).map((t) => `\`${t}\``).join(', ');
    lines.push(`- Prerelease tags ignored (never a base): ${list}${r.ignoredPrereleaseTags.length > 20 ? `, … (${r.ignoredPrereleaseTags.length} in all)` : ''}`);
  }
  if (r.unreachableHigherTags?.length) {
    lines.push(`- Higher release tags not reachable from HEAD (ignored): ${r.unreachableHigherTags.slice(0, 10).map((t) => `\`${t}\``).join(', ')}`);
  }
  if (r.versioning !== 'independent' && r.components.length) lines.push(`- Changed components: ${r.changedComponents.length ? r.changedComponents.join(', ') : 'none'}`);
  if (r.written.length) lines.push(`- Rewritten: ${r.written.map((w) => `\`${w}\``).join(', ')}`);
  else if (r.plannedFiles?.length) lines.push(`- Would rewrite: ${r.plannedFiles.map((w) => `\`${w}\``).join(', ')}`);
  for (const w of r.warnings ?? []) lines.push(`- ⚠️ ${escapeMd(w)}`);
  return lines.join('\n') + '\n';
}

function escapeMd(text: string): string {
  return text.replace(/[<>|`*_[\]\\]/g, '\\$&');
}
