/** Entry for actions/publish-release: inputs → publishRelease → outputs + step summary. */
import { runAction, input, requiredInput, listInput, boolInput, secretInput, setOutputs, writeSummary, log } from './runner.js';
import { publishRelease } from '../publishing/publish-release.js';
import { RelforgeError } from '../platform/errors.js';

function prereleaseInput(): boolean | 'auto' {
  const raw = input('prerelease', 'auto').toLowerCase();
  if (raw === 'auto') return 'auto';
  if (['true', 'yes', '1'].includes(raw)) return true;
  if (['false', 'no', '0'].includes(raw)) return false;
  throw new RelforgeError(`Input "prerelease" must be auto, true or false, got "${raw}".`);
}

void runAction(async ({ runtime }) => {
  const token = secretInput('token');
  const makeLatest = input('make-latest', 'true').toLowerCase();
  const res = await publishRelease({
    tag: requiredInput('tag'),
    name: input('name') || undefined,
    body: input('body') || undefined,
    bodyFile: input('body-file') || undefined,
    prerelease: prereleaseInput(),
    draft: boolInput('draft', false),
    makeLatest: makeLatest as 'true' | 'false' | 'legacy',
    files: listInput('files'),
    checksums: boolInput('checksums', true),
    targetCommitish: input('target-commitish') || process.env.GITHUB_SHA || undefined,
    overwrite: input('overwrite', 'replace').toLowerCase() as 'replace' | 'skip' | 'fail',
    dryRun: boolInput('dry-run', false),
    cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
    forge: { forge: input('forge'), apiUrl: input('api-url'), token },
    log: log.info,
  });
  log.info(`${res.dryRun ? 'Dry run on' : 'Release on'} ${res.forge} (${runtime.runner}): ${res.url || res.tag}`);
  setOutputs({ 'release-id': res.releaseId ?? '', url: res.url, assets: res.assets, created: res.created });
  const rows = res.assets.map((a) => `| ${a.url ? `[${a.name}](${a.url})` : a.name} | ${a.size} | \`${a.sha256}\` |`).join('\n');
  const state = res.dryRun ? 'dry run — nothing changed' : res.published ? (res.prerelease ? 'published (prerelease)' : 'published') : 'draft';
  await writeSummary(
    `## Release ${res.tag} — ${state}\n\n${res.url ? `${res.url}\n\n` : ''}| asset | bytes | sha256 |\n|---|---:|---|\n${rows}\n\n` +
      (res.actions.length ? `<details><summary>${res.dryRun ? 'Would do' : 'Done'} (${res.actions.length})</summary>\n\n${res.actions.map((a) => `- ${a}`).join('\n')}\n</details>\n` : 'Nothing to change: the release already matched.\n'),
  );
});
