/**
 * Starts the forge emulator as a process (for `npm run demo`, bench scripts, manual tries): the same server
 * as `relforge emulator` (src/cli/emulator.ts), run from the TypeScript sources:
 *   node_modules/.bin/node --experimental-transform-types --import ./scripts/demo-loader.mjs \
 *     test/fakes/serve.ts --mode github|gitea|forgejo [--owner acme] [--repo widget] [--token T] [--immutable]
 * Prints one JSON line {url, apiUrl, uploadsUrl, owner, repo, token, mode} on stdout, then serves until
 * SIGTERM/SIGINT or stdin closes. Violations of the API documents are printed on stderr at exit (exit 3).
 */
import { parseArgs } from 'node:util';
import { startForgeEmulator, type EmulatorMode } from '../../src/emulator/forge.js';

const { values } = parseArgs({
  options: {
    mode: { type: 'string', default: 'github' },
    owner: { type: 'string' },
    repo: { type: 'string' },
    token: { type: 'string' },
    immutable: { type: 'boolean', default: false },
    'exit-on-stdin-close': { type: 'boolean', default: true },
  },
});
const emu = await startForgeEmulator({ mode: values.mode as EmulatorMode, owner: values.owner, repo: values.repo, token: values.token ?? process.env.RELFORGE_EMULATOR_TOKEN, immutableReleases: values.immutable });
process.stdout.write(`${JSON.stringify({ mode: emu.mode, url: emu.url, apiUrl: emu.apiUrl, uploadsUrl: emu.uploadsUrl, owner: emu.owner, repo: emu.repo, token: emu.token })}\n`);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await emu.close();
  if (emu.violations.length) {
    for (const v of emu.violations) process.stderr.write(`violation: ${v.kind} ${v.method} ${v.path}${v.status ? ` → ${v.status}` : ''}: ${v.message}\n`);
    process.exit(3);
  }
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
if (values['exit-on-stdin-close']) {
  process.stdin.on('end', stop);
  process.stdin.resume();
}
