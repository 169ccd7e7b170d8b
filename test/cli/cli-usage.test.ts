import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, hostNode } from '../helpers/runtimes.js';
import { assertFreshDist } from '../helpers/fresh-dist.js';

// The bundled CLI (dist/cli), as `npx relforge` runs it.
const run = (...args: string[]) =>
  spawnSync(hostNode().path, [join(ROOT, 'bin', 'relforge.mjs'), ...args], { encoding: 'utf8', env: { ...process.env, RELFORGE_TOKEN: '' } });

describe('relforge CLI usage errors', () => {
  beforeAll(assertFreshDist);
  it.each(['keygen', 'sign', 'verify', 'publish', 'upload-packages', 'verify-package', 'next-version', 'plan', 'prerelease'])(
    '%s: an unknown option exits 2 with the usage line',
    (cmd) => {
      const r = run(cmd, '--no-such-option');
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/Unknown option '--no-such-option'/);
      expect(r.stderr).toMatch(new RegExp(`usage: .*\\n\\(relforge ${cmd} --help shows every option\\)`));
    },
  );
  it('relforge --help gives each command the summary of its own schema (main.ts keeps a copy to load none)', async () => {
    const lines = [...run('--help').stdout.matchAll(/^  (\S+)\s+(.+)$/gm)];
    expect(lines.length).toBeGreaterThanOrEqual(17);
    for (const [, name, summary] of lines) {
      const command = (await import(`../../src/cli/${name}.ts`)) as { default: { schema: { summary: string } } };
      expect(summary, name).toBe(command.default.schema.summary);
    }
  });
  it('lists commands and rejects unknown ones with exit 2', () => {
    const help = run('help');
    expect(help.status).toBe(0);
    for (const c of ['next-version', 'plan', 'prerelease', 'changelog', 'release-commit', 'sign', 'verify', 'keygen', 'publish', 'upload-packages', 'verify-package', 'sign-trusted', 'verify-authenticode']) {
      expect(help.stdout).toMatch(new RegExp(`^  ${c}\\s`, 'm'));
    }
    const bad = run('frobnicate');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown command "frobnicate"/);
  });
});
