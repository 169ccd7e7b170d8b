/**
 * `npx relforge <command>`: the same library the actions use, for dry runs on a laptop.
 * Each command lives in src/cli/<command>.ts (default export: a CliCommand) and is listed in COMMANDS.
 */
import { RelforgeError, errorMessage } from './errors.js';
import { redact } from './secrets.js';
import { nodeVersionProblem } from './runtime.js';
import type { CliCommand } from './cli/command.js';
// --- command imports (one line per command) ---
import signTrusted from './cli/sign-trusted.js';
import publish from './cli/publish.js';
import plan from './cli/plan.js';
import prerelease from './cli/prerelease.js';
import changelog from './cli/changelog.js';
import releaseCommit from './cli/release-commit.js';
import uploadPackages from './cli/upload-packages.js';
import verifyPackage from './cli/verify-package.js';
import sign from './cli/sign.js';
import verify from './cli/verify.js';
import keygen from './cli/keygen.js';
import verifyAuthenticode from './cli/verify-authenticode.js';
import nextVersion from './cli/next-version.js';

const COMMANDS: Record<string, CliCommand> = {
  // --- commands (one line per command) ---
  'sign-trusted': signTrusted,
  publish,
  plan,
  prerelease,
  changelog,
  'release-commit': releaseCommit,
  'upload-packages': uploadPackages,
  'verify-package': verifyPackage,
  sign,
  verify,
  keygen,
  'verify-authenticode': verifyAuthenticode,
  'next-version': nextVersion,
};

function help(): string {
  const lines = ['usage: relforge <command> [options]', '', 'commands:'];
  for (const name of Object.keys(COMMANDS).sort()) lines.push(`  ${name.padEnd(20)} ${COMMANDS[name]!.summary}`);
  lines.push('', 'relforge <command> --help shows the options of one command.');
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const problem = nodeVersionProblem(process.version);
  if (problem) {
    console.error(problem);
    return 1;
  }
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    console.error(`relforge: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`${cmd.summary}\n\nusage: ${cmd.usage}`);
    return 0;
  }
  try {
    return await cmd.run(rest);
  } catch (err) {
    // node:util parseArgs errors (unknown option, missing value…) are usage errors for every command.
    if ((err as NodeJS.ErrnoException)?.code?.startsWith('ERR_PARSE_ARGS_')) {
      throw new RelforgeError(`${errorMessage(err)}\n\nusage: ${cmd.usage.split('\n')[0]}\n(relforge ${name} --help shows every option)`, { exitCode: 2 });
    }
    throw err;
  }
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
