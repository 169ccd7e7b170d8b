/**
 * publishRelease against the forge emulator (src/emulator/forge.ts), as the publishing tests run it.
 */
import { publishRelease, type PublishReleaseSettings } from '../../src/publishing/publish-release.js';
import type { RetryOptions } from '../../src/publishing/forge/index.js';
import type { EmulatorMode, ForgeEmulator } from '../../src/emulator/forge.js';

/**
 * Publishes every file in `dir` as release v1.2.3 of the emulator's repository, with the emulator's token;
 * log lines go to `logs`. `retry` is the HTTP client's policy (short delays keep tests fast); its base delay is
 * also the backoff between attempts of a create or an upload. `extra` overrides any setting.
 */
export function publishToEmulator(
  emu: ForgeEmulator,
  mode: EmulatorMode,
  dir: string,
  logs: string[],
  retry: RetryOptions & { baseDelayMs: number },
  extra: Partial<PublishReleaseSettings> = {},
): ReturnType<typeof publishRelease> {
  return publishRelease({
    tag: 'v1.2.3',
    files: ['*'],
    cwd: dir,
    forge: { forge: mode, apiUrl: emu.apiUrl, token: emu.token, repository: `${emu.owner}/${emu.repo}`, retry },
    retryDelayMs: retry.baseDelayMs,
    log: (l) => logs.push(l),
    ...extra,
  });
}

/** The requests that changed something on the emulator (POST, PATCH, DELETE, PUT), in order. */
export function writeRequests(emu: ForgeEmulator): ForgeEmulator['state']['requests'] {
  return emu.state.requests.filter((r) => ['POST', 'PATCH', 'DELETE', 'PUT'].includes(r.method));
}
