/**
 * `relforge <command>`: the same library the actions use. The command table (src/cli/commands.ts, generated
 * by `npm run gen` from the option schemas) names each command with its one-line summary; a command's module
 * (src/cli/<command>.ts) is imported only when that command runs, so `relforge --help` and every command
 * start without loading the others.
 */
import { RelforgeError, errorMessage } from '../platform/errors.js';
import { redact } from '../platform/secrets.js';
import { nodeVersionProblem } from '../platform/node-version.js';
import { COMMANDS } from './commands.js';

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
