/**
 * One option vocabulary (src/platform/vocabulary.ts): an option name two schemas share is one declaration —
 * the vocabulary's entry as is, or a `variant()` that names each key it changes — unless DISTINCT_OPTIONS says
 * why it is another option. Names shared inside one capability (versioning's tag scope…) may differ only in
 * their description.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_SCHEMAS, CLI_SCHEMAS } from '../../src/schemas.js';
import { DISTINCT_OPTIONS, TOKEN_ENV, VARIANTS, VOCABULARY } from '../../src/platform/vocabulary.js';
import type { OptionSpec } from '../../src/platform/options.js';

const schemas = { ...ACTION_SCHEMAS, ...CLI_SCHEMAS };
const uses = new Map<string, [schema: string, spec: OptionSpec][]>();
for (const s of Object.values(schemas)) for (const [name, spec] of Object.entries(s.options)) uses.set(name, [...(uses.get(name) ?? []), [s.name, spec]]);
const shared = [...uses].filter(([, l]) => l.length > 1);

const without = (spec: object, keys: readonly string[]) => Object.fromEntries(Object.entries(spec).filter(([k, v]) => !keys.includes(k) && v !== undefined));

describe('shared option vocabulary', () => {
  it('every shared option name is the vocabulary\'s declaration (or an explicit variant of it), or is listed as distinct', () => {
    const problems: string[] = [];
    for (const [name, list] of shared) {
      if (DISTINCT_OPTIONS[name]) continue;
      const considered = list.filter(([schema]) => !DISTINCT_OPTIONS[`${schema}.${name}`]);
      const entry = (VOCABULARY as Record<string, OptionSpec>)[name];
      if (!entry) {
        // shared inside one capability: one declaration, at most reworded
        const first = without(considered[0]![1], ['description']);
        for (const [schema, spec] of considered) if (JSON.stringify(without(spec, ['description'])) !== JSON.stringify(first)) problems.push(`${schema}.${name} differs from ${considered[0]![0]}.${name} in more than its description (declare it in src/platform/vocabulary.ts)`);
        continue;
      }
      for (const [schema, spec] of considered) {
        if (spec === entry) continue;
        const v = VARIANTS.get(spec);
        if (!v || v.name !== name) {
          problems.push(`${schema}.${name} is a copy, not VOCABULARY['${name}'] or variant('${name}', …)`);
          continue;
        }
        // everything the variant does not name as changed is the vocabulary's
        expect(JSON.stringify(without(spec, v.changed)), `${schema}.${name}`).toBe(JSON.stringify(without(entry, v.changed)));
        expect(v.why.length, `${schema}.${name}: say why it differs`).toBeGreaterThan(5);
      }
    }
    expect(problems).toEqual([]);
  });

  it('a variant that rewords an option says something else than the vocabulary', () => {
    for (const [, list] of shared)
      for (const [schema, spec] of list) {
        const v = VARIANTS.get(spec);
        if (!v) continue;
        const entry = (VOCABULARY as Record<string, OptionSpec>)[v.name] as unknown as Record<string, unknown>;
        for (const key of v.changed.filter((k) => k === 'description')) expect(JSON.stringify((spec as unknown as Record<string, unknown>)[key]), `${schema}.${v.name}.${key} is named as changed but equals the vocabulary's`).not.toBe(JSON.stringify(entry[key]));
      }
  });

  it('the token env list, key env lists and forge choices are written once in src/', () => {
    const count = (needle: RegExp) => {
      let n = 0;
      const walk = (dir: string): void => {
        for (const e of readdirSync(dir)) {
          const p = join(dir, e);
          if (statSync(p).isDirectory()) walk(p);
          else if (p.endsWith('.ts')) n += (readFileSync(p, 'utf8').match(needle) ?? []).length;
        }
      };
      walk(join(import.meta.dirname, '..', '..', 'src'));
      return n;
    };
    expect(count(/\[\s*'RELFORGE_TOKEN',\s*'GITHUB_TOKEN'/g)).toBe(1);
    expect(count(/\[\s*'MINISIGN_PASSWORD',\s*'RELFORGE_KEY_PASSWORD'/g)).toBe(1);
    expect(count(/\[\s*'PACKAGE_TOKEN',\s*'RELFORGE_PACKAGE_TOKEN'/g)).toBe(1);
    expect([...TOKEN_ENV]).toEqual(['RELFORGE_TOKEN', 'GITHUB_TOKEN', 'GITEA_TOKEN', 'FORGEJO_TOKEN']);
  });

  it('the forge token env list and defaults are the same in every schema that takes the forge token', () => {
    for (const [schema, spec] of uses.get('token')!) {
      if (DISTINCT_OPTIONS[`${schema}.token`]) continue;
      expect([...(spec.env ?? [])], schema).toEqual([...TOKEN_ENV]);
      expect(spec.secret, schema).toBe(true);
    }
  });
});
