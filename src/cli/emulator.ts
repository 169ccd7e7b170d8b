/**
 * `relforge emulator`: relforge's forge emulator (src/emulator/forge.ts, the one its own tests use: every
 * request and response checked against the forge's API document) as a server, for trying the CLI or any
 * client against a local forge. Prints one JSON line {mode, url, apiUrl, uploadsUrl, owner, repo, token},
 * then serves until Ctrl-C (or SIGTERM); API document violations are printed at exit (exit 3).
 * (`relforge act --emulator` starts one by itself for the length of a run.)
 */
import { RelforgeError } from '../platform/errors.js';
import { emulatorSchema } from '../act/options.js';
import { relforgePackage } from './package-root.js';
import { defineCommand } from './command.js';

export default defineCommand({
  schema: emulatorSchema,
  notes: `Example: relforge emulator --forge gitea --repository acme/agent
  then: RELFORGE_TOKEN=<token> GITEA_ACTIONS=true GITHUB_SERVER_URL=<url> GITHUB_API_URL=<apiUrl> GITHUB_REPOSITORY=acme/agent relforge publish …
Releases live in memory while it runs.`,
  async run(v) {
    const [owner, repo] = v.repository.split('/');
    if (!owner || !repo || v.repository.split('/').length !== 2) throw new RelforgeError(`--repository must be OWNER/NAME, got "${v.repository}".`, { exitCode: 2 });
    const { loadForgeEmulator } = await import('../act/emulator-session.js');
    const { startForgeEmulator } = await loadForgeEmulator(relforgePackage().root);
    const emu = await startForgeEmulator({ mode: v.forge, owner, repo, token: v.token });
    console.log(JSON.stringify({ mode: emu.mode, url: emu.url, apiUrl: emu.apiUrl, uploadsUrl: emu.uploadsUrl, owner: emu.owner, repo: emu.repo, token: emu.token }));
    return await new Promise<number>((resolve) => {
      let stopping = false;
      const stop = async () => {
        if (stopping) return;
        stopping = true;
        await emu.close();
        for (const x of emu.violations) console.error(`violation: ${x.kind} ${x.method} ${x.path}${x.status ? ` → ${x.status}` : ''}: ${x.message}`);
        resolve(emu.violations.length ? 3 : 0);
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    });
  },
});
