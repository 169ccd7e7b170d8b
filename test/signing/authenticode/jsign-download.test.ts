/**
 * acquireJsign downloads the jsign jar through relforge's own request() (no @actions/tool-cache): streamed to a
 * temp file, checked against its SHA-256 pin before use, cached under RUNNER_TOOL_CACHE, process.env untouched.
 * A loopback Maven repository (test/fakes/maven.ts) serves the bytes.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireJsign, jsignCacheDir } from '../../../src/signing/authenticode/jsign.js';
import { startMaven, type MavenEmulator } from '../../fakes/maven.js';

const dirs: string[] = [];
const fresh = (p: string) => {
  const d = mkdtempSync(join(tmpdir(), p));
  dirs.push(d);
  return d;
};
let maven: MavenEmulator;
const JAR = randomBytes(300_000); // stands in for a jar: only its bytes and their hash matter here
const PIN = createHash('sha256').update(JAR).digest('hex');
const PATH = 'net/jsign/jsign/9.1/jsign-9.1.jar';

beforeAll(async () => {
  maven = await startMaven({ [PATH]: JAR });
});
afterAll(async () => {
  await maven?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function env(): Record<string, string> {
  return { RELFORGE_MAVEN_BASE: maven.url, RUNNER_TOOL_CACHE: fresh('relforge-tc-'), RUNNER_TEMP: fresh('relforge-temp-') };
}

describe('jsign download', () => {
  it('downloads the pinned jar into RUNNER_TOOL_CACHE, then reuses the cached copy, leaving process.env alone', async () => {
    const e = env();
    const before = { ...process.env };
    const n = maven.downloads.length;
    const first = await acquireJsign({ version: `9.1@${PIN}`, env: e });
    expect(first.source).toBe('download');
    expect(first.jar).toBe(join(e.RUNNER_TOOL_CACHE!, 'jsign', '9.1.0', process.arch, 'jsign-9.1.jar'));
    expect(readFileSync(first.jar).equals(JAR)).toBe(true);
    const second = await acquireJsign({ version: `9.1@${PIN}`, env: e });
    expect(second).toEqual({ ...first, source: 'cache' });
    expect(maven.downloads.length - n).toBe(1);
    expect(process.env).toEqual(before);
    expect(readdirSync(e.RUNNER_TEMP!)).toEqual([]); // the temp download is gone
  });

  it('a wrong SHA-256 is refused: nothing cached, the download discarded', async () => {
    const e = env();
    const wrong = createHash('sha256').update('another jar').digest('hex');
    await expect(acquireJsign({ version: `9.1@${wrong}`, env: e })).rejects.toThrow(
      new RegExp(`SHA-256 mismatch for jsign-9\\.1\\.jar .*expected ${wrong}, got ${PIN}\\. The download was discarded`),
    );
    expect(existsSync(join(e.RUNNER_TOOL_CACHE!, 'jsign'))).toBe(false);
    expect(readdirSync(e.RUNNER_TEMP!)).toEqual([]);
  });

  it('a cached jar that no longer matches its pin is downloaded again', async () => {
    const e = env();
    const cached = join(jsignCacheDir('9.1', e), 'jsign-9.1.jar');
    await acquireJsign({ version: `9.1@${PIN}`, env: e });
    writeFileSync(cached, 'tampered');
    const logs: string[] = [];
    const again = await acquireJsign({ version: `9.1@${PIN}`, env: e, log: (m) => logs.push(m) });
    expect(again.source).toBe('download');
    expect(readFileSync(cached).equals(JAR)).toBe(true);
    expect(logs.join('\n')).toMatch(/does not match its SHA-256 pin; downloading it again/);
  });

  it('a missing file is an error naming the URL and the jsign-path way out', async () => {
    const e = env();
    await expect(acquireJsign({ version: `9.2@${PIN}`, env: e })).rejects.toThrow(/Could not download jsign 9\.2 from http:\/\/127\.0\.0\.1:\d+\/net\/jsign\/jsign\/9\.2\/jsign-9\.2\.jar: .*HTTP 404.*"jsign-path"/);
    expect(existsSync(join(e.RUNNER_TOOL_CACHE!, 'jsign'))).toBe(false);
  });
});
