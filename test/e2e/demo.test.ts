/**
 * `npm run demo` (scripts/demo.mjs) end to end: a beta and a stable release of the sample product through
 * the CLI against the emulators. Checks the report against what a release must look like, and that the
 * demo leaves nothing behind: the emulator ports are closed and the temp directory is gone.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, node24, hostNode } from '../helpers/runtimes.js';
import { cleanEnv } from '../helpers/bundle.js';

function runDemo(nodePath: string, args: string[] = []): Promise<{ code: number; out: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    // as `npm run demo` does: node_modules/.bin first on PATH
    const env = { ...cleanEnv(), PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}` };
    const child = spawn(nodePath, [join(ROOT, 'scripts', 'demo.mjs'), ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, out, ms: Date.now() - started });
    });
  });
}

async function refused(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(5000) });
    return false;
  } catch {
    return true;
  }
}

describe('npm run demo', () => {
  it('releases a beta then a stable through the CLI, prints the report, leaves nothing running', async () => {
    const { code, out, ms } = await runDemo(node24().path);
    console.log(`demo finished in ${(ms / 1000).toFixed(1)} s`);
    expect(code, out).toBe(0);
    // versions and tags, in order: beta from the next version, then the stable it leads to
    expect(out).toMatch(/beta\s+0\.4\.0-beta\.1\s+tag v0\.4\.0-beta\.1\s+prerelease/);
    expect(out).toMatch(/stable\s+0\.4\.0\s+tag v0\.4\.0\s+latest/);
    expect(out.indexOf('0.4.0-beta.1')).toBeLessThan(out.indexOf('release-commit'));
    // each release walks the release order (issue 17): prepared locally, built, signed, staged as a draft,
    // nothing public, then pushed atomically, then published — in that order within its section
    const sections = out.split(/^▶ /m).slice(1);
    expect(sections.map((x) => x.split('\n')[0])).toEqual(['beta release', 'stable release']);
    for (const sec of sections) {
      const order = [
        /1 plan: .*(prerelease --no-push|next-version)/,
        ...(sec.startsWith('stable') ? [/release-commit --no-push: .* local only/] : []),
        /nothing public after the plan: origin has no v0\.4\.0/,
        /2 build: .* \(tree [0-9a-f]{7}\)/,
        /3 sign: /,
        /4 stage: upload-packages --dry-run/,
        /publish --mode stage: draft .* verified by content/,
        /nothing public after the stage: origin has no v0\.4\.0/,
        /5 push-release: .*pushed atomically \(tree ([0-9a-f]{7}) = built tree\)/,
        /6 publish --mode publish: /,
        /7 upload-packages: /,
      ];
      let at = -1;
      for (const re of order) {
        const m = re.exec(sec);
        expect(m, `${sec.split('\n')[0]}: no line ${re}`).not.toBeNull();
        expect(m!.index, `${sec.split('\n')[0]}: ${re} out of order`).toBeGreaterThan(at);
        at = m!.index;
      }
      // the pushed tree is the built one
      expect(/5 push-release: .*\(tree ([0-9a-f]{7})/.exec(sec)![1]).toBe(/2 build: .*\(tree ([0-9a-f]{7})\)/.exec(sec)![1]);
      expect(sec, 'a stable pushes branch and tag together, a beta the tag alone').toMatch(sec.startsWith('stable') ? /5 push-release: main \+ tag pushed/ : /5 push-release: tag pushed/);
    }
    // signatures verified and a client-side decision made for each release
    expect(out.match(/verify-package: an agent on .* gets 0\.4\.0-beta\.1/)).not.toBeNull();
    expect(out.match(/verify-package: an agent on .* gets 0\.4\.0\b/)).not.toBeNull();
    const manifests = [...out.matchAll(/manifest (http:\/\/127\.0\.0\.1:\d+\/\S+manifest\.json)/g)].map((m) => m[1]!);
    expect(manifests).toHaveLength(2);
    // nothing left running or on disk
    for (const m of manifests) expect(await refused(m), `${m} still answers after the demo`).toBe(true);
    const forgeApi = /forge emulator \(Gitea API\): (\S+)/.exec(out)?.[1];
    expect(forgeApi).toBeTruthy();
    expect(await refused(forgeApi!)).toBe(true);
    const repo = /sample repository: (\S+)/.exec(out)?.[1];
    expect(repo).toBeTruthy();
    expect(existsSync(repo!), 'the temp directory is removed').toBe(false);
    // no secret printed: the demo's tokens are random and never echoed
    expect(out).not.toMatch(/demo-(forge|updates)-[0-9a-f]{24}/);
  }, 240_000);

  it('starts from the host Node 20 too (re-executes itself with the Node 24 devDependency)', async () => {
    const { code, out } = await runDemo(hostNode().path, ['--quiet']);
    expect(code, out).toBe(0);
    expect(out).toMatch(/stable\s+0\.4\.0\s+tag v0\.4\.0/);
  }, 240_000);
});
