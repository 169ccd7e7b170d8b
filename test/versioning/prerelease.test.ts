import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { useRepos, gitEnv, type TestRepo } from '../helpers/repo.js';
import { cutPrerelease } from '../../src/versioning/prerelease.js';
import { computeNextVersion } from '../../src/versioning/next-version.js';
import { generateChangelog } from '../../src/versioning/changelog.js';
import { channelProblem, parsePrereleaseNumber, planPrerelease, prereleaseNumberOf } from '../../src/versioning/core/prerelease-tags.js';

const repo = useRepos();

/** Tags on the bare remote: name → peeled commit. */
function remoteTags(r: TestRepo): Record<string, string> {
  const out = execFileSync('git', ['for-each-ref', '--format=%(refname:strip=2) %(*objectname)%(objectname)', 'refs/tags'], { cwd: r.remote, encoding: 'utf8' });
  const map: Record<string, string> = {};
  for (const line of out.trim().split('\n').filter(Boolean)) {
    const [name, ids] = line.split(' ');
    map[name!] = ids!.slice(0, 40);
  }
  return map;
}

/** A released v0.3.0 pushed to the bare remote, then a feat (next = 0.4.0). */
function released(): TestRepo {
  const r = repo();
  r.commit('feat: first');
  r.tag('v0.3.0', { annotated: true });
  r.commit('feat: widgets');
  r.git('push', '-q', 'origin', 'main', '--tags');
  return r;
}

describe('numbering from 0 (nuxt and angular-cli tag rc.0)', () => {
  it('first-number 0: the first rc of a version is rc.0, the next continues (rc.1); an explicit --number 0 is accepted', async () => {
    const r = released();
    const first = await cutPrerelease({ cwd: r.dir, channel: 'rc', firstNumber: '0' });
    expect(first).toMatchObject({ tag: 'v0.4.0-rc.0', number: 0, action: 'create', pushed: true });
    expect(remoteTags(r)['v0.4.0-rc.0']).toBe(r.head());
    r.commit('fix: after rc.0');
    // the next number continues from the existing rc.0, whatever first-number says
    expect(await cutPrerelease({ cwd: r.dir, channel: 'rc', firstNumber: '0' })).toMatchObject({ tag: 'v0.4.0-rc.1', number: 1 });
    r.commit('fix: after rc.1');
    expect(await cutPrerelease({ cwd: r.dir, channel: 'rc' })).toMatchObject({ tag: 'v0.4.0-rc.2', number: 2 });
    // an explicit 0
    const fresh = released();
    expect(await cutPrerelease({ cwd: fresh.dir, channel: 'rc', number: '0', push: false })).toMatchObject({ tag: 'v0.4.0-rc.0', number: 0, action: 'create' });
  });

  it('default first-number is 1; an existing rc.0 (tagged by hand) is continued with rc.1', async () => {
    const r = released();
    r.tag('v0.4.0-rc.0');
    r.commit('fix: more');
    expect(await cutPrerelease({ cwd: r.dir, channel: 'rc', push: false })).toMatchObject({ tag: 'v0.4.0-rc.1', number: 1 });
    const fresh = released();
    expect(await cutPrerelease({ cwd: fresh.dir, channel: 'rc', push: false })).toMatchObject({ tag: 'v0.4.0-rc.1', number: 1 });
  });
});

