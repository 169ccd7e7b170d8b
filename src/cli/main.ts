/**
 * `relforge <command>`: the same library the actions use. The table below names each command with its
 * one-line summary; a command's module (src/cli/<command>.ts) is imported only when that command runs, so
 * `relforge --help` and every command start without loading the others.
 */
import { RelforgeError, errorMessage } from '../platform/errors.js';
import { redact } from '../platform/secrets.js';
import { nodeVersionProblem } from '../platform/runtime.js';
import type { CliCommand } from './command.js';

type Loader = () => Promise<{ default: CliCommand<any> }>;

// --- commands (one line per command: summary, loader) ---
const COMMANDS: Record<string, [summary: string, load: Loader]> = {
  'next-version': ['next version from Conventional Commits since the last strict release tag', () => import('./next-version.js')],
  plan: ['what a release dispatch would do (version, tag, files, notes and why), without writing anything', () => import('./plan.js')],
  prerelease: ['tag HEAD as the next <version>-<channel>.N prerelease (tag only, no commit)', () => import('./prerelease.js')],
  changelog: ['this release\'s notes and CHANGELOG.md section (the commits that release, rendered by git-cliff)', () => import('./changelog.js')],
  'release-commit': ['commit the release files, tag and push atomically (stable releases)', () => import('./release-commit.js')],
  'push-release': ['push a prepared release commit and tag atomically, only when the tagged tree is the tree that was built', () => import('./push-release.js')],
  sign: ['sign files with Ed25519 in minisign format (fail-closed, verified, SHA256SUMS)', () => import('./sign.js')],
  verify: ['verify a file against a minisign signature and public key (optionally binding the version)', () => import('./verify.js')],
  keygen: ['create a minisign-compatible Ed25519 key pair (optionally password-encrypted)', () => import('./keygen.js')],
  'sign-trusted': ['sign PE/MSI files with Azure Trusted Signing (jsign), verify them, then replace the originals', () => import('./sign-trusted.js')],
  'verify-authenticode': ['verify Authenticode signatures (PE, MSI) against pinned roots, subject and EKUs', () => import('./verify-authenticode.js')],
  publish: ['draft → upload → verify → publish a release on GitHub, Gitea or Forgejo', () => import('./publish.js')],
  'upload-packages': ['verify, sign a manifest for and upload per-platform packages (manifest last)', () => import('./upload-packages.js')],
  'verify-package': ['decide install / up to date / refused for a signed package manifest (exit 0 / 10 / 20)', () => import('./verify-package.js')],
  preflight: ['check every secret a release needs (present, key opens, matches its pin) before anything is tagged', () => import('./preflight.js')],
  init: ['write the release workflows into .github/workflows/ (GitHub, Gitea or Forgejo flavour)', () => import('./init.js')],
  act: ['run your release workflow locally with act (relforge actions mapped to this installation)', () => import('./act.js')],
  emulator: ['serve a local forge (GitHub or Gitea API) to release against', () => import('./emulator.js')],
};

function help(): string {
  const lines = ['usage: relforge <command> [options]', '', 'commands:'];
  for (const name of Object.keys(COMMANDS).sort()) lines.push(`  ${name.padEnd(20)} ${COMMANDS[name]![0]}`);
  lines.push('', 'relforge <command> --help shows the options of one command; relforge --version the version.');
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const problem = nodeVersionProblem(process.version);
  if (problem) {
    console.error(problem);
    return 1;
  }
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V' || name === 'version') {
    const { relforgePackage } = await import('./package-root.js');
    console.log(relforgePackage().version);
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return name ? 0 : 2;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    console.error(`relforge: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  const [{ default: cmd }, { runCommand, usageText }] = await Promise.all([entry[1](), import('./args.js')]);
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(usageText(cmd.schema, cmd.notes));
    return 0;
  }
  return runCommand(cmd, rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`relforge: ${redact(errorMessage(err))}`);
    process.exitCode = err instanceof RelforgeError ? err.exitCode : 1;
  },
);
