/**
 * The forge registry (src/platform/forges.ts) is the only place that names forges: runtime detection, the
 * `forge` options' choices, the generated docs, the adapter choice, act's runner variables and the git
 * credentials all follow from it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACT_FORGES, DEFAULT_FORGE, EMULATED_FORGES, FORGE_NAMES, FORGE_REGISTRY, INIT_FORGES, forge } from '../../src/platform/forges.js';
import { detectRuntime } from '../../src/platform/runtime.js';
import { ACTION_SCHEMAS, CLI_SCHEMAS } from '../../src/schemas.js';
import { createForge, offlineForge } from '../../src/publishing/forge/index.js';
import { forgeRunEnv } from '../../src/act/run.js';
import { tokenConfigEnv } from '../../src/git/remote.js';

const root = join(import.meta.dirname, '..', '..');
const schemas = { ...ACTION_SCHEMAS, ...CLI_SCHEMAS };

describe('forge registry', () => {
  it('holds the three forges relforge supports (a new one is added in the registry alone), GitHub the fallback', () => {
    expect([...FORGE_NAMES]).toEqual(expect.arrayContaining(['github', 'gitea', 'forgejo']));
    for (const n of ['github', 'gitea', 'forgejo'] as const) expect([...ACT_FORGES, ...INIT_FORGES, ...EMULATED_FORGES].filter((f) => f === n), n).toHaveLength(3);
    expect(DEFAULT_FORGE).toBe('github');
  });

  it('runtime detection reads back the runner variables act sets for each forge (Forgejo runners also set GITEA_ACTIONS)', () => {
    for (const name of ACT_FORGES) {
      const env = forgeRunEnv(name, 'acme/agent', 'https://code.example.org', 'https://code.example.org/api/x');
      expect(detectRuntime(env).forge, name).toBe(name);
    }
    expect(forgeRunEnv('forgejo', 'a/b', 'https://x', 'https://x/api').GITEA_ACTIONS).toBe('true');
    expect(detectRuntime({}).forge).toBe('github');
  });

  it('derives each API root as the forges publish it', () => {
    expect(forge('github').apiUrl('https://github.com')).toBe('https://api.github.com');
    expect(forge('github').apiUrl('https://ghe.example.com')).toBe('https://ghe.example.com/api/v3');
    expect(forge('gitea').apiUrl('https://gitea.example.com')).toBe('https://gitea.example.com/api/v1');
    expect(forge('forgejo').apiUrl('https://codeberg.org')).toBe('https://codeberg.org/api/v1');
    for (const f of FORGE_REGISTRY) expect(f.serverUrlOf(f.apiUrl('https://h.example'))).toBe('https://h.example');
  });

  it('every `forge` option offers the registry\'s forges (the emulator those it serves), and the generated docs name them', () => {
    const withForge = Object.values(schemas).filter((s) => 'forge' in s.options);
    expect(withForge.map((s) => s.name).sort()).toEqual(['act', 'emulator', 'init', 'publish-release', 'upload-packages']);
    for (const s of withForge) {
      const choices = s.options.forge!.choices!;
      const expected = { emulator: EMULATED_FORGES, act: ACT_FORGES, init: INIT_FORGES }[s.name] ?? FORGE_NAMES;
      expect([...choices], s.name).toEqual([...expected]);
      expect([...expected]).toEqual(FORGE_NAMES.filter((n) => ({ emulator: forge(n).emulator, act: !!forge(n).act, init: !!forge(n).init })[s.name as 'act'] ?? true));
      for (const n of choices) expect(s.options.forge!.description, `${s.name} forge description`).toContain(n);
    }
    for (const action of ['publish-release', 'upload-packages']) {
      const yml = readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8');
      const forgeInput = /\n  forge:\n    description: (.*)\n/.exec(yml)?.[1] ?? '';
      for (const n of FORGE_NAMES) expect(forgeInput, `${action}/action.yml forge`).toContain(n);
    }
  });

  it('createForge picks the adapter the entry names, with the entry\'s capabilities', () => {
    for (const name of FORGE_NAMES) {
      const f = createForge({ forge: name, apiUrl: 'https://forge.example/api', token: 't', repository: 'acme/agent', env: {} });
      expect(f.kind).toBe(name);
      expect(f.capabilities).toEqual(forge(name).capabilities);
      expect(offlineForge({ forge: name, token: '', env: {} }).capabilities).toEqual(forge(name).capabilities);
    }
    expect(createForge({ forge: 'github', apiUrl: 'https://x.example', token: 't', repository: 'a/b', env: {} }).capabilities.assetDigest).toBe(true);
    expect(createForge({ forge: 'forgejo', apiUrl: 'https://x.example', token: 't', repository: 'a/b', env: {} }).capabilities.genericPackages).toBe(true);
  });

  it('git authenticates a token as the runner forge\'s token user (x-access-token)', () => {
    for (const name of ['github', 'gitea', 'forgejo'] as const) {
      const env = tokenConfigEnv('https://code.example.org/a/b.git', 'tok', forgeRunEnv(name, 'a/b', 'https://x', 'https://x/api'));
      const basic = /basic (.+)$/.exec(env.GIT_CONFIG_VALUE_1!)![1]!;
      expect(Buffer.from(basic, 'base64').toString()).toBe('x-access-token:tok');
    }
  });

  it('no product code outside the registry, the adapters and the emulator switches on a forge name', () => {
    const allowed = new Set([
      'src/platform/forges.ts', // the registry
      'src/publishing/forge/github.ts', // adapters (each names its own kind)
      'src/publishing/forge/gitea.ts',
      'src/versioning/core/cliff-config.ts', // git-cliff's own [remote.<name>] tables, not relforge's forges
    ]);
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir)) {
        const p = join(dir, e);
        const rel = relative(root, p);
        if (statSync(p).isDirectory()) {
          if (rel !== 'src/emulator') walk(p);
          continue;
        }
        if (!p.endsWith('.ts') || allowed.has(rel)) continue;
        readFileSync(p, 'utf8').split('\n').forEach((line, i) => {
          if (/^\s*(\*|\/\/)/.test(line)) return;
          if (/(['"`])(github|gitea|forgejo)\1/.test(line)) offenders.push(`${rel}:${i + 1}: ${line.trim()}`);
        });
      }
    };
    walk(join(root, 'src'));
    expect(offenders).toEqual([]);
  });
});