describe('prerelease numbering (pure)', () => {
  const head = 'h'.repeat(40);
  const other = 'o'.repeat(40);
  it('parses N SemVer-numerically and ignores near misses', () => {
    expect(prereleaseNumberOf('v0.4.0-beta.10', 'v', '0.4.0', 'beta')).toBe(10);
    for (const t of ['v0.4.0-beta.01', 'v0.4.0-beta', 'v0.4.0-beta.1.1', 'v0.4.0-betax.1', 'v0.4.1-beta.1', 'v0.4.0-rc.1', 'x0.4.0-beta.1']) {
      expect(prereleaseNumberOf(t, 'v', '0.4.0', 'beta')).toBeUndefined();
    }
  });
  it('auto = 1 + highest (numeric, not lexicographic); reuse when HEAD carries one', () => {
    const tags = [2, 9, 10].map((n) => ({ name: `v0.4.0-beta.${n}`, commit: other }));
    expect(planPrerelease({ prefix: 'v', base: '0.4.0', channel: 'beta', number: 'auto', head, tags })).toMatchObject({ tag: 'v0.4.0-beta.11', action: 'create' });
    const onHead = [...tags, { name: 'v0.4.0-beta.4', commit: head }];
    expect(planPrerelease({ prefix: 'v', base: '0.4.0', channel: 'beta', number: 'auto', head, tags: onHead })).toMatchObject({ tag: 'v0.4.0-beta.4', action: 'reuse' });
  });
  it('explicit number: create, reuse on HEAD, refuse elsewhere unless forced', () => {
    const tags = [{ name: 'v1.0.0-rc.3', commit: other }];
    const base = { prefix: 'v', base: '1.0.0', channel: 'rc', head, tags };
    expect(planPrerelease({ ...base, number: 4 }).action).toBe('create');
    expect(() => planPrerelease({ ...base, number: 3 })).toThrow(/v1\.0\.0-rc\.3 already exists on commit oooooooooooo.*force: true/);
    expect(planPrerelease({ ...base, number: 3, force: true })).toMatchObject({ action: 'move', previousCommit: other });
    expect(planPrerelease({ ...base, tags: [{ name: 'v1.0.0-rc.3', commit: head }], number: 3 }).action).toBe('reuse');
  });
  it('validates channel and number', () => {
    expect(channelProblem('beta')).toBeUndefined();
    expect(channelProblem('nightly-x')).toBeUndefined();
    expect(channelProblem('be ta')).toMatch(/must be a prerelease identifier of letters, digits and "-".*got "be ta"/);
    expect(channelProblem('beta.1')).toMatch(/must be a prerelease identifier/);
    expect(channelProblem('7')).toMatch(/numeric/);
    expect(channelProblem('stable')).toMatch(/not a prerelease channel/);
    expect(parsePrereleaseNumber('auto')).toBe('auto');
    expect(parsePrereleaseNumber('12')).toBe(12);
    expect(parsePrereleaseNumber('0')).toBe(0); // rc.0 (nuxt, angular-cli)
    for (const bad of ['-1', '01', '00', '1.5', 'x', '1e3']) expect(parsePrereleaseNumber(bad)).toMatchObject({ problem: expect.stringMatching(/must be "auto" or an integer 0 or more/) });
  });
});

