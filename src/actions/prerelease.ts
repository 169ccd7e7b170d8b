/** Entry for actions/prerelease: inputs → cutPrerelease → outputs + step summary. */
import { runAction, input, boolInput, secretInput, setOutputs, writeSummary, log } from './runner.js';
import { cutPrerelease } from '../versioning/prerelease.js';

void runAction(async () => {
  const token = secretInput('token');
  const res = await cutPrerelease({
    cwd: input('path', process.env.GITHUB_WORKSPACE || process.cwd()),
    channel: input('channel', 'beta'),
    base: input('base', 'next'),
    versionFile: input('version-file') || undefined,
    versionPattern: input('version-pattern') || undefined,
    tagPrefix: input('tag-prefix', 'v'),
    number: input('number', 'auto'),
    force: boolInput('force', false),
    push: boolInput('push', true),
    remote: input('remote', 'origin'),
    token: token || undefined,
    dryRun: boolInput('dry-run', false),
    identity: { name: input('author-name') || undefined, email: input('author-email') || undefined },
    nextVersion: {
      pre1: (input('pre-1-0') || undefined) as 'minor' | 'major' | undefined,
      components: input('components') || undefined,
    },
  });
  for (const n of res.notes) log.notice(n);
  const verb = res.dryRun ? 'Would tag' : res.reused ? 'Reused' : res.action === 'move' ? 'Moved' : 'Tagged';
  log.info(`${verb} ${res.commit.slice(0, 12)} as ${res.tag} (base ${res.base} from ${res.baseSource})${res.pushed ? ', pushed' : ''}`);
  setOutputs({ version: res.version, tag: res.tag, number: res.number, prerelease: true, reused: res.reused, commit: res.commit, base: res.base });
  await writeSummary(
    `## Prerelease ${res.tag}${res.dryRun ? ' (dry run)' : ''}\n\n| | |\n|---|---|\n| version | \`${res.version}\` |\n| commit | \`${res.commit}\` |\n` +
      `| base | ${res.base} (${res.baseSource}) |\n| reused | ${res.reused} |\n| pushed | ${res.pushed} |\n` +
      (res.notes.length ? `\n${res.notes.map((n) => `- ${n}`).join('\n')}\n` : ''),
  );
});
