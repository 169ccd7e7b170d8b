import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  emulatorSchema
} from "./chunk-QWYSPTS2.js";
import {
  defineCommand
} from "./chunk-ODS7LYII.js";
import {
  relforgePackage
} from "./chunk-L6XLEXYC.js";
import "./chunk-QMIP2YKH.js";
import "./chunk-BLP2XCSJ.js";
import "./chunk-E2MW5JXR.js";
import "./chunk-ZJ4GZZ6R.js";
import {
  RelforgeError
} from "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/cli/emulator.ts
var emulator_default = defineCommand({
  schema: emulatorSchema,
  notes: `Example: relforge emulator --forge gitea --repository acme/agent
  then: RELFORGE_TOKEN=<token> GITEA_ACTIONS=true GITHUB_SERVER_URL=<url> GITHUB_API_URL=<apiUrl> GITHUB_REPOSITORY=acme/agent relforge publish …
Releases live in memory while it runs.`,
  async run(v) {
    const [owner, repo] = v.repository.split("/");
    if (!owner || !repo || v.repository.split("/").length !== 2) throw new RelforgeError(`--repository must be OWNER/NAME, got "${v.repository}".`, { exitCode: 2 });
    const { loadForgeEmulator } = await import("./emulator-session-XIDVFU3K.js");
    const { startForgeEmulator } = await loadForgeEmulator(relforgePackage().root);
    const emu = await startForgeEmulator({ mode: v.forge, owner, repo, token: v.token });
    console.log(JSON.stringify({ mode: emu.mode, url: emu.url, apiUrl: emu.apiUrl, uploadsUrl: emu.uploadsUrl, owner: emu.owner, repo: emu.repo, token: emu.token }));
    return await new Promise((resolve) => {
      let stopping = false;
      const stop = async () => {
        if (stopping) return;
        stopping = true;
        await emu.close();
        for (const x of emu.violations) console.error(`violation: ${x.kind} ${x.method} ${x.path}${x.status ? ` → ${x.status}` : ""}: ${x.message}`);
        resolve(emu.violations.length ? 3 : 0);
      };
      process.on("SIGTERM", stop);
      process.on("SIGINT", stop);
    });
  }
});
export {
  emulator_default as default
};