describe('cutPrerelease (real git, bare remote)', () => {
  it('two cuts on different commits get .1 and .2; a re-run on the same commit reuses', async () => {
    const r = released();
    const first = await cutPrerelease({ cwd: r.dir });
    expect(first).toMatchObject({ version: '0.4.0-beta.1', tag: 'v0.4.0-beta.1', number: 1, reused: false, pushed: true, baseSource: 'next' });
    expect(remoteTags(r)['v0.4.0-beta.1']).toBe(r.head());
    // annotated, and only the tag was pushed (the remote branch did not move)
    expect(r.git('cat-file', '-t', 'v0.4.0-beta.1')).toBe('tag');
    const remoteMain = execFileSync('git', ['rev-parse', 'main'], { cwd: r.remote, encoding: 'utf8' }).trim();
    const again = await cutPrerelease({ cwd: r.dir });
    expect(again).toMatchObject({ tag: 'v0.4.0-beta.1', reused: true, pushed: false });
    r.commit('fix: second');
    const second = await cutPrerelease({ cwd: r.dir });
    expect(second).toMatchObject({ tag: 'v0.4.0-beta.2', number: 2, reused: false });
    expect(remoteTags(r)['v0.4.0-beta.2']).toBe(r.head());
    expect(execFileSync('git', ['rev-parse', 'main'], { cwd: r.remote, encoding: 'utf8' }).trim()).toBe(remoteMain);
    // no commit was made by the prerelease
    expect(r.git('log', '--format=%s', '-1')).toBe('fix: second');
  });

  it('numbers after tags that exist only on the remote, and reuses a remote-only tag on HEAD', async () => {
    const r = released();
    // Another clone cut .1 and .2 on the same commit… then a .3 on HEAD from a different run, all remote-only.
    const head = r.head();
    for (const n of [1, 2, 5]) execFileSync('git', ['tag', `v0.4.0-beta.${n}`, head], { cwd: r.remote, env: { ...process.env, ...gitEnv() } });
    const res = await cutPrerelease({ cwd: r.dir });
    expect(res).toMatchObject({ tag: 'v0.4.0-beta.5', reused: true, pushed: false });
    expect(r.git('rev-parse', 'v0.4.0-beta.5^{commit}')).toBe(head); // fetched for later steps
    r.commit('fix: next');
    expect((await cutPrerelease({ cwd: r.dir })).tag).toBe('v0.4.0-beta.6');
  });

  it('a concurrent run pushing the same auto number meanwhile: take the next number, never overwrite theirs', async () => {
    const r = released();
    const theirs = r.git('rev-parse', 'HEAD~1');
    const marker = join(r.dir, '.git', 'raced');
    const hook = join(r.dir, '.git', 'hooks', 'pre-push');
    // pre-push runs after our listing, before the push: the other run's tag lands exactly in that window (once)
    writeFileSync(hook, `#!/bin/sh\n[ -e "${marker}" ] && exit 0\ntouch "${marker}"\ngit --git-dir="${r.remote}" tag v0.4.0-beta.1 ${theirs}\nexit 0\n`);
    chmodSync(hook, 0o755);
    const res = await cutPrerelease({ cwd: r.dir });
    expect(res).toMatchObject({ tag: 'v0.4.0-beta.2', pushed: true, reused: false });
    expect(res.notes.join(' ')).toMatch(/v0\.4\.0-beta\.1 was pushed by a concurrent run/);
    expect(remoteTags(r)).toMatchObject({ 'v0.4.0-beta.1': theirs, 'v0.4.0-beta.2': r.head() });
    expect(r.git('tag', '-l', 'v0.4.0-beta.*')).toBe('v0.4.0-beta.2');
  });

  it('explicit number colliding on another commit fails (nothing pushed) unless force', async () => {
    const r = released();
    await cutPrerelease({ cwd: r.dir, number: '7' });
    const old = r.head();
    r.commit('fix: later');
    await expect(cutPrerelease({ cwd: r.dir, number: 7 })).rejects.toThrow(/v0\.4\.0-beta\.7 already exists on commit .*force: true/);
    expect(remoteTags(r)['v0.4.0-beta.7']).toBe(old);
    const forced = await cutPrerelease({ cwd: r.dir, number: 7, force: true });
    expect(forced).toMatchObject({ action: 'move', tag: 'v0.4.0-beta.7', pushed: true });
    expect(remoteTags(r)['v0.4.0-beta.7']).toBe(r.head());
  });

  it('beta tags never change the stable version; stable after betas is v0.4.0 with every commit once', async () => {
    const r = released();
    const before = await computeNextVersion({ cwd: r.dir });
    await cutPrerelease({ cwd: r.dir });
    r.commit('fix: crash');
    await cutPrerelease({ cwd: r.dir, channel: 'rc' });
    // a beta after an rc of the same version would sort below it: refused, naming the rc
    await expect(cutPrerelease({ cwd: r.dir })).rejects.toThrow(/v0\.4\.0-beta\.2 would sort below the existing prerelease v0\.4\.0-rc\.1/);
    r.commit('perf: speed');
    const after = await computeNextVersion({ cwd: r.dir });
    expect(before).toMatchObject({ version: '0.4.0', previousTag: 'v0.3.0' });
    expect(after).toMatchObject({ version: '0.4.0', tag: 'v0.4.0', previousTag: 'v0.3.0', bump: 'minor' });
    // tags on HEAD^ (betas) vs none: same result as if the betas did not exist
    const bare = repo();
    bare.commit('feat: first');
    bare.tag('v0.3.0', { annotated: true });
    bare.commit('feat: widgets');
    bare.commit('fix: crash');
    bare.commit('perf: speed');
    const control = await computeNextVersion({ cwd: bare.dir });
    expect({ v: after.version, b: after.bump, c: after.commits }).toEqual({ v: control.version, b: control.bump, c: control.commits });
    const log = await generateChangelog({ cwd: r.dir, version: after.version });
    for (const s of ['widgets', 'crash', 'speed']) expect(log.notes.split('\n').filter((l) => l.startsWith(`- ${s}`))).toHaveLength(1);
    expect(log.notes).not.toContain('first');
  });

  it('base: explicit, base: manifest; a base that is already released is refused', async () => {
    const r = released();
    r.commit('chore: manifest', { 'package.json': JSON.stringify({ name: 'x', version: '2.0.0' }, null, 2) + '\n' });
    expect((await cutPrerelease({ cwd: r.dir, base: '1.5.0', push: false })).tag).toBe('v1.5.0-beta.1');
    expect((await cutPrerelease({ cwd: r.dir, base: 'manifest', versionFile: 'package.json', dryRun: true })).tag).toBe('v2.0.0-beta.1');
    await expect(cutPrerelease({ cwd: r.dir, base: '0.3.0' })).rejects.toThrow(/v0\.3\.0 is already released/);
  });

  it('nothing releasable since the last release: the beta leads to the next patch, never below it', async () => {
    const r = repo();
    r.commit('feat: x');
    r.tag('v1.2.0', { annotated: true });
    r.commit('chore: tidy');
    const res = await cutPrerelease({ cwd: r.dir, push: false });
    expect(res.tag).toBe('v1.2.1-beta.1');
    expect(res.notes.join(' ')).toMatch(/No releasable commits/);
  });

  it('dry-run creates nothing', async () => {
    const r = released();
    const res = await cutPrerelease({ cwd: r.dir, dryRun: true });
    expect(res).toMatchObject({ tag: 'v0.4.0-beta.1', dryRun: true, pushed: false });
    expect(r.git('tag', '-l', 'v0.4.0-*')).toBe('');
    expect(remoteTags(r)['v0.4.0-beta.1']).toBeUndefined();
  });

  it('bad input: clear errors naming the inputs, nothing created or pushed', async () => {
    const r = released();
    await expect(cutPrerelease({ cwd: r.dir, channel: 'be ta', base: '1.2', number: '01', firstNumber: '2' })).rejects.toThrow(
      /4 problems[\s\S]*Input "channel"[\s\S]*Input "base"[\s\S]*Input "number"[\s\S]*Input "first-number" must be 0 or 1/,
    );
    await expect(cutPrerelease({ cwd: r.dir, base: 'manifest' })).rejects.toThrow(/version-file/);
    await expect(cutPrerelease({ cwd: r.dir, remote: 'upstream' })).rejects.toThrow(/Input "remote" \("upstream"\) is not a configured git remote/);
    expect(r.git('tag', '-l', 'v0.4.0-*')).toBe('');
    expect(Object.keys(remoteTags(r))).toEqual(['v0.3.0']);
  });
});

