/**
 * Issue 13 case 5: `upload-url` / `base-url` (and `api-url`) with a user name or password are refused before
 * anything is read or sent, worded by field for each front end, so the credential can never reach a log, an
 * output, the step summary or a `url` of the signed manifest. Templates stay allowed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { httpTarget, uploadPackages, type UploadSettings } from '../../src/packages/upload-packages.js';
import { runCommand } from '../../src/cli/args.js';
import uploadCli from '../../src/cli/upload-packages.js';
import { buildSet, useUpdateServer } from './fixtures.js';

const PASSWORD = 's3cr3t-pw-0b8e71';
const suite = useUpdateServer('tok-case5-19c2aa70');
beforeEach(() => buildSet(suite.dir, '1.3.0', suite.k.key));

const settings = (over: Partial<UploadSettings>): UploadSettings => suite.httpSettings(suite.dir, '/u/{product}/{version}/{platform}/{file}', over);

const withUserinfo = (url: string) => url.replace('://', `://deploy:${PASSWORD}@`);

/** The error a promise rejects with (fails the test when it resolves). */
async function failure(p: Promise<unknown>): Promise<Error & { problems?: { field?: string }[] }> {
  try {
    await p;
  } catch (e) {
    return e as Error & { problems?: { field?: string }[] };
  }
  throw new Error('expected a refusal, but it succeeded');
}

describe('issue 13 case 5: userinfo in URL inputs', () => {
  it('upload-url with user:password is refused by field; nothing is sent, the password is in no message', async () => {
    const target = httpTarget({ uploadUrl: withUserinfo(`${suite.server.url}/u/{product}/{version}/{platform}/{file}`), token: suite.server.token, attempts: 1 });
    const err = await failure(uploadPackages(settings({ target })));
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toMatch(/^Input "upload-url" must not contain a user name or password/);
    expect(err.problems?.map((p: { field?: string }) => p.field)).toEqual(['upload-url']);
    expect(err.message).not.toContain(PASSWORD);
    expect(suite.server.requests).toEqual([]);
  });

  it('base-url with user:password is refused (it would be every url of the signed manifest), even in a dry run', async () => {
    const err = await failure(uploadPackages(settings({ baseUrl: withUserinfo('https://dl.example.com/{product}/{version}/{file}'), dryRun: true })));
    expect(err.message).toMatch(/Input "base-url" must not contain a user name or password/);
    expect(err.message).not.toContain(PASSWORD);
    // A token in the URL without a password is userinfo too.
    const err2 = await failure(uploadPackages(settings({ baseUrl: 'https://tok123@dl.example.com/{product}/{version}/{file}', dryRun: true })));
    expect(err2.message).toMatch(/Input "base-url" must not contain a user name/);
    // The same template without userinfo is fine.
    const ok = await uploadPackages(settings({ baseUrl: 'https://dl.example.com/{product}/{version}/{file}', dryRun: true }));
    expect(ok.manifest.packages.every((p) => !p.url.includes('@'))).toBe(true);
  });

  it('the CLI words it --upload-url / --api-url and prints no password', async () => {
    const lines: string[] = [];
    const quiet = { log: console.log, error: console.error };
    console.log = (m: string) => void lines.push(String(m));
    console.error = (m: string) => void lines.push(String(m));
    try {
      const base = ['--packages', join(suite.dir, 'agent-*'), '--product', 'agent', '--version', '1.3.0', '--public-key', suite.k.publicKey.split('\n')[1]!, '--out-dir', join(suite.dir, 'cli')];
      const env = { ...process.env, MINISIGN_PRIVATE_KEY: suite.k.secretKey, PACKAGE_TOKEN: suite.server.token };
      const e1 = await failure(runCommand(uploadCli, [...base, '--upload-url', withUserinfo(`${suite.server.url}/u/{product}/{version}/{platform}/{file}`)], env));
      expect(e1.message).toMatch(/^--upload-url must not contain a user name or password/);
      const e2 = await failure(runCommand(uploadCli, [...base, '--target', 'gitea-generic', '--api-url', withUserinfo('https://gitea.example.com/api/v1')], env));
      expect(e2.message).toMatch(/^--api-url must not contain a user name or password/);
      for (const e of [e1, e2]) expect(e.message).not.toContain(PASSWORD);
    } finally {
      Object.assign(console, quiet);
    }
    expect(lines.join('\n')).not.toContain(PASSWORD);
    expect(suite.server.requests).toEqual([]);
  });
});
