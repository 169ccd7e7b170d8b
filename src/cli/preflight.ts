/** `relforge preflight`: the same checks as actions/preflight, from the environment (MINISIGN_PRIVATE_KEY, …) or --x-file. */
import { preflightSchema, preflightSettings } from '../preflight/options.js';
import { renderPreflightSummary, runPreflight } from '../preflight/preflight.js';
import { TOKEN_ENV } from '../platform/vocabulary.js';
import { orList } from '../platform/forges.js';
import { defineCommand } from './command.js';
import { plainText } from './text.js';

export default defineCommand({
  schema: preflightSchema,
  notes: `Secrets come from the environment (MINISIGN_PRIVATE_KEY, MINISIGN_PASSWORD, PACKAGE_TOKEN, AZURE_CLIENT_SECRET;
forge token ${orList(TOKEN_ENV)}) or from --<name>-file FILE / --<name>-env VAR.
Exit 0 when every required check passes; 1 with every problem listed otherwise. Prints no secret.
Example: MINISIGN_PASSWORD=… relforge preflight --private-key-file keys/agent.key --public-key keys/agent.pub --require minisign`,
  async run(v) {
    const r = await runPreflight(preflightSettings(v));
    if (v.json) console.log(JSON.stringify(r, null, 2));
    else console.log(plainText(renderPreflightSummary(r)));
    return 0;
  },
});