describe('HTTPS credentials', () => {
  /** A smart-HTTP endpoint that records the Authorization headers and refuses with 401. */
  async function authRecorder() {
    const seen: string[][] = [];
    const server = createServer((req: IncomingMessage, res) => {
      const auth: string[] = [];
      for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i]!.toLowerCase() === 'authorization') auth.push(req.rawHeaders[i + 1]!);
      seen.push(auth);
      res.writeHead(401, { 'www-authenticate': 'Basic realm="test"' }).end();
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const port = (server.address() as AddressInfo).port;
    return { seen, url: `http://127.0.0.1:${port}/o/r.git`, close: () => new Promise<void>((ok) => server.close(() => ok())) };
  }

  it('pushing without credentials fails before anything is created', async () => {
    const r = released();
    r.git('remote', 'set-url', 'origin', 'https://git.invalid/o/r.git');
    await expect(cutPrerelease({ cwd: r.dir, base: '0.4.0' })).rejects.toThrow(/No credentials to push to https:\/\/git\.invalid\/o\/r\.git: give a token with "token"/);
    expect(r.git('tag', '-l', 'v0.4.0-*')).toBe('');
  });

  it('sends the token as one Authorization header via the environment, never in argv or messages', async () => {
    const srv = await authRecorder();
    const r = released();
    r.git('remote', 'set-url', 'origin', srv.url);
    // like actions/checkout's persisted credentials for the same origin: must be replaced, not duplicated
    r.git('config', `http.${new URL(srv.url).origin}/.extraheader`, 'AUTHORIZATION: basic c3RhbGU6c3RhbGU=');
    const token = 'ghs_prerelease_secret_token_123';
    const traceDir = mkdtempSync(join(tmpdir(), 'relforge-trace-'));
    const trace = join(traceDir, 'trace');
    process.env.GIT_TRACE = trace;
    try {
      const err = await cutPrerelease({ cwd: r.dir, base: '0.4.0', token }).catch((e: Error) => e);
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toMatch(/Could not list refs|failed/);
      expect((err as Error).message).not.toContain(token);
      const expected = `basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
      expect(srv.seen.length).toBeGreaterThan(0);
      for (const h of srv.seen) expect(h).toEqual([expected]);
      const argvTrace = readFileSync(trace, 'utf8');
      expect(argvTrace).toContain('ls-remote');
      expect(argvTrace).not.toContain(token);
      expect(argvTrace).not.toContain(Buffer.from(`x-access-token:${token}`).toString('base64'));
    } finally {
      delete process.env.GIT_TRACE;
      rmSync(traceDir, { recursive: true, force: true });
      await srv.close();
    }
  });
});
